"""Somali unit words before a name: "degmada Doolow ee Gobolka Gedo".

Somali writes the unit word first, in its definite form, and joins a unit to the one
holding it with "ee" (of, in): "degmada Doolow ee Gobolka Gedo" is Doolow district in
Gedo region.  Read as it stands, the district's name alone is found as the town of
Doolow, finer than the text says; :func:`somali_units_in_english` writes the same
chain with the unit words after the names ("Doolow district, Gedo region"), which the
resolver reads as a district in a region.  The same holds for a town ("magaalada
Beledweyne", after "gudaha", inside), an area ("deegaanka Kala-beyr ee Goballka
Hiiraan") and a regional state after "dhulka" (the land of).
"""

from __future__ import annotations

import re

__all__ = ["somali_units_in_english"]

#: Somali unit words (definite and bare forms) and the English word for each unit.
_UNIT_WORDS = {
    "degmada": "district",
    "degmadda": "district",
    "degmo": "district",
    "gobolka": "region",
    "goballka": "region",
    "gobol": "region",
    # A regional state ("Ismaamulka Soomaalida Itoobiya", the Somali Region of Ethiopia).
    "ismaamulka": "region",
    # A locality or area, finer than a district and seldom in the data.
    "deegaanka": "area",
    "magaalada": "town",
    "tuulada": "village",
}
#: "dhulka" (the land of) may stand before the unit word of the holding unit.
_UNIT = r"(?:dhulka\s+)?(?P<word{n}>" + "|".join(_UNIT_WORDS) + r")"
#: "gudaha" (inside) may open the text: "gudaha Magaalada Beledweyne".
_INSIDE = r"(?:gudaha\s+)?"
#: A name after its unit word: capitalised words, none of them "ee".
_NAME = r"(?P<name{n}>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*)"
#: "dhinaca" or "dhanka" (the side of) may open the text: "dhinaca degmada Buulo Xaawo
#: ee Soomaaliya", on the side of Buulo Xaawo district in Somalia.
_SIDE = r"(?:(?:dhinaca|dhinacii|dhanka|dhankii)\s+)"
#: One unit, or one unit "ee" (of) the unit holding it, which may be a country named
#: bare ("ee Soomaaliya"); the whole text, nothing else.
_CHAIN = re.compile(
    rf"^\s*{_SIDE}?{_INSIDE}{_UNIT.format(n=1)}\s+{_NAME.format(n=1)}"
    rf"(?:\s*,?\s+ee\s+(?:{_UNIT.format(n=2)}\s+)?{_NAME.format(n=2)})?\s*$",
    re.IGNORECASE,
)
#: "dhanka Kenya ee Mandera East": the side of the first name (a country) that the
#: place after "ee" is on; the place, in the country.
_SIDE_OF = re.compile(
    rf"^\s*{_SIDE}{_NAME.format(n=1)}\s+ee\s+{_NAME.format(n=2)}\s*$", re.IGNORECASE
)


def somali_units_in_english(query: str) -> str | None:
    """``query`` with its Somali unit words after the names in English, or None.

    Parameters
    ----------
    query : str
        A place text: "degmada Doolow ee Gobolka Gedo", "Gobolka Gedo".

    Returns
    -------
    str or None
        "Doolow district, Gedo region", "Gedo region"; "Mandera East, Kenya" for the
        side of a place ("dhanka Kenya ee Mandera East"); None when the text is not one
        unit, or one unit "ee" another, named after Somali unit words, or a side.
    """
    match = _CHAIN.match(query)
    if match is None:
        side = _SIDE_OF.match(query)
        return None if side is None else f"{side['name2']}, {side['name1']}"
    parts = [f"{match['name1']} {_UNIT_WORDS[match['word1'].lower()]}"]
    if match["name2"] and match["word2"]:
        parts.append(f"{match['name2']} {_UNIT_WORDS[match['word2'].lower()]}")
    elif match["name2"]:
        parts.append(match["name2"])
    return ", ".join(parts)
