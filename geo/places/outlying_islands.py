"""Islands of an admin-1 region that the shipped outline of the region leaves out.

The 1:10m outlines are generalised, and some leave a region's islands out or draw
them inside a neighbour: Natural Earth's Incheon is the mainland city only, while
Yeonpyeong Island, part of Incheon's Ongjin County, lies inside Gyeonggi's outline
70 km west of it.  "서해 연평도 근해" (the waters off Yeonpyeong) was answered with
Incheon, drawn where the island is not.  For the islands of
``data/gazetteer/outlying_islands.tsv`` (each with its region, name forms, point and
area, from a cited page), a region answered for a text naming the island is drawn
with the island: the region's outline and a disc of the island's area around its
point.  The region stays the answer (its code is the island's), its extent now
holds the island.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import shapely

import bordermap.data
from bordermap.geo.places.discs import disc_km
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult

if TYPE_CHECKING:
    from bordermap.geo.places.resolver import PlaceResolver

__all__ = [
    "OUTLYING_ISLANDS_FILE",
    "OutlyingIsland",
    "island_beyond_its_outline",
    "load_outlying_islands",
]

OUTLYING_ISLANDS_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "outlying_islands.tsv"


@dataclass(frozen=True)
class OutlyingIsland:
    """An island, the ISO 3166-2 region it belongs to, its name forms and extent."""

    region: str
    name: str
    forms: tuple[str, ...]
    lat: float
    lon: float
    area_km2: float

    def disc(self) -> shapely.Polygon:
        """A disc of the island's area around its point (lon/lat degrees)."""
        return disc_km(self.lat, self.lon, math.sqrt(self.area_km2 / math.pi))


@cache
def load_outlying_islands() -> tuple[OutlyingIsland, ...]:
    """The rows of :data:`OUTLYING_ISLANDS_FILE`."""
    lines = OUTLYING_ISLANDS_FILE.read_text(encoding="utf-8").splitlines()[1:]
    islands = []
    for line in lines:
        region, name, forms, lat, lon, area, _source = line.split("\t")
        islands.append(
            OutlyingIsland(
                region, name, tuple(forms.split(";")), float(lat), float(lon), float(area)
            )
        )
    return tuple(islands)


def _named_in(island: OutlyingIsland, text: str) -> bool:
    """Whether ``text`` names the island by one of its forms, as whole words."""
    key = f" {normalise(text)} "
    return any(f" {normalise(form)} " in key for form in island.forms)


def island_beyond_its_outline(resolver: PlaceResolver, result: PlaceResult) -> PlaceResult:
    """``result`` drawn with the island its text names, when its region's outline
    leaves the island out; ``result`` otherwise.

    Parameters
    ----------
    resolver : PlaceResolver
        The resolver that answered (its query is read).
    result : PlaceResult
        Its answer.

    Returns
    -------
    PlaceResult
        For a region answer whose text names an island of that region the region's
        outline does not hold: the same answer, its geometry the outline and the
        island's disc, the note saying so.
    """
    if (
        result.status != "resolved"
        or result.precision != "region"
        or not result.admin1_code
        or result.geometry is None
    ):
        return result
    for island in load_outlying_islands():
        if island.region != result.admin1_code or not _named_in(island, resolver.query):
            continue
        if result.geometry.covers(shapely.Point(island.lon, island.lat)):
            continue
        note = (
            f"the data's outline of {result.name} leaves {island.name} out: it is drawn "
            "with the island"
        )
        resolver.log(note)
        geometry = shapely.union(result.geometry, island.disc())
        return replace(
            result,
            geometry=geometry,
            note="; ".join(n for n in (result.note, note) if n),
        )
    return result
