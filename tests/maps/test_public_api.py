"""``import bordermap``: the public Python face, used as an analyst in Jupyter would."""

from __future__ import annotations

import ast
import importlib.metadata
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import pytest
import shapely
from folium import plugins

import bordermap
from bordermap.geo.errors import BorderMapError, EventFileError, OutputError, RecipeError

ROOT = Path(__file__).resolve().parents[2]
FACE = ROOT / "maps" / "api"

PUBLIC = [
    "BorderMapError",
    "__version__",
    "build",
    "export",
    "geocode",
    "join_borders",
    "load_recipe",
    "make_map",
    "read_events",
    "report",
    "resolve",
    "save_map",
]


def sheet() -> pd.DataFrame:
    """An analyst's own table: four columns named their way, dates typed their way."""
    return pd.DataFrame(
        {
            "Date": ["15/01/2026", "16 Jan 2026", "January 2026", ""],
            "Location": ["Krāslava", "Vitebsk region", "Latvia–Belarus border", "Xyzzyville"],
            "What happened": ["Drone seen", "Troops moved", "Migrants pushed back", "{{ 7*191 }}"],
            "Source link": [
                "https://t.me/x",
                "https://www.lsm.lv/a",
                "https://delfi.lv/b",
                "https://example.org/c",
            ],
        }
    )


@pytest.fixture(scope="module")
def resolved() -> gpd.GeoDataFrame:
    return bordermap.resolve(bordermap.read_events(sheet()))


# --- the package --------------------------------------------------------------------


def test_the_face_names_a_small_documented_set():
    assert sorted(bordermap.__all__) == PUBLIC
    assert bordermap.__version__ == importlib.metadata.version("bordermap")
    for name in bordermap.__all__:
        value = getattr(bordermap, name)
        assert name == "__version__" or value.__doc__, name
    assert set(PUBLIC) <= set(dir(bordermap))
    assert bordermap.BorderMapError is BorderMapError
    with pytest.raises(AttributeError, match="no attribute 'draw'"):
        bordermap.draw  # noqa: B018


def test_import_bordermap_stays_light():
    # Every `import bordermap.geo...` (the command line's too) runs the face first.
    program = (
        "import sys, bordermap, bordermap.geo.errors; "
        "print(sorted(m for m in ('folium', 'geopandas', 'matplotlib', 'pandas') "
        "if m in sys.modules))"
    )
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[]"


def test_face_modules_import_each_other_by_their_installed_names():
    # maps/api is installed as `bordermap`; `bordermap.maps.api` exists only in a checkout.
    for path in FACE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("bordermap.maps.api"), path.name
                assert node.level == 0, path.name


def test_pyproject_maps_the_face_folder_to_bordermap():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert setuptools["package-dir"]["bordermap"] == "maps/api"
    assert "bordermap" in setuptools["packages"]
    assert config["project"]["scripts"]["bordermap"] == "bordermap.maps.cli:main"


_REGULAR_PACKAGE = """
import sys
# Drop the editable install's finder: only the laid-out folder may answer.
sys.meta_path = [
    f for f in sys.meta_path if not getattr(f, "__module__", "").startswith("__editable__")
]
sys.path.insert(0, SITE)
import pandas as pd
import bordermap
assert bordermap.__file__ == SITE + "/bordermap/__init__.py", bordermap.__file__
assert bordermap.__spec__.submodule_search_locations == [SITE + "/bordermap"]
from bordermap.maps.cli import main
import bordermap.geo.events.loading
frame = pd.DataFrame({"Date": ["2026-01-15"], "Location": ["Krāslava"],
                      "What happened": ["Drone seen"], "Source link": ["https://t.me/x"]})
m = bordermap.make_map(bordermap.resolve(bordermap.read_events(frame)), title="t")
print(bordermap.save_map(m, OUT).stat().st_size > 0)
print(sorted(k for k in sys.modules if k.startswith("bordermap.maps.api")))
"""


