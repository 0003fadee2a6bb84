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

from collections.abc import Iterable

from shapely.geometry import Point

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
    # Imported here: the outlines are read only when a place was found elsewhere.
    from bordermap.geo.borders.extents import country_extent
    from bordermap.geo.errors import GeometryDataError

    point = Point(lon, lat)
    for code in sorted(set(countries)):
        try:
            outline = country_extent(code)
        except GeometryDataError:
            continue
        # Degrees to km along the meridian: a point far enough north–south is far
        # enough in km; east–west the degree is shorter, so the margin only grows.
        if (
            outline.contains(point)
            and outline.boundary.distance(point) * KM_PER_DEGREE >= INSIDE_KM
        ):
            return code
    return None
