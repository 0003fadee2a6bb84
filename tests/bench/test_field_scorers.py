"""The field-set scorers class answers as the issue defines, and the field files are sound.

Answers are built in code (no resolver run), so these tests hold whatever the resolver
scores today; no score threshold is asserted.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace

import pytest
import yaml
from shapely.geometry import LineString, Point, box

from bench.score_events import EVENTS_TRUTH, EVENTS_YAML, read_truth
from bench.score_places import (
    PLACES_CSV,
    TRUTH_KINDS,
    Answer,
    Truth,
    classify,
    extent_distance_km,
    format_table,
    good_share,
    holds,
    tally,
)

# A village in Krāslava municipality, a few km from the BY-LV border, and its region.
VILLAGE = Truth("settlement", lat=55.90, lon=27.17)
REGION = Truth("region", code="LV-047", lat=55.90, lon=27.17)
# A rough box around Latgale that holds the village, and a line standing for the border.
LATGALE = box(26.0, 55.6, 28.3, 57.2)
BORDER_LINE = LineString([(26.6, 55.68), (27.6, 55.80), (28.2, 56.1)])


def point_answer(lat: float, lon: float, precision: str = "settlement", **extra) -> Answer:
    return Answer("resolved", precision, lat, lon, Point(lon, lat), **extra)


def test_the_same_village_at_its_own_precision_is_correct():
    assert classify(point_answer(55.91, 27.18), VILLAGE).outcome == "correct"


def test_a_village_more_than_ten_km_away_is_wrong():
    verdict = classify(point_answer(56.10, 27.17), VILLAGE)
    assert verdict.outcome == "WRONG"
    assert "another place" in verdict.reason


def test_near_x_is_correct_within_25_km_and_a_settlement_answer_counts():
    near = Truth("near", lat=55.90, lon=27.17)
    assert classify(point_answer(56.05, 27.17, "near", uncertainty_km=25.0), near).outcome == (
        "correct"
    )
    assert classify(point_answer(55.90, 27.17), near).outcome == "correct"
    assert classify(point_answer(56.20, 27.17, "near"), near).outcome == "WRONG"


def test_a_crossing_answered_by_its_village_is_correct():
    crossing = Truth("exact", lat=56.00, lon=28.00)
    assert classify(point_answer(56.03, 28.02), crossing).outcome == "correct"


def test_a_town_answer_for_a_province_is_finer_than_the_report_and_wrong():
    province = Truth("region", code="TH-32")
    verdict = classify(point_answer(14.88, 103.49, "near", country="TH"), province)
    assert verdict.outcome == "WRONG"
    assert "finer" in verdict.reason


def test_the_region_holding_the_village_is_honestly_coarser():
    answer = Answer("resolved", "region", 56.0, 27.5, LATGALE, country="LV", admin1_code="LV-047")
    assert classify(answer, VILLAGE).outcome == "coarser"


def test_a_region_far_from_the_village_is_wrong():
    elsewhere = box(21.0, 56.5, 22.0, 57.5)
    answer = Answer(
        "resolved", "region", 57.0, 21.5, elsewhere, country="LV", admin1_code="LV-050"
    )
    assert classify(answer, VILLAGE).outcome == "WRONG"


def test_the_region_by_its_code_is_correct_and_another_code_is_not():
    answer = Answer("resolved", "region", 56.0, 27.5, LATGALE, admin1_code="LV-047")
    assert classify(answer, REGION).outcome == "correct"
    region_without_point = Truth("region", code="LV-058")
    assert classify(answer, region_without_point).outcome == "WRONG"


def test_a_region_code_of_another_iso_edition_is_the_same_region(monkeypatch):
    # Debian's iso-codes, which the sets cite, give Petén as GT-PE; the data as GT-17.
    import bench.score_places as scorer

    monkeypatch.setattr(scorer, "cited_code_names", lambda: {"GT-PE": "peten", "GT-JU": "jutiapa"})
    peten = Answer("resolved", "region", 16.9, -90.0, box(-91.5, 15.8, -89.1, 17.9))
    peten = replace(peten, admin1_code="GT-17", country="GT", name="Petén")
    assert classify(peten, Truth("region", code="GT-PE")).outcome == "correct"
    assert classify(peten, Truth("region", code="GT-JU")).outcome == "WRONG"
    # A namesake unit of another country is not it.
    assert not scorer.same_code(replace(peten, admin1_code="MX-17"), "GT-PE")


def test_a_kazakh_letter_code_is_the_numeric_code_of_the_later_edition():
    # blind73 cites West Kazakhstan as KZ-ZAP (iso-codes); the data's outline is KZ-27,
    # and the names are in other languages, so only the editions' table bridges them.
    west = Answer("resolved", "region", 50.5, 51.0, box(46.0, 48.0, 55.0, 52.0))
    west = replace(west, admin1_code="KZ-27", country="KZ", name="West Kazakhstan region")
    assert classify(west, Truth("region", code="KZ-ZAP")).outcome == "correct"
    assert classify(west, Truth("region", code="KZ-27")).outcome == "correct"
    assert classify(west, Truth("region", code="KZ-ALM")).outcome == "WRONG"


def test_the_region_an_iso_district_lies_in_is_coarser_and_another_region_wrong(monkeypatch):
    # ISO 3166-2 files Bangladesh's districts under its divisions (Debian's iso-codes):
    # Lalmonirhat BD-32 lies in Rangpur division BD-F, not in Chittagong BD-B.
    import bench.score_places as scorer

    monkeypatch.setattr(scorer, "cited_code_parents", lambda: {"BD-32": "BD-F"})
    lalmonirhat = Truth("region", code="BD-32")
    rangpur = Answer("resolved", "region", 25.8, 89.2, box(88.0, 25.0, 89.9, 26.6))
    rangpur = replace(rangpur, country="BD", admin1_code="BD-F", name="Rangpur")
    verdict = classify(rangpur, lalmonirhat)
    assert verdict.outcome == "coarser"
    assert "ISO 3166-2" in verdict.reason
    chittagong = replace(rangpur, admin1_code="BD-B", name="Chittagong")
    assert classify(chittagong, lalmonirhat).outcome == "WRONG"


def test_a_district_answer_is_the_iso_district_of_its_name_in_the_code_parent(monkeypatch):
    import bench.score_places as scorer

    monkeypatch.setattr(scorer, "cited_code_parents", lambda: {"BD-32": "BD-F"})
    monkeypatch.setattr(scorer, "cited_code_names", lambda: {"BD-32": "lalmonirhat"})
    lalmonirhat = Truth("region", code="BD-32")
    seat = point_answer(25.91, 89.45, "district", country="BD", admin1_code="BD-F")
    assert classify(replace(seat, name="Lalmonirhat"), lalmonirhat).outcome == "correct"
    # Another district of the division, or one of that name in another division, is not it.
    assert classify(replace(seat, name="Kurigram"), lalmonirhat).outcome == "WRONG"
    elsewhere = replace(seat, name="Lalmonirhat", admin1_code="BD-B")
    assert classify(elsewhere, lalmonirhat).outcome == "WRONG"


def test_a_border_holds_a_point_within_25_km_of_its_line():
    border = Answer("resolved", "border", 55.80, 27.60, BORDER_LINE, border="BY-LV")
    assert classify(border, VILLAGE).outcome == "coarser"
    far = Truth("settlement", lat=56.90, lon=27.17)
    assert classify(border, far).outcome == "WRONG"


def test_borders_compare_by_their_pair():
    truth = Truth("border", code="BY-LV")
    same = Answer("resolved", "border", 55.80, 27.60, BORDER_LINE, border="BY-LV")
    other = Answer("resolved", "border", 55.80, 27.60, BORDER_LINE, border="LV-RU")
    assert classify(same, truth).outcome == "correct"
    assert classify(other, truth).outcome == "WRONG"


def test_the_stretch_of_a_border_in_a_region_holds_that_region_only():
    region = Truth("region", code="LV-047")
    stretch = Answer(
        "resolved", "border", 55.80, 27.60, BORDER_LINE, admin1_code="LV-047", border="BY-LV"
    )
    whole = replace(stretch, admin1_code=None)
    assert classify(stretch, region).outcome == "coarser"
    # Without the code, the line is credited only by geometry: it runs along Krāslava's
    # outline (session 52), not along Jēkabpils's, some 60 km off.
    assert classify(whole, region).outcome == "coarser"
    assert classify(whole, Truth("region", code="LV-042")).outcome == "WRONG"
    assert classify(stretch, Truth("region", code="LV-042")).outcome == "WRONG"


def _district_stretch(pair: tuple[str, str], lat: float, lon: float, reach_km: float):
    """The line of ``pair`` inside a district's circle, cut as the resolver cuts it."""
    from bordermap.geo.borders.extents import border_extent
    from bordermap.geo.places.scope import KM_PER_DEGREE

    circle = Point(lon, lat).buffer(reach_km / KM_PER_DEGREE + 0.05)
    return border_extent(*pair).intersection(circle)


