"""Loading and validating event files: every bad-input kind names file, line and field."""

from __future__ import annotations

import json
import math

import pytest

from bordermap.geo import schema
from bordermap.geo.errors import EventFileError
from bordermap.geo.events import LOADED_COLUMNS, load_events, split_sources
from tests.sample import HEADER, SEED_EVENTS


def problems_of(paths) -> list[str]:
    with pytest.raises(EventFileError) as info:
        load_events(paths)
    return [str(p) for p in info.value.problems]


def test_good_csv_loads_with_derived_columns(good_csv):
    frame = load_events([good_csv])
    assert list(frame.columns) == list(LOADED_COLUMNS)
    first, second = frame.to_dict("records")
    assert first[schema.PLACE] == "Krāslava"
    assert (first[schema.DATE_START], first[schema.DATE_END]) == ("2026-01-15", "2026-01-15")
    assert first[schema.DATE_PRECISION] == "day"
    assert second[schema.DATE_END] == "2026-01-31"
    assert second[schema.DATE_PRECISION] == "month"
    assert math.isnan(first[schema.LAT])
    assert first[schema.SOURCE_LINE] == 2 and second[schema.SOURCE_LINE] == 3
    sources = split_sources(
        second[schema.SOURCE_URL], second[schema.SOURCE_NAME], second[schema.SOURCE_DATE]
    )
    assert [(s.name, s.url, s.date) for s in sources] == [
        ("Delfi", "https://example.org/b", "2026-01-20"),
        ("LSM", "https://example.org/c", ""),
    ]


def test_bom_is_accepted(write):
    path = write("bom.csv", ("\ufeff" + HEADER + "\ne1,,T,other,alleged,Riga,,,,S,,\n").encode())
    assert load_events([path])[schema.ID].tolist() == ["e1"]


def test_seed_dataset_is_valid():
    frame = load_events(SEED_EVENTS)
    assert len(frame) >= 15
    assert (frame[schema.SOURCE_NAME] != "").all()
    brigade = frame.set_index(schema.ID).loc["by-19th-brigade-reconnaissance-battalion"]
    assert brigade[schema.PLACE] == "Vitebsk region"
    assert brigade[schema.STATUS] == "alleged"
    assert brigade[schema.DATE_PRECISION] == "unknown"


def test_missing_required_column(write):
    path = write("e.csv", "id,date,title,category,status,source_name\ne1,,T,other,alleged,S\n")
    assert problems_of([path]) == [
        f"{path}:1: place: required column is missing from the header; required: "
        + ", ".join(schema.REQUIRED_COLUMNS)
    ]


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-02-30", "impossible date: day is out of range for month"),
        ("2026-13", "impossible date: month 13 is not 1-12"),
        ("15.01.2026", "not a date"),
        ("2026-01-14/2025-12-01", "range ends before it starts"),
    ],
)
def test_bad_dates(write, date, message):
    path = write("e.csv", HEADER + f"\ne1,{date},T,other,alleged,Riga,,,,S,,\n")
    (text,) = problems_of([path])
    assert text.startswith(f"{path}:2: date: {message}")
    assert text.endswith(f"(got '{date}')")


def test_coordinates_out_of_range_and_half_given(write):
    path = write(
        "e.csv",
        HEADER + "\ne1,,T,other,alleged,X,,91,20,S,,\ne2,,T,other,alleged,X,,56.1,,S,,\n"
        "e3,,T,other,alleged,X,,north,27,S,,\n",
    )
    assert problems_of([path]) == [
        f"{path}:2: lat: out of range -90..90 (got '91')",
        f"{path}:3: lon: give both lat and lon, or neither (got '')",
        f"{path}:4: lat: not a number (got 'north')",
    ]


def test_duplicate_id_names_both_lines(write, good_csv):
    other = write("more.csv", HEADER + "\ne2,,T,other,alleged,Riga,,,,S,,\n")
    assert problems_of([good_csv, other]) == [
        f"{other}:2: id: duplicate id, first used at {good_csv}:3 (got 'e2')"
    ]


def test_unknown_category_and_status_list_allowed(write):
    path = write("e.csv", HEADER + "\ne1,,T,smuggling,rumour,Riga,,,,S,,\n")
    category, status = problems_of([path])
    assert category.startswith(f"{path}:2: category: unknown category; allowed: crossing_attempt,")
    assert "(got 'smuggling')" in category
    assert status == (
        f"{path}:2: status: unknown status; allowed: confirmed, alleged, disputed, denied "
        "(got 'rumour')"
    )


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.org/x", "file:///etc/passwd"]
)
def test_non_http_url(write, url):
    path = write("e.csv", HEADER + f"\ne1,,T,other,alleged,Riga,,,,S,{url},\n")
    assert problems_of([path]) == [
        f"{path}:2: source_url: only http(s) links are allowed (got {url!r})"
    ]


def test_malformed_url_is_a_problem_not_a_crash(write):
    path = write("e.csv", HEADER + "\ne1,,T,other,alleged,Riga,,,,S,http://[::1,\n")
    assert problems_of([path]) == [f"{path}:2: source_url: not a valid link (got 'http://[::1')"]


def test_sources_must_align_and_exist(write):
    path = write(
        "e.csv",
        HEADER + "\ne1,,T,other,alleged,Riga,,,,,,\n"
        "e2,,T,other,alleged,Riga,,,,A | B,https://a.example,\n",
    )
    assert problems_of([path]) == [
        f"{path}:2: source_name: every event needs at least one source name",
        f"{path}:3: source_url: 1 value(s) for 2 source name(s): align them, separated by "
        "' | ' (leave a slot empty if unknown) (got 'https://a.example')",
    ]


