"""Compact rendering of many events: canvas points from columns, extents drawn once.

Above a threshold of point-like events a map switches from one Leaflet element per
event (:class:`bordermap.layers.events.EventLayer`) to this layer: the columns of
:func:`bordermap.layers.compactdata.compact_events` travel gzip-compressed in the
page, and ``templates/compact_events.js`` unpacks them, draws points and circles of
uncertainty on one canvas, draws each shared extent once with its number of events,
builds popups with DOM text nodes and follows the time filter.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from functools import cache
from pathlib import Path

import geopandas as gpd
from folium.map import Layer
from folium.template import Template

from bordermap.geo.events.categories import Category
from bordermap.layers.compactdata import TEXT_FIELDS, compact_events
from bordermap.layers.events import COLOUR_BY
from bordermap.layers.scriptjson import to_script_json

#: Point-like events above which a map draws its events in compact mode.
DEFAULT_COMPACT_THRESHOLD = 5_000

SCRIPT = Path(__file__).parent / "templates" / "compact_events.js"


@cache
def script_text() -> str:
    """Return the JavaScript of compact rendering, safe inside a ``<script>`` element."""
    return SCRIPT.read_text(encoding="utf-8").replace("</", "<\\/")


def packed(data: dict) -> str:
    """Return ``data`` as base64 of gzip-compressed, key-sorted JSON.

    No timestamp goes into the gzip header, so the same data gives the same text.
    Base64 holds only letters, digits, ``+``, ``/`` and ``=``: nothing in it can
    close a script element.
    """
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), allow_nan=False)
    # Level 3: on the 13 MB of 100,000 events, 0.13 s and 2.69 MB against level 6's
    # 0.50 s and 2.52 MB; the page stays near 41 bytes an event.
    raw = gzip.compress(text.encode("utf-8"), compresslevel=3, mtime=0)
    return base64.b64encode(raw).decode("ascii")


class CompactEventLayer(Layer):
    """All events of a map on one canvas, for maps with many events.

    Registers ``window.bordermap.compact`` (counts of what was drawn, the filter the
    time slider calls) so the page, the time filter and tests can reach it.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events.
    categories : dict of str to Category
        The category vocabulary.
    colour_by : {"category", "status"}, optional
        What colour means.
    name : str, optional
        Name in the layer control.
    attribution : str, optional
        Credit shown in the attribution line.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.featureGroup(
                [], {attribution: {{ this.attribution_json }}});
            {{ this.script_text }}
            bordermapCompact({{ this.get_name() }}, {{ this._parent.get_name() }},
                {{ this.packed_json }}, {{ this.options_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        events: gpd.GeoDataFrame,
        *,
        categories: dict[str, Category],
        colour_by: str = "category",
        name: str = "Events",
        attribution: str = "",
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "CompactEventLayer"
        if colour_by not in COLOUR_BY:
            raise ValueError(f"colour_by must be one of {COLOUR_BY}, got {colour_by!r}")
        compact = compact_events(events, categories=categories, colour_by=colour_by)
        self.unplaced = compact.unplaced
        self.placed_count = compact.placed
        self.point_like = compact.point_like
        self.colour_by = colour_by
        self.facets = compact.data["facets"]
        self.facet_codes = compact.data["facet"]
        self.script_text = script_text()
        self.packed_json = to_script_json(packed(compact.data))
        self.options_json = to_script_json({"fields": list(TEXT_FIELDS), "pageSize": 50})
        self.attribution_json = to_script_json(html.escape(attribution))
