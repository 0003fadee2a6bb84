"""The word "between" written after the two names, in head-final languages.

Tamil ("கச்சத்தீவு மற்றும் நெடுந்தீவுக்கு இடையே", between Katchatheevu and Neduntheevu),
Hindi ("X और Y के बीच"), Korean ("X와 Y 사이") and Chinese or Japanese ("X和Y之间",
"XとYの間") put "between" after the two places it joins.  The places then bound what
is meant: a point answer of either alone is never it.  Finnish and Estonian "välinen",
"vahel" (:data:`bordermap.geo.places.text_runs.BETWEEN_AFTER`) are left to their own
readings: "Narva ja Jaanilinna vahelisel sillal" (on the bridge between Narva and
Ivangorod) is the bridge at Narva, which those readings answer.  The regular expressions of
:mod:`~bordermap.geo.places.text_runs` use ``\\b``, which Tamil's vowel signs (not word
characters to Python) break inside a word; these words are matched between spaces or the
text's ends instead, and the Han ones anywhere, as Han text writes no spaces.
"""

from __future__ import annotations

import re

from bordermap.geo.places.text_runs import BETWEEN

__all__ = ["HEAD_FINAL_BETWEEN", "says_between"]

#: "between" after its two names: Tamil "இடையே", "இடையில்", "இடையிலான" (between, of
#: between), "நடுவே"; Hindi "बीच" (after "के"); Korean "사이" with its particles;
#: Chinese "之间" / "之間" and Japanese "の間" (joined to the name before).
HEAD_FINAL_BETWEEN = re.compile(
    r"(?:(?<!\S)(?:இடையே|இடையில்|இடையிலான|நடுவே|के\s+बीच|사이(?:에서|에|의|로)?)(?!\S))"
    r"|之间|之間|の間"
)


def says_between(text: str) -> bool:
    """Whether ``text`` puts something between places, before or after their names.

    >>> says_between("கச்சத்தீவு மற்றும் நெடுந்தீவுக்கு இடையே")
    True
    >>> says_between("between Kastanies and Vyssa"), says_between("near Kastanies")
    (True, False)
    """
    return bool(BETWEEN.search(text) or HEAD_FINAL_BETWEEN.search(text))
