"""``bordermap map EVENTS... -o OUT.html``: a quick map with default layers, no recipe."""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from bordermap.geo.places import side_process
from bordermap.layers.compact_threshold import DEFAULT_COMPACT_THRESHOLD
from bordermap.maps.commands import leave_arrow_pool
from bordermap.maps.commands.compact_options import add_compact_option
from bordermap.maps.commands.geocoder_options import add_geocoder_options
from bordermap.maps.commands.reading_options import add_reading_options, reading_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``map`` sub-command."""
    parser = subparsers.add_parser(
        "map",
        help="draw event files on a self-contained HTML map with default layers",
        description=(
            "Resolve the events' places and write one HTML file that opens with no "
            "network: the borders the events lie on, the regions they name, every event "
            "with its sources and uncertainty. Exits 2 on bad event files."
        ),
    )
    parser.add_argument("events", nargs="+", metavar="EVENTS", help="event files")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT.html",
        help="map file ('-' for standard output)",
    )
    parser.add_argument("--title", default="Events at borders", help="map title")
    parser.add_argument(
        "--tiles",
        action="append",
        default=[],
        metavar="PROVIDER",
        help="offer an online tile basemap by xyzservices name (e.g. OpenStreetMap.Mapnik)",
    )
    parser.add_argument(
        "--cdn",
        action="store_true",
        help="link Leaflet and plugins from CDNs instead of inlining them (smaller file)",
    )
    add_compact_option(parser, default_text=f"default {DEFAULT_COMPACT_THRESHOLD:,}")
    add_geocoder_options(parser)
    add_reading_options(parser)
    # Its own command line runs with the cyclic collector paused throughout (see
    # bordermap.maps.cli.main): the map makes next to no cyclic garbage (880 objects
    # in all at 100,000 events), and the passes after each pause walked every event.
    # Arrow reads the events: its allocator is chosen before (see bordermap.maps.cli).
    parser.set_defaults(
        run=run, uses_arrow=True, choose_arrow_pool=leave_arrow_pool, collector_waits=True
    )


def run(args: argparse.Namespace) -> int:
    """Build and write the map."""
    # Large inputs: the second process (as in ``resolve``) is started before the map
    # libraries are imported here, so that it loads its data meanwhile.
    with side_process.warmed_up_for(args.events, for_join=True):
        args.choose_arrow_pool()  # Arrow's allocator, before Arrow is first used
        return _build_and_write(args)


def _build_and_write(args: argparse.Namespace) -> int:
    """:func:`run` once a second process is warming up, if worth it."""
    # Imported here, not with the module: pandas, geopandas, Arrow and folium take
    # about half a second, which a second process now spends loading its own data.
    from bordermap.geo.events.loading import with_vocabulary_beside
    from bordermap.geo.events.read_options import using_read_options
    from bordermap.maps.building import quick_map
    from bordermap.maps.commands.mapoutput import build_and_write, build_map

    build = functools.partial(
        quick_map,
        args.events,
        title=args.title,
        self_contained=not args.cdn,
        tiles=args.tiles,
        compact_threshold=(
            DEFAULT_COMPACT_THRESHOLD if args.compact_threshold is None else args.compact_threshold
        ),
    )
    reading = with_vocabulary_beside(args.events, reading_from_args(args))
    with using_read_options(reading):
        if str(args.output) == "-":
            built, _ = build_map(build, args=args)
            sys.stdout.write(built.html)
        else:
            build_and_write(build, args.output, args=args)
    return 0
