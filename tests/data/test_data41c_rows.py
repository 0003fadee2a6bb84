"""Data rows of session 41's third data round (issue 11): the Thai form เมืองแก่นท้าว
(Muang Kènthao, the Lao district town opposite Tha Li, Loei) in ``town_names.tsv``.
Each phrase below was unresolved before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place

KENTHAO = (17.73289, 101.39815)


@pytest.mark.parametrize("phrase", ["เมืองแก่นท้าว", "แก่นท้าว"])
def test_kenthao_is_read_in_thai(phrase):
    result = geocode_place(phrase, country="LA")
    assert (result.name, result.precision) == ("Muang Kènthao", "settlement")
    assert (result.lat, result.lon) == KENTHAO


def test_the_crossing_the_table_lacks_is_answered_by_its_province():
    # blind88 la-th-cp001: the Nam Heuang bridge has no crossing row, so the town the
    # text names is widened to Sainyabuli, which holds it, never drawn as the bridge.
    result = geocode_place("ด่านสากลสะพานมิตรภาพน้ำเหือง เมืองแก่นท้าว", country="LA")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "LA-XA")
    assert result.coarsened
