"""Arabic "in" written as a word of its own before a place the text names alone.

"في خليج عمان" (in the Gulf of Oman): Arabic writes "in" ("في", also "فى" with a dotless
final yeh) as a separate word.  Arabic letters have no case, so the readings that set a
lower-case preposition apart do not see it, and a feature read only as a whole name (a
gulf, a sea) is not found.  :func:`without_arabic_in` gives the text without it, for a
second reading of a text nothing else placed.  :func:`holder_of_an_unknown_place_in`
reads "X في Y" (an unknown X in Y) as English "X in Y" is read: Y, coarsened.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["holder_of_an_unknown_place_in", "without_arabic_in"]

#: "in" opening the text, then the words of the place.
_ARABIC_IN = re.compile(r"^\s*(?:في|فى)\s+(?P<rest>\S.*)$", re.DOTALL)


def without_arabic_in(text: str) -> str | None:
    """``text`` without the Arabic "in" that opens it, or None when none does.

    Parameters
    ----------
    text : str
        A place text as written ("في بحر عمان").

    Returns
    -------
    str or None
        The words after "in" ("بحر عمان").
    """
    match = _ARABIC_IN.match(text)
    return match["rest"].strip() if match else None


#: Words that make the thing "in" a place a border's or a stretch between two sides
#: ("المنطقة العازلة الفاصلة بين المعبر الحدودي الموريتاني و المغربي في الكركرات", the
#: buffer strip between the two posts at Guerguerat): the border readings weigh it.
_BORDER_WORDS = re.compile(r"(?<!\S)(?:بين|و?ال?حدود\S*|حدودي\S*|الفاصل\S*)(?!\S)")
#: "<what> في <where>": the first "in" after some words, and the place after it.
_WHAT_IN_WHERE = re.compile(r"^(?P<what>[^\s\d]\S*(?:\s+\S+)*?)\s+(?:في|فى)\s+(?P<where>\S.*)$")


def holder_of_an_unknown_place_in(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The place an Arabic text puts an unknown one "in", coarsened, or None.

    "قاعدة الدوريات البحرية في أبو موسى" (the naval patrol base in Abu Musa): the base is
    in no table, the island it is in is; it answers, coarsened, as "the naval patrol base
    in Abu Musa" does in English.  Only when the words before "in" find nothing at all
    (no candidate either) and speak of no border or "between", and those after it find a
    place that is no border.

    Parameters
    ----------
    query : str
        The place text, unresolved as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
    """
    match = _WHAT_IN_WHERE.match(" ".join(query.split()))
    if match is None or _BORDER_WORDS.search(match["what"]):
        return None
    found = geocode(f"في {match['where']}", hint)
    if found.status != "resolved" or found.precision == "border":
        return None
    what = geocode(match["what"], hint)
    if what.status != "unresolved" or what.candidates:
        return None
    note = f"{match['what']!r} is not in the gazetteer inside {found.name}; answered it"
    return noted_reading(found, query, note, explain, coarsened=True)
