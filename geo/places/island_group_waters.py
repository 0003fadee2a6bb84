"""The waters of an island-group unit: the admin-1 region holding it, not its circle.

"perairan Kabupaten Kepulauan Talaud, Sulawesi Utara" (the waters of the Talaud Islands
regency), "Perairan Kepulauan Talaud", "the waters off the Mentawai Islands": the data
has no outline below admin-1, so a regency is drawn as a circle of about its land's size
around one point.  An island group's land is a scatter of islands over open sea, and its
waters reach past that circle on every side (Talaud's northern islet lies some 150 km
from the point its 60 km circle is drawn around), so the circle would pin a boat to a
spot the text does not give.  The admin-1 region filed for the unit, whose outline takes
in its islands, says honestly where the waters are: it is answered, coarsened, with the
reason.  Only for a text that speaks of waters, and only for a unit whose own name
carries an island-group word; a unit of the land ("perairan Nunukan") keeps its circle.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.places.island_group_unit import ISLAND_GROUP_WORD
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult

__all__ = ["WATERS_WORD", "region_of_an_island_groups_waters"]

#: Words for the waters of a place: Indonesian and Malay "perairan", English "waters",
#: Spanish and Portuguese "aguas"/"águas", Vietnamese "vùng biển" and "hải phận",
#: Filipino "karagatan".
WATERS_WORD = re.compile(
    r"(?<!\w)(?:perairan|waters|aguas|águas|vùng\s+biển|hải\s+phận|karagatan)(?!\w)",
    re.IGNORECASE,
)

#: How far (degrees) the region's outline may lie from the unit's point and still be
#: taken to hold it: the 1:10m outlines cut small islands' coasts.
_OUTLINE_SLACK_DEG = 0.1


def region_of_an_island_groups_waters(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless it is an island-group unit's circle for a text about its waters.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for the region the unit is filed in).

    Returns
    -------
    PlaceResult
        ``result`` itself; or, when ``result`` is a unit below admin-1 whose name carries
        an island-group word and the text speaks of waters, the admin-1 region the unit
        is filed in, coarsened, when that region's outline holds the unit's point.
    """
    if (
        result.status != "resolved"
        or result.precision != "district"
        or not result.admin1_code
        or result.lat is None
        or result.lon is None
        or ISLAND_GROUP_WORD.search(result.name or "") is None
        or WATERS_WORD.search(query) is None
    ):
        return result
    region = resolver.gaz.region(result.admin1_code)
    if region is None:
        return result
    why = (
        f"the waters of {result.name}, an island group: the unit has no outline, and its "
        f"waters spread past the {result.uncertainty_km or 0:g} km circle drawn for its "
        f"land, so the region it is filed in, {region.name} ({result.admin1_code})"
    )
    held = resolver.coarsened_to(region, why)
    if held is None or held.geometry is None:
        return result
    if held.geometry.distance(Point(result.lon, result.lat)) > _OUTLINE_SLACK_DEG:
        resolver.log(f"the outline of {region.name} does not hold {result.name}: kept")
        return result
    return replace(held, query=query, candidates=())
