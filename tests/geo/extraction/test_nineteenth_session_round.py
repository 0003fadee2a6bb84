"""Classes of report writing that recur across the seen folders (session 19, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_measure_kept_since_a_day_is_dated_by_that_day():
    # "has sent police to the line since 2 May": the measure began that day; what lasts
    # since is its state, as with a crossing "closed since Wednesday".
    events = _events(
        "Zambia has sent some 400 police officers and 150 soldiers to its border with "
        "Malawi since 2 May."
    )
    assert events and events[0].date == "2024-05-02", events
    events = _events("Malawi has kept permanent checks at its border with Zambia since March.")
    assert events and events[0].date == "2024-03", events
    # A practice in the perfect progressive, the day first.
    events = _events(
        "Since 9 June, Zambian officers at the Mwami border post have been stopping and "
        "searching every car, leaving drivers to queue for hours."
    )
    assert events and events[0].date == "2024-06-09", events
    # Fighting and people counted as they crossed stay a stretch until the report.
    events = _events("Fighting has been raging along the Zambian border since Sunday.")
    assert events and events[0].date == "2024-06-16/2024-06-20", events
    events = _events("More than 6,000 Malawians have crossed into Zambia since Saturday night.")
    assert events and "/" in events[0].date, events


def test_a_diplomatic_step_in_other_words_is_drafted():
    # The passive ("X's ambassador in Y was called to the foreign ministry", "had been
    # summoned"), consuls and high commissioners, and a note handed to an envoy are
    # diplomatic steps, placed at the incident they answer.
    incident = "Zambian soldiers shot dead a Malawian herder near Chitipa on Friday. "
    for step in (
        "Malawi's ambassador in Lusaka was called to the Zambian foreign ministry on Monday.",
        "A representative of the Zambian embassy had been summoned to the ministry on Monday.",
        "Malawi called in Zambia's consul general on Monday.",
        "Malawi summoned Zambia's acting high commissioner on Monday.",
        "Malawi's foreign ministry handed a note of its own to Zambia's chargé d'affaires "
        "in Lilongwe on Monday.",
    ):
        events = _events(incident + step, published="2024-01-10")
        assert len(events) == 2, (step, events)
        assert events[1].category == "diplomatic_measure", (step, events)
        assert events[1].date == "2024-01-08" and events[1].place == "near Chitipa", (step, events)
    # A step only planned stays no event.
    events = _events(incident + "Malawi's ambassador would be called to the ministry.")
    assert len(events) == 1, events


def test_a_unit_named_before_its_kind_keeps_its_container_aside():
    # "the X district of Y region": X is the district, Y the region around it, not a
    # district named Y; "the Kenyan county of Lamu" still names the county Lamu.
    events = _events("A drone crashed in the Chitipa district of Northern Region on Monday.")
    assert events and events[0].place == "Chitipa district", events
    events = _events("Kenya sent troops to the Kenyan county of Lamu on Monday.")
    assert events and events[0].place == "Lamu", events


def test_forces_sent_made_more_or_hunting_are_security_events():
    # Forces sent by other nouns ("fighters", "more of its own border guards"), made more
    # in number ("doubled their numbers", "the number of guards ... was doubled") and a
    # hunt for the men who crossed ("combing roads", "hunting for the men") are events.
    for sentence in (
        "Zambia sent thousands of fighters of the national service to Nakonde on Monday.",
        "Zambia had sent more of its own border guards to Nakonde on Monday as well.",
        "Zambian guards doubled their numbers at Nakonde on Monday.",
        "The number of Zambian police officers at Nakonde was doubled on Monday.",
        "Zambian police and soldiers were combing roads and farms around Nakonde on Monday.",
        "Zambian police were hunting for the gunmen around Nakonde on Monday.",
    ):
        events = _events(sentence, published="2024-01-10")
        assert len(events) == 1 and events[0].category == "military_security", (sentence, events)
        assert events[0].place == "Nakonde" and events[0].date == "2024-01-08", (sentence, events)
    # A plan stays none.
    assert not _events("Zambia will send more of its own border guards to Nakonde.")


def test_a_ranked_head_described_at_length_speaks_after_the_claim():
    # "..., a senior official of an armed group in X said": the head after a word of
    # rank, its description and where the speaker sits; the claim is theirs.
    events = _events(
        "LILONGWE, Jan 10 - The two drones that hit the army base in Karonga in Malawi on "
        "3 January took off from Zambia, a senior official of a rebel movement in Lusaka "
        "said this week.",
        published="2024-01-10",
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == ["senior official of a rebel movement in Lusaka"], events
    # Staff at a post who confirm a closure stay the report's own voice, as before.
    events = _events(
        "Later in January Malawi closed the border from its own side, and security staff "
        "at the Zambian border posts confirmed the closure at the time.",
        published="2024-03-10",
    )
    assert events and events[0].status == "confirmed", events


def test_people_without_food_water_or_shelter_are_a_plight():
    # Nights on the ground, days with no food or water, sleeping rough, living in tents
    # and leaving home out of fear: people in need, though no one was hurt.
    for sentence in (
        "About 900 people have spent the nights of this week on the cold ground at Nakonde.",
        "Travellers said they had spent up to three days at Nakonde in the heat with no "
        "food or water.",
        "Hundreds of Malawians have been living in small tents in a field near Nakonde.",
        "One trader said he and 20 others had neither water nor food at Nakonde.",
        "A family of nine left their home near Nakonde out of fear.",
    ):
        lead = "LUSAKA, Jan 10 - Zambia shut its border with Malawi on Monday. "
        events = _events(lead + sentence)
        assert len(events) == 2, (sentence, events)
        assert events[1].category == "humanitarian_incident", (sentence, events)
        assert "Nakonde" in events[1].place, (sentence, events)
    # Food and water brought to them are no plight of their own.
    events = _events(
        "LUSAKA, Jan 10 - Zambia shut its border with Malawi on Monday. Aid groups brought "
        "food and water to Nakonde."
    )
    assert len(events) == 1, events


def test_people_kept_out_and_shelters_put_up_in_other_words():
    # "kept X out of Y" and "could not enter" keep people from ground or a country, as
    # "kept X away from" does; a tent or checkpoints put up are built, as huts are.
    lead = "LUSAKA, Jan 10 - Malawi shut its border with Zambia on Monday. "
    for sentence in (
        "Malawian soldiers kept traders and herders out of the Karonga market on Tuesday.",
        "Officers at Karonga said Zambian passport holders could not enter the country either.",
        "Malawian soldiers put up a tent beside the Karonga post on Tuesday.",
        "Malawi set up 12 checkpoints around Karonga on Tuesday.",
    ):
        events = _events(lead + sentence)
        assert len(events) == 2 and "Karonga" in events[1].place, (sentence, events)


def test_sent_back_with_a_named_object_is_a_pushback():
    # "sent his group back", "drove the 40 men back": the object may be more than a
    # pronoun between the verb and "back".
    lead = "LUSAKA, Jan 10 - Malawi shut its border with Zambia on Monday. "
    for sentence in (
        "Zambian police sent his group back from Kasama to the Malawian border on Tuesday.",
        "At Kasama, Zambian soldiers drove the 40 men back on Tuesday.",
        "Zambian guards sent about 300 people back from Kasama on Tuesday.",
    ):
        events = _events(lead + sentence, published="2024-01-10")
        assert len(events) == 2 and events[1].category == "pushback", (sentence, events)
        assert events[1].place == "Kasama" and events[1].date == "2024-01-09", (sentence, events)


def test_people_named_by_their_nationality_speak():
    # "A 25-year-old Somali told ...", "Two young Somalis said ...": a nationality used
    # as a noun after an article or a count (and an age) is a speaker, as "a man" is.
    lead = "LUSAKA, Jan 10 - Malawi shut its border with Zambia on Monday. "
    for sentence, speaker in (
        ("A 25-year-old Somali told the Open Borders project that Zambian police had "
         "beaten him at Kasama on Tuesday.", "25-year-old Somali"),
        ("Two young Somalis said Zambian police had beaten them at Kasama on Tuesday.",
         "Two young Somalis"),
    ):  # fmt: skip
        events = _events(lead + sentence, published="2024-01-10")
        assert len(events) == 2 and events[1].status == "alleged", (sentence, events)
        assert events[1].claimed_by == [speaker], (sentence, events)


def test_a_decree_is_dated_by_the_day_it_was_issued():
    # "A decree issued in March drew up closed zones": the decree acts by being issued;
    # "a statement issued on Monday" still dates only the saying.
    events = _events(
        "A government decree issued in March drew up closed military zones along the "
        "Zambian border."
    )
    assert events and events[0].date == "2024-03", events
    events = _events(
        "Zambian soldiers crossed the border near Chitipa, according to a statement issued "
        "on Monday by the Malawian army."
    )
    assert events and events[0].date == "", events


def test_fewer_let_through_a_crossing_is_a_restriction():
    # "has cut the number of lorries it clears each day at X", "officers processed only
    # 400 a day": a crossing slowed on purpose, as a closure in part.
    for sentence in (
        "Zambia has cut the number of lorries it clears each day at Nakonde from 600 to "
        "300, the Malawian revenue authority said.",
        "Between 2 and 6 June, the authority said, Zambian officers at Nakonde processed only "
        "300 to 350 lorries a day.",
    ):
        events = _events(sentence)
        assert events and events[0].place == "Nakonde" and events[0].status == "alleged", (
            sentence,
            events,
        )
    # A count of what went through, with no limit, is no event.
    assert not _events("About 600 lorries a day cross at Nakonde in a normal week.")


def test_services_or_people_stopped_at_the_line_are_incidents():
    # "Trains from X into Y were stopped from 5 p.m. on Sunday", "police stopped 26
    # migrants at X": stopped at the line, as "halted" and "intercepted" already were.
    events = _events(
        "Trains from Zambia into Malawi were stopped from 5 p.m. on Sunday, a Zambian "
        "rail spokesman said.",
        published="2024-01-10",
    )
    assert events and events[0].date == "2024-01-07" and events[0].status == "alleged", events
    events = _events("Zambian police stopped 26 migrants at Nakonde on Monday.", "2024-01-10")
    assert events and events[0].place == "Nakonde" and events[0].date == "2024-01-08", events
    # "stopped working" or "stopped by" a place is no incident.
    assert not _events("The lifts at the Lusaka hotel stopped working on Monday.")


def test_people_come_through_a_crossing_or_back_are_arrivals():
    # "came through al-Qaim", "came through the crossing", "40,000 people have come back":
    # arrivals told by the way they came, as "came across the border" already was.
    lead = "LUSAKA, Jan 10 - Malawi shut its border with Zambia on Monday. "
    for sentence in (
        "More than 2,000 Malawian traders came through Mwami on Tuesday.",
        "More than 2,000 Malawian traders came through the crossing at Mwami on Tuesday.",
        "Close to 9,000 people have come back to Mwami since Tuesday, the governor said.",
    ):
        events = _events(lead + sentence, published="2024-01-10")
        assert len(events) == 2 and events[1].category == "crossing_attempt", (sentence, events)
        assert "Mwami" in events[1].place, (sentence, events)
    # "the results came back" is no arrival.
    assert len(_events(lead + "The test results came back on Tuesday.")) == 1


def test_a_post_named_with_its_number_is_the_place():
    # "at the Mbita 4 coastal surveillance post", "at the Pillar 7 border outpost": a
    # name and its number, described before the post's noun, are where it happened.
    events = _events(
        "Malawian soldiers fired on Zambian fishermen near the Zambian shore at the Mbita 4 "
        "coastal surveillance post on Monday.",
        published="2024-01-10",
    )
    assert events and events[0].place == "Mbita 4", events


def test_works_taken_down_on_the_line_are_incidents():
    # "took down a solar panel that stood inside X", "dismantled the fence": works on
    # the line taken away, as building them is an incident.
    lead = "LUSAKA, Jan 10 - Malawi shut its border with Zambia on Monday. "
    for sentence in (
        "Zambian workers took down a solar panel that stood inside Malawi near Karonga on "
        "Tuesday.",
        "Malawian police dismantled the fence near Karonga on Tuesday.",
    ):
        events = _events(lead + sentence, published="2024-01-10")
        assert len(events) == 2 and events[1].date == "2024-01-09", (sentence, events)
    # Names taken down are no works.
    assert len(_events(lead + "Officers took down the names of the drivers.")) == 1


def test_a_spot_off_a_place_keeps_the_spot():
    # "north of X Island, off Y": the island (or a bearing from it) is where it happened;
    # "off Y" only says where the island lies.  "over the sea off Y" stays at "off Y".
    events = _events(
        "LILONGWE, Jan 10 - A Zambian helicopter flew into Malawian airspace twice north "
        "of Likoma Island, off Nkhata Bay, on Monday, the Malawian army said.",
        published="2024-01-10",
    )
    assert events and events[0].place == "north of Likoma Island", events


def test_the_same_voice_telling_another_kind_of_act_is_another_event():
    # "X shut the crossing, the army said. It said soldiers had been deployed there": two
    # acts of one voice; a harm told after them ("one soldier was wounded") goes on
    # about the act before it.
    events = _events(
        "Malawi shut its Mwami crossing with Zambia on Monday, the Malawian army said. It "
        "said soldiers had also been deployed at Mwami. It said one soldier was wounded.",
        published="2024-01-10",
    )
    assert [e.category for e in events] == ["border_infrastructure", "military_security"], events
    assert len(events[1].evidence) == 2, events


def test_people_of_a_calling_at_the_site_speak():
    # "Malawian clerics at the site said", "a priest told": people of a calling who
    # tell what they saw are speakers, as villagers and traders are.
    events = _events(
        "LILONGWE, Jan 10 - Zambian border guards have doubled their numbers at the Chitipa "
        "post on the undemarcated border with Malawi since 4 January, Malawian clerics at "
        "the site said on Wednesday.",
        published="2024-01-10",
    )
    assert events and events[0].status == "alleged", events
    assert events[0].claimed_by == ["Malawian clerics at the site"], events
