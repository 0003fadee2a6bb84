"""An English port named by its place alone, when the port's words found nothing.

"the Cedros port", "the port of Cedros": reports name a seaport or land port by the
place it serves.  The grammar reads the name as a town's; a place the gazetteer files
otherwise (Cedros, a form of the Trinidadian region of Siparia that holds the
peninsula's port) is then not found.  Such a text that found nothing is read again as
its name alone, which the event's country then holds as any bare name is.
"""

from __future__ import annotations

import re

__all__ = ["without_english_port_word"]

#: "the X port", "X port", "the port of X", with X capitalised and "port" in lower case
#: ("Port of Spain" is a name).
_PORT = re.compile(
    r"^\s*(?:the\s+)?(?:port\s+of\s+(?P<after>[A-Z][\w'’ .-]*?)|"
    r"(?P<before>[A-Z][\w'’ .-]*?)\s+port)\s*$"
)


def without_english_port_word(text: str) -> str | None:
    """The place a text names as its port ("the Cedros port" → "Cedros"), or None."""
    match = _PORT.match(text)
    if match is None:
        return None
    return match["after"] or match["before"]
