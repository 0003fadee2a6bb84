"""Gujarati place phrases read as the Hindi ones the resolver knows.

Gujarati reports from the Indian and Pakistani borders ("રાજસ્થાનના બાડમેર જિલ્લામાં",
in Barmer district of Rajasthan) name places in a script whose Unicode block mirrors
Devanagari's letter for letter, with case endings joined to the word where Hindi writes
postpositions apart: the genitive "-ના/-નો/-ની/-નું" (Hindi "के"), the locative "-માં"
("में"), "-માંથી" and "-થી" ("से", from).  :func:`gujarati_as_hindi` writes the letters in
Devanagari and the endings as Hindi's words, so the Hindi readings (unit words, "X के Y
जिले में") and the gazetteer's Hindi names find the place.
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table

__all__ = ["gujarati_as_hindi", "has_gujarati"]

#: The Gujarati block mirrors Devanagari's letter for letter.
_AS_DEVANAGARI = mirror_table(0x0A80, 0x0900)
_GUJARATI = re.compile("[\u0a80-\u0aff]")

#: Words for an administrative unit (district, area): a genitive before one of them
#: belongs to the name itself ("પટના જિલ્લો" is Patna district, not "Pat's").
_UNIT_WORDS = frozenset({"જિલ્લો", "જિલ્લા", "જિલ્લામાં", "જિલ્લાના", "જિલ્લાની", "વિસ્તાર"})
#: Case endings, longest first, with the Hindi word each is written apart as.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("માંથી", "से"),
    ("માં", "में"),
    # The ablative "-થી" (from, by): "ગજસિંહપુર બોર્ડરથી" (from the Gajsinghpur border).
    ("થી", "से"),
    ("નું", "के"),
    ("ના", "के"),
    ("નો", "के"),
    ("ની", "के"),
)
#: Gujarati unit words whose Hindi forms the resolver reads.
#: Gujarati "ક્ષેત્ર" (area, sector: "કચ્છ ક્ષેત્રમાં", in the Kutch sector) is a stretch of
#: the border named after its district, as Hindi's "सेक्टर".
#: English "border" as Gujarati writes it ("બોર્ડર", its "o" without the sign for the open
#: vowel) is Hindi's "बॉर्डर", the word the Hindi readings know.
_UNIT_AS_HINDI = {
    "જિલ્લો": "जिला",
    "જિલ્લા": "जिले",
    "ક્ષેત્ર": "सेक्टर",
    "બોર્ડર": "बॉर्डर",
    "બૉર્ડર": "बॉर्डर",
}
#: A stem keeps at least this many letters: a short word ending so is a word of its own.
_MIN_STEM = 2
_VIRAMA = "\u0acd"
#: Gujarati writes one "ડ" where Hindi parts "ड" (a stop) from "ड़" (a flap); after a
#: vowel (a vowel sign or a consonant's own a, never after a nasal or in a cluster) it
#: is the flap: "બાડમેર" is "बाड़मेर" (Barmer).
_FLAP_AFTER_VOWEL = re.compile(
    "(?<=[\u093e-\u094c\u0915-\u0939])(?<![\u0919\u091e\u0923\u0928\u092e])\u0921(?![\u094d\u093c])"
)


def has_gujarati(text: str) -> bool:
    """Whether ``text`` holds a Gujarati letter."""
    return bool(_GUJARATI.search(text))


def gujarati_as_hindi(text: str) -> str:
    """``text`` with its Gujarati words in Devanagari, their case endings as Hindi words.

    >>> gujarati_as_hindi("રાજસ્થાનના બાડમેર જિલ્લામાં")
    'राजस्थान के बाड़मेर जिले में'
    """
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        out.append(_word_as_hindi(word, before_unit=following in _UNIT_WORDS))
    return " ".join(out)


def _word_as_hindi(word: str, *, before_unit: bool) -> str:
    """One word: its stem in Devanagari and its case ending as a Hindi word after it."""
    if not _GUJARATI.search(word):
        return word
    stem, after = word, ""
    for ending, hindi in _ENDINGS:
        genitive = hindi == "के"
        rest = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(rest) >= _MIN_STEM
            # "ચન્ના" (Channa): a stem cannot end in a virama, the "ના" is the name's.
            and not rest.endswith(_VIRAMA)
            and not (genitive and before_unit)
        ):
            stem, after = rest, hindi
            break
    stem = _UNIT_AS_HINDI.get(stem, stem)
    letters = stem.translate(_AS_DEVANAGARI)
    letters = _FLAP_AFTER_VOWEL.sub("\u0921\u093c", letters)
    return f"{letters} {after}" if after else letters
