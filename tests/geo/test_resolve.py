"""resolve_events on the seed report and on small files: precision, borders, review."""

from __future__ import annotations

import math

import pytest
import shapely

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events
from tests.sample import HEADER, SEED_EVENTS


@pytest.fixture(scope="module")
def seed():
    return resolve_events(load_events(SEED_EVENTS))


def by_id(result):
    return result.events.set_index(schema.ID)


def test_every_seed_event_is_kept_and_resolved(seed):
    assert len(seed.events) == len(load_events(SEED_EVENTS))
    assert seed.review.empty, seed.review.to_dict("records")
    assert (seed.events[schema.RESOLVE_STATUS] == "resolved").all()


def test_military_vehicles_claim_lies_on_the_by_lv_border(seed):
    row = by_id(seed).loc["by-military-vehicles-transport"]
    assert row[schema.PRECISION] == "border"
    assert row[schema.BORDER] == "BY-LV"
    assert row[schema.BORDER_KM] == 0.0
    assert row[schema.EXTENT].geom_type in ("LineString", "MultiLineString")
    # The representative point lies on the border line it stands for.
    assert shapely.distance(row.geometry, row[schema.EXTENT]) < 1e-6


def test_brigade_is_the_vitebsk_region_not_a_pin(seed):
    row = by_id(seed).loc["by-19th-brigade-reconnaissance-battalion"]
    assert row[schema.PRECISION] == "region"
    assert row[schema.ADMIN1_CODE] == "BY-VI"
    assert row[schema.COUNTRY] == "BY"
    assert row[schema.EXTENT].geom_type in ("Polygon", "MultiPolygon")
    assert row[schema.EXTENT].contains(row.geometry)
    # Vitebsk region reaches the borders of Latvia, Lithuania and Russia.
    assert row[schema.BORDER] in ("BY-LV", "BY-LT", "BY-RU")
    assert row[schema.BORDER_KM] == 0.0


def test_detentions_are_on_the_latvian_side(seed):
    row = by_id(seed).loc["lv-detained-migrants-phones-seized"]
    assert row[schema.COUNTRY] == "LV"
    assert row[schema.BORDER] == "BY-LV"
    assert row[schema.PRECISION] == "border"


def test_country_level_events_have_no_border_distance(seed):
    row = by_id(seed).loc["by-2021-visa-relaxation"]
    assert row[schema.PRECISION] == "country"
    assert row[schema.COUNTRY] == "BY"
    assert row[schema.BORDER] == ""
    assert math.isnan(row[schema.BORDER_KM])
    assert row[schema.EXTENT].geom_type in ("Polygon", "MultiPolygon")


def test_other_borders_of_the_2021_surge(seed):
    events = by_id(seed)
    assert events.loc["lt-by-2021-arrivals-surge", schema.BORDER] == "BY-LT"
    assert events.loc["pl-by-2021-arrivals-surge", schema.BORDER] == "BY-PL"


def test_unresolved_and_ambiguous_are_kept_and_listed(write):
    path = write(
        "e.csv",
        HEADER + "\n"
        "ok,,Fence,border_infrastructure,confirmed,Daugavpils,,,,S,,\n"
        "bad,,Nonsense,other,alleged,Qwzxv Plkjh,,,,S,,\n"
        "pin,,Explicit,other,alleged,,LV,56.0,27.0,S,,\n",
    )
    result = resolve_events(load_events([path]))
    events = result.events.set_index(schema.ID)
    assert list(events.index) == ["ok", "bad", "pin"]
    assert events.loc["bad", schema.RESOLVE_STATUS] == "unresolved"
    assert events.loc["bad"].geometry is None
    assert events.loc["pin", schema.PRECISION] == "exact"
    assert events.loc["pin", schema.RESOLVE_SOURCE] == "explicit"
    assert events.loc["pin", schema.COUNTRY] == "LV"
    assert events.loc["ok", schema.PRECISION] == "settlement"
    (review,) = result.review.to_dict("records")
    assert (review[schema.ID], review[schema.SOURCE_LINE]) == ("bad", 3)
    assert review[schema.RESOLVE_STATUS] == "unresolved"


def test_each_event_carries_its_review_flag_and_reason(write):
    path = write(
        "e.csv",
        HEADER + "\n"
        "ok,,Fence,border_infrastructure,confirmed,Daugavpils,,,,S,,\n"
        "bad,,Nonsense,other,alleged,Qwzxv Plkjh,,,,S,,\n"
        "unit,,Camp,other,alleged,the village of Fooberg in Vitebsk Oblast,BY,,,S,,\n"
        "far,,Pin,other,alleged,,LV,53.9,27.56,S,,\n",
    )
    result = resolve_events(load_events([path]))
    events = result.events.set_index(schema.ID)
    assert list(result.events.columns[-4:]) == [
        schema.COARSENED,
        schema.RESOLVE_NOTE,
        schema.EXTENT,
        "geometry",
    ]
    assert events.loc["ok", schema.COARSENED] == ""
    assert events.loc["ok", schema.RESOLVE_NOTE] == ""
    assert events.loc["bad", schema.RESOLVE_NOTE].startswith("no place matches")
    # The unknown village is answered by the region holding it, flagged as such.
    assert events.loc["unit", schema.PRECISION] == "region"
    assert events.loc["unit", schema.COARSENED] == "yes"
    assert "Fooberg" in events.loc["unit", schema.RESOLVE_NOTE]
    # Given coordinates outside their country hint keep their point and say so.
    assert events.loc["far", schema.COUNTRY] == "BY"
    assert "not in LV" in events.loc["far", schema.RESOLVE_NOTE]
    # The same reasons as the review list, event by event.
    review = result.review.set_index(schema.ID)
    assert sorted(review.index) == ["bad", "far", "unit"]
    for event_id, reason in review["reason"].items():
        assert events.loc[event_id, schema.RESOLVE_NOTE] == reason
        assert events.loc[event_id, schema.COARSENED] == review.loc[event_id, "coarsened"]


