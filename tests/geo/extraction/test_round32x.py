"""Classes of report writing found on the misses of heldout53, heldout57-59 and the other
seen folders under half recall (session 32, round 32x), each checked on sentences written
for the test (other names, places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2020-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_borders_with_a_counted_number_of_neighbours_are_the_whole_country():
    # "shut its borders with its five neighbours": every line at once, as "its borders
    # with all its neighbours" is; no one line, and no town told before.
    events = _events(
        "Police checked cars at Arlon on Friday. Chile shut its borders with its three "
        "neighbours on 16 March, letting through only lorries."
    )
    assert [(e.place, e.date) for e in events] == [("Chile", "2020-03-16")], events


def test_a_country_named_as_owner_of_its_lines_with_all_neighbours_is_the_place():
    # "Austria's land borders with Germany, Italy and Slovenia": the owner by its name
    # reads as "its" does; three neighbours at once are the whole country.
    events = _events(
        "Police checked cars at Arlon on Friday. Austria's land borders with Germany, "
        "Italy and Slovenia were closed on 18 March."
    )
    assert [(e.place, e.date) for e in events] == [("Austria", "2020-03-18")], events


def test_two_named_neighbours_are_the_whole_country():
    # Two lines shut at once are no one line: the country that shut them is the place,
    # as bench/extract/README.md codes it since session 44 (gold commit 3c66b765).
    events = _events("Guinea sealed its land borders with Senegal and Mali on 19 March.")
    assert [e.place for e in events] == ["Guinea"], events


def _report(title: str, body: str, published: str = "2023-05-02"):
    report = report_from_text(f"Title: {title}\nPublished: {published}\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_crossing_the_headline_names_is_a_place_when_reached_or_opened_bare():
    # "long waits at Qustul crossing" above "Egypt opened Qustul to Sudanese citizens"
    # and "reached Qustul on 22 April": the name the gazetteer lacks is the crossing
    # the headline named, not the country the report opened on.
    events = _report(
        "Thousands of Sudanese reach Egypt; long waits at Kolmar crossing",
        "CAIRO, May 2 - More than 40,000 Sudanese have crossed into Egypt since 15 April, "
        "the foreign ministry said.\n\n"
        "A bus driver said Egypt opened Kolmar to Sudanese citizens on 22 April.\n\n"
        "A student from Khartoum reached Kolmar on 23 April after a long journey and was "
        "let in.",
    )
    places = {e.date: e.place for e in events}
    assert places.get("2023-04-22") == "Kolmar", events
    assert places.get("2023-04-23") == "Kolmar", events


def test_forces_sent_or_taking_up_positions_are_a_military_step():
    # "Extra security forces were sent to X", "soldiers took up positions in Y": forces
    # put on ground, as "were deployed" is.
    events = _events(
        "Extra security forces were sent to Dorvalle on Thursday.\n\n"
        "In March 2019 Ruvanian soldiers took up positions in Dorvalle."
    )
    assert [(e.place, e.date, e.category) for e in events] == [
        ("Dorvalle", "2020-06-18", "military_security"),
        ("Dorvalle", "2019-03", "military_security"),
    ], events


def test_others_taking_up_positions_are_no_military_step():
    # A crowd's spot is no force put on ground (what else the sentence may be is left
    # to the other rules).
    events = _events("Protesters took up positions outside the town hall in Lodwar on Monday.")
    assert all(e.category != "military_security" for e in events), events
