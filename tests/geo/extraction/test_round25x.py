"""Classes of report writing that recur across the seen folders (session 25, round
25x on heldout40), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_span_between_two_days_of_two_years_is_one_span():
    # "between 3 November 2022 and 2 November 2023": a count over a reporting year
    # names both ends with their years; it is one span, not two events, one on each
    # end day.
    events = _events(
        "Border guards on the frontier with Latvia turned back 410 people between "
        "3 November 2022 and 2 November 2023.",
        published="2024-01-10",
    )
    assert [e.date for e in events] == ["2022-11-03/2023-11-02"], events
    events = _events(
        "Border guards on the frontier with Latvia turned back 410 people between "
        "November 3, 2022 and November 2, 2023.",
        published="2024-01-10",
    )
    assert [e.date for e in events] == ["2022-11-03/2023-11-02"], events


def test_a_named_causeway_is_the_crossing():
    # "reopened the road over the X Causeway to Y": a causeway is a crossing between
    # two states as a bridge is; the named causeway is the place, not the state the
    # road leads to, and "the causeway" told after it is the same place.
    events = _events(
        "RIYADH, May 18 - Saudi Arabia reopened the road over the Tarvel Causeway to "
        "Bahrain on Monday after more than a year.\n\n"
        "The causeway was shut to passenger traffic on 7 March 2020.",
        published="2021-05-18",
    )
    assert [e.place for e in events] == ["Tarvel Causeway", "Tarvel Causeway"], events


def test_a_town_a_distance_is_counted_from_only_locates_the_place():
    # "kept at X, about 15 kilometres from Y": a distance without a bearing set off
    # after a name locates it, as "some 50 km east of Y" does; X, kept as written
    # where the gazetteer lacks it, is the place, not the better-known town.
    events = _events(
        "The mayor said in October that the fishermen were being held in a barracks at "
        "Qasr Dorvan, about 20 kilometres from Tobruk.",
        published="2020-12-17",
    )
    assert [e.place for e in events] == ["Qasr Dorvan"], events


def test_islands_of_a_territory_written_with_st_are_the_territory():
    # "took it to the French islands of St. Pierre and Miquelon": a territory of
    # several words after "the islands of", "Saint" written "St.", is read whole,
    # and counts among the report's countries as its full spelling does.
    events = _events(
        "HALIFAX, June 9 - Canada on Friday recalled its envoy from Paris, a day after a "
        "French patrol ship stopped a Nova Scotia scallop dragger at sea and took it to "
        "the French islands of St. Pierre and Miquelon.",
        published="1990-06-09",
    )
    # Two events since round33y (the recall, and the stop a day before it), one place.
    assert {e.place for e in events} == {"St. Pierre and Miquelon"}, events


def test_a_town_named_after_a_saint_keeps_its_s():
    # "held in jail in St. John's, Newfoundland": the "'s" of a town named after a
    # saint is part of its name, not a possessive; the town is the place.
    events = _events(
        "Last month Canadian fishery officers arrested a French trawler in Canadian "
        "waters, and its 12 crew were held in jail in St. John's, Newfoundland.",
        published="1990-06-09",
    )
    assert "St. John's" in [e.place for e in events], events


def test_a_named_neighbourhood_of_a_town_is_the_place():
    # "found in the X neighbourhood of Y district, in Z province": the part of the
    # town named first is the place, kept as written where the gazetteer lacks it,
    # not the district or the province after it.
    events = _events(
        "On Friday the interior ministry said a drone thought to be Russian-made had been "
        "found in the Velimara neighbourhood of Izmit district, in Kocaeli province.",
        published="2025-12-20",
    )
    assert [e.place for e in events] == ["Velimara"], events


def test_a_named_speaker_told_after_the_claim_speaks():
    # "<what was said>, Name Surname, director of X, told the agency": the speaker set
    # off by commas after the claim, with an office after the name, is the name; the
    # claim is the speaker's, not the report's, and the claim's own words are no
    # office of a speaker.
    events = _events(
        "RIYADH, May 18 - Saudi Arabia reopened the road over the Tarvel Causeway to "
        "Bahrain on Monday.\n\n"
        "Eight lanes have been added on the departure side, for 20 in all, and there are "
        "30 on the arrival side, Omar Al-Faisal, director of Tarvel Causeway Passports, "
        "told the state news agency.",
        published="2021-05-18",
    )
    assert [(e.status, e.claimed_by) for e in events][1:] == [("alleged", ["Omar Al-Faisal"])], (
        events
    )
    events = _events(
        "Guards shot a man near the Dorvan post on Friday, Pavel Kirin, mayor of Sokal, "
        "told reporters.",
        published="2021-05-18",
    )
    assert [e.claimed_by for e in events] == [["Pavel Kirin"]], events


def test_two_named_speakers_joined_by_and_speak_together():
    # "..., Prime Minister X and Foreign Minister Y announced": two office holders
    # named before one verb make the statement together; the claim is theirs, not
    # the report's.
    events = _events(
        "The nine crew of a trawler held in western Libya for 40 days were set free on "
        "Thursday, Prime Minister Anna Rovelli and Foreign Minister Carlo Di Santo announced.",
        published="2021-03-05",
    )
    assert [(e.status, e.claimed_by) for e in events] == [
        ("alleged", ["Prime Minister Anna Rovelli and Foreign Minister Carlo Di Santo"])
    ], events


def test_people_turned_back_with_the_object_before_back_are_a_pushback():
    # "turned 40 migrants back", "turning asylum seekers back": the people sent back
    # stand between the verb and its particle; it is a pushback as "turned back" is.
    events = _events(
        "German police turned asylum seekers back at the border with Austria on Monday.",
        published="2025-05-18",
    )
    assert [(e.place, e.category) for e in events] == [("Austria–Germany border", "pushback")], (
        events
    )
