"""Place classes of round 40a (blind81, blind84): Bangladesh's upazilas, read as the
district or division holding them, and the Korean "peninsula" joined to its name."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from bordermap.geo.places.districts import districts_named, reading_upazilas
from bordermap.geo.places.geocoder import geocode_place

# --- Upazilas ------------------------------------------------------------------------------
# The districts table knows Bangladesh's 64 districts; reports name the upazila below them
# ("কানাইঘাট সীমান্তের ...", at the Kanaighat border), which was unresolved.


def test_an_upazila_beyond_its_district_s_circle_is_its_division():
    # Kanaighat lies farther from Sylhet town than Sylhet's circle reaches.
    result = geocode_place("কানাইঘাট সীমান্তের সনাতনপুঞ্জি এলাকা দিয়ে", country="BD")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "BD-G"
    assert result.coarsened
    assert "Kanaighat" in result.note


@pytest.mark.parametrize(
    "text",
    [
        "সীমান্তবর্তী নাইক্ষ্যংছড়ি উপজেলার তুমব্রু এলাকায়",
        "নাইক্ষ্যংছড়ি উপজেলার সদর ইউনিয়নস্থ চাকঢালা চেরারমাঠ সীমান্ত এলাকায়",
    ],
)
def test_naikhongchhari_upazila_is_chittagong_not_bandarban_s_circle(text):
    # About 100 km south of Bandarban town: the district's circle would miss it.
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "BD-B"


def test_an_upazila_its_district_s_circle_holds_is_that_district():
    # "তেঁতুলিয়া" with the chandrabindu the table's "তেতুলিয়া" lacks.
    result = geocode_place("তেঁতুলিয়া উপজেলা", country="BD")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Panchagarh"
    assert "Tetulia" in result.note


def test_an_upazila_s_town_stays_the_town():
    # Teknaf is a town of the gazetteer and an upazila: the town, as before.
    result = geocode_place("টেকনাফে", country="BD")
    assert result.precision == "settlement"
    assert result.name == "Teknāf"


def test_the_upazila_table_is_read_only_when_asked():
    assert districts_named(["kanaighat"], ["BD"]) == []
    with reading_upazilas():
        units = districts_named(["kanaighat"], ["BD"])
    assert [(u.name, u.part, u.reach_km) for u in units] == [("Sylhet", "Kanaighat", None)]


def test_an_upazila_never_outside_bangladesh():
    with reading_upazilas():
        assert districts_named(["kanaighat"], ["IN"]) == []


# --- Korean "peninsula" ------------------------------------------------------------------------


def test_a_korean_peninsula_is_not_a_province_of_a_clipped_name():
    # "김포반도" was read as the province "김포반" and found nothing; Gimpo's peninsula is
    # answered by what holds the town, never the town itself.
    result = geocode_place("김포반도 북단 한강하구 지역", country="KR")
    assert result.status == "resolved"
    assert result.precision in ("region", "country")
    assert result.country == "KR"
    assert result.coarsened or result.precision == "country"


# --- An island its region's outline leaves out ------------------------------------------------


@pytest.mark.parametrize("text", ["서해 연평도 근해", "연평도 서방 6.5마일 해상", "연평도"])
def test_yeonpyeong_is_incheon_drawn_with_the_island(text):
    # Natural Earth's Incheon is the mainland city; the island lies in Gyeonggi's outline.
    result = geocode_place(text, country="KR")
    assert result.status == "resolved"
    assert result.admin1_code == "KR-28"
    assert result.geometry.covers(Point(125.69639, 37.66667))
    assert "Yeonpyeong Island" in result.note


def test_incheon_alone_is_not_drawn_with_its_islands():
    result = geocode_place("Incheon Metropolitan City", country="KR")
    assert result.geometry is None or not result.geometry.covers(Point(125.69639, 37.66667))


# --- A Bangladeshi place's border in an Indian event ------------------------------------------


def test_a_bangladeshi_place_s_border_of_an_indian_event_is_that_border():
    result = geocode_place("পঞ্চগড়ের তেঁতুলিয়া উপজেলার ইসলামপুর সীমান্ত সংলগ্ন ভারতীয় ভূ-খণ্ডে", country="IN")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Bangladesh–India border")
    assert "Panchagarh" in result.note


def test_the_same_text_of_a_bangladeshi_event_stays_its_district():
    result = geocode_place("পঞ্চগড় সীমান্তে", country="BD")
    assert result.precision == "district"
    assert result.name == "Panchagarh"


# --- A border word joined to the next word in Arabic letters -----------------------------------


def test_an_urdu_border_word_joined_to_the_next_word_is_still_the_border():
    # "ر" never joins the letter after it: "بارڈرکلی" is "بارڈر کلی" written without the
    # space nothing showed missing.
    result = geocode_place("پاک افغان بارڈرکلی شیخ لعل محمد میں", country="PK")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name.startswith("Afghanistan–Pakistan border")


def test_a_joined_border_word_names_no_border_without_its_countries():
    result = geocode_place("بارڈرکلی", country="PK")
    assert result.precision != "border"
