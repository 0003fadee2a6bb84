"""Compose a map from GeoDataFrames: basemap, borders, regions, events, controls.

This module knows nothing of files or recipes; :mod:`bordermap.maps.building`
gathers the data and calls :func:`compose_map`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import folium
import geopandas as gpd
from folium.map import FitBounds

from bordermap.geo import attribution, schema
from bordermap.geo.events.categories import Category, load_categories
from bordermap.layers.basemap import BasemapLimits, country_basemap, tile_basemap
from bordermap.layers.borders import border_layer, zone_layer
from bordermap.layers.compactdata import point_like_count
from bordermap.layers.compactevents import DEFAULT_COMPACT_THRESHOLD, CompactEventLayer
from bordermap.layers.events import EventLayer, UnplacedEvent
from bordermap.layers.explore import ExploreControls
from bordermap.layers.facets import facet_choices
from bordermap.layers.legend import legend, title_box
from bordermap.layers.movements import add_movements
from bordermap.layers.pagestyle import PageStyle
from bordermap.layers.regions import region_layer
from bordermap.layers.towns import MapLabels, Town
from bordermap.maps.document import MapDocument


@dataclass(frozen=True)
class MapData:
    """Geometry drawn under the events, all EPSG:4326 GeoDataFrames.

    Attributes
    ----------
    countries : GeoDataFrame
        Basemap countries (``iso_a2``, ``name``, geometry), already cut to the area.
    border_lines : GeoDataFrame or None
        ``border``, ``a``, ``b``, ``length_km``, line geometry.
    border_zones : GeoDataFrame or None
        ``border``, ``distance_km``, ``side``, polygon geometry.
    regions : GeoDataFrame or None
        ``iso_a2``, ``code``, ``name``, polygon geometry.
    attribution : tuple of str
        Credits for the boundary and place data, shown on the map.
    towns : list of Town, callable or None
        Towns named on the basemap by zoom (:func:`bordermap.layers.towns.towns_in`);
        None for none.  A callable giving them is called when the labels are added,
        after every other layer, so that they can be chosen elsewhere meanwhile.
    """

    countries: gpd.GeoDataFrame
    border_lines: gpd.GeoDataFrame | None = None
    border_zones: gpd.GeoDataFrame | None = None
    regions: gpd.GeoDataFrame | None = None
    attribution: tuple[str, ...] = ()
    towns: list[Town] | Callable[[], list[Town]] | None = None


@dataclass(frozen=True)
class MapOptions:
    """What the map shows and how (see :class:`bordermap.maps.recipe.Recipe`)."""

    title: str
    description: str = ""
    bounds: list[list[float]] | None = None
    tiles: tuple[str, ...] = ()
    events: bool = True
    cluster: bool = True
    colour_by: str = "category"
    heat: bool = False
    heat_radius: int = 25
    time_filter: bool = True
    self_contained: bool = True
    #: Above this many point-like events the events are drawn in compact mode.
    compact_threshold: int = DEFAULT_COMPACT_THRESHOLD


@dataclass
class ComposedMap:
    """A composed map and what it drew."""

    document: MapDocument
    placed: int = 0
    unplaced: list[UnplacedEvent] = field(default_factory=list)
    compact: bool = False

    def render(self) -> str:
        """Return the HTML page."""
        return self.document.render()


def compose_map(
    events: gpd.GeoDataFrame,
    *,
    data: MapData,
    options: MapOptions,
    categories: dict[str, Category] | None = None,
) -> ComposedMap:
    """Build the folium map for resolved events.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events (unresolved and ambiguous rows included: they are listed
        in the legend, not drawn).
    data : MapData
        Basemap, borders, zones and regions.
    options : MapOptions
        Title, bounds, layers and their options.
    categories : dict of str to Category, optional
        Category vocabulary; the packaged one by default.

    Returns
    -------
    ComposedMap
    """
    categories = categories or load_categories()
    document = MapDocument(options.title, self_contained=options.self_contained)
    # Without tiles Leaflet has no zoom limits, and marker clustering needs them.
    fmap = folium.Map(
        tiles=None, control_scale=True, zoom_start=6, location=(55.0, 27.0), minZoom=3, maxZoom=14
    )
    # folium puts the map in a Figure of its own; ours renders reproducibly.
    document.add_child(fmap, name="map")
    fmap.add_child(PageStyle(), name="page_style")
    view = initial_view(options.bounds, events)
    if view:
        # Set the view before any layer is added, so clusters are computed once at
        # the final zoom instead of animating from the default view.  Without
        # animation: a zoom still running when a link's view or a frame's late size
        # is applied would end at the zoom it started for.
        fit = FitBounds(view)
        fit.options["animate"] = False
        fmap.add_child(fit)

    names = country_names(data.countries)
    credits = " · ".join(map_credits(data.attribution, events))
    fmap.add_child(country_basemap(data.countries, attribution=credits), name="basemap")
    if len(data.countries):
        fmap.add_child(BasemapLimits(data.countries), name="basemap_limits")
    for tiles in options.tiles:
        fmap.add_child(tile_basemap(tiles), name=f"tiles_{tiles}")
    if data.border_zones is not None and len(data.border_zones):
        fmap.add_child(zone_layer(data.border_zones), name="border_zones")
    if data.regions is not None and len(data.regions):
        fmap.add_child(region_layer(data.regions, country_names=names), name="regions")
    if data.border_lines is not None and len(data.border_lines):
        fmap.add_child(border_layer(data.border_lines, names=names), name="borders")

    result = ComposedMap(document)
    placed_events = events.iloc[0:0]
    shared: dict[str, bool] = {}
    compact_layer: CompactEventLayer | None = None
    if options.events:
        result.compact = point_like_count(events) > options.compact_threshold
        if result.compact:
            layer = compact_layer = CompactEventLayer(
                events, categories=categories, colour_by=options.colour_by
            )
        else:
            layer = EventLayer(
                events,
                categories=categories,
                colour_by=options.colour_by,
                cluster=options.cluster,
            )
        fmap.add_child(layer, name="events")
        if isinstance(layer, EventLayer):
            shared = layer.shared_legend
        result.placed = layer.placed_count
        result.unplaced = list(layer.unplaced)
        placed_events = events[
            (events[schema.RESOLVE_STATUS] == "resolved") & events.geometry.notna()
        ]
        add_movements(fmap, events)  # origin → place arrows (layers/movements.py)
        if options.heat:
            # Imported here: folium's plugins (about 0.1 s) serve only this layer.
            from bordermap.layers.heat import heat_layer

            heat = heat_layer(events, radius=options.heat_radius)
            if heat is not None:
                fmap.add_child(heat, name="heat")

    if compact_layer is not None:
        # The towns are the second process's last work (``MapData.towns``): from here
        # this thread waits for them or that process is done, so a core is free, and
        # the compression of the page's data (zlib holds no lock) runs there while
        # this thread composes the rest of the page.
        compact_layer.pack_meanwhile()
    # After every layer that draws labels or badges, so it can keep them apart.
    towns = data.towns() if callable(data.towns) else data.towns
    fmap.add_child(MapLabels(towns or []), name="labels")
    fmap.add_child(folium.LayerControl(collapsed=False, position="topright"), name="layers")
    fmap.add_child(title_box(options.title, description=options.description), name="title")
    used = sorted(set(placed_events[schema.CATEGORY])) if len(placed_events) else None
    fmap.add_child(
        legend(
            categories=categories,
            used_categories=used,
            colour_by=options.colour_by,
            placed=result.placed,
            unplaced=result.unplaced,
            show_borders=data.border_lines is not None and len(data.border_lines) > 0,
            compact=result.compact,
            **shared,
        ),
        name="legend",
    )
    if options.events and len(placed_events):
        # With no dated event there is no range to choose: every event stays shown.
        fmap.add_child(
            ExploreControls(
                placed_events,
                choices=facet_choices(layer.facets, layer.facet_codes, categories=categories),
                bounds=view,
                time_filter=options.time_filter,
            ),
            name="explore",
        )
    return result


def country_names(countries: gpd.GeoDataFrame) -> dict[str, str]:
    """Return ISO alpha-2 → country name."""
    return dict(zip(countries["iso_a2"], countries["name"], strict=True))


def map_credits(credits: tuple[str, ...], events: gpd.GeoDataFrame) -> tuple[str, ...]:
    """Return ``credits`` followed by those owed to online geocoders for ``events``.

    A map composed from events resolved online credits the service even when its
    caller passed only the offline credits; a credit already given is not repeated.
    """
    sources = events.get(schema.RESOLVE_SOURCE, ())
    owed = attribution.geocoding_credits(sources)
    return (*credits, *(credit for credit in owed if credit not in credits))


#: A recipe's area wider than this (degrees of longitude) is a world-scale one, such
#: as any area holding Russia, whose outline reaches both sides of the antimeridian.
WORLD_WIDTH_DEG = 180.0


def initial_view(
    bounds: list[list[float]] | None, events: gpd.GeoDataFrame
) -> list[list[float]] | None:
    """Return the ``[[south, west], [north, east]]`` the map opens at.

    The recipe's area, unless it has none or spans more than :data:`WORLD_WIDTH_DEG`
    of longitude: then the placed events' extent, taken across the antimeridian when
    that is narrower (its east edge then lies beyond 180°, as Leaflet expects).
    """
    if bounds and bounds[1][1] - bounds[0][1] <= WORLD_WIDTH_DEG:
        return bounds
    placed = events[(events[schema.RESOLVE_STATUS] == "resolved") & events.geometry.notna()]
    placed = placed[~placed.geometry.is_empty]
    if not len(placed):
        return bounds
    points = placed.geometry.representative_point()
    lats, lons = points.y.to_numpy(), sorted(points.x.to_numpy())
    west, east = lons[0], lons[-1]
    # The widest gap between neighbouring longitudes, the antimeridian included, is
    # where the view should not be.
    gaps = [(lons[i + 1] - lons[i], i) for i in range(len(lons) - 1)]
    wrap_gap = 360.0 - (east - west)
    widest = max(gaps, default=(0.0, -1))
    if widest[0] > wrap_gap:
        west, east = lons[widest[1] + 1], lons[widest[1]] + 360.0
    pad = 0.5
    return [
        [round(float(lats.min()) - pad, 4), round(float(west) - pad, 4)],
        [round(float(lats.max()) + pad, 4), round(float(east) + pad, 4)],
    ]
