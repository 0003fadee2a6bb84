"""A static figure of a map, drawn with matplotlib: no browser, no network.

The figure shows what the interactive map shows, the same way: countries, border
lines and zones, admin-1 regions, and events coloured by category (or status) and
styled by status, each drawn at the precision it is known to.  A settlement is a
point; "near X" is a circle of its uncertainty radius; a region is its outline; a
border event is a band along the line; a country event is the country's outline.
A vague place never becomes a point.  Events that share a shape (the same border,
region, country or circle) are drawn once with their number beside it, as on the
interactive map.  Events that could not be placed are listed under the map.

Everything is projected to an azimuthal equidistant CRS centred on the view, so the
scale bar is true at the centre and shapes look as they do on the ground.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PatchCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from bordermap.geo import schema
from bordermap.geo.borders.boundaries import local_metric_crs
from bordermap.geo.events.categories import Category, load_categories
from bordermap.layers.borders import ZONE_COLOUR
from bordermap.layers.geodesic import geodesic_circle
from bordermap.layers.imagefile import figure_style, new_figure
from bordermap.layers.styles import (
    FALLBACK_COLOUR,
    MIXED_COLOUR,
    PRECISION_DRAWING,
    STATUS_COLOURS,
    STATUS_STYLES,
    shared_look,
)

#: Default size of the figure, inches (width, height); at 300 dpi 3000 × 2100 px.
FIGURE_SIZE_IN: tuple[float, float] = (10.0, 7.0)
#: Where the map sits in the figure (left, bottom, width, height, as fractions).
MAP_BOX = (0.015, 0.115, 0.66, 0.795)
LEGEND_BOX = (0.69, 0.115, 0.3, 0.795)

LAND = "#f3f1ec"
LAND_EDGE = "#9a9a9a"
SEA = "#dde8f0"
BORDER_COLOUR = "#222222"
REGION_EDGE = "#555555"

#: Line dashes of the statuses (on, off in line widths), after the map's SVG dashes.
STATUS_DASHES: dict[str, tuple[float, tuple[float, ...]] | str] = {
    "confirmed": "solid",
    "alleged": (0, (6, 4)),
    "disputed": (0, (2, 4)),
    "denied": (0, (1, 5)),
}
#: Point markers of the statuses: solid, hollow, half-filled, hollow cross.
STATUS_MARKERS: dict[str, dict[str, object]] = {
    "confirmed": {"marker": "o", "fillstyle": "full"},
    "alleged": {"marker": "o", "fillstyle": "none"},
    "disputed": {"marker": "o", "fillstyle": "left"},
    "denied": {"marker": "X", "fillstyle": "none"},
}
assert tuple(STATUS_DASHES) == tuple(STATUS_MARKERS) == schema.STATUSES

_DRAWING_LABELS = {
    "point": "point: exact place or settlement",
    "circle": f"circle: near a place ({schema.NEAR_RADIUS_KM:g} km)",
    "area": "area: district (circle at its seat) or region",
    "band": "band: somewhere on the border",
    "outline": "outline: somewhere in the country",
}
#: Unplaced events listed by name under the map; the rest are counted.
UNPLACED_LISTED = 4
#: Below this width (inches) the legend goes under the map instead of beside it.
NARROW_WIDTH_IN = 6.5
#: Narrow layout: map on top, legend in two columns under it.
NARROW_MAP_BOX = (0.02, 0.5, 0.96, 0.405)
NARROW_LEGEND_BOX = (0.02, 0.135, 0.96, 0.35)
#: Narrow layout: legend labels wrapped to this many characters.
NARROW_LABEL_CHARS = 24
_UNITS_IN = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4}


@dataclass(frozen=True)
class FigureLayout:
    """How the figure is laid out for the page it goes in.

    Attributes
    ----------
    width_in : float
        Width in inches; the height follows (0.7 of it beside a legend, 1.9 of it
        with the legend under the map below :data:`NARROW_WIDTH_IN`).  Text keeps
        its point size whatever the width, so a figure drawn at a column's width
        reads at its stated size.
    font_scale : float
        Factor on every text size.
    title : bool
        Whether the title and count line are drawn (off when the document captions
        the figure itself).
    inset : bool
        Whether a locator map shows where the view lies.
    """

    width_in: float = FIGURE_SIZE_IN[0]
    font_scale: float = 1.0
    title: bool = True
    inset: bool = True

    def __post_init__(self) -> None:
        if not 2.0 <= self.width_in <= 40.0:
            raise ValueError(f"figure width must be 2 to 40 inches, got {self.width_in:g}")
        if not 0.5 <= self.font_scale <= 3.0:
            raise ValueError(f"font scale must be 0.5 to 3, got {self.font_scale:g}")

    @property
    def narrow(self) -> bool:
        """Whether the legend goes under the map."""
        return self.width_in < NARROW_WIDTH_IN

    @property
    def size_in(self) -> tuple[float, float]:
        """Width and height, inches."""
        ratio = 1.9 if self.narrow else FIGURE_SIZE_IN[1] / FIGURE_SIZE_IN[0]
        return (self.width_in, round(self.width_in * ratio, 3))

    @property
    def boxes(
        self,
    ) -> tuple[tuple[float, float, float, float], tuple[float, float, float, float]]:
        """Where the map and the legend sit: (left, bottom, width, height) fractions each."""
        map_box, legend_box = (
            (NARROW_MAP_BOX, NARROW_LEGEND_BOX) if self.narrow else (MAP_BOX, LEGEND_BOX)
        )
        if not self.title:
            # The title's room goes to the map (and the legend beside it).
            top = 0.985 - (map_box[1] + map_box[3])
            map_box = (map_box[0], map_box[1], map_box[2], map_box[3] + top)
            if not self.narrow:
                legend_box = (legend_box[0], legend_box[1], legend_box[2], legend_box[3] + top)
        return map_box, legend_box


def parse_width(text: str) -> float:
    """Return a width such as ``"17cm"``, ``"160 mm"`` or ``"6.5in"`` in inches.

    Raises
    ------
    ValueError
        If the text is not a positive number followed by ``cm``, ``mm`` or ``in``.
    """
    value = text.strip().lower()
    for unit, factor in _UNITS_IN.items():
        if value.endswith(unit):
            number = value[: -len(unit)].strip()
            try:
                amount = float(number)
            except ValueError:
                break
            if amount > 0 and math.isfinite(amount):
                return amount * factor
            break
    raise ValueError(f"a width such as 17cm, 160mm or 6.5in (got {text!r})")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _placed_mask(events: gpd.GeoDataFrame) -> np.ndarray:
    geometry = events.geometry.values
    drawable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    return (events[schema.RESOLVE_STATUS] == "resolved").to_numpy() & drawable


def _drawing(precision: str) -> str:
    kind = PRECISION_DRAWING.get(precision, "extent")
    if kind != "extent":
        return kind
    return {"border": "band", "country": "outline"}.get(precision, "area")


def _view(
    bbox: tuple[float, float, float, float], aspect: float, crs
) -> tuple[float, float, float, float]:
    """Projected limits covering ``bbox`` and matching the map box's aspect ratio."""
    outline = gpd.GeoSeries([shapely.segmentize(shapely.box(*bbox), 0.1)], crs=schema.CRS)
    xmin, ymin, xmax, ymax = outline.to_crs(crs).total_bounds
    width, height = xmax - xmin, ymax - ymin
    if width / height < aspect:
        grow = (height * aspect - width) / 2
        xmin, xmax = xmin - grow, xmax + grow
    else:
        grow = (width / aspect - height) / 2
        ymin, ymax = ymin - grow, ymax + grow
    return xmin, ymin, xmax, ymax


