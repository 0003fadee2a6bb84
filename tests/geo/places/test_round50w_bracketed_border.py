"""Round 50w: an unknown place with only a border in brackets is not the line."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_an_unknown_place_with_only_a_border_in_brackets_is_not_the_line():
    # Faramana is filed under Houet province since round55a: the place, never the line.
    result = geocode_place("à Faramana (frontière Burkina-Mali)", country="BF")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "BF-HOU",
    )
    result = geocode_place("à Kouloumba (frontière Burkina-Mali)", country="BF")
    assert result.status == "unresolved"
    assert "in brackets only to place it" in result.note
    assert [c.precision for c in result.candidates] == ["border"]


def test_a_post_before_a_bracketed_border_keeps_its_reading():
    # The post is known, so the bracket changes nothing.
    result = geocode_place("no Posto Esdras (fronteira entre o Brasil e a Bolívia)", country="BR")
    assert (result.status, result.name) == ("resolved", "Corumbá–Puerto Quijarro")


def test_a_known_town_before_a_bracketed_border_is_the_town():
    result = geocode_place("à Niangoloko (frontière Burkina-Côte d'Ivoire)", country="BF")
    assert (result.status, result.name) == ("resolved", "Niangoloko")
