"""French combining forms of a country's adjective: "guinéo-" of "la frontière
guinéo-malienne".

French names a border by its two countries' adjectives joined by a hyphen, the first in
its combining form: the adjective's ending replaced by "-o" ("guinéen" → "guinéo",
"nigérien" → "nigéro", "sénégalais" → "sénégalo", "tchadien" → "tchado").  The demonym
tables list the adjectives, and only a few of the combining forms; :func:`adjective_keys`
gives the adjectives a combining form may stand for, to be looked up in those tables.
"""

from __future__ import annotations

__all__ = ["adjective_keys"]

#: Endings of French country adjectives (accents dropped, as keys are) that the "-o" of
#: a combining form replaces: "guine-en", "niger-ien", "senegal-ais", "burkinab-e".
_ADJECTIVE_ENDINGS = ("en", "ien", "een", "ais", "ain", "ois", "e")
#: Fewest letters of a combining form read so ("belgo"): shorter ones ("afro", "euro")
#: name continents, not countries.
_FEWEST_LETTERS = 5


def adjective_keys(key: str) -> tuple[str, ...]:
    """The French adjective keys a combining form in "-o" may stand for.

    Parameters
    ----------
    key : str
        A normalised word ("guineo").

    Returns
    -------
    tuple of str
        ``key`` with its final "o" replaced by each adjective ending ("guineen",
        "guineien", ...), in a fixed order; empty when ``key`` is no single word ending
        in "o" of at least five letters.
    """
    if len(key) < _FEWEST_LETTERS or not key.endswith("o") or not key.isalpha():
        return ()
    stem = key[:-1]
    return tuple(stem + ending for ending in _ADJECTIVE_ENDINGS)
