"""Check raw event records and turn them into clean rows.

Every problem in a file is collected, not just the first: an analyst fixing a
spreadsheet wants the whole list at once.  Text containing HTML or script is valid
data and is kept as it is; escaping is the map's job.
"""

from __future__ import annotations

import difflib
import math
import re
from functools import lru_cache
from urllib.parse import urlsplit

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.categories import load_categories
from bordermap.geo.events.dates import parse_vague_date
from bordermap.geo.events.readers import RawFile, RawRecord

_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_SPACE = re.compile(r"\s")
#: The source separator: a pipe with white space on both sides (or at either end of
#: the field, where an editor may have trimmed the space).
_SOURCE_SPLIT = re.compile(r"(?:(?<=\s)|^)\|(?=\s|$)")
_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_NAME_PUNCTUATION = re.compile(r"[\s\-.]+")
#: A link without its scheme: a host with a dot, then a path or nothing.
_BARE_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:[/?#]\S*)?$")
#: A count as written: a whole number, optionally approximate (``~180``).
_COUNT = re.compile(r"^(~)?\s*(\d+)$", re.ASCII)
#: A time of day, or a span over midnight (``21:30/04:30``), with an optional zone.
_TIME = re.compile(
    r"^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*/\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
    r"(?:\s*(Z|UTC|GMT|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{3,5}|[A-Za-z]+/[A-Za-z_+-]+))?$",
    re.ASCII,
)

#: Fields an event may have in a YAML or GeoJSON file (CSV has no ``sources``).
KNOWN_FIELDS: tuple[str, ...] = (*schema.EVENT_COLUMNS, "sources")
#: Names a GeoPackage keeps for its own columns (row id, geometry), in any case.
GEOPACKAGE_NAMES = frozenset({"fid", "geom"})
#: How alike a field name must be to a known one to be taken for a misspelling of it.
NEAR_MISS_CUTOFF = 0.85


def _allowed(values: object) -> str:
    return "allowed: " + ", ".join(str(v) for v in values)


def check_url(url: str) -> str | None:
    """Return why ``url`` is not an acceptable source link, or None if it is.

    A link written without its scheme (``t.me/x``, ``www.lsm.lv/...``) is refused
    with the link it probably means, never completed silently.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "not a valid link"
    if not parts.scheme and _BARE_HOST.match(url):
        return f"link has no scheme; did you mean 'https://{url}'?"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http(s) links are allowed"
    if not parts.netloc:
        return "link has no host"
    if _SPACE.search(url):
        return "link contains spaces"
    return None


def _split(text: str, sep: str) -> list[str]:
    return [part.strip() for part in text.split(sep)] if text.strip() else []


def split_source_list(text: str) -> list[str]:
    """Split one source column into its entries, only at the documented ``" | "``.

    A ``|`` inside a link's query or a publisher's name has no space on one side and
    stays; a separator at the very end (an empty last slot) may have lost its space.

    Examples
    --------
    >>> split_source_list("https://a.example/?q=1|2 | https://b.example")
    ['https://a.example/?q=1|2', 'https://b.example']
    """
    if not text.strip():
        return []
    return [part.strip() for part in _SOURCE_SPLIT.split(text)]


@lru_cache(maxsize=1024)
def classify_field(name: str) -> tuple[str, str]:
    """Say what an event file's field ``name`` is.

    Returns
    -------
    (kind, detail) : tuple of str
        ``("known", name)`` for a bordermap field; ``("near", suggestion)`` for a
        misspelling of one (``claimed-by``, ``Claimed By``, ``notes`` as ``note``);
        ``("computed", name)`` for a column bordermap computes itself;
        ``("reserved", name)`` for a name a GeoPackage export keeps for itself;
        ``("unnamed", "")`` for an empty name; ``("extra", name)`` for any other
        field, which is carried through to the outputs as text.
    """
    if name in KNOWN_FIELDS:
        return "known", name
    if not name.strip():
        return "unnamed", ""
    plain = _NAME_PUNCTUATION.sub("_", name.strip().lower()).strip("_")
    if plain in schema.COMPUTED_COLUMNS:
        return "computed", plain
    if plain in GEOPACKAGE_NAMES:
        return "reserved", plain
    if plain in KNOWN_FIELDS:
        return "near", plain
    close = difflib.get_close_matches(plain, KNOWN_FIELDS, n=1, cutoff=NEAR_MISS_CUTOFF)
    if close:
        return "near", close[0]
    return "extra", name


def field_problem(name: str, path: str, line: int | None) -> Problem | None:
    """The problem with a field's name, or None when it is known or carried as extra."""
    kind, detail = classify_field(name)
    if kind == "near":
        return problem(path, line, name, f"unknown field; did you mean {detail!r}?", name)
    if kind == "computed":
        return problem(
            path,
            line,
            name,
            "bordermap computes this column itself, so an event file cannot give it; "
            "rename the field to keep its values (an output of bordermap is not an "
            "event file)",
            name,
        )
    if kind == "reserved":
        return problem(
            path,
            line,
            name,
            "GeoPackage exports keep this name for their own column; rename the field",
            name,
        )
    return None


def _check_coordinate(
    record: RawRecord, name: str, limit: float, path: str, problems: list[Problem]
) -> float:
    text = record.fields.get(name, "").strip()
    if not text:
        return math.nan
    # float() also takes "nan", "1_0" and non-ASCII digits; a coordinate is plain decimals.
    if not _DECIMAL.fullmatch(text):
        problems.append(problem(path, record.line_of(name), name, "not a number", text))
        return math.nan
    value = float(text)
    if not math.isfinite(value) or not -limit <= value <= limit:
        problems.append(
            problem(path, record.line_of(name), name, f"out of range -{limit:g}..{limit:g}", text)
        )
        return math.nan
    return value


def _check_sources(record: RawRecord, path: str, problems: list[Problem]) -> tuple[str, str, str]:
    sep = schema.SOURCE_SEPARATOR
    names = split_source_list(record.fields.get(schema.SOURCE_NAME, ""))
    urls = split_source_list(record.fields.get(schema.SOURCE_URL, ""))
    dates = split_source_list(record.fields.get(schema.SOURCE_DATE, ""))
    line = record.line_of(schema.SOURCE_NAME)
    if not any(names):
        problems.append(
            problem(path, line, schema.SOURCE_NAME, "every event needs at least one source name")
        )
    elif not all(names):
        problems.append(
            problem(
                path,
                line,
                schema.SOURCE_NAME,
                f"a source between '{sep}' separators has no name",
                record.fields.get(schema.SOURCE_NAME, ""),
            )
        )
    for column, values in ((schema.SOURCE_URL, urls), (schema.SOURCE_DATE, dates)):
        if values and len(values) != len(names):
            problems.append(
                problem(
                    path,
                    record.line_of(column),
                    column,
                    f"{len(values)} value(s) for {len(names)} source name(s): align them, "
                    f"separated by '{sep}' (leave a slot empty if unknown)",
                    record.fields.get(column, ""),
                )
            )
    for url in urls:
        if url and (why := check_url(url)):
            problems.append(
                problem(path, record.line_of(schema.SOURCE_URL), schema.SOURCE_URL, why, url)
            )
    for text in dates:
        if text:
            try:
                parse_vague_date(text)
            except ValueError as err:
                problems.append(
                    problem(
                        path,
                        record.line_of(schema.SOURCE_DATE),
                        schema.SOURCE_DATE,
                        str(err),
                        text,
                    )
                )
    return sep.join(names), sep.join(urls), sep.join(dates)


def check_count(text: str) -> str | None:
    """Why ``text`` is not a count (``12``, ``~180``), or None if it is."""
    if _COUNT.match(text):
        return None
    return "a count is a whole number of people, 0 or more, optionally approximate as '~180'"


def count_value(text: str) -> tuple[int, bool] | None:
    """A checked count's number and whether it is approximate; None when empty."""
    match = _COUNT.match(text.strip())
    if not match:
        return None
    return int(match.group(2)), bool(match.group(1))


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    import zoneinfo

    return frozenset(zoneinfo.available_timezones())


def check_time(text: str) -> str | None:
    """Why ``text`` is not a time of day (``03:00``, ``21:30/04:30 EET``), or None."""
    help_text = "write a time of day as HH:MM or a span HH:MM/HH:MM, optionally with a zone"
    match = _TIME.match(text)
    if not match:
        return help_text + " (03:00, 21:30/04:30, 14:05 UTC, 08:00+02:00)"
    h1, m1, s1, h2, m2, s2, zone = match.groups()
    for hours, minutes, seconds in ((h1, m1, s1), (h2, m2, s2)):
        if hours is not None and (
            int(hours) > 23 or int(minutes) > 59 or (seconds is not None and int(seconds) > 59)
        ):
            return f"impossible time: {help_text}"
    if zone and "/" in zone and zone not in _zone_names():
        return f"unknown time zone {zone!r}: use a zone such as Europe/Riga, UTC or +02:00"
    return None


def validate_record(record: RawRecord, path: str) -> tuple[dict[str, object], list[Problem]]:
    """Check one record; return its clean row and the problems found.

    Parameters
    ----------
    record : RawRecord
        Fields as read from the file.
    path : str
        File name for messages.

    Returns
    -------
    row : dict
        Every column of :data:`schema.EVENT_COLUMNS` (text, ``""`` when empty; ``lat``
        and ``lon`` as floats, NaN when empty), the derived date and origin columns,
        then the record's extra fields (see :func:`classify_field`) as text.
    problems : list of Problem
    """
    problems: list[Problem] = []
    fields = record.fields
    row: dict[str, object] = {
        name: fields.get(name, "").strip()
        for name in schema.EVENT_COLUMNS
        if name not in (schema.LAT, schema.LON)
    }

    def report(name: str, message: str, *value: object) -> None:
        problems.append(problem(path, record.line_of(name), name, message, *value))

    if not row[schema.ID]:
        report(schema.ID, "every event needs an id")
    if not row[schema.TITLE]:
        report(schema.TITLE, "every event needs a short title")

    date_text = str(row[schema.DATE])
    try:
        when = parse_vague_date(date_text)
    except ValueError as err:
        report(schema.DATE, str(err), date_text)
        when = parse_vague_date("")
    row[schema.DATE_START] = when.start.isoformat() if when.start else ""
    row[schema.DATE_END] = when.end.isoformat() if when.end else ""
    row[schema.DATE_PRECISION] = when.precision

    reported = str(row[schema.REPORTED])
    if reported:
        try:
            parse_vague_date(reported)
        except ValueError as err:
            report(schema.REPORTED, str(err), reported)

    for name in schema.COUNT_COLUMNS:
        text = str(row[name])
        if text and (why := check_count(text)):
            report(name, why, text)
    time_text = str(row[schema.TIME])
    if time_text and (why := check_time(time_text)):
        report(schema.TIME, why, time_text)

    categories = load_categories()
    if row[schema.CATEGORY] not in categories:
        report(schema.CATEGORY, f"unknown category; {_allowed(categories)}", row[schema.CATEGORY])
    if row[schema.STATUS] not in schema.STATUSES:
        report(schema.STATUS, f"unknown status; {_allowed(schema.STATUSES)}", row[schema.STATUS])
    precision = row[schema.GEO_PRECISION]
    if precision and precision not in schema.PRECISIONS:
        report(
            schema.GEO_PRECISION, f"unknown precision; {_allowed(schema.PRECISIONS)}", precision
        )

    country = str(row[schema.COUNTRY_HINT])
    if country:
        if _COUNTRY.match(country):
            row[schema.COUNTRY_HINT] = country.upper()
        else:
            report(
                schema.COUNTRY_HINT,
                "must be an ISO 3166-1 alpha-2 code such as LV or BY",
                country,
            )

    lat = _check_coordinate(record, schema.LAT, 90.0, path, problems)
    lon = _check_coordinate(record, schema.LON, 180.0, path, problems)
    has_lat = bool(fields.get(schema.LAT, "").strip())
    has_lon = bool(fields.get(schema.LON, "").strip())
    if has_lat != has_lon:
        missing = schema.LON if has_lat else schema.LAT
        report(missing, "give both lat and lon, or neither", fields.get(missing, ""))
    row[schema.LAT] = lat
    row[schema.LON] = lon
    if not row[schema.PLACE] and not (has_lat and has_lon):
        report(schema.PLACE, "say where: a place as the source words it, or lat and lon")

    names, urls, dates = _check_sources(record, path, problems)
    row[schema.SOURCE_NAME] = names
    row[schema.SOURCE_URL] = urls
    row[schema.SOURCE_DATE] = dates
    for name in schema.LIST_COLUMNS:
        row[name] = schema.LIST_SEPARATOR.join(_split(str(row[name]), schema.LIST_SEPARATOR))

    row[schema.SOURCE_FILE] = path
    row[schema.SOURCE_LINE] = record.line
    for name, value in fields.items():
        if classify_field(name)[0] == "extra":
            row[name] = value.strip()
    return row, problems


def missing_columns(columns: tuple[str, ...]) -> list[str]:
    """Fields a table must have, after mapping and defaults, that it lacks.

    ``id``, ``category``, ``status`` and ``source_name`` can come from defaults
    (:mod:`bordermap.geo.events.intake`); ``date`` and ``title`` cannot; ``place`` may be
    left out when ``lat`` and ``lon`` are there.
    """
    present = set(columns)
    needed = [name for name in schema.REQUIRED_COLUMNS if name not in present]
    if schema.PLACE in needed and {schema.LAT, schema.LON} <= present:
        needed.remove(schema.PLACE)
    return needed


def missing_column_problem(raw: RawFile, name: str, suggested: set[str]) -> Problem:
    """Say which column is missing, what the file has, and the mapping that fixes it.

    ``suggested`` holds the headers already offered for another missing field; the
    one offered here is added to it.
    """
    from bordermap.geo.events.columns import suggest_mapping

    written = raw.written_columns or raw.columns or ()
    used = {h for h, c in zip(written, raw.columns or (), strict=False) if c in KNOWN_FIELDS}
    used |= suggested
    suggested.update([h for h in written if h and h not in used][:1])
    return problem(
        raw.path,
        1,
        name,
        "required column is missing; the file's columns are "
        + ", ".join(repr(h) for h in written if h)
        + f"; say which one holds the {name} with "
        + suggest_mapping(written, name, used),
    )


def _column_problems(raw: RawFile) -> list[Problem]:
    """Problems with a CSV header's names."""
    return [found for name in raw.columns or () if (found := field_problem(name, raw.path, 1))]


def _key_problems(record: RawRecord, path: str) -> list[Problem]:
    """Problems with a YAML or GeoJSON record's keys; an empty key must hold nothing."""
    problems = []
    for name, value in record.fields.items():
        if not name.strip() and value.strip():
            problems.append(
                problem(path, record.line_of(name), "-", "a value has an empty key", value)
            )
        elif found := field_problem(name, path, record.line_of(name)):
            problems.append(found)
    return problems


def validate_file(raw: RawFile) -> tuple[list[dict[str, object]], list[Problem]]:
    """Check a parsed file: its columns, then every record.

    Field names are checked too: a misspelt known field (``claimed-by``) or a column
    bordermap computes is a problem; any other extra field is kept as text.

    Parameters
    ----------
    raw : RawFile
        As from :func:`bordermap.geo.events.readers.read_file` (or the ACLED importer).

    Returns
    -------
    rows : list of dict
        Clean rows for the records (also those with problems, for counting).
    problems : list of Problem
        Syntax problems of the reader first, then column and value problems.
    """
    problems = list(raw.problems)
    if raw.columns is not None:
        problems.extend(_column_problems(raw))
        missing = missing_columns(raw.columns)
        suggested: set[str] = set()
        for name in missing:
            problems.append(missing_column_problem(raw, name, suggested))
        if missing:
            return [], problems
    if not raw.records and not problems:
        problems.append(problem(raw.path, None, "-", "file holds no events"))
    rows: list[dict[str, object]] = []
    # ACLED records carry only the fields the importer made; CSV names were checked once.
    check_keys = raw.columns is None and raw.kind != "acled"
    for record in raw.records:
        if check_keys:
            problems.extend(_key_problems(record, raw.path))
        row, record_problems = validate_record(record, raw.path)
        rows.append(row)
        problems.extend(record_problems)
    return rows, problems


def check_duplicate_ids(rows: list[dict[str, object]]) -> list[Problem]:
    """Report every id used more than once, naming both places (across files too)."""
    first_seen: dict[str, dict[str, object]] = {}
    problems: list[Problem] = []
    for row in rows:
        ident = str(row[schema.ID])
        if not ident:
            continue
        if ident in first_seen:
            other = first_seen[ident]
            problems.append(
                problem(
                    str(row[schema.SOURCE_FILE]),
                    int(row[schema.SOURCE_LINE]),  # type: ignore[call-overload]
                    schema.ID,
                    f"duplicate id, first used at {other[schema.SOURCE_FILE]}:"
                    f"{other[schema.SOURCE_LINE]}",
                    ident,
                )
            )
        else:
            first_seen[ident] = row
    return problems
