"""Classes of report writing found on the misses of heldout55 and heldout56 (session 30,
round 30e), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2022-12-29"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_boat_told_by_where_it_put_in_or_landed_is_a_crossing():
    # "a boat carrying N migrants has put in at X", "a boat with N people, M of them
    # children, landed at Y": the arrival of a boat told by its verb of arrival.
    events = _events(
        "A fishing boat carrying 180 Dominican migrants has put in at Cayo Levisa, the "
        "daily Listin said."
    )
    assert len(events) == 1 and events[0].place == "Cayo Levisa", events
    assert events[0].category == "crossing_attempt", events
    events = _events(
        "On Sunday 4 June a boat with 88 Cubans, 10 of them women, landed at Playa "
        "Paraiso on the north coast of Roatan after five days at sea."
    )
    assert len(events) == 1 and events[0].place == "Playa Paraiso", events
    assert events[0].category == "crossing_attempt", events


def test_a_plane_landing_or_owners_reaching_an_agreement_is_no_crossing():
    assert _events("The plane landed at Havana airport on Monday.") == ()
    assert _events("The boat owners reached an agreement with the port on Monday.") == ()


def test_a_boat_that_reached_a_country_on_another_voice_is_placed_there():
    # "In March a drifting boat ... reached X, Y recalled" after a landing at a spot told
    # by another voice: an earlier crossing of its own, at the country it reached.
    events = _events(
        "A boat carrying 90 Dominican migrants has put in at Cayo Levisa, the daily "
        "Juventud Rebelde reported. In March a drifting boat with 150 people aboard "
        "reached Jamaica, Reuters recalled."
    )
    assert [e.place for e in events] == ["Cayo Levisa", "Jamaica"], events


def test_an_act_that_is_still_to_be_done_is_no_event():
    # "The group is to be repatriated in the coming days": a plan, not a return done.
    events = _events(
        "A boat carrying 90 Dominican migrants has put in at Cayo Levisa, the daily "
        "Juventud Rebelde reported.\n\nThe group is to be repatriated in the coming days."
    )
    assert [e.category for e in events] == ["crossing_attempt"], events


def test_the_crossings_from_a_province_into_a_country_are_the_province_s():
    # "the crossings from X into Y have been shut": the side whose crossings were shut
    # is the province after "from"; the country after "into" is where they lead.
    events = _events(
        "Since Monday morning, the crossings from Vorarlberg into Switzerland have been "
        "shut to everyone except goods traffic.",
        published="2020-03-17",
    )
    assert len(events) == 1 and events[0].place == "Vorarlberg", events


def test_trains_between_two_countries_are_on_their_border():
    # "trains between X and Y stopped running": the service across the line names the
    # border it crosses, not the place the sentence before was at.
    events = _events(
        "Since Monday morning, the crossings from Burgenland into Hungary have been shut "
        "to everyone except goods traffic. On Friday, international trains between "
        "Austria and Slovakia stopped running, the minister said.",
        published="2020-03-17",
    )
    assert [e.place for e in events][-1:] == ["between Austria and Slovakia"], events


def test_people_counted_as_they_came_ashore_a_year_back_on_a_source_are_a_case():
    # "N Dominicans reached X in two boats in May 2020, Y reported": a landing counted and
    # dated to its month on a source's word is an earlier case, not history.
    events = _events(
        "The year before, 212 Dominicans reached the north coast of eastern Jamaica in two boats "
        "in May 2020, the Gleaner reported."
    )
    assert len(events) == 1 and events[0].date == "2020-05", events
    assert events[0].category == "crossing_attempt", events
