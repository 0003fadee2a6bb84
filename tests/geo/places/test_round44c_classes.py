"""Session 44, round44c: an event's own side of a crossing the gazetteer lacks, and
countries in parentheses that name a border's two sides."""

from bordermap.geo.places.geocoder import geocode_place


def test_the_events_own_side_of_an_unknown_crossing_is_its_country() -> None:
    result = geocode_place("the Iraqi side of the Treibil crossing", country="IQ")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "IQ")
    assert result.coarsened
    assert "'Treibil' is not in the gazetteer" in (result.note or "")


def test_another_countrys_side_of_an_unknown_crossing_stays_unresolved() -> None:
    # Across the border from the event: which crossing, so which border, is not known.
    assert geocode_place("the Syrian side of the Treibil crossing", country="IQ").status == (
        "unresolved"
    )
    # Without a crossing word the unknown name may be anything.
    assert geocode_place("the Iraqi side of Treibil", country="IQ").status == "unresolved"


def test_countries_in_parentheses_name_the_two_sides_of_the_border() -> None:
    # Read without its asides, the text had fallen back to Papua New Guinea's one land
    # border, with Indonesia; the asides say the sides are Papua New Guinea and Solomon
    # Islands, which the border data has no line between.
    text = "the border between Taurato (Papua New Guinea) and Ilina (Solomon Islands)"
    result = geocode_place(text, country="PG")
    assert result.status == "unresolved"
    assert "Indonesia" not in (result.name or "")
    # Asides that agree with the border read without them keep it.
    kept = geocode_place(
        "Integrated Check Post along Agartala (India)-Akhaura (Bangladesh)", country="IN"
    )
    assert (kept.status, kept.name) == ("resolved", "Akhaura–Agartala")
