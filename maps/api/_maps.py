"""Maps in Python: a ``folium.Map`` to show in a notebook, extend and save."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import folium
import pandas as pd

from bordermap._events import resolve
from bordermap._frames import internal_frame, is_resolved
from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.loading import EventSource
from bordermap.layers.compactevents import DEFAULT_COMPACT_THRESHOLD
from bordermap.maps.building import compose_events_map
from bordermap.maps.composition import ComposedMap
from bordermap.maps.document import MapDocument, write_html


def map_of(composed: ComposedMap) -> folium.Map:
    """The ``folium.Map`` of a composed map; its page is the bordermap document."""
    return composed.document._children["map"]


def make_map(
    events: EventSource | Sequence[EventSource],
    *,
    title: str = "Events",
    self_contained: bool = True,
    tiles: Sequence[str] = (),
    compact_threshold: int = DEFAULT_COMPACT_THRESHOLD,
) -> folium.Map:
    """Draw events on a map, as ``bordermap map`` does, and return the ``folium.Map``.

    In Jupyter the map shows inline (it is the last value of a cell, or
    ``display(m)``).  Add your own folium layers and plugins to it
    (``folium.plugins.MeasureControl().add_to(m)``), then :func:`save_map` it.

    Parameters
    ----------
    events : GeoDataFrame, DataFrame, path-like, or a sequence of them
        What :func:`resolve` returned (also filtered, or read back from a file it was
        written to), or anything :func:`resolve` takes.  Not modified.
    title : str, optional
        Shown on the map and as the page title; text, never HTML.
    self_contained : bool, optional
        Inline Leaflet and every script and style (default): the saved page opens
        with no network.  ``False`` links them from their CDNs instead, which a
        plugin bordermap has no offline copy of needs.
    tiles : sequence of str, optional
        xyzservices names of online tile basemaps offered beside the offline one.
    compact_threshold : int, optional
        Above this many point-like events they are drawn in compact mode.

    Returns
    -------
    folium.Map
        Its page (``m.get_root()``) renders reproducibly: the same events give the
        same bytes.

    Raises
    ------
    EventFileError
        If ``events`` is read here and has problems.
    BorderMapError
        When the page is rendered (shown or saved), if it is self-contained and an
        element added to the map needs a script bordermap has no offline copy of.
    """
    if isinstance(events, pd.DataFrame) and is_resolved(events):
        frame = internal_frame(events)
    else:
        frame = internal_frame(resolve(events))
    composed = compose_events_map(
        frame,
        title=title,
        self_contained=self_contained,
        tiles=tiles,
        compact_threshold=compact_threshold,
    )
    return map_of(composed)


def save_map(
    m: folium.Map,
    path: str | os.PathLike[str],
    *,
    self_contained: bool | None = None,
) -> Path:
    """Write a map from :func:`make_map` or :func:`build` as one HTML file.

    The file is written beside its target and renamed over it, so it holds the old
    page or the new one, never half of one.  ``m.save(path)`` writes the same page.

    Parameters
    ----------
    m : folium.Map
        A map bordermap made, with any layers and plugins you added.
    path : path-like
        The HTML file; its folder is created when missing.
    self_contained : bool, optional
        Overrides the map's own choice for this file (``False`` to link scripts
        from their CDNs, for a plugin bordermap has no offline copy of).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    BorderMapError
        If ``m`` is not a bordermap map, or a self-contained page would need a
        script bordermap has no offline copy of (the message names it).
    OutputError
        If ``path`` is a folder or cannot be written.
    """
    page = m.get_root() if isinstance(m, folium.Map) else None
    if not isinstance(page, MapDocument):
        raise BorderMapError(
            "save_map takes a map from bordermap.make_map or bordermap.build; "
            "save other folium maps with their own save()"
        )
    target = check_output_path(path, option="path")
    chosen = page.self_contained
    if self_contained is not None:
        page.self_contained = self_contained
    try:
        html = page.render()
    finally:
        page.self_contained = chosen
    return write_html(html, target)
