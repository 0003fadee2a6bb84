"""A CSV's records held as columns give what the same records as dicts give."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bordermap.geo.events.categories import load_categories
from bordermap.geo.events.intake import prepare_file
from bordermap.geo.events.read_options import ReadOptions
from bordermap.geo.events.readers import read_file
from bordermap.geo.events.records import RawRecord, RecordTable
from bordermap.geo.events.validation import check_file

# A sheet of one's own: mapped headers, typed day-first dates, a status word in
# another case, an extra column, a quoted line break, a blank line, a bad link and
# a date that cannot be, so defaults, notes and problems all come into play.
OWN_SHEET = (
    "Date,Location,What was reported,Source link,Extra note,Status\n"
    "12/03/2025,Vitebsk region,Vehicles moved migrants,https://www.example.org/a,x,Confirmed\n"
    '13/03/2025,"Riga, Latvia","Line one\nline two",https://t.me/x,,alleged\n'
    "\n"
    "30/02/2025,Narva,Balloon,notalink,  padded  ,\n"
    "01/04/2025,Narva,Balloon,https://www.err.ee/b | https://lsm.lv/c,,disputed\n"
)
OPTIONS = ReadOptions(
    columns={
        "Date": "date",
        "Location": "place",
        "What was reported": "title",
        "Source link": "source_url",
    },
    date_order="DMY",
    defaults={"category": "other"},
)


def test_a_csv_is_read_as_a_table_of_columns(tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text(OWN_SHEET, encoding="utf-8")
    raw = read_file(path)
    assert isinstance(raw.records, RecordTable)
    assert raw.records.lines == [2, 3, 6, 7]
    assert raw.records[1] == RawRecord(
        3,
        {
            "Date": "13/03/2025",
            "Location": "Riga, Latvia",
            "What was reported": "Line one\nline two",
            "Source link": "https://t.me/x",
            "Extra note": "",
            "Status": "alleged",
        },
    )
    assert [r.line for r in raw.records[2:]] == [6, 7]


@pytest.mark.parametrize("options", [OPTIONS, ReadOptions()])
def test_table_and_dict_records_prepare_and_check_alike(tmp_path: Path, options) -> None:
    path = tmp_path / "own.csv"
    path.write_text(OWN_SHEET, encoding="utf-8")
    as_table = read_file(path)
    as_dicts = dataclasses.replace(as_table, records=list(as_table.records))
    categories = load_categories()
    prepared = [prepare_file(raw, options, categories=categories) for raw in (as_table, as_dicts)]
    assert isinstance(prepared[0].records, RecordTable)
    assert not isinstance(prepared[1].records, RecordTable)
    assert list(prepared[0].records) == prepared[1].records
    assert prepared[0].notes == prepared[1].notes
    assert prepared[0].problems == prepared[1].problems
    checked = [check_file(raw) for raw in prepared]
    (table_chunks, table_problems), (dict_chunks, dict_problems) = checked
    assert table_problems == dict_problems
    assert table_problems  # the impossible date and the bad link are found either way
    table_rows = [row for chunk in table_chunks for row in chunk.rows()]
    dict_rows = [row for chunk in dict_chunks for row in chunk.rows()]
    # repr: the rows hold NaN for absent coordinates, which is never equal to itself.
    assert repr(table_rows) == repr(dict_rows)
    assert len(table_rows) == (4 if options is OPTIONS else 0)


def test_editing_a_table_leaves_the_file_as_read(tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text(OWN_SHEET, encoding="utf-8")
    raw = read_file(path)
    before = {name: list(values) for name, values in raw.records.columns.items()}
    prepare_file(raw, OPTIONS, categories=load_categories())
    assert raw.records.columns == before


def test_repeated_texts_of_a_column_are_one_object(tmp_path: Path) -> None:
    # A million events of eight categories should hold eight category strings.
    lines = ["id,category,title"] + [f"e{i},armed_clash,title {i}" for i in range(1000)]
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    columns = read_file(path).records.columns
    assert len({id(text) for text in columns["category"]}) == 1
    assert columns["category"] == ["armed_clash"] * 1000
    # Mostly distinct texts are kept as read.
    assert columns["title"] == [f"title {i}" for i in range(1000)]


# A plain CSV in bordermap's columns (Arrow reads it, with each repeated column's codes):
# typed and impossible dates, an ambiguous one beside day-first ones, status and
# category words in another case, repeated across rows, and a blank row.
PLAIN_OWN_COLUMNS = (
    "id,date,title,category,status,place,source_name,source_date\n"
    "a,12/03/2025,T,Armed clash,Confirmed,Riga,S,13/03/2025 | 2025-03-14\n"
    "b,2025-03-12,T,armed_clash,alleged,Riga,S,2025-03-14\n"
    " , , , , , , , \n"
    "c,30/02/2025,T,Armed clash,CONFIRMED,Narva,S,13/03/2025\n"
    "d,05/04/2025,T,other,Confirmed,Narva,S,\n"
    "e,12 March 2025,T,Armed clash,confirmed,Narva,S,2025-03-14\n"
)


@pytest.mark.parametrize("date_order", [None, "DMY"])
def test_a_plain_csv_prepares_from_its_codes_as_its_records_do(tmp_path: Path, date_order) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(PLAIN_OWN_COLUMNS, encoding="utf-8")
    as_table = read_file(path)
    table = as_table.records
    assert isinstance(table, RecordTable)
    for name in ("date", "category", "status", "source_date"):
        assert table.encoding(table.columns[name]) is not None
    as_dicts = dataclasses.replace(as_table, records=list(table))
    options = ReadOptions(date_order=date_order)
    categories = load_categories()
    prepared = [prepare_file(raw, options, categories=categories) for raw in (as_table, as_dicts)]
    assert list(prepared[0].records) == prepared[1].records
    assert prepared[0].notes == prepared[1].notes
    assert prepared[0].problems == prepared[1].problems
    assert prepared[0].problems  # the impossible date at least
    assert any("'Confirmed' read as 'confirmed' (2 event(s))" in n for n in prepared[0].notes)
