"""French chains of units, unit word first: "le territoire d'Aru", "la commune de Busiga
de la province de Ngozi".

Congolese, Burundian and other francophone reports name a unit by its word and "de":
"dans le territoire d'Aru" (in Aru territory) and join it to the unit holding it with
"de la", "du" or "de l'" before the holder's word ("la commune de Busiga de la
province de Ngozi").  Read as written, "territoire de X" is the land of a country X,
and the joined chain is one long name.  :func:`french_unit_chain_apart` writes the
territory's word after its name ("Aru territory", as Congolese territories are read)
and parts the chain with a comma ("la commune de Busiga, province de Ngozi"); the text
is answered only when that reading resolves (a second reading of
:mod:`bordermap.geo.places.rereadings`, tried only when nothing else resolved).
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["french_unit_chain_apart"]

#: A capitalised name of one to three words (hyphens and apostrophes inside).
_NAME = r"(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]*)){0,2}"
#: "le territoire d'Aru", "territoire de Faradje": a Congolese territory by its word.
_TERRITORY_OF = re.compile(
    rf"\b(?:le\s+)?territoire\s+(?:de\s+|d['’]\s*)(?P<name>{_NAME})", re.IGNORECASE
)
#: Unit words a holder is named by after "de la", "du", "de l'".
_HOLDER_WORD = (
    r"(?:province|région|region|préfecture|prefecture|commune|territoire|district|"
    r"département|departement|wilaya|cercle|zone|chefferie|secteur|collectivité|état|etat)"
)
#: "<name> de la province de": the joiner before a holder's unit word.
_JOINED_HOLDER = re.compile(
    rf"(?<=\w)\s+(?:de\s+la|du|de\s+l['’]\s*)\s*(?={_HOLDER_WORD}\s+(?:de|du|des|d['’]))",
    re.IGNORECASE,
)


def french_unit_chain_apart(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with its French units written apart, answered when that resolves.

    Parameters
    ----------
    query : str
        A place text the resolver left unresolved.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Collects the reasoning.

    Returns
    -------
    PlaceResult or None
        The answer to "dans Aru territory, ..., province de l'Ituri" for "dans le
        territoire d'Aru, ..., province de l'Ituri"; None when the text holds no such
        chain or its rewriting does not resolve.
    """

    def territory(match: re.Match[str]) -> str:
        # "le territoire de la Guinée" is the country's land, read as written.
        named = geocode(match["name"], ())
        if named.status == "resolved" and named.precision == "country":
            return match[0]
        return f"{match['name']} territory"

    text = _TERRITORY_OF.sub(territory, query)
    text = _JOINED_HOLDER.sub(", ", text)
    if text == query:
        return None
    found = geocode(text, hint)
    if found.status != "resolved":
        return None
    return noted_reading(found, query, f"read with its French units apart: {text!r}", explain)
