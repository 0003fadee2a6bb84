"""Session 44, events68 and events69: places a Bangladeshi upazila holds, the waters of
a town, islands filed under a far town, the Russian adjectives of names in "-ья", and
the container words that check a namesake across the border."""

from bordermap.geo.places.geocoder import geocode_place


def test_an_unknown_place_in_a_bangladeshi_town_is_in_the_upazila_it_names() -> None:
    result = geocode_place("Shahparir Dwip in Teknaf", country="BD")
    # The upazila, as the table answers it: the district holding it, never the town.
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "BD-B",
    )
    assert result.coarsened
    # A thing in lower case "in" the town is in the town.
    assert geocode_place("a house in Teknaf", country="BD").precision == "settlement"


def test_the_waters_of_a_town_are_around_it_not_the_town() -> None:
    # A town that is its own region: the region.
    melilla = geocode_place("aguas de Melilla", country="ES")
    assert (melilla.status, melilla.precision, melilla.admin1_code) == (
        "resolved",
        "region",
        "ES-ML",
    )
    # Any other town: near it.
    benzu = geocode_place("en aguas de Benzú", country="ES")
    assert (benzu.status, benzu.precision, benzu.name) == ("resolved", "near", "Benzú")


def test_islands_filed_under_a_far_town_are_the_islands() -> None:
    result = geocode_place("the Senkaku Islands in Ishigaki", country="JP")
    assert (result.status, result.name) == ("resolved", "Senkaku Islands")
    # A strait is no municipality's: the text's town stands.
    strait = geocode_place(
        "Mona Passage waters just off Playa Buye in Cabo Rojo, Puerto Rico", country="PR"
    )
    assert strait.name != "Mona Passage"


def test_russian_adjectives_of_names_in_ya_keep_their_i() -> None:
    result = geocode_place("Кашкадарьинской области", country="UZ")
    assert (result.status, result.admin1_code) == ("resolved", "UZ-QA")


def test_container_words_check_a_namesake_across_the_border() -> None:
    # The town alone may be the one across the border ...
    bare = geocode_place("в районе населенного пункта Куруксай", country="UZ")
    assert (bare.status, bare.precision) == ("resolved", "near")
    # ... but not when the text names units that do not hold it.
    held = geocode_place(
        "в районе населенного пункта Куруксай Сариасийского района Фуфуйской области",
        country="UZ",
    )
    assert held.status == "unresolved"
