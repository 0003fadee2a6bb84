"""Normalisation of place names so that spelling variants meet on one key.

Reports spell the same place in several scripts and transliterations: "Krāslava"
and "Kraslava", "Витебск", "Віцебск" and "Vitebsk", "Latvia–Belarus" with an en dash
or a hyphen.  :func:`normalise` maps all of them to a lower-case ASCII key; the
gazetteer is indexed by these keys, so a lookup is a single dict access.

The transliteration of Cyrillic is written here (no package needed at run time).  It
follows the common English-language conventions (BGN/PCGN-like, without diacritics)
for Russian, with the Belarusian and Ukrainian letters added, because that is how
the Latin forms in GeoNames and in news reports are mostly spelt.  Where it differs
from another convention (Віцебск → "vitsebsk" vs the Belarusian Latin "Viciebsk")
the gazetteer's alternate names, which are normalised the same way, close the gap.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["DASHES", "OTHER_SCRIPTS", "normalise", "transliterate"]

#: Every character that a writer may use as a dash between two names.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "ye",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "yi",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Serbian and Macedonian letters, as their own Latin alphabets write them
    # ("Брњак" = "Brnjak", "Јариње" = "Jarinje").
    "ј": "j",
    "љ": "lj",
    "њ": "nj",
    "ђ": "dj",
    "ћ": "c",
    "џ": "dz",
    "ѓ": "gj",
    "ќ": "kj",
    "ѕ": "dz",
    # The letters Kazakh, Kyrgyz, Tajik, Uzbek, Tatar, Bashkir and Mongolian add, as
    # BGN/PCGN romanise them without diacritics ("Қазақстан" = "Qazaqstan", "Хуҷанд" =
    # "Khujand", "Өскемен" = "Oskemen"); without them a key lost the letter ("aza stan").
    # Letters with a mark that Unicode decomposes (Tajik ӣ, ӯ) need no entry: their base
    # letter is read after the mark is stripped.
    "ә": "a",
    "ғ": "gh",
    "ҕ": "gh",
    "қ": "q",
    "ҡ": "q",
    "ҟ": "q",
    "ң": "ng",
    "ҥ": "ng",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "ҳ": "h",
    "ҷ": "j",
    "ҹ": "j",
    "җ": "zh",
    "ҙ": "dh",
    "ҫ": "th",
    "ҝ": "g",
    "ӷ": "g",
    "ҭ": "t",
    "ԥ": "p",
    "ҧ": "p",
    "ӡ": "dz",
    "ӕ": "ae",
    # The palochka marks an ejective or a breath in Caucasian languages; the Latin
    # forms of place names leave it out.
    "ӏ": "",
}

# Latin letters that Unicode does not decompose into a base letter plus a mark.
_LATIN = {
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "æ": "ae",
    "œ": "oe",
    "ı": "i",
    "ß": "ss",
}

# Greek as ELOT 743 writes it in Latin, the form GeoNames and maps use ("Καστανιές" =
# "Kastanies", "Έβρου" = "Evrou"); letter pairs first, accents dropped before.
_GREEK_PAIRS = (
    ("ου", "ou"),
    ("αυ", "av"),
    ("ευ", "ev"),
    ("ηυ", "iv"),
    ("γγ", "ng"),
    ("γκ", "gk"),
    ("γξ", "nx"),
    ("γχ", "nch"),
    ("μπ", "mp"),
    ("ντ", "nt"),
)
_GREEK = str.maketrans(
    {
        "α": "a",
        "β": "v",
        "γ": "g",
        "δ": "d",
        "ε": "e",
        "ζ": "z",
        "η": "i",
        "θ": "th",
        "ι": "i",
        "κ": "k",
        "λ": "l",
        "μ": "m",
        "ν": "n",
        "ξ": "x",
        "ο": "o",
        "π": "p",
        "ρ": "r",
        "σ": "s",
        "ς": "s",
        "τ": "t",
        "υ": "y",
        "φ": "f",
        "χ": "ch",
        "ψ": "ps",
        "ω": "o",
    }
)
_GREEK_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _greek_to_latin(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for pair, latin in _GREEK_PAIRS:
        text = text.replace(pair, latin)
    return text.translate(_GREEK)


_TABLE = str.maketrans({**_CYRILLIC, **_LATIN})
# Apostrophes vanish ("Mins'k" = "Minsk", "Kam'yanets" = "Kamyanets"); every other
# non-alphanumeric run becomes one space, so dashes of every kind are equal.
_APOSTROPHES = re.compile("['\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032]")
#: Letters of the scripts kept in keys as they are (no transliteration): Armenian,
#: Hebrew, Arabic (with Persian, Urdu and Pashto letters), the Indic scripts,
#: Sinhala, Thai, Lao, Tibetan, Myanmar, Georgian, Hangul, Ethiopic, Khmer, kana
#: and CJK.  Latin letters are folded to a-z; Cyrillic and Greek are transliterated.
OTHER_SCRIPTS: tuple[tuple[int, int], ...] = (
    (0x0530, 0x058F), (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F),
    (0x08A0, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x0FFF),
    (0x1000, 0x109F), (0x10A0, 0x10FF), (0x1100, 0x11FF), (0x1200, 0x137F),
    (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
)  # fmt: skip
_NON_WORD = re.compile(
    "[^a-z0-9" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in OTHER_SCRIPTS) + "]+"
)
# Punctuation and signs inside those blocks (the Arabic comma, the Devanagari danda)
# separate words like any other punctuation.
_SCRIPT_PUNCTUATION = {
    code: " "
    for lo, hi in OTHER_SCRIPTS
    for code in range(lo, hi + 1)
    if unicodedata.category(chr(code))[0] not in "LMN"
}
#: Format characters of those scripts (zero-width joiners, the Arabic tatweel) carry no
#: letter: a name is the same key with or without them.
_FORMAT = re.compile("[\u200c\u200d\u0640]")


def transliterate(text: str) -> str:
    """Return ``text`` lower-cased with Cyrillic letters written in Latin.

    Parameters
    ----------
    text : str
        Any text; characters other than Cyrillic letters are kept.

    Returns
    -------
    str
        The lower-cased text, Cyrillic transliterated (``"Віцебск"`` → ``"vitsebsk"``).
    """
    return text.lower().translate(_TABLE)


# A run looks the same names up many times (20,987 calls for 7,200 texts in the truth
# checks of the 100k bench file): each text is normalised once.
@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Return the lookup key of a place name.

    The key is case- and diacritic-insensitive: lower case, Cyrillic and Greek
    transliterated, diacritics and combining marks removed, apostrophes dropped, every
    run of other punctuation (dashes of every kind, commas, dots, the punctuation of
    other scripts) and white space collapsed to one space.  Letters of the scripts in
    :data:`OTHER_SCRIPTS` (Arabic, Devanagari, Georgian, Thai, CJK...) are kept as
    written, so a name in those scripts meets GeoNames' names in the same script.

    Parameters
    ----------
    text : str
        A place name as written in a report.

    Returns
    -------
    str
        The key, possibly empty when ``text`` holds no letters or digits.

    Examples
    --------
    >>> normalise("Krāslava") == normalise("KRASLAVA") == "kraslava"
    True
    >>> normalise("Витебск")
    'vitebsk'
    """
    # Decompose first so that "й" (и + breve) and "ё" do not lose their identity
    # before the Cyrillic table sees them: recompose, transliterate, then strip marks.
    text = unicodedata.normalize("NFKC", text).casefold()
    if _GREEK_LETTER.search(text):
        text = _greek_to_latin(text)
    text = text.translate(_TABLE)
    text = unicodedata.normalize("NFKD", text)
    # A Cyrillic letter with a mark (Tajik ӣ, ӯ; Udmurt ӧ) is its base letter now.
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_TABLE)
    text = _FORMAT.sub("", _APOSTROPHES.sub("", text)).translate(_SCRIPT_PUNCTUATION)
    return _NON_WORD.sub(" ", text).strip()
