"""Devanagari names written with a vowel of the other length.

Hindi and Nepali reporters write the short and the long "i" and "u" of a name as they
hear it ("विरगंज" and "वीरगंज", Birgunj; "गुरुदासपूर" and "गुरदासपुर"), and GeoNames
files one spelling.  :func:`vowel_length_key` writes every "ी" as "ि" and every "ू" as
"ु", so both spellings of a name share one key; the resolver compares it only with the
settlements and crossings of the event's country, and answers only when one place has it.

Nepali reporters write the "b" of many names with "व" as often as with "ब", which
Nepali says alike ("वीरगंज" and "बीरगंज", Birgunj; "जोगवनी" and
"जोगबनी", Jogbani; "विराटनगर", Biratnagar): the key writes every "व" as "ब" too.

A nasal before a stop is written either as the nasal sign "ं" or as the nasal letter
with a virama ("वीरगंज" and "वीरगन्ज", Birgunj; "बीरगञ्ज"): the key writes the second
as the first.  Keys have lost the virama, so a nasal letter before a stop is
written as the sign whether or not a vowel stood between them: the comparison is
only with the event's country's towns, and answers only when one town has the key.
"""

from __future__ import annotations

import re

__all__ = ["vowel_length_key"]

#: Long vowels (signs and letters) as their short ones, and "व" as "ब".
_AS_SHORT = str.maketrans(
    {
        "\u0940": "\u093f",
        "\u0942": "\u0941",
        "\u0908": "\u0907",
        "\u090a": "\u0909",
        "\u0935": "\u092c",
    }
)

#: A nasal letter before a stop (not before another nasal: "अन्न"); the keys have
#: lost the virama, so the letter is matched with or without it.
_NASAL_BEFORE_STOP = re.compile(
    "[\u0919\u091e\u0923\u0928\u092e]\u094d?"
    "(?=[\u0915-\u0918\u091a-\u091d\u091f-\u0922\u0924-\u0927\u092a-\u092d\u0958-\u095f])"
)


def vowel_length_key(key: str) -> str:
    """``key`` with its long "i" and "u" written short and its "v" as "b".

    Parameters
    ----------
    key : str
        A lookup key in Devanagari.

    Returns
    -------
    str
        The key as both lengths of its vowels give it.

    >>> vowel_length_key("वीरगंज") == vowel_length_key("विरगंज")
    True
    >>> vowel_length_key("जोगवनी") == vowel_length_key("जोगबनी")
    True
    >>> vowel_length_key("वीरगन्ज") == vowel_length_key("बीरगंज")
    True
    """
    return _NASAL_BEFORE_STOP.sub("\u0902", key.translate(_AS_SHORT))
