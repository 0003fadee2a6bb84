"""``bordermap geocode``: place texts (or a CSV column of them) to places, offline."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from bordermap.geo.atomic import write_text_atomic
from bordermap.geo.errors import EventFileError, problem
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.schema import (
    ADMIN1_CODE,
    COUNTRY,
    EXTENT,
    PRECISION,
    RESOLVE_SOURCE,
    RESOLVE_STATUS,
    RESOLVED_NAME,
    UNCERTAINTY_KM,
)
from bordermap.geo.spreadsheet import csv_text
from bordermap.maps.commands.geocoder_options import (
    add_geocoder_options,
    chain_from_args,
    place_lookup,
    report_usage,
)
from bordermap.maps.commands.progress import progress

#: Columns appended to a geocoded CSV, in this order.
RESULT_COLUMNS: tuple[str, ...] = (
    RESOLVE_STATUS,
    RESOLVED_NAME,
    RESOLVE_SOURCE,
    PRECISION,
    COUNTRY,
    ADMIN1_CODE,
    "resolved_lat",
    "resolved_lon",
    UNCERTAINTY_KM,
    EXTENT,
    "candidates",
    "coarsened",
    "note",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``geocode`` sub-command."""
    parser = subparsers.add_parser(
        "geocode",
        help="geocode place texts offline (gazetteer), one result per query",
        description=(
            "Geocode place texts with the offline gazetteer: settlements, regions "
            "('Vitebsk region'), borders ('Latvia–Belarus border'), 'near X', "
            "'X, Country'. Prints one line per query (--json: one JSON object per line). "
            "With --input/--column/--output, geocodes a CSV column and writes the CSV "
            "with result columns appended. Unresolved and ambiguous places are listed "
            "on stderr; they do not change the exit status."
        ),
    )
    parser.add_argument("queries", nargs="*", metavar="QUERY", help="place texts")
    parser.add_argument("--json", action="store_true", help="print JSON objects, one a line")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="also say why: how the offline gazetteer read each QUERY, which keys it "
        "looked up, what it found, which constraint removed which candidate, and why "
        "the answer (--json: an 'explain' list in each object)",
    )
    parser.add_argument(
        "--country",
        metavar="CC",
        help="the events' country (ISO alpha-2): preferred among same-named places",
    )
    parser.add_argument(
        "--roi",
        metavar="CC,CC",
        help="region of interest: ISO alpha-2 codes, preferred after --country",
    )
    parser.add_argument("--input", type=Path, metavar="FILE", help="CSV file to geocode")
    parser.add_argument("--column", metavar="NAME", help="column of --input holding places")
    parser.add_argument(
        "--country-column",
        metavar="NAME",
        help="column of --input holding each row's country hint (overrides --country)",
    )
    parser.add_argument("--output", type=Path, metavar="FILE", help="CSV file to write")
    add_geocoder_options(parser)
    parser.set_defaults(run=run)


def _summary(result: PlaceResult) -> str:
    if result.status == "unresolved":
        return f"{result.query} -> unresolved" + (f" ({result.note})" if result.note else "")
    where = ", ".join(v for v in (result.country, result.admin1_code) if v)
    text = f"{result.query} -> {result.name}"
    if where:
        text += f" ({where})"
    text += f" [{result.precision}"
    if result.uncertainty_km is not None:
        text += f", ±{result.uncertainty_km:g} km"
    text += f", {result.lat:.4f}, {result.lon:.4f}]"
    if result.status == "ambiguous":
        text += " AMBIGUOUS: " + _candidates(result)
    if result.coarsened:
        text += f" COARSENED: {result.note}"
    return text


def _candidates(result: PlaceResult) -> str:
    return "; ".join(
        f"{c.name} ({c.country}{', ' + c.admin1_code if c.admin1_code else ''}, "
        f"pop {c.population})"
        for c in result.candidates
    )


def _roi(args: argparse.Namespace) -> list[str] | None:
    if not args.roi:
        return None
    return [code.strip().upper() for code in args.roi.split(",") if code.strip()]


