"""``bordermap report RECIPE...``: a report folder per recipe under ``build/``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import RecipeError
from bordermap.geo.events.read_options import using_read_options
from bordermap.layers.figure import FigureLayout, parse_width
from bordermap.maps.commands.geocoder_options import add_geocoder_options
from bordermap.maps.commands.recipelayers import resolve_recipe
from bordermap.maps.recipe import load_recipe
from bordermap.maps.report import REPORT_DPI, build_report, write_report

#: Reports go to build/<recipe name>/ unless -o says otherwise.
DEFAULT_FOLDER = Path("build")


def _dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a whole number of dots per inch (got {text!r})"
        ) from None
    if not 50 <= value <= 1200:
        raise argparse.ArgumentTypeError(f"between 50 and 1200 (got {value})")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``report`` sub-command."""
    parser = subparsers.add_parser(
        "report",
        help="build a report folder per recipe: map, figure, tables, sources",
        description=(
            "Resolve a recipe's events and write build/<recipe>/report.html (one "
            "self-contained page: the interactive map, the static figure, the timeline, "
            "the tables, every event and source, provenance and licences) with each part "
            "beside it: map.html, embed.html (an <iframe> snippet), figure.png/.svg/.pdf, "
            "timeline.png/.svg and tables/*.csv and *.md."
        ),
    )
    parser.add_argument("recipes", nargs="+", metavar="RECIPE", help="TOML recipe files")
    parser.add_argument(
        "-o", "--output", metavar="DIR", type=Path, help="folder (only with a single recipe)"
    )
    parser.add_argument(
        "--dpi",
        type=_dpi,
        default=REPORT_DPI,
        help=f"resolution of figure.png (default {REPORT_DPI}; 300 for print)",
    )
    figure = parser.add_argument_group("static figure")
    figure.add_argument(
        "--figure-width",
        type=_width,
        metavar="WIDTH",
        help="width of the figure as it will be printed, e.g. 17cm, 160mm or 6.5in "
        "(text keeps its size; below 6.5in the legend goes under the map)",
    )
    figure.add_argument(
        "--font-scale", type=_font_scale, default=1.0, help="factor on every text size"
    )
    figure.add_argument(
        "--no-title", action="store_true", help="leave the title off (for a captioned figure)"
    )
    figure.add_argument("--no-inset", action="store_true", help="leave the locator map off")
    add_geocoder_options(parser)
    parser.set_defaults(run=run, output_is_folder=True)


def _width(text: str) -> float:
    try:
        return parse_width(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _font_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a number such as 1.2 (got {text!r})") from None
    if not 0.5 <= value <= 3.0:
        raise argparse.ArgumentTypeError(f"between 0.5 and 3 (got {value:g})")
    return value


def run(args: argparse.Namespace) -> int:
    """Check every recipe and folder, build every report, then write them."""
    if args.output and len(args.recipes) > 1:
        raise RecipeError("-o/--output takes a single recipe; omit it to write into build/")
    recipes = [load_recipe(path) for path in args.recipes]
    folders = [
        check_output_path(
            args.output or DEFAULT_FOLDER / recipe.path.stem,
            inputs=[recipe.path, *recipe.events],
            folder=True,
        )
        for recipe in recipes
    ]
    layout = FigureLayout(
        width_in=args.figure_width or FigureLayout.width_in,
        font_scale=args.font_scale,
        title=not args.no_title,
        inset=not args.no_inset,
    )
    reports = []
    for recipe in recipes:
        start = time.perf_counter()
        with using_read_options(recipe.reading):  # the recipe's categories, for the legend
            layers = resolve_recipe(recipe, args=args)
            report = build_report(layers, dpi=args.dpi, layout=layout)
        reports.append((report, time.perf_counter() - start))
    for folder, (report, seconds) in zip(folders, reports, strict=True):
        written = write_report(report, folder)
        if not args.quiet:
            size_kb = sum(len(data) for data in report.files.values()) / 1024
            print(
                f"wrote {folder / 'report.html'} and {len(written) - 1} other file(s) "
                f"({size_kb:,.0f} KB, {seconds:.1f} s)",
                file=sys.stderr,
            )
    return 0
