"""Read the first (or a named) worksheet of an XLSX or ODS file into raw records.

Spreadsheet programs type what people type: a date becomes a date cell, ``12``
becomes the float ``12.0``, ``TRUE`` a boolean.  Each cell is read back as the text
a person sees, never as a formula: a date cell as its ISO date (``2026-01-15``), a
date-and-time cell as ``2026-01-15 03:00``, a time cell as ``03:00``, a whole float
as ``12``, another float in its shortest form (``55.9``), a boolean as ``TRUE`` /
``FALSE``.  Formula cells give the value the program last computed (the formula
itself is never run); a formula whose value was never saved (a file written by a
script) is reported, not read as an empty cell.

XLSX is read with openpyxl and ODS with odfpy, the two readers pandas uses too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.records import RawFile, RawRecord

#: File name endings read as spreadsheets.
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods")


def cell_text(value: object) -> str:
    """The text a person sees in a typed spreadsheet cell.

    Examples
    --------
    >>> cell_text(12.0), cell_text(55.9), cell_text(dt.datetime(2026, 1, 15))
    ('12', '55.9', '2026-01-15')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


def _records(
    rows: Iterable[tuple[int, Sequence[object]]],
    path: str,
    kind: str,
    unsaved: dict[tuple[int, int], str] | None = None,
) -> RawFile:
    """Turn (row number, cells) into a RawFile: the first non-empty row is the header.

    ``unsaved`` holds formulas whose value was never saved, by (row, column index).
    """
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row_number, column), formula in (unsaved or {}).items():
        by_row.setdefault(row_number, []).append((column, formula))
    problems: list[Problem] = []
    header: tuple[str, ...] | None = None
    records: list[RawRecord] = []
    for number, cells in rows:
        texts = [cell_text(c) for c in cells]
        if not any(t.strip() for t in texts):
            continue
        if header is None:
            while texts and not texts[-1].strip():
                texts.pop()
            header = tuple(t.strip() for t in texts)
            seen: set[str] = set()
            for name in header:
                if name and name in seen:
                    problems.append(
                        problem(
                            path,
                            number,
                            name,
                            "column named twice in the header: one of "
                            "them would be lost; rename or delete one",
                        )
                    )
                seen.add(name)
            continue
        fields: dict[str, str] = {}
        for i, formula in by_row.get(number, ()):
            if i < len(header) and header[i]:
                problems.append(
                    problem(
                        path,
                        number,
                        header[i],
                        "a formula whose value was never saved (bordermap never runs "
                        "formulas): open the file in a spreadsheet program and save it, or "
                        "type the value",
                        formula,
                    )
                )
        for i, text in enumerate(texts):
            name = header[i] if i < len(header) else ""
            if not name:
                if text.strip():
                    problems.append(
                        problem(
                            path,
                            number,
                            f"column {i + 1}",
                            "column has no name in the header: name it so its values are kept",
                            text,
                        )
                    )
                continue
            fields[name] = text
        records.append(RawRecord(number, fields))
    if header is None:
        return RawFile(path, [], None, [problem(path, None, "-", "sheet is empty")], kind)
    return RawFile(path, records, header, problems, kind)


#: A formula element in a worksheet's XML (``<f>``, ``<f t="shared" ...>``, ``<x:f>``).
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[ >/]")


