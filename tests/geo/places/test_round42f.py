"""Session 42, round42f: classes of the unplaced and WRONG events of events64.

A unit named after a town holding a place the data lacks is the region holding the
town, not a circle about it; Norwegian and Swedish join the definite unit word to the
name with a hyphen; Finnish puts a compass side after the name's genitive; a
territory with a country code of its own is the region ISO 3166-2 files it as.
"""

from bordermap.geo.places.geocoder import geocode_place


def _answer(text: str, hint: str) -> tuple[str, str | None, str | None, str | None]:
    result = geocode_place(text, country=hint)
    return result.status, result.precision, result.country, result.admin1_code


def test_unknown_place_in_a_locality_named_after_a_crossing_town_is_its_region() -> None:
    # Gallabat is known only as the Metema–Gallabat crossing (filed under no region):
    # the Sudanese side's one region there, Gedaref, holds the locality.
    text = "the area of El Taya not far from Basunda in East El Galabat locality"
    assert _answer(text, "SD") == ("resolved", "region", "SD", "SD-GD")


def test_unknown_place_in_a_town_stays_near_the_town() -> None:
    # No unit word after the town: the place is about the town, as before.
    assert _answer("the area of El Taya in El Galabat", "SD")[1] == "near"


def test_scandinavian_district_joined_by_a_hyphen() -> None:
    assert _answer("Kang-distriktet", "AF") == ("resolved", "region", "AF", "AF-NIM")
    assert _answer("Kang distrikt", "AF") == ("resolved", "region", "AF", "AF-NIM")


def test_scandinavian_province_joined_by_a_hyphen() -> None:
    assert _answer("Nimroz-provinsen", "AF") == ("resolved", "region", "AF", "AF-NIM")


def test_scandinavian_region_joined_by_a_hyphen() -> None:
    # "i Siunik-regionen" (Norwegian): the spaced form was read, the joined one was not.
    assert _answer("i Siunik-regionen", "AM") == ("resolved", "region", "AM", "AM-SU")


def test_finnish_compass_side_after_a_genitive_is_near() -> None:
    status, precision, country, _ = _answer("Porvoon eteläpuolella", "FI")
    assert (status, precision, country) == ("resolved", "near", "FI")


def test_aland_of_a_finnish_event_is_finlands_region() -> None:
    # "Ahvenanmaa" is Åland's Finnish name, a country name (AX) only in the tables.
    assert _answer("Ahvenanmaan eteläpuolella", "FI") == ("resolved", "region", "FI", "FI-01")
    assert _answer("Åland", "FI") == ("resolved", "region", "FI", "FI-01")


def test_aland_of_a_swedish_event_stays_outside() -> None:
    # Only the sovereign's events take the territory in.
    assert _answer("Ahvenanmaan eteläpuolella", "SE")[0] == "unresolved"


def test_aland_event_is_filed_in_finland(write) -> None:
    # The outlines draw Åland as a country of its own: the event stays Finland's, in
    # the region it was answered as.
    from bordermap.geo import schema
    from bordermap.geo.events.loading import load_events
    from bordermap.geo.resolve import resolve_events
    from tests.sample import HEADER

    line = "x,,Gate,other,alleged,Ahvenanmaan eteläpuolella,FI,,,S,,"
    path = write("e.csv", HEADER + "\n" + line + "\n")
    events = resolve_events(load_events([path])).events.set_index(schema.ID)
    assert events.loc["x", schema.COUNTRY] == "FI"
    assert events.loc["x", schema.ADMIN1_CODE] == "FI-01"


# events65 (odd years), first contact: the classes of its WRONG and unplaced events.


def test_beach_in_a_seat_town_is_the_district_around_it() -> None:
    # Tanjung Balau lies on the coast some 40 km from Kota Tinggi town: not its point.
    text = "the Tanjung Balau Beach in Kota Tinggi, Johor State"
    assert _answer(text, "MY") == ("resolved", "district", "MY", "MY-01")


def test_waters_of_a_named_bay_in_spanish() -> None:
    # "aguas de la bahía de X": the Romance "of the" after the water word is no name.
    result = geocode_place("aguas de la bahía de Algeciras", country="ES")
    assert (result.status, result.precision) == ("resolved", "border")


def test_eastern_part_of_a_gulf_in_russian() -> None:
    result = geocode_place("в восточной части Финского залива", country="FI")
    assert (result.status, result.name) == ("resolved", "Gulf of Finland")


def test_village_of_a_province_is_in_the_province() -> None:
    text = "the Kut Village of the Gegharkunik Province"
    assert _answer(text, "AM") == ("resolved", "region", "AM", "AM-GR")


def test_from_a_country_into_a_county_is_the_county() -> None:
    # Whatcom County has no circle of its own: its state, as "Whatcom County" alone.
    assert _answer("from Canada into Whatcom County", "US") == (
        "resolved",
        "region",
        "US",
        "US-WA",
    )


def test_russian_district_then_an_unknown_holder_in_the_genitive() -> None:
    # South Ossetia is no unit of the data: the district of Znaur alone is read.
    text = "В Знаурском районе Южной Осетии"
    assert _answer(text, "GE") == ("resolved", "region", "GE", "GE-SK")


def test_nepali_ward_address() -> None:
    status, _, country, _ = _answer("Chhapkaiya of Birgunj  Metropolitan City-1", "NP")
    assert (status, country) == ("resolved", "NP")
    assert _answer("Birgunj Metropolitan City-1", "NP")[:3] == ("resolved", "settlement", "NP")
