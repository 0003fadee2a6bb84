"""A place followed by its region without a comma: "San Miguel Putumayo".

Spanish and Portuguese reports often write a municipality and its department run on,
"el puente Internacional de San Miguel Putumayo" for "San Miguel, Putumayo"; read whole,
"San Miguel Putumayo" is no place.  :func:`place_then_its_region` takes the last words of
a text left unresolved for a region of the event's country as written and reads the text
with a comma before them, as the address it is (a second reading of
:mod:`bordermap.geo.places.rereadings`).

The reading is kept only when it finds a place finer than the region, inside it: a
region alone may be a word of a name the data lacks ("Puerto Santander" is no port in
Santander), so the region is never answered on its own here.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["place_then_its_region"]

#: A capitalised word (a name's).
_NAME_WORD = re.compile(r"(?-i:[A-ZÀ-Þ])[\w'’.-]*")
#: Most words of a region's name taken from the end of the text.
_MOST_REGION_WORDS = 3
#: Answers no finer than the region: never kept by this reading.
_COARSE = frozenset({"region", "country", "border"})


def place_then_its_region(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The place a text names before its region, run on without a comma, or None.

    Parameters
    ----------
    query : str
        The text as written ("el puente Internacional de San Miguel Putumayo").
    hint : tuple of str
        The event's countries; exactly one is needed.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The place found with a comma before the region's words (the longest region name
        first), when the last words are capitalised, name an admin-1 region of the event's
        country as written, the words before them end in a capitalised name, and the
        place found is finer than the region and inside it; None otherwise.
    """
    text = " ".join(query.split())
    words = text.split()
    if len(hint) != 1 or "," in text or len(words) < 3:
        return None
    for size in range(min(_MOST_REGION_WORDS, len(words) - 2), 0, -1):
        head, tail = words[:-size], words[-size:]
        if not _NAME_WORD.fullmatch(head[-1]) or not _NAME_WORD.fullmatch(tail[0]):
            continue
        region_text = " ".join(tail)
        region = geocode(region_text, hint)
        if (
            region.status != "resolved"
            or region.precision != "region"
            or region.coarsened
            or region.country != hint[0]
        ):
            continue
        found = geocode(f"{' '.join(head)}, {region_text}", hint)
        if (
            found.status == "resolved"
            and found.precision not in _COARSE
            and found.admin1_code == region.admin1_code
        ):
            note = f"read as {' '.join(head)!r}, {region_text!r}: a place, then its region"
            return noted_reading(found, query, note, explain)
    return None
