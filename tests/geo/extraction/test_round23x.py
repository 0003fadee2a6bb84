"""Classes of report writing that recur across the seen folders (session 23, round
23x on heldout36), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import resolve_place


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_name_set_off_by_a_distance_from_a_known_place_is_the_place():
    # "from X, some 50 km east of Y": the distance and bearing after the comma only
    # say where X lies; X is the place even when the gazetteer does not know it, and
    # where a crossing set off from is where it began.
    events = _events(
        "About 40 migrants set off in a dinghy from Kelvoura, some 30 km west of Benghazi, "
        "on Sunday."
    )
    assert len(events) == 1 and events[0].place == "Kelvoura", events
    events = _events("Soldiers shot two smugglers at Zuwara, 40 km west of Sabratha, on Friday.")
    assert len(events) == 1 and events[0].place == "Zuwara", events


def test_a_closure_since_a_day_with_an_adverb_is_dated_that_day():
    # "had in fact been closed since 23 January", "has already been shut since": the
    # adverb between the auxiliary and the participle only stresses the state; the
    # closure is dated by the day it began, as without it.
    for body in (
        "The border with Mongolia had in fact been closed since 12 March, the governor said.",
        "The border with Mongolia has already been shut since 12 March.",
    ):
        events = _events(body, published="2021-03-20")
        assert len(events) == 1 and events[0].date == "2021-03-12", events


def test_a_check_applied_to_everyone_since_a_day_is_dated_that_day():
    # "have screened everyone arriving since 22 January": a check put in place that
    # day and kept; a count ("have screened 4,000 people since") stays a stretch.
    events = _events(
        "Medics have screened everyone arriving from Mongolia at the border since 12 March, "
        "the governor said.",
        published="2021-03-20",
    )
    assert len(events) == 1 and events[0].date == "2021-03-12", events
    events = _events(
        "Medics have screened 4,000 people arriving from Mongolia at the border since "
        "12 March, the governor said.",
        published="2021-03-20",
    )
    assert len(events) == 1 and events[0].date == "2021-03-12/2021-03-20", events


def test_the_border_with_a_country_is_that_of_the_forces_named_before_it():
    # "Slovak police began checking traffic on the border with Hungary" in a report
    # that names Austria too: of the borders the report's countries leave open, the
    # border is that of the country whose police the clause names; it is written out,
    # so that the report's countries alone do not pick another.
    body = (
        "Polish police began checking cars on the border with Lithuania on Monday, a day "
        "after the government voted to restore controls until 30 June.\n\n"
        "Latvia and Germany brought back checks of their own on Sunday."
    )
    events = _events(body, published="2024-06-04")
    assert events and events[0].place == "Lithuania–Poland border", events


def test_the_high_ground_above_a_town_is_by_the_town():
    # "set off up the mountain above X towards Y": the slopes over a town are where it
    # happened, by the town; the country they headed for is only the direction.
    events = _events(
        "About thirty smugglers set off up the hills above Menton towards Italy on "
        "Tuesday, shopkeepers in the border town said."
    )
    assert len(events) == 1, events
    assert resolve_place(events[0].place, ("FR", "IT")).name == "Menton", events


def test_the_crossings_named_after_a_comma_are_one_place_each():
    # "closed both of its crossings with Y, X and Z": the names after the comma are the
    # crossings, one event each, rather than the border they stand on.
    events = _events(
        "Kenya closed both of its crossings with Somalia, Dhokora and Keruwen, on Monday, "
        "two district officials said."
    )
    assert [e.place for e in events] == ["Dhokora crossing", "Keruwen crossing"], events


def test_several_countries_borders_with_one_are_that_country():
    # "X, Y and Z brought back checks on their own borders with Poland": the
    # borders of several countries with one meet in that country; the first country
    # listed alone does not own them.
    events = _events(
        "Lithuania, Germany and the Czech Republic brought back checks on their own "
        "borders with Poland on Sunday for at least ten days.",
        published="2024-06-04",
    )
    assert len(events) == 1 and events[0].place == "Poland", events


def test_an_earlier_closure_from_day_to_day_is_a_case_of_its_own():
    # "In 2018 they were closed from 15 to 21 February": a span from one day to another
    # dates an earlier case to the day, as a single day does; the year only frames it.
    events = _events(
        "Mongolia shut its border with Russia on 24 January.\n\n"
        "In 2017 the border was closed from 3 to 9 March for the holidays.",
        published="2020-02-03",
    )
    assert [e.date for e in events] == ["2020-01-24", "2017-03-03/2017-03-09"], events
