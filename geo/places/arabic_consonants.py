"""Foreign place names written in Arabic script, matched by their consonants.

Arabic, Persian and Urdu reports write a Turkish, Iranian or Lebanese village as it
sounds ("كيليس" for Kilis, "كفركلا" for Kfar Kila, "تایباد" for Taybad), a spelling
GeoNames rarely lists among a place's alternate names.  Short vowels are not written
and long ones are written as consonant letters, so such a name and the place's Latin
name share only their consonants.  This module reduces both to a skeleton of
consonant classes (``k`` for ك ق غ ج and for k, q, g, c; ``s`` for س ص ش and for s,
sh, ch...) and finds the settlements of one country whose Latin name has the skeleton
of the Arabic one.

A skeleton is weak evidence: the resolver uses it only for a name in Arabic letters
that nothing else found, only inside the event's country, only with three consonants
or more, and only when one place bears the skeleton or one is five times larger than
every other (the rule of :mod:`bordermap.geo.places.disambiguation`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from weakref import WeakKeyDictionary

from bordermap.geo.places.gazetteer import Gazetteer, Place
from bordermap.geo.places.words import load_place_words

__all__ = [
    "MIN_CONSONANTS",
    "after_a_district_word",
    "after_a_region_word",
    "after_a_settlement_word",
    "arabic_skeleton",
    "in_arabic_letters",
    "latin_skeleton",
    "namesakes",
]

#: Fewer consonants than this match too many names to say anything.
MIN_CONSONANTS = 3

# Letters of the Arabic, Persian, Urdu and Pashto alphabets by the Latin consonant
# class they are transcribed with; vowels and the letters often silent in transcriptions
# (ا و ي ى ه ح ع ء ة, Pashto ې ۍ) are left out on both sides.  Pashto's own letters
# (ګ g, ړ r, ټ t, ډ d, ښ x, ځ dz, څ ts, ږ zh, ڼ n) write "ننګرهار" (Nangarhar).
_ARABIC_CLASSES = {
    "b": "بپ",
    "t": "تطثٹټ",
    "k": "جغقكگکګ",
    "d": "دضذڈډ",
    "r": "رڑړ",
    "z": "زژظځږ",
    "s": "سصشچښڅ",
    "f": "فڤ",
    "l": "ل",
    "m": "م",
    "n": "نںڼ",
}
_ARABIC = {letter: cls for cls, letters in _ARABIC_CLASSES.items() for letter in letters}
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_DIGRAPHS = (
    ("sch", "s"),
    ("sh", "s"),
    ("ch", "s"),
    ("kh", "k"),
    ("gh", "k"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
)
_LATIN = {
    "b": "b",
    "p": "b",
    "t": "t",
    "g": "k",
    "j": "k",
    "q": "k",
    "k": "k",
    "c": "k",
    "x": "ks",
    "d": "d",
    "r": "r",
    "z": "z",
    "s": "s",
    "f": "f",
    "v": "f",
    "l": "l",
    "m": "m",
    "n": "n",
}
# The article: "الرنك" is Renk, "Al-Fāw" is Fāw.
_ARABIC_ARTICLE = re.compile(r"(?:^|(?<=\s))ال")
_DOUBLED_LETTER = re.compile(r"([a-z])\1")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|ash|az)[-\s’']+", re.IGNORECASE)


def in_arabic_letters(text: str) -> bool:
    """Whether ``text`` is written in the Arabic script (Arabic, Persian, Urdu)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_ARABIC_LETTER.match(c) for c in letters)


def arabic_skeleton(text: str) -> str:
    """The consonant classes of a name written in Arabic letters ("كيليس" → "kls")."""
    # "تاتشيرا" (Táchira): ت before ش writes the "ch" sound, as "ch" does in Latin.
    text = _ARABIC_ARTICLE.sub("", text).replace("تش", "ش")
    return "".join(_ARABIC.get(c, "") for c in text)


