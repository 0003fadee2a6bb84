"""The fast reading of plain CSV gives what the ``csv`` reader gives, or steps aside."""

from __future__ import annotations

import csv
import random

import pytest

from bordermap.geo.errors import EventFileError
from bordermap.geo.events import readers
from bordermap.geo.events.loading import load_events
from bordermap.geo.events.plain_csv import read_plain_rows
from bordermap.geo.events.records import RawFile, RecordTable
from tests.sample import HEADER

ROW = "e{n},2026-01-15,Fence {n},other,alleged,Krāslava,LV,,,LSM,https://example.org/a,"


def _rows(count: int, sep: str = ",") -> str:
    return "".join(ROW.format(n=n).replace(",", sep) + "\n" for n in range(count))


# Files the fast reading takes: each must come out as the csv reader reads it.
PLAIN = {
    "commas": HEADER + "\n" + _rows(5),
    "semicolons": HEADER.replace(",", ";") + "\n" + _rows(3, ";"),
    "tabs": HEADER.replace(",", "\t") + "\n" + _rows(3, "\t"),
    "pipes": HEADER.replace(",", "|") + "\n" + _rows(3, "|"),
    "windows line ends": (HEADER + "\n" + _rows(4)).replace("\n", "\r\n"),
    "no line end at the end": HEADER + "\n" + _rows(3).rstrip("\n"),
    "an empty line between rows": HEADER + "\n" + _rows(2) + "\n" + _rows(2),
    "empty lines at the end": HEADER + "\n" + _rows(2) + "\n\n",
    "a row of empty fields": HEADER + "\n" + _rows(1) + "," * 11 + "\n" + _rows(1),
    "a row of spaces in every field": HEADER + "\n" + " ," * 11 + " \n" + _rows(2),
    "padded and null-like values": HEADER
    + "\n"
    + " e1 ,NA,null,other, alleged ,N/A,nan,,,NULL,  ,-\n"
    + "e2,,#N/A,other,alleged,None,,,,S,true,false\n",
    "quoted fields": HEADER
    + '\ne1,2026-01-15,"Fence, repaired",other,alleged,"Riga, Latvia",,,,S,,\n'
    + _rows(2),
    "doubled quotes and empty quotes": HEADER
    + '\ne1,"",""" quoted """,other,alleged,"a ""b"" c",,,,S,"",""\n',
    "every field quoted, header too": ",".join(f'"{name}"' for name in HEADER.split(","))
    + "\r\n"
    + ",".join(f'"{value}"' for value in ROW.format(n=1).split(","))
    + "\r\n",
    "quoted separators of a semicolon file": HEADER.replace(",", ";")
    + '\ne1;2026-01-15;"a;b";other;alleged;"R; Q";;;;S;;\n',
    "quoted blank row": HEADER + "\n" + '"",' * 11 + '" "\n' + _rows(1),
    # Line and paragraph separators, form feeds and the like end no line for csv
    # (only \r and \n do) and are white space to str.strip.
    "other line separators in fields": HEADER
    + "\ne1,a\u2028b,\x0b,\x0c,\x1c\x1d\x1e,\x85,\u2029,,,S,,\n"
    + "\u2028,\x0b,\x0c,\x1c,\x1d,\x1e,\x85,\u2029,\u3000, ,\t,\xa0\n",
    "control characters and BOM-like marks in fields": "a,b,c\n"
    + "".join(
        f"x{char}y,{char},{char}{char}\n"
        for char in [*map(chr, range(1, 32)), "\x7f", "\ufeff", "\ufffe", "\U0010ffff"]
        if char not in "\r\n\t"
    ),
    "header only": HEADER + "\n",
    "one column with blank lines": "id\ne1\n\n  \ne2\n",
    "non-ASCII and HTML": HEADER
    + "\n"
    + "é1,2026-01-15,<b>Ožys</b> 🐻,other,alleged,Łódź,PL,,,Дзеркало,https://x.org/ä,\n",
    "many rows repeating their texts": HEADER + "\n" + _rows(3000),
}

