"""Events on the map: colour by category or status, style by status, shape by precision.

A settled place is a point; a place known only "near X" is a circle of uncertainty;
a district, region, border or country is drawn as that area or line.  A vague place
never becomes a pin.  Unresolved and ambiguous events cannot be drawn; they are
returned as :attr:`EventLayer.unplaced` so the map can list them instead.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

import geopandas as gpd
import shapely
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from bordermap.geo import schema
from bordermap.geo.categories import Category
from bordermap.layers import assets
from bordermap.layers.geojson import DECIMALS, to_geojson_geometry
from bordermap.layers.popups import popup_html
from bordermap.layers.scriptjson import to_script_json
from bordermap.layers.styles import (
    FALLBACK_COLOUR,
    PRECISION_DRAWING,
    STATUS_COLOURS,
    STATUS_STYLES,
    shape_style,
)

COLOUR_BY = ("category", "status")
#: Simplification of drawn extents by precision, in degrees: they stand for "somewhere
#: in here", so a country needs no more than ~1 km detail and a border ~100 m.
EXTENT_SIMPLIFY_DEG: dict[str, float] = {
    "district": 0.002,
    "region": 0.003,
    "border": 0.001,
    "country": 0.01,
}
_KM_PER_DEG = 111.32


@dataclass(frozen=True)
class UnplacedEvent:
    """An event the map cannot draw, listed on the map instead of dropped."""

    event_id: str
    title: str
    place: str
    reason: str


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def event_colour(row: dict, *, categories: dict[str, Category], colour_by: str) -> str:
    """Return the ``#rrggbb`` an event is drawn in."""
    if colour_by == "status":
        return STATUS_COLOURS.get(_text(row.get(schema.STATUS)), FALLBACK_COLOUR)
    category = categories.get(_text(row.get(schema.CATEGORY)))
    return category.colour if category else FALLBACK_COLOUR


def point_icon_html(colour: str, status: str) -> str:
    """Return the HTML of a point marker: solid for confirmed, hollow otherwise."""
    look = STATUS_STYLES.get(status, STATUS_STYLES["alleged"])
    fill = colour if look.filled else "#ffffff"
    border = "dashed" if look.dash == "2 4" else ("dotted" if look.marked else "solid")
    style = f"background-color:{fill};border-color:{colour};border-style:{border}"
    cross = '<span class="bm-cross">×</span>' if look.marked else ""
    return f'<span class="bm-dot" style="{html.escape(style, quote=True)}">{cross}</span>'


def _area_key(geometry: object, radius_m: float) -> float:
    # Larger shapes go first (underneath) so smaller ones stay clickable on top.
    if radius_m:
        return math.pi * (radius_m / 1000 / _KM_PER_DEG) ** 2
    return float(shapely.area(geometry)) if geometry is not None else 0.0


@dataclass(frozen=True)
class EventDrawing:
    """What the page draws for a set of events.

    Attributes
    ----------
    records : list of dict
        Shapes (largest first) then points, each with ``kind`` (point, circle,
        extent), position, ``extent`` (index into ``extents``) for areas and lines,
        style, escaped ``popup`` and ``tooltip``, and ``start`` / ``end`` ISO dates
        ("" when undated).
    extents : list of dict
        Distinct GeoJSON geometries; events on the same border or region share one.
    unplaced : list of UnplacedEvent
        Events not resolved to a place, in input order.
    """

    records: list[dict]
    extents: list[dict]
    unplaced: list[UnplacedEvent]


def event_records(
    events: gpd.GeoDataFrame,
    *,
    categories: dict[str, Category],
    colour_by: str = "category",
) -> EventDrawing:
    """Turn resolved events into the records the page draws.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events (see :mod:`bordermap.geo.schema`), EPSG:4326.
    categories : dict of str to Category
        The category vocabulary (colours and labels).
    colour_by : {"category", "status"}, optional
        What the colour of an event says.

    Returns
    -------
    EventDrawing
    """
    shapes: list[tuple[float, int, dict]] = []
    points: list[dict] = []
    unplaced: list[UnplacedEvent] = []
    # Many events share one extent (the same border, the same region): convert and
    # write each distinct geometry once.
    converted: dict[tuple[bytes, float], int | None] = {}
    extents: list[dict] = []
    for index, row in enumerate(events.to_dict("records")):
        status = _text(row.get(schema.STATUS))
        title = _text(row.get(schema.TITLE))
        point = row.get("geometry")
        resolve_status = _text(row.get(schema.RESOLVE_STATUS)) or "resolved"
        if resolve_status != "resolved" or point is None or point.is_empty:
            unplaced.append(
                UnplacedEvent(
                    _text(row.get(schema.ID)),
                    title,
                    _text(row.get(schema.PLACE)),
                    "ambiguous place" if resolve_status == "ambiguous" else "place not found",
                )
            )
            continue
        if point.geom_type != "Point":
            point = point.representative_point()
        category = categories.get(_text(row.get(schema.CATEGORY)))
        colour = event_colour(row, categories=categories, colour_by=colour_by)
        precision = _text(row.get(schema.PRECISION)) or "settlement"
        drawing = PRECISION_DRAWING.get(precision, "circle")
        extent = row.get(schema.EXTENT)
        if drawing == "extent":
            tolerance = EXTENT_SIMPLIFY_DEG.get(precision, 0.002)
            key = (shapely.to_wkb(extent), tolerance) if extent is not None else (b"", 0.0)
            if key not in converted:
                geometry = to_geojson_geometry(extent, simplify_deg=tolerance)
                drawable = geometry is not None and geometry["type"] not in ("Point", "MultiPoint")
                converted[key] = len(extents) if drawable else None
                if drawable:
                    extents.append(geometry)
            extent_index = converted[key]
            if extent_index is None:
                # No area to draw: a circle of uncertainty is the honest fallback.
                drawing = "circle"
        radius_m = 0.0
        if drawing == "circle":
            km = row.get(schema.UNCERTAINTY_KM)
            km = (
                float(km)
                if isinstance(km, int | float) and not math.isnan(km) and km > 0
                else None
            )
            radius_m = round((km or schema.NEAR_RADIUS_KM) * 1000.0, 1)
        record = {
            "kind": drawing,
            "id": _text(row.get(schema.ID)),
            "className": f"bm-event bm-{drawing} bm-ev-{index} bm-status-{status}",
            "popup": popup_html(row, category_label=category.label if category else ""),
            "tooltip": html.escape(title),
            "start": _text(row.get(schema.DATE_START)),
            "end": _text(row.get(schema.DATE_END)) or _text(row.get(schema.DATE_START)),
            "lat": round(float(point.y), DECIMALS),
            "lon": round(float(point.x), DECIMALS),
        }
        if drawing == "point":
            record["icon"] = point_icon_html(colour, status)
            points.append(record)
            continue
        record["style"] = shape_style(colour, status, precision)
        if drawing == "circle":
            record["radius"] = radius_m
        else:
            record["extent"] = extent_index
        shapes.append((-_area_key(extent, radius_m), index, record))
    shapes.sort(key=lambda item: (item[0], item[1]))
    return EventDrawing([record for _, _, record in shapes] + points, extents, unplaced)


