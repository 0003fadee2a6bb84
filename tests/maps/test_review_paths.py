"""Review lines name the event file as the user can open it from where they ran."""

from __future__ import annotations

from bordermap.maps.cli import main
from tests.sample import HEADER

ROW = "e1,2026-01-15,Fence,border_infrastructure,confirmed,Nowhereville,LV,,,LSM,https://example.org/a,"


def test_a_recipes_unplaced_event_is_named_relative_to_the_working_directory(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "maps" / "ev").mkdir(parents=True)
    (tmp_path / "maps" / "ev" / "events.csv").write_text(f"{HEADER}\n{ROW}\n", "utf-8")
    (tmp_path / "maps" / "r.toml").write_text(
        'title = "r"\nevents = ["ev/events.csv"]\n[region]\ncountries = ["LV"]\n', "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build", "maps/r.toml", "-o", "out.html", "--offline"]) == 0
    assert main(["report", "maps/r.toml", "-o", "rep", "--offline"]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "Nowhereville" in line]
    assert len(lines) == 2
    assert all(line.startswith("maps/ev/events.csv:2: place: unresolved") for line in lines)
