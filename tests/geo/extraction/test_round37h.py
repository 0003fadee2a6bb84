"""Places of events at sea the sentence locates by an island, a bearing or a port (round 37h).

A bank of the sea followed by a bearing from a known island, an island's group named
only to say which island, the side of a parallel, and the port a seized boat was taken
to afterwards.  Sentences written for the test.
"""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places
from bordermap.geo.places.geocoder import geocode_place


def _places(body: str) -> list[tuple[str, str]]:
    report = report_from_text(f"Published: 2022-05-10\n\nTitle\n\n{body}\n")
    return [(e.place, e.date) for e in extract_events(report, id_prefix="t").events]


def test_a_bearing_from_a_known_island_tells_where_on_the_bank():
    assert _places(
        "A Bahamian patrol boat stopped a fishing vessel on the Great Bahama Bank "
        "north-west of Great Exuma on 4 May, the Defence Force said."
    ) == [("north-west of Great Exuma", "2022-05-04")]


def test_a_bearing_from_a_whole_chain_leaves_the_bank_the_place():
    assert _places(
        "A Bahamian patrol boat stopped a fishing vessel on the Great Bahama Bank "
        "east of the Exuma chain on 4 May, the Defence Force said."
    ) == [("Great Bahama Bank", "2022-05-04")]


def test_the_group_of_an_island_only_says_which_island():
    places = _places(
        "Two boats with 90 people landed on 6 May on El Hierro, the smallest of Spain's "
        "Canary Islands, the emergency services said."
    )
    assert places == [("El Hierro", "2022-05-06")]


def test_the_archipelago_is_the_group_told_before():
    places = _places(
        "Two boats with 90 people landed on 6 May on El Hierro, the smallest of Spain's "
        "Canary Islands, the emergency services said.\n\n"
        "The ministry said 30,000 people had reached the archipelago by boat this year."
    )
    assert places[-1][0] == "Canary Islands"


def test_the_side_of_a_parallel_is_no_finer_than_the_waters():
    places = _places(
        "A Nicaraguan deputy said on 7 May that the boat was stopped in Nicaraguan waters "
        "south of the 15th parallel."
    )
    # Not "south of the 15th parallel", kept as written and ranked as fine as a town.
    assert [p for p, _ in places] == ["Nicaragua's waters"]


def test_the_port_a_seized_boat_was_taken_to_is_not_where_it_was_seized():
    places = _places(
        "On 8 May the Croatian navy stopped a trawler it said was fishing in Croatia's "
        "territorial waters and took it to Split for questioning, police said."
    )
    assert [p for p, _ in places] == ["Croatia's territorial waters"]


def test_great_exuma_is_answered_with_its_district():
    result = geocode_place("Great Exuma", country="BS")
    assert result.status == "resolved"
    assert result.admin1_code == "BS-EX"
    assert result.precision == "region"


def test_the_us_virgin_islands_without_dots():
    result = geocode_place("the US Virgin Islands", country="VI")
    assert result.status == "resolved"
    assert result.country == "VI"


def test_a_possessive_anchorage_name_is_kept_whole():
    places = _places(
        "Police said on 9 May that three yachtsmen were found near Tanner's Hole after "
        "entering the territory's waters illegally."
    )
    assert [p for p, _ in places] == ["near Tanner's Hole"]


def test_the_waters_a_boat_was_towed_into_are_not_where_it_was_stopped():
    sentence = (
        "On 11 May gunmen fired on a fishing dhow in northern Qatari waters, forced it to "
        "stop and towed it into Saudi waters, the coast guard said."
    )
    roles = {f.result.name: f.role for f in find_places(sentence, hints=("QA", "SA"))}
    assert roles == {"Qatar": "at", "Saudi Arabia": "aside"}
    assert [p for p, _ in _places(sentence)] == ["Qatar's waters"]
