"""Online geocoders (any geopy service) that are polite and survive failures.

:class:`OnlineGeocoder` wraps one geopy geocoder chosen by name and adds what a
long batch needs: a persistent cache (:mod:`bordermap.geo.online.cache`), pacing with
geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` at the service's policy
(public Nominatim: at most one request a second), retries with exponential
backoff on timeouts, HTTP 429 and 5xx (honouring ``Retry-After``), and errors
that name the geocoder, the query and what to do.  Answers are mapped into
bordermap's vocabulary by :mod:`bordermap.geo.online.places`, so an online
result looks like one from the offline gazetteer.

Every answer is checked before geopy reads it and before it is cached
(:mod:`bordermap.geo.online.answers`): one with impossible values (a latitude of
95, ``NaN``, text for a number, a broken bounding box, no name) stops the run with
:class:`~bordermap.geo.errors.GeocoderAnswerInvalid` (exit status 76) and is never
cached.  A cached answer that fails the same checks, or is not JSON, counts as
missing: it is asked again and overwritten (with a warning naming the cache file
and key); with ``--offline`` the place stays unresolved.

Each of these has its own module, so one can change without the others:
:mod:`~bordermap.geo.online.client` (choosing and configuring the geopy client),
:mod:`~bordermap.geo.online.adapter` (checking each answer as it arrives),
:mod:`~bordermap.geo.online.pacing`, :mod:`~bordermap.geo.online.retries`,
:mod:`~bordermap.geo.online.failures` (geopy's errors in bordermap's words) and
:mod:`~bordermap.geo.online.stored_answers` (answers kept in the cache).  This
module puts them together behind geopy's ``geocode`` / ``reverse``.

Clock and sleep are injectable: tests never sleep.
"""

from __future__ import annotations

import functools
import inspect
import os
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import geopy.exc
from geopy.adapters import URLLibAdapter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from bordermap.geo.errors import (
    GeocoderAnswerInvalid,
    GeocoderConfigError,
    GeocoderNetworkForbidden,
)
from bordermap.geo.online.adapter import CheckingAdapter
from bordermap.geo.online.answers import check_response_body
from bordermap.geo.online.cache import GeocodeCache, cache_key
from bordermap.geo.online.client import (
    checked_min_delay,
    client_arguments,
    client_class_for,
    identifying_user_agent,
    parse_geocoder_url,
)
from bordermap.geo.online.failures import ServiceFailures
from bordermap.geo.online.pacing import RequestPacer
from bordermap.geo.online.places import (
    ProviderPlace,
    candidate_locations,
    choose_place,
    places_from_response,
)
from bordermap.geo.online.retries import RetryLoop
from bordermap.geo.online.settings import DEFAULT_LIMIT, DEFAULT_TIMEOUT, RetryPolicy
from bordermap.geo.online.stored_answers import StoredAnswers, jsonable, response_of

#: Re-exported: callers and tests have imported these from here.
__all__ = ["OnlineGeocoder", "RetryPolicy", "parse_geocoder_url"]


