"""Which towns of the offline gazetteer a map names, and from which zoom.

Only settlements, only in the basemap's window, the most populous first, each shown
from the zoom its population earns (:data:`TOWN_ZOOMS`), capped at :data:`MAX_TOWNS`.
Apart from :mod:`bordermap.layers.towns` (the labels drawn on the page) so that a
process that only chooses towns imports no map library: ``map`` chooses them in its
second process, which holds the gazetteer already.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from bordermap.geo.places.gazetteer import Gazetteer, load_gazetteer

__all__ = [
    "LOCAL_ZOOM",
    "MAX_TOWNS",
    "TOWNS_PER_TILE",
    "TOWN_ZOOMS",
    "Town",
    "towns_in",
]

#: (least population, first zoom it is shown at), largest first.
TOWN_ZOOMS: tuple[tuple[int, int], ...] = (
    (1_000_000, 4),
    (300_000, 5),
    (100_000, 6),
    (30_000, 7),
    (8_000, 8),
    (2_000, 9),
)
#: Towns per map at most: about 35 bytes each in the page.
MAX_TOWNS = 900
#: Towns named per 256-pixel tile at the zoom they appear: more would only collide.
TOWNS_PER_TILE = 4
#: Towns first named at this zoom or closer are kept only in the area shown.
LOCAL_ZOOM = 8
#: Towns smaller than this are first named at :data:`LOCAL_ZOOM` or closer.
_LEAST_POPULATION_BELOW_LOCAL_ZOOM = min(p for p, zoom in TOWN_ZOOMS if zoom < LOCAL_ZOOM)


@dataclass(frozen=True)
class Town:
    """A settlement drawn on the basemap."""

    name: str
    lat: float
    lon: float
    population: int

    @property
    def min_zoom(self) -> int | None:
        """First zoom the town is named at (None: too small for any)."""
        for population, zoom in TOWN_ZOOMS:
            if self.population >= population:
                return zoom
        return None


def towns_in(
    window: tuple[float, float, float, float],
    *,
    focus: tuple[float, float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
    max_towns: int = MAX_TOWNS,
) -> list[Town]:
    """Return the settlements to name in ``window`` (west, south, east, north).

    Parameters
    ----------
    window : tuple of float
        The basemap's area, degrees.
    focus : tuple of float, optional
        The area the map shows; towns named only from :data:`LOCAL_ZOOM` on are
        kept only there (the whole window by default).
    gazetteer : Gazetteer, optional
        The shipped offline gazetteer by default.
    max_towns : int, optional
        How many towns at most, largest first.

    Returns
    -------
    list of Town
        By population (largest first), then name: towns large enough for some zoom
        of :data:`TOWN_ZOOMS`, at most :data:`TOWNS_PER_TILE` per map tile at the
        zoom they appear.
    """
    window = tuple(round(float(v), 4) for v in window)
    focus = tuple(round(float(v), 4) for v in focus) if focus else window
    if gazetteer is None:
        return list(_shipped_towns(window, focus, max_towns))
    return _towns(gazetteer, window, focus, max_towns)


@cache
def _shipped_towns(window: tuple, focus: tuple, max_towns: int) -> tuple:
    return tuple(_towns(load_gazetteer(), window, focus, max_towns))


def _tile(town: Town, zoom: int) -> tuple[int, int, int]:
    # Web Mercator tile of the town at the zoom it is first named.
    scale = 2**zoom
    lat = math.radians(max(-85.05, min(85.05, town.lat)))
    x = int((town.lon + 180.0) / 360.0 * scale)
    y = int((1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * scale)
    return zoom, x, y


def _towns(gazetteer: Gazetteer, window: tuple, focus: tuple, max_towns: int) -> list[Town]:
    west, south, east, north = window
    fwest, fsouth, feast, fnorth = focus
    # The whole gazetteer is cut to the window as columns, and the towns named only
    # close up to the area shown; only towns looked at below become objects.
    ident, lat, lon, population = gazetteer.settlements(TOWN_ZOOMS[-1][0])
    local = population < _LEAST_POPULATION_BELOW_LOCAL_ZOOM
    in_focus = (fwest <= lon) & (lon <= feast) & (fsouth <= lat) & (lat <= fnorth)
    inside = (west <= lon) & (lon <= east) & (south <= lat) & (lat <= north) & (~local | in_focus)
    ident, lat, lon, population = ident[inside], lat[inside], lon[inside], population[inside]
    # Largest first, then by name: one population at a time, so that a map of half the
    # world names a Place for the towns it reaches before it is full, not for all
    # 60,000 in its window (2 s).
    order = np.argsort(-population, kind="stable")
    starts = np.flatnonzero(np.diff(population[order], prepend=-1) != 0).tolist()
    ends = [*starts[1:], len(order)] if starts else []
    per_tile: dict[tuple[int, int, int], int] = {}
    kept: list[Town] = []
    for start, end in zip(starts, ends, strict=True):
        group = [
            Town(
                gazetteer.place(int(ident[i])).name,
                float(lat[i]),
                float(lon[i]),
                int(population[i]),
            )
            for i in order[start:end].tolist()
        ]
        group.sort(key=lambda town: (town.name, town.lat, town.lon))
        for town in group:
            zoom = town.min_zoom
            if zoom is None:
                continue
            tile = _tile(town, zoom)
            if per_tile.get(tile, 0) >= TOWNS_PER_TILE:
                continue
            per_tile[tile] = per_tile.get(tile, 0) + 1
            kept.append(town)
            if len(kept) == max_towns:
                return kept
    return kept
