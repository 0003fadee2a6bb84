"""``bordermap resolve EVENTS... -o OUT.geojson|.parquet|.gpkg``: geocode, join borders, write."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bordermap.geo import schema
from bordermap.geo.atomic import write_text_atomic
from bordermap.geo.errors import BorderMapError
from bordermap.geo.places import side_process
from bordermap.maps.commands import leave_arrow_pool
from bordermap.maps.commands.engine_options import add_engine_options, run_dask
from bordermap.maps.commands.geocoder_options import (
    add_geocoder_options,
    chain_from_args,
    place_lookup,
    report_usage,
)
from bordermap.maps.commands.reading_options import add_reading_options, reading_from_args

if TYPE_CHECKING:
    import geopandas as gpd


def parse_region_of_interest(text: str | None) -> list[str] | tuple[float, ...] | None:
    """Parse ``LV,BY,LT`` (countries) or ``W,S,E,N`` (a bounding box in degrees)."""
    if not text:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    try:
        box = tuple(float(p) for p in parts)
    except ValueError:
        if all(len(p) == 2 and p.isalpha() for p in parts):
            return [p.upper() for p in parts]
        raise BorderMapError(
            f"--roi: {text!r} is neither ISO codes (LV,BY) nor a box W,S,E,N"
        ) from None
    if len(box) != 4 or not (box[0] < box[2] and box[1] < box[3]):
        raise BorderMapError(
            f"--roi: a box is four numbers W,S,E,N with W<E and S<N (got {text!r})"
        )
    return box


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``resolve`` sub-command."""
    parser = subparsers.add_parser(
        "resolve",
        help="geocode events' places and join them to borders; write GeoJSON, GeoParquet or GPKG",
        description=(
            "Load and check event files, resolve each place (explicit lat/lon win), find "
            "the country, admin-1 region, nearest land border and the distance to it, and "
            "write a GeoJSON FeatureCollection (or GeoParquet for .parquet, a GeoPackage for "
            ".gpkg). Places that are unresolved or ambiguous "
            "are listed on stderr and in a review CSV; they are kept, without geometry."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="EVENTS", help="event files")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help=(
            "file to write: .geojson, .parquet (GeoParquet) or .gpkg (GeoPackage); '-' for "
            "GeoJSON on standard output (the review CSV then only with --review)"
        ),
    )
    parser.add_argument(
        "--review",
        type=Path,
        help="CSV listing unresolved and ambiguous places (default: OUTPUT.review.csv)",
    )
    parser.add_argument(
        "--roi",
        "--region-of-interest",
        dest="region_of_interest",
        metavar="CC,CC|W,S,E,N",
        help="only places in these countries or this box; events outside it are listed",
    )
    add_geocoder_options(parser)
    add_reading_options(parser)
    add_engine_options(parser)
    parser.set_defaults(
        run=run, uses_arrow=True, choose_arrow_pool=leave_arrow_pool, collector_waits=True
    )


def run(args: argparse.Namespace) -> int:
    """Resolve the events and write them (GeoJSON, GeoParquet or GPKG) and the review list."""
    if args.engine == "dask":
        args.choose_arrow_pool()
        return run_dask(args)
    roi = parse_region_of_interest(args.region_of_interest)
    # Large inputs: the offline look-ups of the truth checks get a second process,
    # which loads its data while the events are read here.
    with side_process.warmed_up_for(args.files):
        args.choose_arrow_pool()  # Arrow's allocator, before Arrow is first used
        return _resolve_and_write(args, roi)


def _resolve_and_write(args: argparse.Namespace, roi: list[str] | tuple[float, ...] | None) -> int:
    """:func:`run` once the region of interest is known."""
    # Imported here, not with the module: pandas, geopandas and Arrow take some 0.6 s
    # to import, which the second process of a large input (started just before) now
    # spends loading its own data instead of waiting for this one to parse its options.
    from bordermap.geo.events.loading import load_events, with_vocabulary_beside
    from bordermap.geo.events.read_options import using_read_options
    from bordermap.geo.events.writers import (
        WriteInProgress,
        events_to_geojson,
        prepare_events,
        review_to_csv,
        start_write,
        write_events,
    )
    from bordermap.geo.resolve import resolve_events
    from bordermap.maps.commands.progress import ProgressBar
    from bordermap.maps.commands.review import print_review

    reading = with_vocabulary_beside(args.files, reading_from_args(args))
    with using_read_options(reading):
        events = load_events(args.files)
    to_stdout = str(args.output) == "-"
    prepared = []
    started: list[WriteInProgress] = []

    def prepare(resolved: gpd.GeoDataFrame) -> None:
        # This process would wait for the second one's truth checks: the file's
        # columns, all final but their notes, are converted meanwhile.
        if not to_stdout:
            prepared.append(prepare_events(resolved, args.output, late=schema.RESOLVE_NOTE))

    def start_writing(resolved: gpd.GeoDataFrame) -> None:
        # The file's last column is final: a GeoParquet file is written on a thread of
        # its own (Arrow holds no interpreter lock there) while the review is made.
        if not to_stdout:
            writing = start_write(
                resolved, args.output, prepared=prepared[0] if prepared else None
            )
            if writing is not None:
                started.append(writing)

    try:
        with (
            chain_from_args(args) as chain,
            ProgressBar(desc="resolving places", quiet=args.quiet) as bar,
        ):
            result = resolve_events(
                events,
                region_of_interest=roi,
                lookup=place_lookup(chain),
                progress=bar.update_to,
                while_checking=prepare,
                when_final=start_writing,
            )
        report_usage(chain, quiet=args.quiet)
        review_path = args.review or (
            None if to_stdout else args.output.with_name(args.output.name + ".review.csv")
        )
        # Made while the file may still be being written; written once it is in place.
        review_text = review_to_csv(result.review) if review_path is not None else None
    except BaseException:
        # No thread left writing behind an error of this one, whose error is the one
        # raised (the file, complete, may then be in place).
        for writing in started:
            with contextlib.suppress(Exception):
                writing.wait()
        raise
    # The file is in place (or its error raised) before the review is written or
    # anything more is said.
    for writing in started:
        writing.wait()
    if to_stdout:
        sys.stdout.write(events_to_geojson(result.events))
    elif not started:
        write_events(result.events, args.output, prepared=prepared[0] if prepared else None)
    if review_path is not None and review_text is not None:
        write_text_atomic(review_path, review_text)
    print_review(
        result.review,
        verbose=args.verbose,
        full_list=str(review_path or "stderr"),
        given=args.files,
    )
    if not args.quiet:
        resolved = int((result.events["resolve_status"] == "resolved").sum())
        wrote = "standard output" if to_stdout else str(args.output)
        also = f" and {review_path}" if review_path is not None else ""
        print(
            f"{resolved} of {len(result.events)} events resolved; wrote {wrote}{also}"
            f" ({len(result.review)} to review)",
            file=sys.stderr,
        )
    return 0
