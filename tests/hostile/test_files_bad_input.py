"""Hostile and malformed event files through the CLI: one clear line each, nothing written.

Every case is a file an analyst could be handed.  ``bordermap resolve`` must answer
with ``FILE:LINE: field: message``, exit 2, print no traceback and write no output;
``bordermap validate`` must list the same problem.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from bordermap.geo.events import yaml_text
from bordermap.geo.events.loading import load_events
from bordermap.maps.cli import main
from tests.sample import HEADER

#: One valid YAML event; line numbers below count from its first line.
YAML_EVENT = """\
- id: y1
  date: 2026-01-15
  reported: 2026-01-17
  title: Vehicles seen
  category: military_security
  status: alleged
  place: Vitebsk region
  sources:
    - name: BLiTZ
      date: 2026-01-17
"""

CSV_ROW = "e1,2026-01-15,T,other,alleged,Riga,,,,S,,"

ACLED_HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,location,source,latitude,longitude"
)


def _geojson(properties: dict, coordinates: list | None = (26.5, 55.9), raw: str = "") -> str:
    base = {
        "id": "g1",
        "date": "2026-01-05",
        "title": "Crossing",
        "category": "crossing_attempt",
        "status": "confirmed",
        "source_name": "Border guard",
    }
    geometry = None if coordinates is None else {"type": "Point", "coordinates": coordinates}
    feature = {"type": "Feature", "properties": {**base, **properties}, "geometry": geometry}
    text = json.dumps({"type": "FeatureCollection", "features": [feature]}, indent=1)
    return text.replace('"id": "g1"', raw + '"id": "g1"') if raw else text


def _deep_yaml(levels: int) -> str:
    return "- id: y1\n  title: " + "[" * levels + "x" + "]" * levels + "\n"


#: (case, file name, content, expected line after "FILE:")
CASES = [
    (
        "yaml-impossible-day",
        "e.yaml",
        YAML_EVENT.replace("date: 2026-01-15", "date: 2026-02-30"),
        "2: date: impossible date: day is out of range for month (got '2026-02-30')",
    ),
    (
        "yaml-impossible-month",
        "e.yaml",
        YAML_EVENT.replace("date: 2026-01-15", "date: 2026-13-01"),
        "2: date: impossible date: month must be in 1..12 (got '2026-13-01')",
    ),
    (
        "yaml-zero-date",
        "e.yaml",
        YAML_EVENT.replace("date: 2026-01-15", "date: 0000-00-00"),
        "2: date: year 0 is outside the years bordermap accepts, 1900-2100 (got '0000-00-00')",
    ),
    (
        "yaml-impossible-reported",
        "e.yaml",
        YAML_EVENT.replace("reported: 2026-01-17", "reported: 2026-02-30"),
        "3: reported: impossible date: day is out of range for month (got '2026-02-30')",
    ),
    (
        "yaml-impossible-source-date",
        "e.yaml",
        YAML_EVENT.replace("      date: 2026-01-17", "      date: 2026-02-30"),
        "8: source_date: impossible date: day is out of range for month (got '2026-02-30')",
    ),
    (
        "far-future-month",
        "e.csv",
        HEADER + "\n" + CSV_ROW.replace("2026-01-15", "9999-12") + "\n",
        "2: date: year 9999 is outside the years bordermap accepts, 1900-2100 (got '9999-12')",
    ),
    (
        "billion-laughs",
        "e.yaml",
        '- id: &a ["lol", "lol", "lol"]\n  title: &b [*a, *a, *a]\n  notes: [*b, *b, *b]\n',
        "1: -: YAML anchors and aliases are not accepted (found 'a'): write each value out",
    ),
    (
        "yaml-alias-only",
        "e.yaml",
        YAML_EVENT + "- id: *undefined\n",
        "11: -: YAML anchors and aliases are not accepted (found 'undefined'): "
        "write each value out",
    ),
    (
        "yaml-deep-nesting",
        "e.yaml",
        _deep_yaml(5000),
        "2: -: nested deeper than 6 levels: an event file is a list of events whose fields "
        "are text, lists of text or a sources list",
    ),
    (
        "yaml-nesting-beyond-an-event",
        "e.yaml",
        _deep_yaml(20),
        "2: -: nested deeper than 6 levels: an event file is a list of events whose fields "
        "are text, lists of text or a sources list",
    ),
    (
        "yaml-python-tag",
        "e.yaml",
        YAML_EVENT.replace("title: Vehicles seen", "title: !!python/object/apply:os.system [id]"),
        "4: -: YAML tags such as 'tag:yaml.org,2002:python/object/apply:os.system' are not "
        "accepted: write the value as text",
    ),
    (
        "yaml-duplicate-key",
        "e.yaml",
        YAML_EVENT.replace("  place: Vitebsk region\n", "  place: Vitebsk region\n  title: T\n"),
        "8: title: key given twice in one mapping, first at line 4",
    ),
    (
        "yaml-near-miss-key",
        "e.yaml",
        YAML_EVENT + "  claimed-by: Latvian MoD\n",
        "11: claimed-by: unknown field; did you mean 'claimed_by'? (got 'claimed-by')",
    ),
    (
        "csv-near-miss-column",
        "e.csv",
        HEADER.replace("source_url", "source url") + "\n" + CSV_ROW + "\n",
        "1: source url: unknown field; did you mean 'source_url'? (got 'source url')",
    ),
    (
        "csv-spaced-capitals",
        "e.csv",
        HEADER + ",Claimed By\n" + CSV_ROW + ",X\n",
        "1: Claimed By: unknown field; did you mean 'claimed_by'? (got 'Claimed By')",
    ),
    (
        "csv-duplicate-header",
        "e.csv",
        HEADER + ",title\n" + CSV_ROW + ",T2\n",
        "1: title: column named twice in the header: one of them would be lost; "
        "rename or delete one",
    ),
    (
        "csv-computed-column",
        "e.csv",
        HEADER + ",border\n" + CSV_ROW + ",BY-LV\n",
        "1: border: bordermap computes this column itself, so an event file cannot give it; "
        "rename the field to keep its values (an output of bordermap is not an event file) "
        "(got 'border')",
    ),
    (
        "csv-geopackage-name",
        "e.csv",
        HEADER + ",FID\n" + CSV_ROW + ",7\n",
        "1: FID: GeoPackage exports keep this name for their own column; rename the field "
        "(got 'FID')",
    ),
    (
        "csv-unnamed-column-with-values",
        "e.csv",
        HEADER + ",\n" + CSV_ROW + ",lost?\n",
        "2: column 13: column has no name in the header: name it so its values are kept "
        "(got 'lost?')",
    ),
    (
        "json-duplicate-property",
        "e.geojson",
        _geojson({}, raw='"title": "first", '),
        "4: title: key given twice: one would be lost",
    ),
    (
        "json-duplicate-coordinates",
        "e.geojson",
        _geojson({}).replace('"type": "Point",', '"coordinates": [0, 0], "type": "Point",'),
        "4: geometry: key given twice in the geometry (got 'coordinates')",
    ),
    (
        "geojson-lat-disagrees",
        "e.geojson",
        _geojson({"lat": 9.05, "lon": 26.5}),
        "4: lat: disagrees with the geometry's lat 55.9 (about 5,215.3 km apart): "
        "keep one of them, or make them agree (got '9.05')",
    ),
    (
        "geojson-text-coordinates",
        "e.geojson",
        _geojson({}, coordinates=["26.5", "55.9"]),
        "4: geometry: coordinates must be numbers [lon, lat] (got \"['26.5', '55.9']\")",
    ),
    (
        "json-nested-too-deeply",
        "e.geojson",
        '{"type": "FeatureCollection", "features": [' + "[" * 100_000 + "]" * 100_000 + "]}",
        " -: JSON nested too deeply to be an event file",
    ),
    (
        "yaml-value-under-empty-key",
        "e.yaml",
        YAML_EVENT + '  "": hidden\n',
        "11: -: a value has an empty key (got 'hidden')",
    ),
    (
        "acled-year-9999",
        "acled.csv",
        ACLED_HEADER + "\nLVA1,9999-12-31,2,Protests,Riga,LSM,56.95,24.1\n",
        "2: event_date: year 9999 is outside the years bordermap accepts, 1900-2100 "
        "(got '9999-12-31')",
    ),
    (
        "acled-year-1",
        "acled.csv",
        ACLED_HEADER + "\nLVA1,0001-01-01,2,Protests,Riga,LSM,56.95,24.1\n",
        "2: event_date: year 1 is outside the years bordermap accepts, 1900-2100 "
        "(got '0001-01-01')",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_resolve_refuses_with_file_line_field_and_writes_nothing(
    tmp_path, capsys, name, content, expected
):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    out = tmp_path / "out.geojson"

    status = main(["-q", "resolve", str(path), "-o", str(out), "--offline", "--no-cache"])

    err = capsys.readouterr().err
    assert status == 2
    assert f"{path}:{expected}" in err.splitlines(), err
    assert "Traceback" not in err
    assert err.splitlines()[-1].endswith("nothing was written")
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize(
    ("name", "content", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_validate_lists_the_same_problem(tmp_path, capsys, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    assert main(["validate", str(path)]) == 2
    assert f"{path}:{expected}" in capsys.readouterr().err.splitlines()


YAML_CASES = [c for c in CASES if c[1].endswith(".yaml")]


@pytest.mark.parametrize(
    ("name", "content", "expected"), [c[1:] for c in YAML_CASES], ids=[c[0] for c in YAML_CASES]
)
def test_pure_python_loader_refuses_the_same(
    tmp_path, capsys, monkeypatch, name, content, expected
):
    # libyaml parses when PyYAML has it; the SafeLoader subclass must answer the same.
    monkeypatch.setattr(yaml_text, "_LOADER", yaml_text.TextLoader)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert f"{path}:{expected}" in capsys.readouterr().err.splitlines()


def test_both_loaders_read_the_same_text(tmp_path, monkeypatch):
    path = tmp_path / "e.yaml"
    path.write_text(
        YAML_EVENT + "  casualties: 0x1F\n  night: on\n  notes: ~\n  unit: 'null'\n",
        encoding="utf-8",
    )
    fast = load_events([path])
    monkeypatch.setattr(yaml_text, "_LOADER", yaml_text.TextLoader)
    pd.testing.assert_frame_equal(load_events([path]), fast)
    assert (fast["casualties"][0], fast["night"][0], fast["unit"][0]) == ("0x1F", "on", "null")
    assert fast["notes"][0] == ""
