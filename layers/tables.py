"""Tables behind a map: counts of resolved events, as CSV and Markdown.

Every table is a plain :class:`pandas.DataFrame` with a ``RangeIndex``, text key
columns and integer count columns, so the writers below need to know nothing of
what a table means.  No event is left out: events that could not be placed, have
no single border, country or month are counted in rows named for that reason
(:data:`NOT_PLACED`, :data:`NO_BORDER`...), never dropped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from bordermap.geo import schema
from bordermap.geo.spreadsheet import csv_text

#: Row label for events whose place is unresolved or ambiguous.
NOT_PLACED = "(not placed)"
#: Row label for placed events that are not tied to one border (a whole country).
NO_BORDER = "(no single border)"
#: Row label for placed events that lie in no single country (a border line itself).
NO_COUNTRY = "(no single country)"
#: Row label for placed events that lie in no single admin-1 region.
NO_REGION = "(no single region)"
#: Row labels of the month table for events not dated to one month.
NO_DATE = "(date unknown)"
SEVERAL_MONTHS = "(spans several months)"
#: Row label of the distance table for events without a distance to a border.
NO_DISTANCE = "(no distance)"

TOTAL = "total"
EVENTS = "events"

#: Upper edges of the distance bands, km; the last band is open.
DISTANCE_BANDS_KM: tuple[float, ...] = (0.0, 1.0, 5.0, 15.0, 30.0, 50.0, 100.0)


def _placed(events: pd.DataFrame) -> np.ndarray:
    return (events[schema.RESOLVE_STATUS] == "resolved").to_numpy()


def _label(values: pd.Series, *, placed: np.ndarray, empty: str) -> pd.Series:
    text = values.fillna("").astype(str).to_numpy(dtype=object)
    text = np.where(text == "", empty, text)
    return pd.Series(np.where(placed, text, NOT_PLACED), index=values.index, dtype=object)


def _crosstab(keys: pd.DataFrame, column: pd.Series, columns: Sequence[str]) -> pd.DataFrame:
    """Count rows of ``keys`` by every key column and by the values of ``column``.

    ``columns`` fixes the count columns (in that order, zero when absent); a value of
    ``column`` outside them is added after, so nothing is lost.
    """
    key_names = list(keys.columns)
    extra = sorted(set(column) - set(columns))
    wanted = [*columns, *extra]
    if len(keys) == 0:
        empty = {k: pd.Series(dtype=object) for k in key_names}
        empty.update({c: pd.Series(dtype="int64") for c in [*wanted, TOTAL]})
        return pd.DataFrame(empty)
    frame = keys.assign(_value=column.to_numpy())
    counts = (
        frame.groupby([*key_names, "_value"], sort=False).size().unstack("_value", fill_value=0)
    )
    counts = counts.reindex(columns=wanted, fill_value=0).astype("int64")
    counts[TOTAL] = counts.sum(axis=1).astype("int64")
    counts.columns.name = None
    return counts.reset_index()


def _sort_labels(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    # Named rows ("(not placed)"...) sort after real values so totals read top-down.
    order = list(zip(*([(v.startswith("("), v) for v in table[k]] for k in keys), strict=True))
    index = sorted(range(len(table)), key=order.__getitem__)
    return table.iloc[index].reset_index(drop=True)


def events_by_border(events: pd.DataFrame) -> pd.DataFrame:
    """Count events by border, category and status.

    Parameters
    ----------
    events : DataFrame
        Resolved events (:attr:`bordermap.geo.resolve.ResolveResult.events`).

    Returns
    -------
    DataFrame
        Columns ``border``, ``category``, one count column per status (in
        :data:`~bordermap.geo.schema.STATUSES` order) and ``total``.  Events whose
        place is not resolved count under :data:`NOT_PLACED`; placed events with no
        nearest border (a whole country) under :data:`NO_BORDER`.
    """
    placed = _placed(events)
    keys = pd.DataFrame(
        {
            schema.BORDER: _label(events[schema.BORDER], placed=placed, empty=NO_BORDER),
            schema.CATEGORY: events[schema.CATEGORY].astype(str).to_numpy(dtype=object),
        }
    )
    table = _crosstab(keys, events[schema.STATUS].astype(str), schema.STATUSES)
    return _sort_labels(table, [schema.BORDER, schema.CATEGORY])


#: Column of :func:`counts_by_border`: events whose counts include an approximate one.
APPROXIMATE_EVENTS = "approximate"
#: Column of :func:`counts_by_border`: events that give none of the counts.
WITHOUT_COUNTS = "without_counts"


def _count_column(values: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Numbers, approximate flags and given flags of a count column (``12``, ``~180``)."""
    text = values.fillna("").astype(str).str.strip()
    parts = text.str.extract(r"^(~)?\s*(\d+)$")
    given = parts[1].notna().to_numpy()
    numbers = pd.to_numeric(parts[1], errors="coerce").fillna(0).astype("int64").to_numpy()
    approximate = parts[0].notna().to_numpy() & given
    return numbers, approximate, given


