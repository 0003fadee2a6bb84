"""Classes of place round 36b: the wrong and unresolved places of the events51 and
events52 sets, sorted by cause.

Wrong before: a two-word border river after the Arabic area word read by its first word
only ("منطقة شط العرب" as the district of Showţ); a capitalised "Río Hondo" that a town
also bears, read as the town though the text speaks of the border; "one of the Baneh
border areas" read as the town of Baneh; the line "in" a town that seats its district
answered as near the town.  Unresolved before: the Hungarian small crossing
("kishatárátkelő"), a building with a word saying which of the town's it is ("the
Oshikango Open Market"), a quarter named by a date ("el barrio 25 de Mayo de Clorinda"),
and "the X border of Y Upazila" with a unit the data lacks.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def test_a_border_river_after_the_arabic_area_word_is_the_river() -> None:
    # Field phrase (events51): before, the district of Showţ ("شط" alone).
    result = geocode_place("المياه الاقليمية الايرانية في منطقة شط العرب", country="IR")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert "Shatt al-Arab" in (result.name or "")


def test_the_area_word_before_a_crossing_still_reads_the_crossing() -> None:
    result = geocode_place("في منطقة رأس جدير", country="LY")
    assert result.status == "resolved", result
    assert result.name == "Ras Ajdir"


def test_rio_hondo_on_the_border_is_the_river() -> None:
    # Field phrase (events52): before, the town San Sebastián Río Hondo in Oaxaca.
    result = geocode_place("el Río Hondo, en la frontera sur del estado", country="MX")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert "Hondo" in (result.name or "")


@pytest.mark.parametrize(("text", "country"), [("Río Hondo", "MX"), ("Río Hondo", "GT")])
def test_rio_hondo_without_the_border_is_no_river(text: str, country: str) -> None:
    result = geocode_place(text, country=country)
    assert result.precision != "border", result


def test_rio_hondo_of_a_country_off_the_river_stays_the_town() -> None:
    result = geocode_place("Río Hondo, cerca de la frontera", country="GT")
    assert result.status == "resolved", result
    assert result.country == "GT"
    assert result.precision == "settlement"


@pytest.mark.parametrize(
    "text", ["one of the Baneh border areas", "the Baneh border areas", "Baneh border area"]
)
def test_border_areas_of_a_town_are_not_the_town(text: str) -> None:
    # Field phrase (events52): before, the town of Bāneh at settlement precision.
    result = geocode_place(text, country="IR")
    assert result.status == "resolved", result
    assert result.precision == "border"


def test_the_line_in_a_town_seating_its_district_is_the_district() -> None:
    # Field phrase (events52): before, near the town of Lahad Datu.
    text = "near the international border off Felda Sahabat in Lahad Datu"
    result = geocode_place(text, country="MY")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.name == "Lahad Datu"


@pytest.mark.parametrize("text", ["a röszkei kishatárátkelő", "a röszkei kishatárátkelőnél"])
def test_the_hungarian_small_crossing_is_the_crossing(text: str) -> None:
    result = geocode_place(text, country="HU")
    assert result.status == "resolved", result
    assert "Röszke" in (result.name or "")


def test_an_open_market_is_in_its_town() -> None:
    result = geocode_place("the Oshikango Open Market", country="NA")
    assert result.status == "resolved", result
    assert result.name == "Oshikango"


@pytest.mark.parametrize(
    "text", ["el barrio 25 de Mayo de Clorinda", "el barrio San Miguel de Clorinda"]
)
def test_a_quarter_of_a_town_after_de_is_the_town(text: str) -> None:
    result = geocode_place(text, country="AR")
    assert result.status == "resolved", result
    assert result.name == "Clorinda"


def test_a_quarter_of_an_unknown_town_stays_unresolved() -> None:
    assert geocode_place("barrio Xyz de Madrid", country="AR").status == "unresolved"


def test_a_named_border_of_an_unknown_upazila_is_the_named_border() -> None:
    # Field phrase (events52): before, unresolved as an upazila of the whole name.
    result = geocode_place("the Ghumdhum border of Naikhongchhari Upazila", country="BD")
    assert result.status == "resolved", result
    assert result.precision == "border"


@pytest.mark.parametrize(
    "text", ["El Gureisha locality", "El Qureisha locality", "El Gureisha", "Gureisha"]
)
def test_a_sudanese_unit_written_with_g_and_el_is_the_unit(text: str) -> None:
    # Field phrase (events51): before, unresolved; the table spells it "Al Qureisha".
    result = geocode_place(text, country="SD")
    assert result.status == "resolved", result
    assert result.admin1_code == "SD-GD"


def test_g_for_q_is_not_read_outside_the_countries_that_say_it() -> None:
    assert geocode_place("El Gureisha locality", country="EG").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country", "km"),
    [
        ("40 millas al oeste de Arica", "CL", 40 * 1.609344),
        ("40 millas náuticas al oeste de Arica", "CL", 40 * 1.852),
    ],
)
def test_a_distance_in_miles_from_a_town_widens_the_circle(
    text: str, country: str, km: float
) -> None:
    # Before, read as the town's name inside the text: near it, 25 km.
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision == "near"
    assert result.uncertainty_km == pytest.approx(km)


def test_a_distance_far_out_at_sea_from_a_town_is_its_country() -> None:
    # Session 43 (events66): 315 km out at sea, a circle that wide about Gove would be
    # drawn mostly where the place is not; the country's waters are what the text says.
    result = geocode_place("sekitar 170 mil laut sebelah utara Gove", country="AU")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "AU")


@pytest.mark.parametrize(
    ("text", "country"),
    [("aguas de la Bahía de Algeciras", "ES"), ("the Bay of Gibraltar", "GI")],
)
def test_the_bay_spain_and_gibraltar_share_is_their_border(text: str, country: str) -> None:
    # Field phrase (events52): before, unresolved.
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert "Gibraltar" in (result.name or "")


def test_the_town_of_algeciras_stays_the_town() -> None:
    result = geocode_place("Algeciras", country="ES")
    assert result.precision == "settlement"
