"""Options every command that reads event files shares: how to read a user's own sheet.

``--columns "Date=date,Location=place"``, ``--default status=confirmed``,
``--date-order DMY``, ``--delimiter ';'``, ``--sheet NAME`` and ``--categories FILE``
fill a :class:`bordermap.geo.events.read_options.ReadOptions`; a recipe's own reading
settings come first and the options given here win over them.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from bordermap.geo.events.categories import vocabulary_from_file
from bordermap.geo.events.read_options import (
    DATE_ORDERS,
    DEFAULTABLE_FIELDS,
    ReadOptions,
    parse_delimiter,
    parse_pairs,
)


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """Add the options that say how to read event files."""
    group = parser.add_argument_group("reading your own sheets")
    group.add_argument(
        "--columns",
        metavar='"HEADER=field,..."',
        help="which of your columns holds which field, e.g. "
        '"Date=date,Location=place,What happened=title,Link=source_url"',
    )
    group.add_argument(
        "--default",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="value for events that leave FIELD empty or whose file has no such column "
        f"(repeatable; fields: {', '.join(DEFAULTABLE_FIELDS)})",
    )
    group.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        type=str.upper,
        help="how dates such as 03/04/2026 are written: DMY (3 April) or MDY (4 March)",
    )
    group.add_argument(
        "--delimiter", metavar="CHAR", help="CSV separator: , ; | or tab (default: sniffed)"
    )
    group.add_argument("--sheet", metavar="NAME", help="worksheet of an XLSX/ODS file")
    group.add_argument(
        "--categories",
        type=Path,
        metavar="FILE",
        help="a categories.toml extending (or, with mode = 'replace', replacing) the "
        "shipped categories",
    )


def reading_from_args(args: argparse.Namespace, base: ReadOptions | None = None) -> ReadOptions:
    """The reading options of ``base`` (a recipe's) with the command line's on top."""
    base = base or ReadOptions()
    defaults = dict(base.defaults)
    for item in args.default:
        defaults.update(parse_pairs(item, option="--default"))
    columns = dict(base.columns)
    if args.columns:
        columns.update(parse_pairs(args.columns, option="--columns"))
    return dataclasses.replace(
        base,
        columns=columns,
        defaults=defaults,
        date_order=args.date_order or base.date_order,
        delimiter=parse_delimiter(args.delimiter) or base.delimiter,
        sheet=args.sheet or base.sheet,
        categories=(vocabulary_from_file(args.categories) if args.categories else base.categories),
    )
