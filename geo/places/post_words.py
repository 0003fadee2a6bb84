"""Second readings of a crossing's name behind the word for its post, station or case.

Each function takes a place text, rewrites one pattern and answers the rewritten text
only when it resolves (as the functions of :mod:`bordermap.geo.places.rereadings`,
which lists two among its own; the geocoder tries the others before reading the text
as written):

- :func:`without_vietnamese_post_of_a_gate`: "Đồn biên phòng cửa khẩu quốc tế Tịnh
  Biên": the border guard station of a border gate is at that gate.
- :func:`without_bulgarian_station_word`: "ГКПП Капитан Андреево-гара": the railway
  station ("гара") of a crossing's town, joined to its name by a dash.
- :func:`thai_friendship_bridge_by_number`: "ด่านถาวรสะพานมิตรภาพไทย-เมียนมา แห่งที่ 1": a
  friendship bridge by its neighbour and number, as the tables name it in English.
- :func:`pashto_oblique_as_direct`: "د "انګور اډې" لاره" (the Angoor Adda road): a
  Pashto name in the oblique case, its final "ه" written "ې" after "د" (of) or a
  preposition.
- :func:`arabic_post_of_a_side`: "منفذ الحديثة السعودي" (the Saudi Haditha post): a
  crossing's name followed by the adjective of the country whose post it is.
"""

from __future__ import annotations

import re
import unicodedata

from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.words import load_country_words

__all__ = [
    "arabic_post_of_a_side",
    "pashto_oblique_as_direct",
    "thai_friendship_bridge_by_number",
    "without_bulgarian_station_word",
    "without_vietnamese_post_of_a_gate",
]


# "Đồn biên phòng cửa khẩu X" (the border guard station of the X border gate): the
# station is named after the gate it guards; "Đồn Biên phòng X" alone is left as it is.
_POST_OF_A_GATE = re.compile(r"^\s*đồn\s+biên\s+phòng\s+(?=cửa\s+khẩu\s)", re.IGNORECASE)

# "Капитан Андреево-гара", "гара Капитан Андреево": Bulgarian "гара" (railway station)
# joined to the town's name, or before it.
_BULGARIAN_STATION = re.compile(r"(?<=\w)\s*[-–]\s*гара\b|\bгара\s+(?=[А-Я])", re.IGNORECASE)

#: Letters only Pashto writes among the Arabic-script languages of the region (Urdu,
#: Persian, Dari, Arabic): a text with one is read as Pashto.
_PASHTO_LETTERS = re.compile("[ټډړږښګڼځڅۍ]")
#: A word's final "ې", the oblique of a feminine noun in "ه" ("اډه" → "د اډې").
_OBLIQUE_FINAL = re.compile(r"(?<=[\u0600-\u06ff])ې(?=[^\u0600-\u06ff]|$)")


def _reread(
    text: str,
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    note: str,
    explain: list[str] | None,
) -> PlaceResult | None:
    """``text`` geocoded and noted as a reading of ``query``; None unless resolved or when
    the rewriting left the text as it was."""
    if text == query:
        return None
    found = geocode(text, hint)
    return noted_reading(found, query, note, explain) if found.status == "resolved" else None


