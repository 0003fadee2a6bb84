"""A place "of" a district, as South Asian reports chain units: "Hiranagar of Kathua".

"Bobiyaan village in Hiranagar of Kathua": the village is in Hiranagar, which the
report places "of" (in) Kathua.  In that chain the middle name is often a tehsil or
block named after its seat, which the data may lack as a unit; read as the town it
would be finer than the text says.  The district the text names holds both readings,
so it answers, coarsened.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

#: A capitalised name of one to three words.
_NAME = r"(?-i:[A-ZÀ-Þ])[\w’'-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w’'-]*){0,2}"
#: "[... in] Y of Z [district]": a named part, "of", then the district's name last.  What
#: comes before the part must end on "in" (the part holds it) or be nothing.
_PART_OF_A_DISTRICT = re.compile(
    rf"^(?:.*\s(?:in|at)\s+)?(?:the\s+)?(?P<part>{_NAME})\s+of\s+(?:the\s+)?"
    rf"(?P<district>{_NAME})(?:\s+district)?$",
    re.IGNORECASE,
)


def district_holding_a_part(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The district a text names after "of" a place inside it, or None.

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
        The district, coarsened, when "Z district" reads as a district of the event's
        country and the part reads as a town the data files inside it ("Y, Z district"
        answers Y itself); else None: "the Gulf of Aden" names no town of a district,
        and a town outside the district is not the text's chain.
    """
    match = _PART_OF_A_DISTRICT.match(" ".join(query.split()))
    if match is None or not hint or not match["district"]:
        return None
    district = geocode(f"{match['district']} district", hint)
    if (
        district.status != "resolved"
        or district.precision != "district"
        or district.country not in hint
    ):
        return None
    part = geocode(f"{match['part']}, {match['district']} district", hint)
    if part.status != "resolved" or part.precision != "settlement" or part.country not in hint:
        return None
    note = (
        f"{match['part']!r} of {match['district']!r}: a part of the district, which "
        "holds it whether it is a town or a unit named after one"
    )
    return noted_reading(district, query, note, explain, coarsened=True)
