"""From recipes or event files to finished maps: resolve, gather geometry, compose.

A recipe's layers come from :func:`bordermap.maps.layerset.recipe_layers`, which the
export, figures and report share, so every output of a recipe shows the same things.
The CLI commands ``map`` and ``build`` are thin wrappers around :func:`quick_map`
and :func:`build_recipe`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from bordermap.geo import attribution, schema
from bordermap.geo.borders import boundaries
from bordermap.geo.events.loading import load_events
from bordermap.geo.places import side_process
from bordermap.geo.resolve import PlaceLookup, resolve_events
from bordermap.layers.compact_threshold import DEFAULT_COMPACT_THRESHOLD
from bordermap.layers.deferred_templates import templates_compiled_on_use

# The layers and the page (folium, branca, jinja2, requests: about 0.15 s of imports)
# are imported where a map is composed, not with this module: ``quick_map`` reads the
# events and sends their coordinates to a second process first, which then starts on
# its share of the work that much sooner.
if TYPE_CHECKING:
    from bordermap.layers.events import UnplacedEvent
    from bordermap.layers.towns import Town
    from bordermap.maps.composition import ComposedMap
    from bordermap.maps.layerset import RecipeLayers
    from bordermap.maps.recipe import Recipe

#: Precisions whose extent is an admin area worth outlining on a quick map.
AREA_PRECISIONS = ("district", "region")


@dataclass
class BuiltMap:
    """A built map: its HTML and what went into it."""

    html: str
    placed: int
    unplaced: list[UnplacedEvent]
    review: pd.DataFrame


def bounds_of_bbox(bbox: Sequence[float]) -> list[list[float]]:
    """Turn ``(west, south, east, north)`` into Leaflet's ``[[south, west], [north, east]]``."""
    west, south, east, north = bbox
    return [[float(south), float(west)], [float(north), float(east)]]


def map_of_layers(
    layers: RecipeLayers, *, self_contained: bool = True, compact_threshold: int | None = None
) -> BuiltMap:
    """Compose and render the interactive map of a recipe's layers.

    Parameters
    ----------
    layers : RecipeLayers
        From :func:`bordermap.maps.layerset.recipe_layers`.
    self_contained : bool, optional
        Inline every asset (default) or link CDN copies.
    compact_threshold : int, optional
        Point-like events above which the map draws events in compact mode; the
        recipe's value by default.

    Returns
    -------
    BuiltMap
    """
    composed = compose_recipe_map(
        layers, self_contained=self_contained, compact_threshold=compact_threshold
    )
    return _finish(composed, layers.review)


def compose_recipe_map(
    layers: RecipeLayers, *, self_contained: bool = True, compact_threshold: int | None = None
) -> ComposedMap:
    """The map of a recipe's layers, composed but not rendered (see :func:`map_of_layers`)."""
    with templates_compiled_on_use():
        from bordermap.layers.towns import towns_under
        from bordermap.maps.composition import MapData, MapOptions, compose_map

    recipe = layers.recipe
    if compact_threshold is None:
        compact_threshold = recipe.events_layer.compact_threshold
    data = MapData(
        countries=layers.countries,
        border_lines=layers.border_lines,
        border_zones=layers.border_zones,
        regions=layers.regions,
        attribution=layers.attribution,
        towns=towns_under(layers.countries, focus=layers.bbox),
    )
    options = MapOptions(
        title=recipe.title,
        description=recipe.description,
        bounds=bounds_of_bbox(layers.bbox),
        tiles=recipe.tiles,
        events=recipe.events_layer.enabled,
        cluster=recipe.events_layer.cluster,
        colour_by=recipe.events_layer.colour_by,
        heat=recipe.heat.enabled,
        heat_radius=recipe.heat.radius,
        time_filter=recipe.time_filter,
        self_contained=self_contained,
        compact_threshold=compact_threshold,
    )
    return compose_map(layers.events, data=data, options=options)


def build_recipe(
    recipe: Recipe,
    *,
    self_contained: bool = True,
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
    compact_threshold: int | None = None,
) -> BuiltMap:
    """Build the map a recipe describes.

    Parameters
    ----------
    recipe : Recipe
        A checked recipe (see :func:`bordermap.maps.recipe.load_recipe`).
    self_contained : bool, optional
        Inline every asset (default) or link CDN copies.
    lookup : callable, optional
        Place lookup passed to :func:`bordermap.geo.resolve.resolve_events` (a
        geocoder chain's); the offline gazetteer by default.
    progress : callable, optional
        Called as ``progress(done, total)`` while places are resolved.
    compact_threshold : int, optional
        Overrides the recipe's ``layers.events.compact_threshold``.

    Returns
    -------
    BuiltMap

    Raises
    ------
    EventFileError
        If an events file has problems (all are listed).
    GeometryDataError
        If a border pair or country code is unknown.
    """
    from bordermap.maps.layerset import recipe_layers

    layers = recipe_layers(recipe, lookup=lookup, progress=progress)
    return map_of_layers(
        layers, self_contained=self_contained, compact_threshold=compact_threshold
    )


