"""``--compact-threshold`` on ``map`` and ``build``, and the recipe key behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.maps.cli import main
from bordermap.maps.recipe import load_recipe
from tests.sample import HEADER, REPO

LATVIA_BELARUS = REPO / "maps" / "latvia-belarus.toml"
NOTE = "events drawn in compact mode: zoom in for details"


def events_csv(write, count: int = 3) -> Path:
    """Write ``count`` events placed by coordinates (points) near Daugavpils."""
    rows = [
        f"e{i},2026-01-0{1 + i % 9},Event {i},other,alleged,,,55.{870 + i},26.{530 + i},S,,"
        for i in range(count)
    ]
    return write("events.csv", HEADER + "\n" + "\n".join(rows) + "\n")


def test_map_switches_to_compact_mode_above_the_threshold_only(tmp_path, write):
    events = events_csv(write)
    compact, plain = tmp_path / "compact.html", tmp_path / "plain.html"
    assert main(["-q", "map", str(events), "-o", str(compact), "--compact-threshold", "2"]) == 0
    assert main(["-q", "map", str(events), "-o", str(plain), "--compact-threshold", "3"]) == 0
    assert NOTE in compact.read_text(encoding="utf-8")
    assert NOTE not in plain.read_text(encoding="utf-8")


def test_recipe_sets_the_threshold_and_the_command_line_wins(tmp_path, write):
    events_csv(write)
    recipe = write(
        "r.toml", 'title = "T"\nevents = ["events.csv"]\n[layers.events]\ncompact_threshold = 0\n'
    )
    assert load_recipe(recipe).events_layer.compact_threshold == 0
    out = tmp_path / "r.html"
    assert main(["-q", "build", str(recipe), "-o", str(out)]) == 0
    assert NOTE in out.read_text(encoding="utf-8")
    assert main(["-q", "build", str(recipe), "-o", str(out), "--compact-threshold", "100"]) == 0
    assert NOTE not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("value", ["-1", "1.5", "true", '"many"'])
def test_bad_recipe_threshold_exits_2_naming_the_key(tmp_path, write, capsys, value):
    recipe = write("bad.toml", f'title = "T"\n[layers.events]\ncompact_threshold = {value}\n')
    assert main(["build", str(recipe), "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert f"{recipe}: layers.events.compact_threshold: must be a whole number" in err


def test_bad_command_line_threshold_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit, match="2"):
        main(["build", str(LATVIA_BELARUS), "--compact-threshold", "-5"])
    assert "must be a whole number of events, 0 or more (got '-5')" in capsys.readouterr().err
