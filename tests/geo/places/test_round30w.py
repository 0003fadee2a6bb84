"""Place classes of round 30w, found on the rows of blind60 and the events of events34
that were not placed."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The field row (AP), and adjectives that weigh a crossing in other phrasings.
        ("the strategic border crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("the humanitarian crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("the vital Rafah crossing", "EG", "Rafah crossing"),
        ("the crucial Torkham border crossing", "AF", "Torkham"),
        ("the strategic border crossing of Torkham", "PK", "Torkham"),
        # Spanish "principal" is no such adjective: the appositive keeps its reading.
        (
            "Paso Canoas, el principal paso fronterizo entre Panamá y Costa Rica",
            "CR",
            "Paso Canoas",
        ),
    ],
)
def test_an_adjective_weighing_a_crossing_names_nothing(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The events34 place (Japanese: the port of Wakkanai) and other ports so named.
        ("稚内港", "JP", "Wakkanai"),
        ("根室港", "JP", "Nemuro"),
        ("石垣港", "JP", "Ishigaki"),
        ("大连港", "CN", "Dalian"),
        ("珠海港", "CN", "Zhuhai"),
        # Korean writes its port word "항" joined after the town's name.
        ("속초항", "KR", "Sokcho"),
        ("인천항", "KR", "Incheon"),
    ],
)
def test_a_port_word_joined_to_a_town_names_the_town(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # A city whose own name ends in the port word is that city, not a shorter name.
        ("防城港", "CN", "Fangchenggang"),
        ("稚内", "JP", "Wakkanai"),
    ],
)
def test_a_name_ending_in_the_port_word_is_tried_whole_first(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The blind60 row (Urdu: the Kartarpur corridor), its town ending written apart.
        ("کرتار پور راہداری", "PK", "Kartarpur Corridor"),
        ("کرتار پور", "PK", "Kartarpur Corridor"),
    ],
)
def test_an_urdu_town_ending_written_apart_is_joined(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Names the data holds with the ending apart keep their answer.
        ("اسلام آباد", "PK", "Islamabad"),
    ],
)
def test_a_name_held_with_its_ending_apart_is_unchanged(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # The hyphen of a crossing's name after "border crossing of" joins its words.
        ("the border crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("border crossing of Bab al-Hawa", "SY", "Bab al-Hawa"),
        ("the border checkpoint of Bab al-Salama", "SY", "Bab al-Salam"),
    ],
)
def test_a_hyphen_in_a_crossing_named_after_of_is_no_border(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
