"""The seat of a unit named by the unit alone: "dans le Chef-lieu du Haut-Mbomou".

A report may name a town only as the seat ("chef-lieu", "capitale", "cabecera") of the
prefecture, province or department holding it.  The tables do not say which town seats
an admin-1 unit, so the town is not answered; the unit holds it, and is answered,
coarsened (a second reading of :mod:`bordermap.geo.places.rereadings`, tried only when
nothing else resolved: a capitalised "Chef-lieu" is otherwise read as part of a name).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bordermap.geo.places.result import PlaceResult

__all__ = ["unit_of_its_seat"]

#: "(dans) le chef-lieu du", "the capital of", "la cabecera de", "il capoluogo della":
#: a seat word and "of" with its article, before the unit's name.
_SEAT_OF_UNIT = re.compile(
    r"^(?:(?:dans|à|au|en|in|at|na|no|em|nel|nella)\s+)?(?:(?:le|la|l['’]|the|el|o|a|il)\s*)?"
    r"(?:chef[-\s]lieu|capitale?|cabecera|capoluogo|sede)\s+"
    r"(?:du|de\s+la|de\s+l['’]|des|de|del|of\s+the|of|do|da|della|dello|di)\s*"
    r"(?P<unit>\S.*)$",
    re.IGNORECASE,
)
#: Units a seat lies in: admin-1 regions and the districts below them.
_UNIT_PRECISIONS = frozenset({"region", "district"})


def unit_of_its_seat(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The unit whose seat a text names by the unit alone, coarsened; or None.

    Parameters
    ----------
    query : str
        The text as written ("dans le Chef-lieu du Haut-Mbomou").
    hint : tuple of str
        The event's countries (may be empty).
    geocode : callable
        Geocodes a text with a hint (see :mod:`bordermap.geo.places.rereadings`).
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The region or district named after the seat words, coarsened, when it resolves
        as one (of the event's country, if given) without being itself coarsened; None
        otherwise (a country's capital is a town the tables may name, not read here).
    """
    seat = _SEAT_OF_UNIT.match(" ".join(query.split()))
    if seat is None:
        return None
    unit = geocode(seat["unit"], hint)
    if (
        unit.status != "resolved"
        or unit.precision not in _UNIT_PRECISIONS
        or unit.coarsened
        or (hint and unit.country not in hint)
    ):
        return None
    note = (
        f"the seat of {unit.name}, which the tables do not name: the unit holding it is answered"
    )
    if explain is not None:
        explain.append(f"coarsened: {note}")
    joined = "; ".join(n for n in (unit.note, note) if n)
    return replace(unit, query=query, coarsened=True, note=joined, candidates=())
