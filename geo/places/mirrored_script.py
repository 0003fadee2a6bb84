"""Letters of one Unicode block written as the letters of the block they mirror.

Several Brahmic blocks repeat Devanagari's layout letter for letter (Bengali, Gujarati,
Malayalam), and Lao repeats Thai's: a letter's counterpart sits a fixed distance away.
The readers that take such a text as the Hindi or Thai it mirrors share this table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["mirror_table", "words_as_hindi"]

#: Each of these blocks holds 128 code points.
_BLOCK_SIZE = 0x80


def mirror_table(
    block_start: int, mirrored_start: int, own_letters: Mapping[str, str] | None = None
) -> dict[int, str]:
    """A :meth:`str.translate` table from one block's letters to the mirrored block's.

    Parameters
    ----------
    block_start : int
        First code point of the block read (0x0980 for Bengali).
    mirrored_start : int
        First code point of the block it mirrors (0x0900 for Devanagari).
    own_letters : mapping of str to str, optional
        Letters written otherwise than at their mirrored code point, each with its
        spelling in the mirrored script; they win over the shift.

    Returns
    -------
    dict of int to str
        Every code point of the block to its counterpart; other characters are left
        as they are by :meth:`str.translate`.
    """
    shift = block_start - mirrored_start
    table = {code: chr(code - shift) for code in range(block_start, block_start + _BLOCK_SIZE)}
    table.update({ord(letter): spelling for letter, spelling in (own_letters or {}).items()})
    return table


def words_as_hindi(
    text: str,
    script: re.Pattern[str],
    table: Mapping[int, str],
    endings: Sequence[tuple[str, str]],
    units: Mapping[str, str],
    *,
    min_stem: int = 2,
) -> str:
    """``text`` with the words of a script that joins case endings to the word written
    in Devanagari, each ending as the Hindi word written apart after it.

    Malayalam's "-ിൽ" and Telugu's "-లో" are Hindi's "में"; an adjectival ending ("के",
    of X) that closes the text says where the place is, so it is read as "में".

    Parameters
    ----------
    text : str
        A place phrase.
    script : re.Pattern
        Matches a letter of the script read; other words are left as they are.
    table : mapping of int to str
        The script's letters in Devanagari (:func:`mirror_table`).
    endings : sequence of (str, str)
        Case endings, longest first, each with its Hindi word.
    units : mapping of str to str
        Unit words (stems, their ending taken off) as the Hindi ones.
    min_stem : int, default 2
        Letters a stem keeps at least: a short word ending so is a word of its own.

    Returns
    -------
    str
    """
    words = text.split()
    read = []
    for i, word in enumerate(words):
        if not script.search(word):
            read.append(word)
            continue
        stem, after = word, ""
        for ending, hindi in endings:
            if word.endswith(ending) and len(word) - len(ending) >= min_stem:
                stem, after = word[: -len(ending)], hindi
                break
        if after == "के" and i == len(words) - 1:
            after = "में"
        letters = units.get(stem, stem).translate(table)
        read.append(f"{letters} {after}" if after else letters)
    return " ".join(read)
