"""A stretch of a border water named in Spanish, Portuguese, French or Italian.

"un tramo remoto del río Sarstún" is a stretch of the Sarstoon, the river that is the
Belize–Guatemala border; English "a remote stretch of the Sarstoon River" is read by its
capitalised name, but Romance languages write the river word in lower case before the
name, and with no event's country the words inside the text are not read one by one.
:func:`water_of_a_stretch` reads the text without the stretch words (a second reading
of :mod:`bordermap.geo.places.rereadings`) and keeps only a border the water is.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["water_of_a_stretch"]

#: "un tramo (remoto) del", "o trecho do", "le tronçon de la", "il tratto del": a stretch
#: word, at most two lower-case words describing it, then "of" with its article.
_STRETCH_OF = re.compile(
    r"^(?:(?:un|una|el|la|o|um|le|il|lo)\s+)?"
    r"(?:tramo|trecho|tronçon|tratto)\s+"
    r"(?:(?-i:[a-záéíóúâêôãõàèìòùçñ]+)\s+){0,2}?"
    r"(?:del|de\s+la|de\s+los|de\s+las|de|do|da|dos|das|du|de\s+l['’]|des|dello|della|dei)\s*"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def water_of_a_stretch(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border a water is, for a text naming a stretch of it, or None.

    Parameters
    ----------
    query : str
        The text as written ("un tramo remoto del río Sarstún").
    hint : tuple of str
        The event's countries (may be empty).
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The border the words after the stretch words resolve to; None when the text
        opens with no stretch word or the rest is no border.
    """
    stretch = _STRETCH_OF.match(" ".join(query.split()))
    if stretch is None:
        return None
    found = geocode(stretch["rest"], hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    note = f"read as {stretch['rest']!r}: a stretch of it"
    return noted_reading(found, query, note, explain)
