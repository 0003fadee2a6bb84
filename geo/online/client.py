"""Choosing and configuring the geopy client of an online geocoder.

Everything here happens once, when a geocoder is made, and fails with
:class:`~bordermap.geo.errors.GeocoderConfigError` naming the option to fix: an
unknown service, a missing or sample user agent, a missing credential, a server
URL the service cannot take, a pace faster than the service's policy.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Mapping
from urllib.parse import urlsplit

import geopy.exc
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import _DEFAULT_USER_AGENT

from bordermap.geo.errors import GeocoderConfigError
from bordermap.geo.online.settings import (
    CREDENTIAL_ARGUMENTS,
    DEFAULT_MIN_DELAY,
    POLICY_MIN_DELAY,
    USER_AGENT_ENV,
    credential_variable,
)

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


def client_class_for(service: str, *, asked: str) -> type:
    """Return geopy's geocoder class for ``service`` (``asked`` is the name as given).

    Raises
    ------
    GeocoderConfigError
        When geopy has no geocoder of that name.
    """
    try:
        return get_geocoder_for_service(service)
    except geopy.exc.GeocoderNotFound as err:
        raise GeocoderConfigError(
            f"--geocoder: geopy has no geocoder named {asked!r}; use one of "
            "nominatim, photon, arcgis, opencage, ... (see geopy's documentation)"
        ) from err


def identifying_user_agent(
    service: str, user_agent: str | None, *, environ: Mapping[str, str], allow_network: bool
) -> str:
    """Return the user agent sent to ``service``: given, or from the environment.

    Raises
    ------
    GeocoderConfigError
        For a missing user agent, or a sample one that identifies nobody, unless
        no request will be sent.
    """
    user_agent = (user_agent or environ.get(USER_AGENT_ENV, "")).strip()
    if not user_agent and not allow_network:
        user_agent = "bordermap (offline: never sent)"  # only the cache is read
    if not user_agent or user_agent.casefold() in _SAMPLE_USER_AGENTS:
        raise GeocoderConfigError(
            f"{service}: a user agent that identifies you is required; pass "
            f"--user-agent or set {USER_AGENT_ENV}, e.g. "
            "'bordermap/0.1 (you@example.org)'"
        )
    return user_agent


def client_arguments(
    service: str, client_class: type, *, environ: Mapping[str, str], url: str | None
) -> dict:
    """Return the credentials (from ``environ``) and server of a geopy client.

    Raises
    ------
    GeocoderConfigError
        For a credential the service requires and the environment lacks, or a
        ``url`` for a service that cannot be pointed at another server.
    """
    params = inspect.signature(client_class.__init__).parameters
    args: dict[str, str] = {}
    for name in CREDENTIAL_ARGUMENTS:
        if name not in params:
            continue
        variable = credential_variable(service, name)
        if environ.get(variable):
            args[name] = environ[variable]
        elif params[name].default is inspect.Parameter.empty:
            raise GeocoderConfigError(
                f"{service}: needs {name}; set the environment variable {variable}"
            )
    if url is not None:
        if "domain" not in params:
            raise GeocoderConfigError(
                f"--geocoder-url: {service} cannot be pointed at another server (got {url!r})"
            )
        args["scheme"], args["domain"] = parse_geocoder_url(url)
    return args


def checked_min_delay(min_delay: float | None, *, service: str, domain: str) -> float:
    """Return the seconds between two requests, no faster than the server's policy.

    Raises
    ------
    GeocoderConfigError
        For a pace that is not a number of seconds, 0 or more, or that is faster
        than the public service allows (:data:`POLICY_MIN_DELAY`).
    """
    floor = POLICY_MIN_DELAY.get((service, domain), 0.0)
    seconds = DEFAULT_MIN_DELAY if min_delay is None else float(min_delay)
    if not math.isfinite(seconds) or seconds < 0:
        # NaN would pass the comparison with the policy's floor below.
        raise GeocoderConfigError(
            f"--min-delay: expected a number of seconds, 0 or more (got {min_delay!r})"
        )
    if seconds < floor:
        raise GeocoderConfigError(
            f"--min-delay: {domain} allows at most one request every {floor:g} s "
            f"(got {seconds:g}); use a self-hosted instance to go faster"
        )
    return seconds
