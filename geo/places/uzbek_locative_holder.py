"""An unknown place an Uzbek text puts "in" a town that also names its district.

"Қўнғиротдаги “Довуд ота” пости" (the Dovud ota post in Qo‘ng‘irot): Uzbek joins the
locative adjective "-даги"/"-dagi" (the one in) to the holder and puts the held thing
after it.  When the thing is no place of the data, the holder is what the text says,
but a town's name before "-dagi" is as often its district (a post "in Qo‘ng‘irot" lies
on the border far from the town): the admin-1 unit holding the town is the honest
answer, coarsened.  "X-da joylashgan Y" (located in) is
:func:`~bordermap.geo.places.located_in.holder_of_an_uzbek_located_place`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["region_of_an_uzbek_holder"]

# "<holder>даги <place>", "<holder>dagi <place>" (not "joylashgan", the located form).
_IN_A_HOLDER = re.compile(
    r"^(?P<holder>[^\W\d_][\w‘’'`ʻʼ-]*?)(?:даги|dagi)\s+(?!joylashgan|жойлашган)(?P<place>\S.*)$",
    re.IGNORECASE,
)


def region_of_an_uzbek_holder(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The admin-1 unit holding the town an Uzbek "-dagi" puts an unknown place in, or None.

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
        The region holding the holder (one word, resolved to a town of the event's
        country), coarsened, when the held place finds nothing; the holder itself when
        it is a region; else None.
    """
    match = _IN_A_HOLDER.match(" ".join(query.split()))
    if match is None:
        return None
    located = geocode(match["place"], hint)
    if located.status != "unresolved" or located.candidates:
        return None
    holder = geocode(match["holder"], hint)
    if holder.status != "resolved" or (hint and holder.country not in hint):
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered the unit it is in"
    if holder.precision == "region":
        return noted_reading(holder, query, note, explain, coarsened=True)
    if holder.precision != "settlement" or not holder.admin1_code:
        return None
    unit = load_gazetteer().region(holder.admin1_code)
    region = geocode(unit.name, hint) if unit is not None else None
    if (
        region is None
        or region.status != "resolved"
        or region.precision != "region"
        or region.admin1_code != holder.admin1_code
    ):
        return None
    note = f"{note}: the region holding {holder.name}"
    return noted_reading(region, query, note, explain, coarsened=True)
