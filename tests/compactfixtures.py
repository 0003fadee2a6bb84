"""Thousands of resolved events built in code, for compact-mode tests.

Points sit on a grid (no two share a place) so each one can be found and clicked;
a few "near", region and border events and two unresolved ones come with them.
"""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from tests import mapfixtures as fx

GRID_COLUMNS = 50
#: The event a test clicks: its own place, title and source.
TARGET = Point(28.6, 55.2)
TARGET_TITLE = "Fence damaged near the target post"
#: A script payload as a title, at a place of its own.
XSS_PLACE = Point(28.6, 56.9)


def grid_point(i: int) -> Point:
    """Return the place of the i-th grid event (0.06° × 0.04° apart)."""
    return Point(25.0 + (i % GRID_COLUMNS) * 0.06, 55.0 + (i // GRID_COLUMNS) * 0.04)


def grid_day(i: int) -> str:
    """Return the date of the i-th grid event: odd ones dated in January 2026."""
    return f"2026-01-{1 + i % 28:02d}" if i % 2 else ""


def compact_events(points: int = 2000, near: int = 40, areas: int = 30) -> gpd.GeoDataFrame:
    """Return ``points`` grid points plus a target and a payload point, ``near`` circles,
    ``areas`` events on the Vitebsk region and on the BY-LV border each, and two
    unresolved events."""
    rows = []
    for i in range(points):
        day = grid_day(i)
        rows.append(
            fx.event(
                id=f"p{i}",
                title=f"Grid event {i}",
                status=("confirmed", "alleged", "disputed", "denied")[i % 4],
                date=day,
                date_start=day,
                date_end=day,
                date_precision="day" if day else "unknown",
                geometry=grid_point(i),
                extent=grid_point(i),
            )
        )
    rows.append(
        fx.event(
            id="target",
            title=TARGET_TITLE,
            date="2026-01-05",
            date_start="2026-01-05",
            date_end="2026-01-05",
            date_precision="day",
            source_name="Target News",
            source_url="https://example.org/target",
            geometry=TARGET,
            extent=TARGET,
        )
    )
    rows.append(
        fx.event(
            id="xss",
            title=fx.XSS_TITLE,
            description="<script>window.__pwned = true</script>",
            source_url="javascript:alert(1) | https://example.net/b",
            source_name="Bad Link | Good Link",
            source_date="2026-03-02 | 2026-03-03",
            geometry=XSS_PLACE,
            extent=XSS_PLACE,
        )
    )
    for i in range(near):
        rows.append(
            fx.event(
                id=f"n{i}",
                title=f"Near event {i}",
                precision="near",
                uncertainty_km=25.0,
                status="disputed",
                geometry=grid_point(i * 7),
                extent=grid_point(i * 7),
            )
        )
    for i in range(areas):
        rows.append(
            fx.event(
                id=f"r{i}",
                title=f"Region event {i}",
                precision="region",
                status="alleged",
                geometry=fx.VITEBSK.representative_point(),
                extent=fx.VITEBSK,
            )
        )
        rows.append(
            fx.event(
                id=f"b{i}",
                title=f"Border event {i}",
                precision="border",
                status="alleged",
                geometry=fx.BORDER_BY_LV.interpolate(0.5, normalized=True),
                extent=fx.BORDER_BY_LV,
            )
        )
    for i in range(2):
        rows.append(
            fx.event(
                id=f"u{i}",
                title=f"Nowhere {i}",
                place="Xyzzy",
                resolve_status="unresolved",
                precision="",
                geometry=None,
                extent=None,
            )
        )
    return fx.events_frame(rows)
