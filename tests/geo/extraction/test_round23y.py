"""Classes of report writing that recur across the seen folders (session 23, round
23y on heldout37), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_spot_at_sea_is_the_bearing_from_the_place_without_the_distance():
    # "some 40 km north of X", "about 90 nautical miles southeast of Y", "three miles
    # south of Z Reef": the distance is a detail of the account; event files write the
    # bearing from the named place.
    for body, place in (
        ("Patrol boats stopped the trawler some 40 km north of Korvalo Rock on Sunday.",
         "north of Korvalo Rock"),
        ("A patrol boat fired on the fishing boat about 90 nautical miles southeast of "
         "Tembiru on Thursday.", "southeast of Tembiru"),
        ("The crews were detained three miles south of Lomasi Reef on Friday.",
         "south of Lomasi Reef"),
    ):  # fmt: skip
        events = _events(body)
        assert len(events) == 1 and events[0].place == place, (body, events)


def test_a_capital_whose_answer_is_told_is_the_state_not_the_place():
    # "..., drawing an angry response from X", "drawing protests from Y": the seat of
    # government stands for its state; the incident did not happen there, even when the
    # name ends the sentence.
    for body in (
        "Coast guard officers fired on a Chinese trawler and sank it on Tuesday, drawing an "
        "angry response from Beijing.",
        "Coast guard officers fired on a Vietnamese boat on Tuesday, drawing protests from Hanoi.",
    ):
        events = _events(body)
        assert all(e.place not in ("Beijing", "Hanoi") for e in events), (body, events)


def test_where_a_seized_boat_was_to_be_escorted_is_not_where_it_was_rammed():
    # "As the catch was readied for escort to the X base at Y, a ship rammed one of the
    # boats": the base is where the boats were to be taken; the ramming happened where
    # they were stopped.
    events = _events(
        "Patrol boats stopped four trawlers north of the Kelavo Islands on Sunday. As the "
        "catch was being readied for escort to the KRN base at Tumbaro, a foreign coast "
        "guard vessel came up and rammed one of the boats."
    )
    assert events and all(e.place == "north of the Kelavo Islands" for e in events), events


def test_islands_two_states_name_apart_are_the_place_by_the_first_name():
    # "near the disputed islets that A calls X and B calls Y": the islets are the place,
    # written by the first name given, not the sea border between the two states.
    events = _events(
        "Japan protested to South Korea on Sunday after a survey ship worked near the "
        "disputed islets that Tokyo calls Korvashima and Seoul calls Korvado."
    )
    assert len(events) == 1 and events[0].place == "Korvashima", events


def test_a_dated_clause_in_the_same_province_is_the_province_named_before():
    # "... in X province, and in December gunmen killed twelve soldiers at a post in the
    # same province, about 30 km from the border": the second incident points back to
    # the unit named before; the border only says how far the post lies from it.
    events = _events(
        "Last week gunmen attacked two police stations in Burkina Faso's Loroum province, "
        "and in December some 30 armed men killed nine soldiers at a military post in the "
        "same province, about 25 km from the Malian border.",
        published="2017-03-06",
    )
    assert [(e.place, e.date) for e in events] == [
        ("Loroum province", "2017-02-27/2017-03-05"),
        ("Loroum province", "2016-12"),
    ], events
