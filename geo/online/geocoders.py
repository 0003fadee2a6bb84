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

Clock and sleep are injectable: tests never sleep.
"""

from __future__ import annotations

import functools
import inspect
import logging
import math
import os
import time
import urllib.error
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import geopy.exc
from geopy.adapters import AdapterHTTPError, URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import _DEFAULT_USER_AGENT, Geocoder
from geopy.location import Location

from bordermap.geo.errors import (
    GeocoderAccessDenied,
    GeocoderAnswerInvalid,
    GeocoderBadResponse,
    GeocoderConfigError,
    GeocoderNetworkForbidden,
    GeocoderQueryRejected,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderServerError,
    GeocoderTimeout,
    GeocoderUnreachable,
    GeocodingError,
)
from bordermap.geo.online.answers import check_response_body
from bordermap.geo.online.cache import GeocodeCache, cache_key
from bordermap.geo.online.places import (
    ProviderPlace,
    candidate_locations,
    choose_place,
    places_from_response,
)
from bordermap.geo.online.settings import (
    CREDENTIAL_ARGUMENTS,
    DEFAULT_LIMIT,
    DEFAULT_MIN_DELAY,
    DEFAULT_TIMEOUT,
    POLICY_MIN_DELAY,
    USER_AGENT_ENV,
    RetryPolicy,
    credential_variable,
)

log = logging.getLogger(__name__)

_SAMPLE_USER_AGENTS = {_DEFAULT_USER_AGENT.casefold(), "my_user_agent/1.0", "my-application"}


def parse_geocoder_url(url: str) -> tuple[str, str]:
    """Split ``--geocoder-url`` into geopy's ``scheme`` and ``domain``.

    ``https://nominatim.example.org/osm`` → ``("https", "nominatim.example.org/osm")``.

    Raises
    ------
    GeocoderConfigError
        Unless the URL is http(s) with a host and no query or fragment.
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeocoderConfigError(
            f"--geocoder-url: expected http(s)://HOST[:PORT][/PATH] (got {url!r})"
        )
    if parts.query or parts.fragment:
        raise GeocoderConfigError(
            f"--geocoder-url: give only scheme, host and path, without '?' or '#' (got {url!r})"
        )
    return parts.scheme, parts.netloc + parts.path.rstrip("/")


