"""Place classes found by listing every draft of a gold-coded sentence whose place
differs from the gold's over all folders (session 52, round y): a border or crossing
"between X and the <nationality> town of Y" is at X, the town the sentence names first,
and Y only says what X faces.  Checked on sentences written for the test (other names,
borders and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


def test_the_town_named_first_before_the_other_sides_town_is_found():
    # "between X and the Czech town of Y": X was lost, since neither the list of two
    # names nor the stretch between two places reads a second end worded "the Czech
    # town of Y"; only Y was found.
    found = find_places(
        "Poland closed the bridge between Cieszyn and the Czech town of Český Těšín on Friday.",
        hints=("PL", "CZ"),
    )
    assert [p.text for p in found if p.precision == "settlement"] == [
        "Cieszyn",
        "town of Český Těšín",
    ], found
    assert all(p.role == "at" for p in found), found


def test_a_crossing_between_a_town_and_the_other_sides_town_is_at_the_first():
    for body, place in (
        ("Police shut the crossing between Irun and the French town of Hendaye on Sunday.",
         "Irun"),
        # A unit after the first town only says where it lies.
        ("The border between Kerkrade in Limburg province and the German town of "
         "Herzogenrath was closed to lorries on Monday.", "Kerkrade"),
        ("Lorries stopped crossing between Komárom and the Slovak city of Komárno on "
         "Tuesday.", "Komárom"),
    ):  # fmt: skip
        events = _events(body)
        assert [e.place for e in events] == [place], (body, events)


def test_two_towns_without_the_other_sides_word_stay_as_before():
    # "between X and Y" with no nationality and town word: read as before (here a
    # list of two towns, one event each), untouched by the rule.
    found = find_places(
        "Guards stopped traffic between Cieszyn and Český Těšín on Friday.", hints=("PL", "CZ")
    )
    assert "town of Český Těšín" not in [p.text for p in found], found
    assert {p.text for p in found} >= {"Cieszyn", "Český Těšín"}, found
