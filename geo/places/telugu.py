"""Telugu place phrases read as the Hindi ones the resolver knows.

Telugu reports of the Indian and Pakistani borders ("పంజ్గూర్ జిల్లాలో", in Panjgur
district) write the names in a script whose Unicode block mirrors Devanagari's letter
for letter, with case endings joined to the word where Hindi writes postpositions apart:
the locative "-లో" (Hindi "में"), the adjectival locative "-లోని" (in X, of X: "के") and
the dative "-కు"/"-కి" (to X: "में").  Telugu also has an "r" of its own ("ఱ", Hindi "र").
:func:`telugu_as_hindi` writes the letters in Devanagari and the endings as Hindi's
words, as :mod:`~bordermap.geo.places.malayalam` does for Malayalam, so the Hindi
readings and the districts' Devanagari consonants find the place.
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table, words_as_hindi

__all__ = ["has_telugu", "telugu_as_hindi"]

_TELUGU = re.compile("[\u0c00-\u0c7f]")
#: Letters written otherwise in Devanagari than at their mirrored code point: Telugu's
#: own "r" (ఱ) and the length mark of "ai" (ౖ, which closes "ై").
_OWN_LETTERS = {"\u0c31": "\u0930", "\u0c56": "\u0948"}
#: The Telugu block mirrors Devanagari's letter for letter, save those letters.
_AS_DEVANAGARI = mirror_table(0x0C00, 0x0900, _OWN_LETTERS)
#: Case endings, longest first, with the Hindi word each is written apart as.  The
#: adjectival locative closing a text says where: "में".
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("లోని", "के"),
    ("లో", "में"),
    ("కు", "में"),
    ("కి", "में"),
)
#: Telugu unit words (a stem, its ending taken off) as the Hindi ones the resolver reads.
_UNIT_AS_HINDI = {"జిల్లా": "जिला", "సెక్టార్": "सेक्टर", "సెక్టర్": "सेक्टर"}


def has_telugu(text: str) -> bool:
    """Whether ``text`` holds a Telugu letter."""
    return bool(_TELUGU.search(text))


def telugu_as_hindi(text: str) -> str:
    """``text`` with its Telugu words in Devanagari, their case endings as Hindi words.

    >>> telugu_as_hindi("పంజ్గూర్ జిల్లాలో")
    'पंज्गूर् जिला में'
    """
    return words_as_hindi(text, _TELUGU, _AS_DEVANAGARI, _ENDINGS, _UNIT_AS_HINDI)
