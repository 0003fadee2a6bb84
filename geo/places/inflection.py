"""Case endings: from "Витебской", "Krāslavas", "Medininkais" to nominative candidates.

Russian, Ukrainian, Belarusian, Polish, Lithuanian and Latvian decline place names
and adjectives: "в Витебской области", "ties Medininkais", "Krāslavas novadā",
"na granicy polsko-białoruskiej".  The gazetteer holds nominatives, so a declined
form finds nothing.  :func:`nominative_keys` rewrites the ending of each word of a
lookup key by the rules of ``data/gazetteer/inflections.toml`` and returns the
candidates; the caller keeps one only when it is a real gazetteer name in one of
the language's countries, and only when the form as written found nothing.
"""

from __future__ import annotations

import itertools
import re

from bordermap.geo.places.words import Language, load_inflections

__all__ = ["EAST_SLAVIC", "MAX_VARIANTS", "languages_of", "nominative_keys"]

#: Languages a Cyrillic text is tried in.
EAST_SLAVIC: tuple[str, ...] = ("ru", "be", "uk")
#: At most this many candidate keys are returned for one key.
MAX_VARIANTS = 48
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A stem shorter than this is not a name: "Bug" must not come from "Buga" and "a".
_MIN_STEM = 3


def languages_of(text: str) -> tuple[str, ...]:
    """The languages whose endings ``text`` may carry, from its letters.

    Parameters
    ----------
    text : str
        A place text as written.

    Returns
    -------
    tuple of str
        ``("ru", "be", "uk")`` for Cyrillic, the Latin-script languages whose letters
        appear ("ł" → Polish, "ā" → Latvian), or empty.
    """
    if _CYRILLIC.search(text):
        return EAST_SLAVIC
    lowered = text.lower()
    return tuple(
        code
        for code, language in load_inflections().items()
        if language.cues and any(letter in lowered for letter in language.cues)
    )


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
        of the languages and of each language's rules (longest ending first); at most
        :data:`MAX_VARIANTS`.
    """
    table = load_inflections()
    words = key.split()
    found: dict[str, str] = {}
    for code in languages:
        language = table.get(code)
        if language is None or not words:
            continue
        options = [[w, *_word_variants(w, language)] for w in words]
        for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
            candidate = " ".join(combo)
            if candidate != key and candidate not in found:
                found[candidate] = code
    return list(found.items())[:MAX_VARIANTS]


def countries_of(language: str) -> frozenset[str]:
    """The countries whose places ``language`` declines (empty for an unknown code)."""
    entry = load_inflections().get(language)
    return entry.countries if entry is not None else frozenset()
