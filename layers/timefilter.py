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
    pairs = []
    undated = 0
    for start, end in zip(
        events[schema.DATE_START].fillna(""), events[schema.DATE_END].fillna(""), strict=True
    ):
        if not start:
            undated += 1
            continue
        pairs.append((dt.date.fromisoformat(start), dt.date.fromisoformat(end or start)))
    if not pairs:
        return TimeRange("", "", 0, undated, 1, [], [])
    first = min(start for start, _ in pairs)
    last = max(end for _, end in pairs)
    days = (last - first).days
    bar_days = max(1, math.ceil((days + 1) / max_bars))
    bars = days // bar_days + 1
    certain, vague = [0] * bars, [0] * bars
    for start, end in pairs:
        low = (start - first).days // bar_days
        high = (end - first).days // bar_days
        if low == high:
            certain[low] += 1
        else:
            for bar in range(low, high + 1):
                vague[bar] += 1
    return TimeRange(first.isoformat(), last.isoformat(), days, undated, bar_days, certain, vague)
