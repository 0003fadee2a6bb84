"""Recall classes found in the gold events with no draft at all over every gold folder
(session 47, round y): denials in words of no "deny", a speaker named with the body they
work for in lower case, and a ban or rules coming into force.  Each is checked on
sentences written for the test (other names, places and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


def test_brushing_aside_reports_is_a_denial():
    found = read_attribution(
        "Ruritania's deputy interior minister, Ana Vell, brushed aside reports that her "
        "police had fired across the river, calling them silly."
    )
    assert found.status == "denied", found
    assert "Ana Vell" in found.denier, found


def test_scoffing_at_a_claim_is_a_denial():
    found = read_attribution("Premier Tomas Ardo has scoffed at that, saying the boat was lost.")
    assert found.status == "denied", found
    assert "Tomas Ardo" in found.denier, found


def test_a_retort_is_a_denial():
    found = read_attribution(
        "Borduvian diplomats retorted that the pictures were taken elsewhere."
    )
    assert found.status == "denied", found
    assert found.denier == "Borduvian diplomats", found


def test_calling_an_account_of_something_untrue_is_a_denial():
    # "the reports of the post's capture", "the evidence for the mines": what the account
    # was about stands between it and the word that calls it untrue.
    for sentence in (
        "The border committee has since called the reports of the post's fall false.",
        "The defence council called the evidence for the shelling a fabrication.",
        "The minister called the talk of foreign help a misunderstanding.",
        "The ministry called the story a total fabrication.",
    ):
        found = read_attribution(sentence)
        assert found.status == "denied", (sentence, found)


def test_calling_a_place_a_name_is_no_denial():
    found = read_attribution("The ministry called the post a border station.")
    assert found.status != "denied", found


def test_a_person_of_a_body_in_lower_case_speaks():
    found = read_attribution(
        "Piet Olsen of the coast guard station in Varto rejected that claim, saying the "
        "patrol had fired only flares."
    )
    assert found.status == "denied", found
    assert found.denier.startswith("Piet Olsen of the coast guard station"), found
    said = read_attribution("Piet Olsen of the coast guard station said the boat had sunk.")
    assert said.claimant.startswith("Piet Olsen"), said


def test_diplomats_speak_for_their_state():
    found = read_attribution("Borduvian diplomats said the convoy had crossed at night.")
    assert found.claimant == "Borduvian diplomats", found


def test_a_retort_is_not_placed_at_the_place_of_its_own_account():
    events = _events(
        "Borduvia said Ruritanian troops fired on a patrol near Kesto on Saturday. "
        "Ruritanian diplomats retorted that any shots were more likely fired from Valdi."
    )
    denials = [e for e in events if e.status == "denied"]
    assert denials, events
    assert "Valdi" not in denials[0].place, denials[0]


def test_a_ban_coming_into_force_is_a_closure():
    assert (
        categorise(
            "A ban at Ruritania's frontier with Borduvia came into force the same day, with "
            "only returning citizens exempted."
        )
        == "border_closure"
    )
    assert (
        categorise(
            "Borduvia's new rules requiring a visa from every traveller came into force on Monday."
        )
        == "border_closure"
    )


def test_rules_to_take_effect_later_or_a_treaty_in_force_are_no_closure():
    assert categorise("The page was updated to add the time the new rules take effect.") is None
    assert categorise("The fisheries agreement came into force in 2006.") is None
