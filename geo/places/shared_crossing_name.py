"""Crossings that share a name, told apart by the text's other words.

Reports give some names to more than one crossing: "the First Thai–Myanmar Friendship
Bridge" is Mae Sot's bridge over the Moei as much as Mae Sai's over the Sai; "Kelebija"
is the Serbian end of two crossings into Hungary (at Kelebia and at Tompa); "Chop" the
Ukrainian end of the crossings into Hungary and into Slovakia.  The name alone says no
more than that one of them is meant; the rest of the text often says which:

- a country it names that only some of them join ("Thailand-Myanmar" keeps the two
  Myanmar bridges of "Friendship Bridge" and drops the Thai–Lao one);
- a town, river or admin-1 unit that one candidate's row holds and the others do not:
  a name of its own ("in Mae Sot", "near Tompa"), a word of such a name ("Ban Rim Moei
  village" for the "Moei bridge"), the region of a town at its ends ("Tak province"),
  or a river the text names whose name is a word of the row's own names ("over the Sai
  river", Mae Sai).

Whatever the text leaves undecided stays so: the answer is ambiguous with the
candidates listed, never the table's first row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from bordermap.geo.places.crossing_end import crossing_ends
from bordermap.geo.places.gazetteer import Gazetteer, Place
from bordermap.geo.places.names import normalise
from bordermap.geo.places.scope import km_between
from bordermap.geo.places.words import load_border_features

__all__ = [
    "END_TOWN_KM",
    "UNSPACED",
    "crossing_keys",
    "crossings_the_text_keeps",
    "end_town_regions",
    "region_keys",
    "text_holds",
]

#: Scripts written without spaces between words: a name is looked for anywhere in the
#: text, not between spaces (Thai "อำเภอแม่สาย", the district of Mae Sai).
UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
#: Words of crossing names that say what a crossing is, not which one.
_GENERIC_WORDS = frozenset(
    {
        "border",
        "bridge",
        "checkpoint",
        "crossing",
        "friendship",
        "first",
        "gate",
        "international",
        "main",
        "pass",
        "post",
        "rail",
        "railway",
        "road",
        "river",
        "the",
    }
)
#: A word of a row's own names this short is evidence only as part of a river the
#: text names ("the Sai river"): alone it may be any short word of the text.
_SHORT_WORD = 4
#: How far from the crossing the town at one of its ends may be found (km): the table's
#: points are the checkpoint or the town beside it.
END_TOWN_KM = 40.0


def text_holds(text: str, key: str) -> bool:
    """Whether the normalised ``text`` holds the key ``key`` as whole words (anywhere,
    for a key in a script written without spaces)."""
    if not key:
        return False
    if UNSPACED.search(key):
        return key in text
    return f" {key} " in f" {text} "


@lru_cache(maxsize=1)
def _river_keys() -> tuple[str, ...]:
    """The keys of the rivers of ``border_features.toml`` with a word of their own."""
    return tuple(
        key
        for key, feature in load_border_features().items()
        if feature.kind == "river" and not feature.generic
    )


def _rivers_named(text: str) -> set[str]:
    """Words of the names of the rivers the normalised ``text`` names."""
    return {
        word
        for key in _river_keys()
        if text_holds(text, key)
        for word in key.split()
        if word not in _GENERIC_WORDS
    }


def crossing_keys(gaz: Gazetteer, crossing: Place) -> set[str]:
    """Every name form (lookup key) of a crossing of the tables."""
    return {
        key for key, row in gaz.forms_of("crossing", crossing.country) if row == crossing.ident
    }


def region_keys(gaz: Gazetteer, code: str | None) -> set[str]:
    """Every name form (lookup key) of the admin-1 unit ``code``; empty for none."""
    region = gaz.region(code) if code else None
    if region is None:
        return set()
    return {key for key, row in gaz.forms_of("region", region.country) if row == region.ident}


def end_town_regions(gaz: Gazetteer, crossing: Place) -> list[tuple[str, set[str]]]:
    """The towns at a crossing's ends that the gazetteer finds within
    :data:`END_TOWN_KM` of it, each with the keys of the admin-1 unit it lies in, in the
    order of :func:`~bordermap.geo.places.crossing_end.crossing_ends`."""
    regions = []
    for country, town in crossing_ends(crossing.name).items():
        found = [
            place
            for place in gaz.lookup_key(town, kinds=("settlement",), countries=(country,))
            if km_between(place.lat, place.lon, crossing.lat, crossing.lon) <= END_TOWN_KM
        ]
        if found:
            regions.append((town, region_keys(gaz, found[0].admin1_code)))
    return regions


def _unit_keys(gaz: Gazetteer, crossing: Place) -> set[str]:
    """Keys of the admin-1 units the crossing and the towns at its ends lie in."""
    keys = region_keys(gaz, crossing.admin1_code)
    for _, town_keys in end_town_regions(gaz, crossing):
        keys |= town_keys
    return keys


def _words(keys: Iterable[str]) -> set[str]:
    return {word for key in keys for word in key.split() if word.isalpha()}


def _named_apart(
    gaz: Gazetteer, text: str, crossings: Sequence[Place]
) -> tuple[list[Place], str] | None:
    """The crossings whose own names, words, units or rivers the text names, when some
    but not all are so named; else None."""
    rivers = _rivers_named(text)
    names = {
        c.ident: crossing_keys(gaz, c) | set(crossing_ends(c.name).values()) for c in crossings
    }
    units = {c.ident: _unit_keys(gaz, c) for c in crossings}
    named: dict[int, str] = {}
    for crossing in crossings:
        others = [c for c in crossings if c is not crossing]
        other_names = set().union(*(names[c.ident] for c in others))
        other_units = set().union(*(units[c.ident] for c in others))
        own = names[crossing.ident] - other_names
        own_units = units[crossing.ident] - other_units
        own_words = _words(own) - _words(other_names) - _GENERIC_WORDS
        found = next((k for k in sorted(own | own_units) if text_holds(text, k)), None)
        if found is None:
            found = next(
                (
                    w
                    for w in sorted(own_words)
                    if (len(w) >= _SHORT_WORD or w in rivers) and text_holds(text, w)
                ),
                None,
            )
        if found is not None:
            named[crossing.ident] = found
    if not named or len(named) == len(crossings):
        return None
    kept = [c for c in crossings if c.ident in named]
    said = ", ".join(f"{named[c.ident]!r} ({c.name})" for c in kept)
    return kept, f"the text names {said}, which the other crossings of the name do not hold"


def crossings_the_text_keeps(
    gaz: Gazetteer,
    query: str,
    crossings: Sequence[Place],
    key: str | None,
    countries_of: Callable[[str], frozenset[str]],
) -> tuple[list[Place], str]:
    """The crossings of one shared name that the text's other words leave.

    Parameters
    ----------
    gaz : Gazetteer
        The gazetteer holding the crossings.
    query : str
        The whole text.
    crossings : sequence of Place
        The crossings bearing the name (two or more, the event's country's only).
    key : str or None
        The key they were found by; its words are left out of the text, which say
        nothing of which is meant.
    countries_of : callable
        The countries a word or two of the text names ("Myanmar", "Thai"), empty when
        none.

    Returns
    -------
    (list of Place, str)
        The crossings kept (all of them when the text tells none apart) and why.
    """
    text = normalise(query)
    if key:
        text = " ".join(text_holds_removed(text, key).split())
    kept = list(crossings)
    reasons: list[str] = []
    words = text.split()
    named: set[str] = set()
    for size in (1, 2):
        for i in range(len(words) - size + 1):
            named |= countries_of(" ".join(words[i : i + size]))
    if named:
        # "the Thailand-Myanmar Friendship Bridge": the crossings joining more of the
        # countries the text names than the others do.
        best = max(len(set(c.countries) & named) for c in kept)
        joined = [c for c in kept if len(set(c.countries) & named) == best]
        if best and len(joined) < len(kept):
            kept = joined
            reasons.append(f"the text names {', '.join(sorted(named))}")
    if len(kept) > 1:
        apart = _named_apart(gaz, text, kept)
        if apart is not None:
            kept, reason = apart
            reasons.append(reason)
    return kept, "; ".join(reasons)


def text_holds_removed(text: str, key: str) -> str:
    """``text`` without the whole-word occurrences of ``key``."""
    if UNSPACED.search(key):
        return text.replace(key, " ")
    return f" {text} ".replace(f" {key} ", "  ").strip()
