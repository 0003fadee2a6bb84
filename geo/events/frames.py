"""Read a pandas DataFrame of events as if it were a sheet: header, then rows of text.

An analyst's table in a notebook goes through the same checks as a file: every cell
is turned back into the text a person would have typed (a float ``12.0`` as ``12``,
a timestamp as ``2026-01-15``, an empty or missing cell as ``""``), and rows are
numbered from 1 in messages (row *n* is ``frame.iloc[n - 1]``).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from bordermap.geo import schema
from bordermap.geo.errors import Problem, problem
from bordermap.geo.events.records import RawFile, RawRecord
from bordermap.geo.events.sheets import cell_text

#: The ``kind`` of a :class:`RawFile` read from a DataFrame.
FRAME_KIND = "dataframe"


def _missing(value: object) -> bool:
    # pd.isna on a list or array answers element-wise; only scalars can be missing.
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def frame_cell_text(name: str, value: object) -> str:
    """The text of one cell: what the same value would read as in an event file.

    Examples
    --------
    >>> frame_cell_text("lat", 55.9), frame_cell_text("people", 12.0)
    ('55.9', '12')
    >>> frame_cell_text("tags", ["fence", "drone"]), frame_cell_text("notes", None)
    ('fence;drone', '')
    """
    if _missing(value):
        return ""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, list | tuple):
        sep = schema.SOURCE_SEPARATOR if name in schema.SOURCE_COLUMNS else schema.LIST_SEPARATOR
        return sep.join(frame_cell_text(name, item) for item in value)
    return cell_text(value)


def read_frame(frame: pd.DataFrame, name: str) -> RawFile:
    """Turn a DataFrame into raw records, one per row, for the usual checks.

    Parameters
    ----------
    frame : pandas.DataFrame
        One event per row; columns named as in an event file or a sheet of one's own
        (mapped like a CSV header).  Its index is ignored.  Not modified.
    name : str
        What messages and the ``source_file`` column call the frame.

    Returns
    -------
    RawFile
        Records plus problems (a column named twice, a column without a name holding
        values); never raises for bad content.
    """
    header = tuple("" if _missing(c) else str(c).strip() for c in frame.columns)
    problems: list[Problem] = []
    seen: set[str] = set()
    for column in header:
        if column and column in seen:
            problems.append(
                problem(
                    name,
                    None,
                    column,
                    "column named twice: one of them would be lost; rename or drop one",
                )
            )
        seen.add(column)
    if problems:
        return RawFile(name, [], header, problems, FRAME_KIND)
    records: list[RawRecord] = []
    for number, row in enumerate(frame.itertuples(index=False, name=None), start=1):
        texts = [frame_cell_text(column, value) for column, value in zip(header, row, strict=True)]
        if not any(text.strip() for text in texts):
            continue  # an empty row, as a blank line in a CSV
        for column, text in zip(header, texts, strict=True):
            if not column and text.strip():
                problems.append(
                    problem(
                        name,
                        number,
                        "-",
                        "column has no name: name it so its values are kept",
                        text,
                    )
                )
        fields = {column: text for column, text in zip(header, texts, strict=True) if column}
        records.append(RawRecord(number, fields))
    return RawFile(name, records, header, problems, FRAME_KIND)
