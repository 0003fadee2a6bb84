"""Data rows of session 41's second data round (issue 11): Farkawn, Shebaa, Wazzani and
Chorkuh in ``villages.tsv``, and in ``town_names.tsv`` the report spellings Mtengula
(Metangula) and Khdzoresk (Khndzoresk) and the Greek genitive Νέας Βύσσας (Néa Výssa);
and Mendrisiotto (Mendrisio District) in ``district_names.tsv``. Each phrase below was
unresolved before its row."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        ("Farkawn village", "IN", "Farkawn", (23.07868, 93.29484)),
        ("the Tajik village of Chorkuh", "TJ", "Chorkuh", (39.97389, 70.58222)),
        ("села Чоркух города Исфары", "TJ", "Chorkuh", (39.97389, 70.58222)),
        ("Mtengula", "MZ", "Metangula", (-12.695, 34.81583)),
        ("the village of Khdzoresk", "AM", "Khndzoresk", (39.51325, 46.43141)),
        ("Νέας Βύσσας", "GR", "Néa Výssa", (41.58449, 26.54318)),
    ],
)
def test_the_rows_answer_at_their_points(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert (result.name, result.precision) == (name, "settlement")
    assert (result.lat, result.lon) == point


@pytest.mark.parametrize(
    ("phrase", "name", "point"),
    [
        ("شبعا", "Shebaa", (33.34861, 35.74861)),
        ("الوزاني", "Wazzani", (33.27722, 35.62194)),
    ],
)
def test_the_lebanese_villages_are_read_in_arabic(phrase, name, point):
    result = geocode_place(phrase, country="LB")
    assert (result.name, result.precision) == (name, "settlement")
    assert (result.lat, result.lon) == point


def test_the_shebaa_farms_stay_the_line_they_name():
    # The town's row must not take the disputed strip south-west of it.
    assert geocode_place("مزارع شبعا", country="LB").precision == "border"
    assert geocode_place("Shebaa Farms", country="LB").precision == "border"


def test_the_jamoat_of_chorkuh_is_the_unit_seated_at_the_village():
    # blind72 kg-tj-bw001, coded by Isfara district before the village had a point.
    result = geocode_place("ҷамоати Чоркӯҳи Исфара", country="TJ")
    assert (result.name, result.precision) == ("Chorkuh", "district")
    assert (result.lat, result.lon) == (39.97389, 70.58222)


def test_mendrisiotto_is_read_as_the_district_of_mendrisio():
    # Alone a district's name is answered with the region holding it (events44).
    result = geocode_place("Mendrisiotto", country="CH")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "CH-TI")
    assert "Mendrisio District" in result.note
