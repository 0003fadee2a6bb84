"""Place classes of set 86 (session 44, round 44w), each checked on sentences written for
the test."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_known_town_in_a_fact_told_beside_keeps_an_unknown_village():
    # The known town is in the first fact, the unknown village in the second: each is
    # the place of its own fact.
    sentence = (
        "Gunmen killed two guards at the post at Nganglam in 2019, and in 2020 a patrol "
        "was ambushed at Vorlaka, on the Assam side of the border."
    )
    found = {p.text: p.role for p in find_places(sentence, hints=("BT", "IN"))}
    assert found["Vorlaka"] == "at"
    assert found["Nganglam"] == "at"
    assert found["Assam"] == "aside"


def test_a_known_town_in_the_same_clause_still_wins_over_an_unknown_name():
    found = find_places(
        "A patrol was ambushed at Vorlaka near Nganglam in 2020.", hints=("BT", "IN")
    )
    assert "Vorlaka" not in [p.text for p in found if p.role == "at"]


def test_officials_in_a_town_who_admit_something_are_speakers_not_the_place():
    found = find_places(
        "Officials in Thimphu admit the army's own losses have been heavy.", hints=("BT", "IN")
    )
    assert [(p.text, p.role) for p in found] == [("Thimphu", "aside")]


def test_officials_in_a_town_hurt_there_keep_the_town():
    found = find_places("Two officials in Nganglam were shot on Monday.", hints=("BT", "IN"))
    assert [(p.text, p.role) for p in found] == [("Nganglam", "at")]
