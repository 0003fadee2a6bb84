"""Classes of failure the blind89 set showed at first contact (session 42), on phrases
of our own: each test holds one class of wording, worded on other places than the set's.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.text_runs import runs_of


def test_an_arabic_hyphen_parts_a_village_from_its_district():
    # "Aita al-Shaab-Bint Jbeil": the hyphen parts two names, so neither "الشعب-بنت" nor
    # "جبيل" alone (Byblos, in Mount Lebanon) is read.
    assert [run.words for run in runs_of("بلدة عيتا الشعب-بنت جبيل")] == [
        ("بلدة", "عيتا", "الشعب"),
        ("بنت", "جبيل"),
    ]
    result = geocode_place("في بلدة عيتا الشعب-بنت جبيل", country="LB")
    assert (result.status, result.name) == ("resolved", "Aita al-Shaab")
    # An unknown village, then its district: the region holding the district's seat.
    result = geocode_place("بلدة حولا-مرجعيون", country="LB")
    assert (result.status, result.name, result.precision) == ("resolved", "An Nabatiyah", "region")


def test_a_unit_near_a_border_is_its_region_not_the_line():
    # Ayerou is a commune of Tillabéri the data has no town of: near the Malian border
    # it is still in Tillabéri, not anywhere on the 800 km line.
    for text in (
        "à Ayerou, près de la frontière avec le Mali",
        "à Ayerou à l'ouest du pays, près de la frontière avec le Mali",
    ):
        result = geocode_place(text, country="NE")
        assert (result.status, result.name, result.precision) == (
            "resolved",
            "Tillabéri",
            "region",
        ), text
        assert result.coarsened


def test_a_unit_in_a_head_with_an_unfound_tail_is_its_region():
    result = geocode_place("nas proximidades de Ayerou, na fronteira com Mundo Novo", country="NE")
    assert (result.status, result.name) == ("resolved", "Tillabéri")
    assert result.coarsened


def test_russian_settlement_words_in_the_dative_and_a_town_beyond_the_circle():
    # "по поселку", "к селу": the dative; Tëtkino lies 25 km from Glushkovo, beyond the
    # circle the district is drawn as, and is the region's one place of the name.
    for text in ("по поселку Тёткино в Глушковском районе", "к селу Теткино Глушковского района"):
        result = geocode_place(text, country="RU")
        assert (result.status, result.name, result.precision) == (
            "resolved",
            "Tëtkino",
            "settlement",
        ), text


def test_a_crossing_named_with_a_lower_case_word_after_border_crossing():
    # "i" (and) inside the crossing's name is not the "and" between two border sides.
    result = geocode_place("border crossing Hani i Hotit", country="ME")
    assert (result.status, result.name) == ("resolved", "Hani i Hotit–Božaj")


def test_a_unit_named_as_a_crossing_is_the_region_by_the_crossing():
    # No commune of the name in the data, and the crossing seats none: the commune lies
    # around the crossing, on Niger's side, in Agadez.
    result = geocode_place("la commune d'Assamakka, dans le nord du Niger", country="NE")
    assert (result.status, result.name, result.precision) == ("resolved", "Agadez", "region")
    assert result.coarsened


def test_a_unit_then_its_state_that_a_city_shares_the_name_of():
    # "Zacatecas" after a comma is the state holding the municipio, not the city.
    for text in (
        "en el municipio de Fresnillo, Zacatecas",
        "en el municipio de Ascensión, Chihuahua",
    ):
        result = geocode_place(text, country="MX")
        assert (result.status, result.precision) == ("resolved", "district"), text


def test_known_as_names_the_spot_the_words_before_it_hold():
    # A known name after "conocida como" is the place; an unknown one leaves the border
    # it is on, flagged coarser.
    result = geocode_place("la frontera con Panamá conocida como Paso Canoas", country="CR")
    assert (result.status, result.name) == ("resolved", "Paso Canoas")
    result = geocode_place(
        "la frontera con Nicaragua conocida con el nombre de Peñas Blancas", country="CR"
    )
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.coarsened
