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


def test_a_romance_part_of_a_town_across_the_border_is_near_it() -> None:
    # "no sul de X" (in the south of X) of a Senegalese event, X a Gambian village.
    result = geocode_place("no sul de Bwiam", country="SN")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Bwiam")
    described = geocode_place("no sul da cidade de Bwiam", country="SN")
    assert (described.status, described.precision) == ("resolved", "near")
    # A country's south is still the country.
    assert geocode_place("no sul de Angola", country="AO").precision == "country"


def test_the_kind_of_a_place_before_its_distance_from_a_town() -> None:
    result = geocode_place("El Arja, a small village 6 km from Figuig", country="DZ")
    assert (result.status, result.precision, result.name) == ("resolved", "near", "Figuig")


def test_a_hungarian_border_area_and_its_slip() -> None:
    for text in ("a horvát-szlovén határvidéken", "a horvát - szlovén hatérvidék"):
        result = geocode_place(text, country="SI")
        assert (result.status, result.precision) == ("resolved", "border"), text


def test_brackets_around_the_country_after_with_are_typography() -> None:
    result = geocode_place("the Liberian side of the border with (Ivory Coast)", country="LR")
    assert (result.status, result.precision) == ("resolved", "border")
    assert "Ivory Coast" in (result.name or "")


def test_gaspar_grande_and_its_spelling_gasper() -> None:
    result = geocode_place("la isla Gasper Grande", country="TT")
    assert (result.status, result.name) == ("resolved", "Gaspar Grande")


def test_an_unknown_name_of_a_town_is_in_the_district_it_seats() -> None:
    result = geocode_place("the Hange Jale of Baneh", country="IR")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "district",
        "IR-12",
    )
    # A known name "of" a town is that name's: the river is no spot of the town.
    assert geocode_place("the Naf River of Teknaf", country="BD").precision != "district"


def test_the_west_of_a_town_that_names_a_region_is_the_regions() -> None:
    result = geocode_place("na vila de Pochaevo, no oeste de Belgorod", country="RU")
    assert (result.status, result.precision, result.admin1_code) == (
        "resolved",
        "region",
        "RU-BEL",
    )
