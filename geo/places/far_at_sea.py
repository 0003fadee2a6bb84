"""A spot far out at sea from a land place the text names is not that place.

"vùng biển phía bắc thành phố Kuching, cách bờ biển khoảng 80 hải lý" (the sea north of
Kuching, about 80 nautical miles off the coast), "cách Kuala Tok Bali, bang Kelantan,
khoảng 68 hải lý": the figure comes after the place, in an order the grammar does not
read as a distance (its readers take "N miles from X"), so no rule that weighs a
distance at sea ever saw it, and the name read inside the text (Kuching, Kelantan) was
answered for a spot 126–150 km out at sea.  A distance in nautical miles the grammar
did not read, beyond what the answer itself covers and beyond
:data:`~bordermap.geo.places.scope.DIRECTION_REACH_KM` (the floor under which "20
nautical miles east of Cape Greco" stays near the cape), puts the spot at sea, off a
place on land and its land unit: the event's country, in whose waters the spot lies, is
answered, coarsened, with the reason; a place of another country is unresolved.

An answer itself at sea (Browse Island, the Luconia Shoals, a sea drawn as a circle)
may be the spot the distance locates from another place ("near Browse Island, about 280
nautical miles north-north-east of Broome"), and stays; so does every answer to a text
whose distance the grammar read, which the resolver's own rules for distances weighed
("170 mil laut sebelah utara Gove di Northern Territory" keeps the territory the text
names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.phrases import _SEA_MILES, NAUTICAL_MILE_KM, PlaceExpression, parse_place
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import DIRECTION_REACH_KM, KM_PER_DEGREE

__all__ = ["not_the_place_far_at_sea", "sea_miles_stated_km"]

#: Answers that stand for a place on land (or a sea drawn as a circle, whose radius
#: says how far it reaches); a country or a border already says no more than the sea.
_PLACE_ANSWERS = ("exact", "settlement", "near", "district", "region")

#: A coastal town's point may lie this far off the generalised 1:10m coast (km).
_ON_LAND_KM = 5.0

# A figure and a unit of sea miles in any order of words and any script: "80 hải lý",
# "164浬", "36해리", "5 ไมล์ทะเล", "118 nautical miles".  The figure is the one the unit
# follows, so "68-147 hải lý" gives 147, the far end of the range.
_SEA_MILES_ANYWHERE = re.compile(
    r"(?<![0-9.,])(?P<n>\d+(?:[.,]\d+)?)\s*"
    rf"(?:{_SEA_MILES}|h[ảa]i\s+l[ýy]|海里|浬|해리|ไมล์ทะเล)",
    re.IGNORECASE,
)


def sea_miles_stated_km(text: str) -> float | None:
    """The largest distance a text gives in nautical miles, in km; None without one.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    float or None
    """
    found = [
        float(match["n"].replace(",", ".")) * NAUTICAL_MILE_KM
        for match in _SEA_MILES_ANYWHERE.finditer(text)
    ]
    return max(found, default=None)


def not_the_place_far_at_sea(
    query: str, result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless the text puts the spot at sea farther out than ``result`` reaches.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries.
    resolver : PlaceResolver
        The resolver that read it (for the country whose waters hold the spot).

    Returns
    -------
    PlaceResult
        ``result`` itself; or, when ``result`` is a place or a land unit and the text
        states a distance in nautical miles beyond both its own radius and
        :data:`~bordermap.geo.places.scope.DIRECTION_REACH_KM`, the country of the
        place (coarsened) when it is the event's, else an unresolved answer with the
        reason.
    """
    if result.status != "resolved" or result.precision not in _PLACE_ANSWERS:
        return result
    km = sea_miles_stated_km(query)
    if km is None or km <= max(DIRECTION_REACH_KM, result.uncertainty_km or 0.0):
        return result
    if _reads_a_distance(parse_place(query)) or not _on_land(result):
        return result
    why = (
        f"{km / NAUTICAL_MILE_KM:g} nautical miles out at sea, far beyond {result.name} "
        "and its coast"
    )
    country = resolver.gaz.country(result.country) if result.country else None
    if country is None or (hint and result.country not in hint):
        return resolver.unresolved(note=f"{why}; the text names no place out there")
    coarsened = resolver.coarsened_to(
        country, f"{why}: at sea in the waters of {country.name}, which is all the text says"
    )
    return result if coarsened is None else replace(coarsened, query=query)


def _reads_a_distance(expression: PlaceExpression | None) -> bool:
    """Whether the grammar read a distance anywhere in a text ("170 mil laut sebelah
    utara Gove": a ``near`` expression with its km)."""
    if expression is None:
        return False
    if expression.kind == "near" and expression.distance_km is not None:
        return True
    return _reads_a_distance(expression.inner) or _reads_a_distance(expression.outer)


def _on_land(result: PlaceResult) -> bool:
    """Whether the answer's point lies in its country's land outline (a coastal town a
    few km off the generalised coast included)."""
    if result.country is None or result.lat is None or result.lon is None:
        return False
    try:
        land = country_extent(result.country)
    except GeometryDataError:
        return False
    return land.distance(Point(result.lon, result.lat)) * KM_PER_DEGREE <= _ON_LAND_KM
