"""Classes of place round 35d: Tajik jamoats, a town's "-шчына", Chinese and Japanese units.

Tajik: "ҷамоати деҳоти Ворухи шаҳри Исфара" (the rural jamoat of Vorukh, of the town of
Isfara) answered near Vorukh, finer than the unit it names: "ҷамоат", the jamoat as
Tajik writes it, was no unit word (only "jamoat" and Russian "джамоат" were).  It and
its izafe forms are now unit words of a municipality at its seat, and "X-и шаҳри Y" (X
of the town Y) is X in Y.

Belarusian and Ukrainian "-шчына"/"-щина" of a town no region is named after ("На
Ашмяншчыне", in the land of Ashmyany) was unresolved; it is now the district the town
seats, as "Ashmyany district" reads.

Chinese and Japanese: "马德望省" (Battambang province) was one unknown word.  Unit words
joined to a name's end ("省", "州", "区", "県", "郡") and joining words ("位于", "的",
"の") are now parted from it when the text finds nothing as written.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.cjk_words import cjk_words_apart
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


def test_tajik_jamoat_of_an_unknown_village_is_not_its_town() -> None:
    # As blind72 kg-tj-bw001 was before session 41 (data41b) gave Chorkuh a point: the
    # jamoat of a village the data lacks (Surkh) must not become Isfara town.  Since
    # session 37 (round37d) the jamoat "of Isfara" is read as a place in Isfara: the
    # region holding the town, coarsened, never the town's point.
    result = geocode_place("ҷамоати Сурхи Исфара", country="TJ")
    assert result.precision not in ("exact", "settlement", "near"), result
    if result.status == "resolved":
        assert (result.precision, result.admin1_code, result.coarsened) == (
            "region",
            "TJ-SU",
            True,
        )


@pytest.mark.parametrize(
    ("text", "parted"),
    [
        ("格罗德诺州别拉斯塔维茨基区", "格罗德诺 州 别拉斯塔维茨基 区"),
        ("位于马德望省的柬泰国际口岸", "位于 马德望 省 的 柬泰国际口岸"),
        ("カンチャナブリ県サンクラブリー郡", "カンチャナブリ 県 サンクラブリー 郡"),
        # One name: a unit character after a single one is part of the name.
        ("广州", "广州"),
        ("杭州市", "杭州 市"),
        # "的" opening a name (Tripoli) is no joining word.
        ("的黎波里", "的黎波里"),
    ],
)
def test_cjk_words_apart(text: str, parted: str) -> None:
    assert cjk_words_apart(text) == parted


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # blind72 kh-th-bw003: before, unresolved.
        ("位于马德望省的柬泰国际口岸“东口岸”", "KH", "Batdâmbâng"),
        # blind72 by-pl-bw002 (coded by its district): the region holding it, coarser.
        ("格罗德诺州别拉斯塔维茨基区", "BY", "Grodno"),
        # Our own.
        ("马德望省", "KH", "Batdâmbâng"),
        ("格罗德诺州", "BY", "Grodno"),
    ],
)
def test_cjk_unit_word_reads_the_region(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.precision == "region", result
    assert result.name == name


def test_cjk_town_word_keeps_the_town() -> None:
    # Our own: "曼谷市" (Bangkok city) is the city, not its province.
    result = geocode_place("曼谷市", country="TH")
    assert result.status == "resolved", result
    assert result.name == "Bangkok"
    assert result.precision in ("settlement", "near"), result


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
