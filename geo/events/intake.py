"""Take a user's own file as it is, and say what was done with it.

Between reading (:mod:`bordermap.geo.events.readers`) and checking
(:mod:`bordermap.geo.events.validation`), :func:`prepare_file` turns a sheet in the user's
own shape into bordermap's fields, one column at a time:

- headers are matched to fields (:mod:`bordermap.geo.events.columns`);
- a field the sheet lacks gets a default: the user's (``[defaults]``,
  ``--default``), else for a sheet without the column ``category = "other"``,
  ``status = "alleged"`` (a report not confirmed by anyone else), a source name
  that is the host of the event's own link, and an ``id`` made from the file name
  and row; nothing is made up for one row that is not done for every row;
- typed dates become ISO (:mod:`bordermap.geo.events.typed_dates`);
- status and category words are matched case-insensitively (``Confirmed``,
  ``Armed clash`` for ``armed_clash``, or a category's label).

Every one of these decisions is returned as a note, naming the file and how many
events it touched.  Nothing is dropped: a header that matches nothing stays an
extra column under its own name.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.categories import Category
from bordermap.geo.events.columns import fold_header, match_headers
from bordermap.geo.events.read_options import ReadOptions
from bordermap.geo.events.records import RawFile, RawRecord, table_of
from bordermap.geo.events.typed_dates import forced_order, iso_date_text

#: Defaults for a sheet that has no such column and the user set none.
BUILT_IN_DEFAULTS: dict[str, str] = {
    schema.CATEGORY: "other",
    schema.STATUS: "alleged",
}
#: Fields holding one date, and the source dates (one per source).
DATE_FIELDS: tuple[str, ...] = (schema.DATE, schema.REPORTED)


def link_host(url: str) -> str:
    """The host of a link without ``www.`` (``https://www.lsm.lv/x`` → ``lsm.lv``)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        # A link written without its scheme (t.me/x) is refused by validation with a
        # suggestion; its host still names the source, so only one problem is shown.
        host = parts.hostname if parts.scheme else urlsplit("//" + text).hostname
    except ValueError:
        return ""
    return (host or "").removeprefix("www.")


class _Edits:
    """A file's records, each copied the first time one of its fields is changed.

    Most files need few changes (a default here, a typed date there), so the records
    as read are kept, not copied, until one is changed: the file as read is never
    modified, and a file in bordermap's own columns costs no second dict per event.
    A table's records (:class:`RecordTable`, a CSV) are edited a column at a time:
    a column is copied the first time one of its texts changes.
    """

    def __init__(self, records: Sequence[RawRecord], renames: Mapping[str, str]) -> None:
        self.table = table_of(records)
        renaming = any(old != new for old, new in renames.items())
        if self.table is not None:
            # Renaming a table's fields renames its columns: no text is copied.
            self.columns = {renames.get(k, k): v for k, v in self.table.columns.items()}
            self._owned_columns: set[str] = set()
            self.lines = self.table.lines
            return
        if renaming:
            records = [
                RawRecord(
                    r.line,
                    {renames.get(k, k): v for k, v in r.fields.items()},
                    {renames.get(k, k): v for k, v in r.field_lines.items()},
                )
                for r in records
            ]
        self.records = list(records)
        self._owned = bytearray([renaming]) * len(records)

    def __len__(self) -> int:
        return len(self.lines) if self.table is not None else len(self.records)

    def values(self, name: str) -> Sequence[str]:
        """The text of field ``name`` of every record ("" where a record lacks it)."""
        if self.table is not None:
            return self.columns.get(name) or [""] * len(self.lines)
        return [record.fields.get(name, "") for record in self.records]

    def encoding(self, name: str) -> tuple[np.ndarray, list[str]] | None:
        """The reader's codes and distinct texts of field ``name`` of a table, if it
        still holds the column as read (an edited copy has none)."""
        if self.table is None or name not in self.columns:
            return None
        return self.table.encoding(self.columns[name])

    def line(self, index: int, name: str | None = None) -> int:
        """The line of record ``index`` (of its field ``name`` where the format says)."""
        if self.table is not None:
            return self.lines[index]
        record = self.records[index]
        return record.line if name is None else record.line_of(name)

    def set(self, index: int, name: str, value: str) -> None:
        """Give field ``name`` of record ``index`` the text ``value``."""
        if self.table is not None:
            if name not in self._owned_columns:
                column = self.columns.get(name)
                self.columns[name] = list(column) if column is not None else [""] * len(self)
                self._owned_columns.add(name)
            self.columns[name][index] = value
            return
        record = self.records[index]
        if not self._owned[index]:
            record = RawRecord(record.line, dict(record.fields), dict(record.field_lines))
            self.records[index] = record
            self._owned[index] = True
        record.fields[name] = value

    def result(self) -> Sequence[RawRecord]:
        """The records with every change made."""
        if self.table is not None:
            return self.table.with_columns(self.columns)
        return self.records


def _fill(edits: _Edits, name: str, value: str) -> int:
    """Give ``value`` to every record whose ``name`` is empty; return how many."""
    count = 0
    for index, text in enumerate(edits.values(name)):
        if not text.strip():
            edits.set(index, name, value)
            count += 1
    return count


def _source_names_from_links(edits: _Edits) -> int:
    from bordermap.geo.events.validation import split_source_list

    count = 0
    names = edits.values(schema.SOURCE_NAME)
    links = edits.values(schema.SOURCE_URL)
    for index, (name, link) in enumerate(zip(names, links, strict=True)):
        if name.strip():
            continue
        hosts = [link_host(u) for u in split_source_list(link)]
        if hosts and all(hosts):
            edits.set(index, schema.SOURCE_NAME, schema.SOURCE_SEPARATOR.join(hosts))
            count += 1
    return count


@dataclass(frozen=True)
class _DateText:
    """What reading one date field's text gave: once per distinct text of a column."""

    #: The text with every date as ISO ("" for a date that cannot be read).
    iso: str
    #: Dates that cannot be read: (date as written, why).
    errors: tuple[tuple[str, ValueError], ...]
    #: Dates retyped: (date as written, stripped; its ISO form; the order it forces).
    changes: tuple[tuple[str, str, str | None], ...]


def _read_date_text(
    text: str, name: str, order: str | None, cache: dict[str, str | ValueError]
) -> _DateText:
    parts = text.split(schema.SOURCE_SEPARATOR) if name == schema.SOURCE_DATE else [text]
    out: list[str] = []
    errors: list[tuple[str, ValueError]] = []
    changes: list[tuple[str, str, str | None]] = []
    for part in parts:
        if part not in cache:
            try:
                cache[part] = iso_date_text(part, order=order)
            except ValueError as err:
                cache[part] = err
        result = cache[part]
        if isinstance(result, ValueError):
            errors.append((part, result))
            out.append("")
            continue
        if result != part.strip():
            changes.append((part.strip(), result, forced_order(part) if order is None else None))
        out.append(result)
    return _DateText(schema.SOURCE_SEPARATOR.join(out), tuple(errors), tuple(changes))


def _dates(edits: _Edits, path: str, order: str | None) -> tuple[list[str], list]:
    """Turn typed dates into ISO, column by column; refuse mixed day/month orders."""
    notes: list[str] = []
    problems: list[Problem] = []
    for name in (*DATE_FIELDS, schema.SOURCE_DATE):
        cache: dict[str, str | ValueError] = {}
        changed: list[tuple[str, str]] = []
        forced: dict[str, tuple[int, str]] = {}
        ambiguous: list[Problem] = []
        values = edits.values(name)
        # Each distinct text is read once; None for an empty one.  Only the events whose
        # text is wrong or retyped are visited, in order.  The reader's codes, where a
        # column has them, spare hashing every event's text again.
        found = edits.encoding(name)
        if found is None:
            codes, distinct = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=False)
        else:
            codes, distinct = found
        read = [
            _read_date_text(text, name, order, cache) if text.strip() else None
            for text in distinct
        ]
        busy = np.array(
            [
                outcome is not None
                and bool(outcome.errors or outcome.changes or outcome.iso != text)
                for outcome, text in zip(read, distinct, strict=True)
            ],
            dtype=bool,
        )
        for index in np.flatnonzero(busy[codes]).tolist():
            text = values[index]
            outcome = read[codes[index]]
            for part, err in outcome.errors:
                found = problem(path, edits.line(index, name), name, str(err), part)
                (ambiguous if str(err).startswith("ambiguous") else problems).append(found)
            for written, iso, which in outcome.changes:
                changed.append((written, iso))
                if which:
                    forced.setdefault(which, (edits.line(index, name), written))
            if outcome.iso != text:
                edits.set(index, name, outcome.iso)
        if len(forced) == 1 and ambiguous:
            # The file's other dates tell the order it uses: say so beside each refusal.
            (which, (line, text)) = next(iter(forced.items()))
            first = "day" if which == "DMY" else "month"
            ambiguous = [
                dataclasses.replace(
                    found,
                    message=f"{found.message}; other dates of this file are {first} first "
                    f"({text!r} at line {line})",
                )
                for found in ambiguous
            ]
        problems.extend(ambiguous)
        if len(forced) == 2:
            (line_d, text_d), (line_m, text_m) = forced["DMY"], forced["MDY"]
            problems.append(
                problem(
                    path,
                    line_m,
                    name,
                    f"dates are written day first ({text_d!r} at line {line_d}) and month "
                    f"first ({text_m!r}) in one file; declare the order once: "
                    'date_order = "DMY" (or "MDY") in the recipe, or --date-order',
                    text_m,
                )
            )
        if changed:
            first, iso = changed[0]
            how = f", {order}" if order else ""
            notes.append(
                f"{path}: {name}: {len(changed)} typed date(s) read as ISO{how}, "
                f"e.g. {first!r} as {iso}"
            )
    return notes, problems


