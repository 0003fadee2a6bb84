"""Words that make a name an island's, in the languages border reports use.

"Ali Island in Itbayat": an island filed under a town is the municipality's, and an
island municipality spreads over sea and islets tens of km from its town; the town's
point does not hold it.  :func:`names_an_island` tells such a name by its word.
"""

from __future__ import annotations

import re

__all__ = ["names_an_island"]

#: An island word standing as a word of the name: English, Spanish, Portuguese, French,
#: Italian, German, Dutch, Malay/Indonesian and Filipino ("pulo"), Vietnamese ("đảo").
_ISLAND_WORD = re.compile(
    r"(?<!\w)(?:islands?|isles?|islets?|islas?|islotes?|ilhas?|ilhéus?|îles?|îlots?|"
    r"isola|isole|insel|inseln|eiland|eilanden|pulau|pulo|nusa|cay|cayo|đảo)(?!\w)",
    re.IGNORECASE,
)


def names_an_island(name: str) -> bool:
    """Whether ``name`` is headed by an island word ("Ali Island", "Pulau Nipa", "isla X").

    The word must open or close the name, where a language puts its head: "Ocean Cay
    Drive" is a street.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    bool
    """
    words = name.split()
    return bool(words) and any(_ISLAND_WORD.fullmatch(word) for word in (words[0], words[-1]))
