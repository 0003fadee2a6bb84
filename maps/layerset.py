"""Every layer a recipe's map is made of, as GeoDataFrames: ``recipe_layers``.

Export, the static figure, the tables and the report all start here, so they show
the same events, borders, zones and regions as each other and as the interactive
map, from one resolution of the events.  The choices follow
:func:`bordermap.maps.building.build_recipe`: the recipe's border pairs (or, when it
names none, the borders its border-precision events lie on), its zones and regions,
and its region of interest as the area shown.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from bordermap.geo import attribution, schema
from bordermap.geo.borders import boundaries
from bordermap.geo.events.loading import LOADED_COLUMNS, load_events
from bordermap.geo.places import side_process
from bordermap.geo.places.scope import KM_PER_DEGREE
from bordermap.geo.resolve import RESOLVED_COLUMNS, REVIEW_COLUMNS, PlaceLookup, resolve_events
from bordermap.layers.basemap import tile_provider
from bordermap.maps.recipe import Recipe

#: Degrees kept around events when the recipe names no region (as the map does).
FIT_MARGIN_DEG = 0.5
#: Degrees kept around the countries a recipe names.
COUNTRY_MARGIN_DEG = 0.2
#: Degrees of basemap drawn around the area shown.
BASEMAP_MARGIN_DEG = 6.0
#: Area shown when nothing can be framed: the EU's eastern land borders.
DEFAULT_BBOX = (18.0, 50.0, 34.0, 60.0)


@dataclass(frozen=True)
class RecipeLayers:
    """The layers of one recipe's map, all EPSG:4326.

    Attributes
    ----------
    recipe : Recipe
        The recipe they were built from.
    events : GeoDataFrame
        Every event, resolved or not (see :func:`bordermap.geo.resolve.resolve_events`).
    review : DataFrame
        Events whose place is unresolved or ambiguous, with the reason.
    countries : GeoDataFrame
        Basemap countries cut to the neighbourhood of the area shown.
    border_lines, border_zones, regions : GeoDataFrame or None
        As from :mod:`bordermap.geo.borders.boundaries`; None when the recipe has none.
    bbox : (west, south, east, north)
        Area the map shows, degrees.
    attribution : tuple of str
        Credits for the boundary and place data.
    tile_attribution : tuple of str
        Credits of the tile providers the interactive map offers (none by default).
    """

    recipe: Recipe
    events: gpd.GeoDataFrame
    review: pd.DataFrame
    countries: gpd.GeoDataFrame
    border_lines: gpd.GeoDataFrame | None
    border_zones: gpd.GeoDataFrame | None
    regions: gpd.GeoDataFrame | None
    bbox: tuple[float, float, float, float]
    attribution: tuple[str, ...]
    tile_attribution: tuple[str, ...] = ()


def _empty_events() -> gpd.GeoDataFrame:
    columns = [*LOADED_COLUMNS, *RESOLVED_COLUMNS]
    frame = gpd.GeoDataFrame(
        {c: pd.Series(dtype=object) for c in columns},
        geometry=gpd.GeoSeries([], crs=schema.CRS),
        crs=schema.CRS,
    )
    frame[schema.EXTENT] = gpd.GeoSeries([], crs=schema.CRS)
    return frame[[*columns, schema.EXTENT, "geometry"]]


def placed_events(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The resolved events that have a geometry to draw."""
    geometry = events.geometry.values
    drawable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    return events[(events[schema.RESOLVE_STATUS] == "resolved").to_numpy() & drawable]


def drawn_extents(placed: gpd.GeoDataFrame) -> list:
    """The extents of placed events as the map draws them.

    A place drawn as a circle around a point (a district or region the data has no
    outline of, "near X") reaches as far as its circle: the map's first view must hold
    the whole circle, not only its centre.
    """
    extents = np.asarray(placed[schema.EXTENT].values, dtype=object).copy()
    km = placed[schema.UNCERTAINTY_KM].to_numpy(dtype=float)
    # Whole columns first: at 100,000 events a Python test per event took 0.1 s, and
    # few events are circles.
    circles = np.flatnonzero((shapely.get_type_id(extents) == 0) & (km > 0))
    if len(circles):
        # The boxes in one call (4,000 circles at 100,000 events: a box and two
        # coordinates read per circle took 0.01 s), of the same numbers.
        x, y = shapely.get_x(extents[circles]), shapely.get_y(extents[circles])
        # The circle is drawn in kilometres: away from the equator it spans more
        # degrees of longitude than of latitude.
        half_lat = km[circles] / KM_PER_DEGREE
        # Python's cosine, as each circle had it (NumPy's may differ in the last bit).
        cosines = [max(math.cos(math.radians(lat)), 0.01) for lat in y.tolist()]
        half_lon = half_lat / np.array(cosines, dtype=float)
        extents[circles] = shapely.box(x - half_lon, y - half_lat, x + half_lon, y + half_lat)
    return list(extents)