def _vocabulary_word(written: str, words: set[str], lookup: Mapping[str, str]) -> str | None:
    """The vocabulary word ``written`` is read as, or None when it stays as written."""
    text = written.strip()
    if not text or text in words:
        return None
    return lookup.get(text.casefold()) or lookup.get(fold_header(text))


def _vocabulary(edits: _Edits, path: str, categories: Mapping[str, Category]) -> list[str]:
    """Match status and category words written in another case, or by label."""
    notes: list[str] = []
    labels = {c.label.casefold(): key for key, c in categories.items()}
    for name, lookup in (
        (schema.STATUS, {s: s for s in schema.STATUSES}),
        (schema.CATEGORY, {**labels, **{k: k for k in categories}}),
    ):
        words = set(lookup.values())
        # The word each distinct text is read as, or None when it stays as written.
        keys: dict[str, str | None] = {}
        read: Counter[tuple[str, str]] = Counter()
        values = edits.values(name)
        rows: Iterable[int] = range(len(values))
        found = edits.encoding(name)
        if found is not None:
            # Only the events whose text is read as another word are visited, in order.
            codes, distinct = found
            for written in distinct:
                keys[written] = _vocabulary_word(written, words, lookup)
            changes = np.array([keys[written] is not None for written in distinct], dtype=bool)
            rows = np.flatnonzero(changes[codes]).tolist() if changes.any() else []
        for index in rows:
            written = values[index]
            if written in keys:
                key = keys[written]
            else:
                key = keys[written] = _vocabulary_word(written, words, lookup)
            if key is not None:
                edits.set(index, name, key)
                read[(written.strip(), key)] += 1
        for (text, key), count in read.items():
            notes.append(f"{path}: {name}: {text!r} read as {key!r} ({count} event(s))")
    return notes


