"""Check raw event records and turn them into clean rows.

Every problem in a file is collected, not just the first: an analyst fixing a
spreadsheet wants the whole list at once.  Text containing HTML or script is valid
data and is kept as it is; escaping is the map's job.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from bordermap.geo import schema
from bordermap.geo.collector import collector_paused
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.categories import load_categories
from bordermap.geo.events.checked import CheckedColumns
from bordermap.geo.events.dates import iso_bounds, parse_vague_date
from bordermap.geo.events.readers import RawFile, RawRecord
from bordermap.geo.events.records import RecordTable, table_of
from bordermap.geo.places.words import iso_country_codes

_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
#: ISO 3166-1 (pycountry's iso-codes), one row per name: the first column is the code.
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
#: Records checked together: their columns of text cost 8 bytes a field a record.
CHUNK_RECORDS = 50_000
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


def _coordinate_column(
    texts: list[str],
    limit: float,
    encoding: tuple[np.ndarray, list[str]] | None = None,
    known: dict[int, tuple] | None = None,
) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Check a whole column of coordinates as written (stripped).

    ``encoding``: the column's codes and distinct texts from the reader, if any; then
    ``known`` keeps, from chunk to chunk, what each of the file's distinct texts reads as.
    Returns the values (NaN where empty or wrong) and, for each wrong one, its index
    and what is wrong with it.
    """
    values = np.full(len(texts), np.nan)
    if encoding is None:
        column = np.asarray(texts, dtype=object)
        given = np.flatnonzero(column != "")
        if not len(given):
            return values, []
        # Each distinct text is read once (a million events give about 300,000 latitudes).
        codes, distinct = pd.factorize(column[given])
        distinct_decimal, distinct_values = _decimals(np.asarray(distinct, dtype=object))
    else:
        # The file's distinct texts are read once, for the first chunk: each chunk
        # then only looks its rows' codes up.
        all_codes, all_distinct = encoding
        read = (
            _read_coordinates(all_distinct)
            if known is None
            else _kept_for_list(known, all_distinct, _read_coordinates)
        )
        empty, distinct_decimal, distinct_values = read
        given = np.flatnonzero(~empty[all_codes])
        if not len(given):
            return values, []
        codes = all_codes[given]
    decimal = distinct_decimal[codes]
    numbers = given[decimal]
    values[numbers] = distinct_values[codes[decimal]]
    with np.errstate(invalid="ignore"):
        inside = np.isfinite(values[numbers]) & (np.abs(values[numbers]) <= limit)
    values[numbers[~inside]] = np.nan
    wrong = [(int(i), "not a number") for i in given[~decimal]]
    wrong += [(int(i), f"out of range -{limit:g}..{limit:g}") for i in numbers[~inside]]
    wrong.sort()
    return values, wrong


@lru_cache(maxsize=4096)
def _check_sources(
    name_text: str, url_text: str, date_text: str
) -> tuple[tuple[str, str, str], tuple[tuple[str, str, tuple[object, ...]], ...]]:
    """The three source columns of one event, joined again, and what is wrong with them.

    Each problem is ``(field, message, value)`` with ``value`` empty or the offending
    value alone: events repeat the same sources, so each distinct triple is checked once.
    """
    sep = schema.SOURCE_SEPARATOR
    names = _source_parts(name_text)
    urls = _source_parts(url_text)
    dates = _source_parts(date_text)
    found: list[tuple[str, str, tuple[object, ...]]] = []
    if not any(names):
        found.append((schema.SOURCE_NAME, "every event needs at least one source name", ()))
    elif not all(names):
        found.append(
            (
                schema.SOURCE_NAME,
                f"a source between '{sep}' separators has no name",
                (name_text,),
            )
        )
    for column, values, text in (
        (schema.SOURCE_URL, urls, url_text),
        (schema.SOURCE_DATE, dates, date_text),
    ):
        if values and len(values) != len(names):
            found.append(
                (
                    column,
                    f"{len(values)} value(s) for {len(names)} source name(s): align them, "
                    f"separated by '{sep}' (leave a slot empty if unknown)",
                    (text,),
                )
            )
    for url in urls:
        if url and (why := _url_problem(url)):
            found.append((schema.SOURCE_URL, why, (url,)))
    for text in dates:
        if text and (why := _source_date_problem(text)):
            found.append((schema.SOURCE_DATE, why, (text,)))
    return (sep.join(names), sep.join(urls), sep.join(dates)), tuple(found)


