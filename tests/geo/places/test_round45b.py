"""Classes of failure the blind96 set showed at first contact (session 45), on phrases
of our own where the data allows: each test holds one class of wording.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.vietnamese_marks import marked_otherwise


def test_vietnamese_names_with_other_marks_are_other_names():
    # "Nậm Cắn" (Nghệ An) is not "Năm Căn" (Cà Mau): "â" and "ă" are two letters and
    # the tones tell the syllables apart; a name written without marks says nothing.
    assert marked_otherwise("Nậm Cắn", "Năm Căn")
    assert marked_otherwise("Yên Lạc", "Thị Trấn Yến Lạc")
    assert not marked_otherwise("Năm Căn", "Thị Trấn Năm Căn")
    assert not marked_otherwise("Nậm Cắn", "Nam Can")
    assert not marked_otherwise("Nam Can", "Năm Căn")
    # Marks other languages write too are no sign of Vietnamese.
    assert not marked_otherwise("São Tomé", "Sao Tome")


def test_a_vietnamese_town_is_found_by_its_own_marks():
    # Yên Lạc (Vĩnh Phúc) and Yến Lạc (Bắc Kạn) share the key "yen lac"; the marks the
    # text writes say which; without marks the choice is the data's as before.
    result = geocode_place("Yên Lạc", country="VN")
    assert (result.status, result.name) == ("resolved", "Yên Lạc")
    result = geocode_place("Yến Lạc", country="VN")
    assert (result.status, result.name) == ("resolved", "Yến Lạc")


def test_a_vietnamese_commune_is_not_a_town_marked_otherwise():
    # The Nậm Cắn gate of Kỳ Sơn: no point of the commune, never Năm Căn 1,000 km away;
    # the district the bracketed chain names answers, coarsened.
    result = geocode_place(
        "cửa khẩu quốc tế Nậm Cắn (xã Nậm Cắn, huyện Kỳ Sơn, tỉnh Nghệ An)", country="VN"
    )
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.country == "VN"
    assert abs(result.lat - 19.4) < 0.2
    assert result.coarsened


def test_several_gates_listed_before_their_province_are_the_province():
    # "the areas of the two gates X and Y of Quảng Ninh province": the first gate is no
    # more the place than the second.
    for text in (
        "hai khu vực cửa khẩu Móng Cái và Hoành Mô của tỉnh Quảng Ninh",
        "các cửa khẩu Tà Lùng, Trà Lĩnh thuộc tỉnh Cao Bằng",
    ):
        result = geocode_place(text, country="VN")
        assert (result.status, result.precision) == ("resolved", "region"), text
        assert result.name in ("Quảng Ninh", "Cao Bằng"), text


def test_one_gate_then_its_district_and_province_stays_the_gate():
    # An address chain is no list: "Lao Bảo, huyện Hướng Hóa" is one gate in its
    # district.
    result = geocode_place(
        "cửa khẩu quốc tế Lao Bảo, huyện Hướng Hóa thuộc tỉnh Quảng Trị", country="VN"
    )
    assert (result.status, result.precision) != ("resolved", "region")
    assert "Lao Bao" in result.name


def test_a_kyrgyz_village_of_a_rural_unit_is_the_village():
    # "Kök-Tash village of the Ak-Sai rural area": the unit bears its seat's name, Ak-Sai,
    # another village; the village named next is the place.
    result = geocode_place("Ак-Сай айыл аймагынын Көк-Таш айылына", country="KG")
    assert (result.status, result.name) == ("resolved", "Kok-Tash")
    # With no village after it, the rural unit's name is all the text gives.
    result = geocode_place("Ак-Сай айыл өкмөтүнүн аймагында", country="KG")
    assert (result.status, result.name) == ("resolved", "Ak-Say")


def test_a_regency_then_its_province_without_a_comma_is_the_regency():
    # "off the east coast of Merauke regency, South Papua": the province's name follows
    # the regency's with no comma; the longest name the data knows is the regency.
    result = geocode_place("perairan pantai timur Kabupaten Merauke Papua Selatan", country="ID")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Kabupaten Merauke",
        "district",
    )


def test_an_indonesian_report_names_a_malaysian_district_kabupaten():
    # Indonesian writers call Sabah's districts "kabupaten" too: in the event's country.
    result = geocode_place("perairan lepas pantai Kabupaten Tawau Sabah", country="MY")
    assert (result.status, result.precision, result.country) == ("resolved", "district", "MY")
    # An Indonesian event's text is not answered by a Malaysian district.
    result = geocode_place("perairan lepas pantai Kabupaten Tawau Sabah", country="ID")
    assert result.status == "unresolved"


def test_azerbaijani_q_is_the_g_of_a_neighbours_place():
    # "Marqara kəndində" (in Margara village, Armenia) in an Azerbaijani report.
    result = geocode_place("Marqara kəndində", country="AM")
    assert (result.status, result.name, result.country) == ("resolved", "Margara", "AM")
    # Not for Azerbaijan's own places, which the data holds as Azerbaijani writes them.
    assert geocode_place("Marqara kəndində", country="AZ").status == "unresolved"


def test_indonesian_at_before_a_unit_word_is_no_part_of_the_name():
    # "di Kabupaten Belu, NTT" (in Belu regency, East Nusa Tenggara): "di" is "in", so
    # the regency is found inside its province, not the province for want of it.
    for text, name in (
        ("di Kabupaten Belu, NTT", "Kabupaten Belu"),
        ("di Kabupaten Nunukan, Kalimantan Utara", "Kabupaten Nunukan"),
    ):
        result = geocode_place(text, country="ID")
        assert (result.status, result.name, result.precision) == (
            "resolved",
            name,
            "district",
        ), text


def test_persian_of_the_dependencies_of_a_bare_name_is_its_county():
    # "Kalukan village, of the dependencies of Saravan": the county of Saravan holds it,
    # as "از توابع شهرستان سراوان" says in full; not the province around the town.
    result = geocode_place("روستای کلوکان از توابع سراوان", country="IR")
    assert (result.status, result.precision) == ("resolved", "district")
    assert "Sarāvān" in result.name
