"""``bordermap cache stats|clear``: look into or empty the geocoding cache."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from bordermap.geo.online.cache import GeocodeCache, default_cache_path


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``cache`` sub-command with its ``stats`` and ``clear`` actions."""
    parser = subparsers.add_parser(
        "cache",
        help="show or clear the cache of online geocoder answers",
        description=(
            "Online geocoder answers are kept in a SQLite file (by default in the user "
            f"cache directory: {default_cache_path()}), so no place is asked twice. "
            "They are kept as data, never run. A damaged answer in it (not JSON, or "
            "values a geocoder cannot have sent) counts as missing: the next run says "
            "so, naming the file and key, asks again and overwrites it."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    stats = actions.add_parser("stats", help="how many answers, from which geocoders, when")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    clear = actions.add_parser("clear", help="delete answers (all, or some)")
    clear.add_argument("--geocoder", metavar="NAME", help="only this geocoder's answers")
    clear.add_argument(
        "--older-than",
        type=days,
        metavar="DAYS",
        help="only answers fetched more than DAYS days ago (a number, 0 or more)",
    )
    for sub in (stats, clear):
        sub.add_argument("--cache", type=Path, metavar="PATH", help="cache file to use")
    parser.set_defaults(run=run)


def days(text: str) -> float:
    """Read ``--older-than``: a finite number of days, 0 or more.

    A negative age would reach into the future and delete every answer; NaN and
    infinity mean nothing as an age.
    """
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of days, 0 or more, e.g. 30 (got {text!r})"
        )
    return value


def run(args: argparse.Namespace) -> int:
    """Print the cache's statistics, or clear it; return 0."""
    path = args.cache or default_cache_path()
    if not path.exists():
        print(f"no geocoding cache at {path}")
        return 0
    with GeocodeCache(path) as cache:
        if args.action == "clear":
            deleted = cache.clear(geocoder=args.geocoder, older_than_days=args.older_than)
            print(f"deleted {deleted} answer(s) from {path}")
            return 0
        stats = cache.stats()
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(stats.path),
                    "answers": stats.answers,
                    "empty_answers": stats.empty_answers,
                    "by_geocoder": stats.by_geocoder,
                    "oldest": stats.oldest,
                    "newest": stats.newest,
                    "size_bytes": stats.size_bytes,
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"cache: {stats.path} ({stats.size_bytes / 1024:.0f} KiB)")
    print(f"answers: {stats.answers} ({stats.empty_answers} of them 'nothing found')")
    for geocoder, count in stats.by_geocoder.items():
        print(f"  {geocoder}: {count}")
    if stats.answers:
        print(f"fetched: {stats.oldest} to {stats.newest}")
    return 0
