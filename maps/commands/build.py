"""``bordermap build RECIPE... [-o OUT.html]``: build the maps recipes describe."""

from __future__ import annotations

import argparse
import dataclasses
import functools
from pathlib import Path

from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import RecipeError
from bordermap.geo.events.read_options import using_read_options
from bordermap.maps.building import build_recipe
from bordermap.maps.commands.compact_options import add_compact_option
from bordermap.maps.commands.geocoder_options import add_geocoder_options
from bordermap.maps.commands.mapoutput import build_map, write_map
from bordermap.maps.commands.reading_options import add_reading_options, reading_from_args
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
    add_reading_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check all recipes and outputs, build every map, then write them.

    Nothing is written until every map is built, so a bad event file in the last
    recipe leaves the first recipe's map as it was.
    """
    if args.output and len(args.recipes) > 1:
        raise RecipeError("-o/--output takes a single recipe; omit it to build into build/")
    # Reading options given on the command line win over each recipe's own.
    recipes = [
        dataclasses.replace(recipe, reading=reading_from_args(args, recipe.reading))
        for recipe in map(load_recipe, args.recipes)
    ]
    targets = [
        check_output_path(
            Path(args.output) if args.output else DEFAULT_FOLDER / recipe.output_name,
            inputs=[recipe.path, *recipe.events],
        )
        for recipe in recipes
    ]
    built = []
    for recipe in recipes:
        with using_read_options(recipe.reading):
            built.append(
                build_map(
                    functools.partial(
                        build_recipe,
                        recipe,
                        self_contained=not args.cdn,
                        compact_threshold=args.compact_threshold,
                    ),
                    args=args,
                    settings=recipe.geocoder,
                )
            )
    for recipe, target, (result, seconds) in zip(recipes, targets, built, strict=True):
        write_map(result, target, args=args, seconds=seconds, base=recipe.path.parent)
    return 0
