"""Crossing words of blind108 and blind100: the Kyrgyz crossing node and Nepali's joined
checkpoint word (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.devanagari_post_word import checkpoint_word_apart
from bordermap.geo.places.geocoder import geocode_place

# --- the Kyrgyz "crossing node" ---


def test_a_kyrgyz_crossing_node_is_the_crossing_its_quotes_name():
    result = geocode_place("“Ак-Жол” өткөрүү түйүнүндө", country="KG")
    assert result.status == "resolved"
    assert result.name == "Korday–Ak-Zhol"


def test_a_kyrgyz_crossing_node_unquoted_is_the_crossing():
    result = geocode_place("Ак-Жол өткөрүү түйүнү", country="KG")
    assert result.status == "resolved"
    assert result.name == "Korday–Ak-Zhol"


def test_an_unknown_post_named_with_the_node_word_is_no_town():
    # Ak-Tilek is no crossing of the data: never the town of a namesake; since round55a
    # the post is filed under Chüy region, which answers.
    result = geocode_place("“Ак-Тилек” өткөрүү түйүнүндө", country="KG")
    assert (result.status, result.admin1_code) == ("resolved", "KG-C")
    assert result.precision == "region"


# --- the Nepali checkpoint word joined to its name ---


def test_a_checkpoint_word_joined_to_the_crossings_name_is_parted():
    result = geocode_place("जमुनाहनाका", country="NP")
    assert result.status == "resolved"
    assert result.name == "Rupaidiha–Nepalgunj"


def test_a_joined_checkpoint_word_in_the_ablative_is_parted():
    result = geocode_place("बेलहियानाकाबाट", country="NP")
    assert result.status == "resolved"
    assert result.name == "Sonauli–Belahiya"


def test_the_border_point_word_itself_is_not_parted():
    assert checkpoint_word_apart("कैलालीका सीमानाका", lambda text: text == "सीमा") is None
