"""The Nepali checkpoint word "नाका" written joined to the crossing's name.

"जमुनाहनाका" (the Jamunaha checkpoint), "बेलहियानाकाबाट" (from the Belahiya
checkpoint): Nepali writes "नाका" (border checkpoint) apart from the name as often as
joined to it, and the readers find the name only apart ("जमुनाह नाका").  A word ending
in the checkpoint word, with a case ending maybe ("मा", at; "बाट", from; "को", of), is
parted only when what stands before the word is a place's whole name as written and the
word as written is none ("सीमानाका", border point, is a word of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["checkpoint_word_apart"]

#: A Devanagari word ending in "नाका" and a case ending maybe.
_JOINED_CHECKPOINT = re.compile(
    r"(?P<name>[\u0900-\u097f]{3,}?)(?P<post>नाका(?:मा|बाट|को|मै)?)(?![\u0900-\u097f])"
)


#: Words that make one compound with "नाका": "सीमानाका", "सिमानाका" (border point).
_COMPOUNDED = frozenset({"सीमा", "सिमा"})


def checkpoint_word_apart(text: str, known: Callable[[str], bool]) -> str | None:
    """``text`` with "नाका" parted from the name it is joined to, or None.

    Parameters
    ----------
    text : str
        A place text as written.
    known : callable
        Whether a text is, as written, a place's whole name.

    Returns
    -------
    str or None
        The text with each such word parted, or None when no word is.
    """
    parted = False

    def apart(match: re.Match[str]) -> str:
        nonlocal parted
        if match["name"] in _COMPOUNDED or known(match[0]) or not known(match["name"]):
            return match[0]
        parted = True
        return f"{match['name']} {match['post']}"

    written = _JOINED_CHECKPOINT.sub(apart, text)
    return written if parted else None
