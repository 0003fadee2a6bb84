"""Session 49 (round49b): classes of misses found on the blind104 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.han_address import han_chain_readings
from bordermap.geo.places.turkic_q import q_read_as_k_or_g

# --- a crossing named by two towns, each with its country in brackets ---------------


def test_bracketed_pair_with_an_unknown_spelling_is_the_border_not_a_far_homonym() -> None:
    # "埔寨" is a variant of the port's "浦寨": the data's only 埔寨 is a Buzhai in
    # Guangdong, 989 km from the port.  The brackets name China and Vietnam: their
    # border answers, coarsened, never the far village.
    result = geocode_place("埔寨(中国)-新清(越南)口岸", country="CN")
    assert result.status == "resolved"
    assert result.name != "Buzhai"
    assert result.precision == "border"
    assert result.coarsened
    assert "China" in (result.name or "") and "Vietnam" in (result.name or "")


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [("浦寨(中国)-新清(越南)口岸", "CN"), ("浦寨（中国）—新清（越南）口岸", "VN")],
)
def test_bracketed_pair_finds_the_port_by_a_towns_name(phrase: str, hint: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", "Tan Thanh–Po Chai")
    assert result.precision in ("exact", "settlement")


# --- Azerbaijani and Turkmen crossing words ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "hint", "crossing"),
    [
        ("“Aqarak” sərhəd-keçid məntəqəsi", "AM", "Agarak–Nordooz"),
        ("“Gürbulaq-Bazirqan” keçid məntəqəsində", "IR", "Gürbulak–Bazargan"),
        ("Sarahs–Sarahs barlag-goýberiş nokadynda", "TM", "Sarakhs"),
    ],
)
def test_turkic_crossing_words_name_the_crossing(phrase: str, hint: str, crossing: str) -> None:
    result = geocode_place(phrase, country=hint)
    assert (result.status, result.name) == ("resolved", crossing)


def test_q_read_as_k_or_g() -> None:
    assert q_read_as_k_or_g("bazirqan") == ["bazirkan", "bazirgan"]
    assert q_read_as_k_or_g("kapikule") == []
    assert q_read_as_k_or_g("qqqq") == []  # more "q" than are varied


# --- Vietnamese "between two countries" -----------------------------------------------


def test_vietnamese_gate_between_two_countries_in_a_province() -> None:
    # The Daung gate is not in the data; the province it is "at" answers, not an
    # ambiguous country read from "giữa Campuchia và Thái Lan".
    result = geocode_place(
        "cửa khẩu quốc tế Daung giữa Campuchia và Thái Lan tại tỉnh Battambang", country="KH"
    )
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "KH-2")


def test_vietnamese_between_clause_of_non_countries_is_kept() -> None:
    # "giữa hai xã" (between two communes): no country ends the clause, nothing dropped.
    from bordermap.geo.places.vietnamese_between import without_vietnamese_between_countries

    calls: list[str] = []

    def geocode(text, hint):
        calls.append(text)
        return geocode_place(text, country=hint or None)

    found = without_vietnamese_between_countries(
        "cửa khẩu Daung giữa xã A và xã B", ("KH",), geocode
    )
    assert found is None


# --- a sea spot off a place of a Japanese city -----------------------------------------


def test_japanese_chain_closed_by_off_the_coast_reads_only_the_prefecture() -> None:
    assert han_chain_readings("長崎県対馬市三島灯台沖") == ["長崎県"]
    assert han_chain_readings("長崎県対馬市") == ["対馬", "長崎県"]


def test_sea_spot_off_a_lighthouse_of_tsushima_is_nagasaki_not_the_town() -> None:
    result = geocode_place("長崎県対馬市三島灯台沖", country="JP")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "JP-42")


# --- the waters off a disputed island -----------------------------------------------------


def test_coast_of_a_disputed_island_is_not_the_island() -> None:
    result = geocode_place("у северо-западного побережья острова Кунашир", country="RU")
    assert result.status == "unresolved"
    assert "claim" in result.note


def test_a_disputed_island_named_without_its_coast_is_still_answered() -> None:
    result = geocode_place("на острове Кунашир", country="RU")
    assert (result.status, result.name) == ("resolved", "Kunashir")


# --- the waters of an unknown place "in" a town -------------------------------------------


def test_waters_of_an_unknown_place_in_a_district_seat_are_its_district() -> None:
    result = geocode_place("perairan Tambisan di Lahad Datu", country="MY")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Lahad Datu")
    assert result.coarsened


def test_waters_of_a_known_place_are_read_as_written() -> None:
    # "perairan Semporna": the town's own waters stay near the town.
    result = geocode_place("perairan Semporna", country="MY")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Semporna")


# --- the Persian "area of" a town ---------------------------------------------------------


def test_persian_area_of_a_town_is_the_unit_it_names() -> None:
    # "در منطقۀ کلباجار در آذربایجان": the Kalbajar area, in Azerbaijan; the data holds
    # the town's name in Persian letters, the unit only in Latin ones.
    result = geocode_place("در منطقۀ کلباجار در آذربایجان", country="AZ")
    assert (result.status, result.admin1_code) == ("resolved", "AZ-KAL")
    assert result.precision in ("district", "region")
    assert result.coarsened


def test_persian_area_in_a_country_not_the_events_is_refused() -> None:
    result = geocode_place("در منطقۀ کلباجار در آذربایجان", country="AM")
    assert result.status == "unresolved"
