"""Load event files into one checked table: ``load_events`` is the front door.

All files are read and checked before anything is returned, so one bad row in one
file stops the run with the full list of problems and nothing downstream is
written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from bordermap.geo import schema
from bordermap.geo.acled import convert_acled, is_acled
from bordermap.geo.errors import EventFileError, Problem
from bordermap.geo.readers import read_file
from bordermap.geo.validation import check_duplicate_ids, validate_file

#: Columns of the table ``load_events`` returns, in order.
LOADED_COLUMNS: tuple[str, ...] = (
    *schema.EVENT_COLUMNS,
    schema.DATE_START,
    schema.DATE_END,
    schema.DATE_PRECISION,
    schema.SOURCE_FILE,
    schema.SOURCE_LINE,
)


@dataclass(frozen=True)
class Source:
    """One source of an event: publisher name, link (may be empty) and date (may be empty)."""

    name: str
    url: str
    date: str


def split_sources(url: str, name: str, date: str) -> list[Source]:
    """Split the three aligned source columns into :class:`Source` objects.

    Parameters
    ----------
    url, name, date : str
        The ``source_url``, ``source_name`` and ``source_date`` values of one event,
        each holding one entry per source separated by ``" | "``.

    Returns
    -------
    list of Source
        One per source name, in the order written.
    """
    sep = schema.SOURCE_SEPARATOR.strip()
    names = [part.strip() for part in name.split(sep)] if name.strip() else []
    urls = [part.strip() for part in url.split(sep)] if url.strip() else []
    dates = [part.strip() for part in date.split(sep)] if date.strip() else []
    return [
        Source(
            source_name,
            urls[i] if i < len(urls) else "",
            dates[i] if i < len(dates) else "",
        )
        for i, source_name in enumerate(names)
    ]


def check_events(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[dict], list[Problem]]:
    """Read and check event files; return clean rows and every problem found.

    Parameters
    ----------
    paths : sequence of path-like
        CSV (bordermap or ACLED), YAML or GeoJSON event files.

    Returns
    -------
    rows : list of dict
    problems : list of Problem
        Empty when every file is valid.
    """
    rows: list[dict] = []
    problems: list[Problem] = []
    for path in paths:
        raw = read_file(path)
        if raw.kind == "csv" and is_acled(raw.columns):
            raw = convert_acled(raw)
        file_rows, file_problems = validate_file(raw)
        rows.extend(file_rows)
        problems.extend(file_problems)
    problems.extend(check_duplicate_ids(rows))
    problems.sort(key=lambda p: (p.file, p.line or 0))
    return rows, problems


def events_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Build the events table from clean rows, with every column in its fixed order."""
    frame = pd.DataFrame(list(rows), columns=list(LOADED_COLUMNS))
    frame[schema.LAT] = frame[schema.LAT].astype("float64")
    frame[schema.LON] = frame[schema.LON].astype("float64")
    frame[schema.SOURCE_LINE] = frame[schema.SOURCE_LINE].astype("int64")
    text_columns = [
        c for c in LOADED_COLUMNS if c not in (schema.LAT, schema.LON, schema.SOURCE_LINE)
    ]
    frame[text_columns] = frame[text_columns].fillna("").astype(object)
    return frame


def load_events(paths: Sequence[str | os.PathLike[str]]) -> pd.DataFrame:
    """Load, check and combine event files.

    Parameters
    ----------
    paths : sequence of path-like
        CSV (bordermap columns or an ACLED export), YAML or GeoJSON files.

    Returns
    -------
    pandas.DataFrame
        One row per event with the columns of :data:`LOADED_COLUMNS`: the event
        columns as text (``""`` when empty), ``lat``/``lon`` as floats (NaN when
        not given), the date interval and precision, and the file and line each
        event came from.

    Raises
    ------
    EventFileError
        Listing every problem in every file (``FILE:LINE: field: message``).
    """
    if not paths:
        raise EventFileError([Problem("-", None, "-", "no event files given")])
    rows, problems = check_events(paths)
    if problems:
        raise EventFileError(problems)
    return events_frame(rows)
