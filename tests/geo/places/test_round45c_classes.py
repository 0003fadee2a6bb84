"""Session 45, round45c: a capitalised article that opens a town's name after "the border
of", a country whose name opens with a compass word, and a bridge's capitalised
adjective before its name."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_capitalised_article_after_de_is_the_first_word_of_the_name() -> None:
    # Spanish "de el" contracts to "del": "de El Amparo" keeps the article in the name,
    # which the border reading had dropped ("'Amparo' names no place on a border").
    result = geocode_place("en la frontera de El Amparo", country="VE")
    assert (result.status, result.precision) == ("resolved", "border")
    assert "El Amparo" in (result.note or "")
    # "de La Fría": a capitalised "La" opens the town's name too.
    fria = geocode_place("la frontera de La Fría", country="VE")
    assert (fria.status, fria.precision) == ("resolved", "border")
    assert "La Fría" in (fria.note or "")
    # A country whose name opens with the article is still the country.
    salvador = geocode_place("la frontera de El Salvador", country="GT")
    assert (salvador.status, salvador.name) == ("resolved", "Guatemala–El Salvador border")


def test_an_article_in_lower_case_after_de_is_no_part_of_the_name() -> None:
    # "de la Guajira": the article in lower case is the article; the name is looked up
    # without it, as before (Colombia's La Guajira is no place of a Venezuelan event).
    result = geocode_place("la frontera de la Guajira", country="VE")
    assert result.status == "unresolved"
    assert "'Guajira'" in (result.note or "")


def test_a_country_opening_with_a_compass_word_is_never_the_other_countrys_part() -> None:
    # "South Sudan" of a Ugandan event was read as "the south of Sudan", and the text's
    # other name, Nimule, then stood beside Sudan as a second place.
    text = "at the parking yard, a few metres from the South Sudan border town of Nimule"
    result = geocode_place(text, country="UG")
    assert (result.status, result.name) == ("resolved", "Nimule–Elegu")
    alone = geocode_place("South Sudan", country="SD")
    assert alone.status == "unresolved"
    assert "South Sudan (SS, country)" in (alone.note or "")


def test_a_compass_word_in_lower_case_before_a_country_is_still_its_part() -> None:
    result = geocode_place("south Sudan", country="SD")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "SD")


def test_a_bridges_capitalised_adjective_is_no_part_of_its_name() -> None:
    # "puente Internacional X": the run of capitalised words opens with the bridge
    # word's adjective; the bridge is found by the words after it.
    text = "cerca de la garita, junto al puente Internacional Simón Bolívar"
    result = geocode_place(text, country="VE")
    assert (result.status, result.name) == ("resolved", "Simón Bolívar Bridge")
    santander = geocode_place(
        "a pocos metros del puente Internacional Francisco de Paula Santander", country="CO"
    )
    assert (santander.status, santander.name) == (
        "resolved",
        "Francisco de Paula Santander Bridge",
    )


def test_a_crossing_written_with_j_for_dz_is_found_by_its_consonants() -> None:
    # Macedonian "Меџитлија" romanised with "j" ("Mejitlija"), the tables with "dž".
    result = geocode_place("the Niki-Mejitlija border crossing", country="GR")
    assert (result.status, result.name) == ("resolved", "Niki–Medžitlija")
    # One word of three consonants tells no crossing from another.
    assert geocode_place("Mejitlija crossing", country="GR").status == "unresolved"


def test_a_towns_part_joined_to_it_by_a_hyphen_is_read_at_the_town() -> None:
    # Szentmihálytelek, a part of Röszke the gazetteer lacks.
    result = geocode_place("Röszke-Szentmihálytelek közelében", country="HU")
    assert (result.status, result.name, result.precision) == ("resolved", "Röszke", "near")
    assert result.coarsened
    assert "'Szentmihálytelek' is not in the gazetteer" in (result.note or "")


def test_two_known_places_joined_by_a_hyphen_are_no_town_and_its_part() -> None:
    # Horgos is a Serbian town: the pair is not a part of Ásotthalom.
    assert geocode_place("Ásotthalom-Horgos", country="HU").status == "unresolved"
    # Outside the languages that name a town's parts so, the rule does not read.
    assert geocode_place("Maseru-Halastelek", country="LS").status == "unresolved"
