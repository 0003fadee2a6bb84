"""Classes of misses of the blind set heldout77 (session 37, round 37b) besides the
choice of place, each checked on sentences written for the test (other names, borders
and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.places import find_places


def _events(published: str, headline: str, body: str):
    report = report_from_text(f"Published: {published}\n\n{headline}\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_speaker_closed_by_a_semicolon_voices_the_clause_before_it():
    # ", the police said;" ends the speaker's account as ", the police said," does;
    # what follows the semicolon does not make the first clause the report's own.
    events = _events(
        "2021-05-20",
        "Armenia and Azerbaijan",
        "Armenian troops crossed into Azerbaijan near Gazakh on Monday.\n\n"
        "The rifle of a guard was carried off by the intruders, the ministry said; the "
        "other guard hurt was a conscript.",
    )
    second = events[-1]
    assert second.status == "alleged"
    assert second.claimed_by


def test_witnesses_named_by_the_city_they_are_in_speak():
    attribution = read_attribution(
        "Witnesses in the border town of Kasumbalesa told a local radio station that "
        "they had seen soldiers set fire to three lorries."
    )
    assert attribution.status == "alleged"
    assert attribution.claimant.startswith("Witnesses in the border town of Kasumbalesa")


def test_a_body_in_a_statement_is_no_speaker_named_by_a_place():
    # The place rule wants "in the <kind of place> of X": "in a statement" is how the
    # army spoke, and the army still speaks.
    attribution = read_attribution(
        "The army in a statement said that gunmen had fired on a patrol."
    )
    assert attribution.status == "alleged"
    assert "statement" not in attribution.claimant


def test_no_such_incident_taking_place_is_a_denial():
    for sentence in (
        "A spokesman for the Tajik border service said no such shooting had taken place.",
        "The ministry said that nothing of the kind had happened.",
    ):
        attribution = read_attribution(sentence)
        assert attribution.status == "denied", sentence
        assert attribution.denier


def test_a_search_for_lost_crew_is_an_incident():
    assert (
        categorise("Navy boats have been searching the bay for the two fishermen since Monday.")
        == "humanitarian_incident"
    )
    assert categorise("Helicopters searched the coast for the crew of the trawler.") is not None


def test_a_numbered_part_of_a_named_site_is_at_that_site():
    # "took well No. 7 of the X gas field": the well is at the field, a place the
    # gazetteer may not know but the report names; finer than the province after it.
    found = find_places(
        "Soldiers took well No. 7 of the Karabagh gas field in the eastern province of "
        "Diyala on Monday.",
        hints=("IQ", "IR"),
    )
    assert (found[0].text, found[0].shape) == ("Karabagh gas field", "feature")
    found = find_places("Guards closed a gate of the Tamsi air base.", hints=("IQ", "IR"))
    assert [p.text for p in found] == ["Tamsi air base"]
    # An edge or a section of a site is a line or a stretch, no spot the act was at.
    found = find_places(
        "The new limit follows the eastern edge of the Kuala port limits.", hints=("MY", "SG")
    )
    assert all(p.text != "Kuala port" for p in found)
