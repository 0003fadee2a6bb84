"""Data rows of session 46's data round (issue 11): border places and name forms the
data lacked, each read in a cited page (``villages.tsv``, ``town_names.tsv``,
``crossings.csv``, ``aliases.toml``).
Each phrase below was unresolved, or answered by a coarser or another place, before."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _at(result, point: tuple[float, float]) -> bool:
    return abs(result.lat - point[0]) < 1e-4 and abs(result.lon - point[1]) < 1e-4


@pytest.mark.parametrize(
    ("phrase", "country", "name", "point"),
    [
        # blind96 lb-sy-cw001 was answered with North Lebanon.
        ("وادي خالد في منطقة عكار", "LB", "Wadi Khaled", (34.61906, 36.37835)),
        ("the border town of Ferfer", "ET", "Ferfer", (5.08333, 45.08333)),
        ("Madama", "NE", "Madama", (21.94667, 13.64444)),
        ("苏斯特", "PK", "Sost", (36.69, 74.82111)),
        ("Sost", "PK", "Sost", (36.69, 74.82111)),
        # events65: Leral's spelling of Farafenni.
        ("à Farafégné", "GM", "Farafenni", (13.56667, -15.6)),
    ],
)
def test_a_new_village_or_town_form_is_found_at_its_point(phrase, country, name, point):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name, result.country) == ("resolved", name, country)
    assert _at(result, point)


@pytest.mark.parametrize(
    ("phrase", "country", "crossing"),
    [
        # blind95 mx-us-cw002 was ambiguous between towns named Zaragoza.
        ("por el Puente Zaragoza", "MX", "Ysleta–Zaragoza International Bridge"),
        (
            "Usuarios del puente internacional Zaragoza-Ysleta",
            "MX",
            "Ysleta–Zaragoza International Bridge",
        ),
        ("ku mupaka munini wa La Corniche(Grande Barierre)", "RW", "Goma–Gisenyi"),
        ("le pont du fleuve El Beid", "CM", "Gamboru–Fotokol"),
        ("Lüftabad serhet geçelgesinde", "IR", "Lotfabad–Artyk"),
        ("ด่านคลองลึก", "TH", "Poipet–Aranyaprathet"),
        ("ทางด้านด่านช่องจอม-โอร์เสม็ด", "TH", "O'Smach–Chong Chom"),
    ],
)
def test_a_crossing_form_finds_its_crossing(phrase, country, crossing):
    result = geocode_place(phrase, country=country)
    assert (result.status, result.name) == ("resolved", crossing)


def test_bare_zaragoza_is_not_the_bridge():
    # The bridge's forms carry its bridge word: Zaragoza alone is no crossing.
    result = geocode_place("Zaragoza", country="ES")
    assert result.name != "Ysleta–Zaragoza International Bridge"


def test_kinmen_island_in_japanese_is_kinmen_county():
    # events32: "金門島の東側の小島・北碇付近" was unresolved.
    result = geocode_place("金門島の東側の小島・北碇付近", country="TW")
    assert result.status == "resolved"
    assert (result.precision, result.admin1_code) == ("region", "TW-KIN")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Bosnja dhe Hercegovina", "BA"),
        ("Bosnjës dhe Hercegovinës", "BA"),
        ("Mali i Zi", "ME"),
        ("Malin e Zi", "ME"),
        ("Greqi", "GR"),
        ("Solomons", "SB"),
    ],
)
def test_a_country_word_names_its_country(phrase, code):
    result = geocode_place(phrase)
    assert (result.status, result.precision, result.country) == ("resolved", "country", code)


def test_solomons_maryland_is_still_the_town():
    result = geocode_place("Solomons, Maryland")
    assert (result.precision, result.country) == ("settlement", "US")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("बागमती प्रदेश", "NP-P3"),
        ("गण्डकी प्रदेश", "NP-P4"),
        ("लुम्बिनी प्रदेश", "NP-P5"),
        ("कर्णाली प्रदेश", "NP-P6"),
    ],
)
def test_a_nepali_province_name_is_its_province(phrase, code):
    result = geocode_place(phrase, country="NP")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", code)
