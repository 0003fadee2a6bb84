"""Session 40, round40b: blind85's causes — a quarter named with its streets, a Turkish
unit named after its word, declined names in Russian, Serbian and Estonian, and Greek
compass adjectives before a name."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.inflection import nominative_keys


def test_a_quarter_named_with_its_streets_is_not_a_far_town_of_its_name():
    # Colonia Militar is also a town of Hidalgo; with streets named it is a quarter.
    found = geocode_place("a house on Calle 5 and Avenida 20 in Colonia Militar", country="MX")
    assert found.status == "unresolved"
    assert "quarter" in found.note
    # Without streets the name is still the town's.
    found = geocode_place("in Colonia Militar", country="MX")
    assert (found.status, found.admin1_code) == ("resolved", "MX-HID")


def test_a_turkish_unit_word_before_its_name_after_the_holders_genitive():
    # "Hatay's district on the Syrian border, Reyhanlı": the district, not the town.
    found = geocode_place("Hatay'ın Suriye sınırındaki ilçesi Reyhanlı", country="TR")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "district", "TR-31")
    # A name before the unit word is the unit's own, as before.
    found = geocode_place("Hatay'ın Yayladağı ilçesi Suriye sınırında", country="TR")
    assert found.status == "resolved" and found.precision == "border"


def test_a_russian_initial_e_is_tried_as_ye():
    # "Ерасх" is Yeraskh, whose GeoNames record has no Russian name.
    assert ("yeraskh", "ru") in nominative_keys("eraskha", ("ru",))
    for text in ("Ерасх", "у Ерасха"):
        found = geocode_place(text, country="AM")
        assert (found.status, found.name) == ("resolved", "Yeraskh")
    # Ukrainian writes "Є" for that sound: its "е" stays "e".
    assert not any(k.startswith("ye") for k, _ in nominative_keys("eraskha", ("uk",)))


def test_a_serbian_case_of_a_greek_name_in_i():
    # "kod Idomenija": the genitive of Idomeni, a Greek border village.
    found = geocode_place("kod Idomenija", country="GR")
    assert found.status == "resolved"
    assert found.lat is not None and abs(found.lat - 41.12) < 0.05


def test_a_border_lake_in_a_case_of_the_event_countrys_language():
    # Estonian adessive "Lämmijärvel", "Peipsil": the lakes the line runs through.
    for text in ("Lämmijärvel", "Peipsil"):
        found = geocode_place(text, country="EE")
        assert (found.status, found.precision) == ("resolved", "border")


def test_a_greek_compass_adjective_before_a_name_is_a_part_of_it():
    # "off Skala Sykamias in southern Lesbos": the village the data lacks is on Lesbos,
    # not one of the Skálas of the Peloponnese its first word finds.
    found = geocode_place("στα ανοιχτά της Σκάλας Συκαμιάς στη νότια Λέσβο", country="GR")
    assert (found.status, found.admin1_code) == ("resolved", "GR-K")
    # The adverb before an article is still a direction from the place.
    found = geocode_place("βόρεια της Λέσβου", country="GR")
    assert (found.status, found.admin1_code) == ("resolved", "GR-K")


def test_a_russian_locative_plural_of_a_soft_stem():
    # "в Беняконях": Benyakoni, the Belarusian side of the Šalčininkai crossing.
    found = geocode_place("под Беняконями", country="BY")
    assert found.status == "resolved" and found.name == "Šalčininkai"


def test_greek_islets_off_turkey_in_the_genitive():
    found = geocode_place("ανοιχτά της Καλόλιμνου", country="GR")
    assert (found.status, found.name, found.admin1_code) == ("resolved", "Kalolimnos", "GR-L")
    found = geocode_place("βόρεια του Αγαθονησίου", country="GR")
    assert (found.status, found.name) == ("resolved", "Agathonisi")


def test_a_spot_between_two_places_of_one_region_is_the_regions():
    found = geocode_place("in the waters between Agathonisi and Farmakonisi", country="GR")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "GR-L")


def test_a_spanish_unit_word_after_a_name_without_a_comma_opens_its_container():
    found = geocode_place("la vereda La Esperanza municipio de Arauquita", country="CO")
    assert (found.status, found.admin1_code) == ("resolved", "CO-ARA")
    # After an article the unit word is the unit's own.
    found = geocode_place("El municipio de Arauquita", country="CO")
    assert (found.status, found.precision) == ("resolved", "district")


def test_a_unit_of_several_regions_is_the_one_of_the_region_named_after_it():
    found = geocode_place(
        "el municipio de San Miguel, en el departamento de Santander", country="CO"
    )
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "district", "CO-SAN")
    found = geocode_place("el municipio de San Miguel", country="CO")
    assert found.status == "ambiguous"


def test_an_islet_of_a_group_in_catalan_is_in_the_groups_circle():
    found = geocode_place("a un illot de les illes Chafarinas", country="ES")
    assert (found.status, found.name) == ("resolved", "Chafarinas Islands")


def test_a_spot_between_two_towns_of_a_county_without_an_outline_is_the_countys():
    # Kenya's counties have no outline: the one Mandera seats holds El Wak too.
    found = geocode_place("a village between Mandera and El Wak", country="KE")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "KE-24")
    # Towns of two counties stay several places.
    found = geocode_place("between Mandera and Wajir", country="KE")
    assert found.status == "ambiguous"
