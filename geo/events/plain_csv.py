"""A fast reading of the rows of a plain CSV: a row a line, any quoting well formed.

Python's ``csv`` module and the loop around it took about 1.5 s of the 9 s that
``bordermap resolve`` spends on 100,000 events; Arrow's CSV parser reads the same
rows in 0.2 s.  The two agree only where a CSV is plain, so Arrow reads a file only
when every way they could differ is ruled out first, and otherwise (or when Arrow
refuses a row) says nothing and :func:`bordermap.geo.events.readers.read_csv_text`
reads the file with ``csv`` as before, which alone reports problems:

- every field holding a quote character is wholly quoted, its inner quotes
  doubled, and ends on its line: the parsers differ on a quote inside an unquoted
  field, text after a closing quote, space before an opening one and line breaks
  inside quotes, so a line with any of those leaves the file to ``csv``;
- no carriage return other than in ``\r\n``, no NUL: each line ends at ``\n``,
  as ``csv`` sees it, so each row is one line and its line number is its place;
- no column without a name in the header (its values must be checked to be empty);
- every row has the header's number of fields (Arrow refuses any other row);
- no field as long as ``csv.field_size_limit()`` (``csv`` refuses those);
- as many rows as lines after the header.

Rows whose every field is white space are left out, as the ``csv`` loop leaves out
blank lines, and each repeated text of a column is one shared object, as the
``csv`` loop keeps them.
"""

from __future__ import annotations

import csv

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as arrow_csv

from bordermap.geo.events.records import RecordTable

#: Separators the fast reading takes; any other is read by ``csv``.
PLAIN_DELIMITERS = frozenset({",", ";", "\t", "|"})
#: ``csv``'s default quote character, the only one it knows here.
QUOTE = '"'


def _plain_header(columns: tuple[str, ...], delimiter: str) -> bool:
    """The separator is one Arrow is given here and every column has a name."""
    return delimiter in PLAIN_DELIMITERS and bool(columns) and all(columns)


def _plain_bytes(data: bytes) -> bool:
    """No NUL, and no carriage return other than in ``\r\n``, in the text's UTF-8.

    UTF-8 writes these characters, and only these, as the bytes 0x00 and 0x0D, so the
    bytes answer for the text; ``"\x00" in text`` took 0.19 s for a million events,
    ``b"\x00" in data`` takes 0.01 s.
    """
    if b"\x00" in data:
        return False
    return b"\r" not in data or data.count(b"\r") == data.count(b"\r\n")


#: Each separator as written in a pattern (RE2 takes no escaped tab character).
_PATTERN_SEPARATORS = {",": ",", ";": ";", "|": "\\|", "\t": "\\t"}


def _plain_line(delimiter: str) -> str:
    """A line whose fields are each wholly quoted (quotes doubled) or hold no quote."""
    sep = _PATTERN_SEPARATORS[delimiter]
    field = f'(?:"(?:[^"\\r\\n]|"")*"|[^"{sep}\\r\\n]*)'
    return f"^{field}(?:{sep}{field})*\\r?$"


def _quoting_is_plain(data: pa.Buffer, delimiter: str) -> bool:
    """Whether every line of ``data`` (UTF-8) holding a quote is a :func:`_plain_line`.

    Arrow's regular expressions (RE2) go through the lines of 100,000 events in
    0.07 s; Python's took 0.33 s.
    """
    text = pa.Array.from_buffers(
        pa.large_string(), 1, [None, pa.array([0, data.size], pa.int64()).buffers()[1], data]
    )
    lines = pc.list_flatten(pc.split_pattern(text, "\n"))
    quoted = lines.filter(pc.match_substring(lines, QUOTE))
    return bool(pc.all(pc.match_substring_regex(quoted, _plain_line(delimiter))).as_py())


