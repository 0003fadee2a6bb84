"""Classes of report writing met in the misses of the seen gold sets in session 8, each
checked on sentences written for the test (other names, borders and speakers than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2024-06-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


_FIGHTING = (
    "Fighting broke out on Sunday between the Myanmar army and rebels around Tamu, the "
    "Sagaing region town facing Moreh in India."
)


def test_ground_taken_by_fighting_is_an_incident():
    events = _events(
        _FIGHTING + " The rebels overran an army base in the town, according to Manipur officials."
    )
    assert [(e.place, e.status, e.claimed_by) for e in events[1:]] == [
        ("Tamu", "alleged", ["Manipur officials"])
    ]
    for words in (
        "The militia overran two police posts on Friday.",
        "Rebels took control of the crossing on Friday.",
        "The insurgents had seized control of the town by Friday.",
    ):
        assert categorise(words) == "military_security", words
    # Control of a fire or of a budget is no ground taken.
    assert categorise("The council took control of the budget.") is None


def test_people_emptying_into_a_place_are_displaced():
    events = _events(
        _FIGHTING + "\n\nFamilies from the hamlets on the river, most of them herders, have also "
        "emptied into Moreh, according to the head of the local aid group."
    )
    assert [(e.place, e.status, e.category) for e in events[1:]] == [
        ("Moreh", "alleged", "humanitarian_incident")
    ]
    assert categorise("Villagers flocked into the district town on Monday.") == (
        "humanitarian_incident"
    )


def test_asking_for_asylum_on_the_other_side_is_the_flight_told():
    events = _events(
        _FIGHTING + "\n\nFive Myanmar policemen asked for asylum on the Indian side, police in "
        "Moreh said."
    )
    assert [(e.status, e.category) for e in events[1:]] == [("alleged", "humanitarian_incident")]
    assert categorise("Two guards applied for political asylum in Armenia.") == (
        "humanitarian_incident"
    )
