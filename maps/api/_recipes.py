"""Recipes in Python: the map, report and GIS layers a ``maps/*.toml`` recipe describes.

Each does what its command does (``bordermap build``, ``report``, ``export``), with
the recipe's reading options and ``[geocoder]`` table, and says nothing: events that
could not be placed are in the outputs (the map's legend, the report's list, the
layers without geometry), not printed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import folium

from bordermap._maps import map_of
from bordermap.geo.atomic import check_output_path
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.read_options import using_read_options
from bordermap.geo.online.chain_settings import build_chain
from bordermap.geo.resolve import PlaceLookup
from bordermap.maps.building import compose_recipe_map
from bordermap.maps.export import EXPORT_FORMATS, export_layers, layer_frames
from bordermap.maps.layerset import RecipeLayers, recipe_layers
from bordermap.maps.recipe import Recipe, load_recipe
from bordermap.maps.report import REPORT_DPI, build_report, write_report

#: A recipe, or the path of its TOML file.
RecipeSource = Recipe | str | os.PathLike[str]


def _recipe(recipe: RecipeSource) -> Recipe:
    return recipe if isinstance(recipe, Recipe) else load_recipe(recipe)


@contextlib.contextmanager
def _lookup(recipe: Recipe) -> Iterator[PlaceLookup | None]:
    """The place lookup the recipe's ``[geocoder]`` table describes (None: offline)."""
    with build_chain(recipe.geocoder) as chain:
        # Without an online geocoder the gazetteer is asked directly, as the
        # commands do, which keeps its near misses for places it could not resolve.
        yield None if chain.gazetteer_alone else chain.lookup


def _layers(recipe: Recipe) -> RecipeLayers:
    with using_read_options(recipe.reading), _lookup(recipe) as lookup:
        return recipe_layers(recipe, lookup=lookup)


def build(recipe: RecipeSource, *, self_contained: bool = True) -> folium.Map:
    """The map a recipe describes, as ``bordermap build`` makes it.

    Parameters
    ----------
    recipe : Recipe or path-like
        From :func:`load_recipe`, or the TOML file.
    self_contained : bool, optional
        Inline every script and style (default) or link them from their CDNs.

    Returns
    -------
    folium.Map
        Shows inline in Jupyter; add layers to it and :func:`save_map` it.

    Raises
    ------
    RecipeError
        If the recipe is invalid.
    EventFileError
        If one of its event files has problems (all are listed).
    GeocodingError
        If the recipe's online geocoder fails.
    """
    recipe = _recipe(recipe)
    layers = _layers(recipe)
    with using_read_options(recipe.reading):  # the recipe's categories, for the legend
        composed = compose_recipe_map(layers, self_contained=self_contained)
    return map_of(composed)


def report(
    recipe: RecipeSource, folder: str | os.PathLike[str], *, dpi: int = REPORT_DPI
) -> list[Path]:
    """Write a recipe's report folder, as ``bordermap report`` does.

    Parameters
    ----------
    recipe : Recipe or path-like
        From :func:`load_recipe`, or the TOML file.
    folder : path-like
        Where ``report.html``, ``map.html``, the figures and ``tables/`` go; replaced
        as a whole, keeping files the report did not write.
    dpi : int, optional
        Resolution of ``figure.png``.

    Returns
    -------
    list of pathlib.Path
        The files written, ``report.html`` last.

    Raises
    ------
    RecipeError, EventFileError, GeocodingError
        As for :func:`build`.
    OutputError
        If ``folder`` is a file or cannot be written (checked before any work).
    """
    recipe = _recipe(recipe)
    target = check_output_path(
        folder, inputs=[recipe.path, *recipe.events], folder=True, option="folder"
    )
    layers = _layers(recipe)
    with using_read_options(recipe.reading):
        built = build_report(layers, dpi=dpi)
    return write_report(built, target)


def export(
    recipe: RecipeSource,
    folder: str | os.PathLike[str],
    *,
    formats: Sequence[str] = ("gpkg",),
) -> list[Path]:
    """Write the layers of a recipe's map as GIS files, as ``bordermap export`` does.

    Parameters
    ----------
    recipe : Recipe or path-like
        From :func:`load_recipe`, or the TOML file.
    folder : path-like
        Where the files go, named ``<recipe>.gpkg`` or ``<recipe>.<layer>.<ext>``.
    formats : sequence of str, optional
        ``gpkg`` (one GeoPackage, a table per layer, styled for QGIS), ``geojson``,
        ``csv`` or ``parquet``.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Raises
    ------
    RecipeError, EventFileError, GeocodingError
        As for :func:`build`.
    BorderMapError
        If a format is unknown.
    OutputError
        If ``folder`` is a file or cannot be written (checked before any work).
    """
    recipe = _recipe(recipe)
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:  # before the work of resolving
        raise BorderMapError(
            f"unknown export format {unknown[0]!r}; use one of {', '.join(EXPORT_FORMATS)}"
        )
    target = check_output_path(
        folder, inputs=[recipe.path, *recipe.events], folder=True, option="folder"
    )
    layers = _layers(recipe)
    return export_layers(
        layer_frames(layers), folder=target, stem=recipe.path.stem, formats=formats
    )