def _nice_length_m(span_m: float) -> float:
    target = span_m / 5
    power = 10 ** math.floor(math.log10(target))
    return max(m * power for m in (1, 2, 5) if m * power <= target)


def _scale_bar(
    ax: Axes, view: tuple[float, float, float, float], *, font_scale: float = 1.0
) -> Rectangle:
    xmin, ymin, xmax, ymax = view
    length = _nice_length_m(xmax - xmin)
    x0 = xmin + (xmax - xmin) * 0.04
    y0 = ymin + (ymax - ymin) * 0.045
    height = (ymax - ymin) * 0.008
    pad = (xmax - xmin) * 0.012
    backing = Rectangle(
        (x0 - pad, y0 - pad),
        length + 2 * pad,
        height + 5 * pad * font_scale,
        facecolor=(1, 1, 1, 0.8),
        edgecolor="none",
        zorder=8,
    )
    ax.add_patch(backing)
    half = length / 2
    for i, colour in enumerate(("#222222", "#ffffff")):
        ax.add_patch(
            Rectangle(
                (x0 + i * half, y0),
                half,
                height,
                facecolor=colour,
                edgecolor="#222222",
                linewidth=0.6,
                zorder=9,
            )
        )
    ax.text(
        x0 + length / 2,
        y0 + height + pad * 0.6,
        f"{length / 1000:g} km",
        ha="center",
        va="bottom",
        fontsize=8 * font_scale,
        zorder=9,
    )
    return backing


