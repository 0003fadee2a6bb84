"""Loading and validating event files: every bad-input kind names file, line and field."""

from __future__ import annotations

import json
import math

import pytest

from bordermap.geo import schema
from bordermap.geo.errors import EventFileError
from bordermap.geo.events.loading import LOADED_COLUMNS, load_events, split_sources
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


def test_missing_required_column_lists_the_headers_and_the_fixing_mapping(write):
    path = write(
        "e.csv", "id,date,title,category,status,source_name,Ort\ne1,,T,other,alleged,S,X\n"
    )
    assert problems_of([path]) == [
        f"{path}:1: place: required column is missing; the file's columns are 'id', 'date', "
        "'title', 'category', 'status', 'source_name', 'Ort'; say which one holds the place "
        'with --columns "Ort=place" (or [columns] "Ort" = "place" in a recipe)'
    ]


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("2026-02-30", "impossible date: day is out of range for month"),
        ("2026-13", "impossible date: month 13 is not 1-12"),
        ("soon", "not a date"),
        ("03/04/2026", "ambiguous date: 3 April 2026 (day first) or 4 March 2026 (month first)"),
        ("15/01/26", "write the year in full"),
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
    path = write("e.csv", HEADER + "\ne1,,T,rumours,rumour,Riga,,,,S,,\n")
    category, status = problems_of([path])
    assert category.startswith(f"{path}:2: category: unknown category; allowed: crossing_attempt,")
    assert "(got 'rumours')" in category
    assert status == (
        f"{path}:2: status: unknown status; allowed: confirmed, alleged, disputed, denied "
        "(got 'rumour')"
    )


def test_country_must_be_a_country_not_only_two_letters(write):
    # "XX" used to pass as a code and leave the event unresolved "outside the event's
    # country XX" with a zero exit; Kosovo's XK (not ISO's, but the outlines' code) is a
    # country, and a code in lower case is read in upper case.
    rows = ["e1,,T,other,alleged,Riga,XX,,,S,,", "e2,,T,other,alleged,Pristina,XK,,,S,,"]
    rows += ["e3,,T,other,alleged,Riga,lv,,,S,,", "e4,,T,other,alleged,Riga,LVA,,,S,,"]
    path = write("e.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    assert problems_of([path]) == [
        f"{path}:2: country: no country has this code; give an ISO 3166-1 alpha-2 code "
        "such as LV or BY (got 'XX')",
        f"{path}:5: country: must be an ISO 3166-1 alpha-2 code such as LV or BY (got 'LVA')",
    ]


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
        f"{path}:3: -: not valid UTF-8: save the file as UTF-8; it looks like Windows-1257 "
        "(Baltic) (where it reads 'Krāslava'), which spreadsheets offer as an encoding "
        "when saving (got 'e2 73 6c 61')"
    ]


@pytest.mark.parametrize("content", ["", "  \n\n", "\ufeff", "\u2003\r\n\x1c\t"])
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
    assert row[schema.DATE] == "2026-01-15"  # read as the text written, never as a date
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
    assert problems_of([path]) == [
        f"{path}:1: -: must be a list of events (- id: ...), or a mapping with 'defaults' "
        "and 'events'"
    ]


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
        f"{path}: -: unknown file type: use .csv, .tsv, .xlsx, .ods, .yaml, .yml, .geojson "
        "or .json"
    ]


# --- values read as the text written ---------------------------------------------------


def test_yaml_scalars_are_the_text_written(write):
    path = write(
        "e.yaml",
        """\
- id: 017
  date: 2026-01
  title: 12:30
  category: other
  status: alleged
  place: Oslo
  country: NO
  casualties: 0x1F
  night: on
  weight: 1.50
  lat: 59.9100
  lon: 10.75
  notes: ~
  tags: null
  source_name: 1e3
""",
    )
    row = load_events([path]).iloc[0]
    assert row[schema.ID] == "017"
    assert row[schema.TITLE] == "12:30"
    assert row[schema.COUNTRY_HINT] == "NO"
    assert row[schema.SOURCE_NAME] == "1e3"
    assert (row[schema.LAT], row[schema.LON]) == (59.91, 10.75)
    # Empty, ~ and null mean "no value", as JSON's null does.
    assert row[schema.NOTES] == "" and row[schema.TAGS] == ""
    # Extra fields are carried as written, after the loaded columns, in file order.
    extras = list(row.index[len(LOADED_COLUMNS) :])
    assert extras == ["casualties", "night", "weight"]
    assert (row["casualties"], row["night"], row["weight"]) == ("0x1F", "on", "1.50")