def test_invalid_utf8_names_the_line(write):
    data = (HEADER + "\ne1,,T,other,alleged,Riga,,,,S,,\n").encode() + b"e2,,Kr\xe2slava\n"
    path = write("e.csv", data)
    assert problems_of([path]) == [
        f"{path}:3: -: not valid UTF-8: save the file as UTF-8 (got 'e2 73 6c 61')"
    ]


@pytest.mark.parametrize("content", ["", "  \n\n"])
def test_empty_file(write, content):
    path = write("e.csv", content)
    assert problems_of([path]) == [f"{path}: -: file is empty: it holds no events"]


def test_header_only_file_has_no_events(write):
    path = write("e.csv", HEADER + "\n")
    assert problems_of([path]) == [f"{path}: -: file holds no events"]


def test_ragged_row(write):
    path = write("e.csv", HEADER + "\ne1,,T,other,alleged,Riga, LV,,,,S,,\n")
    (text,) = problems_of([path])
    assert text.startswith(f"{path}:2: -: row has 13 fields but the header has 12")


def test_multiline_quoted_csv_keeps_line_numbers(write):
    path = write(
        "e.csv",
        HEADER + '\ne1,,"two\nlines",other,alleged,Riga,,,,S,,\ne2,,T,other,bad,Riga,,,,S,,\n',
    )
    assert problems_of([path]) == [
        f"{path}:4: status: unknown status; allowed: confirmed, alleged, disputed, denied "
        "(got 'bad')"
    ]


def test_all_problems_reported_at_once(write):
    path = write(
        "e.csv",
        HEADER + "\ne1,2026-02-30,T,other,alleged,Riga,,,,S,,\ne2,,T,nope,alleged,Riga,,,,S,,\n",
    )
    assert [p.split(":")[1] for p in problems_of([path])] == ["2", "3"]


def test_html_in_text_is_kept_as_data(write):
    payload = "<img src=x onerror=alert(1)>"
    path = write("e.csv", HEADER + f'\ne1,,"{payload}",other,alleged,Riga,,,,S,,\n')
    assert load_events([path])[schema.TITLE].tolist() == [payload]


YAML_OK = """\
- id: y1
  date: 2026-01-15
  title: Vehicles seen
  category: military_security
  status: alleged
  place: Vitebsk region
  tags: [a, b]
  sources:
    - name: BLiTZ
      url: https://example.org/blitz
      date: 2026-01-17
    - name: LSM
"""


def test_yaml_with_sources_list(write):
    frame = load_events([write("e.yaml", YAML_OK)])
    row = frame.iloc[0]
    assert row[schema.DATE] == "2026-01-15"  # YAML's date type is turned back into text
    assert row[schema.SOURCE_NAME] == "BLiTZ | LSM"
    assert row[schema.SOURCE_URL] == "https://example.org/blitz | "
    assert row[schema.TAGS] == "a;b"


def test_yaml_field_problem_names_the_key_line(write):
    path = write("e.yaml", YAML_OK.replace("status: alleged", "status: maybe"))
    assert problems_of([path]) == [
        f"{path}:5: status: unknown status; allowed: confirmed, alleged, disputed, denied "
        "(got 'maybe')"
    ]


def test_yaml_syntax_error(write):
    path = write("e.yaml", "- id: y1\n  title: [unclosed\n  status: alleged\n")
    (text,) = problems_of([path])
    assert text.startswith(f"{path}:3: -: YAML syntax error:")


def test_yaml_must_be_a_list(write):
    path = write("e.yaml", "id: y1\n")
    assert problems_of([path]) == [f"{path}:1: -: must be a list of events (- id: ...)"]


def feature(props: dict, coords=None) -> dict:
    geometry = {"type": "Point", "coordinates": coords} if coords else None
    return {"type": "Feature", "properties": props, "geometry": geometry}


BASE = {
    "id": "g1",
    "date": "2025-12-01/2026-01-14",
    "title": "Crossing",
    "category": "crossing_attempt",
    "status": "confirmed",
    "place": "",
    "source_name": "Border guard",
}


def test_geojson_points_give_coordinates(write):
    doc = {"type": "FeatureCollection", "features": [feature(BASE, [26.5, 55.9])]}
    row = load_events([write("e.geojson", json.dumps(doc))]).iloc[0]
    assert (row[schema.LAT], row[schema.LON]) == (55.9, 26.5)
    assert row[schema.DATE_PRECISION] == "range"


def test_geojson_problem_names_the_feature_line(write):
    doc = {
        "type": "FeatureCollection",
        "features": [
            feature(BASE, [26.5, 55.9]),
            feature({**BASE, "id": "g2", "status": "x", "place": "Riga"}),
        ],
    }
    path = write("e.geojson", json.dumps(doc, indent=2))
    text = path.read_text()
    line = text[: text.index('"g2"')].count("\n") + 1
    (found,) = problems_of([path])
    # The feature starts a few lines above its id; the reported line is the feature's.
    reported = int(found.split(":")[1])
    assert 0 < line - reported < 6
    assert text.splitlines()[reported - 1].strip() == "{"
    assert found.endswith(
        "status: unknown status; allowed: confirmed, alleged, disputed, denied (got 'x')"
    )


def test_geojson_syntax_error(write):
    path = write("e.geojson", '{"type": "FeatureCollection",\n "features": [\n  {"type": }\n]}')
    (text,) = problems_of([path])
    assert text.startswith(f"{path}:3: -: JSON syntax error: Expecting value")


def test_unknown_suffix(write):
    path = write("e.txt", "hello")
    assert problems_of([path]) == [
        f"{path}: -: unknown file type: use .csv, .yaml, .yml, .geojson or .json"
    ]
