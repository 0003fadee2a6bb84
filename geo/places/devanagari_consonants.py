"""District names written in Devanagari, matched by their consonants.

Hindi and Nepali reports write a district of India, Pakistan or Nepal in Devanagari
("तरनतारन" for Tarn Taran, "बारामूला" for Baramulla, "फिरोजपुर" for Firozpur), a
spelling GeoNames seldom lists.  Devanagari writes every consonant and Latin
transcriptions keep them, while vowels, "v"/"w", "y" and "h" come and go; so both are
reduced to a skeleton of consonant classes (``k`` for क ख ग घ and k, kh, g, q; ``j``
for ज and j, z; ``p`` for प फ and p, ph, f; ``r`` for र ड़ ...), doubled letters counted
once (vowels, "y" and "h" are left out; "v" and "w" are kept, so that "Navsari" is not
"नौशेरा"), and the district of the event's country whose Latin name has the skeleton of the
Devanagari one is found.

Bengali reports write the districts of Bangladesh and West Bengal in Bengali script
("ঠাকুরগাঁও" for Thakurgaon, "লালমনিরহাট" for Lalmonirhat), a sister script whose
letters stand, code point for code point, where Devanagari's do; they are read through
Devanagari, with what Bengali writes otherwise: "য" at the start of a word is "j"
("যশোর", Jashore), Bengali has no "v" (Latin "w" and "v" are its "b": "Nawabganj",
"নবাবগঞ্জ"), "ক্ষ" is written "kh" as well as "ksh" ("সাতক্ষীরা", Satkhira) and the
nasal sign "ঁ" is written "n" or not at all ("ঠাকুরগাঁও", Thakurgaon; "চাঁপাই", Chapai).

A skeleton is weak evidence: the resolver uses it only for a name in Devanagari or
Bengali that nothing else found, only among the districts of the event's country (a few hundred
names, not its hundred thousand villages), only with three consonant classes or more,
and only when one district bears the skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bordermap.geo.places.districts import district_forms

__all__ = [
    "BENGALI_REGIONS",
    "COMPASS_WORDS",
    "MIN_CONSONANTS",
    "bengali_skeletons",
    "devanagari_skeleton",
    "district_sounding",
    "in_bengali",
    "in_devanagari",
    "latin_skeleton",
    "sounds_as",
]

#: Fewer consonant classes than this match too many names to say anything.
MIN_CONSONANTS = 3
#: Compass words that open a district's name in Devanagari and Bengali ("उत्तर
#: दिनाजपुर", Uttar Dinajpur; "पश्चिम चंपारण"; "দক্ষিণ দিনাজপুর"): north, south, east, west.
COMPASS_WORDS = frozenset(
    {"उत्तर", "दक्षिण", "पूर्व", "पूर्वी", "पश्चिम", "पश्चिमी", "উত্তর", "দক্ষিণ", "পূর্ব", "পশ্চিম"}
)

_DEVANAGARI_CLASSES = {
    "k": "\u0915\u0916\u0917\u0918\u0958\u0959\u095a",
    "c": "\u091a\u091b",
    "j": "\u091c\u091d\u095b",
    "t": "\u091f\u0920\u0924\u0925",
    "d": "\u0921\u0922\u0926\u0927",
    "n": "\u0919\u091e\u0923\u0928\u0902",
    "p": "\u092a\u092b\u095e",
    "b": "\u092c\u092d",
    "m": "\u092e",
    # ड़ and ढ़ are flaps, written "r" ("कुपवाड़ा", Kupwara); the vowel ऋ/ृ is
    # written "ri" ("अमृतसर", Amritsar).
    "r": "\u0930\u095c\u095d\u090b\u0943",
    "l": "\u0932\u0933",
    "s": "\u0936\u0937\u0938",
    "v": "\u0935",
}
_DEVANAGARI = {letter: cls for cls, letters in _DEVANAGARI_CLASSES.items() for letter in letters}
# "ड़" and "ढ़" are also written as the plain letter and the nukta sign.
_NUKTA_FLAPS = (
    ("\u0921\u093c", "\u095c"),
    ("\u0922\u093c", "\u095d"),
    ("\u091c\u093c", "\u095b"),
    ("\u092b\u093c", "\u095e"),
    ("\u0915\u093c", "\u0958"),
    ("\u0916\u093c", "\u0959"),
    ("\u0917\u093c", "\u095a"),
)
_DEVANAGARI_LETTER = re.compile("[\u0900-\u097f]")
# Latin spellings, longest first, by the class they write.
_LATIN_SPELLINGS = (
    ("chh", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("kh", "k"),
    ("gh", "k"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "p"),
    ("bh", "b"),
    ("jh", "j"),
)
_LATIN = {
    "k": "k",
    "g": "k",
    "q": "k",
    "c": "k",
    "j": "j",
    "z": "j",
    "t": "t",
    "d": "d",
    "n": "n",
    "p": "p",
    "f": "p",
    "b": "b",
    "m": "m",
    "r": "r",
    "l": "l",
    "s": "s",
    "x": "ks",
    "v": "v",
    "w": "v",
}
# The nasal sign before a labial is "m" ("सांबा", Samba; "चंपारण", Champaran).
_NASAL_BEFORE_LABIAL = re.compile("ं(?=[पफबभम])")


_BENGALI_LETTER = re.compile("[\u0980-\u09ff]")
# Bengali letters with no Devanagari letter at their code point less 0x80, or read
# otherwise: "ৎ" (a final t), and "য" at the start of a word, read "j".
_BENGALI_OWN = str.maketrans({"\u09ce": "\u0924"})
_BENGALI_INITIAL_YA = re.compile("(?:^|(?<=\\s))\u09af(?!\u09bc)")


def in_bengali(text: str) -> bool:
    """Whether every letter of ``text`` is a Bengali one (Bengali, Assamese)."""
    letters = [c for c in text if c.isalpha() or unicodedata.category(c).startswith("M")]
    return bool(letters) and all(_BENGALI_LETTER.match(c) for c in letters)


def _as_devanagari(text: str) -> str:
    text = _BENGALI_INITIAL_YA.sub("\u099c", text).translate(_BENGALI_OWN)
    return "".join(chr(ord(c) - 0x80) if _BENGALI_LETTER.match(c) else c for c in text)


def bengali_skeletons(text: str) -> frozenset[str]:
    """The consonant classes a name in Bengali may be written with in Latin letters.

    "যশোর" → {"jsr"}; "ঠাকুরগাঁও" → {"tkrk", "tkrkn"} (the nasal sign written "n" or
    not); "সাতক্ষীরা" → {"stksr", "stkr"}.  Compared with :func:`latin_skeleton` of a
    Latin name with "v" read as "b".
    """
    forms = {text}
    forms |= {form.replace("\u0995\u09cd\u09b7", "\u0995") for form in forms}
    forms |= {form.replace("\u0981", "\u0982") for form in forms}
    return frozenset(devanagari_skeleton(_as_devanagari(form)) for form in forms)


# Locative and genitive endings, longest first: "-য়ের", "-ের", "-র", "-য়", "-তে", "-ে".
_BENGALI_ENDINGS = (
    "\u09df\u09c7\u09b0",
    "\u09af\u09bc\u09c7\u09b0",
    "\u09c7\u09b0",
    "\u09a4\u09c7",
    "\u09df",
    "\u09af\u09bc",
    "\u09b0",
    "\u09c7",
)


def _bengali_latin(skeleton: str) -> str:
    return _once(skeleton.replace("v", "b"))


def in_devanagari(text: str) -> bool:
    """Whether every letter of ``text`` is a Devanagari one (Hindi, Nepali, Marathi)."""
    letters = [c for c in text if c.isalpha() or unicodedata.category(c).startswith("M")]
    return bool(letters) and all(_DEVANAGARI_LETTER.match(c) for c in letters)


def _once(classes: str) -> str:
    """Consonant classes with a class repeated at once counted once ("baramulla")."""
    return re.sub(r"(.)\1+", r"\1", classes)


def _letters_once(letters: list[tuple[str, str]]) -> str:
    """The classes of ``(class, letter)`` pairs, a letter doubled at once counted once.

    Only the same letter: "শরীফপুর" (Sharifpur, "ph" then "p") keeps both, or it would
    sound as Sherpur; "बारामूल्ला" doubles one "l".
    """
    kept = [pair for at, pair in enumerate(letters) if at == 0 or pair != letters[at - 1]]
    return "".join(cls for cls, _ in kept)


def devanagari_skeleton(text: str) -> str:
    """The consonant classes of a name in Devanagari ("तरनतारन" → "trntrn")."""
    for pair, letter in _NUKTA_FLAPS:
        text = text.replace(pair, letter)
    text = _NASAL_BEFORE_LABIAL.sub("\u092e", text)
    # "ङ" is "ng": Nepali writes a final "ng" so ("मुस्ताङ", Mustang) where Hindi writes
    # the nasal sign and "ग" ("मुस्तांग"), as Latin keeps both letters.
    text = text.replace("\u0919", "\u0902\u0917")
    return _letters_once([(_DEVANAGARI[c], c) for c in text if c in _DEVANAGARI])


def latin_skeleton(name: str) -> str:
    """The consonant classes of a name in Latin letters ("Tarn Taran" → "trntrn")."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    classes = []
    at = 0
    while at < len(text):
        for spelling, letter in _LATIN_SPELLINGS:
            if text.startswith(spelling, at):
                classes.append((letter, spelling))
                at += len(spelling)
                break
        else:
            if text[at] in _LATIN:
                classes.append((_LATIN[text[at]], text[at]))
            at += 1
    return _letters_once(classes)


