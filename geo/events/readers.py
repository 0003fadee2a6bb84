"""Read event files (CSV, TSV, XLSX, ODS, YAML, GeoJSON) into raw records with their lines.

Readers only parse: they turn a file into :class:`RawRecord` objects (field → text)
and report syntax problems (bad UTF-8, ragged rows, YAML/JSON errors, a key or
column given twice).  Every value is the text written: YAML and JSON scalars are not
typed.  Checking the values is :mod:`bordermap.geo.events.validation`'s job.  GeoJSON
is read by :mod:`bordermap.geo.events.geojson_reader`, spreadsheets by
:mod:`bordermap.geo.events.sheets`.

A CSV's separator (``,`` ``;`` tab or ``|``: Excel writes ``;`` where the decimal
mark is a comma) is sniffed from its header line unless given.  A file that is not
UTF-8 is refused with the legacy encoding it most likely is named, so the user
knows what to convert from.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from bordermap.geo.collector import collector_paused
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.geojson_reader import AGREEMENT_METRES, read_geojson_text
from bordermap.geo.events.plain_csv import read_plain_rows
from bordermap.geo.events.records import (
    RawFile,
    RawRecord,
    RecordTable,
    TextMapping,
    mapping_to_record,
)
from bordermap.geo.events.sheets import SHEET_SUFFIXES, read_sheet

if TYPE_CHECKING:
    import yaml

__all__ = [
    "AGREEMENT_METRES",
    "RawFile",
    "RawRecord",
    "decode_utf8",
    "read_csv_text",
    "read_file",
    "read_geojson_text",
    "read_yaml_text",
    "sniff_delimiter",
]

#: File name endings each reader accepts.
CSV_SUFFIXES = (".csv", ".tsv", ".tab")
YAML_SUFFIXES = (".yaml", ".yml")
GEOJSON_SUFFIXES = (".geojson", ".json")
#: Separators sniffed in a CSV header line, in order of preference on a tie.
DELIMITERS = (",", ";", "\t", "|")
#: Legacy encodings a non-UTF-8 file is checked against, with the names users know.
LEGACY_ENCODINGS = (
    ("cp1257", "Windows-1257 (Baltic)"),
    ("cp1250", "Windows-1250 (Central European)"),
    ("cp1251", "Windows-1251 (Cyrillic)"),
    ("cp1252", "Windows-1252 (Western European)"),
)


_NON_ASCII_WORD = re.compile("[^\\s,;|\"']*[^\\x00-\\x7f][^\\s,;|\"']*")


def guess_legacy_encoding(data: bytes) -> tuple[str, str] | None:
    """Name the legacy encoding ``data`` most likely is, with a sample of its text.

    Each candidate decodes the bytes; the one turning the most non-ASCII bytes into
    letters wins (ties go to the order of :data:`LEGACY_ENCODINGS`).  UTF-16 is
    told by its byte-order mark.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16", ""
    best: tuple[int, str, str] | None = None
    for codec, label in LEGACY_ENCODINGS:
        text = data.decode(codec, errors="replace")
        score = sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())
        if best is None or score > best[0]:
            best = (score, label, text)
    if best is None or best[0] == 0:
        return None
    _, label, text = best
    word = _NON_ASCII_WORD.search(text)
    return label, word.group()[:40] if word else ""


