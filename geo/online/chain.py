"""A chain of geopy geocoders: cache → offline gazetteer → online, in a chosen order.

Every link is a geopy-style geocoder whose results carry bordermap's ``raw``
(``status``, ``precision``, ``geometry``...).  The chain asks them in order and
stops at the first *resolved* answer; when none resolves, the first *ambiguous*
answer is reported with its candidates; else the place is unresolved (None).
Nothing is guessed.

With ``offline=True`` no link may touch the network: an online geocoder is still
consulted, but only for the answers its cache already holds.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bordermap.geo.online.cache import GeocodeCache
from bordermap.geo.online.gazetteer_link import is_gazetteer
from bordermap.geo.online.settings import LINK_NAMES
from bordermap.geo.places.result import Candidate, PlaceResult

if TYPE_CHECKING:  # the online module is imported only when a service is named
    from geopy.location import Location

    from bordermap.geo.online.geocoders import OnlineGeocoder


def _is_online(link: Any) -> bool:
    """Whether ``link`` is an :class:`OnlineGeocoder`, without importing geopy for it.

    No link can be one unless :mod:`bordermap.geo.online.geocoders` was imported to build it.
    """
    online = sys.modules.get("bordermap.geo.online.geocoders")
    return online is not None and isinstance(link, online.OnlineGeocoder)


DEFAULT_ORDER: tuple[str, ...] = LINK_NAMES

#: ``progress(done, total)``, called after each place of a batch.
ProgressCallback = Callable[[int, int], None]


class CachedAnswers:
    """The "cache" link: an online geocoder's cached answers, never the network.

    Parameters
    ----------
    online : OnlineGeocoder
        Whose cache to read; its service and parameters make the cache key.
    """

    def __init__(self, online: OnlineGeocoder) -> None:
        self.online = online

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Sequence[str] | None = None,
        region_of_interest: Any = None,
    ) -> Location | list[Location] | None:
        """Return the cached answer for ``query`` or None; see ``OnlineGeocoder.geocode``."""
        return self.online.geocode(
            query,
            exactly_one=exactly_one,
            country_codes=country_codes,
            region_of_interest=region_of_interest,
            cache_only=True,
        )


class GeocoderChain:
    """Geocode places by asking several geocoders in turn.

    Parameters
    ----------
    links : sequence
        Geocoders with a geopy ``geocode(query, *, exactly_one, country_codes)``
        method whose ``Location.raw`` carries ``status``; asked in this order.
    offline : bool
        Forbid all network use: an :class:`OnlineGeocoder` link answers only from
        its cache.
    cache : GeocodeCache, optional
        The cache the online links write to; the chain closes it in :meth:`close`.
    """

    def __init__(
        self, links: Sequence[Any], *, offline: bool = False, cache: GeocodeCache | None = None
    ) -> None:
        self.offline = offline
        self.cache = cache
        self.links: tuple[Any, ...] = tuple(
            CachedAnswers(link) if offline and _is_online(link) else link for link in links
        )
        self._accepts_region = tuple(_accepts(link, "region_of_interest") for link in self.links)

    def __enter__(self) -> GeocoderChain:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the cache, if the chain was given one."""
        if self.cache is not None:
            self.cache.close()

    @property
    def online(self) -> OnlineGeocoder | None:
        """The online geocoder of the chain (for its request counts), or None."""
        for link in self.links:
            if _is_online(link):
                return link
            if isinstance(link, CachedAnswers):
                return link.online
        return None

    @property
    def gazetteer_alone(self) -> bool:
        """Whether the chain has no online geocoder and asks the offline gazetteer.

        Commands then ask :func:`bordermap.geo.places.geocoder.geocode_place`
        directly, which keeps its near misses for places it could not resolve.
        """
        return self.online is None and any(is_gazetteer(link) for link in self.links)

    def geocode(
        self, query: str, *, country: str | None = None, region_of_interest: Any = None
    ) -> Location | None:
        """Geocode one place.

        Parameters
        ----------
        query : str
            The place as the report writes it.
        country : str, optional
            ISO alpha-2 hint (the event's country).
        region_of_interest : tuple or geometry, optional
            ``(min_lon, min_lat, max_lon, max_lat)`` or anything with ``.bounds``,
            given to the links that take it.

        Returns
        -------
        geopy.location.Location or None
            The first resolved answer, else the first ambiguous one, else None.

        Raises
        ------
        GeocodingError
            When an online link fails (network, key, quota); answers received
            before are already in the cache.
        """
        first_ambiguous = None
        for link, accepts_region in zip(self.links, self._accepts_region, strict=True):
            kwargs: dict[str, Any] = {"exactly_one": True}
            if country:
                kwargs["country_codes"] = [country]
            if accepts_region and region_of_interest is not None:
                kwargs["region_of_interest"] = region_of_interest
            location = link.geocode(query, **kwargs)
            if location is None:
                continue
            status = location.raw.get("status")
            if status == "resolved":
                return location
            if status == "ambiguous" and first_ambiguous is None:
                first_ambiguous = location
        return first_ambiguous

    def lookup(
        self, query: str, *, country: str | None = None, region_of_interest: Any = None
    ) -> PlaceResult:
        """Geocode one place and return it as a :class:`PlaceResult`.

        The form :func:`bordermap.geo.resolve.resolve_events` and ``bordermap
        geocode`` take as ``lookup``; arguments as in :meth:`geocode`.
        """
        location = self.geocode(query, country=country, region_of_interest=region_of_interest)
        return place_result(location, query=query)

    def geocode_batch(
        self,
        places: Iterable[str | tuple[str, str | None]],
        *,
        region_of_interest: Any = None,
        progress: ProgressCallback | None = None,
    ) -> list[Location | None]:
        """Geocode many places, one at a time, each answer cached as it arrives.

        A batch that is interrupted (killed, network down) loses nothing: run it
        again and every place answered before comes from the cache without a
        request.  A place repeated in the batch is asked once.

        Parameters
        ----------
        places : iterable of str or (str, str or None)
            Queries, or ``(query, country hint)`` pairs.
        region_of_interest : tuple or geometry, optional
            As in :meth:`geocode`.
        progress : callable, optional
            ``progress(done, total)`` after each place.

        Returns
        -------
        list of Location or None
            One per input place, in input order.
        """
        items = [(p, None) if isinstance(p, str) else (p[0], p[1]) for p in places]
        answers: dict[tuple[str, str | None], Location | None] = {}
        results: list[Location | None] = []
        for done, item in enumerate(items, start=1):
            if item not in answers:
                answers[item] = self.geocode(
                    item[0], country=item[1], region_of_interest=region_of_interest
                )
            results.append(answers[item])
            if progress is not None:
                progress(done, len(items))
        return results