# The triples of a file are many combinations of few texts (the 100k bench file: 6,210
# triples of 6 names, 6 links and 1,035 dates), so each column's text is split, and
# each link and date checked, once rather than once per triple.
@lru_cache(maxsize=8192)
def _source_parts(text: str) -> tuple[str, ...]:
    """:func:`split_source_list` of ``text``, kept."""
    return tuple(split_source_list(text))


@lru_cache(maxsize=8192)
def _url_problem(url: str) -> str | None:
    """:func:`check_url` of ``url``, kept."""
    return check_url(url)


@lru_cache(maxsize=8192)
def _source_date_problem(text: str) -> str | None:
    """Why ``text`` is not a date (:func:`parse_vague_date`), or None; kept."""
    try:
        parse_vague_date(text)
    except ValueError as err:
        return str(err)
    return None


def _read_coordinates(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which of a column's distinct texts are empty, which plain decimals, and their
    values (NaN for the others)."""
    distinct = np.empty(len(texts), dtype=object)
    distinct[:] = texts
    return (distinct == "", *_decimals(distinct))


def _decimals(distinct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which texts of the object array ``distinct`` are plain decimals, and their values
    (NaN for the others)."""
    # float() also takes "nan", "1_0" and non-ASCII digits; a coordinate is plain decimals.
    decimal = np.fromiter(
        map(bool, map(_DECIMAL.fullmatch, distinct)), dtype=bool, count=len(distinct)
    )
    numbers = np.full(len(distinct), np.nan)
    # An object array of str cast to float goes through float() for each value.
    numbers[decimal] = distinct[decimal].astype(float)
    return decimal, numbers


def _check_source_triple(
    triple: tuple[str, str, str],
) -> tuple[tuple[str, str, str], tuple[tuple[str, str, tuple[object, ...]], ...]]:
    return _check_sources(*triple)


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
        and ``lon`` as floats, NaN when empty), the derived date columns, the file and
        line, then the record's extra fields (see :func:`classify_field`) as text.
    problems : list of Problem
    """
    rows, problems = validate_records([record], path)
    return rows[0], problems


#: The order in which one record's problems are listed (a record's key problems first).
_RANK = {
    check: rank
    for rank, check in enumerate(
        (
            *("keys", "id", "title", "date", "reported", "counts", "time", "category"),
            *("status", "precision", "country", "lat", "lon", "both", "place", "sources"),
        )
    )
}


class _Findings:
    """Problems found column by column, listed in the end record by record."""

    def __init__(self, records: Sequence[RawRecord], path: str) -> None:
        self.records = records
        self.table = table_of(records)
        self.path = path
        self.found: list[tuple[int, int, Problem]] = []

    def add(self, index: int, rank: int, name: str, message: str, *value: object) -> None:
        if self.table is not None:
            line = self.table.lines[index]
        else:
            line = self.records[index].line_of(name)
        self.found.append((index, rank, problem(self.path, line, name, message, *value)))

    def listed(self) -> list[Problem]:
        # Stable: problems of one check of one record keep the order they were found in.
        self.found.sort(key=lambda item: (item[0], item[1]))
        return [found for _, _, found in self.found]


class _Distinct:
    """A check of every text of a column, computed once per distinct text.

    ``known`` holds the verdicts of texts checked before (in earlier chunks of the same
    file) and gets this chunk's new ones: a text is checked once per file, not per chunk.
    """

    def __init__(
        self,
        texts: list[str],
        check: Callable[[str], object],
        known: dict[str, object] | None = None,
        encoding: tuple[np.ndarray, list[str]] | None = None,
    ) -> None:
        #: Indices of the distinct texts this chunk holds (None: all of them).
        self._held: np.ndarray | None = None
        if encoding is not None:
            # The reader's codes into the file's distinct texts: no hashing of the
            # column, and only the texts this chunk holds are checked.
            self.codes, distinct = encoding
            held = np.flatnonzero(np.bincount(self.codes, minlength=len(distinct)))
            self._held = held
            self.verdicts = np.empty(len(distinct), dtype=object)
            texts_held = [distinct[k] for k in held.tolist()]
            if known is None:
                self.verdicts[held] = _objects([check(text) for text in texts_held])
            else:
                self.verdicts[held] = _objects(
                    [_remembered(known, text, check) for text in texts_held]
                )
            return
        first = texts[0] if len(texts) else None
        if type(first) is str and texts[-1] == first and texts.count(first) == len(texts):
            # One text all along (an optional column left empty): what factorize gives
            # (which would leave out a None), without hashing every row (1.7 ms a chunk
            # of 50,000).
            self.codes, distinct = np.zeros(len(texts), dtype=np.intp), [first]
        else:
            self.codes, distinct = pd.factorize(np.asarray(texts, dtype=object))
        if known is None:
            self.verdicts = _objects([check(text) for text in distinct])
        else:
            self.verdicts = _objects([_remembered(known, text, check) for text in distinct])

    def verdict(self, row: int) -> object:
        return self.verdicts[self.codes[row]]

    def rows_where(self, test: Callable[[object], object]) -> list[int]:
        """Rows whose verdict passes ``test``, in order."""
        if self._held is None:
            hit = np.array([bool(test(v)) for v in self.verdicts], dtype=bool)
        else:
            hit = np.zeros(len(self.verdicts), dtype=bool)
            held = self._held.tolist()
            hit[held] = [bool(test(v)) for v in self.verdicts[held]]
        return np.flatnonzero(hit[self.codes]).tolist() if hit.any() else []

    def per_row(self, part: int | None = None) -> np.ndarray:
        """The verdict of every row (or its item ``part``), as an object array."""
        if part is None:
            verdicts = self.verdicts
        elif self._held is None:
            verdicts = _objects([v[part] for v in self.verdicts])
        else:
            verdicts = np.empty(len(self.verdicts), dtype=object)
            verdicts[self._held] = _objects([v[part] for v in self.verdicts[self._held]])
        return verdicts[self.codes]


def _remembered(known: dict, key: object, check: Callable) -> object:
    """``check(key)``, computed only when ``known`` does not hold it yet."""
    try:
        return known[key]
    except KeyError:
        verdict = known[key] = check(key)
        return verdict


def _objects(values: list) -> np.ndarray:
    """A 1-d object array of ``values``, tuples kept whole (never read as a 2-d array)."""
    array = np.empty(len(values), dtype=object)
    for k, value in enumerate(values):
        array[k] = value
    return array


def _distinct_triples(
    first: list[str],
    second: list[str],
    third: list[str],
    encodings: Sequence[tuple[np.ndarray, list[str]] | None] = (None, None, None),
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's distinct (first, second, third) texts, and the first row of each.

    Returns
    -------
    triple : ndarray of int
        For each row, the number of its triple, counted in order of first appearance.
    rows : ndarray of int
        The first row of each triple, in that order.
    """
    # A column's codes from the reader number its texts as factorize would, only over
    # the whole file: the triples, numbered below by first appearance, are the same.
    codes = [
        pd.factorize(np.asarray(column, dtype=object))[0] if found is None else found[0]
        for column, found in zip((first, second, third), encodings, strict=True)
    ]
    sizes = [int(c.max(initial=-1)) + 1 for c in codes]
    if sizes[0] * sizes[1] * sizes[2] >= 2**62:
        # Too many texts in the file to combine its codes exactly: the chunk's own.
        codes = [pd.factorize(c)[0] for c in codes]
        sizes = [int(c.max(initial=-1)) + 1 for c in codes]
    key = (codes[0].astype(np.int64) * sizes[1] + codes[1]) * sizes[2] + codes[2]
    triple, _ = pd.factorize(key)
    _, rows = np.unique(triple, return_index=True)
    return triple, rows


