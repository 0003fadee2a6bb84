"""A crossing named as a Finnish or Estonian route "from X to Y" in two declined words.

"Torniosta Haaparannalle" is "from Tornio to Haparanda": Finnish puts the start in the
elative ("-sta") or ablative ("-lta") and the end in the allative ("-lle") or illative
("-Vn", "-hVn", "-seen"), with no word for "from" or "to"; Estonian does the same with
"-st", "-lt" and "-le", "-sse".  Two towns so joined across a border are the crossing
between them, the reading :func:`~bordermap.geo.places.dashed_town_pair.
crossing_of_a_dashed_pair` gives the pair written with a dash (each half is looked up
with its case cut, as a single declined name is).  Nothing else is answered: two towns
of one country, or a pair the crossings table lacks, leave the text as it was.
"""

from __future__ import annotations

import re

from bordermap.geo.places.dashed_town_pair import crossing_of_a_dashed_pair
from bordermap.geo.places.inflection import nominative_keys
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["crossing_of_a_finnic_route"]

# The start, capitalised, in a case of motion away; then the end in a case of motion
# towards.  Finnish vowel harmony gives both "-sta" and "-stä".
_ROUTE = re.compile(
    r"^(?P<start>[A-ZÄÖÜÕŠŽ][\w-]+?(?:sta|stä|lta|ltä|st|lt))\s+"
    r"(?P<end>[A-ZÄÖÜÕŠŽ][\w-]+?(?:lle|le|sse|seen|h[aeiouyäö]n|[aeiouyäö]{2}n|"
    r"(?<=[aeiouyäö])[aeiouyäö]n))$"
)
#: The languages whose cases the route is written in.
_FINNIC = ("fi", "et")


def crossing_of_a_finnic_route(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The crossing a Finnish or Estonian "from X to Y" of two towns names, or None.

    Parameters
    ----------
    query : str
        The text as written: "Torniosta Haaparannalle".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The crossing of the two towns, as their dashed pair reads; None otherwise.
    """
    match = _ROUTE.match(query.strip())
    if match is None:
        return None
    starts, ends = (
        [key for key, _ in nominative_keys(normalise(match[part]), _FINNIC)]
        for part in ("start", "end")
    )
    found = next(
        (
            crossing
            for start in starts
            for end in ends
            if (crossing := crossing_of_a_dashed_pair(f"{start}-{end}", hint, geocode))
        ),
        None,
    )
    if found is None:
        return None
    note = "a Finnic route from one town to the other, in their cases: the crossing between"
    return noted_reading(found, query, note, explain)
