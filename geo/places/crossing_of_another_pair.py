"""A crossing of one border is not the answer to a text naming another pair of countries.

"the Lao-Myanmar Friendship Bridge" of a Lao event found "Friendship Bridge" inside its
words, and that name's first crossing in Laos is the Thai–Lao bridge at Nong Khai, some
400 km from the Mekong bridge between Laos and Myanmar the text names.  When the text
joins two country words with a dash or a slash ("Lao-Myanmar", "PNG/Indonesia") and the
crossing answered joins two other countries, it is another crossing of the same kind;
the text is left unresolved with the reason, the crossing listed as a near miss.
"""

from __future__ import annotations

import re

from bordermap.geo.places.names import normalise
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import BORDERS_HELD_BY, POINT_ANSWERS

__all__ = ["crossing_of_another_pair"]

# Two words joined by a hyphen, a dash or a slash with no space inside either word:
# "Lao-Myanmar", "Thai–Lao", "PNG/Indonesian".
_JOINED_PAIR = re.compile(r"(?P<a>[^\W\d_][\w'’]*)\s?[-–—/]\s?(?P<b>[^\W\d_][\w'’]*)")


def _countries_joined(query: str, resolver: PlaceResolver) -> set[frozenset[str]]:
    """The pairs of neighbouring countries ``query`` names as two joined country words
    (not "Guinea-Indonesia" of "Papua New Guinea-Indonesia": no such border)."""
    pairs = set()
    for found in _JOINED_PAIR.finditer(query):
        a = resolver.country_code(found["a"], regions=False)
        b = resolver.country_code(found["b"], regions=False)
        if a and b and a != b:
            a, b = sorted(BORDERS_HELD_BY.get(c, c) for c in (a, b))
            if resolver.has_border((a, b)):
                pairs.add(frozenset((a, b)))
    return pairs


def crossing_of_another_pair(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless it is a crossing of two countries other than the two the text joins.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for country words and the crossings table).

    Returns
    -------
    PlaceResult
        ``result`` itself, or an unresolved answer listing the crossing when ``result``
        is a crossing of the tables whose two countries are not a pair of countries the
        text names joined by a dash or a slash (and it names at least one such pair).
    """
    if result.status != "resolved" or result.precision not in POINT_ANSWERS:
        return result
    crossings = resolver.gaz.lookup_key(normalise(result.name or ""), kinds=("crossing",))
    sides = {
        frozenset(BORDERS_HELD_BY.get(c, c) for c in place.countries)
        for place in crossings
        if len(place.countries) == 2
    }
    if len(sides) != 1:
        return result
    named = _countries_joined(query, resolver)
    if not named or sides & named:
        return result
    crossing = "–".join(sorted(next(iter(sides))))
    said = ", ".join("–".join(sorted(pair)) for pair in sorted(named, key=sorted))
    note = (
        f"the text names the {said} border; {result.name} is a crossing of the {crossing} "
        f"border: another crossing of that kind, which the data lacks"
    )
    resolver.log(f"unresolved: {note}")
    return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