def bbox_of(geometries, margin: float) -> tuple[float, float, float, float] | None:
    """Bounds (west, south, east, north) of the geometries plus ``margin`` degrees."""
    values = np.asarray(geometries, dtype=object)
    present = values[~(shapely.is_missing(values) | shapely.is_empty(values))]
    if not len(present):
        return None
    west, south, east, north = shapely.total_bounds(present)
    return (
        max(west - margin, -180.0),
        max(south - margin, -85.0),
        min(east + margin, 180.0),
        min(north + margin, 85.0),
    )


def basemap_countries(bbox: tuple[float, float, float, float]) -> gpd.GeoDataFrame:
    """Countries near ``bbox`` (west, south, east, north), cut to a window around it.

    Cutting keeps Russia from bringing its whole outline into a Baltic map.
    """
    west, south, east, north = bbox
    window = (
        max(west - BASEMAP_MARGIN_DEG, -180.0),
        max(south - BASEMAP_MARGIN_DEG, -90.0),
        min(east + BASEMAP_MARGIN_DEG, 180.0),
        min(north + BASEMAP_MARGIN_DEG, 90.0),
    )
    table = boundaries.countries()
    table = table[table.intersects(shapely.box(*window))].copy()
    table["geometry"] = shapely.clip_by_rect(table.geometry.values, *window)
    return table[~table.geometry.is_empty].reset_index(drop=True)


def recipe_layers(
    recipe: Recipe,
    *,
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RecipeLayers:
    """Load and resolve a recipe's events and gather the geometry its map draws.

    Parameters
    ----------
    recipe : Recipe
        A checked recipe (:func:`bordermap.maps.recipe.load_recipe`).
    lookup : callable, optional
        Place lookup for :func:`~bordermap.geo.resolve.resolve_events`; the offline
        gazetteer by default.
    progress : callable, optional
        Called as ``progress(done, total)`` while places are resolved.

    Returns
    -------
    RecipeLayers

    Raises
    ------
    EventFileError
        If an events file has problems (all are listed).
    GeometryDataError
        If a border pair or country code is unknown.
    """
    if recipe.events:
        # source_file is relative to the recipe: outputs never show the machine's folders.
        # Large event files: the truth checks' look-ups get a second process (as in
        # ``resolve``), loading its data while the events are read.
        with side_process.warmed_up_for([recipe.path.parent / p for p in recipe.events]):
            loaded = load_events([os.fspath(p) for p in recipe.events], base=recipe.path.parent)
            roi = recipe.bbox or (list(recipe.countries) if recipe.countries else None)
            resolved = resolve_events(
                loaded, region_of_interest=roi, lookup=lookup, progress=progress
            )
        events, review = resolved.events, resolved.review
    else:
        events, review = _empty_events(), pd.DataFrame(columns=list(REVIEW_COLUMNS))

    placed = placed_events(events)
    pairs: list[str] = []
    if recipe.borders.enabled:
        pairs = list(recipe.borders.pairs) or sorted(
            {b for b in placed.loc[placed[schema.PRECISION] == "border", schema.BORDER] if b}
        )
    lines = boundaries.border_lines(pairs) if pairs else None
    zones = (
        boundaries.border_zones(lines, recipe.borders.zones_km)
        if lines is not None and recipe.borders.zones_km
        else None
    )
    regions = None
    if recipe.regions.enabled and (recipe.regions.codes or recipe.regions.countries):
        table = boundaries.regions()
        keep = table["code"].isin(list(recipe.regions.codes)) | table["iso_a2"].isin(
            list(recipe.regions.countries)
        )
        regions = table[keep].reset_index(drop=True)

    if recipe.bbox:
        bbox = recipe.bbox
    elif recipe.countries:
        table = boundaries.countries()
        chosen = table[table["iso_a2"].isin(list(recipe.countries))]
        bbox = bbox_of(chosen.geometry.values, COUNTRY_MARGIN_DEG)
    else:
        extents = drawn_extents(placed)
        bbox = bbox_of(
            extents + (list(lines.geometry.values) if lines is not None else []),
            FIT_MARGIN_DEG,
        )
    bbox = tuple(float(v) for v in (bbox or DEFAULT_BBOX))

    tiles = tuple(tile_provider(name) for name in recipe.tiles)
    return RecipeLayers(
        recipe=recipe,
        events=events,
        review=review,
        countries=basemap_countries(bbox),
        border_lines=lines,
        border_zones=zones,
        regions=regions,
        bbox=bbox,
        attribution=(
            *attribution.base_credits(),
            *attribution.geocoding_credits(placed[schema.RESOLVE_SOURCE]),
        ),
        tile_attribution=tuple(f"{p.name}: {p.attribution}" for p in tiles),
    )
