"""Join throughput: synthetic events around the EU–Belarus borders.

Prints a table of events per second for growing event counts.  Run with
``.venv/bin/python bench/bench_join.py [--sizes 1000 10000 100000]``.  The events are
drawn with a fixed seed, so repeated runs measure the same work.
"""

from __future__ import annotations

import argparse
import time

import geopandas as gpd
import numpy as np
import shapely

from bordermap.geo.borders import boundaries
from bordermap.geo.borders.join import join_borders
from bordermap.geo.schema import BORDER, COUNTRY, CRS

SEED = 20240924
#: Borders the synthetic events cluster around.
BORDERS = ("BY-LV", "BY-LT", "BY-PL", "BY-UA", "LT-RU", "PL-RU", "BY-RU", "LV-RU")
#: Events lie up to this far from a border vertex (degrees; ~30-60 km).
SPREAD_DEG = 0.5


def synthetic_events(count: int, *, seed: int = SEED) -> gpd.GeoDataFrame:
    """``count`` points scattered around vertices of the focus borders."""
    rng = np.random.default_rng(seed)
    vertices = np.concatenate(
        [shapely.get_coordinates(boundaries.border_line(pair)) for pair in BORDERS]
    )
    picks = vertices[rng.integers(0, len(vertices), count)]
    offsets = rng.normal(scale=SPREAD_DEG / 2, size=(count, 2))
    points = shapely.points(picks + offsets)
    return gpd.GeoDataFrame({"id": np.arange(count)}, geometry=points, crs=CRS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    start = time.perf_counter()
    join_borders(synthetic_events(10))  # loads boundaries and regions once
    print(f"first call (loads boundary data): {time.perf_counter() - start:.2f} s\n")
    # CPU seconds too: on a shared machine the wall clock also counts other work.
    print(
        f"{'events':>10}  {'seconds':>8}  {'cpu s':>6}  {'events/s':>10}  "
        f"{'no country':>10}  {'borders':>7}"
    )
    for size in args.sizes:
        events = synthetic_events(size)
        start, cpu = time.perf_counter(), time.process_time()
        joined = join_borders(events)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{size:>10,}  {elapsed:>8.2f}  {cpu:>6.2f}  {size / elapsed:>10,.0f}  "
            f"{(joined[COUNTRY] == '').sum():>10,}  {joined[BORDER].nunique():>7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
