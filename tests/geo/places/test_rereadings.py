"""Every second reading answers through the caller's geocode, with its hints."""

from __future__ import annotations

from functools import partial

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.rereadings import (
    REREADINGS,
    bridge_by_its_person,
    without_country_asides,
)


def _recording_geocode(calls: list[tuple[str, tuple[str, ...]]], roi):
    def geocode(text: str, countries: tuple[str, ...]):
        calls.append((text, countries))
        return geocode_place(text, country=countries or None, region_of_interest=roi)

    return geocode


@pytest.mark.parametrize(
    ("reading", "text", "hint", "name"),
    [
        (bridge_by_its_person, "el Simón Bolívar", ("CO",), "Simón Bolívar Bridge"),
        (
            without_country_asides,
            "Integrated Check Post along Agartala (India)-Akhaura (Bangladesh)",
            ("IN",),
            "Agartala",
        ),
    ],
)
def test_a_reading_asks_the_geocode_it_is_given(reading, text, hint, name):
    # The resolver passes its region of interest through this callable; a reading
    # that asked the shipped gazetteer itself would drop it.
    calls: list[tuple[str, tuple[str, ...]]] = []
    found = reading(text, hint, _recording_geocode(calls, ("CO", "IN", "BD")))
    assert found is not None and name in (found.name or "")
    assert (text, hint) not in calls  # the text as written was the resolver's to answer
    assert any(countries == hint for _, countries in calls)


def test_both_readings_are_tried_in_order_before_the_others():
    assert REREADINGS[:2] == (bridge_by_its_person, without_country_asides)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("el Simón Bolívar", ("CO",)),
        ("Integrated Check Post along Agartala (India)-Akhaura (Bangladesh)", ("IN",)),
    ],
)
def test_the_geocoder_answers_them_with_a_region_of_interest(text, hint):
    plain = geocode_place(text, country=hint)
    boxed = partial(geocode_place, country=hint, region_of_interest=("CO", "IN", "BD"))(text)
    assert plain.status == boxed.status == "resolved"
    assert (plain.name, plain.lat, plain.lon) == (boxed.name, boxed.lat, boxed.lon)


def test_the_bridge_needs_the_events_country():
    assert bridge_by_its_person("el Simón Bolívar", (), _recording_geocode([], None)) is None
