"""Place classes found by listing every gold event whose sentence drafts another place than
the gold's (session 49, round x): a border named by a town on it ("the Taveta border")
is placed at the town, a country's "land and river borders" with several neighbours,
shut at once, at the country, and a country entered after incidents at one spot on its side
of the line at that spot.  Two recall words met in the blind folders 86 and 88: armed
forces that moved into ground, and ground taken that is a corridor.  Checked on sentences
written for the test (other names, places and days than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.places import find_places


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


def _at(sentence: str, hints: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(p.text, p.precision) for p in find_places(sentence, hints=hints) if p.role == "at"]


def test_a_border_named_by_a_town_on_it_is_the_town():
    # The crossing stands at the town; the act is there, not anywhere along the line.
    assert _at("Police turned back traders at the Taveta border on Monday.", ("KE", "TZ")) == [
        ("Taveta", "settlement")
    ]
    assert _at("Zambian officers held 300 lorries at the Tunduma frontier.", ("TZ", "ZM")) == [
        ("Tunduma", "settlement")
    ]
    events = _events("Kenyan police turned back 40 traders at the Taveta border on Monday.")
    assert [e.place for e in events] == ["Taveta"]


@pytest.mark.parametrize(
    ("sentence", "hints", "line"),
    [
        # A people's adjective, a country, a province: the line, as before.
        ("Police sealed the Ugandan border on Sunday.", ("KE", "UG"), "Kenya–Uganda border"),
        ("Police sealed the Uganda border on Sunday.", ("KE", "UG"), "Kenya–Uganda border"),
        # A city some 60 km from the line names the province's stretch of it, no crossing.
        ("Queues of cars formed at the Lviv border on Friday.", ("UA", "PL"), "Lviv"),
        # A town with a namesake on the other side ("Malaba" in Kenya and in Uganda)
        # is no one place: the line is kept.
        ("Officials held lorries at the Malaba border on Sunday.", ("KE", "UG"), "Malaba"),
    ],
)
def test_a_border_not_named_by_one_town_on_it_stays_a_line(sentence, hints, line):
    found = [p for p in find_places(sentence, hints=hints) if p.role == "at"]
    assert [p.precision for p in found] == ["border"]
    assert line in (found[0].result.name or "")


def test_land_and_river_borders_with_several_neighbours_are_the_country():
    sentence = "Peru's land and river borders with Ecuador, Brazil and Bolivia were shut."
    assert _at(sentence, ("PE", "EC")) == [("Peru", "country")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Varnish forces moved into Kelmo and two hamlets near it on 3 May.", "military_security"),
        ("The rebel units had advanced deep into the valley by dawn.", "military_security"),
        ("Ostland forces took control of the Kelmo Corridor in July.", "military_security"),
        # Forces of the market are no armed force.
        ("Market forces moved into the sector after the reform.", None),
    ],
)
def test_forces_going_into_ground_or_taking_a_corridor(sentence, category):
    assert categorise(sentence) == category, sentence


def test_a_country_entered_after_incidents_at_one_crossing_town_is_that_town():
    # Every incident so far at one town on the side gone into: the way in is there.
    events = _events(
        "Kenyan police fired tear gas at traders at Taveta on Monday.\n\n"
        "More than 2,000 Tanzanians have crossed into Kenya since Saturday, officials said."
    )
    assert [e.place for e in events] == ["Taveta", "Taveta"]


@pytest.mark.parametrize(
    "first",
    [
        # A spot well inside a country is no way in.
        "Kenyan police fired tear gas at traders in Nairobi on Monday.",
        # A town on the other side of the line is the way out, another leg.
        "Kenyan police fired tear gas at traders at Taveta on Monday.",
    ],
)
def test_a_country_entered_elsewhere_stays_the_country(first):
    events = _events(
        f"{first}\n\nMore than 2,000 people have crossed into Tanzania since Saturday."
    )
    assert [e.place for e in events][-1] == "Tanzania"


def test_a_shot_into_a_country_is_no_way_in():
    events = _events(
        "Kenyan police fired tear gas at traders at Taveta on Monday.\n\n"
        "In April gunmen fired rockets into Kenya, officials said."
    )
    assert [e.place for e in events][-1] == "Kenya"
