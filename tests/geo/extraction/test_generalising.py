"""Rules written to generalise beyond the gold texts: any country, unknown places by their
shape, the incident's clause, bare names outside the report's countries."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.actors import COUNTRY_ADJECTIVES, country_codes_in
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_countries_beyond_the_hand_table_are_named():
    assert country_codes_in("The Rwandan army crossed into the DRC, Britain said.") == [
        "RW", "CD", "GB",
    ]  # fmt: skip
    assert COUNTRY_ADJECTIVES["Guyana"] == "Guyanese"


def test_us_in_lower_case_is_a_pronoun_not_a_country():
    assert country_codes_in("Guards told us to leave.") == []
    assert country_codes_in("US agents and U.S. officials") == ["US", "US"]


def test_a_place_by_its_shape_is_kept_as_written_when_the_gazetteer_lacks_it():
    found = {f.text: f for f in find_places("Troops clashed in the Zorbek Valley in Qarluk.")}
    valley = found["Zorbek Valley in Qarluk"]
    assert valley.written_only and valley.precision == "settlement"
    found = {f.text: f for f in find_places("Debris was found near the village of Zorbekovo.")}
    assert found["near the village of Zorbekovo"].written_only


def test_a_peoples_name_after_near_is_not_an_unknown_place():
    assert find_places("Shots were fired near Polish positions.") == []


def test_the_place_is_taken_from_the_clause_that_tells_the_incident():
    (event,) = _events(
        "Kyrgyzstan said on Friday that 24 people had been killed along the Kyrgyz-Tajik "
        "border since Wednesday, and that thousands had been moved from the Batken region."
    )
    assert event.place_found == "Kyrgyzstan–Tajikistan border"


def test_a_bare_name_found_only_in_a_country_the_report_never_names_is_dropped():
    (event,) = _events(
        "Drones attacked Ukrainian ports on the Danube on Monday, Romania's defence ministry said."
    )
    assert event.place_found != "Podunavski"
