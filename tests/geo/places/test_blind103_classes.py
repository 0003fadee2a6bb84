"""Session 49 (round49a): classes of misses found on the blind103 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.combining_forms import adjective_keys
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


# --- unresolved and ambiguous ----------------------------------------------------------


def test_french_combining_forms() -> None:
    assert "guineen" in adjective_keys("guineo")
    assert adjective_keys("afro") == ()
    assert adjective_keys("guinea") == ()


@pytest.mark.parametrize(
    ("phrase", "border"),
    [
        ("à la frontière guinéo-malienne", "Guinea–Mali border"),
        ("la frontière nigéro-malienne", "Mali–Niger border"),
        ("la frontière tchado-soudanaise", "Sudan–Chad border"),
    ],
)
def test_a_border_named_by_a_french_combining_form(phrase: str, border: str) -> None:
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


@pytest.mark.parametrize(
    "phrase",
    [
        "juste avant le poste de douane franco-andorran",
        "le poste frontière franco-andorran",
    ],
)
def test_a_post_named_by_its_two_countries_is_their_border(phrase: str) -> None:
    result = geocode_place(phrase, country="FR")
    assert (result.status, result.name) == ("resolved", "Andorra–France border")


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        ("le poste de douane de Pas de la Casa", "FR", "Pas de la Casa"),
        ("Pika doganore e Qafë Botës", "AL", "Qafë Botë–Mavromati"),
    ],
)
def test_customs_post_words(phrase: str, hint: str, name: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", name)


def test_just_before_a_crossing_is_near_it() -> None:
    result = geocode_place("juste avant le poste frontière de Pas de la Casa", country="FR")
    assert (result.status, result.name, result.precision) == ("resolved", "Pas de la Casa", "near")


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [("un tramo remoto del río Sarstún", None), ("el tramo del río Suchiate", None)],
)
def test_a_stretch_of_a_border_river(phrase: str, hint: str | None) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision) == ("resolved", "border")


@pytest.mark.parametrize(
    "phrase", ["dans le Chef-lieu du Haut-Mbomou", "la Capitale du Haut-Mbomou"]
)
def test_the_seat_of_a_unit_is_in_the_unit(phrase: str) -> None:
    result = geocode_place(phrase, country="CF")
    assert (result.status, result.admin1_code, result.precision) == ("resolved", "CF-HM", "region")
    assert result.coarsened
    assert "seat" in result.note


def test_the_capital_of_a_country_is_not_read_as_a_unit() -> None:
    assert geocode_place("la capitale du Tchad").precision != "country"


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        ("A l'est de la Guyane à Saint-Georges de l'Oyapock", "GF", "Saint-Georges"),
        ("dans le nord du Mali à Gao", "ML", "Gao"),
    ],
)
def test_at_a_town_after_a_part_of_its_country(phrase: str, hint: str, name: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.precision, result.name) == ("resolved", "settlement", name)


def test_a_crossing_in_the_town_at_its_end() -> None:
    result = geocode_place("na hraničním přechodu do Polska v Náchodě", country="CZ")
    assert (result.status, result.name) == ("resolved", "Náchod–Kudowa-Zdrój")


def test_an_inland_customs_post_is_placed_by_the_town_after_it() -> None:
    # "poste de douane" names a crossing only before its two countries' adjective.
    result = geocode_place(
        "Le poste de douane de Gada, situé à environ 5 kilomètres à l’est de Malanville",
        country="BJ",
    )
    assert result.status == "resolved"
    assert "Malanville" in (result.name or "")
