"""Vietnamese unit words written short: "P.Núi Sam (TP.Châu Đốc)" is "phường Núi Sam
(thành phố Châu Đốc)", the Núi Sam ward of Châu Đốc city.

Vietnamese reports shorten the unit words of an address to their initials and a dot,
often with no space before the name: "TP." (thành phố, city), "TX." (thị xã, town),
"TT." (thị trấn, township), "Q." (quận, urban district), "H." (huyện, rural district),
"P." (phường, ward), "X." (xã, commune).  Read as written, "P.Núi" and "TP.Châu" are no
words of any name.  The text is read again with the words spelled out, only when it is
written in Vietnamese (it holds a letter only Vietnamese uses) and the initials stand
before a capitalised name, so an English initial ("P. Diddy") is never touched.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["vietnamese_unit_abbreviations_spelled_out"]

#: The unit words by their initials.
_UNIT_WORDS = {
    "TP": "thành phố",
    "TX": "thị xã",
    "TT": "thị trấn",
    "Q": "quận",
    "H": "huyện",
    "P": "phường",
    "X": "xã",
}
# The initials, a dot, then a capitalised name ("P.Núi Sam", "TP. Châu Đốc").
_ABBREVIATED_UNIT = re.compile(r"(?<![\w.])(?P<unit>TP|TX|TT|Q|H|P|X)\.\s*(?=[A-ZĐÀ-Ỹ])")
# Letters of Vietnamese alone among the Latin alphabets: đ, ơ, ư, ă and the vowels with
# a tone mark below or a hook above.
_VIETNAMESE_LETTER = re.compile("[đĐơƠưƯăĂ\u1ea0-\u1ef9]")


def vietnamese_unit_abbreviations_spelled_out(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """``query`` read with its shortened Vietnamese unit words spelled out, or None.

    Parameters
    ----------
    query : str
        The place text: "khu vực đầu cầu số 4, P.Núi Sam (TP.Châu Đốc)".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The resolved answer to the text with the unit words written out; None when the
        text is not Vietnamese, has no shortened unit word, or is not resolved so.
    """
    if not _VIETNAMESE_LETTER.search(query):
        return None
    spelled = _ABBREVIATED_UNIT.sub(lambda m: f"{_UNIT_WORDS[m['unit']]} ", query)
    if spelled == query:
        return None
    found = geocode(spelled, hint)
    if found.status != "resolved":
        return None
    note = f"read with the Vietnamese unit words spelled out: {spelled!r}"
    return noted_reading(found, query, note, explain)
