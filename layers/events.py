"""Events on the map: colour by category or status, style by status, shape by precision.

A settled place is a point; a place known only "near X" is a circle of uncertainty;
a district, region, border or country is drawn as that area or line.  A vague place
never becomes a pin.  Unresolved and ambiguous events cannot be drawn; they are
returned as :attr:`EventLayer.unplaced` so the map can list them instead.

Events on the same extent (the same border, region or country, or the same circle
of uncertainty) are drawn once: one shape that every one of them can be reached
through, a badge with their number, and a popup listing each event.  The shape
takes their colour and status when they agree (:func:`bordermap.layers.styles.
shared_look`), and both the count and the list follow the time filter.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import shapely
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from bordermap.geo import schema
from bordermap.geo.events.categories import Category
from bordermap.layers import assets
from bordermap.layers.datetext import date_in_words
from bordermap.layers.facets import event_facet, search_text
from bordermap.layers.geojson import DECIMALS, to_geojson_geometry
from bordermap.layers.popups import popup_html
from bordermap.layers.scriptjson import to_script_json
from bordermap.layers.styles import (
    FALLBACK_COLOUR,
    MIXED_COLOUR,
    MIXED_STATUS,
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
    groups : list of dict
        Shared places (see :func:`shared_places`); their members' records carry
        ``group``, the index in this list.
    facets : list of dict
        Distinct filter values (:func:`bordermap.layers.facets.event_facet`); each
        record's ``facet`` is an index into this list.
    """

    records: list[dict]
    extents: list[dict]
    unplaced: list[UnplacedEvent]
    groups: list[dict] = field(default_factory=list)
    facets: list[dict] = field(default_factory=list)


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
    places: dict[int, SharedPlace] = {}
    points: list[dict] = []
    unplaced: list[UnplacedEvent] = []
    # Many events share one extent (the same border, the same region): convert and
    # write each distinct geometry once.
    converted: dict[tuple[bytes, float], int | None] = {}
    extents: list[dict] = []
    facet_index: dict[str, int] = {}
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
            "title": title,
            "when": date_in_words(
                _text(row.get(schema.DATE_START)),
                _text(row.get(schema.DATE_END)),
                _text(row.get(schema.DATE_PRECISION)),
            ),
            "colour": colour,
            "facet": facet_index.setdefault(to_script_json(event_facet(row)), len(facet_index)),
            "search": search_text(row),
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
            spot = (record["lat"], record["lon"])
            key: tuple = ("circle", record["lat"], record["lon"], radius_m, precision)
        else:
            record["extent"] = extent_index
            spot = _label_point(extent)
            key = ("extent", extent_index, precision)
        places[index] = SharedPlace(key, colour, status, precision, spot, shared_place_text(row))
        shapes.append((-_area_key(extent, radius_m), index, record))
    shapes.sort(key=lambda item: (item[0], item[1]))
    records = [record for _, _, record in shapes]
    groups = shared_places(records, [places[index] for _, index, _ in shapes])
    facets = [json.loads(text) for text in facet_index]
    return EventDrawing(records + points, extents, unplaced, groups, facets)


@dataclass(frozen=True)
class SharedPlace:
    """Where and how one event drawn as a shape is drawn, to find events that share it.

    Attributes
    ----------
    key : tuple
        Equal for events drawn as the same shape with the same precision.
    colour, status, precision : str
        The event's own look.
    spot : (lat, lon)
        Where the count badge of the shape goes.
    where : str
        The place in words, for the head of the shared popup.
    """

    key: tuple
    colour: str
    status: str
    precision: str
    spot: tuple[float, float]
    where: str


def shared_place_text(row: dict) -> str:
    """Return the place of an event drawn as a shape in words ("on the X border")."""
    name = _text(row.get(schema.RESOLVED_NAME)) or _text(row.get(schema.PLACE))
    if not name:
        return "at this place"
    precision = _text(row.get(schema.PRECISION))
    drawing = PRECISION_DRAWING.get(precision, "circle")
    if drawing == "circle":
        return f"near {name}"
    if precision == "border":
        return f"somewhere on the {name}"
    return f"somewhere in {name}"