def _clip(frame: gpd.GeoDataFrame | None, window: tuple[float, ...]) -> gpd.GeoDataFrame | None:
    if frame is None or len(frame) == 0:
        return None
    clipped = frame.copy()
    clipped["geometry"] = shapely.clip_by_rect(frame.geometry.values, *window)
    values = clipped.geometry.values
    return clipped[~(shapely.is_missing(values) | shapely.is_empty(values))]


def _colour_of(row: dict, *, categories: dict[str, Category], colour_by: str) -> str:
    if colour_by == "status":
        return STATUS_COLOURS.get(_text(row[schema.STATUS]), FALLBACK_COLOUR)
    category = categories.get(_text(row[schema.CATEGORY]))
    return category.colour if category else FALLBACK_COLOUR


def _event_shapes(
    events: gpd.GeoDataFrame, *, categories: dict[str, Category], colour_by: str
) -> pd.DataFrame:
    """One row per placed event: colour, status, kind of drawing and its geometry."""
    placed = events[_placed_mask(events)]
    rows = []
    for row in placed.to_dict("records"):
        kind = _drawing(_text(row[schema.PRECISION]))
        point = row["geometry"]
        extent = row.get(schema.EXTENT)
        radius = row.get(schema.UNCERTAINTY_KM)
        if kind == "circle" or (
            kind != "point" and (extent is None or extent.is_empty or extent.geom_type == "Point")
        ):
            # A vague place known only by a point is drawn as a circle, never a pin; a
            # district's circle (its size around its seat) is its area.
            precision = _text(row[schema.PRECISION])
            # (A region the outlines lack, drawn around its towns with its own reach.)
            sized = precision == "region" and bool(radius) and math.isfinite(radius)
            kind = "area" if precision == "district" or sized else "circle"
            km = float(radius) if radius and math.isfinite(radius) else schema.NEAR_RADIUS_KM
            geometry = geodesic_circle(point.x, point.y, km)
        elif kind == "point":
            geometry = point
        else:
            geometry = extent
            # The geometry decides how it can be drawn: a line is a band, an area an area.
            if all(part.geom_type == "LineString" for part in shapely.get_parts(geometry)):
                kind = "band"
            elif kind == "band":
                kind = "area"
        rows.append(
            {
                "colour": _colour_of(row, categories=categories, colour_by=colour_by),
                "status": _text(row[schema.STATUS]),
                "kind": kind,
                "geometry": geometry,
            }
        )
    return pd.DataFrame(rows, columns=["colour", "status", "kind", "geometry"])


def _shared_shapes(shapes: pd.DataFrame) -> pd.DataFrame:
    """Draw each shape once: events on the same shape become one row with a count.

    Points stay one row per event (as on the interactive map).  A shared shape takes
    its events' colour and status when they agree, else the mixed look
    (:func:`bordermap.layers.styles.shared_look`); ``mixed_colour`` and
    ``mixed_status`` say which, for the legend.
    """
    columns = ["colour", "status", "kind", "geometry", "count", "mixed_colour", "mixed_status"]
    rows: list[dict] = []
    by_shape: dict[tuple[str, bytes], list[int]] = {}
    for row in shapes.itertuples(index=False):
        if row.kind == "point":
            rows.append({**row._asdict(), "count": 1})
            continue
        key = (row.kind, shapely.to_wkb(row.geometry))
        if key not in by_shape:
            by_shape[key] = [len(rows)]
            rows.append({**row._asdict(), "count": 0, "colours": [], "statuses": []})
        shared = rows[by_shape[key][0]]
        shared["count"] += 1
        shared["colours"].append(row.colour)
        shared["statuses"].append(row.status)
    for row in rows:
        colours, statuses = row.pop("colours", [row["colour"]]), row.pop("statuses", [])
        row["mixed_colour"] = len(set(colours)) > 1
        row["mixed_status"] = len(set(statuses)) > 1
        if statuses:
            row["colour"], row["status"] = shared_look(colours, statuses)
    return pd.DataFrame(rows, columns=columns)