def quick_map(
    paths: Sequence[str | os.PathLike[str]],
    *,
    title: str,
    self_contained: bool = True,
    tiles: Sequence[str] = (),
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
    compact_threshold: int = DEFAULT_COMPACT_THRESHOLD,
) -> BuiltMap:
    """Build a map of event files with default layers, without a recipe.

    The map frames the placed events, highlights the borders that border-precision
    events lie on and outlines the regions named as places.

    Parameters
    ----------
    paths : sequence of path-like
        Event files (CSV, YAML, GeoJSON or an ACLED export).
    title : str
        Map title.
    self_contained : bool, optional
        Inline every asset (default) or link CDN copies.
    tiles : sequence of str, optional
        xyzservices provider names offered beside the offline basemap.
    lookup, progress : callable, optional
        As for :func:`build_recipe`.
    compact_threshold : int, optional
        Point-like events above which the map draws events in compact mode.

    Returns
    -------
    BuiltMap
    """
    rendered: list[tuple[ComposedMap, str]] = []

    def compose(events: gpd.GeoDataFrame) -> None:
        composed = compose_events_map(
            events,
            title=title,
            self_contained=self_contained,
            tiles=tiles,
            compact_threshold=compact_threshold,
        )
        # Rendered here too, before the checks are collected: the page reads nothing
        # they write, and this process would otherwise wait for them idle, then render.
        rendered.append((composed, composed.render()))

    # Large event files: the truth checks' look-ups get a second process (as in
    # ``resolve``), loading its data while the events are read.  The map is composed
    # while that process checks the given coordinates: no layer reads the notes the
    # checks write, only the review does.
    with side_process.warmed_up_for(paths, for_join=True):
        resolved = resolve_events(
            load_events([os.fspath(p) for p in paths]),
            lookup=lookup,
            progress=progress,
            meanwhile=compose,
            before_waiting=_import_page_modules,
        )
    composed, html = rendered[0]
    return BuiltMap(html, composed.placed, composed.unplaced, resolved.review)


def _import_page_modules() -> None:
    """Import what :func:`compose_events_map` imports (the layers, the page: about 0.18
    s of CPU), while the second process finishes its share of the join if it has one.

    Their class templates are compiled when a page first renders them: of the 58 made
    as they are imported, a map renders about 15 (these imports: 0.59 -> 0.37 s of CPU
    on a loaded machine)."""
    with templates_compiled_on_use():
        import bordermap.maps.composition
        import bordermap.maps.layerset  # noqa: F401


def compose_events_map(
    events: gpd.GeoDataFrame,
    *,
    title: str,
    self_contained: bool = True,
    tiles: Sequence[str] = (),
    compact_threshold: int = DEFAULT_COMPACT_THRESHOLD,
) -> ComposedMap:
    """The map of resolved events with default layers, composed but not rendered.

    Parameters
    ----------
    events : GeoDataFrame
        As :func:`bordermap.geo.resolve.resolve_events` returns them.
    title, self_contained, tiles, compact_threshold
        As for :func:`quick_map`.

    Returns
    -------
    ComposedMap
    """
    with templates_compiled_on_use():
        from bordermap.maps.composition import MapData, MapOptions, compose_map
        from bordermap.maps.layerset import (
            DEFAULT_BBOX,
            FIT_MARGIN_DEG,
            basemap_countries,
            bbox_of,
            drawn_extents,
            placed_events,
        )

    placed = placed_events(events)
    pairs = sorted(
        {b for b in placed.loc[placed[schema.PRECISION] == "border", schema.BORDER] if b}
    )
    lines = boundaries.border_lines(pairs) if pairs else None
    extents = drawn_extents(placed)
    extents += list(lines.geometry.values) if lines is not None else []
    bbox = bbox_of(extents, FIT_MARGIN_DEG) or DEFAULT_BBOX
    areas = placed[placed[schema.PRECISION].isin(AREA_PRECISIONS)]
    codes = sorted({c for c in areas[schema.ADMIN1_CODE] if c})
    regions = None
    if codes:
        table = boundaries.regions()
        regions = table[table["code"].isin(codes)].reset_index(drop=True)
    countries = basemap_countries(bbox)
    data = MapData(
        countries=countries,
        towns=_towns_meanwhile(countries, bbox),
        border_lines=lines,
        regions=regions,
        attribution=(
            *attribution.base_credits(),
            *attribution.geocoding_credits(placed[schema.RESOLVE_SOURCE]),
        ),
    )
    options = MapOptions(
        title=title,
        bounds=bounds_of_bbox(bbox),
        tiles=tuple(tiles),
        self_contained=self_contained,
        compact_threshold=compact_threshold,
    )
    return compose_map(events, data=data, options=options)


def _towns_meanwhile(
    countries: gpd.GeoDataFrame, focus: tuple[float, float, float, float]
) -> Callable[[], list[Town]]:
    """:func:`towns_under`, chosen in the second process where one checks coordinates.

    That process holds the gazetteer already; here, loading it only to choose the towns
    took about 0.07 s and 45 MB of fresh memory on the critical path.  The labels are
    added last, so the page is composed meanwhile.
    """
    from bordermap.layers.towns import towns_in

    if not len(countries):
        return list
    return side_process.meanwhile_there(towns_in, tuple(countries.total_bounds), focus=focus)


def _finish(composed: ComposedMap, review: pd.DataFrame) -> BuiltMap:
    return BuiltMap(composed.render(), composed.placed, composed.unplaced, review)
