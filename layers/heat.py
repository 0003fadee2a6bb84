"""An optional heat layer of the events placed at points or near places.

The heat follows the time filter: it is drawn from the events whose dates overlap
the chosen range, and undated events always count (as they stay on the map).
"""

from __future__ import annotations

import math

import geopandas as gpd
from folium.plugins import HeatMap
from folium.template import Template

from bordermap.geo import schema
from bordermap.layers.geojson import DECIMALS
from bordermap.layers.scriptjson import to_script_json

#: Only places known to a point or a circle feed the heat: the representative point
#: of a region or a border would paint heat where nothing is known to have happened.
HEAT_PRECISIONS = ("exact", "settlement", "near")


class DatedHeatMap(HeatMap):
    """folium's heat layer, redrawn from the events in the time filter's range.

    Parameters
    ----------
    points : list of (lat, lon, start, end)
        Degrees and ISO dates (``""`` when undated; ``end`` may be ``""`` for a
        one-day date).
    radius : int
        Heat radius in screen pixels.
    name : str
        Name in the layer control.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.heatLayer([], {{ this.options|tojavascript }});
            (function (heat) {
                var points = {{ this.points_json }};
                function draw() {
                    var inRange = window.bordermap && window.bordermap.inRange;
                    heat.setLatLngs(points.filter(function (p) {
                        return !inRange || inRange(p[2], p[3]);
                    }).map(function (p) { return [p[0], p[1]]; }));
                }
                draw();
                window.bordermap = window.bordermap || {};
                window.bordermap.rangeListeners =
                    (window.bordermap.rangeListeners || []).concat([draw]);
            })({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, points: list[list], *, radius: int, name: str) -> None:
        data = [p[:2] for p in points]
        super().__init__(data, radius=radius, name=name, overlay=True, control=True, show=False)
        self.points_json = to_script_json(points)


def _iso(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def heat_layer(
    events: gpd.GeoDataFrame, *, radius: int = 25, name: str = "Event density"
) -> DatedHeatMap | None:
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
        [
            round(float(geom.y), DECIMALS),
            round(float(geom.x), DECIMALS),
            _iso(start),
            _iso(end) or _iso(start),
        ]
        for geom, start, end in zip(
            placed.geometry, placed[schema.DATE_START], placed[schema.DATE_END], strict=True
        )
        if not geom.is_empty
    ]
    if not points:
        return None
    return DatedHeatMap(points, radius=radius, name=name)
