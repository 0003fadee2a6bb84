"""The border-crossings table (``data/crossings/crossings.csv``): schema, sources and geometry.

Every check collects all offending rows, so one failing run lists everything to fix.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest
import shapely
from pyproj import Geod

import bordermap.data
from bordermap.geo.borders.admin1 import region_rows
from bordermap.geo.borders.boundaries import border_line, countries
from bordermap.geo.errors import GeometryDataError

CROSSINGS_FILE = Path(bordermap.data.__file__).parent / "crossings" / "crossings.csv"

HEADER = [
    "id",
    "name",
    "names",
    "country_a",
    "country_b",
    "place_a",
    "place_b",
    "type",
    "status",
    "lat",
    "lon",
    "located",
    "source_url",
    "note",
]
TYPES = {"road", "rail", "pedestrian", "river"}
STATUSES = {"open", "closed", "restricted", "unknown"}
# Natural Earth 1:10m lines are generalised: a crossing on the real border can sit a few
# kilometres away from them (the Latvia-Belarus line is ~35 km shorter than on the ground).
MAX_KM_FROM_BORDER = 5.0
# Up to this far, a row is admitted only when its note states its distance from the line
# ("5.6 km from the 1:10m line"), within STATED_KM_SLACK of the measured one: the village
# or town at a crossing whose generalised line runs 5-10 km off (data/README.md, "Border
# crossings", session 22). Beyond it a point no longer stands for the crossing.
MAX_KM_STATED = 10.0
STATED_KM_SLACK = 0.3
_STATED_KM = re.compile(r"\b(\d+(?:\.\d)?) km from the 1:10m line\b")

_ID = re.compile(r"^[a-z]{2}-[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
_FIVE_DECIMALS = re.compile(r"^-?\d{1,3}\.\d{5}$")
_STATUS_DATE = re.compile(r"\bstatus \d{4}(?:-\d{2}){0,2}\b")
_GEOD = Geod(ellps="WGS84")


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with CROSSINGS_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def _report(problems: list[str]) -> str:
    return f"{len(problems)} row(s):\n" + "\n".join(problems)


def test_file_is_utf8_with_lf_line_endings():
    raw = CROSSINGS_FILE.read_bytes()
    raw.decode("utf-8")  # raises on anything else
    assert b"\r" not in raw, "use LF line endings, not CRLF"
    assert raw.endswith(b"\n"), "end the file with a newline"


def test_header():
    with CROSSINGS_FILE.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


def test_every_row_has_every_field():
    problems = [
        f"line {n}: {row.get('id')!r} has {len(row)} fields"
        for n, row in enumerate(_rows(), start=2)
        if None in row or None in row.values()
    ]
    assert not problems, _report(problems)


def test_ids_are_unique_slugs_sorted_and_start_with_the_pair():
    ids = [row["id"] for row in _rows()]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert ids == sorted(ids), "rows must be sorted by id"
    problems = []
    for row in _rows():
        prefix = f"{row['country_a']}-{row['country_b']}-".lower()
        if not _ID.match(row["id"]) or not row["id"].startswith(prefix):
            problems.append(f"{row['id']!r}: expected a slug starting with {prefix!r}")
    assert not problems, _report(problems)


def test_country_codes_are_known_and_sorted():
    known = set(countries()["iso_a2"])
    problems = []
    for row in _rows():
        a, b = row["country_a"], row["country_b"]
        for code in (a, b):
            if code not in known:
                problems.append(f"{row['id']}: unknown ISO alpha-2 code {code!r}")
        if not a < b:
            problems.append(f"{row['id']}: countries must be sorted, got {a!r} before {b!r}")
    assert not problems, _report(problems)


def test_name_and_places_are_filled():
    problems = [
        f"{row['id']}: empty {field}"
        for row in _rows()
        for field in ("name", "place_a", "place_b")
        if not row[field].strip()
    ]
    assert not problems, _report(problems)


def test_types_and_statuses_use_known_words():
    problems = []
    for row in _rows():
        words = row["type"].split(";")
        unknown = [w for w in words if w not in TYPES]
        if unknown or len(set(words)) != len(words):
            problems.append(f"{row['id']}: type {row['type']!r} (allowed: {sorted(TYPES)})")
        if row["status"] not in STATUSES:
            problems.append(f"{row['id']}: status {row['status']!r} (allowed: {sorted(STATUSES)})")
    assert not problems, _report(problems)


def test_known_status_is_dated_in_the_note():
    problems = [
        f"{row['id']}: status {row['status']!r} needs 'status YYYY[-MM[-DD]]: ...' in the note"
        for row in _rows()
        if row["status"] != "unknown" and not _STATUS_DATE.search(row["note"])
    ]
    assert not problems, _report(problems)


def test_located_says_whether_the_point_is_the_crossing_or_a_nearby_settlement():
    # A village's point stands for the crossing only at settlement precision.
    problems = []
    for row in _rows():
        village = row["note"].startswith("coordinate: GeoNames point of")
        expected = "settlement" if village else "crossing"
        if row["located"] != expected:
            problems.append(f"{row['id']}: located {row['located']!r}, note says {expected}")
    assert not problems, _report(problems)


def test_every_row_cites_a_public_source():
    problems = [
        f"{row['id']}: source_url {row['source_url']!r}"
        for row in _rows()
        if not row["source_url"].startswith("https://") or " " in row["source_url"]
    ]
    assert not problems, _report(problems)


def test_coordinates_have_five_decimals_and_are_in_range():
    problems = []
    for row in _rows():
        lat, lon = row["lat"], row["lon"]
        if not (_FIVE_DECIMALS.match(lat) and _FIVE_DECIMALS.match(lon)):
            problems.append(f"{row['id']}: lat/lon {lat!r}, {lon!r} need exactly 5 decimals")
        elif not (-90 <= float(lat) <= 90 and -180 <= float(lon) <= 180):
            problems.append(f"{row['id']}: lat/lon {lat}, {lon} out of range")
    assert not problems, _report(problems)


def test_names_hold_no_repeated_form_and_do_not_repeat_name():
    problems = []
    for row in _rows():
        forms = row["names"].split(";") if row["names"] else []
        folded = [form.strip().casefold() for form in forms]
        if any(not form for form in folded):
            problems.append(f"{row['id']}: empty form in names {row['names']!r}")
        repeated = sorted({form for form in folded if folded.count(form) > 1})
        if repeated:
            problems.append(f"{row['id']}: names repeat {repeated}")
        if row["name"].strip().casefold() in folded:
            problems.append(f"{row['id']}: names repeat the name {row['name']!r}")
        if any(form != form.strip() for form in forms):
            problems.append(f"{row['id']}: stray spaces around a form in {row['names']!r}")
    assert not problems, _report(problems)


def _km_to_border(row: dict[str, str]) -> float:
    line = border_line(row["country_a"], row["country_b"])
    point = shapely.Point(float(row["lon"]), float(row["lat"]))
    nearest = shapely.shortest_line(point, line)
    (lon1, lat1), (lon2, lat2) = shapely.get_coordinates(nearest)
    return _GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _km_to_shape(point: shapely.Point, shape) -> float:
    """Geodesic km from a point to a polygon's edge; 0 when the polygon covers it."""
    if shape.covers(point):
        return 0.0
    nearest = shapely.shortest_line(point, shape.boundary)
    (lon1, lat1), (lon2, lat2) = shapely.get_coordinates(nearest)
    return _GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _km_to_both_outlines(row: dict[str, str]) -> float:
    """Geodesic km from the point to the farther of its two countries' outlines."""
    point = shapely.Point(float(row["lon"]), float(row["lat"]))
    outlines = countries().set_index("iso_a2").geometry
    return max(
        _km_to_shape(point, outlines[code]) for code in (row["country_a"], row["country_b"])
    )


