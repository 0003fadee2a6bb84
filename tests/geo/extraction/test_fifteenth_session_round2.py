"""Classes of report writing found again after heldout26 was seen (session 15, the
second extract round), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_years_that_measure_a_superlative_are_no_background():
    # "..., in the worst clash between the two for years": the years only measure how
    # grave the report's own incident is; it stays an event of its day.
    events = _events(
        "A Thai ranger was shot dead on Monday in a gunfight with Cambodian loggers near "
        "Chong Chom, officials on both sides said, in the fiercest fighting between the "
        "two neighbours for years."
    )
    assert len(events) == 1, events
    assert "Chong Chom" in events[0].place and events[0].date == "2024-01-08"
    # A stretch of years of its own is still history.
    events = _events("Cambodian loggers have crossed near Chong Chom for years.")
    assert not events, events


def test_a_place_of_the_political_background_is_not_where_it_happened():
    # "following last week's coup in X", "as ministers were meeting in Y": the scene the
    # report sets its incident against, elsewhere; the incident's own place stands.
    events = _events(
        "Hundreds of lorries were stuck at the Malaba border on Friday after Uganda "
        "closed its frontier with Kenya following last month's disputed election in Nairobi."
    )
    assert events and "Nairobi" not in events[0].place, events


def test_the_same_voice_going_on_into_a_country_keeps_the_incident_s_place():
    # "According to the broadcaster, the aircraft stayed in X's airspace ...": the same
    # speaker goes on about the thing of its incident; the country only says which side
    # it was on, so the incident's finer place stands.
    events = _events(
        "A drone was seen circling over Batken on 3 January, the Kyrgyz news agency "
        "Kabar reported.\n\n"
        "According to Kabar, the drone stayed in Kyrgyz airspace for about ten "
        "minutes before flying back into Tajikistan."
    )
    assert len(events) == 2, events
    assert "Batken" in events[1].place and events[1].claimed_by == events[0].claimed_by
