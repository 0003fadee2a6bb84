"""A coastal town named by a report from a country its own meets only at sea.

"ở Tok Bali, bang Kelantan" (at Tok Bali, Kelantan state) in a Vietnamese report of a
Malaysian event: Vietnam and Malaysia share no land line, so what the two have to do
with each other there happens at sea, and a report written in Vietnam names the coastal
town the catch was measured from or brought into, not the spot (MMEA held the boat some
75 nautical miles off Tok Bali).  The town may be the place or only the port off which
it lies; which, the words do not say.  Both lie in the event's country or its waters,
so the country answers, coarsened, with the reason: true either way, while the town's
point would pin an event at sea to the shore.

Only for a text in a writing that belongs to countries other than the event's (the
marks of Vietnamese, Korean hangul, Japanese kana), an event's country that meets none
of them by land, and a town or a point near one on its coast, away from its land
borders; a crossing or an inland place is read as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.border_reading import neighbours_of
from bordermap.geo.places.hangul import in_hangul
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import BESIDE_KM, KM_PER_DEGREE
from bordermap.geo.places.vietnamese_marks import written_with_vietnamese_marks

__all__ = ["COAST_KM", "countries_of_the_writing", "town_on_a_coast_across_the_sea"]

#: A town this close to its country's outline, and away from its land borders, is on
#: the coast (km): the 1:10m coast runs a few km off many towns' points.
COAST_KM = 10.0

_KANA = re.compile("[\u3040-\u30ff]")

#: Answers that stand for a town or a point by it; a crossing ("exact") says its line.
_TOWN_ANSWERS = ("settlement", "near")


def countries_of_the_writing(text: str) -> tuple[str, ...]:
    """The countries whose writing ``text`` shows, or () for a writing many share.

    Parameters
    ----------
    text : str
        A place text as written.

    Returns
    -------
    tuple of str
        ``("VN",)`` for Vietnamese marks, ``("KR", "KP")`` for hangul, ``("JP",)`` for
        kana; empty for Latin letters without Vietnamese marks, Han characters alone,
        and every other writing.
    """
    if written_with_vietnamese_marks(text):
        return ("VN",)
    if in_hangul(text):
        return ("KR", "KP")
    if _KANA.search(text):
        return ("JP",)
    return ()


def town_on_a_coast_across_the_sea(
    query: str, result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless a report from across the sea names it as a coastal town.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries; exactly one is required.
    resolver : PlaceResolver
        The resolver that read it (for the country and its land borders).

    Returns
    -------
    PlaceResult
        ``result`` itself; or, when ``result`` is a town (or near one) of the one event's
        country, on its coast and more than
        :data:`~bordermap.geo.places.scope.BESIDE_KM` from its land borders, and the text
        is written as only countries that meet the event's country at sea write, that
        country, coarsened.
    """
    if (
        result.status != "resolved"
        or result.precision not in _TOWN_ANSWERS
        or len(hint) != 1
        or result.country != hint[0]
        or result.lat is None
        or result.lon is None
    ):
        return result
    writers = countries_of_the_writing(query)
    if not writers or hint[0] in writers or set(writers) & set(neighbours_of(hint[0])):
        return result
    point = Point(result.lon, result.lat)
    try:
        land = country_extent(hint[0])
    except GeometryDataError:
        return result
    to_coast = land.boundary.distance(point) * KM_PER_DEGREE
    if to_coast > COAST_KM or resolver.km_to_a_land_border(hint[0], point) <= BESIDE_KM:
        return result
    country = resolver.gaz.country(hint[0])
    if country is None:
        return result
    why = (
        f"{result.name} is on the coast of {country.name}, named in the writing of "
        f"{'/'.join(writers)}, which meets {country.name} only at sea: the town or the sea "
        f"off it, both in {country.name} or its waters, which is all the text says"
    )
    coarsened = resolver.coarsened_to(country, why)
    return result if coarsened is None else replace(coarsened, query=query)