def counts_by_border(events: pd.DataFrame) -> pd.DataFrame:
    """Sum the people counts (``people``, ``fatalities``, ``injured``, ``detained``).

    Parameters
    ----------
    events : DataFrame
        Resolved events with the count columns as written (``12``, ``~180``, empty).

    Returns
    -------
    DataFrame
        Columns ``border``, ``category``, ``events``, one sum per count column,
        :data:`APPROXIMATE_EVENTS` (how many events of the row gave an approximate
        count, so a sum is read as "about") and :data:`WITHOUT_COUNTS` (events that
        gave no count: a sum is never read as "none happened").  Rows are labelled
        as in :func:`events_by_border`.
    """
    placed = _placed(events)
    frame = pd.DataFrame(
        {
            schema.BORDER: _label(events[schema.BORDER], placed=placed, empty=NO_BORDER),
            schema.CATEGORY: events[schema.CATEGORY].astype(str).to_numpy(dtype=object),
            EVENTS: np.ones(len(events), dtype="int64"),
        }
    )
    any_approximate = np.zeros(len(events), dtype=bool)
    any_given = np.zeros(len(events), dtype=bool)
    for name in schema.COUNT_COLUMNS:
        column = events[name] if name in events else pd.Series([""] * len(events))
        numbers, approximate, given = _count_column(column)
        frame[name] = numbers
        any_approximate |= approximate
        any_given |= given
    frame[APPROXIMATE_EVENTS] = any_approximate.astype("int64")
    frame[WITHOUT_COUNTS] = (~any_given).astype("int64")
    keys = [schema.BORDER, schema.CATEGORY]
    table = frame.groupby(keys, sort=False).sum().reset_index()
    for name in (EVENTS, *schema.COUNT_COLUMNS, APPROXIMATE_EVENTS, WITHOUT_COUNTS):
        table[name] = table[name].astype("int64")
    return _sort_labels(table, keys)


def event_month(date_start: str, date_end: str) -> str:
    """The month (``YYYY-MM``) an event falls in, or the label saying why there is none.

    An event is put in a month only when its whole date range lies inside it; an
    event known only to a year or a range across months is never spread or guessed.
    """
    if not date_start or not date_end:
        return NO_DATE
    if date_start[:7] != date_end[:7]:
        return SEVERAL_MONTHS
    return date_start[:7]


def events_by_month(events: pd.DataFrame, *, categories: Sequence[str] = ()) -> pd.DataFrame:
    """Count events by month and category.

    Parameters
    ----------
    events : DataFrame
        Events with ``date_start`` and ``date_end``.
    categories : sequence of str, optional
        Category keys for the count columns, in order (the vocabulary's order); any
        other category present is added after them.

    Returns
    -------
    DataFrame
        Column ``month`` (``YYYY-MM``, or :data:`NO_DATE` / :data:`SEVERAL_MONTHS`
        for events that cannot be put in one month), one count column per category
        and ``total``.  Only months with events are listed: the table's size follows
        the events, not the span of their dates (a month missing between two others
        had none).
    """
    months = [
        event_month(str(s or ""), str(e or ""))
        for s, e in zip(events[schema.DATE_START], events[schema.DATE_END], strict=True)
    ]
    keys = pd.DataFrame({"month": pd.Series(months, dtype=object)})
    present = set(events[schema.CATEGORY].astype(str))
    wanted = [c for c in categories if c in present] if categories else []
    # Sparse: only months that hold events.  Filling every month between the first
    # and the last made one far-off date (9999-12 beside 2026) cost minutes.
    table = _crosstab(keys, events[schema.CATEGORY].astype(str), wanted)
    return _sort_labels(table, ["month"])