def test_the_stretch_of_a_border_in_a_district_holds_that_district_only():
    # "near the international border in Amritsar": Amritsar district by its seat
    # (GeoNames 1278710), which the district table seats there with a 52 km circle.
    amritsar = Truth("district", lat=31.62234, lon=74.87534)
    stretch = _district_stretch(("IN", "PK"), 31.6223, 74.8753, 52.0)
    point = stretch.representative_point()
    answer = Answer("resolved", "border", point.y, point.x, stretch, border="IN-PK")
    verdict = classify(answer, amritsar)
    assert (verdict.outcome, verdict.reason) == ("coarser", "border holding the district")
    # The whole line, or a part of the stretch, is not the district's stretch.
    whole = Answer("resolved", "border", point.y, point.x, _india_pakistan_line(), border="IN-PK")
    assert classify(whole, amritsar).outcome == "WRONG"
    half = stretch.intersection(box(74.0, 31.62, 75.5, 33.0))
    assert classify(replace(answer, geometry=half), amritsar).outcome == "WRONG"
    # Tarn Taran's stretch (its seat 20 km south, a 59 km circle) is another district's.
    tarn_taran = _district_stretch(("IN", "PK"), 31.4519, 74.9278, 59.0)
    assert classify(replace(answer, geometry=tarn_taran), amritsar).outcome == "WRONG"
    # A district no unit of the border's countries is seated at has no stretch.
    nowhere = Truth("district", lat=31.0, lon=72.0)
    assert classify(answer, nowhere).outcome == "WRONG"


