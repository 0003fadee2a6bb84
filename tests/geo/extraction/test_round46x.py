"""Place wordings the gold codes by a written rule (bench/extract/README.md, `place`)
that the extractor drafted another way (session 46, round 46x): a closure or checks on
a country's borders with two neighbours, and a bearing from a village.  Each is checked
on sentences written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2021-03-12"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _found(sentence: str, hints: tuple[str, ...]) -> list[str]:
    return [f.text for f in find_places(sentence, hints=hints)]


def test_checks_on_borders_with_two_neighbours_are_the_whole_country():
    # Checks, as a closure, on two lines at once are no one line: the country's act.
    events = _events("Estonia brought back checks on its borders with Latvia and Russia on 2 May.")
    assert [e.place for e in events] == ["Estonia"], events


def test_borders_with_both_of_two_named_neighbours_are_the_whole_country():
    events = _events("Bolivia has begun closing its frontiers with both Peru and Chile.")
    assert [e.place for e in events] == ["Bolivia"], events
    # Named by its owner, not by "its".
    events = _events("Honduras's borders with Guatemala and Nicaragua were closed by 4 May.")
    assert [e.place for e in events] == ["Honduras"], events


def test_checks_on_one_line_stay_that_line():
    events = _events("Estonia brought back checks on its border with Latvia on 2 May.")
    assert [e.place for e in events] == ["Estonia–Latvia border"], events


def test_a_bearing_from_the_village_of_a_name_keeps_the_bearing():
    assert _found(
        "The jet came down at sea about 8 kilometres west of the village of Qarvash.",
        ("SY", "TR"),
    ) == ["west of Qarvash"]


def test_a_named_barracks_ruins_or_shelter_keeps_its_word():
    # As a camp keeps its word ("X camp"), so do these named sites.
    assert _found("A guard was wounded near the Korsal ruins on Tuesday.", ("TJ", "UZ")) == [
        "near the Korsal ruins"
    ]
    assert _found("The buses reached the Velnik barracks at midnight.", ("BA", "HR")) == [
        "Velnik barracks"
    ]
