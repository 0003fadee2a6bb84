"""Place classes of round 36d, found on the misses of blind73 (Europe and the Middle
East): a Finnish municipality before an unknown place, the Turkish "-deki" locative,
Hebrew and Arabic places followed by the area holding them, and Polish villages written
in Cyrillic."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.polish_cyrillic import cyrillic_sound_key, polish_sound_key


def test_an_unknown_named_place_of_a_finnish_municipality_is_not_near_its_seat():
    # Hietajärvi lies 40 km from Suomussalmi: the municipality the genitive names holds
    # it, and with no outline of the municipality its region answers, never "near".
    result = geocode_place("Suomussalmen Hietajärvellä", country="FI")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "FI-05"
    assert result.coarsened


def test_a_common_noun_after_a_finnish_town_stays_around_the_town():
    # "in Parikkala's area" is about the town, not an unknown place of the municipality.
    result = geocode_place("Parikkalan alueella", country="FI")
    assert result.status == "resolved"
    assert result.name == "Parikkala"
    assert result.precision == "near"


@pytest.mark.parametrize(
    "text",
    ["Edirne'deki Elçili köyünde", "Edirne’deki Elçili köyünde", "Edirne'de Elçili köyünde"],
)
def test_the_turkish_locative_adjective_names_the_holder(text):
    # "-deki" (the one that is in) makes the locative an adjective: Elçili, which the
    # data lacks, lies in Edirne, so the province answers.
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.admin1_code == "TR-22"
    assert result.precision == "region"


@pytest.mark.parametrize(
    "text",
    ["Kilis’teki Öncüpınar Sınır Kapısı bölgesine", "Kilis’te Öncüpınar Sınır Kapısı bölgesine"],
)
def test_the_area_of_a_crossing_in_a_province_is_the_crossing(text):
    # "bölgesine" (to its area) says where from the crossing, so the province is not read
    # as holding an unknown place.
    result = geocode_place(text, country="TR")
    assert result.status == "resolved"
    assert result.precision == "exact"


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # An unknown village "which is in south Lebanon": the country holds it.
        ("בכפר חתא שבדרום לבנון", "Lebanon", "country"),
        # A known one is itself, not the region holding it.
        ("באזור כפר כילא שבדרום לבנון", "Kfar Kila", "near"),
        # "in the Nabatieh area" (Hebrew, with the doubled yod) after an unknown village.
        ("בכפרמאן במרחב נבטייה", "Nabatîyé et Tahta", "near"),
        ("במרחב נבטיה", "Nabatîyé et Tahta", "near"),
        ("בדרום לבנון", "Lebanon", "country"),
        # Arabic: a village word, its name, then the compass word and the country.
        ("في اتجاه بلدة الظهيرة جنوب لبنان", "Lebanon", "country"),
        ("بلدة الظهيرة في جنوب لبنان", "Lebanon", "country"),
    ],
)
def test_a_place_then_the_area_holding_it(text, name, precision):
    result = geocode_place(text, country="LB")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


def test_a_two_word_hebrew_name_is_not_cut_at_its_second_word():
    result = geocode_place("ליד באר שבע", country="IL")
    assert result.name == "Beersheba"


@pytest.mark.parametrize(
    ("text", "name"),
    [("в Черемхе", "Czeremcha"), ("Черемха", "Czeremcha"), ("в Гайнувке", "Hajnówka")],
)
def test_a_polish_village_written_in_cyrillic_as_it_sounds(text, name):
    result = geocode_place(text, country="PL")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"


def test_the_cyrillic_reading_is_only_polish():
    # The reading is Polish spelling's: a Belarusian event does not use it.
    assert geocode_place("Черемха", country="BY").name != "Czeremcha"


def test_polish_and_cyrillic_sound_keys_meet():
    assert polish_sound_key("czeremcha") == cyrillic_sound_key("cheremkha")
    assert polish_sound_key("hajnowka") == cyrillic_sound_key("gaynuvka")
    assert polish_sound_key("czeremcha województwo") is None


def test_a_crossing_text_keeps_the_crossing_not_the_polish_town():
    # The Cyrillic reading would find the town Medyka inside an unknown Ukrainian form
    # of its voivodeship and answer the voivodeship; the crossing word says the crossing.
    result = geocode_place(
        "на прикордонному переході з Україною, в Медиці Підкарпатського краю", country="PL"
    )
    assert result.status == "resolved"
    assert result.precision in ("exact", "settlement")
    assert "Medyka" in (result.name or "")