def _india_pakistan_line():
    """The whole India–Pakistan line of the border data."""
    from bordermap.geo.borders.extents import border_extent

    return border_extent("IN", "PK")


def _whole_line(a: str, b: str) -> Answer:
    """The whole line of a pair as the resolver answers "a post on the A–B border"."""
    from bordermap.geo.borders.extents import border_extent

    line = border_extent(a, b)
    point = line.representative_point()
    return Answer("resolved", "border", point.y, point.x, line, border=f"{a}-{b}")


def test_a_border_line_is_coarser_than_a_region_of_its_pair_that_runs_along_it():
    # "в пункте пропуска «Ак-Тилек-автодорожный» на кыргызско-казахстанском участке":
    # the post has no point, the row codes Chüy region (KG-C), the answer is the line.
    kyrgyz_kazakh = _whole_line("KG", "KZ")
    verdict = classify(kyrgyz_kazakh, Truth("region", code="KG-C"))
    assert (verdict.outcome, verdict.reason) == ("coarser", "border holding the region")
    # A region of the other country of the pair, cited by iso-codes' letter code
    # (Zhambyl, KZ-ZHA, the data's KZ-31), is on the same line.
    assert classify(kyrgyz_kazakh, Truth("region", code="KZ-ZHA")).outcome == "coarser"
    # The Sudan–South Sudan line for White Nile state (Joda), and the Line of Control,
    # the India–Pakistan line of the data, for Azad Kashmir (the Battal sector).
    # Gibraltar's line with Spain, 1.2 km, runs along Cádiz province for its whole length.
    assert classify(_whole_line("ES", "GI"), Truth("region", code="ES-CA")).outcome == "coarser"
    white_nile, azad_kashmir = Truth("region", code="SD-NW"), Truth("region", code="PK-JK")
    assert classify(_whole_line("SD", "SS"), white_nile).outcome == "coarser"
    assert classify(_whole_line("IN", "PK"), azad_kashmir).outcome == "coarser"


