"""Classes of place round 34e: grammar and spelling around names left unresolved.

- Indonesian and Malay "Provinsi X" (province X) names the province, and "X, ibukota
  Provinsi Y" (X, the capital of province Y) is X inside Y: a misspelt capital
  ("Vanino" for Vanimo) gives the province rather than nothing.  The province word is
  that province's, not an area named around a town before it.
- Arabic writes a hamza after alef at a name's end that GeoNames often leaves off
  ("ضباء", GeoNames "ضبا", Duba); and "ميناء"/"مرفأ" (port) before a town names the
  town's port, the town, rather than an unknown word beside it.
- Pashto's own letters (ګ, ړ, ښ...) have consonant classes, and its province word
  follows the name ("د ننګرهار ولایت", of Nangarhar province).
- A district the table files with its unit word first ("Amphoe Phop Phra") is found
  when a report spells it a letter away ("Phob Phra district").
- "Nadapal-Lokichogio": a crossing's name paired with a town of one of its countries
  near it (the town on the road to it) is that crossing.
- "the U.S.-Canada border crossing at Blaine": a pair of names before the crossing
  word is the border's sides; the place after "at" names the crossing.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.arabic_letters import other_spellings
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Field phrase (events46): before, unresolved; the misspelt town gives its province.
        ("Vanino, ibukota Provinsi Sandaun", "PG", "Sandaun", "region"),
        # Our own: the capital spelt right is the town; "ibu kota" apart; the province.
        ("Vanimo, ibukota Provinsi Sandaun", "PG", "Vanimo", "settlement"),
        ("Vanimo, ibu kota Provinsi Sandaun", "PG", "Vanimo", "settlement"),
        ("Provinsi Sandaun", "PG", "Sandaun", "region"),
        # Field phrase (blind49): the province word is that province's, not an area
        # around Jayapura: the province holding the unknown place answers, as before.
        (
            "Skouw, Kampung Mosso, Distrik Muara Tami, Kota Jayapura, Provinsi Papua",
            "ID",
            "Papua",
            "region",
        ),
    ],
)
def test_indonesian_province_and_its_capital(
    text: str, country: str, name: str, precision: str
) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (events46): before, unresolved.
        ("ميناء «ضباء»", "SA", "Duba"),
        # Our own: without the port word or the quotes; Jeddah's port; Lebanon's Tyre.
        ("ضباء", "SA", "Duba"),
        ("ميناء جدة", "SA", "Jeddah"),
        ("مرفأ صور", "LB", "Tyre"),
    ],
)
def test_arabic_port_and_final_hamza(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == "settlement"


def test_final_hamza_is_an_other_spelling_only_after_alef() -> None:
    assert other_spellings("ضباء") == ("ضبا",)
    # Not a hamza after another letter: "شيء" keeps it in every spelling.
    assert all(spelling.endswith("ء") for spelling in other_spellings("شيء"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind67): before, unresolved; Lalpur district has no point, the
        # province the phrase names answers.
        ("د ننګرهار ولایت په لعلپورې ولسوالۍ کې", "Nangarhar"),
        # Our own: Pashto's gaf "ګ" read as the Persian "گ"; the province word after
        # the name without "د" (of).
        ("ننګرهار ولایت", "Nangarhar"),
        ("ننګرهار", "Nangarhar"),
    ],
)
def test_pashto_letters_and_the_province_word_after_the_name(text: str, name: str) -> None:
    result = geocode_place(text, country="AF")
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == "region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind67): before, unresolved, though the spelling was matched
        # to Amphoe Phop Phra, which the table files with its unit word first.
        ("Muen Ruchai village in Phob Phra district", "Amphoe Phop Phra"),
        # Our own: the district alone; Mae Sot written with a final "d".
        ("Phob Phra district", "Amphoe Phop Phra"),
        ("Mae Sod district", "Amphoe Mae Sot"),
    ],
)
def test_a_district_spelt_otherwise_filed_with_its_unit_word_first(text: str, name: str) -> None:
    result = geocode_place(text, country="TH")
    assert result.status == "resolved", result
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Field phrase (events46): before, unresolved.
        ("Nadapal-Lokichogio gate", "SS"),
        # Our own: the town first; the Kenyan hint.
        ("Lokichogio-Nadapal", "SS"),
        ("Nadapal-Lokichogio", "KE"),
    ],
)
def test_a_crossing_paired_with_a_town_beside_it(text: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == "Nadapal"


def test_two_towns_across_a_border_are_still_their_crossing() -> None:
    result = geocode_place("Narva-Ivangorod", country="EE")
    assert result.status == "resolved", result
    assert result.name == "Narva–Ivangorod"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind67): before, unresolved ("U.S.-Canada" read as the name).
        ("The U.S.-Canada border crossing at Blaine", "US", "Peace Arch"),
        # Our own: another pair of countries, and the Mexican side's town.
        ("the US-Mexico border crossing at Lukeville", "US", "Lukeville–Sonoyta"),
    ],
)
def test_a_border_pair_before_the_crossing_word(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
