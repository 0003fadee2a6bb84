"""A border facility written as a description, then its name in quotation marks.

"The International Center of Boundary Cooperation «Khorgos»": reports translated from
Russian or Kazakh give a border facility as a long common-noun description followed by
its proper name in guillemets.  The description is no name the gazetteer has, and the
capitalised words of it ("International Center", "Boundary Cooperation") hide the name
from the readings that look for names inside a text.  The facility is a crossing named
by the quoted name; :func:`quoted_name_of_a_border_facility` reads it as one, so the
crossing tables and the crossing readings (which test that a town so named lies by a
land border of its country) decide.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.text_runs import BORDER_POST_WORD

__all__ = ["quoted_name_of_a_border_facility"]

#: A description, then one name in quotation marks closing the text: "the International
#: Center of Boundary Cooperation «Khorgos»", "the checkpoint “Dostyk”".
_DESCRIPTION_THEN_QUOTED = re.compile(
    r"^(?P<head>[^\"«»“”„]{3,}?)\s+[\"«“„](?P<name>[^\"«»“”„]{2,60})[\"»”“]\s*[.,;]?$"
)
#: A word saying the description is of the border: the line's own words, or a post's.
_BORDER_LINE_WORD = re.compile(
    r"\b(?:border|boundary|frontier|cross-border|trans-border)\b", re.IGNORECASE
)


def quoted_name_of_a_border_facility(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The crossing a border facility's quoted name gives, or None.

    Parameters
    ----------
    query : str
        The text as written: a description of a border facility, then one name in
        quotation marks ("The International Center of Boundary Cooperation «Khorgos»").
    hint : tuple of str
        The event's countries; without one, nothing is read (a name alone may be any
        country's).
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The answer to "<name> border crossing", noted, when the description speaks of a
        border and that reading resolves to a crossing or a place of the event's
        country; else None.
    """
    match = _DESCRIPTION_THEN_QUOTED.match(query.strip())
    if match is None or not hint:
        return None
    head, name = match["head"], match["name"].strip()
    if not (_BORDER_LINE_WORD.search(head) or BORDER_POST_WORD.search(head)):
        # "the ship «Mariupol»", "operation «Lightning»": the quoted name need not be a
        # place's; only a border facility is read as the crossing it names.
        return None
    text = f"{name} border crossing"
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision == "country":
        return None
    if found.country and found.country not in hint:
        return None
    note = f"read as the border facility its quoted name gives: {text!r}"
    return noted_reading(found, query, note, explain)
