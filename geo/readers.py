"""Read event files (CSV, YAML, GeoJSON) into raw records with their line numbers.

Readers only parse: they turn a file into :class:`RawRecord` objects (field → text)
and report syntax problems (bad UTF-8, ragged rows, YAML/JSON errors, a key or
column given twice).  Every value is the text written: YAML and JSON scalars are not
typed.  Checking the values is :mod:`bordermap.geo.validation`'s job.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem
from bordermap.geo.yaml_text import TextMapping, YamlRefused, compose_text, node_text

#: File name endings each reader accepts.
CSV_SUFFIXES = (".csv",)
YAML_SUFFIXES = (".yaml", ".yml")
GEOJSON_SUFFIXES = (".geojson", ".json")

#: Largest gap, in metres, between ``lat``/``lon`` properties and a feature's Point.
AGREEMENT_METRES = 1.0
#: Metres in a degree of latitude (and of longitude at the equator), near enough.
METRES_PER_DEGREE = 111_320.0


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
    """Turn a scalar read from YAML or JSON into the text an event file would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _field_text(name: str, value: object) -> str | None:
    """A field's text; a list is joined with the separator its column uses.

    Returns None when the value is neither text nor a list of text.
    """
    if isinstance(value, list):
        if any(isinstance(item, list | dict | TextMapping) for item in value):
            return None
        sep = schema.SOURCE_SEPARATOR if name in schema.SOURCE_COLUMNS else schema.LIST_SEPARATOR
        return sep.join(_text(item) for item in value)
    if isinstance(value, dict | TextMapping):
        return None
    return _text(value)


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


def _keys_of(mapping: object) -> dict[str, object]:
    if isinstance(mapping, TextMapping):
        return mapping.values
    return mapping  # type: ignore[return-value]


def _sources_from_list(items: object, path: str, line: int) -> tuple[dict[str, str], list]:
    """Turn a YAML/GeoJSON ``sources`` list into the three aligned source columns."""
    if not isinstance(items, list) or not all(isinstance(i, dict | TextMapping) for i in items):
        return {}, [
            problem(path, line, "sources", "must be a list of {name, url, date} mappings", items)
        ]
    mappings = [_keys_of(i) for i in items]
    problems: list[Problem] = []
    for mapping in mappings:
        for key in _duplicate_keys(mapping):
            problems.append(problem(path, line, f"sources.{key}", "key given twice in one source"))
    columns: dict[str, list[str]] = {"name": [], "url": [], "date": []}
    for mapping in mappings:
        for key, values in columns.items():
            text = _field_text(key, mapping.get(key))
            if text is None:
                problems.append(problem(path, line, f"sources.{key}", "must be text"))
                text = ""
            elif schema.SOURCE_SEPARATOR in text:
                # Joined below with the same separator, it would become two sources.
                problems.append(
                    problem(
                        path,
                        line,
                        f"sources.{key}",
                        f"one source's {key} cannot contain '{schema.SOURCE_SEPARATOR}': "
                        "give each source its own entry",
                        text,
                    )
                )
            values.append(text)
    sep = schema.SOURCE_SEPARATOR
    fields = {schema.SOURCE_NAME: sep.join(columns["name"])}
    if any(columns["url"]):
        fields[schema.SOURCE_URL] = sep.join(columns["url"])
    if any(columns["date"]):
        fields[schema.SOURCE_DATE] = sep.join(columns["date"])
    unknown = sorted({k for m in mappings for k in m} - {"name", "url", "date"})
    if unknown:
        problems.append(
            problem(path, line, "sources", "unknown key(s); use name, url, date", unknown)
        )
    return fields, problems


def _duplicate_keys(mapping: object) -> list[str]:
    """Keys a JSON object gave more than once (see :class:`_JsonObject`)."""
    return list(getattr(mapping, "duplicates", ()))


