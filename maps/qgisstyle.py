"""QGIS layer styles (QML) for the exported GeoPackage, so its layers open looking like
the map: status as solid, dashed, dotted or crossed; precision as point, circle or
shape; a vague place never a pin.

QGIS reads a GeoPackage's ``layer_styles`` table and applies the row marked
``useAsDefault`` when a layer is opened; :func:`layer_styles_frame` builds that table.
The QML is written with :mod:`xml.etree.ElementTree`, so every value is escaped.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pandas as pd

from bordermap.layers.styles import STATUS_COLOURS, STATUS_STYLES

#: QGIS version the styles are written for (read by QGIS 3.x).
QGIS_VERSION = "3.28.0"
#: Pinned so the same layers give the same file.
STYLE_TIME = dt.datetime(2000, 1, 1)
#: Line patterns of the statuses, after the map's dashes.
STATUS_LINES = {"confirmed": "solid", "alleged": "dash", "disputed": "dot", "denied": "dash dot"}
BORDER_COLOUR = "#222222"
ZONE_COLOUR = "#6a7f96"
REGION_COLOUR = "#555555"


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    value = int(hex_colour.lstrip("#"), 16)
    return f"{(value >> 16) & 255},{(value >> 8) & 255},{value & 255},{alpha}"


def _symbol(parent: ET.Element, name: str, kind: str, layer_class: str, options: dict) -> None:
    symbol = ET.SubElement(
        parent,
        "symbol",
        {"type": kind, "name": name, "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"},
    )
    layer = ET.SubElement(
        symbol, "layer", {"class": layer_class, "enabled": "1", "locked": "0", "pass": "0"}
    )
    holder = ET.SubElement(layer, "Option", {"type": "Map"})
    for key, value in sorted(options.items()):
        ET.SubElement(holder, "Option", {"name": key, "type": "QString", "value": value})


def _fill(colour: str, status: str, *, fill: bool = True) -> dict:
    filled = STATUS_STYLES[status].filled if status in STATUS_STYLES else False
    return {
        "color": _rgba(colour, 70 if filled else 20) if fill else _rgba(colour, 0),
        "style": "solid" if fill else "no",
        "outline_color": _rgba(colour),
        "outline_style": STATUS_LINES.get(status, "dash"),
        "outline_width": "0.6",
        "outline_width_unit": "MM",
    }


def _line(colour: str, status: str, width: float) -> dict:
    return {
        "line_color": _rgba(colour, 160),
        "line_style": STATUS_LINES.get(status, "dash"),
        "line_width": f"{width:g}",
        "line_width_unit": "MM",
        "capstyle": "flat",
    }


def _marker(colour: str, status: str, size: float = 2.6, *, hollow: bool = False) -> dict:
    look = STATUS_STYLES.get(status)
    filled = bool(look and look.filled) and not hollow
    return {
        "name": "cross2" if look and look.marked else "circle",
        "color": _rgba(colour) if filled else _rgba("#ffffff", 0 if hollow else 255),
        "outline_color": _rgba(colour),
        "outline_style": STATUS_LINES.get(status, "solid") if not hollow else "dash",
        "outline_width": "0.5",
        "size": f"{size:g}",
        "size_unit": "MM",
    }


def _qml(renderer: ET.Element) -> str:
    root = ET.Element("qgis", {"version": QGIS_VERSION, "styleCategories": "Symbology"})
    root.append(renderer)
    ET.indent(root)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="unicode"
    )


def _by_status(kind: str, make) -> str:
    """A categorized renderer on ``status``: one symbol per status, in status colours."""
    renderer = ET.Element(
        "renderer-v2",
        {
            "type": "categorizedSymbol",
            "attr": "status",
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
        },
    )
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for number, (status, look) in enumerate(STATUS_STYLES.items()):
        ET.SubElement(
            categories,
            "category",
            {"symbol": str(number), "value": status, "label": look.label, "render": "true"},
        )
        layer_class, options = make(STATUS_COLOURS[status], status)
        _symbol(symbols, str(number), kind, layer_class, options)
    return _qml(renderer)


def events_style() -> str:
    """Points of the ``events`` layer: a marker only where the place is a point.

    Categorized on ``precision``: exact places and settlements are markers styled by
    nothing but being points; "near" places a hollow dashed ring; districts, regions,
    borders and countries are not drawn at all here (their shapes are in the extent
    layers), so a vague place is never a pin.
    """
    renderer = ET.Element(
        "renderer-v2",
        {
            "type": "categorizedSymbol",
            "attr": "precision",
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
        },
    )
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    looks = [
        ("exact", "exact place", True, _marker("#333333", "confirmed")),
        ("settlement", "settlement", True, _marker("#333333", "confirmed")),
        (
            "near",
            "near a place (within uncertainty_km)",
            True,
            _marker("#333333", "alleged", 4.0, hollow=True),
        ),
        ("district", "district (drawn in event_extents_areas)", False, _marker("#999999", "")),
        ("region", "region (drawn in event_extents_areas)", False, _marker("#999999", "")),
        ("border", "border (drawn in event_extents_lines)", False, _marker("#999999", "")),
        ("country", "country (drawn in event_extents_areas)", False, _marker("#999999", "")),
    ]
    for number, (value, label, shown, options) in enumerate(looks):
        ET.SubElement(
            categories,
            "category",
            {
                "symbol": str(number),
                "value": value,
                "label": label,
                "render": "true" if shown else "false",
            },
        )
        _symbol(symbols, str(number), "marker", "SimpleMarker", options)
    return _qml(renderer)


def layer_style(layer: str) -> str:
    """Return the QML of one exported layer (see :data:`STYLED_LAYERS`)."""
    if layer == "events":
        return events_style()
    if layer == "event_extents_points":
        return _by_status("marker", lambda c, s: ("SimpleMarker", _marker(c, s)))
    if layer == "event_extents_lines":
        return _by_status("line", lambda c, s: ("SimpleLine", _line(c, s, 2.2)))
    if layer == "event_extents_areas":
        return _by_status("fill", lambda c, s: ("SimpleFill", _fill(c, s)))
    renderer = ET.Element(
        "renderer-v2", {"type": "singleSymbol", "symbollevels": "0", "forceraster": "0"}
    )
    symbols = ET.SubElement(renderer, "symbols")
    if layer == "border_lines":
        _symbol(symbols, "0", "line", "SimpleLine", _line(BORDER_COLOUR, "confirmed", 0.7))
    elif layer == "border_zones":
        options = {**_fill(ZONE_COLOUR, "confirmed"), "color": _rgba(ZONE_COLOUR, 40)}
        options.update(outline_style="no")
        _symbol(symbols, "0", "fill", "SimpleFill", options)
    elif layer == "regions":
        options = _fill(REGION_COLOUR, "alleged", fill=False)
        _symbol(symbols, "0", "fill", "SimpleFill", options)
    else:
        raise ValueError(f"no QGIS style for layer {layer!r}")
    return _qml(renderer)


#: Layers a style is written for.
STYLED_LAYERS: tuple[str, ...] = (
    "events",
    "event_extents_points",
    "event_extents_lines",
    "event_extents_areas",
    "border_lines",
    "border_zones",
    "regions",
)


def layer_styles_frame(layers: list[str], geometry_column: str = "geom") -> pd.DataFrame:
    """Return QGIS's ``layer_styles`` table for the given GeoPackage layers.

    Parameters
    ----------
    layers : list of str
        Names of the layers written (those in :data:`STYLED_LAYERS` get a style).
    geometry_column : str, optional
        The layers' geometry column (GDAL's GeoPackage default).

    Returns
    -------
    DataFrame
        One row per styled layer, its style the default (``useAsDefault``).
    """
    rows = [
        {
            "f_table_catalog": "",
            "f_table_schema": "",
            "f_table_name": layer,
            "f_geometry_column": geometry_column,
            "styleName": f"bordermap {layer}",
            "styleQML": layer_style(layer),
            "styleSLD": "",
            "useAsDefault": True,
            "description": "Drawn as on the bordermap map: status and precision",
            "owner": "",
            "ui": "",
            "update_time": STYLE_TIME,
        }
        for layer in layers
        if layer in STYLED_LAYERS
    ]
    return pd.DataFrame(rows)