@lru_cache(maxsize=16)
def _index(country: str) -> dict[str, dict[tuple[str, str], str]]:
    """Skeleton → ``(region, name)`` of the country's districts → one of their Latin keys."""
    found: dict[str, dict[tuple[str, str], str]] = {}
    for key, unit in district_forms(country):
        if not key.isascii():
            continue
        skeleton = latin_skeleton(key)
        if len(skeleton) >= MIN_CONSONANTS:
            # The key, not the name: a name may carry its unit word ("Barmer District")
            # where none of the unit's keys does.
            found.setdefault(skeleton, {}).setdefault((unit.region, unit.name), key)
    return found


#: Where Bengali is written outside Bangladesh: the Indian states on its border (a
#: name in Bengali script of an Indian event is one of theirs, not Punjab's Hoshiarpur
#: for "শেরপুর" or Haryana's Gurugram for "কুড়িগ্রাম").
BENGALI_REGIONS = {"IN": frozenset({"IN-WB", "IN-AS", "IN-TR", "IN-ML"})}


@lru_cache(maxsize=16)
def _bengali_index(country: str) -> dict[str, dict[tuple[str, str], str]]:
    """As :func:`_index`, with "v" read as "b" (Bengali writes both "ব"), and only the
    districts of :data:`BENGALI_REGIONS` where the country has such."""
    regions = BENGALI_REGIONS.get(country)
    found: dict[str, dict[tuple[str, str], str]] = {}
    for skeleton, units in _index(country).items():
        for unit, key in units.items():
            if regions is None or unit[0] in regions:
                found.setdefault(_bengali_latin(skeleton), {}).setdefault(unit, key)
    return found


