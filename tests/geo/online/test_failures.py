"""geopy's failures in bordermap's errors and words, and which deserve another try."""

from __future__ import annotations

import urllib.error

import geopy.exc
import pytest
from geopy.adapters import AdapterHTTPError
from geopy.geocoders import Nominatim, OpenCage

from bordermap.geo.errors import (
    GeocoderAccessDenied,
    GeocoderBadResponse,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderServerError,
    GeocoderTimeout,
    GeocoderUnreachable,
)
from bordermap.geo.online.failures import (
    ServiceFailures,
    describe,
    http_status,
    network_reason,
)

NOMINATIM = ServiceFailures(
    service="nominatim",
    url="https://geo.example.org",
    timeout=2.0,
    max_attempts=3,
    client_class=Nominatim,
)


def caused_by(err: Exception, cause: BaseException) -> Exception:
    err.__cause__ = cause
    return err


def http_error(error_class: type, status: int) -> Exception:
    cause = AdapterHTTPError(f"HTTP {status}", status_code=status, headers={}, text="")
    return caused_by(error_class(f"Non-successful status code {status}"), cause)


def test_the_status_and_the_network_reason_are_read_from_the_causes():
    err = http_error(geopy.exc.GeocoderServiceError, 503)
    assert http_status(err) == 503
    assert describe(err) == "HTTP 503"
    refused = urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))
    unreachable = caused_by(geopy.exc.GeocoderUnavailable("down"), refused)
    assert network_reason(unreachable) == "Connection refused"
    assert http_status(unreachable) is None
    assert describe(geopy.exc.GeocoderServiceError("first line\nsecond")) == "first line"
    assert describe(geopy.exc.GeocoderServiceError()) == "GeocoderServiceError"


@pytest.mark.parametrize(
    ("err", "final"),
    [
        (geopy.exc.GeocoderRateLimited("slow down"), GeocoderRateLimited),
        (http_error(geopy.exc.GeocoderServiceError, 502), GeocoderServerError),
        (geopy.exc.GeocoderTimedOut("late"), GeocoderTimeout),
        (geopy.exc.GeocoderUnavailable("down"), GeocoderUnreachable),
    ],
)
def test_a_passing_failure_is_retried_until_the_last_attempt(err, final):
    assert NOMINATIM.failure(err, "Daugavpils", attempt=2) is None
    error = NOMINATIM.failure(err, "Daugavpils", attempt=3)
    assert type(error) is final
    assert "nominatim (https://geo.example.org)" in str(error)
    assert "'Daugavpils'" in str(error)


def test_a_lasting_failure_stops_at_the_first_attempt():
    parse = NOMINATIM.failure(geopy.exc.GeocoderParseError("junk"), "X", attempt=1)
    assert isinstance(parse, GeocoderBadResponse)
    assert "--geocoder-url" in str(parse)
    quota = NOMINATIM.failure(geopy.exc.GeocoderQuotaExceeded("used"), "X", attempt=1)
    assert isinstance(quota, GeocoderQuotaExceeded)
    assert "HTTP 402" in str(quota)
    teapot = NOMINATIM.failure(http_error(geopy.exc.GeocoderServiceError, 418), "X", attempt=1)
    assert str(teapot) == "nominatim (https://geo.example.org) failed on 'X': HTTP 418"


def test_a_refusal_names_the_credentials_of_a_keyed_service_and_the_user_agent_otherwise():
    denied = geopy.exc.GeocoderAuthenticationFailure("no")
    keyless = NOMINATIM.failure(denied, "X", attempt=1)
    assert isinstance(keyless, GeocoderAccessDenied)
    assert "--user-agent" in str(keyless)
    opencage = ServiceFailures(
        service="opencage",
        url="https://api.opencagedata.com",
        timeout=2.0,
        max_attempts=3,
        client_class=OpenCage,
    )
    keyed = opencage.failure(denied, "X", attempt=1)
    assert "check the credentials in BORDERMAP_OPENCAGE_API_KEY" in str(keyed)


def test_rate_limited_says_how_long_the_service_asked_to_wait():
    assert "asks to wait 90 s" in str(NOMINATIM.rate_limited("X", 1, 90.0))
    assert "asks to wait" not in str(NOMINATIM.rate_limited("X", 2, None))
    assert "after 2 attempts" in str(NOMINATIM.rate_limited("X", 2, None))
