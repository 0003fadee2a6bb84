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


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        (
            "los barrios Bella Vista, Obrero y sector Norte en Pedro Juan Caballero",
            "PY",
            "Pedro Juan Caballero",
        ),
        ("las colonias Buenos Aires, Kennedy y sector Centro en Nogales", "MX", "Nogales"),
        ("os bairros São José, Centro e setor de Aeroporto em Corumbá", "BR", "Corumbá"),
    ],
)
def test_quarters_listed_in_a_town_are_the_town(text, country, town):
    # "the quarters X, Y and Z in <town>": the plural quarter word lists quarters the
    # gazetteer does not hold; their names' namesakes elsewhere are not them, the town
    # the text ends with holds them.  Before, a namesake 265 km away (blind38), or
    # ambiguous between namesakes.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", town, "settlement")


@pytest.mark.parametrize(
    "text",
    [
        "các cửa khẩu Tây Ninh",
        "những cửa khẩu của Kon Tum",
        "trong khu vực một số cửa khẩu của tỉnh Tây Ninh",
    ],
)
def test_the_border_gates_of_a_name_are_the_province(text):
    # "các cửa khẩu X" (the border gates of X): several crossings lie along the
    # province's border, not in its capital of the same name, so the province is meant
    # even where the capital is a city; "trong khu vực một số" (in the area of some)
    # before the gates changes nothing.  Before, the city, or unresolved.
    result = geocode_place(text, country="VN")
    assert (result.status, result.precision) == ("resolved", "region")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kompleks ICQS Rantau Panjang", "Rantau Panjang–Sungai Kolok"),
        ("the Rantau Panjang ICQS complex", "Rantau Panjang–Sungai Kolok"),
        (
            "Kompleks Imigresen, Kastam, Kuarantin dan Keselamatan Padang Besar",
            "Padang Besar",
        ),
        (
            "the Padang Besar Immigration, Customs, Quarantine and Security Complex (ICQS)",
            "Padang Besar",
        ),
    ],
)
def test_a_malaysian_icqs_complex_is_its_crossing(text, name):
    # Malaysia's crossings are its "ICQS" complexes (Immigration, Customs, Quarantine and
    # Security), written by initials or spelled out in English or Malay, whose commas
    # part no places.  Before, the title kept the name unknown: unresolved.
    result = geocode_place(text, country="MY")
    assert (result.status, result.name) == ("resolved", name)


def test_located_in_a_unit_after_a_comma_is_in_the_unit():
    # "X, situada en el municipio hondureño de Y" (X, located in Y's Honduran
    # municipality) reads as "X, en el municipio hondureño de Y": the participle adds
    # nothing.  Before, unresolved.
    result = geocode_place(
        "la comunidad El Amatillo, situada en el municipio hondureño de Goascorán",
        country="HN",
    )
    assert (result.status, result.name, result.precision) == (
        "resolved",
        "Goascorán",
        "district",
    )


@pytest.mark.parametrize(
    ("text", "country", "precision"),
    [
        ("an exchange of fire near Chaman", "PK", "near"),
        ("cross-border firing along the LoC", "IN", "border"),
        ("heavy shelling in Poonch", "IN", "district"),
    ],
)
def test_an_events_noun_before_where_it_happened(text, country, precision):
    # "exchange of fire near X", "shelling in X": the event's noun, then the place with
    # its preposition, read as "near X", "along the LoC", "in X".  Before, the noun hid
    # the preposition (the town Chaman for "near" it, the town Poonch for the district a
    # bare name is), or unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", precision)
