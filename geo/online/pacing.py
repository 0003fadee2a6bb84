"""Pacing of requests to an online geocoder, within this process and across processes.

A public service allows so many requests a second to one client (public
Nominatim: one).  :class:`RequestPacer` keeps that pace twice over: geopy's
:class:`~geopy.extra.rate_limiter.RateLimiter` spaces the requests of this
process, and the cache's request slot (:meth:`bordermap.geo.online.cache.
GeocodeCache.reserve_request_slot`) spaces those of every process sharing the
cache file.  Clocks and sleeps are injectable, so tests never sleep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from geopy.extra.rate_limiter import RateLimiter

from bordermap.geo.online.cache import GeocodeCache


class _PacedCall(RateLimiter):
    """geopy's RateLimiter with our clock and sleep, and without its own retries.

    The retries live in :mod:`bordermap.geo.online.retries`, which needs
    exponential backoff and ``Retry-After`` that RateLimiter's fixed wait does not give.
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


class RequestPacer:
    """Calls a geocoder's requests no faster than its pace allows.

    Parameters
    ----------
    name : str
        Key of the service in the cache (one pace per service and server).
    min_delay : float
        Seconds between two requests.
    cache : GeocodeCache, optional
        Shared with other processes; without one only this process is paced.
    clock, sleep : callable
        A monotonic clock and a sleep (this process's pace).
    wall_clock : callable
        Seconds since the epoch (the pace shared through the cache).
    """

    def __init__(
        self,
        *,
        name: str,
        min_delay: float,
        cache: GeocodeCache | None,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        wall_clock: Callable[[], float],
    ) -> None:
        self.name = name
        self.min_delay = min_delay
        self.cache = cache
        self._sleep = sleep
        self._wall_clock = wall_clock
        # One pace for searches and reverse look-ups alike: the service sees one client.
        self._paced = _PacedCall(self._send, min_delay=min_delay, clock=clock, sleep=sleep)

    def __call__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``function(*args, **kwargs)`` once the pace allows; return its result."""
        return self._paced(function, *args, **kwargs)

    def _send(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Send one request once this process and every other sharing the cache may."""
        if self.cache is not None and self.min_delay > 0:
            wait = self.cache.reserve_request_slot(
                self.name, min_delay=self.min_delay, clock=self._wall_clock
            )
            if wait > 0:
                self._sleep(wait)
        return function(*args, **kwargs)
