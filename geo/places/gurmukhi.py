"""Punjabi (Gurmukhi) place phrases read as the Hindi ones the resolver knows.

Punjabi reports from the Indian side of the Pakistani border ("ਪੰਜਾਬ ਦੇ ਸਰਹੱਦੀ ਜਿਲ੍ਹੇ
ਫਿਰੋਜ਼ਪੁਰ ਦੇ ...", of Punjab's border district Firozpur) write the names in a script
whose Unicode block mirrors Devanagari's letter for letter, and their postpositions apart
as Hindi does, in words of their own: the genitive "ਦੇ/ਦੀ/ਦਾ" (Hindi "के/की/का"), the
locative "ਵਿਚ" ("में"), the ablative "ਤੋਂ" ("से").  Gurmukhi has two marks of its own:
the tippi ("ੰ", a nasal, Hindi's anusvara "ं") and the addak ("ੱ", which doubles the
consonant after it and Hindi spellings of the same names mostly leave out: "ਸਰਹੱਦੀ",
"सरहदी").  :func:`gurmukhi_as_hindi` writes the letters in Devanagari and those words as
Hindi's, as :mod:`~bordermap.geo.places.telugu` does for Telugu, so the Hindi readings
("X के Y जिले") and the gazetteer's Hindi names find the place.
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table, words_as_hindi

__all__ = ["gurmukhi_as_hindi", "has_gurmukhi"]

_GURMUKHI = re.compile("[\u0a00-\u0a7f]")
#: Letters written otherwise in Devanagari than at their mirrored code point: the tippi
#: is the anusvara, the addak is left out.
_OWN_LETTERS = {"\u0a70": "\u0902", "\u0a71": ""}
#: The Gurmukhi block mirrors Devanagari's letter for letter, save those marks.
_AS_DEVANAGARI = mirror_table(0x0A00, 0x0900, _OWN_LETTERS)
#: Punjabi words as the Hindi ones the resolver reads: postpositions and the district.
_WORDS_AS_HINDI = {
    "ਦੇ": "के",
    "ਦੀ": "की",
    "ਦਾ": "का",
    "ਵਿਚ": "में",
    "ਵਿੱਚ": "में",
    "ਤੋਂ": "से",
    "ਜਿਲ੍ਹੇ": "जिले",
    "ਜ਼ਿਲ੍ਹੇ": "जिले",
    "ਜਿਲ੍ਹਾ": "जिला",
    "ਜ਼ਿਲ੍ਹਾ": "जिला",
}


def has_gurmukhi(text: str) -> bool:
    """Whether ``text`` holds a Gurmukhi letter."""
    return bool(_GURMUKHI.search(text))


def gurmukhi_as_hindi(text: str) -> str:
    """``text`` with its Gurmukhi words in Devanagari, its postpositions as Hindi's.

    >>> gurmukhi_as_hindi("ਪੰਜਾਬ ਦੇ ਸਰਹੱਦੀ ਜਿਲ੍ਹੇ ਫਿਰੋਜ਼ਪੁਰ ਵਿਚ")
    'पंजाब के सरहदी जिले फिरोज़पुर में'
    """
    return words_as_hindi(text, _GURMUKHI, _AS_DEVANAGARI, (), _WORDS_AS_HINDI)
