"""Timeline chart: events per month, stacked by category, and vague dates as ranges.

Events whose whole date range lies in one month are stacked bars.  Events known only
to a longer range ("2021", "December 2025 to mid-January 2026") are drawn as a line
from their first to their last possible month, under the bars, in their category's
colour: they are neither dropped nor put in a guessed month.  Undated events cannot
be drawn and are counted in a note under the chart (the monthly counts come from
:func:`bordermap.layers.tables.events_by_month`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bordermap.geo import schema
from bordermap.geo.events.categories import Category, load_categories
from bordermap.layers import tables
from bordermap.layers.imagefile import figure_style, new_figure
from bordermap.layers.styles import FALLBACK_COLOUR

#: Default size of the chart, inches.
TIMELINE_SIZE_IN: tuple[float, float] = (8.0, 3.6)
#: Month labels shown at most; with more months every n-th is labelled.
MAX_MONTH_LABELS = 24
#: Rows of range lines at most; more ranges share the last row.
MAX_RANGE_ROWS = 8


def _month(text: str) -> pd.Period:
    return pd.Period(text[:7], freq="M")


def month_ranges(events: pd.DataFrame) -> list[tuple[pd.Period, pd.Period, str]]:
    """Return ``(first month, last month, category)`` of each event dated to a range
    longer than one month, by first month then last."""
    ranges = []
    for start, end, category in zip(
        events[schema.DATE_START].fillna(""),
        events[schema.DATE_END].fillna(""),
        events[schema.CATEGORY].fillna(""),
        strict=True,
    ):
        if start and (end or start)[:7] != start[:7]:
            ranges.append((_month(start), _month(end or start), str(category)))
    return sorted(ranges, key=lambda r: (r[0], r[1], r[2]))


def _rows(ranges: list[tuple[int, int]]) -> list[int]:
    """Give each (first, last) interval the lowest row where it overlaps no other."""
    ends: list[int] = []
    rows = []
    for first, last in ranges:
        for row, end in enumerate(ends):
            if end < first:
                ends[row] = last
                rows.append(row)
                break
        else:
            if len(ends) < MAX_RANGE_ROWS:
                ends.append(last)
                rows.append(len(ends) - 1)
            else:
                ends[-1] = max(ends[-1], last)
                rows.append(len(ends) - 1)
    return rows


def draw_timeline(
    events: pd.DataFrame,
    *,
    title: str = "Events per month",
    categories: dict[str, Category] | None = None,
    size_in: tuple[float, float] = TIMELINE_SIZE_IN,
) -> Figure:
    """Draw events per month, one stacked bar per month, coloured by category.

    Parameters
    ----------
    events : DataFrame
        Events with ``date_start``, ``date_end`` and ``category``.
    title : str, optional
        Chart title.
    categories : dict of str to Category, optional
        Category vocabulary (the packaged one by default).
    size_in : (float, float), optional
        Width and height in inches.

    Returns
    -------
    Figure
        On the Agg canvas; write it with :func:`bordermap.layers.imagefile.figure_bytes`.
    """
    categories = categories or load_categories()
    table = tables.events_by_month(events, categories=list(categories))
    single = table[~table["month"].str.startswith("(")]
    ranges = month_ranges(events)
    months = [_month(m) for m in single["month"]] + [m for r in ranges for m in r[:2]]
    axis = list(pd.period_range(min(months), max(months), freq="M")) if months else []
    index = {month: i for i, month in enumerate(axis)}
    keys = [c for c in table.columns if c not in ("month", tables.TOTAL) and single[c].sum() > 0]
    range_keys = [c for c in categories if any(r[2] == c for r in ranges)]
    range_keys += sorted({r[2] for r in ranges} - set(range_keys))

    with figure_style():
        figure = new_figure(size_in=size_in)
        if ranges:
            ax = figure.add_axes((0.08, 0.47, 0.56, 0.41))
            lanes = figure.add_axes((0.08, 0.3, 0.56, 0.14), sharex=ax)
        else:
            ax = figure.add_axes((0.08, 0.3, 0.56, 0.58))
            lanes = None
        figure.text(0.08, 0.94, title, fontsize=11, fontweight="bold", va="center")
        positions = np.arange(len(axis))
        bottom = np.zeros(len(axis))
        bar_months = [index[_month(m)] for m in single["month"]]
        for key in keys:
            counts = np.zeros(len(axis))
            counts[bar_months] = single[key].to_numpy(dtype=float)
            category = categories.get(key)
            ax.bar(
                positions,
                counts,
                bottom=bottom,
                width=0.8,
                color=category.colour if category else FALLBACK_COLOUR,
                edgecolor="#ffffff",
                linewidth=0.5,
                label=category.label if category else key,
            )
            bottom += counts
        labelled = lanes if lanes is not None else ax
        step = max(1, int(np.ceil(len(axis) / MAX_MONTH_LABELS)))
        labelled.set_xticks(positions[::step])
        labelled.set_xticklabels(
            [str(m) for m in axis][::step], rotation=60, ha="right", fontsize=7.5
        )
        if lanes is not None:
            ax.tick_params(axis="x", labelbottom=False)
            spans = [(index[first], index[last]) for first, last, _ in ranges]
            rows = _rows(spans)
            seen: set[str] = set()
            for (first, last), row, (_, _, key) in zip(spans, rows, ranges, strict=True):
                category = categories.get(key)
                label = category.label if category else key
                lanes.plot(
                    [first - 0.4, last + 0.4],
                    [row, row],
                    color=category.colour if category else FALLBACK_COLOUR,
                    linewidth=3.2,
                    solid_capstyle="butt",
                    label=None if key in seen or key in keys else label,
                )
                seen.add(key)
            lanes.set_ylim(max(rows) + 0.7, -0.7)
            lanes.set_yticks([])
            lanes.set_ylabel("ranges", fontsize=7.5)
            lanes.spines[["top", "right", "left"]].set_visible(False)
        # A few months would give bars as wide as the chart: keep room for six.
        pad = max(0.0, (6 - len(axis)) / 2)
        ax.set_xlim(-0.5 - pad, len(axis) - 0.5 + pad)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("events")
        ax.spines[["top", "right"]].set_visible(False)
        if len(axis) == 0:
            ax.set_xticks([])
            ax.text(
                0.5,
                0.5,
                "No event is dated",
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#555555",
            )
        handles, labels = ax.get_legend_handles_labels()
        if lanes is not None:
            more_handles, more_labels = lanes.get_legend_handles_labels()
            handles, labels = handles[::-1] + more_handles, labels[::-1] + more_labels
        else:
            handles, labels = handles[::-1], labels[::-1]
        if handles:
            ax.legend(
                handles,
                labels,
                loc="upper left",
                bbox_to_anchor=(1.02, 1.0),
                frameon=False,
                fontsize=8,
            )
        notes = []
        if ranges:
            notes.append(
                f"Bars: {int(single[tables.TOTAL].sum())} event(s) dated to one month. "
                f"Lines: {len(ranges)} event(s) known only to a longer range, "
                "from its first to its last possible month."
            )
        undated = int(sum(1 for s in events[schema.DATE_START].fillna("") if not s))
        if undated:
            notes.append(
                f"Not drawn: {undated} of {len(events)} event(s) without a date (not disclosed)."
            )
        if notes:
            figure.text(0.08, 0.03, "\n".join(notes), fontsize=7.5, color="#444444", va="bottom")
    return figure
