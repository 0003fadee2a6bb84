"""Malayalam place phrases read as the Hindi ones the resolver knows.

Malayalam reports from the Indian and Pakistani borders ("കുപ്വാര ജില്ലയിലെ", of Kupwara
district) write Indian names in a script whose Unicode block mirrors Devanagari's letter
for letter, with case endings joined to the word where Hindi writes postpositions apart:
the locative "-ിൽ/-യിൽ" (Hindi "में"), the adjectival locative "-ിലെ/-യിലെ" (in X, of X:
"के") and the genitive "-ിന്റെ/-യുടെ" ("के").  Malayalam also writes a consonant that
ends a syllable as a letter of its own (a chillu: "ർ" is "र्") and has an "r" of its own
("റ", Hindi "र").  :func:`malayalam_as_hindi` writes the letters in Devanagari and the
endings as Hindi's words, as :mod:`~bordermap.geo.places.gujarati` does for Gujarati, so
the Hindi readings ("X जिले के Y सेक्टर") and the districts' Devanagari consonants find
the place.
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table, words_as_hindi

__all__ = ["has_malayalam", "malayalam_as_hindi"]

_MALAYALAM = re.compile("[\u0d00-\u0d7f]")
_VIRAMA = "\u094d"
#: Letters written otherwise in Devanagari than at their mirrored code point: the
#: chillus (a syllable-final consonant, "ൽ" = "ल्"), Malayalam's own "r" (റ) and "zh"
#: (ഴ, closest to "ळ"), and the "au" length mark ("ൗ" closes "ൌ").
_OWN_LETTERS = {
    "\u0d7a": "\u0923" + _VIRAMA,
    "\u0d7b": "\u0928" + _VIRAMA,
    "\u0d7c": "\u0930" + _VIRAMA,
    "\u0d7d": "\u0932" + _VIRAMA,
    "\u0d7e": "\u0933" + _VIRAMA,
    "\u0d7f": "\u0915" + _VIRAMA,
    "\u0d31": "\u0930",
    "\u0d34": "\u0933",
    "\u0d57": "\u094c",
    "\u200d": "",  # the joiner of an older chillu spelling ("ന്‍")
}
#: The Malayalam block mirrors Devanagari's letter for letter, save those letters.
_AS_DEVANAGARI = mirror_table(0x0D00, 0x0900, _OWN_LETTERS)
#: Case endings, longest first, with the Hindi word each is written apart as.  The
#: adjectival locative closing a text says where: "में".
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("യിലേക്ക്", "में"),
    ("ിലേക്ക്", "में"),
    ("ിന്റെ", "के"),
    ("യുടെ", "के"),
    ("യിലെ", "के"),
    ("യിൽ", "में"),
    # The locative in the older spelling of its chillu, "ല" and a virama with no joiner
    # ("സാംബ സെക്ടറില്", in the Samba sector), as many sites still type it.
    ("യില്", "में"),
    ("ിലെ", "के"),
    ("ുടെ", "के"),
    ("ിൽ", "में"),
    ("ില്", "में"),
)
#: Malayalam unit words (a stem, its ending taken off) as the Hindi ones the resolver reads.
_UNIT_AS_HINDI = {"ജില്ല": "जिले", "ജില്ലാ": "जिला", "സെക്ടറ": "सेक्टर", "സെക്ടർ": "सेक्टर"}


def has_malayalam(text: str) -> bool:
    """Whether ``text`` holds a Malayalam letter."""
    return bool(_MALAYALAM.search(text))


def malayalam_as_hindi(text: str) -> str:
    """``text`` with its Malayalam words in Devanagari, their case endings as Hindi words.

    >>> malayalam_as_hindi("കുപ്വാര ജില്ലയിലെ തങ്ദാർ സെക്ടറിലെ")
    'कुप्वार जिले के तङ्दार् सेक्टर में'
    """
    return words_as_hindi(text, _MALAYALAM, _AS_DEVANAGARI, _ENDINGS, _UNIT_AS_HINDI)
