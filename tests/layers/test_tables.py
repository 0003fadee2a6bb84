"""Tables: every count checked against the events, counted again by hand in the test."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pandas as pd
import pytest

from bordermap.geo import schema
from bordermap.layers import tables
from tests.mapfixtures import event, events_frame, sample_events


def _rows(table: pd.DataFrame) -> list[dict]:
    return table.to_dict("records")


def test_by_border_counts_match_the_events():
    events = sample_events()
    expected = Counter()
    for row in events.to_dict("records"):
        if row[schema.RESOLVE_STATUS] != "resolved":
            border = tables.NOT_PLACED
        else:
            border = row[schema.BORDER] or tables.NO_BORDER
        expected[(border, row[schema.CATEGORY], row[schema.STATUS])] += 1

    table = tables.events_by_border(events)

    assert list(table.columns) == ["border", "category", *schema.STATUSES, "total"]
    got = Counter()
    for row in _rows(table):
        for status in schema.STATUSES:
            if row[status]:
                got[(row["border"], row["category"], status)] = row[status]
        assert row["total"] == sum(row[s] for s in schema.STATUSES)
    assert got == expected
    assert table["total"].sum() == len(events)
    # The unresolved event is counted, under its own label, last.
    assert table["border"].iloc[-1] == tables.NOT_PLACED


def test_by_border_names_events_without_a_border():
    events = events_frame(
        [
            event(id="a", precision="country", border="", border_km=float("nan")),
            event(id="b", border="BY-LV"),
        ]
    )
    table = tables.events_by_border(events)
    assert list(table["border"]) == ["BY-LV", tables.NO_BORDER]


def test_by_month_puts_an_event_in_a_month_only_when_its_dates_fit():
    events = events_frame(
        [
            event(id="a", date_start="2026-01-05", date_end="2026-01-05", category="pushback"),
            event(id="b", date_start="2026-01-01", date_end="2026-01-31", category="detention"),
            event(id="c", date_start="2026-04-01", date_end="2026-04-30", category="pushback"),
            event(id="d", date_start="2026-01-20", date_end="2026-02-03", category="pushback"),
            event(id="e", date_start="", date_end="", category="detention"),
        ]
    )
    table = tables.events_by_month(events, categories=["pushback", "detention", "other"])

    assert list(table.columns) == ["month", "pushback", "detention", "total"]
    assert _rows(table) == [
        {"month": "2026-01", "pushback": 1, "detention": 1, "total": 2},
        # Sparse: the months between, without events, are not listed.
        {"month": "2026-04", "pushback": 1, "detention": 0, "total": 1},
        {"month": tables.NO_DATE, "pushback": 0, "detention": 1, "total": 1},
        {"month": tables.SEVERAL_MONTHS, "pushback": 1, "detention": 0, "total": 1},
    ]


def test_by_month_crosses_a_year_end():
    events = events_frame(
        [
            event(id="a", date_start="2025-11-02", date_end="2025-11-02"),
            event(id="b", date_start="2026-02-02", date_end="2026-02-02"),
        ]
    )
    months = list(tables.events_by_month(events)["month"])
    assert months == ["2025-11", "2026-02"]


def test_by_month_is_sparse_across_two_centuries():
    # The widest span dates allow: a table of every month between would have 2,401 rows.
    events = events_frame(
        [
            event(id="a", date_start="1900-01-01", date_end="1900-01-01"),
            event(id="b", date_start="2100-12-01", date_end="2100-12-31"),
            event(id="c", date_start="2026-01-05", date_end="2026-01-05"),
        ]
    )
    table = tables.events_by_month(events)
    assert list(table["month"]) == ["1900-01", "2026-01", "2100-12"]
    assert list(table["total"]) == [1, 1, 1]


def test_by_area_counts_match_the_events():
    events = sample_events()
    expected = Counter()
    for row in events.to_dict("records"):
        if row[schema.RESOLVE_STATUS] != "resolved":
            key = (tables.NOT_PLACED, tables.NOT_PLACED)
        else:
            key = (
                row[schema.COUNTRY] or tables.NO_COUNTRY,
                row[schema.ADMIN1_CODE] or tables.NO_REGION,
            )
        expected[key] += 1

    table = tables.events_by_area(events)

    got = {(r["country_code"], r["admin1_code"]): r["total"] for r in _rows(table)}
    assert got == dict(expected)
    vitebsk = table[table["admin1_code"] == "BY-VI"].iloc[0]
    assert vitebsk["admin1"] == "Vitebsk"
    assert vitebsk["alleged"] == 1


@pytest.mark.parametrize(
    ("km", "band"),
    [
        (0.0, "0 km"),
        (0.4, "0–1 km"),
        (1.0, "0–1 km"),
        (5.0, "1–5 km"),
        (29.9, "15–30 km"),
        (250.0, "> 100 km"),
        (float("nan"), tables.NO_DISTANCE),
    ],
)
def test_distance_band_edges(km, band):
    assert tables.distance_band(km) == band


def test_border_distance_distribution_matches_the_events():
    events = sample_events()
    table = tables.border_distance(events).set_index("distance")

    assert table["total"].sum() == len(events)
    for row in events.to_dict("records"):
        if row[schema.RESOLVE_STATUS] != "resolved":
            continue
        band = tables.distance_band(row[schema.BORDER_KM])
        assert table.at[band, row[schema.PRECISION]] >= 1
    placed = events[events[schema.RESOLVE_STATUS] == "resolved"]
    on_border = int((placed[schema.BORDER_KM] == 0).sum())
    assert table.at["0 km", "total"] == on_border
    assert table.at["15–30 km", "settlement"] == int(
        ((placed[schema.BORDER_KM] > 15) & (placed[schema.BORDER_KM] <= 30)).sum()
    )
    assert table.at[tables.NO_DISTANCE, tables.NOT_PLACED] == 1
    # Every band is listed, empty or not.
    assert table.loc["50–100 km", "total"] == 0


def test_tables_of_no_events_are_empty_not_errors():
    empty = sample_events().iloc[0:0]
    assert len(tables.events_by_border(empty)) == 0
    assert len(tables.events_by_area(empty)) == 0
    assert len(tables.events_by_month(empty)) == 0
    assert tables.border_distance(empty)["total"].sum() == 0


def test_csv_round_trips():
    table = tables.events_by_border(sample_events())
    rows = list(csv.DictReader(io.StringIO(tables.table_to_csv(table))))
    assert len(rows) == len(table)
    assert [int(r["total"]) for r in rows] == list(table["total"])


def test_markdown_escapes_pipes_and_newlines():
    table = pd.DataFrame({"name": ["a|b\nc"], "n": [3]})
    text = tables.table_to_markdown(table)
    assert text.splitlines() == ["| name | n |", "|---|---:|", "| a\\|b c | 3 |"]


def test_csv_neutralises_formulas_and_keeps_numbers():
    table = pd.DataFrame(
        {
            "border": ['=HYPERLINK("http://evil.example")', "+cmd", "-2+3", "@SUM(A1)", "\tx"],
            "km": [-2.5, 3.0, 0.0, 1.0, 2.0],
            "text_number": ["-2.5", "+3", "1e-4", "-", "\rx"],
            "n": [1, -2, 3, 4, 5],
        }
    )
    rows = list(csv.reader(io.StringIO(tables.table_to_csv(table))))
    assert rows[0] == ["border", "km", "text_number", "n"]
    assert [r[0] for r in rows[1:]] == [
        '\'=HYPERLINK("http://evil.example")',
        "'+cmd",
        "'-2+3",
        "'@SUM(A1)",
        "'\tx",
    ]
    assert [r[1] for r in rows[1:]] == ["-2.5", "3.0", "0.0", "1.0", "2.0"]
    assert [r[2] for r in rows[1:]] == ["-2.5", "+3", "1e-4", "'-", "'\rx"]
    assert [r[3] for r in rows[1:]] == ["1", "-2", "3", "4", "5"]


def test_csv_neutralises_header_names():
    table = pd.DataFrame({"=1+1": ["a"]})
    assert tables.table_to_csv(table).splitlines()[0] == "'=1+1"


def test_counts_are_summed_and_say_what_is_approximate_or_missing():
    import geopandas as gpd

    from bordermap.layers.tables import counts_by_border

    events = gpd.GeoDataFrame(
        {
            "resolve_status": ["resolved", "resolved", "resolved", "unresolved"],
            "border": ["BY-LV", "BY-LV", "BY-LV", ""],
            "category": ["pushback", "pushback", "pushback", "detention"],
            "people": ["12", "~180", "", "5"],
            "fatalities": ["", "1", "", ""],
            "injured": ["", "", "", ""],
            "detained": ["3", "", "", "~2"],
        }
    )
    table = counts_by_border(events)
    rows = table.to_dict("records")
    assert rows == [
        {
            "border": "BY-LV",
            "category": "pushback",
            "events": 3,
            "people": 192,
            "fatalities": 1,
            "injured": 0,
            "detained": 3,
            "approximate": 1,
            "without_counts": 1,
        },
        {
            "border": "(not placed)",
            "category": "detention",
            "events": 1,
            "people": 5,
            "fatalities": 0,
            "injured": 0,
            "detained": 2,
            "approximate": 1,
            "without_counts": 0,
        },
    ]
