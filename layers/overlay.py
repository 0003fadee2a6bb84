"""A GeoJSON layer whose features carry their own style and tooltip.

Borders, zones, regions, countries and the offline basemap are all drawn with it.
Tooltips are escaped HTML made in Python; the data reaches JavaScript only as a JSON
literal (see :mod:`bordermap.layers.scriptjson`).
"""

from __future__ import annotations

import html

from folium.map import Layer
from folium.template import Template
from shapely.geometry.base import BaseGeometry

from bordermap.layers.geojson import DECIMALS
from bordermap.layers.scriptjson import to_script_json


class VectorOverlay(Layer):
    """Features with per-feature ``style`` and ``tooltip`` properties.

    Parameters
    ----------
    features : list of dict
        GeoJSON features; ``properties.style`` holds Leaflet path options and
        ``properties.tooltip`` (optional) escaped HTML.
    name : str
        Name in the layer control.
    overlay : bool, optional
        ``False`` makes it a base layer (a radio button), as the basemap is.
    interactive : bool, optional
        Whether features take the mouse (tooltips need it).
    attribution : str, optional
        Plain text credited in the map's attribution line; escaped here.
    show : bool, optional
        Whether it is on when the page opens.
    labels : list of dict, optional
        Text placed on the map (see :func:`label`), e.g. country names.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geoJSON({{ this.data_json }}, {
                interactive: {{ this.interactive_json }},
                attribution: {{ this.attribution_json }},
                style: function (feature) { return feature.properties.style; },
                onEachFeature: function (feature, layer) {
                    if (feature.properties.tooltip) {
                        layer.bindTooltip(feature.properties.tooltip, {sticky: true});
                    }
                }
            });
            {{ this.labels_json }}.forEach(function (label) {
                L.marker([label.lat, label.lon], {
                    icon: L.divIcon(
                        {className: label.className, html: label.html, iconSize: null}),
                    interactive: false,
                    keyboard: false
                }).addTo({{ this.get_name() }});
            });
        {% endmacro %}
        """
    )

    def __init__(
        self,
        features: list[dict],
        *,
        name: str,
        overlay: bool = True,
        interactive: bool = True,
        attribution: str = "",
        show: bool = True,
        labels: list[dict] | None = None,
    ) -> None:
        super().__init__(name=name, overlay=overlay, control=True, show=show)
        self._name = "VectorOverlay"
        self.data_json = to_script_json({"type": "FeatureCollection", "features": features})
        self.interactive_json = to_script_json(interactive)
        self.attribution_json = to_script_json(html.escape(attribution))
        self.labels_json = to_script_json(labels or [])
        self.feature_count = len(features)


def feature(geometry: dict, *, style: dict, tooltip: str = "") -> dict:
    """Return one GeoJSON feature for :class:`VectorOverlay`.

    Parameters
    ----------
    geometry : dict
        GeoJSON geometry (see :func:`bordermap.layers.geojson.to_geojson_geometry`).
    style : dict
        Leaflet path options (``color``, ``weight``, ``dashArray``...).
    tooltip : str, optional
        Plain text; it is escaped here and line breaks become ``<br>``.
    """
    properties: dict = {"style": style}
    if tooltip:
        properties["tooltip"] = "<br>".join(html.escape(line) for line in tooltip.split("\n"))
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def label(point: BaseGeometry, text: str, *, css_class: str) -> dict:
    """Return a text label for :class:`VectorOverlay` at a point (text escaped here).

    Parameters
    ----------
    point : shapely Point
        Where the label's centre goes, EPSG:4326.
    text : str
        Plain text.
    css_class : str
        Class of the label (``bm-label-country``, ``bm-label-region``).
    """
    return {
        "lat": round(float(point.y), DECIMALS),
        "lon": round(float(point.x), DECIMALS),
        "html": html.escape(text),
        "className": f"bm-label {css_class}",
    }
