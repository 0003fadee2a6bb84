"""``bordermap resolve --engine dask DIR -o DIR``: the in-memory join's values, as a dataset."""

from __future__ import annotations

import subprocess
import sys

import geopandas as gpd
import numpy as np
import shapely

from bordermap.geo.borders.dask_engine import equal_results
from bordermap.geo.borders.join import join_borders
from bordermap.geo.schema import BORDER, CRS


def bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _dataset(root, *, parts: int = 3, rows: int = 200):
    """Points along the Latvia–Belarus border; one event per file has no geometry."""
    root.mkdir()
    rng = np.random.default_rng(3)
    for part in range(parts):
        lon = rng.uniform(26.5, 28.5, rows)
        lat = rng.uniform(55.4, 56.2, rows)
        points = np.asarray(shapely.points(lon, lat), dtype=object)
        points[0] = None
        frame = gpd.GeoDataFrame(
            {"id": [f"p{part}-{i}" for i in range(rows)]},
            geometry=gpd.GeoSeries(points, crs=CRS),
            crs=CRS,
        )
        frame.to_parquet(root / f"part.{part}.parquet", index=False)
    return root


def test_dask_engine_writes_the_joined_dataset(tmp_path):
    source = _dataset(tmp_path / "events.parquet")
    output = tmp_path / "joined"
    result = bordermap("resolve", "--engine", "dask", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "600 events joined in 3 partitions" in result.stderr
    assert "3 of 600 events have no geometry" in result.stderr
    written = gpd.read_parquet(output)
    assert equal_results(join_borders(gpd.read_parquet(source)), written, key="id") == []
    assert "BY-LV" in set(written[BORDER])


def test_dask_engine_takes_one_dataset(tmp_path):
    source = _dataset(tmp_path / "events.parquet", parts=1, rows=5)
    output = tmp_path / "joined"
    result = bordermap("resolve", "--engine", "dask", str(source), str(source), "-o", str(output))
    assert result.returncode == 2
    assert "--engine dask takes one GeoParquet file or directory (got 2)" in result.stderr
    assert not output.exists()


def test_dask_engine_checks_cluster_options_before_work(tmp_path):
    source = _dataset(tmp_path / "events.parquet", parts=1, rows=5)
    output = tmp_path / "joined"
    args = ("resolve", "--engine", "dask", str(source), "-o", str(output))
    both = bordermap(*args, "--workers", "2", "--scheduler", "tcp://127.0.0.1:9")
    assert both.returncode == 2
    assert "give --workers or --scheduler, not both" in both.stderr
    none = bordermap(*args, "--workers", "0")
    assert none.returncode == 2
    assert "--workers must be at least 1 (got 0)" in none.stderr
    assert not output.exists()
