"""Round 39a: the place of a draft whose sentence says only "the border" by no name;
each on sentences written for the test (other names and borders than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _places(body: str, published: str = "2024-05-10") -> list[str]:
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return [e.place for e in extract_events(report, id_prefix="t").events]


_AT_ONE_TOWN = (
    "LUSAKA, May 10 - Zimbabwean officers seized 30 bags of maize from Zambian traders "
    "at Chirundu on Tuesday, the traders' association said.\n\n"
)


def test_the_border_by_no_name_after_incidents_at_one_town_on_it_is_that_town():
    places = _places(
        _AT_ONE_TOWN + "The traders had crossed the border before dawn, a customs officer "
        "told the Daily Mail."
    )
    assert places[-1] == "Chirundu"


def test_two_spots_before_leave_the_border_by_no_name_on_the_line():
    places = _places(
        _AT_ONE_TOWN + "Police in Kariba detained two of the traders on Wednesday, the "
        "association said.\n\nThe traders had crossed the border before dawn, a customs "
        "officer told the Daily Mail."
    )
    assert places[-1] != "Chirundu"
    assert "border" in places[-1]


def test_a_state_closing_the_border_acts_on_the_whole_line():
    places = _places(
        _AT_ONE_TOWN + "Zimbabwe closed its border to maize imports in March, a customs "
        "officer told the Daily Mail."
    )
    assert places[-1] != "Chirundu"


def test_a_frontier_post_is_a_post_kept_with_its_name():
    from bordermap.geo.extraction.places import find_places

    found = find_places(
        "Guards shot a smuggler near the Kolvar frontier post of the border unit.",
        hints=("TJ", "UZ"),
    )
    assert [f.text for f in found][:1] == ["near the Kolvar frontier post"]