# Files it must leave to the csv reader, and why.
NOT_PLAIN = {
    "text after a closing quote": HEADER + '\ne1,2026-01-15,"Fence"A,other,alleged,R,,,,S,,\n',
    "space before an opening quote": HEADER + '\ne1,2026-01-15, "Fence",other,alleged,R,,,,S,,\n',
    "a lone quote": HEADER + '\ne1,2026-01-15,",other,alleged,R,,,,S,,\n',
    "unterminated quote at the end": HEADER + '\ne1,2026-01-15,T,other,alleged,R,,,,S,,"x',
    "undoubled quote inside quotes": HEADER + '\ne1,2026-01-15,"a"b",other,alleged,R,,,,S,,\n',
    "quote inside a field": HEADER + '\ne1,2026-01-15,Fence "A",other,alleged,R,,,,S,,\n',
    "line break in quotes": HEADER
    + '\ne1,2026-01-15,"Line one\nline two",other,alleged,R,,,,S,,\n',
    "ragged row": HEADER + "\n" + _rows(2) + "e9,2026-01-15,T\n",
    "too many fields": HEADER + "\n" + _rows(1) + ROW.format(n=9) + ",extra\n",
    "lone carriage return": HEADER + "\n" + _rows(1).replace("Fence", "Fen\rce"),
    "old Mac line ends": (HEADER + "\n" + _rows(2)).replace("\n", "\r"),
    "NUL in a field": HEADER + "\n" + _rows(1).replace("Fence", "Fen\x00ce"),
    "unnamed column with a value": HEADER + ",\n" + _rows(1).rstrip("\n") + ",oops\n",
    "unnamed empty column": HEADER + ",\n" + _rows(2).replace("\n", ",\n"),
    # One field, so a row Arrow refuses; csv leaves it out as blank.
    "a line of white space": HEADER + "\n" + _rows(2) + "  \t \n" + _rows(1),
    # Nothing after the header to read: Arrow finds no line to skip.
    "header only without a line end": HEADER,
    "blank first line": "\n" + HEADER + "\n" + _rows(1),
}


def _python_read(text: str, delimiter: str, monkeypatch: pytest.MonkeyPatch) -> RawFile:
    with monkeypatch.context() as patch:
        patch.setattr(readers, "read_plain_rows", lambda *args: None)
        return readers.read_csv_text(text, "f.csv", delimiter=delimiter)


def _same(fast: RawFile, slow: RawFile) -> None:
    assert fast.columns == slow.columns
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]
    assert isinstance(fast.records, RecordTable) and isinstance(slow.records, RecordTable)
    assert fast.records.lines == slow.records.lines
    assert list(fast.records.columns) == list(slow.records.columns)
    for name, values in slow.records.columns.items():
        assert fast.records.columns[name] == values, name
        assert all(type(value) is str for value in fast.records.columns[name])
    assert list(fast.records) == list(slow.records)


def _delimiter(text: str) -> str:
    return readers.sniff_delimiter(text)


@pytest.mark.parametrize("case", PLAIN)
def test_a_plain_file_is_read_fast_and_the_same(case: str, monkeypatch) -> None:
    text = PLAIN[case]
    delimiter = _delimiter(text)
    slow = _python_read(text, delimiter, monkeypatch)
    assert read_plain_rows(text, slow.columns, delimiter) is not None
    _same(readers.read_csv_text(text, "f.csv", delimiter=delimiter), slow)


@pytest.mark.parametrize("case", NOT_PLAIN)
def test_a_file_that_is_not_plain_is_left_to_the_csv_reader(case: str, monkeypatch) -> None:
    text = NOT_PLAIN[case]
    delimiter = _delimiter(text)
    slow = _python_read(text, delimiter, monkeypatch)
    columns = slow.columns or ()
    assert read_plain_rows(text, columns, delimiter) is None
    fast = readers.read_csv_text(text, "f.csv", delimiter=delimiter)
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]
    if slow.records:
        _same(fast, slow)


def test_a_field_as_long_as_the_csv_limit_is_left_to_the_csv_reader(monkeypatch) -> None:
    text = HEADER + "\n" + _rows(2).replace("Fence 1", "F" * 41)
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(40)
        slow = _python_read(text, ",", monkeypatch)
        assert read_plain_rows(text, slow.columns, ",") is None
        fast = readers.read_csv_text(text, "f.csv", delimiter=",")
    finally:
        csv.field_size_limit(limit)
    assert [str(p) for p in slow.problems] == [
        "f.csv:3: -: bad CSV: field larger than field limit (40)"
    ]
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]


