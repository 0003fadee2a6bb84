"""Seats of districts are found among the units of the town's country alone."""

from __future__ import annotations

import random
from functools import cache

from bordermap.geo.places import districts
from bordermap.geo.places.districts import District, districts_seated_at
from bordermap.geo.places.scope import km_between


@cache
def _every_seated_unit() -> dict[str, dict[District, None]]:
    """Every seated unit of the table by country, as the search first made them."""
    found: dict[str, dict[District, None]] = {}
    for key in districts._table():
        for unit in districts._table()[key]:
            if unit.reach_km is not None:
                found.setdefault(unit.country, {})[unit] = None
    return found


def _seated_at_reference(country: str, lat: float, lon: float) -> list[District]:
    """The search over every seated unit of the table, as it was first written."""
    found = _every_seated_unit()
    units = [
        unit
        for unit in found.get(country.upper(), {})
        if abs(unit.lat - lat) <= districts.SEAT_KM / 111.0
        and km_between(unit.lat, unit.lon, lat, lon) <= districts.SEAT_KM
    ]
    return sorted(units, key=lambda unit: (unit.name, unit.region))


def test_seats_are_those_of_the_search_over_every_unit() -> None:
    rng = random.Random(2)
    seated = [
        (key, unit)
        for key in districts._table()
        for unit in districts._table()[key]
        if unit.reach_km is not None
    ]
    towns = [(unit.country, unit.lat, unit.lon) for _, unit in rng.sample(seated, 150)]
    towns += [("by", 53.9, 27.56), ("IN", 28.61, 77.21), ("PK", 31.55, 74.34), ("XX", 0.0, 0.0)]
    hits = 0
    for country, lat, lon in towns:
        found = districts_seated_at(country, lat, lon)
        assert found == _seated_at_reference(country, lat, lon), (country, lat, lon)
        hits += bool(found)
    assert hits >= 150


def test_one_country_asked_makes_only_its_own_units(monkeypatch) -> None:
    districts._seated_in.cache_clear()
    made: set[str] = set()
    unit = districts._unit

    def counted(line: str) -> District:
        found = unit(line)
        made.add(found.country)
        return found

    monkeypatch.setattr(districts, "_unit", counted)
    districts_seated_at("LV", 56.95, 24.11)
    districts._seated_in.cache_clear()
    assert made == {"LV"}