def _mapping_to_record(
    mapping: dict[str, object], path: str, line: int, field_lines: dict[str, int]
) -> tuple[RawRecord, list[Problem]]:
    problems: list[Problem] = []
    fields: dict[str, str] = {}
    for key in _duplicate_keys(mapping):
        problems.append(
            problem(path, field_lines.get(key, line), key, "key given twice: one would be lost")
        )
    if "sources" in mapping:
        given = [n for n in schema.SOURCE_COLUMNS if n in mapping]
        if given:
            problems.append(
                problem(
                    path,
                    field_lines.get(given[0], line),
                    given[0],
                    "give the sources either as a 'sources' list or as source_name, "
                    "source_url and source_date, not both",
                )
            )
    for key, value in mapping.items():
        name = str(key)
        if name == "sources":
            source_fields, source_problems = _sources_from_list(
                value, path, field_lines.get(name, line)
            )
            fields.update(source_fields)
            # Messages about the source columns point at the sources list.
            field_lines = {
                **dict.fromkeys(source_fields, field_lines.get(name, line)),
                **field_lines,
            }
            problems.extend(source_problems)
            continue
        text = _field_text(name, value)
        if text is None:
            problems.append(
                problem(
                    path,
                    field_lines.get(name, line),
                    name,
                    "must be text or a list of text, not a mapping",
                )
            )
        else:
            fields[name] = text
    return RawRecord(line, fields, field_lines), problems


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
        record, record_problems = _mapping_to_record(mapping.values, path, line, mapping.lines)
        records.append(record)
        problems.extend(record_problems)
    return RawFile(path, records, None, problems, "yaml")


class _JsonNumber(str):
    """A JSON number kept as the text written (``"1.50"`` stays ``1.50``)."""

    __slots__ = ()


class _JsonObject(dict):
    """A JSON object that remembers the keys it was given more than once."""

    duplicates: tuple[str, ...] = ()


