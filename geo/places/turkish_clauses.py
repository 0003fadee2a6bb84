"""Turkish relative clauses of motion before a place: "X'dan Y'a açılan Z".

Turkish puts a relative clause before the noun it describes, its verb a participle:
"Iğdır'dan Nahçıvan'a açılan ... Dilucu Sınır Kapısı" is "the Dilucu border gate that
opens from Iğdır to Nakhchivan".  When the participle is one of motion or connection
(opening, stretching, going, joining) and the clause names its ends in the ablative
("-dan", from) or the dative ("-a", to), the clause says where the place leads, never
what holds it: the place is the words after the participle.
"""

from __future__ import annotations

import re

__all__ = ["place_after_between_clause", "place_after_motion_clause"]

#: A name with a case ending after an apostrophe, ablative ("Iğdır'dan", "Van’dan") or
#: dative ("Nahçıvan'a", "İran'a", "Irak’a", "Türkiye'ye"): an end of the way.
_FROM_OR_TO = r"\S+['’](?:[dt][ae]n|y?[ae])"
#: The participles of motion or connection ("açılan", opening onto; "uzanan",
#: stretching to; "giden", going to; "bağlanan", joining): the clause describes a way.
#: Only the ends themselves before the participle: a clause with more words ("Iğdır'ın
#: Karakoyunlu ilçesinde bulunan ve Ermenistan'a açılan X", in Karakoyunlu district and
#: opening to Armenia) may also say what holds the place, and is read as it was.
_MOTION_CLAUSE = re.compile(
    rf"^(?P<clause>{_FROM_OR_TO}(?:\s+{_FROM_OR_TO}){{0,2}})\s+"
    r"(?:açılan|uzanan|giden|bağlanan)\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)


def place_after_motion_clause(text: str) -> str | None:
    """The place a Turkish clause of motion describes, without the clause.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    str or None
        The words after the participle ("Aralık ilçesindeki Dilucu Sınır Kapısı'nda" of
        "Iğdır'dan Nahçıvan'a açılan Aralık ilçesindeki Dilucu Sınır Kapısı'nda"), or
        None when the phrase does not open with such a clause.
    """
    match = _MOTION_CLAUSE.match(text)
    return match["place"] if match else None


#: A Turkish or Azerbaijani clause that puts the place between two others: "İranla
#: Azərbaycan arasındakı (yerləşən) X" (X (lying) between Iran and Azerbaijan), "İran ile
#: Türkiye arasındaki X"; the comitative joined ("-la", "-lə") or apart ("ile", "ilə"),
#: then the place, which must open with a name.
_BETWEEN_CLAUSE = re.compile(
    r"^\S+?(?:['’]?(?:y?la|y?lə)|\s+(?:ile|ilə|və|ve))\s+\S+\s+"
    r"aras[ıi]nda(?:k[ıi])?\s+(?:(?:yerləşən|yerleşen|bulunan|olan)\s+)?"
    r"(?P<place>(?-i:[A-ZÇĞİÖŞÜƏ])\S*(?:\s+\S+)*)$",
    re.IGNORECASE,
)


def place_after_between_clause(text: str) -> str | None:
    """The place a Turkish or Azerbaijani clause puts between two others, without it.

    "İranla Azərbaycan arasındakı yerləşən Astara quru sərhədinə" (to the Astara land
    border, lying between Iran and Azerbaijan): the clause says which two countries the
    place lies between, as the event's countries do; the place is the words after it.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    str or None
        The words after the clause, or None when the phrase does not open with one or
        no name follows it.
    """
    match = _BETWEEN_CLAUSE.match(text)
    return match["place"] if match else None
