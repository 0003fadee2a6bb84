"""``bordermap map`` and ``build`` on real files: exit codes, outputs, reproducibility."""

from __future__ import annotations

import subprocess
import sys

from bordermap.maps.cli import main
from tests.sample import HEADER, REPO

LATVIA_BELARUS = REPO / "maps" / "latvia-belarus.toml"
EU_BELARUS = REPO / "maps" / "eu-belarus-border.toml"


def test_build_writes_the_recipe_map_and_a_second_build_is_byte_identical(tmp_path, capsys):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    assert main(["build", str(LATVIA_BELARUS), "-o", str(first)]) == 0
    assert main(["build", str(LATVIA_BELARUS), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    err = capsys.readouterr().err
    assert f"wrote {first}" in err and "19 event(s) on the map, 0 not placed" in err
    page = first.read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link " not in page


def test_build_defaults_to_build_folder_named_after_each_recipe(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["-q", "build", str(LATVIA_BELARUS), str(EU_BELARUS)]) == 0
    assert (tmp_path / "build" / "latvia-belarus.html").is_file()
    assert (tmp_path / "build" / "eu-belarus-border.html").is_file()


def test_bad_recipe_exits_2_naming_file_and_key_and_writes_nothing(tmp_path):
    recipe = tmp_path / "bad.toml"
    recipe.write_text('title = "T"\n[layers.event]\ncluster = true\n', encoding="utf-8")
    out = tmp_path / "out.html"
    result = subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", "build", str(recipe), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert f"{recipe}: layers.event: unknown key; valid keys of [layers] are" in result.stderr
    assert not out.exists()


def test_every_recipe_is_checked_before_any_map_is_built(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "T"\ncolour = "red"\n', encoding="utf-8")
    assert main(["build", str(LATVIA_BELARUS), str(bad)]) == 2
    assert not (tmp_path / "build").exists()
    assert "colour: unknown key" in capsys.readouterr().err


def test_recipe_geocoder_table_is_checked_by_the_geocoder_settings(tmp_path, write, capsys):
    recipe = write("r.toml", 'title = "T"\n[geocoder]\ngeocoder = "nominatim"\nspeed = 9\n')
    assert main(["build", str(recipe), "-o", str(tmp_path / "x.html")]) == 2
    assert f"{recipe} [geocoder]: speed: unknown key" in capsys.readouterr().err


def test_bad_events_file_exits_2_with_file_and_line(tmp_path, write, capsys):
    events = write("events.csv", HEADER + "\ne1,2026-13-01,T,other,alleged,Riga,,,,S,,\n")
    recipe = write("r.toml", 'title = "T"\nevents = ["events.csv"]\n')
    out = tmp_path / "out.html"
    assert main(["build", str(recipe), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{events}:2: date:" in err
    assert not out.exists()


def test_output_option_takes_one_recipe(tmp_path, capsys):
    args = ["build", str(LATVIA_BELARUS), str(LATVIA_BELARUS), "-o", str(tmp_path / "x.html")]
    assert main(args) == 2
    assert "-o/--output takes a single recipe" in capsys.readouterr().err


def test_quick_map_draws_events_and_lists_the_ones_it_cannot_place(good_csv, write, capsys):
    unknown = write("unknown.csv", HEADER + "\nu1,2026-01-02,Lost,other,alleged,Xyzzyqwv,,,,S,,\n")
    out = good_csv.parent / "quick.html"
    assert main(["map", str(good_csv), str(unknown), "-o", str(out), "--title", "Quick"]) == 0
    err = capsys.readouterr().err
    assert f"{unknown}:2: place: unresolved: " in err and "(got 'Xyzzyqwv')" in err
    assert "2 event(s) on the map, 1 not placed (listed in its legend)" in err
    page = out.read_text(encoding="utf-8")
    assert "<title>Quick</title>" in page
    assert "Xyzzyqwv" in page  # listed in the legend, not silently dropped


def test_quick_map_with_bad_events_exits_2(write, tmp_path, capsys):
    bad = write("bad.csv", HEADER + "\ne1,,T,no_such_category,alleged,Riga,,,,S,,\n")
    assert main(["map", str(bad), "-o", str(tmp_path / "m.html")]) == 2
    assert f"{bad}:2: category:" in capsys.readouterr().err
    assert not (tmp_path / "m.html").exists()


def test_a_sheet_of_date_place_text_and_link_becomes_a_map_with_one_mapping(write, capsys):
    sheet = write(
        "incidents.csv",
        "Date;Location;What was reported;Source link\n"
        "15/01/2026;Krāslava;Drone seen over the town;https://t.me/x\n"
        "16 Jan 2026;Vitebsk region;Troops moved;https://www.lsm.lv/a\n"
        "January 2026;Latvia–Belarus border;Migrants pushed back;https://delfi.lv/b\n",
    )
    out = sheet.parent / "incidents.html"
    argv = ["map", str(sheet), "-o", str(out), "--columns", "What was reported=title"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "note: " in err and "3 event(s) on the map, 0 not placed" in err
    page = out.read_text(encoding="utf-8")
    assert "Drone seen over the town" in page and "lsm.lv" in page


def test_map_to_standard_output(good_csv, capsys):
    assert main(["map", str(good_csv), "-o", "-", "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("<!DOCTYPE html>") and captured.err == ""
