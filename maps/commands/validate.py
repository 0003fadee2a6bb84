"""``bordermap validate FILE...``: check event files and list every problem."""

from __future__ import annotations

import argparse
import sys

from bordermap.geo.errors import EventFileError
from bordermap.geo.events import check_events


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``validate`` sub-command."""
    parser = subparsers.add_parser(
        "validate",
        help="check event files (CSV, YAML, GeoJSON, ACLED CSV) and list every problem",
        description=(
            "Check event files and print every problem as FILE:LINE: field: message. "
            "Exits 2 if any file has a problem."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="event files to check")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the files; raise EventFileError (exit 2) listing all problems."""
    rows, problems = check_events(args.files)
    if problems:
        raise EventFileError(problems)
    if not args.quiet:
        print(f"{len(rows)} events in {len(args.files)} file(s): no problems", file=sys.stderr)
    return 0
