"""``bordermap validate FILE...``: check event files and list every problem."""

from __future__ import annotations

import argparse
import json
import sys

from bordermap.geo.errors import EventFileError
from bordermap.geo.events.loading import check_events, with_vocabulary_beside
from bordermap.geo.events.read_options import using_read_options
from bordermap.maps.commands.reading_options import add_reading_options, reading_from_args

#: Exit status when a file has problems (as for every bad input).
EXIT_PROBLEMS = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``validate`` sub-command."""
    parser = subparsers.add_parser(
        "validate",
        help="check event files (CSV, XLSX, ODS, YAML, GeoJSON, ACLED CSV) and list every problem",
        description=(
            "Check event files and print every problem as FILE:LINE: field: message, "
            "and a note for every decision made on your behalf (a column read as a "
            "field, a default, a retyped date). Exits 2 if any file has a problem."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="event files to check")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object (events, problems, notes) on standard output",
    )
    add_reading_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check the files; raise EventFileError (exit 2) listing all problems."""
    notes: list[str] | None = [] if args.json else None
    options = with_vocabulary_beside(args.files, reading_from_args(args), notes=notes)
    with using_read_options(options):
        rows, problems = check_events(args.files, notes=notes)
    if args.json:
        doc = {
            "files": len(args.files),
            "events": len(rows),
            "valid": not problems,
            "problems": [
                {
                    "file": p.file,
                    "line": p.line,
                    "field": p.field,
                    "message": p.message,
                    "value": str(p.value) if p.has_value else None,
                    "text": str(p),
                }
                for p in problems
            ],
            "notes": notes,
        }
        print(json.dumps(doc, ensure_ascii=False, indent=1))
        return EXIT_PROBLEMS if problems else 0
    if problems:
        raise EventFileError(problems)
    if not args.quiet:
        print(f"{len(rows)} events in {len(args.files)} file(s): no problems", file=sys.stderr)
    return 0
