"""Shapely geometries as compact, stable GeoJSON for the page."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

#: Five decimals of a degree is about one metre: finer than any boundary we draw,
#: and rounding makes the output identical whatever the float noise upstream.
DECIMALS = 5


def to_geojson_geometry(
    geometry: BaseGeometry, *, simplify_deg: float = 0.0, decimals: int = DECIMALS
) -> dict | None:
    """Return a GeoJSON geometry mapping with rounded coordinates.

    Parameters
    ----------
    geometry : shapely geometry
        In EPSG:4326.
    simplify_deg : float, optional
        Douglas–Peucker tolerance in degrees (topology preserved); 0 keeps every vertex.
    decimals : int, optional
        Decimal places kept.

    Returns
    -------
    dict or None
        ``None`` for a missing or empty geometry.
    """
    if geometry is None or geometry.is_empty:
        return None
    if simplify_deg > 0:
        geometry = shapely.simplify(geometry, simplify_deg, preserve_topology=True)
    rounded = shapely.transform(geometry, lambda xy: np.round(xy, decimals))
    if rounded.is_empty:
        return None
    return _plain(shapely.geometry.mapping(rounded))


def _plain(value: object) -> object:
    # mapping() returns tuples and numpy floats; JSON wants lists and floats, and
    # -0.0 must not differ from 0.0 between runs.
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, float | np.floating):
        number = float(value)
        return 0.0 if number == 0 else number
    return value


def feature_bounds(geometries: list[BaseGeometry]) -> list[list[float]] | None:
    """Return ``[[south, west], [north, east]]`` around the non-empty geometries, or None."""
    present = [g for g in geometries if g is not None and not g.is_empty]
    if not present:
        return None
    west, south, east, north = shapely.total_bounds(present)
    return [[float(south), float(west)], [float(north), float(east)]]
