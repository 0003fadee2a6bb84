"""Korean names in Latin letters, as the Revised Romanization writes them, roughly.

The tables give most places of the Korean border in Latin letters only: a report's
"난핑" (Nanping, the Chinese end of the Nanping–Musan crossing) is no key.  Each Hangul
syllable is composed of an initial consonant, a vowel and a final consonant, which
Unicode orders arithmetically; each is written with its usual Latin letters (the
sound changes between syllables are not made), enough to compare a name's first
letters with a Latin one.
"""

from __future__ import annotations

__all__ = ["hangul_as_latin", "in_hangul"]

_FIRST, _LAST = 0xAC00, 0xD7A3
_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s",
    "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
)  # fmt: skip
_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l",
    "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def in_hangul(text: str) -> bool:
    """Whether every letter of ``text`` is a Hangul syllable (spaces and dashes aside)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_FIRST <= ord(c) <= _LAST for c in letters)


def hangul_as_latin(text: str) -> str:
    """``text`` with each Hangul syllable in Latin letters, other characters as they are.

    >>> hangul_as_latin("난핑")
    'nanping'
    >>> hangul_as_latin("무산")
    'musan'
    """
    out = []
    for char in text:
        code = ord(char) - _FIRST
        if not 0 <= code <= _LAST - _FIRST:
            out.append(char)
            continue
        initial, rest = divmod(code, 588)
        vowel, final = divmod(rest, 28)
        out.append(_INITIALS[initial] + _VOWELS[vowel] + _FINALS[final])
    return "".join(out)
