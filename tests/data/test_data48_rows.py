"""Data rows of session 48's data round (issue 11): border places, name forms and unit
words the data lacked, each read in a cited page (``crossings.csv``, ``villages.tsv``,
``waters.tsv``, ``border_features.toml``, ``aliases.toml``, ``place_words.toml``).  Each
phrase below was unresolved, wrong or answered by a coarser place before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _at(result, point: tuple[float, float]) -> bool:
    return abs(result.lat - point[0]) < 1e-4 and abs(result.lon - point[1]) < 1e-4


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind100 tm-uz-db001 was unresolved; blind35 tm-uz-al001 and events19 were
        # answered near the town of Farap, not its crossing.
        ("«Olot-Farap» gözegçilik-geçiriş nokadyna", "TM", "Farap–Alat"),
        ("“Farap” barlag-gözegçilik nokadyndan", "TM", "Farap–Alat"),
        # blind100 ir-tm-db002: the Turkmen spelling of Lotfabad.
        ("Lýutfabad-Artyk serhet geçelgesinde", "TM", "Lotfabad–Artyk"),
        # blind100 bt-in-db001: Samdrup Jongkhar in Bengali.
        ("সামদ্রুপ জোংখার সীমান্ত ফটক", "IN", "Samdrup Jongkhar–Darranga"),
        ("معبر نيتسانا", None, "Nitzana"),
    ],
)
def test_a_crossing_or_its_new_form_finds_the_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert result.admin1_code is None  # a crossing, not the town of its name


def test_the_nitzana_crossing_is_at_its_own_point_and_the_bare_name_stays_the_village():
    crossing = geocode_place("around the Nitzana border crossing", country="IL")
    assert (crossing.status, crossing.name) == ("resolved", "Nitzana")
    assert _at(crossing, (30.88222, 34.39444))
    village = geocode_place("Nitzana", country="IL")
    assert (village.precision, village.admin1_code) == ("settlement", "IL-D")
    assert _at(village, (30.88611, 34.4225))


def test_bare_farap_stays_the_town():
    result = geocode_place("Farap", country="TM")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "settlement",
        "TM-L",
    )


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        # blind22 cn-in-x002 was unresolved, blind_places cn-in-b001 answered Tawang.
        ("at Yangtse", "IN"),
        ("At Yangtse, Tawang in Arunachal Pradesh", "IN"),
        ("东章", None),
        ("Dongzhang", "IN"),
    ],
)
def test_yangtse_and_its_chinese_name_are_the_area_on_the_lac(phrase, country):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Yangtse", "IN-AR")
    assert _at(result, (27.77694, 92.02167))


def test_sir_abu_nuayr_is_its_island_circle():
    # events60 "northwest of Sir Bu Nu'Ayr island" was unresolved.
    result = geocode_place("northwest of Sir Bu Nu'Ayr island", country="AE")
    assert (result.status, result.name, result.precision) == ("resolved", "Sir Abu Nu'ayr", "near")
    assert _at(result, (25.23167, 54.22222))


def test_the_itaipu_lake_is_the_brazil_paraguay_border():
    # events73 "el lago de Itaipú" was unresolved.
    result = geocode_place("el lago de Itaipú", country="BR")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("Brazil–Paraguay border")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # blind100 kp-kr-db002 was unresolved.
        ("옹진군 소청도 남동쪽 27.8㎞ 해상", "KR-28"),
        # blind100 cn-kr-db001 was unresolved.
        ("흑산면 가거도 남서쪽 65㎞(어업협정선 내측 44㎞) 해상", "KR-46"),
    ],
)
def test_a_korean_border_island_is_its_region(phrase, code):
    result = geocode_place(phrase, country="KR")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


def test_a_named_county_still_answers_before_its_island():
    # events34: Sinan County is named, so the county, not South Jeolla, answers.
    result = geocode_place("신안군 흑산면 가거도 남서쪽 58㎞ 해상", country="KR")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Sinan-gun")


@pytest.mark.parametrize("phrase", ["i grensekommunen Eidskog", "i kommunen Eidskog"])
def test_a_border_municipality_word_reads_the_municipality(phrase):
    # blind99 no-se-da002 was unresolved: "grensekommunen" (the border municipality).
    result = geocode_place(phrase, country="NO")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Eidskog")
