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
    if shapely.has_z(rounded):
        return _plain(shapely.geometry.mapping(rounded))
    return _mapping(rounded)


def _ring(coords: object) -> list:
    # One array per ring or line, not a Python call per number (a country outline has
    # tens of thousands); adding 0.0 turns -0.0 into 0.0, as _plain does.
    return (np.asarray(coords, dtype=np.float64).reshape(-1, 2) + 0.0).tolist()


def _mapping(geometry: BaseGeometry) -> dict:
    """What ``_plain(mapping(geometry))`` gives for a 2D geometry, built ring by ring."""
    kind = geometry.geom_type
    if kind == "GeometryCollection":
        return {"type": kind, "geometries": [_mapping(part) for part in geometry.geoms]}
    if kind == "Point":
        coordinates: object = _ring(geometry.coords)[0]
    elif kind == "LineString":
        coordinates = _ring(geometry.coords)
    elif kind == "Polygon":
        coordinates = _rings(geometry)
    elif kind == "MultiPoint":
        coordinates = [_ring(part.coords)[0] for part in geometry.geoms]
    elif kind == "MultiLineString":
        coordinates = [_ring(part.coords) for part in geometry.geoms]
    elif kind == "MultiPolygon":
        coordinates = [_rings(part) for part in geometry.geoms]
    else:
        return _plain(shapely.geometry.mapping(geometry))
    return {"type": kind, "coordinates": coordinates}


def _rings(polygon: BaseGeometry) -> list:
    if polygon.is_empty:
        return []
    return [_ring(polygon.exterior.coords), *(_ring(r.coords) for r in polygon.interiors)]


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
