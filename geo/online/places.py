"""Online geocoder answers, mapped into bordermap's place vocabulary.

Each service describes a place its own way (Nominatim ``addresstype``/``class``/
``type``, Photon ``type``/``osm_value``, ArcGIS ``Addr_type``/``Type``); here they
become one :class:`ProviderPlace` with a precision from
:data:`bordermap.geo.schema.PRECISIONS`, an ISO country code and the extent (the
polygon when asked for, else the bounding box).  :func:`choose_place` then decides,
as the offline gazetteer does, whether the answer is resolved, ambiguous or nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geopy.location import Location
from pyproj import Geod

from bordermap.geo.online.answers import check_stored_response
from bordermap.geo.schema import NEAR_RADIUS_KM, PRECISIONS

EXACT, SETTLEMENT, NEAR, DISTRICT, REGION, COUNTRY = (
    "exact",
    "settlement",
    "near",
    "district",
    "region",
    "country",
)
if not {EXACT, SETTLEMENT, NEAR, DISTRICT, REGION, COUNTRY} <= set(PRECISIONS):  # pragma: no cover
    raise ImportError("bordermap.geo.schema.PRECISIONS lost a precision provider_places uses")

#: A rival candidate must trail the first by at least this much of the provider's
#: relevance score (Nominatim ``importance``, 0..1) for the first to count as resolved.
SCORE_MARGIN = 0.1

#: Places closer than this are one place seen twice (a town's node and its boundary).
SAME_PLACE_KM = 5.0

_GEOD = Geod(ellps="WGS84")

# Nominatim addresstype (or place type) → precision.
_NOMINATIM_TYPES: dict[str, str] = {
    "country": COUNTRY,
    "state": REGION,
    "region": REGION,
    "province": REGION,
    "county": DISTRICT,
    "state_district": DISTRICT,
    "district": DISTRICT,
    "municipality": DISTRICT,
    "city": SETTLEMENT,
    "town": SETTLEMENT,
    "village": SETTLEMENT,
    "hamlet": SETTLEMENT,
    "isolated_dwelling": SETTLEMENT,
    "farm": SETTLEMENT,
    "locality": SETTLEMENT,
    "suburb": SETTLEMENT,
    "borough": SETTLEMENT,
    "quarter": SETTLEMENT,
    "neighbourhood": SETTLEMENT,
    "city_district": SETTLEMENT,
    "croft": SETTLEMENT,
    "house": EXACT,
    "house_number": EXACT,
    "building": EXACT,
    "amenity": EXACT,
    "shop": EXACT,
    "office": EXACT,
    "tourism": EXACT,
    "man_made": EXACT,
    "military": EXACT,
    "barrier": EXACT,
    "aeroway": EXACT,
    "railway": EXACT,
}

# Photon type → precision.
_PHOTON_TYPES: dict[str, str] = {
    "country": COUNTRY,
    "state": REGION,
    "county": DISTRICT,
    "city": SETTLEMENT,
    "district": SETTLEMENT,
    "locality": SETTLEMENT,
    "house": EXACT,
}

# ArcGIS Addr_type (and Type for localities) → precision.
_ARCGIS_TYPES: dict[str, str] = {
    "PointAddress": EXACT,
    "StreetAddress": EXACT,
    "Subaddress": EXACT,
    "POI": EXACT,
    "Country": COUNTRY,
    "State or Province": REGION,
    "County": DISTRICT,
    "City": SETTLEMENT,
    "Town": SETTLEMENT,
    "Village": SETTLEMENT,
    "Neighborhood": SETTLEMENT,
    "District": SETTLEMENT,
}


@dataclass(frozen=True)
class ProviderPlace:
    """One candidate of an online answer, in bordermap's terms.

    Attributes
    ----------
    name : str
        The place's own name ("Krāslava"), not the whole address.
    address : str
        The provider's full label.
    lat, lon : float
        The provider's representative point.
    country : str or None
        ISO 3166-1 alpha-2, upper case, when the provider says.
    admin1_code : str or None
        ISO 3166-2 of the top-most subdivision the provider names.
    precision : str
        One of :data:`bordermap.geo.schema.PRECISIONS`.
    bbox : tuple of float or None
        ``(min_lon, min_lat, max_lon, max_lat)`` of the extent.
    geometry : dict
        GeoJSON of the extent: the provider's outline when it sent one, else the
        bounding box, else the point.
    score : float or None
        The provider's relevance (0..1) when it gives one.
    provider_raw : dict
        The provider's own record, untouched.
    """

    name: str
    address: str
    lat: float
    lon: float
    country: str | None
    admin1_code: str | None
    precision: str
    bbox: tuple[float, float, float, float] | None
    geometry: dict[str, Any]
    score: float | None
    provider_raw: Any


def places_from_response(
    response: Sequence[Mapping[str, Any]], *, service: str
) -> list[ProviderPlace]:
    """Map a stored answer (a list of results) into :class:`ProviderPlace` records.

    Parameters
    ----------
    response : sequence of mapping
        Each item ``{"address", "lat", "lon", "raw"}``, ``raw`` being the
        provider's record as geopy returned it.
    service : str
        The geopy service name; picks the mapping (Nominatim, Photon and ArcGIS
        are mapped field by field, any other service by its extent alone).

    Raises
    ------
    GeocoderAnswerInvalid
        When a result holds a value bordermap cannot use (see
        :mod:`bordermap.geo.online.answers`), naming the result, field and value.
    """
    check_stored_response(response, service=service)
    mapper = _MAPPERS.get(service, _generic_place)
    return [mapper(item) for item in response]


def _nominatim_place(item: Mapping[str, Any]) -> ProviderPlace:
    raw = item["raw"]
    address = raw.get("address") or {}
    bbox = None
    if raw.get("boundingbox"):
        south, north, west, east = (float(v) for v in raw["boundingbox"])
        bbox = (west, south, east, north)
    kind = raw.get("addresstype") or raw.get("type") or ""
    precision = _NOMINATIM_TYPES.get(kind) or _NOMINATIM_TYPES.get(
        raw.get("class") or raw.get("category") or ""
    )
    # ISO 3166-2 codes come per admin level; the lowest level number is the
    # top-most subdivision (an oblast, a Latvian municipality).
    levels = sorted((k for k in address if k.startswith("ISO3166-2-lvl")), key=_admin_level)
    return _place(
        item,
        name=raw.get("name") or str(item["address"] or "").split(",")[0].strip(),
        country=(address.get("country_code") or "").upper() or None,
        admin1_code=address[levels[0]] if levels else None,
        precision=precision,
        bbox=bbox,
        outline=raw.get("geojson"),
        score=_float_or_none(raw.get("importance")),
    )


def _admin_level(key: str) -> int:
    """``"ISO3166-2-lvl4"`` → 4; a key without a plain level number sorts last."""
    level = key.removeprefix("ISO3166-2-lvl")
    return int(level) if level.isascii() and level.isdigit() and len(level) <= 2 else 99


def _photon_place(item: Mapping[str, Any]) -> ProviderPlace:
    props = item["raw"].get("properties") or {}
    bbox = None
    if props.get("extent"):
        west, north, east, south = (float(v) for v in props["extent"])
        bbox = (west, south, east, north)
    precision = _PHOTON_TYPES.get(props.get("type") or "") or _NOMINATIM_TYPES.get(
        props.get("osm_value") or ""
    )
    return _place(
        item,
        name=props.get("name") or str(item["address"] or "").split(",")[0].strip(),
        country=(props.get("countrycode") or "").upper() or None,
        admin1_code=None,
        precision=precision,
        bbox=bbox,
        outline=None,
        score=None,
    )


def _arcgis_place(item: Mapping[str, Any]) -> ProviderPlace:
    raw = item["raw"]
    attrs = raw.get("attributes") or {}
    extent = raw.get("extent") or {}
    bbox = None
    if {"xmin", "ymin", "xmax", "ymax"} <= set(extent):
        bbox = (extent["xmin"], extent["ymin"], extent["xmax"], extent["ymax"])
    precision = _ARCGIS_TYPES.get(attrs.get("Addr_type") or "") or _ARCGIS_TYPES.get(
        attrs.get("Type") or ""
    )
    score = _float_or_none(raw.get("score"))
    return _place(
        item,
        name=str(item["address"] or "").split(",")[0].strip(),
        # ArcGIS names countries by ISO alpha-3; left to the border join to fill.
        country=None,
        admin1_code=None,
        precision=precision,
        bbox=bbox,
        outline=None,
        score=score / 100 if score is not None else None,
    )


def _generic_place(item: Mapping[str, Any]) -> ProviderPlace:
    return _place(
        item,
        name=str(item["address"] or "").split(",")[0].strip(),
        country=None,
        admin1_code=None,
        precision=None,
        bbox=None,
        outline=None,
        score=None,
    )


_MAPPERS: dict[str, Callable[[Mapping[str, Any]], ProviderPlace]] = {
    "nominatim": _nominatim_place,
    "openmapquest": _nominatim_place,
    "pickpoint": _nominatim_place,
    "photon": _photon_place,
    "arcgis": _arcgis_place,
}


def _place(
    item: Mapping[str, Any],
    *,
    name: str,
    country: str | None,
    admin1_code: str | None,
    precision: str | None,
    bbox: tuple[float, float, float, float] | None,
    outline: Mapping[str, Any] | None,
    score: float | None,
) -> ProviderPlace:
    lat, lon = float(item["lat"]), float(item["lon"])
    if bbox is not None and (bbox[0] == bbox[2] or bbox[1] == bbox[3]):
        bbox = None  # a degenerate box is a point
    if precision is None:
        # No type we know: judge by size, and without even a box say only that
        # it is somewhere near the point, never more precise than we know.
        precision = _precision_from_size(bbox) if bbox else NEAR
    if outline:
        geometry = dict(outline)
    elif bbox is not None:
        west, south, east, north = bbox
        ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
        geometry = {"type": "Polygon", "coordinates": [ring]}
    else:
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    return ProviderPlace(
        name=name,
        address=str(item["address"] or name),
        lat=lat,
        lon=lon,
        country=country,
        admin1_code=admin1_code,
        precision=precision,
        bbox=bbox,
        geometry=geometry,
        score=score,
        provider_raw=item["raw"],
    )


def _precision_from_size(bbox: tuple[float, float, float, float]) -> str:
    diagonal = _km(bbox[1], bbox[0], bbox[3], bbox[2])
    for limit, precision in ((2, EXACT), (20, SETTLEMENT), (100, DISTRICT), (800, REGION)):
        if diagonal <= limit:
            return precision
    return COUNTRY


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return _GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _float_or_none(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _inside(place: ProviderPlace, bbox: tuple[float, float, float, float] | None) -> bool:
    if bbox is None:
        return False
    west, south, east, north = bbox
    return west <= place.lon <= east and south <= place.lat <= north


def _same_place(a: ProviderPlace, b: ProviderPlace) -> bool:
    return (
        _inside(a, b.bbox)
        or _inside(b, a.bbox)
        or _km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM
    )


def choose_place(
    places: Sequence[ProviderPlace],
    *,
    query: str,
    source: str,
    country: str | None = None,
    region_of_interest: tuple[float, float, float, float] | None = None,
    region_countries: Sequence[str] = (),
    fetched_at: str | None = None,
) -> Location | None:
    """Decide what an online answer says about ``query``.

    The provider's order is kept, but a candidate in the hinted ``country`` wins
    over those elsewhere, then one inside the region of interest.  The first
    remaining candidate is *resolved* unless another place of the same name (not
    the same place seen twice) competes with it and the provider's score does not
    separate them by :data:`SCORE_MARGIN`; then the answer is *ambiguous* and every
    rival is listed.  Nothing is ever guessed.

    Parameters
    ----------
    places : sequence of ProviderPlace
        The provider's candidates, best first.
    query : str
        The place as asked.
    source : str
        The geocoder's name, stored as the result's ``source``.
    country : str, optional
        ISO alpha-2 hint (the event's country).
    region_of_interest : tuple of float, optional
        ``(min_lon, min_lat, max_lon, max_lat)``.
    region_countries : sequence of str
        A region of interest given as ISO alpha-2 codes instead of a box.
    fetched_at : str, optional
        When the provider answered; kept in ``raw`` for provenance.

    Returns
    -------
    geopy.location.Location or None
        ``raw`` carries the keys of the offline gazetteer's results (``name``,
        ``country``, ``admin1_code``, ``precision``, ``geometry``,
        ``uncertainty_km``, ``source``, ``status``, ``candidates``) plus
        ``provider_raw`` and ``fetched_at``.  None when nothing was found.
    """
    pool = list(places)
    if not pool:
        return None
    if country:
        in_country = [p for p in pool if p.country == country.upper()]
        pool = in_country or pool
    if region_of_interest is not None:
        in_region = [p for p in pool if _inside(p, region_of_interest)]
        pool = in_region or pool
    if region_countries:
        wanted = {c.upper() for c in region_countries}
        pool = [p for p in pool if p.country in wanted] or pool
    best = pool[0]
    rivals: list[ProviderPlace] = []
    for other in pool[1:]:
        if _fold(other.name) != _fold(best.name) or _same_place(best, other):
            continue
        if any(_same_place(other, seen) for seen in rivals):
            continue
        rivals.append(other)
    scores = [p.score for p in [best, *rivals]]
    separated = None not in scores and all(
        best.score - s >= SCORE_MARGIN
        for s in scores[1:]  # type: ignore[operator]
    )
    status = "resolved" if not rivals or separated else "ambiguous"
    raw = {
        "name": best.name,
        "country": best.country,
        "admin1_code": best.admin1_code,
        "precision": best.precision,
        "geometry": best.geometry,
        "uncertainty_km": _uncertainty_km(best),
        "source": source,
        "status": status,
        "candidates": [_candidate(p) for p in [best, *rivals]] if status == "ambiguous" else [],
        "provider_raw": best.provider_raw,
        "fetched_at": fetched_at,
    }
    return Location(best.address, (best.lat, best.lon), raw)


def _uncertainty_km(place: ProviderPlace) -> float | None:
    """Radius of doubt around the point, as the gazetteer gives it.

    Only a place of unknown kind ("near" its point) gets one; every other place
    carries its extent in ``geometry``.
    """
    return NEAR_RADIUS_KM if place.precision == NEAR else None


def _candidate(place: ProviderPlace) -> dict[str, Any]:
    return {
        "name": place.name,
        "address": place.address,
        "country": place.country,
        "admin1_code": place.admin1_code,
        "precision": place.precision,
        "lat": place.lat,
        "lon": place.lon,
        "population": None,  # the gazetteer's key; online services do not say
        "score": place.score,
    }


def candidate_locations(location: Location) -> list[Location]:
    """Return one Location per candidate of an ambiguous answer, as the gazetteer does.

    A resolved answer gives itself alone.  Each candidate keeps the answer's ``raw``
    (status ``ambiguous`` included) with its own name, country and point.
    """
    raw = location.raw
    if raw["status"] != "ambiguous":
        return [location]
    return [
        Location(
            c["address"],
            (c["lat"], c["lon"]),
            {
                **raw,
                "name": c["name"],
                "country": c["country"],
                "admin1_code": c["admin1_code"],
                "precision": c["precision"],
                "geometry": {"type": "Point", "coordinates": [c["lon"], c["lat"]]},
            },
        )
        for c in raw["candidates"]
    ]
