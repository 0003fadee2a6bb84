"""A bridge word written with a capital before the towns the bridge joins.

Romanian writes the bridge as a name, "a Podului Calafat-Vidin" (of the Calafat–Vidin
Bridge), and a capitalised "Podului" is taken into the name it opens, which then names
nothing; in lower case it is the bridge word the readings know ("podului
Calafat-Vidin").  :func:`bridge_word_in_lower_case` writes it so, to be read again when
the text as written found nothing.
"""

from __future__ import annotations

import re

__all__ = ["bridge_word_in_lower_case"]

#: Romanian "Podul", "Podului" (the bridge, of the bridge) before a capitalised name.
_CAPITALISED_BRIDGE = re.compile(r"\bPod(ul|ului)(?=\s+[A-ZĂÂÎȘȚŞŢ])")


def bridge_word_in_lower_case(query: str) -> str | None:
    """``query`` with a capitalised Romanian bridge word in lower case, or None.

    Parameters
    ----------
    query : str
        A place text: "în proximitatea staţiei de taxare a Podului Calafat-Vidin".

    Returns
    -------
    str or None
        "... a podului Calafat-Vidin"; None when the text has no such word.
    """
    written = _CAPITALISED_BRIDGE.sub(lambda m: "pod" + m[1], query)
    return written if written != query else None
