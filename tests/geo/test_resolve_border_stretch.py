"""resolve_events: a stretch of a border in a named region keeps that region.

"The border areas of Dajabón" or "Arizona's border with Mexico" resolve to the border
line where it bounds one admin-1 unit.  The join used to clear the admin-1 columns of
every border answer (a line belongs to both countries); a stretch named by its region
is on that region's side, unless the event's country hint names the other side.
"""

from __future__ import annotations

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events
from tests.sample import HEADER


def _resolved(write, rows: list[tuple[str, str, str]]):
    lines = [f"{ident},,Gate,other,alleged,{place},{hint},,,S,," for ident, place, hint in rows]
    path = write("e.csv", HEADER + "\n" + "\n".join(lines) + "\n")
    return resolve_events(load_events([path])).events.set_index(schema.ID)


def test_a_regions_stretch_keeps_its_region_and_side(write) -> None:
    events = _resolved(
        write,
        [
            ("do", "las áreas fronterizas de Dajabón", "DO"),
            ("az", "on Arizona's southern border with Mexico", ""),
        ],
    )
    assert events.loc["do", schema.PRECISION] == "border"
    assert events.loc["do", schema.COUNTRY] == "DO"
    assert events.loc["do", schema.ADMIN1_CODE] == "DO-05"
    assert events.loc["do", schema.ADMIN1] != ""
    assert events.loc["az", schema.BORDER] == "MX-US"
    assert events.loc["az", schema.COUNTRY] == "US"
    assert events.loc["az", schema.ADMIN1_CODE] == "US-AZ"
    assert events.loc["az", schema.ADMIN1] == "Arizona"


def test_a_hint_of_the_other_side_drops_the_region(write) -> None:
    events = _resolved(write, [("mx", "on Arizona's southern border with Mexico", "MX")])
    assert events.loc["mx", schema.COUNTRY] == "MX"
    assert events.loc["mx", schema.ADMIN1_CODE] == ""


def test_a_whole_border_has_no_side_without_a_hint(write) -> None:
    events = _resolved(write, [("lv", "the Latvia–Belarus border", "")])
    assert events.loc["lv", schema.BORDER] == "BY-LV"
    assert events.loc["lv", schema.COUNTRY] == ""
    assert events.loc["lv", schema.ADMIN1_CODE] == ""
