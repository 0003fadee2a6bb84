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
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = [
    "TERRITORIAL_SEA_KM",
    "not_the_place_far_at_sea",
    "not_the_town_far_off_its_coast",
    "sea_km_stated_km",
    "sea_miles_stated_km",
]

#: Answers that stand for a place on land (or a sea drawn as a circle, whose radius
#: says how far it reaches); a country or a border already says no more than the sea.
_PLACE_ANSWERS = ("exact", "settlement", "near", "district", "region")

#: A coastal town's point may lie this far off the generalised 1:10m coast (km).
_ON_LAND_KM = 5.0
#: The territorial sea, 12 nautical miles (km): a land unit's waters end there.
TERRITORIAL_SEA_KM = 12 * NAUTICAL_MILE_KM
#: Answers that are land units, whose outlines end at their coast.
_AREA_ANSWERS = ("district", "region")
#: A distance measured from a coast: English, Filipino, Malay/Indonesian, Vietnamese,
#: Spanish, Portuguese, French, Russian.
_FROM_A_COAST = re.compile(
    r"(?<!\w)(?:coast|coastline|shore|baybayin|pantai|pesisir|bờ biển|costa|côte|"
    r"побережья|побережье|берега)(?!\w)",
    re.IGNORECASE,
)

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
    miles = _largest_figure(_SEA_MILES_ANYWHERE, text)
    return None if miles is None else miles * NAUTICAL_MILE_KM


def _largest_figure(unit_after_figure: re.Pattern[str], text: str) -> float | None:
    """The largest figure ``unit_after_figure`` finds (its group ``n``, a decimal comma
    read as a point) in ``text``; None without one."""
    found = [float(match["n"].replace(",", ".")) for match in unit_after_figure.finditer(text)]
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
    if km is None:
        return result
    # Measured from an area's coast, the distance starts where its outline ends, which
    # holds no sea beyond the territorial sea: "50 nautical miles ... mula sa coast ng
    # Zambales" is out of the province, however near its middle.
    off_a_coast = result.precision in _AREA_ANSWERS and bool(_FROM_A_COAST.search(query))
    reach = TERRITORIAL_SEA_KM if off_a_coast else DIRECTION_REACH_KM
    if km <= max(reach, 0.0 if off_a_coast else result.uncertainty_km or 0.0):
        return result
    if _reads_a_distance(parse_place(query)) or not _on_land(result):
        return result
    why = (
        f"{km / NAUTICAL_MILE_KM:g} nautical miles out at sea, far beyond {result.name} "
        "and its coast"
    )
    return _at_sea_in_its_countrys_waters(query, result, hint, resolver, why)


# A figure and a unit of km in the Chinese, Japanese and Korean writings, whose distances
# the grammar does not read: "80キロ", "70〜80キロ・メートル", "63㌔", "110킬로미터",
# "50公里".  The figure is the one the unit follows, so a range gives its far end.
_KM_ANYWHERE = re.compile(
    r"(?<![0-9.,])(?P<n>\d+(?:[.,]\d+)?)\s*(?:キロ|㌔|ｷﾛ|킬로|公里|千米|km)",
    re.IGNORECASE,
)
# Words for the sea area a spot lies in, in the same writings: "海域", "海上" (at sea),
# "沖" / "沖合" (offshore), "洋上", "해상" (at sea), "해역", "앞바다" (the waters off).
_SEA_AREA_WORD = re.compile(r"海域|海上|洋上|沖|해상|해역|앞바다")


def sea_km_stated_km(text: str) -> float | None:
    """The largest km distance a text in Chinese, Japanese or Korean gives at sea.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    float or None
        The far end of the largest figure before a km unit, when the text also has a
        word for the sea area ("海域", "해상"); None otherwise.
    """
    if _SEA_AREA_WORD.search(text) is None:
        return None
    return _largest_figure(_KM_ANYWHERE, text)


def not_the_town_far_off_its_coast(
    query: str, result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless it is a town and the text puts the spot at sea km beyond it.

    "稚内市の宗谷岬から東におよそ80キロ離れた海域" (the sea area some 80 km east of
    Cape Sōya, Wakkanai city), "根室市の東70〜80キロ・メートルの海上": the grammar does
    not read such a distance, so the town inside the text was answered for a spot 70-80
    km out at sea.  A town (a point answer) is never the spot a text puts at sea farther
    off than the town's own reach and :data:`~bordermap.geo.schema.NEAR_RADIUS_KM`: the
    event's country holding the town, coarsened, answers, else nothing.  So is a
    district drawn as a circle about its seat, whose radius is its reach.  Areas with
    an outline (the region a text names) are left as they are.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries.
    resolver : PlaceResolver
        The resolver that read it.

    Returns
    -------
    PlaceResult
    """
    if result.status != "resolved" or not (
        result.precision in ("exact", "settlement", "near") or _district_circle(result)
    ):
        return result
    km = sea_km_stated_km(query)
    if km is None or km <= max(NEAR_RADIUS_KM, result.uncertainty_km or 0.0):
        return result
    if _reads_a_distance(parse_place(query)) or not _on_land(result):
        return result
    why = f"{km:g} km out at sea, far beyond {result.name} and its coast"
    return _at_sea_in_its_countrys_waters(query, result, hint, resolver, why)


def _district_circle(result: PlaceResult) -> bool:
    """Whether a district answer is drawn as a circle about its seat (the data has no
    outline below admin-1): its radius is its reach, as a town's is, and a spot at sea
    farther off than that from a place in it ("전남 신안군 가거도 북서방 약 78km 떨어진
    해상", some 78 km north-west of Gageodo, an island of Sinan county drawn 39 km wide)
    lies beyond what the circle says."""
    return (
        result.precision == "district"
        and result.uncertainty_km is not None
        and result.geometry is not None
        and result.geometry.geom_type == "Point"
    )


def _at_sea_in_its_countrys_waters(
    query: str, result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver, why: str
) -> PlaceResult:
    """The country of ``result`` for a spot out at sea, coarsened, when it is the
    event's; else unresolved with ``why``."""
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
