"""Classes of report writing that recur across the seen folders (session 18, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_people_stuck_on_one_side_or_refused_seats_are_incidents():
    # "drivers were stuck on the Zambian side": people held on one side of the line.
    events = _events(
        "Tanzania tightened its rules in May. By 9 May the post at Tunduma lay nearly "
        "empty, and scores of bus passengers were stuck on the Zambian side."
    )
    assert events and events[-1].date == "2023-05-09" and "Tunduma" in events[-1].place, events
    assert events[-1].category == "humanitarian_incident", events
    # Lorries stuck there are a queue, not people in need.
    events = _events("Tanzania shut its side. Hundreds of lorries were stuck on the Zambian side.")
    assert all(e.category != "humanitarian_incident" for e in events), events
    # "were refused seats on buses to X at Y": kept from crossing by the carrier.
    events = _events(
        "Tanzania tightened its rules this week. About 80 travellers without passports "
        "were refused seats on buses to Zambia at Tunduma on Monday."
    )
    assert events and events[-1].place == "Tunduma" and events[-1].date == "2024-01-08", events


def test_a_work_under_way_told_in_the_present_is_an_undated_event():
    # "X is building a fence along its border with Y": an act going on as the report is
    # written, not the state of things ("the camps are full").
    events = _events("Zambia is putting up a barrier along its border with Malawi.")
    assert len(events) == 1 and events[0].date == "" and "Malawi" in events[0].place, events
    assert events[0].status == "confirmed", events
    events = _events("Malawi is massing troops near Chitipa, close to the Zambian line.")
    assert events and "Chitipa" in events[0].place, events
    # The state of a work already there is still no event.
    assert not _events("The barrier along the border with Malawi is tall and rusty.")


def test_ties_cut_and_a_demarche_are_diplomatic_steps():
    # "cut their ties with <capital>": a step against that capital's country, not at the
    # border of the first two states that took it.
    events = _events(
        "Kenya, Uganda, Rwanda and Burundi cut their ties with Dodoma on 3 January, "
        "accusing it of arming rebels."
    )
    assert len(events) == 1 and events[0].category == "diplomatic_measure", events
    assert events[0].place == "Tanzania" and events[0].date == "2024-01-03", events
    events = _events(
        "Lesotho says South African soldiers crossed the line near Maseru. Its envoy, "
        "Thabo Mokoena, said on Friday that his government had delivered a demarche to "
        "Pretoria on 4 January."
    )
    assert events[-1].category == "diplomatic_measure" and events[-1].date == "2024-01-04", events


def test_a_letter_from_a_body_is_that_body_speaking():
    # "according to a letter from X made public on Tuesday": X claims; the day the
    # letter came out dates the saying, not the act; "The letter said" is X again.
    events = _events(
        "LUSAKA, Jan 10 - Zambia has shut the Nakonde border post with Tanzania, "
        "according to a letter from the Zambian revenue authority made public on "
        "Tuesday.\n\nThe letter said the post had been closed since Monday evening on "
        "the orders of senior officials."
    )
    assert events and events[0].claimed_by == ["Zambian revenue authority"], events
    assert events[0].status == "alleged" and events[0].date != "2024-01-09", events
    assert all(e.claimed_by == ["Zambian revenue authority"] for e in events), events


def test_a_village_near_which_it_happened_in_a_named_region_is_kept():
    # "near the village of X in the Y region": the gazetteer reads "Y region" as a whole
    # province, coarser than the village the report names; as with "in Y district", the
    # village as written says more.
    events = _events(
        "Azerbaijan said on Sunday that two smugglers from Iran fired on a patrol near the "
        "village of Qaraqolu in the Astara region on Saturday."
    )
    assert events and "Qaraqolu" in events[0].place, events
    assert "Astara" not in events[0].place, events


def test_a_speakers_claim_to_the_ground_is_a_statement_placed_at_it():
    # "said the island belongs to X", "said the island lay in X's territory": whose
    # ground it is, claimed by a voice; placed at the ground told before, not at the
    # state named as its owner.
    events = _events(
        "Namibian soldiers landed on Kasikili Island in the Chobe river on Sunday, "
        "Botswana's army said.\n\n"
        "Botswana's foreign minister, Lemogang Kwape, said the island belongs to "
        "Botswana.\n\n"
        "Namibia's government said the island lay in Namibian territory.\n\n"
        "A police spokesman said the soldiers belonged to a river unit."
    )
    statements = [e for e in events if e.category == "official_statement"]
    assert len(statements) == 2, events
    assert all(e.place == "Kasikili Island" and e.status == "alleged" for e in statements)
    assert statements[0].claimed_by and "Kwape" in statements[0].claimed_by[0], events


def test_a_body_found_and_people_refused_the_shore_are_incidents():
    # "His body was found on Sunday": a death told by its finding.
    events = _events(
        "A Brazilian gold miner went missing near Oiapoque on Friday, police said. His "
        "body was found on Sunday."
    )
    assert len(events) == 2 and events[1].date == "2024-01-07", events
    assert events[1].category == "humanitarian_incident", events
    # "refused to let them land": kept from the shore, as "would not let them leave".
    events = _events(
        "Cypriot patrol boats took a fishing boat with 90 Syrians back towards Syria on "
        "Monday, a rights group said. Port officials at Tartus refused to let them land."
    )
    assert events and events[-1].place == "Tartus", events
    assert events[-1].category == "border_infrastructure", events


def test_the_group_named_back_is_the_rights_body_named_before():
    # "The group said" after "Amnesty International said ...": the body named last whose
    # name says it is one, though the report never called it "a group".
    events = _events(
        "Amnesty International said on Monday that guards beat 40 migrants near Nakonde "
        "on Saturday.\n\n"
        "The group said on Tuesday that 12 of them were taken to hospital in Tunduma."
    )
    assert len(events) == 2, events
    assert events[1].claimed_by == ["Amnesty International"], events


def test_who_accuses_in_a_clause_after_when_is_its_subject():
    # "The quarrel began in March, when Zambia accused ...": the subject of the clause
    # after "when" accuses, not the sentence's first word.
    events = _events(
        "The quarrel began in March, when Zambia accused Malawian soldiers of crossing "
        "into Chitipa."
    )
    assert events and events[0].claimed_by == ["Zambia"], events


def test_transit_stopped_in_a_verb_is_a_crossing_restricted():
    # "stopped carrying goods ...": a carrier's transit cut, as "halted all freight" is.
    events = _events(
        "Zambia Railways stopped carrying goods through Kapiri Mposhi to Tanzania on "
        "Saturday, the company said."
    )
    assert events and events[0].category == "border_infrastructure", events
    assert events[0].date == "2024-01-06", events


def test_a_states_waters_off_a_named_spot_are_placed_off_that_spot():
    # "intruded into Zambia's waters off Mpulungu": the water by a spot the gazetteer may
    # lack is finer than the state whose water it is; kept as "off X".
    events = _events(
        "Zambia said on Friday that Tanzanian patrol boats had kept entering Zambia's "
        "waters off Kasakalawe since October."
    )
    assert events and events[0].place == "off Kasakalawe", events


def test_lives_taken_are_a_killing_in_other_words():
    # "had taken the lives of 30 people": killed, told another way.
    events = _events(
        "Kenya's interior minister told parliament on Tuesday that raiders from Ethiopia "
        "had taken the lives of 30 herders near Moyale."
    )
    assert events and events[0].category == "humanitarian_incident", events
    assert "Moyale" in events[0].place and events[0].status == "alleged", events


def test_a_note_handed_to_a_state_is_placed_at_the_incident_it_answers():
    # "had handed a demarche to China": China receives the note; the step answers the
    # incident told before and is placed there, not in the receiving country.
    events = _events(
        "Zambian troops began building a road at Chitipa on 16 June, Malawi's foreign "
        "ministry said.\n\n"
        "Malawi's ambassador in Harare, Grace Phiri, said her country had handed a "
        "demarche to Zambia through its embassy in the Zimbabwean capital on Wednesday.",
        published="2024-06-30",
    )
    assert len(events) == 2 and events[1].category == "diplomatic_measure", events
    assert events[1].place == events[0].place, events
