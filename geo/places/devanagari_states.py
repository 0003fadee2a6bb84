"""Devanagari names of states and provinces as Hindi and Marathi reporters write them.

GeoNames files several Indian states in Devanagari only in their Sanskrit form, the
name run together with "राज्यम्" (state: "राजस्थानराज्यम्", "असमराज्यम्"), and writes a
nasal before a consonant of its class as the nasal letter ("पञ्जाब") where Hindi
writes the dot above the line (anusvara: "पंजाब").  :func:`state_key` drops the one
and writes the other as the dot, so the bare Hindi name and the gazetteer's form share
a key; the resolver compares it only with the regions of the event's country, and
answers only when one region has it.
"""

from __future__ import annotations

import re

__all__ = ["state_key"]

#: The Sanskrit word for a state, closing a name run together with it, as a lookup
#: key writes it (the virama dropped).
_SANSKRIT_STATE_WORD = re.compile(r"(?<=\S)राजयम$")
#: A nasal letter before a consonant of its own class (velar, palatal, retroflex,
#: dental, labial): the sound the anusvara writes.  Keys drop the virama, so the nasal
#: stands right before the consonant.
_NASAL_OF_ITS_CLASS = re.compile(r"ङ(?=[कखगघ])|ञ(?=[चछजझ])|ण(?=[टठडढ])|न(?=[तथदध])|म(?=[पफबभ])")


def state_key(key: str) -> str:
    """``key`` without a closing Sanskrit "state" and with its class nasals as anusvara.

    Parameters
    ----------
    key : str
        A lookup key in Devanagari.

    Returns
    -------
    str
        The key the Hindi and the Sanskrit spelling of a state's name share; the
        candrabindu is written as the anusvara too, as reporters mix them.

    >>> state_key("पञजाबराजयम") == state_key("पंजाब")
    True
    """
    key = _SANSKRIT_STATE_WORD.sub("", key).replace("\u0901", "\u0902")
    return _NASAL_OF_ITS_CLASS.sub("\u0902", key)
