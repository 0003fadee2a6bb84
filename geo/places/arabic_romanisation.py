"""Names of Arabic-speaking countries as French, English and Portuguese reports romanise them.

A Lebanese or Syrian village reaches a report through French or English romanisation,
and a Portuguese or Spanish report copies whichever it met: "Kfarchouba" and "Kfar
Shouba", "Marjeyun" and "Marjayoun".  Arabic writes no short vowels, so writers choose
"e" or "a", "o" or "u" as they hear them; French writes "ch" and "ou" for the English
"sh" and "u"; the article and the word "Kfar" (village) are glued to the name or not.
:func:`romanisation_key` folds those choices into one key.  It is loose: the resolver
uses it only inside the event's one country, and only when that country's names are
romanised from Arabic (:data:`ARABIC_NAMED`), only for a name the text calls a town
or village (:func:`called_a_settlement`), and a key matches only when a single
settlement has it.
"""

from __future__ import annotations

import re

from bordermap.geo.places.arabic_letters import ARAB_STATES

__all__ = ["ARABIC_NAMED", "MIN_LETTERS", "called_a_settlement", "romanisation_key"]

#: Countries whose place names reach Latin letters from Arabic (Djibouti's, the
#: Comoros' and Somalia's reach them from French, Comorian and Somali).
ARABIC_NAMED = ARAB_STATES - {"DJ", "KM", "SO"}

#: Shorter keys than this fold too many names together to say which.
MIN_LETTERS = 8


# The patterns of :func:`romanisation_key`, compiled once: it keys every Latin name
# form of a country when that country's table is first made.
_GAPS = re.compile(r"[\s'’-]+")
_I_OR_Y_RUN = re.compile(r"[iy]+")
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")
_FINAL_H_AFTER_A_VOWEL = re.compile(r"(?<=[aiu])h$")


def romanisation_key(key: str) -> str:
    """The key romanisations of one Arabic name agree on.

    Parameters
    ----------
    key : str
        A lookup key in Latin letters (lower case, no accents).

    Returns
    -------
    str
        ``key`` with "ch"/"sch" as "sh", "ou"/"oo" as "u", "e" as "a", "o" as "u", each
        run of "i"/"y" as "i", doubled letters once, a final "h" after a vowel left out,
        and no spaces or hyphens.

    Examples
    --------
    >>> romanisation_key("kfarchouba") == romanisation_key("kfar shouba")
    True
    >>> romanisation_key("marjeyun") == romanisation_key("marjayoun")
    True
    """
    text = _GAPS.sub("", key)
    text = text.replace("sch", "sh").replace("ch", "sh")
    text = text.replace("ou", "u").replace("oo", "u").replace("e", "a").replace("o", "u")
    text = _I_OR_Y_RUN.sub("i", text)
    text = _DOUBLED_LETTER.sub(r"\1", text)
    return _FINAL_H_AFTER_A_VOWEL.sub("", text)


#: Words between a settlement word and its name: "the town of", "la città di", "a cidade de".
_JOINING = frozenset({"of", "de", "da", "do", "di", "della", "del", "du", "des", "d"})
#: Portuguese "vila" (town), lower case: the word tables leave it out because "Vila"
#: begins many Portuguese names (Vila Real), but "na vila de X" calls X a town.
_LOWER_CASE_TOWN_WORDS = frozenset({"vila", "vilarejo"})
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|ash|az)[-\s]+", re.IGNORECASE)


def called_a_settlement(name: str, text: str, settlement_words: frozenset[str]) -> bool:
    """Whether ``text`` calls ``name`` a town or village: a settlement word stands before
    it, maybe with "of"/"de"/"di" between ("the town of Bint Jbail", "na vila de X").

    Parameters
    ----------
    name : str
        The name as it is written in ``text``.
    text : str
        The whole place phrase.
    settlement_words : frozenset of str
        One-word settlement descriptors, lower case.

    Returns
    -------
    bool
        False when ``name`` is not in ``text`` or nothing calls it a settlement.
    """
    start = text.lower().find(name.lower())
    if start < 0:
        # "Al Boukamal": the article the resolver tried before a bare "Boukamal".
        start = text.lower().find(_ARTICLE.sub("", name).lower())
    if start <= 0:
        return False
    before = _WORD.findall(text[:start])
    while before and before[-1].lower() in _JOINING:
        before.pop()
    if not before:
        return False
    word = before[-1]
    return word.lower() in settlement_words or word in _LOWER_CASE_TOWN_WORDS
