"""Classes of report writing that recur across the seen folders (session 26, round
26n: a gold event's sentence from which no event was drafted), each checked on
sentences written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_boat_stopped_by_a_force_is_an_event():
    # "stopped a migrant boat with 90 aboard", "a trawler carrying 300 migrants was
    # stopped south of X", "was brought to a halt": a boat stopped at sea by a force.
    for body in (
        "Naval police stopped a Cuban migrant boat with 63 people aboard off Cayo Largo "
        "on Sunday, the navy said.",
        "On Friday night a fishing boat carrying 310 migrants from Tunisia was stopped "
        "south of Lampedusa, officials said.",
        "The cutter Valiant stopped a 40-foot sail freighter carrying 120 people about "
        "20 miles off Cap-Haitien, Haiti, on Monday, the coast guard said.",
        "On Saturday a speedboat ignored police orders to stop and was brought to a halt "
        "near Ceuta, police said.",
    ):
        assert categorise(body) is not None, body
        assert _events(body), body
    # "the boat stopped" alone, or a boat's owners stopped from doing a thing: no force
    # stopped a boat at sea.
    for body in (
        "The ferry stopped at the pier for an hour on Monday.",
        "The ruling stopped the boat owners from fishing in the bay.",
    ):
        assert categorise(body) != "crossing_attempt", body


def test_a_complaint_sent_or_an_apology_demanded_is_a_diplomatic_step():
    # "sent a strong complaint to X", "made urgent representations to Y", "had taken the
    # matter up with Z", "demanded an apology from W": a step put to the other side.
    for body in (
        "Helga Sorensen, who heads the national security council, sent a formal complaint "
        "to the Latvian envoy over the shooting near Valka on Monday.",
        "The foreign ministry said on Tuesday that it had made urgent representations to "
        "Chile over the seizure of the trawler off Punta Arenas.",
        "The governor said the consul had taken the matter up with the Bolivian foreign "
        "ministry after the arrests near Villazon on Friday.",
        "Peru demanded an apology from Ecuador on Monday over the raid near Huaquillas.",
    ):
        assert categorise(body) == "diplomatic_measure", body
    # Sent to a place, made a thing, taken up a post: no step towards another state.
    for body in (
        "The army sent a convoy to the border town of Valka on Monday.",
        "The ministry made changes to the visa rules on Tuesday.",
    ):
        assert categorise(body) != "diplomatic_measure", body


def test_people_arranged_to_be_returned_to_a_country_were_pushed_back():
    # "arranged for them to be returned to X": the passive return after "to be", as after
    # "were" or "had been".
    body = (
        "A rescue group says the coast guard ignored the migrants' calls and then "
        "arranged for them to be returned to Tunisia."
    )
    assert categorise(body) == "pushback", body
    # "will be returned", "could be returned": a plan, no return yet.
    assert categorise("The boats will be returned to Tunisia next week.") != "pushback"
