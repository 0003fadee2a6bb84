"""Session 40, round40e: events the resolver left unplaced in sets below 90 % placed.

A ferry port named by its town and the town's new centre ("Batam Center"), a Brazilian
customs depot of a town, a German bridge named by the town it leads into, and two
features of ``waters.tsv``: Uotsuri-shima, the Senkaku island the group's point is at,
and Road Harbour on Tortola.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "Terminal International Batam Center",
        "Pelabuhan Feri Internasional Batam Center",
        "Batam Center",
    ],
)
def test_a_port_of_batam_center_is_batam(text) -> None:
    result = geocode_place(text, country="ID")
    assert (result.status, result.country, result.name) == ("resolved", "ID", "Batam")


def test_a_brazilian_customs_depot_is_in_its_town() -> None:
    result = geocode_place("Estação Aduaneira de Foz do Iguaçu", country="BR")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Foz do Iguaçu",
        "settlement",
    )


def test_a_german_bridge_into_a_town_is_its_crossing() -> None:
    result = geocode_place("die Stadtbrücke ins benachbarte Frankfurt (Oder)", country="PL")
    assert result.status == "resolved"
    assert result.name == "Frankfurt (Oder)–Słubice"


def test_a_german_bridge_word_is_needed_before_into() -> None:
    # "ins benachbarte" after anything but a bridge is not rewritten.
    result = geocode_place("die Straße ins benachbarte Frankfurt (Oder)", country="PL")
    assert result.name != "Frankfurt (Oder)–Słubice"


def test_uotsuri_island_in_japanese_is_the_island_not_the_group() -> None:
    result = geocode_place("魚釣島の西北西約14キロメートルの海上", country="JP")
    assert (result.status, result.name, result.precision) == ("resolved", "Uotsuri-shima", "near")
    # The Chinese 釣魚島 (Diaoyu Dao) still names the whole group, as before.
    group = geocode_place("釣魚島", country="CN")
    assert group.name == "Senkaku Islands"


def test_road_harbour_is_road_towns_harbour() -> None:
    result = geocode_place("Road Harbour", country="VG")
    assert (result.status, result.name, result.precision) == ("resolved", "Road Harbour", "near")
    assert abs(result.lat - 18.43) < 0.05 and abs(result.lon - -64.62) < 0.05


@pytest.mark.parametrize(
    "text", ["le poste-frontière d'El Guerguerat", "le poste-frontière de Guerguerat"]
)
def test_a_post_named_by_a_town_in_another_outline_is_near_it(text) -> None:
    # Guerguerat is Morocco's in the data but lies in Western Sahara's outline, on its
    # border with Mauritania: the post is near the town, not 800 km off.
    result = geocode_place(text, country="MA")
    assert (result.status, result.name, result.precision) == ("resolved", "Guerguerat", "near")


def test_a_post_named_by_a_town_far_from_the_border_is_still_its_region() -> None:
    result = geocode_place("the Tacna border crossing", country="PE")
    assert (result.status, result.precision) == ("resolved", "region")


def test_a_village_which_borders_a_village_is_near_it() -> None:
    result = geocode_place(
        "the village of Santa Cruz, a Guatemalan community which borders Jalacte", country="GT"
    )
    assert (result.status, result.name, result.precision) == ("resolved", "Jalacte", "near")


def test_a_unit_which_borders_a_country_is_still_the_unit() -> None:
    # The neighbour of a unit only describes it (the clause is dropped, as before).
    result = geocode_place("Mahra, which borders Oman", country="YE")
    assert (result.status, result.precision) == ("resolved", "region")


def test_the_norwegian_area_of_a_town_is_its_municipality() -> None:
    result = geocode_place("grensa i Kongsvinger-området", country="NO")
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Kongsvinger",
        "district",
    )


def test_the_area_of_a_town_only_for_scandinavian_events() -> None:
    result = geocode_place("grensa i Kongsvinger-området", country="PL")
    assert result.precision != "district"


def test_the_harbour_of_sint_anna_bay() -> None:
    result = geocode_place("de haven van de St. Annabaai", country="CW")
    assert (result.status, result.name, result.precision) == ("resolved", "Sint Anna Bay", "near")


def test_a_chinese_port_named_with_its_town_across_a_double_dash() -> None:
    # 东兴 names five places; one, Dongxing, is at the Mong Cai port the text names.
    result = geocode_place("中国东兴——越南芒街口岸北仑河二桥", country="CN")
    assert (result.status, result.name) == ("resolved", "Mong Cai–Dongxing")


def test_the_port_word_parts_a_chinese_run() -> None:
    from bordermap.geo.places.cjk_words import cjk_words_apart

    assert cjk_words_apart("芒街口岸北仑河二桥") == "芒街 口岸 北仑河二桥"


@pytest.mark.parametrize(
    ("text", "country"),
    [("aguas nicaragüenses", "NI"), ("aguas territoriales venezolanas", "VE")],
)
def test_a_countrys_waters_by_its_spanish_adjective(text, country) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.country, result.precision) == ("resolved", country, "country")


def test_a_town_named_aguas_is_still_the_town() -> None:
    result = geocode_place("Aguas Blancas", country="AR")
    assert (result.status, result.precision) == ("resolved", "settlement")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Bakuwyň halkara deňiz portundan", "AZ", "Baku"),
        ("Türkmenbaşynyň", "TM", "Türkmenbaşy"),
    ],
)
def test_turkmen_genitive_of_a_town(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)