def test_a_border_line_is_wrong_for_a_region_off_it_or_of_another_pair():
    kyrgyz_kazakh = _whole_line("KG", "KZ")
    # Batken and Osh lie 100 km and more from the Kazakh line; Bishkek city, a unit of
    # its own, lies some 8 km from it, inside Chüy: none of them is on the line.
    for code in ("KG-B", "KG-O", "KG-GB"):
        assert classify(kyrgyz_kazakh, Truth("region", code=code)).outcome == "WRONG", code
    # Masovia lies some 60 km from the Poland–Russia line; Podlaskie meets it only at
    # the tripoint with Lithuania, Warmia-Masuria runs along it.
    poland_russia = _whole_line("PL", "RU")
    assert classify(poland_russia, Truth("region", code="PL-14")).outcome == "WRONG"
    assert classify(poland_russia, Truth("region", code="PL-20")).outcome == "WRONG"
    assert classify(poland_russia, Truth("region", code="PL-28")).outcome == "coarser"
    # Chüy lies on no Kyrgyz–Tajik line, and White Nile on no Egypt–Sudan line.
    chuy = Truth("region", code="KG-C")
    assert classify(_whole_line("KG", "TJ"), chuy).outcome == "WRONG"
    assert classify(_whole_line("EG", "SD"), Truth("region", code="SD-NW")).outcome == "WRONG"
    # A region of a third country that touches the line's ends is not of the pair.
    assert classify(kyrgyz_kazakh, Truth("region", code="CN-XJ")).outcome == "WRONG"
    # A stretch of the line far from the region is not credited either.
    stretch = kyrgyz_kazakh.geometry.intersection(box(79.0, 42.0, 81.0, 43.5))
    assert classify(replace(kyrgyz_kazakh, geometry=stretch), chuy).outcome == "WRONG"


def test_a_country_of_the_pair_is_coarser_than_its_border_and_another_is_wrong():
    truth = Truth("border", code="FI-RU")
    finland = Answer("resolved", "country", 64.0, 26.0, box(20, 59, 32, 70), country="FI")
    estonia = Answer("resolved", "country", 58.7, 25.5, box(21, 57, 28, 60), country="EE")
    assert classify(finland, truth).outcome == "coarser"
    assert classify(estonia, truth).outcome == "WRONG"


def test_a_village_answer_for_a_border_line_is_wrong():
    verdict = classify(point_answer(55.8, 27.6), Truth("border", code="BY-LV"))
    assert verdict.outcome == "WRONG"


def test_countries_compare_by_code():
    thai = Answer("resolved", "country", 15.0, 101.0, box(97, 5, 106, 21), country="TH")
    assert classify(thai, Truth("country", code="TH")).outcome == "correct"
    assert classify(thai, Truth("country", code="KH")).outcome == "WRONG"


def test_ambiguous_and_unresolved_are_kept_apart_from_wrong():
    assert classify(Answer("ambiguous", "settlement", 1.0, 1.0), VILLAGE).outcome == "ambiguous"
    assert classify(Answer("unresolved"), VILLAGE).outcome == "unresolved"


def test_a_district_answered_by_its_region_is_coarser_and_by_its_town_is_wrong():
    district = Truth("district", lat=55.90, lon=27.17)
    region = Answer("resolved", "region", 56.0, 27.5, LATGALE, admin1_code="LV-047")
    assert classify(region, district).outcome == "coarser"
    assert classify(point_answer(55.90, 27.17), district).outcome == "WRONG"
    own = Answer("resolved", "district", 55.90, 27.17, Point(27.17, 55.90), uncertainty_km=25.0)
    assert classify(own, district).outcome == "correct"


def test_a_wider_district_holding_the_seat_is_coarser_and_one_that_does_not_is_wrong():
    uri = Truth("district", lat=34.086, lon=74.032)
    # Baramulla's seat lies 32 km from Uri's: its 39 km circle holds Uri, a 30 km one not.
    wide = Answer("resolved", "district", 34.209, 74.343, Point(74.343, 34.209), uncertainty_km=39)
    assert classify(wide, uri).outcome == "coarser"
    narrow = replace(wide, uncertainty_km=30.0)
    assert classify(narrow, uri).outcome == "WRONG"


