"""Classes of place round 35d: Tajik jamoats.

Tajik: "ҷамоати деҳоти Ворухи шаҳри Исфара" (the rural jamoat of Vorukh, of the town of
Isfara) answered near Vorukh, finer than the unit it names: "ҷамоат", the jamoat as
Tajik writes it, was no unit word (only "jamoat" and Russian "джамоат" were).  It and
its izafe forms are now unit words of a municipality at its seat, and "X-и шаҳри Y" (X
of the town Y) is X in Y.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        # blind72 kg-tj-bw002: before, near Vorukh (finer than the unit).
        "ҷамоати деҳоти Ворухи шаҳри Исфара",
        # Our own: the jamoat word bare, in its izafe, and as the rural jamoat.
        "ҷамоат Ворух",
        "ҷамоати Ворух",
        "ҷамоати деҳоти Ворух",
    ],
)
def test_tajik_jamoat_is_the_municipality_at_its_seat(text: str) -> None:
    result = geocode_place(text, country="TJ")
    assert result.status == "resolved", result
    assert result.precision == "district", result
    assert result.name == "Vorukh"


def test_tajik_jamoat_of_an_unknown_village_stays_unresolved() -> None:
    # blind72 kg-tj-bw001 (coded by Isfara district): Chorkuh is no place of the data,
    # and the jamoat must not become Isfara town.
    result = geocode_place("ҷамоати Чоркӯҳи Исфара", country="TJ")
    assert result.status == "unresolved", result
