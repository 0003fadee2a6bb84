"""The border join over a partitioned GeoParquet dataset, with dask-geopandas.

For event sets that outgrow one process's memory or patience: every partition goes
through the same :func:`bordermap.geo.borders.join.join_borders` as the in-memory path, on
dask's local threads or on whatever ``dask.distributed`` client is active, and the
joined partitions are written as a new GeoParquet dataset.  Needs the optional extra
``bordermap[scale]`` (dask-geopandas, distributed, pyarrow).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd

from bordermap.geo.borders.join import join_borders
from bordermap.geo.errors import BorderMapError
from bordermap.geo.schema import ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM, COUNTRY

if TYPE_CHECKING:
    import dask_geopandas

_SCALE_HINT = "install the optional extra with `pip install 'bordermap[scale]'`"
#: Columns the join adds, with the dtype every partition gets (so dask's metadata and
#: the written schema agree whatever a partition holds).
JOIN_COLUMNS: dict[str, str] = {
    COUNTRY: "str",
    ADMIN1: "str",
    ADMIN1_CODE: "str",
    BORDER: "str",
    BORDER_KM: "float64",
}
#: Distances of one event joined in different partitions agree to this (km; 10 cm).
DISTANCE_TOLERANCE_KM = 1e-4


@dataclass(frozen=True)
class DatasetSummary:
    """What :func:`join_dataset` wrote.

    Attributes
    ----------
    events : int
        Rows written (every input row).
    partitions : int
        Partitions (files) written.
    without_geometry : int
        Rows that had no geometry, kept with empty join columns.
    without_country : int
        Rows with a geometry that lies in no country (nor within the offshore margin).
    """

    events: int
    partitions: int
    without_geometry: int
    without_country: int


def _dask_geopandas():
    try:
        import dask_geopandas
    except ImportError as err:
        raise BorderMapError(f"the dask engine needs dask-geopandas; {_SCALE_HINT}") from err
    return dask_geopandas


def _join_partition(part: gpd.GeoDataFrame, borders: gpd.GeoDataFrame | None) -> gpd.GeoDataFrame:
    joined = join_borders(part, borders=borders)
    # An empty or all-missing partition would otherwise come back with other dtypes.
    for column, dtype in JOIN_COLUMNS.items():
        joined[column] = joined[column].astype(dtype)
    return joined


def join_partitions(
    events: dask_geopandas.GeoDataFrame, *, borders: gpd.GeoDataFrame | None = None
) -> dask_geopandas.GeoDataFrame:
    """Lazily add country, admin-1 region and nearest border to every partition.

    Parameters
    ----------
    events : dask_geopandas.GeoDataFrame
        Events with a point geometry (other geometries are reduced to a point on their
        surface, missing ones give empty results), in EPSG:4326.  Not modified.
    borders : GeoDataFrame, optional
        Candidate borders, as for :func:`bordermap.geo.borders.join.join_borders`.

    Returns
    -------
    dask_geopandas.GeoDataFrame
        ``events`` with the columns of :data:`JOIN_COLUMNS` added, partition by
        partition; nothing is computed until asked.
    """
    meta = _join_partition(events._meta, borders)
    return events.map_partitions(_join_partition, borders, meta=meta)


def join_dataset(
    source: str | os.PathLike[str],
    *,
    output: str | os.PathLike[str],
    borders: gpd.GeoDataFrame | None = None,
) -> DatasetSummary:
    """Join a GeoParquet dataset to borders and write the result as a new dataset.

    Parameters
    ----------
    source : path-like
        A GeoParquet file or a directory of them (one partition per file).
    output : path-like
        Directory to write, one GeoParquet file per partition.  It appears complete
        or not at all: the files are written to a hidden directory beside it which then
        takes its place; an existing directory is replaced only after that succeeded.
    borders : GeoDataFrame, optional
        Candidate borders, as for :func:`bordermap.geo.borders.join.join_borders`.

    Returns
    -------
    DatasetSummary

    Raises
    ------
    BorderMapError
        If dask-geopandas is missing, ``source`` cannot be read as GeoParquet or
        ``output`` is an existing file.
    """
    import dask

    dgpd = _dask_geopandas()
    source, target = Path(source), Path(output)
    if not source.exists():
        raise BorderMapError(f"{source}: no such GeoParquet file or directory")
    if target.exists() and not target.is_dir():
        raise BorderMapError(f"{target}: exists and is not a directory; give a directory")
    try:
        events = dgpd.read_parquet(source)
    except (OSError, ValueError, TypeError) as err:
        raise BorderMapError(f"{source}: cannot read as GeoParquet: {err}") from err
    joined = join_partitions(events, borders=borders)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        write = joined.to_parquet(staging, compute=False, write_index=False)
        counts = joined.map_partitions(_counts, meta=_counts(joined._meta)).sum()
        _, counts = dask.compute(write, counts)
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return DatasetSummary(
        events=int(counts["events"]),
        partitions=joined.npartitions,
        without_geometry=int(counts["without_geometry"]),
        without_country=int(counts["without_country"]),
    )


def _counts(part: gpd.GeoDataFrame) -> pd.DataFrame:
    missing = part.geometry.isna().to_numpy()
    return pd.DataFrame(
        {
            "events": [len(part)],
            "without_geometry": [int(missing.sum())],
            "without_country": [int((~missing & (part[COUNTRY] == "").to_numpy()).sum())],
        }
    )


def _swap_in(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is; the old ``target`` goes only afterwards."""
    if not target.exists():
        os.replace(staging, target)
        return
    retired = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old."))
    os.replace(target, retired / "dataset")
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)


def equal_results(left: gpd.GeoDataFrame, right: gpd.GeoDataFrame, *, key: str) -> list[str]:
    """Compare two joined tables row by row; return the differences found (none = equal).

    Rows are matched by ``key``; the join columns must agree exactly, except the
    distances, which may differ by up to :data:`DISTANCE_TOLERANCE_KM`: the join finds
    the foot of the shortest line in a projection centred on the events of each call,
    so the same event measured among other events moves its foot by a few centimetres.

    Parameters
    ----------
    left, right : GeoDataFrame
        Outputs of :func:`join_borders` or of :func:`join_dataset` read back.
    key : str
        Column identifying a row, unique in both.

    Returns
    -------
    list of str
        One message per kind of difference, naming up to five keys.
    """
    problems = []
    a, b = left.set_index(key).sort_index(), right.set_index(key).sort_index()
    if not a.index.equals(b.index):
        return [f"different rows: {len(a)} vs {len(b)}"]
    for column in (COUNTRY, ADMIN1, ADMIN1_CODE, BORDER):
        differ = a[column].fillna("").to_numpy() != b[column].fillna("").to_numpy()
        if differ.any():
            problems.append(f"{column} differs for {list(a.index[differ][:5])}")
    km_a, km_b = a[BORDER_KM].to_numpy(float), b[BORDER_KM].to_numpy(float)
    same_nan = np.isnan(km_a) == np.isnan(km_b)
    close = np.isclose(km_a, km_b, rtol=0.0, atol=DISTANCE_TOLERANCE_KM, equal_nan=True)
    if not (same_nan & close).all():
        problems.append(f"{BORDER_KM} differs for {list(a.index[~(same_nan & close)][:5])}")
    if not a.geometry.geom_equals_exact(b.geometry, 0.0).where(a.geometry.notna(), True).all():
        problems.append("geometries differ")
    return problems
