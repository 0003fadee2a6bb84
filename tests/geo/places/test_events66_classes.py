"""Session 43, events66: places at sea a report gives by coordinates or by a long
distance in nautical miles."""

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.stated_coordinates import coordinates_stated


def test_degrees_and_minutes_with_hemisphere_letters_are_read() -> None:
    lat, lon = coordinates_stated("tại tọa độ 09° 48'N-103°19'E")
    assert (round(lat, 5), round(lon, 5)) == (9.8, 103.31667)
    lat, lon = coordinates_stated("at 9°48′30″S, 103°19′W")
    assert (round(lat, 5), round(lon, 5)) == (-9.80833, -103.31667)


def test_no_pair_or_out_of_range_is_no_coordinates() -> None:
    assert coordinates_stated("tọa độ 09° 48'N") is None
    assert coordinates_stated("95° 10'N 20° 00'E") is None
    assert coordinates_stated("9° 75'N 20° 00'E") is None


def test_stated_coordinates_at_sea_are_the_point_on_the_events_side() -> None:
    result = geocode_place("tại tọa độ 09° 48'N-103°19'E", country="VN")
    assert (result.status, result.precision, result.country) == ("resolved", "exact", "VN")
    assert (round(result.lat, 5), round(result.lon, 5)) == (9.8, 103.31667)


def test_stated_coordinates_in_another_country_are_refused() -> None:
    # 48° 51'N 2° 21'E is Paris: not a Vietnamese event's place.
    result = geocode_place("tại tọa độ 48° 51'N 2° 21'E", country="VN")
    assert result.status == "unresolved"
    assert "not the event's country" in result.note


def test_far_out_at_sea_from_a_town_is_the_country_not_its_region() -> None:
    # 118 nautical miles (219 km) off Kudat lies far beyond Sabah's coast.
    result = geocode_place(
        "118 nautical miles northwest of Tanjung Simpang Mengayau, Kudat", country="MY"
    )
    assert (result.status, result.precision, result.country) == ("resolved", "country", "MY")
    assert result.coarsened


def test_a_region_the_text_names_stays_far_out_at_sea() -> None:
    result = geocode_place(
        "sekitar 170 mil laut sebelah utara Gove di Northern Territtory", country="AU"
    )
    assert (result.precision, result.admin1_code) == ("region", "AU-NT")


def test_a_short_distance_at_sea_from_a_point_stays_near_it() -> None:
    result = geocode_place("в 20 морских милях к востоку от мыса Греко", country="CY")
    assert (result.name, result.precision) == ("Cape Greco", "near")


def test_a_french_region_after_dans_and_its_article_holds_an_unknown_commune() -> None:
    result = geocode_place("dans la commune d’Idabato, dans le Sud-Ouest", country="CM")
    assert (result.status, result.admin1_code) == ("resolved", "CM-SW")


def test_a_border_in_a_region_drawn_as_a_circle_is_that_region() -> None:
    # Kasaï has no outline in the data; a town of Japan only bears its name.
    result = geocode_place("la frontière de Kamako au Kasaï", country="CD")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "CD-KS",
    )
    assert result.coarsened


def test_a_unit_part_named_by_a_compass_is_the_unit() -> None:
    result = geocode_place("at Lochom in Kaabong West", country="UG")
    assert (result.status, result.admin1_code) == ("resolved", "UG-318")
    assert geocode_place("Turkana West", country="KE").admin1_code == "KE-43"


def test_a_province_named_with_a_compass_stays_its_own() -> None:
    assert geocode_place("Kasai Central", country="CD").admin1_code == "CD-KC"


def test_a_river_mouth_the_data_lacks_is_near_its_village() -> None:
    result = geocode_place("Kuala Tok Bali", country="MY")
    assert (result.name, result.precision) == ("Kampong Tok Bali", "near")
    assert geocode_place("Kuala Lumpur", country="MY").precision == "settlement"


def test_far_out_at_sea_from_a_point_is_the_country() -> None:
    result = geocode_place("111 nautical miles from Kuala Tok Bali", country="MY")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "MY")
