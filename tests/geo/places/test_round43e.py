"""Events left unplaced in sets below 90 % (issue 11, session 43, round43e).

Each case is a general shape the resolver could not read although the data holds
the place: a description before the event country's borders ("la zona neutral, muy
cerca de la frontera"), a German "bei" after words that name nothing, a Malay
compass word of two words before a distance's place, and a square the data lacks in
a country no wider than a town, a unit "of" a name before a comma and the unit holding
it; and, of the known gaps, a Japanese address chain after Hokkaidō or in characters
Chinese simplifies ("長崎県対馬市").
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import direction_bearing


def test_common_words_before_the_events_borders_are_its_country() -> None:
    found = geocode_place("la zona neutral, muy cerca de la frontera", country="CL")
    assert (found.status, found.precision, found.country) == ("resolved", "country", "CL")
    english = geocode_place("the neutral zone, near the border", country="CL")
    assert (english.status, english.precision, english.country) == (
        "resolved",
        "country",
        "CL",
    )
    # A name before the comma is a place the data lacks, not a description.
    assert geocode_place("Foo, near the border", country="CL").status == "unresolved"


def test_very_near_is_near() -> None:
    found = geocode_place("muy cerca de Arica", country="CL")
    assert (found.status, found.precision, found.name) == ("resolved", "near", "Arica")


def test_german_bei_after_words_naming_nothing_is_near_the_town() -> None:
    found = geocode_place(
        "den Kontrollpunkt auf der österreichischen Autobahn 12 bei Kufstein", country="DE"
    )
    assert (found.status, found.precision, found.name) == ("resolved", "near", "Kufstein")
    assert found.country is None  # near Kufstein (Austria), reaching into Germany


def test_a_malay_compound_compass_word_is_read_whole() -> None:
    assert direction_bearing("33,5 mil laut sebelah barat daya dari Pulau Kendi") == 225.0
    assert direction_bearing("20 km ke arah timur laut dari Pontianak") == 45.0
    assert direction_bearing("20 km sebelah barat dari Pontianak") == 270.0
    found = geocode_place("33,5 mil laut sebelah barat daya dari Pulau Pinang", country="MY")
    assert (found.status, found.name) == ("resolved", "Pulau Pinang")


def test_a_place_unknown_in_a_country_no_wider_than_a_town_is_that_country() -> None:
    found = geocode_place("piazza San Pietro", country="VA")
    assert (found.status, found.precision, found.country) == ("resolved", "country", "VA")
    assert found.coarsened
    # A text naming a place elsewhere stays unresolved, and so does any country wider
    # than a town.
    assert geocode_place("Piazza Venezia, Rome", country="VA").status == "unresolved"
    assert geocode_place("Main Street", country="SM").status == "unresolved"


def test_a_japanese_prefecture_then_its_city_in_japanese_characters() -> None:
    # "対馬" is read as written, not simplified to "対马", which no key holds.
    found = geocode_place("長崎県対馬市", country="JP")
    assert (found.status, found.name, found.admin1_code) == ("resolved", "Tsushima", "JP-42")
    # Hokkaidō's "道" heads a chain as "県" does.
    north = geocode_place("北海道稚内市", country="JP")
    assert (north.status, north.name, north.admin1_code) == ("resolved", "Wakkanai", "JP-01")
    assert geocode_place("北海道", country="JP").precision == "region"


def test_a_unit_of_a_name_then_after_a_comma_the_unit_holding_it() -> None:
    # The first unit's name ends at the comma: Santa Clara is not in the data, the
    # province after it is.
    found = geocode_place("na região de Santa-Clara, província do Cunene", country="AO")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "AO-CNN")
    spanish = geocode_place("la región de Santa Clara, provincia de Cunene", country="AO")
    assert spanish.admin1_code == "AO-CNN"
