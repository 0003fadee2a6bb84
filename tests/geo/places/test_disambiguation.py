"""Tests for the disambiguation rule, on places built in code."""

from __future__ import annotations

from bordermap.geo.places.disambiguation import choose
from bordermap.geo.places.gazetteer import Place


def _place(ident: int, name: str, country: str, population: int, lat=55.0, lon=27.0) -> Place:
    return Place(ident, name, "settlement", country, None, lat, lon, population)


BREST_BY = _place(1, "Brest", "BY", 340_000, 52.1, 23.7)
BREST_FR = _place(2, "Brest", "FR", 140_000, 48.4, -4.5)


def test_comparable_places_are_ambiguous() -> None:
    outcome = choose([BREST_FR, BREST_BY], key="brest")
    assert outcome.chosen is None
    assert [p.country for p in outcome.candidates] == ["BY", "FR"]


def test_country_hint_decides() -> None:
    assert choose([BREST_BY, BREST_FR], country="fr", key="brest").chosen == BREST_FR


def test_hint_is_a_constraint_that_refuses_places_elsewhere() -> None:
    outcome = choose([BREST_BY, BREST_FR], country="LV", key="brest")
    assert outcome.chosen is None
    assert outcome.candidates == ()
    assert [p.country for p in outcome.refused] == ["BY", "FR"]
    assert "outside the event's country LV" in outcome.reason


def test_a_single_candidate_outside_the_hint_is_not_chosen() -> None:
    # A hinted Finnish place must not silently become a Russian one.
    svetogorsk = _place(3, "Svetogorsk", "RU", 15_000, 61.1, 28.9)
    outcome = choose([svetogorsk], country="FI", key="svetogorsk")
    assert outcome.chosen is None
    assert outcome.refused == (svetogorsk,)


def test_region_of_interest_is_a_constraint_too() -> None:
    outcome = choose([BREST_FR], region_of_interest=["BY", "LV"], key="brest")
    assert outcome.chosen is None
    assert outcome.refused == (BREST_FR,)
    assert "region of interest (BY, LV)" in outcome.reason


def test_hinted_candidates_are_not_removed_by_the_region_of_interest() -> None:
    assert choose([BREST_FR, BREST_BY], country="FR", region_of_interest=["BY"]).chosen == (
        BREST_FR
    )


def test_region_of_interest_by_codes_and_by_box() -> None:
    assert choose([BREST_BY, BREST_FR], region_of_interest=["BY", "LV"]).chosen == BREST_BY
    box = (-10.0, 40.0, 5.0, 50.0)
    assert choose([BREST_BY, BREST_FR], region_of_interest=box).chosen == BREST_FR


def test_hint_comes_before_region_of_interest() -> None:
    outcome = choose([BREST_BY, BREST_FR], country="FR", region_of_interest=["BY"])
    assert outcome.chosen == BREST_FR


def test_dominant_population_wins() -> None:
    big = _place(1, "Alpha", "LV", 100_000)
    small = _place(2, "Alpha", "EE", 19_999, lat=59.0)
    assert choose([small, big], key="alpha").chosen == big


def test_alternate_name_does_not_outvote_own_name() -> None:
    # Donetsk was once "Aleksandrovka"; the village bears the name today.
    city = _place(1, "Donetsk", "UA", 1_000_000, 48.0, 37.8)
    village = _place(2, "Aleksandrovka", "RU", 4_000, 52.0, 40.0)
    assert choose([city, village], key="aleksandrovka").chosen == village


def test_several_own_names_stay_ambiguous_without_the_former_name() -> None:
    city = _place(1, "Donetsk", "UA", 1_000_000, 48.0, 37.8)
    one = _place(2, "Aleksandrovka", "RU", 4_000, 52.0, 40.0)
    two = _place(3, "Aleksandrovka", "RU", 3_000, 50.0, 44.0)
    outcome = choose([city, one, two], key="aleksandrovka")
    assert outcome.chosen is None
    assert outcome.candidates == (one, two)


def test_own_name_beats_a_former_name_of_a_smaller_place() -> None:
    own = _place(1, "Kaliningrad", "RU", 475_000, 54.7, 20.5)
    former = _place(2, "Korolev", "RU", 140_000, 55.9, 37.8)
    assert choose([former, own], key="kaliningrad").chosen == own


def test_duplicates_of_one_town_fold_into_it() -> None:
    town = _place(1, "Beta", "LV", 5_000, 56.0, 26.0)
    section = _place(2, "Beta", "LV", 4_000, 56.01, 26.01)
    outcome = choose([section, town], key="beta")
    assert outcome.chosen == town
    assert outcome.candidates == (town,)


def test_unknown_populations_are_ambiguous() -> None:
    a = _place(1, "Gamma", "RU", 0, 55.0, 30.0)
    b = _place(2, "Gamma", "RU", 0, 57.0, 35.0)
    assert choose([a, b], key="gamma").chosen is None


def _crossing(ident: int, name: str, countries: tuple[str, str], lat: float, lon: float) -> Place:
    return Place(ident, name, "crossing", countries[0], None, lat, lon, 0, countries, "crossing")


def test_a_town_is_not_chosen_by_size_over_a_crossing_elsewhere() -> None:
    # "Horgoš": a Chinese town lists Horgos as a variant; the Serbian village is only
    # known through the Röszke–Horgoš crossing.
    qarasu = _place(10, "Qarasu", "CN", 71_446, 44.2, 80.4)
    roszke = _crossing(11, "Röszke–Horgoš", ("HU", "RS"), 46.18, 19.98)
    outcome = choose([qarasu, roszke], key="horgos")
    assert outcome.chosen is None
    assert roszke in outcome.candidates


def test_a_crossing_beside_the_town_is_the_same_place() -> None:
    chaman = _place(12, "Chaman", "PK", 88_000, 30.92, 66.45)
    gate = _crossing(13, "Chaman–Spin Boldak", ("AF", "PK"), 30.922, 66.445)
    assert choose([chaman, gate], key="chaman").chosen == chaman


def test_an_own_name_does_not_take_a_crossings_name_far_away() -> None:
    # "Hrebenne": a village of 500 bears the name, 70 km from the Hrebenne crossing.
    village = _place(14, "Hrebenne", "PL", 501, 50.87, 24.01)
    crossing = _crossing(15, "Hrebenne–Rava-Ruska", ("PL", "UA"), 50.27, 23.59)
    outcome = choose([village, crossing], key="hrebenne")
    assert outcome.chosen is None
    assert "crossing" in outcome.reason


def test_variant_names_only_in_several_countries_are_ambiguous() -> None:
    big = _place(16, "Qarasu", "CN", 700_000, 44.2, 80.4)
    small = _place(17, "Horgosh", "KZ", 1_000, 44.2, 80.3)
    assert choose([big, small], key="horgos").chosen is None
    # The event's country is the support a variant name needs.
    assert choose([big, small], key="horgos", country="CN").chosen == big
