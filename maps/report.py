"""A report folder per recipe: ``report.html`` and every part as a file of its own.

``report.html`` is one self-contained page: the interactive map (embedded through
``srcdoc``, escaped, in a sandboxed frame), the static figure and timeline inlined as
PNG, the tables, every event, the events that could not be placed, a numbered list
of every source cited and the data's provenance and licences.  Beside it: the map
page, an ``<iframe>`` snippet for embedding it, the figure (PNG, SVG, PDF), the
timeline (PNG, SVG) and the tables (CSV, Markdown).  Nothing depends on the clock,
so the same inputs give the same folder byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import struct
from dataclasses import dataclass
from pathlib import Path

import folium
import jinja2
import matplotlib
import pandas as pd

from bordermap.geo import __version__, schema
from bordermap.geo.atomic import replace_folder_atomic
from bordermap.geo.events.categories import load_categories
from bordermap.geo.events.citations import cited_sources
from bordermap.geo.events.loading import source_label
from bordermap.geo.events.writers import review_to_csv
from bordermap.layers import tables
from bordermap.layers.assets import ASSETS
from bordermap.layers.figure import FigureLayout, draw_map_figure
from bordermap.layers.imagefile import figure_bytes
from bordermap.layers.styles import PRECISION_LABELS, STATUS_STYLES
from bordermap.layers.timeline import draw_timeline
from bordermap.maps.building import map_of_layers
from bordermap.maps.export import frame_to_csv
from bordermap.maps.layerset import RecipeLayers

#: Resolution of the figure's PNG; 300 for print.
REPORT_DPI = 200
#: Resolution of the timeline's PNG.
TIMELINE_DPI = 150
#: Width at which the inlined images are shown, CSS pixels.
SHOWN_WIDTH_PX = 1060

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)

#: Tables of the report: file name and caption.
_TABLES = (
    ("by_border", "Events by border, category and status"),
    ("by_month", "Events by month and category"),
    ("by_area", "Events by country and region"),
    ("border_distance", "Distance to the nearest land border, by precision"),
    ("counts", "People involved, killed, injured and detained, by border and category"),
)


@dataclass(frozen=True)
class Report:
    """A built report: file name (relative to the folder) → bytes.

    ``report.html`` is last, so a folder whose ``report.html`` is current is whole.
    """

    files: dict[str, bytes]


def interactive_map(layers: RecipeLayers) -> str:
    """The recipe's interactive map as one self-contained HTML page.

    The same page ``bordermap build`` writes, made from the same layers as the
    figure and tables, so all of them show the same events.
    """
    return map_of_layers(layers).html


def embed_snippet(title: str, *, src: str = "map.html", height_px: int = 600) -> str:
    """An ``<iframe>`` that shows the map page in another page (title escaped)."""
    safe = html.escape(title, quote=True)
    return (
        f"<!-- bordermap map: {safe}. Serve {html.escape(src)} beside this page "
        "or change src. -->\n"
        f'<iframe src="{html.escape(src, quote=True)}" title="{safe}" width="100%" '
        f'height="{height_px}" style="border:0" loading="lazy" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>\n'
    )


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])


def _shown_size(data: bytes, width: int) -> tuple[int, int]:
    w, h = _png_size(data)
    return width, round(h * width / w)


def _header_labels(columns: list[str]) -> list[str]:
    categories = load_categories()
    labels = []
    for column in columns:
        if column in categories:
            labels.append(categories[column].label)
        elif column in STATUS_STYLES:
            labels.append(STATUS_STYLES[column].label)
        else:
            labels.append(column.replace("_", " "))
    return labels


def _html_table(name: str, caption: str, table: pd.DataFrame) -> dict:
    categories = load_categories()
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
    rows = []
    for record in table.itertuples(index=False, name=None):
        cells = []
        for value, is_number in zip(record, numeric, strict=True):
            text = str(value)
            if not is_number and text in categories:
                text = categories[text].label
            cells.append({"text": text, "number": is_number})
        named = any(str(v).startswith("(") for v, n in zip(record, numeric, strict=True) if not n)
        rows.append({"cells": cells, "named": named})
    return {
        "name": name,
        "caption": caption,
        "header": _header_labels([str(c) for c in table.columns]),
        "rows": rows,
    }


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _where(row: dict) -> str:
    if row[schema.RESOLVE_STATUS] != "resolved":
        return f"not placed ({row[schema.RESOLVE_STATUS]}): {_text(row[schema.PLACE])}"
    name = _text(row[schema.RESOLVED_NAME]) or _text(row[schema.PLACE])
    precision = _text(row[schema.PRECISION])
    return f"{name} — {PRECISION_LABELS.get(precision, precision)}"


def _event_rows(events: pd.DataFrame, numbers: list[list[int]]) -> list[dict]:
    categories = load_categories()
    out = []
    for row, cited in zip(events.to_dict("records"), numbers, strict=True):
        category = _text(row[schema.CATEGORY])
        km = row.get(schema.BORDER_KM)
        border = _text(row[schema.BORDER])
        if border and km is not None and km == km:
            border = f"{border}, {km:.1f} km"
        out.append(
            {
                "id": _text(row[schema.ID]),
                "date": _text(row[schema.DATE]) or "unknown",
                "title": _text(row[schema.TITLE]),
                "category": categories[category].label if category in categories else category,
                "status": STATUS_STYLES[row[schema.STATUS]].label
                if row[schema.STATUS] in STATUS_STYLES
                else _text(row[schema.STATUS]),
                "where": _where(row),
                "border": border,
                "sources": cited,
            }
        )
    return out


def _provenance(layers: RecipeLayers) -> list[str]:
    recipe = layers.recipe
    events = layers.events
    items = [f"Recipe: {recipe.path.name}. Report made by bordermap {__version__}."]
    for path in recipe.events:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
        name = os.path.relpath(path, recipe.path.parent)
        label = source_label(path, base=recipe.path.parent)
        count = int((events[schema.SOURCE_FILE].astype(str) == label).sum())
        items.append(
            f"Events: {name} ({count} event(s), sha256 {digest}…). Each event's own "
            "sources are listed above; their texts remain their publishers'."
        )
    resolved = events[events[schema.RESOLVE_STATUS] == "resolved"]
    if len(resolved):
        by_source = resolved[schema.RESOLVE_SOURCE].astype(str).value_counts().sort_index()
        how = ", ".join(f"{name or 'unknown'}: {int(n)}" for name, n in by_source.items())
        items.append(f"Places resolved by: {how}.")
    items.extend(layers.attribution)
    items.extend(f"Tiles offered on the interactive map: {t}" for t in layers.tile_attribution)
    libraries: dict[str, tuple[str, str]] = {}
    for asset in ASSETS.values():
        # One entry per library: its JS and CSS files share a package.
        name = asset.name.removesuffix(".js").removesuffix("_css")
        libraries.setdefault(asset.package, (name, f"{asset.version}, {asset.licence}"))
    items.append(
        f"Interactive map drawn with folium {folium.__version__} (MIT); libraries inlined "
        "in the page where the map uses them: "
        + "; ".join(f"{name} {about}" for name, about in sorted(libraries.values()))
        + "."
    )
    items.append(
        f"Figure and timeline drawn with matplotlib {matplotlib.__version__} (PSF-based "
        "licence) in DejaVu Sans (Bitstream Vera licence)."
    )
    return items


def build_report(
    layers: RecipeLayers, *, dpi: int = REPORT_DPI, layout: FigureLayout | None = None
) -> Report:
    """Build every file of a recipe's report.

    Parameters
    ----------
    layers : RecipeLayers
        From :func:`bordermap.maps.layerset.recipe_layers`.
    dpi : int, optional
        Resolution of the figure's PNG (300 for print).
    layout : FigureLayout, optional
        Width, font scale, title and inset of the static figure.

    Returns
    -------
    Report
    """
    recipe = layers.recipe
    events = layers.events
    categories = load_categories()
    files: dict[str, bytes] = {}

    map_html = interactive_map(layers)
    files["map.html"] = map_html.encode("utf-8")
    embed = embed_snippet(recipe.title)
    files["embed.html"] = embed.encode("utf-8")

    figure = draw_map_figure(
        events,
        countries=layers.countries,
        bbox=layers.bbox,
        title=recipe.title,
        border_lines=layers.border_lines,
        border_zones=layers.border_zones,
        regions=layers.regions,
        attribution=layers.attribution,
        categories=categories,
        colour_by=recipe.events_layer.colour_by,
        layout=layout,
    )
    for fmt in ("png", "svg", "pdf"):
        files[f"figure.{fmt}"] = figure_bytes(figure, format=fmt, dpi=dpi)
    timeline = draw_timeline(events, categories=categories)
    files["timeline.png"] = figure_bytes(timeline, format="png", dpi=TIMELINE_DPI)
    files["timeline.svg"] = figure_bytes(timeline, format="svg")

    made = {
        "by_border": tables.events_by_border(events),
        "by_month": tables.events_by_month(events, categories=list(categories)),
        "by_area": tables.events_by_area(events),
        "border_distance": tables.border_distance(events),
        "counts": tables.counts_by_border(events),
    }
    html_tables = []
    for name, caption in _TABLES:
        table = made[name]
        files[f"tables/{name}.csv"] = tables.table_to_csv(table).encode("utf-8")
        files[f"tables/{name}.md"] = tables.table_to_markdown(table).encode("utf-8")
        html_tables.append(_html_table(name, caption, table))
    sources, numbers = cited_sources(events)
    files["tables/sources.csv"] = tables.table_to_csv(sources).encode("utf-8")
    files["tables/sources.md"] = tables.table_to_markdown(sources).encode("utf-8")
    event_frame = events.drop(columns=[schema.EXTENT]) if schema.EXTENT in events else events
    files["tables/events.csv"] = frame_to_csv(event_frame).encode("utf-8")
    files["tables/not_placed.csv"] = review_to_csv(layers.review).encode("utf-8")

    placed = int(((events[schema.RESOLVE_STATUS] == "resolved") & events.geometry.notna()).sum())
    summary = (
        f"{len(events)} event(s) from {len(recipe.events)} file(s), citing {len(sources)} "
        f"source(s); {placed} on the map, {len(events) - placed} not placed."
    )
    page = _TEMPLATES.get_template("report.html").render(
        version=__version__,
        title=recipe.title,
        description=recipe.description,
        summary=summary,
        map_html=map_html,
        embed=embed,
        dpi=dpi,
        figure_png=base64.b64encode(files["figure.png"]).decode("ascii"),
        figure_size=_shown_size(files["figure.png"], SHOWN_WIDTH_PX),
        timeline_png=base64.b64encode(files["timeline.png"]).decode("ascii"),
        timeline_size=_shown_size(files["timeline.png"], min(SHOWN_WIDTH_PX, 800)),
        tables=html_tables,
        events=_event_rows(events, numbers),
        not_placed=[
            {
                "where": f"{_text(r[schema.SOURCE_FILE])}:{_text(r[schema.SOURCE_LINE])}",
                "id": _text(r[schema.ID]),
                "place": _text(r[schema.PLACE]),
                "status": _text(r[schema.RESOLVE_STATUS]),
                "reason": _text(r["reason"]),
                "candidates": _text(r["candidates"]),
            }
            for r in layers.review.to_dict("records")
        ],
        sources=sources.to_dict("records"),
        provenance=_provenance(layers),
    )
    files["report.html"] = page.encode("utf-8")
    return Report(files)


def write_report(report: Report, folder: str | os.PathLike[str]) -> list[Path]:
    """Replace the report in ``folder`` as a whole (see :func:`replace_folder_atomic`).

    Files the previous report wrote and this one does not are gone; other files in the
    folder (exports, the user's own) stay.

    Parameters
    ----------
    report : Report
        From :func:`build_report`.
    folder : path-like
        The report folder, e.g. ``build/latvia-belarus``; created if missing.

    Returns
    -------
    list of Path
        The files written, ``report.html`` last.
    """
    names = sorted(report.files, key=lambda n: (n == "report.html", n))
    return replace_folder_atomic(folder, {name: report.files[name] for name in names})
