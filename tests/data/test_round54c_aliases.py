"""Forms of ``aliases.toml`` added in session 54 (round c), which feed ``gazetteer.pack``:
Dadan Island (大膽島) of Kinmen and the Shortland Islands of Western Province (Solomon
Islands), and the spellings Oekusi, Okusi and Ocussi of Oecusse.  The geocoding checks
run once the pack is rebuilt with them."""

from __future__ import annotations

import tomllib

import pytest

import bordermap.data
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.names import normalise

ALIASES = f"{bordermap.data.__path__[0]}/gazetteer/aliases.toml"
FORMS = {
    "TW-KIN": ("大膽島", "大擔島", "大胆岛", "大担岛"),
    "SB-WE": ("Shortland Islands",),
    "TL-OE": ("Oekusi", "Okusi", "Ocussi"),
}


def _names(code: str) -> list[str]:
    with open(ALIASES, "rb") as handle:
        return tomllib.load(handle)["regions"][code]["names"]


@pytest.mark.parametrize(("code", "forms"), FORMS.items())
def test_the_forms_are_listed_under_their_region(code, forms):
    assert set(forms) <= set(_names(code))


def test_the_bare_word_bold_is_not_a_form_of_kinmen():
    assert "大膽" not in _names("TW-KIN")


def _in_the_pack(form: str) -> bool:
    return bool(load_gazetteer().lookup_key(normalise(form), kinds=("region",)))


@pytest.mark.skipif(not _in_the_pack("大膽島"), reason="gazetteer.pack not rebuilt with them yet")
@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("大膽島北方海域", "TW", "TW-KIN"),
        ("near the Shortland Islands", "SB", "SB-WE"),
        ("di wilayah Oekusi", "TL", "TL-OE"),
    ],
)
def test_the_forms_answer_their_region(text, country, code):
    result = geocode_place(text, country=country)
    assert (result.status, result.admin1_code) == ("resolved", code)
