"""Place classes of session 27 (round27q), found on the unplaced events of the field sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        ("GP Karasovići", "HR", "Karasovići–Debeli Brijeg"),
        ("kod GP Bajakovo", "HR", "Bajakovo–Batrovci"),
        ("ГП Батровци", "RS", "Bajakovo–Batrovci"),
    ],
)
def test_the_abbreviated_south_slavic_crossing_word_names_the_crossing(text, country, crossing):
    # "GP" is "granični prijelaz/prelaz" (border crossing) shortened, as "ПП" is in
    # Ukrainian; before, the whole "GP X" was looked up as one name and not found.
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == crossing


def test_oko_is_around_a_place():
    # Croatian "oko" (around): near the crossing, not at it.
    result = geocode_place("oko GP Karasovići", country="HR")
    assert result.status == "resolved"
    assert result.name == "Karasovići–Debeli Brijeg"
    assert result.precision == "near"


def test_a_district_spelled_otherwise_is_found_when_the_table_names_it_with_its_unit_word():
    # "Karakiyansky" is Karakiyanskiy Rayon spelled otherwise (Russian "-ский" written
    # "-sky"); the table files it as "Karakiyanskiy Rayon" under "karakiyanskiy", so
    # the unit's whole name found nothing and the text was left unresolved.
    result = geocode_place("in the Karakiyansky district", country="KZ")
    assert result.status == "resolved"
    assert result.name == "Mangghystau"
    assert result.precision == "region"


def test_a_tail_guessed_from_part_of_its_name_outside_the_area_leaves_the_area():
    # "Temir-Baba" is no crossing of the data; its guess, a post near Temir (Aktobe),
    # lies outside the district the text puts it in: the district's region is said
    # (before: unresolved, the whole text looked up as one name).
    result = geocode_place(
        "in the Karakiyanskiy district at the Temir-Baba checkpoint", country="KZ"
    )
    assert result.status == "resolved"
    assert result.name == "Mangghystau"
    assert result.precision == "region"


@pytest.mark.parametrize(
    "text",
    [
        "à Porga, dans l'arrondissement de Dassari, commune de Matéri",
        "l'arrondissement de Dassari, commune de Matéri",
    ],
)
def test_a_french_arrondissement_then_its_commune_is_a_unit_in_a_unit(text):
    # Benin writes a village's arrondissement, then the commune holding it; neither
    # Porga nor Dassari is in the gazetteer, so the commune is answered (before: the
    # arrondissement was read as a commune named "l'arrondissement de Dassari").
    result = geocode_place(text, country="BJ")
    assert result.status == "resolved"
    assert result.name == "Materi"
    assert result.precision == "district"


def test_an_arrondissement_placed_only_in_its_country_gives_way_to_the_region_holding_it():
    # Read as a unit, the arrondissement of Kye-Ossi is only placed in Cameroon (the
    # data has no such unit, and its namesake is a crossing); the region the text puts
    # it in says more.
    result = geocode_place(
        "L'arrondissement de Kye-Ossi dans le département de la Vallée du Ntem, région du Sud",
        country="CM",
    )
    assert result.status == "resolved"
    assert result.name == "Sud"
    assert result.precision == "region"


def test_an_arrondissement_in_a_commune_joined_by_dans_is_a_unit_in_a_unit():
    # Neither Tchaboua nor Aledjo is in the gazetteer: the commune holding them is.
    result = geocode_place(
        "dans le village de Tchaboua, arrondissement d’Aledjo dans la commune de Bassila",
        country="BJ",
    )
    assert result.status == "resolved"
    assert result.name == "Bassila"
    assert result.precision == "district"


def test_a_distance_from_a_town_reaches_a_units_circle():
    # Malanville commune lies about 620 km from Cotonou: "à 700 km au nord de Cotonou"
    # describes it (before: the unit was refused, the tail said not to hold it).
    result = geocode_place(
        "la commune frontalière de Malanville, à 700 km au nord de Cotonou", country="BJ"
    )
    assert result.status == "resolved"
    assert result.name == "Malanville"
    assert result.precision == "district"


def test_a_distance_that_does_not_reach_the_unit_still_refuses_it():
    result = geocode_place(
        "la commune frontalière de Malanville, à 30 km de Cotonou", country="BJ"
    )
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("الحدود مع سلطنة عمان", "YE", "Oman–Yemen border"),
        ("قرب الحدود مع الجمهورية اليمنية", "OM", "Oman–Yemen border"),
        (
            "بالقرب من الحدود بين الجمهورية الاسلامية الايرانية وباكستان",
            "PK",
            "Iran–Pakistan border",
        ),
    ],
)
def test_an_arabic_state_title_before_a_country_leaves_the_country(text, country, border):
    # "سلطنة" (Sultanate), "الجمهورية" (the Republic), "الجمهورية الإسلامية" (the Islamic
    # Republic) before the name: before, the title was an unknown word beside the
    # border word, or left a side that names no country, and the text was unresolved.
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == border


def test_a_unit_described_as_situated_in_a_province_is_not_split_at_dans():
    # "situé dans" describes the district: it stays the district, not the province.
    result = geocode_place(
        "dans le district de Mae Sot situé dans la province de Tak", country="TH"
    )
    assert result.status == "resolved"
    assert result.name == "Amphoe Mae Sot"
    assert result.precision == "district"
