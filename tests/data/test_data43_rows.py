"""Data rows of session 43's data round (issue 11): report spellings and scripts of
towns the GeoNames alternate names lack, in ``town_names.tsv``. Each phrase below was
unresolved (or answered only by its district) before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        # blind71 cn-kp-bv001: the Korean names of Dandong.
        ("단둥(丹東)시 압록강 변에서", "CN", "Dandong"),
        ("단동", "CN", "Dandong"),
        # blind47 il-lb-ax002.
        ("the Druze village of Horfish", "IL", "Ḥurfeish"),
        # blind13 mm-th-n001.
        ("the border town of Mayawaddy", "MM", "Myawaddy"),
        # blind2 cd-ug-c011.
        ("Rutchuru town", "CD", "Rutshuru"),
        # blind41 il-lb-ar005.
        ("кібуц Кфар-Масарік", "IL", "Kfar Masaryk"),
    ],
)
def test_the_report_forms_find_their_towns(phrase, country, name):
    assert geocode_place(phrase, country=country).name == name


def test_the_hindi_rs_pura_sector_is_the_town_not_jammu_district():
    # blind52 in-pk-bc005 and blind86 in-pk-cn011 ("near" R S Pura) were answered by
    # Jammu district while the Hindi name was no key.
    result = geocode_place("जम्मू के आरएस पुरा सेक्टर में", country="IN")
    assert result.name == "R.S. Pora"
