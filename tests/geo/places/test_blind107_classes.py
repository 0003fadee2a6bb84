"""Session 51 (round51a): classes of misses found on the blind107 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.crossing_end import crossings_with_name_end
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place

# --- a crossing named by the end of its paired name on the event's side --------------


def test_an_end_of_a_paired_crossing_name_finds_the_crossing() -> None:
    found = crossings_with_name_end(load_gazetteer(), "Gradina", ("RS",))
    assert [crossing.name for crossing in found] == ["Kalotina–Gradina"]


def test_an_end_a_town_of_the_event_bears_is_left_to_the_town() -> None:
    # Peru has towns named Santa Rosa; the "Santa Rosa" of "Leticia–Santa Rosa" is not
    # read as that crossing's end by name alone.
    assert crossings_with_name_end(load_gazetteer(), "Santa Rosa", ("PE",)) == []


@pytest.mark.parametrize(
    "phrase",
    ["na Graničnom prelazu Gradina", "Na graničnom prelazu Gradina prema Bugarskoj"],
)
def test_a_crossing_named_by_its_serbian_post(phrase: str) -> None:
    result = geocode_place(phrase, country="RS")
    assert result.status == "resolved"
    assert result.name == "Kalotina–Gradina"


def test_a_post_toward_a_country_its_crossing_does_not_join_is_not_it() -> None:
    # Kalotina–Gradina joins Serbia and Bulgaria, not Croatia.
    result = geocode_place("na graničnom prelazu Gradina prema Hrvatskoj", country="RS")
    assert result.name != "Kalotina–Gradina"


def test_the_end_without_a_crossing_word_is_no_crossing() -> None:
    assert geocode_place("Gradina", country="RS").status == "unresolved"
