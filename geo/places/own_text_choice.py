"""An ambiguous place chosen by the event's own other text (its title and description).

An event's place phrase is looked up alone ("the first Thai-Myanmar friendship bridge"
is Mae Sot's bridge as much as Mae Sai's), yet the row often says more: a title about
"the Mae Sot crossing", a description of "the Tak governor".  When the phrase alone is
ambiguous, that text chooses one candidate only when

- it names something exactly one candidate holds: a name of its own, the town at one
  of its ends (a crossing), the admin-1 unit it or such a town lies in, or a river the
  text names whose name is a word of the candidate's own names; and
- it names nothing that another candidate holds and the chosen one does not.

Anything else (both named, neither, a candidate the gazetteer cannot give back) leaves
the answer ambiguous with its candidates.  A choice is said in the answer's note, so a
user sees in ``resolve_note`` which words chose it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from bordermap.geo import schema
from bordermap.geo.places.crossing_end import crossing_ends
from bordermap.geo.places.gazetteer import Gazetteer, Place, load_gazetteer
from bordermap.geo.places.names import normalise
from bordermap.geo.places.resolver import MAX_CANDIDATES, place_geometry
from bordermap.geo.places.result import Candidate, PlaceResult
from bordermap.geo.places.shared_crossing_name import (
    UNSPACED,
    crossing_keys,
    end_town_regions,
    region_keys,
)
from bordermap.geo.places.words import load_border_features
from bordermap.geo.schema import PRECISIONS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["chosen_by_event_text", "chosen_by_own_text"]

#: In scripts written without spaces between words (:data:`.shared_crossing_name.UNSPACED`)
#: a key is looked for anywhere in the text, so only a long one is evidence (Thai "ตาก",
#: Tak, is also part of "ตากใบ").
_UNSPACED_MIN = 4
#: A key in a script without capitals this short is no evidence.
_SHORT_KEY = 3
#: Words that say where in a unit or what a place is, never which one: a unit named
#: "Northern", "Coast" or "Nord" is not named by a title in title case ("Across The
#: Coast Road") or "la frontière nord".
_GENERIC_WORDS = frozenset(
    {
        "capital",
        "center",
        "centre",
        "centro",
        "coast",
        "est",
        "este",
        "islands",
        "lakes",
        "littoral",
        "middle",
        "nord",
        "norte",
        "oeste",
        "ouest",
        "plateau",
        "sud",
        "sur",
        "unity",
        "border",
        "bridge",
        "central",
        "checkpoint",
        "crossing",
        "district",
        "east",
        "eastern",
        "first",
        "friendship",
        "gate",
        "international",
        "lower",
        "new",
        "north",
        "northern",
        "province",
        "region",
        "river",
        "road",
        "south",
        "southern",
        "state",
        "the",
        "upper",
        "west",
        "western",
    }
)
#: How close a gazetteer row must lie to a candidate to be taken for it (degrees).
_SAME_POINT_DEG = 1e-4


class _Text:
    """The event's text as normalised words, each with whether it was written with a
    capital (a proper name), and as one normalised string for unspaced scripts."""

    def __init__(self, raw: str) -> None:
        self.words: list[str] = []
        self.capital: list[bool] = []
        for token in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", raw):
            key = normalise(token)
            for i, word in enumerate(key.split()):
                self.words.append(word)
                # A letter without case (Thai, Arabic) is taken as written as a name.
                self.capital.append(i == 0 and (token[0].isupper() or not token[0].islower()))
        self.joined = normalise(raw)

    def names(self, key: str) -> bool:
        """Whether the text names ``key``: as whole words whose first is written with a
        capital, or anywhere for a long key of a script without spaces."""
        if not key:
            return False
        if UNSPACED.search(key):
            return len(key) >= _UNSPACED_MIN and key in self.joined
        words = key.split()
        if all(word in _GENERIC_WORDS for word in words) or (
            len(words) == 1 and len(key) < _SHORT_KEY
        ):
            return False
        size = len(words)
        return any(
            self.capital[i] and self.words[i : i + size] == words
            for i in range(len(self.words) - size + 1)
        )


@lru_cache(maxsize=1)
def _river_keys() -> tuple[str, ...]:
    """The keys of the rivers of ``border_features.toml`` ("moei", "sai river")."""
    return tuple(key for key, feature in load_border_features().items() if feature.kind == "river")


def _place_of(gaz: Gazetteer, candidate: Candidate) -> Place | None:
    """The gazetteer row a candidate stands for: its name at its point."""
    countries = (candidate.country,) if candidate.country else None
    found = {
        place.ident: place
        for place in gaz.lookup(candidate.name, countries=countries)
        if abs(place.lat - candidate.lat) <= _SAME_POINT_DEG
        and abs(place.lon - candidate.lon) <= _SAME_POINT_DEG
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _held(gaz: Gazetteer, place: Place) -> dict[str, str]:
    """What a candidate holds, by key: its names, the towns at its ends, its units."""
    held: dict[str, str] = {}
    for key in region_keys(gaz, place.admin1_code):
        held[key] = "its admin-1 unit"
    ends = crossing_ends(place.name) if place.kind == "crossing" else {}
    if ends:
        # The towns at a crossing's ends are found near it as the shared-name rule finds
        # them (:func:`~bordermap.geo.places.shared_crossing_name.end_town_regions`).
        for town, keys in end_town_regions(gaz, place):
            for key in keys:
                held[key] = f"the admin-1 unit of {town!r} at its end"
    for town in ends.values():
        held[town] = "the town at its end"
    if place.kind == "crossing":
        names = crossing_keys(gaz, place)
    else:
        names = {key for key, row in gaz.forms_of(place.kind, place.country) if row == place.ident}
    for key in names:
        held[key] = "its own name"
    return held


def _name_words(held: dict[str, str]) -> set[str]:
    return {w for key, what in held.items() if what == "its own name" for w in key.split()}


def _rivers_held(text: _Text, held: dict[str, str], shared: set[str]) -> dict[str, str]:
    """The rivers the text names whose name has a word of the candidate's own names
    that not every candidate's names have (``shared``: "mae" of Mae Sot and Mae Sai)."""
    words = _name_words(held) - shared - _GENERIC_WORDS
    return {
        key: "a river of its name"
        for key in _river_keys()
        if text.names(key) and words & set(key.split())
    }