def test_precision_override_widens_but_never_sharpens(write):
    header = HEADER + ",geo_precision"
    path = write(
        "e.csv",
        header + "\n"
        "wide,,T,other,alleged,Daugavpils,LV,,,S,,,near\n"
        "sharp,,T,other,alleged,Vitebsk region,BY,,,S,,,exact\n",
    )
    result = resolve_events(load_events([path]))
    events = result.events.set_index(schema.ID)
    assert events.loc["wide", schema.PRECISION] == "near"
    assert events.loc["wide", schema.UNCERTAINTY_KM] == schema.NEAR_RADIUS_KM
    assert events.loc["sharp", schema.PRECISION] == "region"
    (review,) = result.review.to_dict("records")
    assert review[schema.ID] == "sharp"
    assert "more precise than the place allows" in review["reason"]


def test_given_coordinates_are_the_point_and_the_extent(tmp_path):
    from tests.sample import HEADER

    path = tmp_path / "e.csv"
    path.write_text(
        HEADER
        + "\nc1,2024-05-01,T,other,alleged,,,55.1234567,26.7654321,S,,"
        + "\nc2,2024-05-01,T,other,alleged,Daugavpils,,55.87,26.51,S,,"
        + "\nc3,2024-05-01,T,other,alleged,Daugavpils,LV,,,S,,\n",
        encoding="utf-8",
    )
    events = resolve_events(load_events([path])).events
    given = events.iloc[:2]
    assert list(given.geometry.x) == [26.7654321, 26.51]
    assert list(given.geometry.y) == [55.1234567, 55.87]
    assert all(p.equals(e) for p, e in zip(given.geometry, given[schema.EXTENT], strict=True))
    assert given[schema.RESOLVED_NAME].tolist() == ["55.12346, 26.76543", "Daugavpils"]
    assert given[schema.RESOLVE_SOURCE].tolist() == ["explicit", "explicit"]
    assert given[schema.PRECISION].tolist() == ["exact", "exact"]
    looked_up = events.iloc[2]
    assert looked_up[schema.RESOLVE_SOURCE] == "gazetteer"
    assert looked_up.geometry is not None and looked_up[schema.COUNTRY] == "LV"


def test_given_coordinates_with_a_vaguer_precision(write):
    # A point at Daugavpils, some 20 km from Lithuania and Belarus, said to stand for
    # the border, the country, a region or somewhere near.
    rows = [
        f"{ident},2024-05-01,T,other,alleged,,{hint},55.87,26.51,S,,,{precision}"
        for ident, hint, precision in (
            ("on_border", "LV", "border"),
            ("border_no_side", "", "border"),
            ("whole_country", "LV", "country"),
            ("region", "", "region"),
            ("near", "", "near"),
            ("exact", "", ""),
        )
    ]
    path = write("e.csv", HEADER + ",geo_precision\n" + "\n".join(rows) + "\n")
    events = by_id(resolve_events(load_events([path])))
    exact = events.loc["exact"]
    assert exact[schema.COUNTRY] == "LV" and exact[schema.BORDER] in {"BY-LV", "LT-LV"}
    assert exact[schema.BORDER_KM] > 5
    assert math.isnan(exact[schema.UNCERTAINTY_KM])
    border = events.loc["on_border"]
    assert (border[schema.BORDER], border[schema.BORDER_KM]) == (exact[schema.BORDER], 0.0)
    assert (border[schema.COUNTRY], border[schema.ADMIN1]) == ("LV", "")
    assert events.loc["border_no_side", schema.COUNTRY] == ""
    country = events.loc["whole_country"]
    assert (country[schema.COUNTRY], country[schema.BORDER]) == ("LV", "")
    assert math.isnan(country[schema.BORDER_KM])
    region = events.loc["region"]
    assert region[schema.BORDER_KM] == exact[schema.BORDER_KM]
    assert region[schema.UNCERTAINTY_KM] == schema.NEAR_RADIUS_KM
    assert events.loc["near", schema.UNCERTAINTY_KM] == schema.NEAR_RADIUS_KM
    assert set(events[schema.RESOLVE_SOURCE]) == {"explicit"}
    assert events[schema.BORDERS].tolist() == [""] * len(events)


def test_the_events_given_are_not_modified():
    events = load_events(SEED_EVENTS)
    before = events.copy(deep=True)
    result = resolve_events(events)
    # The result's own columns change; the events handed in keep theirs.
    result.events[schema.PLACE] = "changed"
    assert list(events.columns) == list(before.columns)
    assert events.equals(before)


def test_a_region_the_outlines_lack_keeps_its_own_code_and_name(write):
    # Kenya's counties have no outline in the data; answered as a circle, the event is
    # still known to that county, whatever the join finds at the circle's centre.
    path = write(
        "e.csv",
        HEADER + "\n"
        "county,,Attack on a police post,military_security,alleged,Marsabit County,KE,,,S,,\n",
    )
    events = resolve_events(load_events([path])).events.set_index(schema.ID)
    assert events.loc["county", schema.PRECISION] == "region"
    assert events.loc["county", schema.ADMIN1_CODE] == "KE-25"
    assert events.loc["county", schema.ADMIN1] == "Marsabit"
    assert events.loc["county", schema.COUNTRY] == "KE"
