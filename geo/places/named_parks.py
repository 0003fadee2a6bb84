"""A park named after the landmark or crossing it surrounds: "Peace Arch Park".

Parks on a border are often named after the monument or port of entry they are laid out
around: Peace Arch Park surrounds the Peace Arch at the Blaine–Douglas crossing.  The
tables hold the landmark, not the park, and the whole name is found nowhere.
:func:`park_of_its_landmark` reads the name without its park words and answers the
landmark when the rest is one the tables place exactly (a second reading of
:mod:`bordermap.geo.places.rereadings`, tried only when nothing else resolved).

A town or a region of the rest is not taken: "Stanley Park" is not the town of Stanley,
and a park named after a region ("Kruger") is no point of it.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["park_of_its_landmark"]

#: "Peace Arch Park", "the Peace Arch State Park", "Peace Arch Provincial Park": the
#: landmark's name, then the park words, closing the text.
_NAMED_PARK = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<landmark>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)*?)"
    r"\s+(?:(?:State|Provincial|Historical|Historic|Memorial|International|Heritage)\s+)?"
    r"Park\s*$"
)


def park_of_its_landmark(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The landmark a park in ``query`` is named after, or None.

    Parameters
    ----------
    query : str
        A place text the resolver left unresolved: "Peace Arch Park".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Collects the reasoning.

    Returns
    -------
    PlaceResult or None
        The Peace Arch (a point of the tables) for "Peace Arch Park"; None when the text
        is no capitalised name followed by "Park", or the name without it is no place
        the tables give exactly (a town, a region, nothing).
    """
    match = _NAMED_PARK.match(query)
    if match is None:
        return None
    landmark = match["landmark"]
    found = geocode(landmark, hint)
    if found.status != "resolved" or found.precision != "exact":
        return None
    note = f"a park named after {landmark!r}, which the data places: read as the landmark"
    return noted_reading(found, query, note, explain)
