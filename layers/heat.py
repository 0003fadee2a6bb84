"""An optional heat layer of the events placed at points or near places."""

from __future__ import annotations

import geopandas as gpd
from folium.plugins import HeatMap

from bordermap.geo import schema
from bordermap.layers.geojson import DECIMALS

#: Only places known to a point or a circle feed the heat: the representative point
#: of a region or a border would paint heat where nothing is known to have happened.
HEAT_PRECISIONS = ("exact", "settlement", "near")


def heat_layer(
    events: gpd.GeoDataFrame, *, radius: int = 25, name: str = "Event density"
) -> HeatMap | None:
    """Return a heat layer of point-like events, or None when there are none.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events.
    radius : int, optional
        Heat radius in screen pixels.
    name : str, optional
        Name in the layer control.
    """
    placed = events[
        (events[schema.RESOLVE_STATUS] == "resolved")
        & events[schema.PRECISION].isin(HEAT_PRECISIONS)
        & events.geometry.notna()
    ]
    points = [
        [round(float(geom.y), DECIMALS), round(float(geom.x), DECIMALS)]
        for geom in placed.geometry
        if not geom.is_empty
    ]
    if not points:
        return None
    return HeatMap(points, radius=radius, name=name, overlay=True, control=True, show=False)
