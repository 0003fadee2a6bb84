"""The dask engine gives the in-memory join's rows and values, on a real LocalCluster."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from dask.distributed import Client, LocalCluster

from bordermap.geo.borders import boundaries
from bordermap.geo.borders.dask_engine import (
    DISTANCE_TOLERANCE_KM,
    equal_results,
    join_dataset,
    join_partitions,
)
from bordermap.geo.borders.join import join_borders
from bordermap.geo.errors import BorderMapError
from bordermap.geo.schema import BORDER, BORDER_KM, COUNTRY, CRS

PARTS = 4
PER_PART = 750


def _events(count: int, seed: int) -> gpd.GeoDataFrame:
    """Points scattered around the Belarus borders, some offshore, some missing."""
    rng = np.random.default_rng(seed)
    vertices = np.concatenate(
        [shapely.get_coordinates(boundaries.border_line(p)) for p in ("BY-LV", "BY-PL", "LT-RU")]
    )
    coords = vertices[rng.integers(0, len(vertices), count)] + rng.normal(
        scale=0.3, size=(count, 2)
    )
    points = np.asarray(shapely.points(coords), dtype=object)
    points[::97] = None  # unresolved places travel along without a geometry
    points[5] = shapely.Point(19.0, 55.5)  # Baltic Sea, far from any coast
    return gpd.GeoDataFrame(
        {"id": [f"e{seed}-{i:05d}" for i in range(count)], "title": "t"},
        geometry=gpd.GeoSeries(points, crs=CRS),
        crs=CRS,
    )


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    """A GeoParquet dataset of four files, each from its own seed."""
    root = tmp_path_factory.mktemp("dataset") / "events.parquet"
    root.mkdir()
    for part in range(PARTS):
        _events(PER_PART, part).to_parquet(root / f"part.{part}.parquet", index=False)
    return root


@pytest.fixture(scope="module")
def client():
    # Threads in one process start in milliseconds; the scheduler, workers and task
    # serialisation are the same code as on a multi-machine cluster.
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_join_equals_in_memory_join(dataset, client, tmp_path):
    output = tmp_path / "joined"
    summary = join_dataset(dataset, output=output)
    in_memory = join_borders(gpd.read_parquet(dataset))
    written = gpd.read_parquet(output)
    assert equal_results(in_memory, written, key="id") == []
    assert summary.events == len(in_memory) == PARTS * PER_PART
    assert summary.partitions == PARTS == len(list(output.glob("*.parquet")))
    assert summary.without_geometry == int(in_memory.geometry.isna().sum()) > 0
    assert summary.without_country == int(
        (in_memory.geometry.notna() & (in_memory[COUNTRY] == "")).sum()
    )
    assert summary.without_country >= 1  # the Baltic Sea point
    assert set(written[BORDER]) >= {"BY-LV", "BY-PL", "LT-RU"}


def test_rows_without_geometry_are_kept_with_empty_results(dataset, client, tmp_path):
    join_dataset(dataset, output=tmp_path / "joined")
    written = gpd.read_parquet(tmp_path / "joined")
    missing = written[written.geometry.isna()]
    assert len(missing) == PARTS * len(range(0, PER_PART, 97))
    assert (missing[COUNTRY] == "").all() and (missing[BORDER] == "").all()
    assert missing[BORDER_KM].isna().all()


def test_existing_output_is_replaced_whole(dataset, client, tmp_path):
    output = tmp_path / "joined"
    output.mkdir()
    (output / "stale.parquet").write_bytes(b"left from an older run")
    join_dataset(dataset, output=output)
    assert "stale.parquet" not in {p.name for p in output.iterdir()}
    assert [p.name for p in tmp_path.iterdir()] == ["joined"]  # no staging left behind


def test_join_partitions_is_lazy_and_keeps_inputs(dataset, client):
    import dask_geopandas

    events = dask_geopandas.read_parquet(dataset)
    before = list(events.columns)
    joined = join_partitions(events)
    assert list(events.columns) == before
    assert list(joined.columns) == [*before, COUNTRY, "admin1", "admin1_code", BORDER, BORDER_KM]
    first = joined.partitions[0].compute()
    assert len(first) == PER_PART


def test_a_file_as_output_is_refused(dataset, tmp_path):
    target = tmp_path / "joined.parquet"
    target.write_bytes(b"not a directory")
    with pytest.raises(BorderMapError, match=r"joined\.parquet: exists and is not a directory"):
        join_dataset(dataset, output=target)
    assert target.read_bytes() == b"not a directory"


def test_a_missing_source_is_named(tmp_path):
    with pytest.raises(BorderMapError, match=r"nowhere\.parquet: no such GeoParquet"):
        join_dataset(tmp_path / "nowhere.parquet", output=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_source_that_is_not_parquet_is_named(tmp_path):
    source = tmp_path / "events.parquet"
    source.mkdir()
    (source / "part.0.parquet").write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(BorderMapError, match=r"events\.parquet: cannot read as GeoParquet"):
        join_dataset(source, output=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_equal_results_reports_each_kind_of_difference():
    left = join_borders(_events(200, 9))
    right = left.copy()
    right.loc[3, COUNTRY] = "XX"
    right.loc[4, BORDER_KM] = right.loc[4, BORDER_KM] + 10 * DISTANCE_TOLERANCE_KM
    right.loc[6, BORDER_KM] = right.loc[6, BORDER_KM] + DISTANCE_TOLERANCE_KM / 10
    problems = equal_results(left, right, key="id")
    assert problems == [
        f"{COUNTRY} differs for ['e9-00003']",
        f"{BORDER_KM} differs for ['e9-00004']",
    ]
    assert equal_results(left, right.iloc[1:], key="id") == ["different rows: 200 vs 199"]
