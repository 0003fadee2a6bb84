"""Classes of place round 32s: a place at sea described from a land place.

"off X", "the waters off X", "au large de X", "perairan X", "у берегов X", "X
açıklarında", "seven miles off X", "20 nautical miles east of X", "شمال غربي X": the
event is at sea by X, near it at best.  It is drawn as near X with a radius that
reaches at least as far as the distance the text gives (one rule with "40 km east of
X"); an area named as X stays that area.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import distance_in_km, parse_place
from bordermap.geo.schema import NEAR_RADIUS_KM


@pytest.mark.parametrize(
    ("text", "country", "name", "km"),
    [
        # Field phrases (events38, events39, blind sets): before, a town's point, a
        # province, or unresolved.
        ("waters off Paluan", "PH", "Paluan", None),
        (
            "waters off Paluan, a municipality in the central province of Occidental Mindoro",
            "PH",
            "Paluan",
            None,
        ),
        ("off the coast of Karaburun in Izmir province", "TR", "Karaburun", None),
        ("au large de Saïdia, dans l'est marocain", "MA", "Saidia", None),
        ("شمال غربي بيروت", "LB", "Beirut", None),
        # Our own, in several languages.
        ("7 miles off Nassau", "BS", "Nassau", None),
        ("20 nautical miles east of Nassau", "BS", "Nassau", 37.04),
        ("au large de Saïdia", "MA", "Saidia", None),
        ("frente a las costas de Almería", "ES", "Almería", None),
        ("perairan Batam", "ID", "Batam", None),
        ("di perairan Batam", "ID", "Batam", None),
        ("у берегов Лимассола", "CY", "Limassol", None),
        ("в 20 морских милях к востоку от Лимассола", "CY", "Limassol", 37.04),
        ("в 30 км к югу от Лимассола", "CY", "Limassol", 30.0),
        ("قبالة سواحل طرطوس", "SY", "Ţarţūs", None),
        ("جنوب بيروت", "LB", "Beirut", None),
        # Once a settlement (round 31d): off the island, near it.
        ("off Neduntheevu", "LK", "Neduntheevu", None),
    ],
)
def test_at_sea_off_a_town_is_near_it(text, country, name, km):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == name
    assert result.uncertainty_km == pytest.approx(max(NEAR_RADIUS_KM, km or 0.0), abs=0.01)


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("seven miles off New Providence", 11.27),
        ("20 nautical miles east of Nassau", 37.04),
        ("12 miles north of Sasabe", 19.31),
        ("500 metres from Narva", 0.5),
        ("в 20 морских милях к востоку от мыса Греко", 37.04),
        ("a 10 millas náuticas de Ceuta", 18.52),
    ],
)
def test_miles_and_nautical_miles_are_read_in_km(text, km):
    expr = parse_place(text)
    assert expr.kind == "near"
    assert expr.distance_km == pytest.approx(km, abs=0.01)


def test_number_words_and_no_figure():
    assert distance_in_km("seven", "miles") == pytest.approx(11.265, abs=0.001)
    assert distance_in_km("a few", "km") is None


def test_an_island_named_at_sea_stays_its_unit():
    # "seven miles off New Providence": the island's unit holds the spot, never a pin.
    result = geocode_place("seven miles off New Providence", country="BS")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "BS-NP"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Guards: a compass word before a name in Latin script is still part of a name.
        ("West Virginia", "US"),
        ("North Macedonia", None),
    ],
)
def test_a_capitalised_compass_name_is_no_direction(text, country):
    result = geocode_place(text, country=country)
    assert result.precision != "near"


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Field phrases (events38, events39): before, unresolved.
        ("la ville de Mahbès", "MA", "Mahbès", "settlement"),
        ("в 20 морских милях к востоку от мыса Греко", "CY", "Cape Greco", "near"),
        ("Türkmenbaşy Halkara deňiz portuna", "TM", "Türkmenbaşy", "settlement"),
        # Our own.
        ("off Cape Greco", "CY", "Cape Greco", "near"),
        ("Al Mahbes", "MA", "Mahbès", "settlement"),
        ("Türkmenbaşy deňiz portunda", "TM", "Türkmenbaşy", "settlement"),
    ],
)
def test_places_at_sea_and_by_it_that_the_data_lacked(text, country, name, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Field phrase (events39): before, unresolved.
        ("al sur de Gran Canaria", "ES-GC"),
        # Our own: an island is its province, never its capital's point.
        ("Gran Canaria", "ES-GC"),
        ("frente a las costas de Lanzarote", "ES-GC"),
        ("au large de Fuerteventura", "ES-GC"),
        ("El Hierro", "ES-TF"),
    ],
)
def test_a_canary_island_is_its_province(text, code):
    result = geocode_place(text, country="ES")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code
