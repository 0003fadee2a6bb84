"""Carried places, session 53 (round y): a sentence that names no place, told after the
report's first incident and a later one, both dated to the day and placed at a town or
spot, goes on about the later incident rather than the first.  Checked on sentences
written for the test (other names, places and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _placed(body: str) -> list[tuple[str, str]]:
    events = extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events
    return [(e.place, e.date) for e in events]


_TWO_INCIDENTS = (
    "Turkish border guards shot dead two smugglers near Silopi on 2 March, the governor "
    "said.\n\nThe area is known for its steep passes.\n\n"
    "On 5 March soldiers detained nine men at Cizre, the army said.\n\n"
    "The valley lies beneath snow for half the year.\n\n"
)
_SEQUEL = "Two of the men were later released, a lawyer said."


def test_a_sequel_after_two_incidents_dated_to_the_day_is_at_the_later_one():
    # A paragraph of background lies between, so the sentence is not the next one after
    # the detentions; it still goes on about them, not about the shooting near Silopi.
    places = _placed(_TWO_INCIDENTS + _SEQUEL)
    assert places[:2] == [("near Silopi", "2024-03-02"), ("Cizre", "2024-03-05")]
    assert places[-1] == ("Cizre", "")


def test_a_lede_over_a_province_stays_the_place_carried():
    # The first incident placed only by its province: the later town is one step of that
    # wider affair, and the sentence stays at the province.
    places = _placed(_TWO_INCIDENTS.replace("near Silopi", "in Sirnak province") + _SEQUEL)
    assert places[-1][0] == "Sirnak province"


def test_a_later_incident_dated_by_its_month_only_leaves_the_lede():
    # "In February": a month, not a day of its own; told in passing, so the first
    # incident stays the one carried.
    body = _TWO_INCIDENTS.replace("On 5 March soldiers", "In February soldiers") + _SEQUEL
    places = _placed(body)
    assert places[1] == ("Cizre", "2024-02")
    assert places[-1][0] == "near Silopi"


def test_an_undated_lede_leaves_the_carrying_as_it_was():
    from bordermap.geo.extraction.events import _day_told_since

    events = extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{_TWO_INCIDENTS}{_SEQUEL}\n"),
        id_prefix="t",
    ).events
    lead, later = events[0], events[1]
    assert _day_told_since(list(events[:2]), lead) is later
    lead.date = ""
    assert _day_told_since(list(events[:2]), lead) is None
