"""``bordermap export RECIPE... [--format F]``: a map's layers as GIS files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import RecipeError
from bordermap.maps.commands.geocoder_options import add_geocoder_options
from bordermap.maps.commands.recipelayers import resolve_recipe
from bordermap.maps.export import EXPORT_FORMATS, export_layers, layer_frames
from bordermap.maps.recipe import load_recipe

#: Layers go to build/<recipe name>/ unless -o says otherwise.
DEFAULT_FOLDER = Path("build")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` sub-command."""
    parser = subparsers.add_parser(
        "export",
        help="write a map's layers (events, extents, borders, zones, regions) as GIS files",
        description=(
            "Resolve a recipe's events and write every layer of its map: the events with "
            "all their fields (unresolved ones included, without geometry), their extents "
            "(the area or line each is known to), border lines with lengths, border zones "
            "and regions. A GeoPackage holds one table per layer; other formats write "
            "<recipe>.<layer>.<ext>. Files go to build/<recipe>/ unless -o is given."
        ),
    )
    parser.add_argument("recipes", nargs="+", metavar="RECIPE", help="TOML recipe files")
    parser.add_argument(
        "-f",
        "--format",
        dest="formats",
        action="append",
        choices=list(EXPORT_FORMATS),
        help="gpkg (default), geojson, csv or parquet (GeoParquet); repeat for several",
    )
    parser.add_argument(
        "-o", "--output", metavar="DIR", type=Path, help="folder (only with a single recipe)"
    )
    add_geocoder_options(parser)
    parser.set_defaults(run=run, output_is_folder=True)


def run(args: argparse.Namespace) -> int:
    """Check every recipe and folder, resolve every recipe, then export each."""
    if args.output and len(args.recipes) > 1:
        raise RecipeError("-o/--output takes a single recipe; omit it to write into build/")
    recipes = [load_recipe(path) for path in args.recipes]
    formats = args.formats or ["gpkg"]
    folders = [
        check_output_path(
            args.output or DEFAULT_FOLDER / recipe.path.stem,
            inputs=[recipe.path, *recipe.events],
            folder=True,
        )
        for recipe in recipes
    ]
    resolved = [resolve_recipe(recipe, args=args) for recipe in recipes]
    for recipe, layers, folder in zip(recipes, resolved, folders, strict=True):
        written = export_layers(
            layer_frames(layers), folder=folder, stem=recipe.path.stem, formats=formats
        )
        if not args.quiet:
            for path in written:
                print(f"wrote {path}", file=sys.stderr)
    return 0
