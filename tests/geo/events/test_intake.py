"""prepare_file changes a copy of a record only where it changes a field; the file read stays."""

from __future__ import annotations

import copy

from bordermap.geo import schema
from bordermap.geo.events.categories import load_categories
from bordermap.geo.events.intake import prepare_file
from bordermap.geo.events.read_options import ReadOptions
from bordermap.geo.events.records import RawFile, RawRecord

COLUMNS = ("id", "date", "title", "category", "status", "place", "source_name", "source_date")


def record(line: int, **fields: str) -> RawRecord:
    base = dict.fromkeys(COLUMNS, "")
    base.update(id=f"e{line}", title="T", category="other", status="alleged", place="Riga")
    base.update(source_name="S", **fields)
    return RawRecord(line, base)


def test_only_changed_records_are_copied_and_the_file_read_is_kept():
    raw = RawFile(
        "e.csv",
        [
            record(2, date="2026-01-15"),
            record(3, date="15 January 2026", status="Confirmed"),
            record(4, date=" 2026-01-15 ", source_date="2026-01-16 | 17 Jan 2026"),
            record(5, category="Armed clash"),
        ],
        COLUMNS,
        [],
        "csv",
    )
    before = copy.deepcopy(raw)
    prepared = prepare_file(raw, ReadOptions(), categories=load_categories())
    assert raw == before
    assert prepared.records[0] is raw.records[0]
    assert [r.fields[schema.DATE] for r in prepared.records] == [
        "2026-01-15",
        "2026-01-15",
        "2026-01-15",
        "",
    ]
    assert prepared.records[1].fields[schema.STATUS] == "confirmed"
    assert prepared.records[2].fields[schema.SOURCE_DATE] == "2026-01-16 | 2026-01-17"
    assert prepared.records[3].fields[schema.CATEGORY] == "armed_clash"
    assert prepared.notes == [
        "e.csv: date: 1 typed date(s) read as ISO, e.g. '15 January 2026' as 2026-01-15",
        "e.csv: source_date: 1 typed date(s) read as ISO, e.g. '17 Jan 2026' as 2026-01-17",
        "e.csv: status: 'Confirmed' read as 'confirmed' (1 event(s))",
        "e.csv: category: 'Armed clash' read as 'armed_clash' (1 event(s))",
    ]


def test_defaults_and_ids_fill_copies_for_a_sheet_without_the_columns():
    fields = {"date": "2026-01-15", "title": "T", "place": "Riga", "source_name": "S"}
    raw = RawFile(
        "own.csv",
        [RawRecord(2, dict(fields)), RawRecord(3, dict(fields))],
        tuple(fields),
        [],
        "csv",
    )
    before = copy.deepcopy(raw)
    prepared = prepare_file(raw, ReadOptions(), categories=load_categories())
    assert raw == before
    assert [r.fields[schema.ID] for r in prepared.records] == ["own-2", "own-3"]
    assert {r.fields[schema.CATEGORY] for r in prepared.records} == {"other"}
    assert {r.fields[schema.STATUS] for r in prepared.records} == {"alleged"}