def latin_skeleton(name: str) -> str:
    """The consonant classes of a name in Latin letters ("Kilis" → "kls")."""
    name = _LATIN_ARTICLE.sub("", name.strip())
    # Turkish: "ş" is the "sh" sound; "ç" is written ج in Arabic, a k here; "ğ" is not
    # written at all.
    text = name.lower().replace("ı", "i").replace("ş", "sh").replace("ğ", "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # "Metemma", "Gallabat": a doubled letter is one consonant held long, which Arabic
    # writes once ("المتمة", "القلابات").
    text = _DOUBLED_LETTER.sub(r"\1", text)
    for digraph, letter in _LATIN_DIGRAPHS:
        text = text.replace(digraph, letter)
    return "".join(_LATIN.get(c, "") for c in text)


@lru_cache(maxsize=1)
def _table_words() -> frozenset[str]:
    """The word tables' words in Arabic letters ("منطقة", "الحدود", "معبر"...): a text
    holding one is a description, whose consonants name nothing."""
    words = load_place_words()
    found: set[str] = set()
    for group in (words.region, words.district, words.settlement, words.border, words.generic):
        found.update(group)
    for table in (words.plain_prepositions, words.near_prepositions, words.other_scripts):
        for group in table.values():
            found.update(group)
    return frozenset(w for word in found for w in word.split() if in_arabic_letters(w))


#: City, town and village in Arabic, Persian and Urdu, before the name they introduce;
#: also "island" ("جزيرة أبوموسى", "جزیره کیش"): a small island and its one town bear
#: one name, and :mod:`bordermap.geo.places.islands` widens a larger island's answer.
_SETTLEMENT_WORDS = frozenset(
    {"مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه", "شهر", "روستای", "روستا", "شہر", "گاؤں"}
    | {"جزيرة", "جزيره", "جزیره", "جزیرهٔ"}
)


#: Province, governorate and state in Arabic and Persian, before a name ("منطقة", an
#: area of any kind, is not one: "منطقة عسكرية" is a military zone).  Dari writes the
#: province "ولایت", with the Persian yeh ("ولسوالی نازیان ولایت ننگرهار").
_REGION_WORDS = frozenset(
    {"إقليم", "اقليم", "محافظة", "ولاية", "ولایت", "مقاطعة", "استان", "ایالت"}
)


#: Pashto's province word after the name it follows in the genitive ("د ننګرهار ولایت",
#: of Nangarhar province), with the Persian or the Arabic yeh.
_REGION_WORDS_AFTER = frozenset({"ولایت", "ولايت"})


def after_a_region_word(name: str, text: str) -> bool:
    """Whether ``name`` follows a region word in Arabic letters ("إقليم", "محافظة",
    "ولاية"...) in ``text``, or stands before Pashto's ("د ننګرهار ولایت"): the text
    says the word is a unit's name."""
    return (
        _after_one_of(name, text, _REGION_WORDS)
        or _before_one_of(name, text, _REGION_WORDS_AFTER)
        or _in_the_area_it_lies_in(name, text)
    )


#: "Lying in the area of" ("الواقعة في منطقة"): the area named next holds the place
#: named before it.
_LYING_IN_THE_AREA = ("الواقعة في منطقة", "الواقع في منطقة", "الواقعة بمنطقة", "الواقع بمنطقة")


def _in_the_area_it_lies_in(name: str, text: str) -> bool:
    """Whether ``name`` follows "الواقعة في منطقة" (lying in the area of) in ``text``:
    "بمدينة أساماكا الواقعة في منطقة أغاديز", the region holding the town before it.
    Elsewhere "منطقة" is any area, named after a village as often as after a unit."""
    words = _words(text)
    named = name.split()
    size = len(named)
    return size > 0 and any(
        words[i : i + size] == named
        and " ".join(words[max(0, i - 3) : i]).endswith(_LYING_IN_THE_AREA)
        for i in range(2, len(words) - size + 1)
    )


#: District in Urdu ("ضلع"), before a name: where districts are named after their
#: seats, the district word introduces the seat town's name.  Not Dari's "ولسوالی":
#: "ولسوالی شورابک" found a town of other consonants (Chahār Bāgh) 400 km off.
_DISTRICT_WORDS = frozenset({"ضلع"})


def after_a_district_word(name: str, text: str) -> bool:
    """Whether ``name`` follows the Urdu district word ("ضلع") in ``text``: "کنڑ کے ضلع
    سرکانو" (Kunar's district Sarkano), seated at Sar Kani."""
    return _after_one_of(name, text, _DISTRICT_WORDS)


def after_a_settlement_word(name: str, text: str) -> bool:
    """Whether ``name`` follows a settlement word in Arabic letters ("مدينة", "بلدة",
    "قرية", "شهر"...) in ``text``: the text says the word is a town's name."""
    return _after_one_of(name, text, _SETTLEMENT_WORDS)


#: "In" and "the area (of)" before the name a text ends with ("نقطة الحدود في كفركلا", "في
#: منطقة بانكي الحدودية"): the words say where, and the last one names the place.
_IN_WORDS = frozenset({"في", "فى", "منطقة", "بمنطقة"})
#: The border adjective that may follow such a name ("الحدودية": the border one).
_AFTER_THE_LAST_NAME = frozenset({"الحدودية", "الحدودي"})
#: "Belonging to" before the unit that holds such a name ("منطقة كركامش التابعة للولاية",
#: the Karkamış area of the province): the holder, the words' last, is not the name.
_BELONGING_TO = frozenset({"التابعة", "التابع"})


def after_in_at_the_end(name: str, text: str) -> bool:
    """Whether ``name`` (one word or several) ends ``text`` (but for a border adjective)
    and stands right after "في" (in) or "منطقة" (the area): "في رينك", "في منطقة كفركلا"."""
    words = _words(text)
    if len(words) > 2 and words[-2] in _BELONGING_TO and words[-1].startswith("ل"):
        del words[-2:]
    while words and words[-1] in _AFTER_THE_LAST_NAME:
        words.pop()
    named = name.split()
    size = len(named)
    return (
        size > 0 and len(words) > size and words[-size:] == named and words[-size - 1] in _IN_WORDS
    )


#: Quotation marks a report puts around a name ("بلدة “بيت هلل”"), even glued to the
#: unit word before it ("معبر”دوغارون”"): typography, parting words as a space does.
_QUOTE_MARKS = re.compile('["“”«»„]')


def _words(text: str) -> list[str]:
    """The words of ``text``, quotation marks taken for spaces."""
    return _QUOTE_MARKS.sub(" ", text).split()


def _after_one_of(name: str, text: str, before: frozenset[str]) -> bool:
    """Whether ``name`` stands right after one of ``before`` in ``text``.

    A name of several words ("مدينة بن قردان": the city of Ben Gardane) counts as a
    whole: its words follow the unit word in their order.
    """
    words = _words(text)
    named = name.split()
    size = len(named)
    return size > 0 and any(
        words[i : i + size] == named and _without_clitic(words[i - 1], before) in before
        for i in range(1, len(words) - size + 1)
    )


def _before_one_of(name: str, text: str, after: frozenset[str]) -> bool:
    """Whether ``name`` (its words in their order) stands right before one of ``after``
    in ``text``."""
    words = _words(text)
    named = name.split()
    size = len(named)
    return size > 0 and any(
        words[i : i + size] == named and words[i + size] in after for i in range(len(words) - size)
    )


#: Prepositions Arabic joins to the next word: "بمحافظة" (in the governorate),
#: "لإقليم" (of the province).
_CLITICS = "بل"


def _without_clitic(word: str, words: frozenset[str]) -> str:
    """``word`` without a joined preposition when that leaves one of ``words``."""
    if word not in words and word[:1] in _CLITICS and word[1:] in words:
        return word[1:]
    return word


# Per gazetteer (held weakly: an id could be reused by a later one), per country and kind.
_INDEXES: WeakKeyDictionary[Gazetteer, dict[tuple[str, str], dict[str, list[int]]]] = (
    WeakKeyDictionary()
)


def _index(gazetteer: Gazetteer, country: str, kind: str) -> dict[str, list[int]]:
    """Skeleton → rows of the country's places of ``kind``, built on first use."""
    by_country = _INDEXES.setdefault(gazetteer, {})
    found = by_country.get((country, kind))
    if found is None:
        rows: defaultdict[str, list[int]] = defaultdict(list)
        for row in gazetteer.rows_of_country(country, kind=kind):
            skeleton = latin_skeleton(gazetteer.place(row).name)
            if len(skeleton) >= MIN_CONSONANTS:
                rows[skeleton].append(row)
        by_country[(country, kind)] = found = dict(rows)
    return found


def namesakes(
    gazetteer: Gazetteer, text: str, countries: tuple[str, ...], kind: str = "settlement"
) -> list[Place]:
    """Places of ``kind`` in ``countries`` whose Latin name has the consonants of ``text``.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where to look.
    text : str
        One name in Arabic letters, without the words around it.
    countries : tuple of str
        ISO alpha-2 codes; nothing is looked for outside them.
    kind : str, optional
        ``"settlement"`` (default) or ``"region"`` ("إقليم كيليس": Kilis province).

    Returns
    -------
    list of Place
        Empty for a text not in Arabic letters or with fewer than
        :data:`MIN_CONSONANTS` consonants.
    """
    if not countries or not in_arabic_letters(text):
        return []
    if any(word in _table_words() for word in text.split()):
        return []
    skeleton = arabic_skeleton(text)
    if len(skeleton) < MIN_CONSONANTS:
        return []
    return [
        gazetteer.place(row)
        for country in countries
        for row in _index(gazetteer, country, kind).get(skeleton, ())
    ]
