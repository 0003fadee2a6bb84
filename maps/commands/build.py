"""``bordermap build RECIPE... [-o OUT.html]``: build the maps recipes describe."""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from bordermap.geo.errors import RecipeError
from bordermap.maps.building import build_recipe
from bordermap.maps.commands.compact_options import add_compact_option
from bordermap.maps.commands.geocoder_options import add_geocoder_options
from bordermap.maps.commands.mapoutput import build_and_write
from bordermap.maps.recipe import load_recipe

#: Where maps go unless ``-o`` says otherwise (the Makefile's ``build/`` folder).
DEFAULT_FOLDER = Path("build")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``build`` sub-command."""
    parser = subparsers.add_parser(
        "build",
        help="build maps from recipes (maps/*.toml) into self-contained HTML",
        description=(
            "Check every recipe, then build each into build/<name>.html (or -o for a "
            "single recipe). Exits 2 on a bad recipe or event file; nothing is written "
            "for a recipe that fails."
        ),
    )
    parser.add_argument("recipes", nargs="+", metavar="RECIPE", help="TOML recipe files")
    parser.add_argument(
        "-o", "--output", metavar="OUT.html", help="map file (only with a single recipe)"
    )
    parser.add_argument(
        "--cdn",
        action="store_true",
        help="link Leaflet and plugins from CDNs instead of inlining them (smaller file)",
    )
    add_compact_option(parser, default_text="default: the recipe's, else 5,000")
    add_geocoder_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check all recipes first, then build and write each map."""
    if args.output and len(args.recipes) > 1:
        raise RecipeError("-o/--output takes a single recipe; omit it to build into build/")
    recipes = [load_recipe(path) for path in args.recipes]
    for recipe in recipes:
        target = Path(args.output) if args.output else DEFAULT_FOLDER / recipe.output_name
        build = functools.partial(
            build_recipe,
            recipe,
            self_contained=not args.cdn,
            compact_threshold=args.compact_threshold,
        )
        build_and_write(build, target, args=args, settings=recipe.geocoder)
    return 0
