"""Classes of report writing found on the misses of heldout55 and heldout56 (session 30,
round 30f), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2020-03-17"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_act_a_subject_is_to_do_is_a_plan():
    # "The smaller crossings are to close at midnight", "Police are to check there": the
    # act right after "is/are (due) to" is still ahead, no event yet.
    events = _events(
        "Since Monday the crossings from Tyrol into Italy have been shut to all but goods "
        "traffic. The six smaller crossings of the province are to close fully tonight."
    )
    assert len(events) == 1, events
    assert _events("The Kelebija crossing is due to close on Friday, the mayor said.") == ()


def test_blame_for_an_act_is_no_plan():
    # "X is to blame for the shooting": the shooting happened.
    events = _events("Guards said smugglers are to blame for the shooting at Kelebija on Monday.")
    assert len(events) == 1, events


def test_people_counted_in_words_from_a_province_are_told_by_their_origin():
    # "Twenty-nine fishermen from X were arrested ... and taken to Y": X is where they
    # come from, as it is for "29 fishermen from X"; the arrest is placed at Y.
    events = _events(
        "The Malaysian navy seized two Thai trawlers off Langkawi on Sunday.\n\n"
        "## Earlier cases\n\n"
        "- **March 2020:** Twenty-nine fishermen from Kedah on the KM Sri Bintang were "
        "arrested by the Indonesian navy on 4 March 2020 for entering Indonesian waters and "
        "taken to Riau province, said Ahmad Latif, secretary of Kedah's fishermen's council.",
        published="2023-10-10",
    )
    assert [e.place for e in events][-1:] == ["Riau province"], events


def test_a_trip_told_by_its_length_from_a_port_names_where_it_began():
    # "had paid for the 150-kilometre trip from X": the port the trip left from is not
    # where the boat was picked up; the cape the paragraph named is.
    report = report_from_text(
        "Title: UNHCR says Cyprus sent boats back to Syria\nPublished: 2025-03-20\n\n"
        "Two summers ago most boats reaching the island sailed from Baniyas and were met "
        "off Cape Andreas, the immigration police said at the time. On 3 July 2023, police "
        "brought in 20 Syrians from a seven-metre boat spotted off Cape Andreas in the "
        "evening. Ten days later, at 2 am on 13 July, the coast guard's radar picked up "
        "another boat off the cape with 17 Syrians aboard, who told officers they had paid "
        "3,000 dollars each for the 150-kilometre trip from Baniyas.\n"
    )
    events = extract_events(report, id_prefix="t").events
    assert events[-1].date == "2023-07-13" and events[-1].place == "off Cape Andreas", events
