"""GeoParquet with point columns encoded directly: the bytes ``to_parquet`` writes."""

from __future__ import annotations

import io

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import shapely

from bordermap.geo.events.geoparquet import wkb_array, write_geoparquet

POINTS = [shapely.Point(27.45, 55.791), shapely.Point(-0.0, 1e-300), shapely.Point(180, -90)]


def _reference(frame: gpd.GeoDataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd")
    return buffer.getvalue()


def _ours(frame: gpd.GeoDataFrame) -> bytes:
    buffer = io.BytesIO()
    write_geoparquet(frame, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "values",
    [
        POINTS,
        [*POINTS, None],  # a missing geometry
        [*POINTS, shapely.Point()],  # an empty point
        [*POINTS, shapely.Point(1, 2, 3)],  # Z
        [*POINTS, shapely.box(0, 0, 1, 1)],  # an extent that is not a point
        [shapely.LineString([(0, 0), (1, 1)])],
    ],
)
def test_wkb_is_what_shapely_writes(values) -> None:
    array = np.array(values, dtype=object)
    expected = [None if b is None else bytes(b) for b in shapely.to_wkb(array, flavor="iso")]
    got = wkb_array(array)
    assert got.type == pa.binary()
    assert got.to_pylist() == expected


def test_file_is_byte_identical_to_to_parquet() -> None:
    count = 1000
    rng = np.random.default_rng(7)
    points = shapely.points(rng.uniform(-180, 180, count), rng.uniform(-90, 90, count))
    extents = points.copy()
    extents[::7] = shapely.box(0, 0, 1, 1)
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"E{i}" for i in range(count)],
            "n": np.arange(count),
            "x": rng.normal(size=count),
            "text": pd.array([None if i % 5 else "é" for i in range(count)], dtype="string"),
            "geometry": points,
            "extent": gpd.GeoSeries(extents, crs="EPSG:4326"),
        },
        geometry="geometry",
        crs="EPSG:4326",
    )
    assert _ours(frame) == _reference(frame)
    # Without a CRS, with attrs, with a missing point (the general WKB path).
    bare = frame.set_crs(None, allow_override=True)
    bare.attrs["note"] = "kept"
    assert _ours(bare) == _reference(bare)
    frame.loc[3, "geometry"] = None
    assert _ours(frame) == _reference(frame)
    assert _ours(frame.iloc[:0]) == _reference(frame.iloc[:0])
