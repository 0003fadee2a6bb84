"""Round 48e: a border word standing alone among named towns is no place of its own."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.scope import km_between

#: events72: "in the Slovenian camp in Sentilj just beyond the border in Styrian
#: Spielfeld".
_SENTILJ = "im slowenischen Camp in Sentilj knapp jenseits der Grenze im steirischen Spielfeld"


@pytest.mark.parametrize("country", ["SI", "AT"])
def test_a_border_word_alone_among_towns_is_no_place(country):
    # "Grenze" fits four Slovenian borders; the two towns name one crossing.
    result = geocode_place(_SENTILJ, country=country)
    assert result.status == "resolved"
    assert result.name == "Spielfeld–Šentilj"
    assert km_between(result.lat, result.lon, 46.68167, 15.64806) < 5.0


def test_a_border_word_alone_is_still_read_alone():
    # With no town beside it the word is kept: which border is not said, so every
    # border of Slovenia fits and the country answers, coarsened, as before.
    result = geocode_place("der Grenze", country="SI")
    assert (result.status, result.precision, result.country) == ("resolved", "country", "SI")
    assert result.coarsened
