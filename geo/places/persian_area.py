"""Persian "در منطقۀ کلباجار در آذربایجان": the area a town gives its name to.

Persian and Dari reports place an event "in the area of" ("در منطقه", with the ezafe
"منطقۀ" or "منطقهٔ") a town, often followed by "in" ("در") its country: "در منطقۀ
کلباجار در آذربایجان" (in the Kalbajar area, in Azerbaijan).  The area is the unit the
town is the seat of and names (Kalbajar District), not the town's point; and a region
word never turns into the town itself, so read as written the text finds nothing (the
data holds the town's name in Persian letters, its units only in Latin ones).  The town
is found, then the district or admin-1 region of its own (Latin) name that holds it,
flagged ``coarsened``.  A country after "در" must be one of the event's countries.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.scope import km_between

__all__ = ["SEAT_KM", "unit_of_a_persian_area"]

#: A district answers for its town only when drawn about a point this close to the
#: town's (km): its seat is the town.
SEAT_KM = 10.0

_WORD = r"[\u0600-\u06ff\u200c]+"
# "(در) منطقه X (در Y)": "منطقه" with or without its ezafe mark; X one or two words.
_AREA_OF_A_TOWN = re.compile(
    rf"^(?:در\s+)?منطق(?:ه\u200cی|هٔ|ۀ|ه)\s+(?P<name>{_WORD}(?:\s+{_WORD})??)"
    rf"(?:\s+در\s+(?P<country>{_WORD}(?:\s+{_WORD})?))?$"
)


def unit_of_a_persian_area(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The unit a town seats and names, for the Persian "area of" the town, or None.

    Parameters
    ----------
    query : str
        The place text: "در منطقۀ کلباجار در آذربایجان".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The district drawn about the town, or the admin-1 region holding it, of the
        town's name, ``coarsened``; None when the text is not of this form, its country
        is not the event's, the name is no settlement of the event's countries, or no
        unit of its name holds it.
    """
    match = _AREA_OF_A_TOWN.match(query.strip())
    if match is None:
        return None
    countries = hint
    if match["country"]:
        named = geocode(match["country"], ())
        if named.status != "resolved" or named.precision != "country" or not named.country:
            return None
        if hint and named.country not in hint:
            return None
        countries = (named.country,)
    if not countries:
        return None
    town = geocode(match["name"], countries)
    if town.status != "resolved" or town.precision != "settlement" or not town.name:
        return None
    unit = geocode(f"{town.name} district", countries)
    if unit.status != "resolved" or not _holds(unit, town):
        return None
    note = f"the area of {town.name}: the unit of its name that holds it, {unit.name}"
    return noted_reading(unit, query, note, explain, coarsened=True)


def _holds(unit: PlaceResult, town: PlaceResult) -> bool:
    """Whether ``unit`` is the admin-1 region of ``town`` or a district drawn about it."""
    if unit.precision == "region":
        return bool(unit.admin1_code) and unit.admin1_code == town.admin1_code
    if unit.precision != "district" or None in (unit.lat, unit.lon, town.lat, town.lon):
        return False
    km = km_between(unit.lat or 0.0, unit.lon or 0.0, town.lat or 0.0, town.lon or 0.0)
    return km <= SEAT_KM
