"""The GeoPackage as a GIS opens it (read with GDAL through pyogrio and SQLite):
typed dates, one geometry type per layer, no giant WKT field, rounded distances and
QGIS styles in ``layer_styles``."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

import pyogrio
import pytest

from bordermap.geo import schema
from bordermap.maps.export import export_layers, layer_frames
from bordermap.maps.qgisstyle import STYLED_LAYERS, layer_style
from tests.maps.test_export import _layers


@pytest.fixture
def gpkg(tmp_path):
    layers = _layers()
    events = layers.events.copy()
    events.loc[events[schema.ID] == "e1", schema.BORDER_KM] = 24.123456789012345
    layers = type(layers)(**{**layers.__dict__, "events": events})
    [path] = export_layers(layer_frames(layers), folder=tmp_path, stem="test")
    return path


def test_every_layer_has_one_geometry_type(gpkg):
    kinds = dict(pyogrio.list_layers(gpkg))
    assert kinds == {
        "events": "Point",
        "event_extents_points": "MultiPoint",
        "event_extents_lines": "MultiLineString",
        "event_extents_areas": "MultiPolygon",
        "border_lines": "MultiLineString",
        "border_zones": "MultiPolygon",
        "regions": "MultiPolygon",
        "layer_styles": None,
    }
    extents = {
        name: set(pyogrio.read_dataframe(gpkg, layer=name)[schema.ID])
        for name in ("event_extents_points", "event_extents_lines", "event_extents_areas")
    }
    # e5 is a region, e6 a border, e1 a settlement; e7 has no place and no extent.
    assert "e5" in extents["event_extents_areas"]
    assert "e6" in extents["event_extents_lines"]
    assert "e1" in extents["event_extents_points"]
    assert all("e7" not in ids for ids in extents.values())


def test_dates_are_dates(gpkg):
    info = pyogrio.read_info(gpkg, layer="events")
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types[schema.DATE_START] == types[schema.DATE_END] == "OFTDate"
    assert types[schema.DATE] == "OFTString"  # the date as reported stays as written
    with sqlite3.connect(gpkg) as db:
        rows = dict(db.execute(f'SELECT id, {schema.DATE_START} FROM "events"').fetchall())
        declared = db.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()
    assert f'"{schema.DATE_START}" DATE' in declared[0]
    assert rows["e1"] == "2026-01-05"
    assert rows["e3"] is None  # undated: NULL, not an empty text


def test_events_carry_no_wkt_field_but_name_the_layer_of_their_shape(gpkg):
    info = pyogrio.read_info(gpkg, layer="events")
    assert schema.EXTENT not in info["fields"]
    events = pyogrio.read_dataframe(gpkg, layer="events").set_index(schema.ID)
    assert events.loc["e6", "extent_layer"] == "event_extents_lines"
    assert events.loc["e5", "extent_layer"] == "event_extents_areas"
    assert events.loc["e7", "extent_layer"] == ""
    assert events.loc["e1", schema.BORDER_KM] == 24.12


def test_qgis_finds_a_default_style_for_every_layer(gpkg):
    with sqlite3.connect(gpkg) as db:
        styles = db.execute(
            "SELECT f_table_name, f_geometry_column, useAsDefault, styleQML FROM layer_styles"
        ).fetchall()
        contents = {r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")}
    assert "layer_styles" in contents
    named = {row[0]: row for row in styles}
    assert set(named) == set(STYLED_LAYERS)
    for name, column, default, qml in styles:
        assert column == "geom" and default == 1
        root = ET.fromstring(qml.split("\n", 1)[1])
        assert root.tag == "qgis" and root.find("renderer-v2") is not None, name


def test_vague_places_are_not_pins_and_status_has_its_line():
    events = ET.fromstring(layer_style("events").split("\n", 1)[1])
    shown = {c.get("value"): c.get("render") for c in events.iter("category")}
    assert shown["settlement"] == shown["exact"] == "true"
    assert shown["region"] == shown["border"] == shown["country"] == "false"
    areas = ET.fromstring(layer_style("event_extents_areas").split("\n", 1)[1])
    styles = {o.get("value") for o in areas.iter("Option") if o.get("name") == "outline_style"}
    assert styles == {"solid", "dash", "dot", "dash dot"}


def test_the_geopackage_is_the_same_bytes_every_time(tmp_path):
    frames = layer_frames(_layers())
    [first] = export_layers(frames, folder=tmp_path / "a", stem="t")
    [second] = export_layers(frames, folder=tmp_path / "b", stem="t")
    assert first.read_bytes() == second.read_bytes()
