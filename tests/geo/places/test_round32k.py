"""Round 32k (issue 11): unresolved rows of the newest blind sets, one class of them per
test."""

from __future__ import annotations

import pytest

from bordermap.geo.places.bengali import bengali_as_hindi, bengali_as_hindi_bare_genitive
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The field sets' phrases.
        ("পঞ্জাবের ফিরোজপুর সেক্টরে", "Firozpur"),
        ("পঞ্জাবের ফিরোজপুরে সীমান্তে", "Firozpur"),
        ("জম্মুর আন্তর্জাতিক সীমান্তে", "Jammu"),
        # Our own: the bare names, the district word after them.
        ("ফিরোজপুর", "Firozpur"),
        ("জম্মুর সীমান্তে", "Jammu"),
    ],
)
def test_a_bengali_indian_district_is_read_as_the_hindi_it_mirrors(text, name):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.country == "IN"
    assert result.name == name
    assert result.precision == "district"


def test_a_final_bengali_r_is_the_names_in_the_first_reading():
    # "ফিরোজপুর" ends in "র" as a genitive would: the first reading keeps it.
    assert bengali_as_hindi("ফিরোজপুর") == "फिरोजपुर"
    assert bengali_as_hindi_bare_genitive("জম্মুর") == "जम्मु के"
    assert bengali_as_hindi("সেক্টরে") == "सेक्टर में"


def test_bengali_words_that_name_nothing_stay_unresolved():
    assert geocode_place("আন্তর্জাতিক সীমান্তে", country="IN").status == "unresolved"


def test_a_bengali_state_and_its_border_is_never_the_state():
    # "আসাম সীমান্তে" (at the Assam border): the Hindi reading would answer the state.
    result = geocode_place("আসাম সীমান্তে", country="IN")
    assert result.precision != "region"


@pytest.mark.parametrize("text", ["শেরপুর জেলায়", "শেরপুরে", "কুড়িগ্রামে"])
def test_the_hindi_reading_of_bengali_never_takes_a_district_by_its_sounds(text):
    # Sherpur (Bangladesh) sounds as Hoshiarpur (Punjab) in Devanagari consonants.
    assert geocode_place(text, country="IN").admin1_code not in ("IN-PB", "IN-HR")


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # The field sets' phrases.
        ("En el paso de Biriatou", "ES", "Biriatou"),
        ("el mercado binacional de Mal Paso", "DO", "Jimaní–Malpasse"),
        # Our own: the forms alone, the Basque and French names of the toll.
        ("paso fronterizo de Biriatu", "ES", "Biriatou"),
        ("péage de Biriatou", "FR", "Biriatou"),
        ("Mal Paso", "DO", "Jimaní–Malpasse"),
    ],
)
def test_crossing_forms_of_biriatou_and_mal_paso(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


def test_the_togolese_spelling_of_aflao_finds_its_border():
    result = geocode_place("la frontière d’Aflaou", country="TG")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Ghana–Togo border")


@pytest.mark.parametrize(
    "text",
    [
        # The field set's phrase.
        "Hacıpaşa Hudut Karakol Komutanlığı sorumluluk sahasında",
        # Our own: the outpost alone, with its locative.
        "Hacıpaşa Hudut Karakolu",
        "Hacıpaşa Hudut Karakolunda",
    ],
)
def test_a_turkish_border_outpost_is_its_village(text):
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.name == "Hacıpaşa"
    assert result.precision == "settlement"
