"""Place classes of round 43a (WRONG rows of the place sets): in a language whose
phrases put the head last, a river named after a town beside it is the place."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "কক্সবাজারের টেকনাফে নাফ নদী দিয়ে",  # through the Naf river, in Cox's Bazar's Teknaf
        "কক্সবাজারের টেকনাফে নাফ নদী থেকে",  # from the Naf river, ...
        "টেকনাফে নাফ নদী দিয়ে",
    ],
)
def test_a_river_named_last_in_bengali_is_the_place_not_the_town_before_it(text):
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Naf" in (result.name or "")


def test_the_river_first_in_english_is_unchanged():
    result = geocode_place("across Teknaf's Naf River", country="BD")
    assert result.precision == "border"
