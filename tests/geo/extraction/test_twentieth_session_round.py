"""Classes of report writing that recur across the seen folders (session 20, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_earlier_case_opened_on_its_month_and_year_is_an_incident():
    # "In March 2019 Zambia deported ...": the report recalls a case of its own in its
    # own voice, named to the month and the year that open the sentence.
    events = _events("In March 2019 Zambia deported 140 Malawians through the Nakonde crossing.")
    assert len(events) == 1 and events[0].date == "2019-03", events
    events = _events(
        "In early May 2018, Zambian police detained 26 Congolese traders at Kasumbalesa."
    )
    # "In early May": the whole month (see test_round24x).
    assert len(events) == 1 and events[0].date == "2018-05", events
    # Told after the act, a year or a month still dates a deportation through a named
    # crossing: bench/extract/README.md, "How the gold events are coded", "Age never makes
    # background" (a dated past act at a named border place or crossing is an event).
    events = _events("Zambia deported 140 Malawians through the Nakonde crossing in 2019.")
    assert [e.date for e in events] == ["2019"], events
    events = _events("Zambia deported 140 Malawians through the Nakonde crossing in March 2019.")
    assert [e.date for e in events] == ["2019-03"], events


_INCIDENT = "Zambian soldiers shot dead a Malawian herder near Chitipa on Friday. "


def test_speech_in_other_words_makes_a_claim():
    # "..., he recalled.", "spoke of", "put the number ... at": the speaker's account, not
    # the report's own voice; an envoy recalled stays a diplomatic step of its own.
    for sentence, speaker in (
        (
            "Malawi brought in checks of its own at the end of May, the minister recalled.",
            "minister",
        ),
        ("The minister recalled that Malawi had brought in checks of its own in May.", "minister"),
        ("Zambian police spoke of three people arrested on Monday.", "Zambian police"),
        (
            "A customs official put the number of lorries stuck at the post on Monday at "
            "about 3,000.",
            "customs official",
        ),
        (
            "Hours later the Malawian prime minister said soldiers had fired on the herders.",
            "Malawian prime minister",
        ),
    ):
        events = _events(_INCIDENT + sentence)
        assert len(events) == 2, (sentence, events)
        assert events[1].status == "alleged", (sentence, events)
        assert events[1].claimed_by and events[1].claimed_by[0].endswith(speaker), (
            sentence,
            events,
        )
    events = _events(_INCIDENT + "Malawi recalled its ambassador from Lusaka on Monday.")
    assert events[-1].status == "confirmed" and events[-1].category == "diplomatic_measure", events


def test_people_by_where_they_are_and_sites_by_address_speak():
    # "according to people in the village", "according to people living nearby": the
    # people named by where they are, as "according to residents" already was; a news
    # site by its web address ("zedtrade.com said") is an outlet.
    for sentence, speaker in (
        (
            "Troops rolled wire out along the river on Monday, according to people in the "
            "village.",
            "people in the village",
        ),
        (
            "Troops rolled wire out along the river on Monday, according to people living nearby.",
            "people living nearby",
        ),
        ("Zambia tightened checks at the post on 1 July, zedtrade.com said.", "zedtrade.com"),
    ):
        events = _events(_INCIDENT + sentence)
        assert len(events) == 2, (sentence, events)
        assert events[1].status == "alleged" and events[1].claimed_by == [speaker], (
            sentence,
            events,
        )


def test_a_post_at_a_named_town_is_at_that_town_and_told_back():
    # "a Tunisian border post at Ben-Gardane": the town after "at" is the place, even
    # where the whole phrase reads as the bare border; "Gunmen stormed the post" refers
    # back to it, and "the frontier toll gate" is a spot of it, not the whole line.
    events = _events(
        "Libya denied on Friday that its militiamen carried out last month's raid on a "
        "Tunisian border post at Ben-Gardane. Gunmen stormed the post on the night of 3 "
        "May, killing a customs officer who worked at the frontier toll gate, the "
        "Tunisian radio said.",
        published="2024-06-08",
    )
    assert len(events) == 2, events
    assert [e.place for e in events] == ["Ben-Gardane", "Ben-Gardane"], events


def test_people_held_in_a_count_are_a_detention():
    # "held 40 traders", "held 13 of them": people counted as the object of "held" are
    # detained; "held two meetings" or "held three rounds of talks" is no detention.
    for sentence in (
        "Zambian police held 40 traders at Nakonde on Monday.",
        "Zambian police held 13 of them at Nakonde on Monday.",
        "In October Zambian police held 13 Malawians at Nakonde.",
    ):
        events = _events(sentence)
        assert len(events) == 1 and events[0].category == "detention", (sentence, events)
    for sentence in (
        "Zambian and Malawian officials held two meetings at Nakonde on Monday.",
        "Zambian and Malawian officials held three rounds of talks at Nakonde on Monday.",
    ):
        assert not _events(sentence), sentence


def test_a_crossing_kept_part_open_is_a_closure_event():
    # Fewer let through with the count inside ("has let only 300 to 400 lorries a day
    # through", dated by the month the limit began), gates kept partly open, and a
    # crossing opened to some ("reopened the crossing to lorries").
    events = _events(
        "The Zambian side has let only 300 to 400 maize lorries a day through the Nakonde "
        "crossing since July, the website said."
    )
    assert len(events) == 1 and events[0].date == "2023-07", events
    assert events[0].status == "alleged", events
    for sentence in (
        "Zambian officers have kept only one of the three gates at Nakonde open since Monday.",
        "Zambia reopened the Nakonde crossing to lorries on Monday.",
    ):
        events = _events(sentence)
        assert len(events) == 1 and events[0].date == "2024-06-17", (sentence, events)
    assert not _events("The museum opened its doors to visitors on Monday.")


def test_a_denial_by_what_did_not_exist_or_was_not_sent():
    # "says there is no proof that ...", "there had been no fighting", and "no X, armed
    # or unarmed, had been deployed" (an aside in the subject; after "in a statement")
    # deny the claim told before.
    for sentence in (
        "Lusaka says there is no proof that the herders ever entered Zambia from Malawian soil.",
        "A Zambian security source said there had been no fighting because the Malawian "
        "unit had already left.",
        "The Zambian army said in a statement that no Zambian soldier, armed or unarmed, "
        "had been deployed along the border with Malawi.",
    ):
        events = _events(_INCIDENT + sentence)
        assert len(events) == 2 and events[1].status == "denied", (sentence, events)


def test_watch_stepped_up_on_ground_is_a_security_event():
    # "had stepped up land and air surveillance of the area north of X", "increased
    # surveillance of the lake": forces' watch made closer, as "stepped up security" is.
    for sentence in (
        "The Zambian army had stepped up land and air surveillance of the area north of "
        "Chipata on Monday.",
        "Malawi increased surveillance of the lake near Nkhata Bay on Monday.",
    ):
        events = _events(sentence)
        assert len(events) == 1 and events[0].category == "military_security", (sentence, events)


def test_border_controls_announced_are_brought_in():
    # "announced temporary controls at the border from noon on Monday": checks at a
    # border are brought in by their announcement; an announced closure stays a plan.
    events = _events("Zambia announced temporary controls at the border with Malawi on Monday.")
    assert len(events) == 1 and events[0].category == "border_closure", events
    assert events[0].date == "2024-06-17", events
    assert not _events("Zambia announced the closure of the Nakonde crossing on Monday.")


def test_an_office_with_its_seat_speaks():
    # "an official of the Zambian consulate general in Lilongwe, Name, said": the office
    # speaks though the city where it sits ends it, and "consulate general" is one office.
    for office in (
        "an official of the Zambian consulate in Lilongwe",
        "an official of the Zambian consulate general in Lilongwe",
    ):
        events = _events(
            f"Zambia deported 300 Malawians through Nakonde on Monday, {office}, John Banda, said."
        )
        assert len(events) == 1 and events[0].status == "alleged", (office, events)
        assert events[0].claimed_by[0].endswith("John Banda"), (office, events)


def test_a_matter_raised_with_an_envoy_and_an_apology_are_diplomatic_steps():
    # "had raised the matter with the ambassador", "sent a letter of apology": the
    # complaint put to the other side and its written apology answer the incident.
    events = _events(
        "Zambian soldiers put up a fence on the wrong side near Chitipa on Monday. Malawi "
        "had raised the matter with the Zambian ambassador, and the Zambian foreign "
        "ministry sent a letter of apology."
    )
    assert len(events) == 2 and events[1].category == "diplomatic_measure", events
    assert events[1].place == "near Chitipa", events


def test_an_office_owned_by_a_named_country_speaks():
    # ", Zambia's ambassador in Lilongwe, Name, told Malawian radio": an office owned by
    # a country's name, then its holder, speak, as ", the Zambian ambassador, Name" does.
    for office in ("Zambia's ambassador in Lilongwe", "Zambia's ambassador"):
        events = _events(
            "Zambian soldiers put up the fence on the wrong side near Chitipa on Monday, "
            f"{office}, Mary Phiri, told Malawian radio."
        )
        assert len(events) == 1 and events[0].status == "alleged", (office, events)
        assert events[0].claimed_by[0].startswith("Zambian ambassador"), (office, events)
        assert events[0].claimed_by[0].endswith("Mary Phiri"), (office, events)
