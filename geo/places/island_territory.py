""" "The island" of an event in a small island state or territory is that territory.

Reports on Aruba, Curaçao or Malta name the place "the island", "la isla", "l'île",
"het eiland", often with the sovereign's adjective ("la isla neerlandesa", "the Dutch
island").  With the event's country one small island (no land border, a few thousand
km² at most, one island holding most of it), the words can mean only that territory:
the country is answered, at its own precision.  Anywhere else "the island" names no
place and stays unresolved.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.result import PlaceResult

if TYPE_CHECKING:
    from bordermap.geo.places.resolver import PlaceResolver

__all__ = ["ISLAND_TERRITORY_KM2", "is_one_small_island", "the_island_territory"]

#: Largest territory (km²) that "the island" names as a whole (Trinidad and Tobago,
#: 5,100 km², is in; Cape Verde's ten islands are out by the share below).
ISLAND_TERRITORY_KM2 = 6000.0
#: Share of the territory's land its largest island must hold (Malta: 0.8).
MAIN_ISLAND_SHARE = 0.75
#: Sovereigns whose adjective a territory's island may carry ("la isla neerlandesa").
_SOVEREIGN = {
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(("BL", "MF", "PM", "WF", "YT", "RE", "GP", "MQ"), "FR"),
    **dict.fromkeys(("GU", "AS", "MP", "VI", "PR"), "US"),
    **dict.fromkeys(("AI", "BM", "GG", "JE", "IM", "MS", "KY", "VG", "TC", "PN"), "GB"),
    **dict.fromkeys(("NF",), "AU"),
    **dict.fromkeys(("NU", "CK"), "NZ"),
}
_PREPOSITION = (
    r"(?:on|in|to|at|off|from|en|a|sur|à|dans|de|op|naar|auf|nell['’]|sull['’]|na|no|em|"
    r"nella|sulla|alla|dell['’]|della|di|da|do)"
)
_ARTICLE = r"(?:(?:the|la|het|de|die|der|den|dem|el|il|lo|a|o)\s+|l['’]\s*)"
_ISLAND_WORD = r"(?:island|isla|île|ile|isola|ilha|eiland|insel)"
#: "the island", "la isla neerlandesa", "the Dutch island", "the island nation".
_THE_ISLAND = re.compile(
    rf"^(?:{_PREPOSITION}\s+)?{_ARTICLE}(?:(?P<before>[^\W\d_][\w-]*)\s+)?{_ISLAND_WORD}"
    rf"(?:\s+(?P<after>[^\W\d_][\w-]*))?$",
    re.IGNORECASE,
)
#: Words after the island word that say it is the state ("the island nation").
_STATE_WORDS = frozenset(
    {"nation", "state", "country", "territory", "nación", "estado", "país", "état", "stato"}
)


@cache
def is_one_small_island(code: str) -> bool:
    """Whether a country is one small island: no land border, small, one main island.

    Parameters
    ----------
    code : str
        ISO alpha-2 code.

    Returns
    -------
    bool
        False too for a code without outline, or whose lines another country holds.
    """
    from pyproj import Geod

    from bordermap.geo.borders.extents import country_extent
    from bordermap.geo.places.border_reading import has_no_land_border

    if not has_no_land_border(code):
        return False
    try:
        extent = country_extent(code)
    except GeometryDataError:
        return False
    geod = Geod(ellps="WGS84")
    areas = [
        abs(geod.geometry_area_perimeter(p)[0]) / 1e6 for p in getattr(extent, "geoms", [extent])
    ]
    total = sum(areas)
    return 0 < total <= ISLAND_TERRITORY_KM2 and max(areas) >= MAIN_ISLAND_SHARE * total


def the_island_territory(resolver: PlaceResolver, result: PlaceResult) -> PlaceResult:
    """The event's country when the text is "the island" and the country is one small
    island; ``result`` otherwise.

    Parameters
    ----------
    resolver : PlaceResolver
        The resolver that answered (its query, event's country and gazetteer are used).
    result : PlaceResult
        Its answer.

    Returns
    -------
    PlaceResult
        The country, with the reason, for an unresolved "the island" (with no word
        naming another state) of a one-island event country; ``result`` otherwise.
    """
    if result.status != "unresolved" or len(resolver.hint) != 1:
        return result
    hint = resolver.hint[0]
    match = _THE_ISLAND.fullmatch(" ".join(resolver.query.split()))
    if match is None or not is_one_small_island(hint):
        return result
    allowed = {hint, _SOVEREIGN.get(hint, hint)}
    for word in (match["before"], match["after"]):
        if word is None or word.lower() in _STATE_WORDS:
            continue
        # "la isla neerlandesa" of a Curaçao event: only the territory's or its
        # sovereign's adjective; any other word may name another island.
        codes = resolver.country_codes(word, regions=False)
        if not codes or not codes <= allowed:
            return result
    country = resolver.gaz.country(hint)
    if country is None:
        return result
    note = f"'the island' of an event in {country.name}, one small island: the territory"
    resolver.log(note)
    try:
        return replace(resolver.from_place(country), query=result.query, note=note)
    except GeometryDataError:
        return result
