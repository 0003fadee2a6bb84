"""Places offline: the gazetteer, the grammar of place phrases and the resolver.

``geocoder.geocode_place`` turns a report's place text into a :class:`result.PlaceResult`
with an honest precision, using only the shipped data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bordermap.geo.places.result import PlaceResult

__all__ = ["geocode_place_when_asked"]


def geocode_place_when_asked(query: str, **options: Any) -> PlaceResult:
    """:func:`bordermap.geo.places.geocoder.geocode_place`, imported at the first call.

    The lookup ``resolve`` and ``map`` hand on by default: events that all carry their
    coordinates (ACLED exports, the benchmarks) never ask it, and importing the grammar
    costs about 0.2 s of CPU (its patterns compile at import).
    """
    from bordermap.geo.places.geocoder import geocode_place

    return geocode_place(query, **options)
