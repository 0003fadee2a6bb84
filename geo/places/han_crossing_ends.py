"""A Chinese port named by its two ends: "中国黑河与俄罗斯布拉戈维申斯克口岸".

Chinese reports name a land port by the towns on each side, each after its country,
joined by "与" or "和" (and): "中国黑河与俄罗斯布拉戈维申斯克口岸", the port of China's
Heihe and Russia's Blagoveshchensk.  Read whole, the text names no place; each end read
with the word for a port ("黑河口岸") names the crossing.  The ends must agree: two
crossings found are two places, and the text is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["crossing_of_two_han_ends"]

#: The two ends, "and", then the word for a (land, road) port.
_TWO_ENDS = re.compile(
    "^(?:在)?(?P<a>[\u4e00-\u9fff]{2,}?)(?:与|與|和|同)(?P<b>[\u4e00-\u9fff]{2,}?)"
    "(?P<word>(?:边境|邊境|陆路|陸路|公路|铁路|鐵路)?口岸)$"
)
#: The longest country name a Chinese end may open with ("俄罗斯联邦" is five).
_COUNTRY_CHARS = 5
#: Answers that are a point: a crossing, or the town it is filed under.
_POINTS = ("exact", "settlement")


def crossing_of_two_han_ends(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The one crossing the two ends of a Chinese port's name give, or None.

    Parameters
    ----------
    query : str
        The place text, unresolved as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The crossing found for an end read with the port word, its country name before
        it left off; None when the text is not of this form, no end finds a point, or
        the two ends find different places.
    """
    match = _TWO_ENDS.match(query.strip())
    if match is None:
        return None
    found: dict[str, PlaceResult] = {}
    for end in (match["a"], match["b"]):
        for name in _without_country(end, geocode):
            result = geocode(f"{name}{match['word']}", hint)
            if result.status == "resolved" and result.precision in _POINTS and result.name:
                found.setdefault(result.name, result)
                break
    if len(found) != 1:
        return None
    crossing = next(iter(found.values()))
    note = f"the port named by its two ends: {crossing.name}"
    return noted_reading(crossing, query, note, explain)


def _without_country(
    end: str, geocode: Callable[[str, tuple[str, ...]], PlaceResult]
) -> list[str]:
    """The end as written, then without the country name it opens with, if any."""
    names = [end]
    for cut in range(2, min(_COUNTRY_CHARS, len(end) - 2) + 1):
        country = geocode(end[:cut], ())
        if country.status == "resolved" and country.precision == "country":
            names.append(end[cut:])
            break
    return names