def _json_object(pairs: list[tuple[str, object]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return obj


#: Decoder keeping numbers as written and noticing repeated keys.
_DECODER = json.JSONDecoder(
    object_pairs_hook=_json_object,
    parse_float=_JsonNumber,
    parse_int=_JsonNumber,
    parse_constant=_JsonNumber,
)
_WHITESPACE = " \t\r\n"


def _json_items(text: str) -> Iterator[tuple[int, object]]:
    """Yield (offset, feature) for each element of the top-level ``features`` array.

    ``json`` gives no positions for values, so walk the top-level object with
    ``raw_decode`` to learn where each feature starts: errors can then name its line.
    The text has already been parsed once, so it is known to be valid JSON.
    """

    def skip(pos: int) -> int:
        while pos < len(text) and text[pos] in _WHITESPACE:
            pos += 1
        return pos

    pos = skip(0)
    if text[pos : pos + 1] != "{":
        return
    pos = skip(pos + 1)
    while pos < len(text) and text[pos] != "}":
        key, pos = _DECODER.raw_decode(text, pos)
        pos = skip(skip(pos) + 1)  # past ':'
        if key == "features" and text[pos : pos + 1] == "[":
            pos = skip(pos + 1)
            while text[pos] != "]":
                start = pos
                item, pos = _DECODER.raw_decode(text, pos)
                yield start, item
                pos = skip(pos)
                if text[pos] == ",":
                    pos = skip(pos + 1)
            pos += 1
        else:
            _, pos = _DECODER.raw_decode(text, pos)
        pos = skip(pos)
        if text[pos : pos + 1] == ",":
            pos = skip(pos + 1)


def _geometry_position(
    geometry: object, path: str, line: int
) -> tuple[tuple[str, str] | None, list[Problem]]:
    """The (lon, lat) text of a Point geometry, None for a null geometry."""
    if geometry is None:
        return None, []
    if twice := _duplicate_keys(geometry):
        return None, [problem(path, line, "geometry", "key given twice in the geometry", twice[0])]
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if (
        not isinstance(geometry, dict)
        or geometry.get("type") != "Point"
        or not isinstance(coords, list)
        or len(coords) < 2
    ):
        kind = geometry.get("type") if isinstance(geometry, dict) else geometry
        return None, [
            problem(
                path,
                line,
                "geometry",
                "only Point geometries (or null with a place name) are supported",
                kind,
            )
        ]
    if not all(isinstance(c, _JsonNumber) for c in coords[:2]):
        return None, [
            problem(path, line, "geometry", "coordinates must be numbers [lon, lat]", coords)
        ]
    return (str(coords[0]), str(coords[1])), []


def _metres_apart(name: str, given: float, geometry: float, lat: float) -> float:
    """Rough ground distance between two values of one coordinate, metres."""
    scale = METRES_PER_DEGREE
    if name == schema.LON:
        scale *= math.cos(math.radians(min(abs(lat), 90.0)))
    return abs(given - geometry) * scale


def _distance_text(metres: float) -> str:
    return f"{metres / 1000:,.1f} km" if metres >= 1000 else f"{metres:.1f} m"


def _check_agreement(
    record: RawRecord, position: tuple[str, str], path: str, line: int
) -> list[Problem]:
    """Fill lat/lon from the geometry; refuse properties that place the event elsewhere."""
    problems: list[Problem] = []
    lon_text, lat_text = position
    try:
        geometry_lat = float(lat_text)
    except ValueError:
        geometry_lat = math.nan
    for name, geometry_text in ((schema.LAT, lat_text), (schema.LON, lon_text)):
        given = record.fields.get(name, "").strip()
        if not given:
            record.fields[name] = geometry_text
            continue
        try:
            apart = _metres_apart(name, float(given), float(geometry_text), geometry_lat)
        except ValueError:
            continue  # not a number: the validator says so
        if not apart <= AGREEMENT_METRES:
            problems.append(
                problem(
                    path,
                    line,
                    name,
                    f"disagrees with the geometry's {name} {geometry_text} "
                    f"(about {_distance_text(apart)} apart): keep one of them, or make "
                    "them agree",
                    given,
                )
            )
    return problems


def read_geojson_text(text: str, path: str) -> RawFile:
    """Parse a GeoJSON FeatureCollection of Point (or null) features.

    Numbers are read as the text written.  ``lat``/``lon`` properties are accepted
    beside a Point geometry only when they agree with it to :data:`AGREEMENT_METRES`.
    Reading takes time in proportion to the file's size.
    """
    try:
        doc = _DECODER.decode(text)
    except json.JSONDecodeError as err:
        return RawFile(
            path,
            [],
            None,
            [problem(path, err.lineno, "-", f"JSON syntax error: {err.msg}")],
            "geojson",
        )
    except RecursionError:
        # Thousands of nested brackets exhaust the decoder's stack; no event needs them.
        return RawFile(
            path,
            [],
            None,
            [problem(path, None, "-", "JSON nested too deeply to be an event file")],
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
    if _duplicate_keys(doc):
        key = _duplicate_keys(doc)[0]
        return RawFile(
            path,
            [],
            None,
            [problem(path, 1, key, "key given twice: one would be lost")],
            "geojson",
        )
    if not isinstance(doc.get("features"), list):
        return RawFile(path, [], None, [problem(path, 1, "features", "must be a list")], "geojson")
    records: list[RawRecord] = []
    problems: list[Problem] = []
    line, counted = 1, 0
    for offset, feature in _json_items(text):
        # Count newlines only since the previous feature: counting from the start of
        # the text for every feature made reading quadratic in the file's size.
        line += text.count("\n", counted, offset)
        counted = offset
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            problems.append(problem(path, line, "type", "each item must be a GeoJSON Feature"))
            continue
        for key in _duplicate_keys(feature):
            problems.append(problem(path, line, key, "key given twice in the feature"))
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            problems.append(problem(path, line, "properties", "must be an object"))
            continue
        record, record_problems = _mapping_to_record(properties, path, line, {})
        problems.extend(record_problems)
        position, geometry_problems = _geometry_position(feature.get("geometry"), path, line)
        problems.extend(geometry_problems)
        if geometry_problems:
            continue
        if position is not None:
            problems.extend(_check_agreement(record, position, path, line))
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
