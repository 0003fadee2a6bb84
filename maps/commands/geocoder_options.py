"""Geocoder options shared by ``bordermap geocode``, ``resolve`` and friends.

``add_geocoder_options(parser)`` adds ``--geocoder``, ``--geocoder-url``,
``--user-agent``, ``--offline``, ``--cache``, ``--no-cache``, ``--timeout``,
``--min-delay``, ``--max-attempts``, ``--polygon``, ``--language`` and
``--geocoder-order``; :func:`chain_from_args` turns them (over a recipe's
``[geocoder]`` table, when there is one) into a geocoder chain.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from bordermap.geo.online.settings import (
    CREDENTIAL_ARGUMENTS,
    LINK_NAMES,
    MAX_SECONDS,
    USER_AGENT_ENV,
    credential_variable,
)

if TYPE_CHECKING:
    # Imported where a chain is built, not with the options: the chain imports shapely
    # and NumPy (about 0.08 s of CPU), which ``resolve`` and ``map`` import after their
    # second process has been started (see bordermap.geo.places.side_process.warm_up).
    from bordermap.geo.online.chain import GeocoderChain
    from bordermap.geo.online.chain_settings import GeocoderSettings

#: argparse destination → GeocoderSettings attribute.
_OPTION_FIELDS: dict[str, str] = {
    "geocoder": "service",
    "geocoder_url": "url",
    "user_agent": "user_agent",
    "cache": "cache_path",
    "timeout": "timeout",
    "min_delay": "min_delay",
    "max_attempts": "max_attempts",
    "language": "language",
    "geocoder_order": "order",
}


def add_geocoder_options(parser: argparse.ArgumentParser) -> None:
    """Add the geocoding options to ``parser`` (defaults: gazetteer only, no network)."""
    group = parser.add_argument_group(
        "geocoding",
        "By default places are looked up in the offline gazetteer only. Name an online "
        "geocoder to resolve the rest; its answers are cached, so a second run (or a "
        "resumed one) sends no request twice. Credentials come from environment "
        f"variables BORDERMAP_<SERVICE>_<{'|'.join(a.upper() for a in CREDENTIAL_ARGUMENTS[:2])}"
        f"|...>, e.g. {credential_variable('opencage', 'api_key')}.",
    )
    group.add_argument(
        "--geocoder",
        metavar="NAME",
        help="online geocoder by geopy name: nominatim, photon, arcgis, opencage, ...",
    )
    group.add_argument(
        "--geocoder-url",
        metavar="URL",
        help="scheme and host of a self-hosted instance, e.g. https://nominatim.example.org",
    )
    group.add_argument(
        "--user-agent",
        metavar="TEXT",
        help=f"identifies you to the service (required online; default ${USER_AGENT_ENV})",
    )
    group.add_argument(
        "--offline",
        action="store_true",
        default=None,
        help="forbid all network use: gazetteer and cached answers only",
    )
    group.add_argument("--cache", metavar="PATH", help="cache file (default: user cache dir)")
    group.add_argument(
        "--no-cache", action="store_true", default=None, help="neither read nor write the cache"
    )
    group.add_argument(
        "--timeout", type=_timeout, metavar="SECONDS", help="wait this long for an answer (10)"
    )
    group.add_argument(
        "--min-delay",
        type=_delay,
        metavar="SECONDS",
        help="pause between requests (1; public Nominatim allows no less)",
    )
    group.add_argument(
        "--max-attempts",
        type=_attempts,
        metavar="N",
        help="requests per place at most, retries on timeouts, 429 and 5xx included (5)",
    )
    group.add_argument(
        "--polygon",
        action="store_true",
        default=None,
        help="ask for outlines of areas instead of their bounding boxes",
    )
    group.add_argument("--language", metavar="LANG", help="preferred language of names")
    group.add_argument(
        "--geocoder-order",
        type=_order,
        metavar="LIST",
        help=f"order of the chain (default {','.join(LINK_NAMES)})",
    )


def _seconds(text: str, *, above_zero: bool) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or value > MAX_SECONDS or (above_zero and not value):
        low = "above 0" if above_zero else "0 or more"
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds, {low} and at most {MAX_SECONDS:g} (got {text!r})"
        )
    return value


def _timeout(text: str) -> float:
    return _seconds(text, above_zero=True)


def _delay(text: str) -> float:
    return _seconds(text, above_zero=False)


def _attempts(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more (got {text!r})")
    return value


def _order(text: str) -> tuple[str, ...]:
    order = tuple(part.strip() for part in text.split(",") if part.strip())
    if not order or any(name not in LINK_NAMES for name in order):
        raise argparse.ArgumentTypeError(
            f"a comma-separated list of {', '.join(LINK_NAMES)} (got {text!r})"
        )
    return order


def settings_from_args(
    args: argparse.Namespace, *, base: GeocoderSettings | None = None
) -> GeocoderSettings:
    """Return ``base`` (e.g. a recipe's settings) with every option the user gave applied."""
    from bordermap.geo.online.chain_settings import GeocoderSettings

    settings = base or GeocoderSettings()
    changes = {
        field: getattr(args, dest)
        for dest, field in _OPTION_FIELDS.items()
        if getattr(args, dest, None) is not None
    }
    if getattr(args, "offline", None):
        changes["offline"] = True
    if getattr(args, "no_cache", None):
        changes["use_cache"] = False
    if getattr(args, "polygon", None):
        changes["polygon"] = True
    return dataclasses.replace(settings, **changes)


def chain_from_args(
    args: argparse.Namespace, *, base: GeocoderSettings | None = None
) -> GeocoderChain:
    """Build the geocoder chain the options (over ``base``) describe; close it when done."""
    from bordermap.geo.online.chain_settings import build_chain

    return build_chain(settings_from_args(args, base=base))


def place_lookup(chain: GeocoderChain) -> Callable:
    """Return the ``lookup(query, *, country, region_of_interest)`` commands pass on.

    Without an online geocoder the gazetteer is asked directly, which keeps its
    near misses for places it could not resolve; it is imported only if a place
    needs looking up.
    """
    from bordermap.geo.places import geocode_place_when_asked

    if chain.gazetteer_alone:
        return geocode_place_when_asked
    return chain.lookup


def report_usage(chain: GeocoderChain, *, quiet: bool) -> None:
    """Say on stderr how many requests went out and how many answers were cached."""
    online = chain.online
    if online is None or quiet:
        return
    print(
        f"{online.service}: {online.requests} request(s) sent, {online.cache_hits} "
        "answer(s) from the cache",
        file=sys.stderr,
    )
