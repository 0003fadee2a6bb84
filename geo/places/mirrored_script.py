"""Letters of one Unicode block written as the letters of the block they mirror.

Several Brahmic blocks repeat Devanagari's layout letter for letter (Bengali, Gujarati,
Malayalam), and Lao repeats Thai's: a letter's counterpart sits a fixed distance away.
The readers that take such a text as the Hindi or Thai it mirrors share this table.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["mirror_table"]

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