def _accepts(link: Any, name: str) -> bool:
    try:
        params = inspect.signature(link.geocode).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def place_result(location: Location | None, *, query: str) -> PlaceResult:
    """Turn a chain's answer (a Location with bordermap's ``raw``, or None) into a
    :class:`PlaceResult`.

    Parameters
    ----------
    location : geopy.location.Location or None
        None means unresolved.
    query : str
        The place as asked.
    """
    if location is None:
        return PlaceResult(query=query, status="unresolved")
    raw = location.raw
    return PlaceResult(
        query=query,
        status=raw["status"],
        name=raw.get("name"),
        country=raw.get("country"),
        admin1_code=raw.get("admin1_code"),
        lat=location.latitude,
        lon=location.longitude,
        precision=raw.get("precision"),
        geometry=_shape(raw["geometry"]) if raw.get("geometry") else None,
        uncertainty_km=raw.get("uncertainty_km"),
        source=raw.get("source", ""),
        candidates=tuple(
            Candidate(
                name=c["name"],
                country=c.get("country"),
                admin1_code=c.get("admin1_code"),
                lat=c["lat"],
                lon=c["lon"],
                precision=c["precision"],
                # Online services do not give populations; None, never a made-up 0.
                population=c.get("population"),
            )
            for c in raw.get("candidates", ())
        ),
        coarsened=bool(raw.get("coarsened", False)),
        note=raw.get("note") or "",
    )


def _shape(geometry: dict) -> Any:
    from shapely.geometry import shape  # shapely is loaded by then; kept local all the same

    return shape(geometry)
