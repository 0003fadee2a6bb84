"""Discs of a radius in kilometres, drawn on lon/lat geometry."""

from __future__ import annotations

import math

import shapely
from shapely import affinity

__all__ = ["KM_PER_DEGREE_OF_LATITUDE", "disc_km"]

#: Kilometres in a degree of latitude.
KM_PER_DEGREE_OF_LATITUDE = 111.32


def disc_km(lat: float, lon: float, km: float, *, quad_segs: int = 16) -> shapely.Polygon:
    """A disc of ``km`` round a point, in lon/lat degrees.

    Parameters
    ----------
    lat, lon : float
        The centre.
    km : float
        The radius.
    quad_segs : int
        Segments per quarter circle.

    Returns
    -------
    shapely.Polygon
        The disc, widened east–west by the latitude: a degree of longitude is shorter
        than one of latitude away from the equator (capped near the poles).
    """
    centre = shapely.Point(lon, lat)
    circle = centre.buffer(km / KM_PER_DEGREE_OF_LATITUDE, quad_segs=quad_segs)
    widen = 1.0 / max(math.cos(math.radians(lat)), 0.05)
    return affinity.scale(circle, xfact=widen, yfact=1.0, origin=centre)
