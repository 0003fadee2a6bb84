"""A place the text measures from a reference farther than the reference reaches.

"منفذ طريبيل الحدودي مع الأردن 520 كيلو متر غرب بغداد" (the Trebil post, 520 km west of
Baghdad): the post is unknown, so the only name read is the reference, Baghdad, and the
answer would be Baghdad's governorate.  But the text puts the place 520 km from Baghdad,
farther than any point of that governorate: the reference is exactly what the place is
not.  The reference is refused; the text still says where the place lies (that far, that
way, from the reference), so the admin-1 unit of the event's country holding (nearly) all
of that band is answered, coarsened, or else the country, or nothing.
"""

from __future__ import annotations

import math
from dataclasses import replace

from shapely.geometry import Point, Polygon
from shapely.geometry.base import BaseGeometry

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.distant_ring import holds_nearly_all
from bordermap.geo.places.phrases import direction_bearing, parse_place
from bordermap.geo.places.rereadings import Geocode
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import EARTH_RADIUS_KM, km_between
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["reference_farther_than_it_reaches"]

#: The band the place may lie in, as shares of the stated distance: figures are rounded
#: and often road distances, longer than the straight line.
_BAND = (0.6, 1.1)
#: Half the angle a compass word spans ("west": west-south-west to west-north-west).
_HALF_SECTOR_DEGREES = 22.5


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The (lon, lat) ``km`` from a point along ``bearing`` (degrees), on a sphere."""
    phi, lam, theta, delta = (
        math.radians(lat),
        math.radians(lon),
        math.radians(bearing),
        km / EARTH_RADIUS_KM,
    )
    phi2 = math.asin(
        math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta)
    )
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi),
        math.cos(delta) - math.sin(phi) * math.sin(phi2),
    )
    return math.degrees(lam2), math.degrees(phi2)


def band_of_a_stated_distance(
    lat: float, lon: float, km: float, bearing: float | None
) -> BaseGeometry:
    """Where a place said to lie ``km`` from a point (that way, if ``bearing``) may be.

    Parameters
    ----------
    lat, lon : float
        The reference point.
    km : float
        The stated distance.
    bearing : float or None
        The compass bearing the text gives (degrees), or None for any way.

    Returns
    -------
    shapely geometry
        The ring between 0.6 and 1.1 times ``km`` round the point, cut to the compass
        word's sector (45 degrees) when the text gives one; lon/lat degrees.
    """
    if bearing is None:
        start, stop, steps = 0.0, 360.0, 72
    else:
        start, stop, steps = bearing - _HALF_SECTOR_DEGREES, bearing + _HALF_SECTOR_DEGREES, 12
    angles = [start + (stop - start) * i / steps for i in range(steps + 1)]
    inner, outer = (share * km for share in _BAND)
    rim = [_destination(lat, lon, a, outer) for a in angles]
    hole = [_destination(lat, lon, a, inner) for a in reversed(angles)]
    if bearing is None:
        return Polygon(rim, [hole]).buffer(0)
    return Polygon(rim + hole).buffer(0)


def _reach_km(result: PlaceResult, lat: float, lon: float) -> float | None:
    """How far from the reference point the answer reaches: its outline's farthest point,
    or its circle's rim; None when the answer does not hold the reference point."""
    outline = result.geometry
    if (
        result.precision in ("region", "district")
        and outline is not None
        and outline.geom_type in ("Polygon", "MultiPolygon")
    ):
        if outline.distance(Point(lon, lat)) > 0.05:
            return None
        hull = outline.convex_hull
        ring = hull.exterior.coords if hull.geom_type == "Polygon" else hull.coords
        return max(km_between(lat, lon, y, x) for x, y in ring)
    if result.lat is None or result.lon is None:
        return None
    radius = result.uncertainty_km or NEAR_RADIUS_KM
    offset = km_between(lat, lon, result.lat, result.lon)
    return None if offset > radius else offset + radius


def _unit_holding(
    band: BaseGeometry, country: str, resolver: PlaceResolver, note: str
) -> PlaceResult | None:
    """The admin-1 unit of ``country`` holding all but a tenth of the band's part in it,
    else the country, coarsened; None when the band misses the country."""
    try:
        inside = band.intersection(country_extent(country))
    except GeometryDataError:
        return None
    if inside.is_empty or inside.area <= 0:
        return None
    for row in resolver.gaz.rows_of_country(country, kind="region"):
        region = resolver.gaz.place(row)
        unit = resolver.coarsened_to(region, note)
        if unit is None or unit.geometry is None:
            continue
        if unit.geometry.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        if holds_nearly_all(unit.geometry, inside):
            return replace(unit, note=f"{note}; {region.name} holds that band in {country}")
    whole = resolver.gaz.country(country)
    return None if whole is None else resolver.coarsened_to(whole, note)


def reference_farther_than_it_reaches(
    query: str,
    result: PlaceResult,
    hint: tuple[str, ...],
    resolver: PlaceResolver,
    geocode: Geocode,
) -> PlaceResult:
    """``result`` unless it is the reference the text measures the place from, farther
    than the reference itself reaches.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries.
    resolver : PlaceResolver
        The resolver that read it (for the units of the band).
    geocode : Geocode
        Geocodes the reference alone, with the event's country.

    Returns
    -------
    PlaceResult
        ``result`` itself, or, when a tail of the text reads "D km (compass) from R"
        and ``result`` holds R's point but reaches less than D from it, the admin-1 unit
        of R's country (one of the event's, when given) holding the band D away, else
        that country, coarsened; or unresolved, naming the refused reference.
    """
    if (
        result.status != "resolved"
        or result.precision in ("border", "country")
        or result.lat is None
        or result.lon is None
        or not any(c.isdigit() for c in query)
    ):
        return result
    words = query.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        expression = parse_place(tail)
        if expression.kind != "near" or not expression.distance_km or expression.inner is None:
            continue
        reference = geocode(expression.inner.text, hint)
        if reference.status != "resolved" or reference.lat is None or reference.lon is None:
            continue
        reach = _reach_km(result, reference.lat, reference.lon)
        stated = expression.distance_km
        if reach is None or stated <= reach:
            return result
        note = (
            f"the text puts the place {stated:g} km from {reference.name}, farther than "
            f"{result.name} reaches ({reach:.0f} km): not that place"
        )
        resolver.log(f"refused: {note}")
        country = reference.country
        if not country or (hint and country not in hint):
            return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
        band = band_of_a_stated_distance(
            reference.lat, reference.lon, stated, direction_bearing(tail)
        )
        unit = _unit_holding(band, country, resolver, note)
        if unit is None:
            return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
        return replace(unit, query=query, candidates=())
    return result
