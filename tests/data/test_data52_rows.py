"""Data rows of session 51's second data round (data52, issue 11): crossings, region names
and river names the field reports write and the data lacked (``crossings.csv``,
``aliases.toml``, ``inflections.toml``, ``border_features.toml``), each read in a cited
page. Each phrase below was unresolved or ambiguous before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # blind105 eg-sd-dg001 (Al-Sharq); Mada Masr writes Qastal-Ashkeet.
        ('معبر "قسطل أشكيت"', "EG"),
        ("the Qastal-Ashkeet border crossing", "EG"),
        ("معبر أشكيت", "SD"),
    ],
)
def test_qustul_ashkeet_is_the_crossing_at_its_point(phrase, country):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision) == ("resolved", "exact")
    assert result.name == "Qustul–Ashkeet"
    assert (round(result.lat, 3), round(result.lon, 3)) == (22.001, 31.513)


@pytest.mark.parametrize(
    ("phrase", "country", "crossing", "lat", "lon"),
    [
        # blind100 la-vn-db001: the WFP Logistics Cluster's point of La Lay.
        ("Cửa khẩu quốc tế La Lay", "VN", "La Lay", 16.300, 107.021),
        # blind99 bw-na-da001: a slash joins the two posts' names.
        (
            "the road leading up to the Mamuno/Trans Kalahari border posts",
            "BW",
            "Mamuno–Trans-Kalahari",
            -22.281,
            20.007,
        ),
        # blind101 pl-sk-dc002: the Polish locative of Suchá Hora, near ("koło") Chochołów.
        ("w Suchej Horze koło Chochołowa", "SK", "Suchá Hora–Chochołów", 49.366, 19.789),
        # blind105 es-fr-dg001: the Avenida footbridge is one of the Irun–Hendaye bridges.
        ("le pont piéton Avenida", "FR", "Irun–Hendaye", 43.339, -1.789),
    ],
)
def test_a_new_crossing_row_or_form_finds_the_crossing(phrase, country, crossing, lat, lon):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert (round(result.lat, 3), round(result.lon, 3)) == (lat, lon)


def test_the_kuala_lurah_border_is_the_line_at_the_post():
    # blind106 bn-my-dh001 was the whole Brunei–Malaysia line (WRONG for its truth).
    result = geocode_place("The Kuala Lurah border", country="BN")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Brunei–Malaysia border at Kuala Lurah"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # The locative and genitive of the neuter names Polish reports give the
        # voivodeships (events76, events43, blind7, blind32).
        ("niedaleko miejscowości Sadzawki na Podlasiu", "PL-20"),
        ("na terenach przygranicznych Podlasia", "PL-20"),
        ("w pobliżu muru granicznego na Podlasiu", "PL-20"),
        ("przejście graniczne w Barwinku na Podkarpaciu", "PL-18"),
    ],
)
def test_podlasie_and_podkarpacie_declined_are_their_voivodeships(phrase, code):
    result = geocode_place(phrase, country="PL")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


def test_a_town_on_podlasie_stays_the_town():
    # "X na Podlasiu": the region only bounds the town the phrase names.
    result = geocode_place("w Michałowie na Podlasiu", country="PL")
    assert (result.status, result.precision) == ("resolved", "settlement")
    assert result.name == "Michałowo"


@pytest.mark.parametrize(
    "phrase",
    # blind106 kp-ru-dh001 (no event country) and blind12 kp-ru-m006 (accusative).
    ["через реку Туманная", "Через реку Туманную"],
)
def test_the_russian_tumannaya_is_the_north_korea_russia_stretch(phrase):
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "border",
        "North Korea–Russia border (Туманная)",
    )


def test_the_tumen_by_its_other_names_still_needs_a_country():
    assert geocode_place("the Tumen River").status == "ambiguous"
    result = geocode_place("the Tumen River", country="CN")
    assert (result.status, result.name) == ("resolved", "China–North Korea border (Tumen River)")
