"""The retry loop alone: scripted failures, a fake adapter and a sleep that only records."""

from __future__ import annotations

from collections.abc import Callable

import geopy.exc
import pytest
from geopy.geocoders import Nominatim

from bordermap.geo.errors import GeocoderAnswerInvalid, GeocoderRateLimited, GeocoderTimeout
from bordermap.geo.online.failures import ServiceFailures
from bordermap.geo.online.retries import RetryLoop
from bordermap.geo.online.settings import RetryPolicy


class Adapter:
    """Stands for the checking adapter: only its ``answered`` flag matters here."""

    answered = False


def scripted(outcomes: list, adapter: Adapter, *, answered: bool = False) -> Callable[[], object]:
    """A call that raises or returns each outcome in turn."""

    def call() -> object:
        adapter.answered = answered
        outcome = outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return call


def loop(policy: RetryPolicy = RetryPolicy(), adapter: Adapter | None = None):  # noqa: B008
    sleeps: list[float] = []
    failures = ServiceFailures(
        service="nominatim",
        url="https://geo.example.org",
        timeout=2.0,
        max_attempts=policy.max_attempts,
        client_class=Nominatim,
    )
    retries = RetryLoop(
        policy, failures=failures, adapter=adapter or Adapter(), sleep=sleeps.append
    )
    return retries, sleeps


def test_passing_failures_are_retried_with_doubling_waits_and_counted():
    adapter = Adapter()
    retries, sleeps = loop(RetryPolicy(backoff_seconds=2.0), adapter)
    timeouts = [geopy.exc.GeocoderTimedOut("late") for _ in range(3)]
    assert retries.run(scripted([*timeouts, "found"], adapter), "X") == "found"
    assert sleeps == [2.0, 4.0, 8.0]
    assert retries.requests == 4


def test_retry_after_lengthens_the_wait_and_beyond_patience_stops_at_once():
    adapter = Adapter()
    retries, sleeps = loop(RetryPolicy(max_retry_after_seconds=60.0), adapter)
    asked = geopy.exc.GeocoderRateLimited("slow", retry_after=7)
    assert retries.run(scripted([asked, "found"], adapter), "X") == "found"
    assert sleeps == [7.0]
    too_long = geopy.exc.GeocoderRateLimited("slow", retry_after=3600)
    with pytest.raises(GeocoderRateLimited, match="asks to wait 3600 s"):
        retries.run(scripted([too_long], adapter), "X")
    assert sleeps == [7.0]


def test_the_last_passing_failure_is_final():
    adapter = Adapter()
    retries, sleeps = loop(RetryPolicy(max_attempts=2), adapter)
    late = [geopy.exc.GeocoderTimedOut("late"), geopy.exc.GeocoderTimedOut("late")]
    with pytest.raises(GeocoderTimeout, match=r"within 2 s \(2 attempts\)"):
        retries.run(scripted(late, adapter), "X")
    assert sleeps == [1.0]


def test_an_answer_geopy_cannot_read_is_a_bad_answer_but_a_bug_before_any_answer_is_not():
    adapter = Adapter()
    retries, sleeps = loop(adapter=adapter)
    with pytest.raises(GeocoderAnswerInvalid, match=r"geopy could not read it \(KeyError"):
        retries.run(scripted([KeyError("lat")], adapter, answered=True), "X")
    with pytest.raises(KeyError):
        retries.run(scripted([KeyError("lat")], adapter, answered=False), "X")
    refused = GeocoderAnswerInvalid("result 1: lat: outside -90..90 degrees (got 95)")
    with pytest.raises(GeocoderAnswerInvalid, match=r"outside -90\.\.90.*nothing was cached"):
        retries.run(scripted([refused], adapter, answered=True), "X")
    assert sleeps == []
    assert retries.requests == 3
