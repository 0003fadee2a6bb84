"""What ``map`` and ``build`` share: resolving with the chosen geocoder chain and
saying what was written and which events could not be placed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bordermap.geo.online.chain_settings import GeocoderSettings
from bordermap.maps.commands.geocoder_options import (
    chain_from_args,
    place_lookup,
    report_usage,
)
from bordermap.maps.commands.progress import ProgressBar
from bordermap.maps.commands.review import print_review

# Only named in annotations: the map's modules are imported by whoever builds it (the
# ``map`` command reads its events before importing the page's libraries).
if TYPE_CHECKING:
    from bordermap.maps.building import BuiltMap


def build_map(
    build: Callable[..., BuiltMap],
    *,
    args: argparse.Namespace,
    settings: GeocoderSettings | None = None,
) -> tuple[BuiltMap, float]:
    """Resolve and build with the geocoder chain the options describe.

    Parameters
    ----------
    build : callable
        ``build(lookup=..., progress=...) -> BuiltMap``.
    args : argparse.Namespace
        Parsed options (geocoder options, ``quiet``).
    settings : GeocoderSettings, optional
        A recipe's geocoder settings; command-line options win over them.

    Returns
    -------
    tuple of BuiltMap and float
        The map and the seconds it took.
    """
    start = time.perf_counter()
    with (
        chain_from_args(args, base=settings) as chain,
        ProgressBar(desc="resolving places", quiet=args.quiet) as bar,
    ):
        built = build(lookup=place_lookup(chain), progress=bar.update_to)
    report_usage(chain, quiet=args.quiet)
    return built, time.perf_counter() - start


def write_map(
    built: BuiltMap,
    target: Path,
    *,
    args: argparse.Namespace,
    seconds: float,
    base: Path | None = None,
) -> None:
    """Write a built map atomically and say what was written and what was not placed.

    ``base`` is the folder the events' ``source_file`` is relative to (a recipe's).
    """
    from bordermap.maps.document import write_html

    path = write_html(built.html, target)
    given = () if base is not None else getattr(args, "events", None) or ()
    report(
        built,
        path,
        quiet=args.quiet,
        verbose=args.verbose,
        seconds=seconds,
        base=base,
        given=given,
    )


def build_and_write(
    build: Callable[..., BuiltMap],
    target: Path,
    *,
    args: argparse.Namespace,
    settings: GeocoderSettings | None = None,
) -> None:
    """Build with :func:`build_map`, then :func:`write_map` to ``target``."""
    built, seconds = build_map(build, args=args, settings=settings)
    write_map(built, target, args=args, seconds=seconds)


def report(
    built: BuiltMap,
    path: Path,
    *,
    quiet: bool,
    verbose: int,
    seconds: float,
    base: Path | None = None,
    given: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Print every event not placed (``FILE:LINE``), then where the map went."""
    print_review(
        built.review,
        verbose=verbose,
        full_list=f"the legend of {path}",
        base=base,
        given=given,
    )
    if not quiet:
        size_kb = len(built.html.encode("utf-8")) / 1024
        print(
            f"wrote {path} ({size_kb:,.0f} KB, {seconds:.1f} s): {built.placed} event(s) "
            f"on the map, {len(built.unplaced)} not placed"
            + (" (listed in its legend)" if built.unplaced else ""),
            file=sys.stderr,
        )
