"""Timor-Leste's units as Indonesian reports name them.

"Desa Saburai, Pos Administratif Maliana, Kotamadya Bobonaro": Indonesian press on the
Timor border writes Timor-Leste's administrative post (Portuguese "posto
administrativo") as "Pos Administratif" and its municipality ("município") as
"Kotamadya".  The address reader knows Indonesia's own words for the same tiers,
"Kecamatan" (subdistrict) and "Kabupaten" (regency); read with them, the chain names the
post, which the districts table holds.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

#: The administrative post, in Indonesian; no Indonesian unit has this name.
_POST = re.compile(r"\bpos(?:to)?\s+administratif\b", re.IGNORECASE)
#: The municipality: read as a regency only beside a post.  "Kotamadya" is also
#: Indonesia's pre-1999 word for a city, and "Kabupaten X" alone answers the post named
#: after the municipality's seat, finer than the municipality the text names.
_MUNICIPALITY = re.compile(r"\b(?:kotamadya|kota\s+madya|munisipiu|munisípio)\b", re.IGNORECASE)


def timorese_units_in_indonesian(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with Timor-Leste's unit words read as Indonesia's, or None.

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
        The rewritten text's answer in Timor-Leste when it resolves; else None.
    """
    if not _POST.search(query):
        return None
    text = _MUNICIPALITY.sub("Kabupaten", _POST.sub("Kecamatan", query))
    found = geocode(text, hint)
    if found.status != "resolved" or found.country != "TL":
        return None
    note = f"Timor-Leste's units read with Indonesia's unit words: {text!r}"
    return noted_reading(found, query, note, explain)
