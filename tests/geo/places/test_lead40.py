"""Session 40, lead: the bare name of an islet that is no other place's.

"the islet of Perejil" became Perejil Island in session 40 (round40b), while the bare
"Perejil" that reports and the extraction gold use stayed unresolved: the draft and the
gold of one event then had different places (heldout77 lost four matches).
"""

from bordermap.geo.places.geocoder import geocode_place


def test_bare_perejil_is_the_islet() -> None:
    result = geocode_place("Perejil", country="ES")
    assert (result.status, result.name, result.precision) == ("resolved", "Perejil Island", "near")


def test_the_town_bearing_the_word_is_still_the_town() -> None:
    result = geocode_place("Villalba de Perejil", country="ES")
    assert result.name != "Perejil Island"