def district_sounding(
    text: str, countries: tuple[str, ...], minimum: int = MIN_CONSONANTS
) -> str | None:
    """The lookup key of the one district of ``countries`` a Devanagari name sounds as.

    Parameters
    ----------
    text : str
        One name in Devanagari or Bengali, without the words around it (a compass word
        before it is part of it).
    countries : tuple of str
        ISO alpha-2 codes (the event's country); nothing is looked for outside them.
    minimum : int, optional
        Fewest consonant classes the name must have (at least :data:`MIN_CONSONANTS`).

    Returns
    -------
    str or None
        A key of the district in the districts table (a Latin name, normalised, as
        :func:`~bordermap.geo.places.districts.districts_named` takes it), or None when
        the text is not Devanagari or Bengali, has fewer than ``minimum`` consonant classes, or no
        district or more than one bears its skeleton.
    """
    words = text.split()
    if not countries or not (len(words) == 1 or (len(words) == 2 and words[0] in COMPASS_WORDS)):
        # One name; or a compass word and a name, sounded as one ("उत्तर दिनाजपुर").
        return None
    if in_devanagari(text):
        forms, index = [frozenset({devanagari_skeleton(text)})], _index
    elif in_bengali(text):
        # "যশোরে", "ঠাকুরগাঁওয়ের": Bengali joins its case endings to the name; the
        # name as written first, then without an ending, the first that sounds as any.
        stems = [text] + [text[: -len(end)] for end in _BENGALI_ENDINGS if text.endswith(end)]
        forms, index = [bengali_skeletons(stem) for stem in stems], _bengali_index
    else:
        return None
    for skeletons in forms:
        units = {
            unit: key
            for skeleton in skeletons
            if len(skeleton) >= max(minimum, MIN_CONSONANTS)
            for country in countries
            for unit, key in index(country).get(skeleton, {}).items()
        }
        if units:
            return next(iter(units.values())) if len(units) == 1 else None
    return None


def sounds_as(text: str, name: str, minimum: int = 2) -> bool:
    """Whether a name in Devanagari or Bengali has the consonants of a Latin ``name``.

    "वाघा" and "Wagah" both give "vk".  Weaker than :func:`district_sounding`, which
    picks one of a country's districts; for telling one of a few names already found
    by other evidence (a crossing's other end) apart, ``minimum`` classes are enough.
    """
    if in_devanagari(text):
        skeletons = frozenset({devanagari_skeleton(text)})
        latin = latin_skeleton(name)
    elif in_bengali(text):
        skeletons = bengali_skeletons(text)
        latin = _bengali_latin(latin_skeleton(name))
    else:
        return False
    return len(latin) >= minimum and latin in skeletons
