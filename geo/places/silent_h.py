"""Names written with a silent "h" the tables spell without: "Santa Helena de Uairén".

Portuguese writes "Helena" where Spanish writes "Elena", and reporters carry their own
language's spelling into a neighbour's place names: a Brazilian report names the
Venezuelan town Santa Elena de Uairén "Santa Helena de Uairén".  The "h" before a vowel
is not pronounced in either language, so the two spellings are one name.
:func:`name_without_silent_h` drops it from a capitalised word and answers the
settlement of the event's country that the whole name, so spelled, is (a second reading
of :mod:`bordermap.geo.places.rereadings`, tried only when nothing else resolved).

Only a name of three words or more is read so, and only when the settlement found bears
exactly that name: two-word names such as "Santa Helena" and "Santa Elena" are each
borne by many villages, and one may be a village the data lacks.
"""

from __future__ import annotations

import re

from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["name_without_silent_h"]

#: Small words inside Romance place names ("Santa Elena de Uairén").
_JOINING = r"(?:de|del|da|do|dos|das|di|la|las|los|e|y)"
#: A capitalised word of a name.
_WORD = r"(?-i:[A-ZÀ-Þ])[\w'’-]*"
#: A run of name words joined by small words, three words at least counted with them.
_NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_JOINING}\s+)*{_WORD})+", re.IGNORECASE)
#: A word opening with a silent "h" before a vowel.
_SILENT_H = re.compile(r"\b(?-i:H)(?P<vowel>[aeiouáéíóúâêôãõ])")
#: Fewest words of a name read without its "h".
_FEWEST_WORDS = 3


def _vowel_kept_in_case(match: re.Match[str]) -> str:
    """The vowel after a dropped capital "H", now opening the word, in upper case."""
    return match["vowel"].upper()


def name_without_silent_h(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The settlement a name written with a silent "h" is, read without it, or None.

    Parameters
    ----------
    query : str
        A place text the resolver left unresolved: "a cidade venezuelana de Santa
        Helena de Uairén".
    hint : tuple of str
        The event's countries; a settlement of one of them is taken.
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Collects the reasoning.

    Returns
    -------
    PlaceResult or None
        Santa Elena de Uairén for the text above; None without a hint, without a name of
        three words or more holding a capitalised word that opens with "h" and a vowel,
        or when the name so respelled is no settlement of the hint bearing exactly it.
    """
    if not hint:
        return None
    for run in _NAME_RUN.finditer(query):
        name = run.group(0)
        if len(name.split()) < _FEWEST_WORDS or not _SILENT_H.search(name):
            continue
        respelled = _SILENT_H.sub(_vowel_kept_in_case, name)
        text = query[: run.start()] + respelled + query[run.end() :]
        found = geocode(text, hint)
        if (
            found.status == "resolved"
            and found.precision == "settlement"
            and found.country in hint
            and normalise(found.name or "") == normalise(respelled)
        ):
            note = f"read {name!r} without its silent h, as {respelled!r}"
            return noted_reading(found, query, note, explain)
    return None
