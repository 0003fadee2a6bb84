"""Estonian address chains: "Võrumaa Meremäe valla Tiklasõ küla", "Setomaa vallas ...".

Estonian border reports place an event by its county ("Võrumaa", "Võrumaal": in Võru
County), its parish ("Meremäe valla", of the Meremäe parish; "Vastseliina vallas", in
it) and its village ("Tiklasõ küla"), coarsest first and without commas, often with
"lähedal" (near) after the village and "piirialal" or "piiriäärsel alal" (in the
border zone) at the end.  Villages are seldom in the data, and parishes merged in 2017
("Meremäe", now in Setomaa) are not in it at all; the county is.
:func:`unit_of_an_estonian_address` answers the finest unit of such a chain the data
knows (a second reading of :mod:`bordermap.geo.places.rereadings`, tried only when
nothing else resolved).
"""

from __future__ import annotations

import re

from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["unit_of_an_estonian_address"]

_NAME = r"[A-ZÕÄÖÜŠŽ][\w-]*"
#: "Võrumaa", "Võrumaal", "Võrumaalt": a county by its "-maa" name, in the cases an
#: address puts it in; "Võru maakonnas": by the county word.
_COUNTY = re.compile(
    rf"\b(?P<name>{_NAME}maa)(?:l|lt|le|d)?\b(?!\s+val)|"
    rf"\b(?P<named>{_NAME})\s+maakon(?:d|na|nas|nast|da)\b"
)
#: "Meremäe valla", "Vastseliina vallas": a parish, in the genitive or a local case.
_PARISH = re.compile(rf"\b(?P<name>{_NAME})\s+val(?:d|la|las|last|da|lasse)\b")
#: "Tiklasõ küla", "Kostkova külas": a village.
_VILLAGE = re.compile(rf"\b(?P<name>{_NAME})\s+kül(?:a|as|ast|la|lasse)\b")
#: "X küla lähedal": near the village.
_NEAR = re.compile(r"\s+lähedal\b")
#: What else a chain may hold: "near", "in the border zone", "on the border".
_REST = re.compile(
    r"\b(?:lähedal|piirialal|piiriäärsel\s+alal|piiri\s+ääres|piiril|riigipiiril|piirivööndis)\b"
)


def _only_chain(query: str) -> bool:
    """Whether the text is nothing but units and the chain's other words."""
    left = query
    for pattern in (_VILLAGE, _PARISH, _COUNTY, _REST):
        left = pattern.sub(" ", left)
    return not left.strip(" ,")


def _county(found: PlaceResult) -> str | None:
    return found.admin1_code if found.status == "resolved" else None


def unit_of_an_estonian_address(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The finest unit of an Estonian address chain the data knows, or None.

    The village (near it after "lähedal"), else the parish, else the county of a chain
    without a parish; a unit found outside the county the chain names is not taken.
    A chain whose parish the data lacks is Estonia: the parish word ("vald") names a
    unit of Estonia, and the county outlines of the data are older than its parishes.
    Only with an Estonian event, and only for a text that is all chain: a parish or
    village and at least one more part, nothing else.
    """
    if "EE" not in hint or not _only_chain(query):
        return None
    parish = _PARISH.search(query)
    village = _VILLAGE.search(query)
    if parish is None and village is None:
        return None
    if sum(bool(p.search(query)) for p in (_VILLAGE, _PARISH, _COUNTY, _REST)) < 2:
        # One unit alone ("Misso vallas") is the first reading's; the parish's own
        # reading below comes back here as such a text.
        return None
    county_match = _COUNTY.search(query)
    county_name = None
    if county_match is not None:
        county_name = county_match["name"] or f"{county_match['named']} maakond"
    county = geocode(county_name, ("EE",)) if county_name else None
    county_code = _county(county) if county is not None else None

    def inside(found: PlaceResult) -> bool:
        return (
            found.status == "resolved"
            and found.country == "EE"
            and (county_code is None or found.admin1_code == county_code)
        )

    if village is not None:
        found = geocode(village["name"], ("EE",))
        # Only the village by its own name: GeoNames files some villages as other
        # names of the town beside them ("Verhulitsa" of Värska).
        own = normalise(found.name or "") == normalise(village["name"])
        if inside(found) and found.precision == "settlement" and own:
            note = f"read as the village of the address: {village['name']!r}"
            if _NEAR.match(query, village.end()):
                return noted_reading(
                    found, query, note, explain, precision="near", uncertainty_km=NEAR_RADIUS_KM
                )
            return noted_reading(found, query, note, explain)
    if parish is not None:
        reading = f"{parish['name']} vald"
        found = geocode(reading, ("EE",))
        if inside(found) and found.precision in ("district", "region"):
            note = f"read as the parish of the address: {reading!r}"
            return noted_reading(found, query, note, explain, coarsened=village is not None)
    if parish is None:
        if county is None or county_code is None or county.precision != "region":
            return None
        note = f"read as the county of the address: {county_name!r}"
        return noted_reading(county, query, note, explain, coarsened=True)
    # A parish the data lacks may be one of the 2017 reform, which drew parishes
    # across the county lines of the data's outlines (Setomaa, in Võru County now,
    # holds Värska, in Põlva County's outline): not its county, but Estonia.
    found = geocode("Estonia", ("EE",))
    if found.status != "resolved" or found.precision != "country":
        return None
    note = f"the parish {parish['name']!r} is not in the data; a parish (vald) lies in Estonia"
    return noted_reading(found, query, note, explain, coarsened=True)
