"""Session 37, round37d: the misses of blind72, blind74, blind56, blind23 and blind29."""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import cjk_words_apart
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.indonesian_address import spelt_out_acronym


def _resolved(text: str, hint: str | None):
    found = geocode_place(text, country=hint)
    assert found.status == "resolved", found.note
    return found


def _border(text: str, hint: str | None) -> str:
    found = _resolved(text, hint)
    assert found.precision == "border", (found.name, found.precision)
    return found.name


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Urdu "Pak" (Pakistan) and "Afghan" before the border word, then "on".
        ("پاک افغان سرحد پر", "PK", "Afghanistan–Pakistan border"),
        ("پاک افغان بارڈر پر", "PK", "Afghanistan–Pakistan border"),
        # "in Iran, near the border of Pakistan".
        ("ایران میں پاکستان کی سرحد کے قریب", "IR", "Iran–Pakistan border"),
        # Arabic "and" joined to the second country ("باكستانوإيران").
        ("على نقطة الصفر الحدودية بين باكستانوإيران", "IR", "Iran–Pakistan border"),
        # Persian "on the border line with Lebanon", the other side the event's country.
        ("در خط مرزی با لبنان", "IL", "Israel–Lebanon border"),
        # Arabic "the border with the state of Central Africa".
        ("الحدود مع دولة إفريقيا الوسطى", "TD", "Central African Republic–Chad border"),
    ],
)
def test_borders_in_urdu_persian_and_arabic_word_order(text, hint, name):
    assert _border(text, hint).startswith(name)


def test_the_two_countries_unnamed_stay_unresolved():
    # "on the border between the two countries": the text names neither.
    assert geocode_place("على الحدود بين البلدين", country="CF").status != "resolved"


def test_a_countrys_territory_in_urdu():
    found = _resolved("پاکستانی علاقے میں", "PK")
    assert (found.precision, found.country) == ("country", "PK")


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # Slovak "near" after a border, with the genitive plural of Košice.
        ("pri maďarských hraniciach neďaleko Košíc", "SK", "Hungary–Slovakia border"),
        # Slovak border crossings in the plural, counted.
        (
            "Na 35 kontrolovaných hraničných priechodoch s Maďarskom",
            "SK",
            "Hungary–Slovakia border",
        ),
        # Dutch compass word joined to "grens", with its article.
        ("de oostgrens", "LT", "Belarus–Lithuania border"),
        # Finnish "joki" (river) joined to the river's name.
        ("Narvajoella", "EE", "Estonia–Russia border"),
        # Indonesian long names of both countries.
        (
            "Perbatasan Republik Indonesia-Republik Demokratik Timor Leste",
            "ID",
            "Indonesia–Timor Leste border",
        ),
    ],
)
def test_borders_in_european_and_indonesian_wordings(text, hint, name):
    assert _border(text, hint).startswith(name)


def test_slovak_okres_is_a_district():
    found = _resolved("v okrese Košice-okolie", "SK")
    assert (found.precision, found.admin1_code) == ("district", "SK-KI")


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("in der grenznahen 100.000 Einwohnerstadt Subotica", "RS", "Subotica"),
        ("lotniska w Wilnie", "LT", "Vilnius"),
        ("u Malom Zvorniku", "RS", "Mali Zvornik"),
    ],
)
def test_towns_behind_descriptions_and_cases(text, hint, name):
    found = _resolved(text, hint)
    assert found.name == name
    assert found.precision == "settlement"


def test_an_albanian_crossing_in_its_district_town():
    found = _resolved("pika Kufitare e Qafë Botës në Sarandë", "AL")
    assert found.name.startswith("Qafë Botë")


def test_a_tajik_jamoat_of_a_town_is_in_its_region():
    # Surkh, a jamoat the data has no point for (Chorkuh, the example until session 41,
    # now has one).
    found = _resolved("ҷамоати Сурхи Исфара", "TJ")
    assert (found.precision, found.admin1_code) == ("region", "TJ-SU")


def test_a_crossing_named_after_a_district_is_in_its_region():
    found = _resolved("at the Hamadoni crossing", "TJ")
    assert (found.precision, found.admin1_code) == ("region", "TJ-KT")
    assert found.coarsened


def test_the_unit_an_arabic_text_names_last():
    text = 'منطقة "بلاباري" في حدود بنجلاديش التابعة لمخفر شرطة "ديملا"، في محافظة "نيلفماري"'
    found = _resolved(text, "BD")
    assert (found.name, found.precision) == ("Nilphamari", "district")
    assert found.coarsened


