"""The offline gazetteer as a geopy geocoder: one more link in a chain of them.

Kept apart from :mod:`bordermap.geo.places.geocoder` so that resolving events offline
never imports geopy.
"""

from __future__ import annotations

from collections.abc import Iterable

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from shapely.geometry import Point, mapping

from bordermap.geo.places.disambiguation import RegionOfInterest
from bordermap.geo.places.gazetteer import Gazetteer
from bordermap.geo.places.geocoder import geocode_place

__all__ = ["OfflineGeocoder"]


class OfflineGeocoder(Geocoder):
    """The offline gazetteer as a geopy geocoder.

    ``geocode`` returns a :class:`geopy.location.Location` whose ``raw`` holds
    ``name``, ``country``, ``admin1_code``, ``precision``, ``geometry`` (GeoJSON of
    the extent), ``uncertainty_km``, ``source`` (``"gazetteer"``), ``status``
    (``resolved`` or ``ambiguous``) and ``candidates``; an unresolved place gives None.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to the one shipped with bordermap (loaded on first use).
    user_agent : str, optional
        Passed to geopy; no request is ever sent.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, user_agent: str | None = None):
        super().__init__(user_agent=user_agent or "bordermap-offline")
        self._gazetteer = gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        region_of_interest: RegionOfInterest | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a place text.

        Parameters
        ----------
        query : str
            The place text.
        exactly_one : bool, optional
            True: one Location (an ambiguous place gives the most populous candidate
            with ``raw["status"] == "ambiguous"``).  False: a list, one Location per
            candidate when ambiguous.
        country_codes : str or iterable of str, optional
            The event's country: preferred, as in :func:`geocode_place` (a hint, not a
            filter; write "X, Country" in the query to restrict).
        region_of_interest : sequence of str or 4-tuple of float, optional
            As in :func:`geocode_place`.
        timeout : float, optional
            Ignored (nothing is sent over a network); accepted for geopy
            compatibility.

        Returns
        -------
        Location, list of Location or None
            None when the place is unresolved.
        """
        result = geocode_place(
            query,
            country=country_codes,
            region_of_interest=region_of_interest,
            gazetteer=self._gazetteer,
        )
        if result.status == "unresolved":
            return None
        location = Location(result.name, (result.lat, result.lon), result.to_raw())
        if exactly_one:
            return location
        if result.status == "resolved":
            return [location]
        raw = result.to_raw()
        return [
            Location(
                c.name,
                (c.lat, c.lon),
                {
                    **raw,
                    "name": c.name,
                    "country": c.country,
                    "admin1_code": c.admin1_code,
                    "geometry": mapping(Point(c.lon, c.lat)),
                },
            )
            for c in result.candidates
        ]

    def reverse(self, query, *, exactly_one=True, timeout=None):
        """Not offered: use :mod:`bordermap.geo.borders.boundaries` to find a point's country."""
        raise NotImplementedError(
            "OfflineGeocoder does not reverse-geocode; join points to "
            "bordermap.geo.borders.boundaries.countries()/regions() instead"
        )