def _polygon_path(geometry: shapely.Geometry) -> MplPath:
    """One matplotlib path for a (multi)polygon, holes included."""
    vertices, codes = [], []
    for polygon in shapely.get_parts(geometry):
        if polygon.geom_type != "Polygon":
            continue  # stray points or lines of a collection have no area to fill
        for ring in (polygon.exterior, *polygon.interiors):
            coords = np.asarray(ring.coords)
            vertices.append(coords)
            ring_codes = np.full(len(coords), MplPath.LINETO, dtype=MplPath.code_type)
            ring_codes[0] = MplPath.MOVETO
            ring_codes[-1] = MplPath.CLOSEPOLY
            codes.append(ring_codes)
    return MplPath(np.concatenate(vertices), np.concatenate(codes))


def _line_parts(geometry: shapely.Geometry) -> list[np.ndarray]:
    return [np.asarray(part.coords) for part in shapely.get_parts(geometry)]


def _draw_events(ax: Axes, shapes: pd.DataFrame, crs, *, font_scale: float = 1.0) -> list:
    """Draw the events; return the count badges (annotations) of shared shapes."""
    badges: list = []
    if len(shapes) == 0:
        return badges
    projected = gpd.GeoSeries(list(shapes["geometry"]), crs=schema.CRS).to_crs(crs)
    shapes = shapes.assign(geometry=projected.values)
    # Largest shapes first so smaller ones stay visible on top of them.
    shapes = shapes.assign(_area=shapely.area(shapes["geometry"].to_numpy()))
    shapes = shapes.sort_values("_area", ascending=False, kind="stable")
    # One collection per kind of drawing: thousands of events draw in one call each.
    layers: dict[str, dict[str, list]] = {}
    for row in shapes.itertuples(index=False):
        kind = row.kind
        if kind == "point":
            continue
        status = row.status if row.status in STATUS_DASHES else "alleged"
        filled = STATUS_STYLES[status].filled
        layer = layers.setdefault(kind, {"items": [], "faces": [], "edges": [], "styles": []})
        if kind == "band":
            parts = _line_parts(row.geometry)
            layer["items"].extend(parts)
            layer["edges"].extend([to_rgba(row.colour, 0.55)] * len(parts))
            layer["styles"].extend([STATUS_DASHES[status]] * len(parts))
            continue
        layer["items"].append(PathPatch(_polygon_path(row.geometry)))
        face = "none" if kind == "outline" else to_rgba(row.colour, 0.2 if filled else 0.07)
        layer["faces"].append(face)
        layer["edges"].append(row.colour)
        layer["styles"].append(STATUS_DASHES[status])
    for kind, layer in layers.items():
        if kind == "band":
            collection = LineCollection(
                layer["items"],
                colors=layer["edges"],
                linestyles=layer["styles"],
                linewidths=6,
                zorder=4.5,
            )
        else:
            collection = PatchCollection(
                layer["items"],
                facecolors=layer["faces"],
                edgecolors=layer["edges"],
                linestyles=layer["styles"],
                linewidths=2.0 if kind == "outline" else 1.6,
                zorder={"outline": 3, "area": 3.5, "circle": 5}[kind],
                match_original=False,
            )
        ax.add_collection(collection, autolim=False)
    (xmin, xmax), (ymin, ymax) = ax.get_xlim(), ax.get_ylim()
    window = shapely.box(xmin, ymin, xmax, ymax)
    for row in shapes[shapes["count"] > 1].itertuples(index=False):
        # Under a point of the shape in view, like the map's badge: on the line of a
        # band, inside an area.
        seen = shapely.intersection(row.geometry, window)
        if seen.is_empty:
            continue
        spot = shapely.point_on_surface(seen)
        badge = ax.annotate(
            f"{row.count} events",
            (spot.x, spot.y),
            xytext=(0, -9),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=6.5 * font_scale,
            fontweight="bold",
            color="#222222",
            bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "edgecolor": "#333333"},
            zorder=7.5,
            annotation_clip=True,
        )
        badges.append(badge)
    points = shapes[shapes["kind"] == "point"]
    for (colour, status), group in points.groupby(["colour", "status"], sort=True):
        look = STATUS_MARKERS.get(status, STATUS_MARKERS["alleged"])
        coords = shapely.get_coordinates(group["geometry"].to_numpy())
        ax.plot(
            coords[:, 0],
            coords[:, 1],
            linestyle="none",
            markersize=7,
            markeredgewidth=1.4,
            color=colour,
            markerfacecoloralt="#ffffff",
            markerfacecolor=colour if look["fillstyle"] != "none" else "#ffffff",
            markeredgecolor=colour,
            zorder=6,
            **look,
        )
    return badges


