"""A territory with a country code of its own is a region of its sovereign's events.

Åland has the ISO 3166-1 code "AX", and GeoNames files its towns and the country
name tables its names ("Ahvenanmaa") under it; ISO 3166-2 also lists it as Finland's
region "FI-01".  A Finnish event "south of Åland" is in Finland: the place found in
the territory is answered as that region of the event's country, not refused as
lying outside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bordermap.geo.places.result import PlaceResult

__all__ = ["TERRITORY_REGIONS", "in_a_territory_of_the_hint"]

#: Territories with an ISO 3166-1 code that ISO 3166-2 lists as a subdivision of
#: another country (Debian iso-codes, ``iso_3166-2.json``): the subdivision's code.
#: Taiwan's "CN-TW" is left out: a claim, not a subdivision the sovereign governs.
TERRITORY_REGIONS = {
    "AX": "FI-01",
    "AW": "NL-AW",
    "CW": "NL-CW",
    "SX": "NL-SX",
    "BL": "FR-BL",
    "GP": "FR-GP",
    "MF": "FR-MF",
    "MQ": "FR-MQ",
    "PM": "FR-PM",
    "WF": "FR-WF",
    "YT": "FR-YT",
    "AS": "US-AS",
    "GU": "US-GU",
    "MP": "US-MP",
    "PR": "US-PR",
    "UM": "US-UM",
    "VI": "US-VI",
    "HK": "CN-HK",
    "MO": "CN-MO",
}


def in_a_territory_of_the_hint(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """``query`` read as an event of a territory of the event's country, or None.

    Parameters
    ----------
    query : str
        The place text, which nothing in the event's country answered.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Geocodes a text for a tuple of countries.
    explain : list of str, optional
        Gets the reason when the reading is taken.

    Returns
    -------
    PlaceResult or None
        The place found in the territory, filed as the sovereign's region (the
        territory as a whole at precision ``region``, its outline drawn); None when
        no territory of a hinted country holds a place the text names.
    """
    for territory, code in TERRITORY_REGIONS.items():
        sovereign = code.split("-")[0]
        if sovereign not in hint or territory in hint:
            continue
        found = geocode(query, (territory,))
        if found.status != "resolved" or found.country != territory or found.coarsened:
            # Only a place the text names: a coarsened answer may be the territory
            # itself for want of anything named ("the eastern border" of an island).
            continue
        note = f"{found.name} lies in {territory}, which ISO 3166-2 files as {sovereign}'s {code}"
        if explain is not None:
            explain.append(note)
        precision = "region" if found.precision == "country" else found.precision
        return replace(
            found,
            query=query,
            country=sovereign,
            admin1_code=code,
            precision=precision,
            note="; ".join(n for n in (found.note, note) if n),
        )
    return None
