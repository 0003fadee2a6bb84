"""An online geocoder's answers as kept in the cache: read back checked, stored as sent.

The cache (:class:`~bordermap.geo.online.cache.GeocodeCache`) keeps what the
service said; :class:`StoredAnswers` turns a kept answer back into places with the
same checks as a fresh one.  A kept answer that fails them counts as missing: it
is asked again and overwritten, with one warning naming the cache file and key.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from geopy.location import Location

from bordermap.geo.errors import GeocoderAnswerInvalid
from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.places import ProviderPlace, places_from_response

log = logging.getLogger(__name__)


class StoredAnswers:
    """The answers of one geocoder in a cache (or none, without a cache).

    Parameters
    ----------
    cache : GeocodeCache, optional
        Where answers are kept; without one nothing is found or kept.
    geocoder : str
        Key of the geocoder in the cache (service and server).
    service : str
        geopy's name of the service, which says how its answers read.

    Attributes
    ----------
    hits : int
        Answers served from the cache since this was made.
    """

    def __init__(self, cache: GeocodeCache | None, *, geocoder: str, service: str) -> None:
        self.cache = cache
        self.geocoder = geocoder
        self.service = service
        self.hits = 0
        self._reported_rows: set[str] = set()  # cache keys of unusable rows warned about

    def find(self, key: str, query: str) -> tuple[list[ProviderPlace], str | None] | None:
        """Return ``(places, fetched_at)`` kept under ``key``, or None.

        None also for a kept answer that fails the checks (warned about once).
        """
        if self.cache is None:
            return None
        cached = self.cache.get(key)
        if cached is None:
            return None
        try:
            places = places_from_response(cached.response, service=self.service)
        except GeocoderAnswerInvalid as err:
            # The cache holds a copy of what the service said: a damaged
            # row loses nothing that asking again cannot restore.
            if key not in self._reported_rows:  # once, though two links read it
                self._reported_rows.add(key)
                log.warning(
                    "%s: the answer cached for %r under key %s is unusable (%s); "
                    "it counts as missing: asked again unless --offline, then "
                    "overwritten",
                    self.cache.path,
                    query,
                    key,
                    err,
                )
            return None
        self.hits += 1
        return places, cached.fetched_at

    def keep(
        self, key: str, response: list[dict], *, query: str, params: Mapping[str, Any]
    ) -> str | None:
        """Keep a checked ``response``; return when it was fetched (None without a cache)."""
        if self.cache is None:
            return None
        stored = self.cache.put(key, response, geocoder=self.geocoder, query=query, params=params)
        return stored.fetched_at


def response_of(results: Location | list[Location] | None) -> list[dict]:
    """Return geopy's result as the JSON-ready list the cache keeps.

    A service that answers one place only gives a Location; nothing found, None.
    """
    if isinstance(results, Location):
        results = [results]
    return [
        {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
        for loc in (results or [])
    ]


def jsonable(value: Any) -> Any:
    """Return ``value`` with mappings as dicts of str and tuples as lists (JSON's types)."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
