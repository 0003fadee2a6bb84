"""Checks over whole columns give, record for record, what checking each alone gives."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from bordermap.geo import schema
from bordermap.geo.events.records import RawRecord, RecordTable
from bordermap.geo.events.validation import _check_sources, validate_record, validate_records

# Good and bad texts for each field; records draw from them, so texts repeat as in
# real files and each check meets the same text in many records.
POOLS: dict[str, list[str]] = {
    schema.ID: ["e1", "e2", "", "  ", "x-9"],
    schema.TITLE: ["Fence", "", " Balloon ", "<b>x</b>"],
    schema.DATE: ["2026-01-15", "2026-01", "2026-02-30", "", "soon", "2025-06-01/2025-06-02"],
    schema.REPORTED: ["", "2026-01-16", "yesterday"],
    schema.CATEGORY: ["other", "crossing_attempt", "Crossing", ""],
    schema.STATUS: ["alleged", "confirmed", "rumour", ""],
    schema.GEO_PRECISION: ["", "settlement", "exactish"],
    schema.COUNTRY_HINT: ["", "LV", "lv", "LVA", " by "],
    schema.LAT: ["", "56.1", "91", "nan", " 55.5 ", "1e1", "abc"],
    schema.LON: ["", "27.2", "-181", "26", "1_0"],
    schema.PLACE: ["", "Riga", "  "],
    schema.SOURCE_NAME: ["LSM", "", "Delfi | LSM", "A |  | B", "S | "],
    schema.SOURCE_URL: ["", "https://a.org", "t.me/x", "ftp://x", "https://a.org | https://b.org"],
    schema.SOURCE_DATE: ["", "2026-01-20", "2026-13-01", "2026-01-20 | ", "x | y | z"],
    schema.ACTORS: ["", "A; B", " A ;; B "],
}


def _records(count: int, seed: int) -> list[RawRecord]:
    rng = random.Random(seed)
    return [
        RawRecord(line, {name: rng.choice(pool) for name, pool in POOLS.items()})
        for line in range(2, count + 2)
    ]


@pytest.mark.parametrize("seed", [1, 2])
def test_a_table_checked_as_columns_gives_each_records_rows_and_problems(seed: int) -> None:
    records = _records(800, seed)
    table = RecordTable(
        {name: [r.fields[name] for r in records] for name in POOLS}, [r.line for r in records]
    )
    _check_sources.cache_clear()
    rows, problems = validate_records(table, "f.csv")
    one_by_one = [validate_record(record, "f.csv") for record in records]
    assert [str(p) for p in problems] == [str(p) for _, found in one_by_one for p in found]
    assert len(problems) > 800  # every kind of problem, many times over
    assert len(rows) == len(one_by_one)
    for row, (alone, _) in zip(rows, one_by_one, strict=True):
        assert row.keys() == alone.keys()
        assert repr(row) == repr(alone)  # NaN coordinates compare by their text


def test_distinct_triples_count_in_order_of_first_appearance() -> None:
    from bordermap.geo.events.validation import _distinct_triples

    names = ["A", "A", "B", "A", "A", "B"]
    urls = ["u", "u", "u", "v", "u", "u"]
    dates = ["", "", "", "", "d", ""]
    triple, first = _distinct_triples(names, urls, dates)
    assert triple.tolist() == [0, 0, 1, 2, 3, 1]
    assert first.tolist() == [0, 2, 3, 4]
    empty_triple, empty_first = _distinct_triples([], [], [])
    assert empty_triple.tolist() == [] and empty_first.tolist() == []


def test_chunks_check_each_text_once_and_give_each_records_rows_and_problems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bordermap.geo.events import validation

    # Chunks of 7 records: every good and bad text comes back in many chunks.
    monkeypatch.setattr(validation, "CHUNK_RECORDS", 7)
    records = _records(300, 3)
    table = RecordTable(
        {name: [r.fields[name] for r in records] for name in POOLS}, [r.line for r in records]
    )
    dates_checked: list[str] = []
    date_fields = validation._date_fields

    def counted(text: str) -> tuple[str, str, str, str | None]:
        dates_checked.append(text)
        return date_fields(text)

    monkeypatch.setattr(validation, "_date_fields", counted)
    _check_sources.cache_clear()
    rows, problems = validate_records(table, "f.csv")
    assert sorted(dates_checked) == sorted({r.fields[schema.DATE].strip() for r in records})
    distinct_triples = {
        tuple(r.fields[n] for n in (schema.SOURCE_NAME, schema.SOURCE_URL, schema.SOURCE_DATE))
        for r in records
    }
    assert _check_sources.cache_info().misses == len(distinct_triples)
    one_by_one = [validate_record(record, "f.csv") for record in records]
    assert [str(p) for p in problems] == [str(p) for _, found in one_by_one for p in found]
    assert len(problems) > 300
    for row, (alone, _) in zip(rows, one_by_one, strict=True):
        assert repr(row) == repr(alone)


@pytest.mark.parametrize("constant", ["", "yesterday", " by ", "A; B", "2026-02-30"])
def test_a_column_of_one_text_gives_each_records_rows_and_problems(
    constant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A chunk whose column holds one text all along skips factorising it: the rows and
    # problems must be those of each record alone, whether that text is good or bad.
    from bordermap.geo.events import validation

    monkeypatch.setattr(validation, "CHUNK_RECORDS", 50)
    records = _records(120, 4)
    for name in (schema.REPORTED, schema.ACTORS, schema.COUNTRY_HINT, schema.DATE):
        for record in records:
            record.fields[name] = constant
    table = RecordTable(
        {name: [r.fields[name] for r in records] for name in POOLS}, [r.line for r in records]
    )
    _check_sources.cache_clear()
    rows, problems = validate_records(table, "f.csv")
    one_by_one = [validate_record(record, "f.csv") for record in records]
    assert [str(p) for p in problems] == [str(p) for _, found in one_by_one for p in found]
    for row, (alone, _) in zip(rows, one_by_one, strict=True):
        assert repr(row) == repr(alone)


def test_distinct_texts_of_one_text_are_what_factorising_gives() -> None:
    from bordermap.geo.events.validation import _Distinct

    for texts in (["x"] * 5, [""] * 3, ["a", "a", "b", "a"], ["a", "b", "b", "a"], []):
        one = _Distinct(texts, str.upper)
        factorised, _ = pd.factorize(np.asarray(texts, dtype=object))
        assert one.codes.tolist() == factorised.tolist()
        assert one.per_row().tolist() == [t.upper() for t in texts]
