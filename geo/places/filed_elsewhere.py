"""A settlement filed under another country that lies inside the event's country.

A territory with an ISO code of its own may have its places filed under the country
that holds it: Guerguerat, the village of Western Sahara ("EH") by the Mauritanian
line, is Moroccan in the villages table, as GeoNames files Smara.  A report of an
event coded to the territory names it, and the resolver refused it as "found only
outside the event's country".  The point says where the place is: a settlement whose
point lies inside the outline of the event's country, at least :data:`INSIDE_KM` from
its edge, is a place of that country.  The margin keeps a village of a neighbour that
a generalised outline draws just across the line from being taken so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.prepared import PreparedGeometry, prep

from bordermap.geo.places.scope import KM_PER_DEGREE

__all__ = ["INSIDE_KM", "country_holding"]

#: How far inside the outline (km) a settlement filed elsewhere must lie.
INSIDE_KM = 3.0


def country_holding(lat: float, lon: float, countries: Iterable[str]) -> str | None:
    """The first of ``countries`` (sorted) whose outline holds the point at least
    :data:`INSIDE_KM` from its edge, or None.

    Parameters
    ----------
    lat, lon : float
        The settlement's point (EPSG:4326).
    countries : iterable of str
        The event's countries (ISO alpha-2).

    Returns
    -------
    str or None
        The code of the country holding the point, or None when none does (or the
        boundary data has no outline for any of them).
    """
    point = Point(lon, lat)
    for code in sorted(set(countries)):
        outline = _outline(code)
        if outline is None or not outline[0].contains(point):
            continue
        # Degrees to km as east–west at this latitude, the shorter degree: never more
        # km than the edge truly lies away.
        if outline[1].distance(point) * KM_PER_DEGREE * math.cos(math.radians(lat)) >= INSIDE_KM:
            return code
    return None


@lru_cache(maxsize=64)
def _outline(code: str) -> tuple[PreparedGeometry, BaseGeometry] | None:
    """A country's outline, prepared for many point tests, and its edge; None without
    one.  Kept per country: a refused name may have dozens of namesakes to test."""
    # Imported here: the outlines are read only when a place was found elsewhere.
    from bordermap.geo.borders.extents import country_extent
    from bordermap.geo.errors import GeometryDataError

    try:
        outline = country_extent(code)
    except GeometryDataError:
        return None
    return prep(outline), outline.boundary
