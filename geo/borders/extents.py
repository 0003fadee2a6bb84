"""Geometries of the areas a place result stands for, taken from the boundary data.

The gazetteer knows names and points; the extent of a country, a region or a border
comes from :mod:`bordermap.geo.borders.boundaries`.  The lookups are cached by code, since a
run asks for the same few countries and borders again and again.
"""

from __future__ import annotations

from functools import lru_cache

from shapely.geometry.base import BaseGeometry

from bordermap.geo.errors import GeometryDataError

__all__ = ["border_extent", "country_extent", "region_extent"]


def _country_geometry(iso_a2: str) -> BaseGeometry | None:
    # One outline unpacked from the packed file, the geometry countries() has, without
    # building the GeoDataFrame of every country (and so importing geopandas).
    from bordermap.geo.borders import boundaries

    if iso_a2 not in boundaries.country_bounds()[0]:
        return None
    return boundaries.country_outline(iso_a2)


def _region_geometry(code: str) -> BaseGeometry | None:
    # Straight from the packed file: only the region's own country is unpacked, and
    # neither geopandas nor pandas is imported for it.
    from bordermap.geo.borders import admin1

    return admin1.region_geometry(code)


def country_extent(iso_a2: str) -> BaseGeometry:
    """Return the (multi)polygon of a country.

    Raises
    ------
    GeometryDataError
        If the boundary data has no polygon for ``iso_a2``.
    """
    geometry = _country_geometry(iso_a2)
    if geometry is None:
        raise GeometryDataError(f"no country polygon for {iso_a2!r} in the boundary data")
    return geometry


def region_extent(code: str) -> BaseGeometry:
    """Return the (multi)polygon of an admin-1 region by ISO 3166-2 code.

    Raises
    ------
    GeometryDataError
        If the boundary data has no polygon for ``code``.
    """
    geometry = _region_geometry(code)
    if geometry is None:
        raise GeometryDataError(f"no region polygon for {code!r} in the boundary data")
    return geometry


@lru_cache(maxsize=256)
def border_extent(a: str, b: str) -> BaseGeometry:
    """Return the land border line shared by two countries.

    Raises
    ------
    GeometryDataError
        If the two countries share no land border.
    """
    from bordermap.geo.borders import boundaries

    return boundaries.border_line(a, b)
