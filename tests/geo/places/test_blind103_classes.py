"""Session 49 (round49a): classes of misses found on the blind103 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.crossing_end import crossings_with_end_named
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place

# --- WRONG answers ---------------------------------------------------------------------


def test_lower_case_words_before_a_tail_are_no_unit_name() -> None:
    # "el paso" is no name here; El Paso is a municipality of Cesar, 1,000 km from the
    # Ecuadorian border.  The department after "San Miguel" says where the bridge is.
    result = geocode_place(
        "el paso fronterizo del puente Internacional de San Miguel Putumayo", country="CO"
    )
    assert result.status == "resolved"
    assert result.admin1_code == "CO-PUT"
    assert result.name == "La Dorada"  # seat of San Miguel municipality
    assert result.precision == "near"


@pytest.mark.parametrize(
    "phrase",
    [
        "el puente Internacional de San Miguel Putumayo",
        "el paso fronterizo del puente Internacional de San Miguel, Putumayo",
    ],
)
def test_a_bridge_of_a_town_then_its_department(phrase: str) -> None:
    result = geocode_place(phrase, country="CO")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "La Dorada", "CO-PUT")


def test_a_region_after_a_name_is_never_answered_alone() -> None:
    # Only a place finer than the region, inside it, is kept by the comma reading: the
    # region's words may belong to a name the data lacks.
    result = geocode_place("el barrio Nuevo Horizonte Putumayo", country="CO")
    assert not (result.status == "resolved" and result.precision == "region" and result.coarsened)


@pytest.mark.parametrize(
    "phrase", ["el cruce internacional Santa Elena", "el cruce fronterizo Santa Elena"]
)
def test_the_crossing_at_the_events_end_beats_a_namesake_town(phrase: str) -> None:
    result = geocode_place(phrase, country="BZ")
    assert result.status == "resolved"
    assert result.name == "Santa Elena–Subteniente López"


def test_a_road_junction_is_no_crossing() -> None:
    # "cruce" alone is any junction: the town is still read as before.
    result = geocode_place("el cruce Santa Elena", country="BZ")
    assert result.name != "Santa Elena–Subteniente López"


def test_a_crossing_end_is_the_tables_town_not_a_short_form() -> None:
    gaz = load_gazetteer()
    assert [p.name for p in crossings_with_end_named(gaz, "Santa Elena", ("BZ",))] == [
        "Santa Elena–Subteniente López"
    ]
    # "Leticia–Santa Rosa": the Peruvian end is Santa Rosa de Yavarí, not any Santa Rosa.
    assert crossings_with_end_named(gaz, "Santa Rosa", ("PE",)) == []
    assert crossings_with_end_named(gaz, "Santa Elena", ("BZ", "MX")) == []
    result = geocode_place("el Complejo Fronterizo Santa Rosa", country="PE")
    assert result.name != "Leticia–Santa Rosa"


@pytest.mark.parametrize(
    "phrase",
    [
        "à Markoye, à une cinquantaine de kilomètres de la frontière avec le Niger",
        "à Markoye, à 50 km de la frontière avec le Niger",
    ],
)
def test_an_unknown_place_far_from_a_border_is_not_the_border(phrase: str) -> None:
    result = geocode_place(phrase, country="BF")
    assert result.status == "unresolved"
    assert "named only to place it" in result.note
    assert [c.precision for c in result.candidates] == ["border"]


def test_an_unknown_place_a_few_km_from_a_border_may_be_on_it() -> None:
    # No settlement word and a short distance: the post may be on the line.
    result = geocode_place("à Markoye, à 5 km de la frontière avec le Niger", country="BF")
    assert (result.status, result.precision) == ("resolved", "border")


@pytest.mark.parametrize(
    "phrase",
    [
        "En el caserío Las Pilas, ubicado en Comapa, Jutiapa",
        "en la aldea Las Pilas, Comapa, Jutiapa",
    ],
)
def test_a_village_in_a_seat_is_in_its_municipality(phrase: str) -> None:
    result = geocode_place(phrase, country="GT")
    assert result.status == "resolved"
    assert result.precision == "district"
    assert "Comapa" in result.name
    assert result.coarsened
