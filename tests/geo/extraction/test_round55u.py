"""Dateline towns, session 55 (round u): a dateline says where the reporter files from,
which is the event's place only where the sentence points at it ("in this border town",
"residents of this village"); otherwise the places the sentence names, or the incident
it goes on about, place the event.  Checked on reports written for the test (other
names, places and days than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text


def _places(body: str, countries: str = "Kenya and Ethiopia") -> list[str]:
    report = report_from_text(f"Published: 2024-03-09\n\n{countries}\n\n{body}\n")
    return [e.place for e in extract_events(report).events]


@pytest.mark.parametrize(
    ("body", "countries", "town"),
    [
        ("MOYALE, Kenya, March 8 - Gunmen shot dead two herders in this dusty "
         "border town on Thursday, police said.", "Kenya and Ethiopia", "Moyale"),
        ("KEHL, March 8 - Shots were fired at a police car at this Rhine city's "
         "bridge on Friday, a spokesman said.", "Germany and France", "Kehl"),
        ("NAMANGA - Traders in this town blocked the road to the crossing on Friday, "
         "a local chief said.", "Kenya and Tanzania", "Namanga"),
    ],
)  # fmt: skip
def test_a_sentence_pointing_at_the_dateline_town_is_placed_there(body, countries, town):
    assert _places(body, countries) == [town]


def test_a_dateline_alone_places_no_event_at_the_filing_town():
    # No pointer: the reporter files from the capital, the clash was on the border.
    places = _places(
        "NAIROBI, March 8 - Kenyan and Ethiopian troops exchanged fire near Moyale on "
        "Thursday, the army said."
    )
    assert places == ["near Moyale"]


@pytest.mark.parametrize(
    "body",
    [
        # "This year" and "this border" point at no town.
        "MOYALE, Kenya, March 8 - Gunmen shot dead two herders near Sololo this year, "
        "police said.",
        # Beside the town, not in it: no pin on the town itself.
        "MOYALE, Kenya, March 8 - Gunmen shot dead two herders on the outskirts of this "
        "border town on Thursday, police said.",
        "MOYALE, Kenya, March 8 - Gunmen shot dead two herders northwest of this border town "
        "on Thursday, police said.",
        # Two filing towns: "this town" could be either, so neither is taken.
        "MOYALE/MARSABIT - Gunmen shot dead two herders near Sololo in this town's "
        "district on Thursday, police said.",
    ],
)
def test_no_pointer_or_two_filing_towns_keep_the_sentence_place(body):
    assert "Moyale" not in _places(body)
