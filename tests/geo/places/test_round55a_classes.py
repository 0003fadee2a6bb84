"""Classes of wording from the weakest places sets of session 55 (blind100, blind101,
blind108): the waters of an island-group unit."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- the waters of an island group filed as a unit: its region, not its circle ---


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # Field-like: the regency named with its province, and a village's waters in it.
        ("perairan Kabupaten Kepulauan Talaud, Sulawesi Utara", "ID-SA"),
        ("perairan Pulau Esang, Kabupaten Kepulauan Talaud", "ID-SA"),
        ("Perairan Kepulauan Talaud, Laut Sulawesi", "ID-SA"),
        # Made up: other island regencies, in Indonesian and in English.
        ("perairan Kabupaten Kepulauan Sangihe", "ID-SA"),
        ("di perairan Kepulauan Mentawai", "ID-SB"),
        ("the waters of the Anambas Islands", "ID-KR"),
    ],
)
def test_the_waters_of_an_island_group_unit_are_its_region(text, region):
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region
    assert result.coarsened
    assert "island group" in result.note


@pytest.mark.parametrize(
    "text",
    [
        # Without a word for waters the islands are the unit itself.
        "Kabupaten Kepulauan Talaud",
        "di Kepulauan Talaud",
        # A unit of the land keeps its circle, waters or not.
        "perairan Kabupaten Rote Ndao",
    ],
)
def test_the_islands_themselves_and_land_units_keep_the_unit(text):
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.precision == "district"


# --- a border post with no point, filed as the region it stands in ---


@pytest.mark.parametrize(
    ("text", "country", "region", "precision"),
    [
        # Field-like: the post named with the crossing words of the report's language.
        # A region two borders reach answers itself; one that one border reaches, the
        # stretch of that border in it.
        ("نقطة الحدود في الغويفات", "AE", "AE-AZ", "region"),
        ("گذرگاه مرزی شلمچه", "IR", "IR-06", "border"),
        ("Пункт пропуска «Темир Баба»", "KZ", "KZ-47", "region"),
        ("На КПП «Бугристое»", "RU", "RU-CHE", "border"),
        ("na graničnom prelazu Sitnica", "ME", "ME-08", "region"),
        ("пункт пропуска «Ак-Тилек»", "KG", "KG-C", "region"),
        # Made up: other wordings of the same posts, in English and Arabic.
        ("the Al Ghuwaifat border crossing", "AE", "AE-AZ", "region"),
        ("منفذ الغويفات الحدودي", "AE", "AE-AZ", "region"),
        ("the Temir Baba checkpoint", "KZ", "KZ-47", "region"),
        ("at the Dobrakovo crossing", "ME", "ME-04", "border"),
        ("the Incheh Borun crossing", "IR", "IR-27", "border"),
    ],
)
def test_a_post_without_a_point_is_the_region_it_stands_in(text, country, region, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == precision
    assert result.admin1_code == region


def test_a_post_read_inside_a_longer_text_is_its_region():
    # Two borders reach Kassala state (Eritrea's and Ethiopia's): the state.
    result = geocode_place("عبر معبر اللفة", country="SD")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "SD-KA",
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the Finnish-Russian boarder at Vaalimaa", "FI"),
        ("the Polish-Belarusian boarder near Kuźnica", "PL"),
    ],
)
def test_a_misspelt_border_before_its_place_is_the_border_word(text, country):
    # "boarder at/near X" reads as "border at/near X" does.
    slip = geocode_place(text, country=country)
    right = geocode_place(text.replace("boarder", "border"), country=country)
    assert slip.status == "resolved"
    assert (slip.name, slip.precision) == (right.name, right.precision)


def test_a_reports_english_spelling_of_khasan_is_the_village_only_in_russia():
    assert geocode_place("the village of Hassan", country="RU").name == "Khasan"
    # Hassan of Karnataka stays India's.
    assert geocode_place("Hassan", country="IN").country == "IN"


def test_a_post_of_the_other_side_is_not_taken_for_the_events_country():
    # Al Ghuwaifat is the UAE's post: a Saudi event's text naming it is not Abu Dhabi's
    # region, nor any Saudi one.
    result = geocode_place("معبر الغويفات", country="SA")
    assert result.status != "resolved" or result.country == "SA"
    assert result.admin1_code != "AE-AZ"


def test_a_crossing_named_after_no_place_stays_unresolved():
    result = geocode_place("معبر الزنبقة الحدودي", country="SD")
    assert result.status == "unresolved"


# --- a coastal town in a report from a country the event's meets only at sea ---


@pytest.mark.parametrize(
    "text",
    [
        # Field-like: a Vietnamese report of boats held off Kelantan.
        "ở Tok Bali, bang Kelantan",
        # Made up: another coastal town of the same report's kind.
        "ở Kuantan",
    ],
)
def test_a_coastal_town_in_a_report_from_across_the_sea_is_its_country(text):
    result = geocode_place(text, country="MY")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "MY"
    assert result.coarsened
    assert "only at sea" in result.note


@pytest.mark.parametrize(
    ("text", "country", "precision"),
    [
        # Inland, or by a land border of the event's country: read as written.
        ("ở Kuala Lumpur", "MY", "settlement"),
        ("ở Kota Bharu", "MY", "settlement"),
        # Thailand meets Vietnam only at sea, but the place is inland.
        ("ở huyện Khok Sung (tỉnh Sa Kaeo)", "TH", "district"),
        # The writing of the event's own country, or Latin without Vietnamese marks.
        ("Tok Bali", "MY", "settlement"),
    ],
)
def test_inland_places_and_other_writings_are_read_as_written(text, country, precision):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == precision


def test_the_horn_of_a_toned_vowel_marks_vietnamese():
    from bordermap.geo.places.report_from_across_the_sea import countries_of_the_writing
    from bordermap.geo.places.vietnamese_marks import written_with_vietnamese_marks

    # "ở" decomposes to o, the horn and the hook: Vietnamese all the same.
    assert written_with_vietnamese_marks("ở Tok Bali")
    assert not written_with_vietnamese_marks("a Tok Bali")
    assert countries_of_the_writing("ở Tok Bali") == ("VN",)
    assert countries_of_the_writing("쓰시마 앞바다") == ("KR", "KP")
    assert countries_of_the_writing("ルルイ岬沖") == ("JP",)
    assert countries_of_the_writing("Tok Bali") == ()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A region's own name before a crossing word is no post the data files.
        ("云南省边防检查站", "CN"),
        ("the Punjab border crossing", "IN"),
    ],
)
def test_a_regions_own_name_is_no_post(text, country):
    assert geocode_place(text, country=country).status == "unresolved"
