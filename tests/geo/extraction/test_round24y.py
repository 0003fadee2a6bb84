"""Classes of report writing that recur across the seen folders (session 24, round
24y on heldout39), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_named_spot_is_the_place_not_the_bearing_its_description_gives():
    # "at X, a fishing ground about 300 km west of the Y Peninsula": the words after the
    # name only say where X lies; the spot the gazetteer lacks is still the place.
    for body, place in (
        ("A fishing boat sank on Monday after it collided with a patrol ship at Velmatai, a "
         "rich fishing ground about 300 kilometres west of the Korvo Peninsula, the coast "
         "guard said.", "Velmatai"),
        ("Gunmen attacked an army patrol at Tessoumbi, a hamlet some 20 km north of Makalondi, "
         "on Friday.", "Tessoumbi"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].place == place, (body, events)


def test_where_a_cargo_came_from_is_not_where_the_boat_was_seized():
    # "boarded the tug X, which was carrying timber from A, near B": the port the cargo
    # was loaded at says where it came from; the boarding happened near B.
    events = _events(
        "Indonesia said on Friday that gunmen from the Philippines had kidnapped seven of "
        "its sailors. In March, gunmen boarded the tug Sea Pearl 7, which was carrying coal "
        "from Samarinda in East Kalimantan, near Kelapa Island."
    )
    assert events and events[-1].place == "near Kelapa Island", events


def test_reefs_shoals_and_islets_named_in_the_plural_are_places():
    # "in one of the lagoons of the X Reefs", "near the Y Shoals": sea features are
    # named in the plural as islands are; the name is the place, kept as written.
    for body, place in (
        ("Two navy patrol boats found a foreign navy vessel in one of the lagoons of the "
         "Kelvari Reefs on Friday and it sailed away when they challenged it, the minister "
         "said.", "Kelvari Reefs"),
        ("Coast guard ships fired water cannon at two fishing boats at the Tamora Shoals on "
         "Friday, the coast guard said.", "Tamora Shoals"),
    ):  # fmt: skip
        events = _events(body)
        assert events and events[0].place == place, (body, events)


def test_the_port_boats_were_back_in_afterwards_is_not_where_the_next_act_happened():
    # "..., and were back in X by the weekend": where the crews went home to after the
    # incident; a later sentence that names no place is still at the incident's place.
    events = _events(
        "Two Fijian navy patrol boats found a Tongan navy vessel in one of the lagoons of "
        "the Kelvari Reefs on Friday and it sailed away when they challenged it, the minister "
        "said. The boats had gone to the reefs to put a beacon back up, and were back in "
        "Savusavu by the weekend. The minister says the Tongan military destroyed the old "
        "beacon earlier this year."
    )
    assert events and all(e.place == "Kelvari Reefs" for e in events), events


def test_a_countrys_exclusive_economic_zone_is_a_place_as_its_waters_are():
    # "ordered boats to leave X's exclusive economic zone", "inside Y's EEZ": the zone is
    # the country's sea, a place as "X's waters" is.
    for body in (
        "Between March and May, Palauan patrols issued nearly 200 orders to foreign poaching "
        "boats to leave Palau's exclusive economic zone, the agency said.",
        "Patrol boats chased three foreign trawlers out of Palau's EEZ on Monday, the agency "
        "said.",
    ):
        events = _events(body)
        assert events and events[0].place.lower().startswith("palau's e"), (body, events)


def test_islets_named_in_lower_case_are_the_place_by_their_name():
    # "over the X islets", "near the Y islets": the name is the place, the lower-case
    # word only says what it names; event files write the name alone.
    events = _events(
        "South Korean fighter jets fired warning rounds on Tuesday after a foreign military "
        "aircraft twice flew into the country's airspace over the Kelmodo islets, the "
        "military said."
    )
    assert events and events[0].place == "Kelmodo", events


def test_the_eve_of_a_dated_day_is_the_day_before():
    # "was shut on the eve of the elections of 22 March": the eve is the day before the
    # day named, not that day.
    events = _events(
        "The land border with Liberia was also shut on the eve of the presidential election "
        "of 10 October, the news site reported.",
        published="2023-11-02",
    )
    assert events and events[0].date == "2023-10-09", events


def test_the_last_of_several_verbs_a_subject_shares_is_said_by_the_subject():
    # "He banned X, ordered Y and warned that ...": the verbs share the subject; the
    # words before "warned" are what he did, not who speaks.
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence in (
        "He banned fishing there, ordered residents to be disarmed and warned that anyone "
        "found in the area would be treated as a smuggler.",
        "The governor closed the market, ordered traders to leave and said that the border "
        "would stay shut.",
    ):
        claimant = read_attribution(sentence).claimant
        assert claimant in ("He", "governor", "The governor"), (sentence, claimant)
