"""Session 43, round43g: a district owned by a state named before it in Hindi and
Bengali, a Bengali genitive owning an unknown place, and a Korean particle after a
known name."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_district_found_by_its_sounds_inside_the_state_a_genitive_names() -> None:
    # Hindi: the state's genitive opens it; the district is found by its consonants.
    hindi = geocode_place("पंजाब के फाजिलका में", country="IN")
    assert (hindi.status, hindi.precision, hindi.name) == ("resolved", "district", "Fazilka")
    # Bengali: its sounds are read outside the Bengali-speaking states only so.
    bengali = geocode_place("পঞ্জাবের ফাজিলকায়", country="IN")
    assert (bengali.status, bengali.precision, bengali.admin1_code) == (
        "resolved",
        "district",
        "IN-PB",
    )


def test_a_bengali_genitive_owning_an_unknown_place_is_its_district() -> None:
    result = geocode_place("মালদার বৈষ্ণবনগরের বাংলাদেশ সীমান্তে", country="IN")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "IN-WB",
    )
    # A bare Malda (three consonants) is no district without the owner's genitive.
    assert geocode_place("মালদায়", country="IN").status == "unresolved"


def test_a_korean_particle_after_a_known_name_is_parted() -> None:
    result = geocode_place("단둥을", country="CN")
    assert (result.status, result.name) == ("resolved", "Dandong")


def test_the_persian_border_strip_is_no_village() -> None:
    # "نوار مرزی" is the border strip; the village Navār is not named.
    result = geocode_place("در منطقه میل ۱۰۰ و در نوار مرزی میرجاوه", country="IR")
    assert result.name != "Navār"
    assert "Navār" not in {c.name for c in result.candidates}
