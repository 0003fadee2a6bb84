"""Session 52 (round52w): a spot far out at sea is not the place it is measured from, and
a town named only as the nearest one is not the place."""

import pytest

from bordermap.geo.places.far_at_sea import sea_miles_stated_km
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.nearest_town import town_named_as_nearest


@pytest.mark.parametrize(
    ("text", "miles"),
    [
        ("cách bờ biển khoảng 80 hải lý", 80),
        ("cách Kuala Kemaman từ 68-147 hải lý", 147),
        ("距離鵝鑾鼻東南方164浬、護漁暫定執法線南界線內約5浬處", 164),
        ("소청도 남서쪽 약 67㎞(36해리) 해상", 36),
        ("ห่างจากเกาะพยาม ด้านทิศตะวันตกประมาณ 5 ไมล์ทะเล", 5),
        ("118 nautical miles northwest of Kudat", 118),
        ("lebih kurang 1.3 batu nautika timur laut Pulau Berhala", 1.3),
    ],
)
def test_sea_miles_are_read_in_any_order_and_script(text: str, miles: float) -> None:
    assert sea_miles_stated_km(text) == pytest.approx(miles * 1.852)


def test_no_sea_miles_is_no_distance() -> None:
    assert sea_miles_stated_km("80 km north of Kuching") is None
    assert sea_miles_stated_km("ở Tok Bali, bang Kelantan") is None


@pytest.mark.parametrize(
    "text",
    [
        # The figure after the place, as Vietnamese writes it: 148 and 126 km out.
        "vùng biển phía bắc thành phố Kuching, cách bờ biển khoảng 80 hải lý",
        "cách Kuala Tok Bali, bang Kelantan, khoảng 68 hải lý",
    ],
)
def test_far_out_at_sea_after_the_place_is_the_country_not_the_place(text: str) -> None:
    result = geocode_place(text, country="MY")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "MY")
    assert result.coarsened
    assert "nautical miles out at sea" in result.note


def test_a_place_of_another_country_far_at_sea_is_unresolved() -> None:
    result = geocode_place("cách Kuala Tok Bali, bang Kelantan, khoảng 68 hải lý", country="VN")
    assert result.status == "unresolved"


def test_a_short_distance_or_a_wide_sea_stays() -> None:
    # 36 nautical miles (67 km) off Socheong Island is still coded as Incheon; a sea
    # drawn wider than the distance holds the spot.
    assert geocode_place("소청도 남서쪽 약 67㎞(36해리) 해상", country="KR").admin1_code == (
        "KR-28"
    )
    sea = geocode_place("Biển Đông, cách Kuching 80 hải lý", country="MY")
    assert (sea.name, sea.precision) == ("South China Sea", "region")
    # A place without a distance stays the place (a Vietnamese report's coastal town is
    # its country since round55a: the town or the sea off it).
    assert geocode_place("Tok Bali, Kelantan", country="MY").precision == "settlement"


def test_a_place_at_sea_may_be_the_spot_measured_from_elsewhere() -> None:
    # The island lies 280 nautical miles from Broome: the distance is the island's own.
    island = geocode_place(
        "near Browse Island, about 280 nautical miles north-north-east of Broome in "
        "Western Australia",
        country="AU",
    )
    assert (island.name, island.precision) == ("Browse Island", "near")


def test_a_distance_the_grammar_reads_is_left_to_the_resolvers_rules() -> None:
    # "a 245 millas náuticas de la costa" is read as a distance: the resolver weighed it.
    town = geocode_place(
        "al través de la ciudad de Comodoro Rivadavia, a 245 millas náuticas de la costa",
        country="AR",
    )
    assert (town.name, town.precision) == ("Comodoro Rivadavia", "settlement")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("La ville la plus proche dans la zone est Tanguiéta", "Tanguiéta"),
        ("the nearest town is Moyale", "Moyale"),
        ("the closest city to the crossing is Cúcuta", "Cúcuta"),
        ("la localidad más cercana es Cúcuta", "Cúcuta"),
        ("ближайший город — Брянск", "Брянск"),
        ("najbliższe miasto to Sokółka", "Sokółka"),
        ("Mandera is the nearest town", "Mandera"),
        ("Tanguiéta est la ville la plus proche", "Tanguiéta"),
    ],
)
def test_a_town_stated_to_be_the_nearest_is_read(text: str, town: str) -> None:
    assert town_named_as_nearest(text) == town


@pytest.mark.parametrize(
    "text",
    [
        # In apposition the town is where the event is told.
        "the nearest town of Rantau Panjang in Kelantan",
        "Z Sokółki, najbliższego miasta po stronie polskiej",
        "Tanguiéta",
        "evacuated to the nearest town",
    ],
)
def test_a_town_in_apposition_or_alone_is_not_a_reference(text: str) -> None:
    assert town_named_as_nearest(text) is None


def test_the_nearest_town_is_answered_by_the_region_holding_it() -> None:
    result = geocode_place("La ville la plus proche dans la zone est Tanguiéta", country="BJ")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BJ-AK")
    assert result.coarsened
    assert "nearest town" in result.note
    # Where reporting names a unit by its seat, the name alone reads the unit.
    mandera = geocode_place("Mandera is the nearest town", country="KE")
    assert (mandera.precision, mandera.admin1_code) == ("region", "KE-24")
    # Apposition keeps the town.
    town = geocode_place("the nearest town of Rantau Panjang in Kelantan", country="MY")
    assert (town.name, town.precision) == ("Rantau Panjang", "settlement")


def test_a_nearest_town_no_unit_holds_is_unresolved() -> None:
    # Moyale's county, Marsabit, has no outline in the data and is not seated at Moyale.
    result = geocode_place("the nearest town is Moyale", country="KE")
    assert result.status == "unresolved"
    assert "nearest town" in result.note
