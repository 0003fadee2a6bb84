"""Session 43, round43c: the classes behind blind92's misses (Asian borders).

A spelling variant that leads back to its own text (a Han name without and with its
city word) no longer recurses until Python gives up.  A sector of a unit the outlines
lack, a Latin line after "near" a place, a city opening an address in its own region,
Urdu districts written as they sound, Gujarati case endings and a place named before
its Indonesian regency.
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
    # The R.S. Pura sector "of Jammu" is the sector by its own name since data43 gave
    # the town its Hindi name (tests/data/test_data43_rows.py), not Jammu district.
    result = geocode_place("जम्मू के आरएस पुरा सेक्टर में", country="IN")
    assert (result.name, result.admin1_code) == ("R.S. Pora", "IN-JK")


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


def test_an_urdu_district_written_as_it_sounds_is_found_by_its_consonants() -> None:
    # "لوئر دیر", "اپر دیر": Lower Dir and Upper Dir, which the table holds in Latin only.
    for text, name in (
        ("لوئر دیر میں", "Lower Dīr District"),
        ("اپر دیر میں", "Upper Dir District"),
        # "Dir the upper", in Urdu's own word order.
        ("پاکستان کے شمال مغربی ضلع دیر بالا میں", "Upper Dir District"),
        # "in" typed with the Arabic yeh.
        ("دير بالا ميں", "Upper Dir District"),
    ):
        result = geocode_place(text, country="PK")
        assert (result.name, result.precision) == (name, "district"), text


def test_the_district_an_urdu_text_opens_with_is_not_lost_to_its_border_words() -> None:
    text = "لوئر دیر میں پاک افغان سرحدی علاقے مسکینی درہ میں"
    result = geocode_place(text, country="PK")
    assert (result.name, result.precision) == ("Lower Dīr District", "district")


def test_a_gujarati_district_in_its_cases_owns_what_follows() -> None:
    # "કચ્છના હરામીનાળામાંથી" (from Kutch's Harami Nala): the genitive "-ના" read back.
    for text in ("કચ્છના હરામીનાળામાંથી", "કચ્છના હરામીનાળાના વિસ્તારમાંથી"):
        result = geocode_place(text, country="IN")
        assert (result.name, result.precision) == ("Kutch", "district"), text


def test_a_place_named_before_its_regency_is_answered_by_the_regency() -> None:
    text = "Pelabuhan Internasional Tunon Taka Kabupaten Nunukan Kalimantan Timur"
    result = geocode_place(text, country="ID")
    assert (result.name, result.precision, result.coarsened) == (
        "Kabupaten Nunukan",
        "district",
        True,
    )
