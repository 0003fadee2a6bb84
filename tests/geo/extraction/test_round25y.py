"""Classes of report writing that recur across the seen folders (session 25, round
25y on heldout41), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_crossing_or_island_named_in_a_province_is_the_place_not_the_province():
    # "at the X border post in Southern Province", "near X Island in East Nusa Tenggara":
    # the crossing or the island the gazetteer lacks is a point, finer than the
    # province around it; the draft keeps its name as written.
    for body, place in (
        ("Last week lorry drivers arriving from Congo at the Mavelo border post in "
         "Luapula Province refused to go into quarantine, the Times of Zambia reported.",
         "Mavelo border post"),
        ("A fisherman hauled a drifting underwater drone aboard his boat near Tarokeli "
         "Island in East Nusa Tenggara on Sunday, police said.", "near Tarokeli Island"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].place == place, (body, events)


def test_a_place_in_an_opening_clause_of_time_is_not_where_the_main_act_happened():
    # "After the militia seized X, a meeting agreed to close the crossings on the Y
    # border": the clause before the comma tells what came first; the closure is on the
    # border the main clause names.
    events = _events(
        "After the militia seized Goma, a cabinet meeting chaired by the president on Sunday "
        "agreed to close the crossings on the Congolese border except Cyanika, the daily New "
        "Times reported."
    )
    assert events and "Congo" in events[0].place_found and "Goma" not in events[0].place, events


def test_an_office_held_at_or_for_a_body_is_an_appositive_before_the_verb():
    # "Name, communications director at the X, has denied that ...": the office after
    # the name, held at or for a body, says who the speaker is; the name speaks.
    events = _events(
        "Guards pushed some 300 migrants back into Zambia from the Kasumbalesa area during "
        "May, the Congolese border police said. Pierre Ilunga, communications director at "
        "Congo's interior ministry, has denied that the expulsions were aimed at Zambians, "
        "saying the order applied to every migrant without papers."
    )
    assert any(e.status == "denied" and e.denied_by == ["Pierre Ilunga"] for e in events), events


def test_an_agency_quoting_others_still_speaks():
    # "The X news agency, quoting rebel fighters, said ...": whom it quotes is an aside;
    # the account is the agency's claim.
    events = _events(
        "The Kenya News Agency, quoting police officers, said 40 migrants had been detained "
        "near Moyale on Friday."
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == ["Kenya News Agency"], events


def test_a_weekend_opening_the_sentence_before_the_speaker_dates_the_saying():
    # "Over the weekend, the agency said six cars had crossed at X": the weekend is when
    # the agency spoke, as "On Sunday, the agency said" is; the crossing is undated.
    events = _events(
        "Over the weekend, the Kenya News Agency said six armoured cars had crossed into "
        "Ethiopia at the border town of Moyale.",
        published="2024-06-18",
    )
    assert events and events[0].date == "", events


def test_people_coming_across_from_a_country_or_slipping_in_and_out_of_a_town_cross():
    # "after coming across from X", "some were slipping in and out of Y on motorbikes":
    # people over the line, told by where they came from or by their to and fro.
    for body in (
        "Kenya's daily Nation also said 30 people were being questioned after coming across "
        "from Somalia.",
        "Police in Zambia said some traders were slipping in and out of Kasumbalesa on "
        "motorbikes.",
    ):
        events = _events(body)
        assert events and events[0].category == "crossing_attempt", (body, events)


def test_a_relative_clause_after_the_speakers_office_still_leaves_the_name_speaking():
    # "Name, minister for X province, who is in Y to oversee the lockdown, said": the
    # office and the relative clause both say who the speaker is; the name speaks.
    events = _events(
        "Joseph Banda, minister for Luapula Province, who is in Mansa to oversee the "
        "lockdown, said some traders were slipping in and out of Kasumbalesa on motorbikes."
    )
    assert events and events[0].claimed_by == ["Joseph Banda"], events
    assert events[0].status == "alleged", events


def test_a_side_putting_the_others_losses_at_a_number_claims_them():
    # "Kenyan officials put Somali losses in Friday's fighting at some 40 killed": a
    # count given by a side is its estimate, a claim of that side.
    events = _events(
        "Kenyan officials put Somali losses in Friday's fighting near Mandera at some 40 "
        "killed and wounded."
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == ["Kenyan officials"], events


def test_a_clause_of_calling_with_no_subject_of_its_own_is_still_the_speakers():
    # "The governor said the province had sent a note of complaint to the embassy, and
    # called the drone a spy": the clause after "and" has no subject of its own; the
    # speaker goes on speaking, so the note stays the governor's claim.
    events = _events(
        "A fisherman found an underwater drone near Morotai Island on Sunday. North Maluku "
        "governor Abdul Gani Kasuba said the provincial government had sent a diplomatic "
        "note of complaint to the Chinese embassy, and called the drone a spy."
    )
    assert events and events[-1].category == "diplomatic_measure", events
    assert events[-1].status == "alleged", events


def test_giving_people_a_few_weeks_to_leave_is_an_order_to_go():
    # "The president gave illegal immigrants in X two weeks to leave on 29 July": an
    # order to get out by a day, the expulsion's first act, dated by the order's day.
    events = _events(
        "Uganda's President Yoweri Museveni gave illegal immigrants in Kisoro two weeks to "
        "leave on 3 May, at the end of a tour of the district.",
        published="2024-06-20",
    )
    assert events and events[0].date == "2024-05-03", events
