"""Tests for place-name normalisation."""

from __future__ import annotations

import pytest

from bordermap.geo.places.names import DASHES, normalise, transliterate


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Krāslava", "Kraslava"),
        ("KRĀSLAVA", "kraslava"),
        ("Витебск", "Vitebsk"),
        ("Даугавпилс", "Daugavpils"),
        ("Łódź", "Lodz"),
        ("Mins’k", "Minsk"),
        ("  Rīga\t", "riga"),
        ("Sankt-Peterburg", "Sankt Peterburg"),
    ],
)
def test_variants_share_one_key(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_every_dash_is_the_same() -> None:
    keys = {normalise(f"Latvia{dash}Belarus") for dash in DASHES}
    assert keys == {"latvia belarus"}


def test_belarusian_and_ukrainian_letters_are_transliterated() -> None:
    assert normalise("Віцебск") == "vitsebsk"
    assert normalise("Даўгаўпілс") == "daugaupils"
    assert normalise("Львів") == "lviv"
    # "й" must not lose its breve to Unicode decomposition before transliteration.
    assert normalise("Йошкар-Ола") == "yoshkar ola"


@pytest.mark.parametrize(
    ("cyrillic", "key"),
    [
        # Kazakh: the letters were dropped, "Қазақстан" was "aza stan".
        ("Қазақстан", "qazaqstan"),
        ("Қарағанды", "qaraghandy"),
        ("Өскемен", "oskemen"),
        ("Түркістан", "turkistan"),
        ("Әуезов", "auezov"),
        ("Ұлытау", "ulytau"),
        # Tajik, with the two letters Unicode writes as a base letter and a macron.
        ("Хуҷанд", "khujand"),
        ("Ҳисор", "hisor"),
        ("Кӯлоб", "kulob"),
        ("Ғарм", "gharm"),
        ("Тоҷикистони ғарбӣ", "tojikistoni gharbi"),
        # Kyrgyz, Mongolian, Bashkir.
        ("Нарын облусу", "naryn oblusu"),
        ("Баянхонгор", "bayankhongor"),
        ("Үнэгэт", "uneget"),
        ("Башҡортостан", "bashqortostan"),
    ],
)
def test_central_asian_letters_are_transliterated(cyrillic: str, key: str) -> None:
    assert normalise(cyrillic) == key


def test_kazakh_country_name_finds_kazakhstan() -> None:
    from bordermap.geo.places.geocoder import geocode_place

    result = geocode_place("Қазақстан")
    assert (result.status, result.country, result.precision) == ("resolved", "KZ", "country")


def test_transliterate_keeps_other_characters() -> None:
    assert transliterate("Витебск, 2026") == "vitebsk, 2026"


def test_punctuation_only_gives_empty_key() -> None:
    assert normalise(" –,. ") == ""