def test_repeated_texts_are_one_object() -> None:
    text = PLAIN["many rows repeating their texts"]
    table = read_plain_rows(text, tuple(HEADER.split(",")), ",")
    assert table is not None
    places = table.columns["place"]
    assert len({id(value) for value in places}) == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom.csv", ("\ufeff" + PLAIN["commas"]).encode()),
        ("tabs.tsv", PLAIN["tabs"].encode()),
        ("semicolons.csv", PLAIN["semicolons"].encode()),
        ("crlf.csv", PLAIN["windows line ends"].encode()),
        ("blank.csv", PLAIN["a row of spaces in every field"].encode()),
    ],
)
def test_files_load_the_same_either_way(name, content, tmp_path, monkeypatch) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    fast = load_events([path])
    with monkeypatch.context() as patch:
        patch.setattr(readers, "read_plain_rows", lambda *args: None)
        slow = load_events([path])
    assert fast.equals(slow)
    assert fast.dtypes.equals(slow.dtypes)


def test_problems_of_a_plain_file_are_the_same_either_way(tmp_path, monkeypatch) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "\n"
        + "e1,2026-02-30,,crossing,rumour,R,LVA,91,,,ftp://x,\n"
        + "\n"
        + "e1,,T,other,alleged,,,,181,S | ,https://a.org | https://b.org,2026-13-01\n",
        encoding="utf-8",
    )

    def problems() -> list[str]:
        with pytest.raises(EventFileError) as info:
            load_events([path])
        return [str(p) for p in info.value.problems]

    fast = problems()
    with monkeypatch.context() as patch:
        patch.setattr(readers, "read_plain_rows", lambda *args: None)
        slow = problems()
    assert fast == slow
    assert any(":4: " in line for line in fast)  # the line after the blank one


# Pieces of fields, well and badly quoted, that random files are made of.
GOOD_PIECES = ["", "x", " ", "é", '"q"', '"a,b"', '"a""b"', '""', "NA", '" "']
BAD_PIECES = ['a"b', ' "q"', '"q"x', '"', '"a\nb"', "\x00"]


def _random_file(rng: random.Random) -> str:
    lines = ["a,b,c"]
    for _ in range(rng.randint(0, 6)):
        width = 3 if rng.random() < 0.95 else rng.choice([1, 2, 4])
        pieces = [
            rng.choice(BAD_PIECES if rng.random() < 0.03 else GOOD_PIECES) for _ in range(width)
        ]
        lines.append(",".join(pieces))
    ending = rng.choice(["\n", "\n", "\r\n", "\n", "\r\n", "\r"])
    return ending.join(lines) + rng.choice(["", ending, ending * 2])


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_random_files_read_the_same_either_way(delimiter: str, monkeypatch) -> None:
    rng = random.Random(13)
    fast_ones = 0
    for _ in range(300):
        text = _random_file(rng).replace(",", delimiter)
        slow = _python_read(text, delimiter, monkeypatch)
        fast_ones += read_plain_rows(text, slow.columns or (), delimiter) is not None
        fast = readers.read_csv_text(text, "f.csv", delimiter=delimiter)
        assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems], repr(text)
        if slow.records:
            _same(fast, slow)
    assert 60 < fast_ones < 240  # both readings were tried, many times each


def test_a_long_file_of_distinct_ids_reads_the_same_and_still_shares_repeats(
    monkeypatch,
) -> None:
    from bordermap.geo.events import plain_csv

    # More rows than the sample, every id and title distinct, the place repeated, a
    # blank line and padded values late in the file.
    count = plain_csv.SAMPLE_ROWS + 500
    blank = " ," * 11 + " \n"
    text = HEADER + "\n" + _rows(count) + "\n" + blank + " e-last , x ,T\u2003,,,,,,,,,\n"
    delimiter = _delimiter(text)
    slow = _python_read(text, delimiter, monkeypatch)
    fast = readers.read_csv_text(text, "f.csv", delimiter=delimiter)
    _same(fast, slow)
    assert plain_csv._mostly_distinct(pa_column([f"e{n}" for n in range(count)]))
    assert not plain_csv._mostly_distinct(pa_column(["same"] * count))
    places = fast.records.columns["place"]
    assert len({id(value) for value in places[:count]}) == 1


