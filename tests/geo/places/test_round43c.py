"""Session 43, round43c: the classes behind blind92's misses (Asian borders).

A spelling variant that leads back to its own text (a Han name without and with its
city word) no longer recurses until Python gives up.
"""

from bordermap.geo.places.geocoder import geocode_place


def test_a_variant_leading_back_to_its_text_does_not_loop() -> None:
    # "白山市" without the city word is "白山", and "白山" with it is "白山市" again: the
    # reading of 白山 inside this Korean text recursed until RecursionError.
    text = "지린(吉林) 성 바이산(白山) 시 창바이(長白)조선족자치현에서"
    result = geocode_place(text, country="CN")
    assert result.status in ("resolved", "ambiguous", "unresolved")
    assert result.country in (None, "CN")


def test_a_sector_of_a_unit_the_outlines_lack_is_that_unit() -> None:
    # The districts table files an older "Ladākh" district (Leh) under Jammu and
    # Kashmir; the report's Ladakh is the union territory, as in English.
    result = geocode_place("लद्दाख के चुमार सेक्टर में", country="IN")
    assert (result.admin1_code, result.precision) == ("IN-LA", "region")
    result = geocode_place("जम्मू के आरएस पुरा सेक्टर में", country="IN")
    assert (result.name, result.precision) == ("Jammu", "district")


def test_a_latin_line_after_near_a_place_is_not_taken_alone() -> None:
    # "near Yeonpyeong Island ... at sea by the NLL": the island says where on the line.
    result = geocode_place("연평도 인근 서해 NLL 해상에서", country="KR")
    assert (result.admin1_code, result.precision) == ("KR-28", "region")
    # "the NLL north-west of Yeonpyeong Island" is still the line.
    assert geocode_place("연평도 서북방 NLL", country="KR").precision == "border"


def test_a_city_opening_an_address_in_its_own_region_is_that_region() -> None:
    # Incheon, Ongjin county, Yeonpyeong Island: not Incheon's city point, 80 km away.
    result = geocode_place("인천 옹진군 연평도 동쪽 18㎞ 해상에서", country="KR")
    assert (result.admin1_code, result.precision) == ("KR-28", "region")
    assert geocode_place("서울 용산구", country="KR").precision == "district"
