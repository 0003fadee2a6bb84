"""resolve_events: a crossing, or a district drawn at its seat, on the hinted side.

A crossing's point lies on (or a few hundred metres from) the line between its two
countries, on either side as the generalised lines fall; a district whose seat is a
border town is drawn around that point.  The event's country hint says which side.
"""

from __future__ import annotations

import pytest

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events
from tests.sample import HEADER


def _resolved(write, rows: list[tuple[str, str, str]]):
    lines = [f"{ident},,Gate,other,alleged,{place},{hint},,,S,," for ident, place, hint in rows]
    path = write("e.csv", HEADER + "\n" + "\n".join(lines) + "\n")
    return resolve_events(load_events([path])).events.set_index(schema.ID)


@pytest.mark.parametrize(
    ("place", "hint"),
    [
        ("on the Simón Bolívar bridge", "CO"),
        ("at the Nimule crossing", "UG"),
        ("outside the Emerson port of entry", "CA"),
        ("the Roszke crossing", "RS"),
        # The table's point is the town on the other side, 7.1 km from the line.
        ("the Oshoek Border Post", "ZA"),
        # French Guiana's border is drawn as France's; the point is Oiapoque's, in Brazil.
        ("Pont de l’Oyapock", "GF"),
    ],
)
def test_a_crossing_takes_the_side_its_hint_names(write, place, hint) -> None:
    events = _resolved(write, [("x", place, hint)])
    assert events.loc["x", schema.RESOLVE_STATUS] == "resolved"
    assert {hint, "FR" if hint == "GF" else hint} & set(events.loc["x", schema.BORDER].split("-"))
    assert events.loc["x", schema.COUNTRY] == hint


def test_a_district_drawn_at_a_border_seat_stays_in_its_country(write) -> None:
    events = _resolved(write, [("x", "Myawaddy township", "MM")])
    assert events.loc["x", schema.PRECISION] == "district"
    assert events.loc["x", schema.COUNTRY] == "MM"


@pytest.mark.parametrize(
    ("place", "hint"),
    [
        # Where the outlines draw no land line at the crossing (a causeway over a
        # strait, a bridge over a fjord), its point lies in one country's outline,
        # beside the other's: the hinted side still holds the event.
        ("at the Woodlands Checkpoint", "SG"),
        ("the Johor–Singapore Causeway", "MY"),
        ("at Svinesund", "NO"),
    ],
)
def test_a_crossing_without_a_land_line_takes_the_hinted_side(write, place, hint) -> None:
    events = _resolved(write, [("x", place, hint)])
    assert events.loc["x", schema.RESOLVE_STATUS] == "resolved"
    assert events.loc["x", schema.PRECISION] == "exact"
    assert events.loc["x", schema.COUNTRY] == hint


def test_a_point_far_from_the_hinted_country_keeps_its_own(write) -> None:
    # A settlement of another country is not moved by a hint (the truth check reports
    # it instead); only a crossing by the hinted outline is.
    events = _resolved(write, [("x", "Riga", "LT")])
    assert events.loc["x", schema.COUNTRY] != "LT"


def test_a_crossing_beyond_the_end_of_the_line_takes_its_hinted_side(write) -> None:
    # The Svinesund bridge spans the Iddefjord, 15 km beyond the end of the generalised
    # NO-SE line; its point lies 0.2 km inside Sweden and 2 km from Norway's outline.
    # A Norwegian event there is on the Norwegian side.  Before, placed in Sweden.
    events = _resolved(write, [("x", "ved grenseovergangen ved Svinesund", "NO")])
    assert events.loc["x", schema.RESOLVE_STATUS] == "resolved"
    assert events.loc["x", schema.COUNTRY] == "NO"