def _kept_for_list(memo: dict[int, tuple], texts: list[str], compute: Callable) -> Any:
    """``compute(texts)``, kept in ``memo`` for this very list: the distinct texts of a
    column, which every chunk of the file shares (the list is held beside its answer, so
    its id is not reused by another while kept)."""
    found = memo.get(id(texts))
    if found is None or found[0] is not texts:
        found = memo[id(texts)] = (texts, compute(texts))
    return found[1]


def _all_stripped(texts: list[str], seen: dict[int, tuple]) -> bool:
    """Whether no text has spaces around it; ``seen`` keeps the answer for each list
    (:func:`_kept_for_list`)."""
    # str.strip gives the very text back when it has nothing to strip, so the lists
    # compare by identity mostly (half the time of a generator over pairs).
    return _kept_for_list(seen, texts, lambda t: t == list(map(str.strip, t)))


def _rows_where(
    texts: list[str],
    test: Callable[[str], object],
    encoding: tuple[np.ndarray, list[str]] | None = None,
) -> list[int]:
    """Rows whose text passes ``test``, testing each distinct text once."""
    return _Distinct(texts, test, encoding=encoding).rows_where(bool)


def _date_fields(text: str) -> tuple[str, str, str, str | None]:
    try:
        return (*iso_bounds(text), None)
    except ValueError as err:
        return (*iso_bounds(""), str(err))


