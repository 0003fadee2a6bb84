"""Classes of place round 46e: a Turkish relative clause of motion before a place.

Unresolved before: "Iğdır'dan Nahçıvan'a açılan Aralık ilçesindeki Dilucu Sınır
Kapısı'nda" (the clause "opening from Iğdır to Nakhchivan" was read as part of the name).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.turkish_clauses import place_after_motion_clause


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iğdır'dan Nahçıvan'a açılan Aralık ilçesindeki Dilucu Sınır Kapısı'nda",
            "Aralık ilçesindeki Dilucu Sınır Kapısı'nda",
        ),
        ("Van’dan İran’a uzanan yol", "yol"),
        ("Aralık ilçesindeki Dilucu Sınır Kapısı", None),
        # The clause also says what holds the gate: read as it was.
        (
            "Iğdır'ın Karakoyunlu ilçesinde bulunan ve Ermenistan'a açılan Alican Sınır Kapısı",
            None,
        ),
        # No case ending of a way's end before the participle: not a clause of motion.
        ("yeni açılan Dilucu Sınır Kapısı", None),
    ],
)
def test_the_place_after_a_turkish_clause_of_motion(text: str, place: str | None) -> None:
    assert place_after_motion_clause(text) == place


def test_a_turkish_clause_of_motion_leaves_the_district_it_precedes() -> None:
    # Field phrase (events56): before, unresolved (the clause was read as part of the
    # name).  The Dilucu gate itself is not in the data; the district the text names is.
    text = "Iğdır'dan Nahçıvan'a açılan Aralık ilçesindeki Dilucu Sınır Kapısı'nda"
    result = geocode_place(text, country="TR")
    assert result.status == "resolved", result
    assert result.precision == "district"
    assert result.admin1_code == "TR-76"
