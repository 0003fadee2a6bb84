"""Retrying requests to an online geocoder: exponential backoff and ``Retry-After``.

A request that fails for a passing reason (HTTP 429 or 5xx, a timeout, an
unreachable host) is sent again after a wait that doubles each time, or after the
``Retry-After`` the service asks for, up to :class:`~bordermap.geo.online.settings.
RetryPolicy`'s limits.  An answer that fails the checks is never retried: a
service that sent an impossible answer once will send it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import geopy.exc

from bordermap.geo.errors import GeocoderAnswerInvalid
from bordermap.geo.online.adapter import CheckingAdapter
from bordermap.geo.online.failures import ServiceFailures, describe
from bordermap.geo.online.settings import RetryPolicy

log = logging.getLogger(__name__)


class RetryLoop:
    """Sends a request until it succeeds, fails for good, or the attempts run out.

    Parameters
    ----------
    policy : RetryPolicy
        Attempts and waits.
    failures : ServiceFailures
        Says which failures pass and words the ones that do not.
    adapter : CheckingAdapter
        The client's adapter: whether it received a body tells a broken answer
        from a failure before any answer.
    sleep : callable
        Waits between attempts (injectable: tests never sleep).

    Attributes
    ----------
    requests : int
        Requests sent (retries included) since this loop was made.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        failures: ServiceFailures,
        adapter: CheckingAdapter,
        sleep: Callable[[float], None],
    ) -> None:
        self.policy = policy
        self.failures = failures
        self.adapter = adapter
        self._sleep = sleep
        self.requests = 0

    def run(self, call: Callable[[], Any], query: str) -> Any:
        """Return what ``call()`` returns, retrying passing failures.

        Parameters
        ----------
        call : callable
            Sends one request (paced) and returns geopy's result.
        query : str
            The place text (or ``"lat,lon"``), for messages.

        Raises
        ------
        GeocodingError
            A subclass saying what failed and what to do.
        """
        policy = self.policy
        adapter = self.adapter
        for attempt in range(1, policy.max_attempts + 1):
            self.requests += 1
            adapter.answered = False
            try:
                return call()
            except GeocoderAnswerInvalid as err:
                # Not retried: a service that sends an impossible answer once
                # will send it again; the user must look at it.
                raise self.failures.bad_answer(query, str(err)) from err
            except geopy.exc.GeopyError as err:
                # Before the ValueError branch: geopy's GeocoderQueryError (HTTP 400) is
                # also a ValueError, and is the service's answer, not a body misread.
                failure = self.failures.failure(err, query, attempt)
                if failure is not None:
                    raise failure from err
                self._wait(err, query, attempt)
            except (ValueError, TypeError, AttributeError, KeyError, IndexError) as err:
                if not adapter.answered:
                    raise
                # A service whose body bordermap does not check field by field:
                # geopy failed reading it.
                reason = f"geopy could not read it ({type(err).__name__}: {err})"
                raise self.failures.bad_answer(query, reason) from err
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def _wait(self, err: geopy.exc.GeopyError, query: str, attempt: int) -> None:
        """Sleep before the next attempt: the backoff, or longer if the service asks."""
        policy = self.policy
        wait = policy.backoff(attempt)
        retry_after = getattr(err, "retry_after", None)
        if retry_after is not None:
            if retry_after > policy.max_retry_after_seconds:
                raise self.failures.rate_limited(query, attempt, retry_after) from err
            wait = max(wait, float(retry_after))
        log.warning(
            "%s: %s for %r; retrying in %g s (attempt %d of %d)",
            self.failures.service,
            describe(err),
            query,
            wait,
            attempt + 1,
            policy.max_attempts,
        )
        self._sleep(wait)
