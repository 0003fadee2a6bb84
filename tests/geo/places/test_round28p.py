"""Place classes of round 28p, found on ``blind51``, ``blind52`` and the events sets."""

from __future__ import annotations

import pytest

from bordermap.geo.places.devanagari_states import state_key
from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # A state named bare in Hindi or Marathi, which the gazetteer holds only in its
        # Sanskrit form ("राजस्थानराज्यम्") or with the nasal letter ("पञ्जाब").
        ("पंजाब", "IN-PB"),
        ("राजस्थान", "IN-RJ"),
        ("असम", "IN-AS"),
        ("गुजरात", "IN-GJ"),
        ("मेघालय", "IN-ML"),
        ("सिक्किम", "IN-SK"),
        ("पंजाब में", "IN-PB"),
        ("पंजाब सीमेवरून", "IN-PB"),
        ("राजस्थान सीमा पर", "IN-RJ"),
        ("मेघालय के दक्षिण-पश्चिम खासी हिल्स ज़िले में", "IN-ML"),
    ],
)
def test_a_state_named_bare_in_hindi_is_the_state(text, region):
    result = geocode_place(text, country="IN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region


def test_the_state_key_joins_the_hindi_and_the_sanskrit_spellings():
    assert state_key("पञजाबराजयम") == state_key("पंजाब")
    assert state_key("असमराजयम") == "असम"
    # A name that merely ends in the letters is left as it is when nothing precedes.
    assert state_key("राजयम") == "राजयम"


def test_a_state_name_is_looked_up_in_the_events_country_only():
    # "पंजाब" is a town of Afghanistan too (Panjab): never taken for an Indian event,
    # and the Indian state is not answered for a Pakistani one.
    result = geocode_place("पंजाब", country="PK")
    assert result.status != "resolved" or result.country == "PK"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # The command of a province's border guard stands for the province, as the
        # border guard itself does.
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "VN-09"),
        ("Bộ Chỉ huy BĐBP tỉnh An Giang", "VN-44"),
        ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "VN-25"),
        ("Đồn Biên phòng Tịnh Biên (Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang)", "VN-44"),
        ("Bộ đội Biên phòng tỉnh Tây Ninh", "VN-37"),
    ],
)
def test_a_provinces_border_guard_command_is_the_province(text, region):
    result = geocode_place(text, country="VN")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region
    assert not result.note or "not understood" not in result.note


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # A Bengali chain whose first word is a district in the genitive, with two
        # villages joined by a dash after it: the region holding the district, as
        # without the dash.
        ("বান্দরবানের নাইক্ষ্যংছড়ির ঘুমধুম-তুমব্রু সীমান্ত জনপদে", "BD-B"),
        ("বান্দরবানের ঘুমধুম-তুমব্রু সীমান্তে", "BD-B"),
        ("বান্দরবানের ঘুমধুম–তুমব্রু সীমান্তে", "BD-B"),
        ("লালমনিরহাটের বুড়িমারী-চ্যাংরাবান্ধা সীমান্তে", "BD-F"),
    ],
)
def test_a_bengali_district_chain_with_a_dash_is_the_districts_region(text, region):
    result = geocode_place(text, country="BD")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # Hungarian names the county first, in the inessive, then the town in it.
        ("Bács-Kiskun vármegyében Bácsalmáson", "Bácsalmás", "HU-BK"),
        ("Csongrád megyében Röszkén", "Röszke", "HU-CS"),
        ("Csongrád megyében Ásotthalmon", "Ásotthalom", "HU-CS"),
        ("Somogy vármegyében Barcson", "Barcs", "HU-SO"),
        ("Szabolcs-Szatmár-Bereg vármegyében Záhonyban", "Záhony", "HU-SZ"),
    ],
)
def test_a_hungarian_county_before_its_town_holds_it(text, name, region):
    result = geocode_place(text, country="HU")
    assert result.status == "resolved"
    assert result.name == name
    assert result.admin1_code == region


