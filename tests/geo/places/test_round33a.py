"""Classes of place round 33a: place phrases of the blind64 set as reporters write them.

Pashto reports name a place inside its genitive and locative words: "د X" (of X),
"په X کې" (in X), "له X" (from X), "سيمه" (area) after it, with "ولسوالۍ" (district),
"ولایت" (province) and "دروازه" (gate) as its unit words; and the Afghan provinces along
the Pakistani border by their bare Pashto names, which GeoNames gives only joined to
the unit word.  Crossings named in another language than the table held: Thai
"ด่านท่าขี้เหล็ก" (the Tachileik post), the Georgian post "Дариали" at Upper Lars with
its Russian title "ТПП".
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "name", "precisions"),
    [
        # Field phrases (blind64): before, unresolved.
        ("د پکتيکا په انګور اډه سيمه کې", "Angoor Adda", {"exact"}),
        ("د کندهار د سپين بولدک له دوستۍ دروازې", "Chaman–Spin Boldak", {"exact", "near"}),
        ("د پکتيا په ډنډ پټان ولسوالۍ کې", "Paktya", {"region"}),
        ("پر کونړ ولایت", "Kunar", {"region"}),
        # Our own: the Dari name, the Persian letters, a known district inside a
        # province, and another crossing's gate.
        ("پر کنر ولایت", "Kunar", {"region"}),
        ("د پکتیکا ولایت", "Paktika", {"region"}),
        ("په انګور اډه سیمه کې", "Angoor Adda", {"exact"}),
        ("د پکتیا ولایت په زرمت ولسوالۍ کې", "Zurmat", {"district"}),
        ("له تورخم دروازې", "Torkham", {"exact"}),
    ],
)
def test_pashto_place_phrases(text: str, name: str, precisions: set[str]) -> None:
    result = geocode_place(text, country="AF")
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision in precisions


@pytest.mark.parametrize("text", ["د", "په کې", "سيمه", "ولسوالۍ", "دوستۍ"])
def test_pashto_words_alone_name_no_place(text: str) -> None:
    assert geocode_place(text, country="AF").status != "resolved"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrases (blind64): before, unresolved. Tachileik in Thai; the Georgian
        # post at Upper Lars, "Dariali", in a Russian report with its "ТПП" title.
        ("ด่านท่าขี้เหล็ก", "TH", "Mae Sai–Tachileik"),
        ('на участке ТПП "Дариали"-Ларс (нейтральная территория)', "GE", "Upper Lars"),
        # Our own.
        ("ท่าขี้เหล็ก", "TH", "Mae Sai–Tachileik"),
        ('ТПП "Дарьяли"', "GE", "Upper Lars"),
        ("Дарьяли-Ларс", "RU", "Upper Lars"),
        ("на участке КПП Верхний Ларс", "RU", "Upper Lars"),
    ],
)
def test_crossing_forms_of_other_languages(text: str, country: str, name: str) -> None:
    result = geocode_place(text, country=country)
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision in {"exact", "settlement"}


@pytest.mark.parametrize("text", ["ТПП", "на участке"])
def test_post_words_alone_name_no_place(text: str) -> None:
    assert geocode_place(text, country="GE").status != "resolved"


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # Field phrase (blind64): before, unresolved. A border river in a province.
        ("Edirne’de Meriç Nehri üzerinden", "Greece–Turkey border (Evros) in Edirne", "border"),
        # Our own: "in X, Y" with the apostrophe typed either way.
        ("Edirne'de Meriç Nehri", "Greece–Turkey border (Evros) in Edirne", "border"),
        ("Edirne’de Kapıkule", "Kapıkule–Kapitan Andreevo", "exact"),
        ("Hatay’da Reyhanlı", "Reyhanlı", "settlement"),
        ("Meriç Nehri üzerinden", "Greece–Turkey border (Evros)", "border"),
    ],
)
def test_turkish_place_in_a_locative_holder(text: str, name: str, precision: str) -> None:
    result = geocode_place(text, country="TR")
    assert result.status == "resolved", result
    assert result.name == name
    assert result.precision == precision


def test_dan_issa_is_the_niger_border_village() -> None:
    # events40: "Dan Issa" of a Nigerien event was unresolved (not in cities500).
    result = geocode_place("Dan Issa", country="NE")
    assert result.status == "resolved", result
    assert result.name == "Dan-Issa"
    assert result.country == "NE"
    assert abs(result.lat - 13.205) < 0.01


def test_a_town_named_like_the_province_holding_the_crossing_is_that_province() -> None:
    # With Kandahar found in Persian letters too, "of Kandahar" beside the gate was a
    # second place; it is the province the crossing lies in, not another place.
    result = geocode_place("د کندهار د سپين بولدک له دوستۍ دروازې", country="AF")
    assert (result.status, result.name) == ("resolved", "Chaman–Spin Boldak")
    # Kabul's province does not hold the gate: two places, ambiguous as before.
    assert geocode_place("د کابل د سپين بولدک له دوستۍ دروازې", country="AF").status == "ambiguous"
