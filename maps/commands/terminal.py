"""Text bound for a terminal: control characters from the data are shown, not obeyed.

Event text and geocoder answers reach stderr (review lists, errors) and stdout (geocode
results).  An ESC sequence in a place name could recolour, hide or rewrite what the
analyst sees, a carriage return could overwrite a line, and bidirectional overrides could
reorder it.  :class:`TerminalText` writes each such character as a ``\\uXXXX`` escape,
which reads plainly on a terminal and is also valid inside a JSON string, so ``--json``
output stays valid JSON with the same values.
"""

from __future__ import annotations

import re
from typing import TextIO

__all__ = ["TerminalText", "printable"]

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional
# embedding, override and isolate marks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Return ``text`` with control characters written as ``\\uXXXX``.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
    """
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalText:
    """A text stream that passes every write through :func:`printable`.

    Parameters
    ----------
    stream : TextIO
        The stream written to; ``raw`` gives it back for bordermap's own progress
        bars, which draw with carriage returns.
    """

    def __init__(self, stream: TextIO) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters escaped."""
        return self.raw.write(printable(text))

    def __getattr__(self, name: str):
        # flush, isatty, fileno, encoding...: those of the wrapped stream.
        return getattr(self.raw, name)
