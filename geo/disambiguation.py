"""Choosing among gazetteer entries that share a name, or refusing to.

The rule, applied in this order:

1. **Event country.**  If the event names its country and some candidates lie there,
   only those stay.  (When none does, all stay: a hint narrows, it does not erase.)
2. **Region of interest.**  If the map's recipe has one (ISO alpha-2 codes or a
   ``(min_lon, min_lat, max_lon, max_lat)`` box) and some candidates lie in it, only
   those stay.
3. **Duplicates.**  Entries of one country within :data:`SAME_PLACE_KM` of a more
   populous one are the same place listed twice (GeoNames lists some towns and their
   sections) and are folded into it.
4. **Own names first.**  A place whose own (preferred) name is the query is not
   outvoted by a bigger place that merely has it as an alternate or former name:
   if the most populous candidate matched only by such a name while another matched
   by its own, the result is ambiguous (Donetsk was once "Aleksandrovka", and so are
   dozens of villages today).  Conversely the most populous candidate wins at once
   when it alone bears the name as its own (Kaliningrad over Korolev, once
   "Kaliningrad").
5. **Population.**  One candidate left: resolved.  Otherwise the most populous is
   chosen only if it has at least :data:`DOMINANCE` times the population of the next;
   anything closer is *ambiguous* and every remaining candidate is reported, because
   "Aleksandrovka" (dozens of villages) or "Borisoglebsk" (a Russian town, and an old
   name of Daugavpils) cannot honestly be decided by size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bordermap.geo.gazetteer import Place
from bordermap.geo.names import normalise

__all__ = ["DOMINANCE", "SAME_PLACE_KM", "Choice", "RegionOfInterest", "choose"]

#: How many times more populous the first candidate must be than the second.
DOMINANCE = 5.0
#: Same-country entries this close (km) to a larger one count as that place.
SAME_PLACE_KM = 10.0

#: ISO alpha-2 codes, or a box (min_lon, min_lat, max_lon, max_lat).
RegionOfInterest = Sequence[str] | tuple[float, float, float, float]


@dataclass(frozen=True)
class Choice:
    """Outcome of :func:`choose`.

    Attributes
    ----------
    chosen : Place or None
        The place, or None when the candidates are too alike to choose.
    candidates : tuple of Place
        The candidates that survived the hints, most populous first.
    """

    chosen: Place | None
    candidates: tuple[Place, ...]


def _in_roi(place: Place, roi: RegionOfInterest) -> bool:
    if len(roi) == 4 and all(isinstance(v, int | float) for v in roi):
        min_lon, min_lat, max_lon, max_lat = roi  # type: ignore[misc]
        return min_lon <= place.lon <= max_lon and min_lat <= place.lat <= max_lat
    return place.country in {str(code).upper() for code in roi}


def _km(a: Place, b: Place) -> float:
    # Haversine is ample for "is this the same town" at 10 km.
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _narrow(places: list[Place], keep) -> list[Place]:
    kept = [p for p in places if keep(p)]
    return kept or places


def choose(
    candidates: Sequence[Place],
    *,
    country: str | Sequence[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
    key: str | None = None,
) -> Choice:
    """Pick one place among same-named candidates, or report them all.

    Parameters
    ----------
    candidates : sequence of Place
        Entries that bear the name (not empty).
    country : str or sequence of str, optional
        ISO alpha-2 code(s) of the event's country.
    region_of_interest : sequence of str or 4-tuple of float, optional
        ISO alpha-2 codes, or a (min_lon, min_lat, max_lon, max_lat) box.
    key : str, optional
        The normalised name looked up; enables rule 4 (own names first).

    Returns
    -------
    Choice
        ``chosen`` is None when the candidates are genuinely comparable.
    """
    places = list(candidates)
    if country:
        wanted = {country.upper()} if isinstance(country, str) else {c.upper() for c in country}
        places = _narrow(places, lambda p: p.country in wanted)
    if region_of_interest:
        places = _narrow(places, lambda p: _in_roi(p, region_of_interest))
    places.sort(key=lambda p: (-p.population, p.ident))
    distinct: list[Place] = []
    for place in places:
        if not any(
            kept.country == place.country and _km(kept, place) <= SAME_PLACE_KM
            for kept in distinct
        ):
            distinct.append(place)
    if len(distinct) == 1:
        return Choice(distinct[0], tuple(distinct))
    first, second = distinct[0], distinct[1]
    if key is not None:
        first_own = normalise(first.name) == key
        others_own = any(normalise(p.name) == key for p in distinct[1:])
        if first_own and not others_own:
            return Choice(first, tuple(distinct))
        if others_own and not first_own:
            return Choice(None, tuple(distinct))
    if first.population > 0 and first.population >= DOMINANCE * second.population:
        return Choice(first, tuple(distinct))
    return Choice(None, tuple(distinct))