def decode_utf8(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Decode ``data`` as UTF-8 (a BOM is dropped), naming the line of a bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        bad = data[err.start : err.start + 4]
        message = "not valid UTF-8: save the file as UTF-8"
        if guess := guess_legacy_encoding(data):
            label, sample = guess
            message += f"; it looks like {label}" + (
                f" (where it reads {sample!r})" if sample else ""
            )
            message += ", which spreadsheets offer as an encoding when saving"
        return None, [problem(path, line, "-", message, bad.hex(" "))]
    # Not text.strip(): that copies the whole text (400 MB for a million events) only
    # to see whether anything is left.
    if not text or text.isspace():
        return None, [problem(path, None, "-", "file is empty: it holds no events")]
    return text, []


def sniff_delimiter(text: str) -> str:
    """The separator of a CSV: the candidate found most often in its header line.

    Quoted parts of the header are left out of the count; a header with none of
    the candidates (a single column) is read as comma-separated.
    """
    # The header by its bounds: split("\n", 1) copied the rest of the file (0.27 s and
    # 200 MB for a million events) only to take the first line.
    start = 0
    while text.startswith("\ufeff", start):
        start += 1
    end = text.find("\n", start)
    first = text[start:] if end < 0 else text[start:end]
    unquoted = "".join(first.split('"')[::2])
    counts = [(unquoted.count(d), -i, d) for i, d in enumerate(DELIMITERS)]
    count, _, delimiter = max(counts)
    return delimiter if count else ","


_SEPARATOR_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}
# A line with its ending, split as io.StringIO(newline="") splits: at "\r\n", "\r", "\n".
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time, as a file opened with ``newline=""`` gives them.

    A StringIO over a large file holds a second, four-bytes-a-character copy of it
    (about 800 MB for a million events); slicing line by line holds one line.
    """
    for match in _LINE.finditer(text):
        yield match.group()


def read_csv_text(text: str, path: str, *, delimiter: str = ",") -> RawFile:
    """Parse CSV text with a header row; ragged rows are problems, not crashes.

    A header naming a column twice is a problem: one of the two would be lost.
    """
    problems: list[Problem] = []
    reader = csv.reader(_lines(text), strict=True, delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return RawFile(path, [], None, [problem(path, None, "-", "file is empty")], "csv")
    except csv.Error as err:
        return RawFile(path, [], None, [problem(path, 1, "-", f"bad CSV: {err}")], "csv")
    columns = tuple(name.strip() for name in header)
    header_line = reader.line_num
    seen: set[str] = set()
    for name in columns:
        if name and name in seen:
            problems.append(
                problem(
                    path,
                    header_line,
                    name,
                    "column named twice in the header: one of them would be lost; "
                    "rename or delete one",
                )
            )
        seen.add(name)
    if problems:
        return RawFile(path, [], columns, problems, "csv")
    # A file without quotes, a row a line, is read by Arrow instead (same records, same
    # lines; see plain_csv); anything else, and every problem, is the csv module's.
    if header_line == 1 and (plain := read_plain_rows(text, columns, delimiter)) is not None:
        return RawFile(path, plain, columns, problems, "csv")
    # A column without a name may be an editor's leftover: harmless while it is
    # empty, but its values would be lost, so any value in it is a problem.
    unnamed = {i for i, name in enumerate(columns) if not name}
    named = [i for i, name in enumerate(columns) if name]
    gathered = _ColumnGatherer(named)
    lines: list[int] = []
    previous_end = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(problem(path, reader.line_num, "-", f"bad CSV: {err}"))
            break
        start = previous_end + 1
        previous_end = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) != len(columns):
            problems.append(
                problem(
                    path,
                    start,
                    "-",
                    f"row has {len(row)} fields but the header has {len(columns)}; "
                    f"quote values that contain {_SEPARATOR_NAMES.get(delimiter, delimiter)}",
                    delimiter.join(row),
                )
            )
            continue
        for i in sorted(unnamed):
            if row[i].strip():
                unnamed.discard(i)  # once per column is enough
                problems.append(
                    problem(
                        path,
                        start,
                        f"column {i + 1}",
                        "column has no name in the header: name it so its values are kept",
                        row[i],
                    )
                )
        gathered.add(row)
        lines.append(start)
    # Columns, not a dict per record (see RecordTable); a column without a name is
    # left out, as its values were checked to be empty above.
    table = RecordTable({columns[i]: gathered.column(i) for i in named}, lines)
    return RawFile(path, table, columns, problems, "csv")


class _ColumnGatherer:
    """Rows turned into columns a block at a time, each repeated text kept once.

    A column whose first block repeats its texts (a category, a status, a source,
    a date) keeps one object per distinct text: a million events then hold a few
    thousand strings for it instead of a million.  Columns of mostly distinct
    texts (ids, titles) are kept as read.
    """

    BLOCK = 50_000

    def __init__(self, keep: list[int]) -> None:
        self.rows: list[list[str]] = []
        self.values: dict[int, list[str]] = {i: [] for i in keep}
        # Per column: its distinct texts, None for a column of mostly distinct
        # texts, absent until the first block has decided.
        self.shared: dict[int, dict[str, str] | None] = {}

    def add(self, row: list[str]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.BLOCK:
            self._flush()

    def column(self, index: int) -> list[str]:
        self._flush()
        return self.values[index]

    def _flush(self) -> None:
        if not self.rows:
            return
        by_column = list(zip(*self.rows, strict=True))
        self.rows = []
        for i, values in self.values.items():
            texts = by_column[i]
            if i not in self.shared:
                self.shared[i] = {} if 2 * len(set(texts)) <= len(texts) else None
            memo = self.shared[i]
            values.extend(texts if memo is None else map(memo.setdefault, texts, texts))


def read_yaml_text(text: str, path: str) -> RawFile:
    """Parse a YAML list of mappings, keeping the line of every item and key.

    Every scalar is read as the text written (see :mod:`bordermap.geo.events.yaml_text`);
    anchors, aliases, tags, repeated keys and deep nesting are problems.
    """
    # Imported here: reading a CSV needs no PyYAML (~15 ms of every command).
    import yaml

    from bordermap.geo.events.yaml_text import YamlRefused, compose_text, node_text

    try:
        root = compose_text(text)
    except YamlRefused as err:
        return RawFile(path, [], None, [problem(path, err.line, err.field, err.message)], "yaml")
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(err, "problem", None) or str(err)
        return RawFile(
            path, [], None, [problem(path, line, "-", f"YAML syntax error: {reason}")], "yaml"
        )
    if root is None:
        return RawFile(path, [], None, [problem(path, None, "-", "file is empty")], "yaml")
    defaults: RawRecord | None = None
    problems: list[Problem] = []
    if isinstance(root, yaml.MappingNode) and any(
        isinstance(k, yaml.ScalarNode) and k.value in YAML_FILE_KEYS for k, _ in root.value
    ):
        root, defaults, problems = _events_and_defaults(root, path)
        if root is None:
            return RawFile(path, [], None, problems, "yaml")
    if not isinstance(root, yaml.SequenceNode):
        return RawFile(
            path,
            [],
            None,
            [
                problem(
                    path,
                    root.start_mark.line + 1,
                    "-",
                    "must be a list of events (- id: ...), or a mapping with 'defaults' "
                    "and 'events'",
                )
            ],
            "yaml",
        )
    records: list[RawRecord] = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(problem(path, line, "-", "each event must be a mapping of fields"))
            continue
        try:
            mapping = node_text(node)
        except YamlRefused as err:
            problems.append(problem(path, err.line, err.field, err.message))
            continue
        assert isinstance(mapping, TextMapping)
        record, record_problems = mapping_to_record(mapping.values, path, line, mapping.lines)
        records.append(record if defaults is None else with_defaults(record, defaults))
        problems.extend(record_problems)
    notes = []
    if defaults is not None and records:
        notes.append(
            f"{path}: file defaults ({', '.join(defaults.fields)}) given to the events "
            "that do not set them"
        )
    return RawFile(path, records, None, problems, "yaml", notes)


#: Top-level keys of a YAML event file written as a mapping.
YAML_FILE_KEYS = ("defaults", "events")


def _events_and_defaults(
    root: yaml.MappingNode, path: str
) -> tuple[yaml.Node | None, RawRecord | None, list[Problem]]:
    """Split a ``{defaults: {...}, events: [...]}`` file into its two parts."""
    import yaml

    from bordermap.geo.events.yaml_text import YamlRefused, node_text

    problems: list[Problem] = []
    events: yaml.Node | None = None
    defaults: RawRecord | None = None
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        line = key_node.start_mark.line + 1
        if key == "events":
            events = value_node
        elif key == "defaults":
            try:
                mapping = node_text(value_node)
            except YamlRefused as err:
                problems.append(problem(path, err.line, err.field, err.message))
                continue
            if not isinstance(mapping, TextMapping):
                problems.append(
                    problem(path, line, "defaults", "must be a mapping of fields to values")
                )
                continue
            defaults, found = mapping_to_record(mapping.values, path, line, mapping.lines)
            problems.extend(found)
            for name in defaults.fields:
                if name in ("id", "title", "description", "date", "place", "lat", "lon"):
                    problems.append(
                        problem(
                            path,
                            defaults.line_of(name),
                            f"defaults.{name}",
                            "is different for every event: give it in each event, not as "
                            "a file default",
                        )
                    )
        else:
            problems.append(
                problem(path, line, key, "unknown top-level key; valid: defaults, events", key)
            )
    if events is None:
        problems.append(problem(path, root.start_mark.line + 1, "events", "no 'events' list"))
    return events, defaults, problems


def with_defaults(record: RawRecord, defaults: RawRecord) -> RawRecord:
    """``record`` with each field of ``defaults`` it lacks; the event's own value wins.

    The three source columns go together: an event naming any source keeps only its own.
    """
    from bordermap.geo import schema

    has_sources = any(record.fields.get(name, "").strip() for name in schema.SOURCE_COLUMNS)
    fields = dict(record.fields)
    lines = dict(record.field_lines)
    for name, value in defaults.fields.items():
        if name in schema.SOURCE_COLUMNS and has_sources:
            continue
        if not fields.get(name, "").strip():
            fields[name] = value
            lines[name] = defaults.line_of(name)
    return RawRecord(record.line, fields, lines)


_UTF8_BOM = b"\xef\xbb\xbf"


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8, checked by Arrow without making a str of it.

    Arrow refuses what Python's strict decoder refuses (surrogates, overlong forms,
    code points past U+10FFFF, cut sequences); a test compares the two.
    """
    offsets = pa.array([0, len(data)], pa.int64()).buffers()[1]
    text = pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, pa.py_buffer(data)])
    try:
        text.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _read_plain_utf8(data: bytes, path: str, delimiter: str | None, suffix: str) -> RawFile | None:
    """What :func:`read_file` gives for a plain CSV, read from its bytes; else None.

    Decoding a million events' file made a 400 MB str (0.4 s with its page faults)
    that Arrow's reading of a plain file (:mod:`~bordermap.geo.events.plain_csv`)
    only encoded back to UTF-8 (0.27 s).  Valid UTF-8 decodes to the text whose UTF-8
    it is, so when the bytes are valid only the header line is decoded and Arrow reads
    the bytes.  Anything else (not UTF-8, a blank first line, a quote or a carriage
    return in the header line, a column named twice, a file that is not plain) gives
    None, and :func:`decode_utf8` and :func:`read_csv_text` read the file, as before.
    """
    body = data[len(_UTF8_BOM) :] if data.startswith(_UTF8_BOM) else data  # as utf-8-sig
    if not _is_utf8(body):
        return None
    end = body.find(b"\n")
    head = body if end < 0 else body[: end + 1]
    if b'"' in head or b"\r" in head.rstrip(b"\r\n"):
        return None
    header_line = head.decode("utf-8")
    if not header_line.strip():
        return None
    notes = []
    if delimiter is None:
        delimiter = "\t" if suffix in (".tsv", ".tab") else sniff_delimiter(header_line)
        if delimiter != "," and suffix not in (".tsv", ".tab"):
            notes.append(_sniffed_note(path, delimiter))
    try:
        header = next(csv.reader([header_line], strict=True, delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None
    columns = tuple(name.strip() for name in header)
    if len(set(columns)) != len(columns):
        return None
    plain = read_plain_rows(body, columns, delimiter)
    if plain is None:
        return None
    raw = RawFile(path, plain, columns, [], "csv")
    raw.notes.extend(notes)
    return raw


def _sniffed_note(path: str, delimiter: str) -> str:
    shown = "tab" if delimiter == "\t" else repr(delimiter)
    return (
        f"{path}: read as {shown}-separated (from its header line; --delimiter to say otherwise)"
    )


@collector_paused()
def read_file(
    path: str | Path, *, delimiter: str | None = None, sheet: str | None = None
) -> RawFile:
    """Read an event file by its suffix into raw records.

    Parameters
    ----------
    path : str or Path
        A ``.csv`` (``.tsv``, ``.tab``, ``.txt``), ``.xlsx``/``.ods``,
        ``.yaml``/``.yml`` or ``.geojson``/``.json`` file.
    delimiter : str, optional
        CSV separator; sniffed from the header line when not given (tab for
        ``.tsv`` and ``.tab``).
    sheet : str, optional
        Worksheet of a spreadsheet; the first one when not given.

    Returns
    -------
    RawFile
        Records plus the problems found while parsing (never raises for bad content),
        and notes on what was decided (a sniffed separator).
    """
    name = str(path)
    suffix = Path(name).suffix.lower()
    if suffix in SHEET_SUFFIXES:
        return read_sheet(name, sheet=sheet)
    try:
        data = Path(name).read_bytes()
    except OSError as err:
        return RawFile(
            name, [], None, [problem(name, None, "-", f"cannot read: {err.strerror}")], "?"
        )
    if data.startswith(b"PK\x03\x04") and suffix in CSV_SUFFIXES:
        return RawFile(
            name,
            [],
            None,
            [
                problem(
                    name,
                    None,
                    "-",
                    "this is a spreadsheet workbook, not CSV: name it .xlsx or .ods",
                )
            ],
            "?",
        )
    if suffix in CSV_SUFFIXES and (plain := _read_plain_utf8(data, name, delimiter, suffix)):
        return plain
    text, problems = decode_utf8(data, name)
    del data  # the text is all that is read from here on; the bytes are a second copy
    if text is None:
        return RawFile(name, [], None, problems, suffix.lstrip("."))
    if suffix in CSV_SUFFIXES:
        notes: list[str] = []
        if delimiter is None:
            delimiter = "\t" if suffix in (".tsv", ".tab") else sniff_delimiter(text)
            if delimiter != "," and suffix not in (".tsv", ".tab"):
                notes.append(_sniffed_note(name, delimiter))
        raw = read_csv_text(text, name, delimiter=delimiter)
        raw.notes.extend(notes)
        return raw
    if suffix in YAML_SUFFIXES:
        return read_yaml_text(text, name)
    if suffix in GEOJSON_SUFFIXES:
        return read_geojson_text(text, name)
    return RawFile(
        name,
        [],
        None,
        [
            problem(
                name,
                None,
                "-",
                "unknown file type: use .csv, .tsv, .xlsx, .ods, .yaml, .yml, .geojson or .json",
            )
        ],
        "?",
    )
