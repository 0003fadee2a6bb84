"""How a geocoder chain is configured: from CLI options or a recipe's ``[geocoder]``.

:class:`GeocoderSettings` holds every choice (which online service, where, how
politely, which cache, which order); :func:`settings_from_mapping` reads it from a
recipe table and :func:`build_chain` turns it into a
:class:`~bordermap.geo.online.chain.GeocoderChain`.  The default chain needs no network:
cache → offline gazetteer, with an online geocoder only when one is named.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bordermap.geo.errors import GeocoderConfigError, RecipeError
from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.chain import DEFAULT_ORDER, CachedAnswers, GeocoderChain
from bordermap.geo.online.gazetteer_link import GazetteerLink
from bordermap.geo.online.settings import DEFAULT_TIMEOUT, LINK_NAMES, MAX_SECONDS, RetryPolicy


@dataclass(frozen=True)
class GeocoderSettings:
    """Every choice that shapes a geocoder chain.

    Attributes
    ----------
    service : str or None
        geopy name of the online geocoder (``"nominatim"``); None for none.
    url : str or None
        Scheme and domain of a self-hosted instance.
    user_agent : str or None
        Identifies you to the service; default ``$BORDERMAP_USER_AGENT``.
    offline : bool
        Forbid all network use.
    cache_path : str or None
        The cache file; None for the user cache directory.
    use_cache : bool
        False to neither read nor write the cache.
    timeout : float
        Seconds to wait for one answer.
    min_delay : float or None
        Seconds between requests; None for the service's default.
    max_attempts : int
        Requests per query at most (retries included).
    polygon : bool
        Ask for outlines instead of bounding boxes.
    language : str or None
        Preferred language of names.
    order : tuple of str
        Links in the order asked, from :data:`bordermap.geo.online.settings.LINK_NAMES`.
    """

    service: str | None = None
    url: str | None = None
    user_agent: str | None = None
    offline: bool = False
    cache_path: str | None = None
    use_cache: bool = True
    timeout: float = DEFAULT_TIMEOUT
    min_delay: float | None = None
    max_attempts: int = RetryPolicy().max_attempts
    polygon: bool = False
    language: str | None = None
    order: tuple[str, ...] = DEFAULT_ORDER

    def __post_init__(self) -> None:
        unknown = [name for name in self.order if name not in LINK_NAMES]
        if unknown or len(set(self.order)) != len(self.order) or not self.order:
            raise GeocoderConfigError(
                f"geocoder order: give each of {', '.join(LINK_NAMES)} at most once "
                f"(got {','.join(self.order)!r})"
            )
        if not _seconds(self.timeout) or self.timeout == 0:
            raise GeocoderConfigError(
                f"timeout must be a number of seconds above 0 and at most {MAX_SECONDS:g} "
                f"(got {self.timeout!r})"
            )
        if self.min_delay is not None and not _seconds(self.min_delay):
            # NaN would slip past every comparison, the public service's floor included.
            raise GeocoderConfigError(
                f"min_delay must be a number of seconds from 0 to {MAX_SECONDS:g} "
                f"(got {self.min_delay!r})"
            )
        if self.max_attempts < 1:
            raise GeocoderConfigError(f"max_attempts must be >= 1 (got {self.max_attempts!r})")


def _seconds(value: float) -> bool:
    """Whether ``value`` is a usable number of seconds: finite, 0 to MAX_SECONDS."""
    return math.isfinite(value) and 0 <= value <= MAX_SECONDS


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "service": (str,),
    "url": (str,),
    "user_agent": (str,),
    "offline": (bool,),
    "cache_path": (str,),
    "use_cache": (bool,),
    "timeout": (int, float),
    "min_delay": (int, float),
    "max_attempts": (int,),
    "polygon": (bool,),
    "language": (str,),
    "order": (list, tuple),
}


def settings_from_mapping(table: Mapping[str, Any], *, where: str) -> GeocoderSettings:
    """Read a recipe's ``[geocoder]`` table.

    Keys are the attribute names of :class:`GeocoderSettings`, plus ``geocoder``
    as another name for ``service`` and ``cache`` for ``cache_path``.  Credentials
    never go in a recipe: they come from environment variables.

    Parameters
    ----------
    table : mapping
        The parsed table.
    where : str
        Where it came from, for messages (``"maps/seed.toml [geocoder]"``).

    Raises
    ------
    RecipeError
        Naming the key and the bad value.
    """
    values: dict[str, Any] = {}
    for key, value in table.items():
        name = {"geocoder": "service", "cache": "cache_path"}.get(key, key)
        if name not in _FIELD_TYPES:
            raise RecipeError(
                f"{where}: {key}: unknown key; use one of "
                f"{', '.join(sorted({*_FIELD_TYPES, 'geocoder', 'cache'}))} (got {value!r})"
            )
        types = _FIELD_TYPES[name]
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise RecipeError(
                f"{where}: {key}: expected {' or '.join(t.__name__ for t in types)} "
                f"(got {value!r})"
            )
        values[name] = tuple(value) if name == "order" else value
    try:
        return GeocoderSettings(**values)
    except GeocoderConfigError as err:
        raise RecipeError(f"{where}: {err}") from err


def build_chain(
    settings: GeocoderSettings,
    *,
    gazetteer: Any = None,
    environ: Mapping[str, str] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> GeocoderChain:
    """Assemble the chain ``settings`` describe.

    Parameters
    ----------
    settings : GeocoderSettings
        The choices.
    gazetteer : geocoder, optional
        The offline gazetteer link; built when the order names it and none is
        given: ``OfflineGeocoder()`` beside an online geocoder, else a
        :class:`~bordermap.geo.online.gazetteer_link.GazetteerLink` (which builds
        it on first use, so that offline commands never import geopy).
    environ : mapping, optional
        Where user agent and credentials are read (default ``os.environ``).
    clock, sleep : callable
        Injected into the online geocoder's pacing and retries.

    Returns
    -------
    GeocoderChain
        Holding the open :class:`GeocodeCache`, if any; close it (or use it as a
        context manager) when done.
    """
    cache = None
    if settings.use_cache and settings.service is not None:
        cache = GeocodeCache(Path(settings.cache_path) if settings.cache_path else None)
    online = None
    if settings.service is not None:
        # The online module (its providers and answer checks, ~35 ms) is imported only
        # when a service is named: ``bordermap geocode`` offline starts without it.
        from bordermap.geo.online.geocoders import OnlineGeocoder

        online = OnlineGeocoder(
            settings.service,
            user_agent=settings.user_agent,
            url=settings.url,
            timeout=settings.timeout,
            min_delay=settings.min_delay,
            retry=dataclasses.replace(RetryPolicy(), max_attempts=settings.max_attempts),
            cache=cache,
            polygon=settings.polygon,
            language=settings.language,
            allow_network=not settings.offline,
            environ=environ,
            clock=clock,
            sleep=sleep,
        )
    links: list[Any] = []
    for name in settings.order:
        if name == "gazetteer":
            if gazetteer is None and online is None:
                # The gazetteer alone: commands then ask it directly, so its geopy
                # wrapper (and geopy, 0.15-0.2 s) is built only if a link is asked.
                gazetteer = GazetteerLink()
            elif gazetteer is None:
                # Imported here: loading the gazetteer is only paid when it is used.
                from bordermap.geo.places.offline_geocoder import OfflineGeocoder

                gazetteer = OfflineGeocoder()
            links.append(gazetteer)
        elif name == "cache" and online is not None and cache is not None:
            links.append(CachedAnswers(online))
        elif name == "online" and online is not None:
            links.append(online)
    return GeocoderChain(links, offline=settings.offline, cache=cache)
