"""Classes of gold events the extractor drafted nothing for (session 43, round 43d), each
checked on sentences written for the test (other names, places and speakers than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_crossing_shut_or_opened_in_a_past_year_told_after_the_act_is_an_event():
    # "The gate was shut in 2020": a closure or an opening is an act of its own on the
    # year or month it names, wherever the date stands (gold of heldout39 to heldout71
    # codes each one).
    events = _events(
        "Traders crossed at Dolna Vrana on Monday.\n\n"
        "The Dolna Vrana crossing was shut in 2020 because of the pandemic.\n\n"
        "Kosrae also closed the border in April 2019.\n\n"
        "It was opened again in September 2021."
    )
    assert [e.date for e in events] == ["2024-05-06", "2020", "2019-04", "2021-09"], events


def test_a_closure_since_a_past_year_or_planned_for_one_stays_out():
    # A closure dated by another act and a plan are no closure on the year they name.
    events = _events(
        "Traders crossed at Dolna Vrana on Monday.\n\n"
        "The Dolna Vrana crossing was closed after the floods of 2019.\n\n"
        "The land border has been closed since 1994.\n\n"
        "Kosrae said it would reopen the border in 2026.\n\n"
        "Traffic at Dolna Vrana was halted in March 2019."
    )
    assert not {e.date for e in events} & {"2019", "2026"}, events
    # The closure "since 1994" (dated when it began) and traffic halted at a named crossing
    # in March 2019 are events however old: bench/extract/README.md, "How the gold events
    # are coded", "Age never makes background" (its own examples).
    assert {"1994", "2019-03"} <= {e.date for e in events}, events


def test_a_killing_named_to_its_month_in_the_reports_own_voice_is_a_case():
    # "The group killed eight guards in April 2015": a killing named to its month is a
    # case the report recalls, as it already was on a source's word.
    events = _events(
        "Gunmen attacked a post near Tafunsak on Monday.\n\n"
        "The same group killed six border guards near Tafunsak in March 2019."
    )
    assert [e.date for e in events] == ["2024-05-06", "2019-03"], events


def test_arrests_counted_and_named_to_their_month_are_a_case():
    # "police arrested 292 migrants in September 2022", like a haul seized that month.
    events = _events(
        "Police arrested two men near Tafunsak on Monday.\n\n"
        "Kosrae police arrested 140 migrants near Tafunsak in October 2022."
    )
    assert [e.date for e in events] == ["2024-05-06", "2022-10"], events


def test_police_sent_to_the_border_are_a_deployment():
    # "sent 2,100 extra federal police to help man the checkpoints", "was sent to the
    # scene": police sent to the line, as troops are.
    events = _events(
        "Kosrae sent 300 extra police to the Tafunsak crossing on Monday.\n\n"
        "A team of officers led by the deputy chief was sent to the scene on Tuesday."
    )
    assert [e.category for e in events] == ["military_security"] * 2, events
    assert not _events("The minister put the officers at ease on Monday.")


def test_a_hexacopter_is_a_drone():
    events = _events("Guards found a broken hexacopter in a field near Tafunsak on Monday.")
    assert [e.category for e in events] == ["airspace_incursion"], events


def test_the_act_that_set_a_row_off_is_an_event():
    # "The row began when X published new limits for Y port on 25 October": the clause
    # after "when" or "after" tells the act that started it; "The trouble began in
    # August" tells none.
    events = _events(
        "Malaysia protested to Singapore on Monday.\n\n"
        "The row began when Malaysia published new limits for Johor Bahru port on 25 "
        "October.\n\n"
        "The trouble began in August.",
        published="2024-11-10",
    )
    assert [e.date for e in events] == ["2024-11-04", "2024-10-25"], events
