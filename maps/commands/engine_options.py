"""``bordermap resolve --engine dask INPUT_DIR -o OUTPUT_DIR``: the join on dask-geopandas.

The memory engine (the default) geocodes places and writes GeoJSON.  The dask engine is
for event sets too big for that: it reads a partitioned GeoParquet dataset whose
geometry already says where each event happened (coordinates given, or places resolved
earlier), joins every partition to countries, regions and borders exactly as the
memory engine does, and writes a GeoParquet dataset.  It runs on local threads, on
``--workers N`` local processes, or on the cluster at ``--scheduler ADDRESS``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path

from bordermap.geo.errors import BorderMapError

ENGINES: tuple[str, ...] = ("memory", "dask")


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--engine``, ``--workers`` and ``--scheduler`` to a sub-command."""
    group = parser.add_argument_group(
        "engine",
        "--engine dask takes one GeoParquet file or directory whose geometry is already "
        "set, and writes a GeoParquet directory to -o (needs `pip install "
        "'bordermap[scale]'`); places are not geocoded on that path",
    )
    group.add_argument(
        "--engine",
        choices=ENGINES,
        default="memory",
        help="memory: geocode and join in this process (default); dask: join a "
        "partitioned GeoParquet dataset with dask-geopandas",
    )
    group.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="dask engine: start a local cluster of N worker processes "
        "(default: threads of this process)",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="dask engine: connect to a running dask.distributed scheduler (tcp://host:8786)",
    )


@contextlib.contextmanager
def _cluster(workers: int | None, scheduler: str | None):
    if workers is None and scheduler is None:
        yield
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise BorderMapError(
            "--workers and --scheduler need dask.distributed; "
            "install it with `pip install 'bordermap[scale]'`"
        ) from err
    # dask.distributed logs every connection at INFO on its own handler; follow -v/-q.
    logging.getLogger("distributed").setLevel(logging.getLogger().getEffectiveLevel())
    if scheduler is not None:
        with Client(scheduler):
            yield
        return
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        yield


def run_dask(args: argparse.Namespace) -> int:
    """Join the GeoParquet dataset ``args.files[0]`` and write ``args.output``."""
    from bordermap.geo.borders.dask_engine import join_dataset

    if len(args.files) != 1:
        raise BorderMapError(
            f"--engine dask takes one GeoParquet file or directory (got {len(args.files)})"
        )
    if args.workers is not None and args.scheduler is not None:
        raise BorderMapError("give --workers or --scheduler, not both")
    if args.workers is not None and args.workers < 1:
        raise BorderMapError(f"--workers must be at least 1 (got {args.workers})")
    source, output = Path(args.files[0]), Path(args.output)
    with _cluster(args.workers, args.scheduler):
        summary = join_dataset(source, output=output)
    if summary.without_geometry:
        print(
            f"{summary.without_geometry} of {summary.events} events have no geometry and "
            "were kept with empty border columns; resolve their places with "
            "--engine memory first",
            file=sys.stderr,
        )
    if not args.quiet:
        print(
            f"{summary.events} events joined in {summary.partitions} partitions "
            f"({summary.without_country} outside every country); wrote {output}",
            file=sys.stderr,
        )
    return 0
