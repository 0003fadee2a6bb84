"""Other names of a place given after it, split by a slash: "(Scarborough/Panatag Shoal)".

Reports on disputed features write every side's name of it at once: "Bajo de Masinloc
(Scarborough/Panatag Shoal)" is one shoal by its Philippine name, then its English and
Filipino ones, the generic word written once for both.  Read as a container the
parenthesis names nothing; read as alternatives it names the head again.
"""

from __future__ import annotations

__all__ = ["slashed_alternatives"]


def slashed_alternatives(text: str) -> list[str]:
    """The names a slash-separated list stands for, the last name's trailing words shared.

    Parameters
    ----------
    text : str
        Words with at least one slash between names ("Scarborough/Panatag Shoal").

    Returns
    -------
    list of str
        Each name as written, with a one-word name before the last given the last one's
        words after its first ("Scarborough Shoal", "Panatag Shoal"); empty when the text
        has no slash or a part is empty.

    >>> slashed_alternatives("Scarborough/Panatag Shoal")
    ['Scarborough Shoal', 'Panatag Shoal']
    >>> slashed_alternatives("Huangyan Island / Scarborough Shoal")
    ['Huangyan Island', 'Scarborough Shoal']
    >>> slashed_alternatives("Scarborough Shoal")
    []
    """
    parts = [part.strip() for part in text.split("/")]
    if len(parts) < 2 or not all(parts):
        return []
    shared = " ".join(parts[-1].split()[1:])
    names = [
        f"{part} {shared}" if shared and len(part.split()) == 1 else part for part in parts[:-1]
    ]
    return [*names, parts[-1]]
