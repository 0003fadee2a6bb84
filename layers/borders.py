"""Shared land borders and the buffer zones along them."""

from __future__ import annotations

import geopandas as gpd

from bordermap.layers.geojson import to_geojson_geometry
from bordermap.layers.overlay import VectorOverlay, feature

BORDER_STYLE = {"color": "#222222", "weight": 3.5, "opacity": 0.9, "lineCap": "round"}
#: Nearest zone darkest, so the eye reads distance from the line.
ZONE_OPACITY = (0.22, 0.14, 0.08, 0.05)
ZONE_COLOUR = "#4b6a88"
#: Borders are drawn at a ~100 m tolerance: they are the subject of the map.
BORDER_SIMPLIFY_DEG = 0.001


def border_layer(
    lines: gpd.GeoDataFrame,
    *,
    names: dict[str, str] | None = None,
    name: str = "Borders",
) -> VectorOverlay:
    """Highlight shared border lines with the pair and length in a tooltip.

    Parameters
    ----------
    lines : GeoDataFrame
        Columns ``border`` ("BY-LV"), ``a``, ``b`` (ISO alpha-2), ``length_km`` and a
        line ``geometry``, EPSG:4326.
    names : dict of str to str, optional
        Country names by ISO alpha-2 for the tooltip ("Belarus–Latvia border").
    name : str, optional
        Name in the layer control.

    Returns
    -------
    VectorOverlay
    """
    names = names or {}
    features = []
    for row in lines.sort_values("border", kind="stable").itertuples(index=False):
        geometry = to_geojson_geometry(row.geometry, simplify_deg=BORDER_SIMPLIFY_DEG)
        if geometry is None:
            continue
        pair = f"{names.get(row.a, row.a)}–{names.get(row.b, row.b)}"
        tooltip = f"{pair} border ({row.border})\n{row.length_km:,.0f} km"
        features.append(feature(geometry, style=BORDER_STYLE, tooltip=tooltip))
    return VectorOverlay(features, name=name)


def zone_layer(zones: gpd.GeoDataFrame, *, name: str = "Border zones") -> VectorOverlay:
    """Draw buffer zones along borders, nearest band darkest.

    Parameters
    ----------
    zones : GeoDataFrame
        Columns ``border``, ``distance_km``, ``side`` (ISO alpha-2 of the side) and a
        polygon ``geometry`` (the band up to that distance), EPSG:4326.
    name : str, optional
        Name in the layer control.

    Returns
    -------
    VectorOverlay
        Widest zones first, so narrower ones lie on top and keep their tooltip.
    """
    distances = sorted({float(d) for d in zones["distance_km"]})
    ordered = zones.assign(_d=zones["distance_km"].astype(float)).sort_values(
        ["_d", "border", "side"], ascending=[False, True, True], kind="stable"
    )
    features = []
    for row in ordered.itertuples(index=False):
        geometry = to_geojson_geometry(row.geometry, simplify_deg=BORDER_SIMPLIFY_DEG)
        if geometry is None:
            continue
        rank = distances.index(float(row.distance_km))
        style = {
            "stroke": False,
            "fillColor": ZONE_COLOUR,
            "fillOpacity": ZONE_OPACITY[min(rank, len(ZONE_OPACITY) - 1)],
        }
        tooltip = (
            f"Within {float(row.distance_km):g} km of the {row.border} border ({row.side} side)"
        )
        features.append(feature(geometry, style=style, tooltip=tooltip))
    return VectorOverlay(features, name=name)
