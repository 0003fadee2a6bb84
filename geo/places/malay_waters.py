"""Indonesian and Malay "perairan Tambisan di Lahad Datu": the waters of a place in a town's area.

Reports from Sabah and North Kalimantan place a boat in the waters ("perairan") of a
village or cape the data lacks, "in" ("di") the town whose district holds it: "perairan
Tambisan di Lahad Datu" (the waters of Tambisan, in Lahad Datu).  The spot is at sea,
often far from the town, so the town's point would claim too much: the district the
town is the seat of answers, flagged ``coarsened``, as "a village in a town" is read;
a town that seats no district answers as its own waters do ("perairan Lahad Datu": near
the town).  Only for an event in Indonesia, Malaysia, Brunei or Singapore, and only
when the first place is unknown (a known one is read as written).
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.scope import km_between

__all__ = ["SEAT_KM", "waters_of_a_place_in_a_town"]

#: A district answers for its town only when drawn about a point this close to the
#: town's (km): its seat is the town.
SEAT_KM = 10.0

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# "(di sekitar) perairan X di Y": X and Y capitalised names, Y last.
_WATERS_IN_A_TOWN = re.compile(
    rf"^(?:(?:di|ke|dari)\s+)?(?:sekitar\s+)?perairan\s+(?P<place>{_NAME})\s+di\s+(?P<town>{_NAME})$",
    re.IGNORECASE,
)
# ... and without "di", as headlines write it: "Perairan Tambisan Lahad Datu"; or a
# sea, strait or bay named, then its province without the comma: "Laut Natuna Utara
# Kepri" (the North Natuna Sea, Riau Islands).
_WATERS_BEFORE_A_TOWN = re.compile(
    rf"^(?:(?:di|ke|dari)\s+)?(?:sekitar\s+)?(?P<lead>perairan|laut|selat|teluk)\s+"
    rf"(?P<names>{_NAME})$",
    re.IGNORECASE,
)
_COUNTRIES = frozenset({"ID", "MY", "BN", "SG"})


def waters_of_a_place_in_a_town(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The district (or the waters) of the town an unknown place's waters lie "in", or None.

    Parameters
    ----------
    query : str
        The place text: "perairan Tambisan di Lahad Datu".
    hint : tuple of str
        The event's countries; one of Indonesia, Malaysia, Brunei, Singapore.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The district the town seats, ``coarsened``; else the town's waters (``near``);
        None when the text is not of this form, the place is known, or the town is no
        settlement of the event's countries.
    """
    if not set(hint) & _COUNTRIES:
        return None
    match = _WATERS_IN_A_TOWN.match(query.strip())
    if match is not None:
        place, town = match["place"], match["town"]
        if geocode(place, hint).status != "unresolved":
            return None
        seat = geocode(town, hint)
        if seat.status != "resolved" or seat.precision != "settlement" or seat.country not in hint:
            return None
    else:
        cut = _unknown_place_then_town(query, hint, geocode)
        if cut is None:
            return None
        place, town, seat = cut
        if seat.precision == "region":
            # The province a water lies off: read with the comma the text left out.
            region = geocode(f"{place}, {town}", hint)
            if region.status != "resolved" or region.admin1_code != seat.admin1_code:
                return None
            note = f"{place!r}, unknown, then the province {seat.name}: read as {place}, {town}"
            return noted_reading(region, query, note, explain, coarsened=True)
    district = geocode(f"{town} district", hint)
    if (
        district.status == "resolved"
        and district.precision == "district"
        and _close(seat, district)
    ):
        note = f"the waters of {place!r}, unknown, in {town}: the district its town seats"
        return noted_reading(district, query, note, explain, coarsened=True)
    waters = geocode(f"perairan {town}", hint)
    if waters.status != "resolved" or waters.precision != "near":
        return None
    note = f"the waters of {place!r}, unknown, in {town}: near the town"
    return noted_reading(waters, query, note, explain, coarsened=True)


def _unknown_place_then_town(
    query: str, hint: tuple[str, ...], geocode: Geocode
) -> tuple[str, str, PlaceResult] | None:
    """The unknown place, the town or province after it and its answer, of "perairan X
    Y" with no "di" (the longest Y first), or None.

    Only when the names together are no known place ("perairan Lahad Datu" is the town's
    waters, not Lahad's in a Datu), the first part is unknown and the rest is a town or
    (after a sea's, strait's or bay's name, which holds no town) a province of the event's
    countries.  The sea's word stays with its name: "Laut Natuna Utara"."""
    match = _WATERS_BEFORE_A_TOWN.match(query.strip())
    if match is None:
        return None
    lead = match["lead"].lower()
    words = match["names"].split()
    if len(words) < 2 or geocode(" ".join(words), hint).status != "unresolved":
        return None
    kinds = ("settlement", "region") if lead == "perairan" else ("region",)
    for size in range(1, len(words)):
        place, town = " ".join(words[:size]), " ".join(words[size:])
        if lead != "perairan":
            place = f"{match['lead']} {place}"
        if geocode(place, hint).status != "unresolved":
            return None
        seat = geocode(town, hint)
        if seat.status == "resolved" and seat.precision in kinds and seat.country in hint:
            return place, town, seat
    return None


def _close(seat: PlaceResult, district: PlaceResult) -> bool:
    """Whether ``district`` is drawn about a point within :data:`SEAT_KM` of ``seat``."""
    if None in (seat.lat, seat.lon, district.lat, district.lon):
        return False
    km = km_between(seat.lat or 0.0, seat.lon or 0.0, district.lat or 0.0, district.lon or 0.0)
    return km <= SEAT_KM
