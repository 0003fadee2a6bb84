"""A place between two units each written with its country's possessive is on their border.

"a bridge over the Piusa River that separates Russia's western Pskov region and
Estonia's Polva county": the words after "separates" name a unit of each of two
neighbouring countries, each owned by its country ("Russia's", "Estonia's").  What lies
between them, or separates them, lies on the border of those two countries; the unit of
the event's country alone (Põlva) is one side of it, a region where the text means the
line.  Without a possessive ("between Pskov and Polva") the other readings decide.
"""

from __future__ import annotations

import re

from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import BORDERS_HELD_BY, POINT_ANSWERS

__all__ = ["border_between_owned_units"]

# "between A and B", "that separates A and B", "separating A from B", "que separa A y B".
_SEPARATING = re.compile(
    r"\b(?:between|separating|(?:that|which)\s+separates?|que\s+separa|qui\s+s[ée]pare)\s+"
    r"(?P<a>\S.*?)\s+(?:and|from|y|et|e)\s+(?P<b>\S.*)$",
    re.IGNORECASE,
)
# Uzbek, Kyrgyz and Kazakh put "between" last and the owner in the genitive first:
# "Ўзбекистоннинг Андижон ва Қирғизистоннинг Ўш вилояти ўртасидаги" (between
# Uzbekistan's Andijan and Kyrgyzstan's Osh region), "Кыргызстандын ... жана
# Казакстандын ... ортосундагы", "Қазақстанның ... және ... арасындағы".
_GENITIVE = (
    r"(?:нинг|ning|нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн|ның|нің|дың|дің|тың|тің)"
)
_HEAD_FINAL_SEPARATING = re.compile(
    rf"(?<!\w)(?P<a>[^\W\d_][\w‘’'ʻ-]*?){_GENITIVE}\s+\S.*?\s+(?:ва|va|жана|және)\s+"
    rf"(?P<b>[^\W\d_][\w‘’'ʻ-]*?){_GENITIVE}\s+\S.*?\s+"
    r"(?:ўртасида|o[‘’'ʻ]?rtasida|ортосунда|арасында)\w*(?!\w)",
    re.IGNORECASE,
)
# "Russia's western Pskov region": a country's possessive, then the unit it owns.
_OWNED = re.compile(r"^(?:the\s+)?(?P<owner>[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*)?)['’]s?\s+\S")


def border_between_owned_units(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """``result``, or the border of the two countries whose units the text puts it between.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (for country words and border lines).

    Returns
    -------
    PlaceResult
        ``result`` itself when it is a point or a border already, or when the text puts
        nothing between two possessive-owned units of two neighbouring countries (one of
        them the event's, when the event has a country); else their border.
    """
    if result.status == "resolved" and result.precision in ("border", *POINT_ANSWERS):
        return result
    codes = _owners_of_the_units(query, resolver)
    if codes is None:
        return result
    pair = tuple(sorted(codes))
    hint = resolver.hint
    if pair[0] == pair[1] or not resolver.has_border(pair) or (hint and not set(hint) & set(pair)):
        return result
    note = (
        f"the text puts the place between units of {pair[0]} and {pair[1]}, each named "
        f"with its country: their border"
    )
    resolver.log(note)
    return resolver.border_result(pair, note=note)


def _owners_of_the_units(query: str, resolver: PlaceResolver) -> list[str] | None:
    """The two countries owning the units a text puts something between, or None."""
    head_final = _HEAD_FINAL_SEPARATING.search(query)
    if head_final is not None:
        owners = [head_final["a"], head_final["b"]]
    else:
        clause = _SEPARATING.search(query)
        if clause is None:
            return None
        owned = [_OWNED.match(side.strip()) for side in (clause["a"], clause["b"])]
        if None in owned:
            return None
        owners = [match["owner"] for match in owned if match is not None]
    codes = []
    for owner in owners:
        code = resolver.country_code(owner, regions=False)
        if code is None:
            return None
        codes.append(BORDERS_HELD_BY.get(code, code))
    return codes
