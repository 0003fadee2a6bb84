"""The Arrow table GeoPandas writes as GeoParquet, with point geometries encoded directly.

``GeoDataFrame.to_parquet`` encodes each geometry column with ``shapely.to_wkb``: one
Python ``bytes`` per row, which Arrow then copies (~0.6 s a column at a million events).
A 2D point's ISO WKB is a fixed 21 bytes (byte order, type 1, x, y), so a column of
points is built here as one buffer from its coordinates; any other column (polygons,
missing or empty geometries, Z) goes through ``shapely.to_wkb`` as in GeoPandas.  The
rest is GeoPandas' own steps (attribute columns, field metadata, ``geo`` metadata), so
the file is byte-identical to ``to_parquet``'s; a test compares them.
"""

from __future__ import annotations

import json
import os
import sys

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely
from geopandas.io.arrow import _create_metadata, _encode_metadata, _validate_dataframe

#: One little-endian ISO WKB point: byte order 1, geometry type 1, x, y.
_POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])
#: Arrow's binary type has 32-bit offsets: a longer column goes the general way.
_MAX_BINARY_BYTES = 2**31 - 1


def wkb_array(values: np.ndarray) -> pa.Array:
    """ISO WKB of each geometry as an Arrow binary array, as GeoPandas makes it.

    Parameters
    ----------
    values : numpy.ndarray
        Shapely geometries (or ``None``), dtype object.

    Returns
    -------
    pyarrow.Array
        Binary, one value per geometry, null where the geometry is missing.
    """
    count = len(values)
    if (
        count
        and sys.byteorder == "little"  # shapely writes the machine's byte order
        and count * _POINT_WKB.itemsize <= _MAX_BINARY_BYTES
        and (shapely.get_type_id(values) == shapely.GeometryType.POINT).all()
        and not shapely.is_empty(values).any()
        and not shapely.has_z(values).any()
    ):
        coords = shapely.get_coordinates(values)
        rows = np.empty(count, dtype=_POINT_WKB)
        rows["order"] = 1
        rows["type"] = 1
        rows["x"] = coords[:, 0]
        rows["y"] = coords[:, 1]
        offsets = np.arange(0, (count + 1) * _POINT_WKB.itemsize, _POINT_WKB.itemsize, np.int32)
        return pa.BinaryArray.from_buffers(
            pa.binary(), count, [None, pa.py_buffer(offsets), pa.py_buffer(rows)]
        )
    return pa.array(np.asarray(shapely.to_wkb(values, flavor="iso")), pa.binary())


def _wkb_field(name: str, crs) -> pa.Field:
    """The field GeoPandas gives a WKB geometry column (geoarrow.wkb, its CRS as PROJJSON)."""
    metadata = {"ARROW:extension:name": "geoarrow.wkb"}
    metadata["ARROW:extension:metadata"] = (
        json.dumps({"crs": crs.to_json_dict()}) if crs is not None else "{}"
    )
    return pa.field(name, type=pa.binary(), nullable=True, metadata=metadata)


def geoparquet_table(frame: gpd.GeoDataFrame) -> pa.Table:
    """The table ``frame.to_parquet(index=False)`` writes (GeoParquet 1.0 metadata, WKB).

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Events with one or more geometry columns.

    Returns
    -------
    pyarrow.Table
        The attribute columns, each geometry column as WKB, and the ``geo`` metadata.
    """
    _validate_dataframe(frame)
    mask = frame.dtypes == "geometry"
    columns = frame.columns[mask]
    attributes = pd.DataFrame(frame.copy(deep=False))
    # Geometry columns become null columns first, as in GeoPandas, then are set.
    for name in columns:
        attributes[name] = None
    table = pa.Table.from_pandas(attributes, preserve_index=False)
    for i, name in zip(np.flatnonzero(np.asarray(mask)), columns, strict=True):
        series = frame[name]
        values = np.asarray(series.array)
        table = table.set_column(int(i), _wkb_field(name, series.crs), wkb_array(values))
    geo = _create_metadata(
        frame,
        schema_version=None,
        geometry_encoding=dict.fromkeys(columns, "WKB"),
        write_covering_bbox=False,
    )
    metadata = table.schema.metadata
    metadata.update({b"geo": _encode_metadata(geo)})
    if frame.attrs:
        metadata |= {"PANDAS_ATTRS": json.dumps(frame.attrs)}
    return table.replace_schema_metadata(metadata)


def write_geoparquet(frame: gpd.GeoDataFrame, where: str | os.PathLike[str] | object) -> None:
    """Write :func:`geoparquet_table` with zstd to a path or a binary file object."""
    write_geoparquet_table(geoparquet_table(frame), where)


def write_geoparquet_table(table: pa.Table, where: str | os.PathLike[str] | object) -> None:
    """Write a :func:`geoparquet_table` (zstd) to a path or a binary file object."""
    pq.write_table(table, where, compression="zstd")
