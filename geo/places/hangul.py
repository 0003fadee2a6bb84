"""Korean names in Latin letters, as the Revised Romanization writes them, roughly.

The tables give most places of the Korean border in Latin letters only: a report's
"난핑" (Nanping, the Chinese end of the Nanping–Musan crossing) is no key.  Each Hangul
syllable is composed of an initial consonant, a vowel and a final consonant, which
Unicode orders arithmetically; each is written with its usual Latin letters (the
sound changes between syllables are not made), enough to compare a name's first
letters with a Latin one.
"""

from __future__ import annotations

__all__ = ["hangul_as_latin", "in_hangul", "north_korean_spellings"]

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


#: Vowels (their indices) before which South Korean writes a word's first "ㄹ" and "ㄴ"
#: as "ㅇ" (ya, yae, yeo, ye, yo, yu, i: "량" → "양", "녕" → "영"), and the other vowels,
#: before which it writes a first "ㄹ" as "ㄴ" (a, ae, o, oe, u, eu: "라" → "나").
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})
_OTHER_VOWELS = frozenset({0, 1, 8, 11, 13, 18})
_NIEUN, _RIEUL, _IEUNG = 2, 5, 11


def north_korean_spellings(name: str) -> list[str]:
    """``name`` with its first syllable as North Korea writes it, where the two differ.

    South Korea drops or softens a first "ㄹ" or "ㄴ" that North Korea keeps (the rule of
    initial sounds): a southern report's "양강도" is the north's "량강도" (Ryanggang),
    "영변" is "녕변" (Nyongbyon), "나선" is "라선" (Rason).  The northern spellings the
    first syllable may stand for; empty when it stands for none.

    >>> north_korean_spellings("양강도")
    ['량강도', '냥강도']
    >>> north_korean_spellings("나선")
    ['라선']
    >>> north_korean_spellings("혜산")
    []
    """
    code = ord(name[0]) - _FIRST if name else -1
    if not 0 <= code <= _LAST - _FIRST:
        return []
    initial, rest = divmod(code, 588)
    vowel = rest // 28
    if initial == _IEUNG and vowel in _Y_VOWELS:
        initials = (_RIEUL, _NIEUN)
    elif initial == _NIEUN and vowel in _OTHER_VOWELS:
        initials = (_RIEUL,)
    else:
        return []
    return [chr(_FIRST + other * 588 + rest) + name[1:] for other in initials]
