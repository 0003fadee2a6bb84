"""What bordermap writes from hostile event files: formulas stay text, nothing is lost.

Every CSV is opened in a spreadsheet sooner or later, so a cell that would run as a
formula is written with a leading quote (numbers stay numbers); fields bordermap
does not know ride through to the outputs; paths say nothing of the machine.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

from bordermap.geo import schema
from bordermap.geo.events.writers import review_to_csv
from bordermap.maps.cli import main
from tests.sample import HEADER

PAYLOADS = ("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1")


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_review_csv_neutralises_every_payload():
    review = pd.DataFrame(
        {
            schema.SOURCE_FILE: ["e.csv"] * len(PAYLOADS),
            schema.SOURCE_LINE: range(2, 2 + len(PAYLOADS)),
            schema.PLACE: list(PAYLOADS),
        }
    )
    rows = _rows(review_to_csv(review))
    assert [r[2] for r in rows[1:]] == ["'" + p for p in PAYLOADS]
    assert [r[1] for r in rows[1:]] == [str(n) for n in range(2, 2 + len(PAYLOADS))]


def test_geocode_output_csv_neutralises_the_input_and_keeps_coordinates(tmp_path, capsys):
    places = tmp_path / "places.csv"
    places.write_text(
        'place,remark,elevation\nRiga,"=HYPERLINK(""http://evil.example"")",-2.5\n'
        "@Daugavpils,+cmd,+3\n",
        encoding="utf-8",
    )
    out = tmp_path / "geocoded.csv"
    status = main(
        ["-q", "geocode", "--input", str(places), "--column", "place", "--output", str(out)]
    )
    assert status == 0, capsys.readouterr().err
    rows = _rows(out.read_text(encoding="utf-8"))
    header = rows[0]
    riga, daugavpils = (dict(zip(header, row, strict=True)) for row in rows[1:])
    assert riga["remark"] == '\'=HYPERLINK("http://evil.example")'
    assert (riga["elevation"], daugavpils["elevation"]) == ("-2.5", "+3")
    assert daugavpils["place"] == "'@Daugavpils" and daugavpils["remark"] == "'+cmd"
    # Coordinates found for Riga are numbers, east of Greenwich, north of the equator.
    assert 56 < float(riga["resolved_lat"]) < 57 and 23 < float(riga["resolved_lon"]) < 25


def test_extra_fields_reach_the_resolved_geojson_and_review(tmp_path, capsys, monkeypatch):
    events = tmp_path / "events.csv"
    events.write_text(
        HEADER + ",casualties,Unit name\n"
        "e1,2026-01-05,T,other,alleged,Riga,LV,,,S,,,017,=1+1\n"
        "e2,2026-01-05,T,other,alleged,Qwxzzy Plkjh,,,,S,,,,\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["-q", "resolve", "events.csv", "-o", "out/events.geojson", "--offline"]) == 0
    doc = json.loads((tmp_path / "out" / "events.geojson").read_text(encoding="utf-8"))
    first, second = (f["properties"] for f in doc["features"])
    assert (first["casualties"], first["Unit name"]) == ("017", "=1+1")  # JSON is not a sheet
    assert (second["casualties"], second["Unit name"]) == ("", "")
    assert first[schema.SOURCE_FILE] == "events.csv"
    review = _rows((tmp_path / "out" / "events.geojson.review.csv").read_text(encoding="utf-8"))
    assert review[1][:3] == ["events.csv", "3", "e2"]


def _project(root):
    (root / "data").mkdir(parents=True)
    (root / "maps").mkdir()
    (root / "data" / "events.csv").write_text(
        HEADER + ",unit\n"
        "e1,2026-01-05,=cmd,other,alleged,Riga,LV,,,S | =T,,,@unit\n"
        "e2,9999,T,other,alleged,Riga,LV,,,S,,,\n",
        encoding="utf-8",
    )
    recipe = root / "maps" / "t.toml"
    recipe.write_text(
        'title = "T"\nevents = ["../data/events.csv"]\n[region]\ncountries = ["LV"]\n',
        encoding="utf-8",
    )
    return recipe


def test_report_refuses_a_far_future_date_and_writes_nothing(tmp_path, capsys):
    recipe = _project(tmp_path)
    status = main(["-q", "report", str(recipe), "-o", str(tmp_path / "out"), "--offline"])
    err = capsys.readouterr().err
    assert status == 2
    assert (
        f"{tmp_path / 'data' / 'events.csv'}:3: date: year 9999 is outside the years "
        "bordermap accepts, 1900-2100 (got '9999')"
    ) in err.splitlines()
    assert not (tmp_path / "out").exists()


def test_report_tables_are_the_same_bytes_in_any_folder(tmp_path, capsys):
    tables = []
    for name in ("one", "two/levels"):
        recipe = _project(tmp_path / name)
        events = recipe.parent.parent / "data" / "events.csv"
        events.write_text(events.read_text(encoding="utf-8").replace("9999", "2026-02"))
        out = tmp_path / name / "report"
        status = main(["-q", "report", str(recipe), "-o", str(out), "--offline", "--dpi", "50"])
        assert status == 0, capsys.readouterr().err
        tables.append({p.name: p.read_bytes() for p in (out / "tables").glob("*.csv")})
    assert tables[0] == tables[1]
    events = _rows(tables[0]["events.csv"].decode("utf-8"))
    row = dict(zip(events[0], events[1], strict=True))
    assert row[schema.SOURCE_FILE] == "../data/events.csv"
    assert (row[schema.TITLE], row["unit"], row[schema.SOURCE_NAME]) == (
        "'=cmd",
        "'@unit",
        "S | =T",
    )
    months = _rows(tables[0]["by_month.csv"].decode("utf-8"))
    assert [r[0] for r in months[1:]] == ["2026-01", "2026-02"]
