"""Basemaps: offline country polygons by default, tile providers as an option."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
import xyzservices
import xyzservices.providers
from branca.element import MacroElement
from folium.raster_layers import TileLayer
from folium.template import Template
from shapely.geometry.base import BaseGeometry

from bordermap.geo.errors import RecipeError
from bordermap.layers.geojson import to_geojson_geometry
from bordermap.layers.overlay import VectorOverlay, feature, label
from bordermap.layers.scriptjson import to_script_json

#: About 1 km: invisible at the zoom levels a border overview uses, and it keeps
#: the file small.
BASEMAP_SIMPLIFY_DEG = 0.01

LAND_STYLE = {
    "color": "#9a9a9a",
    "weight": 0.8,
    "fillColor": "#f3f1ec",
    "fillOpacity": 1.0,
}


def country_basemap(
    countries: gpd.GeoDataFrame,
    *,
    attribution: str,
    simplify_deg: float = BASEMAP_SIMPLIFY_DEG,
    name: str = "Countries (offline)",
) -> VectorOverlay:
    """Draw country polygons as an offline base layer under everything else.

    Parameters
    ----------
    countries : GeoDataFrame
        One row per country (``iso_a2``, ``name``, polygon ``geometry``), EPSG:4326.
    attribution : str
        Credit for the boundary data, shown in the map's attribution line.
    simplify_deg : float, optional
        Simplification tolerance in degrees.
    name : str, optional
        Name in the layer control.

    Returns
    -------
    VectorOverlay
        A base layer (not an overlay), without mouse interaction.
    """
    features = []
    labels = []
    for row in countries.sort_values("iso_a2", kind="stable").itertuples(index=False):
        geometry = to_geojson_geometry(
            unwrap_antimeridian(row.geometry), simplify_deg=simplify_deg
        )
        if geometry is not None:
            features.append(feature(geometry, style=LAND_STYLE))
            # The largest part carries the name, so Kaliningrad does not name Russia.
            part = _largest_part(row.geometry)
            labels.append(
                (
                    -part.area,
                    row.name,
                    label(part.point_on_surface(), row.name, css_class="bm-label-country"),
                )
            )
    # Largest first: where names collide the page keeps the first (labels.js), so a
    # zoomed-out view names Russia and Germany rather than Liechtenstein.
    labels = [entry for _, _, entry in sorted(labels, key=lambda item: item[:2])]
    return VectorOverlay(
        features,
        name=name,
        overlay=False,
        interactive=False,
        attribution=attribution,
        labels=labels,
    )


def unwrap_antimeridian(geometry: BaseGeometry, *, near_deg: float = 10.0) -> BaseGeometry:
    """Move the smaller side of a shape cut by the antimeridian next to the larger one.

    Natural Earth cuts Russia at 180°: Chukotka's eastern tip lies at -180…-169.
    Drawn as is, it sits at the far left of the world and a view of the Bering
    Strait shows half of it.  Here the parts on the side with less area are shifted
    by 360° (Chukotka to 180…191°, the Aleutians west of 180° to -188…-180°), which
    Leaflet draws beside the rest.

    Parameters
    ----------
    geometry : shapely geometry
        EPSG:4326.
    near_deg : float, optional
        Parts within this many degrees of ±180° count as touching it.

    Returns
    -------
    shapely geometry
        The same geometry when it has parts near only one side of the antimeridian.
    """
    parts = list(getattr(geometry, "geoms", [geometry]))
    touches_west = any(p.bounds[0] <= -180.0 + near_deg for p in parts)
    touches_east = any(p.bounds[2] >= 180.0 - near_deg for p in parts)
    if not (touches_west and touches_east):
        return geometry
    # Each side of the cut: the parts of its hemisphere that reach its far half.
    west = [p for p in parts if p.bounds[0] < -90.0 and p.bounds[2] < 0.0]
    east = [p for p in parts if p.bounds[2] > 90.0 and p.bounds[0] > 0.0]
    if not west or not east:
        return geometry
    west_area = sum(p.area for p in west)
    east_area = sum(p.area for p in east)
    moved, shift = (west, 360.0) if west_area < east_area else (east, -360.0)
    offset = np.array([shift, 0.0])
    shifted = [
        shapely.transform(p, lambda xy: xy + offset) if any(p is m for m in moved) else p
        for p in parts
    ]
    return type(geometry)(shifted) if len(parts) > 1 else shifted[0]


def _largest_part(geometry: BaseGeometry) -> BaseGeometry:
    parts = getattr(geometry, "geoms", None)
    if not parts:
        return geometry
    return max(parts, key=lambda part: part.area)


def tile_provider(provider_name: str) -> xyzservices.TileProvider:
    """Look up an xyzservices provider by name such as ``"OpenStreetMap.Mapnik"``.

    Raises
    ------
    RecipeError
        If the name is unknown or the provider needs an API key.
    """
    try:
        provider = xyzservices.providers.query_name(provider_name)
    except ValueError as err:
        raise RecipeError(
            f"unknown tile provider {provider_name!r}; use an xyzservices name such as "
            "'OpenStreetMap.Mapnik' or 'CartoDB.Positron'"
        ) from err
    if provider.requires_token():
        raise RecipeError(f"tile provider {provider_name!r} needs an API key; pick another")
    return provider


def tile_basemap(provider_name: str) -> TileLayer:
    """Return a tile layer for an xyzservices provider name such as ``"OpenStreetMap.Mapnik"``.

    Tiles need the network; the offline basemap stays available beside them.

    Raises
    ------
    RecipeError
        If the name is unknown or the provider needs an API key.
    """
    provider = tile_provider(provider_name)
    return TileLayer(
        tiles=provider.build_url(),
        attr=provider.html_attribution,
        name=provider.name,
        max_zoom=provider.get("max_zoom", 18),
        overlay=False,
        control=True,
        show=False,
    )


class BasemapLimits(MacroElement):
    """Keep the view inside the area the offline basemap draws, so its cut edges never
    show: the map cannot be panned past them, nor zoomed out beyond them.

    Parameters
    ----------
    countries : GeoDataFrame
        The basemap's countries (cut to its window), EPSG:4326.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function (map, bounds) {
                var area = L.latLngBounds(bounds);
                // Brought back inside at once, never by an animated pan: a pan still
                // running when a link's view is set would end where it was going.
                function inside() { map.panInsideBounds(area, {animate: false}); }
                inside();
                map.setMaxBounds(area);
                map.off("moveend", map._panInsideMaxBounds);
                map.on("moveend", inside);
                map.options.maxBoundsViscosity = 1.0;
                // The least zoom whose view fits inside the area; it depends on the
                // window's size, so it follows every resize.  Never above the zoom
                // in use: a limit only stops zooming out, it never moves the view.
                function limit() {
                    var size = map.getSize();
                    if (!size.x || !size.y) { return; }
                    var least = map.getBoundsZoom(area, true);
                    map.setMinZoom(Math.max(1, Math.min(least, map.getZoom())));
                }
                limit();
                map.on("resize", limit);
            })({{ this._parent.get_name() }}, {{ this.bounds_json }});
        {% endmacro %}
        """
    )

    def __init__(self, countries: gpd.GeoDataFrame) -> None:
        super().__init__()
        self._name = "BasemapLimits"
        unwrapped = shapely.union_all(
            [shapely.box(*unwrap_antimeridian(g).bounds) for g in countries.geometry.values]
        )
        west, south, east, north = (round(float(v), 4) for v in unwrapped.bounds)
        self.bounds = [[max(south, -85.0), west], [min(north, 85.0), east]]
        self.bounds_json = to_script_json(self.bounds)
