"""Timeline chart: events per month, stacked by category.

Only events whose whole date range lies in one month are drawn; undated events and
events spanning several months are counted in a note under the chart, never spread
over months or put in a guessed one (the counts come from
:func:`bordermap.geo.tables.events_by_month`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bordermap.geo import tables
from bordermap.geo.categories import Category, load_categories
from bordermap.layers.imagefile import figure_style, new_figure
from bordermap.layers.styles import FALLBACK_COLOUR

#: Default size of the chart, inches.
TIMELINE_SIZE_IN: tuple[float, float] = (8.0, 3.6)
#: Month labels shown at most; with more months every n-th is labelled.
MAX_MONTH_LABELS = 24


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
    dated = table[~table["month"].str.startswith("(")]
    undated = table[table["month"].str.startswith("(")]
    # Only categories with a bar get a legend entry.
    keys = [c for c in table.columns if c not in ("month", tables.TOTAL) and dated[c].sum() > 0]

    with figure_style():
        figure = new_figure(size_in=size_in)
        ax = figure.add_axes((0.08, 0.3, 0.56, 0.58))
        figure.text(0.08, 0.94, title, fontsize=11, fontweight="bold", va="center")
        positions = np.arange(len(dated))
        bottom = np.zeros(len(dated))
        for key in keys:
            counts = dated[key].to_numpy(dtype=float)
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
        step = max(1, int(np.ceil(len(dated) / MAX_MONTH_LABELS)))
        ax.set_xticks(positions[::step])
        ax.set_xticklabels(list(dated["month"])[::step], rotation=60, ha="right", fontsize=7.5)
        # A few months would give bars as wide as the chart: keep room for six.
        pad = max(0.0, (6 - len(dated)) / 2)
        ax.set_xlim(-0.5 - pad, len(dated) - 0.5 + pad)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("events")
        ax.spines[["top", "right"]].set_visible(False)
        if len(dated) == 0:
            ax.set_xticks([])
            ax.text(
                0.5,
                0.5,
                "No event is dated to a single month",
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#555555",
            )
        handles, labels = ax.get_legend_handles_labels()
        if handles:
            ax.legend(
                handles[::-1],
                labels[::-1],
                loc="upper left",
                bbox_to_anchor=(1.02, 1.0),
                frameon=False,
                fontsize=8,
            )
        left_out = int(undated[tables.TOTAL].sum()) if len(undated) else 0
        if left_out:
            parts = [
                f"{int(n)} {label.strip('()')}"
                for label, n in zip(undated["month"], undated[tables.TOTAL], strict=True)
            ]
            figure.text(
                0.08,
                0.03,
                f"Not drawn: {left_out} of {len(events)} event(s) not dated to one month "
                f"({'; '.join(parts)}).",
                fontsize=7.5,
                color="#444444",
            )
    return figure
