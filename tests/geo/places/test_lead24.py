"""Place classes of the lead of session 24."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "stretch"),
    [
        # Where a bare name is the district's, "the X border" is the line in district X,
        # not the whole India–Pakistan line nor the line nearest to the town of X.
        ("the Samba border", "IN", "India–Pakistan border in Samba"),
        ("on the Tarn Taran border", "IN", "India–Pakistan border in Tarn Taran"),
        ("Lalmonirhat border", "BD", "Bangladesh–India border in Lalmonirhat"),
        ("the Sialkot border", "PK", "India–Pakistan border in Sialkot"),
        # A district the data files under no region: its circle still cuts the line.
        ("the Kurram border", "PK", "Afghanistan–Pakistan border in Kurram"),
    ],
)
def test_the_border_of_a_district_is_its_stretch(text, hint, stretch):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert (result.name or "").startswith(stretch)
    whole = geocode_place("the India–Pakistan border")
    assert result.geometry.length < whole.geometry.length / 5


def test_a_crossing_of_the_name_still_answers_before_the_district():
    result = geocode_place("the Chaman border", country="PK")
    assert result.name == "Afghanistan–Pakistan border at Chaman–Spin Boldak"


@pytest.mark.parametrize(
    "text",
    [
        # The container is one of a few places, and the only villages of the name lie
        # far from all of them (Baranivka in Zhytomyr and Poltava oblasts): the village
        # is refused, and its name alone, read again as the head of the text, does not
        # bring it back.  ("села Сеньківка (Городнянська громада)" was one too, until
        # the hromada's "-ян-" adjective was read as Horodnia's: test_round25p.)
        "Baranivka in Semenivka district",
    ],
)
def test_a_village_far_from_every_container_stays_refused(text):
    result = geocode_place(text, country="UA")
    assert result.status == "unresolved"
    assert "far from every place it may be" in result.note


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # French merges the article of "Le Boulou" into "du", "au": the name is written
        # without it ("la barrière de péage du Boulou").
        ("au Boulou", "Le Boulou"),
        ("près du Boulou", "Le Boulou"),
        ("des Rousses", "Les Rousses"),
    ],
)
def test_a_french_article_merged_before_a_name_is_the_names(text, name):
    result = geocode_place(text, country="FR")
    assert result.status == "resolved"
    assert result.name == name


def test_the_czech_locative_of_a_neuter_adjective():
    # "ve Vyšném Nemeckém": the Vyšné Nemecké crossing, as the Slovak "vo Vyšnom Nemeckom".
    result = geocode_place("na přechodu ve Vyšném Nemeckém", country="SK")
    assert result.status == "resolved"
    assert "Vyšné Nemecké" in (result.name or "")


@pytest.mark.parametrize(
    ("text", "hint", "name", "precision"),
    [
        # Russian and Belarusian regions by their "-щина"/"-дчина" names, as Ukrainian
        # ones ("Сумщина") already were.
        ("на Брянщине", "RU", "Bryansk", "region"),
        ("на Белгородчине", "RU", "Belgorod", "region"),
        ("на Гомельщине", "BY", "Gomel", "region"),
        # ... and a district then its region so named, with no comma between.
        ("Поселок Случевск Погарского района Брянщины", "RU", "Pogarskiy Rayon", "district"),
    ],
)
def test_a_region_by_its_shchyna_name(text, hint, name, precision):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert (result.name, result.precision) == (name, precision)


def test_a_region_so_named_keeps_to_the_events_country():
    assert geocode_place("на Брянщине", country="UA").status == "unresolved"


@pytest.mark.parametrize(
    "text", ["Novhorod-Siversky", "Novhorod-Siverskiy", "Novhorod-Siversky hromada"]
)
def test_the_sky_ending_transliterated_otherwise(text):
    result = geocode_place(text, country="UA")
    assert result.status == "resolved"
    assert result.name == "Novhorod-Siverskyi"


def test_a_ukrainian_masculine_locative_whose_k_turns_ts():
    # "у Великому Бурлуці": Великий Бурлук, the data's "Velykyi Burluk".
    result = geocode_place("у Великому Бурлуці", country="UA")
    assert result.status == "resolved"
    assert result.name == "Velykyi Burluk"


@pytest.mark.parametrize(
    ("text", "hint", "stretch"),
    [
        # A region's border with the event's own country: the region is the
        # neighbour's, across the border (blind46), as for an event of the region's side.
        ("на границе Астраханской области и Казахстана", "KZ", "Kazakhstan–Russia border in"),
        ("на границе Белгородской области и Украины", "UA", "Russia–Ukraine border in Belgorod"),
        ("на границе Белгородской области и Украины", "RU", "Russia–Ukraine border in Belgorod"),
        # ... with the region's country after it in the genitive, no comma between.
        (
            "на границе Астраханской области Российской Федерации и Казахстана",
            "KZ",
            "Kazakhstan–Russia border in",
        ),
    ],
)
def test_a_regions_border_with_the_events_own_country(text, hint, stretch):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.precision == "border"
    assert (result.name or "").startswith(stretch)
    assert result.admin1_code in ("RU-AST", "RU-BEL")


def test_a_region_then_its_country_in_the_genitive():
    result = geocode_place("в Курской области России", country="RU")
    assert (result.status, result.admin1_code, result.precision) == (
        "resolved",
        "RU-KRS",
        "region",
    )


@pytest.mark.parametrize("text", ["Sg Tujoh Control Post", "Sungai Tujoh Control Post"])
def test_a_control_post_is_a_crossings_post(text):
    # Malaysian and Bruneian reporting names a crossing's post "Control Post" (events20).
    result = geocode_place(text, country="BN")
    assert result.status == "resolved"
    assert result.name == "Sungai Tujoh"