def _said(held: dict[str, str], keys: Iterable[str]) -> str:
    return ", ".join(f"{key!r} ({held[key]})" for key in sorted(keys))


def _answer(result: PlaceResult, chosen: Candidate, place: Place, note: str) -> PlaceResult:
    """The ambiguous ``result`` resolved to ``chosen``, as the resolver answers a place
    (a crossing's side is left to the border join), at the phrase's coarser precision if
    the phrase widened the candidate's own ("near the bridge")."""
    geometry = place_geometry(place)
    precision, uncertainty = chosen.precision, None
    if result.precision in PRECISIONS and PRECISIONS.index(result.precision) > PRECISIONS.index(
        chosen.precision
    ):
        precision, uncertainty = result.precision, result.uncertainty_km
    return replace(
        result,
        status="resolved",
        name=chosen.name,
        country=None if place.kind == "crossing" else place.country,
        admin1_code=place.admin1_code,
        lat=place.lat,
        lon=place.lon,
        precision=precision,
        geometry=geometry,
        uncertainty_km=uncertainty,
        candidates=(),
        note=note,
    )


def chosen_by_own_text(
    result: PlaceResult, texts: Sequence[object], gaz: Gazetteer | None = None
) -> tuple[PlaceResult, str | None]:
    """The candidate of an ambiguous answer that the event's other text chooses.

    Parameters
    ----------
    result : PlaceResult
        The answer to the event's place phrase; only an ambiguous one is looked at.
    texts : sequence
        The event's other texts (title, description); what is not a string is skipped.
    gaz : Gazetteer, optional
        The gazetteer the candidates come from; the shipped one by default.

    Returns
    -------
    (PlaceResult, str or None)
        The resolved answer and the note saying which words chose it, or ``result``
        unchanged and None when the text chooses no single candidate.
    """
    if result.status != "ambiguous" or not 2 <= len(result.candidates) < MAX_CANDIDATES:
        # A full list may leave out places of the name that hold what the text names.
        return result, None
    raw = " ".join(t for t in texts if isinstance(t, str) and t.strip())
    if not raw:
        return result, None
    gaz = gaz or load_gazetteer()
    places = [_place_of(gaz, c) for c in result.candidates]
    if any(p is None for p in places) or len({p.ident for p in places if p}) < len(places):
        return result, None
    text = _Text(raw)
    owns = [_held(gaz, place) for place in places if place is not None]
    shared = set.intersection(*(_name_words(own) for own in owns))
    held = [{**_rivers_held(text, own, shared), **own} for own in owns]
    named = [{key for key in h if text.names(key)} for h in held]
    choice = None
    for i, keys in enumerate(named):
        others = set().union(*(held[j] for j in range(len(held)) if j != i))
        if not keys - others:
            continue
        if choice is not None:
            return result, None
        choice = i
    if choice is None:
        return result, None
    # Whatever else the text names must be the chosen one's too.
    against = {key for j, keys in enumerate(named) if j != choice for key in keys} - set(
        held[choice]
    )
    if against:
        return result, None
    chosen, place = result.candidates[choice], places[choice]
    assert place is not None
    evidence = named[choice] - set().union(*(held[j] for j in range(len(held)) if j != choice))
    others = "; ".join(c.name for j, c in enumerate(result.candidates) if j != choice)
    note = (
        f"chosen by the event's own text (title, description), which names "
        f"{_said(held[choice], evidence)} of {chosen.name} and nothing only the other "
        f"candidates hold ({others})"
    )
    if result.note:
        note = f"{note}; the place alone: {result.note}"
    return _answer(result, chosen, place, note), note


def chosen_by_event_text(
    result: PlaceResult, events: pd.DataFrame, row: int
) -> tuple[PlaceResult, str | None]:
    """:func:`chosen_by_own_text` with the title and description of event ``row``
    (a position) of ``events``."""
    texts = [events[c].iat[row] for c in (schema.TITLE, schema.DESCRIPTION) if c in events]
    return chosen_by_own_text(result, texts)