def shared_places(records: list[dict], places: list[SharedPlace]) -> list[dict]:
    """Group shape records that are drawn as the same shape into shared places.

    Parameters
    ----------
    records : list of dict
        Shape records (circles and extents) in drawing order; the records of a
        group's members get ``group`` (the group's index) added.
    places : list of SharedPlace
        One per record.

    Returns
    -------
    list of dict
        One per shape shared by two events or more, in drawing order: ``kind``,
        ``extent`` or ``radius``, ``lat`` / ``lon`` of the badge, ``members``
        (indices into ``records``, by date, undated last), their ``colours`` and
        ``statuses``, ``styles`` (``"colour status"`` → path options for every look
        the shape can take as the time filter changes), ``className`` and ``where``.
    """
    positions: dict[tuple, list[int]] = {}
    for position, place in enumerate(places):
        positions.setdefault(place.key, []).append(position)
    groups: list[dict] = []
    for members in positions.values():
        if len(members) < 2:
            continue
        members = sorted(
            members,
            key=lambda m: (
                not records[m]["start"],
                records[m]["start"],
                records[m]["end"],
                m,
            ),
        )
        first = places[members[0]]
        record = records[members[0]]
        colours = [places[m].colour for m in members]
        statuses = [places[m].status for m in members]
        styles = {
            f"{colour} {status}": shape_style(colour, status, first.precision)
            for colour in sorted({*colours, MIXED_COLOUR})
            for status in sorted({*statuses, MIXED_STATUS})
        }
        number = len(groups)
        group: dict = {
            "kind": record["kind"],
            "className": f"bm-event bm-{record['kind']} bm-group bm-group-{number}",
            "lat": first.spot[0],
            "lon": first.spot[1],
            "members": members,
            "colours": colours,
            "statuses": statuses,
            "styles": styles,
            "where": first.where,
        }
        if record["kind"] == "circle":
            group["radius"] = record["radius"]
        else:
            group["extent"] = record["extent"]
        for m in members:
            records[m]["group"] = number
        groups.append(group)
    return groups


#: Marker clustering: clusters break up once a user zooms to district level, so
#: single events are always reachable without spiderfying.  Animated splitting
#: leaves half-faded markers in screenshots and printouts; a static map reads the same.
CLUSTER_OPTIONS: dict[str, object] = {
    "disableClusteringAtZoom": 11,
    "maxClusterRadius": 40,
    "animate": False,
}
#: The page side of :class:`EventLayer` (a Jinja macro over the layer's JSON).
SCRIPT_TEMPLATE = Path(__file__).parent / "templates" / "event_layer.js"


def page_data(drawing: EventDrawing) -> dict:
    """Return what the page draws, as the layer's script reads it.

    Parameters
    ----------
    drawing : EventDrawing
        From :func:`event_records`.

    Returns
    -------
    dict
        ``records``, ``extents``, ``groups`` and ``facets`` (see :class:`EventDrawing`).
    """
    return {
        "records": drawing.records,
        "extents": drawing.extents,
        "groups": drawing.groups,
        "facets": drawing.facets,
    }


def page_options(*, cluster: bool) -> dict:
    """Return the options of the layer's script: clustering and the mixed look.

    Parameters
    ----------
    cluster : bool
        Whether point events are grouped into clusters (:data:`CLUSTER_OPTIONS`).

    Returns
    -------
    dict
        ``cluster``, ``mixedColour`` and ``mixedStatus`` (how a shared place whose
        events disagree is drawn) and ``clusterOptions``.
    """
    return {
        "cluster": cluster,
        "mixedColour": MIXED_COLOUR,
        "mixedStatus": MIXED_STATUS,
        "clusterOptions": dict(CLUSTER_OPTIONS),
    }


def page_assets(*, cluster: bool) -> tuple[list, list]:
    """Return the layer's scripts and stylesheets (folium's ``default_js`` / ``default_css``).

    Only clustering needs a plugin; the URLs come from :mod:`bordermap.layers.assets`,
    so a self-contained page can inline them.
    """
    if cluster:
        return (
            assets.links("markercluster"),
            assets.links("markercluster_css", "markerclusterdefault_css"),
        )
    return [], []


def _label_point(geometry: object) -> tuple[float, float]:
    spot = shapely.point_on_surface(geometry)
    return round(float(spot.y), DECIMALS), round(float(spot.x), DECIMALS)


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

    # The page side, kept apart: it changes with Leaflet and the page's behaviour,
    # the Python side with what is drawn.
    _template = Template(SCRIPT_TEMPLATE.read_text(encoding="utf-8"))

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
        self.groups = drawing.groups
        self.facets = drawing.facets
        self.data_json = to_script_json(page_data(drawing))
        self.options_json = to_script_json(page_options(cluster=cluster))
        self.attribution_json = to_script_json(html.escape(attribution))
        self.default_js, self.default_css = page_assets(cluster=cluster)

    @property
    def facet_codes(self) -> list[int]:
        """For each drawn event, the index of its filter values in :attr:`facets`."""
        return [record["facet"] for record in self.records]

    @property
    def placed_count(self) -> int:
        """Number of events drawn on the map."""
        return len(self.records)

    @property
    def shared_legend(self) -> dict[str, bool]:
        """What the legend must explain about places shared by several events.

        Keyword arguments of :func:`bordermap.layers.legend.legend`.
        """
        return {
            "shared_places": bool(self.groups),
            "mixed_colours": any(len(set(g["colours"])) > 1 for g in self.groups),
            "mixed_statuses": any(len(set(g["statuses"])) > 1 for g in self.groups),
        }
