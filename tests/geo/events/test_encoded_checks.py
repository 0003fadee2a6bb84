"""The reader's codes of each repeated column reach the checks: each distinct text is
checked without hashing the column again, with the same columns and problems."""

from __future__ import annotations

import random

import numpy as np
import pytest

from bordermap.geo.events import validation
from bordermap.geo.events.plain_csv import read_plain_rows
from bordermap.geo.events.records import RecordTable
from tests.sample import HEADER

COLUMNS = (*HEADER.split(","), "actors", "reported", "geo_precision", "team")
#: Values of each column, good and bad, some with spaces around them.
VALUES = {
    "date": ["2026-02-01", "2026-02-30", "", "Feb 2026", " 2026-02-02", "2026-02"],
    "title": ["T", "", "Other title"],
    "category": ["other", "crossing", "nonsense", "other ", ""],
    "status": ["alleged", "confirmed", "rumour", ""],
    "place": ["Riga", "", "Narva", " Narva"],
    "country": ["LV", "lv", "LVA", "", "EE"],
    "lat": ["56.9", "", "91", "nan", "1_0", "59.37", " 56.9", "56.90"],
    "lon": ["24.1", "", "181", "28.2", "24.10"],
    "source_name": ["S", "", "S | T", "S | "],
    "source_url": ["", "https://a.org", "ftp://x", "https://a.org | https://b.org"],
    "source_date": ["", "2026-02-01", "2026-13-01", "2026-02-01 | 2026-02-02"],
    "actors": ["", "A; B", "A;;B", " A "],
    "reported": ["", "2026-02-03", "later"],
    "geo_precision": ["", "town", "exact", "near"],
    "team": ["red", "", " blue"],
}


def _text(rng: random.Random, rows: int, spaced: bool) -> str:
    lines = [",".join(COLUMNS)]
    for _ in range(rows):
        if rng.random() < 0.02:
            lines.append(",".join([""] * len(COLUMNS)))  # a blank row, left out
            continue
        fields = []
        for name in COLUMNS:
            if name == "id":
                fields.append(f"e{rng.randint(0, rows)}")
                continue
            value = rng.choice(VALUES[name])
            fields.append(value if spaced else value.strip())
        lines.append(",".join(fields))
    return "\n".join(lines) + "\n"


def _plain(table: RecordTable) -> RecordTable:
    """The same records without the reader's codes (as another reader gives them)."""
    return RecordTable(table.columns, table.lines)


@pytest.mark.parametrize("spaced", [False, True])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_checks_of_encoded_columns_are_those_of_plain_lists(spaced, seed, monkeypatch) -> None:
    monkeypatch.setattr(validation, "CHUNK_RECORDS", 7)
    table = read_plain_rows(_text(random.Random(seed), 300, spaced), COLUMNS, ",")
    assert table is not None and table.encoding(table.columns["category"]) is not None
    encoded = validation.check_records(table, "f.csv")
    plain = validation.check_records(_plain(table), "f.csv")
    assert [str(p) for p in encoded[1]] == [str(p) for p in plain[1]]
    assert len(encoded[1]) > 50
    for ours, theirs in zip(encoded[0], plain[0], strict=True):
        # repr: NaN coordinates compare unequal to themselves.
        assert repr(ours.columns) == repr(theirs.columns)
        assert ours.extras == theirs.extras


def test_the_reader_hands_each_repeated_column_its_codes() -> None:
    text = (
        HEADER
        + "\ne1,,T,other,alleged,Riga,,,,S,,\n,,,,,,,,,,,\ne2,,T,crossing,alleged,R,,,,S,,\n"
    )
    table = read_plain_rows(text, tuple(HEADER.split(",")), ",")
    assert table is not None and table.lines == [2, 4]  # the blank row is left out
    for name, values in table.columns.items():
        codes, texts = table.encoding(values)
        assert [texts[c] for c in codes.tolist()] == values, name
    codes, texts = table.encoding(table.columns["category"])
    # The blank row's texts stay among the distinct ones; no record refers to them.
    assert (codes.tolist(), texts) == ([0, 2], ["other", "", "crossing"])


def test_slices_keep_the_codes_and_edited_columns_lose_them() -> None:
    column = ["a", "b", "a", "a"]
    table = RecordTable(
        {"k": column, "other": ["x"] * 4},
        [2, 3, 4, 5],
        {"k": (np.array([0, 1, 0, 0], dtype=np.intp), ["a", "b"])},
    )
    part = table[1:3]
    codes, texts = part.encoding(part.columns["k"])
    assert (codes.tolist(), texts) == ([1, 0], ["a", "b"])
    assert part.encoding(part.columns["other"]) is None
    assert table.encoding(list(column)) is None  # an equal list is not the column
    renamed = table.with_columns({"key": column, "other": ["y"] * 4})
    assert renamed.encoding(renamed.columns["key"]) is not None
    assert renamed.with_columns({"key": list(column)}).encoding(column) is None


def test_encoded_columns_are_not_hashed_again(monkeypatch) -> None:
    table = read_plain_rows(_text(random.Random(4), 200, spaced=False), COLUMNS, ",")
    calls = []
    factorize = validation.pd.factorize

    def counted(values, *args, **kwargs):
        calls.append(len(values))
        return factorize(values, *args, **kwargs)

    monkeypatch.setattr(validation.pd, "factorize", counted)
    validation.check_records(_plain(table), "f.csv")
    plain_calls = len(calls)
    calls.clear()
    validation.check_records(table, "f.csv")
    # Only the triple of source codes is numbered: no column of text is hashed.
    assert plain_calls >= 12 and len(calls) == 1


def test_rows_blank_but_for_a_distinct_column_are_kept(monkeypatch) -> None:
    import csv

    from bordermap.geo.events import plain_csv, readers
    from tests.geo.events.test_plain_csv import _python_read, _rows, _same

    # Ids and titles all distinct (taken as they are, looked at for blank rows last):
    # a row with only an id, or only a title, is not blank; a row of spaces is.
    count = plain_csv.SAMPLE_ROWS + 300
    only_id = "e-only" + "," * 11 + "\n"
    only_title = ",," + "Title alone" + "," * 9 + "\n"
    text = HEADER + "\n" + _rows(count) + only_id + " ," * 11 + " \n" + only_title
    fast = readers.read_csv_text(text, "f.csv", delimiter=",")
    _same(fast, _python_read(text, ",", monkeypatch))
    assert fast.records.lines[-2:] == [count + 2, count + 4]
    # A distinct text as long as the csv module's limit leaves the file to it.
    long_id = "x" * csv.field_size_limit()
    longer = HEADER + "\n" + _rows(count) + long_id + "," * 11 + "\n"
    assert read_plain_rows(longer, tuple(HEADER.split(",")), ",") is None
