"""Second readings of a border named in Tajik or Hebrew word order, written in English.

The resolver reads "the border of A and B", "N km from the border with B" in English
and takes the countries' names in any script.  Two word orders it does not parse are
written so here, the names left as they are; the rewritten text answers only when it
resolves to a border (the functions are listed in
:mod:`bordermap.geo.places.rereadings`):

- :func:`tajik_border_of_a_pair`: "марзи Тоҷикистону Қирғизистон" (the border of
  Tajikistan and Kyrgyzstan): the ezafe "-и" joins "border" to what it is of, and the
  enclitic "-у" ("-ю" after a vowel) is "and".
- :func:`hebrew_border_with`: "כ-3 קילומטרים מהגבול עם מצרים" (about 3 km from the
  border with Egypt): Hebrew joins "from", "in", "to" and "the" to the word "border".
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["hebrew_border_with", "tajik_border_of_a_pair"]


# "марзи A-у B", "сарҳади A ва B", "дар марзи A бо B" (on the border of A with B): the
# border word with its ezafe, then two names joined by "ва", "бо" or the enclitic "-у".
_TAJIK_PAIR = re.compile(
    r"^(?:дар\s+)?(?:марз|сарҳад)(?:и|ҳои)\s+(?P<a>[^\W\d_]+?)"
    r"(?:(?<=[^аеёиоуўэюяӣӯ])у|(?<=[аеёиоуўэюяӣӯ])ю|\s+(?:ва|бо))\s+(?P<b>[^\W\d_]+)$",
    re.IGNORECASE,
)

# "(כ-3 קילומטרים) מהגבול עם מצרים": about (כ-) a distance in kilometres or metres, then
# "border" with its joined "from"/"in"/"on"/"to" and "the", "with" (עם) and a name.
_HEBREW_BORDER_WITH = re.compile(
    r"^(?:(?:כ[-־]?\s*)?(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>קילומטרים|קילומטר|ק\"מ|ק״מ|מטרים|מטר)\s+)?"
    r"(?:על\s+|ו?[מבלש]?)ה?גבול\s+עם\s+(?P<other>[^\d\s][^\d]*)$"
)
_HEBREW_UNITS = {"קילומטרים": "km", "קילומטר": "km", 'ק"מ': "km", "ק״מ": "km"}


def _as_a_border(
    text: str, query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None
) -> PlaceResult | None:
    """``text`` geocoded as a reading of ``query``; None unless it answers a border."""
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    return noted_reading(found, query, f"read in English word order: {text!r}", explain)


def tajik_border_of_a_pair(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read as "the border of A and B", or None.

    "марзи Тоҷикистону Қирғизистон": "марз" (border) with the ezafe "-и" (of), and the
    two countries joined by the enclitic "-у" (and) on the first.
    """
    match = _TAJIK_PAIR.match(query.strip())
    if match is None:
        return None
    text = f"the border of {match['a']} and {match['b']}"
    return _as_a_border(text, query, hint, geocode, explain)


def hebrew_border_with(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read as "(N km from) the border with B", or None.

    "כ-3 קילומטרים מהגבול עם מצרים" of an Israeli event: the border of the event's
    country with Egypt, 3 km from which the event is.
    """
    match = _HEBREW_BORDER_WITH.match(query.strip())
    if match is None:
        return None
    text = f"the border with {match['other'].strip()}"
    if match["number"]:
        unit = _HEBREW_UNITS.get(match["unit"], "m")
        text = f"{match['number']} {unit} from {text}"
    return _as_a_border(text, query, hint, geocode, explain)