def _has_formulas(path: str) -> bool:
    """Whether any worksheet of an XLSX file holds a formula (a byte scan, no parsing)."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            is_sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
            if is_sheet and _FORMULA_ELEMENT.search(archive.read(name)):
                return True
    return False


def _xlsx_rows(
    path: str, sheet: str | None
) -> tuple[list[tuple[int, tuple]], list[str], dict[tuple[int, int], str]]:
    """Rows of values as last computed, sheet names, and formulas never computed.

    A formula cell keeps the value the program last computed.  A file written by a
    program that does not compute (a script, some converters) has none: such cells
    are returned by (row, column index) with their formula text, so the reader can
    say so instead of reading them as empty.
    """
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            return [], names, {}
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        title = ws.title
        rows = [(i, tuple(row)) for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    unsaved: dict[tuple[int, int], str] = {}
    if _has_formulas(path):
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        try:
            written = formulas[title].iter_rows(values_only=True)
            for (number, values), row in zip(rows, written, strict=False):
                for i, cell in enumerate(row):
                    if (
                        isinstance(cell, str)
                        and cell.startswith("=")
                        and (i >= len(values) or values[i] is None)
                    ):
                        unsaved[(number, i)] = cell
        finally:
            formulas.close()
    return rows, names, unsaved


def _ods_cell_value(cell) -> object:
    from odf.namespaces import OFFICENS

    kind = cell.attributes.get((OFFICENS, "value-type"))
    if kind == "float" or kind == "percentage" or kind == "currency":
        text = cell.attributes.get((OFFICENS, "value"))
        return float(text) if text is not None else None
    if kind == "date":
        text = cell.attributes.get((OFFICENS, "date-value"), "")
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)
    if kind == "time":
        text = cell.attributes.get((OFFICENS, "time-value"), "")  # PT03H00M00S
        hours, _, rest = text.removeprefix("PT").partition("H")
        minutes, _, seconds = rest.partition("M")
        return dt.time(
            int(hours or 0) % 24, int(minutes or 0), int(float(seconds.rstrip("S") or 0))
        )
    if kind == "boolean":
        return cell.attributes.get((OFFICENS, "boolean-value")) == "true"
    return "\n".join(_ods_text(p) for p in cell.childNodes if p.qname[1] == "p") or None


def _ods_text(node) -> str:
    from odf.namespaces import TEXTNS

    parts: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
        elif child.qname == (TEXTNS, "s"):
            parts.append(" " * int(child.attributes.get((TEXTNS, "c"), 1)))
        elif child.qname == (TEXTNS, "tab"):
            parts.append("\t")
        else:
            parts.append(_ods_text(child))
    return "".join(parts)


def _ods_rows(path: str, sheet: str | None) -> tuple[list[tuple[int, tuple]], list[str]]:
    from odf.namespaces import TABLENS
    from odf.opendocument import load
    from odf.table import Table, TableRow

    document = load(path)
    tables = document.spreadsheet.getElementsByType(Table)
    names = [t.getAttribute("name") for t in tables]
    if not tables or (sheet is not None and sheet not in names):
        return [], names
    table = tables[names.index(sheet)] if sheet is not None else tables[0]
    rows: list[tuple[int, tuple]] = []
    number = 0
    for row in table.getElementsByType(TableRow):
        repeat = int(row.attributes.get((TABLENS, "number-rows-repeated"), 1))
        cells: list[object] = []
        for cell in row.childNodes:
            if cell.qname[1] not in ("table-cell", "covered-table-cell"):
                continue
            times = int(cell.attributes.get((TABLENS, "number-columns-repeated"), 1))
            value = _ods_cell_value(cell)
            # Rows end with thousands of repeated empty cells: keep a few of those.
            cells.extend([value] * (times if value is not None else min(times, 1024)))
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:  # empty rows, often repeated a million times at the end
            number += repeat
            continue
        for _ in range(repeat):
            number += 1
            rows.append((number, tuple(cells)))
    return rows, names


def read_sheet(path: str | Path, *, sheet: str | None = None) -> RawFile:
    """Read one worksheet of an ``.xlsx`` or ``.ods`` file.

    Parameters
    ----------
    path : path-like
        The workbook.
    sheet : str, optional
        Worksheet name; the first sheet when not given.

    Returns
    -------
    RawFile
        Records numbered by spreadsheet row, every cell as text (see
        :func:`cell_text`); problems for an unreadable file, a missing sheet (the
        sheets are listed), a repeated or missing header name.
    """
    name = str(path)
    suffix = Path(name).suffix.lower()
    kind = "ods" if suffix == ".ods" else "xlsx"
    try:
        if kind == "ods":
            rows, names = _ods_rows(name, sheet)
            unsaved: dict[tuple[int, int], str] = {}
        else:
            rows, names, unsaved = _xlsx_rows(name, sheet)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError) as err:
        return RawFile(
            name,
            [],
            None,
            [problem(name, None, "-", f"cannot read as a {kind.upper()} workbook: {err}")],
            kind,
        )
    if sheet is not None and sheet not in names:
        return RawFile(
            name,
            [],
            None,
            [
                problem(
                    name, None, "-", "no such sheet; sheets: " + ", ".join(map(repr, names)), sheet
                )
            ],
            kind,
        )
    return _records(rows, name, kind, unsaved)