def _separate(figure: Figure, badges: list, obstacles: list) -> int:
    """Move count badges down until none covers another, a name or the scale bar.

    Returns how many were moved.  Positions are measured as drawn, so the result is
    the same for the same figure.
    """
    renderer = figure.canvas.get_renderer()
    taken = [item.get_window_extent(renderer) for item in obstacles]
    moved = 0
    for badge in badges:
        box = badge.get_window_extent(renderer)
        step = box.height * 72.0 / figure.dpi + 1.0
        x, start = badge.xyann
        frame = badge.axes.get_window_extent(renderer)
        # Down a step, up a step, down two...: the nearest free place inside the map.
        for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4):
            badge.xyann = (x, start + offset * step)
            box = badge.get_window_extent(renderer)
            inside = frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in taken):
                break
        else:
            badge.xyann = (x, start)
        if badge.xyann[1] != start:
            moved += 1
        taken.append(badge.get_window_extent(renderer))
    return moved


def _label_areas(
    ax: Axes, frame: gpd.GeoDataFrame | None, view, *, style: dict, min_share: float
) -> list:
    texts: list = []
    if frame is None:
        return texts
    xmin, ymin, xmax, ymax = view
    window = shapely.box(*view)
    total = (xmax - xmin) * (ymax - ymin)
    for name, geometry in zip(frame["name"], frame.geometry.values, strict=True):
        inside = shapely.intersection(geometry, window)
        if inside.is_empty or shapely.area(inside) < min_share * total:
            continue
        spot = shapely.point_on_surface(inside)
        texts.append(ax.text(spot.x, spot.y, name, ha="center", va="center", zorder=7, **style))
    return texts


def _legend_handles(
    events: gpd.GeoDataFrame,
    shapes: pd.DataFrame,
    *,
    categories: dict[str, Category],
    colour_by: str,
    border_lines: gpd.GeoDataFrame | None,
    border_zones: gpd.GeoDataFrame | None,
    regions: gpd.GeoDataFrame | None,
) -> list[tuple[object, str]]:
    grey = "#555555"
    entries: list[tuple[object, str]] = []
    placed = events[_placed_mask(events)]
    if colour_by == "status":
        entries.append((None, "Colour: status"))
        for key, colour in STATUS_COLOURS.items():
            entries.append((Patch(facecolor=colour, edgecolor=colour), STATUS_STYLES[key].label))
    else:
        entries.append((None, "Colour: category"))
        used = set(placed[schema.CATEGORY].astype(str))
        for key, category in categories.items():
            if key in used:
                entries.append((Patch(facecolor=category.colour), category.label))
        for key in sorted(used - set(categories)):
            entries.append((Patch(facecolor=FALLBACK_COLOUR), key))
    if shapes["mixed_colour"].any():
        several = "statuses" if colour_by == "status" else "categories"
        entries.append((Patch(facecolor=MIXED_COLOUR), f"Several {several} at one place"))
    entries.append((None, "Status"))
    for key, look in STATUS_STYLES.items():
        marker = Line2D(
            [],
            [],
            linestyle="none",
            color=grey,
            markerfacecolor=grey if STATUS_MARKERS[key]["fillstyle"] != "none" else "#ffffff",
            markerfacecoloralt="#ffffff",
            markeredgecolor=grey,
            markersize=7,
            markeredgewidth=1.4,
            **STATUS_MARKERS[key],
        )
        line = Line2D([], [], color=grey, linewidth=1.6, linestyle=STATUS_DASHES[key])
        entries.append(((marker, line), look.label))
    if shapes["mixed_status"].any():
        line = Line2D([], [], color=grey, linewidth=1.6, linestyle=STATUS_DASHES["alleged"])
        entries.append((line, "Shared place, not all confirmed"))
    kinds = [k for k in _DRAWING_LABELS if k in set(shapes["kind"])]
    if kinds:
        entries.append((None, "Where: drawn as precise as known"))
        for kind in kinds:
            if kind == "point":
                handle = Line2D([], [], linestyle="none", marker="o", color=grey, markersize=6)
            elif kind == "band":
                handle = Line2D([], [], color=to_rgba(grey, 0.55), linewidth=6)
            elif kind == "outline":
                handle = Patch(facecolor="none", edgecolor=grey, linewidth=2.0)
            else:
                handle = Patch(facecolor=to_rgba(grey, 0.2), edgecolor=grey, linewidth=1.6)
            entries.append((handle, _DRAWING_LABELS[kind]))
        if (shapes["count"] > 1).any():
            handle = Patch(facecolor="white", edgecolor="#333333")
            entries.append((handle, "“N events”: one place shared by N events"))
    if border_lines is not None or border_zones is not None or regions is not None:
        entries.append((None, "Map"))
    if border_lines is not None:
        entries.append((Line2D([], [], color=BORDER_COLOUR, linewidth=1.6), "Land border"))
    if border_zones is not None:
        widths = sorted(set(border_zones["distance_km"].astype(float)))
        text = ", ".join(f"{w:g}" for w in widths)
        entries.append(
            (Patch(facecolor=to_rgba(ZONE_COLOUR, 0.18)), f"Zone within {text} km of it")
        )
    if regions is not None:
        entries.append(
            (
                Patch(facecolor="none", edgecolor=REGION_EDGE, linestyle=(0, (4, 3))),
                "Admin-1 region",
            )
        )
    return entries


