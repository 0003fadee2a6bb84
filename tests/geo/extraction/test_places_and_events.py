"""Place choice and event assembly on reports written here."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _found(sentence, hints=()):
    return {f.text: (f.role, f.precision) for f in find_places(sentence, hints=hints)}


def test_a_river_that_is_a_border_is_the_border():
    found = _found("Guards removed buoys from the Narva river on Thursday.")
    assert found == {"Narva river": ("at", "border")}


def test_adjective_airspace_is_the_country():
    found = _found("Balloons drifted from Belarus into Lithuanian airspace.")
    assert found["Lithuania's airspace"] == ("at", "country")
    assert found["Belarus"][0] == "origin"


def test_names_without_a_preposition_and_capitals_for_states_are_not_places():
    assert _found("Belarus said Minsk had not been told.") == {}
    assert _found("Talks between Minsk and Warsaw stalled.") == {}
    assert _found("Protesters gathered in Minsk.") == {"Minsk": ("at", "settlement")}
    assert _found("Tensions grew between Minsk and EU member states.") == {}


def test_a_place_only_locating_another_is_aside():
    found = _found("Debris fell near Krāslava, across the river from the town of Daugavpils.")
    assert found["near Krāslava"] == ("at", "near")
    assert found["town of Daugavpils"][0] == "aside"


def test_coordinated_places_give_one_event_each():
    report = report_from_text(
        "Published: 2023-11-18\n\nT\n\nFinland closed four crossing points on its border with "
        "Russia on Friday, including Nuijamaa and Imatra.\n"
    )
    events = extract_events(report).events
    assert [(e.place, e.date, e.status) for e in events] == [
        ("Nuijamaa", "2023-11-17", "confirmed"),
        ("Imatra", "2023-11-17", "confirmed"),
    ]


REPORT = """Published: 2021-11-17

Clash at the crossing

Polish police used water cannon on Tuesday against migrants who threw stones at the
Kuźnica crossing.

Poland's defence ministry said an officer was hurt in the clash. Belarus accused Poland of
using force against defenceless people. Warsaw denied the accusation.

Officials did not say when the fence near Krāslava was damaged.
"""


def test_sentences_that_refer_back_take_the_incidents_place_not_its_date():
    events = extract_events(report_from_text(REPORT), id_prefix="k").events
    first, hurt, accusation, denial = events[:4]
    assert (first.place, first.date, first.status) == (
        "Kuźnica crossing",
        "2021-11-16",
        "confirmed",
    )
    # The dating convention: no date of its own, so undated; the date is offered in notes.
    assert (hurt.place, hurt.date, hurt.claimed_by) == (
        "Kuźnica crossing",
        "",
        ["Polish defence ministry"],
    )
    assert any("2021-11-16" in note for note in hurt.notes)
    assert "Place of k-01; the sentence names none." in hurt.notes
    assert (accusation.status, accusation.claimed_by, accusation.place) == (
        "alleged",
        ["Belarus"],
        "Kuźnica crossing",
    )
    assert (denial.status, denial.denied_by, denial.claimed_by) == (
        "denied",
        ["Warsaw"],
        ["Belarus"],
    )


def test_an_undisclosed_date_stays_empty_and_evidence_points_into_the_text():
    report = report_from_text(REPORT)
    events = extract_events(report).events
    fence = events[-1]
    assert fence.date == "" and fence.place == "near Krāslava"
    assert "Date not disclosed." in fence.notes
    for event in events:
        for item in event.evidence:
            assert report.text[item.start : item.end] == item.text


def test_a_sentence_with_no_place_and_no_incident_is_not_an_event():
    report = report_from_text(
        "Published: 2026-01-17\n\nT\n\nAnalysts say the dispute is old. The minister spoke.\n"
    )
    assert extract_events(report).events == ()
    assert report.published == dt.date(2026, 1, 17)
