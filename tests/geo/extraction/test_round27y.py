"""Classes of report writing found on heldout45 (session 27, round 27y), each checked on
sentences written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2021-01-26"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_entry_ban_taking_effect_is_a_closure():
    # "X's ban on entry from Y took effect", "an entry ban on travellers from Y came into
    # force": one state shutting its side of the line to the other's travellers.
    events = _events("Latvia's ban on entry from Estonia took effect at the start of Monday.")
    assert len(events) == 1, events
    assert events[0].category == "border_closure", events
    assert events[0].date == "2021-01-25" and events[0].status == "confirmed", events
    assert "border" in events[0].place, events
    events = _events(
        "Latvia's entry ban on travellers from Estonia came into force on Monday, the "
        "interior ministry said."
    )
    assert len(events) == 1 and events[0].status == "alleged", events


def test_an_entry_ban_still_to_come_is_a_plan():
    assert not _events("Latvia's ban on entry from Estonia will take effect next Monday.")


def test_travellers_turned_away_by_a_long_object_are_kept_out():
    # "turned a number of travellers away at X": the people turned take four words.
    events = _events(
        "Latvia closed its border with Estonia on Monday.\n\n"
        "Guards turned a small group of drivers away at Valka on Monday, an officer told "
        "the local radio."
    )
    assert len(events) == 2 and events[1].place == "Valka", events
    assert events[1].date == "2021-01-25" and events[1].status == "alleged", events


def test_people_who_had_to_turn_back_were_sent_back():
    # "only a few have had to turn back": sent back at the line, the report's border.
    events = _events(
        "Latvia closed its border with Estonia on Monday.\n\n"
        "Officers are stopping every car, but only a few have had to turn back, police "
        "chief Ivan Ott told the agency."
    )
    assert len(events) == 2, events
    assert events[1].category == "pushback" and events[1].status == "alleged", events
    assert "Ivan Ott" in events[1].claimed_by[0], events


def test_a_states_waters_near_a_named_land_are_at_that_land():
    # "was sent to French waters near X": whose waters they are says only which side of
    # the line the boat keeps; the place is the land they lie by.
    events = _events(
        "According to the French navy, the patrol boat Flamant was sent to French waters "
        "near Guernsey to escort the fishing boats.",
        published="2021-05-06",
    )
    assert len(events) == 1 and "Guernsey" in events[0].place, events
    assert events[0].place_found == "Guernsey", events


def test_a_drill_announced_by_the_force_holding_it_is_the_drill():
    # "after Chinese warships announced a live-fire exercise": a navy's notice of its
    # own drill is given as the drill starts, so it tells the drill, on the teller's word.
    events = _events(
        "Thirty airliners had to change their routes over the Coral Sea on Friday after "
        "Chinese warships announced a live-fire exercise with little warning, officials "
        "of Airservices Australia told a hearing.",
        published="2025-02-25",
    )
    assert len(events) == 1, events
    assert events[0].place == "Coral Sea" and events[0].date == "2025-02-21", events
    assert events[0].status == "alleged", events
    assert events[0].claimed_by == ["officials of Airservices Australia"], events


def test_a_drill_announced_for_later_stays_a_plan():
    assert not _events(
        "Russia announced on Monday that it would hold naval drills off Cork next month.",
        published="2025-02-25",
    )


def test_a_man_named_rob_robs_no_one():
    # "chief executive Rob Sharp said ...": the given name, not the verb of a robbery.
    events = _events(
        "Thirty airliners had to change their routes over the Coral Sea on Friday after "
        "Chinese warships announced a live-fire exercise, officials said.\n\n"
        "The agency's chief executive, Rob Sharp, said it first heard of the drill at "
        "9.58 a.m. on Friday, when a pilot passed on a radio call.",
        published="2025-02-25",
    )
    assert len(events) == 1, events


def test_people_picked_up_by_police_are_detained():
    # "police had picked up eight Haitian men at X", dated from the day told before.
    events = _events(
        "On May 22, 2024, police arrested 16 Haitians at Lucea.\n\n"
        "Two days before that, police had picked up eight Haitian men at Negril.",
        published="2025-05-18",
    )
    assert len(events) == 2, events
    assert events[1].category == "detention" and events[1].place == "Negril", events
    assert events[1].date == "2024-05-20", events


def test_a_place_named_with_a_possessive_keeps_it():
    # "at Hector's River, also in Portland": the possessive is the name's own, before
    # its feature word, and the place is the one the gazetteer lacks, kept as written.
    events = _events(
        "On May 22, 2024, police arrested 16 Haitians at Lucea.\n\n"
        "Two days before that, police had arrested eight Haitian men at Fisher's Cove, "
        "also in Hanover.",
        published="2025-05-18",
    )
    assert len(events) == 2 and events[1].place == "Fisher's Cove", events


def test_a_photograph_released_by_a_force_is_its_claim():
    # "The navy had earlier released a photograph of the frigate sailing off X": what the
    # picture shows is told on the word of whoever put it out.
    events = _events(
        "Chinese warships held live-fire drills in the Coral Sea on Friday, officials "
        "said.\n\n"
        "The Australian Defence Force had earlier released a photograph of the frigate "
        "Hengyang sailing about 150 nautical miles off Brisbane.",
        published="2025-02-25",
    )
    assert events and events[-1].place == "Brisbane", events
    assert events[-1].status == "alleged", events
    assert events[-1].claimed_by == ["Australian Defence Force"], events


def test_a_side_of_a_states_coast_is_that_state():
    # "heading south along Norway's west coast": a side of the coast, the state's own.
    events = _events(
        "Two Russian warships were seen patrolling along Sweden's east coast on Monday, "
        "Finnish naval sources said.",
        published="2022-01-30",
    )
    assert events and events[0].place_found == "Sweden", events


def test_figures_quoted_by_a_paper_are_the_papers_claim():
    # "Figures quoted by the newspaper X show ...": whoever quotes the figures says so.
    events = _events(
        "Austria began checks on its border with Slovenia on Monday.\n\n"
        "Figures quoted by the newspaper Kurier show about 2,000 people entered Austria "
        "illegally across the Slovenian border in June.",
        published="2023-10-17",
    )
    assert len(events) == 2, events
    assert events[1].status == "alleged", events
    assert "Kurier" in events[1].claimed_by[0], events


def test_people_taken_away_to_be_questioned_are_detained():
    # "took several people away from the site to be questioned": held for questioning.
    events = _events(
        "Spain closed its border with Gibraltar on Friday.\n\n"
        "Guards took several people away from the pier at La Linea to be questioned on "
        "Monday, the minister wrote.",
        published="2016-12-02",
    )
    assert len(events) == 2 and events[1].category == "detention", events
    assert events[1].date == "2016-11-28" and events[1].status == "alleged", events