def test_holds_needs_the_truth_inside_the_extent():
    answer = Answer("resolved", "region", 56.0, 27.5, LATGALE)
    assert holds(answer, VILLAGE)
    assert not holds(answer, Truth("settlement", lat=54.0, lon=27.17))


def test_extent_distance_is_zero_inside_and_geodesic_outside():
    assert extent_distance_km(LATGALE, 56.0, 27.0) == 0.0
    # One degree of latitude south of the box is about 111 km.
    assert extent_distance_km(LATGALE, 54.6, 27.0) == pytest.approx(111.3, abs=1.0)


def test_tables_count_outcomes_and_the_good_share():
    scored = [
        {"border": "BY-LV", "outcome": "correct"},
        {"border": "BY-LV", "outcome": "coarser"},
        {"border": "EE-RU", "outcome": "WRONG"},
        {"border": "EE-RU", "outcome": "unresolved"},
    ]
    table = tally(scored, "border")
    assert good_share(table["BY-LV"]) == 1.0
    assert good_share(Counter()) == 0.0
    text = format_table(table, "border")
    assert "| BY-LV | 2 | 1 | 1 | 0 | 0 | 0 | 100% |" in text
    assert "| **total** | 4 | 1 | 1 | 0 | 1 | 1 | 50% |" in text


# --- the field files --------------------------------------------------------------------

PLACES_HEADER = [
    "id",
    "phrase",
    "lang",
    "border",
    "continent",
    "country_hint",
    "truth_kind",
    "truth_name",
    "truth_code",
    "truth_lat",
    "truth_lon",
    "truth_source",
    "article_url",
    "article_publisher",
    "article_date",
    "note",
]
PAIR = re.compile(r"^[A-Z]{2}-[A-Z]{2}$")
SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
SOURCE = re.compile(r"^(geonames:\d+|https?://\S+)$")


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == PLACES_HEADER
        return list(reader)


def test_the_field_set_is_large_and_wide(places):
    assert len(places) >= 300
    assert len({row["border"] for row in places}) >= 25
    assert len({row["continent"] for row in places}) >= 5
    assert len({row["id"] for row in places}) == len(places)
    languages = {row["lang"] for row in places}
    assert {"ru", "uk", "be", "pl", "lt", "lv"} <= languages


def test_every_row_is_well_formed(places):
    for row in places:
        where = f"{row['id']} {row['phrase']!r}"
        assert row["phrase"].strip() == row["phrase"] and row["phrase"], where
        assert PAIR.match(row["border"]), where
        a, b = row["border"].split("-")
        assert a < b, where
        assert row["truth_kind"] in TRUTH_KINDS, where
        assert SOURCE.match(row["truth_source"]), where
        assert row["article_url"].startswith(("http://", "https://")), where
        assert row["article_publisher"], where
        assert not row["country_hint"] or re.match(r"^[A-Z]{2}$", row["country_hint"]), where
        kind, code = row["truth_kind"], row["truth_code"]
        if kind == "region":
            # A sea area named as the place has no ISO 3166-2 code: its cited point instead.
            assert SUBDIVISION.match(code) or (code == "" and row["truth_lat"]), where
        elif kind == "border":
            assert PAIR.match(code) and code.split("-")[0] < code.split("-")[1], where
        elif kind == "country":
            assert re.match(r"^[A-Z]{2}$", code), where
        else:
            assert code == "", where
        if kind in ("exact", "settlement", "near", "district"):
            assert row["truth_lat"] and row["truth_lon"], where
        if row["truth_lat"]:
            assert -90 <= float(row["truth_lat"]) <= 90, where
            assert -180 <= float(row["truth_lon"]) <= 180, where


def test_the_events_have_truth_and_span_the_borders():
    events = yaml.safe_load(EVENTS_YAML.read_text(encoding="utf-8"))
    truth = read_truth(EVENTS_TRUTH)
    assert len(events) >= 10
    assert {e["id"] for e in events} == set(truth)
    assert len({row["border"] for row in truth.values()}) >= 6
    for row in truth.values():
        assert row["truth_kind"] in TRUTH_KINDS
        assert SOURCE.match(row["truth_source"])
    for event in events:
        assert all(source.get("url", "").startswith("http") for source in event["sources"])


