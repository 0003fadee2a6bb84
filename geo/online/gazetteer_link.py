"""The offline gazetteer as a link of a geocoder chain, without importing geopy for it.

A chain built without an online geocoder is, for the commands, the gazetteer alone:
they then ask :func:`bordermap.geo.places.geocoder.geocode_place` directly and never
the chain's links.  Building the geopy wrapper
(:class:`~bordermap.geo.places.offline_geocoder.OfflineGeocoder`) for it would import
geopy, 0.15-0.2 s of every offline command, for nothing; this link builds it on its
first ``geocode`` only.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported on the first geocode only: it imports geopy
    from geopy.location import Location

    from bordermap.geo.places.offline_geocoder import OfflineGeocoder

__all__ = ["GazetteerLink", "is_gazetteer"]


class GazetteerLink:
    """The offline gazetteer link, its geopy geocoder built when first asked.

    ``geocode`` answers as :meth:`OfflineGeocoder.geocode
    <bordermap.geo.places.offline_geocoder.OfflineGeocoder.geocode>` does, with the
    gazetteer shipped with bordermap.
    """

    def __init__(self) -> None:
        self._geocoder: OfflineGeocoder | None = None

    @property
    def geocoder(self) -> OfflineGeocoder:
        """The :class:`OfflineGeocoder` answering for this link (built on first use)."""
        if self._geocoder is None:
            from bordermap.geo.places.offline_geocoder import OfflineGeocoder

            self._geocoder = OfflineGeocoder()
        return self._geocoder

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        region_of_interest: Any = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a place text; see ``OfflineGeocoder.geocode``."""
        return self.geocoder.geocode(
            query,
            exactly_one=exactly_one,
            country_codes=country_codes,
            region_of_interest=region_of_interest,
            timeout=timeout,
        )


def is_gazetteer(link: Any) -> bool:
    """Whether ``link`` is the offline gazetteer: a :class:`GazetteerLink` or an
    ``OfflineGeocoder``, the latter told without importing geopy for it.

    No link can be an ``OfflineGeocoder`` unless its module was imported to build it.
    """
    if isinstance(link, GazetteerLink):
        return True
    module = sys.modules.get("bordermap.geo.places.offline_geocoder")
    return module is not None and isinstance(link, module.OfflineGeocoder)
