"""A crossing's name joined to its crossing word by a hyphen.

Finnish and Estonian reports may write the name and the word for a crossing as one
hyphenated compound: "Vaalimaan-rajanylityspaikan läheisyydessä" (near the Vaalimaa
crossing), "Narva-piiripunktis".  The readers take a hyphenated word for one name, so
nothing is found; written with a space, the same words are the crossing word after the
crossing's (declined) name, which the readers know.
"""

from __future__ import annotations

import re

__all__ = ["unhyphenated_crossing_word"]

#: A name's last letter, a hyphen and a crossing word of Finnish or Estonian, in any case.
_NAME_HYPHEN_WORD = re.compile(
    r"(?<=\w)-(?=(?:rajanylityspaik|raja-asem|rajavartioasem|piiripunkt)\w*\b)",
    re.IGNORECASE,
)


def unhyphenated_crossing_word(text: str) -> str | None:
    """``text`` with a space for each hyphen joining a name to a crossing word, or None
    when it has none.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    str or None
        "Vaalimaan rajanylityspaikan läheisyydessä" for
        "Vaalimaan-rajanylityspaikan läheisyydessä"; None when nothing was joined so.
    """
    spaced = _NAME_HYPHEN_WORD.sub(" ", text)
    return spaced if spaced != text else None