def test_french_guiana_is_france_in_the_border_data():
    from bench.score_places import truth_of

    row = {"truth_kind": "border", "truth_code": "GF-SR", "truth_lat": "", "truth_lon": ""}
    assert truth_of(row).code == "FR-SR"
    row = {"truth_kind": "border", "truth_code": "BR-GF", "truth_lat": "", "truth_lon": ""}
    assert truth_of(row).code == "BR-FR"
    region = {"truth_kind": "region", "truth_code": "BR-AP", "truth_lat": "", "truth_lon": ""}
    assert truth_of(region).code == "BR-AP"


def test_an_event_at_sea_is_outside_its_hint_only_beyond_its_waters(tmp_path):
    # Scarborough Shoal lies in no country's outline, 220 km off Luzon: inside the
    # Philippines' 200 nautical miles; a point in mid-Pacific is not.
    from bench.score_events import score_events

    events = tmp_path / "e.yaml"
    events.write_text(
        "- {id: shoal, title: Boats, category: other, status: alleged, place: Scarborough"
        " Shoal, country: PH, sources: [{name: S, url: 'https://e.org/a'}]}\n"
        "- {id: ocean, title: Boats, category: other, status: alleged, country: PH,"
        " lat: 10.0, lon: -150.0, sources: [{name: S, url: 'https://e.org/b'}]}\n",
        encoding="utf-8",
    )
    truth = tmp_path / "t.csv"
    truth.write_text(
        "id,truth_kind,truth_code,truth_lat,truth_lon,truth_source,border\n"
        "shoal,near,,15.183,117.767,https://e.org,CN-PH\n"
        "ocean,exact,,10.0,-150.0,https://e.org,CN-PH\n",
        encoding="utf-8",
    )
    scored = {row["id"]: row for row in score_events(events, truth)}
    assert scored["shoal"]["placed"] and not scored["shoal"]["outside_hint"]
    assert scored["ocean"]["placed"] and scored["ocean"]["outside_hint"]


def test_a_french_guiana_event_at_sea_is_measured_from_its_coast(tmp_path):
    # The outlines give French Guiana to France: a point off its coast with the hint GF
    # is measured from France's outline (there is no outline of GF to measure from).
    from bench.score_events import score_events

    events = tmp_path / "e.yaml"
    events.write_text(
        "- {id: off, title: Boats, category: other, status: alleged, country: GF,"
        " lat: 5.5, lon: -52.0, sources: [{name: S, url: 'https://e.org/a'}]}\n",
        encoding="utf-8",
    )
    truth = tmp_path / "t.csv"
    truth.write_text(
        "id,truth_kind,truth_code,truth_lat,truth_lon,truth_source,border\n"
        "off,exact,,5.5,-52.0,https://e.org,BR-GF\n",
        encoding="utf-8",
    )
    scored = score_events(events, truth)
    assert scored[0]["placed"] and not scored[0]["outside_hint"]


def test_an_events_truth_is_read_as_a_place_sets_truth():
    # A border of French Guiana is France's in the data, for events as for places.
    from bench.score_events import truth_of

    row = {"truth_kind": "border", "truth_code": "BR-GF", "truth_lat": "", "truth_lon": ""}
    assert truth_of(row).code == "BR-FR"