def _date_error(text: str) -> str | None:
    try:
        parse_vague_date(text)
    except ValueError as err:
        return str(err)
    return None


def _country_code(text: str) -> str | None:
    """The hint in upper case, or None when it is not a two-letter code."""
    return text.upper() if _COUNTRY.match(text) else None


def _known_country(code: str) -> bool:
    """Whether a two-letter code names a country: ISO 3166-1, or a country the outlines
    carry under a code ISO has not assigned (Natural Earth's ``XK``, Kosovo)."""
    if code in iso_country_codes():
        return True
    # The outlines' header only for a code ISO does not know: importing them costs
    # more than the whole check of a file whose codes are all ISO's.
    from bordermap.geo.borders.boundaries import country_bounds

    return code in country_bounds()[0]


def _country_problem(hint: str) -> str | None:
    """Why a country hint is not one, or None (an empty hint is allowed)."""
    if not hint:
        return None
    code = _country_code(hint)
    if code is None:
        return "must be an ISO 3166-1 alpha-2 code such as LV or BY"
    if not _known_country(code):
        return "no country has this code; give an ISO 3166-1 alpha-2 code such as LV or BY"
    return None


def _list_text(text: str) -> str:
    return schema.LIST_SEPARATOR.join(_split(text, schema.LIST_SEPARATOR))


def validate_records(
    records: list[RawRecord], path: str, *, check_keys: bool = False
) -> tuple[list[dict[str, object]], list[Problem]]:
    """Check records column by column; return their clean rows and the problems found.

    The rows and problems of :func:`validate_record` for each record in turn, but each
    field is checked over the whole column: dates, categories, counts, sources and the
    other repeated texts once per distinct value, coordinates as arrays.

    Parameters
    ----------
    records : list of RawRecord
        Fields as read from the file.
    path : str
        File name for messages.
    check_keys : bool
        Also check each record's own keys (YAML, GeoJSON: a CSV's header is checked
        once); a record's key problems come before those of its values.

    Returns
    -------
    rows : list of dict
        One per record, as :func:`validate_record` describes.
    problems : list of Problem
        Record by record, each record's in the order of its fields' checks.
    """
    chunks, problems = check_records(records, path, check_keys=check_keys)
    return [row for chunk in chunks for row in chunk.rows()], problems


def check_records(
    records: list[RawRecord], path: str, *, check_keys: bool = False
) -> tuple[list[CheckedColumns], list[Problem]]:
    """Check records column by column; return them as columns, and the problems found.

    What :func:`validate_records` does, but the clean events stay columns, a chunk of
    at most :data:`CHUNK_RECORDS` at a time, in the records' order.
    """
    chunks: list[CheckedColumns] = []
    problems: list[Problem] = []
    # Verdicts by check and text, kept from chunk to chunk: the million bench events
    # checked 89,681 source triples and 77,599 dates chunk by chunk, of 6,210 and 26,995
    # distinct ones.
    known: dict[str, dict] = {}
    # A chunk at a time, so the columns of text as written stay small.
    for start in range(0, len(records), CHUNK_RECORDS):
        chunk, chunk_problems = _check_chunk(
            records[start : start + CHUNK_RECORDS], path, check_keys=check_keys, known=known
        )
        chunks.append(chunk)
        problems += chunk_problems
    return chunks, problems


