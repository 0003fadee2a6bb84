"""Read GeoJSON event files: a FeatureCollection of Point (or null) features.

Numbers are read as the text written (``1.50`` stays ``1.50``), every object notes
keys it was given twice, and ``lat``/``lon`` properties beside a Point must agree with
it.  Line numbers come from where each feature starts in the text, found in one pass.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.records import RawFile, RawRecord, duplicate_keys, mapping_to_record

#: Largest gap, in metres, between ``lat``/``lon`` properties and a feature's Point.
AGREEMENT_METRES = 1.0
#: Metres in a degree of latitude (and of longitude at the equator), near enough.
METRES_PER_DEGREE = 111_320.0


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
    if twice := duplicate_keys(geometry):
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
    if duplicate_keys(doc):
        key = duplicate_keys(doc)[0]
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
        for key in duplicate_keys(feature):
            problems.append(problem(path, line, key, "key given twice in the feature"))
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            problems.append(problem(path, line, "properties", "must be an object"))
            continue
        record, record_problems = mapping_to_record(properties, path, line, {})
        problems.extend(record_problems)
        position, geometry_problems = _geometry_position(feature.get("geometry"), path, line)
        problems.extend(geometry_problems)
        if geometry_problems:
            continue
        if position is not None:
            problems.extend(_check_agreement(record, position, path, line))
        records.append(record)
    return RawFile(path, records, None, problems, "geojson")
