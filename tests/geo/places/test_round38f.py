"""Classes of place round 38f: the wrong and unresolved places of the blind79 set.

Wrong before: a village "X, zona rural de Y" whose container, the countryside of a town,
was no place the gazetteer knows, so X was looked up alone and answered with a namesake
500 km away. Unresolved before: a unit word after a comma that names the unit holding the
place ("X, commune de Y", "X, municipio de Y") was read as saying X is that unit, and Y
was dropped; border towns GeoNames' cities500 lacks (Amchidé, Doolow); a bridge and a
crossing under forms of their names the table lacked.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place


@pytest.mark.parametrize(
    "text",
    [
        "en Santa Fe, zona rural de Ipiales, Colombia",
        "la vereda Santa Fe, en la zona rural de Ipiales",
        "en Santa Fe, área rural de Ipiales",
    ],
)
def test_a_village_of_a_towns_rural_area_is_in_that_towns_municipality(text: str) -> None:
    # Field phrase (blind79): before, Santa Fe de Antioquia, 500 km from Ipiales.
    result = geocode_place(text, country="CO")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.admin1_code == "CO-NAR"
    assert result.name == "Ipiales"


def test_the_rural_area_alone_is_still_the_towns_district() -> None:
    result = geocode_place("zona rural de Ipiales, Colombia", country="CO")
    assert result.status == "resolved", result
    assert (result.name, result.precision) == ("Ipiales", "district")


def test_a_unit_word_then_de_and_a_name_holds_the_place_before_the_comma() -> None:
    expr = parse_place("Santa Fe, municipio de Ipiales")
    assert expr.kind == "restricted"
    assert expr.other == "Ipiales"
    # Without a name after it, the unit word still says what X is.
    assert parse_place("Huaquillas, cantón de la provincia de El Oro").kind == "district"


def test_a_village_in_a_named_municipio_is_never_a_namesake_elsewhere() -> None:
    result = geocode_place("en Santa Fe, municipio de Ipiales", country="CO")
    assert result.status == "resolved", result
    assert result.admin1_code == "CO-NAR"


def test_a_border_gate_then_the_commune_holding_it() -> None:
    # Field phrase (blind79): before, unresolved ("no commune named 'la barrière ...'").
    result = geocode_place(
        "à la barrière frontalière de Dajabón, commune de Wanament", country="HT"
    )
    assert result.status == "resolved", result
    assert result.name == "Dajabón–Ouanaminthe"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("à Amchidé", "CM", "Amchidé"),
        ("la ville d'Amtchidé", "CM", "Amchidé"),
        ("magaalada Dooloow", "SO", "Doolow"),
        ("Dolow", "SO", "Doolow"),
    ],
)
def test_border_towns_cities500_lacks(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.name, result.precision, result.country) == (name, "settlement", country)


def test_the_bridge_by_a_shortened_name() -> None:
    result = geocode_place("el Puente Internacional San Roque de Santa Cruz", country="PY")
    assert result.status == "resolved", result
    assert result.name == "San Roque González de Santa Cruz Bridge"


def test_malpasse_is_the_crossing_for_a_haitian_event_and_marseille_without_one() -> None:
    result = geocode_place("la route de Malpasse", country="HT")
    assert result.status == "resolved", result
    assert result.name == "Jimaní–Malpasse"
    bare = geocode_place("Malpasse")
    assert bare.country == "FR"
    assert "Jimaní–Malpasse" in bare.note


def test_arabic_opposite_is_near() -> None:
    # "مقابل" (opposite, facing): near the town across the border of a Kuwaiti event.
    result = geocode_place("مقابل أم قصر", country="KW")
    assert result.status == "resolved", result
    assert result.precision == "near"
    assert result.name == "Umm Qaşr"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("katika mji wa Mandera kaskazini mashariki mwa Kenya", "Mandera"),
        ("katika eneo la Moyale kaskazini mwa Kenya", "Moyale"),
    ],
)
def test_swahili_compass_of_the_country_after_a_town_is_no_bearing_from_it(
    text: str, name: str
) -> None:
    # "kaskazini mashariki mwa Kenya" (in north-eastern Kenya) says where the town lies;
    # read as "north of the town" it had made the answer near the town.
    result = geocode_place(text, country="KE")
    assert result.status == "resolved", result
    assert (result.name, result.precision) == (name, "settlement")


def test_a_compass_of_another_country_is_still_not_read_as_the_towns_place() -> None:
    result = geocode_place("Mandera kaskazini mwa Tanzania", country="KE")
    assert result.precision != "settlement"


def test_the_bermejo_forms_a_border_only_along_part_of_its_course() -> None:
    # Before: "no border river of that name is known".
    result = geocode_place("el río Bermejo", country="AR")
    assert result.status == "unresolved"
    assert "only along part of its course" in result.note
    assert "AR-BO" in result.note


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("na tríplice fronteira com o Peru e a Colômbia", "BR", "BR-AM"),
        ("na tríplice fronteira com o Peru e a Bolívia", "BR", "BR-AC"),
        ("en la triple frontera con Brasil y Paraguay", "AR", "AR-N"),
        ("la triple frontera con Argentina y Brasil", "PY", "PY-10"),
    ],
)
def test_a_tri_border_is_the_region_of_the_events_country_at_the_tripoint(
    text: str, country: str, code: str
) -> None:
    # Before: unresolved, "'tríplice' names no country or region".
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert (result.precision, result.admin1_code) == ("region", code)
    assert result.coarsened


def test_a_place_unknown_inside_the_tri_border_region_answers_the_region() -> None:
    result = geocode_place(
        "no Rio Xyzzy, na tríplice fronteira com o Peru e a Colômbia", country="BR"
    )
    assert result.status == "resolved", result
    assert result.admin1_code == "BR-AM"


def test_a_tri_border_with_a_country_not_a_neighbour_is_not_read_so() -> None:
    result = geocode_place("na tríplice fronteira com o Chile e a Colômbia", country="BR")
    assert result.precision != "region"
