"""The shipped admin-1 regions file, read country by country without pandas.

``data/boundaries/admin1.pack`` (written by ``scripts/build_boundaries.py``; format in
:mod:`bordermap.geo.packed`) holds, per country, the regions' properties as JSON and
their polygons as packed arrays.  Its header lists every region code and its country,
so a lookup by code unpacks one country only.  This module hands out plain shapely
geometries and dicts: the geocoder needs one region's polygon and must not pay for
importing geopandas; :func:`bordermap.geo.borders.boundaries.regions` builds GeoDataFrames
from it.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import shapely

import bordermap.data
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import PackedFile, unpack_polygons

__all__ = [
    "REGIONS_FILE",
    "clear_cache",
    "region_codes",
    "region_countries",
    "region_geometry",
    "region_rows",
]

REGIONS_FILE = Path(bordermap.data.__file__).parent / "boundaries" / "admin1.pack"


@lru_cache(maxsize=1)
def _file() -> PackedFile:
    try:
        return PackedFile.read(REGIONS_FILE)
    except FileNotFoundError:
        raise GeometryDataError(
            f"{REGIONS_FILE}: admin-1 boundaries missing; run `make data` to rebuild them"
        ) from None


def region_codes() -> dict[str, str]:
    """ISO 3166-2 code -> ISO alpha-2 country of every region in the file."""
    return _file().meta["codes"]


def region_countries() -> list[str]:
    """ISO alpha-2 codes of the countries that have regions, sorted."""
    return sorted(_file().meta["countries"])


@cache
def _country(iso2: str) -> tuple[tuple[dict, ...], np.ndarray]:
    packed = _file()
    if iso2 not in packed.meta["countries"]:
        return (), np.empty(0, dtype=object)
    rows = json.loads(packed.array(f"{iso2}.props").tobytes().decode("utf-8"))
    return tuple(rows), unpack_polygons(packed, f"{iso2}.")


def region_rows(iso2: str) -> tuple[tuple[dict, ...], np.ndarray]:
    """Properties (``iso_a2``, ``code``, ``name``, ``names``) and polygons of a country's
    regions, sorted by code; empty for a country without regions.  Cached per process."""
    return _country(iso2)


def region_geometry(code: str) -> shapely.Geometry | None:
    """The (multi)polygon of one region by ISO 3166-2 code, or None when unknown."""
    iso2 = region_codes().get(code.upper())
    if iso2 is None:
        return None
    rows, geoms = _country(iso2)
    for row, geom in zip(rows, geoms, strict=True):
        if row["code"] == code.upper():
            return geom
    return None


def clear_cache() -> None:
    """Forget what was read (for tests that point :data:`REGIONS_FILE` elsewhere)."""
    _file.cache_clear()
    _country.cache_clear()