def test_yaml_quoted_values_keep_null_words(write):
    path = write("e.yaml", YAML_OK.replace("title: Vehicles seen", "title: 'null'"))
    assert load_events([path])[schema.TITLE].tolist() == ["null"]


def test_yaml_sources_list_and_columns_are_not_mixed(write):
    path = write("e.yaml", YAML_OK.replace("  tags: [a, b]\n", "  source_name: X\n"))
    assert problems_of([path]) == [
        f"{path}:7: source_name: give the sources either as a 'sources' list or as "
        "source_name, source_url and source_date, not both"
    ]


def test_yaml_source_entry_cannot_hold_the_separator(write):
    path = write("e.yaml", YAML_OK.replace("name: LSM", "name: LSM | Delfi"))
    assert (
        f"{path}:8: sources.name: one source's name cannot contain ' | ': give each source "
        "its own entry (got 'LSM | Delfi')"
    ) in problems_of([path])


def test_geojson_numbers_are_the_text_written(write):
    doc = {"type": "FeatureCollection", "features": [feature(BASE, [26.5, 55.9])]}
    text = json.dumps(doc).replace('"id": "g1"', '"id": 17, "weight": 1.50')
    row = load_events([write("e.geojson", text)]).iloc[0]
    assert (row[schema.ID], row["weight"]) == ("17", "1.50")


@pytest.mark.parametrize(("lat", "refused"), [(55.900004, False), (55.90002, True)])
def test_geojson_lat_lon_properties_must_agree_with_the_point(write, lat, refused):
    # 4e-6 degrees of latitude is about 0.45 m; 2e-5 about 2.2 m.
    doc = {
        "type": "FeatureCollection",
        "features": [feature({**BASE, "lat": lat, "lon": 26.5}, [26.5, 55.9])],
    }
    path = write("e.geojson", json.dumps(doc))
    if refused:
        assert problems_of([path]) == [
            f"{path}:1: lat: disagrees with the geometry's lat 55.9 (about 2.2 m apart): "
            f"keep one of them, or make them agree (got '{lat}')"
        ]
    else:
        assert load_events([path])[schema.LAT].tolist() == [lat]


def test_geojson_reports_every_feature_line(write):
    features = [feature({**BASE, "id": f"g{i}"}, [26.5, 55.9]) for i in range(300)]
    features[250]["properties"]["status"] = "x"
    path = write(
        "e.geojson", json.dumps({"type": "FeatureCollection", "features": features}, indent=1)
    )
    lines = path.read_text().splitlines()
    (found,) = problems_of([path])
    reported = int(found.split(":")[1])
    assert lines[reported - 1] == "  {"
    assert '"g250"' in "".join(lines[reported : reported + 4])


# --- fields that are not bordermap's ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("claimed-by", "claimed_by"),
        ("Claimed By", "claimed_by"),
        ("note", "notes"),
        ("Place", "place"),
    ],
)
def test_misspelt_fields_are_refused_with_a_suggestion(write, written, meant):
    path = write("e.yaml", YAML_OK + f"  {written}: x\n")
    assert problems_of([path]) == [
        f"{path}:13: {written}: unknown field; did you mean {meant!r}? (got {written!r})"
    ]


def test_extra_csv_columns_are_carried_as_text(write):
    path = write(
        "e.csv",
        HEADER + ",casualties,Unit name\n"
        "e1,,T,other,alleged,Riga,,,,S,,,017,3rd brigade\n"
        "e2,,T,other,alleged,Riga,,,,S,,,,\n",
    )
    frame = load_events([path])
    assert list(frame.columns) == [*LOADED_COLUMNS, "casualties", "Unit name"]
    assert frame["casualties"].tolist() == ["017", ""]
    assert frame["Unit name"].tolist() == ["3rd brigade", ""]


def test_extra_fields_of_several_files_line_up(write, good_csv):
    yaml_path = write("e.yaml", YAML_OK + "  unit: 19th brigade\n")
    frame = load_events([good_csv, yaml_path])
    assert frame["unit"].tolist() == ["", "", "19th brigade"]


