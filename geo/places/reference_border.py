"""A named place the data lacks is not the border its text measures it from.

"Kamango town, about 12kms from the Ugandan border", "Kilimahewa village, very near the
Rovuma river", "dans le parc national de la Pendjari, ..., près de la frontière avec le
Burkina Faso": the text opens with the place where the event happened and names the
border only to say where that place lies.  When the data does not know the place, the
border is what is left of the reading; but the place is not on the line, and a field
coder codes it by the unit holding it (or leaves it out), never by the border.  So the
border is not answered: a unit another part of the text names ("..., in Y province")
answers for the place, coarsened; otherwise the text is left unresolved with the
reason and the border as a near miss.  A wrong place is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.text_runs import (
    BORDER_POST_WORD,
    is_generic,
    names_a_border,
    settlement_words,
    starts_with_border_word,
    tokens_of,
)
from bordermap.geo.places.words import load_place_words
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["border_only_a_reference"]

#: Commas that part a place from what is said about it, Latin and Arabic.
_PARTS = re.compile(r"\s*[,،]\s*")
#: "à Faramana (frontière Burkina-Mali)": a name, then in brackets only where it lies.
_BRACKETED_TAIL = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<tail>[^()]+)\)\s*$")
#: Answers a part naming the holding unit may give.
_UNIT_PRECISIONS = frozenset({"region", "district"})
#: Arabic words for a town or village ("قرية"), uncased names after them.
_ARABIC_SETTLEMENT_WORDS = frozenset({"مدينة", "بلدة", "قرية", "بلده", "قريه"})
#: Protected areas, which hold no point of their own ("le parc national de la Pendjari").
_PARK_WORDS = frozenset({"park", "parc", "parque", "parco", "reserve", "réserve", "reserva"})
#: English words of nearness, which the grammar reads without the tables.
_ENGLISH_NEAR = frozenset({"near", "close to", "nearby", "not far from"})
#: A distance ("12kms", "5 km", "3 miles").
_DISTANCE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:kms?|kilomet\w*|kilomèt\w*|mi|miles?)\b", re.IGNORECASE
)
#: Lower-case words a text opens with before the place ("dans le", "in the").
_LEADING_SMALL_WORDS = frozenset({"the", "a", "an", "le", "la", "les", "l", "el", "de", "du"})


@lru_cache(maxsize=1)
def _nearness() -> re.Pattern[str]:
    """Words of nearness in every language of the tables ("près de", "القريبة"), and
    the English ones the grammar reads itself ("near", "close to")."""
    words = load_place_words()
    table = [*words.near_prepositions.values(), words.other_scripts.get("near", ())]
    said = sorted({w.lower() for group in table for w in group} | _ENGLISH_NEAR, key=len)
    alternatives = "|".join(re.escape(w) for w in reversed(said))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _place_before_nearness(head: str) -> str | None:
    """The words naming a settlement before a word of nearness ("في قرية تل خنزير" of
    "في قرية تل خنزير القريبة من معبر سيمالكا"), or None when the head has no such
    words: a settlement word and a name, then "near"."""
    found = _nearness().search(head)
    if found is None:
        return None
    before = head[: found.start()].split()
    said = {w.lower() for w in before} & (settlement_words() | _ARABIC_SETTLEMENT_WORDS)
    return " ".join(before) if said and len(before) > len(said) else None


def _says_a_settlement(head: str) -> bool:
    """Whether ``head`` calls what it names a town, a village or a park."""
    said = {word.strip(".,;:()«»“”\"'’").lower() for word in head.split()}
    return bool(said & (settlement_words() | _ARABIC_SETTLEMENT_WORDS | _PARK_WORDS))


def _places_by_reference(part: str) -> bool:
    """Whether ``part`` places something by what follows ("about 12kms from", "very
    near", "près de"): a distance or a word of nearness."""
    return bool(
        _DISTANCE.search(part) or _nearness().search(part) or _measured_off_the_border(part)
    )


def _measured_off_the_border(part: str) -> bool:
    """Whether ``part`` puts the place farther from a border than "near" reaches ("à une
    cinquantaine de kilomètres de la frontière avec le Niger"): a place some 50 km
    inland is not on the line, whatever the text calls it."""
    if not names_a_border(part):
        return False
    expr = parse_place(part)
    km = expr.distance_km if expr.kind == "near" else None
    return km is not None and km > NEAR_RADIUS_KM


def _names_a_place(head: str) -> bool:
    """Whether ``head`` holds a capitalised word that is neither a place word nor a
    country's ("Kamango" of "Kamango town", "Pendjari" of "le parc ... de la Pendjari")."""
    for word, _, _ in tokens_of(head):
        bare = word.strip("'’\"“”()")
        if (
            bare[:1].isupper()
            and bare.lower() not in _LEADING_SMALL_WORDS
            and len(bare) > 2
            and not is_generic(bare)
        ):
            return True
    return False


def border_only_a_reference(
    query: str,
    result: PlaceResult,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    log: Callable[[str], None] = lambda line: None,
) -> PlaceResult:
    """``result`` unless it is a border the text names only to place an unknown place.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Reads a part of the text with the event's countries (``geocode_place``).
    log : callable, optional
        Receives a line saying why the border is not answered.

    Returns
    -------
    PlaceResult
        ``result`` itself; or, when ``result`` is a border, the text's first
        comma-separated part names a place (a capitalised name, no border word) that
        reads as nothing, and a later part names the border: the region or district a
        later part names (coarsened), else an unresolved answer with the border as its
        near miss.
    """
    if result.status != "resolved" or result.precision not in ("border", "near"):
        return result
    head, *rest = _PARTS.split(query.strip(), maxsplit=4)
    if not rest:
        return _bracketed_border_only_a_reference(query, result, hint, geocode, log)
    if result.precision == "near":
        # "في قرية تل خنزير القريبة من معبر سيمالكا، في ريف المالكية": the village the
        # data lacks, "near" the crossing answered; only a unit named after the comma
        # says more than the crossing does.
        place = _place_before_nearness(head)
        if place is None or geocode(place, hint).status != "unresolved":
            return result
        head = place
    elif (
        names_a_border(head)
        or not (_says_a_settlement(head) or any(map(_measured_off_the_border, rest)))
        or not _names_a_place(head)
        or not any(_places_by_reference(part) for part in rest)
        or geocode(head, hint).status != "unresolved"
    ):
        # Only "X town/village/park, N km from / near the border", or any "X, 50 km from
        # the border": a post, zone, hill or enclave named before the line may lie on
        # it, and the line then is its answer, unless the text puts it far off.
        return result
    for part in rest:
        if not part or names_a_border(part):
            continue
        unit = geocode(part, hint)
        if (
            unit.status == "resolved"
            and unit.precision in _UNIT_PRECISIONS
            and (not hint or unit.country in hint)
        ):
            note = (
                f"{head!r} is not in the data and {result.name} is named only to place it; "
                f"answered the unit the text places it in, {unit.name}"
            )
            log(f"coarsened: {note}")
            return replace(unit, query=query, coarsened=True, note=note, candidates=())
    if result.precision == "near":
        # A place near the one answered, with no unit said: near it is what the text says.
        return result
    note = (
        f"{head!r} is not in the data; the {result.name} is named only to place it, "
        "and the place is not on the line"
    )
    log(f"unresolved: {note}")
    return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)


def _bracketed_border_only_a_reference(
    query: str,
    result: PlaceResult,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    log: Callable[[str], None],
) -> PlaceResult:
    """``result`` unless it is the border a bracket names to place an unknown place.

    "à Faramana (frontière Burkina-Mali)": the bracket holds nothing but a border, the
    text's gloss of where the place before it lies, as a comma and "near" say it in
    :func:`border_only_a_reference`.  A post or crossing before the bracket may stand on
    the line ("no Posto Esdras (fronteira entre o Brasil e a Bolívia)"), so the line
    stays its answer; any other place the data lacks is left unresolved with the line as
    its near miss, the bracket naming no unit to hold it.
    """
    found = _BRACKETED_TAIL.match(query.strip())
    if result.precision != "border" or found is None:
        return result
    head, tail = found["head"], found["tail"]
    if (
        not starts_with_border_word(tail)
        or names_a_border(head)
        or BORDER_POST_WORD.search(head)
        or not _names_a_place(head)
        or geocode(head, hint).status != "unresolved"
    ):
        return result
    note = (
        f"{head!r} is not in the data; the {result.name} is named in brackets only to "
        "place it, and the place is not on the line"
    )
    log(f"unresolved: {note}")
    return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
