"""An unknown place put near a known town: "vid Lernacken utanför Malmö".

"X outside Y", "X near Y", "X utanför Y": the text names a place the data lacks and
says it lies just by a town it knows.  Without the near word ("the Ensawang plantation,
Lubok Antu") the town only says which unit holds the place; with it, the place is near
the town, which is how "X, outside Y" (with a comma) is read too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import NEAR_WORDS

__all__ = ["near_word_before"]


#: Words of the near forms that put a place at sea off a land place ("waters off",
#: "au large de"): a sea reach is no town's near reach, so those forms are not read here.
_AT_SEA = re.compile(
    r"\b(?:off|waters?|large|coast|c[oô]te|costa|perairan|берег\w*|khơi)\b|قبالة", re.IGNORECASE
)


@lru_cache(maxsize=1)
def _near_word_at_the_end() -> re.Pattern[str]:
    words = sorted(
        {normalise(word) for word in NEAR_WORDS if normalise(word) and not _AT_SEA.search(word)},
        key=len,
    )
    alternatives = "|".join(re.escape(word) for word in reversed(words))
    return re.compile(rf"(?:^|\s)(?:{alternatives})$")


def near_word_before(text: str, span: str) -> str | None:
    """The near word ("outside", "utanför") standing right before ``span`` in ``text``.

    Parameters
    ----------
    text : str
        The place text.
    span : str
        The town's name as the text writes it.

    Returns
    -------
    str or None
        The near word (normalised), only when some word stands before it (the unknown
        place); None otherwise.
    """
    at = text.find(span)
    if at <= 0:
        return None
    before = normalise(text[:at])
    match = _near_word_at_the_end().search(before)
    if match is None or not before[: match.start()].strip():
        return None
    return match.group(0).strip()
