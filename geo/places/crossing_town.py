"""A text naming a border crossing is not answered by a namesake town far from a border.

"el punto fronterizo de "Agua Caliente"" and "en Agua Caliente, fronterizo con
Guatemala" name the Honduran post on the Guatemalan line; the only Agua Caliente of
Honduras the gazetteer has is a village 33 km inside Copán, not the post.  A crossing
lies on the line, and a town that names one lies by it: when the town found lies
farther than :data:`~bordermap.geo.places.border_reading.TOWN_BORDER_KM` from every
land border of its country, the text is left unresolved with the reason, the town
listed as a near miss.  A wrong place is worse than none.
"""

from __future__ import annotations

import re

from bordermap.geo.places.border_reading import TOWN_BORDER_KM, neighbours_of
from bordermap.geo.places.names import normalise
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult

__all__ = ["crossing_not_a_far_town", "names_a_border_crossing"]

#: Words that name a post or crossing on a border, each with its border word, so that
#: an inland bridge, customs house or police post is not taken for one; and a place
#: said to border a country ("fronterizo con Guatemala", "fronteiriço com").
_BORDER_CROSSING = re.compile(
    r"\b(?:(?:punto|paso|puesto|puerto|cruce|complejo)\s+fronteriz[oa]s?|"
    r"fronteriz[oa]s?\s+con|fronteiriç[oa]s?\s+com|"
    r"posto\s+(?:fronteiriço|de\s+fronteira)|ponto\s+de\s+passagem|"
    r"border\s+(?:crossing|post|point|checkpoint|station|gate)s?|"
    r"grenzübergang\w*|poste[\s-]+fronti[eè]re|"
    r"granič\w*\s+(?:prijelaz|prelaz)\w*|hraničn\w*\s+(?:přechod|priechod)\w*|"
    r"przejści\w*\s+graniczn\w*|mejn\w*\s+prehod\w*|"
    r"punct\w*\s+de\s+trecere\s+a\s+frontierei|valico\s+di\s+frontiera|"
    r"пункт\w*\s+пропуск\w*|(?:пограничн|прикордонн)\w*\s+(?:переход|перехід|пункт)\w*)\b",
    re.IGNORECASE,
)


def names_a_border_crossing(query: str) -> bool:
    """Whether ``query`` names a post or crossing on a border, or a place bordering a
    country ("el punto fronterizo de X", "X, fronterizo con Guatemala")."""
    return _BORDER_CROSSING.search(query) is not None


def crossing_not_a_far_town(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless it is a town far from every border for a text naming a crossing.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for distances to borders and the unresolved answer).

    Returns
    -------
    PlaceResult
        ``result`` itself, or an unresolved answer listing the town when the text names
        a border crossing and the town (precision settlement or near) lies farther than
        ``TOWN_BORDER_KM`` from every land border of its country.
    """
    if (
        result.status != "resolved"
        or result.precision not in ("settlement", "near")
        or result.lat is None
        or result.lon is None
        or not result.country
        or not names_a_border_crossing(query)
        or not neighbours_of(result.country)
    ):
        # A country with no land border in the data ("the Woodlands Checkpoint") has no
        # line to measure from.
        return result
    if resolver.gaz.lookup_key(normalise(result.name or ""), kinds=("crossing",)):
        # A crossing of the tables, some drawn at their town's point, is on its border
        # whatever the simplified line says (Fray Bentos's bridge, past the end of the
        # Argentina–Uruguay line).
        return result
    km = resolver.km_from_town_to_a_land_border(result)
    if km <= TOWN_BORDER_KM:
        return result
    note = (
        f"the text names a border crossing; {result.name} ({result.country}) lies "
        f"{km:.0f} km from the nearest land border, more than the "
        f"{TOWN_BORDER_KM:g} km a town naming a crossing may lie: not the crossing"
    )
    resolver.log(f"unresolved: {note}")
    return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
