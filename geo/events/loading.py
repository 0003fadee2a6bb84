"""Load event files into one checked table: ``load_events`` is the front door.

A pandas DataFrame may stand in for a file (:mod:`bordermap.geo.events.frames`).  All
files are read and checked before anything is returned, so one bad row in one
file stops the run with the full list of problems and nothing downstream is
written.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import numpy as np
import pandas as pd

from bordermap.geo import schema
from bordermap.geo.collector import collector_paused
from bordermap.geo.errors import EventFileError, Problem, problem
from bordermap.geo.events.acled import convert_acled, is_acled
from bordermap.geo.events.categories import load_categories, using_categories, vocabulary_from_file
from bordermap.geo.events.checked import CheckedColumns
from bordermap.geo.events.frames import FRAME_KIND, read_frame
from bordermap.geo.events.intake import prepare_file
from bordermap.geo.events.read_options import ReadOptions, current_read_options
from bordermap.geo.events.readers import read_file
from bordermap.geo.events.validation import check_file, split_source_list

#: Notes on what reading decided (columns mapped, defaults given, dates retyped):
#: logged at INFO on this logger, which the command line prints as ``note: ...``.
NOTES = logging.getLogger("bordermap.notes")
#: A vocabulary file beside the event files extends or replaces the categories.
CATEGORIES_BESIDE = "categories.toml"

#: What messages and the ``source_file`` column call a DataFrame given without a name.
FRAME_NAME = "dataframe"

#: An event file, or a DataFrame standing in for one.
EventSource = str | os.PathLike[str] | pd.DataFrame

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


def _extra_case_clashes(chunks: list[CheckedColumns]) -> list[Problem]:
    """Extra fields whose names differ only in case would clash in a GeoPackage."""
    names = dict.fromkeys(name for chunk in chunks for name in chunk.extras)
    folds: dict[str, set[str]] = {}
    for name in names:
        folds.setdefault(name.casefold(), set()).add(name)
    clashing = {name for group in folds.values() if len(group) > 1 for name in group}
    if not clashing:
        return []
    # Rare: go event by event through the events that have a clashing field.
    first: dict[str, tuple[str, str, int]] = {}
    problems: list[Problem] = []
    for chunk in chunks:
        files = chunk.columns[schema.SOURCE_FILE]
        lines = chunk.columns[schema.SOURCE_LINE]
        for index in range(len(chunk)):
            for name in chunk.extra_names_of(index):
                if name not in clashing:
                    continue
                here = (name, str(files[index]), int(lines[index]))
                seen = first.setdefault(name.casefold(), here)
                if seen[0] != name:
                    problems.append(
                        problem(
                            here[1],
                            here[2],
                            name,
                            f"differs only in case from the field {seen[0]!r} "
                            f"({seen[1]}:{seen[2]}): spell it the same way everywhere",
                        )
                    )
                    first[name.casefold()] = here
    return problems


def _duplicate_ids(chunks: list[CheckedColumns]) -> list[Problem]:
    """Report every id used more than once, naming both places (across files too)."""
    texts = _joined(chunks, schema.ID)
    # Most files have no id twice (not even the empty one): a set of them says so in
    # about half the time of the coding below, which finds where the repeats are.
    if len(set(texts)) == len(texts):
        return []
    ids = np.asarray(texts, dtype=object)
    codes, _ = pd.factorize(ids, use_na_sentinel=False)
    # Codes count in order of first appearance, so an id was seen before exactly when
    # its code is no higher than every code before it: one hashing pass, not two.
    seen_before = np.zeros(len(codes), dtype=bool)
    seen_before[1:] = codes[1:] <= np.maximum.accumulate(codes)[:-1]
    again = seen_before & (ids != "")
    if not again.any():
        return []
    _, first_index = np.unique(codes, return_index=True)
    files = _joined(chunks, schema.SOURCE_FILE)
    lines = _joined(chunks, schema.SOURCE_LINE)
    problems: list[Problem] = []
    for index in np.flatnonzero(again).tolist():
        other = first_index[codes[index]]
        problems.append(
            problem(
                str(files[index]),
                int(lines[index]),
                schema.ID,
                f"duplicate id, first used at {files[other]}:{lines[other]}",
                str(ids[index]),
            )
        )
    return problems


def _joined(chunks: list[CheckedColumns], name: str) -> list:
    """One column of every chunk, end to end."""
    if len(chunks) == 1:
        return chunks[0].columns[name]
    return [value for chunk in chunks for value in chunk.columns[name]]


def with_vocabulary_beside(
    paths: Sequence[EventSource],
    options: ReadOptions,
    *,
    notes: list[str] | None = None,
) -> ReadOptions:
    """``options`` with the ``categories.toml`` beside the first event file, if any.

    A vocabulary the options already carry (a recipe's ``[categories]``) wins.  The
    note saying so goes to ``notes`` when given, else to :data:`NOTES`.
    """
    if options.categories is not None or not paths or isinstance(paths[0], pd.DataFrame):
        return options
    beside = Path(paths[0]).parent / CATEGORIES_BESIDE
    if not beside.is_file():
        return options
    note = f"{beside}: categories read from this file"
    if notes is None:
        NOTES.info("%s", note)
    else:
        notes.append(note)
    return dataclasses.replace(options, categories=vocabulary_from_file(beside))


def check_events(
    paths: Sequence[EventSource] | pd.DataFrame,
    *,
    base: str | os.PathLike[str] | None = None,
    options: ReadOptions | None = None,
    notes: list[str] | None = None,
) -> tuple[list[dict], list[Problem]]:
    """Read and check event files; return clean rows and every problem found.

    Parameters
    ----------
    paths : sequence of path-like or DataFrame, or one DataFrame
        CSV/TSV (bordermap's columns, a sheet of one's own, or ACLED), XLSX/ODS,
        YAML or GeoJSON event files, or pandas DataFrames read like a sheet (named
        ``dataframe``, ``dataframe-2``... in messages and ``source_file``).
    base : path-like, optional
        Folder the rows' ``source_file`` is relative to (see :func:`source_label`);
        the working directory when not given.  Messages name files as given.
    options : ReadOptions, optional
        Column mapping, defaults, date order, separator, sheet and categories; the
        current ones (:func:`bordermap.geo.events.read_options.using_read_options`) when
        not given.
    notes : list of str, optional
        Receives a line for each decision made on the user's behalf (a mapped
        column, a default, a retyped date); logged on :data:`NOTES` when not given.

    Returns
    -------
    rows : list of dict
    problems : list of Problem
        Empty when every file is valid.
    """
    chunks, problems = _checked_columns(paths, base=base, options=options, notes=notes)
    return [row for chunk in chunks for row in chunk.rows()], problems


def _checked_columns(
    paths: Sequence[EventSource] | pd.DataFrame,
    *,
    base: str | os.PathLike[str] | None,
    options: ReadOptions | None,
    notes: list[str] | None,
) -> tuple[list[CheckedColumns], list[Problem]]:
    """:func:`check_events`, the events kept as columns a chunk at a time."""
    paths = _as_sources(paths)
    options = with_vocabulary_beside(paths, options or current_read_options())
    if options.categories is not None:
        with using_categories(options.categories):
            return _check_events(paths, base=base, options=options, notes=notes)
    return _check_events(paths, base=base, options=options, notes=notes)


def _check_events(
    paths: Sequence[EventSource],
    *,
    base: str | os.PathLike[str] | None,
    options: ReadOptions,
    notes: list[str] | None,
) -> tuple[list[CheckedColumns], list[Problem]]:
    """:func:`_checked_columns` once the category vocabulary is in place."""
    chunks: list[CheckedColumns] = []
    problems: list[Problem] = []
    found_notes: list[str] = []
    labels: dict[str, str] = {}
    categories = load_categories()
    frames = [p for p in paths if isinstance(p, pd.DataFrame)]
    for path in paths:
        if isinstance(path, pd.DataFrame):
            raw = read_frame(path, _frame_name(frames, path))
        else:
            raw = read_file(path, delimiter=options.delimiter, sheet=options.sheet)
        if raw.kind in ("csv", "xlsx", "ods", FRAME_KIND) and is_acled(raw.columns):
            raw = convert_acled(raw)
        raw = prepare_file(raw, options, categories=categories)
        found_notes.extend(raw.notes)
        file_chunks, file_problems = check_file(raw)
        chunks.extend(file_chunks)
        problems.extend(file_problems)
        labels[raw.path] = raw.path if raw.kind == FRAME_KIND else source_label(path, base=base)
        del raw  # its records are no longer needed: free them before the next file
    problems.extend(_duplicate_ids(chunks))
    problems.extend(_extra_case_clashes(chunks))
    # Messages name files as the user gave them; the rows, which reach the outputs,
    # name them relative to the recipe or working directory.
    for chunk in chunks:
        files = chunk.columns[schema.SOURCE_FILE]
        chunk.columns[schema.SOURCE_FILE] = [labels[files[0]]] * len(files) if files else []
    problems.sort(key=lambda p: (p.file, p.line or 0))
    if notes is None:
        for line in found_notes:
            NOTES.info("%s", line)
    else:
        notes.extend(found_notes)
    return chunks, problems


def _as_sources(paths: Sequence[EventSource] | pd.DataFrame) -> list[EventSource]:
    # A DataFrame is one "file", not a sequence of them (and has no truth value).
    return [paths] if isinstance(paths, pd.DataFrame) else list(paths)


def _frame_name(frames: list[pd.DataFrame], frame: pd.DataFrame) -> str:
    """``dataframe``, or ``dataframe-2``... when several frames are read together."""
    number = next(i for i, f in enumerate(frames, start=1) if f is frame)
    return FRAME_NAME if number == 1 else f"{FRAME_NAME}-{number}"


def extra_columns(chunks: Iterable[CheckedColumns]) -> list[str]:
    """Extra fields of the events beyond :data:`LOADED_COLUMNS`, in order of first appearance."""
    return list(dict.fromkeys(name for chunk in chunks for name in chunk.extras))


def events_frame(chunks: Sequence[CheckedColumns]) -> pd.DataFrame:
    """Build the events table from checked columns, one chunk after another.

    The columns are :data:`LOADED_COLUMNS` in their fixed order, then the extra
    fields of the event files (text, ``""`` where a file lacks them), in order of
    first appearance.
    """
    extras = extra_columns(chunks)
    sizes = [len(chunk) for chunk in chunks]
    data: dict[str, np.ndarray] = {}
    for name in LOADED_COLUMNS:
        if name in (schema.LAT, schema.LON):
            data[name] = _column(chunks, sizes, name, np.float64)
        elif name == schema.SOURCE_LINE:
            data[name] = _column(chunks, sizes, name, np.int64)
        else:
            data[name] = _column(chunks, sizes, name, object)
    for name in extras:
        data[name] = _column(chunks, sizes, name, object, missing="")
    # Each column a Series of its dtype, so pandas infers no string dtype for the text.
    series = {
        name: pd.Series(values, dtype=values.dtype, copy=False) for name, values in data.items()
    }
    return pd.DataFrame(series, columns=[*LOADED_COLUMNS, *extras], copy=False)


def _column(
    chunks: Sequence[CheckedColumns],
    sizes: list[int],
    name: str,
    dtype: type,
    *,
    missing: str | None = None,
) -> np.ndarray:
    """One column of every chunk in one array; ``missing`` where a chunk lacks it."""
    array = np.empty(sum(sizes), dtype=dtype)
    start = 0
    for chunk, size in zip(chunks, sizes, strict=True):
        values = chunk.columns.get(name)
        if values is None:
            values = chunk.extras.get(name)
        if values is None:
            array[start : start + size] = missing
        elif missing is not None:
            array[start : start + size] = [missing if v is None else v for v in values]
        else:
            array[start : start + size] = values
        start += size
    return array


# Reading and checking pause the collector themselves; paused here too, it also waits
# through prepare_file, the duplicate-id check and the table, which made it run 14 times.
@collector_paused()
def load_events(
    paths: Sequence[EventSource] | pd.DataFrame,
    *,
    base: str | os.PathLike[str] | None = None,
    options: ReadOptions | None = None,
) -> pd.DataFrame:
    """Load, check and combine event files.

    Parameters
    ----------
    paths : sequence of path-like or DataFrame, or one DataFrame
        CSV (bordermap columns or an ACLED export), YAML or GeoJSON files, or
        DataFrames of events (see :func:`check_events`).
    base : path-like, optional
        Folder the ``source_file`` column is relative to: the recipe's folder for a
        recipe; the working directory when not given.
    options : ReadOptions, optional
        How to read the files (see :func:`check_events`).

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
    paths = _as_sources(paths)
    if not paths:
        raise EventFileError([Problem("-", None, "-", "no event files given")])
    chunks, problems = _checked_columns(paths, base=base, options=options, notes=None)
    if problems:
        raise EventFileError(problems)
    return events_frame(chunks)
