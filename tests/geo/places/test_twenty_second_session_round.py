"""Classes of the place round of session 22, over the seen sets (blind40, events14).

Each test holds one class of wording or choice, on our own phrases: other wordings,
places or units than the sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    "text",
    [
        "σε νησίδα στο ύψος της περιοχής Πυθίου Διδυμοτείχου",
        "στο ύψος της περιοχής Κυπρίνου Έβρου",
    ],
)
def test_a_lower_case_word_among_capitalised_names_is_no_name(text):
    # "στο ύψος της X" (at the level of X): the writer capitalises names, so the
    # lower-case "ύψος" (height) is a word, not the village Ypsos on Corfu.  Before,
    # Ypsos, 400 km away (a wrong place); now no place rather than a wrong one.
    result = geocode_place(text, country="GR")
    assert result.name != "Ypsos"


def test_a_lower_case_word_before_a_known_name_leaves_the_name():
    # With the word refused, the capitalised name of the text is the place.
    result = geocode_place("νησίδα στο ύψος του Σουφλίου", country="GR")
    assert (result.status, result.name) == ("resolved", "Souflí")


def test_a_name_capitalised_as_written_is_still_a_name():
    # The rule is the writer's capitals: "στο Ύψος" names the village.
    result = geocode_place("στο Ύψος", country="GR")
    assert (result.status, result.name) == ("resolved", "Ypsos")


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        ("la ciudad de desaguadero, en Puno", "PE", "Desaguadero"),
        ("el pueblo de sasabe, en Sonora", "MX", "Sásabe"),
    ],
)
def test_a_lower_case_name_after_a_settlement_word_is_a_name(text, country, town):
    # "the town of x": the settlement word says a name follows, whatever its case.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", town)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("ต.เกาะช้าง อ.เชียงแสน จ.เชียงราย", "Amphoe Chiang Saen"),
        ("ต.ท่าข้าม อ.แม่สาย จ.เชียงราย", "Amphoe Mae Sai"),
    ],
)
def test_a_town_outside_the_district_an_address_names_is_a_namesake(text, district):
    # "tambon X, amphoe Y, changwat Z": the tambon lies in the district; the island Ko
    # Chang of Trat and the Tha Kham of another province are namesakes, so the district
    # is the place.  Before, ambiguous between the namesake and the district.
    result = geocode_place(text, country="TH")
    assert (result.status, result.name, result.precision) == ("resolved", district, "district")


def test_a_namesake_outside_the_region_leaves_the_town_it_names():
    # "the Thốt Nốt canal, Núi Sam ward, Châu Đốc city, An Giang": the town Thốt Nốt of
    # Cần Thơ lies outside An Giang; the canal, unknown, lies in Châu Đốc: its region.
    # Before, ambiguous between Thốt Nốt and Châu Đốc.
    result = geocode_place("kênh Thốt Nốt, phường Núi Sam, TP Châu Đốc – An Giang", country="VN")
    assert (result.status, result.name) == ("resolved", "An Giang")


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        ("Malanville, à 70 km au nord de Kandi", "BJ", "Malanville"),
        ("Gaya, à 280 km au sud-est de Niamey", "NE", "Gaya"),
        ("Sonoyta, a 100 km al oeste de Nogales", "MX", "Sonoyta"),
        ("Puerto Santander, a 40 kilómetros al norte de Cúcuta", "CO", "Puerto Santander"),
        ("مدينة الباب (30 كم شمال شرق مدينة حلب)", "SY", "Al Bāb"),
    ],
)
def test_a_town_placed_at_a_distance_from_another_is_that_town(text, country, town):
    # "X, à 70 km au nord de Y", "X (30 km north-east of Y)" in French, Spanish and
    # Arabic, as English "X, 44 km north of Y" was read: X lies about that far from Y,
    # that way.  Before, X was looked for within a town's reach of Y, not found, and
    # "near Y" was answered (a wrong place 70-280 km off), or both names were listed.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", town)


def test_an_unknown_place_at_a_distance_is_not_near_the_town():
    # "X, 44 km north of Y" with X unknown: X is not near Y, but 44 km off; the region
    # holding Y is answered, as for a direction at no given distance.  Before, near Y.
    result = geocode_place("Foobarville, 44 km north of Aleppo", country="SY")
    assert (result.status, result.precision) == ("resolved", "region")


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("az ártándi határon", "Borș–Ártánd"),
        ("a letenyei határon", "Letenye–Goričan"),
        ("a záhonyi határon", "Záhony–Chop"),
    ],
)
def test_a_border_named_by_a_declined_crossing_is_the_border_there(text, crossing):
    # "a X-i határon" (at the X border, the Hungarian adjective of the place): the
    # border at the crossing of that name, as "the Nagylak border" is read.  Before,
    # the crossing's name was looked up only as written: the border nearest a town of
    # the name, Hungary when two lie near (Záhony), nothing when no town bears it.
    result = geocode_place(text, country="HU")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert crossing in (result.name or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("East Khasi Hills", "IN"),
        ("in West Garo Hills", "IN"),
        ("North 24 Parganas", "IN"),
        ("North Waziristan", "PK"),
    ],
)
def test_a_district_named_with_a_compass_word_is_the_district(text, country):
    # "North Waziristan", "East Khasi Hills": the capitalised compass word opens the
    # district's own name, named bare as South Asian reporting names districts; not
    # the north of a place called Waziristan.  Before, unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "district")


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("ด่านพรมแดนถาวรแม่สาย", "Mae Sai–Tachileik"),
        ("ด่านพรมแดนถาวรอรัญประเทศ", "Poipet–Aranyaprathet"),
    ],
)
def test_a_thai_permanent_checkpoint_is_the_crossing_named_after_it(text, crossing):
    # "ด่านพรมแดนถาวร X" (the permanent border checkpoint X), written joined: "ถาวร"
    # (permanent) between the checkpoint's words and the name says which kind of post
    # it is.  Before, it stayed on the name, which nothing then found.
    result = geocode_place(text, country="TH")
    assert (result.status, result.name) == ("resolved", crossing)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("منبج، 80 كم شرق حلب", "Manbij"),
        ("تل أبيض، 90 كم شمال الرقة", "Tall Abyaḑ"),
        ("مدينة جرابلس، محافظة حلب", "Jarābulus"),
    ],
)
def test_the_arabic_comma_parts_a_place_from_what_places_it(text, town):
    # "X، 80 km east of Y": the Arabic comma (also Persian and Urdu) parts the place
    # from the words that place it, as a comma does; the caseless words before it
    # ("مدينة جرابلس", the city of Jarabulus) are read for their name as a whole text is.
    # Before, the text was one name, and its two names were listed: ambiguous.
    result = geocode_place(text, country="SY")
    assert (result.status, result.name) == ("resolved", town)


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        ("поблизу н. п. Великий Бурлук Харківської області", "UA", "Velykyi Burluk", "near"),
        # Since session 42 the village itself: it lies 25 km from Glushkovo, just beyond
        # the circle the district is drawn as, and is the region's one Tëtkino.
        ("в н.п. Тёткино Глушковского района", "RU", "Tëtkino", "settlement"),
        ("в населённом пункте Суджа", "RU", "Sudzha", "settlement"),
    ],
)
def test_an_inhabited_place_word_names_a_settlement(text, country, name, precision):
    # "н.п. X" (населённый пункт, inhabited place), the abbreviation of Russian,
    # Ukrainian and Belarusian border and military reports, is a settlement word as
    # "село" is: the place after it is a town, in the unit after that.  Before, it was
    # read into the unit's name (unresolved), or "пункт" as a crossing point.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)
