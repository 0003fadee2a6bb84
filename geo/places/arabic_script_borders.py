"""Borders and countries written in Urdu, Persian and Arabic word order.

"پاک افغان سرحد پر" (on the Pak-Afghan border), "ایران میں پاکستان کی سرحد کے قریب"
(in Iran, near the border of Pakistan), "در خط مرزی با لبنان" (on the border line with
Lebanon), "على نقطة الصفر الحدودية بين باكستانوإيران" (between Pakistan and Iran, the
"and" joined to the second name without a space): the grammar reads the border words of
these languages only beside names it parses, and the postpositions and joined "and"
hide the countries from it.  :func:`border_in_arabic_script` reads the country words
of such a text one by one and rereads it in English ("Afghanistan-Pakistan border");
:func:`country_area_in_arabic_script` reads "پاکستانی علاقے میں" (in Pakistani
territory) as the country.  Both are second readings (:mod:`bordermap.geo.places.rereadings`)
of a text nothing else resolved, and keep only a border (or the one region along it of
a crossing on it), or a country, as the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bordermap.geo.borders.extents import border_extent, region_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.border_reading import one_region_along
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.places.words import load_country_words

__all__ = [
    "border_adjoining_in_urdu",
    "border_in_arabic_script",
    "country_area_in_arabic_script",
    "names_a_border_in_arabic_script",
]

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
#: Punctuation around the words: quotes, brackets, the Arabic comma.
_PUNCTUATION = re.compile(r"[«»\"“”'‘’()\[\]،,.:؛]")

#: Dashes, which join the two countries of a pair ("چین-پاکستان") into one word.
_DASHES_APART = str.maketrans(dict.fromkeys(DASHES, " "))
#: Border words of Urdu ("سرحد", "بارڈر"), Persian ("مرز", "خط مرزی") and Arabic
#: ("الحدود", "الحدودية"), by lookup key.
_BORDER_WORDS = frozenset(
    normalise(w)
    for w in (
        "سرحد", "سرحدی", "سرحدوں", "بارڈر", "مرز", "مرزی", "مرزهای", "حدود", "الحدود",
        "الحدودية", "الحدودي", "حدودی",
    )
)  # fmt: skip
#: Area words of "پاکستانی علاقے میں" (in Pakistani territory) and what may stand
#: around them: postpositions and prepositions, nothing that names a place.
_AREA_WORDS = frozenset(
    normalise(w) for w in ("علاقہ", "علاقے", "علاقوں", "خاک", "سرزمین", "الأراضي", "أراضي")
)
_FRAME_WORDS = frozenset(
    normalise(w) for w in ("میں", "پر", "کے", "کی", "کا", "سے", "در", "في", "على", "داخل")
)
#: Urdu's short form of Pakistan, written before the other country of a pair ("پاک
#: افغان", "پاک بھارت", "پاک ایران"): on its own the word means "pure".
_URDU_PAK = normalise("پاک")
#: Arabic words of a crossing ("منفذ", port of entry; "معبر", crossing), by lookup key.
_CROSSING_WORDS = frozenset(normalise(w) for w in ("منفذ", "معبر", "المعبر", "المنفذ"))
#: Adjectives that make a border word a sea border, written after it: Persian "مرز آبی"
#: (water border), "مرز دریایی" (sea border), Arabic "الحدود البحرية", "الحدود المائية".
_SEA_ADJECTIVES = frozenset(
    normalise(w) for w in ("آبی", "دریایی", "بحری", "البحرية", "البحري", "بحرية", "المائية")
)
#: Arabic "with" ("مع"), before the neighbour of a crossing ("المنفذ البري مع السعودية").
_WITH = normalise("مع")
#: Arabic "and", written joined to the word after it.
_JOINED_AND = "و"


#: Letters of the Arabic script that never join the letter after them: after one, a
#: missing space does not show, and reporters leave it out ("بارڈرکلی", border Killi).
_NON_JOINING = frozenset("اآأإدذرزژڈڑوؤۓے")
#: Border words a next word may be written joined to (ending in a non-joining letter).
_JOINABLE_BORDER_WORDS = tuple(
    sorted((w for w in _BORDER_WORDS if w[-1] in _NON_JOINING), key=len, reverse=True)
)


def _is_border_word(word: str) -> bool:
    """Whether ``word`` is a border word, or one with the next word joined to it: the
    last letter of "بارڈر" does not join, so "بارڈرکلی" reads as "بارڈر کلی"."""
    key = normalise(word)
    if key in _BORDER_WORDS:
        return True
    return any(
        key.startswith(border) and len(key) >= len(border) + 2 and " " not in key
        for border in _JOINABLE_BORDER_WORDS
    )


def _says_a_sea_border(words: list[str]) -> bool:
    """Whether a border word is followed by a sea adjective ("مرز آبی", "الحدود البحرية")."""
    return any(
        _is_border_word(word) and normalise(after) in _SEA_ADJECTIVES
        for word, after in pairwise(words)
    )


def _crossing_with_a_country(words: list[str]) -> bool:
    """Whether a crossing word is followed, further on, by "with" and a country:
    "المنفذ البري الوحيد مع السعودية" (the only land port with Saudi Arabia) says the
    border as "الحدودي" (the border one) would, though no border word is written."""
    keys = [normalise(w) for w in words]
    crossing = next((i for i, key in enumerate(keys) if key in _CROSSING_WORDS), None)
    if crossing is None:
        return False
    # A country's name may take up to three words ("إفريقيا الوسطى").
    return any(
        keys[i] == _WITH
        and any(
            len(_country_codes(" ".join(words[i + 1 : i + 1 + size]))) == 1 for size in (1, 2, 3)
        )
        for i in range(crossing + 1, len(words) - 1)
    )


def names_a_border_in_arabic_script(text: str) -> bool:
    """Whether a word of ``text`` is an Urdu, Persian or Arabic border word ("در نوار
    مرزی میرجاوه", in the border strip of Mirjaveh)."""
    return any(normalise(word) in _BORDER_WORDS for word in _words(text))


def _country_codes(word: str) -> frozenset[str]:
    """Countries one word or a few words name, as a name or a demonym."""
    return load_country_words().codes(normalise(word))


def _countries_in(words: list[str]) -> list[str]:
    """The countries the words name, in the order written (each once).

    Names of up to three words are read ("إفريقيا الوسطى"); a word that names no
    country is tried without a joined Arabic "and" before it ("والكويت") and split at a
    joined "and" inside it ("باكستانوإيران").
    """
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            codes = _country_codes(" ".join(words[i : i + size])) if i + size <= len(words) else ()
            if len(codes) == 1:
                found.extend(codes)
                i += size
                break
        else:
            found.extend(_joined_countries(words, i))
            i += 1
    return list(dict.fromkeys(found))


def _joined_countries(words: list[str], i: int) -> list[str]:
    word = words[i]
    if normalise(word) == _URDU_PAK and i + 1 < len(words) and _country_codes(words[i + 1]):
        return ["PK"]
    if word.startswith(_JOINED_AND) and len(_country_codes(word[1:])) == 1:
        return list(_country_codes(word[1:]))
    for at, letter in enumerate(word[2:-2], start=2):
        if letter != _JOINED_AND:
            continue
        first, second = _country_codes(word[:at]), _country_codes(word[at + 1 :])
        if len(first) == 1 and len(second) == 1:
            return [*first, *second]
    return []


def _words(query: str) -> list[str]:
    # "چین-پاکستان سرحد": a pair of countries joined by a dash is two words.
    return _PUNCTUATION.sub(" ", query).translate(_DASHES_APART).split()


def _english_name(code: str) -> str | None:
    country = load_gazetteer().country(code)
    return country.name if country is not None else None


def border_in_arabic_script(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border an Urdu, Persian or Arabic text names by its countries, or None.

    The text must hold a border word of these languages and name one or two countries;
    it is reread as "<A>-<B> border" (or "<A> border", whose other side the event's
    country gives) and only a border is taken; when the text names a crossing there
    (which the data lacks, or it would have been found), the event's country's one
    region along the whole line, if it has one, answers instead.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The border, or None when the pattern does not apply or no border is found.
    """
    if not _ARABIC_LETTER.search(query):
        return None
    words = _words(query)
    if not any(_is_border_word(w) for w in words) and not _crossing_with_a_country(words):
        return None
    codes = _countries_in(words)
    if not codes or len(codes) > 2:
        return None
    names = [_english_name(code) for code in codes]
    if None in names:
        return None
    at_sea = _says_a_sea_border(words)
    # "نزدیک مرز آبی با کشور کویت" (near the water border with Kuwait): the sea border,
    # which the English reading answers with the event's country, no land line being held.
    text = "-".join(names) + (" maritime border" if at_sea else " border")  # type: ignore[arg-type]
    found = geocode(text, hint)
    kept = ("border", "country") if at_sea else ("border",)
    if found.status != "resolved" or found.precision not in kept:
        return None
    said = f"read by its country words as {text!r}"
    if len(hint) == 1 and any(normalise(w) in _CROSSING_WORDS for w in words):
        # "منفذ (طريبيل) الحدودي مع الأردن": a crossing the data lacks, on the border
        # with Jordan, is a point of that line; when the event's country's side of the
        # whole line is one region (Anbar), that region holds it, the line does not.
        region = region_along_the_whole_border(hint[0], [c for c in codes if c != hint[0]])
        if region is not None:
            said += f"; an unknown crossing on it, whose side of it is all {region.name}"
            region = replace(region, query=query, coarsened=True)
            return noted_reading(region, query, said, explain)
    return noted_reading(found, query, said, explain)


def region_along_the_whole_border(country: str, others: list[str]) -> PlaceResult | None:
    """The one admin-1 region of ``country`` along all its border with the one country
    of ``others`` (:func:`one_region_along`), or None."""
    if len(others) != 1:
        return None
    pair = (min(country, others[0]), max(country, others[0]))
    try:
        line = border_extent(*pair)
    except (GeometryDataError, KeyError, ValueError):
        return None
    code = one_region_along(country, line)
    region = load_gazetteer().region(code) if code else None
    if region is None:
        return None
    return PlaceResult(
        "",
        "resolved",
        name=region.name,
        country=region.country,
        admin1_code=region.admin1_code,
        lat=region.lat,
        lon=region.lon,
        precision="region",
        geometry=region_extent(region.admin1_code or ""),
    )


def country_area_in_arabic_script(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The country an Urdu, Persian or Arabic "<country> territory" names, or None.

    "پاکستانی علاقے میں" (in Pakistani territory): one country word, an area word and
    the postpositions around them, nothing else.  Only a country is taken.
    """
    if not _ARABIC_LETTER.search(query):
        return None
    words = _words(query)
    keys = [normalise(w) for w in words]
    rest = [w for w, k in zip(words, keys, strict=True) if k not in _AREA_WORDS | _FRAME_WORDS]
    if len(rest) == len(words) or not any(k in _AREA_WORDS for k in keys):
        return None
    codes = _countries_in(rest)
    name = _english_name(codes[0]) if len(codes) == 1 and len(rest) == 1 else None
    if name is None:
        return None
    found = geocode(f"{name} territory", hint)
    if found.status != "resolved" or found.precision != "country":
        return None
    return noted_reading(found, query, f"read as {name!r} territory", explain)


#: Urdu "<X کے> Y سے متصل (بین الاقوامی) سرحد": the (international) border adjoining Y
#: (of X).
_URDU_ADJOINING = re.compile(
    r"^(?:.*\sکے\s+)?(?P<place>\S.*?)\s+سے\s+متصل\s+(?:بین\s*الاقوامی\s+)?(?:سرحد|بارڈر)"
)


def border_adjoining_in_urdu(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border by a town an Urdu text says it adjoins, or None.

    "سری گنگا نگر کے رائے سنگھ نگر سے متصل بین الاقوامی سرحد" (the international border
    adjoining Raisinghnagar of Sri Ganganagar) is read as "the border adjoining
    Raisinghnagar" is, the town found first by its Urdu name.  Only a border is taken.
    """
    match = _URDU_ADJOINING.match(query.strip())
    if match is None:
        return None
    town = geocode(match["place"], hint)
    if town.status != "resolved" or town.precision not in ("settlement", "exact"):
        return None
    text = f"the border adjoining {town.name}"
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    return noted_reading(found, query, f"read as {text!r}", explain)