def without_vietnamese_post_of_a_gate(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without "Đồn biên phòng" before "cửa khẩu", or None.

    "Đồn biên phòng cửa khẩu quốc tế Tịnh Biên" (the border guard station of the Tịnh
    Biên international border gate): the station stands at the gate it is named after;
    read as "cửa khẩu quốc tế Tịnh Biên".
    """
    text = _POST_OF_A_GATE.sub("", query)
    note = f"read the border guard station as the gate it guards: {text!r}"
    return _reread(text, query, hint, geocode, note, explain)


def without_bulgarian_station_word(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without Bulgarian "гара" (railway station) beside a name, or None.

    "ГКПП Капитан Андреево-гара" (the Kapitan Andreevo station checkpoint): the rail
    crossing at the town's station, listed under the town's name; without this, "гара"
    is read as the town of Gara (Hungary).
    """
    if "BG" not in hint:
        return None
    text = " ".join(_BULGARIAN_STATION.sub(" ", query).split())
    note = f"read without the word for its railway station: {text!r}"
    return _reread(text, query, hint, geocode, note, explain)


def pashto_oblique_as_direct(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A Pashto text with its words' final "ې" written "ه", or None.

    "د "انګور اډې" لاره" (the road of Angoor Adda): after "د" (of) and prepositions a
    feminine noun in "ه" takes "ې"; names are listed in the direct case ("انګور اډه").
    Only a text with letters Pashto alone writes, so that no Uyghur or Persian word is
    rewritten.
    """
    if not _PASHTO_LETTERS.search(query):
        return None
    text = _OBLIQUE_FINAL.sub("ه", query)
    note = f"read the Pashto oblique case as the direct: {text!r}"
    return _reread(text, query, hint, geocode, note, explain)


#: Thai "สะพานมิตรภาพไทย-ลาว แห่งที่ 2" (the Thai–Lao Friendship Bridge, the 2nd): the
#: neighbour's name and the bridge's number, in Arabic or Thai digits; before it only
#: words for the checkpoint, the area or the foot of the bridge, or "across" it; nothing
#: after it (a town or river after the number may name another pair of bridges: Mae Sai
#: has its own first and second bridges with Myanmar).
_THAI_NUMBERED_BRIDGE = re.compile(
    r"^(?:\s|ที่|บริเวณ|เชิง|ข้าม|จุดผ่านแดน(?:ถาวร)?|ด่าน(?:ถาวร|พรมแดน|ตรวจคนเข้าเมือง)?)*"
    r"สะพานมิตรภาพ\s*ไทย\s*[-–]\s*(?P<other>ลาว|เมียนมาร์|เมียนมา|พม่า)\s*"
    r"(?:แห่งที่\s*)?(?P<number>[1-9๑-๙])\s*$"
)
_THAI_NEIGHBOURS = {"ลาว": "Lao", "เมียนมา": "Myanmar", "เมียนมาร์": "Myanmar", "พม่า": "Myanmar"}
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth")


def thai_friendship_bridge_by_number(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A Thai friendship bridge named by its neighbour and number, in English, or None.

    "ด่านถาวรสะพานมิตรภาพไทย-เมียนมา แห่งที่ 1" (the permanent checkpoint of the
    Thai–Myanmar Friendship Bridge no. 1): the tables name the bridges in English by
    their order ("First Thai–Myanmar Friendship Bridge", "Second Thai–Lao Friendship
    Bridge"); read as written, the number is lost and the first bridge answers for all.
    """
    match = _THAI_NUMBERED_BRIDGE.match(query)
    if match is None:
        return None
    number = int(unicodedata.digit(match["number"]))
    other = _THAI_NEIGHBOURS[match["other"]]
    text = f"{_ORDINALS[number - 1]} Thai–{other} Friendship Bridge"
    found = geocode(text, hint)
    note = f"read the numbered bridge as {text!r}"
    if (
        found.status == "ambiguous"
        and found.candidates
        and all(place.precision in ("exact", "settlement") for place in found.candidates)
    ):
        # "สะพานมิตรภาพไทย-เมียนมา แห่งที่ 1": the first bridges at Mae Sot and at Mae Sai
        # both bear the English name (points, no area: crossings); the number found
        # them, and the text says no more.
        return noted_reading(found, query, note, explain)
    if found.status != "resolved" or found.precision not in ("exact", "settlement", "near"):
        return None
    return noted_reading(found, query, note, explain)


#: An Arabic crossing text whose last word may be a country's adjective: a crossing word
#: ("معبر", "منفذ", with the article or "الحدودي", the border one, maybe) and a name,
#: then the adjective, with "الحدودي" between them or not.
_ARABIC_POST_THEN_SIDE = re.compile(
    r"^(?P<head>(?:\S+\s+)?(?:ال)?(?:معبر|منفذ)(?:\s+(?:ال)?حدودي)?\s+\S.*?)"
    r"(?:\s+(?:ال)?حدودي)?\s+(?P<side>ال\S+ي(?:ة)?)\s*$"
)


def arabic_post_of_a_side(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """An Arabic crossing read without the adjective of the side whose post it is, or None.

    "منفذ الحديثة السعودي" (the Saudi al-Haditha post): Arabic names each side's post of
    a crossing by its name and its country's adjective after it.  The adjective is no
    part of the name; it says the crossing is on that country's border, so the name is
    looked up with that country alone, and only a crossing of its border is taken.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries (the adjective's country stands in for them).
    geocode : callable
        Answers a text with the given countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The crossing so found; None when the last word is no country's adjective or
        the rest is no crossing of that country's border.
    """
    match = _ARABIC_POST_THEN_SIDE.match(query.strip())
    if match is None:
        return None
    codes = load_country_words().demonyms.get(normalise(match["side"]), frozenset())
    if len(codes) != 1:
        return None
    (code,) = codes
    found = geocode(match["head"], (code,))
    if found.status != "resolved" or found.precision not in ("exact", "settlement", "near"):
        return None
    if found.country is not None:
        # A town of that name is no post the tables list ("منفذ الوديعة السعودي": a
        # village al-Wadiah far from the Yemeni border's crossing).
        return None
    note = f"read as the post of the side {code} the adjective names: {match['head']!r}"
    return noted_reading(found, query, note, explain)
