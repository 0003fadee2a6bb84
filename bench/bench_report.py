"""Report throughput: tables, figure, timeline, export and the whole report folder.

Synthetic events with explicit coordinates around the EU–Belarus borders (a fixed
seed, so runs measure the same work), a tenth of them "near" a place (drawn as 25 km
circles).  Run with ``.venv/bin/python bench/bench_report.py [--sizes 100 1000 10000]``.
Prints wall and CPU seconds per step.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from bordermap.geo import attribution, schema
from bordermap.geo.borders import boundaries
from bordermap.geo.events.loading import LOADED_COLUMNS
from bordermap.geo.resolve import resolve_events
from bordermap.layers import tables
from bordermap.layers.figure import draw_map_figure
from bordermap.layers.imagefile import figure_bytes
from bordermap.layers.timeline import draw_timeline
from bordermap.maps.export import export_layers, layer_frames
from bordermap.maps.layerset import RecipeLayers, basemap_countries
from bordermap.maps.recipe import Recipe
from bordermap.maps.report import build_report

SEED = 20261124
BBOX = (20.0, 50.5, 33.0, 58.2)
PAIRS = ["BY-LT", "BY-LV", "BY-PL"]
CATEGORIES = ["crossing_attempt", "pushback", "detention", "military_security"]


def synthetic_events(count: int) -> pd.DataFrame:
    """Loaded-event rows with coordinates near the three EU–Belarus borders."""
    rng = np.random.default_rng(SEED)
    vertices = np.concatenate([shapely.get_coordinates(boundaries.border_line(p)) for p in PAIRS])
    picks = vertices[rng.integers(0, len(vertices), count)] + rng.normal(0, 0.2, (count, 2))
    days = rng.integers(0, 730, count)
    dates = (pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d")
    frame = pd.DataFrame({c: [""] * count for c in LOADED_COLUMNS})
    frame[schema.ID] = [f"e{i}" for i in range(count)]
    frame[schema.TITLE] = [f"Event {i}" for i in range(count)]
    frame[schema.DATE] = frame[schema.DATE_START] = frame[schema.DATE_END] = list(dates)
    frame[schema.DATE_PRECISION] = "day"
    frame[schema.CATEGORY] = rng.choice(CATEGORIES, count)
    frame[schema.STATUS] = rng.choice(list(schema.STATUSES), count)
    frame[schema.PLACE] = "synthetic"
    frame[schema.LON] = picks[:, 0]
    frame[schema.LAT] = picks[:, 1]
    frame[schema.GEO_PRECISION] = np.where(rng.random(count) < 0.1, "near", "exact")
    frame[schema.SOURCE_NAME] = [f"Outlet {i % 50}" for i in range(count)]
    frame[schema.SOURCE_URL] = [f"https://example.org/{i % 50}" for i in range(count)]
    frame[schema.SOURCE_FILE] = "synthetic.csv"
    frame[schema.SOURCE_LINE] = np.arange(2, count + 2)
    return frame


def _timed(label: str, func):
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"  {label:<28} {wall:7.2f} s wall {cpu:7.2f} s cpu")
    return result


def run(size: int, lines, zones) -> None:
    """Time every step for ``size`` events."""
    print(f"{size} events")
    events = _timed("resolve (explicit + join)", lambda: resolve_events(synthetic_events(size)))
    events = events.events
    layers = RecipeLayers(
        recipe=Recipe(path=Path("bench.toml"), title=f"Benchmark, {size} events"),
        events=events,
        review=pd.DataFrame(),
        countries=basemap_countries(BBOX),
        border_lines=lines,
        border_zones=zones,
        regions=None,
        bbox=BBOX,
        attribution=(attribution.NATURAL_EARTH, attribution.GEONAMES),
    )
    _timed(
        "tables (4)",
        lambda: [
            tables.events_by_border(events),
            tables.events_by_month(events),
            tables.events_by_area(events),
            tables.border_distance(events),
        ],
    )
    figure = _timed(
        "figure: draw",
        lambda: draw_map_figure(
            events,
            countries=layers.countries,
            bbox=BBOX,
            title="bench",
            border_lines=lines,
            border_zones=zones,
        ),
    )
    _timed("figure: PNG 300 dpi", lambda: figure_bytes(figure, format="png", dpi=300))
    _timed("figure: PDF", lambda: figure_bytes(figure, format="pdf"))
    _timed("timeline: draw + PNG", lambda: figure_bytes(draw_timeline(events), format="png"))
    frames = layer_frames(layers)
    with tempfile.TemporaryDirectory() as folder:
        _timed("export gpkg", lambda: export_layers(frames, folder=folder, stem="b"))
        _timed(
            "export parquet",
            lambda: export_layers(frames, folder=folder, stem="b", formats=["parquet"]),
        )
    _timed("whole report (map incl.)", lambda: build_report(layers))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    args = parser.parse_args()
    lines = boundaries.border_lines(PAIRS)
    zones = boundaries.border_zones(lines, [15])
    for size in args.sizes:
        run(size, lines, zones)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
