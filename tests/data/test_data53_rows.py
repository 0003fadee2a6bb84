"""Data rows of session 51's third data round (data53): name forms of existing crossings
and waters that field reports write (``crossings.csv``, ``waters.tsv``) and two features
with a cited point (Ashmore Reef, Banggi Island). Each phrase below was unresolved, or
answered coarser than the place it names, before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "crossing", "lat", "lon"),
    [
        # blind108 af-uz-dj001 (KKNews.uz): the Uzbek Latin name of Hairatan.
        ("“Hayraton” ko‘prigidan", None, "Hairatan–Termez", 37.217, 67.417),
        # blind108 cn-pk-dj001 (Helm News): the Urdu spelling of Khunjerab.
        ("چین-پاکستان سرحد پر کھونجیراب پاس", "CN", "Khunjerab Pass", 36.845, 75.423),
        # blind101 pl-sk-dc001 (Gazeta Krakowska): the Polish locative of Suchá Hora.
        ("na Suchej Horze", "SK", "Suchá Hora–Chochołów", 49.366, 19.789),
        # blind100 az-ru-db001 (Metbuat): the Azerbaijani spelling of Yarag-Kazmalyar.
        ("Yaraq Qazmalar", "AZ", "Samur–Yarag-Kazmalyar", 41.637, 48.430),
    ],
)
def test_a_new_form_finds_the_crossing(phrase, country, crossing, lat, lon):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)
    assert (round(result.lat, 3), round(result.lon, 3)) == (lat, lon)


@pytest.mark.parametrize(
    ("phrase", "country", "water", "precision"),
    [
        # blind108 in-lk-dj001 (Eekan Media): Katchatheevu without the doubled த், genitive.
        ("கச்சதீவின் அருகே", "LK", "Kachchatheevu", "near"),
        ("கச்சதீவு", "IN", "Kachchatheevu", "near"),
        # blind108 ir-om-dj003 (The Arab Capital) writes the Gulf of Oman "the Sea of Oman".
        ("بحر عمان", "IR", "Gulf of Oman", "region"),
        # blind108 au-id-dj001 (Pos Kupang): the reef Indonesian fishers call Pulau Pasir.
        ("perairan Ashmore Reef (Pulau Pasir)", "AU", "Ashmore Reef", "near"),
        # blind106 my-ph-dh002 (Deasoka): waters by Malaysia's largest island.
        ("perairan berhampiran Pulau Tiga, Pulau Banggi", "MY", "Banggi Island", "near"),
    ],
)
def test_a_new_water_or_form_is_the_feature(phrase, country, water, precision):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", water, precision)


def test_bare_ashmore_stays_the_town_and_not_the_reef():
    # The reef's forms keep their reef word: bare Ashmore is a town's name.
    result = geocode_place("Ashmore", country="AU")
    assert result.name != "Ashmore Reef"
