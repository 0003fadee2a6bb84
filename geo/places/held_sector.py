"""A border sector named inside the unit that holds it, in Hindi and Urdu word order.

Indian reports write a sector of the Line of Control or of the border after the
district it lies in, joined by a genitive or "in": "जम्मू के आरएस पुरा सेक्टर" (Jammu's
R S Pura sector), "पुंछ के सौजियान सेक्टर" (Poonch's Saujian sector), "कुपवाड़ा में नौगाम
सेक्टर" (the Naugam sector in Kupwara).  The first name is the holder, never the
sector: read as a whole, the phrase found the holder's town and answered near it,
finer than the report says.  :func:`holder_and_sector` parts the name so that the
resolver reads the sector by its own name and, when that names nothing it knows, the
holder as the district it is.
"""

from __future__ import annotations

__all__ = ["HOLDER_WORDS", "holder_and_sector"]

#: Words between a holder and what it holds: Hindi and Urdu "of" (three genders and
#: numbers) and "in".
HOLDER_WORDS = frozenset({"के", "की", "का", "में", "کے", "کی", "کا", "میں"})


def holder_and_sector(name: str) -> tuple[str, str] | None:
    """The holder's name and the sector's own name in a sector's name, if joined so.

    Parameters
    ----------
    name : str
        A sector's name as the grammar read it, without the sector word:
        "जम्मू के आरएस पुरा", "जम्मू-कश्मीर में पुंछ के सौजियान".

    Returns
    -------
    tuple of (str, str) or None
        The holder, the words just before the last holder word back to the one before
        them ("पुंछ", not "जम्मू-कश्मीर में पुंछ"), and the sector's own name after it
        ("सौजियान"); None when no holder word parts the name into two names.
    """
    words = name.split()
    at = [i for i, word in enumerate(words) if word in HOLDER_WORDS]
    if not at or at[-1] in (0, len(words) - 1):
        return None
    last = at[-1]
    before = [i for i in at if i < last]
    start = before[-1] + 1 if before else 0
    holder, sector = words[start:last], words[last + 1 :]
    if not holder or not sector:
        return None
    return " ".join(holder), " ".join(sector)
