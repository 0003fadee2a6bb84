"""Round 32q (issue 11): place grammar and name forms the seen sets left unresolved,
one class of them per test."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # The field sets' phrases.
        "کرم ایجنسی",
        "کرم ایجنسی میں پاک افغان سرحد",
        "ضلع کرم میں پاک افغان سرحدی گزرگاہ خرلاچی ٹرمینل",
        "کرم کے علاقے میں خار لاچی کراس",
        "کرم کے سرحدی علاقوں میں",
        # Our own: the bare name, the unit word first, "area" alone.
        "کرم",
        "ضلع کرم",
        "کرم کے علاقے",
    ],
)
def test_kurram_in_urdu_is_its_district(text):
    result = geocode_place(text, country="PK")
    assert result.status == "resolved"
    assert result.name == "Kurram District"
    assert result.precision == "district"


def test_an_urdu_area_with_a_name_after_it_is_not_the_owner():
    # "Pakistan's area Bajaur": the name after "area" is the place, never Pakistan.
    result = geocode_place("پاکستان کے علاقے باجوڑ", country="PK")
    assert result.precision != "country"


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # The field sets' phrases.
        ("λιμάνι της Ηγουμενίτσας", "GR", "Igoumenítsa", "settlement"),
        # Our own: the port word after "in", another port.
        ("στο λιμάνι της Πάτρας", "GR", "Pátra", "settlement"),
    ],
)
def test_a_place_type_word_before_the_name(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # The field set's phrase: Tak Bai district, in its province (the data has no
        # outline of the district, so its region).
        ("ເມືອງ ຕາກໃບ ຈັງຫວັດ ນະຣາທິວາດ", "Narathiwat", "region"),
        # Our own: the town bare.
        ("ຕາກໃບ", "Tak Bai", "settlement"),
    ],
)
def test_a_thai_place_in_lao_letters(text, name, precision):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == precision
    assert result.country == "TH"


def test_a_lao_place_in_lao_letters_stays_lao():
    # Vientiane in Lao: read as written, never as Thai.
    result = geocode_place("ວຽງຈັນ", country="LA")
    assert result.country == "LA"


def test_lao_letters_as_thai():
    from bordermap.geo.places.lao_script import lao_as_thai

    assert lao_as_thai("ຈັງຫວັດ") == "จังหวัด"
    assert lao_as_thai("ນໍ້າ ໂກ-ລົກ") == "น้ำ โก-ลก"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # The field sets' phrases.
        (
            "le poste frontalier entre le Québec et les États-Unis à Saint-Bernard-de-Lacolle,"
            " en Montérégie",
            "CA",
            "Lacolle–Champlain",
        ),
        ("à la frontière entre le Nigeria et le Bénin, à Sèmè-Kraké", "BJ", "Seme–Krake"),
        # Our own: the place after "à" with no comma before it.
        (
            "le poste entre le Québec et les États-Unis à Saint-Bernard-de-Lacolle",
            "CA",
            "Lacolle–Champlain",
        ),
    ],
)
def test_french_between_then_the_place_after_a(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
