"""ACLED exports become bordermap events with ACLED's certainty codes mapped to ours."""

from __future__ import annotations

import csv

import pytest

from bordermap.geo import schema
from bordermap.geo.errors import EventFileError
from bordermap.geo.events.loading import load_events

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def acled_row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(
        event_id_cnty="LVA1234",
        event_date="2026-01-10",
        year="2026",
        time_precision="1",
        disorder_type="Strategic developments",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1="Police Forces of Latvia (2019-)",
        actor2="Migrants (Latvia)",
        iso="428",
        region="Europe",
        country="Latvia",
        admin1="Kraslava",
        location="Robeznieki",
        latitude="55.6702",
        longitude="27.0147",
        geo_precision="1",
        source="LSM; Delfi",
        source_scale="National",
        notes="On 10 January 2026, border guards detained 12 migrants.",
        fatalities="0",
        timestamp="1768000000",
    )
    row.update(values)
    return row


@pytest.fixture
def acled_file(tmp_path):
    def _make(*rows: dict[str, str]):
        path = tmp_path / "acled_export.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return path

    return _make


def test_acled_export_is_imported(acled_file):
    path = acled_file(
        acled_row(),
        acled_row(
            event_id_cnty="BLR88",
            event_date="15 January 2026",
            time_precision="3",
            event_type="Battles",
            sub_event_type="Armed clash",
            country="Belarus",
            admin1="Vitebsk",
            location="Vitebsk",
            latitude="55.19",
            longitude="30.20",
            geo_precision="3",
            source="Nasha Niva",
        ),
        acled_row(event_id_cnty="LVA9", time_precision="2", geo_precision="2"),
    )
    frame = load_events([path]).set_index(schema.ID)
    arrest = frame.loc["LVA1234"]
    assert arrest[schema.CATEGORY] == "detention"
    assert arrest[schema.DATE] == "2026-01-10"
    assert arrest[schema.GEO_PRECISION] == "settlement"
    assert (arrest[schema.LAT], arrest[schema.LON]) == (55.6702, 27.0147)
    assert arrest[schema.SOURCE_NAME] == "LSM | Delfi"
    assert arrest[schema.ACTORS] == "Police Forces of Latvia (2019-);Migrants (Latvia)"
    assert arrest[schema.PLACE] == "Robeznieki, Kraslava, Latvia"
    assert arrest[schema.STATUS] == "alleged"
    assert arrest[schema.DESCRIPTION].startswith("On 10 January 2026")
    battle = frame.loc["BLR88"]
    assert battle[schema.DATE] == "2026-01"  # ACLED time_precision 3: only the month is known
    assert battle[schema.DATE_PRECISION] == "month"
    assert battle[schema.GEO_PRECISION] == "region"
    assert battle[schema.CATEGORY] == "military_security"
    week = frame.loc["LVA9"]
    assert week[schema.DATE] == "2026-01-07/2026-01-13"
    assert week[schema.GEO_PRECISION] == "near"
    assert arrest[schema.SOURCE_LINE] == 2 and week[schema.SOURCE_LINE] == 4


def test_acled_bad_rows_name_line_and_field(acled_file):
    path = acled_file(
        acled_row(),
        acled_row(event_id_cnty="LVA2", event_date="tomorrow", latitude="95", geo_precision="7"),
    )
    with pytest.raises(EventFileError) as info:
        load_events([path])
    assert [str(p) for p in info.value.problems] == [
        f"{path}:3: event_date: not a date: ACLED dates look like 2026-01-15 or 15 January 2026"
        " (got 'tomorrow')",
        f"{path}:3: geo_precision: ACLED codes are 1, 2 or 3 (got '7')",
        f"{path}:3: lat: out of range -90..90 (got '95')",
    ]


def test_acled_columns_not_converted_ride_along(acled_file):
    path = acled_file(acled_row(admin2="Kraslavas novads", timestamp="1768000000"))
    row = load_events([path]).iloc[0]
    assert row["acled_admin2"] == "Kraslavas novads"
    assert row["acled_timestamp"] == "1768000000"
    assert row["acled_source_scale"] == "National"
    # Columns turned into bordermap's own fields are not repeated.
    assert "acled_notes" not in row.index and "acled_latitude" not in row.index


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "31 December 9999"])
def test_acled_years_out_of_range_are_problems_not_overflows(acled_file, date):
    path = acled_file(acled_row(event_date=date, time_precision="2"))
    with pytest.raises(EventFileError) as info:
        load_events([path])
    (found,) = [str(p) for p in info.value.problems]
    assert found.startswith(f"{path}:2: event_date: year ")
    assert found.endswith(f"is outside the years bordermap accepts, 1900-2100 (got {date!r})")
