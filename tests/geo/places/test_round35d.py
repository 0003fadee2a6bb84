"""Classes of place round 35d: Tajik jamoats, a town's "-шчына".

Tajik: "ҷамоати деҳоти Ворухи шаҳри Исфара" (the rural jamoat of Vorukh, of the town of
Isfara) answered near Vorukh, finer than the unit it names: "ҷамоат", the jamoat as
Tajik writes it, was no unit word (only "jamoat" and Russian "джамоат" were).  It and
its izafe forms are now unit words of a municipality at its seat, and "X-и шаҳри Y" (X
of the town Y) is X in Y.

Belarusian and Ukrainian "-шчына"/"-щина" of a town no region is named after ("На
Ашмяншчыне", in the land of Ashmyany) was unresolved; it is now the district the town
seats, as "Ashmyany district" reads.
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


@pytest.mark.parametrize(
    ("text", "country", "district"),
    [
        # blind72 by-lt-bw001: before, unresolved.
        ("На Ашмяншчыне", "BY", "Oshmyanskiy Rayon"),
        # Our own: the land of a town seating a raion, bare or after "на".
        ("Ашмяншчына", "BY", "Oshmyanskiy Rayon"),
        ("Лідчына", "BY", "Lidskiy Rayon"),
        ("на Конотопщині", "UA", "Konotop Raion"),
    ],
)
def test_land_of_a_town_is_its_district(text: str, country: str, district: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision == "district", result
    assert result.name == district


def test_land_of_a_region_city_stays_the_region() -> None:
    # "на Сумщині" is the Sumy region, not its district.
    result = geocode_place("на Сумщині", country="UA")
    assert result.precision == "region", result
    assert result.name == "Sumy"
