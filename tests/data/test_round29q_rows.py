"""Data rows of session 29's round on WRONG places (issue 11): the Avivim village row,
the Kyé River's second border and the Galilee's region forms."""

from __future__ import annotations

import csv

from bordermap.geo.places.aliases import load_aliases
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import load_border_features
from scripts.build_gazetteer import VILLAGES


def _village(country: str, name: str) -> dict[str, str]:
    with VILLAGES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["country"] == country]
    return next(r for r in rows if r["name"] == name)


def test_avivim_row_cites_its_article_and_lies_by_the_blue_line():
    row = _village("IL", "Avivim")
    assert row["source"].startswith("https://en.wikipedia.org/wiki/Avivim")
    assert (float(row["lat"]), float(row["lon"])) == (33.08917, 35.47194)
    assert {"Avivim", "אביבים"} <= set(row["forms"].split(";"))


def test_avivim_is_a_village_of_the_pack():
    found = [p for p in load_gazetteer().lookup_key("avivim") if p.country == "IL"]
    assert len(found) == 1 and found[0].kind == "settlement"


def test_the_kye_forms_two_borders():
    feature = load_border_features()[normalise("Kyé River")]
    assert {"-".join(pair) for pair in feature.pairs} == {"GA-GQ", "CM-GA"}


def test_upper_and_western_galilee_are_forms_of_the_northern_district():
    names = load_aliases().region_names["IL-Z"]
    assert {"Upper Galilee", "Western Galilee"} <= set(names)
    # "Galilee" alone names a wider region than the district.
    assert "Galilee" not in names
