"""Classes of report writing met in the misses of ``heldout17/`` to ``heldout21/`` after the
blind score of ``heldout21/`` (session 12, tenth round), each checked on sentences written
for the test (other names, borders and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_day_inside_the_period_named_first_dates_the_event():
    # "Last month ... on 9 December": the period only frames the day the sentence names;
    # the day dates the event, and "four days later" counts from it.
    events = _events(
        "Last month a Malaysian fishing boat was seized by the Thai navy on 9 December "
        "near Satun, the fisheries office said.\n\n"
        "Four days later the crew were jailed in Satun."
    )
    assert [e.date for e in events] == ["2023-12-09", "2023-12-13"]


def test_the_sea_beside_a_place_the_gazetteer_lacks_is_kept_as_written():
    # "off X's south coast", "inside X's territorial waters": at sea beside an island
    # the gazetteer does not hold; the phrase is where it happened (the sentence drafted
    # nothing for want of a place).
    events = _events(
        "A migrant was killed on Saturday when the Dominican navy fired on a boat off "
        "Kelvora's south coast.\n\n"
        "Haiti's foreign ministry said the navy had fired on the boat inside Kelvora's "
        "territorial waters."
    )
    assert [e.place for e in events] == [
        "off Kelvora's south coast",
        "Kelvora's territorial waters",
    ]


def test_a_voice_after_the_incident_placed_on_the_ground_is_there_not_at_the_border():
    # The report opens on an incident placed only by "the frontier"; later paragraphs
    # put the fight on the ground ("toward a border marker in Kelvor district"). A voice
    # telling of its own part with no place ("said rangers had beaten him") is of that
    # fight, not of the whole border.
    events = _events(
        "BANGKOK - Thailand on Tuesday protested what it called an attack by Cambodian "
        "marchers on its rangers and on farmers along the frontier, after a scuffle at the "
        "weekend.\n\n"
        "About 300 Cambodian marchers illegally crossed into the Thai province of Sa Kaeo "
        "on Sunday, the foreign ministry in Bangkok said.\n\n"
        "On the Cambodian side, the senator Chea Vanna had led the marchers toward a "
        "disputed border marker in Kelvor district, where they wanted to look at a road "
        "Thailand is building.\n\n"
        "Thai rangers stopped the group before it reached the marker, and the fighting "
        "broke out as the marchers walked back, a Cambodian police chief said.\n\n"
        "Chea Vanna said Thai rangers and farmers had beaten him badly on the arm."
    )
    assert events[-1].claimed_by == ["Chea Vanna"]
    assert events[-1].place == "Kelvor district"


def test_an_earlier_exchange_of_fire_told_to_its_month_by_its_source_is_an_event():
    # Years before the report, but told to the month, as a harm, with who tells it: a
    # case of its own the report recalls, not background history.
    events = _events(
        "Bolivian customs officers seized 40 tonnes of smuggled sugar near Yacuiba on "
        "Monday.\n\n"
        "Argentine gendarmes had exchanged fire with suspected smugglers on the river in "
        "March 2019, the newspaper El Tribuno reported."
    )
    assert [e.date for e in events] == ["2024-01-08", "2019-03"]


def test_people_named_by_their_village_opening_the_sentence_place_what_they_tell():
    # "Residents of X told ... that soldiers arrived": the people's village is where
    # what they saw happened, capitalised at the sentence's start as anywhere else.
    events = _events(
        "Long queues built up at the Kyrgyz border for a second day.\n\n"
        "Residents of Korday told a local radio station that soldiers arrived on Tuesday "
        "and took up positions at the entrance to the village."
    )
    assert (events[-1].place, events[-1].date) == ("Korday", "2024-01-09")


def test_a_relative_clause_with_a_past_tense_not_in_ed_is_a_clause_of_its_own():
    # "the blocks that Turkey sank near X on 2 January": an act of its own, placed and
    # dated, told in a noun's relative clause whose verb is no "-ed" form.
    events = _events(
        "Thirty Greek fishing boats sailed into the Bay of Kelvora on Sunday in protest at "
        "the concrete blocks that Turkey sank near Zorvat Island on 2 January."
    )
    assert [(e.place, e.date) for e in events] == [
        ("Bay of Kelvora", "2024-01-07"),
        ("near Zorvat Island", "2024-01-02"),
    ]


def test_one_of_a_named_group_of_islands_is_in_the_group():
    # "over one of the Matsu islands": the group, named by its plural, is the place.
    events = _events(
        "Taiwanese troops fired flares at a drone over one of the Matsu islands on Monday."
    )
    assert [(e.place, e.date) for e in events] == [("Matsu islands", "2024-01-08")]


def test_speakers_placed_by_the_words_that_say_who_they_are_place_an_account_of_no_place():
    # "charities that shelter migrants in the town of X ... accused the police of beating
    # people": what they tell names no place; where they work does, not the incident
    # told before elsewhere. A capital ("the ministry in Zagreb") or a speaker's own
    # name is no such place.
    events = _events(
        "Croatian police pushed 40 migrants back into Bosnia near Velika Kladusa on "
        "Monday.\n\n"
        "Two charities that shelter migrants in the town of Bihac, Kelvor Aid and Zorva "
        "Care, accused the Croatian police of beating the people they caught."
    )
    assert events[-1].claimed_by == ["Two charities"]
    assert "Bihac" in events[-1].place


def test_a_town_the_frontier_is_kept_at_is_finer_than_the_frontier():
    # "officers at the frontier in X": X, which the gazetteer lacks, is where the checks
    # are, not the whole line; an account after it with no place is there too.
    events = _events(
        "Since Monday, Peruvian officers at the frontier in Kelvora have been searching "
        "every lorry, leaving drivers to queue for up to ten hours.\n\n"
        "Bolivia's transport minister accused Lima of holding up traffic on purpose."
    )
    assert [e.place for e in events] == ["Kelvora", "Kelvora"]