def _km_to_both_admin1_outlines(row: dict[str, str]) -> float:
    """Geodesic km from the point to the farther of its two countries' admin-1 outlines.

    They hold land the 1:10m country outlines leave out (the Golan, in Israel's
    Northern District), as the resolver's border reading also takes them
    (``border_reading._apart_across_water``).
    """
    point = shapely.Point(float(row["lon"]), float(row["lat"]))
    farthest = 0.0
    for code in (row["country_a"], row["country_b"]):
        regions = [shape for shape in region_rows(code)[1] if shape is not None]
        farthest = max(farthest, min(_km_to_shape(point, shape) for shape in regions))
    return farthest


def _km_to_line_or_water(row: dict[str, str]) -> float:
    """Km to the two countries' land line; where the 1:10m data draws none there (a
    strait, an estuary, a fjord: the Causeway, the lower Uruguay, the Iddefjord), km to
    the farther of their two outlines, which the crossing must touch both of."""
    try:
        km = _km_to_border(row)
    except GeometryDataError:
        km = float("inf")  # no land line at all (Malaysia–Singapore)
    return km if km <= MAX_KM_FROM_BORDER else min(km, _km_to_both_outlines(row))


def _border_problem(row: dict[str, str]) -> str | None:
    """Why a row is too far from its border, or None: within 5 km always; within 10 km
    only when the note states the distance it lies from the 1:10m line."""
    km = _km_to_line_or_water(row)
    if km <= MAX_KM_FROM_BORDER:
        return None
    where = (
        f"{row['id']}: {row['lat']}, {row['lon']} is {km:.1f} km from the "
        f"{row['country_a']}-{row['country_b']} border line and outlines"
    )
    if km > MAX_KM_STATED:
        # Land the country outlines leave out: within 5 km of both admin-1 outlines.
        if _km_to_both_admin1_outlines(row) <= MAX_KM_FROM_BORDER:
            return None
        return where
    stated = _STATED_KM.search(row["note"])
    if stated is None:
        return f"{where}; its note must say 'N.N km from the 1:10m line'"
    if abs(float(stated.group(1)) - km) > STATED_KM_SLACK:
        return f"{where}, not the {stated.group(1)} km its note states"
    return None


