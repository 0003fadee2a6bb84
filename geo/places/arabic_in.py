"""Arabic "in" written as a word of its own before a place the text names alone.

"في خليج عمان" (in the Gulf of Oman): Arabic writes "in" ("في", also "فى" with a dotless
final yeh) as a separate word.  Arabic letters have no case, so the readings that set a
lower-case preposition apart do not see it, and a feature read only as a whole name (a
gulf, a sea) is not found.  :func:`without_arabic_in` gives the text without it, for a
second reading of a text nothing else placed.
"""

from __future__ import annotations

import re

__all__ = ["without_arabic_in"]

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
