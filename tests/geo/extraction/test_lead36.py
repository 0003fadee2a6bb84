"""The lead's fixes of session 36, each on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text


def _places(body: str) -> list[str]:
    report = report_from_text(f"Published: 2021-03-12\n\nGermany and Poland\n\n{body}\n")
    return [e.place for e in extract_events(report, id_prefix="t").events]


def test_a_bracket_after_a_name_picks_its_namesake():
    # "Frankfurt" alone is Frankfurt am Main, 550 km from the Oder: the bracket says which.
    assert _places("Migrants were detained in Frankfurt (Oder) on Monday, police said.") == [
        "Frankfurt (Oder)"
    ]


def test_a_bracket_that_names_no_other_place_changes_nothing():
    assert _places("Migrants were detained in Görlitz (Saxony) on Monday, police said.") == [
        "Görlitz"
    ]
