"""Azerbaijani place names spelled the English way: "Dondar Gushchu" for Dondar Quşçu.

English and Russian-based reports write Azerbaijani Latin letters with digraphs ("ş" as
"sh", "ç" as "ch", "x" as "kh", "ğ" as "gh", "j" as "zh") and the back "q" as "g"
("Gazakh" for Qazax), while the tables hold the Azerbaijani spelling.
:func:`name_in_azerbaijani_latin` writes a name of an Azerbaijani event back in
Azerbaijani letters, each "g" tried as "q" and as "g", and answers the settlement of
Azerbaijan that bears exactly the name so spelled (a second reading of
:mod:`bordermap.geo.places.rereadings`, tried only when nothing else resolved).  The
reverse reading, a "q" of a crossing's name as "k" or "g", is
:mod:`bordermap.geo.places.turkic_q`.
"""

from __future__ import annotations

import re
from itertools import product

from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["azerbaijani_spellings", "name_in_azerbaijani_latin"]

_AZERBAIJAN = "AZ"
#: English digraphs for one Azerbaijani Latin letter.
_DIGRAPHS = (("sh", "ş"), ("ch", "ç"), ("kh", "x"), ("gh", "ğ"), ("zh", "j"))
_DIGRAPH = re.compile("|".join(d for d, _ in _DIGRAPHS), re.IGNORECASE)
_LETTER_OF = dict(_DIGRAPHS)
#: A name with more "g" than this is not varied (each doubles the spellings).
_MAX_G = 3
#: A run of capitalised words, the name a report spells.
_NAME_RUN = re.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*")


def _letter_for(match: re.Match[str]) -> str:
    """The Azerbaijani letter for an English digraph, in the digraph's case."""
    letter = _LETTER_OF[match.group(0).lower()]
    return letter.upper() if match.group(0)[0].isupper() else letter


def azerbaijani_spellings(name: str) -> list[str]:
    """``name`` written back in Azerbaijani Latin letters, one spelling per reading of
    its "g" letters; none when nothing changes or when it has too many "g".

    >>> azerbaijani_spellings("Dondar Gushchu")
    ['Dondar Quşçu', 'Dondar Guşçu']
    >>> azerbaijani_spellings("Tovuz")
    []
    """
    lettered = _DIGRAPH.sub(_letter_for, name)
    parts = re.split("([Gg])", lettered)
    count = (len(parts) - 1) // 2
    if count > _MAX_G:
        return []
    spellings = []
    for readings in product((True, False), repeat=count):
        spelled = parts[0]
        for as_q, g, part in zip(readings, parts[1::2], parts[2::2], strict=True):
            spelled += ("Q" if g == "G" else "q") if as_q else g
            spelled += part
        if spelled != name and spelled not in spellings:
            spellings.append(spelled)
    return spellings


def name_in_azerbaijani_latin(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The Azerbaijani settlement a name spelled the English way is, or None.

    Parameters
    ----------
    query : str
        A place text the resolver left unresolved: "the border village of Dondar
        Gushchu".
    hint : tuple of str
        The event's countries; only an Azerbaijani event is read so.
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Collects the reasoning.

    Returns
    -------
    PlaceResult or None
        Dondar Quşçu for the text above; None for an event not in Azerbaijan, or when no
        spelling of a capitalised name is an Azerbaijani settlement bearing exactly it.
    """
    if _AZERBAIJAN not in hint:
        return None
    for run in _NAME_RUN.finditer(query):
        name = run.group(0)
        for spelled in azerbaijani_spellings(name):
            text = query[: run.start()] + spelled + query[run.end() :]
            found = geocode(text, (_AZERBAIJAN,))
            if (
                found.status == "resolved"
                and found.precision == "settlement"
                and found.country == _AZERBAIJAN
                and normalise(found.name or "") == normalise(spelled)
            ):
                note = f"read {name!r} in Azerbaijani letters, as {spelled!r}"
                return noted_reading(found, query, note, explain)
    return None
