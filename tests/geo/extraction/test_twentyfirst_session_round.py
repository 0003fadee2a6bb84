"""Classes of report writing that recur across the seen folders (session 21, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, read_report, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_named_area_of_a_river_is_the_place_not_the_country_around_it():
    # "on Guyanese territory in the X area of the river": the named stretch is finer
    # than the country whose ground it is, as "the X area" alone already is.
    events = _events(
        "Soldiers burned a dredge on Guyanese territory in the Koriabo Bend area of the "
        "river on Tuesday."
    )
    assert len(events) == 1 and events[0].place == "Koriabo Bend", events
    events = _events("Soldiers burned a dredge in the Koriabo Bend area of the lake on Tuesday.")
    assert len(events) == 1 and events[0].place == "Koriabo Bend", events


def test_a_name_set_off_as_an_island_is_the_place():
    # "on X, an island that is Guyanese territory": the apposition says X is a place,
    # finer than the country whose ground it is, even when the gazetteer lacks it.
    events = _events(
        "Guards seized a dredge on Koriabo Kondre, an island that is Guyanese territory, "
        "on Tuesday."
    )
    assert len(events) == 1 and events[0].place == "Koriabo Kondre", events
    events = _events("Guards seized a dredge on Tuesday on Koriabo Kondre, an islet in the river.")
    assert len(events) == 1 and events[0].place.startswith("Koriabo Kondre"), events


def test_places_in_a_where_clause_describing_the_place_only_locate_it():
    # "at X, where the Y river flows into the Z": the clause tells what lies at X, in
    # the present of geography; X is the place, not the rivers that meet there.
    events = _events(
        "A herder was shot dead by Malawian soldiers on Friday at Chitembo, where the "
        "Luwumbu river flows into the Lunzi."
    )
    assert len(events) == 1 and events[0].place == "Chitembo", events
    # A where-clause telling what happened there keeps its place.
    events = _events("The herders fled to Chitipa, where soldiers detained six of them on Friday.")
    assert len(events) == 1 and events[0].place == "Chitipa", events


def test_a_countrys_borders_with_another_are_that_border():
    # "X's president had closed all of his country's borders with Y": the border of X
    # and Y, owned as "its border with Y" is, plural or singular.
    lede = (
        "LUSAKA, March 23 - Zambia and Malawi will keep their land frontier shut for 30 days.\n\n"
    )
    for sentence in (
        "Zambia's president, Ruth Mwale, had closed all of his country's borders with "
        "Tanzania, by land and air, from last Tuesday.",
        "Zambia had closed all of its borders with Tanzania from last Tuesday.",
        "Zambia's president had closed the country's border with Tanzania on Tuesday.",
    ):
        events = _events(lede + sentence, published="2020-03-23")
        assert events[-1].place == "Tanzania–Zambia border", (sentence, events)


def test_a_state_barring_arrivals_from_its_neighbours_is_the_place():
    # "Brazil had barred foreigners arriving by land from X, Y and Z": the countries
    # people come from are origins; the state keeping them out is where the act holds,
    # even after a counted-back time and a day ("Three days earlier, on Thursday, ").
    lede = (
        "LUSAKA, March 23 - Zambia and Malawi will keep their land frontier shut for 30 days.\n\n"
    )
    events = _events(
        lede + "Three days earlier, on Friday, Zambia had barred foreigners arriving by land "
        "from Angola, Namibia, Botswana and Mozambique for 15 days.",
        published="2020-03-23",
    )
    assert events[-1].place == "Zambia" and events[-1].date == "2020-03-20", events
    # Travellers kept from a named crossing are kept out there.
    events = _events(
        lede + "Zambia has barred Malawian travellers from the Mwami border post since Friday.",
        published="2020-03-23",
    )
    assert events[-1].place.startswith("Mwami"), events


def test_places_in_a_purpose_clause_are_not_where_the_act_happened():
    # "reopened ..., so that containers stranded in X could be brought across to Y":
    # the aim of the reopening names other places; the crossing told before is where.
    events = _events(
        "Zambia shut the Mwami border post again at midnight on Friday.\n\n"
        "The post had reopened on 15 June so that lorries stranded in Malawi could be "
        "brought across to Chipata."
    )
    assert [e.place for e in events] == ["Mwami border post"] * 2, events


def test_a_queue_or_a_cost_put_at_a_figure_is_a_claim():
    # "X put the queue of lorries at the post at some 40 kilometres": an estimate in
    # the speaker's words, as "put the number at" is.
    events = _events(
        "Zambia shut the Mwami border post on Friday.\n\n"
        "Several Zambian radio stations put the queue of lorries on the approach to the "
        "Mwami border post at some 30 kilometres by Monday morning."
    )
    assert events[-1].status == "alleged", events
    assert events[-1].claimed_by == ["Several Zambian radio stations"], events


def test_a_pages_meta_line_is_no_text_of_the_report(tmp_path):
    # '<p class="meta">By our transport desk | 15 February 2021</p>': the byline and
    # time stamp of a saved page, read as a sentence, drafted an event of its own.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Lorries queue at Mwami</title></head><body><article>"
        "<h1>Lorries queue at Mwami</h1>"
        '<p class="meta">By our transport desk | 15 February 2021, 12:15</p>'
        '<p class="post-timestamp">Updated 16:05</p>'
        "<p>LUSAKA - Zambia shut the Mwami border post on Sunday.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    report = read_report(page)
    assert "transport desk" not in report.text and "Updated 16:05" not in report.text
    assert "Zambia shut the Mwami border post" in report.text


def test_kin_of_a_victim_speak():
    # "..., his uncle, Chief X, said at the time", "..., her brother said": relatives
    # named by whose kin they are tell what happened, as "his relatives said" does.
    lede = "Zambian soldiers shot dead a Malawian herder near Chitipa on Friday.\n\n"
    for sentence, speaker in (
        (
            "In August 2014 a trader was shot dead as he fled a police roadblock in "
            "Chipata, his uncle, Chief Mwase, said at the time.",
            "Chief Mwase",
        ),
        (
            "In August 2014 a trader was shot dead at a roadblock in Chipata, his brother said.",
            "brother",
        ),
    ):
        events = _events(lede + sentence)
        assert events[-1].status == "alleged", (sentence, events)
        assert events[-1].claimed_by and events[-1].claimed_by[0].endswith(speaker), (
            sentence,
            events,
        )
    # Kin is no office: the name alone speaks, as "The victim's sister, Name, told" does.
    events = _events(
        lede + "In August 2014 a trader was shot dead as he fled a police roadblock in "
        "Chipata, his uncle, Chief Mwase, said at the time."
    )
    assert events[-1].claimed_by == ["Chief Mwase"], events


def test_a_crossing_let_open_for_a_span_is_a_closure_event():
    # "allowed the pass to open for thirteen days, from 29 July to 10 August": a window
    # in a closure is an event of the closure, dated by its span.
    lede = "Zambia shut the Mwami border post again at midnight on Friday.\n\n"
    events = _events(
        lede + "Earlier, in the summer, the two countries allowed the post to open for "
        "thirteen days, from 29 July to 10 August, so that traders could bring goods home.",
        published="2020-12-26",
    )
    assert len(events) == 2 and events[1].date == "2020-07-29/2020-08-10", events
    events = _events(lede + "On 29 July Zambia opened the post for two weeks.", "2020-12-26")
    assert len(events) == 2 and events[1].date == "2020-07-29", events