class OnlineGeocoder(Geocoder):
    """One geopy geocoder by name, cached, paced, retried, mapped to our vocabulary.

    Parameters
    ----------
    service : str
        A geopy service name (``"nominatim"``, ``"photon"``, ``"arcgis"``...).
    user_agent : str, optional
        Identifies you to the service (required by Nominatim's policy); defaults
        to ``$BORDERMAP_USER_AGENT``.
    url : str, optional
        Scheme and domain of a self-hosted instance, e.g.
        ``"https://nominatim.example.org"``.
    timeout : float
        Seconds to wait for one answer.
    min_delay : float, optional
        Seconds between two requests; defaults to :data:`DEFAULT_MIN_DELAY` and
        may not go below the public service's policy (:data:`POLICY_MIN_DELAY`).
    retry : RetryPolicy
        Retries on timeouts, HTTP 429 and 5xx and unreachable hosts.
    cache : GeocodeCache, optional
        Where answers are kept; without one every query goes to the network.
    polygon : bool
        Ask for outlines (Nominatim ``polygon_geojson``) instead of bounding boxes.
    language : str, optional
        Preferred language of names (``Accept-Language``).
    limit : int
        Candidates asked per query.
    allow_network : bool
        False turns every request into :class:`GeocoderNetworkForbidden`; only
        cached answers are served.
    environ : mapping, optional
        Where credentials are read (default ``os.environ``).
    clock, sleep : callable
        A monotonic clock and a sleep, injectable for tests.
    wall_clock : callable
        Seconds since the epoch; paces requests across processes sharing ``cache``.

    Raises
    ------
    GeocoderConfigError
        Unknown service, bad URL, missing user agent or credential, or a pace
        faster than the service allows.
    """

    def __init__(
        self,
        service: str,
        *,
        user_agent: str | None = None,
        url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        min_delay: float | None = None,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008  (a frozen dataclass)
        cache: GeocodeCache | None = None,
        polygon: bool = False,
        language: str | None = None,
        limit: int = DEFAULT_LIMIT,
        allow_network: bool = True,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        environ = os.environ if environ is None else environ
        self.service = service.strip().lower()
        client_class = client_class_for(self.service, asked=service)
        user_agent = identifying_user_agent(
            self.service, user_agent, environ=environ, allow_network=allow_network
        )
        super().__init__(timeout=timeout, user_agent=user_agent, adapter_factory=URLLibAdapter)
        client_args = client_arguments(self.service, client_class, environ=environ, url=url)
        check = functools.partial(check_response_body, service=self.service)
        try:
            self._client = client_class(
                user_agent=user_agent,
                timeout=timeout,
                adapter_factory=functools.partial(CheckingAdapter, check=check),
                **client_args,
            )
        except (geopy.exc.ConfigurationError, TypeError) as err:
            raise GeocoderConfigError(f"{self.service}: {err}") from err
        self.domain = str(getattr(self._client, "domain", "") or "")
        self.url = f"{getattr(self._client, 'scheme', 'https')}://{self.domain}"
        #: Key of this service in the cache: a self-hosted instance is another source.
        self.name = f"{self.service}@{self.domain}" if self.domain else self.service
        self.min_delay = checked_min_delay(min_delay, service=self.service, domain=self.domain)
        self.retry = retry
        self.cache = cache
        self.polygon = polygon
        self.language = language
        self.limit = limit
        self.allow_network = allow_network
        # Each concern of a request in its own piece: the pace, the retries and
        # the words of failures, and the answers kept in the cache.
        self._pacer = RequestPacer(
            name=self.name,
            min_delay=self.min_delay,
            cache=cache,
            clock=clock,
            sleep=sleep,
            wall_clock=wall_clock,
        )
        self._failures = ServiceFailures(
            service=self.service,
            url=self.url,
            timeout=self.timeout,
            max_attempts=retry.max_attempts,
            client_class=client_class,
        )
        self._retries = RetryLoop(
            retry, failures=self._failures, adapter=self._client.adapter, sleep=sleep
        )
        self._stored = StoredAnswers(cache, geocoder=self.name, service=self.service)

    @property
    def requests(self) -> int:
        """Requests sent to the service (retries included) since this geocoder was made."""
        return self._retries.requests

    @property
    def cache_hits(self) -> int:
        """Answers served from the cache since this geocoder was made."""
        return self._stored.hits

    # --- public geopy-style interface ------------------------------------------------

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Sequence[str] | None = None,
        region_of_interest: Any = None,
        cache_only: bool = False,
    ) -> Location | list[Location] | None:
        """Geocode ``query``: from the cache, or from the service (then cached).

        Parameters
        ----------
        query : str
            The place, as written in the report.
        exactly_one : bool
            With False, a list: the resolved place alone, one Location per
            candidate when ambiguous, empty when nothing was found.
        country_codes : str or sequence of str, optional
            ISO alpha-2 hint; the first code prefers candidates in that country
            (it does not filter the request, so a wrong hint cannot hide the place).
        region_of_interest : tuple, geometry or sequence of str, optional
            ``(min_lon, min_lat, max_lon, max_lat)`` or anything with ``.bounds``
            (biases the request, e.g. Nominatim ``viewbox``, and prefers candidates
            inside), or ISO alpha-2 codes (prefers candidates in those countries).
        cache_only : bool
            Never use the network: return the cached answer or None.

        Returns
        -------
        geopy.location.Location or None
            ``raw`` as described in :func:`bordermap.geo.online.places.choose_place`.

        Raises
        ------
        GeocodingError
            A subclass saying what failed and what to do.
        """
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        country = country_codes[0] if country_codes else None
        roi, roi_countries = _region(region_of_interest)
        kwargs = self._geocode_arguments(roi)
        answer = self._answer(
            "search",
            query,
            kwargs,
            lambda: self._pacer(self._client.geocode, query, **kwargs),
            cache_only,
        )
        location = None
        if answer is not None:
            places, fetched_at = answer
            location = choose_place(
                places,
                query=query,
                source=self.service,
                country=country,
                region_of_interest=roi,
                region_countries=roi_countries,
                fetched_at=fetched_at,
            )
        if exactly_one:
            return location
        return candidate_locations(location) if location is not None else []

    def reverse(
        self, query: tuple[float, float], *, exactly_one: bool = True, cache_only: bool = False
    ) -> Location | list[Location] | None:
        """Return the place at a point, mapped like :meth:`geocode`.

        Parameters
        ----------
        query : tuple of float
            ``(lat, lon)`` in degrees.
        exactly_one : bool
            With False, a list of the one result (empty when nothing is there).
        cache_only : bool
            Never use the network: return the cached answer or None.

        Returns
        -------
        geopy.location.Location or None
            With ``raw`` as :meth:`geocode` gives it.
        """
        lat, lon = (float(v) for v in query)
        kwargs = {k: v for k, v in {"language": self.language}.items() if v}
        text = f"{lat:.6f},{lon:.6f}"
        answer = self._answer(
            "reverse",
            text,
            kwargs,
            lambda: self._pacer(self._client.reverse, (lat, lon), **kwargs),
            cache_only,
        )
        location = None
        if answer is not None:
            places, fetched_at = answer
            location = choose_place(
                places,
                query=text,
                source=self.service,
                fetched_at=fetched_at,
            )
        if exactly_one:
            return location
        return [location] if location is not None else []

    # --- the machinery -------------------------------------------------------------

    def _geocode_arguments(self, roi: tuple[float, float, float, float] | None) -> dict:
        wanted: dict[str, Any] = {
            "exactly_one": False,
            "limit": self.limit,
            "addressdetails": True,
            "language": self.language,
            "geometry": "geojson" if self.polygon else None,
            "out_fields": "Addr_type,Type",
        }
        if roi is not None:
            west, south, east, north = roi
            wanted["viewbox"] = [[south, west], [north, east]]
            wanted["location_bias"] = [(south + north) / 2, (west + east) / 2]
        accepted = inspect.signature(self._client.geocode).parameters
        return {k: v for k, v in wanted.items() if k in accepted and v is not None}

    def _answer(
        self,
        operation: str,
        query: str,
        kwargs: Mapping[str, Any],
        call: Callable[[], Any],
        cache_only: bool,
    ) -> tuple[list[ProviderPlace], str | None] | None:
        """Return ``(places, fetched_at)`` from the cache or the network."""
        params = {"operation": operation, **jsonable(kwargs)}
        key = cache_key(query, geocoder=self.name, params=params)
        kept = self._stored.find(key, query)
        if kept is not None:
            return kept
        if cache_only:
            return None
        if not self.allow_network:
            raise GeocoderNetworkForbidden(
                f"{self.service}: {query!r} is not in the cache and --offline forbids "
                "the network; run without --offline to ask the service"
            )
        response = response_of(self._retries.run(call, query))
        try:
            places = places_from_response(response, service=self.service)
        except GeocoderAnswerInvalid as err:
            raise self._failures.bad_answer(query, str(err)) from err
        return places, self._stored.keep(key, response, query=query, params=params)


def _region(region: Any) -> tuple[tuple[float, float, float, float] | None, tuple[str, ...]]:
    """Split a region of interest into a box and/or ISO country codes."""
    if region is None:
        return None, ()
    if isinstance(region, str):
        return None, (region,)
    bounds = getattr(region, "bounds", region)
    if all(isinstance(v, str) for v in bounds):
        return None, tuple(bounds)
    west, south, east, north = (float(v) for v in bounds)
    return (west, south, east, north), ()