def _check_chunk(
    records: list[RawRecord], path: str, *, check_keys: bool, known: dict[str, dict]
) -> tuple[CheckedColumns, list[Problem]]:
    """:func:`check_records` for one chunk of records.

    ``known`` holds, by check, the verdicts of the texts earlier chunks checked.
    """
    table = table_of(records)
    empty = [""] * len(records)
    if table is not None:
        # A table's columns are the texts as written: nothing to take out of records.
        fields = None
        present = set(table.columns)
        written = {name: table.columns.get(name, empty) for name in schema.EVENT_COLUMNS}
    else:
        fields = [record.fields for record in records]
        # Records of one file mostly share their keys: a column none of them has is empty.
        present = set().union(*{tuple(f) for f in fields})
        written = {
            name: [f.get(name, "") for f in fields] if name in present else empty
            for name in schema.EVENT_COLUMNS
        }

    def encoding(values: list[str]) -> tuple[np.ndarray, list[str]] | None:
        return None if table is None else table.encoding(values)

    stripped = known.setdefault("stripped", {})
    text = {}
    for name, values in written.items():
        if name not in present:
            text[name] = empty
            continue
        found = encoding(values)
        if found is not None and _all_stripped(found[1], stripped):
            # No distinct text has spaces around it: the column is its own stripped
            # copy (and keeps the reader's codes for the checks below).
            text[name] = values
        else:
            text[name] = list(map(str.strip, values))
    findings = _Findings(records, path)
    add = findings.add
    if check_keys:
        for i, record in enumerate(records):
            findings.found.extend(
                (i, _RANK["keys"], found) for found in _key_problems(record, path)
            )

    for rank, name, message in (
        (_RANK["id"], schema.ID, "every event needs an id"),
        (_RANK["title"], schema.TITLE, "every event needs a short title"),
    ):
        # Ids and titles are mostly all different: compared as a whole column.
        for i in np.flatnonzero(np.asarray(text[name], dtype=object) == "").tolist():
            add(i, rank, name, message)

    dates = _Distinct(
        text[schema.DATE],
        _date_fields,
        known.setdefault("date", {}),
        encoding(text[schema.DATE]),
    )
    for i in dates.rows_where(lambda fields: fields[3] is not None):
        add(i, _RANK["date"], schema.DATE, dates.verdict(i)[3], text[schema.DATE][i])
    optional: list[tuple[str, str, Callable[[str], str | None]]] = [
        ("reported", schema.REPORTED, _date_error),
        *(("counts", name, check_count) for name in schema.COUNT_COLUMNS),
        ("time", schema.TIME, check_time),
    ]
    for check, name, why_not in optional:
        # An empty optional field is never wrong.
        verdicts = _Distinct(
            text[name],
            lambda value, why_not=why_not: value and why_not(value),
            known.setdefault(f"{check}:{name}", {}),
            encoding(text[name]),
        )
        for i in verdicts.rows_where(bool):
            add(i, _RANK[check], name, verdicts.verdict(i), text[name][i])

    categories = load_categories()
    for check, name, allowed in (
        ("category", schema.CATEGORY, categories),
        ("status", schema.STATUS, schema.STATUSES),
    ):
        message = f"unknown {check}; {_allowed(allowed)}"
        for i in _rows_where(
            text[name], lambda value, allowed=allowed: value not in allowed, encoding(text[name])
        ):
            add(i, _RANK[check], name, message, text[name][i])
    message = f"unknown precision; {_allowed(schema.PRECISIONS)}"
    precisions = text[schema.GEO_PRECISION]
    for i in _rows_where(
        precisions,
        lambda value: value and value not in schema.PRECISIONS,
        encoding(precisions),
    ):
        add(i, _RANK["precision"], schema.GEO_PRECISION, message, precisions[i])

    hints = text[schema.COUNTRY_HINT]
    countries = _Distinct(hints, lambda hint: _country_code(hint) or hint, None, encoding(hints))
    verdicts = _Distinct(hints, _country_problem, encoding=encoding(hints))
    for i in verdicts.rows_where(bool):
        add(i, _RANK["country"], schema.COUNTRY_HINT, verdicts.verdict(i), hints[i])

    coordinates = {}
    for rank, name, limit in ((_RANK["lat"], schema.LAT, 90.0), (_RANK["lon"], schema.LON, 180.0)):
        values, wrong = _coordinate_column(
            text[name], limit, encoding(text[name]), known.setdefault(f"coordinates:{name}", {})
        )
        for i, message in wrong:
            add(i, rank, name, message, text[name][i])
        coordinates[name] = values
    has_lat = np.asarray(text[schema.LAT], dtype=object) != ""
    has_lon = np.asarray(text[schema.LON], dtype=object) != ""
    for i in np.flatnonzero(has_lat != has_lon).tolist():
        missing = schema.LON if has_lat[i] else schema.LAT
        add(i, _RANK["both"], missing, "give both lat and lon, or neither", written[missing][i])
    no_place = np.asarray(text[schema.PLACE], dtype=object) == ""
    for i in np.flatnonzero(no_place & ~(has_lat & has_lon)).tolist():
        add(
            i,
            _RANK["place"],
            schema.PLACE,
            "say where: a place as the source words it, or lat and lon",
        )

    # Each distinct triple once: the 100k bench file has 6,210 of them, more than the
    # cache of _check_sources holds, which then checked 35,215 (0.35 s instead of 0.06).
    # The triples are found from each column's codes, not a tuple per event.
    source_columns = [
        written[name] for name in (schema.SOURCE_NAME, schema.SOURCE_URL, schema.SOURCE_DATE)
    ]
    triple, first = _distinct_triples(*source_columns, [encoding(c) for c in source_columns])
    sources = known.setdefault("sources", {})
    checked = [
        _remembered(
            sources,
            (
                written[schema.SOURCE_NAME][i],
                written[schema.SOURCE_URL][i],
                written[schema.SOURCE_DATE][i],
            ),
            _check_source_triple,
        )
        for i in first.tolist()
    ]
    with_problems = np.array([bool(found) for _, found in checked], dtype=bool)
    for i in np.flatnonzero(with_problems[triple]).tolist():
        for name, message, value in checked[triple[i]][1]:
            add(i, _RANK["sources"], name, message, *value)
    # A list per column as written is 8 MB per million events: gone before the rows.
    del written

    # Columns made as arrays stay arrays: the events table takes them as they are, where
    # a list had to be made per column and read back (about 0.05 s and 8k fresh pages
    # at 100k events).
    columns: dict[str, list | np.ndarray] = dict(text)
    del columns[schema.LAT], columns[schema.LON]
    columns[schema.COUNTRY_HINT] = countries.per_row()
    for k, name in enumerate((schema.DATE_START, schema.DATE_END, schema.DATE_PRECISION)):
        columns[name] = dates.per_row(k)
    columns.update(coordinates)
    for k, name in enumerate((schema.SOURCE_NAME, schema.SOURCE_URL, schema.SOURCE_DATE)):
        columns[name] = _objects([joined[k] for joined, _ in checked])[triple]
    for name in schema.LIST_COLUMNS:
        columns[name] = _Distinct(
            text[name], _list_text, known.setdefault(f"list:{name}", {}), encoding(text[name])
        ).per_row()
    columns[schema.SOURCE_FILE] = [path] * len(records)
    if table is not None:
        columns[schema.SOURCE_LINE] = list(table.lines)
        return _table_extra_fields(columns, table), findings.listed()
    columns[schema.SOURCE_LINE] = [record.line for record in records]
    return _with_extra_fields(columns, fields), findings.listed()


