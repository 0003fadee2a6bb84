"""Rules written by class of miss, not by text: far places, names with articles inside,
the incident lexicon, two events in one sentence, and background left out."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.places import find_places, resolve_place


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


# Places -------------------------------------------------------------------------------


def test_a_place_the_gazetteer_finds_far_from_the_reports_countries_stays_unresolved():
    # The gazetteer's nearest spelling of "Banjska" is Bansko, in Bulgaria.
    far = resolve_place("the village of Banjska", ("RS", "XK"))
    assert far.status == "unresolved"
    assert "far from" in far.note
    assert resolve_place("the village of Banjska").name == "Bansko"  # no context, no veto
    # A town of a neighbour, just across the border, is kept.
    assert resolve_place("Narva", ("EE", "RU")).status == "resolved"


def test_a_far_match_is_kept_as_written_in_the_draft():
    (event, *_) = _events(
        "Armed men attacked a police patrol in the village of Banjska near the border "
        "with Serbia on Sunday, Kosovo police said. Serbia denied it. Kosovo said Serbia knew."
    )
    assert "Banjska" in event.place
    assert event.place_found == ""


def test_a_name_goes_on_over_an_arabic_article_inside_it():
    found = [f.text for f in find_places("Trucks crossed through the Bab al-Hawa crossing.")]
    assert "Bab al-Hawa crossing" in found


# Vocabulary ---------------------------------------------------------------------------


def test_verbs_are_inflected_from_their_lemma():
    from bordermap.geo.extraction.lexicon import noun_forms, verb_forms

    assert verb_forms("detain") == ("detain", "detains", "detained", "detaining")
    assert verb_forms("seize") == ("seize", "seizes", "seized", "seizing")
    assert verb_forms("rob") == ("rob", "robs", "robbed", "robbing")
    assert verb_forms("overfly", "overflew", "overflown") == (
        "overfly", "overflies", "overflew", "overflown", "overflying",
    )  # fmt: skip
    assert verb_forms("shoot", "shot") == ("shoot", "shoots", "shot", "shooting")
    assert verb_forms("push back") == ("push back", "pushes back", "pushed back", "pushing back")
    assert noun_forms("casualty") == ("casualty", "casualties")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters infiltrated the village at night.",
        "Guards were handcuffing eleven men at the post.",
        "A plane overflew the island on Monday.",
        "Air defences downed an object near the town.",
        "Twenty trucks entered the Gaza Strip from Egypt.",
        "About 4,600 people came in without authorisation.",
        "Youths hurled stones at the guards.",
        "Eleven men were taken into custody.",
    ],
)
def test_a_sentence_with_any_form_of_an_incident_word_is_an_incident(sentence):
    assert categorise(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement entered into force in May.",  # entering, but no place
        "The new fence will be finished in August.",  # a plan
        "The presidents had announced the reopening on 9 September.",  # an announcement
        "The ministry demanded that Minsk hand over the attacker.",  # a request
        "No casualties were reported among the guards.",  # denied in the sentence
        "Officials have long accused the guards of pushbacks.",  # background time
        "Since then guards have detained hundreds of people.",
    ],
)
def test_plans_requests_negations_and_background_are_not_incidents(sentence):
    assert categorise(sentence) is None


def test_a_hedged_claim_about_the_present_stays_an_incident():
    # "may" hedges a claim about now; it is no plan.
    assert categorise("The ministry said the barrier may extend into Mexican waters.") is not None
