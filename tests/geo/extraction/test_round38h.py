"""Round 38h: a town read with the unit the text sets after it, on sentences of our own."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _drafts(body: str) -> list[tuple[str, str]]:
    report = report_from_text(f"Published: 2024-05-05\n\n{body}\n")
    return [(e.place, e.place_found) for e in extract_events(report, id_prefix="t").events]


def test_a_state_after_a_town_picks_the_namesake_the_text_means():
    # "Nogales" alone is the Mexican town; the report names no country at all.
    drafts = _drafts("Border Patrol agents detained 12 migrants in Nogales, Arizona on 3 May.")
    assert [place for place, _ in drafts] == ["Nogales, Arizona"]


def test_the_town_on_the_line_is_the_place_not_the_country_of_the_agents():
    drafts = _drafts(
        "U.S. Border Patrol agents detained 12 migrants near the border at Nogales, Arizona,"
        " on 3 May, the agency said."
    )
    assert [place for place, _ in drafts] == ["Nogales, Arizona"]


def test_the_town_on_the_line_is_the_place_where_no_country_completes_the_line():
    drafts = _drafts(
        "Border Patrol agents detained 12 migrants near the border at Nogales, Arizona,"
        " on 3 May, the agency said."
    )
    assert [place for place, _ in drafts] == ["Nogales, Arizona"]


def test_a_container_that_confirms_the_town_changes_nothing():
    found = find_places("Police detained two men in Narva, Ida-Viru County, on 3 May.")
    assert [f.text for f in found if f.role == "at"][:1] == ["Narva"]
    assert not any(f.contained for f in found)


def test_a_person_after_a_comma_is_no_container():
    found = find_places("The governor of Kinshasa, André Kimbuta, said on Monday.")
    assert not any(f.contained for f in found)


def test_residents_of_a_town_described_first_tell_what_happens_there():
    # "Residents of the X border town of Y said ...": the town the speakers live in is
    # the place of what they saw, as "Residents of Y said ..." already is.
    report = report_from_text(
        "Published: 2024-05-05\n\nKenya and Somalia\n\nResidents of the Somali border town"
        " of Dhobley said gunmen killed two traders on Sunday.\n"
    )
    assert [e.place for e in extract_events(report, id_prefix="t").events] == ["town of Dhobley"]


def test_a_spot_set_off_by_its_department_is_the_place():
    # The gazetteer lacks the spot and knows the department: the spot says more.
    found = find_places(
        "The men entered Congo at Zorvaka, in the Cuvette-Ouest department, on Friday.",
        hints=("CG", "GA"),
    )
    assert [f.text for f in found if f.role == "at" and f.precision != "country"] == ["Zorvaka"]