def _table_extra_fields(
    columns: dict[str, list | np.ndarray], table: RecordTable
) -> CheckedColumns:
    """:func:`_with_extra_fields` for a table: every record has the same fields."""
    layout = tuple(name for name in table.columns if classify_field(name)[0] == "extra")
    extras = {name: [value.strip() for value in table.columns[name]] for name in layout}
    return CheckedColumns(columns, extras, [layout], np.zeros(len(table), dtype=np.intp))


def _with_extra_fields(
    columns: dict[str, list | np.ndarray], fields: list[dict[str, str]]
) -> CheckedColumns:
    """Carry each record's extra fields (see :func:`classify_field`) as text columns."""
    layout_number: dict[tuple[str, ...], int] = {}
    layouts: list[tuple[str, ...]] = []
    layout_of = np.empty(len(fields), dtype=np.intp)
    for i, record_fields in enumerate(fields):
        keys = tuple(record_fields)
        number = layout_number.get(keys)
        if number is None:
            number = layout_number[keys] = len(layouts)
            layouts.append(tuple(k for k in keys if classify_field(k)[0] == "extra"))
        layout_of[i] = number
    extras: dict[str, list] = {}
    for name in dict.fromkeys(name for layout in layouts for name in layout):
        values = [f.get(name) for f in fields]
        extras[name] = [None if value is None else value.strip() for value in values]
    return CheckedColumns(columns, extras, layouts, layout_of)


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
    chunks, problems = check_file(raw)
    return [row for chunk in chunks for row in chunk.rows()], problems


@collector_paused()
def check_file(raw: RawFile) -> tuple[list[CheckedColumns], list[Problem]]:
    """Check a parsed file as :func:`validate_file` does; keep its events as columns.

    Returns
    -------
    chunks : list of CheckedColumns
        The clean events in the file's order, a chunk of at most
        :data:`CHUNK_RECORDS` at a time.
    problems : list of Problem
        As :func:`validate_file` lists them.
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
    # ACLED records carry only the fields the importer made; CSV names were checked once.
    check_keys = raw.columns is None and raw.kind != "acled"
    chunks, record_problems = check_records(raw.records, raw.path, check_keys=check_keys)
    problems.extend(record_problems)
    return chunks, problems


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
