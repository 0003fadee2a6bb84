"""A part of a town written after the town's name with a hyphen.

Central European reports name a quarter or an outlying part of a town by joining its
name to the town's: "Ásotthalom-Halastelek térségében" (in the area of Halastelek, a
part of Ásotthalom), "Warszawa-Okęcie", "Praha-Ruzyně".  The gazetteer holds the town,
seldom the part, so the joined name finds nothing.  :func:`town_of_a_hyphenated_part`
reads such a text with the town's name alone, coarsened: the part lies in or beside the
town.  Only for an event in a country of those languages, when the second name is known
nowhere (two known names joined are a pair, often a crossing's two towns) and the text
says nothing of a border or crossing.  Elsewhere a hyphen may join the words of one name
("Beni-Enzar"), whose first word alone would be another place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.inflection import languages_of_hint
from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.places.text_runs import CROSSING_WORD, names_a_border

__all__ = ["town_of_a_hyphenated_part"]

#: The languages that name a town's part so: Hungarian, Polish, Czech and Slovak.
_TOWN_PART_LANGUAGES = frozenset({"hu", "pl", "cs", "sk"})
#: Two names of four letters or more joined by one hyphen, without spaces.
_TOWN_HYPHEN_PART = re.compile(r"(?<![\w-])(?P<town>[^\W\d_]{4,})-(?P<part>[^\W\d_]{4,})(?![\w-])")
#: The answers a town's name alone may give that the part's place lies in or by.
_TOWN_PRECISIONS = frozenset({"settlement", "near"})


def town_of_a_hyphenated_part(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """``query`` read with a town's name for "Town-Part", or None.

    Parameters
    ----------
    query : str
        A place text no reading understood.
    hint : tuple of str
        The event's countries (ISO alpha-2); the town must be in one of them.
    geocode : callable
        Geocodes a text with a hint.
    explain : list of str, optional
        Gets the reading's note appended.

    Returns
    -------
    PlaceResult or None
        The rewritten text's answer, coarsened and noted, when it is a town (or near one)
        of the event's country and the part's name is known nowhere; None otherwise.
    """
    if not _TOWN_PART_LANGUAGES & set(languages_of_hint(hint)):
        return None
    if names_a_border(query) or CROSSING_WORD.search(query):
        return None
    joined = [m for m in _TOWN_HYPHEN_PART.finditer(query) if m["town"][:1].isupper()]
    if len(joined) != 1 or not joined[0]["part"][:1].isupper():
        return None
    match = joined[0]
    part = geocode(match["part"], ())
    if part.status != "unresolved" or part.candidates:
        return None  # a known place: the two names are a pair, not a town and its part
    rewritten = query[: match.start()] + match["town"] + query[match.end() :]
    found = geocode(rewritten, hint)
    if (
        found.status != "resolved"
        or found.precision not in _TOWN_PRECISIONS
        or found.country not in hint
    ):
        return None
    note = f"{match['part']!r} is not in the gazetteer: read as a part of {match['town']}"
    return noted_reading(found, query, note, explain, coarsened=True)