def read_plain_rows(
    text: str | bytes, columns: tuple[str, ...], delimiter: str
) -> RecordTable | None:
    """The data rows of a plain CSV as a table, or None when the file is not plain.

    Parameters
    ----------
    text : str or bytes
        The whole file as decoded, its header the first line; or its UTF-8 (valid
        UTF-8 without a byte order mark), which spares a reader of bytes decoding the
        whole file only for it to be encoded again here.
    columns : tuple of str
        The header's names as :func:`~bordermap.geo.events.readers.read_csv_text` read
        them (stripped; none empty, none twice).
    delimiter : str
        The field separator.

    Returns
    -------
    RecordTable or None
        The rows and their lines, exactly as the ``csv`` reader gives them; None
        when any condition of this module's description fails.
    """
    if not _plain_header(columns, delimiter):
        return None
    encoded = text if isinstance(text, bytes) else text.encode("utf-8")
    if not _plain_bytes(encoded):
        return None
    rows_in_text = encoded.count(b"\n") + (not encoded.endswith(b"\n")) - 1
    # The quote is one byte in UTF-8, and no other character holds that byte.
    quoted = QUOTE.encode() in encoded
    data = pa.py_buffer(encoded)
    del encoded  # data holds the same bytes
    if quoted and not _quoting_is_plain(data, delimiter):
        return None
    names = [f"c{i}" for i in range(len(columns))]
    try:
        table = arrow_csv.read_csv(
            data,
            # One thread: Arrow's pool took about twice the CPU of one thread for the
            # 100k file (median 0.11 / 0.06 s of 12 runs each) on a busy machine.
            read_options=arrow_csv.ReadOptions(column_names=names, skip_rows=1, use_threads=False),
            parse_options=arrow_csv.ParseOptions(
                delimiter=delimiter,
                quote_char=QUOTE,
                double_quote=True,
                escape_char=False,
                newlines_in_values=False,
                # An empty line becomes a row of empty fields, left out below as
                # blank, so every line is a row and rows count lines.
                ignore_empty_lines=False,
            ),
            convert_options=arrow_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid:
        return None  # a ragged row, or a line longer than a block: csv says what is wrong
    del data  # the table holds the text in its own buffers (200 MB for a million events)
    rows = table.num_rows
    if rows != rows_in_text:
        return None
    limit = csv.field_size_limit()
    texts: dict[str, np.ndarray] = {}
    # Each encoded column's codes and distinct texts, handed to the checks.
    encodings: dict[str, tuple[np.ndarray, list[str]]] = {}
    blank: np.ndarray | None = None
    # Columns taken as they are, looked at for blank rows last (see below).
    whole: list[list[str]] = []
    for name, arrow_name in zip(columns, names, strict=True):
        column = table.column(arrow_name)
        table = table.drop_columns([arrow_name])  # its buffers go as soon as they are read
        as_is = _mostly_distinct(column)
        if as_is:
            # Ids, titles: nothing to share, so the texts are taken as they are, each
            # row its own "distinct" text.  Their length counted by Arrow (code points,
            # as len() counts them): a million texts in Python took 0.1 s.
            if len(column) and pc.max(pc.utf8_length(column)).as_py() >= limit:
                return None
            distinct = column.to_pylist()
            whole.append(distinct)
            texts[name] = _objects(distinct)
            continue
        codes, distinct = _encoded(column)
        del column
        if distinct and max(map(len, distinct)) >= limit:
            return None
        # A row is blank when every field is: once no row can be, no more to look at.
        if blank is None or blank.any():
            count = len(distinct)
            is_blank = np.fromiter((not value.strip() for value in distinct), bool, count)
            blank = is_blank[codes] if blank is None else blank & is_blank[codes]
        texts[name] = _objects(distinct)[codes]
        encodings[name] = (codes, distinct)
    # A column of distinct texts is the dearest to look at (a text per row: 0.3 s for
    # the ids of a million events) and is left for last: the repeated columns have
    # mostly shown already that no row is blank.
    for distinct in whole:
        if blank is None or blank.any():
            is_blank = np.fromiter((not value.strip() for value in distinct), bool, len(distinct))
            blank = is_blank if blank is None else blank & is_blank
    lines = np.arange(2, rows + 2)
    if blank is not None and blank.any():
        lines = lines[~blank]
        texts = {name: values[~blank] for name, values in texts.items()}
        encodings = {
            name: (codes[~blank], distinct) for name, (codes, distinct) in encodings.items()
        }
    return RecordTable(
        {name: values.tolist() for name, values in texts.items()},
        lines.tolist(),
        encodings,
    )


#: A column longer than this whose first this many rows are more than
#: :data:`MOSTLY_DISTINCT` distinct texts is not encoded: sharing each repeated text
#: saves nothing there, and encoding a million ids and titles cost 1.3 s (0.2 s as is).
SAMPLE_ROWS = 10_000
MOSTLY_DISTINCT = 0.9


def _mostly_distinct(column: pa.ChunkedArray) -> bool:
    """Whether the column is long and its first rows are nearly all different texts."""
    if len(column) <= SAMPLE_ROWS:
        return False
    sample = column.slice(0, SAMPLE_ROWS)
    return pc.count_distinct(sample).as_py() > MOSTLY_DISTINCT * SAMPLE_ROWS


def _encoded(column: pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """A column as the index of each row's text in its distinct texts, and those texts."""
    encoded = column.combine_chunks().dictionary_encode()
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()


def _objects(values: list[str]) -> np.ndarray:
    """A 1-d object array of the texts ``values``."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array
