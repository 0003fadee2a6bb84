"""A place answered by a homonym that contradicts the distance the text states.

"la localité frontalière de Gbapleu, située à 48 km de Danané": the text measures the
place from a town it names.  When the name found is a same-named place lying far off
that measure (the gazetteer's Gbapleu is some 150 km from Danané), it is not the place
the text means; the text still tells where the place is, by the town it is measured
from, so the region holding that town is answered, coarsened, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bordermap.geo.places.phrases import _MILES, _NUMBER_WORD, _SEA_MILES, distance_in_km
from bordermap.geo.places.rereadings import Geocode
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import consistent_with_stated, km_between

# "à 48 km de Danané", "37 kilometres from Moyale", "a 20 km de Cúcuta", "в 30 км от
# Брянска", "12 miles from X": a figure, its unit, a word for "from", the reference.
_MEASURED_FROM = re.compile(
    rf"(?:^|[\s,(])(?P<n>\d+(?:[.,]\d+)?|{_NUMBER_WORD})\s*"
    rf"(?P<unit>{_SEA_MILES}|{_MILES}|km|kilom[eèé]t\w+|kil[oó]metros?|quil[oô]met\w+|"
    r"chilometr\w*|километр\w*|кілометр\w*|км|kilometr\w*)\s+"
    r"(?:away\s+)?(?:from|of|de\s+la|de|du|del|da|do|dalla|dal|di|od|от|від)\s+"
    r"(?P<reference>[^\W\d_][^,;()]*?)\s*(?:[,;()]|$)",
    re.IGNORECASE,
)


def homonym_off_its_stated_distance(
    query: str, result: PlaceResult, resolver: PlaceResolver, geocode: Geocode
) -> PlaceResult:
    """``result`` unless the text measures the place from a town it lies far off.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for the region holding the reference town).
    geocode : Geocode
        Geocodes the reference alone, with the event's country.

    Returns
    -------
    PlaceResult
        ``result`` itself, or, when ``result`` is a town (settlement or near) whose
        distance to the town the text measures it from contradicts the stated
        distance, the region holding the reference town (coarsened), or an unresolved
        answer listing the homonym when no region holds it.
    """
    if (
        result.status != "resolved"
        or result.precision not in ("settlement", "near")
        or result.lat is None
        or result.lon is None
    ):
        return result
    for found in _MEASURED_FROM.finditer(query):
        stated = distance_in_km(found["n"], found["unit"])
        reference_text = found["reference"].strip()
        if stated is None or (result.name or "").lower() in reference_text.lower():
            continue
        if (result.name or "").lower() not in query[: found.start()].lower():
            # The measure is of the place answered only when the place comes before it.
            continue
        reference = geocode(reference_text, resolver.hint)
        if (
            reference.status != "resolved"
            or reference.precision != "settlement"
            or reference.coarsened
            or reference.lat is None
            or reference.lon is None
        ):
            continue
        measured = km_between(result.lat, result.lon, reference.lat, reference.lon)
        if consistent_with_stated(stated, measured):
            return result
        note = (
            f"the text puts the place {stated:g} km from {reference.name}; the "
            f"gazetteer's {result.name} lies {measured:.0f} km from it, so it is another "
            f"place of that name"
        )
        resolver.log(f"refused: {note}")
        region = resolver.region_holding_town(
            reference, f"{note}; answered the region holding {reference.name}"
        )
        if region is not None:
            return replace(region, query=query, candidates=())
        return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
    return result
