"""How long composing and rendering a map takes, and how big it gets, as events grow.

Run: ``.venv/bin/python bench/bench_map.py [N ...]`` (default 100 1000 10000).  Events
are synthetic (points, near circles, Vitebsk-region and BY-LV-border extents in a fixed
mix, half of them dated) on the real boundaries; loading the boundaries is not timed.
"""

from __future__ import annotations

import sys
import time

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import Point

from bordermap.geo import schema
from bordermap.geo.borders import boundaries
from bordermap.maps.composition import MapData, MapOptions, compose_map

WINDOW = (18.0, 50.0, 36.0, 62.0)


def event(**values: object) -> dict:
    """Return one resolved-event row with every column."""
    row: dict[str, object] = {column: "" for column in schema.EVENT_COLUMNS}
    row.update(
        {
            schema.DATE_START: "",
            schema.DATE_END: "",
            schema.DATE_PRECISION: "unknown",
            schema.RESOLVE_STATUS: "resolved",
            schema.CATEGORY: "crossing_attempt",
            schema.STATUS: "alleged",
            schema.SOURCE_NAME: "Bench News",
            schema.SOURCE_URL: "https://example.org/bench",
            schema.BORDER: "BY-LV",
            schema.BORDER_KM: 3.0,
        }
    )
    row.update(values)
    return row


def synthetic_events(count: int, *, region, border, seed: int = 1) -> gpd.GeoDataFrame:
    """Return ``count`` resolved events with a fixed mix of precisions."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(count):
        lon, lat = rng.uniform(25.0, 29.0), rng.uniform(55.0, 57.0)
        point = Point(lon, lat)
        kind = i % 10
        values = {"id": f"b{i}", "title": f"Synthetic event {i}", "geometry": point}
        if kind < 6:
            values.update(precision="settlement", extent=point)
        elif kind < 8:
            values.update(precision="near", uncertainty_km=25.0, extent=point)
        elif kind == 8:
            values.update(precision="region", extent=region)
        else:
            values.update(precision="border", extent=border)
        if i % 2:
            day = f"2026-01-{1 + i % 28:02d}"
            values.update(date=day, date_start=day, date_end=day, date_precision="day")
        rows.append(event(**values))
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=schema.CRS)
    frame[schema.EXTENT] = gpd.GeoSeries(frame[schema.EXTENT], crs=schema.CRS)
    return frame


def main(counts: list[int]) -> None:
    """Print one line per event count."""
    countries = boundaries.countries()
    countries = countries[countries.intersects(shapely.box(*WINDOW))].copy()
    countries["geometry"] = shapely.clip_by_rect(countries.geometry.values, *WINDOW)
    lines = boundaries.border_lines(["BY-LV"])
    regions = boundaries.regions(["BY"])
    region = regions[regions["code"] == "BY-VI"].geometry.values[0]
    data = MapData(countries, lines, boundaries.border_zones(lines, (5, 15)), regions)
    options = MapOptions(title="bench", bounds=[[54.0, 24.0], [58.0, 30.0]])
    print(f"{'events':>8} {'compose s':>10} {'render s':>9} {'HTML MB':>8}")
    for count in counts:
        events = synthetic_events(count, region=region, border=lines.geometry.values[0])
        start = time.perf_counter()
        composed = compose_map(events, data=data, options=options)
        composed_at = time.perf_counter()
        page = composed.render()
        rendered_at = time.perf_counter()
        print(
            f"{count:>8} {composed_at - start:>10.2f} {rendered_at - composed_at:>9.2f} "
            f"{len(page.encode('utf-8')) / 1e6:>8.2f}"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
