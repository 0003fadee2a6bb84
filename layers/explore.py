"""Controls to explore a map: filters, search, a list of events in view, full screen,
a date histogram with a brushable range and play / step, and the state in the URL.

One filter model serves every event layer, normal and compact (see
``templates/explore.js``): the page side keeps ``window.bordermap.model`` (date range,
chosen facet values, search text) and answers ``window.bordermap.shows(entry)``.
The choices come from :mod:`bordermap.layers.facets`; the dates and their histogram
from :mod:`bordermap.layers.timefilter`.  Every value reaches the page as escaped
JSON and every text from the data is set with ``textContent``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import geopandas as gpd
from branca.element import MacroElement
from folium.template import Template

from bordermap.layers.control import HTML, POSITIONS
from bordermap.layers.legend import LEGEND_COLLAPSE_BELOW_PX
from bordermap.layers.scriptjson import to_script_json
from bordermap.layers.timefilter import time_range

SCRIPT = Path(__file__).parent / "templates" / "explore.js"
_TIME_BOX = HTML.get_template("timefilter.html")

#: Milliseconds between two steps of "Play".
PLAY_INTERVAL_MS = 900


@cache
def script_text() -> str:
    """Return the JavaScript of the explore controls, safe inside ``<script>``."""
    return SCRIPT.read_text(encoding="utf-8").replace("</", "<\\/")


class ExploreControls(MacroElement):
    """Search, filters, list, full screen, the date range and the URL state of a map.

    Parameters
    ----------
    events : GeoDataFrame
        The events drawn on the map (their dates make the histogram).
    choices : dict
        Filter name → values with labels and counts
        (:func:`bordermap.layers.facets.facet_choices`).
    bounds : list of [[south, west], [north, east]], optional
        The view the map opens at, fitted again if the map is resized before the
        reader moves it.
    time_filter : bool, optional
        Whether to show the date range (only when some event is dated).
    position : str, optional
        Leaflet corner of the date range.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this.script_text }}
            bordermapExplore({{ this._parent.get_name() }}, {{ this.options_json }},
                {{ this.html_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        events: gpd.GeoDataFrame,
        *,
        choices: dict[str, list[dict]],
        bounds: list[list[float]] | None = None,
        time_filter: bool = True,
        position: str = "bottomleft",
    ) -> None:
        super().__init__()
        self._name = "ExploreControls"
        if position not in POSITIONS:
            raise ValueError(f"position must be one of {POSITIONS}, got {position!r}")
        dates = time_range(events)
        self.time = dates if time_filter and dates.has_dates else None
        time = None
        html = ""
        if self.time is not None:
            time = {
                "first": dates.first,
                "last": dates.last,
                "days": dates.days,
                "barDays": dates.bar_days,
                "certain": dates.certain,
                "vague": dates.vague,
            }
            html = _TIME_BOX.render(
                first=dates.first,
                last=dates.last,
                days=dates.days,
                undated=dates.undated,
                bar_days=dates.bar_days,
            )
        self.script_text = script_text()
        self.html_json = to_script_json(html)
        self.options_json = to_script_json(
            {
                "bounds": bounds,
                "choices": choices,
                "foldBelowPx": LEGEND_COLLAPSE_BELOW_PX,
                "playMs": PLAY_INTERVAL_MS,
                "position": position,
                "time": time,
            }
        )
