"""Classes of place round 36e: events not placed offline, by cause.

A French or Italian commune is seated at the town it is named for, as a gmina or a
hromada is, so "la commune de X" with no unit of the name in the data is the
municipality around its seat.  "X on the Y side of the border": the words before "on"
are the place, looked up on that side, not part of the side's name; and a side named by
an admin-1 unit of the event's country ("the Dagestan side") is that unit.  Persian "در"
(in, at) before a place's own words is a preposition.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place


def test_a_commune_is_the_municipality_around_its_seat() -> None:
    # Field phrase (blind34): before, "no commune named 'Beni Ansar' (the town of that
    # name is not meant)".
    result = geocode_place("dans la commune de Beni Ansar", country="MA")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.name == "Beni Ansar"
    assert result.uncertainty_km and result.uncertainty_km >= 5


def test_a_village_in_a_bracketed_commune_is_placed_in_the_commune() -> None:
    # Field phrase (events35).
    result = geocode_place(
        "à environ 2 km du village de Bouini (commune de Kani Keli)", country="YT"
    )
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert "Kani" in (result.name or "")


def test_a_commune_the_districts_table_knows_keeps_its_outline() -> None:
    # Benin's communes are in the districts table: drawn at their own size, unchanged.
    result = geocode_place("la commune de Malanville", country="BJ")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert (result.uncertainty_km or 0) > 20


def test_the_words_before_on_the_side_are_the_place() -> None:
    expr = parse_place("Mutukula, on the Ugandan side of the border")
    assert expr.kind == "restricted"
    assert expr.name == "Mutukula"
    assert expr.outer is not None and expr.outer.kind == "side"
    assert expr.outer.other == "Ugandan"


def test_a_place_before_a_side_is_no_longer_read_as_a_country() -> None:
    # Field phrase (blind12): before, "'... found at the Ugandan' is not a country".
    result = geocode_place(
        "Mutukula Primary School, a school found at the Ugandan side of the border",
        country="UG",
    )
    assert result.status == "resolved", result


def test_a_side_named_by_a_region_of_the_country_is_the_region() -> None:
    result = geocode_place("on the Dagestan side of the state border", country="RU")
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "RU-DA"


def test_a_checkpoint_on_a_regions_side_is_answered_by_the_region() -> None:
    # Field phrase (events14): the checkpoint is not in the gazetteer.
    result = geocode_place(
        "Kullar border checkpoint situated in Maharramkend region on the Dagestan side "
        "of the state border",
        country="RU",
    )
    assert result.status == "resolved", result
    assert result.precision == "region"
    assert result.admin1_code == "RU-DA"


def test_a_side_named_by_a_town_is_not_a_region() -> None:
    # "Lublin" is a town before a region (Lubelskie): no side of that name is read.
    result = geocode_place("the Lublin side of the border", country="PL")
    assert result.status != "resolved" or result.precision != "region"


def test_persian_dar_before_a_border_terminal_is_a_preposition() -> None:
    # Field phrase (events43): before, the town Mirjaveh and the crossing, ambiguous.
    result = geocode_place("در پایانه مرزی میرجاوه", country="IR")
    assert result.status == "resolved", result
    assert "Mirjaveh" in (result.name or "")


def test_a_french_guiana_town_beside_its_bridge_is_the_town() -> None:
    # Field phrase (events44): the Oyapock bridge is a BR-FR crossing in the table and
    # the town is GF; before, the two were taken for different places, ambiguous.
    result = geocode_place("Saint-Georges de l'Oyapock", country="GF")
    assert result.status == "resolved", result
    assert result.name == "Saint-Georges"
    assert result.country == "GF"


def test_a_disputed_stretch_named_by_its_land_is_the_border() -> None:
    # Field phrase (events6): al-Fashaga, the farmland on the Ethiopia–Sudan line.
    result = geocode_place("the al-Fashqa area", country="SD")
    assert result.status == "resolved", result
    assert result.precision == "border"


def test_a_region_word_before_a_disputed_stretch_reads_the_border() -> None:
    # Field phrases (events31, blind6): before, "no région named 'Doumeira'".
    for text in ("la région de Doumeira", "the Ras Doumeira region"):
        result = geocode_place(text, country="DJ")
        assert result.status == "resolved", (text, result)
        assert result.precision == "border", (text, result)


def test_an_indefinite_article_before_a_border_zone_is_dropped() -> None:
    # Field phrase (events32): before, "une zone frontalière de la Libye" was a name.
    result = geocode_place("à Kouribougoudi, une zone frontalière de la Libye", country="TD")
    assert result.status == "resolved", result
    assert result.precision == "border"


def test_a_border_in_an_unknown_village_of_a_seated_district_is_the_border_by_it() -> None:
    # Field phrase (events12): before, "'Sarawak-Kalimantan border' is not in the
    # gazetteer inside Lundu, which is a smaller place than the text names".
    result = geocode_place("the Sarawak-Kalimantan border in Kampung Raso in Lundu", country="MY")
    assert result.status == "resolved", result
    assert result.precision == "border"
    assert "Malaysia" in (result.name or "")


def test_a_greek_saints_name_in_the_genitive_is_one_name() -> None:
    # Field phrase (events43): "Αγίας Νάπας" was read as a place "Αγίας" in a unit
    # "Νάπας"; the marina is a port word, as "λιμάνι" is.
    result = geocode_place("Μαρίνα Αγίας Νάπας", country="CY")
    assert result.status == "resolved", result
    assert result.admin1_code == "CY-04"


def test_a_greek_village_then_its_unit_is_still_read_so() -> None:
    # No name adjective before the genitive: the village in its unit, as before.
    expr = parse_place("Κισσάριο Έβρου")
    assert expr.kind == "restricted"
