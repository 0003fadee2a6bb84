"""Russian "у северо-западного побережья острова Кунашир": the waters off a disputed island.

A boat stopped "off the coast" of an island two states both claim (Kunashir, Iturup:
held by Russia, claimed by Japan) is in the waters where those claims meet, not on the
island: the sets code such spots by the claimants' border (the waters off Kunashiri,
off the Habomai islands), a line the data does not draw at sea.  An answer of the island
itself (a circle of land, counted on the event's side) would be finer than the report,
so it is refused and the text left unresolved with the reason.  Only a single island
of :mod:`bordermap.geo.places.waters` with two claimants or more and wider than a
``near`` feature counts; islets (the Liancourt Rocks) and island groups (the Spratlys,
themselves a sea area) keep their answers, and so does a text with no word for the coast
or the waters off it.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.waters import NEAR_REACH_KM, water_named

__all__ = ["coast_of_a_disputed_island"]

# The coast or the waters off it: Russian "побережье", "берег", "воды" in their cases,
# English "coast", "shore", "waters", "off", Japanese "沖" and "海域".
_COAST_WORD = re.compile(
    r"побережь\w*|берег\w*|\bвод(?:ах|ы|ам)\b|акватори\w*|\bcoast\w*|\bshore\w*|\bwaters\b|"
    r"\boff\s+(?=\S)|沖|海域|水域",
    re.IGNORECASE,
)


def coast_of_a_disputed_island(result: PlaceResult) -> PlaceResult:
    """``result`` refused when it is a disputed island a text names as a coast's.

    Parameters
    ----------
    result : PlaceResult
        The answer to ``result.query``.

    Returns
    -------
    PlaceResult
        An unresolved answer saying why, when the answer is a single island of two
        claimants or more, drawn as an area, and the text names its coast or waters;
        ``result`` otherwise.
    """
    if result.status != "resolved" or result.precision != "region" or not result.name:
        return result
    water = water_named(result.name)
    if (
        water is None
        or water.kind != "island"
        or len(water.countries) < 2
        or water.reach_km <= NEAR_REACH_KM
        or not _COAST_WORD.search(result.query)
    ):
        return result
    claimants = "-".join(water.countries)
    note = (
        f"the waters off {water.name}, an island {claimants} both claim, lie where their "
        "claims meet, a line the data does not draw: not the island itself"
    )
    return PlaceResult(result.query, "unresolved", note=note)
