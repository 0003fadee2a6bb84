"""Bengali place phrases read as the Hindi ones the resolver knows.

Bengali reports from India's borders ("পঞ্জাবের ফিরোজপুর সেক্টরে", in the Firozpur sector
of Punjab) write Indian names in a script whose Unicode block mirrors Devanagari's letter
for letter, with case endings joined to the word where Hindi writes postpositions apart:
the genitive "-ের" (Hindi "के") and the locative "-ে"/"-য়" ("में").  A bare "-র" is the
genitive after a vowel ("জম্মুর", of Jammu) but also ends many names ("ফিরোজপুর"), so it
is taken off only in a second reading (:func:`bengali_as_hindi_bare_genitive`), tried when
the first finds nothing.  The words around the name (district, sector, border, near) are
written as Hindi's, so the Hindi readings ("X के Y सेक्टर में") find the place.
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table

__all__ = [
    "bengali_as_hindi",
    "bengali_as_hindi_bare_genitive",
    "ends_in_bare_genitive",
    "has_bengali",
]

_BENGALI = re.compile("[\u0980-\u09ff]")
_VIRAMA = "\u09cd"
#: Vowel signs: a bare "র" after one of them may be the genitive.
_VOWEL_SIGNS = frozenset("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc")
#: Case endings, longest first, with the Hindi word each is written apart as.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ের", "के"),
    ("য়", "में"),
    ("\u09af\u09bc", "में"),  # "য়" written as "য" and a nukta
    ("ে", "में"),
)
#: Bengali words about a place (stems, their endings taken off) as the Hindi ones.
_WORDS_AS_HINDI = {
    "জেলা": "जिला",
    "সেক্টর": "सेक्टर",
    "সীমান্ত": "सीमा",
    "আন্তর্জাতিক": "अंतरराष्ट्रीय",
    "কাছ": "पास",
}
#: Letters written otherwise in Devanagari than at their mirrored code point: the
#: syllable-final "t" (ৎ), the "y" Bengali writes with a nukta, Assamese "r" and "w".
_OWN_LETTERS = {
    "\u09ce": "\u0924\u094d",
    "\u09df": "\u092f",
    "\u09f0": "\u0930",
    "\u09f1": "\u0935",
}
#: The Bengali block mirrors Devanagari's letter for letter, save those letters.
_AS_DEVANAGARI = mirror_table(0x0980, 0x0900, _OWN_LETTERS)
#: A stem keeps at least this many letters: a short word ending so is a word of its own.
_MIN_STEM = 2


def ends_in_bare_genitive(word: str) -> bool:
    """Whether a Bengali word ends in a bare "র" after a vowel sign: the genitive after a
    vowel ("জম্মুর", of Jammu), though many names end so too ("ফিরোজপুর")."""
    return word.endswith("র") and len(word) > _MIN_STEM and word[-2] in _VOWEL_SIGNS


def has_bengali(text: str) -> bool:
    """Whether ``text`` holds a Bengali letter."""
    return bool(_BENGALI.search(text))


def bengali_as_hindi(text: str) -> str:
    """``text`` with its Bengali words in Devanagari, their case endings as Hindi words.

    A bare final "র" stays the name's ("ফিরোজপুর" is Firozpur).

    >>> bengali_as_hindi("পঞ্জাবের ফিরোজপুর সেক্টরে")
    'पञ्जाब के फिरोजपुर सेक्टर में'
    """
    return " ".join(_word_as_hindi(word, bare_genitive=False) for word in text.split())


def bengali_as_hindi_bare_genitive(text: str) -> str:
    """As :func:`bengali_as_hindi`, a final "র" after a vowel read as the genitive.

    >>> bengali_as_hindi_bare_genitive("জম্মুর আন্তর্জাতিক সীমান্তে")
    'जम्मु के अंतरराष्ट्रीय सीमा में'
    """
    return " ".join(_word_as_hindi(word, bare_genitive=True) for word in text.split())


def _word_as_hindi(word: str, *, bare_genitive: bool) -> str:
    """One word: its stem in Devanagari and its case ending as a Hindi word after it."""
    if not _BENGALI.search(word):
        return word
    stem, after = word, ""
    for ending, hindi in _ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= _MIN_STEM and not rest.endswith(_VIRAMA):
            stem, after = rest, hindi
            break
    if not after and bare_genitive and ends_in_bare_genitive(word):
        stem, after = word[:-1], "के"
    if stem in _WORDS_AS_HINDI:
        return " ".join(filter(None, (_WORDS_AS_HINDI[stem], after)))
    letters = stem.translate(_AS_DEVANAGARI)
    return f"{letters} {after}" if after else letters
