"""Tamil place phrases read as the Hindi ones the resolver knows.

Tamil reports of the Indian and Pakistani borders ("ஜம்மு மாவட்டத்திலுள்ள", in Jammu
district) write Indian names in a script whose Unicode block keeps Devanagari's layout
for the letters it has, with case endings joined to the word where Hindi writes
postpositions apart: the locative "-இல்" ("-ில்", "-யில்"; "-த்தில்" after a noun in
"-ம்": Hindi "में"), the locative with "உள்ள" (which is in: "-த்திலுள்ள") and the
genitive "-இன்" ("के").  Tamil also has letters of its own at other code points: the
alveolar "ன" and "ற" (Hindi "न", "र") and "ழ" (closest to "ळ").
:func:`tamil_as_hindi` writes the letters in Devanagari and the endings as Hindi's
words, as :mod:`~bordermap.geo.places.malayalam` does for Malayalam, so the Hindi
readings and the districts' Devanagari consonants find the place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.mirrored_script import mirror_table, words_as_hindi

__all__ = ["has_tamil", "tamil_as_hindi", "without_dative_before_near"]

_TAMIL = re.compile("[\u0b80-\u0bff]")
#: Letters written otherwise in Devanagari than at their mirrored code point.
_OWN_LETTERS = {"\u0ba9": "\u0928", "\u0bb1": "\u0930", "\u0bb4": "\u0933"}
_AS_DEVANAGARI = mirror_table(0x0B80, 0x0900, _OWN_LETTERS)
#: Case endings, longest first, with the Hindi word each is written apart as.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("த்திலுள்ள", "में"),
    ("யிலுள்ள", "में"),
    ("ிலுள்ள", "में"),
    ("த்தில்", "में"),
    ("த்தின்", "के"),
    ("யில்", "में"),
    ("யின்", "के"),
    ("ில்", "में"),
    ("ின்", "के"),
)
#: Tamil unit words (a stem, its ending taken off) as the Hindi ones the resolver reads:
#: district, and "area" (a place near the name before it, as Hindi "इलाके").
_UNIT_AS_HINDI = {
    "மாவட்ட": "जिले",
    "மாவட்டம்": "जिला",
    "பகுதி": "इलाके",
    "செக்டர்": "सेक्टर",
    "செக்டார்": "सेक्टर",
}


def has_tamil(text: str) -> bool:
    """Whether ``text`` holds a Tamil letter."""
    return bool(_TAMIL.search(text))


def tamil_as_hindi(text: str) -> str:
    """``text`` with its Tamil words in Devanagari, their case endings as Hindi words.

    >>> tamil_as_hindi("ஜம்மு மாவட்டத்திலுள்ள")
    'जम्मु जिले में'
    """
    return words_as_hindi(text, _TAMIL, _AS_DEVANAGARI, _ENDINGS, _UNIT_AS_HINDI)


# A name in the dative before "near" ("கச்சத்தீவுக்கு அருகே", near Katchatheevu): "-க்கு"
# after a vowel, "-உக்கு" after a consonant ("மன்னாருக்கு", of "மன்னார்"), "-த்துக்கு"
# for a final "-ம்" ("யாழ்ப்பாணத்துக்கு", of "யாழ்ப்பாணம்").
_DATIVE_BEFORE_NEAR = re.compile(
    r"(?P<word>[\u0b80-\u0bff]+?)(?P<ending>த்துக்கு|ுக்கு|க்கு)(?=\s+(?:அருகே|அருகில்)(?:\s|$))"
)
#: The nominative stems a dative ending may stand for, most likely first.
_DATIVE_STEMS = {"த்துக்கு": ("ம்",), "ுக்கு": ("்", "ு"), "க்கு": ("",)}


def without_dative_before_near(text: str, known: Callable[[str], bool]) -> str | None:
    """``text`` with a name's dative before "near" in the nominative, or None.

    Only the dative that "அருகே"/"அருகில்" (near) governs is read back, to a form
    ``known`` takes for a name: elsewhere the ending says more (with "இடையே", between,
    it joins two places, whose reading is another's).

    >>> without_dative_before_near("மன்னாருக்கு அருகே", lambda word: word == "மன்னார்")
    'மன்னார் அருகே'
    """
    match = _DATIVE_BEFORE_NEAR.search(text)
    if match is None:
        return None
    for stem in _DATIVE_STEMS[match["ending"]]:
        name = match["word"] + stem
        if known(name):
            return text[: match.start()] + name + text[match.end() :]
    return None
