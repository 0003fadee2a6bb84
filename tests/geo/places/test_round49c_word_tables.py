"""Session 49 (round49c): border regions, Armenian units, Malay customs complexes and
Slovak former crossings."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "hint", "border"),
    [
        (
            "dans la région frontalière avec les Pays-Bas",
            "BE",
            "Belgium–The Netherlands border",
        ),
        ("la región fronteriza con Venezuela", "CO", "Colombia–Venezuela border"),
    ],
)
def test_border_region_with_a_country_is_the_border(phrase: str, hint: str, border: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name, result.precision) == (
        "resolved",
        border,
        "border",
    )


def test_armenian_address_runs_to_the_village() -> None:
    # Tavush marz, Noyemberyan region, the border village of Voskepar: the village, which
    # lies in the units named before it, not an ambiguous list of the three.
    phrase = "Տավուշի մարզի Նոյեմբերյանի տարածաշրջանի սահմանամերձ Ոսկեպար գյուղի"
    result = geocode_place(phrase, country="AM")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Voskepar",
        "settlement",
    )


def test_armenian_marz_is_the_region() -> None:
    result = geocode_place("Տավուշի մարզի", country="AM")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Tavush",
        "region",
    )


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        (
            "Kompleks Kastam, Imigresen dan Kuarantin (CIQ) Bangunan Sultan Iskandar",
            "Johor–Singapore Causeway",
        ),
        ("Kompleks CIQ Bangunan Sultan Iskandar", "Johor–Singapore Causeway"),
        (
            "Kompleks Kastam, Imigresen dan Kuarantin (CIQ) Bukit Kayu Hitam",
            "Bukit Kayu Hitam–Sadao",
        ),
    ],
)
def test_malay_customs_complex_names_its_crossing(phrase: str, name: str) -> None:
    # The comma of the spelled-out title parts no place from a container.
    result = geocode_place(phrase, country="MY")
    assert (result.status, result.name) == ("resolved", name)
    assert result.precision in ("exact", "settlement")


@pytest.mark.parametrize(
    "phrase",
    [
        "na bývalom hraničnom priechode Lanžhot medzi Kútmi a Břeclavou",
        "na bývalém hraničním přechodu Lanžhot",
    ],
)
def test_former_crossing_in_slovak_and_czech_is_the_crossing(phrase: str) -> None:
    result = geocode_place(phrase, country="CZ")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Lanžhot–Brodské",
        "settlement",
    )
