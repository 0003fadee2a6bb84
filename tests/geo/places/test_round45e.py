"""Session 45, round e: the events sets below 90 % placed: a crossing named by the town it
leads to across the border, and a distance given as a range."""

from bordermap.geo.places.geocoder import geocode_place


def test_a_crossing_named_by_the_town_across_the_border_is_that_town_crossing() -> None:
    # Posadas is Argentine; of a Paraguayan event, the bridge to it is Encarnación's.
    for text in (
        "el puente internacional que une con la localidad de Posadas",
        "the international bridge to Posadas",
        "el puente hacia Posadas",
    ):
        result = geocode_place(text, country="PY")
        assert (result.status, result.name) == (
            "resolved",
            "San Roque González de Santa Cruz Bridge",
        ), text
    # The Paraguayan town named from the Argentine side: the same bridge.
    from_argentina = geocode_place("el puente de Encarnación", country="AR")
    assert from_argentina.name == "San Roque González de Santa Cruz Bridge"


def test_a_town_across_with_no_crossing_of_the_pair_by_it_names_none() -> None:
    # Posadas lies by no Brazilian crossing: Brazil's event finds no bridge there.
    result = geocode_place("the bridge to Posadas", country="BR")
    assert result.status == "unresolved"


def test_a_range_of_distances_is_read_at_its_farther_end() -> None:
    result = geocode_place("between 20 and 25 nautical miles off Kuala Terengganu", country="MY")
    assert (result.status, result.precision, result.name) == (
        "resolved",
        "near",
        "Kuala Terengganu",
    )
    # 25 nautical miles (46.3 km) and the near circle around the town.
    assert result.uncertainty_km is not None and result.uncertainty_km > 46
    spanish = geocode_place("entre 10 y 12 km de Arica", country="CL")
    assert (spanish.status, spanish.name) == ("resolved", "Arica")


def test_the_border_with_a_state_across_the_water_is_a_sea_border() -> None:
    # Denmark's land border is with Germany only; Sweden faces it across the Øresund.
    for text, country in (("ved grænsen til Sverige", "DK"), ("the border with Denmark", "SE")):
        result = geocode_place(text, country=country)
        assert (result.status, result.precision, result.country) == (
            "resolved",
            "country",
            country,
        ), text
        assert result.coarsened and result.note.startswith("sea border")


def test_states_apart_on_land_or_touching_have_no_sea_border() -> None:
    # Russia and China lie between Kazakhstan and Mongolia: no water, no border.
    assert geocode_place("the border with Mongolia", country="KZ").status == "unresolved"
    # Botswana and Zambia touch on the Zambezi, where the data draws no line.
    assert geocode_place("the border with Zambia", country="BW").status == "unresolved"
    # The Golan lies between Israel's and Syria's outlines: land the admin-1 outlines hold.
    assert geocode_place("the border with Syria", country="IL").status == "unresolved"


def test_a_bracket_after_a_place_names_the_side_of_the_border() -> None:
    # Two villages the data lacks, each put in its country by a bracket.
    result = geocode_place("the border between Bwera Kati (Uganda) and Lume (DRC)", country="UG")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Democratic Republic of the Congo–Uganda border"
    # At sea: Papua New Guinea and Solomon Islands have no land line.
    sea = geocode_place(
        "the international border between Taurato (PNG) and Ilina Islands (Solomon Islands)",
        country="PG",
    )
    assert (sea.status, sea.precision, sea.country) == ("resolved", "country", "PG")


def test_a_bracket_not_understood_is_not_the_sole_land_neighbour() -> None:
    # Papua New Guinea's one land neighbour is Indonesia; the bracket names another state.
    result = geocode_place(
        "the international border between Taurato (PNG) and Ilina Islands (Solomonz)",
        country="PG",
    )
    assert result.status == "unresolved"


def test_a_crossing_named_by_its_two_bracketed_ends_stays_the_crossing() -> None:
    # No "between": the brackets say where each end is, the text names the crossing.
    result = geocode_place(
        "the border gate pair of Huu Nghi (Vietnam) – Youyi Guan (China)", country="VN"
    )
    assert (result.status, result.name) == ("resolved", "Huu Nghi–Youyiguan")
