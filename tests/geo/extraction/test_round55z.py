"""The place named in the event's own sentence, session 55 (round z): a spot the
gazetteer lacks, told right before the unit it lies in ("at X in the Y region", with or
without a comma), is the place and the unit only locates it; "the edge of X" is the rim
of a town, near it.  Checked on sentences written for the test (other names, places and
days than any gold text)."""

import pytest

from bordermap.geo.extraction.places import find_places


def _roles(sentence: str, hints: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.text, f.role) for f in find_places(sentence, hints=hints)]


@pytest.mark.parametrize(
    ("sentence", "hints", "spot", "unit"),
    [
        ("Police arrested four men at Tamboura in the Kayes region.", ("ML",),
         "Tamboura", "Kayes region"),
        ("Guards turned back 30 lorries at Korvassa in the Talas region on Friday.",
         ("KG", "KZ"), "Korvassa", "Talas region"),
        ("Police arrested four men at Tamboura, in the Kayes region, on Monday.", ("ML",),
         "Tamboura", "Kayes region"),
    ],
)  # fmt: skip
def test_a_spot_told_before_its_unit_is_the_place(sentence, hints, spot, unit):
    # The unit only says where the spot lies: it is set aside, the spot is where it was.
    roles = dict(_roles(sentence, hints))
    assert roles.get(spot) == "at"
    assert roles.get(unit) == "aside"


def test_a_unit_told_alone_stays_the_place():
    # No spot before the unit: the unit itself is where it happened.
    assert _roles("Police arrested four men in the Kayes region.", ("ML",)) == [
        ("Kayes region", "at")
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Shells fell on the northern edge of Sumy on Monday.", "near Sumy"),
        ("Several houses at the edge of Sumy were damaged.", "near Sumy"),
        ("A rocket came down on the edge of Dorvanka early on Sunday.", "near Dorvanka"),
    ],
)
def test_the_edge_of_a_town_is_near_it(sentence, place):
    assert [t for t, role in _roles(sentence, ("UA", "RU")) if role == "at"] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "The economy is on the edge of collapse, Kyiv said.",
        "They camped at the edge of the forest.",
        # The rim of a wide area, named with its article, is no spot near it.
        "Migrants slept at the edge of the Varsa plateau.",
        "A guard post stands on the edge of the Kordel Valley.",
    ],
)
def test_the_edge_of_no_town_is_no_place(sentence):
    assert not any(t.startswith("near") for t, _ in _roles(sentence, ("UA", "RU")))
