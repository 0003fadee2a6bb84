"""Place classes of round 41b (blind87): Greek genitives of names whose first name is
an exonym, a village named with its unit's genitive, a container with a describing
tail, a path joining two towns, and Arabic "belonging to" after a name."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_a_greek_genitive_finds_the_greek_name_of_an_exonym():
    # Mytilene's first name is the English one; "Μυτιλήνης" is the genitive of Μυτιλήνη.
    result = geocode_place("Μυτιλήνης", country="GR")
    assert result.status == "resolved"
    assert result.name == "Mytilene"


def test_a_greek_genitive_is_no_other_town_s_variant_name():
    # "Αγριλιά" is a variant name of Paralía Vérgas in the Peloponnese, 300 km away.
    result = geocode_place("στην περιοχή της Αγριλιάς", country="GR")
    assert result.admin1_code != "GR-J"


def test_a_greek_village_named_with_its_unit_s_genitive_is_the_village():
    result = geocode_place("στο λιμάνι της Λουτρόπολης Θέρμης", country="GR")
    assert result.status == "resolved"
    assert result.name == "Loutrópoli Thermís"
    assert result.admin1_code == "GR-K"


def test_a_unit_with_a_describing_tail_still_holds_the_place():
    # The state the text names, not the big La Victoria of Aragua (VE-D).
    result = geocode_place(
        "en el caserío de La Victoria, estado de Apure, cerca de la frontera con Arauca",
        country="VE",
    )
    assert result.status == "resolved"
    assert result.admin1_code == "VE-C"


def test_a_path_joining_two_towns_is_not_the_crossing_of_one():
    result = geocode_place(
        "la trocha El Palito, que une a La Parada con San Antonio del Táchira", country="CO"
    )
    # A path of its own: the border the two towns face each other across.
    assert result.name != "Simón Bolívar Bridge"
    assert result.precision == "border"
    # ... its stretch in the event country's department at the towns.
    assert result.admin1_code == "CO-NSA"


def test_arabic_belonging_to_after_a_name_is_not_part_of_it():
    result = geocode_place("في منطقة كركامش التابعة للولاية", country="TR")
    assert result.status == "resolved"
    assert result.admin1_code == "TR-27"


def test_a_slash_before_a_country_s_name_is_a_comma():
    result = geocode_place("à Kasese/Ouganda", country="UG")
    assert result.status == "resolved"
    assert result.name == "Kasese"


def test_two_towns_joined_by_a_slash_are_still_their_crossing():
    result = geocode_place("Kehl/Strasbourg", country="DE")
    assert result.status == "resolved"
    assert result.country is None  # a crossing is in no one country


def test_a_county_misspelt_with_its_doubled_letter_moved():
    result = geocode_place("katika Kaunti ya Garrisa", country="KE")
    assert result.status == "resolved"
    assert result.admin1_code == "KE-07"
    assert "spelled otherwise" in result.note


def test_a_swahili_compass_tail_describes_the_county():
    result = geocode_place("katika Kaunti ya Mandera Kaskazini Mashariki mwa Kenya", country="KE")
    assert result.status == "resolved"
    assert result.admin1_code == "KE-24"


def test_new_opening_a_greek_village_name_before_its_unit():
    result = geocode_place("στην αγροτική περιοχή Νέας Βύσσας Ορεστιάδας", country="GR")
    assert result.status == "resolved"
    assert result.admin1_code == "GR-A"


def test_a_crossing_word_opening_the_text_puts_the_crossing_in_its_district():
    result = geocode_place(
        "Pri hraničnom priechode vo Vyšnom Nemeckom v okrese Sobrance", country="SK"
    )
    assert result.status == "resolved"
    assert result.name == "Vyšné Nemecké–Uzhhorod"


def test_a_unit_of_the_event_s_country_before_a_region_across_the_border():
    # Venezuela's municipio Guajira (Zulia), not Colombia's department La Guajira.
    result = geocode_place("en el sector El Mamón, en Guajira", country="VE")
    assert result.status == "resolved"
    assert result.admin1_code == "VE-V"


def test_an_arabic_compass_word_after_the_border_word_is_no_governorate():
    # "الغربية" (western) is also the Gharbia governorate, in the Nile delta.
    result = geocode_place("عبر الحدود الغربية لمصر، عن طريق السلوم", country="EG")
    assert result.status == "resolved"
    assert result.admin1_code == "EG-MT"


def test_a_crossing_found_by_its_village_s_name_in_a_named_district_is_the_district():
    # No crossing word: near the village Ubľa, which the data knows only as a crossing.
    result = geocode_place("pri obci Uble v okrese Snina", country="SK")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert "Snina" in (result.name or "")
