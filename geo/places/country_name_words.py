"""The words of a country's names, to read a name written with its ending changed.

"Trebinje Bosnje Hercegovinen" (Albanian, Trebinje of Bosnia and Herzegovina): the
press leaves out the "and" of a two-part name and declines its last word
("Hercegovinën", the accusative of "Hercegovinë"), so no name of the tables matches
the words together.  Each later word still begins with a word of one of the
country's names ("bosnje dhe hercegovine"); :func:`extends_a_name_word` says so.
"""

from __future__ import annotations

from functools import lru_cache

from bordermap.geo.places.words import load_country_words

__all__ = ["extends_a_name_word"]

#: Fewest letters of a name word a declined word may extend: shorter words ("dhe",
#: "and", "the") begin too many words.
_MIN_STEM_LETTERS = 5


@lru_cache(maxsize=64)
def _name_words(code: str) -> frozenset[str]:
    """Words of at least :data:`_MIN_STEM_LETTERS` letters of every name of a country
    (the hand-written names and the world table's), as lookup keys."""
    words = load_country_words()
    keys = [key for key, codes in words.names.items() if code in codes]
    keys += [key for key, (owner, _) in words.world.items() if owner == code]
    return frozenset(
        word for key in keys for word in key.split() if len(word) >= _MIN_STEM_LETTERS
    )


def extends_a_name_word(code: str, key: str) -> bool:
    """Whether a one-word lookup key is a word of one of the country's names, or that
    word with letters added (a case ending).

    Parameters
    ----------
    code : str
        ISO alpha-2 code of the country.
    key : str
        One word, as :func:`~bordermap.geo.places.names.normalise` gives it.

    Returns
    -------
    bool
    """
    return any(key.startswith(word) for word in _name_words(code))
