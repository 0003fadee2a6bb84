"""Rows of ``data/gazetteer/district_names.tsv``: well-formed, cited, one unit each.

``scripts/build_districts.py`` adds each row's forms as keys of the one unit below admin-1
the row names (by country and the name the districts table gives it) and stops on a row
naming none or several; these tests check the shipped tables agree: every row names
exactly one unit of ``districts.tsv.gz``, gives a public source, and each of its forms
is a key of that unit there.
"""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict

import pytest

from bordermap.geo.places.districts import DISTRICTS_FILE

DISTRICT_NAMES = DISTRICTS_FILE.with_name("district_names.tsv")
FIELDS = ["country", "name", "forms", "language", "source"]


def _rows() -> list[dict[str, str]]:
    with DISTRICT_NAMES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _units() -> dict[tuple[str, str], dict[tuple[str, ...], set[str]]]:
    """(country, name) -> each distinct unit of that name (region and circle) -> keys."""
    units: dict[tuple[str, str], dict[tuple[str, ...], set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    with gzip.open(DISTRICTS_FILE, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            country, region, key, name, lat, lon, reach = line.rstrip("\n").split("\t")
            units[(country, name)][(region, lat, lon, reach)].add(key)
    return units


UNITS = _units()


def test_the_table_has_its_columns_and_one_row_per_unit():
    with DISTRICT_NAMES.open(encoding="utf-8", newline="") as handle:
        assert handle.readline().rstrip("\n").split("\t") == FIELDS
    named = [(row["country"], row["name"]) for row in _rows()]
    assert len(named) == len(set(named))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_each_row_is_cited_and_names_exactly_one_unit(row):
    assert len(row["country"]) == 2 and row["country"].isupper()
    forms = row["forms"].split(";")
    assert forms and all(form and form == form.strip() for form in forms)
    assert len(set(forms)) == len(forms)
    assert row["language"]
    assert row["source"].startswith(("http://", "https://"))
    found = UNITS.get((row["country"], row["name"]), {})
    assert len(found) == 1, (row["name"], list(found))


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["name"])
def test_each_form_is_a_key_of_its_unit(row):
    from bordermap.geo.places.names import normalise

    (keys,) = UNITS[(row["country"], row["name"])].values()
    for form in row["forms"].split(";"):
        assert normalise(form) in keys, (row["name"], form)