def events_by_area(events: pd.DataFrame) -> pd.DataFrame:
    """Count events by country and admin-1 region, with a column per status.

    Parameters
    ----------
    events : DataFrame
        Resolved events.

    Returns
    -------
    DataFrame
        Columns ``country_code``, ``admin1_code``, ``admin1``, one count column per
        status and ``total``.  Events on a border line have no single country
        (:data:`NO_COUNTRY`); events known only to a country or a border have no
        single region (:data:`NO_REGION`); unplaced events count as
        :data:`NOT_PLACED`.
    """
    placed = _placed(events)
    keys = pd.DataFrame(
        {
            schema.COUNTRY: _label(events[schema.COUNTRY], placed=placed, empty=NO_COUNTRY),
            schema.ADMIN1_CODE: _label(events[schema.ADMIN1_CODE], placed=placed, empty=NO_REGION),
            schema.ADMIN1: events[schema.ADMIN1].fillna("").astype(str).to_numpy(dtype=object),
        }
    )
    table = _crosstab(keys, events[schema.STATUS].astype(str), schema.STATUSES)
    return _sort_labels(table, [schema.COUNTRY, schema.ADMIN1_CODE])


def distance_band(km: float, *, bands: Sequence[float] = DISTANCE_BANDS_KM) -> str:
    """Name the band a distance to a border falls in: ``"0 km"``, ``"1–5 km"``, ``"> 100 km"``.

    A band includes its upper edge: 5.0 km is in ``"1–5 km"``.  ``"0 km"`` holds the
    events on the border itself (or areas touching it).
    """
    if km is None or not math.isfinite(km):
        return NO_DISTANCE
    for i, upper in enumerate(bands):
        if km <= upper:
            if i == 0:
                return f"{upper:g} km"
            return f"{bands[i - 1]:g}–{upper:g} km"
    return f"> {bands[-1]:g} km"


def border_distance(
    events: pd.DataFrame, *, bands: Sequence[float] = DISTANCE_BANDS_KM
) -> pd.DataFrame:
    """Distribution of distances to the nearest land border, by precision.

    The distance of a vague place is only as good as the place: a "near" event
    may lie :data:`~bordermap.geo.schema.NEAR_RADIUS_KM` further or closer, and an
    area's distance is that of its nearest edge.  The count columns are the
    precisions, so a reader sees how much of each band is exact.

    Parameters
    ----------
    events : DataFrame
        Resolved events with ``border_km`` and ``precision``.
    bands : sequence of float, optional
        Increasing upper edges of the bands, km; the first is usually 0.

    Returns
    -------
    DataFrame
        Column ``distance`` (band label, every band listed even when empty, then
        :data:`NO_DISTANCE` for events without one, unplaced included), one count
        column per precision present (in :data:`~bordermap.geo.schema.PRECISIONS`
        order, ``(not placed)`` last) and ``total``.
    """
    placed = _placed(events)
    km = pd.to_numeric(events[schema.BORDER_KM], errors="coerce").to_numpy(dtype=float)
    labels = [
        distance_band(k, bands=bands) if ok else NO_DISTANCE
        for k, ok in zip(km, placed, strict=True)
    ]
    precision = _label(events[schema.PRECISION], placed=placed, empty=NOT_PLACED)
    present = [p for p in schema.PRECISIONS if p in set(precision)]
    keys = pd.DataFrame({"distance": pd.Series(labels, dtype=object)})
    table = _crosstab(keys, precision, present).set_index("distance")
    names = [distance_band(b, bands=bands) for b in bands] + [f"> {bands[-1]:g} km"]
    if NO_DISTANCE in table.index:
        names.append(NO_DISTANCE)
    table = table.reindex(names, fill_value=0).astype("int64")
    table.index.name = "distance"
    return table.reset_index()


# --- writers ---------------------------------------------------------------------------


def table_to_csv(table: pd.DataFrame) -> str:
    """Serialise a table as CSV text (``\\n`` line ends, header first).

    Cells that a spreadsheet would run as a formula are neutralised
    (:func:`bordermap.geo.spreadsheet.csv_text`); counts stay numbers.
    """
    return csv_text(list(table.columns), table.itertuples(index=False, name=None))


def _markdown_cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A pipe would end the cell and a newline the row; backslashes escape Markdown.
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.split())


def table_to_markdown(table: pd.DataFrame) -> str:
    """Serialise a table as a GitHub-flavoured Markdown table; counts right-aligned."""
    columns = [str(c) for c in table.columns]
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in table.columns]
    lines = [
        "| " + " | ".join(_markdown_cell(c) for c in columns) + " |",
        "|" + "|".join("---:" if n else "---" for n in numeric) + "|",
    ]
    for record in table.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(_markdown_cell(v) for v in record) + " |")
    return "\n".join(lines) + "\n"