def prepare_file(
    raw: RawFile, options: ReadOptions, *, categories: Mapping[str, Category]
) -> RawFile:
    """Map a file's headers, give defaults, read typed dates and vocabulary words.

    Parameters
    ----------
    raw : RawFile
        As read (not modified).
    options : ReadOptions
        Column mapping, defaults and date order.
    categories : mapping of str to Category
        The vocabulary category words are matched against.

    Returns
    -------
    RawFile
        Records with bordermap's field names and ISO dates; ``columns`` gives the
        fields (the written header is kept in ``written_columns``); ``notes`` says
        what was done, ``problems`` adds typed dates that cannot be read.
    """
    if raw.kind == "acled" or (not raw.records and raw.problems):
        return raw
    notes = list(raw.notes)
    problems = list(raw.problems)
    columns = raw.columns
    match = match_headers(columns, options.columns) if columns is not None else None
    edits = _Edits(raw.records, match.renames if match is not None else {})
    if columns is not None and match is not None:
        columns = tuple(match.renames.get(c, c) for c in columns)
        notes.extend(f"{raw.path}: {note}" for note in match.notes)
        absent = [
            f for f in (schema.SOURCE_NAME, schema.CATEGORY, schema.STATUS) if f not in columns
        ]
        added: list[str] = []
        for name, value in options.defaults.items():
            if count := _fill(edits, name, value):
                notes.append(f"{raw.path}: {name}: {count} event(s) take the default {value!r}")
            added.append(name)
        for name in absent:
            if name in options.defaults:
                continue
            if name == schema.SOURCE_NAME:
                count = _source_names_from_links(edits)
                if count:
                    notes.append(
                        f"{raw.path}: no source_name column: {count} event(s) name their "
                        "source by their link's host (set one with --default "
                        "source_name=... or [defaults])"
                    )
            else:
                value = BUILT_IN_DEFAULTS[name]
                _fill(edits, name, value)
                notes.append(
                    f"{raw.path}: no {name} column: every event is {name} {value!r} (set "
                    f"another with --default {name}=... or [defaults] in a recipe)"
                )
            added.append(name)
        if schema.ID not in columns:
            stem = Path(raw.path).stem
            first_line = edits.line(0) if len(edits) else 2
            for index in range(len(edits)):
                edits.set(index, schema.ID, f"{stem}-{edits.line(index)}")
            notes.append(
                f"{raw.path}: no id column: events are named by file and row "
                f"('{stem}-{first_line}'); add an id column for ids "
                "that survive sorting"
            )
            added.append(schema.ID)
        columns = (*columns, *(name for name in added if name not in columns))
    else:
        for name, value in options.defaults.items():
            if count := _fill(edits, name, value):
                notes.append(f"{raw.path}: {name}: {count} event(s) take the default {value!r}")
    date_notes, date_problems = _dates(edits, raw.path, options.date_order)
    notes.extend(date_notes)
    problems.extend(date_problems)
    notes.extend(_vocabulary(edits, raw.path, categories))
    return RawFile(
        raw.path,
        edits.result(),
        columns,
        problems,
        raw.kind,
        notes,
        raw.columns if raw.written_columns is None else raw.written_columns,
    )
