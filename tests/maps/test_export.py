"""Export of a map's layers: read back with pyogrio and geopandas, byte-stable, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from bordermap.geo import schema
from bordermap.geo.borders import boundaries
from bordermap.geo.errors import BorderMapError
from bordermap.maps.export import export_layers, layer_frames
from bordermap.maps.layerset import RecipeLayers
from bordermap.maps.recipe import Recipe
from tests import mapfixtures
from tests.sample import HEADER


def _layers() -> RecipeLayers:
    regions = mapfixtures.regions().assign(names=[("Viciebsk", "Витебск")])
    return RecipeLayers(
        recipe=Recipe(path=Path("maps/test.toml"), title="Test"),
        events=mapfixtures.sample_events(),
        review=pd.DataFrame(),
        countries=mapfixtures.countries(),
        border_lines=mapfixtures.border_lines(),
        border_zones=mapfixtures.border_zones(),
        regions=regions,
        bbox=(24.0, 54.0, 30.0, 57.5),
        attribution=("test",),
    )


def test_geopackage_has_one_table_per_layer(tmp_path):
    [path] = export_layers(layer_frames(_layers()), folder=tmp_path, stem="test")

    assert path == tmp_path / "test.gpkg"
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    # One geometry type per layer; extents split by kind (see test_export_gpkg.py).
    assert layers == {
        "events": "Point",
        "event_extents_points": "MultiPoint",
        "event_extents_lines": "MultiLineString",
        "event_extents_areas": "MultiPolygon",
        "border_lines": "MultiLineString",
        "border_zones": "MultiPolygon",
        "regions": "MultiPolygon",
        "layer_styles": None,
    }
    extents = sum(
        pyogrio.read_info(path, layer=name)["features"]
        for name in ("event_extents_points", "event_extents_lines", "event_extents_areas")
    )
    assert extents == 6  # every placed event; e7 has no extent
    expected = {
        "events": 7,
        "border_lines": 1,
        "border_zones": 2,
        "regions": 1,
    }
    for name, count in expected.items():
        assert pyogrio.read_info(path, layer=name)["features"] == count


def test_geopackage_events_keep_every_field_and_the_unplaced(tmp_path):
    [path] = export_layers(layer_frames(_layers()), folder=tmp_path, stem="test")
    events = pyogrio.read_dataframe(path, layer="events")
    source = mapfixtures.sample_events()

    fields = set(pyogrio.read_info(path, layer="events")["fields"])
    # The extent is a layer of its own, not a WKT field.
    assert set(source.columns) - {"geometry", schema.EXTENT} <= fields
    assert list(events[schema.ID]) == list(source[schema.ID])
    unplaced = events[events[schema.RESOLVE_STATUS] == "unresolved"]
    assert list(unplaced[schema.ID]) == ["e7"]
    assert unplaced.geometry.isna().all()
    # The extent is named, not written out; the border band stays a line.
    e6 = events.set_index(schema.ID).loc["e6"]
    assert e6["extent_layer"] == "event_extents_lines"
    assert events.set_index(schema.ID).loc["e1", schema.BORDER_KM] == 24.0


def test_geopackage_extents_are_the_shapes_events_are_known_to(tmp_path):
    [path] = export_layers(layer_frames(_layers()), folder=tmp_path, stem="test")

    def extents(name):
        return pyogrio.read_dataframe(path, layer=name).set_index(schema.ID)

    assert extents("event_extents_areas").loc["e5"].geometry.geom_type == "MultiPolygon"
    assert extents("event_extents_lines").loc["e6"].geometry.geom_type == "MultiLineString"
    assert extents("event_extents_points").loc["e1"].geometry.geom_type == "MultiPoint"


def test_boundary_layers_keep_their_fields(tmp_path):
    [path] = export_layers(layer_frames(_layers()), folder=tmp_path, stem="test")
    lines = pyogrio.read_dataframe(path, layer="border_lines")
    assert list(lines["border"]) == ["BY-LV"]
    assert list(lines["length_km"]) == [100.0]
    zones = pyogrio.read_dataframe(path, layer="border_zones")
    assert sorted(zones["distance_km"]) == [5.0, 15.0]
    regions = pyogrio.read_dataframe(path, layer="regions")
    assert list(regions["names"]) == ["Viciebsk; Витебск"]


def test_same_layers_give_identical_files(tmp_path):
    formats = ["gpkg", "geojson", "csv", "parquet"]
    first = export_layers(
        layer_frames(_layers()), folder=tmp_path / "a", stem="t", formats=formats
    )
    second = export_layers(
        layer_frames(_layers()), folder=tmp_path / "b", stem="t", formats=formats
    )
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_geojson_csv_and_parquet_one_file_per_layer(tmp_path):
    written = export_layers(
        layer_frames(_layers()), folder=tmp_path, stem="t", formats=["geojson", "csv", "parquet"]
    )
    names = {p.name for p in written}
    for layer in ("events", "event_extents", "border_lines", "border_zones", "regions"):
        assert {f"t.{layer}.geojson", f"t.{layer}.csv", f"t.{layer}.parquet"} <= names

    doc = json.loads((tmp_path / "t.border_zones.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["distance_km"] for f in doc["features"]] == [5.0, 15.0]
    events_doc = json.loads((tmp_path / "t.events.geojson").read_text(encoding="utf-8"))
    assert events_doc["features"][-1]["geometry"] is None

    csv_events = pd.read_csv(tmp_path / "t.events.csv", keep_default_na=False)
    assert len(csv_events) == 7
    assert csv_events["geometry"].iloc[0] == "POINT (26.53 55.87)"
    assert csv_events["geometry"].iloc[-1] == ""

    parquet = gpd.read_parquet(tmp_path / "t.events.parquet")
    assert len(parquet) == 7
    # GeoParquet holds the extent as a real second geometry column.
    assert isinstance(parquet[schema.EXTENT], gpd.GeoSeries)
    assert parquet.set_index(schema.ID).loc["e5", schema.EXTENT].geom_type == "Polygon"


def test_layers_without_boundaries_are_left_out(tmp_path):
    layers = _layers()
    bare = RecipeLayers(
        recipe=layers.recipe,
        events=layers.events,
        review=layers.review,
        countries=layers.countries,
        border_lines=None,
        border_zones=None,
        regions=None,
        bbox=layers.bbox,
        attribution=(),
    )
    [path] = export_layers(layer_frames(bare), folder=tmp_path, stem="t")
    assert [name for name, _ in pyogrio.list_layers(path)] == [
        "events",
        "event_extents_points",
        "event_extents_lines",
        "event_extents_areas",
        "layer_styles",
    ]


def _exported_extents(events):
    """The event extents the GIS export writes for ``events`` (the map's other layers
    left out)."""
    layers = _layers()
    frames = layer_frames(
        RecipeLayers(
            recipe=layers.recipe,
            events=events,
            review=layers.review,
            countries=layers.countries,
            border_lines=None,
            border_zones=None,
            regions=None,
            bbox=layers.bbox,
            attribution=(),
        )
    )
    return frames["event_extents"].geometry


def test_a_district_known_by_its_seat_is_exported_as_its_circle_not_a_pin(tmp_path):
    district = mapfixtures.event(id="d1", precision="district", uncertainty_km=30.0)
    events = mapfixtures.events_frame([district])
    [area] = _exported_extents(events)
    assert area.geom_type == "Polygon"
    # About 30 km from the seat in every direction (26.53 E, 55.87 N).
    north = area.bounds[3] - 55.87
    assert 0.26 < north < 0.28  # 30 km of latitude
    assert events[schema.EXTENT].iloc[0].geom_type == "Point"  # the input is left alone


def test_inputs_are_not_modified(tmp_path):
    layers = _layers()
    before = layers.events.copy()
    export_layers(layer_frames(layers), folder=tmp_path, stem="t", formats=["csv"])
    pd.testing.assert_frame_equal(layers.events, before)


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(BorderMapError, match="unknown export format 'shp'; use one of gpkg"):
        export_layers(layer_frames(_layers()), folder=tmp_path, stem="t", formats=["shp"])
    assert list(tmp_path.iterdir()) == []


def _bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_exports_a_recipe(tmp_path):
    events = tmp_path / "events.csv"
    events.write_text(
        HEADER + "\n"
        "a,2026-01-05,Fence repaired,border_infrastructure,confirmed,Fence,LV,55.87,26.53,"
        "LSM,https://example.org/a,2026-01-06\n"
        "b,2026-01,Somewhere,other,alleged,Qwxzzy Nowhere,,,,LSM,,\n",
        encoding="utf-8",
    )
    recipe = tmp_path / "t.toml"
    recipe.write_text(
        'title = "T"\nevents = ["events.csv"]\n[region]\nbbox = [24, 54, 30, 57.5]\n'
        '[layers.borders]\npairs = ["BY-LV"]\nzones_km = [5]\n',
        encoding="utf-8",
    )
    result = _bordermap("export", str(recipe), "-o", str(tmp_path / "out"), "--offline")
    assert result.returncode == 0, result.stderr
    # The event that could not be placed is named on stderr, and exported without geometry.
    assert "place: unresolved" in result.stderr and "Qwxzzy Nowhere" in result.stderr
    path = tmp_path / "out" / "t.gpkg"
    assert [n for n, _ in pyogrio.list_layers(path)] == [
        "events",
        "event_extents_points",
        "border_lines",
        "border_zones",
        "layer_styles",
    ]
    events_back = pyogrio.read_dataframe(path, layer="events")
    assert list(events_back[schema.RESOLVE_STATUS]) == ["resolved", "unresolved"]
    lines = pyogrio.read_dataframe(path, layer="border_lines")
    real = boundaries.border_lines(["BY-LV"])
    assert lines["length_km"].iloc[0] == pytest.approx(real["length_km"].iloc[0])


def test_cli_bad_recipe_exits_2_and_writes_nothing(tmp_path):
    recipe = tmp_path / "t.toml"
    recipe.write_text('title = "T"\n[layers.borders]\npairs = ["LV-BY"]\n', encoding="utf-8")
    result = _bordermap("export", str(recipe), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "write the pair sorted, as 'BY-LV'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_csv_export_neutralises_formulas_and_keeps_numbers(tmp_path):
    layers = _layers()
    events = layers.events.copy()
    events[schema.TITLE] = "=cmd|' /C calc'!A0"
    events[schema.BORDER_KM] = -2.5  # not a real distance: a negative number to keep
    events["casualties"] = "-1+1"
    frames = layer_frames(RecipeLayers(**{**layers.__dict__, "events": events}))
    export_layers(frames, folder=tmp_path, stem="t", formats=["csv"])

    table = pd.read_csv(tmp_path / "t.events.csv", keep_default_na=False)
    assert set(table[schema.TITLE]) == {"'=cmd|' /C calc'!A0"}
    assert set(table["casualties"]) == {"'-1+1"}
    assert set(table[schema.BORDER_KM]) == {-2.5}


def test_extra_event_fields_reach_every_format(tmp_path):
    layers = _layers()
    events = layers.events.assign(casualties=[str(i) for i in range(len(layers.events))])
    frames = layer_frames(RecipeLayers(**{**layers.__dict__, "events": events}))
    export_layers(frames, folder=tmp_path, stem="t", formats=["gpkg", "geojson", "csv"])

    expected = [str(i) for i in range(len(events))]
    assert list(pyogrio.read_dataframe(tmp_path / "t.gpkg", layer="events")["casualties"]) == (
        expected
    )
    doc = json.loads((tmp_path / "t.events.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["casualties"] for f in doc["features"]] == expected
    table = pd.read_csv(tmp_path / "t.event_extents.csv", dtype=str, keep_default_na=False)
    assert list(table["casualties"]) == expected


def _checkout(root: Path) -> Path:
    """A project folder as an analyst would have it: events beside a recipe folder."""
    (root / "data").mkdir(parents=True)
    (root / "maps").mkdir()
    (root / "data" / "events.csv").write_text(
        HEADER + ",unit\n"
        'a,2026-01-05,=HYPERLINK("http://evil.example"),border_infrastructure,confirmed,'
        "Fence,LV,55.87,26.53,LSM,https://example.org/a?x=1|2,2026-01-06,19th brigade\n"
        "b,2026-01,Somewhere,other,alleged,Qwxzzy Nowhere,,,,LSM | Delfi,,,\n",
        encoding="utf-8",
    )
    recipe = root / "maps" / "t.toml"
    recipe.write_text(
        'title = "T"\nevents = ["../data/events.csv"]\n[region]\nbbox = [24, 54, 30, 57.5]\n',
        encoding="utf-8",
    )
    return recipe


def test_csv_exports_are_the_same_bytes_in_any_folder(tmp_path):
    outputs = []
    for name in ("first checkout", "second/deeper"):
        recipe = _checkout(tmp_path / name)
        out = tmp_path / name / "out"
        result = _bordermap("export", str(recipe), "-o", str(out), "-f", "csv", "--offline")
        assert result.returncode == 0, result.stderr
        outputs.append(out)
    first, second = ({p.name: p.read_bytes() for p in out.glob("*.csv")} for out in outputs)
    assert first.keys() == {f"t.{layer}.csv" for layer in ("events", "event_extents")}
    assert first == second

    events = pd.read_csv(outputs[0] / "t.events.csv", dtype=str, keep_default_na=False)
    # Relative to the recipe, with forward slashes: no trace of where the checkout lives.
    assert set(events[schema.SOURCE_FILE]) == {"../data/events.csv"}
    assert str(tmp_path) not in (outputs[0] / "t.events.csv").read_text(encoding="utf-8")
    assert list(events["unit"]) == ["19th brigade", ""]
    assert events[schema.TITLE].iloc[0] == '\'=HYPERLINK("http://evil.example")'
    assert events[schema.SOURCE_URL].iloc[0] == "https://example.org/a?x=1|2"


def test_flat_frame_joins_list_cells_and_leaves_text_columns_as_they_are():
    import shapely

    from bordermap.maps.export import flat_frame

    frame = gpd.GeoDataFrame(
        {
            "names": pd.Series([("Viciebsk", "Витебск"), "plain", None], dtype=object),
            "text": pd.Series(["a", None, "c"], dtype=object),
        },
        geometry=[shapely.Point(1.123456789, 2), None, shapely.Point(3, 4)],
        crs=schema.CRS,
    )
    flat = flat_frame(frame)
    assert flat["names"].tolist()[:2] == ["Viciebsk; Витебск", "plain"]
    assert pd.isna(flat["names"].iloc[2])
    assert flat["text"].tolist() == ["a", None, "c"]
    assert flat.geometry.iloc[0].x == 1.1234568


def test_a_region_the_outlines_lack_is_exported_as_its_circle_not_a_pin(tmp_path):
    region = mapfixtures.event(id="r1", precision="region", uncertainty_km=120.0)
    [area] = _exported_extents(mapfixtures.events_frame([region]))
    assert area.geom_type == "Polygon"
    assert 1.05 < area.bounds[3] - 55.87 < 1.1  # 120 km of latitude


def test_exporting_layers_does_not_import_the_plotting_library():
    # The extents' circles need only the ellipsoid; matplotlib's import (a third of a
    # second or more) is for figures and reports.
    program = (
        "import sys; import bordermap.maps.commands.export; print('matplotlib' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "False"