def _draw_legend(
    ax: Axes,
    entries: list[tuple[object, str]],
    *,
    font_scale: float = 1.0,
    columns: int = 1,
    wrap: int = 0,
) -> None:
    ax.set_axis_off()
    handles = [h if h is not None else Patch(visible=False) for h, _ in entries]
    labels = [textwrap.fill(label, wrap) if wrap else label for _, label in entries]
    legend = ax.legend(
        handles,
        labels,
        loc="upper left",
        frameon=False,
        fontsize=(6.5 if columns > 1 else 8) * font_scale,
        ncol=columns,
        columnspacing=0.8,
        handlelength=2.6 if columns == 1 else 1.9,
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0.6)},
        borderaxespad=0.0,
    )
    for text, (handle, _) in zip(legend.get_texts(), entries, strict=True):
        if handle is None:
            text.set_fontweight("bold")


def _unplaced_note(events: gpd.GeoDataFrame) -> str:
    unplaced = events[~_placed_mask(events)]
    if len(unplaced) == 0:
        return ""
    named = [
        f"{_text(r[schema.ID])} “{_text(r[schema.TITLE])}” (place {_text(r[schema.PLACE])!r}, "
        f"{_text(r[schema.RESOLVE_STATUS])})"
        for r in unplaced.head(UNPLACED_LISTED).to_dict("records")
    ]
    more = len(unplaced) - len(named)
    tail = f"; and {more} more" if more else ""
    return f"Not on the map, {len(unplaced)} event(s) not placed: " + "; ".join(named) + tail