def test_the_face_works_as_a_regular_package(tmp_path):
    """The layout a normal (non-editable) install makes, from pyproject's package-dir."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = config["tool"]["setuptools"]["package-dir"]
    site = tmp_path / "site"
    package = site / "bordermap"
    package.mkdir(parents=True)
    for path in (ROOT / folders["bordermap"]).glob("*.py"):
        (package / path.name).write_bytes(path.read_bytes())
    for name, folder in folders.items():
        if name != "bordermap":
            (site / name.replace(".", "/")).symlink_to(ROOT / folder)
    out = tmp_path / "map.html"
    program = f"SITE = {str(site)!r}\nOUT = {str(out)!r}\n" + _REGULAR_PACKAGE
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["True", "[]"]


# --- events ---------------------------------------------------------------------------


def test_read_events_takes_a_dataframe():
    events = bordermap.read_events(sheet())
    assert list(events["date"]) == ["2026-01-15", "2026-01-16", "2026-01", ""]
    assert list(events["title"])[-1] == "{{ 7*191 }}"
    assert set(events["source_file"]) == {"dataframe"}


def test_read_events_takes_paths_and_options(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "When,Where exactly,Headline,Link\n03/04/2026,Riga,x,https://lsm.lv/a\n",
        encoding="utf-8",
    )
    events = bordermap.read_events(
        path,
        columns={"When": "date", "Where exactly": "place"},
        defaults={"status": "confirmed"},
        date_order="DMY",
    )
    assert (events["date"][0], events["place"][0], events["status"][0]) == (
        "2026-04-03",
        "Riga",
        "confirmed",
    )
    mapping = {"When": "date", "Where exactly": "place"}
    as_us = bordermap.read_events([str(path)], columns=mapping, date_order="MDY")
    assert list(as_us["date"]) == ["2026-03-04"]


def test_bad_events_raise_and_print_nothing(capsys):
    frame = sheet().assign(Date=["2026-02-30", "", "", ""])
    with pytest.raises(EventFileError) as caught:
        bordermap.read_events(frame)
    assert str(caught.value.problems[0]).startswith("dataframe:1: date: impossible date")
    assert isinstance(caught.value, BorderMapError)
    assert capsys.readouterr() == ("", "")


def test_resolved_events_have_one_geometry_column_and_the_extent_as_wkt(resolved):
    geometry_columns = [
        c for c in resolved.columns if isinstance(resolved[c].dtype, gpd.array.GeometryDtype)
    ]
    assert geometry_columns == ["geometry"]
    assert resolved.crs.to_epsg() == 4326
    assert list(resolved["precision"]) == ["settlement", "region", "border", ""]
    assert list(resolved["resolve_status"])[-1] == "unresolved"
    extents = shapely.from_wkt([t or None for t in resolved["extent_wkt"]])
    assert [g.geom_type if g is not None else None for g in extents] == [
        "Point",
        "MultiPolygon",
        "LineString",
        None,
    ]
    assert resolved["border"][2] == "BY-LV"
    assert resolved["extent_wkt"][3] == "" and resolved.geometry[3] is None


@pytest.mark.parametrize(("suffix", "driver"), [("gpkg", "GPKG"), ("geojson", "GeoJSON")])
def test_resolved_events_write_with_to_file_and_map_the_same_when_read_back(
    resolved, tmp_path, suffix, driver
):
    path = tmp_path / f"events.{suffix}"
    resolved.to_file(path, driver=driver)
    back = gpd.read_file(path)
    assert len(back) == 4
    assert list(back["extent_wkt"].fillna("")) == list(resolved["extent_wkt"])
    page = bordermap.make_map(back, title="t").get_root().render()
    assert page == bordermap.make_map(resolved, title="t").get_root().render()


def test_resolve_takes_a_region_of_interest():
    frame = pd.DataFrame(
        {"Date": [""], "Location": ["Vyborg"], "Headline": ["x"], "Link": ["https://a.fi/x"]}
    )
    assert bordermap.resolve(frame)["country_code"][0] == "RU"
    inside_finland = bordermap.resolve(frame, region_of_interest=["FI"])
    assert inside_finland["resolve_status"][0] == "unresolved"


def test_join_borders_takes_points_in_any_crs():
    points = gpd.GeoDataFrame(
        {"name": ["Krāslava", "Vitebsk"]},
        geometry=gpd.points_from_xy([27.168, 30.205], [55.895, 55.190]),
        crs=4326,
    ).to_crs(3857)
    joined = bordermap.join_borders(points)
    assert list(joined["country_code"]) == ["LV", "BY"]
    assert joined["border"][0] == "BY-LV" and joined["border_km"][0] < 30
    assert joined.crs == points.crs and "country_code" not in points.columns
    with pytest.raises(BorderMapError, match=r"no CRS: set it with points.set_crs\(4326\)"):
        bordermap.join_borders(points.set_crs(None, allow_override=True))


def test_geocode_answers_offline():
    answer = bordermap.geocode("Vitebsk region")
    assert (answer.status, answer.precision, answer.admin1_code) == ("resolved", "region", "BY-VI")
    assert bordermap.geocode("Vyborg", country="FI").status == "unresolved"


# --- maps -----------------------------------------------------------------------------


def test_make_map_returns_a_folium_map_that_shows_inline(resolved, tmp_path):
    m = bordermap.make_map(resolved, title="Inline")
    assert isinstance(m, folium.Map)
    shown = m._repr_html_()
    assert shown.startswith("<div") and "<iframe srcdoc=" in shown
    assert "Inline" in shown
    saved = bordermap.save_map(m, tmp_path / "out" / "map.html")
    assert saved == tmp_path / "out" / "map.html"
    page = saved.read_text(encoding="utf-8")
    assert page == m.get_root().render()
    assert "<script src=" not in page
    m.save(str(tmp_path / "folium.html"))  # folium's own save writes the same page
    assert (tmp_path / "folium.html").read_text(encoding="utf-8") == page


def test_make_map_reads_and_resolves_what_it_is_given(tmp_path):
    from_frame = bordermap.make_map(sheet(), title="t").get_root().render()
    assert "Drone seen" in from_frame
    assert "{{ 7*191 }}" in from_frame and "1337" not in from_frame


def test_a_users_plugins_on_a_self_contained_map_are_refused_by_name(resolved, tmp_path):
    m = bordermap.make_map(resolved)
    plugins.MeasureControl().add_to(m)
    with pytest.raises(BorderMapError, match=r"'leaflet_measure_js'.*MeasureControl") as caught:
        bordermap.save_map(m, tmp_path / "map.html")
    assert "self_contained=False" in str(caught.value)
    assert not (tmp_path / "map.html").exists()
    linked = bordermap.save_map(m, tmp_path / "map.html", self_contained=False)
    assert "leaflet-measure.min.js" in linked.read_text(encoding="utf-8")
    assert m.get_root().self_contained  # the override was for that file only


def test_a_map_that_may_use_the_network_takes_any_plugin(resolved, tmp_path):
    m = bordermap.make_map(resolved, self_contained=False)
    for plugin in (plugins.Fullscreen(), plugins.MeasureControl(), plugins.MiniMap()):
        plugin.add_to(m)
    folium.Marker((55.9, 27.2), popup="{{ 6*7 }}").add_to(m)
    page = bordermap.save_map(m, tmp_path / "map.html").read_text(encoding="utf-8")
    for script in ("Control.FullScreen.min.js", "leaflet-measure.min.js", "Control.MiniMap.js"):
        assert page.count(script) == 1
    assert "{{ 6*7 }}" in page


def test_save_map_refuses_what_it_cannot_write(resolved, tmp_path):
    with pytest.raises(BorderMapError, match="save_map takes a map from bordermap"):
        bordermap.save_map(folium.Map(), tmp_path / "x.html")
    with pytest.raises(OutputError, match="is a folder"):
        bordermap.save_map(bordermap.make_map(resolved), tmp_path)


def test_make_map_refuses_a_frame_whose_extent_is_not_wkt(resolved):
    broken = resolved.assign(extent_wkt=["POINT (1 2)", "nonsense", "", ""])
    with pytest.raises(BorderMapError, match="'extent_wkt' holds a value that is not WKT"):
        bordermap.make_map(broken)


# --- recipes --------------------------------------------------------------------------


@pytest.fixture
def recipe(tmp_path) -> Path:
    (tmp_path / "events.csv").write_text(
        "id,date,title,category,status,place,source_name\n"
        "e1,2026-01-15,Drone seen,airspace_incursion,alleged,Krāslava,LSM\n"
        "e2,2026-01,Migrants pushed back,pushback,alleged,Latvia–Belarus border,LSM\n",
        encoding="utf-8",
    )
    path = tmp_path / "t.toml"
    path.write_text(
        textwrap.dedent(
            """\
            title = "A recipe"
            events = ["events.csv"]
            [region]
            bbox = [25.0, 54.5, 29.0, 57.0]
            [layers.borders]
            pairs = ["BY-LV"]
            """
        ),
        encoding="utf-8",
    )
    return path


def test_build_returns_the_recipes_map(recipe, tmp_path):
    loaded = bordermap.load_recipe(recipe)
    m = bordermap.build(loaded)
    assert isinstance(m, folium.Map)
    page = bordermap.save_map(m, tmp_path / "map.html").read_text(encoding="utf-8")
    assert "A recipe" in page and "Migrants pushed back" in page
    assert bordermap.build(recipe).get_root().render() == page


def test_report_and_export_write_their_folders(recipe, tmp_path, capsys):
    written = bordermap.report(recipe, tmp_path / "report", dpi=50)
    assert written[-1] == tmp_path / "report" / "report.html"
    assert (tmp_path / "report" / "figure.png").is_file()
    files = bordermap.export(recipe, tmp_path / "gis", formats=["gpkg", "geojson"])
    assert tmp_path / "gis" / "t.gpkg" in files
    assert gpd.read_file(tmp_path / "gis" / "t.events.geojson")["id"].tolist() == ["e1", "e2"]
    assert capsys.readouterr() == ("", "")


def test_recipe_errors_are_bordermap_errors(recipe, tmp_path):
    with pytest.raises(RecipeError, match="recipe not found"):
        bordermap.build(tmp_path / "missing.toml")
    with pytest.raises(BorderMapError, match="unknown export format 'shp'"):
        bordermap.export(recipe, tmp_path / "gis", formats=["shp"])
    with pytest.raises(OutputError, match="is a file"):
        bordermap.report(recipe, recipe)
