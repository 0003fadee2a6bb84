"""Arabic "land" after a crossing's name: "منفذ الوديعة البري" (the al-Wadiah land port).

The press calls a road crossing a land port ("منفذ بري") to tell it from a seaport or
an airport, and writes the adjective after the name as it writes the border one
("منفذ الوديعة الحدودي").  The border adjective is a frame word of the tables; "land"
is not, and was read as a second name, so a crossing found without it was dropped.
:func:`without_the_land_adjective` writes the text without it.
"""

from __future__ import annotations

import re

__all__ = ["without_the_land_adjective"]

#: A crossing word, a name, then "land" (masculine or feminine, with or without the
#: article) ending the text or followed by more words.
_LAND_AFTER_THE_NAME = re.compile(
    r"^(?P<head>(?:ال)?(?:معبر|منفذ)\s+\S.*?)\s+(?:ال)?برية?(?=\s|$)(?P<tail>.*)$"
)


def without_the_land_adjective(query: str) -> str | None:
    """``query`` without the "land" adjective after a crossing's name, or None.

    Parameters
    ----------
    query : str
        A place text: "منفذ الوديعة البري".

    Returns
    -------
    str or None
        "منفذ الوديعة"; None when no crossing word and name come before the adjective
        ("المنفذ البري الوحيد", the only land port, names no crossing).
    """
    match = _LAND_AFTER_THE_NAME.match(query.strip())
    if match is None:
        return None
    return f"{match['head']}{match['tail']}"