def draw_map_figure(
    events: gpd.GeoDataFrame,
    *,
    countries: gpd.GeoDataFrame,
    bbox: tuple[float, float, float, float],
    title: str,
    border_lines: gpd.GeoDataFrame | None = None,
    border_zones: gpd.GeoDataFrame | None = None,
    regions: gpd.GeoDataFrame | None = None,
    attribution: Sequence[str] = (),
    categories: dict[str, Category] | None = None,
    colour_by: str = "category",
    size_in: tuple[float, float] | None = None,
    layout: FigureLayout | None = None,
) -> Figure:
    """Draw the static figure of a map.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events (:attr:`bordermap.geo.resolve.ResolveResult.events`); events
        not placed are listed under the map, never drawn at a guessed place.
    countries : GeoDataFrame
        Country polygons (``iso_a2``, ``name``, geometry) for the base layer.
    bbox : (west, south, east, north)
        Area the map must show, degrees; the view grows to the map box's shape.
    title : str
        Shown above the map.
    border_lines, border_zones, regions : GeoDataFrame, optional
        As from :mod:`bordermap.geo.borders.boundaries`.
    attribution : sequence of str, optional
        Credits for the data drawn, printed under the map.
    categories : dict of str to Category, optional
        Category vocabulary (the packaged one by default).
    colour_by : {"category", "status"}, optional
        What an event's colour means.
    size_in : (float, float), optional
        Figure width and height in inches (the layout's by default).
    layout : FigureLayout, optional
        Width, font scale, title and inset (:class:`FigureLayout` by default).

    Returns
    -------
    Figure
        On the Agg canvas; write it with :func:`bordermap.layers.imagefile.figure_bytes`.
    """
    categories = categories or load_categories()
    layout = layout or FigureLayout()
    size_in = size_in or layout.size_in
    fs = layout.font_scale
    map_box, legend_box = layout.boxes
    crs = local_metric_crs(shapely.box(*bbox))
    window = _projection_window(bbox)
    land = _project(countries, window, crs)
    lines = _project(border_lines, window, crs)
    zones = _project(border_zones, window, crs)
    areas = _project(regions, window, crs)

    # The order of drawing below is the order of the layers on the page (and of the
    # elements in the SVG): base map, events, border lines, names, furniture.
    with figure_style():
        figure = new_figure(size_in=size_in)
        fig_w, _ = size_in
        ax, view = _map_axes(figure, map_box, size_in=size_in, bbox=bbox, crs=crs)
        _draw_base(ax, land=land, zones=zones, areas=areas)
        shapes = _shared_shapes(_event_shapes(events, categories=categories, colour_by=colour_by))
        badges = _draw_events(ax, shapes, crs, font_scale=fs)
        if lines is not None:
            # Over the translucent bands of border events, so the line stays visible
            # inside them (as on the interactive map); under circles and points.
            lines.plot(ax=ax, color=BORDER_COLOUR, linewidth=1.3, zorder=4.8)
        names = _area_names(ax, land=land, areas=areas, view=view, font_scale=fs)
        scale = _scale_bar(ax, view, font_scale=fs)
        if layout.inset:
            _inset(ax, countries, bbox)
        # geopandas labels projected axes; a map figure has no axes to label.
        ax.set_xlabel("")
        ax.set_ylabel("")
        if layout.title:
            _draw_title(figure, title, events, layout=layout, width_in=fig_w)
        legend_ax = figure.add_axes(legend_box)
        _draw_legend(
            legend_ax,
            _legend_handles(
                events,
                shapes,
                categories=categories,
                colour_by=colour_by,
                border_lines=lines,
                border_zones=zones,
                regions=areas,
            ),
            font_scale=fs,
            columns=2 if layout.narrow else 1,
            wrap=NARROW_LABEL_CHARS if layout.narrow else 0,
        )
        _separate(figure, badges, [*names, scale])
        _draw_footer(
            figure, events, bbox=bbox, attribution=attribution, layout=layout, width_in=fig_w
        )
    return figure


def _projection_window(bbox: tuple[float, float, float, float]) -> tuple[float, ...]:
    """Degrees around ``bbox`` worth projecting: the view and as much again each side."""
    # Clip before projecting: a whole Russia projected around Latvia is slow and wild.
    west, south, east, north = bbox
    margin = max(east - west, north - south)
    return (
        max(west - margin, -180.0),
        max(south - margin, -89.0),
        min(east + margin, 180.0),
        min(north + margin, 89.0),
    )


def _project(
    frame: gpd.GeoDataFrame | None, window: tuple[float, ...], crs
) -> gpd.GeoDataFrame | None:
    """``frame`` clipped to ``window`` and projected; None when nothing is left."""
    clipped = _clip(frame, window)
    return None if clipped is None or len(clipped) == 0 else clipped.to_crs(crs)


def _map_axes(
    figure: Figure,
    map_box: tuple[float, float, float, float],
    *,
    size_in: tuple[float, float],
    bbox: tuple[float, float, float, float],
    crs,
) -> tuple[Axes, tuple[float, float, float, float]]:
    """The map's axes, framed and sea-coloured, showing ``bbox``; and its projected view."""
    fig_w, fig_h = size_in
    ax = figure.add_axes(map_box)
    aspect = (map_box[2] * fig_w) / (map_box[3] * fig_h)
    view = _view(bbox, aspect, crs)
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor(SEA)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#777777")
        spine.set_linewidth(0.6)
    return ax, view


def _draw_base(
    ax: Axes,
    *,
    land: gpd.GeoDataFrame | None,
    zones: gpd.GeoDataFrame | None,
    areas: gpd.GeoDataFrame | None,
) -> None:
    """Countries, border zones and region outlines: what the events are drawn over."""
    if land is not None:
        land.plot(ax=ax, facecolor=LAND, edgecolor=LAND_EDGE, linewidth=0.6, zorder=1)
    if zones is not None:
        # Widest zones first; each is translucent so the nesting shows.
        for _, zone in zones.sort_values("distance_km", ascending=False).iterrows():
            gpd.GeoSeries([zone.geometry]).plot(
                ax=ax, facecolor=to_rgba(ZONE_COLOUR, 0.12), edgecolor="none", zorder=2
            )
    if areas is not None:
        areas.plot(
            ax=ax,
            facecolor="none",
            edgecolor=REGION_EDGE,
            linewidth=0.9,
            linestyle=(0, (4, 3)),
            zorder=3,
        )


