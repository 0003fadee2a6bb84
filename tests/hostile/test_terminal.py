"""Control characters in event text or answers are shown escaped, never obeyed."""

from __future__ import annotations

import json

from bordermap.maps.cli import main
from bordermap.maps.commands.terminal import printable
from tests.sample import HEADER

ESCAPES = "\x1b[2J\x1b]0;owned\x07\rFAKE\u202egnp.exe\x9b31m"


def test_printable_escapes_controls_and_keeps_text_and_newlines():
    assert printable("Krāslava\tLV\n") == "Krāslava\tLV\n"
    assert printable(ESCAPES) == (
        "\\u001b[2J\\u001b]0;owned\\u0007\\u000dFAKE\\u202egnp.exe\\u009b31m"
    )


def test_plain_geocode_output_shows_escapes_instead_of_obeying_them(capsys):
    assert main(["geocode", f"Nowhere{ESCAPES}"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Nowhere\\u001b[2J\\u001b]0;owned")
    assert not any(ch in out for ch in "\x1b\x07\r\u202e\x9b")


def test_resolve_keeps_every_character_in_the_data(tmp_path, capsys):
    events = tmp_path / "events.csv"
    place = f"Nowhere{ESCAPES}"
    events.write_text(
        HEADER + "\n"
        f'e1,2026-01-15,Fence,border_infrastructure,confirmed,"{place}",LV,,,'
        "LSM,https://example.org/a,2026-01-16\n",
        encoding="utf-8",
    )
    assert main(["resolve", str(events), "-o", str(tmp_path / "out.geojson")]) == 0
    err = capsys.readouterr().err
    assert not any(ch in err for ch in "\x1b\x07\r\u202e\x9b")
    out = json.loads((tmp_path / "out.geojson").read_text("utf-8"))
    assert out["features"][0]["properties"]["place"] == place


def test_json_output_stays_valid_json_with_the_same_values(capsys):
    query = "Daugavpils\u202e\x9b"
    assert main(["geocode", "--json", query]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\x9b" not in out
    assert json.loads(out)["query"] == query
