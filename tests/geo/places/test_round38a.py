"""Session 38, round38a: a seat's bare name for its admin-1 unit, and border posts
named after a town far from the border."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _resolved(text: str, hint: str | None):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    return found


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        # Kenya's counties have no outline in the data: drawn around their towns.
        ("in Mandera", "KE", "KE-24"),
        ("in Tete", "MZ", "MZ-T"),
        ("in Mtwara", "TZ", "TZ-17"),
    ],
)
def test_a_bare_seat_name_is_its_admin1_unit_where_reporting_names_it_so(text, hint, code):
    found = _resolved(text, hint)
    assert (found.precision, found.admin1_code) == ("region", code)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # A town word in any language keeps the town.
        ("Mandera town", "KE"),
        ("dans la ville de Mandera", "KE"),
        ("Mandera city, northeast Kenya", "KE"),
        # So do a border or crossing word, and a word of nearness.
        ("Busia customs border", "KE"),
        ("katika mji wa mpakani wa Busia", "KE"),
        ("in the Konton area near Mandera", "KE"),
        # A dateline, and a thing named after the town.
        ("Mandera, Kenya", "KE"),
        ("Erbil, Kurdistan Region", "IQ"),
        ("Busia Primary School", "KE"),
    ],
)
def test_a_town_word_a_border_or_nearness_keeps_the_town(text, hint):
    assert _resolved(text, hint).precision in ("settlement", "near", "exact")


def test_other_countries_keep_a_citys_bare_name():
    # Sudanese, Dominican and Lithuanian reporting mean the town by the bare name; so
    # does Iraqi reporting of its cities ("protests in Baghdad and Karbala").
    assert _resolved("Baghdad", "IQ").precision == "settlement"
    assert _resolved("Karbala", "IQ").precision == "settlement"
    assert _resolved("كسلا التي تقع شرقي البلاد", "SD").precision == "settlement"
    assert _resolved("en Dajabón", "DO").precision == "settlement"
    assert _resolved("в Вильнюсе", "LT").precision == "settlement"


@pytest.mark.parametrize(
    ("text", "hint", "code"),
    [
        # Salla lies 44 km from the Russian border, Ilomantsi 33 km, Tacna 35 km from
        # Chile's: the post stands on the border, not near the town.
        ("Sallan raja-asemalle", "FI", "FI-10"),
        ("at the international border crossing at Salla, northern Finland", "FI", "FI-10"),
        ("am Grenzübergang in Salla, Finnisch-Lappland", "FI", "FI-10"),
        ("Ilomantsin rajavartioaseman", "FI", "FI-13"),
        ("at the Tacna border crossing", "PE", "PE-TAC"),
    ],
)
def test_a_post_named_after_a_town_far_from_the_border_is_in_its_region(text, hint, code):
    found = _resolved(text, hint)
    assert (found.precision, found.admin1_code) == ("region", code)


def test_a_post_named_after_a_town_by_the_border_stays_near_it():
    # Sudzha lies 16 km from the Ukrainian border: near the town.
    found = _resolved("пункт пропуска «Суджа»", "RU")
    assert found.precision == "near"


def test_an_unknown_place_in_the_area_of_a_kenyan_seat_is_in_its_county():
    found = _resolved("in the Baure area of Lamu, along the Bodhei-Kiunga road", "KE")
    assert (found.precision, found.admin1_code) == ("region", "KE-21")


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # "İl İlçe": a Turkish address names the province, then the district.
        ("Kırklareli Kofçaz'da", "Kofçaz İlçesi"),
        ("Hatay Reyhanlı’daki", "Reyhanlı İlçesi"),
    ],
)
def test_a_turkish_address_of_province_then_seat_is_the_district(text, district):
    found = _resolved(text, "TR")
    assert (found.precision, found.name) == ("district", district)


def test_a_turkish_seat_alone_stays_the_town():
    assert _resolved("Akçakale'ye", "TR").precision == "settlement"
