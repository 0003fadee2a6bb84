"""Round 32g (issue 11): the grammar around a known crossing's name in local languages.

Each class stopped crossings the data holds: a crossing word the grammar lacked
(Armenian "անցակետ", Greek "Μ.Σ.", Turkish "Gümrük Sahası", Thai "จุดเชื่อมชายแดน"), a
case ending (Armenian genitive), a part of a port after its Chinese name ("口岸旅检通道"),
a French article joined to "de" before the crossing word, a Russian crossing followed by
the border it lies on, and a Thai municipality or quoted name after the checkpoint word.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


def _crossing(text: str, hint: str) -> str | None:
    result = geocode_place(text, country=hint)
    # A crossing is drawn at its point: its own (exact) or its village's (settlement).
    if result.status != "resolved" or result.precision not in ("exact", "settlement"):
        return None
    return result.name


@pytest.mark.parametrize(
    "text",
    [
        # blind11: the name in the genitive, the checkpoint word in the ablative.
        "Նորդուզի անցակետից",
        "Նորդուզի անցակետը",
        # The customs checkpoint of Agarak, locative; Agarak in the genitive.
        "Ագարակի մաքսային անցակետում",
        "«Ագարակ» մաքսային անցակետն",
    ],
)
def test_armenian_checkpoint_word_and_genitive(text):
    assert _crossing(text, "AM") == "Agarak–Nordooz"


@pytest.mark.parametrize("text", ["Նորդուզի", "Նորդուզից"])
def test_armenian_case_endings_are_read_back_to_the_name(text):
    # Without a crossing word: the genitive and the ablative of Norduz.
    assert _crossing(text, "AM") == "Agarak–Nordooz"


def test_russian_text_of_an_armenian_event_keeps_its_country_name():
    # The Armenian endings are tried on Armenian letters only: tried on every text of
    # an Armenian event, they cost this one its reading "Kornidzor, Armenia".
    result = geocode_place("населенного пункта Корнидзор Армении", country="AM")
    assert result.name == "Kornidzor"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind4, blind36: a part of the port after its name, a description before "的".
        ("绥芬河口岸旅检通道", "Pogranichny–Suifenhe"),
        ("通向姐告大桥的瑞丽口岸联检中心", "Muse–Ruili"),
        ("瑞丽口岸联检大楼", "Muse–Ruili"),
        # blind4: the port of the first town, on the way to the second.
        ("黑河至布拉戈维申斯克口岸", "Blagoveshchensk–Heihe"),
        # Still read as before.
        ("满洲里公路口岸", "Zabaykalsk–Manzhouli"),
        ("内蒙古自治区二连浩特口岸", "Erenhot–Zamyn-Üüd"),
    ],
)
def test_chinese_port_parts_and_descriptions(text, name):
    assert _crossing(text, "CN") == name


def test_greek_abbreviated_border_station_is_the_crossing():
    # blind29: "Μ.Σ." is μεθοριακός σταθμός; the crossing itself, not near it.
    result = geocode_place("στον Μ.Σ. Κούλατα - Προμαχώνα", country="BG")
    assert result.status == "resolved"
    assert result.name == "Kulata–Promachonas"
    assert result.precision == "exact"
    assert _crossing("στον μεθοριακό σταθμό Προμαχώνα", "GR") == "Kulata–Promachonas"


@pytest.mark.parametrize(
    "text",
    [
        # blind11: "du" (de le) before the crossing word and its nationality adjective.
        "du poste frontière ivoirien de Noé",
        "du poste frontière de Noé",
        "au poste frontière ivoirien de Noé",
    ],
)
def test_french_article_joined_to_de_before_a_crossing(text):
    assert _crossing(text, "CI") == "Elubo–Noé"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # blind15: the crossing quoted, its country, then the border it is on.
        ('Пункт пропуска "Нарва" в Эстонии на границе с Ленинградской областью', "RU"),
        ("пункт пропуска «Нарва» на границе с Россией", "EE"),
        ("нарвский пункт пропуска на границе с Россией", "EE"),
    ],
)
def test_russian_crossing_on_the_border_with(text, hint):
    assert _crossing(text, hint) == "Narva–Ivangorod"


def test_russian_unnamed_crossing_on_the_border_stays_the_border():
    result = geocode_place("пункт пропуска на границе с Украиной", country="RU")
    assert result.precision == "border"


def test_turkish_customs_area_names_its_crossing():
    # blind15: "Gümrük Sahası" (customs area) with a case ending after the apostrophe.
    assert _crossing("Akçakale Gümrük Sahası’na", "TR") == "Akçakale–Tal Abyad"
    assert _crossing("Akçakale Gümrük Sahasında", "TR") == "Akçakale–Tal Abyad"


@pytest.mark.parametrize(
    "text",
    [
        # blind35: "the area of" before the checkpoint, the subdistrict municipality of
        # Mae Sai after it; a quoted name after "border connecting point".
        "บริเวณด่านพรมแดนเทศบาลตำบลแม่สาย",
        "ด่านพรมแดนเทศบาลตำบลแม่สาย",
        "จุดเชื่อมชายแดน’แม่สาย’",
        "จุดเชื่อมชายแดน‘แม่สาย’",
    ],
)
def test_thai_checkpoint_of_a_municipality_and_quoted_name(text):
    assert _crossing(text, "TH") == "Mae Sai–Tachileik"


def test_thai_municipality_alone_is_still_the_town():
    result = geocode_place("เทศบาลตำบลแม่สาย", country="TH")
    assert result.name == "Mae Sai"
    assert result.precision == "settlement"
