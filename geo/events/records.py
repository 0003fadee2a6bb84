"""Raw event records: field → text, with the line each came from.

Readers of every format (:mod:`bordermap.geo.events.readers`,
:mod:`bordermap.geo.events.geojson_reader`) build these; :mod:`bordermap.geo.events.validation`
checks them.  A YAML or JSON mapping becomes a record through
:func:`mapping_to_record`, which joins lists, turns a ``sources`` list into the three
aligned source columns, and reports keys given twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import overload

import numpy as np

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem


@dataclass
class TextMapping:
    """A YAML mapping as text: values by key and the line of every key.

    Defined here, not beside the YAML reader that builds it, so that reading a CSV
    does not import PyYAML (~15 ms of every ``resolve``).
    """

    values: dict[str, object]
    lines: dict[str, int] = field(default_factory=dict)
    line: int = 0


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


class RecordTable(Sequence[RawRecord]):
    """The records of a table (CSV) held as columns: every record has every field.

    A dict of twenty fields per record was the largest thing in memory while a big
    CSV was read (about 1.2 GB of a million records) and taking each field back out
    of the dicts was most of checking it.  A table keeps one list per field; the
    checks and :mod:`bordermap.geo.events.intake` read those lists, and a
    :class:`RawRecord` is made only for a caller that asks for one.

    Parameters
    ----------
    columns : dict of str to list of str
        One text per record for each field, in the fields' order.  Not copied.
    lines : list of int
        The line each record starts on.
    encodings : dict of str to (ndarray, list of str), optional
        For columns read as the index of each record's text among the column's
        distinct texts (Arrow's dictionary encoding), those indices and texts: the
        checks then read each distinct text once without hashing the column again
        (:meth:`encoding`).  ``columns[name]`` must be ``[texts[i] for i in codes]``.
    """

    def __init__(
        self,
        columns: dict[str, list[str]],
        lines: list[int],
        encodings: Mapping[str, tuple[np.ndarray, list[str]]] | None = None,
    ) -> None:
        for name, values in columns.items():
            if len(values) != len(lines):
                raise ValueError(f"column {name!r}: {len(values)} values, {len(lines)} lines")
        self.columns = columns
        self.lines = lines
        # By the column's list itself: a column replaced by an edited copy (intake
        # copies a column before changing it) has no encoding.
        self._encodings: dict[int, tuple[list[str], np.ndarray, list[str]]] = {}
        for name, (codes, texts) in (encodings or {}).items():
            self._encodings[id(columns[name])] = (columns[name], codes, texts)

    def encoding(self, values: Sequence[str]) -> tuple[np.ndarray, list[str]] | None:
        """The codes and distinct texts of the column ``values`` (one of
        :attr:`columns`, the very list), or None when it has none."""
        found = self._encodings.get(id(values))
        if found is None or found[0] is not values:
            return None
        return found[1], found[2]

    def with_columns(self, columns: dict[str, list[str]]) -> RecordTable:
        """A table of the same records holding ``columns`` (renamed or edited ones of
        this table's), keeping the encoding of each column list it still holds."""
        encodings = {}
        for name, values in columns.items():
            found = self.encoding(values)
            if found is not None:
                encodings[name] = found
        return RecordTable(columns, self.lines, encodings)

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, index: int) -> RawRecord: ...

    @overload
    def __getitem__(self, index: slice) -> RecordTable: ...

    def __getitem__(self, index: int | slice) -> RawRecord | RecordTable:
        if isinstance(index, slice):
            columns, encodings = {}, {}
            for name, values in self.columns.items():
                columns[name] = values[index]
                found = self.encoding(values)
                if found is not None:
                    encodings[name] = (found[0][index], found[1])
            return RecordTable(columns, self.lines[index], encodings)
        return RawRecord(
            self.lines[index], {name: values[index] for name, values in self.columns.items()}
        )

    def __iter__(self) -> Iterator[RawRecord]:
        names = list(self.columns)
        if not names:
            yield from (RawRecord(line, {}) for line in self.lines)
            return
        for line, values in zip(self.lines, zip(*self.columns.values(), strict=True), strict=True):
            yield RawRecord(line, dict(zip(names, values, strict=True)))


def table_of(records: Sequence[RawRecord]) -> RecordTable | None:
    """``records`` as a :class:`RecordTable` when they are one, else None."""
    return records if isinstance(records, RecordTable) else None


@dataclass
class RawFile:
    """A parsed file: its records, its columns (CSV header) and any syntax problems."""

    path: str
    #: A list of records, or a :class:`RecordTable` (CSV).
    records: Sequence[RawRecord]
    columns: tuple[str, ...] | None
    problems: list[Problem]
    #: Format name, for messages and importers: "csv", "yaml", "geojson", "acled",
    #: "xlsx", "ods".
    kind: str
    #: What the reader decided on the user's behalf (a sniffed separator, file
    #: defaults), one line each, for the command line to print.
    notes: list[str] = field(default_factory=list)
    #: The header as written, before any column mapping.
    written_columns: tuple[str, ...] | None = None


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
        for key in duplicate_keys(mapping):
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


def duplicate_keys(mapping: object) -> list[str]:
    """Keys a JSON object gave more than once (its ``duplicates``; YAML refuses them)."""
    return list(getattr(mapping, "duplicates", ()))


def mapping_to_record(
    mapping: dict[str, object], path: str, line: int, field_lines: dict[str, int]
) -> tuple[RawRecord, list[Problem]]:
    """Turn one YAML or JSON mapping of fields into a record.

    Parameters
    ----------
    mapping : dict
        Key → text, list of text, or (for ``sources``) a list of mappings.
    path : str
        File name for messages.
    line : int
        Line the record starts at.
    field_lines : dict of str to int
        Line of each key where the format tells it (YAML); others get ``line``.

    Returns
    -------
    record : RawRecord
    problems : list of Problem
        Keys given twice, values that are mappings, a sources list mixed with the
        source columns, a source entry holding the separator.
    """
    problems: list[Problem] = []
    fields: dict[str, str] = {}
    for key in duplicate_keys(mapping):
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
