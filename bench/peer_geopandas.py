"""The peer: what a competent geopandas user writes for ``bordermap resolve``.

Run: ``python bench/peer_geopandas.py EVENTS.csv BOUNDARIES_DIR OUT.parquet``.  CSV in
(pyarrow engine), points from lat/lon, ``sjoin`` for country and admin-1 region,
``sjoin_nearest`` in EPSG:3035 for the nearest border line and its distance, GeoParquet
out.  No checking of the events, no place names: it needs lat/lon on every row.  Prints
one JSON line with the seconds of each step (the bare join is ``join_seconds``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    import geopandas as gpd
    import pandas as pd

    events_path, boundaries, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    imported = time.perf_counter()
    frame = pd.read_csv(events_path, engine="pyarrow", dtype_backend="pyarrow")
    events = gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326"
    )
    countries = gpd.read_parquet(boundaries / "countries.parquet")[["iso_a2", "geometry"]]
    regions = gpd.read_parquet(boundaries / "regions.parquet")[["code", "name", "geometry"]]
    lines = gpd.read_parquet(boundaries / "border_lines.parquet")[["border", "geometry"]]
    read = time.perf_counter()
    points = events[["geometry"]]
    country = gpd.sjoin(points, countries, how="left", predicate="within")
    country = country[~country.index.duplicated()]
    region = gpd.sjoin(points, regions, how="left", predicate="within")
    region = region[~region.index.duplicated()]
    nearest = gpd.sjoin_nearest(
        points.to_crs(3035), lines.to_crs(3035), how="left", distance_col="border_m"
    )
    nearest = nearest[~nearest.index.duplicated()]
    events["country_code"] = country["iso_a2"]
    events["admin1_code"] = region["code"]
    events["admin1"] = region["name"]
    events["border"] = nearest["border"]
    events["border_km"] = nearest["border_m"] / 1000.0
    joined = time.perf_counter()
    events.to_parquet(out, index=False, compression="zstd")
    written = time.perf_counter()
    print(
        json.dumps(
            {
                "events": len(events),
                "import_seconds": imported - started,
                "read_seconds": read - imported,
                "join_seconds": joined - read,
                "write_seconds": written - joined,
                "seconds": written - started,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
