"""Vietnamese "cửa khẩu X giữa Campuchia và Thái Lan": the countries a place lies between.

A Vietnamese report places a crossing "between" ("giữa") the two countries it joins,
then "at" ("tại", "ở") or "of" ("thuộc") the unit holding it: "cửa khẩu quốc tế Daung
giữa Campuchia và Thái Lan tại tỉnh Battambang" (the Daung international gate between
Cambodia and Thailand in Battambang province).  The two countries say which border the
place is on, not which place it is: read whole, the text falls apart at "giữa".  So
the text is read without them, as English "the X crossing between A and B" is; the
clause is dropped only when both its ends are countries.

Arabic closes a crossing's name the same way: "معبر الكركارات بين موريتانيا والمغرب"
(the Guerguerat crossing between Mauritania and Morocco), "و" (and) joined to the second
country.  Read whole, the countries outweigh the crossing's town, and the pair may have
no common line in the data (Western Sahara lies between these two); so a text that
names a crossing ("معبر", "منفذ") and found nothing whole is read without the clause, and
the answer is kept only when it is a point or near one.  Read first, the clause's
removal would undo answers the whole text gives: "معبر الوديعة الحدودي بين اليمن
والسعودية" of a Saudi event is the line, the crossing being unknown.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.scope import POINT_ANSWERS

__all__ = ["without_arabic_between_countries", "without_vietnamese_between_countries"]

# "giữa A và B", up to the next "tại", "ở", "thuộc" (at, in, of) or the end.
_BETWEEN = re.compile(
    r"\s+giữa\s+(?P<a>\S.*?)\s+(?:và|với)\s+(?P<b>\S.*?)(?=\s*,?\s+(?:tại|ở|thuộc)\s|\s*$)",
    re.IGNORECASE,
)

# "بين A و B" (or "وB", joined) closing the text, each end one or two words.
_ARABIC_BETWEEN = re.compile(r"\s+بين\s+(?P<a>\S+(?:\s\S+)?)\s+و\s?(?P<b>\S+(?:\s\S+)?)\s*$")
# An Arabic word for a crossing or post, with or without the article.
_ARABIC_CROSSING = re.compile(r"(?:^|\s)(?:ال)?(?:معبر|منفذ)(?=\s|$)")


def _both_countries(match: re.Match[str], geocode: Geocode) -> bool:
    """Whether both ends of a "between" clause are countries."""
    for side in ("a", "b"):
        named = geocode(match[side], ())
        if named.status != "resolved" or named.precision != "country":
            return False
    return True


def without_vietnamese_between_countries(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """``query`` read without its "giữa A và B" clause of two countries, or None.

    Parameters
    ----------
    query : str
        The place text: "cửa khẩu quốc tế Daung giữa Campuchia và Thái Lan tại tỉnh
        Battambang".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The resolved answer to the text without the clause; None when there is no such
        clause, one of its ends is not a country, or the rest is not resolved.
    """
    match = _BETWEEN.search(query)
    if match is None or not _both_countries(match, geocode):
        return None
    rest = (query[: match.start()] + query[match.end() :]).strip()
    if not rest:
        return None
    found = geocode(rest, hint)
    if found.status != "resolved":
        return None
    note = f"read without the countries it lies between: {rest!r}"
    return noted_reading(found, query, note, explain)


def without_arabic_between_countries(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """An Arabic crossing's text read without its closing "بين A و B" of two countries,
    or None.

    Parameters
    ----------
    query : str
        The place text: "معبر الكركارات بين موريتانيا والمغرب".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The answer to the text without the clause when it is resolved at a point's
        precision or near one; None when the text names no crossing, the clause is
        missing or one of its ends is not a country, or the rest finds no such place
        (the readings of the whole text then answer, the pair's border among them).
    """
    match = _ARABIC_BETWEEN.search(query)
    if match is None:
        return None
    rest = query[: match.start()].strip()
    if not _ARABIC_CROSSING.search(rest) or not _both_countries(match, geocode):
        return None
    found = geocode(rest, hint)
    if found.status != "resolved" or found.precision not in POINT_ANSWERS:
        return None
    note = f"read without the countries it lies between: {rest!r}"
    return noted_reading(found, query, note, explain)