@pytest.mark.parametrize(
    "text",
    [
        # A town the data files under a unit of its own (Szeged, a city with county
        # rights), or one of another county: the county the text names, never two
        # places at once.
        "Csongrád-Csanád vármegyében Szegeden",
        "Csongrád megyében Kiskunhalason",
    ],
)
def test_a_hungarian_county_is_answered_when_its_town_is_not_found_in_it(text):
    result = geocode_place(text, country="HU")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == "HU-CS"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # A region's border in the possessive (English "'s", German genitive "s"),
        # several borders reaching it: the region, as "the Saxony border" is.
        ("Saxony's border", "DE-SN"),
        ("Sachsens Grenze", "DE-SN"),
        ("Bavaria's border", "DE-BY"),
        ("Bayerns Grenze", "DE-BY"),
    ],
)
def test_a_regions_border_in_the_possessive_is_the_region(text, region):
    result = geocode_place(text, country="DE")
    assert result.status == "resolved"
    assert result.precision == "region"
    assert result.admin1_code == region


@pytest.mark.parametrize(
    ("text", "region", "line"),
    [
        # With the other side named: that border's stretch in the region.
        ("an Sachsens Grenze zu Tschechien", "DE-SN", "Czechia–Germany"),
        ("Bayerns Grenze zu Österreich", "DE-BY", "Austria–Germany"),
        ("Brandenburgs Grenze zu Polen", "DE-BB", "Germany–Poland"),
    ],
)
def test_a_regions_border_with_a_country_is_its_stretch(text, region, line):
    result = geocode_place(text, country="DE")
    assert result.status == "resolved"
    assert result.precision == "border"
    assert result.admin1_code == region
    assert (result.name or "").startswith(line)


def test_a_countrys_genitive_stays_the_country():
    # "Polens Grenze": Poland's, not a region "Polen".
    result = geocode_place("Polens Grenze zu Belarus", country="PL")
    assert result.status == "resolved"
    assert result.precision == "border"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # "ППП": the Russian-language abbreviation of a border crossing point, as "КПП"
        # and Ukrainian "ПП" are, before the crossing's name.
        ('через ППП "Лачин"', "AZ", "Laçın"),
        ("ППП «Красный мост»", "AZ", "Red Bridge"),
        ("через ППП «Ялама»", "AZ", "Samur–Yarag-Kazmalyar"),
        ("ПП «Вилок»", "UA", "Tiszabecs–Vylok"),
    ],
)
def test_the_abbreviated_crossing_point_names_the_crossing(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name


@pytest.mark.parametrize(
    "text",
    [
        # A crossing in a unit the outlines lack, drawn as a circle about its size: the
        # circle holds the crossing, so the text names one place, not two.
        "au niveau du poste de péage de Kasumbalesa dans le Haut- Katanga",
        "au niveau du poste de péage de Kasumbalesa dans le Haut-Katanga",
    ],
)
def test_a_unit_drawn_as_a_circle_holds_the_crossing_in_it(text):
    result = geocode_place(text, country="CD")
    assert result.status == "resolved"
    assert result.name == "Kasumbalesa"


def test_a_unit_below_admin1_drawn_as_a_circle_does_not_pin_its_town():
    # The report places the event in the municipality: its town is finer than that.
    text = (
        "el poblado fronterizo de La Mesilla, municipio de La Democracia, "
        "departamento de Huehuetenango"
    )
    result = geocode_place(text, country="GT")
    assert result.status != "resolved" or result.precision != "settlement"


@pytest.mark.parametrize(
    ("text", "hint", "name"),
    [
        # German "auf" (on) before the place: taken off as "an der" and "im" are.
        ("auf polnischem Hoheitsgebiet", "PL", "Poland"),
        ("auf dem polnischen Hoheitsgebiet", "PL", "Poland"),
        ("Auf der Europabrücke", "DE", "Kehl–Strasbourg"),
    ],
)
def test_german_auf_before_a_place_is_a_preposition(text, hint, name):
    result = geocode_place(text, country=hint)
    assert result.status == "resolved"
    assert result.name == name
