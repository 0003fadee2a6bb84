"""Classes of report writing found on the misses of heldout40 to heldout52 (session 30,
round 30x), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_flag_raised_with_an_adverb_before_the_verb_claims_ground():
    # "the flag was first raised on X": an adverb between the auxiliary and the act
    # leaves the act what it is, a flag raised on the ground claimed.
    events = _events(
        "Fiji's flag was first raised on Conway Reef on 4 June 2019 by a navy crew "
        "that sailed from Suva."
    )
    assert len(events) == 1 and events[0].date == "2019-06-04", events
    assert events[0].category == "military_security", events


def test_a_dateline_with_the_day_before_the_month_dates_the_filing_only():
    # "KASUMBALESA, Congo, 12 March -": the day the report was filed, written day
    # first; the sentence's own "since Tuesday" dates what it tells.
    events = _events(
        "KASUMBALESA, Congo, 12 March - More than 900 Zambian traders have crossed into "
        "Congo at Kasumbalesa since Tuesday, customs officials said on Friday."
    )
    assert len(events) == 1 and events[0].date == "2021-03-09/2021-03-12", events


def test_a_day_in_the_possessive_names_an_earlier_event_not_the_sentences_own():
    # "With Monday's arrivals, 70 Haitians have stayed in X since February": the day
    # names the arrivals told before; the count runs since February.
    events = _events(
        "With Monday's arrivals, 70 Haitians have stayed in the Turks and Caicos Islands "
        "since February, a count that leaves out those who sailed on."
    )
    assert len(events) == 1 and events[0].date.startswith("2021-02-01/"), events


def test_a_crew_held_with_the_craft_seized_is_a_detention():
    # "The ship's 20 crew were held with it": kept together with the craft seized.
    events = _events(
        "The trawler's 12 crew, most of them from Ghana, were held with it at the port of "
        "Monrovia."
    )
    assert len(events) == 1 and events[0].category == "detention", events