def _report(result: PlaceResult, where: str) -> None:
    if result.status == "unresolved":
        why = f": {result.note}" if result.note else ""
        print(f"{where}: unresolved place {result.query!r}{why}", file=sys.stderr)
    elif result.status == "ambiguous":
        print(f"{where}: ambiguous place {result.query!r}: {_candidates(result)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Geocode the queries or the CSV column; return 0 (2 on bad input, via errors)."""
    with chain_from_args(args) as chain:
        status = _run(args, place_lookup(chain))
        report_usage(chain, quiet=args.quiet)
    return status


def _run(args: argparse.Namespace, lookup) -> int:
    if args.explain and args.input is not None:
        raise EventFileError(
            [problem(str(args.input), None, "--explain", "--explain works on QUERY texts only")]
        )
    if args.input is not None:
        return _run_file(args, lookup)
    if args.column or args.output or args.country_column:
        raise EventFileError(
            [problem("-", None, "--input", "--column/--output need --input FILE")]
        )
    if not args.queries:
        raise EventFileError([problem("-", None, "QUERY", "give at least one place text")])
    roi = _roi(args)
    for query in args.queries:
        result = lookup(query, country=args.country, region_of_interest=roi)
        lines = _explanation(query, result, args.country, roi) if args.explain else []
        if args.json:
            data = result.to_json()
            if args.explain:
                data["explain"] = lines
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(_summary(result))
            for line in lines:
                print(f"    {line}")
        _report(result, "geocode")
    return 0


def _explanation(query: str, result: PlaceResult, country, roi) -> list[str]:
    """Why the offline gazetteer answers ``query`` as it does (and who answered)."""
    from bordermap.geo.places.geocoder import explain_place

    offline, lines = explain_place(query, country=country, region_of_interest=roi)
    if result.source and result.source != offline.source and result.status != "unresolved":
        lines.append(f"(the answer above came from {result.source}, not the gazetteer)")
    return lines


def _read_csv(
    path: Path, column: str, country_column: str | None
) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise EventFileError([problem(name, None, "-", f"cannot read the file: {err}")]) from err
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = list(reader.fieldnames or [])
    for wanted in filter(None, (column, country_column)):
        if wanted not in fields:
            raise EventFileError(
                [problem(name, 1, wanted, f"no such column; columns are {fields}")]
            )
    clashes = [c for c in RESULT_COLUMNS if c in fields]
    if clashes:
        raise EventFileError(
            [
                problem(
                    name,
                    1,
                    clashes[0],
                    "the file already has result columns; geocode the original file",
                )
            ]
        )
    rows = []
    for row in reader:
        if None in row:
            raise EventFileError(
                [problem(name, reader.line_num, "-", "more values than header columns")]
            )
        rows.append((reader.line_num, row))
    return fields, rows


def _result_row(result: PlaceResult) -> dict[str, str]:
    def text(value: object) -> str:
        return "" if value is None else str(value)

    return {
        RESOLVE_STATUS: result.status,
        RESOLVED_NAME: text(result.name),
        RESOLVE_SOURCE: result.source if result.status != "unresolved" else "",
        PRECISION: text(result.precision),
        COUNTRY: text(result.country),
        ADMIN1_CODE: text(result.admin1_code),
        "resolved_lat": text(result.lat),
        "resolved_lon": text(result.lon),
        UNCERTAINTY_KM: text(result.uncertainty_km),
        EXTENT: "" if result.geometry is None else result.geometry.wkt,
        "candidates": _candidates(result),
        "coarsened": "yes" if result.coarsened else "",
        "note": result.note,
    }


def _run_file(args: argparse.Namespace, lookup) -> int:
    if args.queries or not args.column or args.output is None:
        raise EventFileError(
            [problem(str(args.input), None, "--input", "needs --column and --output, no QUERY")]
        )
    fields, rows = _read_csv(args.input, args.column, args.country_column)
    roi = _roi(args)
    seen: dict[tuple[str, str | None], PlaceResult] = {}
    columns = [*fields, *RESULT_COLUMNS]
    out_rows: list[list[str]] = []
    counts = {"resolved": 0, "ambiguous": 0, "unresolved": 0}
    items = progress(rows, total=len(rows), desc="geocode", quiet=args.quiet)
    for line, row in items:
        query = row.get(args.column) or ""
        hint = (row.get(args.country_column) or None) if args.country_column else args.country
        key = (query, hint)
        if key not in seen:
            seen[key] = lookup(query, country=hint, region_of_interest=roi)
        result = seen[key]
        counts[result.status] += 1
        _report(result, f"{args.input}:{line}: {args.column}")
        cells = {**row, **_result_row(result)}
        out_rows.append([cells.get(c, "") for c in columns])
    # Formula-like cells are neutralised: the output is opened in spreadsheets.
    write_text_atomic(args.output, csv_text(columns, out_rows))
    if not args.quiet:
        print(
            f"{len(rows)} rows: {counts['resolved']} resolved, {counts['ambiguous']} "
            f"ambiguous, {counts['unresolved']} unresolved -> {args.output}",
            file=sys.stderr,
        )
    return 0
