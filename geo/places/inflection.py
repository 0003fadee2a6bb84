"""Case endings: from "Витебской", "Krāslavas", "Medininkais" to nominative candidates.

Russian, Ukrainian, Belarusian, Polish, Lithuanian, Latvian, Finnish, Estonian and
the South Slavic languages decline place names and adjectives: "в Витебской
области", "ties Medininkais", "Krāslavas novadā", "na granicy polsko-białoruskiej",
"Lappeenrannassa", "u Velikoj Kladuši".  The gazetteer holds nominatives, so a declined
form finds nothing.  :func:`nominative_keys` rewrites the ending of each word of a
lookup key by the rules of ``data/gazetteer/inflections.toml`` and returns the
candidates; the caller keeps one only when it is a real gazetteer name in one of
the language's countries, and only when the form as written found nothing.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bordermap.geo.places.words import Language, load_inflections

__all__ = [
    "EAST_SLAVIC",
    "MAX_VARIANTS",
    "countries_of",
    "has_cyrillic",
    "homes_of",
    "in_latin_letters",
    "languages_across_hint",
    "languages_of",
    "languages_of_hint",
    "locales_of",
    "nominative_keys",
]

#: Languages a Cyrillic text is tried in.
EAST_SLAVIC: tuple[str, ...] = ("ru", "be", "uk")
#: At most this many candidate keys are returned for one key in each language.
MAX_VARIANTS = 48
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: Greek letters: a text in them is Greek whatever the event's country ("σύνορα της
#: Κακαβιάς" of an Albanian event declines the crossing's name as a Greek one would).
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Letters of Serbian and Macedonian Cyrillic that Russian, Ukrainian, Belarusian and
# Bulgarian never write: "ј" of "српској", "ђ" of "мађарској", "ѓ", "ќ".
_SOUTH_SLAVIC_CYRILLIC = re.compile("[јЈђЂћЋљЉњЊџЏѓЃќЌѕЅ]")
# A stem shorter than this is not a name: "Bug" must not come from "Buga" and "a".
_MIN_STEM = 3
# Russian and Belarusian "Е" opening a word is "Ye" in the romanisation GeoNames gives
# the former Soviet states' places ("Ерасх" is Yeraskh, "Ереван" Yerevan); a key writes
# it "e", so a word opening so is tried with "ye" too.
_IOTATED_INITIAL_E = frozenset({"ru", "be"})


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` has a Cyrillic letter (a Slavic language of the borders, Kazakh...)."""
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=16384)
def languages_of(text: str) -> tuple[str, ...]:
    """The languages whose endings ``text`` may carry, from its letters.

    Parameters
    ----------
    text : str
        A place text as written.

    Returns
    -------
    tuple of str
        ``("ru", "be", "uk")`` for Cyrillic (the South Slavic table first when a letter
        of Serbian or Macedonian Cyrillic appears: "на српско-хрватској граници"),
        ``("el",)`` for Greek letters, the
        Latin-script languages whose letters appear ("ł" → Polish, "ā" → Latvian), or
        empty.  Kept per text: its readings ask again.
    """
    if has_cyrillic(text):
        if _SOUTH_SLAVIC_CYRILLIC.search(text):
            return ("bs", *EAST_SLAVIC)
        return EAST_SLAVIC
    if _GREEK.search(text):
        return ("el",)
    lowered = text.lower()
    return tuple(code for code, has_cue in _cue_searches() if has_cue(lowered))


@lru_cache(maxsize=1)
def _cue_searches() -> tuple[tuple[str, Callable[[str], object]], ...]:
    """Each language with cues, in table order, and a search for any of them in a text.

    One search per language: testing each cue in turn, a generator per language, took
    28 ms of CPU for the 4,491 place texts of the 100,000-event benchmark read three
    times, the searches 8 ms (the map's truth checks read them 3,657 times, in its
    second process).  A cue is found as a substring, as ``cue in text`` finds it
    (Armenian's "ու" is two letters).
    """
    return tuple(
        (code, re.compile("|".join(re.escape(cue) for cue in sorted(language.cues))).search)
        for code, language in load_inflections().items()
        if language.cues
    )


