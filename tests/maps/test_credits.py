"""Places found by an online geocoder are credited on the map and in the report."""

from __future__ import annotations

import json

import pytest

from bordermap.geo.attribution import GEONAMES, OPENSTREETMAP_GEOCODING
from bordermap.maps.cli import main
from tests.geo.online.nominatim_server import FakeNominatim, nominatim_record
from tests.sample import HEADER

UA = "bordermap-tests/1 (tests@example.org)"


@pytest.fixture
def server():
    with FakeNominatim() as srv:
        srv.places["kvesilene farmstead"] = [
            nominatim_record("Silene", lat=55.9, lon=27.05, country_code="LV", addresstype="farm")
        ]
        yield srv


def online_args(url: str, cache) -> list[str]:
    return [
        "--geocoder", "nominatim", "--geocoder-url", url, "--user-agent", UA,
        "--cache", str(cache), "--min-delay", "0", "--max-attempts", "1",
    ]  # fmt: skip


def in_script(text: str) -> str:
    return json.dumps(text)[1:-1]


def events_file(tmp_path, place: str):
    path = tmp_path / "events.csv"
    path.write_text(
        HEADER
        + f"\nx1,2026-01-10,Farm visited,other,alleged,{place},LV,,,S,https://example.org/s,"
        + "\nx2,2026-01-11,Town visited,other,alleged,Daugavpils,LV,,,S,https://example.org/t,\n",
        encoding="utf-8",
    )
    return path


def test_a_map_with_places_from_nominatim_credits_openstreetmap(server, tmp_path):
    out = tmp_path / "map.html"
    argv = ["-q", "map", str(events_file(tmp_path, "Kvesilene farmstead")), "-o", str(out)]
    assert main([*argv, *online_args(server.url, tmp_path / "c.sqlite")]) == 0
    page = out.read_text(encoding="utf-8")
    # The attribution line reaches the page as script JSON, non-ASCII as \\u escapes.
    assert page.count(in_script(OPENSTREETMAP_GEOCODING)) == 1
    assert in_script(GEONAMES) in page


def test_a_map_of_offline_places_owes_openstreetmap_nothing(server, tmp_path):
    out = tmp_path / "map.html"
    argv = ["-q", "map", str(events_file(tmp_path, "Krāslava")), "-o", str(out)]
    assert main([*argv, *online_args(server.url, tmp_path / "c.sqlite")]) == 0
    assert server.count() == 0
    assert "OpenStreetMap" not in out.read_text(encoding="utf-8")


def test_the_report_credits_the_geocoder_in_its_provenance_and_its_map(server, tmp_path):
    events_file(tmp_path, "Kvesilene farmstead")
    recipe = tmp_path / "r.toml"
    recipe.write_text(
        'title = "T"\nevents = ["events.csv"]\n[region]\nbbox = [24, 54, 30, 57.5]\n',
        encoding="utf-8",
    )
    out = tmp_path / "report"
    argv = ["-q", "report", str(recipe), "-o", str(out), "--dpi", "50"]
    assert main([*argv, *online_args(server.url, tmp_path / "c.sqlite")]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Places resolved by: gazetteer: 1, nominatim: 1." in page
    provenance = page[page.index("Places resolved by") :]
    assert OPENSTREETMAP_GEOCODING in provenance
