"""Vietnamese names that differ only in their marks are different names.

The lookup keys of the gazetteer drop every diacritic, so "Nậm Cắn" (a commune of Nghệ
An on the Lao border) and "Năm Căn" (a town of Cà Mau, 1,000 km south) share the key
"nam can".  In Vietnamese the marks are part of the spelling: "ă" and "â" are letters of
their own and the tone marks tell syllables apart.  When the text and the place's name
are both written with Vietnamese marks, a name whose marked syllables differ from the
text's is not the place the text names.  A name written without marks ("Nam Can") says
nothing either way and is kept.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["marked_otherwise", "written_with_vietnamese_marks"]

#: Letters only Vietnamese writes among the Latin alphabets of the data: the vowels "ă",
#: "ơ", "ư", "đ", and any vowel with a dot below or a hook above (tones of their own).
#: The horn of "ơ" and "ư" is matched alone, for "ở" and "ữ" decompose to the bare vowel,
#: the horn and the tone.
_VIETNAMESE_ONLY = re.compile(
    r"[ăơưđ\u031b]|[aeiouy\u0103\u00e2\u00ea\u00f4\u01a1\u01b0][\u0323\u0309]"
)
#: A word of letters and combining marks.
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def _written_in_vietnamese(words: list[str]) -> bool:
    decomposed = unicodedata.normalize("NFD", " ".join(words))
    # "ă", "ơ", "ư", "đ" are single letters in NFC and decompose (but "đ"); test both.
    return bool(_VIETNAMESE_ONLY.search(" ".join(words)) or _VIETNAMESE_ONLY.search(decomposed))


def written_with_vietnamese_marks(text: str) -> bool:
    """Whether ``text`` is written with letters or marks only Vietnamese uses: else no
    name is :func:`marked_otherwise` than it, and a caller need not ask for each name."""
    return _written_in_vietnamese(_words(text))


def _bare(word: str) -> str:
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
    )
    return stripped.replace("đ", "d")


def marked_otherwise(text: str, name: str) -> bool:
    """Whether ``text`` and ``name`` are Vietnamese names with the same letters but other
    marks.

    Parameters
    ----------
    text : str
        The name as the report writes it ("Nậm Cắn").
    name : str
        A gazetteer place's name ("Năm Căn", "Thị Trấn Năm Căn").

    Returns
    -------
    bool
        True when both are written with Vietnamese marks, the text's words stand in the
        name's words without their marks, and there, with their marks, they differ.
        False otherwise, also when either is written without Vietnamese marks.
    """
    said, named = _words(text), _words(name)
    if not said or not _written_in_vietnamese(said) or not _written_in_vietnamese(named):
        return False
    bare_said = [_bare(w) for w in said]
    bare_named = [_bare(w) for w in named]
    size = len(said)
    windows = [
        named[start : start + size]
        for start in range(len(named) - size + 1)
        if bare_named[start : start + size] == bare_said
    ]
    return bool(windows) and said not in windows
