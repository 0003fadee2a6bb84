"""A list of first-level units of one country, answered as that country.

"the Syunik, Vayots Dzor, and Gegharkunik provinces": reports list the units an event
touched, with one plural unit word after the last.  Read as written, the commas made
each name a place inside the next ("Syunik, in Vayots Dzor, in Gegharkunik"), and the
answer was the last unit alone, finer than the report; with "and" only ("the Syunik and
Gegharkunik provinces") no unit bears the joined name.  The answer names no one unit:
the smallest extent the data holds that holds them all is their country, answered
coarsened, with the units in its note.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["country_of_a_unit_list"]

#: The word joining the last item: English, French, Spanish, Italian, Portuguese,
#: German, Russian, Ukrainian, Polish, Turkish and Azerbaijani.
_AND = r"(?:and|&|et|y|e|und|и|і|та|i|ve|və)"
#: Plural unit words after the last item (singular words make a name of their own:
#: "the Syunik and Gegharkunik province" is no list).
_PLURAL_UNIT = (
    r"(?:provinces|regions|oblasts|governorates|states|counties|departments|prefectures|"
    r"provincias|regiones|départements|régions|областей|области|областях|областями)"
)
#: "(the) A, B(,) and C (provinces)": two items at least, the last after the joining word.
_UNIT_LIST = re.compile(
    rf"^(?:the\s+)?(?P<items>[^,;()]+?(?:\s*,\s*[^,;()]+?)*)\s*,?\s+{_AND}\s+"
    rf"(?P<last>[^,;()]+?)(?:\s+{_PLURAL_UNIT})?\s*$",
    re.IGNORECASE,
)
#: The most items read: a longer list is a text of another kind.
_MAX_ITEMS = 6
#: Set while a list's text and items are looked up, with the whole geocoder: they are
#: not read as lists again.
_READING: ContextVar[bool] = ContextVar("unit_list_reading", default=False)


def _items(query: str) -> list[str] | None:
    """The names a list text gives, or None when it is no list."""
    match = _UNIT_LIST.match(query.strip())
    if match is None:
        return None
    items = [item.strip() for item in match["items"].split(",")] + [match["last"].strip()]
    if len(items) < 2 or len(items) > _MAX_ITEMS or not all(items):
        return None
    if items[0][:1].islower():
        # A list names its units from its first word; a word before them makes another
        # kind of text: "between Mandera and Wajir" is a spot between two towns.
        return None
    return items


def _country_of_all(
    query: str, items: list[str], hint: tuple[str, ...], geocode: Geocode
) -> str | None:
    """The one country whose first-level units the items all are, or None; None too
    when the whole text is a country's own name ("Bosnia and Herzegovina")."""
    whole = geocode(query, hint)
    if whole.status == "resolved" and whole.precision == "country" and not whole.coarsened:
        return None
    countries = set()
    for item in items:
        found = geocode(item, hint)
        if found.status != "resolved" or found.precision != "region" or found.coarsened:
            return None
        countries.add(found.country)
    if len(countries) != 1 or None in countries:
        return None
    return countries.pop()


def country_of_a_unit_list(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The country holding every first-level unit a list names, or None.

    Parameters
    ----------
    query : str
        The text as written: "the Syunik, Vayots Dzor, and Gegharkunik provinces".
    hint : tuple of str
        The event's countries; each unit is looked up with them.
    geocode : callable
        Answers a text with the given countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The country, coarsened, when every item is found as a first-level unit
        (``region`` precision) of that one country and the whole text is no country's
        name ("Bosnia and Herzegovina"); None otherwise.
    """
    items = _items(query)
    if items is None or _READING.get():
        return None
    token = _READING.set(True)
    try:
        code = _country_of_all(query, items, hint, geocode)
        country = geocode(code, (code,)) if code else None
    finally:
        _READING.reset(token)
    if country is None or country.status != "resolved" or country.precision != "country":
        return None
    note = f"a list of {len(items)} units of {code} ({', '.join(items)}): their country"
    return noted_reading(country, query, note, explain, coarsened=True)
