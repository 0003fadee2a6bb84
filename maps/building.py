"""From recipes or event files to finished maps: load, resolve, gather geometry, compose.

The CLI commands ``map`` and ``build`` are thin wrappers around :func:`build_recipe`
and :func:`quick_map`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import shapely

from bordermap.geo import attribution, boundaries, schema
from bordermap.geo.events import load_events
from bordermap.geo.resolve import PlaceLookup, resolve_events
from bordermap.layers.events import UnplacedEvent
from bordermap.maps.composition import ComposedMap, MapData, MapOptions, compose_map
from bordermap.maps.recipe import Recipe

log = logging.getLogger(__name__)

#: Degrees of basemap kept around the region of interest, so a user can pan a
#: little without falling off the edge of the world.
BASEMAP_MARGIN_DEG = 6.0
#: Degrees added around event extents when a map has no region of interest.
FIT_MARGIN_DEG = 0.5
#: Precisions whose extent is an admin area worth outlining on a quick map.
AREA_PRECISIONS = ("district", "region")


@dataclass
class BuiltMap:
    """A built map: its HTML and what went into it."""

    html: str
    placed: int
    unplaced: list[UnplacedEvent]
    review: pd.DataFrame


def _bounds_of(geometries: Sequence[shapely.Geometry], margin: float) -> list[list[float]] | None:
    present = [g for g in geometries if g is not None and not g.is_empty]
    if not present:
        return None
    west, south, east, north = shapely.total_bounds(present)
    return [
        [max(south - margin, -85.0), max(west - margin, -180.0)],
        [min(north + margin, 85.0), min(east + margin, 180.0)],
    ]


def _basemap(bounds: list[list[float]]) -> gpd.GeoDataFrame:
    (south, west), (north, east) = bounds
    window = (
        max(west - BASEMAP_MARGIN_DEG, -180.0),
        max(south - BASEMAP_MARGIN_DEG, -90.0),
        min(east + BASEMAP_MARGIN_DEG, 180.0),
        min(north + BASEMAP_MARGIN_DEG, 90.0),
    )
    table = boundaries.countries()
    table = table[table.intersects(shapely.box(*window))].copy()
    # Clipping keeps Russia from bringing its whole outline into a Baltic map.
    table["geometry"] = shapely.clip_by_rect(table.geometry.values, *window)
    return table[~table.geometry.is_empty]


def _map_data(
    events: gpd.GeoDataFrame,
    *,
    bounds: list[list[float]],
    pairs: Sequence[str],
    zones_km: Sequence[float],
    region_codes: Sequence[str],
    region_countries: Sequence[str],
) -> MapData:
    lines = boundaries.border_lines(list(pairs)) if pairs else None
    zones = boundaries.border_zones(lines, zones_km) if lines is not None and zones_km else None
    regions = None
    if region_codes or region_countries:
        table = boundaries.regions()
        keep = table["code"].isin(list(region_codes)) | table["iso_a2"].isin(
            list(region_countries)
        )
        missing = sorted(set(region_codes) - set(table["code"]))
        if missing:
            log.warning("no boundary for region code(s) %s; not drawn", ", ".join(missing))
        regions = table[keep]
    return MapData(
        countries=_basemap(bounds),
        border_lines=lines,
        border_zones=zones,
        regions=regions,
        attribution=(attribution.NATURAL_EARTH, attribution.GEONAMES),
    )


def _event_bounds(
    events: gpd.GeoDataFrame, lines: Sequence[shapely.Geometry]
) -> list[list[float]]:
    extents = list(events[schema.EXTENT].values) if len(events) else []
    bounds = _bounds_of(extents + list(lines), FIT_MARGIN_DEG)
    # With nothing placed there is nothing to frame: show Europe's eastern borders.
    return bounds or [[50.0, 18.0], [60.0, 34.0]]


def build_recipe(
    recipe: Recipe,
    *,
    self_contained: bool = True,
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
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
    if recipe.events:
        loaded = load_events([os.fspath(p) for p in recipe.events])
        roi = recipe.bbox or (list(recipe.countries) if recipe.countries else None)
        resolved = resolve_events(loaded, region_of_interest=roi, lookup=lookup, progress=progress)
        events, review = resolved.events, resolved.review
    else:
        events, review = _empty_events(), pd.DataFrame()
    pairs = list(recipe.borders.pairs) if recipe.borders.enabled else []
    if recipe.borders.enabled and not pairs:
        pairs = _pairs_of(events)
    if recipe.bbox:
        west, south, east, north = recipe.bbox
        bounds = [[south, west], [north, east]]
    elif recipe.countries:
        table = boundaries.countries()
        chosen = table[table["iso_a2"].isin(list(recipe.countries))]
        bounds = _bounds_of(list(chosen.geometry.values), 0.2) or _event_bounds(events, [])
    else:
        lines = boundaries.border_lines(pairs).geometry.values if pairs else []
        bounds = _event_bounds(_placed(events), list(lines))
    data = _map_data(
        events,
        bounds=bounds,
        pairs=pairs,
        zones_km=recipe.borders.zones_km if recipe.borders.enabled else (),
        region_codes=recipe.regions.codes if recipe.regions.enabled else (),
        region_countries=recipe.regions.countries if recipe.regions.enabled else (),
    )
    options = MapOptions(
        title=recipe.title,
        description=recipe.description,
        bounds=bounds,
        tiles=recipe.tiles,
        events=recipe.events_layer.enabled,
        cluster=recipe.events_layer.cluster,
        colour_by=recipe.events_layer.colour_by,
        heat=recipe.heat.enabled,
        heat_radius=recipe.heat.radius,
        time_filter=recipe.time_filter,
        self_contained=self_contained,
    )
    return _finish(compose_map(events, data=data, options=options), review)


def quick_map(
    paths: Sequence[str | os.PathLike[str]],
    *,
    title: str,
    self_contained: bool = True,
    tiles: Sequence[str] = (),
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuiltMap:
    """Build a map of event files with default layers, without a recipe.

    The map frames the placed events, highlights the borders they lie nearest to and
    outlines the regions named as places.

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

    Returns
    -------
    BuiltMap
    """
    resolved = resolve_events(
        load_events([os.fspath(p) for p in paths]), lookup=lookup, progress=progress
    )
    events = resolved.events
    placed = _placed(events)
    pairs = _pairs_of(events)
    lines = boundaries.border_lines(pairs).geometry.values if pairs else []
    bounds = _event_bounds(placed, list(lines))
    areas = placed[placed[schema.PRECISION].isin(AREA_PRECISIONS)]
    codes = sorted({c for c in areas[schema.ADMIN1_CODE] if c})
    data = _map_data(
        events, bounds=bounds, pairs=pairs, zones_km=(), region_codes=codes, region_countries=()
    )
    options = MapOptions(
        title=title, bounds=bounds, tiles=tuple(tiles), self_contained=self_contained
    )
    return _finish(compose_map(events, data=data, options=options), resolved.review)


def _finish(composed: ComposedMap, review: pd.DataFrame) -> BuiltMap:
    return BuiltMap(composed.render(), composed.placed, composed.unplaced, review)


def _placed(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return events[(events[schema.RESOLVE_STATUS] == "resolved") & events.geometry.notna()]


def _pairs_of(events: gpd.GeoDataFrame) -> list[str]:
    placed = _placed(events)
    border_events = placed[placed[schema.PRECISION] == "border"]
    return sorted({b for b in border_events[schema.BORDER] if b})


def _empty_events() -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {column: pd.Series(dtype=object) for column in (*schema.EVENT_COLUMNS, schema.EXTENT)},
        geometry=gpd.GeoSeries([], crs=schema.CRS),
        crs=schema.CRS,
    )
    for column in (schema.DATE_START, schema.DATE_END, schema.RESOLVE_STATUS, schema.PRECISION):
        frame[column] = pd.Series(dtype=object)
    return frame
