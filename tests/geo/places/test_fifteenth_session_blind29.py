"""Classes of failure the twenty-ninth blind set showed once seen (session 15).

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the set's.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country"),
    [("Kasanda district", "UG"), ("Kazo district", "UG"), ("in the Karonga district", "MW")],
)
def test_an_admin1_district_the_outlines_lack_is_its_country(text, country):
    # Uganda's and Malawi's districts are their admin-1 units: the outline holding the
    # namesake town is another district, so only the country holds the one named.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.country) == ("resolved", "country", country)


def test_a_district_below_admin1_is_still_the_region_holding_its_town():
    result = geocode_place("Teknaf upazila", country="BD")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BD-B")


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Kayes, région de l'ouest du Mali", "ML", "ML-1"),
        ("à Kolda, région du sud du Sénégal", "SN", "SN-KD"),
    ],
)
def test_a_name_described_as_a_region_of_a_country_is_the_region(text, country, code):
    # "X, région de/du ...": a lower-case region word after the comma describes X (of a
    # country or of words), so X is the unit, not its namesake town.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la ciudad de David, provincia de Chiriquí", "David"),
        ("Toluca, State of Mexico", "Toluca"),
    ],
)
def test_a_named_province_after_the_comma_still_holds_the_town(text, name):
    result = geocode_place(text, country="PA" if "David" in text else "MX")
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("le poste frontière de Kimbata dans la municipalité de Noqui", "Nóqui"),
        ("la municipalité de Noqui", "Nóqui"),
    ],
)
def test_a_french_municipality_is_a_district_and_holds_what_is_dans_it(text, name):
    # "la municipalité de X" is the unit below admin-1 (as "o município de X"); an
    # unknown post "dans" it is answered by the municipality, not by the town.
    result = geocode_place(text, country="AO")
    assert (result.status, result.precision, result.name) == ("resolved", "district", name)


@pytest.mark.parametrize(
    "text",
    [
        "la frontière qui sépare le Cameroun du Gabon vers Kyé-Ossi",
        "la frontière qui sépare le Cameroun du Gabon à Ebebiyín",
    ],
)
def test_two_countries_the_text_names_beat_a_tripoint_crossing(text):
    # Kyé-Ossi's crossing is on the Cameroon–Equatorial Guinea border, but the text
    # names the border it means by its two countries; since session 41 the place it
    # names on that line answers by Cameroon's one region along the whole of it.
    result = geocode_place(text, country="CM")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "CM-SU")
    assert result.coarsened and "Cameroon–Gabon border" in result.note


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("na hranici mezi Českem a Německem", "CZ", "Czechia–Germany border"),
        ("na hranicích mezi Polskem a Českem", "CZ", "Czechia–Poland border"),
        ("në kufirin mes Shqipërisë dhe Maqedonisë së Veriut", "AL", "Albania–North Macedonia"),
        ("di perbatasan RI-RDTL", "ID", "Indonesia–Timor Leste border"),
        (
            "po celej dĺžke hranice Slovenskej republiky s Poľskom",
            "SK",
            "Poland–Slovakia border",
        ),
    ],
)
def test_czech_slovak_albanian_indonesian_names_of_two_countries_give_their_border(
    text, country, border
):
    # "mezi"/"medzi"/"mes (të)"/"antara"/"tussen" are "between"; the countries' names in
    # these languages and cases ("Českem", "Shqipërisë", "Maqedonisë së Veriut", "RI",
    # "RDTL", "Slovenskej republiky") name the two sides.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(border)


def test_german_near_the_border_with_a_country_is_that_border():
    # "in der Nähe der Grenze zu X": near the border with X, not a town called Nahe.
    result = geocode_place("in der Nähe der Grenze zu Polen", country="DE")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Germany–Poland border")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("di Kabupaten Sanggau", "Kabupaten Sanggau"),
        ("Kabupaten Timor Tengah Selatan", "Kabupaten Timor Tengah Selatan"),
        ("PLBN Wini di Kabupaten Timor Tengah Utara", "Kabupaten Timor Tengah Utara"),
    ],
)
def test_an_indonesian_regency_is_a_district(text, name):
    # "Kabupaten X" (regency) is a unit below the province, drawn around its seat; a
    # post "di" (in) a regency the data lacks is answered by the regency.
    result = geocode_place(text, country="ID")
    assert (result.status, result.precision, result.name) == ("resolved", "district", name)


def test_a_town_in_an_indonesian_regency_stays_the_town():
    # "di wilayah X" (in the area of X): the town the regency holds, not the regency.
    result = geocode_place("di wilayah Kefamenanu, Kabupaten Timor Tengah Utara", country="ID")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "settlement",
        "Kefamenanu",
    )


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("Özbek-Türkmen serhedinde", "TM", "Turkmenistan–Uzbekistan border"),
        ("Кыргыз-тажик чек арасында", "KG", "Kyrgyzstan–Tajikistan border"),
    ],
)
def test_turkic_adjectives_of_two_countries_give_their_border(text, country, border):
    # Turkmen "özbek", Kyrgyz "тажик" (and "Кыргыз") name the sides of a border.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(border)
