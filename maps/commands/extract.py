"""``bordermap extract REPORT... -o draft.yaml``: draft events from reports' text."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from bordermap.geo.atomic import write_text_atomic
from bordermap.geo.errors import BorderMapError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}; use YYYY-MM-DD") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help="draft events (place, date, status, claimants, evidence) from reports' text",
        description=(
            "Read reports (plain text, Markdown or saved HTML) and write a draft events "
            "file, one event per incident or claim, each with the sentences it came from. "
            "A text file may start with header lines: URL: ..., Published: YYYY-MM-DD, "
            "Publisher: .... Offline and deterministic."
        ),
    )
    # Named "files" so the CLI refuses an -o or --review that would overwrite a report.
    parser.add_argument("files", nargs="+", metavar="REPORT", help="report files")
    parser.add_argument("-o", "--output", required=True, help="draft events file (.yaml)")
    parser.add_argument("--url", help="the report's web address")
    parser.add_argument("--publisher", help="who published the report")
    parser.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    parser.add_argument("--review", help="also write a review page (.html)")
    parser.set_defaults(run=run)


def _prefix(path: str, used: set[str]) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-")[:40] or "report"
    prefix, number = stem, 2
    while prefix in used:
        prefix, number = f"{stem}-{number}", number + 1
    used.add(prefix)
    return prefix


def run(args: argparse.Namespace) -> int:
    """Read the reports, draft their events, write the YAML (and the review page)."""
    from bordermap.geo.extraction import draft_yaml, extract_events, read_report
    from bordermap.maps.extract_review import review_html

    if not str(args.output).lower().endswith((".yaml", ".yml")):
        raise BorderMapError(f"-o {args.output!r}: the draft is YAML; name it .yaml")
    if (args.url or args.publisher or args.published) and len(args.files) > 1:
        raise BorderMapError("--url, --publisher and --published describe one report; give one")
    used: set[str] = set()
    extractions = []
    for path in args.files:
        report = read_report(
            path, url=args.url, publisher=args.publisher, published=args.published
        )
        if report.published is None and not args.quiet:
            print(
                f"{path}: no publication date (--published or a 'Published:' line); "
                "relative dates such as 'on Tuesday' are left empty",
                file=sys.stderr,
            )
        extractions.append(extract_events(report, id_prefix=_prefix(path, used)))
    if not any(x.events for x in extractions):
        # An events file with no events does not validate; say so instead of writing one.
        raise BorderMapError(
            f"no event drafted from {', '.join(args.files)}: no sentence reports an incident "
            "or a claim at a place the gazetteer knows; nothing was written"
        )
    write_text_atomic(args.output, draft_yaml(extractions))
    if args.review:
        write_text_atomic(args.review, review_html(extractions))
    if not args.quiet:
        total = sum(len(x.events) for x in extractions)
        print(f"{total} draft event(s) from {len(extractions)} report(s) -> {args.output}",
              file=sys.stderr)  # fmt: skip
    return 0
