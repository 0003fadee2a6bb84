"""Thai place names written in Lao letters, read as the Thai they spell.

Lao reports of events across the Mekong and on Thailand's other borders write Thai
places in Lao script ("ເມືອງ ຕາກໃບ ຈັງຫວັດ ນະຣາທິວາດ", Tak Bai district of Narathiwat
province): the gazetteer knows those places by their Thai and Latin names only.  The
Unicode Lao block was laid out to mirror the Thai one, letter for letter, 0x80 code
points higher; :func:`lao_as_thai` writes the Lao letters as their Thai counterparts,
with the few letters and ligatures that have no counterpart at the same place written
as Thai spells them.  Where Lao spelling is phonetic and Thai's etymological
("ນະຣາທິວາດ" for "นราธิวาส") the result is no Thai name, and nothing is found by it;
:func:`thai_finals` gives the Thai letters a Lao final consonant may stand for, so a
word's etymological spelling can be looked up ("ອຸບົນ", "อุบน", is Ubon, "อุบล").
"""

from __future__ import annotations

import re

from bordermap.geo.places.mirrored_script import mirror_table

__all__ = ["has_lao", "has_thai", "lao_as_thai", "thai_as_lao", "thai_finals"]

#: The Lao block mirrors the Thai one letter for letter.
_AS_THAI = mirror_table(0x0E80, 0x0E00)
_LAO = re.compile("[\u0e80-\u0eff]")
_THAI = re.compile("[\u0e00-\u0e7f]")
#: The Thai block mirrors the Lao one the other way.
_AS_LAO = mirror_table(0x0E00, 0x0E80)
#: Lao letters and sequences whose Thai form is not at the mirrored code point: the
#: ligatures "ໜ" and "ໝ" (hn, hm), the semivowel "ຽ" (Thai "ย"), the vowel "ົ" that
#: Thai leaves unwritten in a closed syllable ("ໂກ-ລົກ", โก-ลก), and the vowel "am"
#: written as its parts ("ນໍ້າ" for "น้ำ").
_SPELLED_APART = (
    ("\u0ecd\u0ec9\u0eb2", "\u0e49\u0e33"),
    ("\u0ecd\u0ec8\u0eb2", "\u0e48\u0e33"),
    ("\u0ecd\u0eb2", "\u0e33"),
    ("\u0edc", "\u0e2b\u0e19"),
    ("\u0edd", "\u0e2b\u0e21"),
    ("\u0ebd", "\u0e22"),
    ("\u0ebb", ""),
)


def has_lao(text: str) -> bool:
    """Whether ``text`` holds a Lao letter."""
    return bool(_LAO.search(text))


def lao_as_thai(text: str) -> str:
    """``text`` with its Lao letters written as the Thai letters they mirror.

    >>> lao_as_thai("ເມືອງ ຕາກໃບ")
    'เมือง ตากใบ'
    """
    for lao, thai in _SPELLED_APART:
        text = text.replace(lao, thai)
    return text.translate(_AS_THAI)


def has_thai(text: str) -> bool:
    """Whether ``text`` holds a Thai letter."""
    return bool(_THAI.search(text))


def thai_as_lao(text: str) -> str:
    """``text`` with its Thai letters written as the Lao letters they mirror.

    Thai reports write Lao places in Thai script ("แขวงจำปาสัก", Champasak province),
    which the gazetteer knows by their Lao and Latin names.  Thai letters Lao lacks
    (the etymological "ศ", "ธ") are shifted all the same: a word holding one names
    nothing in Lao, and is not found.

    >>> thai_as_lao("แขวงจำปาสัก")
    'ແຂວງຈຳປາສັກ'
    """
    return text.translate(_AS_LAO)


#: Lao writes a syllable's final consonant as it sounds: one letter for each of the
#: finals n, t, p, k, where Thai keeps the letter of the word's origin ("ອຸບົນ" for
#: "อุบล", Ubon).  Keyed by the Thai letter :func:`lao_as_thai` writes for the Lao one,
#: the other Thai letters that final may stand for.
_THAI_FINALS = {
    "\u0e19": "\u0e25\u0e23\u0e13\u0e0d\u0e2c",  # น: ล ร ณ ญ ฬ
    "\u0e14": "\u0e2a\u0e15\u0e17\u0e18\u0e28\u0e29\u0e0a\u0e08\u0e16\u0e0b\u0e0e\u0e0f",  # ด
    "\u0e1a": "\u0e1e\u0e1b\u0e20\u0e1f",  # บ: พ ป ภ ฟ
    "\u0e01": "\u0e04\u0e02\u0e06",  # ก: ค ข ฆ
}


def thai_finals(word: str) -> list[str]:
    """The Thai spellings a word mirrored from Lao may have with another final letter.

    Only the word's last letter is changed: the Lao final stands for one of several
    Thai letters.  Empty when the word ends in no such letter.

    >>> thai_finals("อุบน")[:2]
    ['อุบล', 'อุบร']
    """
    if not word or word[-1] not in _THAI_FINALS:
        return []
    return [word[:-1] + letter for letter in _THAI_FINALS[word[-1]]]
