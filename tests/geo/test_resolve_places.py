"""resolve_events with the resolver's honesty rules: coarsened answers, hints, border towns."""

from __future__ import annotations

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import REVIEW_COLUMNS, resolve_events
from tests.sample import HEADER


def test_coarsened_place_is_placed_at_its_unit_and_listed_for_review(write) -> None:
    path = write(
        "e.csv",
        HEADER + "\n"
        "v,,Camp,other,alleged,the village of Xqzzy in Vitebsk Oblast,BY,,,S,,\n"
        "ok,,Fence,other,alleged,Daugavpils,LV,,,S,,\n",
    )
    result = resolve_events(load_events([path]))
    events = result.events.set_index(schema.ID)
    assert events.loc["v", schema.RESOLVE_STATUS] == "resolved"
    assert events.loc["v", schema.PRECISION] == "region"
    assert events.loc["v", schema.ADMIN1_CODE] == "BY-VI"
    assert "coarsened" in REVIEW_COLUMNS
    (review,) = result.review.to_dict("records")
    assert (review[schema.ID], review["coarsened"]) == ("v", "yes")
    assert "Xqzzy" in review["reason"]


def test_review_says_why_a_hinted_place_was_refused(write) -> None:
    path = write(
        "e.csv",
        HEADER + "\nf,,Crossing,other,alleged,Vyborg,FI,,,S,,\n",
    )
    result = resolve_events(load_events([path]))
    assert result.events.set_index(schema.ID).loc["f", schema.RESOLVE_STATUS] == "unresolved"
    (review,) = result.review.to_dict("records")
    assert "outside the event's country FI" in review["reason"]
    assert "Vyborg (RU" in review["candidates"]
    assert review["coarsened"] == ""


def test_border_town_stays_in_its_country_across_a_generalised_line(write) -> None:
    # Narva's point falls on the Russian side of the 1:10m Estonia–Russia line.
    path = write("e.csv", HEADER + "\nn,,Queue,other,alleged,Narva,EE,,,S,,\n")
    events = resolve_events(load_events([path])).events.set_index(schema.ID)
    assert events.loc["n", schema.COUNTRY] == "EE"
    assert events.loc["n", schema.ADMIN1_CODE] == "EE-45"
    assert events.loc["n", schema.BORDER] == "EE-RU"
