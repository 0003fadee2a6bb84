"""The time part of the explore controls: the range of dates and its histogram.

An event is shown while its possible dates (``start``..``end``) overlap the chosen
range.  Undated events stay visible whatever the range, and the control says how
many there are, so nothing disappears for lack of a date.  The histogram above the
range counts, per bar, the events that certainly fall in it (dated to within the
bar) and, drawn lighter on top, those whose vague dates only overlap it, so a
"January 2026" event is a range, not a guessed day.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from bordermap.geo import schema

#: At most this many bars: about 4 px each in the 260 px wide control.
MAX_BARS = 60


@dataclass(frozen=True)
class TimeRange:
    """The dates of a map's events, for the range control.

    Attributes
    ----------
    first, last : str
        First possible day of the earliest event and last of the latest (ISO), ""
        when no event is dated.
    days : int
        Days from ``first`` to ``last``.
    undated : int
        Events without a date (always shown).
    bar_days : int
        Days per histogram bar.
    certain, vague : list of int
        Per bar: events dated within the bar, and events whose range only overlaps it.
    """

    first: str
    last: str
    days: int
    undated: int
    bar_days: int
    certain: list[int]
    vague: list[int]

    @property
    def has_dates(self) -> bool:
        """Whether any event is dated (otherwise there is no range to choose)."""
        return bool(self.first)


def time_range(events: gpd.GeoDataFrame, *, max_bars: int = MAX_BARS) -> TimeRange:
    """Return the date range and histogram of ``events``.

    Parameters
    ----------
    events : GeoDataFrame
        Events with ``date_start`` / ``date_end`` (ISO dates or empty).
    max_bars : int, optional
        Upper bound on the number of histogram bars.

    Returns
    -------
    TimeRange
    """
    starts = events[schema.DATE_START].fillna("").to_numpy(dtype=object)
    ends = events[schema.DATE_END].fillna("").to_numpy(dtype=object)
    dated = starts != ""
    undated = int(len(starts) - dated.sum())
    if not dated.any():
        return TimeRange("", "", 0, undated, 1, [], [])
    starts, ends = starts[dated], ends[dated]
    ends = np.where(ends == "", starts, ends)
    # Thousands of events share a day: each distinct text is parsed once.
    codes, texts = pd.factorize(np.concatenate([starts, ends]))
    day = np.array([dt.date.fromisoformat(text).toordinal() for text in texts], dtype=np.int64)
    start_day, end_day = day[codes[: len(starts)]], day[codes[len(starts) :]]
    first = dt.date.fromordinal(int(start_day.min()))
    last = dt.date.fromordinal(int(end_day.max()))
    days = (last - first).days
    bar_days = max(1, math.ceil((days + 1) / max_bars))
    bars = days // bar_days + 1
    low = (start_day - first.toordinal()) // bar_days
    high = (end_day - first.toordinal()) // bar_days
    same = low == high
    certain = np.bincount(low[same], minlength=bars)
    # A range over several bars counts once in each: +1 where it starts, -1 past its end.
    spread = high > low
    change = np.zeros(bars + 1, dtype=np.int64)
    np.add.at(change, low[spread], 1)
    np.add.at(change, high[spread] + 1, -1)
    vague = np.cumsum(change[:-1])
    certain, vague = certain.tolist(), vague.tolist()
    return TimeRange(first.isoformat(), last.isoformat(), days, undated, bar_days, certain, vague)
