"""Small resolved-event and boundary tables built in code for layer and map tests.

Shapes are simple boxes and lines near the real Latvia–Belarus border, so the
numbers are easy to check by hand.
"""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import LineString, Point, box

from bordermap.geo import schema

XSS_TITLE = "<img src=x onerror=alert(1)>"

LV = box(21.0, 55.7, 28.2, 58.1)
BY = box(23.2, 51.3, 32.8, 55.7)
LT = box(21.0, 53.9, 23.2, 55.7)
BORDER_BY_LV = LineString([(26.6, 55.7), (27.4, 55.7), (28.2, 55.7)])
VITEBSK = box(26.5, 54.2, 31.0, 55.7)


def event(**values: object) -> dict:
    """Return one resolved event row with every column, defaults filled in."""
    row: dict[str, object] = {column: "" for column in schema.EVENT_COLUMNS}
    row.update(
        {
            schema.LAT: float("nan"),
            schema.LON: float("nan"),
            schema.DATE_START: "",
            schema.DATE_END: "",
            schema.DATE_PRECISION: "unknown",
            schema.SOURCE_FILE: "events.csv",
            schema.SOURCE_LINE: 2,
            schema.RESOLVE_STATUS: "resolved",
            schema.RESOLVED_NAME: "",
            schema.RESOLVE_SOURCE: "gazetteer",
            schema.PRECISION: "settlement",
            schema.COUNTRY: "LV",
            schema.ADMIN1: "",
            schema.ADMIN1_CODE: "",
            schema.BORDER: "BY-LV",
            schema.BORDER_KM: 0.0,
            schema.UNCERTAINTY_KM: 0.0,
            schema.CATEGORY: "crossing_attempt",
            schema.STATUS: "confirmed",
            schema.SOURCE_NAME: "Example News",
            schema.SOURCE_URL: "https://example.org/story",
            schema.SOURCE_DATE: "2026-01-17",
            "geometry": Point(26.53, 55.87),
            schema.EXTENT: Point(26.53, 55.87),
        }
    )
    row.update(values)
    return row


def events_frame(rows: list[dict]) -> gpd.GeoDataFrame:
    """Return a resolved-events GeoDataFrame; ``geometry`` and ``extent`` come from the rows."""
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=schema.CRS)
    frame[schema.EXTENT] = gpd.GeoSeries(frame[schema.EXTENT], crs=schema.CRS)
    return frame


def sample_events() -> gpd.GeoDataFrame:
    """Seven events: three points, one near, one region, one border, one unresolved."""
    daugavpils = Point(26.53, 55.87)
    rezekne = Point(27.33, 56.51)
    kraslava = Point(27.17, 55.90)
    rows = [
        event(
            id="e1",
            title="Group of 12 people stopped near the fence",
            place="Daugavpils",
            resolved_name="Daugavpils",
            date="2026-01-05",
            date_start="2026-01-05",
            date_end="2026-01-05",
            date_precision="day",
            geometry=daugavpils,
            extent=daugavpils,
            border_km=24.0,
        ),
        event(
            id="e2",
            title=XSS_TITLE,
            description="<script>window.__pwned = true</script>",
            place="Rēzekne",
            resolved_name="Rēzekne",
            status="alleged",
            claimed_by="Ministry A",
            denied_by="Ministry B",
            category="pushback",
            date="2026-03",
            date_start="2026-03-01",
            date_end="2026-03-31",
            date_precision="month",
            source_url="javascript:alert(1) | https://example.net/b",
            source_name="Bad Link | Good Link",
            source_date="2026-03-02 | 2026-03-03",
            geometry=rezekne,
            extent=rezekne,
        ),
        event(
            id="e3",
            title="Detention at Krāslava",
            place="Krāslava",
            resolved_name="Krāslava",
            category="detention",
            status="denied",
            denied_by="Border Guard",
            geometry=kraslava,
            extent=kraslava,
        ),
        event(
            id="e4",
            title="Crossing near Krāslava",
            place="near Krāslava",
            precision="near",
            uncertainty_km=25.0,
            status="disputed",
            date="2026-01-01/2026-01-14",
            date_start="2026-01-01",
            date_end="2026-01-14",
            date_precision="range",
            geometry=kraslava,
            extent=kraslava,
        ),
        event(
            id="e5",
            title="Brigade based in the Vitebsk region",
            place="Vitebsk region",
            resolved_name="Vitebsk Oblast",
            precision="region",
            category="military_security",
            country="BY",
            country_code="BY",
            admin1="Vitebsk",
            admin1_code="BY-VI",
            status="alleged",
            geometry=VITEBSK.representative_point(),
            extent=VITEBSK,
        ),
        event(
            id="e6",
            title="Migrants moved to the border in military vehicles",
            place="Latvia–Belarus border",
            resolved_name="Belarus–Latvia border",
            precision="border",
            category="military_security",
            status="alleged",
            geometry=BORDER_BY_LV.interpolate(0.5, normalized=True),
            extent=BORDER_BY_LV,
        ),
        event(
            id="e7",
            title="Somewhere called Xyzzy",
            place="Xyzzy",
            resolve_status="unresolved",
            precision="",
            country_code="",
            border="",
            border_km=float("nan"),
            geometry=None,
            extent=None,
        ),
    ]
    return events_frame(rows)


def countries() -> gpd.GeoDataFrame:
    """Return three box-shaped 'countries'."""
    return gpd.GeoDataFrame(
        {
            "iso_a2": ["BY", "LT", "LV"],
            "iso_a3": ["BLR", "LTU", "LVA"],
            "name": ["Belarus", "Lithuania", "Latvia"],
        },
        geometry=[BY, LT, LV],
        crs=schema.CRS,
    )


def border_lines() -> gpd.GeoDataFrame:
    """Return the BY-LV line."""
    return gpd.GeoDataFrame(
        {"border": ["BY-LV"], "a": ["BY"], "b": ["LV"], "length_km": [100.0]},
        geometry=[BORDER_BY_LV],
        crs=schema.CRS,
    )


def border_zones() -> gpd.GeoDataFrame:
    """Return 5 and 15 km bands on the Latvian side (rough boxes)."""
    return gpd.GeoDataFrame(
        {"border": ["BY-LV", "BY-LV"], "distance_km": [5.0, 15.0], "side": ["LV", "LV"]},
        geometry=[box(26.6, 55.7, 28.2, 55.745), box(26.6, 55.7, 28.2, 55.835)],
        crs=schema.CRS,
    )


def regions() -> gpd.GeoDataFrame:
    """Return the box 'Vitebsk' region."""
    return gpd.GeoDataFrame(
        {"iso_a2": ["BY"], "code": ["BY-VI"], "name": ["Vitebsk"]},
        geometry=[VITEBSK],
        crs=schema.CRS,
    )
