"""Columns that encode the same for every feature of a chunk join as fixed text."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from bordermap.geo import schema
from bordermap.geo.events import writers
from bordermap.geo.events.writers import _encode_column, events_to_geojson
from tests.geo.events.test_writers import reference_geojson


def test_a_column_of_one_value_encodes_as_one_text() -> None:
    assert _encode_column(np.array(["same", "same"], dtype=object)) == '"same"'
    assert _encode_column(np.array([None, float("nan")], dtype=object)) == "null"
    assert _encode_column(np.array([-0.0, -0.0])) == "-0.0"
    assert _encode_column(np.array([float("nan")] * 3)) == "null"
    # Two texts, or a text and a missing value, stay a column.
    assert not isinstance(_encode_column(np.array(["a", None], dtype=object)), str)
    assert not isinstance(_encode_column(np.array([0.0, -0.0])), str)


@pytest.mark.parametrize(("chunk", "block"), [(1, 1), (2, 5), (3, 3), (2, 100), (10_000, 1)])
def test_features_with_fixed_and_varying_columns_are_the_reference_bytes(
    chunk, block, monkeypatch
) -> None:
    # Columns are encoded a block of chunks at a time: blocks of one chunk, of two,
    # of all the rows.
    monkeypatch.setattr(writers, "GEOJSON_CHUNK", chunk)
    monkeypatch.setattr(writers, "ENCODE_BLOCK", block)
    count = 7
    frame = gpd.GeoDataFrame(
        {
            schema.ID: ["e1", "e1", "e2", "e3", "e3", "e3", "e4"],  # constant in some chunks
            "empty": [""] * count,
            "none": [None] * count,
            "half": ["x", "x", "x", "y", None, None, None],
            "zero": [0.0, 0.0, -0.0, -0.0, 0.0, float("nan"), float("nan")],
            "km": [1.5] * count,
            "line": np.arange(count, dtype="int64"),
            "flag": np.array([True] * count),
            schema.EXTENT: gpd.GeoSeries([None] * count),
        },
        geometry=[shapely.Point(1, 2)] * 3 + [None] * 2 + [shapely.Point(3, 4)] * 2,
        crs=schema.CRS,
    )
    assert events_to_geojson(frame) == reference_geojson(frame)
    only_fixed = frame[["empty", "none", "km", "geometry"]]
    assert events_to_geojson(only_fixed) == reference_geojson(only_fixed)
