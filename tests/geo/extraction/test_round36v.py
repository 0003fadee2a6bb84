"""Round 36v: a craft's route, a craft said not to have been there, the claim a denial
answers and a shared adjective; each on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import negates_an_act
from bordermap.geo.extraction.places import find_places
from bordermap.geo.extraction.references import water_told_before


def _roles(sentence: str, hints: tuple[str, ...]) -> dict[str, str]:
    return {p.result.name: p.role for p in find_places(sentence, hints=hints)}


def test_a_craft_s_route_is_not_where_it_was_made_to_land():
    roles = _roles(
        "Belarus ordered an airliner flying from Warsaw to Vilnius to land in Minsk on Monday.",
        ("BY", "LT"),
    )
    assert roles["Vilnius"] == "aside"
    assert roles["Minsk"] == "at"


def test_a_place_after_to_without_a_craft_keeps_its_role():
    roles = _roles("Migrants were taken by bus from Hrodna to Kuźnica on Monday.", ("BY", "PL"))
    assert roles["Kuźnica"] == "at"


def test_a_craft_said_not_to_have_operated_there_is_a_denial():
    assert negates_an_act("no Latvian aircraft had been operating in Russian airspace")
    assert not negates_an_act("Latvian aircraft had been operating near the border")


def test_a_denial_answers_the_other_side_s_claim_not_its_own_side_s():
    report = report_from_text(
        "Published: 2023-05-10\n\nRussia and Latvia\n\n"
        "Russia's defence ministry said a Latvian drone had crossed the border near Pytalovo.\n\n"
        "A Latvian official said Russian guards had fired shots near Zilupe.\n\n"
        "A Latvian army spokesman said no Latvian aircraft had been operating in Russian "
        "airspace.\n"
    )
    denial = [e for e in extract_events(report, id_prefix="t").events if e.status == "denied"]
    assert len(denial) == 1
    assert denial[0].place_found == "Pytalovo"
    assert "Latvian" not in ";".join(denial[0].claimed_by)


def test_a_shared_adjective_is_the_report_s_country():
    sentence = "Four soldiers were detained for crossing onto Congolese territory."
    names = [p.result.name for p in find_places(sentence, hints=("CD", "UG"))]
    assert names == ["Democratic Republic of the Congo"]
    names = [p.result.name for p in find_places(sentence, hints=("CG", "CF"))]
    assert names == ["Republic of the Congo"]


def test_a_disputed_sea_border_is_the_report_s_border():
    sentence = "The two navies clashed near the disputed western sea border in May."
    names = [p.result.name for p in find_places(sentence, hints=("KP", "KR"))]
    assert names == ["North Korea–South Korea border"]


def test_the_waterway_is_the_water_named_before_it():
    before = "The guards were seen off the Shatt al-Arab waterway on Friday."
    told = [(before, find_places(before, hints=("IR", "IQ")))]
    water = water_told_before("The boats were towed up the waterway.", told)
    assert water is not None
    assert water.result.name == "Iraq–Iran border (Shatt al-Arab)"


def test_a_charge_doubted_leaves_the_arrest_as_told():
    report = report_from_text(
        "Published: 2019-04-02\n\nGreece and Turkey\n\n"
        "Two Turkish fishermen were detained by Greek coastguards near Lesbos on Monday "
        "for allegedly fishing in Greek waters.\n"
    )
    statuses = [e.status for e in extract_events(report, id_prefix="t").events]
    assert statuses == ["confirmed"]


def test_an_island_named_by_apposition_is_the_island_told_of_later():
    before = "Soldiers landed on Kasenyi, the disputed island in Lake Edward, on Monday."
    places = find_places(before, hints=("CD", "UG"))
    assert "Kasenyi" in [p.text for p in places]
    island = water_told_before("They chased fishermen off the island.", [(before, places)])
    assert island is not None
    assert island.text == "Kasenyi"


def test_the_island_is_never_a_state_named_islands():
    before = "Troops raised a flag on the island of Oema in the Solomon Islands on Friday."
    places = find_places(before, hints=("SB", "PG"))
    island = water_told_before(
        "Officials said they had taken over the island.", [(before, places)]
    )
    assert island is not None
    assert island.text == "Oema"
