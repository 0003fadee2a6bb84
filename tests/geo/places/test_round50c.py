"""Session 50 (round50c): classes of misses on the blind99-102 places sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import cjk_words_apart
from bordermap.geo.places.geocoder import geocode_place

# --- Azerbaijani "sərhəd-buraxılış məntəqəsi" (border pass-through point) -------------


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [
        ("Bazarqan sərhəd-buraxılış məntəqəsi", None),
        ("Bazarqan sərhəd buraxılış məntəqəsi", "IR"),
        ("Bazarqan buraxılış məntəqəsində", "TR"),
    ],
)
def test_azerbaijani_pass_through_point_is_a_crossing_word(phrase: str, hint: str | None) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", "Gürbulak–Bazargan")


def test_pass_through_point_alone_names_no_place() -> None:
    assert geocode_place("sərhəd-buraxılış məntəqəsi").status == "unresolved"


# --- a bearing closing a Chinese or Japanese run ---------------------------------------


@pytest.mark.parametrize(
    ("text", "parted"),
    [
        ("翟山南方", "翟山 南方"),
        ("金門東南方", "金門 東南方"),
        ("翟山以南", "翟山 以南"),
        # Not inside a run: "河南方城" is Henan's Fangcheng, and "北方" alone a town.
        ("河南方城县", "河南方城 县"),
        ("北方", "北方"),
        ("北方町", "北方町"),
    ],
)
def test_closing_bearing_is_parted_only_at_the_runs_end(text: str, parted: str) -> None:
    assert cjk_words_apart(text) == parted


def test_south_of_a_kinmen_landmark_is_kinmen() -> None:
    # "翟山南方" (south of Zhaishan, Kinmen): the report's boats entered the restricted
    # waters from there (United Daily News, 18 December 2025).
    result = geocode_place("翟山南方", country="TW")
    assert (result.status, result.name, result.country) == ("resolved", "Kinmen", "TW")


# --- Japanese "から" (from): a distance measured from a landmark -----------------------


@pytest.mark.parametrize(
    "phrase",
    ["宗谷岬から約63㌔東", "宗谷岬から約63㌔東、猿払沖の日本の排他的経済水域"],
)
def test_distance_from_a_cape_is_its_prefecture_coarsened(phrase: str) -> None:
    result = geocode_place(phrase, country="JP")
    assert (result.status, result.name, result.precision) == ("resolved", "Hokkaido", "region")
    assert result.coarsened


def test_from_is_parted_after_a_name() -> None:
    assert cjk_words_apart("宗谷岬から") == "宗谷岬 から"


# --- an area's name that holds "and" ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        (
            "en el cayo Quitasueño, al norte del archipiélago de San Andrés y Providencia",
            "CO",
            "San Andrés y Providencia",
        ),
        ("en la comunidad de Castilla y León", "ES", "Castilla y León"),
    ],
)
def test_two_runs_joined_by_and_read_as_the_area_bearing_both(
    phrase: str, hint: str, name: str
) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name, result.precision) == ("resolved", name, "region")


def test_two_towns_joined_by_and_stay_two_places() -> None:
    # "entre Ipiales y Tulcán": no area bears both names; the border between the towns.
    result = geocode_place("entre Ipiales y Tulcán", country="CO")
    assert result.status == "resolved"
    assert result.precision == "border"


# --- a unit's name, then its country's ---------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        ("province du Lac Tchad", "TD", "Lac"),
        ("l’ile De Bouka-Toullorom, entre Ngouboua et Kaiga (province du Lac Tchad)", "TD", "Lac"),
        ("région de Tillabéri Niger", "NE", "Tillabéri"),
    ],
)
def test_unit_then_its_countrys_name_is_the_unit(phrase: str, hint: str, name: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name, result.country) == ("resolved", name, hint)


def test_unit_then_another_countrys_name_is_not_read() -> None:
    # Tillabéri is Niger's: "Mali" after it names no unit of Mali.
    assert geocode_place("région de Tillabéri Mali", country="NE").status == "unresolved"


def test_a_parted_bearing_is_never_read_as_a_town() -> None:
    # "国後島北方水域" (the waters north of Kunashiri, a disputed island): "北方" is also
    # Kitagata in Gifu; parted off the island's name it is a bearing, not that town.
    result = geocode_place("国後島北方水域", country="JP")
    assert result.name not in ("Gifu", "Kitagata")
    assert result.status == "unresolved"
