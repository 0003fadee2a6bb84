"""Border phrases naming two countries, in the languages and cases reports use.

Country names in the genitive, instrumental or locative (Slavic, Baltic, Finnic),
combining forms of demonyms ("maroco-", "tagico-", "Ethio-"), compass words of other
languages, demonstratives and adjectives before the pair: each case was unresolved
before (issue 11, class 3).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.phrases import parse_place


def _pair(result) -> str:
    return result.name.split(" (")[0]


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # The owner in the genitive after the word, the other side after "with".
        ("на границе России с Белоруссией", "RU", "Belarus–Russia border"),
        ("на границе Казахстана с Россией", "KZ", "Kazakhstan–Russia border"),
        ("На кордоні України з Молдовою", "UA", "Moldova–Ukraine border"),
        ("дзяржаўнай мяжы Беларусі з Расіяй", "BY", "Belarus–Russia border"),
        ("на мяжы зь Беларусьсю", "RU", "Belarus–Russia border"),
        ("granici sa Hrvatskom", "BA", "Bosnia and Herzegovina–Croatia border"),
        # Finnish and Estonian pairs with "ja"; a compass word joined to the word.
        ("Suomen ja Venäjän rajalla", "FI", "Finland–Russia border"),
        ("Venemaa JA Eesti piiril", "RU", "Estonia–Russia border"),
        ("itärajalla", "FI", "Finland–Russia border"),
        # "of X and Y", a compass word after the word, two adjectives without a dash.
        ("la frontera de Costa Rica y Nicaragua", "NI", "Costa Rica–Nicaragua border"),
        ("mpakani mwa Kenya na Somalia", "KE", "Kenya–Somalia border"),
        ("la frontera norte entre Ecuador y Colombia", "EC", "Colombia–Ecuador border"),
        ("la frontera sur con Costa Rica", "NI", "Costa Rica–Nicaragua border"),
        ("la frontera colombo ecuatoriana", "EC", "Colombia–Ecuador border"),
        # Combining forms and demonstratives.
        ("cette frontière maroco-algérienne", "MA", "Algeria–Morocco border"),
        ("il confine tagico-afghano", "TJ", "Afghanistan–Tajikistan border"),
        ("На україно-угорському кордоні", "UA", "Hungary–Ukraine border"),
        ("the Ethio-Eritrean border", "ET", "Eritrea–Ethiopia border"),
        ("the main Uganda-DRC border", "UG", "Democratic Republic of the Congo–Uganda border"),
        # A region named with its country in the genitive stands for the country.
        (
            "Pasienyje su Rusijos Federacijos Kaliningrado sritimi",
            "LT",
            "Lithuania–Russia border",
        ),
    ],
)
def test_country_pair(text: str, country: str, border: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, _pair(result)) == ("resolved", "border", border)


def test_pairs_without_the_event_country() -> None:
    assert _pair(geocode_place("на границе России с Белоруссией")) == "Belarus–Russia border"
    assert _pair(geocode_place("the Ethio-Eritrean border")) == "Eritrea–Ethiopia border"


def test_genitive_owner_of_the_event_country_is_its_own_border() -> None:
    # "the southern border of Uzbekistan": Uzbekistan's, narrowed by the direction.
    result = geocode_place("на южной границе Узбекистана", country="UZ")
    assert result.status in ("resolved", "ambiguous")
    pairs = {c.name for c in result.candidates} or {result.name}
    assert "Afghanistan–Uzbekistan border" in pairs
    assert "Kazakhstan–Uzbekistan border" not in pairs


def test_compass_word_of_another_language_is_read() -> None:
    assert parse_place("la frontera norte entre Ecuador y Colombia").suffix == "northern"
    assert parse_place("на южной границе Узбекистана").suffix == "southern"
    assert parse_place("itärajalla").suffix == "eastern"


def test_capitalised_words_after_the_word_are_no_pair() -> None:
    # "the Border Guard Post in X" is a post in X, not a border of "Guard" and "Post".
    assert parse_place("the Border Guard Post in Białowieża").kind == "restricted"


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        ("до кордону з Румунією", "UA", "Romania–Ukraine border"),
        ("на расейска-беларускім участку мяжы", "RU", "Belarus–Russia border"),
        ("la línea divisoria con Nicaragua", "HN", "Honduras–Nicaragua border"),
    ],
)
def test_instrumental_section_and_dividing_line(text: str, country: str, border: str) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, _pair(result)) == ("resolved", border)


def test_side_named_by_its_owner_in_the_genitive() -> None:
    # "со стороны Афганистана" (from Afghanistan's side) for a Tajik event.
    result = geocode_place("со стороны Афганистана", country="TJ")
    assert (result.status, result.country) == ("resolved", "AF")
    assert _pair(result) == "Afghanistan–Tajikistan border"


def test_a_town_s_border_in_turkish_and_the_country_s_own_border() -> None:
    result = geocode_place("Van'ın İran sınırında", country="TR")
    # The stretch of the border in Van province.
    assert (result.status, result.name) == ("resolved", "Iran–Turkey border in Van")
    assert result.admin1_code == "TR-65"
    result = geocode_place("the country's southeastern boundary with Pakistan", country="IR")
    assert (result.status, _pair(result)) == ("resolved", "Iran–Pakistan border")


def test_a_side_of_a_border_named_by_its_crossing() -> None:
    result = geocode_place("the Zambian side of the Kasumbalesa border", country="ZM")
    # The stretch of the line by the crossing, not the whole border.
    assert (result.status, result.country, _pair(result)) == (
        "resolved",
        "ZM",
        "Democratic Republic of the Congo–Zambia border at Kasumbalesa",
    )
    # Poland is no side of that border.
    assert geocode_place("the Polish side of the Kasumbalesa border").status == "unresolved"
