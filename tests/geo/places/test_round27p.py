"""Place classes of round 27p, found on ``blind49`` and ``blind50``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Spanish and Portuguese "por" (through), "hasta"/"até" (up to) before a town,
        # capitalised where the phrase opens a headline.
        ("Por Chuy", "UY", "Chui"),
        ("POR CHUY", "UY", "Chui"),
        ("Hasta Chuy", "UY", "Chui"),
        ("Por Tijuana", "MX", "Tijuana"),
        ("Por Chuí", "BR", "Chuí"),
        ("Até Chuí", "BR", "Chuí"),
    ],
)
def test_through_and_up_to_before_a_town_are_prepositions(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "seat", "lat"),
    [
        # A hromada seated at a town whose own name is a neuter adjective (-ське).
        ("У Зноб-Новгородській громаді", "Znob Novhorodske", 52.26),
        ("Зноб-Новгородська громада", "Znob Novhorodske", 52.26),
        # Seven Semenivkas: the town by the Russian border, nine times the village by
        # the Moldovan one, the rest far from any border.
        ("у селі Семенівської громади", "Semenivka", 52.18),
        ("село у Семенівській громаді", "Semenivka", 52.18),
        ("Семенівська громада", "Semenivka", 52.18),
    ],
)
def test_a_hromada_adjective_finds_its_seat(text, seat, lat):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == seat
    assert result.precision == "district"
    assert result.lat == pytest.approx(lat, abs=0.01)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # A Bangladeshi district named bare, in Bengali letters the data lacks, before
        # border or area words only: the district, as the name alone is.
        ("পঞ্চগড় সীমান্ত এলাকাতে", "Panchagarh"),
        ("পঞ্চগড় সীমান্তে", "Panchagarh"),
        ("পঞ্চগড় এলাকায়", "Panchagarh"),
        ("ঠাকুরগাঁও সীমান্তে", "Thakurgaon"),
        ("ঠাকুরগাঁও সীমান্ত দিয়ে", "Thakurgaon"),
    ],
)
def test_a_bare_district_before_border_words_is_the_district(text, district):
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert result.name == district
    assert result.precision == "district"


def test_a_district_owning_another_name_stays_its_region():
    # Patgram lies 80 km north of Lalmonirhat town, outside the district's circle: the
    # owner of a named place is answered by its region, not drawn as the district.
    result = geocode_place("লালমনিরহাটের পাটগ্রাম উপজেলার সীমান্তে", country="BD")
    assert result.status == "resolved"
    assert result.precision == "region"


@pytest.mark.parametrize(
    "text",
    [
        # A crossing named by its two ends joined by a dash, in Devanagari: Attari is
        # one of its names in the tables, and "वाघा" has the consonants of Wagah.
        "अटारी-वाघा सीमा",
        "वाघा-अटारी सीमा",
        "अटारी-वाघा",
    ],
)
def test_a_crossing_named_by_its_two_ends_in_devanagari(text):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.name == "Wagah–Attari"
    assert result.precision == "exact"


def test_the_other_end_must_sound_as_the_crossings():
    # "Attari" and a word of other consonants: not the crossing's other end.
    result = geocode_place("अटारी-रामपुर", country="IN")
    assert result.name != "Wagah–Attari" or result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # Thai "in", "area" and "vicinity" joined before a unit's word, one or both: one
        # pattern for the run splitter and the border reader.
        ("ในพื้นที่อำเภอพนมดงรัก", "Amphoe Phanom Dong Rak"),
        ("ในพื้นที่บริเวณอำเภอพนมดงรัก", "Amphoe Phanom Dong Rak"),
        ("บริเวณพื้นที่อำเภอกันทรลักษณ์", "Amphoe Kantharalak"),
    ],
)
def test_thai_area_words_before_a_unit_word_are_one_pattern(text, district):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == district
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "country", "crossing"),
    [
        # "the border of X-Y" in Spanish and French: "de" joins the word to the two
        # towns of a crossing, as "the X-Y border" names them; the border there.
        ("la frontera de Beni-Enzar en Melilla", "ES", "Beni Ansar"),
        ("la frontera de Beni-Enzar", "ES", "Beni Ansar"),
        ("la frontière de Beni-Enzar", "ES", "Beni Ansar"),
        ("la frontera de Chuy-Chuí", "UY", "Chuí–Chuy"),
        ("la frontera de Cúcuta-Ureña", "CO", "Francisco de Paula Santander Bridge"),
    ],
)
def test_the_border_of_a_towns_pair_is_the_border_at_their_crossing(text, country, crossing):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert f" at {crossing}" in (result.name or "")


def test_the_border_of_a_countries_pair_is_still_their_border():
    result = geocode_place("la frontera de Colombia-Venezuela", country="CO")
    assert result.status == "resolved"
    assert result.name == "Colombia–Venezuela border"
