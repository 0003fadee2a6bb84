"""Country and admin-1 region outlines with their names."""

from __future__ import annotations

import geopandas as gpd

from bordermap.layers.geojson import to_geojson_geometry
from bordermap.layers.overlay import VectorOverlay, feature, label

REGION_STYLE = {
    "color": "#4d4d4d",
    "weight": 1.2,
    "dashArray": "4 3",
    "fill": True,
    "fillOpacity": 0.0,
}
COUNTRY_STYLE = {"color": "#333333", "weight": 1.6, "fill": True, "fillOpacity": 0.0}
REGION_SIMPLIFY_DEG = 0.002
#: Regions smaller than this (square degrees, about a city like Minsk) keep their name
#: in the tooltip only: a label there would sit on top of its neighbours' names.
MIN_LABEL_AREA_DEG2 = 0.1


def region_layer(
    regions: gpd.GeoDataFrame,
    *,
    country_names: dict[str, str] | None = None,
    name: str = "Regions",
) -> VectorOverlay:
    """Outline admin-1 regions, named in a tooltip.

    Parameters
    ----------
    regions : GeoDataFrame
        Columns ``iso_a2``, ``code`` (ISO 3166-2), ``name`` and a polygon ``geometry``.
    country_names : dict of str to str, optional
        Country names by ISO alpha-2, added to the tooltip.
    name : str, optional
        Name in the layer control.
    """
    country_names = country_names or {}
    features = []
    labels = []
    for row in regions.sort_values("code", kind="stable").itertuples(index=False):
        geometry = to_geojson_geometry(row.geometry, simplify_deg=REGION_SIMPLIFY_DEG)
        if geometry is None:
            continue
        country = country_names.get(row.iso_a2, row.iso_a2)
        tooltip = f"{row.name} ({row.code})\n{country}"
        features.append(feature(geometry, style=REGION_STYLE, tooltip=tooltip))
        if row.geometry.area >= MIN_LABEL_AREA_DEG2:
            labels.append(
                label(row.geometry.point_on_surface(), row.name, css_class="bm-label-region")
            )
    return VectorOverlay(features, name=name, labels=labels)


def country_layer(countries: gpd.GeoDataFrame, *, name: str = "Country outlines") -> VectorOverlay:
    """Outline countries, named in a tooltip.

    Parameters
    ----------
    countries : GeoDataFrame
        Columns ``iso_a2``, ``name`` and a polygon ``geometry``.
    name : str, optional
        Name in the layer control.
    """
    features = []
    for row in countries.sort_values("iso_a2", kind="stable").itertuples(index=False):
        geometry = to_geojson_geometry(row.geometry, simplify_deg=REGION_SIMPLIFY_DEG)
        if geometry is None:
            continue
        features.append(
            feature(geometry, style=COUNTRY_STYLE, tooltip=f"{row.name} ({row.iso_a2})")
        )
    return VectorOverlay(features, name=name)
