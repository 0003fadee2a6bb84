"""``bordermap geocode`` as a user runs it: queries, JSON lines, a CSV column."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bordermap.maps.cli import main


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # `bordermap geocode ... | head -1`: far more output than a pipe holds, and the
    # reader closes it after one line.
    process = subprocess.Popen(
        [sys.executable, "-m", "bordermap.maps.cli", "geocode", "--explain", *["Vilnius"] * 2000],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"Vilnius -> ")
    process.stdout.close()
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert "Traceback" not in errors, errors
    assert "Error" not in errors, errors


def test_real_process_prints_one_json_object_per_query() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bordermap.maps.cli",
            "geocode",
            "--json",
            "Віцебск",
            "Latvia–Belarus border",
            "Xqzzyt Blorf",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["query"] for d in lines] == ["Віцебск", "Latvia–Belarus border", "Xqzzyt Blorf"]
    assert [d["status"] for d in lines] == ["resolved", "resolved", "unresolved"]
    assert (lines[0]["name"], lines[0]["country"], lines[0]["precision"]) == (
        "Vitebsk",
        "BY",
        "settlement",
    )
    assert lines[1]["precision"] == "border"
    assert lines[1]["geometry"]["type"] in ("LineString", "MultiLineString")
    assert lines[2]["geometry"] is None
    # Unresolved places are reported on stderr, and do not change the exit status.
    assert "unresolved place 'Xqzzyt Blorf'" in result.stderr


def test_country_option_disambiguates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "--json", "Brest"]) == 0
    ambiguous = json.loads(capsys.readouterr().out)
    assert ambiguous["status"] == "ambiguous"
    assert {c["country"] for c in ambiguous["candidates"]} >= {"BY", "FR"}
    assert main(["geocode", "--json", "--country", "BY", "Brest"]) == 0
    resolved = json.loads(capsys.readouterr().out)
    assert (resolved["status"], resolved["country"]) == ("resolved", "BY")


def test_plain_output_is_one_readable_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "near Krāslava", "Vitebsk region"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("near Krāslava -> Krāslava (LV, LV-047) [near, ±25 km")
    assert lines[1].startswith("Vitebsk region -> Vitebsk (BY, BY-VI) [region")


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_csv_column_is_geocoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(
        tmp_path / "in.csv",
        [
            ["id", "place", "country"],
            ["a", "Dvinsk", "LV"],
            ["b", "Brest", "FR"],
            ["c", "Xqzzyt", ""],
            ["d", "Dvinsk", "LV"],
        ],
    )
    out = tmp_path / "out.csv"
    code = main(
        [
            "geocode",
            "--input",
            str(source),
            "--column",
            "place",
            "--country-column",
            "country",
            "--output",
            str(out),
        ]
    )
    assert code == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["a", "b", "c", "d"]  # nothing dropped
    assert [r["resolve_status"] for r in rows] == [
        "resolved",
        "resolved",
        "unresolved",
        "resolved",
    ]
    assert (rows[0]["resolved_name"], rows[0]["country_code"]) == ("Daugavpils", "LV")
    assert rows[1]["country_code"] == "FR"
    assert rows[0]["extent"].startswith("POINT")
    err = capsys.readouterr().err
    assert f"{source}:4: place: unresolved place 'Xqzzyt'" in err


def test_missing_column_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_csv(tmp_path / "in.csv", [["id", "where"], ["a", "Riga"]])
    out = tmp_path / "out.csv"
    args = ["geocode", "--input", str(source), "--column", "place", "--output", str(out)]
    assert main(args) == 2
    assert "place: no such column" in capsys.readouterr().err
    assert not out.exists()


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["geocode", "--input", str(tmp_path / "absent.csv"), "--column", "p", "--output", "o"]
    assert main(args) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_result_columns_already_present_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_csv(tmp_path / "in.csv", [["place", "precision"], ["Riga", "x"]])
    args = ["geocode", "--input", str(source), "--column", "place", "--output", "o.csv"]
    assert main(args) == 2
    assert "already has result columns" in capsys.readouterr().err


def test_no_query_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode"]) == 2
    assert "give at least one place text" in capsys.readouterr().err


def test_explain_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "--explain", "--country", "FI", "Vyborg"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].startswith("Vyborg -> unresolved (found only outside")
    assert "    read as name name='Vyborg'" in lines
    assert any("key 'vyborg' as settlement/crossing: 1 found" in line for line in lines)
    assert any(line.strip().startswith("refused: found only outside") for line in lines)
    assert lines[-1].strip().startswith("=> unresolved")
    assert "outside the event's country FI" in captured.err


def test_explain_in_json_and_a_coarsened_answer(capsys: pytest.CaptureFixture[str]) -> None:
    query = "the village of Xqzzy in Vitebsk Oblast"
    assert main(["geocode", "--json", "--explain", query]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["status"], data["precision"], data["coarsened"]) == ("resolved", "region", True)
    assert "Xqzzy" in data["note"]
    assert data["explain"][-1].startswith("=> resolved: Vitebsk")
    assert any("coarsened" in line for line in data["explain"])


def test_explain_needs_query_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write_csv(tmp_path / "in.csv", [["place"], ["Riga"]])
    args = ["geocode", "--explain", "--input", str(source), "--column", "place"]
    assert main([*args, "--output", str(tmp_path / "o.csv")]) == 2
    assert "--explain works on QUERY texts only" in capsys.readouterr().err


def test_csv_output_carries_coarsened_and_note(tmp_path: Path) -> None:
    source = _write_csv(
        tmp_path / "in.csv", [["place"], ["the village of Xqzzy in Vitebsk Oblast"], ["Riga"]]
    )
    out = tmp_path / "out.csv"
    args = ["geocode", "--input", str(source), "--column", "place", "--output", str(out)]
    assert main(args) == 0
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert (rows[0]["coarsened"], rows[1]["coarsened"]) == ("yes", "")
    assert "Xqzzy" in rows[0]["note"]
