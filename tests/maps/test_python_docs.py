"""docs/python.md runs as written: its code blocks, in order, as one script, offline."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd

import bordermap

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "python.md"


def example_script() -> str:
    return "\n".join(re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S))


def test_the_page_runs_from_a_dataframe_to_saved_maps(tmp_path):
    # The recipe part reads maps/ and data/ relative to the working directory.
    (tmp_path / "maps").symlink_to(ROOT / "maps")
    (tmp_path / "data").symlink_to(ROOT / "data")
    script = tmp_path / "example.py"
    script.write_text(example_script(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert "dataframe:1: date: impossible date" in run.stdout
    assert "asked for by folium.plugins.measure_control.MeasureControl" in run.stdout
    assert "['Point', 'MultiPolygon', 'LineString']" in run.stdout

    events = gpd.read_file(tmp_path / "events.gpkg")
    assert list(events["border"]) == ["BY-LV", "BY-RU", "BY-LV"]
    offline = (tmp_path / "events.html").read_text(encoding="utf-8")
    assert "<script src=" not in offline and "Migrants pushed back" in offline
    online = (tmp_path / "events-online.html").read_text(encoding="utf-8")
    assert "leaflet-measure.min.js" in online and "Krāslava" in online
    assert "Latvia–Belarus border" in (tmp_path / "latvia-belarus.html").read_text("utf-8")


def test_the_page_names_every_public_name():
    text = PAGE.read_text(encoding="utf-8")
    for name in bordermap.__all__:
        assert f"`{name}" in text, name
