"""Data rows of session 49's data round (issue 11): border places, name forms and words the
data lacked, each read in a cited page (``villages.tsv``, ``crossings.csv``,
``town_names.tsv``, ``aliases.toml``, ``border_features.toml``, ``place_words.toml``).
Each phrase below was unresolved, wrong or answered by another place before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _at(result, point: tuple[float, float]) -> bool:
    return abs(result.lat - point[0]) < 1e-4 and abs(result.lon - point[1]) < 1e-4


@pytest.mark.parametrize(
    ("phrase", "country", "name", "code", "point"),
    [
        # events74: "the northern border community of Yir’on" was unresolved.
        ("the northern border community of Yir’on", "IL", "Yir'on", "IL-Z", (33.077, 35.4549)),
        ("יראון", "IL", "Yir'on", "IL-Z", (33.077, 35.4549)),
        # blind102 af-cn-dd001 (Persian "the Wakhjir pass") was unresolved.
        ("گذرگاه واخجیر", "AF", "Wakhjir Pass", "AF-BDS", (37.08722, 74.48417)),
        ("Wakhjir Pass", None, "Wakhjir Pass", "AF-BDS", (37.08722, 74.48417)),
        ("Hito Esmeralda", "PY", "Hito Esmeralda", "PY-19", (-22.22528, -62.63639)),
    ],
)
def test_a_new_border_place_is_found_at_its_point(phrase, country, name, code, point):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.admin1_code) == ("resolved", name, code)
    assert _at(result, point)


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        ("Lipulekh", None, "Lipulekh Pass"),
        # Latin and Hindi Lipulekh were the India–Nepal border at Kalapani, far from the
        # pass, which is on the China–India line (blind100 cn-in-db001 was WRONG).
        ("Lipulekh Pass", "IN", "Lipulekh Pass"),
        ("लिपुलेख", "IN", "Lipulekh Pass"),
        # blind102 af-tj-dd001: Sher Khan Bandar in Bengali was unresolved.
        ("শির খান বন্দর", "AF", "Sher Khan Bandar–Panji Poyon"),
        # blind102 ir-tr-dd001: the Azerbaijani name of Bazargan and its post words.
        ("Bazarqan sərhəd-buraxılış məntəqəsində", "IR", "Gürbulak–Bazargan"),
        # events60: "le point de contrôle de Bellevue" (Saint-Martin) was unresolved.
        ("le point de contrôle de Bellevue", "MF", "Bellevue"),
    ],
)
def test_a_crossing_or_its_new_form_finds_the_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert result.admin1_code is None  # a crossing, not a town or region


def test_kalapani_is_still_the_india_nepal_border():
    result = geocode_place("Kalapani", country="NP")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith("India–Nepal border")


@pytest.mark.parametrize(
    ("phrase", "country", "name", "code"),
    [
        # blind53 ml-mr-bd002 was unresolved and bd001 answered with Hodh ech Chargui.
        ("à Laghdaf, près de Fassala", "ML", "Vassala", None),
        ("dans le village de Madallah, près de Fassala", "MR", "Vassala", "MR-01"),
        ("तुरा", "IN", "Tura", "IN-ML"),
    ],
)
def test_a_new_town_form_finds_the_town(phrase, country, name, code):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", name)
    if code:
        assert result.admin1_code == code


@pytest.mark.parametrize(
    ("phrase", "country", "code"),
    [
        # blind101 tt-ve-dc003 and tt-ve-dc004 were unresolved.
        ("north-west of Carrera Island", "TT", "TT-DMN"),
        ("off Soldado Rock", "TT", "TT-SIP"),
        ("翟山", "TW", "TW-KIN"),
    ],
)
def test_an_islet_or_hill_is_its_region(phrase, country, code):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)


@pytest.mark.parametrize("phrase", ["סוריה", "לסוריה"])
def test_syria_in_hebrew_is_syria_not_soria(phrase):
    # blind102 il-sy-dd001 and dd002 were unresolved; the bare name was Soria, Spain.
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.country) == ("resolved", "country", "SY")


def test_cape_soya_is_in_hokkaido():
    result = geocode_place("宗谷岬", country="JP")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Cape Sōya", "JP-01")
    assert _at(result, (45.52278, 141.93667))
