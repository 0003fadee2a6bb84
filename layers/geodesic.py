"""Geodesic shapes on the WGS84 ellipsoid, without the figure's plotting imports."""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod

#: The ellipsoid every distance and circle is measured on.
GEOD = Geod(ellps="WGS84")


def geodesic_circle(lon: float, lat: float, radius_km: float) -> shapely.Polygon:
    """Geodesic circle: every vertex exactly ``radius_km`` from the centre.

    Parameters
    ----------
    lon, lat : float
        The centre, degrees.
    radius_km : float
        The radius.

    Returns
    -------
    shapely.Polygon
        72 vertices, EPSG:4326.
    """
    azimuths = np.linspace(0.0, 360.0, 73)[:-1]
    lons, lats, _ = GEOD.fwd(
        np.full(azimuths.shape, lon),
        np.full(azimuths.shape, lat),
        azimuths,
        np.full(azimuths.shape, radius_km * 1000.0),
    )
    return shapely.Polygon(np.column_stack([lons, lats]))
