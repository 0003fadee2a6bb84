"""One half of a country's two-part name stands for its part of that country.

"the south coast of Trinidad" of a Trinidadian event: the gazetteer files no place
"Trinidad" in Trinidad and Tobago (its Trinidads lie in Cuba, Bolivia, Uruguay), so
the name was refused as lying abroad.  The country's own name says the island is one
of its two parts ("Trinidad and Tobago", "Saint Kitts and Nevis", "Antigua and
Barbuda"): the country holds the place, and answers it, coarsened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bordermap.geo.places.result import PlaceResult

if TYPE_CHECKING:
    from bordermap.geo.places.resolver import PlaceResolver

__all__ = ["part_of_the_countrys_name"]

#: The joint of a two-part country name, as the gazetteer spells the names.
_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def part_of_the_countrys_name(
    query: str, hint: tuple[str, ...], result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult | None:
    """The event's country, for an unresolved text naming one half of its name.

    Parameters
    ----------
    query : str
        The place text.
    hint : tuple of str
        The event's countries; only one country's name is read.
    result : PlaceResult
        The answer so far; only an unresolved one is replaced.
    resolver : PlaceResolver
        The resolver of the text, whose gazetteer holds the country.

    Returns
    -------
    PlaceResult or None
        The country, flagged coarsened, when the text holds one half of its name as a
        word, capitalised as the name writes it; None otherwise.
    """
    if result.status != "unresolved" or len(hint) != 1:
        return None
    country = resolver.gaz.country(hint[0])
    if country is None:
        return None
    parts = _AND.split(country.name)
    if len(parts) != 2:
        return None
    for part in parts:
        # Case-sensitive: "Nevis", "Tobago" as names, not words of a sentence.
        if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", query):
            return resolver.coarsened_to(
                country,
                f"{part!r} is one part of {country.name}, as its name says: the country",
            )
    return None
