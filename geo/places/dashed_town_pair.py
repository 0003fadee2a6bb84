"""A crossing named by its two towns joined with a dash, in any script.

"丹東-新義州" (Dandong–Sinuiju), "Замын-Үүд-Эрээн авто замын боомтоор" (through the
Zamyn-Üüd–Erenhot road port): the crossings table lists such pairs in Latin letters
("Dandong-Sinuiju"), and GeoNames knows each town by its Chinese or Cyrillic name, but
the pair as written is no key.  Each dash is tried as the seam between the two names
(names hold hyphens too: "Замын-Үүд"); where both halves are places of the two sides
and the table has the crossing of the two, that crossing is the answer.

Only a text that is the pair alone, or the pair and a word for a port or crossing,
is read so: "the Dandong-Sinuiju border" is the line, not its bridge.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.places.scope import POINT_ANSWERS, km_between
from bordermap.geo.places.text_runs import BETWEEN, CROSSING_WORD

__all__ = ["PAIR_KM", "crossing_of_a_dashed_pair"]

#: How far each town may lie from the crossing their pair names (km): Erenhot's point
#: lies 9 km from the Erenhot–Zamyn-Üüd crossing, Dandong's 3 km from its bridge.
PAIR_KM = 30.0

#: Set while a pair is read: the halves and the pair in Latin letters are looked up with
#: the whole geocoder, whose second readings would read them as a pair again.
_READING: ContextVar[bool] = ContextVar("dashed_pair_reading", default=False)

#: A hyphen or dash between names, as reports write it.
_DASH = re.compile(r"\s*[-‐‑‒–—―－]\s*")
#: The pair, then words with a port or crossing word among them: Mongolian "боомт" (a
#: port, "боомтоор" through the port) and the words of
#: :data:`~bordermap.geo.places.text_runs.CROSSING_WORD`.
_PORT_WORD = re.compile(rf"{CROSSING_WORD.pattern}|боомт\w*", re.IGNORECASE)
#: Mongolian writes the port's pair in the genitive before "боомт" ("Эрээн-Замын-Үүдийн
#: авто замын боомт", the Erenhot–Zamyn-Üüd road port): "-ийн", "-гийн" after a long
#: vowel, "-ын", and "-ий" after "н" ("Эрээний").  Only a Cyrillic word at least three
#: letters long before the ending loses it.
_MONGOLIAN_GENITIVE = re.compile(r"(?<=[\u0400-\u04ff]{3})(?:гийн|ийн|ын|ий)$", re.IGNORECASE)


def _rest_allows_a_crossing(rest: str) -> bool:
    """Whether the words after the pair leave it a crossing: none, or a port word."""
    return not rest.strip() or (_PORT_WORD.search(rest) is not None and not BETWEEN.search(rest))


def _halves(pair: str) -> list[tuple[str, str]]:
    """Each way a dashed text parts into two names at one of its dashes."""
    return [
        (pair[: dash.start()].strip(), pair[dash.end() :].strip())
        for dash in _DASH.finditer(pair)
        if pair[: dash.start()].strip() and pair[dash.end() :].strip()
    ]


def _is_crossing(found: PlaceResult) -> bool:
    return (
        found.status == "resolved"
        and found.country is None
        and found.precision in ("exact", "settlement")
        and found.lat is not None
    )


def _is_town(found: PlaceResult) -> bool:
    return (
        found.status == "resolved"
        and found.country is not None
        and found.precision in POINT_ANSWERS
        and found.lat is not None
    )


def _near(a: PlaceResult, b: PlaceResult) -> bool:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return km_between(a.lat, a.lon, b.lat, b.lon) <= PAIR_KM


def _crossing_of(
    left: PlaceResult, right: PlaceResult, geocode, hint: tuple[str, ...]
) -> PlaceResult | None:
    """The crossing two halves name, or None."""
    for one, other in ((left, right), (right, left)):
        # "Замын-Үүд" is the crossing itself; "Эрээн" (Erenhot) the town beside it.
        if _is_crossing(one) and _is_town(other) and _near(one, other):
            return one
    if not (_is_town(left) and _is_town(right)) or left.country == right.country:
        return None
    # Two towns of two countries: the crossing the table lists by their pair.
    found = geocode(f"{left.name}-{right.name}", ())
    if _is_crossing(found) and _near(found, left) and _near(found, right):
        return found
    return None


def crossing_of_a_dashed_pair(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The crossing a dashed pair of its two towns names, or None.

    Parameters
    ----------
    query : str
        The text as written: "丹東-新義州", "Замын-Үүд-Эрээн авто замын боомтоор".
    hint : tuple of str
        The event's countries (the halves are looked up without them: the two towns
        lie in two countries).
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The crossing, where one half is the crossing and the other a town beside it, or
        both halves are towns of two countries whose pair the crossings table lists
        (each within :data:`PAIR_KM` of it); None otherwise.
    """
    # "丹東 - 新義州": the dash with its spaces is one seam.
    pair, _, rest = _DASH.sub("-", query.strip()).partition(" ")
    if not _DASH.search(pair) or not _rest_allows_a_crossing(rest):
        return None
    if _READING.get():
        return None  # "Narva-Pskov" read again inside its own reading: not twice
    token = _READING.set(True)
    try:
        pairs = [pair]
        if rest.strip() and (plain := _MONGOLIAN_GENITIVE.sub("", pair)) != pair:
            pairs.append(plain)  # only before a port word: "Замын" alone is a name
        for written in pairs:
            for left_text, right_text in _halves(written):
                left, right = geocode(left_text, ()), geocode(right_text, ())
                crossing = _crossing_of(left, right, geocode, hint)
                if crossing is not None:
                    note = f"the crossing of the pair {left_text!r} and {right_text!r}"
                    return noted_reading(crossing, query, note, explain)
        return None
    finally:
        _READING.reset(token)
