"""Data rows of session 54's data round data57: border places with a cited point that
``cities500`` lacks, added to ``villages.tsv`` (Kilpisjärvi, Uspallata, two Israeli
communities on the Jordanian border, Hamdayet, Kankesanthurai, Dadan Island and Mbanié).
Southwest Cay and Mavulis Island, also rows of data57, are kept in ``waters.tsv`` alone,
where round54c put them the same session: an island is answered near its point, as cays
are, so the checks below ask for ``near``."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "precision", "point"),
    [
        # blind111 fi-no-dm001 (Helsingin Sanomat; the locative is a form of the row) and
        # fi-no-dm002 (Ilta-Sanomat; the genitive, by the Finnish case rules).
        ("Kilpisjärvellä", "FI", "Kilpisjärvi", "settlement", (69.04722, 20.79722)),
        ("Kilpisjärven kautta Norjaan", "FI", "Kilpisjärvi", "near", (69.04722, 20.79722)),
        # blind111 ar-cl-dm001.
        (
            "en la localidad cordillerana de Uspallata",
            "AR",
            "Uspallata",
            "settlement",
            (-32.58333, -69.33333),
        ),
        # events78: the village where people fleeing Tigray crossed into Sudan.
        ("Hamdayet", "SD", "Hamdayet", "settlement", (14.2684, 36.53175)),
        ("காங்கேசன்துறை", "LK", "Kankesanthurai", "settlement", (9.81667, 80.03333)),
        # blind112 ph-tw-dn002 (Taipei Times).
        (
            "6.5 nautical miles (12km) southeast of Mavulis Island",
            "PH",
            "Mavulis Island",
            "near",
            (21.11306, 121.95167),
        ),
        ("大膽島", "TW", "Dadan Island", "settlement", (24.39028, 118.16556)),
        ("Mbanié", "GQ", "Mbanié", "settlement", (0.81028, 9.37889)),
        ("מושב ירדנה", "IL", "Yardena", "settlement", (32.5667, 35.5638)),
        ("ליד קיבוץ מעוז חיים", "IL", "Maoz Haim", "near", (32.49304, 35.55064)),
    ],
)
def test_the_place_is_answered_at_its_cited_point(phrase, country, name, precision, point):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.precision) == ("resolved", precision)
    assert result.country == country
    assert result.name == name
    assert (result.lat, result.lon) == point


@pytest.mark.parametrize(
    ("phrase", "precision"),
    [
        # blind112 ph-vn-dn002 (Thanh Nien News): the cay, not the Spratly Islands' point
        # some 160 km off.
        ("one kilometer off the Southwest Cay", "near"),
        ("Pugad Island", "near"),
        ("đảo Song Tử Tây", "near"),
    ],
)
def test_southwest_cay_is_answered_at_its_point(phrase, precision):
    result = geocode_place(phrase)
    assert (result.status, result.precision) == ("resolved", precision)
    assert result.name == "Southwest Cay"
    assert (result.lat, result.lon) == (11.42944, 114.33139)


def test_bare_dadan_is_not_the_kinmen_island():
    # The bare name is left out of the row: GeoNames gives it to al-Ula (Saudi Arabia).
    result = geocode_place("Dadan")
    assert result.name != "Dadan Island"


def test_a_gabonese_report_of_mbanie_is_not_put_in_gabon():
    # The islet is filed under Equatorial Guinea (ICJ, 19 May 2025): a Gabon-hinted text
    # finds it only outside its country and says so, rather than inventing a Gabonese
    # point.
    result = geocode_place("Mbanié", country="GA")
    assert result.status == "unresolved"
    assert "outside" in (result.note or "")
