"""Arabic written with "ى" (alef maqsura) for a word's final "ي", as Egypt and the
Maghreb often print it: "بالمعبر الحدودى بساقية سيدى يوسف".

The words that frame a place ("الحدودي", the border adjective) are matched as spelled
with "ي"; written "الحدودى", the frame is not seen and the whole tail is taken for a
name.  :func:`with_final_yeh` writes every word-final "ى" as "ي" except in the
particles that are always spelled with it ("على", "إلى"); names lose nothing, as
their lookup tries both spellings (:mod:`bordermap.geo.places.arabic_letters`).
"""

from __future__ import annotations

import re

__all__ = ["with_final_yeh"]

#: Particles spelled with a final alef maqsura in every orthography: on, to, until, at,
#: other than, when, extent.
_ALWAYS_MAQSURA = frozenset({"على", "إلى", "الى", "حتى", "لدى", "سوى", "متى", "مدى"})
#: An Arabic word ending in alef maqsura.
_FINAL_MAQSURA = re.compile(r"[\u0621-\u064a]+ى(?![\u0621-\u064a])")


def with_final_yeh(query: str) -> str | None:
    """``query`` with its word-final "ى" written "ي", or None when that changes nothing.

    Parameters
    ----------
    query : str
        A place text: "بالمعبر الحدودى بساقية سيدى يوسف".

    Returns
    -------
    str or None
        "بالمعبر الحدودي بساقية سيدي يوسف"; None when no word but a particle ends in "ى".
    """

    def respelled(match: re.Match[str]) -> str:
        word = match[0]
        return word if word in _ALWAYS_MAQSURA else word[:-1] + "ي"

    written = _FINAL_MAQSURA.sub(respelled, query)
    return written if written != query else None
