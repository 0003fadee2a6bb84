"""Recall classes found in the gold events with no draft whose sentence holds no word the
rules knew (session 48, round x): a craft made fast at a shore, people reaching the line
or going through a country, entry refused or let in, a craft towed in, people picked
up or released, refugees housed, forces put on their highest alert, a court's
ruling, a craft turning round; and a settlement on the line named "border city of X".
Each is checked on sentences written for the test (other names, places and days than
any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The supply ship berthed in Valdora on Friday.", "crossing_attempt"),
        ("The ferry tied up at the quay at dawn on Sunday.", "crossing_attempt"),
        ("The trawler had been moored near Kesto Bank for two days.", "crossing_attempt"),
        ("Most of the families reached the border on foot.", "crossing_attempt"),
        ("Nine boats reached the islands over the weekend.", "crossing_attempt"),
        ("A television crew finally got into Borduvia on Tuesday night.", "crossing_attempt"),
        ("The colonel set foot on Varn Island on Monday.", "crossing_attempt"),
        ("Thousands of people have passed through Ruritania since May.", "crossing_attempt"),
        ("Lorries from Ostland have not been allowed into Varnia since 2 May.", "border_closure"),
        ("Coaches are still not allowed across.", "border_closure"),
        ("Waiting travellers were allowed into Ostland on Friday.", "crossing_attempt"),
        ("The island let cruise passengers back in through its main port.", "crossing_attempt"),
        ("The cutter towed the skiff and its crew to the naval pier.", "detention"),
        ("The boat was towed into Port Helm on Sunday.", "detention"),
        ("The second man was picked up an hour later.", "detention"),
        ("Three of the loggers were let go the next morning.", "detention"),
        ("About 2,000 of them were housed at Kelmo in the 1990s.", "humanitarian_incident"),
        ("The army put the coast near Orsk under its highest alert.", "military_security"),
        ("The airbase was put under a security lockdown on Sunday.", "military_security"),
        ("The regional court annulled the land deal on Tuesday.", "other"),
        ("The Supreme Court threw out the ministry's appeal on Monday.", "other"),
        ("The two survey ships turned round and sailed home.", "other"),
        ("The survey ship then sailed back to Port Helm.", "other"),
        ("A reception centre was opened for them near Kelmo.", "humanitarian_incident"),
        ("In May the minister extended them by three months.", "border_closure"),
        ("Two days later the halt was widened to every province.", "border_closure"),
        ("In June the government narrowed the exemption for farmers.", "border_closure"),
    ],
)
def test_words_of_an_incident_the_rules_did_not_know(sentence, category):
    assert categorise(sentence) == category, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # An agreement reached, a bill through parliament, drones seen by a system, a
        # habit a state could not let go on, a neighbour on alert in a background line.
        "The two sides reached an agreement on fishing quotas.",
        "The bill passed through Parliament on Tuesday.",
        "The signals were picked up by a detection system on trial there.",
        "Officials said they could not let it go on at such a scale.",
        "Neighbouring Varnia is on alert.",
        "The court will rule on the case next month.",
        "Tensions eased after the talks.",
        "The climber was lifted off the ledge at noon.",
    ],
)
def test_like_words_that_tell_no_incident(sentence):
    assert categorise(sentence) is None, sentence


def test_a_word_known_before_keeps_its_category():
    # The new words are read only when no other rule meets the sentence: a shooting
    # told with a craft that berthed stays a shooting.
    assert categorise("Guards shot at the boat before it berthed in Valdora.") == "armed_clash"


def test_a_craft_towed_in_is_placed_at_the_port():
    events = _events("The coast guard towed the two boats into Port Helm on Sunday.")
    assert len(events) == 1, events
    assert "Port Helm" in events[0].place, events[0]
    assert events[0].date == "2024-03-10", events[0]


def test_a_border_city_of_x_is_x():
    events = _events("Two shells came down in the Borduvian border city of Termez on Monday.")
    assert len(events) == 1, events
    assert "Termez" in events[0].place, events[0]
    assert "border" not in events[0].place, events[0]


def test_a_settlement_described_by_a_capitalised_adjective_is_the_settlement():
    # "near the Dagestani village of X" was read as "near the Dagestani".
    events = _events("Guards fired on a shepherd near the Varnian village of Kullar on Monday.")
    assert len(events) == 1, events
    assert "Kullar" in events[0].place, events[0]
    assert "Varnian" not in events[0].place, events[0]


def test_a_craft_held_after_it_tied_up_stays_a_detention():
    sentence = "Villagers held the boat on Friday, just after it tied up in Varno, police said."
    assert categorise(sentence) == "detention"