def languages_of_hint(countries: tuple[str, ...]) -> tuple[str, ...]:
    """The languages at home in the event's countries ("FI" → Finnish), table order.

    Parameters
    ----------
    countries : tuple of str
        The event's country hint (ISO alpha-2).

    Returns
    -------
    tuple of str
        Codes of the languages whose ``home`` holds one of ``countries``.
    """
    return _languages_whose("home", tuple(countries))


def languages_across_hint(countries: tuple[str, ...]) -> tuple[str, ...]:
    """The languages whose reports decline the names of the event's country's towns
    from across a border ("EE" → Finnish: "Narvassa"), table order.

    Parameters
    ----------
    countries : tuple of str
        The event's country hint (ISO alpha-2).

    Returns
    -------
    tuple of str
        Codes of the languages whose ``across`` holds one of ``countries``.
    """
    return _languages_whose("across", tuple(countries))


@lru_cache(maxsize=1024)
def _languages_whose(field: str, countries: tuple[str, ...]) -> tuple[str, ...]:
    """Codes of the languages whose ``field`` set of countries meets ``countries`` (kept
    per hint: each reading of a text asks again)."""
    wanted = set(countries)
    return tuple(
        code for code, language in load_inflections().items() if getattr(language, field) & wanted
    )


def in_latin_letters(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one (with or without diacritics)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _word_variants(word: str, language: Language) -> list[str]:
    variants = []
    for rule in language.rules:
        if word.endswith(rule.ending) and len(word) - len(rule.ending) >= _MIN_STEM:
            stem = word[: -len(rule.ending)]
            variants.extend(stem + ending for ending in rule.nominative)
    return [v for v in dict.fromkeys(variants) if v != word]


def nominative_keys(key: str, languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """Candidate nominative keys of a declined lookup key.

    Parameters
    ----------
    key : str
        A lookup key (:func:`bordermap.geo.places.names.normalise`), e.g. ``"vitebskoy"``.
    languages : tuple of str
        Languages to try, as :func:`languages_of` gives them.

    Returns
    -------
    list of (str, str)
        ``(candidate key, language)``, the key itself never among them, in the order
        of the languages and of each language's rules (longest ending first); a
        candidate two languages make appears once for each; at most
        :data:`MAX_VARIANTS` for each language.
    """
    return list(_nominative_keys(key, tuple(languages)))


@lru_cache(maxsize=16384)
def _nominative_keys(key: str, languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """:func:`nominative_keys`, kept per key and languages: the readings of one text
    ask for the same key's forms many times."""
    table = load_inflections()
    words = key.split()
    # A form two languages make ("Bihaću" and "w Bihaciu" both give "bihac") is listed
    # once for each: the countries a found place must lie in depend on the language.
    found: dict[tuple[str, str], None] = {}
    for code in languages:
        language = table.get(code)
        if language is None or not words:
            continue
        options = [[w, *_word_variants(w, language)] for w in words]
        if code in _IOTATED_INITIAL_E:
            options = [
                [*forms, *("y" + form for form in forms if form.startswith("e"))]
                for forms in options
            ]
        for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
            candidate = " ".join(combo)
            if candidate != key:
                found.setdefault((candidate, code), None)
    return tuple(found)


def countries_of(language: str) -> frozenset[str]:
    """The countries whose places ``language`` declines (empty for an unknown code)."""
    entry = load_inflections().get(language)
    return entry.countries if entry is not None else frozenset()


def homes_of(language: str) -> frozenset[str]:
    """The countries where ``language`` is the reports' own (its ``home``; empty for an
    unknown code or a table without one)."""
    entry = load_inflections().get(language)
    return entry.home if entry is not None else frozenset()


#: The gettext locales whose names each table's case endings decline.
_LOCALES = {
    "bs": frozenset({"bs", "hr", "sr", "sr@latin", "sl"}),
    # The Czech table reads Slovak too ("s Rakúskom", "so Slovenskom").
    "cs": frozenset({"cs", "sk"}),
}


def locales_of(language: str) -> frozenset[str]:
    """The locales (of ``country_names.tsv``) whose names a language's endings decline.

    Parameters
    ----------
    language : str
        A table of ``inflections.toml`` ("ru", "pl", "bs" for the South Slavic ones).

    Returns
    -------
    frozenset of str
    """
    return _LOCALES.get(language, frozenset({language}))
