"""A town a route is said to pass through, when the tables know one crossing beside it.

"per Kalvariją" (Lithuanian: via Kalvarija), "przez Medykę", "via Storskog": a report
that sends traffic to a neighbour through a border town names the way across, the
crossing, not the town; Kalvarija lies 12 km from the Budzisko post it names.  Only
a text that is nothing but a route word and a name is so read, and only when the
answer is a town with exactly one crossing of the tables within
:data:`~bordermap.geo.places.resolver.CROSSING_AT_TOWN_KM` on a border of its country:
a town with several crossings beside it ("through Cúcuta") or none ("via Kufra") stays
the town, and "through the town of X" says the town itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bordermap.geo.places.resolver import CROSSING_AT_TOWN_KM, PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import km_between

__all__ = ["crossing_of_a_route_town"]

#: A route word, then one capitalised name of one to three words and nothing else:
#: English "via"/"through", Lithuanian "per", Polish "przez", German "über", Russian
#: and Belarusian "через"/"праз", Czech "přes", Slovak "cez", South Slavic "preko".
_ROUTE = re.compile(
    r"^\s*(?:via|through|per|przez|über|через|праз|přes|cez|preko)\s+"
    r"(?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*$",
    re.IGNORECASE,
)
#: The name's first letter, which must be a capital (a name, not "the", "a", "rzekę").
_NAME_START = re.compile(r"^\s*\S+\s+(\S)")


def crossing_of_a_route_town(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """The one crossing beside a town a route is said to pass through.

    Parameters
    ----------
    query : str
        The place text as written ("per Kalvariją").
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (its crossings and trace).

    Returns
    -------
    PlaceResult
        The crossing when the text is only a route word and a capitalised name, the
        answer is a town, and the tables know exactly one crossing on a border of the
        town's country within :data:`CROSSING_AT_TOWN_KM` of it; else ``result``.
    """
    if not (
        result.status == "resolved"
        and result.precision == "settlement"
        and result.lat is not None
        and result.lon is not None
        and result.country
    ):
        return result
    if _ROUTE.match(query) is None:
        return result
    start = _NAME_START.match(query)
    if start is None or not start[1].isupper():
        return result
    beside = {
        place.ident: place
        for place in resolver.crossings_of_country_within(
            result.country, result.lat, result.lon, CROSSING_AT_TOWN_KM
        )
    }
    if len(beside) != 1:
        return result
    crossing = next(iter(beside.values()))
    km = km_between(crossing.lat, crossing.lon, result.lat, result.lon)
    note = (
        f"a route through {result.name}, whose one crossing within "
        f"{CROSSING_AT_TOWN_KM:g} km ({km:.0f} km) is {crossing.name}"
    )
    resolver.log(note)
    return replace(resolver.from_place(crossing), query=query, note=note)
