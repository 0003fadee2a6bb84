"""Seas, straits and disputed islets by name (``data/gazetteer/waters.tsv``).

Maritime reports name the water, not a town: each phrase below was unresolved before
the table, and each answer is a circle (precision ``near`` or ``region``), never a pin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.waters import WATER_KINDS, load_waters, water_key

HEADER = "kind\tname\tforms\tlat\tlon\treach_km\tcountries\tsource\tnote\n"
GOOD = "strait\tStrait of X\tStrait of X;X Strait\t26.5\t56.2\t80\tIR;OM\thttps://e.org/x\tn\n"
#: A row of another feature, sorted after GOOD, to be spoilt one field at a time.
LATER = "strait\tY Strait\tY Strait;Straits of Y\t26.5\t56.2\t8\tIR\thttps://e.org/y\tn\n"


def _table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "waters.tsv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "field"),
    [
        (LATER.replace("\tn\n", "\n"), "fields"),
        (LATER.replace("strait\t", "river\t", 1), "kind"),
        (LATER.replace("\t26.5\t", "\tnorth\t"), "lat"),
        (LATER.replace("\t26.5\t", "\t96.5\t"), "lat"),
        (LATER.replace("\t56.2\t", "\t256.2\t"), "lon"),
        (LATER.replace("\t56.2\t", "\t56.123456\t"), "lon"),
        (LATER.replace("\t8\t", "\t0\t"), "reach_km"),
        (LATER.replace("\t8\t", "\t8.5\t"), "reach_km"),
        (LATER.replace("\tIR\t", "\tIRN\t"), "countries"),
        (LATER.replace("\tIR\t", "\tXX\t"), "countries"),
        (LATER.replace("\tIR\t", "\tOM;IR\t"), "countries"),
        (LATER.replace("https://", "http://"), "source"),
        (LATER.replace("\tn\n", "\t \n"), "note"),
        (LATER.replace(";Straits of Y", ";the 12"), "forms"),
        (LATER.replace("\tY Strait;", "\tStrait Y;"), "forms"),
        # A form another row has: the table would have to guess between them.
        (LATER.replace(";Straits of Y", ";x strait"), "forms"),
        (LATER.replace("strait\t", "bay\t", 1), "name"),
    ],
)
def test_a_bad_row_names_file_line_and_field(tmp_path, row, field) -> None:
    path = _table(tmp_path, GOOD, row)
    with pytest.raises(GeometryDataError, match=rf"waters\.tsv:3: {field}"):
        load_waters(path)


def test_forms_are_keyed_without_their_article(tmp_path) -> None:
    waters = load_waters(_table(tmp_path, GOOD, LATER))
    assert set(waters) == {"strait of x", "x strait", "y strait", "straits of y"}
    assert water_key("the Strait of X") == "strait of x"
    water = waters["x strait"]
    assert (water.kind, water.reach_km, water.countries) == ("strait", 80.0, ("IR", "OM"))


def test_the_shipped_table_loads() -> None:
    waters = set(load_waters().values())
    assert len(waters) >= 100
    assert {w.kind for w in waters} <= WATER_KINDS


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        ("the strategic Strait of Hormuz", "IR", "Strait of Hormuz", "region"),
        ("Scarborough Shoal", "PH", "Scarborough Shoal", "near"),
        ("in the Gulf of Finland", "EE", "Gulf of Finland", "region"),
        # Russian declines the gulf's name: read back to the listed nominative.
        ("в Финском заливе", "RU", "Gulf of Finland", "region"),
        # Spanish reports name the bank by its cay: unresolved before round39g.
        ("en inmediaciones del Cayo Serranilla", "CO", "Serranilla Bank", "near"),
        # An island word before the cay's own form: unresolved before round39g.
        ("la isla cayo de Serrana", "CO", "Serrana Bank", "near"),
        # Islets the events sets name, unresolved before round40f; the Russian genitive
        # of the island word is read back to the listed "остров".
        ("near Farsi Island", "IR", "Farsi Island", "near"),
        ("в районе острова Вайндлоо", "EE", "Vaindloo", "near"),
    ],
)
def test_a_named_water_is_its_circle(text, country, name, precision) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)
    assert result.geometry.geom_type == "Point" and result.uncertainty_km >= 3
    assert "drawn as a circle" in result.note


def test_an_island_word_stands_before_land_features_only() -> None:
    from bordermap.geo.places.waters import water_named

    assert water_named("the island of Scarborough Shoal").name == "Scarborough Shoal"
    # A sea is no island: the word does not fall away before its name.
    assert water_named("Mar Caribe").name == "Caribbean Sea"
    assert water_named("isla Mar Caribe") is None


def test_a_distance_from_a_water_grows_its_circle() -> None:
    shoal = geocode_place("Scarborough Shoal", country="PH")
    off = geocode_place("40 km south of Scarborough Shoal", country="PH")
    assert off.name == shoal.name
    assert off.uncertainty_km == pytest.approx(shoal.uncertainty_km + 40)
    assert "grows" in off.note


def test_a_disputed_feature_is_counted_on_the_claimant_events_side() -> None:
    # The Habomai Islands lie in Russia's outline; Japan claims them.
    for hint in ("JP", "RU"):
        result = geocode_place("歯舞群島周辺", country=hint)
        assert (result.name, result.country) == ("Habomai Islands", hint)
    assert "side of the event's country" in geocode_place("歯舞群島", country="JP").note


def test_a_feature_off_the_events_country_is_not_taken() -> None:
    result = geocode_place("the Strait of Hormuz", country="FI")
    assert result.status == "unresolved"
    assert "not the event's country FI" in result.note


def test_resolved_events_at_sea_keep_their_hint(write) -> None:
    from bordermap.geo import schema
    from bordermap.geo.events.loading import load_events
    from bordermap.geo.resolve import resolve_events
    from tests.sample import HEADER

    rows = [
        ("shoal", "Scarborough Shoal", "PH"),
        ("isles", "北方領土の歯舞群島周辺の太平洋側", "JP"),
    ]
    lines = [f"{ident},,Boat,other,alleged,{place},{hint},,,S,," for ident, place, hint in rows]
    path = write("e.csv", HEADER + "\n" + "\n".join(lines) + "\n")
    events = resolve_events(load_events([path])).events.set_index(schema.ID)
    for ident, _, hint in rows:
        assert events.loc[ident, schema.RESOLVE_STATUS] == "resolved"
        # At sea (the shoal) no outline holds it; the isles lie in Russia's outline.
        assert events.loc[ident, schema.COUNTRY] == hint


def test_a_region_of_the_features_country_may_hold_it() -> None:
    # The outlines leave Browse Island out of Western Australia, which the text names.
    result = geocode_place(
        "near Browse Island, about 280 nautical miles north-north-east of Broome in "
        "Western Australia",
        country="AU",
    )
    assert (result.status, result.name, result.precision) == ("resolved", "Browse Island", "near")
    # A region of another country is no container of the feature.
    assert (
        geocode_place("Gulf of Finland in Vitebsk Oblast", country="BY").name != "Gulf of Finland"
    )


def test_a_countrys_name_for_its_part_of_a_sea_is_never_another_sea() -> None:
    # The Philippines' "West Philippine Sea" is its part of the South China Sea; with
    # its compass word dropped it had read as the Philippine Sea, east of the islands.
    result = geocode_place("West Philippine Sea", country="PH")
    assert (result.name, result.precision) == ("South China Sea", "region")
