"""Border posts named in their own words, and a town's lower part (session 47, round b)."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.named_posts import names_a_post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('ТПП "Казбеги"', True),
        ("“Дўстлик” чегара божхона пости", True),
        ("“Мингтепа” чегара пости", True),
        ("«Ак-Жол» көзөмөл-өткөрүү бекетинде", True),
        ('"Қорғас" ШЫХО', True),
        ("аз гузаргоҳи марзии Панҷи поин", True),
        ("Lýutfabad-Artyk serhet geçelgesinde", True),
        # A town, a region and a word that merely holds the letters are no post.
        ("Казбеги", False),
        ("Андижон вилояти", False),
        ("Бекетово", False),
    ],
)
def test_checkpoint_words_of_central_asia_and_the_caucasus(text, expected):
    assert names_a_post(text) is expected


def test_a_quoted_post_named_after_a_town_is_the_crossing_beside_it():
    # Kazbegi is the old name of Stepantsminda, 12 km south of Upper Lars, the one
    # crossing of the tables beside it.
    result = geocode_place('ТПП "Казбеги"', country="GE")
    assert result.status == "resolved"
    assert result.name == "Upper Lars"
    assert result.precision == "exact"


def test_the_town_alone_stays_the_town():
    result = geocode_place("Казбеги", country="GE")
    assert result.name == "Stepantsminda"
    assert result.precision == "settlement"


def test_a_post_named_friendship_is_not_a_namesake_town():
    # Do'stlik of Jizzakh is 25 km from the Kazakh border and has no crossing; the
    # Dustlik post of the report is on the Kyrgyz border in Andijan.
    result = geocode_place("“Дўстлик” чегара божхона пости", country="UZ")
    assert result.status == "unresolved"
    assert "friendship" in result.note
    assert [c.name for c in result.candidates] == ["Do’stlik Shahri"]


def test_the_friendship_town_named_alone_is_still_found():
    result = geocode_place("Dustlik", country="UZ")
    assert result.status == "resolved"
    assert result.name == "Do’stlik Shahri"


@pytest.mark.parametrize(
    "text", ["аз гузаргоҳи марзии Панҷи поин", "Панҷи поин", "гузаргоҳи марзии Панҷи Поён"]
)
def test_lower_panj_is_panji_poyon_in_either_spelling(text):
    result = geocode_place(text, country="TJ")
    assert result.status == "resolved"
    assert result.name == "Panji Poyon"


def test_an_upper_part_the_data_lacks_is_not_the_town():
    result = geocode_place("Панҷи боло", country="TJ")
    assert result.status == "unresolved"
    assert [c.name for c in result.candidates] == ["Panj"]


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # The table writes "Эркечтам" in one word.
        ("“Эркеч-Там” өткөрмө бекетин", "KG", "Irkeshtam"),
        # Not the town of Khorgos, nor the village Ak-Jol of Jalal-Abad 300 km inland.
        ('"Қорғас" ШЫХО', "KZ", "Khorgos"),
        ("Кыргыз-казак чек арасынын «Ак-Жол» көзөмөл-өткөрүү бекетинде", "KG", "Korday–Ak-Zhol"),
    ],
)
def test_a_quoted_post_name_is_the_tables_crossing(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing
    assert result.country is None  # a crossing lies on the line, in no one country


def test_a_quoted_name_without_a_post_word_is_read_as_written():
    result = geocode_place("«Ак-Жол»", country="KG")
    assert result.name != "Korday–Ak-Zhol"
