"""Classes of place round 35c: events answered with a wrong place (issue 11).

Each section is one class of cause, tested on the event's phrase (or our own phrase
of the same grammar), which before the change resolved to a pin the report does not
give, or to another place; the guards beside keep rows the change must not touch.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.disambiguation import choose
from bordermap.geo.places.gazetteer import Place
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import stated_distance_km


def _town(ident: int, name: str, population: int, lat: float) -> Place:
    return Place(
        ident=ident,
        name=name,
        kind="settlement",
        country="EC",
        admin1_code="EC-X",
        lat=lat,
        lon=-78.9,
        population=population,
        countries=("EC",),
        located="",
    )


# --- homonyms of one country: the bare record does not settle them --------------------


def test_a_bare_unsized_record_does_not_outrank_a_town_bearing_the_name() -> None:
    hamlet = _town(1, "San Lorenzo", 0, -1.7)
    town = _town(2, "San Lorenzo de Esmeraldas", 20_209, 1.3)
    outcome = choose([hamlet, town], country="EC", key="san lorenzo")
    assert outcome.chosen is None
    assert set(outcome.candidates) == {hamlet, town}


def test_a_sized_own_name_still_wins() -> None:
    own = _town(1, "San Lorenzo", 1_000, -1.7)
    variant = _town(2, "San Lorenzo de Esmeraldas", 20_209, 1.3)
    assert choose([own, variant], country="EC", key="san lorenzo").chosen == own


def test_san_lorenzo_in_ecuador_is_not_the_hamlet_of_bolivar() -> None:
    # Before: San Lorenzo (EC-B), population 0, 328 km from San Lorenzo de Esmeraldas.
    result = geocode_place("San Lorenzo", country="EC")
    assert result.admin1_code != "EC-B", result
    if result.status == "resolved":
        assert result.admin1_code == "EC-E"


@pytest.mark.parametrize(("text", "country"), [("in La Joya", "US"), ("Средец", "BG")])
def test_a_variant_name_does_not_take_the_name_from_its_own_bearer(
    text: str, country: str
) -> None:
    # La Jolla and Sofia bear these as variants; the own name still settles them.
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name in ("La Joya", "Sredets")


# --- a crossing on the border is "by a border" too ------------------------------------


def test_a_border_does_not_pick_the_village_over_the_crossing_named_after_another() -> None:
    # Before: the village Amdalai (North Bank), 38 km from the Karang–Amdalai crossing.
    result = geocode_place("the border near the town of Amdalai", country="GM")
    assert result.status == "ambiguous", result
    assert any("Karang" in (c.name or "") for c in result.candidates)


def test_a_municipality_by_the_border_keeps_the_namesake_rule() -> None:
    # Without a town word the rule stands: the Sonoyta municipality's namesake by the
    # border answers for it, and the whole phrase stays its region.
    result = geocode_place(
        "en el área de Luckeville, frontera con el municipio de Sonoyta", country="US"
    )
    assert result.status == "resolved", result
    assert result.admin1_code == "US-AZ"


# --- unit words and grammar ------------------------------------------------------------


@pytest.mark.parametrize("text", ["Bandarban's Ghumdhum union", "Ghumdhum union"])
def test_a_union_named_after_its_seat_is_not_near_the_seat(text: str) -> None:
    # Before: near Ghumdhum (±25 km); a union is a unit, drawn by the data nowhere.
    result = geocode_place(text, country="BD")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "BD-B"


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("no interior de Sant’Ana do Livramento", "district"),
        ("interior de Sant’Ana do Livramento", "district"),
        ("no interior de São Paulo", "region"),
    ],
)
def test_the_interior_of_a_place_is_its_unit_not_its_seat(text: str, precision: str) -> None:
    # Before: the town's pin for the municipality's countryside.
    result = geocode_place(text, country="BR")
    assert result.status == "resolved", result
    assert result.precision == precision


def test_a_distance_in_malay_nautical_miles_is_read() -> None:
    km = stated_distance_km("20.3 batu nautika tenggara Tanjung Sedili")
    assert km == pytest.approx(20.3 * 1.852)
    assert stated_distance_km("Tanjung Sedili") is None


def test_a_place_far_off_an_unknown_cape_is_not_near_the_town_after_it() -> None:
    # Before: near Kota Tinggi (±25 km), for a point 37 km off a cape the data lacks.
    result = geocode_place(
        "20.3 batu nautika tenggara Tanjung Sedili, dekat Kota Tinggi", country="MY"
    )
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "MY-01"


def test_a_region_the_data_lacks_is_a_local_area_not_the_town() -> None:
    # Before: Parikkala's pin; the data has every Finnish region, so "the Möttavaara
    # region" is a local area the town's pin does not stand for.
    result = geocode_place("in Parikkala in the Möttavaara region", country="FI")
    assert result.status == "resolved", result
    assert result.precision in ("district", "region")
    assert result.coarsened


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Koury, dans la région sud de Sikasso au Mali", "ML"),
        ("to Ayelet HaShahar in the Hula Valley", "IL"),
    ],
)
def test_a_container_the_parse_could_not_cut_leaves_the_town(text: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.precision == "settlement", result
