"""Vietnamese "cửa khẩu X giữa Campuchia và Thái Lan": the countries a place lies between.

A Vietnamese report places a crossing "between" ("giữa") the two countries it joins,
then "at" ("tại", "ở") or "of" ("thuộc") the unit holding it: "cửa khẩu quốc tế Daung
giữa Campuchia và Thái Lan tại tỉnh Battambang" (the Daung international gate between
Cambodia and Thailand in Battambang province).  The two countries say which border the
place is on, not which place it is: read whole, the text falls apart at "giữa".  So
the text is read without them, as English "the X crossing between A and B" is; the
clause is dropped only when both its ends are countries.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["without_vietnamese_between_countries"]

# "giữa A và B", up to the next "tại", "ở", "thuộc" (at, in, of) or the end.
_BETWEEN = re.compile(
    r"\s+giữa\s+(?P<a>\S.*?)\s+(?:và|với)\s+(?P<b>\S.*?)(?=\s*,?\s+(?:tại|ở|thuộc)\s|\s*$)",
    re.IGNORECASE,
)


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
    if match is None:
        return None
    for side in ("a", "b"):
        named = geocode(match[side], ())
        if named.status != "resolved" or named.precision != "country":
            return None
    rest = (query[: match.start()] + query[match.end() :]).strip()
    if not rest:
        return None
    found = geocode(rest, hint)
    if found.status != "resolved":
        return None
    note = f"read without the countries it lies between: {rest!r}"
    return noted_reading(found, query, note, explain)
