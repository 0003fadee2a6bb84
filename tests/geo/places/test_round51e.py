"""Round 51e (events sets below 90 %, and events77's misses): a place measured from a
town across the border, a road across it, a friendship bridge of another pair of
countries, a place between two countries' units, Vietnamese unit initials, CEBAF."""

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between

# San Francisco Botes (Quintana Roo) on the Río Hondo, facing Belize.
_BOTES = (18.1143, -88.71764)


def test_barely_so_far_is_the_distance_stated() -> None:
    # "a escasos 100 metros de X" (barely 100 metres from X), as "a unos 100 metros de".
    for text in (
        "a escasos 100 metros de San Francisco Botes",
        "a apenas 2 km de San Francisco Botes",
    ):
        result = geocode_place(text, country="BZ")
        assert (result.status, result.precision) == ("resolved", "near"), text
        assert km_between(result.lat, result.lon, *_BOTES) < 1.0
        assert "reaching into the event's country BZ" in result.note


def test_a_thing_of_a_town_across_the_border_is_near_that_town() -> None:
    # "del balneario de X": the bathing place of the town, the town refused as Mexican.
    result = geocode_place("a 100 metros del balneario de San Francisco Botes", country="BZ")
    assert (result.status, result.precision) == ("resolved", "near")
    assert km_between(result.lat, result.lon, *_BOTES) < 1.0


def test_a_namesake_far_beyond_the_stated_distance_is_not_the_place() -> None:
    # The gazetteer's Belizean Santa Cruz nearest Botes (Caledonia, which GeoNames also
    # calls Santa Cruz) lies 28 km from it; the text puts the village 100 m from it.
    text = (
        "la aldea beliceña de Santa Cruz, a escasos 100 metros del balneario de "
        "San Francisco Botes"
    )
    result = geocode_place(text, country="BZ")
    assert (result.status, result.precision) == ("resolved", "near")
    assert km_between(result.lat, result.lon, *_BOTES) < 1.0
    assert "another place of that name" in result.note
    # Without a distance the container is only "near", and the namesake stands.
    loose = geocode_place("Santa Cruz, cerca de San Francisco Botes", country="BZ")
    assert loose.name != "San Francisco Botes"


def test_a_friendship_bridge_of_another_pair_of_countries_is_not_answered() -> None:
    # "Friendship Bridge" alone is the Thai–Lao bridge in Laos; the text names the
    # Lao–Myanmar border, whose Mekong bridge the crossings table lacks.
    result = geocode_place("the Lao-Myanmar Friendship Bridge", country="LA")
    assert result.status == "unresolved"
    assert "LA–MM" in result.note
    assert [c.name for c in result.candidates] == ["Thai–Lao Friendship Bridge"]


def test_a_friendship_bridge_of_the_named_pair_is_kept() -> None:
    thai_lao = geocode_place("Thai-Lao Friendship Bridge", country="LA")
    assert (thai_lao.status, thai_lao.name) == ("resolved", "Thai–Lao Friendship Bridge")
    afghan = geocode_place("Afghan-Uzbek Friendship Bridge", country="AF")
    assert (afghan.status, afghan.name) == ("resolved", "Hairatan–Termez")
    # Mae Sot's and Mae Sai's (session 54): both of the named pair, not the Thai–Lao one.
    thai_myanmar = geocode_place("the Thai-Myanmar Friendship Bridge", country="TH")
    assert thai_myanmar.status == "ambiguous"
    assert {c.name for c in thai_myanmar.candidates} == {"Mae Sai–Tachileik", "Mae Sot–Myawaddy"}


def test_a_road_joining_towns_across_the_border_is_near_their_crossing() -> None:
    # Route 136 joins Gualeguaychú ("esa ciudad entrerriana", named before) with Fray
    # Bentos; an event on it is near the San Martín bridge, not at it.
    for text in (
        "en la ruta 136, que une esa ciudad entrerriana con Fray Bentos",
        "la ruta que une Gualeguaychú con Fray Bentos",
    ):
        result = geocode_place(text, country="AR")
        assert (result.status, result.precision) == ("resolved", "near"), text
        assert result.name == "Libertador General San Martín Bridge"
        assert result.coarsened
        assert result.uncertainty_km == 25.0
    # The bridge itself stays the crossing's point.
    bridge = geocode_place(
        "el puente que une esa ciudad entrerriana con Fray Bentos", country="AR"
    )
    assert (bridge.status, bridge.precision) == ("resolved", "exact")


def test_a_road_between_two_towns_of_one_country_is_no_crossing() -> None:
    # Both towns are Colombian: the road crosses no border, and no crossing is answered.
    result = geocode_place("la carretera que une Cúcuta con Bogotá", country="CO")
    assert result.precision == "settlement"
    assert result.name in ("Cúcuta", "Bogotá")


def test_a_pair_of_country_words_with_no_border_between_them_refuses_nothing() -> None:
    # "Korean" alone is read as South Korea, which has no land border with China: the
    # pair says nothing against the Dandong bridge (blind2 cn-kp-c007).
    result = geocode_place("the Sino-Korean Friendship Bridge", country="CN")
    assert (result.status, result.name) == ("resolved", "Sino-Korean Friendship Bridge")


def test_a_place_between_two_countries_units_named_with_their_possessives() -> None:
    # events77: a bridge over the Piusa between a Russian and an Estonian unit is on the
    # Estonia–Russia line, not in Põlva county (Pskov region is Russia's, refused).
    text = (
        "a bridge over the Piusa River that separates Russia's western Pskov region "
        "and Estonia's Polva county"
    )
    result = geocode_place(text, country="EE")
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name == "Estonia–Russia border"
    # Without the countries' possessives the other readings decide, as before.
    plain = geocode_place("a village between Pskov and Polva", country="EE")
    assert plain.precision != "border"


def test_vietnamese_unit_initials_are_read_as_their_words() -> None:
    # "P." is phường (ward), "TP." thành phố (city), glued to the names they precede.
    result = geocode_place("khu vực đầu cầu số 4, P.Núi Sam (TP.Châu Đốc)", country="VN")
    assert (result.status, result.name, result.admin1_code) == ("resolved", "Châu Đốc", "VN-44")
    assert "spelled out" in result.note
    # A non-Vietnamese text with an initial is left alone.
    assert "spelled out" not in geocode_place("P. Diddy", country="US").note


def test_a_binational_border_centre_is_a_crossing_word() -> None:
    # Peru's and Ecuador's CEBAF posts are named by the crossing's town.
    for text, hint in (("el Cebaf de Huaquillas", "EC"), ("el CEBAF de Aguas Verdes", "PE")):
        result = geocode_place(text, country=hint)
        assert (result.status, result.name) == ("resolved", "Huaquillas–Aguas Verdes"), text
