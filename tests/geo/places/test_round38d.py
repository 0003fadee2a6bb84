"""Classes of place round 38d: the first-contact misses of the events56 and events57 sets.

Outside the hint before: a Hungarian report's "Horgos külterületén" (the land of Horgoš's
municipality) of a Serbian event was the municipality "of" the Röszke–Horgoš crossing,
joined to Hungary, and a bare "Horgos" the crossing: the Serbian village was not in the
data, and a crossing was taken for the seat of a unit.  Wrong before: Ukrainian
"під Брянськом" was the city of Bryansk (the "near" of "під" was dropped).  Unresolved
before: the Gulf of Tonkin ("北部湾地区"; its circle since session 40), an island by its
Dutch name with its island word ("off Delft Island"), a sea border a text puts in a unit
of the event's country ("the border between Bougainville and Shortland Islands in
Western Province").
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text", ["a magyar határ melletti Horgos külterületén", "Horgos külterületén"]
)
def test_the_land_of_horgos_is_the_serbian_villages_municipality(text: str) -> None:
    # Field phrase (events57): before, "the municipality of Röszke–Horgoš", joined to HU.
    result = geocode_place(text, country="RS")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.country == "RS"
    assert result.name == "Horgoš"


@pytest.mark.parametrize("text", ["Horgos", "Horgoš", "Хоргош"])
def test_a_bare_crossing_end_of_the_events_country_is_the_town(text: str) -> None:
    # The Röszke–Horgoš crossing lists the village's names; on the Serbian side, the
    # name alone means the village.
    result = geocode_place(text, country="RS")
    assert result.status == "resolved", result
    assert result.precision == "settlement"
    assert result.name == "Horgoš"


def test_the_text_saying_crossing_still_finds_the_crossing() -> None:
    result = geocode_place("Horgoš border crossing", country="RS")
    assert result.status == "resolved", result
    assert result.name == "Röszke–Horgoš"


@pytest.mark.parametrize(
    ("text", "country"), [("Torkham külterületén", "AF"), ("Horgos külterületén", "HU")]
)
def test_a_crossing_at_its_checkpoint_is_never_the_seat_of_a_unit(text: str, country: str) -> None:
    # Before, "the municipality of Torkham", "of Röszke–Horgoš": a circle around the
    # checkpoint.  (Horgoš, the village, is Serbian.)
    result = geocode_place(text, country=country)
    assert result.precision != "district", result
    assert "municipality" not in result.note


def test_a_crossing_at_its_towns_point_still_seats_the_towns_unit() -> None:
    # The Beni Ansar crossing is drawn at the town's GeoNames point: it stands for it.
    result = geocode_place("dans la commune de Beni Ansar", country="MA")
    assert result.status == "resolved", result
    assert result.precision == "district"


@pytest.mark.parametrize(
    ("text", "region"),
    [("під Брянськом", "RU-BRY"), ("под Брянском", "RU-BRY"), ("під Харковом", "UA-63")],
)
def test_under_a_town_alone_is_its_oblast(text: str, region: str) -> None:
    # Field phrase (events57): before, the city of Bryansk.  "под"/"під" + a town is said
    # of anywhere in its oblast ("Теткино под Курском" lies 150 km from Kursk).
    result = geocode_place(text, country=region[:2])
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == region


def test_under_a_town_after_a_place_still_reads_near() -> None:
    result = geocode_place("Село Отрадное под Белгородом", country="RU")
    assert result.precision == "near", result


@pytest.mark.parametrize("text", ["北部湾地区", "Gulf of Tonkin", "Vịnh Bắc Bộ", "Beibu Gulf"])
def test_the_gulf_of_tonkin_is_the_gulf_not_the_land_line(text: str) -> None:
    # Field phrase (events56): before session 38, unresolved; until session 40 the CN-VN
    # line, whose land end lies some 200 km from the gulf: now the gulf's own circle.
    result = geocode_place(text, country="VN")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.name == "Gulf of Tonkin"
    assert result.uncertainty_km == 200


def test_delft_island_is_neduntheevu() -> None:
    # Field phrase (events57): before, unresolved; the bare "Delft" stays the Dutch city.
    result = geocode_place("off Delft Island", country="LK")
    assert result.status == "resolved", result
    assert result.name == "Neduntheevu"
    assert result.precision == "near"
    assert geocode_place("Delft", country="NL").country == "NL"


def test_a_sea_border_in_a_unit_of_the_events_country_is_that_unit() -> None:
    # Field phrase (events56): before, unresolved (a sea border, then a border between
    # places none of which fit).
    text = "the border between Bougainville and Shortland Islands in Western Province"
    result = geocode_place(text, country="SB")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "SB-WE"


@pytest.mark.parametrize("text", ["kufirit tokësor", "kufiri shtetëror"])
def test_the_albanian_land_and_state_border_words(text: str) -> None:
    # "tokësor" (land) was read as the name of the border's other side.
    result = geocode_place(text, country="BA")
    assert result.status == "resolved", result
    assert result.country == "BA"
