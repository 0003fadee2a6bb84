"""Turkic Latin "q" for the "k" or "g" another alphabet writes in a crossing's name.

Azerbaijani Latin (and Uzbek and Karakalpak Latin) write "q" for a back "k" and for
the "g" of a neighbour's place names: "Gürbulaq" is Turkey's Gürbulak, "Bazirqan"
Iran's Bazargan, "Aqarak" Armenia's Agarak.  The tables hold such names as the
neighbour or English spells them, so a name with "q" is also compared with each "q"
read as "k" or as "g" (:func:`q_read_as_k_or_g`).  Only the comparison of a crossing's
consonants uses it, which answers a single crossing of the event's countries or none.
"""

from __future__ import annotations

from itertools import product

__all__ = ["MAX_Q_LETTERS", "q_read_as_k_or_g"]

#: A key with more "q" than this is not varied (each doubles the readings).
MAX_Q_LETTERS = 3
_READINGS = ("k", "g")


def q_read_as_k_or_g(key: str) -> list[str]:
    """``key`` with every "q" read as "k" or as "g", in each combination.

    Parameters
    ----------
    key : str
        A lookup key, lower case.

    Returns
    -------
    list of str
        The readings, none when ``key`` has no "q" or more than :data:`MAX_Q_LETTERS`.

    >>> q_read_as_k_or_g("gurbulaq bazirqan")
    ['gurbulak bazirkan', 'gurbulak bazirgan', 'gurbulag bazirkan', 'gurbulag bazirgan']
    >>> q_read_as_k_or_g("kapikule")
    []
    """
    parts = key.split("q")
    if len(parts) == 1 or len(parts) - 1 > MAX_Q_LETTERS:
        return []
    readings = []
    for letters in product(_READINGS, repeat=len(parts) - 1):
        reading = parts[0]
        for letter, part in zip(letters, parts[1:], strict=True):
            reading += letter + part
        readings.append(reading)
    return readings
