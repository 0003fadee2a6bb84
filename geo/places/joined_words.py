"""Place texts of scripts written without spaces, parted into their words.

Thai, Lao, Khmer and Myanmar write a phrase's words joined: "ท่าเทียบเรือปากน้ำระนอง" is
the pier (ท่าเทียบเรือ) at the river mouth (ปากน้ำ) of Ranong (ระนอง);
"ด่านตรวจคนเข้าเมืองถาวรจังหวัดเกาะสอง" the permanent (ถาวร) immigration (ตรวจคนเข้าเมือง)
checkpoint (ด่าน) of Ko Song (เกาะสอง, Kawthaung) province (จังหวัด).  The readers part a
unit or crossing word off a name's start (:func:`~bordermap.geo.places.text_runs.split_role`),
but a name after other words, or before them, stays inside one unknown word.

:func:`joined_words_apart` parts such a word only where every part of it is either a word
of a place's frame (the role words of ``place_words.toml`` ``[other_scripts]`` and the
frame words here) or a place's name as the ``known`` test says, with one name at least:
a short name inside an unrelated word ("สอง", Song, inside "สองแคว") leaves a part that is
neither, and the word is left whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bordermap.geo.places.words import load_place_words

__all__ = ["FRAME_WORDS", "joined_words_apart"]

#: Letters of the scripts written without spaces between words: Myanmar, Thai, Lao, Khmer.
_JOINED_LETTER = "\u1000-\u109f\u0e00-\u0eff\u1780-\u17ff"
_JOINED_WORD = re.compile(f"[{_JOINED_LETTER}]+(?:[-–][{_JOINED_LETTER}]+)?")

#: Thai words of a place's frame that are no name and no role word of the tables: the
#: pier and the port (ท่าเทียบเรือ, ท่าเรือ), the river mouth (ปากน้ำ), the way and the side
#: (ทาง, ด้าน), the immigration (ตรวจคนเข้าเมือง) of a "permanent" (ถาวร) or
#: "international" (สากล) checkpoint, in front of (หน้า), around (รอบ), along the edge of
#: (ริม), into (เข้า).  Lao writes the same words in its letters, which mirror Thai's.
FRAME_WORDS = (
    "ท่าเทียบเรือ",
    "ท่าเรือ",
    "ปากน้ำ",
    "ทาง",
    "ด้าน",
    "ตรวจคนเข้าเมือง",
    "ถาวร",
    "สากล",
    "หน้า",
    "รอบ",
    "ริม",
    "เข้า",
)

#: Fewest letters of a name parted from a word (Thai "ตาก", Tak).
_MIN_NAME = 3
#: Parts of one word at most: a word of more is left whole.
_MAX_PARTS = 8


#: Words saying which kind of checkpoint a crossing word names, immigration
#: (ตรวจคนเข้าเมือง), permanent (ถาวร), international (สากล): "ด่านตรวจคนเข้าเมืองถาวร...".
_CHECKPOINT_KINDS = frozenset({"ตรวจคนเข้าเมือง", "ถาวร", "สากล"})
#: Roles whose words the readers take joined to the start of the name after them
#: (:func:`~bordermap.geo.places.text_runs.split_role`): kept joined to it here.
_JOINED_ROLES = frozenset({"crossing", "border", "region", "district"})
_UNIT_ROLES = frozenset({"region", "district"})


@lru_cache(maxsize=1)
def _frame_words() -> dict[str, str]:
    """Frame words by their text: the role of a role word, else "frame"."""
    words = dict.fromkeys(FRAME_WORDS, "frame")
    for role, role_words in load_place_words().other_scripts.items():
        for word in role_words:
            if _JOINED_WORD.fullmatch(word.rstrip(".")):
                words.setdefault(word, role)
    # Texts reach the readers in NFC or NFKC, which writes Thai "ำ" as two letters.
    return {
        unicodedata.normalize(form, word): role
        for word, role in words.items()
        for form in ("NFC", "NFKC")
    }


def _parts(word: str, known: Callable[[str], bool]) -> list[str] | None:
    """The parts of ``word``, each a frame word or a known name, with a name among them;
    the longest name first at each place, None when the word cannot be parted so."""
    frames = _frame_words()
    cache: dict[tuple[int, bool], list[str] | None] = {}

    def from_(at: int, after_name: bool) -> list[str] | None:
        # Two names joined are one unknown word, not a name: a frame word between them.
        # The word ends on a name, as Thai writes the frame before what it frames: a
        # name before a last frame word is as often a common word ("ท่าเทียบเรือสองฝั่ง",
        # the piers of both banks, "สอง" two, not Song).
        if at == len(word):
            return [] if after_name else None
        if (at, after_name) in cache:
            return cache[at, after_name]
        found: list[str] | None = None
        if not after_name:
            for end in range(len(word), at, -1):
                piece = word[at:end]
                if len(piece) >= _MIN_NAME and piece not in frames and known(piece):
                    rest = from_(end, True)
                    if rest is not None:
                        found = [piece, *rest]
                        break
        if found is None:
            for end in range(len(word), at, -1):
                if word[at:end] in frames:
                    rest = from_(end, False)
                    if rest is not None:
                        found = [word[at:end], *rest]
                        break
        cache[at, after_name] = found
        return found

    parts = from_(0, False)
    if not parts or len(parts) < 2 or len(parts) > _MAX_PARTS:
        return None
    if all(part in frames for part in parts):
        return None
    return parts


def joined_words_apart(text: str, known: Callable[[str], bool]) -> str | None:
    """``text`` with each word of Thai, Lao, Khmer or Myanmar letters parted into its
    frame words and the names between them, or None when no word is parted.

    Parameters
    ----------
    text : str
        A place text as a report writes it.
    known : callable
        Whether a part is a place's name, as written (a lookup in the gazetteer).

    Returns
    -------
    str or None
        The text with spaces between the parts of each word that is wholly frame words
        and names; other words as written.

    Examples
    --------
    >>> joined_words_apart("ท่าเทียบเรือปากน้ำระนอง", lambda part: part == "ระนอง")
    'ท่าเทียบเรือ ปากน้ำ ระนอง'
    >>> joined_words_apart("ท่าเทียบเรือสองแคว", lambda part: part == "สอง") is None
    True
    """
    changed = False
    words = []
    for word in text.split():
        parts = _parts(word, known) if _JOINED_WORD.fullmatch(word) else None
        written = _written(parts) if parts else word
        changed = changed or written != word
        words.append(written)
    return " ".join(words) if changed else None


def _written(parts: list[str]) -> str:
    """The parts of a word as words: the crossing and border words (the kind of
    checkpoint left out) or the one unit word before a name kept joined to it as the
    script writes them, the other frame words apart."""
    frames = _frame_words()
    words: list[str] = []
    chain: list[str] = []
    for part in parts:
        role = frames.get(part)
        if role in _UNIT_ROLES and chain:
            # "ด่าน...จังหวัดเกาะสอง": the readers part one unit word off a name, not a
            # crossing's words before it; those stand apart.
            words += chain
            chain = []
        if role in _JOINED_ROLES or (chain and part in _CHECKPOINT_KINDS):
            chain.append(part)
        elif role is None:
            kept = [word for word in chain if word not in _CHECKPOINT_KINDS]
            words.append("".join(kept) + part)
            chain = []
        else:
            words += [*chain, part]
            chain = []
    return " ".join(words + chain)
