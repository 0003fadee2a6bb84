"""Classes of the place round of session 21, over the seen sets (blind38, events12).

Each test holds one class of wording or choice, on our own phrases: other wordings,
languages or places than the sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kapıkule Gümrük Kapısı'ndan", "Kapıkule–Kapitan Andreevo"),
        ("Kapıköy Gümrük Kapısı", "Kapıköy–Razi"),
    ],
)
def test_a_turkish_customs_gate_is_a_crossing(text, name):
    # "Gümrük Kapısı" (customs gate) is the other title of a Turkish crossing, beside
    # "Sınır Kapısı" (border gate).  Before, the title kept the name unknown: unresolved.
    result = geocode_place(text, country="TR")
    assert (result.status, result.name, result.precision) == ("resolved", name, "exact")


@pytest.mark.parametrize(
    "text",
    [
        "फाजिल्का के सीमावर्ती गांव मुहार जमशेर में",
        "गुरदासपुर के रोसे गांव के पास",
        "बाड़मेर के सीमांत गांव में",
    ],
)
def test_a_hindi_village_of_a_unit_is_the_unit(text):
    # "<X> के <Y> गांव" (the village Y of X): a village of the unit X, as "a border
    # village of Ferozepur" reads; the district, never the town X.  Before, unresolved,
    # or the town Gurdaspur (finer than the text).
    result = geocode_place(text, country="IN")
    assert (result.status, result.precision) == ("resolved", "district")