def test_a_sea_area_named_as_the_place_is_a_region_at_its_point():
    # "the strategic Strait of Hormuz": a region with no ISO 3166-2 code, at the strait's
    # cited point (26.6 N 56.5 E). The strait's circle is the place; the Iran–Oman line
    # through the strait holds it, coarser; a coastal town is finer than the report.
    strait = Truth("region", lat=26.6, lon=56.5)
    # The resolver draws the strait as its point with an 84 km reach (waters.tsv).
    answer = Answer("resolved", "region", 26.6, 56.5, Point(56.5, 26.6), uncertainty_km=84)
    assert classify(answer, strait).outcome == "correct"
    polygon = replace(answer, geometry=Point(56.5, 26.6).buffer(0.75))
    assert classify(polygon, strait).outcome == "correct"
    line = LineString([(56.0, 26.2), (56.45, 26.55), (56.9, 26.4)])
    through = Answer("resolved", "border", 26.55, 56.45, line, border="IR-OM")
    verdict = classify(through, strait)
    assert (verdict.outcome, verdict.reason) == ("coarser", "border holding the region")
    town = point_answer(27.18, 56.27, country="IR")  # Bandar Abbas, on the coast
    verdict = classify(town, strait)
    assert verdict.outcome == "WRONG"
    assert "finer" in verdict.reason
    # A circle elsewhere, or a line far from the strait, is not it.
    elsewhere = replace(answer, lat=24.5, lon=58.5, geometry=Point(58.5, 24.5))
    assert classify(elsewhere, strait).outcome == "WRONG"
    far = replace(through, geometry=LineString([(60.0, 30.0), (61.0, 31.0)]))
    assert classify(far, strait).outcome == "WRONG"


def test_a_small_sea_area_drawn_near_its_point_is_that_region():
    # "the Kerch Strait": a region with no code at the strait's cited point (45.25 N
    # 36.5 E). The resolver draws a strait this narrow as a `near` circle of 18 km about
    # that point (waters.tsv): the strait itself, for the events scorer as for places.
    strait = Truth("region", lat=45.25, lon=36.5)
    answer = point_answer(45.25, 36.5, "near", uncertainty_km=18.0)
    assert classify(answer, strait).outcome == "correct"
    # Tuzla Island in the strait (3 km circle, 4 km off the point) and a coastal town's
    # surroundings 12 km off stay finer than the report.
    islet = point_answer(45.26833, 36.55, "near", uncertainty_km=3.0)
    assert "finer" in classify(islet, strait).reason
    town = point_answer(45.36, 36.47, "near", uncertainty_km=25.0)
    assert classify(town, strait).outcome == "WRONG"
    # A region truth with a code is still only its unit.
    assert classify(answer, Truth("region", code="UA-43", lat=45.25, lon=36.5)).outcome == (
        "WRONG"
    )


def test_the_events_scorer_classes_a_sea_area_as_the_place_scorer_does(tmp_path):
    from bench.score_events import score_events

    events = tmp_path / "e.yaml"
    events.write_text(
        "- {id: kerch, title: Boats, category: other, status: alleged, place: the Kerch"
        " Strait, country: UA, sources: [{name: S, url: 'https://e.org/a'}]}\n",
        encoding="utf-8",
    )
    truth = tmp_path / "t.csv"
    truth.write_text(
        "id,truth_kind,truth_code,truth_lat,truth_lon,truth_source,border\n"
        "kerch,region,,45.25,36.5,https://e.org,RU-UA\n",
        encoding="utf-8",
    )
    scored = score_events(events, truth)
    assert scored[0]["outcome"] == "correct"


def test_a_district_filed_in_no_region_nests_by_the_circle_of_its_outline_less_division(
    monkeypatch,
):
    # Mymensingh division (BD-H, 2015) has no shipped outline: its districts' answers
    # carry no admin-1 code, and the data draws the division as a circle about
    # Mymensingh (regions_without_outline.tsv), which holds Sherpur's seat.
    import bench.score_places as scorer

    monkeypatch.setattr(scorer, "cited_code_parents", lambda: {"BD-57": "BD-H"})
    monkeypatch.setattr(scorer, "cited_code_names", lambda: {"BD-57": "sherpur"})
    sherpur = Truth("region", code="BD-57")
    seat = point_answer(25.0188, 90.0175, "district", country="BD", name="Sherpur")
    assert classify(seat, sherpur).outcome == "correct"
    # The same name with its seat outside the division's circle (Bogura's Sherpur
    # upazila, in Rajshahi) does not nest in BD-H.
    assert classify(replace(seat, lat=24.67, lon=89.42), sherpur).outcome == "WRONG"
    # An answer filed in a region keeps that region as its parent.
    assert classify(replace(seat, admin1_code="BD-C"), sherpur).outcome == "WRONG"
