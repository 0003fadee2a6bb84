"""Crossings and crossing words of session 26 (issue 11), found on the seen field sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # Reporters' names of crossings the table has, now among the row's forms.
        ("En Aguas Blancas", "BO", "Aguas Blancas–Bermejo"),
        ("a Ponte Binacional", "GF", "Oyapock River Bridge"),
        ("Palanca-Maiaki-Udobnoe", "MD", "Palanca–Maiaky"),
        ("en Paso Canoa", "PA", "Paso Canoas"),
        ("El puente internacional Unión", "VE", "Puerto Santander–Boca de Grita"),
    ],
)
def test_reporters_forms_of_crossings(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # Croatian "prolaz"/"prolazak" in a case before the crossing's town.
        ("Prolaskom Bregane", "HR", "Bregana–Obrežje"),
        # "Complejo Fronterizo de X": the post of the pass the table lists.
        ("El Complejo Fronterizo de Jama", "AR", "Paso de Jama"),
        # "Puente <name> Internacional de <town>": the kind word inside the name.
        (
            "las inmediaciones del Puente Nuevo Internacional de Matamoros",
            "MX",
            "Brownsville–Matamoros",
        ),
        ("el puente fronterizo Rodolfo Robles", "MX", "Ciudad Hidalgo–Tecún Umán"),
        # A gate's number among its town's gates, before the kind words.
        ("the Kim Thanh No. 2 International Road Border Gate", "VN", "Lao Cai–Hekou"),
        ("Cửa khẩu Quốc tế đường bộ số II Kim Thành", "VN", "Lao Cai–Hekou"),
        # "X, Alta": the Canadian press abbreviation without its closing stop.
        ("the busy U.S. border crossing in Coutts, Alta", "CA", "Coutts–Sweetgrass"),
        # German "Grenz-Brücke X", Hungarian "autópálya-határátkelő" after a town's adjective.
        (
            "an der Grenz-Brücke San Roque González de Santa Cruz",
            "AR",
            "San Roque González de Santa Cruz Bridge",
        ),
        ("a röszkei autópálya-határátkelőnél", "HU", "Röszke–Horgoš"),
        # "desert" says what kind of crossing it is, as "land" does.
        ("their Arar desert crossing", "IQ", "Jadidat Arar"),
    ],
)
def test_crossing_words_around_a_name(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


def test_a_polish_locative_of_a_town_in_d():
    # "w Iwangorodzie": the locative of Iwangorod, a form of the Narva–Ivangorod row.
    result = geocode_place("przez przejście graniczne w Iwangorodzie", country="RU")
    assert result.status == "resolved"
    assert result.name == "Narva–Ivangorod"


def test_a_crossing_on_one_of_the_sides_borders():
    # ", lado argentino" fits five borders; the bridge stands on one of them.
    result = geocode_place(
        "el Puente Internacional San Roque González de Santa Cruz, lado argentino", country="AR"
    )
    assert result.status == "resolved"
    assert result.name == "San Roque González de Santa Cruz Bridge"


def test_the_entrance_of_a_post_is_near_it():
    result = geocode_place("the entrance to Katima Mulilo border post", country="ZM")
    assert result.status == "resolved"
    assert result.name == "Katima Mulilo–Sesheke"
    assert result.precision == "near"


def test_the_head_of_a_bridge_is_the_bridge():
    # Spanish "la cabecera del puente X": the bridgehead, the bridge's own end.
    result = geocode_place(
        "en la cabecera del Puente Internacional San Roque González de Santa Cruz, lado argentino",
        country="AR",
    )
    assert result.status == "resolved"
    assert result.name == "San Roque González de Santa Cruz Bridge"
    assert result.precision == "settlement"


def test_a_pass_is_tried_for_the_whole_name_only():
    # "Friendship Pass" (Hữu Nghị) is no shortened name of the Thai–Myanmar bridge.
    # The name is Mae Sot's and Mae Sai's bridges' (session 54): one of the two.
    result = geocode_place("the 420-meter Thai-Myanmar Friendship Bridge", country="MM")
    assert result.status == "ambiguous"
    assert {c.name for c in result.candidates} == {"Mae Sai–Tachileik", "Mae Sot–Myawaddy"}


def test_a_vietnamese_provincial_border_guard_is_its_province():
    result = geocode_place(
        "Đồn Biên phòng cửa khẩu Mỹ Quý Tây (Bộ đội Biên phòng tỉnh Tây Ninh)", country="VN"
    )
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "VN-37"


def test_the_bare_names_left_out_stay_what_they_were():
    # "Kim Thành" alone is still the district in Hải Phòng's region, not the gate.
    assert geocode_place("Kim Thành", country="VN").precision == "region"
    # "Alta" after a comma is Alberta only at the end, from the Canadian press's list.
    assert geocode_place("Alta", country="NO").country == "NO"


@pytest.mark.parametrize(
    ("text", "hint", "crossing"),
    [
        # Of the three Austrian Bergs, the one the Berg–Petržalka crossing lies at; the
        # crossing is listed under both towns, not under "Berg" alone.
        ("am Grenzübergang Berg", "AT", "Berg–Petržalka"),
        ("The main border crossing at Ganta", "LR", "Diéké–Ganta"),
    ],
)
def test_the_one_crossing_lying_at_the_town_named(text, hint, crossing):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == crossing


def test_the_bare_town_stays_ambiguous():
    # Without a crossing word the name is the towns', and three Bergs lie in Austria.
    assert geocode_place("Berg", country="AT").status == "ambiguous"
