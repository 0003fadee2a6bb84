"""Kaf and yeh as Arabic and Persian write them: one name, two spellings.

Persian and Urdu write kaf as "ک" and yeh as "ی"; Arabic writes "ك", and "ي" or, at a
word's end, "ى".  GeoNames often gives a place only one of them: Kish as "كيش", which a
Persian report writes "کیش"; Jask as "جاسک", which an Arabic one writes "جاسك".  The
letters are the same letters, so a key that finds nothing as written is looked up in
the other spellings, for places of the countries whose own names are written in
Arabic letters (:data:`WRITTEN_IN_ARABIC_LETTERS`).  So is "Abu" (أبو, "father of"),
which begins many names and is written joined to the next word or apart: GeoNames has
"ابو موسیٰ" (Abu Musa), a Persian report "ابوموسی".
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ARAB_STATES", "WRITTEN_IN_ARABIC_LETTERS", "other_spellings"]

#: The states of the Arab League, and Western Sahara.
ARAB_STATES = frozenset(
    {
        "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR",
        "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
    }
)  # fmt: skip
#: Countries whose places are named in Arabic letters at home (Arabic, Persian, Dari,
#: Pashto, Urdu): the Arab states, Chad, Iran, Afghanistan and Pakistan.
WRITTEN_IN_ARABIC_LETTERS = ARAB_STATES | {"TD", "IR", "AF", "PK"}

_KAF_YEH = re.compile("[كکيیى]")
_TO_PERSIAN = str.maketrans({"ك": "ک", "ي": "ی", "ى": "ی"})
_TO_ARABIC = str.maketrans({"ک": "ك", "ی": "ي", "ى": "ي"})
# Arabic's yeh without dots (alef maqsura) at the end of a word: "أبوموسى", "موسى".
_FINAL_YEH = re.compile("ي(?= |$)")
# "Abu" joined to a name of three letters or more, and the same apart (keys have no
# hamza: "أبو" is "ابو").
_ABU_JOINED = re.compile("(?:(?<= )|^)ابو(?=[^ ]{3})")
_ABU_APART = re.compile("(?:(?<= )|^)ابو (?=[^ ]{3})")
# A hamza after alef at a word's end, which many write and GeoNames often leaves off:
# a report's "ضباء" is GeoNames' "ضبا" (Duba).
_FINAL_HAMZA = re.compile("(?<=ا)ء(?= |$)")

# Two words of Arabic letters, three or more each: a compound name some write apart.  A
# shorter word may be a particle ("در", "پر"), never joined to a name.
_TWO_WORDS = re.compile("^[\u0620-\u06ff]{3,} [\u0620-\u06ff]{3,}$")


@lru_cache(maxsize=8192)
def other_spellings(key: str) -> tuple[str, ...]:
    """The key with its kafs and yehs as the other orthography writes them, with
    "Abu" joined to the next word or apart, without a final hamza after alef, and a
    name of two words joined.

    Parameters
    ----------
    key : str
        A lookup key (:func:`bordermap.geo.places.names.normalise`).

    Returns
    -------
    tuple of str
        The key without the hamza after alef at its words' ends ("ضباء" → "ضبا"), the
        Persian spelling, the Arabic one with "ي" and the Arabic one with "ى" at
        the words' ends (of the key and of that one), then each of these (and the
        key) with "Abu" apart where it was joined and joined where it was apart;
        each once and never ``key`` itself, and each of two words joined; empty for a
        key with neither a final hamza, a kaf, a yeh, an "Abu" nor two words.

    Examples
    --------
    >>> other_spellings("کیش")
    ('كيش',)
    >>> other_spellings("ابوموسی")[:3]
    ('ابوموسي', 'ابوموسى', 'ابو موسی')
    >>> other_spellings("ضباء")
    ('ضبا',)
    >>> other_spellings("moscow")
    ()
    """
    spellings: tuple[str, ...] = (key,)
    if _FINAL_HAMZA.search(key):
        spellings += (_FINAL_HAMZA.sub("", key),)
    if _KAF_YEH.search(key):
        for base in spellings:
            arabic = base.translate(_TO_ARABIC)
            spellings += (base.translate(_TO_PERSIAN), arabic, _FINAL_YEH.sub("ى", arabic))
    if "ابو" in key:
        spellings += tuple(
            _ABU_JOINED.sub("ابو ", s) if _ABU_JOINED.search(s) else _ABU_APART.sub("ابو", s)
            for s in spellings
        )
    if _TWO_WORDS.match(key):
        # "خیبر پختونخوا": a name of two words that GeoNames writes joined, "خیبرپختونخوا".
        spellings += tuple(s.replace(" ", "") for s in spellings if s.count(" ") == 1)
    return tuple(s for s in dict.fromkeys(spellings) if s != key)
