""" "Between" written after two units, each with its owner's genitive (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place

# --- "between" last, each unit with its owner's genitive (Uzbek, Kyrgyz, Kazakh) ---


def test_a_post_between_an_uzbek_and_a_kyrgyz_unit_is_their_border():
    result = geocode_place(
        "Ўзбекистоннинг Андижон ва Қирғизистоннинг Ўш вилояти ўртасидаги “Дўстлик” чегара бекати"
    )
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == "Kyrgyzstan–Uzbekistan border"


def test_units_between_without_their_owners_are_not_read_as_a_border():
    result = geocode_place("Андижон ва Ўш вилояти ўртасидаги “Дўстлик” чегара бекати")
    assert result.precision != "border"
