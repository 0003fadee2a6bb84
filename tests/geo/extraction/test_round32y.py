"""Classes of report writing found on the misses of the seen sea-border folders (session
32, round 32y): landings, boardings at sea and places named only to locate another, each
checked on sentences written for the test (other names, places and speakers than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2022-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_boat_told_by_where_it_came_ashore_is_a_crossing():
    # A clause about who was aboard may stand between the craft and its landing, and a
    # landing has more words than "landed": "made landfall", "ran up on the beach",
    # "came in at" a named shore.
    for sentence in (
        "Two of the boats, carrying about a dozen Tunisians, reached the Cala Rossa coast "
        "on Monday, police said.",
        "The third boat, with nine more Moroccans, made landfall at Lampione before dawn.",
        "Four small boats with 30 people on board ran up on the beach at Punta Sabbia.",
        "A second vessel with six Haitians came in at the Blue Lagoon marina on Sunday.",
        "Around 90 migrants, most of them Tunisians, reached the island overnight.",
    ):
        assert categorise(sentence) == "crossing_attempt", sentence


def test_a_landing_is_drafted_at_its_shore():
    events = _events(
        "On the night of 3 June two small boats from Algeria with 18 people on board made "
        "landfall at Teulada in Italy."
    )
    assert [(e.place, e.date) for e in events] == [("Teulada", "2022-06-03")], events


def test_words_near_a_landing_that_tell_none_stay_none():
    # "reached an agreement", "the hurricane made landfall" and a passenger's "came in
    # at noon" tell no crossing of people.
    assert categorise("The two boat owners reached an agreement on Monday.") is None
    assert categorise("The storm made landfall at Pinar del Rio on Monday.") is None


def test_a_craft_boarded_at_sea_by_a_force_is_a_security_act():
    # "went aboard", "had gone aboard", "boarded" with a force as the one who boards.
    for sentence in (
        "Navy teams went aboard two Sri Lankan trawlers on Monday off Point Pedro.",
        "Sailors from a Chinese patrol ship had gone aboard the Jasmin 2 late at night.",
        "Officers from the cutter Palau boarded the longliner Hai Ming 8 near Kayangel.",
    ):
        assert categorise(sentence) == "military_security", sentence


def test_a_craft_towed_into_port_is_held():
    assert categorise("The trawler was towed into Koror harbour two days later.") == "detention"


def test_passengers_boarding_and_towing_elsewhere_tell_no_act_at_sea():
    assert categorise("Tourists boarded the ferry at the quay on Monday.") is None
    assert categorise("The car was towed into the garage on Monday.") is None
    # The boarding told in a relative clause only names those who found something.
    assert categorise("Officers who boarded the yacht found a map.") is None


def test_a_port_named_after_its_town_is_kept_as_written():
    events = _events(
        "Officers from the cutter Palau detained the Taiwanese longliner Hai Ming 8 near "
        "Kayangel on 5 June. The boat was towed into Malakal port three days later."
    )
    assert [e.place for e in events][-1:] == ["Malakal port"], events


def test_a_place_named_only_to_locate_another_does_not_take_its_place():
    # "north-east of X in Y Atoll": Y says where X is; known by its shape only, the atoll
    # must not outrank the island the distance is measured from.
    events = _events(
        "Navy teams from India detained two Maldivian trawlers on Monday about 40 miles "
        "north-east of Kulhudhuffushi in Haa Dhaalu Atoll, the Maldivian ministry said."
    )
    assert [e.place for e in events] == ["north-east of Kulhudhuffushi"], events
