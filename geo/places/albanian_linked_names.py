"""Albanian names with a linking article, in a case: "në Hanë të Elezit" is in Hani i
Elezit.

Albanian joins a noun to the genitive after it with an article that agrees with the
noun: the gazetteer holds the nominative, "Hani i Elezit", "Qafa e Thanës".  After a
preposition the noun takes another case and the article becomes "të": "në Hanë të
Elezit" (in Hani i Elezit), "nga Hani të Elezit".  The per-word ending rules of
:mod:`bordermap.geo.places.inflection` do not change the article, so nothing is found.
:func:`albanian_linked_name` rewrites the noun to its nominative forms and "të" to "i"
and "e", and answers the first that resolves to a settlement of an Albanian-speaking
country (a second reading of :mod:`bordermap.geo.places.rereadings`, tried only when
nothing else resolved).
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["albanian_linked_name"]

#: Countries whose places Albanian names so.
_COUNTRIES = frozenset({"AL", "XK", "MK", "ME"})
#: "në" (in), "nga" (from), "drejt" (towards), "pranë" (near) may open the text.
_PREPOSITION = r"(?:(?:në|ne|nga|drejt|deri\s+në|pranë|prane)\s+)?"
#: A capitalised noun, "të", and the capitalised genitive after it: the whole text.
_LINKED = re.compile(
    rf"^\s*{_PREPOSITION}(?P<noun>(?-i:[A-ZÇË])[\wëç]+)\s+të\s+(?P<genitive>(?-i:[A-ZÇË])[\wëç]+)\s*$",
    re.IGNORECASE,
)
#: Case endings of the noun, longest first, and the nominative endings to try.
_CASE_ENDINGS = ("ës", "ën", "it", "in", "ë", "i", "a", "")
_NOMINATIVE_ENDINGS = ("i", "a", "ë", "")


def _nominatives(noun: str) -> list[str]:
    """The noun's nominative candidates, in a fixed order, without repeats."""
    stems = [noun[: -len(e)] if e else noun for e in _CASE_ENDINGS if noun.endswith(e)]
    found: list[str] = []
    for stem in stems:
        if len(stem) < 2:
            continue
        for ending in _NOMINATIVE_ENDINGS:
            if stem + ending not in found:
                found.append(stem + ending)
    return found


def albanian_linked_name(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The settlement an Albanian noun-"të"-genitive text names, or None.

    Parameters
    ----------
    query : str
        A place text the resolver left unresolved: "në Hanë të Elezit".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Collects the reasoning.

    Returns
    -------
    PlaceResult or None
        Hani i Elezit for "në Hanë të Elezit"; None when the text is no such name or no
        nominative of it is a settlement of Albania, Kosovo, North Macedonia or
        Montenegro.
    """
    match = _LINKED.match(query)
    if match is None:
        return None
    for noun in _nominatives(match["noun"]):
        for article in ("i", "e"):
            text = f"{noun} {article} {match['genitive']}"
            found = geocode(text, hint)
            if (
                found.status == "resolved"
                and found.precision == "settlement"
                and found.country in _COUNTRIES
            ):
                note = f"read in the nominative, the article agreeing: {text!r}"
                return noted_reading(found, query, note, explain)
    return None