def test_an_indonesian_regency_by_its_acronym():
    assert spelt_out_acronym("TTU", "ID") == "Timor Tengah Utara"
    found = _resolved(
        "di Tapal 36, Dusun Nino, Desa Inbate, Kecamatan Bikomi Nilulat, Kabupaten TTU", "ID"
    )
    assert (found.precision, found.name) == ("district", "Kabupaten Timor Tengah Utara")


def test_an_indonesian_address_chain_without_commas():
    text = "Desa Inbate Kabupaten Timor Tengah Utara (TTU) Nusa Tenggara Timur (NTT)"
    found = _resolved(text, "ID")
    assert (found.precision, found.name) == ("district", "Kabupaten Timor Tengah Utara")
    assert found.coarsened


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        ("トルカム国境検問所", "AF", "Torkham"),
        ("老泰友誼大橋口岸", "TH", "Thai–Lao Friendship Bridge"),
        ("タチラ川に架かるシモン・ボリバル橋", "CO", "Simón Bolívar Bridge"),
        ("整個拉普蘭地區", "FI", "Lapland"),
    ],
)
def test_chinese_and_japanese_names_of_crossings_and_regions(text, hint, name):
    assert _resolved(text, hint).name == name


def test_japanese_spanning_and_chinese_whole_are_parted():
    assert cjk_words_apart("タチラ川に架かるシモン・ボリバル橋").split()[1] == "に架かる"
    assert cjk_words_apart("整個拉普蘭地區").split()[0] == "整個"


def test_arabic_near_opens_the_place_after_it():
    # "the town of Sarafand, close to Sidon, in south Lebanon": Sarafand, not near it.
    found = _resolved("بلدة الصرفند القريبة من صيدا في جنوب لبنان", "LB")
    assert (found.name, found.precision) == ("Sarafand", "settlement")


def test_an_unknown_hebrew_place_which_is_in_an_area():
    # "in kibbutz Bar'am, which is in the Upper Galilee".
    found = _resolved("בקיבוץ ברעם שבגליל העליון", "IL")
    assert (found.precision, found.admin1_code) == ("region", "IL-Z")
    assert found.coarsened


def test_amharic_names_with_the_genitive_prefix():
    # "Ethiopia's and Eritrea's Zalambessa border", Zalanbessa written with n.
    found = _resolved("የኢትዮጵያና የኤርትራ የዛላንበሳ ድንበር", "ET")
    assert "Zalambessa" in found.name


def test_the_border_adjoining_a_town_in_urdu():
    text = "سری گنگا نگر کے رائے سنگھ نگر سے متصل بین الاقوامی سرحد"
    assert _border(text, "IN").startswith("India–Pakistan border")


def test_an_indonesian_chain_ending_in_a_bare_regency():
    found = _resolved("antara PLBN Terpadu Motaain, Silawan, Tasifeto Timur, Belu", "ID")
    assert (found.precision, found.name) == ("district", "Kabupaten Belu")
    assert found.coarsened


def test_an_indonesian_border_then_a_unit_without_di():
    assert _border("di Perbatasan RI-RDTL Distrik Oecusse", "ID").startswith(
        "Indonesia–Timor Leste border"
    )


def test_a_stones_throw_is_near():
    found = _resolved("a stone’s throw away from Chiang Rai’s Wiang Kaen district", "TH")
    assert (found.precision, found.admin1_code) == ("district", "TH-57")


def test_slovak_in_the_area_of_a_town_is_near_it():
    found = _resolved("V oblasti Kuźnice Bialostockej", "PL")
    assert found.precision == "near"
    assert found.name.startswith("Kuźnica")


def test_logone_oriental_in_arabic():
    found = _resolved('ولاية "لوغون" الشرقية', "TD")
    assert (found.name, found.precision) == ("Logone Oriental", "region")


def test_myawaddy_in_chinese_after_its_state():
    # "Karen State's Myawaddy - Shwe Kokko area": the state word "邦" parts the run.
    assert cjk_words_apart("克伦邦妙瓦底").split() == ["克伦", "邦", "妙瓦底"]
    assert _resolved("妙瓦底", "MM").name == "Myawaddy"
    found = _resolved("克伦邦妙瓦底-水沟谷地区", "MM")
    assert found.admin1_code == "MM-13"
