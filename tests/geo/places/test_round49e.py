"""Place classes of round 49e: an adverb before a bearing ("just southwest of X"), a
river between an apposition's settlement word and its container ("a town on the Sekong
River in Siem Pang District"), a crossing among an ambiguous name's namesakes picked by
the border the text names ("Mohan Port on China's border with Laos"), and a Finnish or
Estonian "from X to Y" written in two declined words ("Torniosta Haaparannalle")."""

from __future__ import annotations

import pytest

from bordermap.geo.places.finnic_route import crossing_of_a_finnic_route
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import direction_bearing


@pytest.mark.parametrize(
    ("text", "bearing"),
    [
        ("just southwest of Mission", 225.0),
        ("due west of Vidin", 270.0),
        ("immediately north of Nogales", 0.0),
        ("just 5 km south of Mission", 180.0),
    ],
)
def test_an_adverb_before_the_bearing(text, bearing):
    assert direction_bearing(text) == bearing


def test_just_southwest_of_a_town_across_the_line():
    # Mission, Texas, seen from a Mexican event: near it, reaching into Mexico.
    result = geocode_place("just southwest of Mission", country="MX")
    assert result.status == "resolved"
    assert result.precision == "near"
    assert result.name == "Mission"


def test_a_river_between_the_settlement_word_and_its_container():
    # The village is unknown; the district after the river still holds it.
    result = geocode_place(
        "Koh Reusey, a town on the Sekong River in Siem Pang District", country="KH"
    )
    assert result.status == "resolved"
    assert result.precision == "district"
    assert result.name == "Siem Pang"


def test_the_namesake_on_the_named_border_may_be_a_crossing():
    # "Mohan" is also a variant of Moshiyi, 750 km from Laos; the crossing lies on the
    # China–Laos line the text names.
    result = geocode_place("Mohan Port on China's border with Laos", country="CN")
    assert result.status == "resolved"
    assert result.name == "Boten–Mohan"
    assert geocode_place("Mohan Port", country="CN").status == "ambiguous"


@pytest.mark.parametrize("hint", ["SE", "FI"])
def test_a_finnish_route_between_two_towns_is_their_crossing(hint):
    result = geocode_place("Torniosta Haaparannalle", country=hint)
    assert result.status == "resolved"
    assert result.name == "Tornio–Haparanda"


def _geocode(text, hint):
    return geocode_place(text, country=hint or None)


@pytest.mark.parametrize(
    "text",
    [
        # Two towns of one country: no crossing between them.
        "Helsingistä Tampereelle",
        # Not a route: one word, or the cases the wrong way round.
        "Torniosta",
        "Haaparannalle Torniosta",
        "Tornio Haparanda",
    ],
)
def test_no_finnic_route(text):
    assert crossing_of_a_finnic_route(text, ("FI",), _geocode) is None


@pytest.mark.parametrize("hint", ["BG", "RO"])
def test_a_bridge_the_table_lists_by_its_number(hint):
    # The crossings table lists "Danube Bridge 2" among Vidin–Calafat's names; the number
    # is no longer dropped before that name is looked up.
    result = geocode_place("Danube Bridge 2", country=hint)
    assert result.status == "resolved"
    assert result.name == "Vidin–Calafat"


def test_a_numbered_bridge_the_table_lists_without_its_number_stays_as_before():
    # "Laredo Bridge No. 2": the table holds the town's bridges as one crossing.
    result = geocode_place("Laredo Bridge No. 2", country="US")
    assert result.status == "resolved"
    assert result.name == "Laredo–Nuevo Laredo"
