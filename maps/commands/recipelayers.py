"""What ``export`` and ``report`` share: resolve a recipe's layers with the geocoder
chain the options describe, and list on stderr every event that was not placed."""

from __future__ import annotations

import argparse
import sys

from bordermap.maps.commands.geocoder_options import chain_from_args, place_lookup, report_usage
from bordermap.maps.commands.progress import ProgressBar
from bordermap.maps.layerset import RecipeLayers, recipe_layers
from bordermap.maps.recipe import Recipe


def resolve_recipe(recipe: Recipe, *, args: argparse.Namespace) -> RecipeLayers:
    """Gather a recipe's layers, resolving places through the chosen geocoder chain.

    Parameters
    ----------
    recipe : Recipe
        A checked recipe; its ``[geocoder]`` table is the base, options win over it.
    args : argparse.Namespace
        Parsed geocoder options and ``quiet``.

    Returns
    -------
    RecipeLayers
    """
    with (
        chain_from_args(args, base=recipe.geocoder) as chain,
        ProgressBar(desc="resolving places", quiet=args.quiet) as bar,
    ):
        layers = recipe_layers(recipe, lookup=place_lookup(chain), progress=bar.update_to)
    report_usage(chain, quiet=args.quiet)
    for row in layers.review.itertuples(index=False):
        print(
            f"{row.source_file}:{row.source_line}: place: {row.resolve_status}: {row.reason}"
            f" (got {row.place!r})"
            + (f"; candidates: {row.candidates}" if row.candidates else ""),
            file=sys.stderr,
        )
    return layers
