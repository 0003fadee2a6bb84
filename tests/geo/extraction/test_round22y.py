"""Classes of report writing that recur across the seen folders (session 22, round
22y on heldout35), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_island_the_gazetteer_lacks_is_written_by_its_name():
    # "on the island of X": the island words only say what X is; an island the
    # gazetteer does not know is written by its name, as event files write places.
    events = _events(
        "Soldiers raised their flag on the island of Kerovu, about two kilometres inside "
        "Fijian territory, on Friday."
    )
    assert len(events) == 1 and events[0].place == "Kerovu", events
    events = _events("Four soldiers have been stuck on the islet of Tavulo since Monday.")
    assert len(events) == 1 and events[0].place == "Tavulo", events


def test_a_name_set_off_as_a_countrys_locality_is_the_place():
    # "The strike hit X, a Somali locality about six kilometres from the border": the
    # apposition says X is a place even when a country's adjective describes it, and X
    # is finer than the country.
    events = _events(
        "The strike hit Wadali, a Somali locality about six kilometres from the border, on "
        "Thursday."
    )
    assert len(events) == 1 and events[0].place == "Wadali", events


def test_a_speakers_age_after_the_name_does_not_hide_the_speaker():
    # "The herder's brother, Name, 24, said that ...": the age between commas only says
    # who the speaker is; the account is the speaker's, as without it.
    for body in (
        "The herder's brother, Juan Ortega, 24, said that he crossed into Paraguay on Saturday.",
        "Juan Ortega, 24, said that he crossed into Paraguay on Saturday.",
        "Juan Ortega, aged 24, said that he crossed into Paraguay on Saturday.",
    ):
        events = _events(body)
        assert len(events) == 1, events
        assert events[0].status == "alleged" and events[0].claimed_by == ["Juan Ortega"], events


def test_a_spot_in_a_country_known_as_a_name_is_that_name():
    # "to a spot in Paraguay known as X": the country between the noun and "known as"
    # says where the spot lies; the spot, by its name, is the place.
    events = _events(
        "Smugglers crossed the river on Saturday to a spot in Paraguay known as Dos "
        "Pinheiros, opposite the coastal road."
    )
    assert len(events) == 1 and events[0].place == "Dos Pinheiros", events


def test_a_small_unit_written_with_a_capital_is_the_place():
    # "drones struck X Kebele in Y district": the smallest unit of local government,
    # written with a capital as "X District" is, is finer than the district around it.
    events = _events(
        "Residents said that drones struck Gedo Kebele in Afambo district several times on "
        "Thursday night, killing four people."
    )
    assert len(events) == 1 and events[0].place.startswith("Gedo Kebele"), events


def test_a_fishing_craft_named_again_is_where_it_was_told():
    # "aimed at the pirogue's engine" after "opened fire on a pirogue ... off X": the
    # craft introduced with "a" is the one named again, at the place it was told at.
    events = _events(
        "DAKAR, June 20 - Police in the town of Kafountine fired tear gas at protesters on "
        "Monday.\n\nThe navy opened fire on Saturday on a pirogue carrying six fishermen "
        "near the village of Varela, a security source said.\n\nThe other fishermen were "
        "held at the police post in Cacheu, the radio reported.\n\nIn a statement, the "
        "Guinea-Bissau navy said its sailors had fired at the pirogue's engine to stop it and "
        "that one fisherman had been struck by a bullet."
    )
    assert len(events) == 4 and events[-1].place.endswith("Varela"), events


def test_a_road_named_by_the_places_it_joins_is_the_place():
    # "blocked the X-Y road": the road between two places is where the act was, even
    # when the gazetteer knows neither end.
    events = _events(
        "Hundreds of farmers blocked the Kotla-Mandi road for several hours on Monday."
    )
    assert len(events) == 1 and events[0].place == "Kotla-Mandi road", events


def test_the_same_media_are_the_media_named_before():
    # "..., the same media said" after "According to Chadian media, ...": the same voice,
    # not a body called "same media".
    events = _events(
        "According to Chadian media, rebels crossed into Chad on 6 June and clashed with "
        "troops near the village of Wour.\n\nA second group then attacked a post near the "
        "village of Bardai, the same media said."
    )
    assert [e.claimed_by for e in events] == [["Chadian media"], ["Chadian media"]], events