class _PacedCall(RateLimiter):
    """geopy's RateLimiter with our clock and sleep, and without its own retries.

    The retries live in :class:`OnlineGeocoder`, which needs exponential backoff
    and ``Retry-After`` that RateLimiter's fixed wait does not give.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        min_delay: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:
        super().__init__(
            func,
            min_delay_seconds=min_delay,
            max_retries=0,
            error_wait_seconds=min_delay,
            swallow_exceptions=False,
        )
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn()

    def _sleep(self, seconds: float) -> None:
        self._sleep_fn(seconds)


class _CheckingAdapter(URLLibAdapter):
    """geopy's urllib adapter, checking each JSON answer before geopy reads it.

    ``URLLibAdapter`` makes exactly one HTTP request per call; the requests adapter
    would retry on its own, hidden from our pacing and counts.

    Parameters
    ----------
    check : callable
        Raises :class:`GeocoderAnswerInvalid` for a body bordermap cannot use.
    **kwargs
        For ``URLLibAdapter`` (``proxies``, ``ssl_context``).
    """

    def __init__(self, *, check: Callable[[Any], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._check = check
        #: Whether the current call received a JSON body; reset before each call,
        #: so a failure inside geopy can be told from one before any answer.
        self.answered = False

    def get_json(self, url: str, *, timeout: float, headers: dict) -> Any:
        try:
            body = super().get_json(url, timeout=timeout, headers=headers)
        except RecursionError as err:
            raise GeocoderAnswerInvalid("body: JSON nested too deeply to read") from err
        self.answered = True
        self._check(body)
        return body


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
        try:
            client_class = get_geocoder_for_service(self.service)
        except geopy.exc.GeocoderNotFound as err:
            raise GeocoderConfigError(
                f"--geocoder: geopy has no geocoder named {service!r}; use one of "
                "nominatim, photon, arcgis, opencage, ... (see geopy's documentation)"
            ) from err
        user_agent = (user_agent or environ.get(USER_AGENT_ENV, "")).strip()
        if not user_agent and not allow_network:
            user_agent = "bordermap (offline: never sent)"  # only the cache is read
        if not user_agent or user_agent.casefold() in _SAMPLE_USER_AGENTS:
            raise GeocoderConfigError(
                f"{self.service}: a user agent that identifies you is required; pass "
                f"--user-agent or set {USER_AGENT_ENV}, e.g. "
                "'bordermap/0.1 (you@example.org)'"
            )
        super().__init__(timeout=timeout, user_agent=user_agent, adapter_factory=URLLibAdapter)
        client_args = self._client_arguments(client_class, environ)
        if url is not None:
            if "domain" not in inspect.signature(client_class.__init__).parameters:
                raise GeocoderConfigError(
                    f"--geocoder-url: {self.service} cannot be pointed at another "
                    f"server (got {url!r})"
                )
            client_args["scheme"], client_args["domain"] = parse_geocoder_url(url)
        check = functools.partial(check_response_body, service=self.service)
        try:
            self._client = client_class(
                user_agent=user_agent,
                timeout=timeout,
                adapter_factory=functools.partial(_CheckingAdapter, check=check),
                **client_args,
            )
        except (geopy.exc.ConfigurationError, TypeError) as err:
            raise GeocoderConfigError(f"{self.service}: {err}") from err
        self.domain = str(getattr(self._client, "domain", "") or "")
        self.url = f"{getattr(self._client, 'scheme', 'https')}://{self.domain}"
        #: Key of this service in the cache: a self-hosted instance is another source.
        self.name = f"{self.service}@{self.domain}" if self.domain else self.service
        floor = POLICY_MIN_DELAY.get((self.service, self.domain), 0.0)
        self.min_delay = DEFAULT_MIN_DELAY if min_delay is None else float(min_delay)
        if not math.isfinite(self.min_delay) or self.min_delay < 0:
            # NaN would pass the comparison with the policy's floor below.
            raise GeocoderConfigError(
                f"--min-delay: expected a number of seconds, 0 or more (got {min_delay!r})"
            )
        if self.min_delay < floor:
            raise GeocoderConfigError(
                f"--min-delay: {self.domain} allows at most one request every {floor:g} s "
                f"(got {self.min_delay:g}); use a self-hosted instance to go faster"
            )
        self.retry = retry
        self.cache = cache
        self.polygon = polygon
        self.language = language
        self.limit = limit
        self.allow_network = allow_network
        self._sleep = sleep
        self._wall_clock = wall_clock
        # One pace for searches and reverse look-ups alike: the service sees one client.
        self._paced = _PacedCall(self._send, min_delay=self.min_delay, clock=clock, sleep=sleep)
        #: Requests sent to the service (retries included) and answers served from
        #: the cache, since this geocoder was made.
        self.requests = 0
        self.cache_hits = 0
        self._reported_rows: set[str] = set()  # cache keys of unusable rows warned about

    def _client_arguments(self, client_class: type, environ: Mapping[str, str]) -> dict:
        params = inspect.signature(client_class.__init__).parameters
        args: dict[str, str] = {}
        for name in CREDENTIAL_ARGUMENTS:
            if name not in params:
                continue
            variable = credential_variable(self.service, name)
            if environ.get(variable):
                args[name] = environ[variable]
            elif params[name].default is inspect.Parameter.empty:
                raise GeocoderConfigError(
                    f"{self.service}: needs {name}; set the environment variable {variable}"
                )
        return args

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
            lambda: self._paced(self._client.geocode, query, **kwargs),
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
            lambda: self._paced(self._client.reverse, (lat, lon), **kwargs),
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
        params = {"operation": operation, **_jsonable(kwargs)}
        key = cache_key(query, geocoder=self.name, params=params)
        if self.cache is not None:
            cached = self.cache.get(key)
            if cached is not None:
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
                else:
                    self.cache_hits += 1
                    return places, cached.fetched_at
        if cache_only:
            return None
        if not self.allow_network:
            raise GeocoderNetworkForbidden(
                f"{self.service}: {query!r} is not in the cache and --offline forbids "
                "the network; run without --offline to ask the service"
            )
        results = self._with_retries(call, query)
        if isinstance(results, Location):  # a service that answers one place only
            results = [results]
        response = [
            {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude, "raw": loc.raw}
            for loc in (results or [])
        ]
        try:
            places = places_from_response(response, service=self.service)
        except GeocoderAnswerInvalid as err:
            raise self._bad_answer(query, str(err)) from err
        if self.cache is None:
            return places, None
        stored = self.cache.put(key, response, geocoder=self.name, query=query, params=params)
        return places, stored.fetched_at

    def _send(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Send one request once this process and every other sharing the cache may."""
        if self.cache is not None and self.min_delay > 0:
            wait = self.cache.reserve_request_slot(
                self.name, min_delay=self.min_delay, clock=self._wall_clock
            )
            if wait > 0:
                self._sleep(wait)
        return function(*args, **kwargs)

    def _with_retries(self, call: Callable[[], Any], query: str) -> Any:
        policy = self.retry
        adapter = self._client.adapter
        for attempt in range(1, policy.max_attempts + 1):
            self.requests += 1
            adapter.answered = False
            try:
                return call()
            except GeocoderAnswerInvalid as err:
                # Not retried: a service that sends an impossible answer once
                # will send it again; the user must look at it.
                raise self._bad_answer(query, str(err)) from err
            except (ValueError, TypeError, AttributeError, KeyError, IndexError) as err:
                if not adapter.answered:
                    raise
                # A service whose body bordermap does not check field by field:
                # geopy failed reading it.
                reason = f"geopy could not read it ({type(err).__name__}: {err})"
                raise self._bad_answer(query, reason) from err
            except geopy.exc.GeopyError as err:
                failure = self._failure(err, query, attempt)
                if failure is not None:
                    raise failure from err
                wait = policy.backoff(attempt)
                retry_after = getattr(err, "retry_after", None)
                if retry_after is not None:
                    if retry_after > policy.max_retry_after_seconds:
                        raise self._rate_limited(query, attempt, retry_after) from err
                    wait = max(wait, float(retry_after))
                log.warning(
                    "%s: %s for %r; retrying in %g s (attempt %d of %d)",
                    self.service,
                    _describe(err),
                    query,
                    wait,
                    attempt + 1,
                    policy.max_attempts,
                )
                self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def _failure(
        self, err: geopy.exc.GeopyError, query: str, attempt: int
    ) -> GeocodingError | None:
        """Return the error to raise, or None when the request deserves another try."""
        last = attempt >= self.retry.max_attempts
        status = _http_status(err)
        who = f"{self.service} ({self.url})"
        tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
        if isinstance(err, geopy.exc.GeocoderParseError):
            return GeocoderBadResponse(
                f"{who} answered {query!r} with something that is not valid JSON; check "
                "that --geocoder-url is the service's API (scheme and host, e.g. "
                "https://nominatim.example.org), not a web page or a proxy"
            )
        if isinstance(err, geopy.exc.GeocoderRateLimited):
            return self._rate_limited(query, attempt, err.retry_after) if last else None
        if isinstance(err, geopy.exc.GeocoderQuotaExceeded):
            return GeocoderQuotaExceeded(
                f"{who} says the quota is used up (HTTP {status or 402}) while geocoding "
                f"{query!r}; wait until it resets, or use another key or --geocoder "
                "(answers so far are cached)"
            )
        if isinstance(
            err,
            geopy.exc.GeocoderAuthenticationFailure | geopy.exc.GeocoderInsufficientPrivileges,
        ):
            variables = ", ".join(
                credential_variable(self.service, a)
                for a in CREDENTIAL_ARGUMENTS
                if a in inspect.signature(type(self._client).__init__).parameters
            )
            hint = (
                f"check the credentials in {variables}"
                if variables
                else "the service blocks clients without an identifying --user-agent "
                "or that break its usage policy"
            )
            return GeocoderAccessDenied(
                f"{who} refused access (HTTP {status}) while geocoding {query!r}; {hint}"
            )
        if isinstance(err, geopy.exc.GeocoderQueryError):
            return GeocoderQueryRejected(
                f"{who} rejected the query {query!r} ({_describe(err)}); check the place text"
            )
        if status is not None and status >= 500:
            if not last:
                return None
            return GeocoderServerError(
                f"{who} failed with HTTP {status} on {query!r} ({tries}); the service has a "
                "problem: try again later (answers so far are cached)"
            )
        if isinstance(err, geopy.exc.GeocoderTimedOut):
            if not last:
                return None
            return GeocoderTimeout(
                f"{who} did not answer {query!r} within {self.timeout:g} s ({tries}); the "
                "service is slow or overloaded: try again later or raise --timeout"
            )
        if isinstance(err, geopy.exc.GeocoderUnavailable) or _network_reason(err):
            if not last:
                return None
            return GeocoderUnreachable(
                f"{who} cannot be reached for {query!r} ({_network_reason(err) or err}; "
                f"{tries}); check the network connection and --geocoder-url, or use "
                "--offline to rely on the gazetteer and the cache"
            )
        return GeocoderServerError(f"{who} failed on {query!r}: {_describe(err)}")

    def _bad_answer(self, query: str, reason: str) -> GeocoderAnswerInvalid:
        """The error for an answer that fails the checks; ``reason`` names field and value."""
        return GeocoderAnswerInvalid(
            f"{self.service} ({self.url}) sent an answer to {query!r} that bordermap "
            f"cannot use: {reason}; nothing was cached. Check that --geocoder-url is the "
            "service's API; if it is, the service sent a broken answer: tell its "
            "operators or use another --geocoder"
        )

    def _rate_limited(self, query: str, attempt: int, retry_after: float | None) -> GeocodingError:
        asked = f"; it asks to wait {retry_after:g} s" if retry_after is not None else ""
        return GeocoderRateLimited(
            f"{self.service} ({self.url}) refused {query!r} with HTTP 429 (too many "
            f"requests) after {attempt} attempt{'s' if attempt > 1 else ''}{asked}; wait "
            "before running again and keep --min-delay at the service's policy (public "
            "Nominatim: 1 s); answers so far are cached"
        )


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


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _causes(err: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _http_status(err: BaseException) -> int | None:
    for cause in _causes(err):
        if isinstance(cause, AdapterHTTPError):
            return cause.status_code
    return None


def _network_reason(err: BaseException) -> str | None:
    """Why the connection failed (refused, unknown host...), if that is what happened."""
    for cause in _causes(err):
        if isinstance(cause, urllib.error.URLError) and isinstance(cause.reason, OSError):
            reason = cause.reason
            return reason.strerror or str(reason)
        if isinstance(cause, ConnectionError):
            return cause.strerror or str(cause)
    return None


def _describe(err: BaseException) -> str:
    status = _http_status(err)
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    return f"HTTP {status}" if status is not None else text
