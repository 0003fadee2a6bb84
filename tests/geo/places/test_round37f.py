"""Place-resolution classes of round 37f (issue 11): events54's wrong and events54/55's
unresolved events.

Each test holds one general cause, on the field phrase and our own wordings.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # events54 Mirjaveh: the post lies on the line, tens of km from the town.
        (
            "a border post in the city of Mirjaveh in Sistan-Baluchestan province",
            "IR",
            "Iran–Pakistan border",
        ),
        ("the border post in the town of Kasane", "BW", "Botswana–Namibia border"),
    ],
)
def test_a_border_post_in_a_city_is_the_border_by_it_not_its_pin(text, country, border):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.name == border


def test_a_border_post_in_a_village_stays_at_the_village():
    result = geocode_place("a border post in the village of Dubicze Cerkiewne", country="PL")
    assert result.precision == "settlement"
    assert result.name == "Dubicze Cerkiewne"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # events54 Savudrija: the bay's Croatian-side name, then the name the data holds.
        ("Savudrija Bay (Bay of Piran)", "HR"),
        ("Piran Bay (Savudrijska vala)", "SI"),
    ],
)
def test_a_water_named_twice_is_the_border_water(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert "Bay of Piran" in (result.name or "")


def test_arabic_article_hyphen_parts_no_border_sides():
    expr = parse_place("the Al-Fashaqa border")
    assert expr.kind == "border"
    assert not expr.name
    assert expr.other == "Al-Fashaqa"
    assert parse_place("the Sudan-Ethiopia border").name == "Sudan"


def test_a_border_region_named_by_a_town_is_the_towns_region():
    # events54 al-Fashaqa: a border area, never the village's pin.
    result = geocode_place("the eastern Al-Fashaqa border region", country="SD")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "SD-GD"


def test_arabic_town_lying_in_a_named_area_is_in_that_region():
    # events55 Assamaka: "in the city of X lying in the region of Agadez".
    result = geocode_place("بمدينة أساماكا الواقعة في منطقة أغاديز شمال النيجر", country="NE")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "NE-1"


def test_a_known_town_lying_in_a_named_area_is_still_the_town():
    result = geocode_place("بمدينة رينك الواقعة في منطقة أعالي النيل", country="SS")
    assert result.precision == "settlement"
    assert result.name == "Renk"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # events54 Saint-Louis: "the two countries" the report named before.
        ("près de la frontière maritime entre les deux pays", "SN"),
        ("la frontière entre les deux pays", "SN"),
        ("the border between the two countries", "CR"),
        ("la frontera entre ambos países", "GT"),
    ],
)
def test_between_the_two_countries_is_the_events_own_border(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == country


@pytest.mark.parametrize(
    "text",
    [
        # events54 Ramform Tethys: a state's sea zones and its formal title.
        "the Exclusive Economic Zone (EEZ) and continental shelf of the Cooperative "
        "Republic of Guyana",
        "the territorial waters of Guyana",
    ],
)
def test_a_states_sea_zone_is_the_state(text):
    result = geocode_place(text, country="GY")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "GY"


def test_a_states_title_is_read_off_but_not_the_congos():
    assert parse_place("the Hashemite Kingdom of Jordan").name == "Jordan"
    assert parse_place("the Democratic Republic of the Congo").name == (
        "Democratic Republic of the Congo"
    )


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        # events54 Basel-Weil: the crossing's towns in the other order.
        ("am Grenzübergang Basel-Weil", "Weil am Rhein–Basel"),
        ("Grenzübergang Lörrach-Riehen", "Riehen–Lörrach"),
    ],
)
def test_a_crossing_named_by_its_towns_in_either_order(text, crossing):
    result = geocode_place(text, country="DE")
    assert result.status == "resolved"
    assert result.name == crossing


def test_the_johor_causeway_is_the_crossing():
    # events54: an English name of the Johor–Singapore Causeway (Wikipedia's redirect).
    result = geocode_place("the Johor Causeway", country="MY")
    assert result.status == "resolved"
    assert result.name == "Johor–Singapore Causeway"


def test_a_post_in_an_unknown_subdistrict_of_a_city_is_the_citys_region():
    # events55 Skouw-Wutung: never the pin of Jayapura for a post 40 km from it.
    result = geocode_place(
        "the Skouw-Wutung Border Post in Muara Tami Subdistrict, Jayapura City, Papua Province",
        country="ID",
    )
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "ID-PA"


@pytest.mark.parametrize(
    "text",
    [
        # events54 Kaigara: the islets lie tens of km off the town of Nemuro.
        "Kaigara Island, part of the disputed, Russia-controlled Habomai islets off the "
        "Nemuro Peninsula",
        "off the Nemuro Peninsula",
        "the Nemuro peninsula",
    ],
)
def test_a_peninsula_named_after_its_town_is_the_towns_region(text):
    result = geocode_place(text, country="JP")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "JP-01"


def test_a_sea_then_its_coasts_province_without_a_comma():
    # events55 Natuna: as "Laut Natuna Utara, Kepulauan Riau" reads (events41).
    result = geocode_place("Laut Natuna Utara Kepulauan Riau", country="ID")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "ID-KR"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # events54 Peñas Blancas: a crossing the data lacks names the event's border.
        ("en la frontera de Peñas Blancas", "CR"),
        ("la frontera de Peñas Blancas", "NI"),
    ],
)
def test_the_border_of_an_unknown_place_is_the_events_own(text, country):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == country
    assert result.coarsened


def test_the_border_of_a_known_place_elsewhere_stays_unresolved():
    assert geocode_place("the border of Kabul", country="FI").status == "unresolved"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("the strategic Strait of Hormuz", "CN"),
        ("northern Taiwan Strait", "CN"),
        ("the Taiwan Strait", "TW"),
    ],
)
def test_a_strait_the_data_lacks_is_not_the_events_country(text, country):
    # A strait lies at sea between two coasts, often named after neither the event's
    # country nor one it holds: answering the event's country outline would draw the
    # event on land, wherever the ship was.  With no sea lines shipped it stays unplaced.
    result = geocode_place(text, country=country)
    assert not (result.status == "resolved" and result.precision == "country")


def test_a_town_in_a_strait_stays_the_town():
    result = geocode_place("Saibai Island, in the Torres Strait", country="AU")
    assert result.precision == "settlement"
    assert result.name == "Saibai Island"
