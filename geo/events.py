"""Load event files into one checked table: ``load_events`` is the front door.

All files are read and checked before anything is returned, so one bad row in one
file stops the run with the full list of problems and nothing downstream is
written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

import pandas as pd

from bordermap.geo import schema
from bordermap.geo.acled import convert_acled, is_acled
from bordermap.geo.errors import EventFileError, Problem, problem
from bordermap.geo.readers import read_file
from bordermap.geo.validation import check_duplicate_ids, split_source_list, validate_file

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
        each holding one entry per source separated by ``" | "`` (a ``|`` without
        spaces around it, as in a link's query, does not separate).

    Returns
    -------
    list of Source
        One per source name, in the order written.
    """
    names = split_source_list(name)
    urls = split_source_list(url)
    dates = split_source_list(date)
    return [
        Source(
            source_name,
            urls[i] if i < len(urls) else "",
            dates[i] if i < len(dates) else "",
        )
        for i, source_name in enumerate(names)
    ]


def source_label(
    path: str | os.PathLike[str], *, base: str | os.PathLike[str] | None = None
) -> str:
    """Name an event file as outputs record it: relative to ``base``, with ``/``.

    Outputs then say nothing of the machine's folders (``/home/<user>/...``) and are
    the same bytes in every checkout.

    Parameters
    ----------
    path : path-like
        The event file.
    base : path-like, optional
        The recipe's folder; the working directory when not given.

    Examples
    --------
    >>> source_label("/work/data/events/a.csv", base="/work/maps")
    '../data/events/a.csv'
    """
    start = os.path.abspath(os.getcwd() if base is None else base)
    try:
        relative = os.path.relpath(os.path.abspath(path), start)
    except ValueError:  # another drive (Windows): no relative path exists
        relative = os.path.basename(path)
    return PurePath(relative).as_posix()


def _extra_case_clashes(rows: list[dict]) -> list[Problem]:
    """Extra fields whose names differ only in case would clash in a GeoPackage."""
    first: dict[str, tuple[str, dict]] = {}
    problems: list[Problem] = []
    known = set(LOADED_COLUMNS)
    for row in rows:
        for name in row:
            if name in known:
                continue
            folded = name.casefold()
            seen = first.setdefault(folded, (name, row))
            if seen[0] != name:
                problems.append(
                    problem(
                        str(row[schema.SOURCE_FILE]),
                        int(row[schema.SOURCE_LINE]),
                        name,
                        f"differs only in case from the field {seen[0]!r} "
                        f"({seen[1][schema.SOURCE_FILE]}:{seen[1][schema.SOURCE_LINE]}): "
                        "spell it the same way everywhere",
                    )
                )
                first[folded] = (name, row)
    return problems


def check_events(
    paths: Sequence[str | os.PathLike[str]], *, base: str | os.PathLike[str] | None = None
) -> tuple[list[dict], list[Problem]]:
    """Read and check event files; return clean rows and every problem found.

    Parameters
    ----------
    paths : sequence of path-like
        CSV (bordermap or ACLED), YAML or GeoJSON event files.
    base : path-like, optional
        Folder the rows' ``source_file`` is relative to (see :func:`source_label`);
        the working directory when not given.  Messages name files as given.

    Returns
    -------
    rows : list of dict
    problems : list of Problem
        Empty when every file is valid.
    """
    rows: list[dict] = []
    problems: list[Problem] = []
    labels: dict[str, str] = {}
    for path in paths:
        raw = read_file(path)
        if raw.kind == "csv" and is_acled(raw.columns):
            raw = convert_acled(raw)
        file_rows, file_problems = validate_file(raw)
        rows.extend(file_rows)
        problems.extend(file_problems)
        labels[raw.path] = source_label(path, base=base)
    problems.extend(check_duplicate_ids(rows))
    problems.extend(_extra_case_clashes(rows))
    # Messages name files as the user gave them; the rows, which reach the outputs,
    # name them relative to the recipe or working directory.
    for row in rows:
        row[schema.SOURCE_FILE] = labels[row[schema.SOURCE_FILE]]
    problems.sort(key=lambda p: (p.file, p.line or 0))
    return rows, problems


def extra_columns(rows: Iterable[dict]) -> list[str]:
    """Fields of the rows beyond :data:`LOADED_COLUMNS`, in order of first appearance."""
    known = set(LOADED_COLUMNS)
    return list(dict.fromkeys(name for row in rows for name in row if name not in known))


def events_frame(rows: Iterable[dict]) -> pd.DataFrame:
    """Build the events table from clean rows.

    The columns are :data:`LOADED_COLUMNS` in their fixed order, then the extra
    fields of the event files (text, ``""`` where a file lacks them), in order of
    first appearance.
    """
    rows = list(rows)
    extras = extra_columns(rows)
    frame = pd.DataFrame(rows, columns=[*LOADED_COLUMNS, *extras])
    frame[extras] = frame[extras].fillna("").astype(object)
    frame[schema.LAT] = frame[schema.LAT].astype("float64")
    frame[schema.LON] = frame[schema.LON].astype("float64")
    frame[schema.SOURCE_LINE] = frame[schema.SOURCE_LINE].astype("int64")
    text_columns = [
        c for c in LOADED_COLUMNS if c not in (schema.LAT, schema.LON, schema.SOURCE_LINE)
    ]
    frame[text_columns] = frame[text_columns].fillna("").astype(object)
    return frame


def load_events(
    paths: Sequence[str | os.PathLike[str]], *, base: str | os.PathLike[str] | None = None
) -> pd.DataFrame:
    """Load, check and combine event files.

    Parameters
    ----------
    paths : sequence of path-like
        CSV (bordermap columns or an ACLED export), YAML or GeoJSON files.
    base : path-like, optional
        Folder the ``source_file`` column is relative to: the recipe's folder for a
        recipe; the working directory when not given.

    Returns
    -------
    pandas.DataFrame
        One row per event with the columns of :data:`LOADED_COLUMNS`: the event
        columns as text (``""`` when empty), ``lat``/``lon`` as floats (NaN when
        not given), the date interval and precision, and the file (relative to
        ``base``, with ``/``) and line each event came from; then any extra fields
        of the files, as text.

    Raises
    ------
    EventFileError
        Listing every problem in every file (``FILE:LINE: field: message``).
    """
    if not paths:
        raise EventFileError([Problem("-", None, "-", "no event files given")])
    rows, problems = check_events(paths, base=base)
    if problems:
        raise EventFileError(problems)
    return events_frame(rows)
