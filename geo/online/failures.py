"""What went wrong with an online geocoder, in bordermap's errors and words.

geopy reports a failed request as one of its exceptions, with the HTTP status or
the network error somewhere in the chain of causes.  :class:`ServiceFailures`
turns it into a :class:`~bordermap.geo.errors.GeocodingError` subclass whose
message names the geocoder, its server and the query and says what to do, or
into None when the failure passes and the request deserves another try.
"""

from __future__ import annotations

import inspect
import urllib.error
from dataclasses import dataclass

import geopy.exc
from geopy.adapters import AdapterHTTPError

from bordermap.geo.errors import (
    GeocoderAccessDenied,
    GeocoderAnswerInvalid,
    GeocoderBadResponse,
    GeocoderQueryRejected,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderServerError,
    GeocoderTimeout,
    GeocoderUnreachable,
    GeocodingError,
)
from bordermap.geo.online.settings import CREDENTIAL_ARGUMENTS, credential_variable


@dataclass(frozen=True)
class ServiceFailures:
    """The errors of one geocoder, worded with its name, server and settings.

    Attributes
    ----------
    service : str
        geopy's name of the service (``"nominatim"``).
    url : str
        Scheme and domain of the server asked.
    timeout : float
        Seconds allowed for one answer (named when it runs out).
    max_attempts : int
        Requests per query at most; a passing failure on the last one is final.
    client_class : type
        The geopy geocoder class, whose credential arguments a refusal names.
    """

    service: str
    url: str
    timeout: float
    max_attempts: int
    client_class: type

    @property
    def who(self) -> str:
        """The geocoder as messages name it: ``"nominatim (https://...)"``."""
        return f"{self.service} ({self.url})"

    def failure(
        self, err: geopy.exc.GeopyError, query: str, attempt: int
    ) -> GeocodingError | None:
        """Return the error to raise, or None when the request deserves another try.

        Parameters
        ----------
        err : geopy.exc.GeopyError
            What geopy raised.
        query : str
            The place text (or ``"lat,lon"``) asked.
        attempt : int
            Which attempt failed, 1-based.

        Returns
        -------
        GeocodingError or None
            None for a passing failure (HTTP 429 and 5xx, a timeout, an unreachable
            host) before the last attempt.
        """
        last = attempt >= self.max_attempts
        status = http_status(err)
        who = self.who
        tries = f"{attempt} attempt{'s' if attempt > 1 else ''}"
        if isinstance(err, geopy.exc.GeocoderParseError):
            return GeocoderBadResponse(
                f"{who} answered {query!r} with something that is not valid JSON; check "
                "that --geocoder-url is the service's API (scheme and host, e.g. "
                "https://nominatim.example.org), not a web page or a proxy"
            )
        if isinstance(err, geopy.exc.GeocoderRateLimited):
            return self.rate_limited(query, attempt, err.retry_after) if last else None
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
            return self._access_denied(query, status)
        if isinstance(err, geopy.exc.GeocoderQueryError):
            return GeocoderQueryRejected(
                f"{who} rejected the query {query!r} ({describe(err)}); check the place text"
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
        if isinstance(err, geopy.exc.GeocoderUnavailable) or network_reason(err):
            if not last:
                return None
            return GeocoderUnreachable(
                f"{who} cannot be reached for {query!r} ({network_reason(err) or err}; "
                f"{tries}); check the network connection and --geocoder-url, or use "
                "--offline to rely on the gazetteer and the cache"
            )
        return GeocoderServerError(f"{who} failed on {query!r}: {describe(err)}")

    def bad_answer(self, query: str, reason: str) -> GeocoderAnswerInvalid:
        """Return the error for an answer that fails the checks.

        ``reason`` names the field and the value (from
        :mod:`bordermap.geo.online.answers`).
        """
        return GeocoderAnswerInvalid(
            f"{self.who} sent an answer to {query!r} that bordermap "
            f"cannot use: {reason}; nothing was cached. Check that --geocoder-url is the "
            "service's API; if it is, the service sent a broken answer: tell its "
            "operators or use another --geocoder"
        )

    def rate_limited(self, query: str, attempt: int, retry_after: float | None) -> GeocodingError:
        """Return the error for HTTP 429 that retrying did not (or will not) get past."""
        asked = f"; it asks to wait {retry_after:g} s" if retry_after is not None else ""
        return GeocoderRateLimited(
            f"{self.who} refused {query!r} with HTTP 429 (too many "
            f"requests) after {attempt} attempt{'s' if attempt > 1 else ''}{asked}; wait "
            "before running again and keep --min-delay at the service's policy (public "
            "Nominatim: 1 s); answers so far are cached"
        )

    def _access_denied(self, query: str, status: int | None) -> GeocoderAccessDenied:
        # A keyed service most likely has a wrong key; a keyless one refuses clients.
        variables = ", ".join(
            credential_variable(self.service, a)
            for a in CREDENTIAL_ARGUMENTS
            if a in inspect.signature(self.client_class.__init__).parameters
        )
        hint = (
            f"check the credentials in {variables}"
            if variables
            else "the service blocks clients without an identifying --user-agent "
            "or that break its usage policy"
        )
        return GeocoderAccessDenied(
            f"{self.who} refused access (HTTP {status}) while geocoding {query!r}; {hint}"
        )


def _causes(err: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def http_status(err: BaseException) -> int | None:
    """Return the HTTP status somewhere in ``err``'s chain of causes, if any."""
    for cause in _causes(err):
        if isinstance(cause, AdapterHTTPError):
            return cause.status_code
    return None


def network_reason(err: BaseException) -> str | None:
    """Why the connection failed (refused, unknown host...), if that is what happened."""
    for cause in _causes(err):
        if isinstance(cause, urllib.error.URLError) and isinstance(cause.reason, OSError):
            reason = cause.reason
            return reason.strerror or str(reason)
        if isinstance(cause, ConnectionError):
            return cause.strerror or str(cause)
    return None


def describe(err: BaseException) -> str:
    """Return a failure in a few words: ``"HTTP 503"``, else its first line."""
    status = http_status(err)
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    return f"HTTP {status}" if status is not None else text
