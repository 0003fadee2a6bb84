"""Classes of report writing that recur across the seen folders (session 22, the
extract round), each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_days_after_an_act_count_back_from_the_day_the_sentence_names():
    # "On 8 May X happened, two days after Y": Y was on 6 May, two days before the day
    # the sentence gives, not two days after the day the report dated last.
    events = _events(
        "Fighting broke out at Kolda on Sunday, residents said.\n\n"
        "On 8 May twelve Gambians expelled from Senegal came home through the Kolda "
        "crossing, two days after guards there stopped work over a cholera case, the "
        "state agency reported."
    )
    assert [e.date for e in events] == ["2024-06-16", "2024-05-08", "2024-05-06"], events
    # "freed two days after", with no act after it, is not counted back.
    events = _events(
        "Border guards detained two smugglers at the Kolda crossing on 8 May and freed them "
        "two days after."
    )
    assert events and "2024-05-06" not in [e.date for e in events], events


def test_an_unknown_name_after_at_then_but_is_still_the_place():
    # "tried to cross into X at Y but were turned back": a clause joined with "but"
    # ends the place phrase as "and" does; Y, a village the gazetteer lacks, is finer
    # than the country they tried to enter.
    events = _events(
        "Dozens of Malians tried to cross into Senegal at Kourouba but were turned back "
        "by border guards, a customs source said."
    )
    assert len(events) == 1 and events[0].place == "Kourouba", events


def test_a_feast_of_fixed_date_is_that_day():
    # "on New Year's Day", "on Christmas Eve": the day of the feast, the latest on or
    # before the report (the year before for a report of early January).
    events = _events(
        "Gunmen attacked the border post at Kourouba on New Year's Day, police said.",
        "2024-01-03",
    )
    assert len(events) == 1 and events[0].date == "2024-01-01", events
    events = _events(
        "Gunmen attacked the border post at Kourouba on Christmas Eve, police said.",
        "2024-01-03",
    )
    assert len(events) == 1 and events[0].date == "2023-12-24", events


def test_slipping_into_a_country_is_a_crossing():
    # "slipped into X", "sneaked back into X": people over the line unseen, a crossing
    # told by the way they came, as "came into X" is.
    events = _events("Six Malian military men slipped into Senegal on Tuesday, police said.")
    assert len(events) == 1 and events[0].place == "Senegal", events
    assert events[0].category == "crossing_attempt" and events[0].date == "2024-06-18", events
    events = _events("Three herders slipped back into Senegal on Tuesday.")
    assert len(events) == 1 and events[0].category == "crossing_attempt", events


def test_people_still_waiting_for_a_chance_to_cross_are_stranded():
    # "about 500 people were still waiting in X for a chance to cross": people kept at
    # the line with no way over, a plight of its own.
    lede = "KOLDA, May 9 - Senegal closed its border with Guinea on Monday, officials said.\n\n"
    events = _events(
        lede + "By 6 May about 300 people were still waiting in Kolda for a chance to cross, "
        "according to a local radio station.",
        "2024-05-09",
    )
    assert [(e.place, e.date, e.category) for e in events[1:]] == [
        ("Kolda", "2024-05-06", "humanitarian_incident")
    ], events
    # Waiting for talks to resume is no plight.
    events = _events(
        lede + "The two ministers were waiting for the talks to resume.", "2024-05-09"
    )
    assert len(events) == 1, events


def test_the_start_of_a_month_or_a_year_is_its_first_part():
    # "at the start of October": the whole month (session 43); "at the start of 2016":
    # the year's first month, "since the end of 2017" its last.
    events = _events("At the start of March Gambian guards closed the Kolda crossing.")
    assert len(events) == 1 and events[0].date == "2024-03", events
    events = _events("At the start of 2016 Senegal closed its crossings with Gambia, police said.")
    assert len(events) == 1 and events[0].date == "2016-01", events
    # "since the start of November" stays the month, as before.
    events = _events(
        "Several hundred migrants had crossed into Senegal at Kolda since the start of "
        "March, the border police said."
    )
    assert len(events) == 1 and events[0].date.startswith("2024-03"), events
    assert events[0].date != "2024-03-01/2024-03-10", events


def test_a_station_named_by_its_kind_alone_is_the_claimant():
    # "the Chilean station X reported": a broadcaster described as a station, without
    # "radio", speaks as "the Chilean radio station X" does.
    lede = "KOLDA, May 9 - Senegal closed its border with Guinea on Monday, officials said.\n\n"
    events = _events(
        lede + "Senegal, for its part, has sent troops to its side of the border for 60 "
        "days, the Gambian station Kora FM reported.",
        "2024-05-09",
    )
    assert [(e.status, e.claimed_by) for e in events[1:]] == [("alleged", ["Kora FM"])], events


def test_both_checkpoints_named_before_are_on_the_border():
    # "at both checkpoints" after "closed the X crossing and the Y crossing": the two
    # posts counted, none named, are on the report's border, not at the first of them.
    events = _events(
        "DAKAR, May 9 - Senegal closed the Kolda crossing and the Tanaff crossing on its "
        "border with Guinea-Bissau on Monday.\n\n"
        "Concrete blocks and razor wire were put across the roads at both checkpoints, "
        "according to a government statement.",
        "2024-05-09",
    )
    assert events[-1].place_found == "Guinea-Bissau–Senegal border", events


def test_a_finder_named_at_the_end_is_the_claimant():
    # "..., an AFP reporter found.": what was found, told before the one who found it,
    # is their account; "Two bodies were later found." names no finder.
    lede = "KOLDA, May 9 - Senegal closed its border with Guinea on Monday, officials said.\n\n"
    events = _events(
        lede + "Some 300 migrants were stranded in Kolda on Wednesday, a Reuters reporter found.",
        "2024-05-09",
    )
    assert [(e.status, e.claimed_by) for e in events[1:]] == [("alleged", ["Reuters reporter"])], (
        events
    )
    events = _events(lede + "Two bodies were later found near Kolda on Wednesday.", "2024-05-09")
    assert [e.status for e in events[1:]] == ["confirmed"], events


def test_days_spent_camped_at_a_place_are_a_plight():
    # "had spent six days camped at the Gambian end of the bridge": people kept at a
    # place day after day, as "stranded" says.
    lede = "KOLDA, May 9 - Senegal closed its border with Guinea on Monday, officials said.\n\n"
    events = _events(
        lede + "By Wednesday some 300 people had spent five days camped at the Guinean end of "
        "the bridge, sleeping in school buildings in Kolda.",
        "2024-05-09",
    )
    assert [(e.date, e.category) for e in events[1:]] == [
        ("2024-05-08", "humanitarian_incident")
    ], events


def test_between_the_two_countries_is_the_border_of_the_two_named():
    # "Senegal and Mali suspended travel between the two countries": the border the two
    # states the sentence names share, not the place of the incident told before.
    lede = (
        "DAKAR, Dec 19 - Senegalese guards detained two smugglers at the Kidira crossing "
        "on Friday.\n\n"
    )
    events = _events(
        lede + "Senegal and Mauritania suspended travel between the two countries on 18 March.",
        "2020-12-19",
    )
    assert [(e.place_found, e.date) for e in events[1:]] == [
        ("Mauritania–Senegal border", "2020-03-18")
    ], events


def test_states_that_stopped_travel_between_them_closed_their_border():
    # "stopped travel between the two countries", "halted traffic to X": the states
    # stop the crossing of people, a closure ("stopped 26 migrants" stays a count).
    lede = (
        "DAKAR, Dec 19 - Senegalese guards detained two smugglers at the Kidira crossing "
        "on Friday.\n\n"
    )
    events = _events(
        lede + "Senegal and Mauritania stopped travel between the two countries from "
        "midnight on 18 March, with an exception for lorry drivers.",
        "2020-12-19",
    )
    assert [(e.place_found, e.date, e.category) for e in events[1:]] == [
        ("Mauritania–Senegal border", "2020-03-18", "border_infrastructure")
    ], events
