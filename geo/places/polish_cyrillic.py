"""Polish place names as Russian, Belarusian and Ukrainian reports write them.

A report in Cyrillic letters writes a Polish village as it sounds ("Черемха" for
Czeremcha, "Гайнувка" for Hajnówka), a form GeoNames seldom records for small places.
Read back to Latin letters (:func:`~bordermap.geo.places.names.normalise`), that form
spells the Polish sounds with other letters: "ch" for Polish "cz", "kh" for "ch", "ts"
for "c", "v" for "w", "g" for "h", "y" for "j".  :func:`polish_sound_key` writes a
Polish name's lookup key with those letters, and :func:`cyrillic_sound_key` a
Cyrillic name's, so that both meet on one key.

Both keys also merge what the two spellings do not keep apart: "i" and "y" ("и", "ы",
"й" against Polish "i", "y", "j"), and "o" with "u" (Polish "ó", which the lookup key
reads "o", is "у" in Cyrillic).
"""

from __future__ import annotations

import re

#: Polish letter groups and the Latin letters a Cyrillic reading gives the same sounds,
#: longest first.  "ie", "ia", "iu" after a consonant are the soft vowels "е", "я", "ю".
_POLISH_TO_CYRILLIC_READING: dict[str, str] = {
    "szcz": "shch",
    "sz": "sh",
    "cz": "ch",
    "ch": "kh",
    "rz": "zh",
    "ie": "e",
    "ia": "ya",
    "iu": "yu",
    "c": "ts",
    "w": "v",
    "h": "g",
    "j": "y",
}
_POLISH_GROUP = re.compile("|".join(sorted(_POLISH_TO_CYRILLIC_READING, key=len, reverse=True)))
#: A lookup key of Latin letters and spaces only.
_LATIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")


def _loose(key: str) -> str:
    """``key`` with "y" read as "i", each run of "i" as one, and "o" as "u"."""
    return re.sub(r"i+", "i", key.replace("y", "i")).replace("o", "u")


def polish_sound_key(key: str) -> str | None:
    """The sound key of a Polish name's lookup key, or None for a key not in Latin letters.

    Parameters
    ----------
    key : str
        A lookup key (:func:`~bordermap.geo.places.names.normalise`): ``"czeremcha"``.

    Returns
    -------
    str or None
        ``"cheremkha"`` for ``"czeremcha"``, ``"gainuvka"`` for ``"hajnowka"``.
    """
    if not _LATIN_KEY.fullmatch(key):
        return None
    return _loose(_POLISH_GROUP.sub(lambda m: _POLISH_TO_CYRILLIC_READING[m[0]], key))


def cyrillic_sound_key(key: str) -> str:
    """The sound key of a lookup key read back from Cyrillic (``"cheremkha"``).

    Parameters
    ----------
    key : str
        A lookup key of a name written in Cyrillic letters.

    Returns
    -------
    str
        The key with the letters :func:`polish_sound_key` merges merged.
    """
    return _loose(key)
