"""Checked events, a chunk at a time, as columns rather than a dict per event.

:mod:`bordermap.geo.events.validation` checks records column by column; handing its
result on as one dict per event cost more than a second per 100,000 events and, at a
million, the dicts were the largest thing in memory.  A :class:`CheckedColumns` keeps
the columns it checked, and :func:`bordermap.geo.events.loading.events_frame` builds
the table from them; :meth:`CheckedColumns.rows` gives the dicts where a caller wants
them (``check_events``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np


@dataclass
class CheckedColumns:
    """Checked events as columns: the known fields, then the files' extra fields.

    Attributes
    ----------
    columns : dict of str to list or ndarray
        Every loaded column (event fields, date interval, file and line), one value
        per event, in the order the columns are listed: a list, or an array where
        the checks made one (``lat``/``lon`` as floats, the rest as objects).
    extras : dict of str to list
        Each extra field (see
        :func:`bordermap.geo.events.validation.classify_field`), in order of first
        appearance: its text, or None for an event whose record lacks it.
    layouts : list of tuple of str
        The extra fields of a record, in the record's own order, once per distinct
        set of keys.
    layout_of : numpy.ndarray
        For each event, its index in ``layouts``.
    """

    columns: dict[str, list | np.ndarray]
    extras: dict[str, list]
    layouts: list[tuple[str, ...]]
    layout_of: np.ndarray

    def __len__(self) -> int:
        return len(self.layout_of)

    def extra_names_of(self, index: int) -> tuple[str, ...]:
        """The extra fields event ``index`` has, in its record's order."""
        return self.layouts[self.layout_of[index]]

    def rows(self) -> Iterator[dict[str, object]]:
        """One dict per event: the known columns, then the event's own extra fields."""
        names = list(self.columns)
        # Python values, as in a list: not the NumPy scalars an array of numbers gives.
        lists = [v.tolist() if isinstance(v, np.ndarray) else v for v in self.columns.values()]
        for index, values in enumerate(zip(*lists, strict=True)):
            row = dict(zip(names, values, strict=True))
            for name in self.extra_names_of(index):
                row[name] = self.extras[name][index]
            yield row
