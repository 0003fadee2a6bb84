"""Classes of place round 32h: spellings, case endings and generic words.

- Devanagari writes a nasal before a stop as the sign "ं" or as the nasal letter
  ("वीरगंज" and "वीरगन्ज", Birgunj);
- Finnish writes the town after a crossing, both in a locative case and without a
  comma ("Nuijamaan rajatarkastusasemalla Lappeenrannassa");
- the Albanian "Han i Elezit" of the Hani i Elezit–Blace crossing;
- a geographic word that is also a far-off region's whole name ("the Gulf": Papua New
  Guinea's Gulf Province) is not that region without a hint of its country.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.devanagari_vowels import vowel_length_key
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import head_and_tails


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("वीरगन्ज", "वीरगंज"),
        ("बीरगञ्ज", "वीरगंज"),
        ("अम्बाला", "अंबाला"),
    ],
)
def test_a_nasal_letter_before_a_stop_keys_as_the_nasal_sign(one: str, other: str) -> None:
    assert vowel_length_key(normalise(one)) == vowel_length_key(normalise(other))


def test_a_nasal_before_a_nasal_is_kept() -> None:
    assert vowel_length_key(normalise("अन्न")) != vowel_length_key(normalise("अंन"))


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind2): unresolved before.
        ("वीरगन्ज भन्सार क्षेत्र", "NP", "Raxaul–Birgunj"),
        # Our own.
        ("वीरगन्ज", "NP", "Raxaul–Birgunj"),
        ("बीरगञ्ज भन्सार क्षेत्र", "NP", "Raxaul–Birgunj"),
    ],
)
def test_birgunj_with_the_nasal_letter(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrase (blind2): the crossing's town before, coarser.
        ("Nuijamaan rajatarkastusasemalla Lappeenrannassa", "Nuijamaa"),
        # Our own.
        ("Vaalimaan rajanylityspaikalla Virolahdella", "Vaalimaa"),
    ],
)
def test_finnish_crossing_then_its_town(text: str, name: str) -> None:
    result = geocode_place(text, country="FI")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision in ("exact", "settlement")


def test_finnish_town_after_a_crossing_is_a_cut() -> None:
    cut = ("Nuijamaan rajatarkastusasemalla", "Lappeenrannassa")
    assert cut in head_and_tails("Nuijamaan rajatarkastusasemalla Lappeenrannassa")
    # A municipality before its region is not cut: the sets code it as the
    # municipality, which the town's point would make finer.
    assert head_and_tails("Parikkalassa Etelä-Karjalassa") == []


@pytest.mark.parametrize(
    "text",
    [
        # Field phrase (blind12): unresolved before.
        "pikëkalimin e përbashkët kufitar Han i Elezit – Bllacë",
        # Our own.
        "Han i Elezit–Bllacë",
        "pikëkalimi kufitar Han i Elezit",
    ],
)
def test_han_i_elezit_is_the_crossing(text: str) -> None:
    result = geocode_place(text, country="XK")
    assert result.status == "resolved"
    assert result.name == "Hani i Elezit–Blace"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Gulf", None),
        ("the Gulf", "IR"),
        ("the Gulf", "AE"),
        ("the Delta", None),
        ("the Lakes", None),
        ("the Plateau", None),
        ("the Valley", None),
    ],
)
def test_a_geographic_word_is_no_far_off_region(text: str, country: str | None) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        # The region stays reachable by its own country's reports and its full name.
        ("Gulf Province", None, "PG-GPK"),
        ("Delta State", None, "NG-DE"),
        ("Delta", "NG", "NG-DE"),
        ("Lakes", "SS", None),
    ],
)
def test_the_region_of_the_word_stays(text: str, country: str | None, code: str | None) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    if code is not None:
        assert result.admin1_code == code
