"""Place classes of round 39c: wordings of the blind events sets events58 and events59."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_thai_within_joined_to_a_lao_province() -> None:
    # Thai "ภายใน" (within) joined in front of "แขวง" (a Lao province): the province.
    inside = geocode_place("ภายในแขวงบอลิคำไซ", country="LA")
    assert (inside.status, inside.precision, inside.admin1_code) == ("resolved", "region", "LA-BL")


def test_seoul_district_is_in_seoul_not_at_a_namesake_town() -> None:
    # "서울 용산구" (Yongsan-gu of Seoul): the districts table seats Yongsan-gu in Seoul;
    # the town Yongsan of North Chungcheong is another place.  Seoul, a city that is its
    # own region, holds the district: the district answers, not the city's point.
    yongsan = geocode_place("서울 용산구", country="KR")
    assert (yongsan.status, yongsan.precision, yongsan.admin1_code) == (
        "resolved",
        "district",
        "KR-11",
    )
    assert yongsan.name == "Yongsan-gu"


def test_waters_in_a_seat_are_its_district() -> None:
    # The waters "in" a town lie off it, in the district it seats, 90 km of coast.
    waters = geocode_place("waters between Tambisan and Kuala Meruap in Lahad Datu", country="MY")
    assert (waters.status, waters.precision, waters.admin1_code) == (
        "resolved",
        "district",
        "MY-12",
    )


def test_german_an_der_abbreviated() -> None:
    # "a. d." is "an der": the Bezirk names the Berg by the Slovak border.
    berg = geocode_place("Grenzübergang Berg (Bezirk Bruck a. d. Leitha)", country="AT")
    assert (berg.status, berg.name) == ("resolved", "Berg–Petržalka")
    town = geocode_place("Neustadt a. d. Waldnaab", country="DE")
    assert (town.status, town.name) == ("resolved", "Neustadt an der Waldnaab")


def test_scandinavian_place_in_a_municipality_without_its_word() -> None:
    # "over Vestmarka i Eidskog": the village in (Norwegian "i") Eidskog municipality.
    eidskog = geocode_place("over Vestmarka i Eidskog", country="NO")
    assert (eidskog.status, eidskog.precision, eidskog.name) == ("resolved", "district", "Eidskog")
    # Slavic "i" is "and": never read so without a Nordic event country.
    assert geocode_place("Bosna i Hercegovina", country="BA").precision == "country"


def test_romance_place_on_the_border_with_without_a_comma() -> None:
    # "X na fronteira com Y", "X en la frontera con Y": X on the border with Y, as
    # English "X on the border with Y" reads; not a border one of whose sides is "X na".
    bridge = geocode_place(
        "Ponte Binacional na fronteira com o Brasil no município de Oiapoque", country="BR"
    )
    assert (bridge.status, bridge.name) == ("resolved", "Oyapock River Bridge")
    town = geocode_place("Pacaraima na fronteira com a Venezuela", country="BR")
    assert (town.status, town.name) == ("resolved", "Pacaraima")


def test_border_towns_the_events_sets_name() -> None:
    # Aba (Haut-Uele) is in villages.tsv; Bulla Hawa is a press form of Beled Hawo.
    aba = geocode_place("the Congolese town of Aba", country="CD")
    assert (aba.status, aba.country, aba.precision) == ("resolved", "CD", "settlement")
    hawa = geocode_place("Bulla Hawa, a town on the border of Somalia and Kenya", country="SO")
    assert (hawa.status, hawa.name) == ("resolved", "Beled Hawo")
    # The Nigerian city keeps its name with a Nigerian event.
    assert geocode_place("Aba", country="NG").admin1_code == "NG-AB"


def test_pair_of_places_each_with_its_country_is_their_border() -> None:
    # Gotești is not in the data and Cârja lies across the line: the two countries the
    # asides name meet on the border that holds the event.
    pair = geocode_place("pe direcţia Gotești (MD) – Cârja (RO)", country="MD")
    assert (pair.status, pair.precision, pair.name) == (
        "resolved",
        "border",
        "Moldova–Romania border",
    )
    # Asides that are not countries are no pair across a border.
    assert geocode_place("pe direcţia Gotești (Xyzzy) – Cârja (RO)", country="MD").status != (
        "resolved"
    )
