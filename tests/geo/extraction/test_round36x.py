"""Classes of misses on the seen gold (session 36, round 36x), each checked on sentences
written for the test (other names, places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(published: str, body: str):
    # The headline names the countries, as a report does: a listed name found only in a
    # country the report never names is no place of it (round36y).
    report = report_from_text(f"Published: {published}\n\nGermany and Poland\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_the_two_ends_of_one_link_are_one_event():
    # "between X and Y" names the two ends of one crossing or route, not a list of
    # places where something happened each: one closure, drafted once.
    events = _events(
        "2021-03-12",
        "Trains between Görlitz and Zgorzelec were halted on Wednesday, the rail operator said.",
    )
    assert [(e.place, e.date) for e in events] == [("Görlitz", "2021-03-10")]


def test_places_listed_with_and_are_still_one_event_each():
    # The rule above needs "between": a plain list stays a list.
    events = _events(
        "2021-03-12",
        "Police closed the crossings at Görlitz and Zgorzelec on Wednesday, "
        "the regional government said.",
    )
    assert [e.place for e in events] == ["Görlitz", "Zgorzelec"]


def test_a_force_opening_the_sentence_is_no_town_that_acts():
    # "Police" opens the sentence as the force that acts; the Polish town of that name
    # is no place of it, and a wrong place is worse than none.
    events = _events("2021-03-12", "Police closed the bridge on Wednesday.")
    assert all(e.place != "Police" for e in events)
