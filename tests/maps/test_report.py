"""Report folder: every part written, escaped, byte-stable; the CLI end to end."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from bordermap.maps.building import build_recipe
from bordermap.maps.layerset import RecipeLayers, recipe_layers
from bordermap.maps.recipe import Recipe, load_recipe
from bordermap.maps.report import build_report, embed_snippet, interactive_map, write_report
from tests import mapfixtures
from tests.sample import HEADER

XSS = mapfixtures.XSS_TITLE

PARTS = {
    "report.html",
    "map.html",
    "embed.html",
    "figure.png",
    "figure.svg",
    "figure.pdf",
    "timeline.png",
    "timeline.svg",
    *(
        f"tables/{name}.{ext}"
        for name in ("by_border", "by_month", "by_area", "border_distance", "counts", "sources")
        for ext in ("csv", "md")
    ),
    "tables/events.csv",
    "tables/not_placed.csv",
}


def report_layers(title: str = f"Report {XSS}") -> RecipeLayers:
    """Layers of a small report: the sample events around a box-shaped border."""
    review = pd.DataFrame(
        [
            {
                "source_file": "events.csv",
                "source_line": 8,
                "id": "e7",
                "place": "Xyzzy",
                "country": "",
                "resolve_status": "unresolved",
                "reason": "no place matches; check the spelling or give lat and lon",
                "candidates": "",
            }
        ]
    )
    return RecipeLayers(
        recipe=Recipe(path=Path("maps/test.toml"), title=title, description="<i>d</i>"),
        events=mapfixtures.sample_events(),
        review=review,
        countries=mapfixtures.countries(),
        border_lines=mapfixtures.border_lines(),
        border_zones=mapfixtures.border_zones(),
        regions=mapfixtures.regions(),
        bbox=(24.0, 54.0, 30.0, 57.5),
        attribution=("Boundaries: test boxes", "Place names: none"),
    )


@pytest.fixture(scope="module")
def report():
    return build_report(report_layers(), dpi=60)


def test_every_part_is_there(report):
    assert set(report.files) == PARTS


def test_same_layers_give_the_same_bytes(report):
    again = build_report(report_layers(), dpi=60)
    for name, data in report.files.items():
        assert again.files[name] == data, name


def test_report_escapes_every_text(report):
    page = report.files["report.html"].decode("utf-8")
    # The title and the event's script appear only escaped, in the page and in srcdoc.
    assert XSS not in page
    assert "<script>window.__pwned" not in page
    assert html.escape(XSS) in page
    assert "<i>d</i>" not in page
    # The only scripts a report has are inside the escaped map document.
    assert "<script" not in page


def test_map_is_embedded_whole_in_srcdoc(report):
    page = report.files["report.html"].decode("utf-8")
    match = re.search(r'srcdoc="([^"]*)"', page)
    assert match
    assert html.unescape(match.group(1)) == report.files["map.html"].decode("utf-8")


def test_javascript_links_are_never_links(report):
    page = report.files["report.html"].decode("utf-8")
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    assert "https://example.net/b" in hrefs
    assert "javascript:alert(1) (not a web link)" in page


def test_sources_are_numbered_once_each(report):
    sources = report.files["tables/sources.csv"].decode("utf-8").splitlines()
    assert sources[0] == "number,publisher,date,url,link,events"
    assert len(sources) == 1 + 3
    assert sources[1].startswith("1,Example News,2026-01-17,https://example.org/story,")


def test_unplaced_events_are_listed(report):
    page = report.files["report.html"].decode("utf-8")
    assert "events.csv:8" in page
    assert "6 on the map, 1 not placed" in page
    assert report.files["tables/not_placed.csv"].decode("utf-8").count("Xyzzy") == 1


def test_figure_png_has_the_dpi_asked_for(report):
    data = report.files["figure.png"]
    assert int.from_bytes(data[16:20], "big") == 600  # 10 in × 60 dpi


def test_embed_snippet_is_an_escaped_iframe():
    snippet = embed_snippet('A "quoted" <title>')
    assert '<iframe src="map.html" title="A &quot;quoted&quot; &lt;title&gt;"' in snippet
    assert 'sandbox="allow-scripts' in snippet


def test_write_report_writes_report_html_last(tmp_path, report):
    written = write_report(report, tmp_path / "r")
    assert written[-1] == tmp_path / "r" / "report.html"
    assert {p.relative_to(tmp_path / "r").as_posix() for p in written} == PARTS
    assert not list((tmp_path / "r").glob(".*.tmp"))


def _bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_report_of_a_recipe(tmp_path):
    events = tmp_path / "events.csv"
    events.write_text(
        HEADER + "\n"
        "a,2026-01-05,Fence repaired,border_infrastructure,confirmed,Fence,LV,55.87,26.53,"
        "LSM,https://example.org/a,2026-01-06\n"
        "b,2026-02,Somewhere,other,alleged,Qwxzzy Nowhere,,,,Delfi,,\n",
        encoding="utf-8",
    )
    recipe = tmp_path / "t.toml"
    recipe.write_text(
        'title = "T"\nevents = ["events.csv"]\n[region]\nbbox = [24, 54, 30, 57.5]\n'
        '[layers.borders]\npairs = ["BY-LV"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = _bordermap("report", str(recipe), "-o", str(out), "--dpi", "50", "--offline")
    assert result.returncode == 0, result.stderr
    assert "Qwxzzy Nowhere" in result.stderr
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Events: events.csv (2 event(s), sha256" in page
    assert ">LSM</span>" in page and ">Delfi</span>" in page
    assert "1 on the map, 1 not placed" in page


def test_cli_refuses_a_silly_dpi(tmp_path):
    result = _bordermap("report", "maps/latvia-belarus.toml", "--dpi", "5")
    assert result.returncode == 2
    assert "between 50 and 1200 (got 5)" in result.stderr


def test_report_map_is_the_map_bordermap_build_makes(tmp_path):
    events = tmp_path / "events.csv"
    events.write_text(
        HEADER + "\n"
        "a,2026-01-05,Fence repaired,border_infrastructure,confirmed,Fence,LV,55.87,26.53,"
        "LSM,https://example.org/a,2026-01-06\n"
        "b,2026-02,Crossing,crossing_attempt,alleged,Latvia–Belarus border,,,,Delfi,,\n",
        encoding="utf-8",
    )
    recipe_path = tmp_path / "t.toml"
    recipe_path.write_text(
        'title = "T"\nevents = ["events.csv"]\n[region]\ncountries = ["LV"]\n'
        '[layers.borders]\nzones_km = [5]\n[layers.regions]\ncodes = ["BY-VI"]\n',
        encoding="utf-8",
    )
    recipe = load_recipe(recipe_path)
    # Figure, tables and map come from one set of layers; the map is byte for byte
    # the one `bordermap build` writes for the same recipe.
    assert interactive_map(recipe_layers(recipe)) == build_recipe(recipe).html
