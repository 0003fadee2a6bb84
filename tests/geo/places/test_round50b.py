"""Classes of place round 50b (blind106: Asia, the Middle East and Oceania).

A town's border ("Teknaf's Myanmar border", Bengali with the genitive joined) is the
line by the town, never the town; Indonesian "di" (at) after a crossing word is no part
of the crossing's name; a post's quoted name of two words is not the town its first
word names; Malay "sempadan" (border) and the river-only words "tebing" (bank) and
"sepanjang" (along) make "Sungai Golok" the border river, not the town Su-ngai Kolok;
and a border river named with towns along it is the river, not several places.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.line_with_its_places import line_marked_by_places
from bordermap.geo.places.result import PlaceResult


def test_a_towns_border_written_in_bengali_is_near_the_town() -> None:
    # blind106 bd-mm-dh001 (Nagorik), coded near Teknaf by audit46's convention for
    # "the Teknaf border": near the town, the circle reaching the data's line.
    result = geocode_place("টেকনাফের মিয়ানমার সীমান্তে", country="BD")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Teknāf")
    assert result.uncertainty_km is not None and result.uncertainty_km >= 20.0


def test_a_towns_border_in_english_is_near_the_town_not_the_whole_line() -> None:
    # Before, the whole Bangladesh–Myanmar line.
    result = geocode_place("Teknaf's Myanmar border", country="BD")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Teknāf")


def test_a_seat_names_district_owns_its_border() -> None:
    # Murshidabad and Amritsar seat the districts of their names (blind48 in-pk-ay002).
    result = geocode_place("Murshidabad's Bangladesh border", country="IN")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "district",
        "Murshidabad",
    )
    result = geocode_place("অমৃতসরের ভারত-পাকিস্তান সীমান্তে", country="IN")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Amritsar")


def test_a_towns_possessive_without_a_border_is_not_read_as_one() -> None:
    # No border words inside: the possessive rule stays out of the way.
    result = geocode_place("Teknaf's market", country="BD")
    assert result.precision != "border"


def test_indonesian_di_after_a_crossing_word_is_no_part_of_the_name() -> None:
    # blind106 id-my-dh001 (Antara): before, Kabupaten Sanggau, whose drawn circle
    # (87 km about its seat) misses Entikong, 100 km away.
    text = "Pos Lintas Batas Negara di Entikong, Kabupaten Sanggau, Kalimantan Barat"
    result = geocode_place(text, country="ID")
    assert result.status == "resolved"
    assert result.name == "Entikong–Tebedu"
    assert geocode_place("Kompleks ICQS di Bukit Kayu Hitam", country="MY").name == (
        "Bukit Kayu Hitam–Sadao"
    )


def test_a_quoted_post_name_is_not_cut_to_its_first_word() -> None:
    # blind106 kz-tm-dh001: "Temir baba" post (Mangystau); before, the town Temir in
    # Aktobe, some 700 km away. The post is not in the data: unresolved, Temir a near miss.
    result = geocode_place("“Temir baba” awtomobil geçelgesi", country="KZ")
    assert result.status == "unresolved"
    assert [c.name for c in result.candidates] == ["Temir"]


def test_a_quoted_post_name_of_one_town_still_finds_its_crossing() -> None:
    # The whole quoted name is the town: the crossing beside it, as before.
    result = geocode_place('ТПП "Казбеги"', country="GE")
    assert result.name == "Upper Lars"


def test_the_malay_border_word_makes_sungai_golok_the_river() -> None:
    # blind106 my-th-dh002 (Bernama): before, the Rantau Panjang crossing.
    text = "pangkalan haram sempadan Malaysia–Thailand dekat tebing Sungai Golok"
    result = geocode_place(text, country="MY")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name is not None and result.name.startswith("Malaysia–Thailand border")


def test_a_bank_word_before_sungai_is_the_river_and_the_bare_name_the_town() -> None:
    river = geocode_place("tebing Sungai Golok", country="MY")
    assert (river.status, river.precision) == ("resolved", "border")
    town = geocode_place("in Sungai Golok", country="MY")
    assert town.precision != "border"


def test_a_border_river_from_one_town_to_another_is_the_river() -> None:
    # blind106 my-th-dh003 (Sinar Harian): before, ambiguous among four places.
    text = "sepanjang Sungai Golok bermula dari Pengkalan Kubor, Tumpat sehingga ke Jeli"
    result = geocode_place(text, country="MY")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name is not None and result.name.startswith("Malaysia–Thailand border")


def _point(name: str, lat: float, lon: float, country: str | None) -> PlaceResult:
    return PlaceResult(
        name, "resolved", name=name, country=country, lat=lat, lon=lon, precision="settlement"
    )


def test_a_place_off_the_line_keeps_the_text_several_places() -> None:
    line = geocode_place("tebing Sungai Golok", country="MY")
    near = _point("Tumpat", 6.1978, 102.171, "MY")
    far = _point("Kuala Lumpur", 3.1412, 101.6865, "MY")
    pairs = lambda result: ("MY", "TH")  # noqa: E731
    found = [("Sungai Golok", line), ("Tumpat", near)]
    assert line_marked_by_places(found, ("MY",), pairs) is not None
    assert line_marked_by_places([*found, ("Kuala Lumpur", far)], ("MY",), pairs) is None
    # A place of a third country is more than a mark on the line.
    third = _point("Somewhere", 6.1978, 102.171, "ID")
    assert line_marked_by_places([*found, ("Somewhere", third)], ("MY",), pairs) is None
    # The event's country must be a side of the line.
    assert line_marked_by_places(found, ("ID",), pairs) is None


def test_a_korean_distance_from_a_line_at_sea_is_that_line() -> None:
    # blind106 kp-kr-dh001 (Yonhap): 5.5 km north of the NLL in the East Sea.
    result = geocode_place("동해 NLL 북방 5.5㎞ 해상")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name is not None and "Northern Limit Line" in result.name


def test_a_korean_distance_from_a_town_is_not_answered_by_a_line() -> None:
    # The line rule takes only a line: an unknown island stays what it was.
    result = geocode_place("동해 없는섬 북방 5.5㎞ 해상")
    assert result.precision != "border"


def test_a_chinese_bearing_and_distance_from_a_shoal() -> None:
    # blind106 cn-ph-dh001: about fourteen nautical miles east of Huangyan Island.
    result = geocode_place("黃岩島以東約十四海里")
    assert (result.status, result.name) == ("resolved", "Scarborough Shoal")
    assert result.precision == "near"
    assert result.uncertainty_km is not None and result.uncertainty_km > 14 * 1.852


def test_approximately_before_a_distance_reads_as_about() -> None:
    # blind106 cn-ph-dh002.
    text = "approximately 10.5 nautical miles east of Bajo de Masinloc"
    result = geocode_place(text)
    assert (result.status, result.name) == ("resolved", "Scarborough Shoal")


def test_slashed_other_names_in_parentheses_name_the_head_again() -> None:
    # blind106 cn-ph-dh004: before, unresolved (an unknown container).
    result = geocode_place("Bajo de Masinloc (Scarborough/Panatag Shoal)")
    assert (result.status, result.name) == ("resolved", "Scarborough Shoal")
    # Unknown names after the slash bound nothing and name nothing: as before.
    other = geocode_place("Bajo de Masinloc (Foo/Bar Reef)")
    assert other.status == "unresolved"


def test_nepali_final_nga_and_located_in_give_the_district() -> None:
    # blind106 cn-np-dh001: "the Korala post located in Mustang"; Korala is not in
    # the data, Mustang (Nepali "मुस्ताङ", Hindi "मुस्तांग") is.
    assert geocode_place("मुस्ताङ", country="NP").name == "Mustang"
    result = geocode_place("मुस्ताङस्थित कोरला नाका", country="NP")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Mustang")
    assert result.coarsened


def test_a_quoted_post_name_with_a_descriptor_finds_its_crossing() -> None:
    # blind106 cn-kg-dh001: "the Erkech-Tam road" control and crossing point.
    result = geocode_place('"Эркеч-Там унаа жолу" көзөмөл-өткөрүү жайы', country="KG")
    assert (result.status, result.name) == ("resolved", "Irkeshtam")


def test_a_chinese_port_named_by_its_two_ends() -> None:
    # blind106 cn-ru-dh002: the port of China's Heihe and Russia's Blagoveshchensk.
    result = geocode_place("中国黑河与俄罗斯布拉戈维申斯克口岸", country="CN")
    assert (result.status, result.name) == ("resolved", "Blagoveshchensk–Heihe")


def test_an_island_group_named_as_the_container_holds_an_unknown_island() -> None:
    # blind106 cn-vn-dh001/dh002: Woody Island and Passu Keah by their Vietnamese names
    # are not in the data; the Paracels (quần đảo Hoàng Sa) are, and hold them.
    for text in (
        "khu vực đảo Phú Lâm, quần đảo Hoàng Sa",
        "khu vực đảo Bạch Quy (quần đảo Hoàng Sa)",
    ):
        result = geocode_place(text)
        assert (result.status, result.name) == ("resolved", "Paracel Islands"), text
        assert result.coarsened


def test_the_azerbaijani_river_word_after_a_name_is_the_river() -> None:
    # "on the Samur river": the border river, not the village Samur near it.
    result = geocode_place("Samur çayı üzərində", country="AZ")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name is not None and result.name.startswith("Azerbaijan–Russia border")


def test_a_quoted_pair_of_ends_is_not_a_cut_name() -> None:
    # blind101 by-ua-dc002: «Dolsk – Mokhro» names the crossing by its two ends; Dolsk,
    # its Ukrainian end, stays the answer (near the town), as before round50b.
    result = geocode_place("пункт пропуску «Дольськ – Мохро»", country="UA")
    assert (result.status, result.name) == ("resolved", "Dolsk")
