"""Read event files (CSV, YAML, GeoJSON) into raw records with their line numbers.

Readers only parse: they turn a file into :class:`RawRecord` objects (field → text)
and report syntax problems (bad UTF-8, ragged rows, YAML/JSON errors, a key or
column given twice).  Every value is the text written: YAML and JSON scalars are not
typed.  Checking the values is :mod:`bordermap.geo.validation`'s job.  GeoJSON is
read by :mod:`bordermap.geo.geojson_reader`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from bordermap.geo.errors import Problem, problem
from bordermap.geo.geojson_reader import AGREEMENT_METRES, read_geojson_text
from bordermap.geo.records import RawFile, RawRecord, mapping_to_record
from bordermap.geo.yaml_text import TextMapping, YamlRefused, compose_text, node_text

__all__ = [
    "AGREEMENT_METRES",
    "RawFile",
    "RawRecord",
    "decode_utf8",
    "read_csv_text",
    "read_file",
    "read_geojson_text",
    "read_yaml_text",
]

#: File name endings each reader accepts.
CSV_SUFFIXES = (".csv",)
YAML_SUFFIXES = (".yaml", ".yml")
GEOJSON_SUFFIXES = (".geojson", ".json")


def decode_utf8(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Decode ``data`` as UTF-8 (a BOM is dropped), naming the line of a bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        bad = data[err.start : err.start + 4]
        return None, [
            problem(path, line, "-", "not valid UTF-8: save the file as UTF-8", bad.hex(" "))
        ]
    if not text.strip():
        return None, [problem(path, None, "-", "file is empty: it holds no events")]
    return text, []


def read_csv_text(text: str, path: str) -> RawFile:
    """Parse CSV text with a header row; ragged rows are problems, not crashes.

    A header naming a column twice is a problem: one of the two would be lost.
    """
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
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
    # A column without a name may be an editor's leftover: harmless while it is
    # empty, but its values would be lost, so any value in it is a problem.
    unnamed = {i for i, name in enumerate(columns) if not name}
    records: list[RawRecord] = []
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
                    "quote values that contain commas",
                    ",".join(row),
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
        fields = {name: cell for name, cell in zip(columns, row, strict=True) if name}
        records.append(RawRecord(start, fields))
    return RawFile(path, records, columns, problems, "csv")


def read_yaml_text(text: str, path: str) -> RawFile:
    """Parse a YAML list of mappings, keeping the line of every item and key.

    Every scalar is read as the text written (see :mod:`bordermap.geo.yaml_text`);
    anchors, aliases, tags, repeated keys and deep nesting are problems.
    """
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
    if not isinstance(root, yaml.SequenceNode):
        return RawFile(
            path,
            [],
            None,
            [problem(path, root.start_mark.line + 1, "-", "must be a list of events (- id: ...)")],
            "yaml",
        )
    records: list[RawRecord] = []
    problems: list[Problem] = []
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
        records.append(record)
        problems.extend(record_problems)
    return RawFile(path, records, None, problems, "yaml")


def read_file(path: str | Path) -> RawFile:
    """Read an event file by its suffix into raw records.

    Parameters
    ----------
    path : str or Path
        A ``.csv``, ``.yaml``/``.yml`` or ``.geojson``/``.json`` file.

    Returns
    -------
    RawFile
        Records plus the problems found while parsing (never raises for bad content).
    """
    name = str(path)
    suffix = Path(name).suffix.lower()
    try:
        data = Path(name).read_bytes()
    except OSError as err:
        return RawFile(
            name, [], None, [problem(name, None, "-", f"cannot read: {err.strerror}")], "?"
        )
    text, problems = decode_utf8(data, name)
    if text is None:
        return RawFile(name, [], None, problems, suffix.lstrip("."))
    if suffix in CSV_SUFFIXES:
        return read_csv_text(text, name)
    if suffix in YAML_SUFFIXES:
        return read_yaml_text(text, name)
    if suffix in GEOJSON_SUFFIXES:
        return read_geojson_text(text, name)
    return RawFile(
        name,
        [],
        None,
        [problem(name, None, "-", "unknown file type: use .csv, .yaml, .yml, .geojson or .json")],
        "?",
    )