def test_every_crossing_lies_on_the_land_border_of_its_two_countries():
    problems = [problem for row in _rows() if (problem := _border_problem(row))]
    assert not problems, _report(problems)


@pytest.mark.parametrize(
    ("lat", "lon", "note", "admitted"),
    [
        # Eslam Qaleh's GeoNames point, 9.6 km from the 1:10m AF-IR line.
        (
            "34.66667",
            "61.06667",
            "coordinate: GeoNames point of Eslam Qaleh; 9.6 km from the 1:10m line",
            True,
        ),
        # The same point without the stated distance: reported.
        ("34.66667", "61.06667", "coordinate: GeoNames point of Eslam Qaleh", False),
        # A stated distance that does not match the point: reported.
        (
            "34.66667",
            "61.06667",
            "coordinate: GeoNames point of Eslam Qaleh; 4.0 km from the 1:10m line",
            False,
        ),
        # Taybad, 16.6 km inside Iran: too far, whatever the note says.
        (
            "34.74000",
            "60.77560",
            "coordinate: GeoNames point of Taybad; 16.6 km from the 1:10m line",
            False,
        ),
    ],
)
def test_rows_beyond_five_km_must_state_their_distance(lat, lon, note, admitted):
    row = {
        "id": "af-ir-x",
        "country_a": "AF",
        "country_b": "IR",
        "lat": lat,
        "lon": lon,
        "note": note,
    }
    assert (_border_problem(row) is None) is admitted


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        # The Johor Causeway: between the outlines of Malaysia and Singapore.
        ("1.45278", "103.76944", True),
        # Kuala Lumpur: 300 km from Singapore's outline.
        ("3.14120", "101.68653", False),
    ],
)
def test_water_crossing_check_can_fail(lat, lon, expected):
    row = {"country_a": "MY", "country_b": "SG", "lat": lat, "lon": lon}
    assert (_km_to_line_or_water(row) <= MAX_KM_FROM_BORDER) is expected


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        # Terespol on the Bug, PL-BY: well inside the tolerance.
        ("52.07550", "23.61614", True),
        # Warsaw, 190 km from the PL-BY line: must be reported.
        ("52.22977", "21.01178", False),
    ],
)
def test_border_check_can_fail(lat, lon, expected):
    row = {"country_a": "BY", "country_b": "PL", "lat": lat, "lon": lon}
    assert (_km_to_border(row) <= MAX_KM_FROM_BORDER) is expected


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        # The Quneitra Crossing: 14 km from Israel's 1:10m country outline, which leaves
        # the Golan out, 0.3 km from its Northern District's admin-1 outline.
        ("33.11278", "35.81583", True),
        # Damascus: 45 km from any Israeli outline, country or admin-1.
        ("33.51020", "36.29128", False),
    ],
)
def test_outline_check_takes_admin1_land_and_can_fail(lat, lon, expected):
    row = {"id": "il-sy-x", "country_a": "IL", "country_b": "SY", "lat": lat, "lon": lon}
    row["note"] = ""
    assert (_border_problem(row) is None) is expected
