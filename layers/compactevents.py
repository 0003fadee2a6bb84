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
import threading
from functools import cache
from pathlib import Path

import geopandas as gpd
import numpy as np
from folium.map import Layer
from folium.template import Template

from bordermap.geo.events.categories import Category
from bordermap.layers.compact_threshold import DEFAULT_COMPACT_THRESHOLD  # noqa: F401 (its name here)
from bordermap.layers.compactdata import TEXT_FIELDS, compact_events
from bordermap.layers.events import COLOUR_BY
from bordermap.layers.scriptjson import to_script_json

SCRIPT = Path(__file__).parent / "templates" / "compact_events.js"


@cache
def script_text() -> str:
    """Return the JavaScript of compact rendering, safe inside a ``<script>`` element."""
    return SCRIPT.read_text(encoding="utf-8").replace("</", "<\\/")


#: Integer types of the columns that travel as bytes, narrowest first: ``u``/``i``
#: (unsigned, signed) and the width in bytes.
COLUMN_TYPES: tuple[str, ...] = ("u1", "i1", "u2", "i2", "i4")


def packed(data: dict) -> dict:
    """Return ``data`` packed for the page: JSON text and integer columns, gzip and base64.

    The integer columns (NumPy arrays, at the top of ``data`` or one level down, as
    ``text``'s) travel as bytes after the key-sorted JSON of the rest: each column in
    the narrowest of :data:`COLUMN_TYPES` that holds its values, its bytes by plane
    (every value's lowest byte, then every value's next byte...), which compresses
    better than the values side by side and far better than JSON numbers.  No
    timestamp goes into the gzip header, so the same data gives the same text.
    Base64 holds only letters, digits, ``+``, ``/`` and ``=``: nothing in it can close
    a script element.

    Parameters
    ----------
    data : dict
        The data of :func:`bordermap.layers.compactdata.compact_events`.

    Returns
    -------
    dict
        ``gzip`` (base64 of the compressed bytes), ``textBytes`` (length of the JSON
        text at their start) and ``columns`` (``[key, field or None, type]`` for each
        column, in the order of their bytes, each ``count`` values long).
    """
    return Packing(data).result()


class Packing:
    """:func:`packed` of ``data`` in two steps: the JSON text and the byte planes when
    made, their compression when :meth:`start` is called (on a thread of its own) or
    :meth:`result` is, whichever comes first.

    zlib releases the GIL while it compresses (about 0.06 s of CPU for 100,000
    events): a map composed while its second process finishes the checks starts it
    where that process is done, and the compression runs on the core it frees while
    this thread composes the rest of the page.  The bytes are those of one call.
    """

    def __init__(self, data: dict) -> None:
        rest: dict = {}
        columns: list[list] = []
        planes: list[bytes] = []
        for key in sorted(data):
            value = data[key]
            if isinstance(value, np.ndarray):
                columns.append([key, None, _add_column(planes, value)])
            elif (
                isinstance(value, dict)
                and value
                and all(isinstance(v, np.ndarray) for v in value.values())
            ):
                for field in sorted(value):
                    columns.append([key, field, _add_column(planes, value[field])])
            else:
                rest[key] = value
        text = json.dumps(rest, sort_keys=True, separators=(",", ":"), allow_nan=False)
        self._text_bytes = len(text)  # ASCII: one byte a character
        self._columns = columns
        self._raw: bytes | None = text.encode("ascii") + b"".join(planes)
        self._compressed: bytes | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Compress on a thread of its own from now (once; nothing if already done)."""
        if self._thread is not None or self._compressed is not None:
            return
        thread = threading.Thread(target=self._compress, name="compact-gzip", daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no thread to be had: compressed when the result is asked
            return
        self._thread = thread

    def result(self) -> dict:
        """The value :func:`packed` returns, once compressed (waited for if started)."""
        if self._thread is not None:
            self._thread.join()
        if self._compressed is None:  # not started, or failed there: its error is raised here
            self._compress()
        assert self._compressed is not None
        return {
            "gzip": base64.b64encode(self._compressed).decode("ascii"),
            "textBytes": self._text_bytes,
            "columns": self._columns,
        }

    def _compress(self) -> None:
        raw = self._raw
        if raw is None:
            return
        # Level 1: on 100,000 events the text and the byte planes compress in 0.06 s to
        # 2.3 MB, against 0.08 s and 2.2 MB at level 3.
        self._compressed = gzip.compress(raw, compresslevel=1, mtime=0)
        self._raw = None  # 10 MB for 100,000 events, not kept once compressed


def _add_column(planes: list[bytes], values: np.ndarray) -> str:
    """Append the byte planes of ``values`` to ``planes``; return the column's type."""
    low, high = (int(values.min()), int(values.max())) if len(values) else (0, 0)
    for kind in COLUMN_TYPES:
        limits = np.iinfo(kind)
        if limits.min <= low and high <= limits.max:
            break
    else:
        raise ValueError(f"a compact column holds {low}..{high}, beyond 32 bits")
    width = int(kind[1])
    as_bytes = values.astype("<" + kind).view(np.uint8).reshape(len(values), width)
    planes.append(as_bytes.T.tobytes())
    return kind


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
        self._packing = Packing(compact.data)
        self._packed_json: str | None = None
        self.options_json = to_script_json({"fields": list(TEXT_FIELDS), "pageSize": 50})
        self.attribution_json = to_script_json(html.escape(attribution))

    def pack_meanwhile(self) -> None:
        """Compress the page's data on a thread of its own from now (see :class:`Packing`)."""
        self._packing.start()

    @property
    def packed_json(self) -> str:
        """The packed data (:func:`packed`) as script JSON, compressed when first read."""
        if self._packed_json is None:
            self._packed_json = to_script_json(self._packing.result())
        return self._packed_json
