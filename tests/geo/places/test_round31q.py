"""Place classes of round 31q, found on the unresolved rows of blind61 and the unplaced
events of events35 and events36."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A crossing the data lacked: Singkhon Pass (Myanmar–Thailand).
        ("the Singkhon Pass checkpoint", "TH", "Singkhon Pass"),
        ("ด่านสิงขร", "TH", "Singkhon Pass"),
        # Forms the data lacked: Nepali रुपडिया ("नेपालगञ्जको रुपडिया", Nepalgunj's
        # Rupaidiha), the Khmer names of Khlong Luek and the Rong Kluea market.
        ("नेपालगञ्जको रुपडिया", "NP", "Rupaidiha–Nepalgunj"),
        ("ខ្លងលឹក", "KH", "Poipet–Aranyaprathet"),
        ("រោងក្លឿ", "KH", "Poipet–Aranyaprathet"),
    ],
)
def test_a_crossing_is_found_by_the_name_reports_give_it(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Mexican and Guatemalan "puerto fronterizo" (border port) is a crossing word:
        # "Ciudad Hidalgo" after it was read as the state of Hidalgo, 700 km away.
        ("en las inmediaciones del Puerto Fronterizo de Talismán", "MX", "El Carmen–Talismán"),
        ("en el Puerto Fronterizo de Ciudad Hidalgo", "MX", "Ciudad Hidalgo–Tecún Umán"),
        ("el puerto fronterizo de Tecún Umán", "GT", "Ciudad Hidalgo–Tecún Umán"),
        # Thai "(special) relaxation point", a crossing for local trade, before the
        # checkpoint's name; Singkhon Pass is a new row of the data.
        ("จุดผ่อนปรนพิเศษด่านสิงขร ต.คลองวาฬ อ.เมืองประจวบฯ", "TH", "Singkhon Pass"),
        ("จุดผ่อนปรนด่านสิงขร", "TH", "Singkhon Pass"),
    ],
)
def test_crossing_words_of_more_languages_are_read(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A possessive alone before the crossing word says whose post it is; the place
        # after "at" names it.
        ("South Africa’s border post into Zimbabwe at Beitbridge", "ZA", "Beitbridge"),
        ("South Africa's border crossing into Zimbabwe at Beitbridge", "ZA", "Beitbridge"),
        ("Hungary’s border crossing into Serbia at Röszke", "HU", "Röszke–Horgoš"),
        ("Hungary's border crossing at Röszke", "HU", "Röszke–Horgoš"),
    ],
)
def test_a_countrys_crossing_at_a_place_is_that_places_crossing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Khmer writes no spaces: "at", "opposite", "market" and the (international)
        # gate words stack before a crossing's name, which the data now also holds in
        # Khmer (Khlong Luek, the Rong Kluea market at Poipet).
        ("នៅផ្សាររោងក្លឿ", "KH", "Poipet–Aranyaprathet"),
        (
            "នៅច្រកព្រំដែនអន្ដរជាតិខ្លងលឹក ទល់មុខច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត",
            "KH",
            "Poipet–Aranyaprathet",
        ),
        ("ទល់មុខច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត", "KH", "Poipet–Aranyaprathet"),
        ("នៅច្រកព្រំដែនប៉ោយប៉ែត", "KH", "Poipet–Aranyaprathet"),
    ],
)
def test_khmer_words_joined_before_a_crossing_are_read(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The unit words keep their roles behind a joined preposition.
        ("នៅខេត្តសុរិន្ទ", "TH"),
        ("ក្នុងខេត្តសុរិន្ទ", "TH"),
    ],
)
def test_a_khmer_province_behind_a_preposition_is_the_province(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "TH-32"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # Estonian "poolel" (on the side), as Finnish "puolella".
        ("Venemaa poolel", "EE", "Estonia–Russia border"),
        ("Läti poolelt", "EE", "Estonia–Latvia border"),
        # A lake word beside the name, as a river's: "Peipsi järve kohal" (over Lake
        # Peipus), "lac Léman" (Lake Geneva).
        ("Peipsi järve kohal Venemaa poolel", "EE", "Estonia–Russia border"),
        ("Peipsi järve kohal", "EE", "Estonia–Russia border"),
        ("au bord du lac Léman", "CH", "Switzerland–France border"),
    ],
)
def test_estonian_sides_and_border_lakes_are_read(text, country, border):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith(border)
