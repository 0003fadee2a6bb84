"""Classes of report writing that recur across the seen folders (session 25, round
25n: a gold event's sentence from which no event was drafted), each checked on
sentences written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_people_who_went_into_a_country_or_onto_its_land_crossed():
    # "had driven 20 km into X", "had come onto its land", "walked into northern X":
    # where they went in is the crossing, with no verb "cross".
    for body in (
        "The army said on Tuesday that a dozen armed Nigerians had driven about 15 km "
        "into Benin near Tanguiéta.",
        "Farmers said a group of herders had come 500 metres onto Malian soil near "
        "the village of Diboli on Sunday.",
        "Police said two Guinean gold prospectors drove into northern Sierra Leone on Thursday.",
    ):
        assert categorise(body) == "crossing_attempt", body
        assert _events(body), body
    # "came into force", "walked into the talks": no country, no land.
    for body in (
        "The new visa rules came into force on Monday, the ministry said.",
        "The delegation walked into the meeting an hour late on Tuesday.",
    ):
        assert categorise(body) != "crossing_attempt", body


def test_people_taken_back_onto_a_named_land_were_pushed_back():
    # "was taken back onto X soil", "towed the dinghy back towards Y": carried back by a
    # force; "took them back to the station" is no return across a line.
    for body in (
        "The group of 40 migrants was taken back onto Bolivian soil on Monday, the army said.",
        "Police said the navy towed the dinghy back towards Libya on Sunday night.",
    ):
        assert categorise(body) == "pushback", body
    assert categorise("Officers took the driver back to the station on Monday.") != "pushback"


def test_charged_with_an_offence_at_the_line_is_a_detention():
    # "the skipper was charged with illegal fishing": held and charged; a task one is
    # "charged with" is no offence.
    for body in (
        "The skipper of the Dona Maria was charged with illegal fishing on Friday.",
        "Four Afghans were charged with illegal entry at the Kapitan Andreevo post.",
    ):
        assert categorise(body) == "detention", body
    assert categorise("The envoy was charged with overseeing the border talks.") is None
