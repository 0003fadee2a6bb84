"""A town the text gives only as the nearest one is not the place.

"La ville la plus proche dans la zone est Tanguiéta" (the nearest town of the area is
Tanguiéta), "the closest town is X", "la localidad más cercana es X", "ближайший
город — X": the sentence says where the place is by the town nearest to it, which may
lie tens of km away (the Beninese post was some 45 km from Tanguiéta).  The town's
point would pin the event where it did not happen; the admin-1 unit holding the town is
what the text supports, answered coarsened with the reason, or nothing when no unit's
outline holds the town.

Only the sentence that states the town is the nearest one ("the nearest town is X", "X
is the nearest town") is read so: in apposition, "the nearest town of Rantau Panjang",
"Z Sokółki, najbliższego miasta" (from Sokółka, the nearest town), the town is itself
where the event is told.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import POINT_ANSWERS, km_between

__all__ = ["nearest_town_named"]

#: The town read alone is the answer's town when this close (km): the same point.
_SAME_TOWN_KM = 1.0
#: Answers the town's name alone may give where reporting names a unit by its seat: an
#: admin-1 unit only, as a district around the town may not reach the place.
_UNIT_ANSWERS = ("region",)
#: Slack of a unit's outline about the town (degrees, about 1 km): outlines are coarse.
_OUTLINE_SLACK_DEG = 0.01

# "the nearest town", "la ville la plus proche", "la localidad más cercana": a town word
# with a superlative of nearness, in either order.
_NEAREST_TOWN = (
    r"(?:(?:nearest|closest)\s+(?:town|city|village|settlement|locality|community)|"
    r"(?:ville|localit[ée]|commune|agglom[ée]ration|village|bourgade)\s+la\s+plus\s+proche|"
    r"(?:village|bourg|centre\s+urbain)\s+le\s+plus\s+proche|"
    r"plus\s+proche\s+(?:ville|localit[ée]|agglom[ée]ration|village)|"
    r"(?:localidad|ciudad|poblaci[oó]n|pueblo|poblado|municipio|comunidad)\s+m[aá]s\s+"
    r"cercan[ao]|"
    r"(?:cidade|localidade|povoado|povoa[cç][aã]o|vila|munic[ií]pio)\s+mais\s+pr[oó]xim[ao]|"
    r"(?:citt[aà]|localit[aà]|paese|centro\s+abitato|comune)\s+pi[uù]\s+vicin[ao]|"
    r"(?:n[aä]chste|n[aä]chstgelegene)\s+(?:Stadt|Ortschaft|Ort|Siedlung|Dorf)|"
    r"ближайш\w+\s+(?:город\w*|населённ\w+\s+пункт\w*|населенн\w+\s+пункт\w*|пос[её]л\w+|"
    r"сел\w+|деревн\w+)|"
    r"найближч\w+\s+(?:міст\w+|населен\w+\s+пункт\w*|сел\w+)|"
    r"najbli[żz]sz\w+\s+(?:miast\w*|miejscowo\w+|wie[śs]\w*)|"
    r"أقرب\s+(?:مدينة|بلدة|قرية))"
)
# "the nearest town (of the area) is X": the town, after a copula.
_NEAREST_IS = re.compile(
    rf"^(?:\W*(?:the|la|le|el|a|o|il|die|der)\s+)?{_NEAREST_TOWN}\b[^,;]*?"
    r"(?:\s+(?:is|was|est|[ée]tait|es|era|é|fica|è|ist|war|jest|هي|هو)\s+|"
    r"\s*[—–-]\s+)(?P<town>[^\W\d_].*?)\s*[.;]?$",
    re.IGNORECASE,
)
# "najbliższe miasto to X": Polish "to" as the copula, which in English is a direction
# ("the closest city to the crossing").
_POLISH_NEAREST_TO = re.compile(
    r"^najbli[żz]sz\w+\s+(?:miast\w*|miejscowo\w+|wie[śs]\w*)\b[^,;]*?\s+to\s+"
    r"(?P<town>[^\W\d_].*?)\s*[.;]?$",
    re.IGNORECASE,
)
# "X is the nearest town", "X est la ville la plus proche": the town, before the copula.
_IS_NEAREST = re.compile(
    rf"^(?P<town>[^\W\d_][^,;]*?)\s+(?:is|was|est|es|é|è|ist)\s+"
    rf"(?:the|la|le|el|a|o|il|die|der)?\s*{_NEAREST_TOWN}\b",
    re.IGNORECASE,
)


def town_named_as_nearest(text: str) -> str | None:
    """The town a text states is the nearest one ("the nearest town is X"), or None.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    str or None
    """
    text = " ".join(text.split())
    for pattern in (_NEAREST_IS, _POLISH_NEAREST_TO, _IS_NEAREST):
        found = pattern.search(text)
        if found is not None:
            return found["town"].strip(" '\"«»“”")
    return None


def nearest_town_named(
    query: str,
    result: PlaceResult,
    resolver: PlaceResolver,
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
) -> PlaceResult:
    """``result`` unless it is the town the text names only as the nearest one.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for the region holding the town).
    geocode : callable
        Geocodes the town's name alone, with the event's country.

    Returns
    -------
    PlaceResult
        ``result`` itself, or, when ``result`` is the point of the town the text
        states is the nearest one, the admin-1 region holding that town (coarsened),
        or an unresolved answer with the reason when no region's outline holds it.
    """
    if result.status != "resolved" or result.precision not in POINT_ANSWERS:
        return result
    town = town_named_as_nearest(query)
    if not town or result.lat is None or result.lon is None:
        return result
    alone = geocode(town, resolver.hint)
    if alone.status != "resolved" or alone.lat is None or alone.lon is None:
        return result
    why = f"{town!r} is named only as the nearest town, not as the place"
    if alone.precision in _UNIT_ANSWERS and _holds(alone, result.lat, result.lon):
        # "Mandera is the nearest town" of a Kenyan event: the bare seat's name is read
        # as its county, which holds the town.
        resolver.log(f"coarsened: {why}; the unit the name alone reads, {alone.name}")
        return replace(alone, query=query, coarsened=True, note=f"{why}; answered {alone.name}")
    if km_between(alone.lat, alone.lon, result.lat, result.lon) > _SAME_TOWN_KM:
        return result
    note = f"{why}; answered the region holding it"
    held = resolver.admin1_unit_holding_town(result, note)
    if held is None or held.status != "resolved":
        return resolver.unresolved([], note=f"{why}, and no region's outline holds it")
    return replace(held, query=query, coarsened=True, note=held.note or note)


def _holds(unit: PlaceResult, lat: float, lon: float) -> bool:
    """Whether a unit's outline, or the circle the data draws it as, holds a point."""
    if unit.geometry is not None and unit.geometry.geom_type in ("Polygon", "MultiPolygon"):
        return unit.geometry.distance(Point(lon, lat)) <= _OUTLINE_SLACK_DEG
    if unit.lat is None or unit.lon is None or not unit.uncertainty_km:
        return False
    return km_between(unit.lat, unit.lon, lat, lon) <= unit.uncertainty_km
