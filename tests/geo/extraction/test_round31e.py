"""Classes of report writing found on the misses of heldout57 and heldout58 (session 31,
round 31e), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2020-03-17"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_state_acting_with_no_place_named_acts_at_home():
    # "Fiji burned three foreign boats at sea on Friday" under a dateline of a day and an
    # agency only ("May 4 (wire) -"): no place named, no shared border to stand for one;
    # the state that acts is the place.
    events = _events(
        "May 4 (wire) - Fiji burned three Chinese fishing boats at sea on Friday, its navy said.",
        published="2021-05-04",
    )
    assert [(e.place, e.date) for e in events] == [("Fiji", "2021-04-30")], events


def test_a_state_opening_as_speaker_or_by_a_force_gives_no_home_place():
    # "Samoa admitted on Friday that its patrol had fired": the state speaks, what it
    # tells may be anywhere; "The Finnish navy raised an anchor": a force acts wherever
    # it is sent. Neither sentence is placed at the state.
    assert _events("Samoa admitted on Friday that its patrol boat had opened fire.") == ()
    assert _events("The Finnish navy raised a broken anchor from the sea floor on Tuesday.") == ()


def test_a_town_acting_by_its_name_with_no_place_named_acts_at_home():
    # "Shenzhen on Monday tightened the checks it makes on lorries": the city's own
    # authorities act at home; a town that only speaks is no actor.
    events = _events(
        "Shenzhen on Monday tightened the checks it makes on every lorry from Hong Kong.",
        published="2022-03-02",
    )
    assert [(e.place, e.date) for e in events] == [("Shenzhen", "2022-02-28")], events
    assert _events("Shenzhen said on Monday that guards had detained two men.") == ()


def test_quarantine_laid_on_those_who_cross_is_a_border_measure():
    # "Shenzhen brought in a 14-day quarantine", "lorry drivers are quarantined in X":
    # a measure on those crossing; "need not go into quarantine" and "for fear of being
    # quarantined" tell none.
    events = _events(
        "Shenzhen on Monday brought in a 14-day quarantine for everyone arriving from Hong Kong.",
        published="2022-03-02",
    )
    assert [(e.place, e.date) for e in events] == [("Shenzhen", "2022-02-28")], events
    events = _events("Since Monday lorry drivers from Zambia have been quarantined in Mwanza.")
    assert [e.place for e in events] == ["Mwanza"], events
    assert _events("Travellers from Kedah need not go into quarantine in Satun.") == ()
    assert _events("Tourists cancelled trips to Macau for fear of being quarantined.") == ()


def test_a_crossing_opened_for_use_is_an_event():
    # "opened the first border post between the two countries", "the control point
    # opened its gates": a crossing put to use; an inquiry opened is none.
    events = _events(
        "The ministers of Zambia and Congo opened the new border post at Kasumbalesa on Saturday.",
        published="2019-06-10",
    )
    assert [(e.place, e.date) for e in events] == [("border post at Kasumbalesa", "2019-06-08")], (
        events
    )
    assert _events("The ministry opened an inquiry at Kasumbalesa on Saturday.") == ()


def test_a_control_point_is_a_crossing_by_its_name():
    # "The Sha Tau Kok spur line control point was closed on Sunday": "control point"
    # (Hong Kong and Chinese usage) names a crossing, as "checkpoint" does, with the
    # line it serves perhaps before the word.
    events = _events(
        "The Sha Tau Kok spur line control point was closed on Sunday.",
        published="2023-02-07",
    )
    assert [(e.place, e.date) for e in events] == [("Sha Tau Kok", "2023-02-05")], events


def test_its_side_of_the_border_is_the_reports_border():
    # "Niger declared its side of the frontier a military zone in 2019", after an
    # incident at a town: the state's half of the report's border, not that town.
    events = _events(
        "Police detained 12 Chadian migrants at Nguigmi on Monday.\n\n## Background\n\n"
        "- Trade between the two countries is still small.\n"
        "- Niger declared its side of the 1,200 km frontier a military zone closed to "
        "civilians in 2019.",
        published="2019-10-10",
    )
    assert [e.place for e in events] == ["Nguigmi", "Chad–Niger border"], events


def test_the_border_post_told_before_is_finer_than_a_country_named_as_destination():
    # "According to the manager of the border post, the sugar was seized for taking it
    # into Zambia": the post named before, not the country the goods were bound for; a
    # "crossing in Malawi" named since is no crossing by name.
    events = _events(
        "Malawi will not let 30 lorries of sugar leave the Mchinji border post, the "
        "trade minister said on Friday.\n\n"
        "The lorries had by then been held at the crossing in Malawi for two weeks, a "
        "local paper reported.\n\n"
        "According to the manager of the border post, the sugar was seized after the "
        "drivers failed to show permits for taking it into Zambia.",
        published="2017-05-12",
    )
    assert events[-1].place == "Mchinji border post", events
