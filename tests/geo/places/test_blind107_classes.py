"""Session 51 (round51a): classes of misses found on the blind107 places set."""

from __future__ import annotations

import pytest

from bordermap.geo.places.crossing_end import crossings_with_name_end
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.homonymous_unit import name_of_the_homonymous_unit
from bordermap.geo.places.street_head import names_a_street

# --- a crossing named by the end of its paired name on the event's side --------------


def test_an_end_of_a_paired_crossing_name_finds_the_crossing() -> None:
    found = crossings_with_name_end(load_gazetteer(), "Gradina", ("RS",))
    assert [crossing.name for crossing in found] == ["Kalotina–Gradina"]


def test_an_end_a_town_of_the_event_bears_is_left_to_the_town() -> None:
    # Peru has towns named Santa Rosa; the "Santa Rosa" of "Leticia–Santa Rosa" is not
    # read as that crossing's end by name alone.
    assert crossings_with_name_end(load_gazetteer(), "Santa Rosa", ("PE",)) == []


@pytest.mark.parametrize(
    "phrase",
    ["na Graničnom prelazu Gradina", "Na graničnom prelazu Gradina prema Bugarskoj"],
)
def test_a_crossing_named_by_its_serbian_post(phrase: str) -> None:
    result = geocode_place(phrase, country="RS")
    assert result.status == "resolved"
    assert result.name == "Kalotina–Gradina"


def test_a_post_toward_a_country_its_crossing_does_not_join_is_not_it() -> None:
    # Kalotina–Gradina joins Serbia and Bulgaria, not Croatia.
    result = geocode_place("na graničnom prelazu Gradina prema Hrvatskoj", country="RS")
    assert result.name != "Kalotina–Gradina"


def test_the_end_without_a_crossing_word_is_no_crossing() -> None:
    assert geocode_place("Gradina", country="RS").status == "unresolved"


# --- a region word whose only region of the name lies abroad: the event's lower unit ---


def test_a_peruvian_province_named_like_a_colombian_department() -> None:
    # Colombia's Putumayo department is refused for a Peruvian event; Peru's Putumayo
    # province (in Loreto) bears the name, and its region is answered.
    result = geocode_place("la provincia de Putumayo", country="PE")
    assert result.status == "resolved"
    assert (result.admin1_code, result.precision, result.coarsened) == ("PE-LOR", "region", True)


@pytest.mark.parametrize(
    "phrase",
    [
        "en Güeppí, en la provincia de Putumayo",
        "el sector de Puerto Arturo, en el distrito de Rosa Panduro, provincia de Putumayo",
    ],
)
def test_an_unknown_place_in_the_province_is_its_region(phrase: str) -> None:
    result = geocode_place(phrase, country="PE")
    assert (result.status, result.admin1_code, result.coarsened) == ("resolved", "PE-LOR", True)


def test_the_colombian_department_stays_for_a_colombian_event() -> None:
    result = geocode_place("la provincia de Putumayo", country="CO")
    assert (result.status, result.country, result.coarsened) == ("resolved", "CO", False)


# --- "que une A con la ciudad uruguaya de B": the town's kind and country's adjective ---


def test_a_crossing_joining_two_towns_one_with_its_kind_and_country() -> None:
    result = geocode_place(
        "El paso fronterizo que une Concordia con la ciudad uruguaya de Salto", country="AR"
    )
    assert (result.status, result.name) == ("resolved", "Salto Grande")


# --- a street before a comma: the town after it holds it -----------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Newry Road", True),
        ("the old Revenue / Customs check-point at Newry Road", True),
        ("Calle Jujuy", True),
        ("Hauptstraße", True),
        ("Nogales", False),
        ("the Newry Road checkpoint", False),
        ("the old road", False),
    ],
)
def test_names_a_street(text: str, street: bool) -> None:
    assert names_a_street(text) is street


def test_a_spot_on_a_street_of_a_town_is_the_town() -> None:
    result = geocode_place(
        "the old Revenue / Customs check-point at Newry Road, Dundalk", country="IE"
    )
    assert (result.status, result.name, result.country) == ("resolved", "Dundalk", "IE")
    assert result.coarsened


def test_a_town_after_a_comma_is_still_no_container_of_a_bare_name() -> None:
    # "Nogales, Arizona": Arizona is no town holding Nogales.
    result = geocode_place("Nogales, Arizona", country="MX")
    assert result.name != "Arizona"


# --- "X, del municipio homónimo": the name the place and its unit share ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("en el sector de Caimanera, del municipio homónimo", "Caimanera"),
        ("no bairro de Foz, do município homônimo", "Foz"),
        ("en el sector de Caimanera", None),
        ("en el sector de la frontera, del municipio homónimo", None),
    ],
)
def test_name_of_the_homonymous_unit(text: str, name: str | None) -> None:
    assert name_of_the_homonymous_unit(text) == name


def test_a_sector_of_the_municipality_of_its_name_is_that_units_region() -> None:
    # Caimanera is a municipality of Guantánamo the data has no town for.
    result = geocode_place("en el sector de Caimanera, del municipio homónimo", country="CU")
    assert (result.status, result.admin1_code, result.precision) == ("resolved", "CU-14", "region")
    assert result.coarsened


def test_a_far_region_refused_is_not_a_lower_unit_of_the_event() -> None:
    # Arizona is a US state; Honduras's Arizona municipality (Atlántida) is not what a
    # Honduran report naming "el estado de Arizona" means.
    result = geocode_place("el estado de Arizona", country="HN")
    assert result.status == "unresolved"


def test_an_end_whose_crossing_is_drawn_across_the_line_is_not_read() -> None:
    # The table draws Sədərək–Dilucu at Sədərək, in Nakhchivan; a Turkish report's
    # "Dilucu" post is on the Turkish side, which that point is not.
    result = geocode_place("Dilucu sınır kapısı", country="TR")
    assert result.name != "Sədərək–Dilucu"


def test_a_name_of_country_words_is_no_pair_of_ends() -> None:
    # "Thai–Lao Friendship Bridge" parts at its dash into no towns: "Lao" alone is no
    # end of that bridge.
    assert crossings_with_name_end(load_gazetteer(), "Lao", ("TH",)) == []
    assert crossings_with_name_end(load_gazetteer(), "ลาว", ("TH",)) == []
