"""Arrows from where a movement came from (``origin``) to where it was seen (``place``).

A drone from Belarus over a Latvian town, a group pushed back from one village to
another: :func:`movement_layer` draws a line from the origin's resolved point to the
event's point with an arrowhead at the event end.  Both ends are only as exact as
their places (an origin "Belarus" is the country's representative point), which
the tooltip says by naming both places as written.  Text is escaped, never HTML.
"""

from __future__ import annotations

import html
import math

import folium
import geopandas as gpd
import numpy as np

from bordermap.geo import schema

#: Most arrows drawn on one map; beyond it the lines would hide the events.
MAX_ARROWS = 2000
#: Arrowhead size as a share of the arrow's length, and its half-angle in degrees.
HEAD_SHARE = 0.12
HEAD_ANGLE = 25.0
ARROW_COLOUR = "#333333"


def _head(start: tuple[float, float], end: tuple[float, float]) -> list[tuple[float, float]]:
    """The two back corners of an arrowhead at ``end`` ((lat, lon) pairs).

    Worked in a plane scaled by the cosine of the latitude, so the head is not
    squashed at high latitudes.
    """
    scale = math.cos(math.radians(end[0])) or 1e-6
    dx, dy = (end[1] - start[1]) * scale, end[0] - start[0]
    length = math.hypot(dx, dy)
    size = length * HEAD_SHARE
    angle = math.atan2(dy, dx)
    corners = []
    for turn in (HEAD_ANGLE, -HEAD_ANGLE):
        back = angle + math.pi + math.radians(turn)
        corners.append((end[0] + size * math.sin(back), end[1] + size * math.cos(back) / scale))
    return corners


def _tooltip_text(text: str) -> str:
    """Escape text for a folium tooltip, which sits inside a JavaScript template literal.

    HTML escaping alone leaves a backtick or ``${`` free to end the literal or run an
    expression; they become character references too.
    """
    escaped = html.escape(text)
    return escaped.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def movement_layer(events: gpd.GeoDataFrame) -> folium.FeatureGroup | None:
    """Return a layer of origin → place arrows, or None when no event has both ends.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events with ``origin_lat``/``origin_lon`` (from
        :func:`bordermap.geo.resolve.resolve_events`) and a point geometry.

    Returns
    -------
    folium.FeatureGroup or None
        Named "Movements"; at most :data:`MAX_ARROWS` arrows, in event order.
    """
    if schema.ORIGIN_LAT not in events or not len(events):
        return None
    lat = events[schema.ORIGIN_LAT].to_numpy(dtype=float)
    lon = events[schema.ORIGIN_LON].to_numpy(dtype=float)
    placed = (events[schema.RESOLVE_STATUS] == "resolved").to_numpy() & events.geometry.notna()
    rows = np.flatnonzero(np.isfinite(lat) & np.isfinite(lon) & np.asarray(placed))[:MAX_ARROWS]
    if not len(rows):
        return None
    group = folium.FeatureGroup(name="Movements (origin → place)")
    origins = events[schema.ORIGIN].tolist()
    places = events[schema.PLACE].tolist()
    geometries = events.geometry.tolist()
    for i in rows:
        start = (float(lat[i]), float(lon[i]))
        end = (geometries[i].y, geometries[i].x)
        if start == end:
            continue
        tip = _tooltip_text(f"from “{origins[i]}” to “{places[i] or 'the event'}”")
        folium.PolyLine(
            [start, end], color=ARROW_COLOUR, weight=2, opacity=0.8, dash_array="6 4", tooltip=tip
        ).add_to(group)
        left, right = _head(start, end)
        folium.Polygon(
            [left, end, right], color=ARROW_COLOUR, weight=1, fill=True, fill_opacity=0.8
        ).add_to(group)
    return group


def add_movements(fmap: folium.Map, events: gpd.GeoDataFrame) -> None:
    """Add :func:`movement_layer` to ``fmap`` when there is anything to draw."""
    layer = movement_layer(events)
    if layer is not None:
        fmap.add_child(layer, name="movements")
