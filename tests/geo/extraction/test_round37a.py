"""The place of a drafted event (session 37, round 37a).

A line named by no name beside the line the sentence names, a post at a place the
gazetteer lacks, and a bus's route named beside where it was stopped.  Sentences written
for the test; the place names are real, the incidents are not.
"""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _places(body: str) -> list[str]:
    report = report_from_text(f"Published: 2024-03-10\n\nTitle\n\n{body}\n")
    return [e.place for e in extract_events(report, id_prefix="t").events]


def test_the_border_by_no_name_gives_way_to_the_line_the_sentence_names():
    # The report is about Israel and Lebanon; "the border" alone would be theirs.
    places = _places(
        "Israeli jets struck a Hezbollah depot near the Lebanese border on 2 March, "
        "the army said.\n\n"
        "The army said on 4 March it had bombed a tunnel that runs under the border "
        "from Lebanon into Syria."
    )
    assert places[-1] == "Syria–Lebanon border"


def test_a_line_named_by_its_countries_still_follows_sentence_order():
    places = _places(
        "Hungary closed the border with Serbia on 2 March, and police patrolled the "
        "Croatian border too."
    )
    assert places[0] == "Hungary–Serbia border"


def test_a_checkpoint_at_an_unknown_place_is_written_by_its_name():
    found = find_places(
        "Officers drove through the checkpoint at Ndjolé-Koumou on Monday.", hints=("GA", "CG")
    )
    assert [(f.text, f.role) for f in found] == [("Ndjolé-Koumou", "at")]


def test_a_crossing_point_at_an_unknown_place_is_written_by_its_name():
    found = find_places(
        "Soldiers fired on two men at an unofficial crossing point at Mabolekile on Monday.",
        hints=("BW", "ZW"),
    )
    assert [f.text for f in found] == ["Mabolekile"]


def test_a_post_at_a_known_town_keeps_its_reading():
    found = find_places(
        "Guards detained two men at the checkpoint at Kuźnica.", hints=("PL", "BY")
    )
    assert [f.result.name for f in found] == ["Kuźnica–Bruzgi"]


def test_a_coachs_route_is_no_place_of_the_stop():
    found = find_places(
        "Passengers on a Namibian coach from Upington to Windhoek were stopped at the "
        "Nakop border post on Monday.",
        hints=("NA", "ZA"),
    )
    roles = {f.text: f.role for f in found}
    assert roles["Upington"] == "origin"
    assert roles["Windhoek"] == "aside"
    assert roles["Nakop border post"] == "at"


def test_taken_by_bus_from_a_town_is_not_a_route_set_aside():
    found = find_places(
        "Police took the men by bus from Upington to Windhoek on Monday.", hints=("NA", "ZA")
    )
    roles = {f.text: f.role for f in found}
    assert roles.get("Windhoek") != "aside"


def test_a_village_in_a_ukrainian_community_is_the_village():
    places = _places(
        "Shells hit the edge of the village of Volfyne, in the Bilopillia community of "
        "the Sumy district, on 4 March, the regional governor said."
    )
    assert places == ["village of Volfyne"]


def test_a_department_named_before_a_distance_from_the_capital_is_the_place():
    places = _places(
        "The president said soldiers had entered the country on 5 March in Chalatenango "
        "department, some 90 km northeast of San Salvador."
    )
    assert places == ["Chalatenango department"]


def test_a_peoples_community_is_no_unit():
    found = find_places(
        "Members of the town's Greek community raised a flag on Monday.", hints=("AL", "GR")
    )
    assert [f.text for f in found] == []


_GATE_LEDE = (
    "Iraqi Kurdish authorities closed the Semalka crossing on the Syrian border on "
    "2 March, officials said.\n\n"
)


def test_the_gate_shut_before_the_line_by_no_name_is_the_crossing_told_before():
    places = _places(
        _GATE_LEDE + "In May 2013 it was the Syrian side that shut the gate, leaving the "
        "border closed for weeks, a trader said."
    )
    assert places[-1] == places[0] != "Iraq–Syria border"


def test_the_line_told_before_the_crossing_stays_the_line():
    places = _places(
        _GATE_LEDE + "On 4 March an official said the land border had reopened after "
        "problems with the systems at the crossing."
    )
    assert places[-1] == "Iraq–Syria border"
