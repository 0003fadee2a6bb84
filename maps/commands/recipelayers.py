"""What ``export`` and ``report`` share: resolve a recipe's layers with the geocoder
chain the options describe, and list on stderr every event that was not placed."""

from __future__ import annotations

import argparse

from bordermap.geo.events.read_options import using_read_options
from bordermap.maps.commands.geocoder_options import chain_from_args, place_lookup, report_usage
from bordermap.maps.commands.progress import ProgressBar
from bordermap.maps.commands.review import print_review
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
        using_read_options(recipe.reading),
        chain_from_args(args, base=recipe.geocoder) as chain,
        ProgressBar(desc="resolving places", quiet=args.quiet) as bar,
    ):
        layers = recipe_layers(recipe, lookup=place_lookup(chain), progress=bar.update_to)
    report_usage(chain, quiet=args.quiet)
    print_review(
        layers.review,
        verbose=args.verbose,
        full_list="the outputs, which keep them unplaced",
        base=recipe.path.parent,
    )
    return layers
