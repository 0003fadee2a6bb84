"""Read event files (CSV, YAML, GeoJSON) into raw records with their line numbers.

Readers only parse: they turn a file into :class:`RawRecord` objects (field → text)
and report syntax problems (bad UTF-8, ragged rows, YAML/JSON errors).  Checking
the values is :mod:`bordermap.geo.validation`'s job.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem

#: File name endings each reader accepts.
CSV_SUFFIXES = (".csv",)
YAML_SUFFIXES = (".yaml", ".yml")
GEOJSON_SUFFIXES = (".geojson", ".json")


@dataclass
class RawRecord:
    """One event as read: text values by field, and where it starts in its file."""

    line: int
    fields: dict[str, str]
    #: Line of each field where the format tells it (YAML); else the record's line.
    field_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, name: str) -> int:
        """Line of field ``name``, falling back to the record's first line."""
        return self.field_lines.get(name, self.line)


@dataclass
class RawFile:
    """A parsed file: its records, its columns (CSV header) and any syntax problems."""

    path: str
    records: list[RawRecord]
    columns: tuple[str, ...] | None
    problems: list[Problem]
    #: Format name, for messages and importers: "csv", "yaml", "geojson", "acled".
    kind: str


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


def _text(value: object) -> str:
    """Turn a YAML/JSON scalar into the text an event file would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return schema.LIST_SEPARATOR.join(_text(item) for item in value)
    return str(value)


def read_csv_text(text: str, path: str) -> RawFile:
    """Parse CSV text with a header row; ragged rows are problems, not crashes."""
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return RawFile(path, [], None, [problem(path, None, "-", "file is empty")], "csv")
    except csv.Error as err:
        return RawFile(path, [], None, [problem(path, 1, "-", f"bad CSV: {err}")], "csv")
    columns = tuple(name.strip() for name in header)
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
        records.append(RawRecord(start, dict(zip(columns, row, strict=True))))
    return RawFile(path, records, columns, problems, "csv")


def _sources_from_list(items: object, path: str, line: int) -> tuple[dict[str, str], list]:
    """Turn a YAML/GeoJSON ``sources`` list into the three aligned source columns."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return {}, [
            problem(path, line, "sources", "must be a list of {name, url, date} mappings", items)
        ]
    names = [_text(i.get("name")) for i in items]
    urls = [_text(i.get("url")) for i in items]
    dates = [_text(i.get("date")) for i in items]
    sep = schema.SOURCE_SEPARATOR
    fields = {schema.SOURCE_NAME: sep.join(names)}
    if any(urls):
        fields[schema.SOURCE_URL] = sep.join(urls)
    if any(dates):
        fields[schema.SOURCE_DATE] = sep.join(dates)
    unknown = sorted({k for i in items for k in i} - {"name", "url", "date"})
    if unknown:
        return fields, [
            problem(path, line, "sources", "unknown key(s); use name, url, date", unknown)
        ]
    return fields, []


def _mapping_to_record(
    mapping: dict, path: str, line: int, field_lines: dict[str, int]
) -> tuple[RawRecord, list[Problem]]:
    problems: list[Problem] = []
    fields: dict[str, str] = {}
    for key, value in mapping.items():
        name = str(key)
        if name == "sources":
            source_fields, source_problems = _sources_from_list(
                value, path, field_lines.get(name, line)
            )
            fields.update(source_fields)
            problems.extend(source_problems)
        elif isinstance(value, dict):
            problems.append(
                problem(path, field_lines.get(name, line), name, "must be text, not a mapping")
            )
        else:
            fields[name] = _text(value)
    return RawRecord(line, fields, field_lines), problems


def read_yaml_text(text: str, path: str) -> RawFile:
    """Parse a YAML list of mappings, keeping the line of every item and key."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
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
    constructor = yaml.SafeLoader("")
    records: list[RawRecord] = []
    problems: list[Problem] = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            problems.append(problem(path, line, "-", "each event must be a mapping of fields"))
            continue
        field_lines = {str(key.value): key.start_mark.line + 1 for key, _ in node.value}
        try:
            mapping = constructor.construct_document(node)
        except yaml.YAMLError as err:
            problems.append(problem(path, line, "-", f"YAML error: {err}"))
            continue
        record, record_problems = _mapping_to_record(mapping, path, line, field_lines)
        records.append(record)
        problems.extend(record_problems)
    return RawFile(path, records, None, problems, "yaml")


def _json_items(text: str) -> Iterator[tuple[int, object]]:
    """Yield (offset, feature) for each element of the top-level ``features`` array.

    ``json`` gives no positions for values, so walk the top-level object with
    ``raw_decode`` to learn where each feature starts: errors can then name its line.
    """
    decoder = json.JSONDecoder()
    whitespace = " \t\r\n"

    def skip(pos: int) -> int:
        while pos < len(text) and text[pos] in whitespace:
            pos += 1
        return pos

    pos = skip(0)
    if text[pos : pos + 1] != "{":
        return
    pos = skip(pos + 1)
    while pos < len(text) and text[pos] != "}":
        key, pos = decoder.raw_decode(text, pos)
        pos = skip(skip(pos) + 1)  # past ':'
        if key == "features" and text[pos : pos + 1] == "[":
            pos = skip(pos + 1)
            while text[pos] != "]":
                start = pos
                item, pos = decoder.raw_decode(text, pos)
                yield start, item
                pos = skip(pos)
                if text[pos] == ",":
                    pos = skip(pos + 1)
            pos += 1
        else:
            _, pos = decoder.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos : pos + 1] == ",":
            pos = skip(pos + 1)


def read_geojson_text(text: str, path: str) -> RawFile:
    """Parse a GeoJSON FeatureCollection of Point (or null) features."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        return RawFile(
            path,
            [],
            None,
            [problem(path, err.lineno, "-", f"JSON syntax error: {err.msg}")],
            "geojson",
        )
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        return RawFile(
            path,
            [],
            None,
            [problem(path, 1, "type", "must be a GeoJSON FeatureCollection")],
            "geojson",
        )
    if not isinstance(doc.get("features"), list):
        return RawFile(path, [], None, [problem(path, 1, "features", "must be a list")], "geojson")
    records: list[RawRecord] = []
    problems: list[Problem] = []
    for offset, feature in _json_items(text):
        line = text.count("\n", 0, offset) + 1
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(problem(path, line, "type", "each item must be a GeoJSON Feature"))
            continue
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            problems.append(problem(path, line, "properties", "must be an object"))
            continue
        record, record_problems = _mapping_to_record(properties, path, line, {})
        problems.extend(record_problems)
        geometry = feature.get("geometry")
        if geometry is not None:
            coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
            if (
                not isinstance(geometry, dict)
                or geometry.get("type") != "Point"
                or not isinstance(coords, list)
                or len(coords) < 2
            ):
                problems.append(
                    problem(
                        path,
                        line,
                        "geometry",
                        "only Point geometries (or null with a place name) are supported",
                        geometry.get("type") if isinstance(geometry, dict) else geometry,
                    )
                )
                continue
            # Explicit lat/lon in the properties win over the geometry only if they agree;
            # the validator compares them.
            record.fields.setdefault(schema.LON, _text(coords[0]))
            record.fields.setdefault(schema.LAT, _text(coords[1]))
        records.append(record)
    return RawFile(path, records, None, problems, "geojson")


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
