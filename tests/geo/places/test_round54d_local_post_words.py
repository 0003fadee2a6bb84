"""Classes of place round 54d (blind113, blind114 and events80 at first contact), on
phrases of our own: posts and crossings named in local wording, a crossing named by
two countries first, a list of units, a district far from a spot at sea.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.turkish_clauses import place_after_between_clause


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        # German motorway customs post, and the border customs office.
        ("am Autobahnzoll Konstanz-Kreuzlingen", "DE", "Konstanz–Kreuzlingen"),
        ("beim Grenzzollamt Nickelsdorf", "AT", "Nickelsdorf–Hegyeshalom"),
        # Slovene "pri" (at) and the locative after the crossing word.
        ("na mejnem prehodu pri Fernetičih", "SI", "Fernetti–Fernetiči"),
        # Georgian checkpoint words after the town the crossing is named by.
        ("ყაზბეგის გამშვებ პუნქტთან", "GE", "Upper Lars"),
        # Arabic side adjective after the crossing's name.
        ("معبر العمري الأردني", None, "Al-Omari–Al-Haditha"),
        # Chinese word of the way joined to the bridge.
        ("途经中朝友谊桥", None, "Sino-Korean Friendship Bridge"),
        # The two countries' names before the pass.
        ("India-China Nathu La pass", None, "Nathu La"),
        # Hindi pass word in the oblique, Lao checkpoint word joined to the name.
        ("नाथुला दर्रे", "IN", "Nathu La"),
        ("ດ່ານບໍ່ເຕັນ", "LA", "Boten–Mohan"),
    ],
)
def test_a_crossing_behind_local_post_words(phrase, hint, name):
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


def test_kyrgyz_road_checkpoint_is_the_checkpoint_of_its_town():
    result = geocode_place("«Кулунду-унаажол» бекетинде", country="KG")
    assert result.status == "resolved"
    assert result.name == "Kulundu"


def test_inland_customs_office_is_no_crossing():
    # A customs office stands inland too: the bare "Zollamt" stays the city's.
    result = geocode_place("Zollamt Wien", country="AT")
    assert (result.status, result.name) == ("resolved", "Wien")


def test_side_adjective_of_a_country_off_the_crossing_is_refused():
    # The Haditha post is on Jordan's and Saudi Arabia's border, not Iraq's.
    result = geocode_place("منفذ الحديثة العراقي")
    assert result.name != "Al-Omari–Al-Haditha"


def test_country_pair_that_is_not_the_crossings_border_is_refused():
    result = geocode_place("China-Nepal Nathu La pass")
    assert result.name != "Nathu La"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("İran ile Türkiye arasındaki Gürbulak Sınır Kapısı", "Gürbulak Sınır Kapısı"),
        ("Ermənistanla Azərbaycan arasında yerləşən Tavuş bölgəsi", "Tavuş bölgəsi"),
        # No name after the clause: the border between the two, read as it was.
        ("İranla Azərbaycan arasındakı sərhəd", None),
        ("Astara quru sərhədinə", None),
    ],
)
def test_place_after_a_between_clause(text, place):
    assert place_after_between_clause(text) == place


def test_a_crossing_after_a_between_clause():
    result = geocode_place("Türkiye ile İran arasındaki Gürbulak Sınır Kapısı", country="TR")
    assert (result.status, result.name) == ("resolved", "Gürbulak–Bazargan")


@pytest.mark.parametrize(
    "phrase",
    [
        "the Tavush, Gegharkunik and Syunik regions",
        "Vayots Dzor and Syunik provinces",
    ],
)
def test_a_list_of_units_is_their_country(phrase):
    result = geocode_place(phrase, country="AM")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "AM")
    assert result.coarsened


def test_a_country_named_with_and_is_no_list():
    result = geocode_place("Trinidad and Tobago")
    assert (result.precision, result.country) == ("country", "TT")


def test_a_district_circle_is_not_a_spot_far_out_at_sea():
    far = geocode_place("신안군 가거도 서방 약 90km 해상", country="KR")
    assert far.precision == "country"
    assert far.coarsened


def test_a_crossing_at_a_border_town_is_near_the_town():
    result = geocode_place("عند المعبر الحدودي بالدبداب", country="DZ")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Debdeb")


@pytest.mark.parametrize(
    ("phrase", "precision"),
    [
        # Some village of the municipality: the municipality, not its seat.
        ("en una aldea de Melchor de Mencos", "district"),
        ("los caseríos de Melchor de Mencos", "district"),
        # The village named X is X.
        ("la aldea de Melchor de Mencos", "settlement"),
    ],
)
def test_an_unnamed_village_of_a_municipality(phrase, precision):
    result = geocode_place(phrase, country="GT")
    assert (result.status, result.precision) == ("resolved", precision)


def test_a_named_crossing_in_a_border_town_stays_its_region():
    # The unknown name after the crossing word is the crossing's own; the town only
    # places it.
    result = geocode_place("معبر النور الحدودي بوادي حلفا", country="SD")
    assert result.precision != "near"


def test_a_side_adjective_after_a_town_of_that_side_is_no_crossing():
    result = geocode_place("منفذ الوديعة السعودي", country="SA")
    assert result.name != "Al Wadī‘ah"


def test_a_spot_between_two_units_is_no_list_of_them():
    # "between A and B" names a spot between two places, not the units as a list: the
    # list reading must leave it to the other rules (several places, here).
    found = geocode_place("between Mandera and Wajir", country="KE")
    assert found.status == "ambiguous"
    found = geocode_place("the Syunik and Gegharkunik provinces", country="AM")
    assert (found.status, found.precision, found.country) == ("resolved", "country", "AM")