def pa_column(values: list[str]):
    import pyarrow as pa

    return pa.chunked_array([pa.array(values, pa.string())])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id;title;date\na,b,c,d\n", ";"),  # only the header line counts
        ("\ufeff\ufeffid|title|date\n", "|"),  # leading BOMs are not the header's
        ("id\ttitle", "\t"),  # a header without a line end
        ('"a;b;c",x,y\n', ","),  # quoted separators do not count
        ("id\n", ","),
        ("", ","),
    ],
)
def test_the_separator_is_sniffed_from_the_header_line(text: str, expected: str) -> None:
    assert readers.sniff_delimiter(text) == expected


def _raw_files_equal(fast: RawFile, slow: RawFile) -> None:
    assert (fast.path, fast.columns, fast.kind, fast.notes) == (
        slow.path,
        slow.columns,
        slow.kind,
        slow.notes,
    )
    assert [str(p) for p in fast.problems] == [str(p) for p in slow.problems]
    if isinstance(slow.records, RecordTable):
        _same(fast, slow)
    else:
        assert list(fast.records) == list(slow.records)


BYTE_FILES = {
    **{f"{case}.csv": text.encode() for case, text in {**PLAIN, **NOT_PLAIN}.items()},
    "bom.csv": ("\ufeff" + PLAIN["commas"]).encode(),
    "two boms.csv": ("\ufeff\ufeff" + PLAIN["commas"]).encode(),
    "tabs.tsv": PLAIN["tabs"].encode(),
    "tabs sniffed.csv": PLAIN["tabs"].encode(),
    "semicolons.csv": PLAIN["semicolons"].encode(),
    "column named twice.csv": ("id,title,id\n" + "a,b,c\n").encode(),
    "blank header.csv": b"  \n" + PLAIN["commas"].encode(),
    "only a bom.csv": b"\xef\xbb\xbf",
    "empty.csv": b"",
    "white space.csv": b" \n\t\n",
    "header only.csv": b"id,title",
    "bad utf-8 in a row.csv": PLAIN["commas"].encode() + b"e9,\xff\xfe,x\n",
    "encoded surrogate.csv": PLAIN["commas"].encode() + b"e9,\xed\xa0\x80,x\n",
    "latin-1.csv": "id,title\ne1,Łódź\n".encode("cp1250"),
    "lone carriage return in header.csv": b"id,ti\rtle\ne1,x\n",
    "header ending in crlf.csv": b"id,title\r\ne1,x\r\n",
}


@pytest.mark.parametrize("name", BYTE_FILES)
def test_read_file_from_the_bytes_is_read_file_from_the_text(name, tmp_path, monkeypatch):
    # A plain CSV is read from its bytes, decoding only its header line; every file
    # must read as the decoded text reads it (same records, problems and notes).
    path = tmp_path / name
    path.write_bytes(BYTE_FILES[name])
    fast = readers.read_file(path)
    with monkeypatch.context() as patch:
        patch.setattr(readers, "_read_plain_utf8", lambda *args: None)
        slow = readers.read_file(path)
    _raw_files_equal(fast, slow)


def test_a_plain_file_is_not_decoded_whole(tmp_path, monkeypatch) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(("\ufeff" + PLAIN["non-ASCII and HTML"]).encode())
    with monkeypatch.context() as patch:
        patch.setattr(readers, "_read_plain_utf8", lambda *args: None)
        slow = readers.read_file(path)
    monkeypatch.setattr(readers, "decode_utf8", lambda *args: pytest.fail("decoded whole"))
    _raw_files_equal(readers.read_file(path), slow)


def test_arrow_takes_as_utf8_what_python_decodes() -> None:
    rng = random.Random(8)
    samples = [
        b"\xed\xa0\x80",  # a surrogate
        b"\xed\x9f\xbf",
        b"\xc0\x80",  # overlong
        b"\xe0\x80\x80",
        b"\xf4\x90\x80\x80",  # past U+10FFFF
        b"\xf4\x8f\xbf\xbf",
        b"\xf5\x80\x80\x80",
        b"\xe2\x82",  # cut short
        "é€😀\x00".encode(),
    ]
    for _ in range(20_000):
        size = rng.randint(1, 6)
        samples.append(
            bytes(rng.choice((rng.randint(0x80, 0xFF), rng.randint(0, 0x7F))) for _ in range(size))
        )
    for data in samples:
        try:
            data.decode("utf-8")
            valid = True
        except UnicodeDecodeError:
            valid = False
        assert readers._is_utf8(data) is valid, data
