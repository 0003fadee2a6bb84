"""An island group named as such that only a unit of the event's country bears.

Indonesia files many island groups as regencies of their name: "Kepulauan Talaud"
(the Talaud Islands) is the regency Kabupaten Kepulauan Talaud, whose land is those
islands.  A report writing "Perairan Kepulauan Talaud" without the unit word names the
islands, and the gazetteer knows them only as the regency: the regency is the island
group's own outline (drawn as its circle), not a guess.  Only a name carrying an island-
group word, only units of the event's country, and only one of them.
"""

from __future__ import annotations

import re

from bordermap.geo.places.districts import District, districts_named
from bordermap.geo.places.names import normalise

__all__ = ["ISLAND_GROUP_WORD", "units_of_an_island_group"]

#: Words for an island group: Indonesian and Malay "kepulauan", English "islands".
ISLAND_GROUP_WORD = re.compile(r"(?<!\w)(?:kepulauan|islands)(?!\w)", re.IGNORECASE)


def units_of_an_island_group(text: str, countries: tuple[str, ...]) -> list[District]:
    """The units below admin-1 of ``countries`` bearing the island group's name.

    Parameters
    ----------
    text : str
        A name as written, e.g. "Kepulauan Talaud".
    countries : tuple of str
        The event's country (ISO alpha-2); exactly one is required.

    Returns
    -------
    list of District
        Empty unless the text carries an island-group word and units of the one
        country bear the whole name.
    """
    word = ISLAND_GROUP_WORD.search(text)
    if len(countries) != 1 or word is None:
        return []
    key = normalise(text)
    if not key or key == normalise(word[0]):
        return []  # the bare word names no group
    return districts_named([key], countries)
