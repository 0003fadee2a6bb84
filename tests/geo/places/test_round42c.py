"""Session 42, round42c: the classes behind blind90's misses (Asian borders).

Unit words in their cases (Russian "джамоате"), offices named after their town
(Indonesian "Kantor Imigrasi X"), Korean names (syllables compared whole, the northern
spelling of a first syllable, particles after a unit word, a province written with its
"도", the present name in brackets), Russian checkpoints named in guillemets after an
acronym or with the traffic they pass, autonomous oblasts, Nepali "-स्थित" and the Urdu
forms of Sir Creek.
"""

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.hangul import north_korean_spellings
from bordermap.geo.places.names import normalise
from bordermap.geo.places.spelling import closest_spelling


def test_a_jamoat_in_its_cases_is_the_unit_not_its_seat() -> None:
    for text in ("в джамоате Ворух", "джамоата Ворух"):
        result = geocode_place(text, country="TJ")
        assert (result.name, result.precision) == ("Vorukh", "district"), text


def test_an_office_named_after_its_town_is_the_town() -> None:
    text = "Kantor Imigrasi Entikong, Kabupaten Sanggau, Kalimantan Barat"
    result = geocode_place(text, country="ID")
    assert result.name == "Entikong–Tebedu"
    assert result.precision in ("exact", "settlement")


def test_korean_names_are_compared_syllable_by_syllable() -> None:
    # "후창" (Huch'ang) is one syllable of two from "회창" (Hoech'ang), another county.
    assert closest_spelling(normalise("후창"), [(normalise("회창"), "Hoech'ang")]) is None
    result = geocode_place("후창군", country="KP")
    assert result.admin1_code != "KP-02"


def test_a_southern_spelling_finds_the_northern_name() -> None:
    assert north_korean_spellings("양강도") == ["량강도", "냥강도"]
    assert north_korean_spellings("나선") == ["라선"]
    assert north_korean_spellings("혜산") == []
    result = geocode_place("양강도", country="KP")
    assert (result.precision, result.admin1_code) == ("region", "KP-10")


def test_a_province_with_its_do_beside_an_unknown_name() -> None:
    result = geocode_place("양강도 대홍단 산지 연선에서", country="KP")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KP-10")


def test_a_province_as_written_gives_way_to_a_finer_name() -> None:
    # "경기도 파주" stays what it was: Gyeonggi, which holds Paju (the row codes the
    # city-district, which the bare town's point would be finer than).
    result = geocode_place("경기도 파주", country="KR")
    assert (result.precision, result.admin1_code) == ("region", "KR-41")


def test_a_particle_after_a_unit_word_is_parted() -> None:
    result = geocode_place("북한 양강도 혜산시에서", country="KP")
    assert result.status == "resolved"
    assert result.admin1_code == "KP-10"
    assert abs(result.lat - 41.40) < 0.05 and abs(result.lon - 128.18) < 0.05


def test_the_present_name_in_brackets_is_read() -> None:
    result = geocode_place("후창군(현 김형직군)에서", country="KP")
    assert (result.precision, result.admin1_code) == ("region", "KP-10")


def test_a_cyrillic_acronym_in_brackets_is_an_aside() -> None:
    text = "контрольно-пропускной пункт (КПП) «Нижний Пяндж» («Шерхан-Бандар»)"
    result = geocode_place(text, country="TJ")
    assert result.name == "Sher Khan Bandar–Panji Poyon"


def test_a_checkpoint_named_with_its_traffic_is_its_town_s() -> None:
    result = geocode_place("«Кызыл-Кия-автодорожный»", country="KG")
    assert (result.status, result.country) == ("resolved", None)
    assert result.name == "Kyzyl-Kiya"


def test_autonomous_belongs_to_the_unit_word() -> None:
    text = "приграничный рынок в местечке Рузвай Горно-бадахшанской автономной области"
    assert geocode_place(text, country="TJ").admin1_code == "TJ-GB"
    assert geocode_place("Еврейской автономной области", country="RU").admin1_code == "RU-YEV"


def test_nepali_located_joined_to_the_name() -> None:
    result = geocode_place("दार्चुलास्थित नेपाल भारत सीमामा", country="NP")
    assert (result.name, result.precision) == ("Darchula", "district")


def test_sir_creek_in_urdu_and_hindi() -> None:
    for text, hint in (
        ("پاکستانی حدود سرکریک کے علاقے سے", "PK"),
        ("سر کریک", "PK"),
        ("सर क्रीक में", "IN"),
    ):
        result = geocode_place(text, country=hint)
        assert result.precision == "border", text
        assert result.name.startswith("India–Pakistan border"), text


def test_a_unit_named_after_a_town_is_its_region_not_nothing() -> None:
    # "thị xã Hà Tiên": the town-level unit, which the districts table lacks; the town
    # alone is not what the text names, and the unit's region holds it.
    result = geocode_place("trong hải phận thị xã Hà Tiên", country="VN")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "VN-47")
    assert result.coarsened
