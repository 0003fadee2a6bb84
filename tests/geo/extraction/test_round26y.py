"""Classes of report writing that recur across the seen folders (session 26, round
26y on heldout43), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_boats_fishing_in_a_states_waters_are_an_incursion():
    # "trawlers were seen fishing in X's waters off Y", "found boats fishing illegally in
    # X's exclusive economic zone near Y": foreign boats working another state's sea is
    # the incident at sea reports tell first; the sentences after it go on about it.
    events = _events(
        "Two Thai trawlers were first seen fishing in Myanmar's waters off Zadetkyi last "
        "Monday, a navy spokesman, Aung Kyaw, said. According to Aung Kyaw, one trawler "
        "tried to ram the patrol boat as it fled."
    )
    assert len(events) == 2, events
    assert all("Zadetkyi" in e.place for e in events), events
    assert events[0].status == "alleged" and events[0].date == "2024-06-17", events
    events = _events(
        "Guards of the coast directorate had found three Sri Lankan boats fishing "
        "illegally in India's exclusive economic zone near Kachchatheevu, an officer said."
    )
    assert events and "Kachchatheevu" in events[0].place, events


def test_boats_fishing_in_international_waters_are_no_incursion():
    events = _events(
        "The trawlers were fishing in international waters far from any coast, the owners said."
    )
    assert not events, events


def test_according_to_opening_a_sentence_voices_all_its_clauses():
    # "According to X, the boat tried to ram the cutter, and the crew fired at its
    # engine": the attribution that opens the sentence covers every clause after it,
    # not only the first; the incident is X's account.
    events = _events(
        "Smugglers crossed the river into Ghana near Paga on Sunday, the police said.\n\n"
        "According to Adjei, the lorry tried to run down an officer as it sped away, and "
        "the patrol fired at its tyres to stop it."
    )
    assert len(events) == 2, events
    assert events[1].status == "alleged" and events[1].claimed_by == ["Adjei"], events


def test_a_count_back_restated_by_its_day_is_that_day():
    # "Less than a week earlier, on 3 June, guards arrested ...": the day set off after
    # the count back says which day it was; the count is only the way there.
    events = _events(
        "Guards shot dead a smuggler near Paga on Sunday 16 June, the police said.\n\n"
        "Less than a week earlier, on 12 June, guards arrested nine smugglers near Paga "
        "after finding fuel in their lorry."
    )
    assert [e.date for e in events] == ["2024-06-16", "2024-06-12"], events


def test_a_secretary_a_director_or_an_envoy_speaks():
    # "..., the permanent secretary for trade, Name, told a briefing", "the agency's
    # director, Name, said": offices that speak for a state body, as a minister does.
    for body, speaker in (
        ("Zambia has closed the Kasumbalesa border post, the permanent secretary for "
         "trade, Mary Banda, told a press briefing on Wednesday.", "Mary Banda"),
        ("Guards turned back 40 lorries at the Kasumbalesa border post on Monday, the "
         "revenue authority's director, Paul Mwale, said.", "Paul Mwale"),
        ("Guards turned back 40 lorries at the Kasumbalesa border post on Monday, the "
         "envoy said.", "envoy"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].status == "alleged", (body, events)
        assert speaker in ";".join(events[0].claimed_by), (body, events)


def test_a_thing_seen_drifting_over_a_country_is_in_its_sky():
    # "A white object was seen drifting high over X on Thursday": the sighting of a
    # craft over a country tells the incursion, whatever the craft is called.
    events = _events(
        "A round silver object was seen drifting high over Honduras on Thursday, and "
        "farmers near Danli filmed it."
    )
    assert events and events[0].date == "2024-06-20", events


def test_people_told_by_where_they_reached_or_landed_are_crossing():
    # "At least 2,000 refugees had reached the outskirts of X", "People were still
    # landing on the far bank, some by canoe": the flight told by where it got to.
    events = _events(
        "Several thousand Congolese have fled across the Ubangi river into the Central "
        "African Republic since Monday, the Red Cross said on Thursday.\n\n"
        "At least 2,000 refugees had reached the outskirts of Bangui, a Red Cross official, "
        "Marie Yakete, told AFP. People were still landing on the far bank, some of them "
        "in canoes, a police source said."
    )
    assert len(events) == 3, events
    assert all("Bangui" in e.place for e in events[1:]), events
    assert events[1].claimed_by == ["Red Cross official Marie Yakete"], events


def test_an_incident_placed_by_a_whole_sea_is_at_the_spot_told_since():
    # "... fired on two boats in the Andaman Sea", then "the boats had come into its
    # waters off the port of X": another voice's account with no place of its own is of
    # that incident, at the spot told since, not anywhere on the whole sea.
    events = _events(
        "A Thai fisherman was killed when Myanmar's navy opened fire on two trawlers in "
        "the Andaman Sea late on Sunday.\n\n"
        "The two trawlers had come into Myanmar's waters about 40 miles from the port of "
        "Kawthaung, according to the navy's commander, Min Aung.\n\n"
        "Thailand's foreign ministry spokesman, Somchai Wong, said on Monday that Bangkok "
        "had conveyed its concern to the Myanmar embassy and wanted the sailors who killed "
        "the fisherman disciplined."
    )
    assert len(events) == 3, events
    assert "Kawthaung" in events[2].place, events
