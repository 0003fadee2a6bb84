"""Place classes of round 25p, found on ``blind45``, ``blind46`` and ``events20``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # A road or a stretch of it named by its two ends runs from the first: near it,
        # never the first town itself.
        ("в начале дороги Лачин — Ханкенди", "AZ", "Laçın"),
        ("на трассе Лачин – Ханкенди", "AZ", "Laçın"),
        ("the Lachin–Khankendi road", "AZ", "Laçın"),
        ("на участке Гудаури-Пасанаури", "GE", "Gudauri"),
        # The second end unknown to the data: still a stretch from the first.
        ("на участке Гудаури — Млета", "GE", "Gudauri"),
    ],
)
def test_a_road_named_by_its_two_ends_is_near_its_first_end(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "near"
    assert result.coarsened


@pytest.mark.parametrize(
    "text",
    [
        # Moscow and Saint Petersburg lie 630 km apart: the road is neither town.
        "на трассе Москва — Санкт-Петербург",
        # The second end abroad and far: the road only says the first end's country.
        "на трассе Москва — Минск",
    ],
)
def test_a_long_road_named_by_its_two_ends_is_no_town_on_it(text):
    result = geocode_place(text, country="RU")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.coarsened


def test_a_hyphenated_name_is_not_a_road_between_two_places():
    result = geocode_place("на трассе Каменец-Подольский", country="UA")
    assert result.status == "resolved"
    assert result.name == "Kamyanets-Podilskyi"
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        # "-ян-" before "-ськ-" is the adjective of a town in "-я" or "-а" (Городня,
        # Сміла), never of a neuter one in "-е" (Городнє) nor of a bare stem (Izmail's
        # "Smil"): the hromada seated at that town.
        ("Городнянська громада", "Horodnia"),
        ("села Сеньківка (Городнянська громада)", "Horodnia"),
        ("Смілянська громада", "Smila"),
    ],
)
def test_a_hromada_adjective_in_yan_names_a_town_in_ya(text, seat):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == seat
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # Thai stacks its words before a name with no space: after the border word
        # ("ชายแดน", "ตะเข็บชายแดน": the border seam) the district word says what the
        # name is.
        ("ตะเข็บชายแดนอำเภอสะเดา", "Amphoe Sadao", "district"),
        ("ชายแดนอำเภอแม่สอด", "Amphoe Mae Sot", "district"),
        # A municipality ("เทศบาลเมือง", also in "เขต", its area) is the town, not the
        # province of its name.
        ("เขตเทศบาลเมืองมุกดาหาร", "Mukdahan", "settlement"),
        # A village ("บ้าน") is no crossing whose other name it shares: the village is
        # unknown, its district holds it.
        ("บ้านด่านนอก ม.7 ต.สำนักขาม อ.สะเดา จ.สงขลา", "Amphoe Sadao", "district"),
    ],
)
def test_thai_words_joined_before_a_name_say_what_it_is(text, name, precision):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    "text",
    [
        # "قلعه" (fort) is a role word alone, and part of the name Islam Qala: the words
        # as written are the name.
        "اسلام قلعه مرز بین افغانستان و ایران",
        "بندر اسلام قلعه",
        # Persian joins the two words of a name or writes them apart.
        "بندر اسلامقلعه",
    ],
)
def test_persian_names_with_a_role_word_or_joined_are_read(text):
    result = geocode_place(text, country="AF")
    assert result.status == "resolved"
    assert result.name == "Islam Qala–Dogharoun"


def test_a_joined_name_keeps_the_crossing_word_beside_it():
    # "أبوسمرة" parted is "أبو سمرة", the town; "منفذ" (crossing) before it still says
    # the crossing is meant.
    result = geocode_place("منفذ أبوسمرة البري مع السعودية", country="QA")
    assert result.status == "resolved"
    assert result.name == "Abu Samra–Salwa"


@pytest.mark.parametrize(
    "text",
    [
        # "X, a town bordering Y" with the word for a town before "fronteriza": of the
        # three Ciudad Hidalgo, the one on the border with Guatemala.
        "Ciudad Hidalgo, localidad fronteriza con Guatemala",
        "Ciudad Hidalgo, ciudad fronteriza con Guatemala",
        "Ciudad Hidalgo, a border town with Guatemala",
    ],
)
def test_a_town_described_as_bordering_a_country_is_the_one_on_that_border(text):
    result = geocode_place(text, country="MX")
    assert result.status == "resolved"
    assert result.admin1_code == "MX-CHP"


@pytest.mark.parametrize(
    "text",
    [
        # A crossing of a Latin-script neighbour written in Cyrillic or a German
        # transliteration ("ш" for "š", "ц" for "c"): the same consonants.
        "перед пунктом пропуска «Вышне Немецке»",
        "пункт пропуску Вишнє Нємецьке",
        "den Grenzübergang Vishne Nemetske",
    ],
)
def test_a_crossing_written_in_another_alphabet_is_found_by_its_consonants(text):
    result = geocode_place(text, country="SK")
    assert result.status == "resolved"
    assert result.name == "Vyšné Nemecké–Uzhhorod"


def test_consonants_find_only_a_crossing_the_text_names():
    # No crossing word: a name with a crossing's consonants is not taken for it.
    result = geocode_place("Вышне Немецке", country="SK")
    assert result.status != "resolved"


def test_consonants_keep_a_declined_town_its_own():
    # "Ивангороде" (in Ivangorod) ends in a vowel, the crossing's "Ivangorod" does not:
    # a case of the town, read as such, not a crossing found by its consonants.
    result = geocode_place("пункт пропуска в Ивангороде Ленинградской области", country="RU")
    assert result.status == "resolved"
    assert result.name == "Narva–Ivangorod"


def test_consonants_need_words_that_tell_a_crossing_from_another():
    # "Puente Internacional 2": the words of any bridge and a number are no name.
    result = geocode_place("debajo del Puente Internacional 2", country="MX")
    assert result.status != "resolved"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Two countries joined before a name only say which border it is on.
        ("The Nepal-India Belahiya point", "NP", "Sonauli–Belahiya"),
        ("the Pakistan-Afghanistan Torkham point", "PK", "Torkham"),
    ],
)
def test_two_countries_before_a_name_are_not_part_of_it(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    "text",
    [
        # A bridge named by the river it crosses is the crossing of that bridge, its
        # name in another alphabet found by its consonants.
        "мост через реку Хакари",
        "the bridge over the Hakari river",
    ],
)
def test_a_bridge_over_a_named_river_is_the_crossing_of_that_bridge(text):
    result = geocode_place(text, country="AZ")
    assert result.status == "resolved"
    assert result.name == "Hakari Bridge"


def test_a_river_crossed_without_a_bridge_is_no_bridge():
    result = geocode_place("прорыв через реку Хакари", country="AZ")
    assert result.name != "Hakari Bridge"
