"""A street named before a comma, and the town after it that holds it.

"Newry Road, Dundalk", "Calle Jujuy, La Quiaca": a street lies in one town, so the
town after the comma is its container, as after "in" ("on the Newry Road in Dundalk").
After any other name a bare town is no container ("Nogales, Arizona" with Arizona
read as a town is not Nogales near that town): only an area holds a place after a
comma.  A street named after a town ("Newry Road") is not that town either: the words
of the street's kind say so.
"""

from __future__ import annotations

import re

__all__ = ["names_a_street"]

#: A street's kind after its name ("Newry Road", "Hauptstraße", "Main St."), or before
#: it ("Calle Jujuy", "rue de Genève", "ulica Graniczna", "Avenida Brasil").
_STREET = re.compile(
    # "the old customs check-point at Newry Road": a spot on the street, the same town.
    r"^(?:.*?\s(?:at|on|along|en|sur|an\s+der|auf\s+der)\s+)?"
    r"(?:(?:the|la|le|el|a|o)\s+)?(?:"
    r"(?:[\w'’.-]+\s+){1,4}(?:road|street|st\.|avenue|ave\.|lane|boulevard|drive|"
    r"straße|strasse|gasse|weg|allee)"
    r"|\w*(?:straße|strasse)"
    r"|(?:calle|avenida|av\.|carrera|rua|rue|avenue|boulevard|ulica|ulice|ul\.|utca|"
    r"strada|via|viale|chemin)\s+\S.*"
    r")$",
    re.IGNORECASE,
)


def names_a_street(text: str) -> bool:
    """Whether ``text`` is a street's name with its kind word ("Newry Road").

    Parameters
    ----------
    text : str
        The words before a comma, as the report writes them.

    Returns
    -------
    bool
        True for "Newry Road", "Calle Jujuy", "Hauptstraße" and a spot on one ("the
        old check-point at Newry Road"); False for a bare name ("Nogales") or a
        crossing named after a street ("the Newry Road checkpoint").

    Examples
    --------
    >>> names_a_street("Newry Road")
    True
    >>> names_a_street("Nogales")
    False
    """
    text = " ".join(text.split())
    # "the old road": a street the report does not name holds nothing it can say.
    return any(word[:1].isupper() for word in text.split()) and bool(_STREET.match(text))