def test_extra_fields_differing_only_in_case_are_refused(write):
    first = write("a.csv", HEADER + ",Unit\ne1,,T,other,alleged,Riga,,,,S,,,x\n")
    second = write("b.csv", HEADER + ",unit\ne2,,T,other,alleged,Riga,,,,S,,,y\n")
    assert problems_of([first, second]) == [
        f"{second}:2: unit: differs only in case from the field 'Unit' ({first}:2): "
        "spell it the same way everywhere"
    ]


def test_empty_unnamed_columns_are_harmless(write):
    path = write("e.csv", HEADER + ",,\ne1,,T,other,alleged,Riga,,,,S,,,,\n")
    assert list(load_events([path]).columns) == list(LOADED_COLUMNS)


def test_duplicate_json_keys_in_a_source_are_refused(write):
    doc = {"type": "FeatureCollection", "features": [feature(BASE, [26.5, 55.9])]}
    text = json.dumps(doc).replace(
        '"source_name": "Border guard"', '"sources": [{"name": "A", "name": "B"}]'
    )
    assert problems_of([write("e.geojson", text)])[0].endswith(
        ":1: sources.name: key given twice in one source"
    )


# --- the source separator ---------------------------------------------------------------


def test_sources_split_only_on_spaced_pipes(write):
    path = write(
        "e.csv",
        HEADER + "\ne1,,T,other,alleged,Riga,,,,"
        "Reuters|Europe | LSM,https://a.example/?q=1|2&x=3 | https://b.example/,\n",
    )
    row = load_events([path]).iloc[0]
    sources = split_sources(row[schema.SOURCE_URL], row[schema.SOURCE_NAME], "")
    assert [(s.name, s.url) for s in sources] == [
        ("Reuters|Europe", "https://a.example/?q=1|2&x=3"),
        ("LSM", "https://b.example/"),
    ]


def test_trailing_separator_with_trimmed_space_still_leaves_an_empty_slot():
    sources = split_sources("https://a.example |", "A | B", "")
    assert [(s.name, s.url) for s in sources] == [("A", "https://a.example"), ("B", "")]


# --- where an event came from -----------------------------------------------------------


def test_source_file_is_relative_to_the_base_with_forward_slashes(tmp_path, write):
    (tmp_path / "data").mkdir()
    path = write("data/e.csv", HEADER + "\ne1,,T,other,alleged,Riga,,,,S,,\n")
    (tmp_path / "maps").mkdir()
    frame = load_events([path], base=tmp_path / "maps")
    assert frame[schema.SOURCE_FILE].tolist() == ["../data/e.csv"]


def test_source_file_defaults_to_the_working_directory(tmp_path, write, monkeypatch):
    path = write("e.csv", HEADER + "\ne1,,T,other,alleged,Riga,,,,S,,\n")
    monkeypatch.chdir(tmp_path)
    assert load_events([path])[schema.SOURCE_FILE].tolist() == ["e.csv"]


def test_messages_still_name_the_file_as_given(tmp_path, write, monkeypatch):
    path = write("e.csv", HEADER + "\ne1,,T,other,bad,Riga,,,,S,,\n")
    monkeypatch.chdir(tmp_path)
    (found,) = problems_of([path])
    assert found.startswith(f"{path}:2: status:")


@pytest.mark.parametrize("text", ["5_6.1", "nan", "inf", "٥٦", "0x1F"])
def test_coordinates_are_plain_decimal_numbers(write, text):
    path = write("e.csv", HEADER + f"\ne1,,T,other,alleged,X,,{text},20,S,,\n")
    assert problems_of([path]) == [f"{path}:2: lat: not a number (got {text!r})"]


def test_only_repeated_ids_are_duplicates_not_repeated_empty_ones(write):
    # Ids all different: nothing. Two empty ids and one id twice: only the repeat is a
    # duplicate (the empty ones are whatever an empty id is, never each other's twin).
    rows = [f"e{i},,T,other,alleged,Riga,,,,S,," for i in range(1, 6)]
    assert len(load_events([write("a.csv", HEADER + "\n" + "\n".join(rows) + "\n")])) == 5
    rows += [",,T,other,alleged,Riga,,,,S,,", ",,T,other,alleged,Riga,,,,S,,"]
    rows += ["e3,,T,other,alleged,Riga,,,,S,,"]
    path = write("b.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    duplicates = [p for p in problems_of([path]) if "duplicate id" in p]
    assert duplicates == [f"{path}:9: id: duplicate id, first used at {path}:4 (got 'e3')"]
