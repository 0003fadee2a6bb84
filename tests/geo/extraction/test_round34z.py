"""Classes of misses where the gold sentence names its place yet drafted nothing
(session 34, round 34z), each checked on sentences written for the test (other names,
places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_crossing_opened_for_the_first_time_is_an_event():
    # Only "reopened" and "opened again" were read as a change at a crossing; a first
    # opening, told in the passive or with the road as subject, drafted nothing.
    for sentence, place in (
        ("The Lunga crossing was only opened for good on 3 March, when the two "
         "governments agreed to let lorries through.", "Lunga"),
        ("Freight traffic had been opened at the Tamsk checkpoint on 3 March, "
         "a customs spokeswoman confirmed.", "Tamsk"),
        ("The road linking the two countries across the hills opened on 3 March, and "
         "the first lorries went through the new Dorsk crossing.", "Dorsk"),
    ):  # fmt: skip
        events = _events("2023-03-10", sentence)
        assert [(place in e.place, e.date) for e in events] == [(True, "2023-03-03")], (
            sentence,
            events,
        )


def test_opened_fire_or_an_inquiry_opened_is_no_crossing_opened():
    assert not _events("2023-03-10", "An inquiry had been opened on 3 March into the deaths.")
    events = _events("2023-03-10", "Guards at the Lunga crossing opened fire on 3 March.")
    assert all(e.category != "border_closure" for e in events)


def test_people_taken_or_flown_back_to_a_place_are_sent_back():
    # "took ... back to", "was flown back to": no word of the lexicon ("sent back",
    # "deported") says so, and the sentence drafted nothing.
    for sentence, place in (
        ("A navy cutter took the remaining 40 back to Jamaica on 3 March.", "Jamaica"),
        (
            "On 3 March a second group was flown back to Cap-Haitien from Santiago de Cuba.",
            "Santiago de Cuba",
        ),
        ("Police boats took them back to Ghana across the river on 3 March.", "Ghana"),
    ):
        events = _events("2023-03-10", sentence)
        assert [(place in e.place, e.date, e.category) for e in events] == [
            (True, "2023-03-03", "pushback")
        ], (sentence, events)


def test_taking_a_town_back_or_refusing_to_take_people_back_is_no_return():
    assert not _events("2023-03-10", "Troops fought on 3 March to take the town back.")
    assert not _events("2023-03-10", "Ghana often refuses to take back migrants.")


def test_travellers_lined_up_or_facing_a_wait_at_a_crossing_are_a_queue():
    # "lined up at X", "faced a wait of": a queue at the crossing told by the wait;
    # neither was a word of the rule.
    for sentence in (
        "Travellers lined up at the Nickelsdorf crossing on 3 March.",
        "Travellers at the Nickelsdorf crossing faced a wait of at least five hours on 3 March.",
    ):
        events = _events("2023-03-10", sentence)
        assert [("Nickelsdorf" in e.place, e.date) for e in events] == [(True, "2023-03-03")], (
            sentence,
            events,
        )
    # People who are no travellers lining up are no queue at the line.
    assert not _events("2023-03-10", "Villagers lined up at the Nickelsdorf crossing on 3 March.")