def _area_names(
    ax: Axes,
    *,
    land: gpd.GeoDataFrame | None,
    areas: gpd.GeoDataFrame | None,
    view: tuple[float, float, float, float],
    font_scale: float,
) -> list:
    """Names of the countries, then of the regions, large enough to carry one."""
    names = _label_areas(
        ax,
        land,
        view,
        style={
            "fontsize": 9 * font_scale,
            "color": "#6b6b6b",
            "fontweight": "bold",
            "alpha": 0.8,
        },
        min_share=0.02,
    )
    names += _label_areas(
        ax,
        areas,
        view,
        style={"fontsize": 7.5 * font_scale, "color": REGION_EDGE},
        min_share=0.005,
    )
    return names


def _draw_title(
    figure: Figure,
    title: str,
    events: gpd.GeoDataFrame,
    *,
    layout: FigureLayout,
    width_in: float,
) -> None:
    """The title, wrapped to the figure's width, and how many events are on the map."""
    fs = layout.font_scale
    title_y = 0.935 if layout.narrow else 0.955
    count_y = 0.922
    title_size = (11 if layout.narrow else 13) * fs
    # Wrapped to the width at about 0.6 em a character.
    title_chars = max(20, int(width_in * 72 / (title_size * 0.6)))
    figure.text(
        0.015,
        title_y,
        textwrap.fill(title, title_chars),
        fontsize=title_size,
        fontweight="bold",
        va="center" if not layout.narrow else "bottom",
    )
    placed = int((_placed_mask(events)).sum())
    figure.text(
        0.015,
        count_y,
        f"{placed} of {len(events)} event(s) on the map",
        fontsize=8.5 * fs,
        color="#444444",
        va="center",
    )


def _draw_footer(
    figure: Figure,
    events: gpd.GeoDataFrame,
    *,
    bbox: tuple[float, float, float, float],
    attribution: Sequence[str],
    layout: FigureLayout,
    width_in: float,
) -> None:
    """Under the map: the events not placed, the projection and the data's credits."""
    fs = layout.font_scale
    centre = shapely.centroid(shapely.box(*bbox))
    footer = [
        f"Azimuthal equidistant projection centred on {centre.y:.2f}° N "
        f"{centre.x:.2f}° E; the scale bar is true at the centre.",
        *attribution,
    ]
    note = _unplaced_note(events)
    if note:
        footer.insert(0, note)
    width = max(30, int(width_in * 19 / fs))
    wrapped = "\n".join(textwrap.fill(line, width=width) for line in footer)
    footer_y = NARROW_LEGEND_BOX[1] - 0.005 if layout.narrow else 0.1
    figure.text(0.015, footer_y, wrapped, fontsize=6.5 * fs, color="#444444", va="top")


def _inset(ax: Axes, countries: gpd.GeoDataFrame, bbox: tuple[float, float, float, float]) -> None:
    """A small locator map in the map's upper right corner: the countries around the
    view, in degrees, with the view outlined."""
    west, south, east, north = bbox
    reach = max(east - west, north - south, 4.0) * 1.5
    window = (west - reach, south - reach, east + reach, north + reach)
    land = _clip(countries, window)
    inset = ax.inset_axes((0.775, 0.755, 0.215, 0.235))
    inset.set_facecolor(SEA)
    inset.set_xticks([])
    inset.set_yticks([])
    for spine in inset.spines.values():
        spine.set_edgecolor("#555555")
        spine.set_linewidth(0.6)
    if land is not None:
        land.plot(ax=inset, facecolor=LAND, edgecolor=LAND_EDGE, linewidth=0.3)
        xmin, ymin, xmax, ymax = land.total_bounds
    else:
        xmin, ymin, xmax, ymax = window
    inset.add_patch(
        Rectangle(
            (west, south),
            east - west,
            north - south,
            facecolor="none",
            edgecolor="#c0392b",
            linewidth=1.1,
            zorder=5,
        )
    )
    inset.set_xlabel("")
    inset.set_ylabel("")
    inset.set_xlim(xmin, xmax)
    inset.set_ylim(ymin, ymax)
    # Degrees of longitude shrink with latitude: keep shapes as on the ground.
    inset.set_aspect(1 / max(math.cos(math.radians((south + north) / 2)), 0.2), adjustable="box")
    inset.set_zorder(10)