class EventLayer(JSCSSMixin, Layer):
    """All events of a map as one layer, with optional marker clustering.

    Every drawn event is registered in ``window.bordermap.events`` with its dates,
    so the time filter can show and hide it.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events.
    categories : dict of str to Category
        The category vocabulary.
    colour_by : {"category", "status"}, optional
        What colour means.
    cluster : bool, optional
        Group nearby point events into clusters.
    name : str, optional
        Name in the layer control.
    attribution : str, optional
        Credit for the geocoding data (GeoNames), shown in the attribution line.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup(
                [], {attribution: {{ this.attribution_json }}});
            (function (group) {
                var data = {{ this.data_json }};
                var records = data.records;
                var options = {{ this.options_json }};
                var points = options.cluster
                    ? L.markerClusterGroup(options.clusterOptions)
                    : L.featureGroup();
                var shapes = L.featureGroup();
                var registry = [];
                var pointLayers = [];
                records.forEach(function (record) {
                    var layer;
                    if (record.kind === "point") {
                        layer = L.marker([record.lat, record.lon], {
                            icon: L.divIcon({
                                className: record.className,
                                html: record.icon,
                                iconSize: [18, 18],
                                iconAnchor: [9, 9],
                                popupAnchor: [0, -9],
                                tooltipAnchor: [9, 0]
                            })
                        });
                        pointLayers.push(layer);
                    } else if (record.kind === "circle") {
                        layer = L.circle([record.lat, record.lon], Object.assign(
                            {radius: record.radius, className: record.className}, record.style));
                        shapes.addLayer(layer);
                    } else {
                        layer = L.geoJSON(data.extents[record.extent], {
                            style: function () {
                                return Object.assign({className: record.className}, record.style);
                            }
                        });
                        shapes.addLayer(layer);
                    }
                    layer.bindPopup(record.popup, {maxWidth: 380});
                    layer.bindTooltip(record.tooltip, {sticky: record.kind !== "point"});
                    registry.push({
                        layer: layer,
                        parent: record.kind === "point" ? points : shapes,
                        start: record.start,
                        end: record.end,
                        id: record.id
                    });
                });
                if (options.cluster) { points.addLayers(pointLayers); }
                else { pointLayers.forEach(function (layer) { points.addLayer(layer); }); }
                group.addLayer(shapes);
                group.addLayer(points);
                window.bordermap = window.bordermap || {};
                window.bordermap.events = (window.bordermap.events || []).concat(registry);
            })({{ this.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        events: gpd.GeoDataFrame,
        *,
        categories: dict[str, Category],
        colour_by: str = "category",
        cluster: bool = True,
        name: str = "Events",
        attribution: str = "",
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "EventLayer"
        if colour_by not in COLOUR_BY:
            raise ValueError(f"colour_by must be one of {COLOUR_BY}, got {colour_by!r}")
        drawing = event_records(events, categories=categories, colour_by=colour_by)
        self.records = drawing.records
        self.unplaced = drawing.unplaced
        self.colour_by = colour_by
        self.data_json = to_script_json({"records": drawing.records, "extents": drawing.extents})
        self.options_json = to_script_json(
            {
                "cluster": cluster,
                # Clusters break up once a user zooms to district level, so single
                # events are always reachable without spiderfying.
                "clusterOptions": {
                    "disableClusteringAtZoom": 11,
                    "maxClusterRadius": 40,
                    # Animated splitting leaves half-faded markers in screenshots
                    # and printouts; a static map reads the same.
                    "animate": False,
                },
            }
        )
        self.attribution_json = to_script_json(html.escape(attribution))
        if cluster:
            self.default_js = assets.links("markercluster")
            self.default_css = assets.links("markercluster_css", "markerclusterdefault_css")
        else:
            self.default_js = []
            self.default_css = []

    @property
    def placed_count(self) -> int:
        """Number of events drawn on the map."""
        return len(self.records)
