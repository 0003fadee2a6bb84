"""What an online geocoder's answer must hold before bordermap reads, keeps or replays it.

A geocoder is a service on the network: misconfigured, broken, behind a proxy that
rewrites answers, or hostile.  Its answer is checked twice:

- :func:`check_response_body`, on the JSON body as it arrives and before geopy
  reads it (geopy would otherwise fail with a bare ``ValueError`` on a latitude
  of 95, or quietly turn a longitude of 200 into -160);
- :func:`check_stored_item`, on each result as bordermap stores it, before it is
  cached and every time it is replayed from the cache (a row of a cache file is
  no more trusted than the network).

Coordinates must be finite numbers on the globe; a bounding box four of them with
south not above north and west not east of east; names, addresses and kinds must
be text.  A value that fails raises
:class:`~bordermap.geo.errors.GeocoderAnswerInvalid` naming the result, the field
and the value.  Nothing is repaired or guessed.

Text stays text: a name such as ``Q{{ 6*7 }}Q`` or ``<script>`` passes unchanged,
to be escaped wherever it is shown.  Only text that no file can hold (an unpaired
UTF-16 surrogate, which JSON's ``\\ud800`` escape can carry) is refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import shapely.errors
from shapely.geometry import shape

from bordermap.geo.errors import GeocoderAnswerInvalid

#: Services that answer in Nominatim's ``format=json`` shape.
NOMINATIM_LIKE: frozenset[str] = frozenset({"nominatim", "openmapquest", "pickpoint"})

#: Text fields of a Nominatim record (each may also be absent or null).
_NOMINATIM_TEXT = ("name", "addresstype", "type", "class", "category")

#: Text fields of a Photon feature's properties: geopy joins the first ones into
#: the address; bordermap reads the rest.
_PHOTON_TEXT = (
    "name",
    "housenumber",
    "street",
    "postcode",
    "city",
    "state",
    "country",
    "countrycode",
    "type",
    "osm_key",
    "osm_value",
)

# A number as JSON writes it, also when a service sends it as text ("55.87"):
# no "nan", "inf", "1_0", spaces or trailing letters.
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

_SURROGATE = re.compile("[\ud800-\udfff]")

#: Longest rendering of a bad value in a message.
_SHOWN_CHARS = 80


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."


def _bad(where: str, field: str, reason: str, value: object) -> GeocoderAnswerInvalid:
    place = ": ".join(part for part in (where, field) if part)
    return GeocoderAnswerInvalid(f"{place}: {reason} (got {_show(value)})")


def _degrees(value: object, where: str, field: str, limit: float) -> float:
    """Return ``value`` (a number, or a number as text) as degrees within ±``limit``."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _bad(where, field, "expected a number of degrees", value)
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value):
        raise _bad(where, field, "expected a number of degrees, not this text", value)
    number = float(value)
    if not math.isfinite(number):
        raise _bad(where, field, "expected a finite number of degrees", value)
    if abs(number) > limit:
        raise _bad(where, field, f"outside -{limit:g}..{limit:g} degrees", value)
    return number


def _score(value: object, where: str, field: str) -> None:
    """A relevance score: absent, or a finite number (possibly as text)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _bad(where, field, "expected a number", value)
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value):
        raise _bad(where, field, "expected a number, not this text", value)
    if not math.isfinite(float(value)):
        raise _bad(where, field, "expected a finite number", value)


def _text_or_none(record: Mapping[str, Any], fields: tuple[str, ...], where: str) -> None:
    for field in fields:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise _bad(where, field, "expected text", value)


def _check_text(value: Any, path: str) -> None:
    """Refuse text no file can hold, anywhere in ``value`` (keys included).

    Iterative, so an answer nested as deeply as JSON allows cannot exhaust the stack.
    """
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise _bad(where, "", "text with an unpaired UTF-16 surrogate", item)
        elif isinstance(item, Mapping):
            for key, child in item.items():
                if isinstance(key, str) and _SURROGATE.search(key):
                    raise _bad(where, "", "a key with an unpaired UTF-16 surrogate", key)
                stack.append((f"{where}.{key}" if where else str(key), child))
        elif isinstance(item, list | tuple):
            stack.extend((f"{where}[{i}]", child) for i, child in enumerate(item))


def _check_outline(value: object, where: str, field: str) -> None:
    """A GeoJSON geometry that shapely reads, not empty, with finite coordinates on the globe."""
    if not isinstance(value, Mapping):
        raise _bad(where, field, "expected a GeoJSON geometry object", value)
    try:
        geometry = shape(value)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        raise _bad(where, field, f"not a GeoJSON geometry ({err})", value) from err
    except shapely.errors.ShapelyError as err:
        raise _bad(where, field, f"not a GeoJSON geometry ({err})", value) from err
    if geometry.is_empty:
        raise _bad(where, field, "an empty geometry", value)
    west, south, east, north = geometry.bounds
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise _bad(where, field, "coordinates that are not finite numbers", value)
    if max(abs(south), abs(north)) > 90 or max(abs(west), abs(east)) > 180:
        raise _bad(where, field, "coordinates outside -180..180, -90..90 degrees", value)


def _check_box(
    south: float, north: float, west: float, east: float, where: str, field: str, box: object
) -> None:
    if south > north:
        raise _bad(where, field, "south edge above the north edge", box)
    if west > east:
        raise _bad(where, field, "west edge east of the east edge", box)


# --- Nominatim ----------------------------------------------------------------------


def check_nominatim_record(record: object, where: str) -> None:
    """Check one result of a Nominatim-shaped service (``format=json``).

    Parameters
    ----------
    record : object
        The result as the service sent it.
    where : str
        How messages name it (``"result 2"``).

    Raises
    ------
    GeocoderAnswerInvalid
        Naming the field and the value.
    """
    if not isinstance(record, Mapping):
        raise _bad(where, "", "expected a result object", record)
    _degrees(record.get("lat"), where, "lat", 90)
    _degrees(record.get("lon"), where, "lon", 180)
    label = record.get("display_name")
    if not isinstance(label, str) or not label.strip():
        raise _bad(where, "display_name", "expected the place's name and address as text", label)
    _text_or_none(record, _NOMINATIM_TEXT, where)
    if "address" in record:
        address = record["address"]
        if not isinstance(address, Mapping):
            raise _bad(where, "address", "expected an object of address parts", address)
        for part, value in address.items():
            if not isinstance(value, str):
                raise _bad(where, f"address.{part}", "expected text", value)
    if "boundingbox" in record:
        box = record["boundingbox"]
        if not isinstance(box, list) or len(box) != 4:
            raise _bad(where, "boundingbox", "expected [south, north, west, east]", box)
        south, north = (_degrees(box[i], where, f"boundingbox[{i}]", 90) for i in (0, 1))
        west, east = (_degrees(box[i], where, f"boundingbox[{i}]", 180) for i in (2, 3))
        _check_box(south, north, west, east, where, "boundingbox", box)
    _score(record.get("importance"), where, "importance")
    if record.get("geojson") is not None:
        _check_outline(record["geojson"], where, "geojson")


def _check_nominatim_body(body: object) -> None:
    if isinstance(body, list):
        for position, record in enumerate(body, start=1):
            check_nominatim_record(record, f"result {position}")
    elif isinstance(body, Mapping):
        if "error" in body:
            return  # geopy reads it: "nothing found" or a rejected query
        check_nominatim_record(body, "result 1")  # /reverse answers one object
    else:
        raise _bad("", "body", "expected a list of results or one result object", body)


# --- Photon and ArcGIS ----------------------------------------------------------------


def check_photon_feature(feature: object, where: str) -> None:
    """Check one GeoJSON feature of a Photon answer; arguments as for Nominatim."""
    if not isinstance(feature, Mapping):
        raise _bad(where, "", "expected a GeoJSON feature", feature)
    geometry = feature.get("geometry")
    coordinates = geometry.get("coordinates") if isinstance(geometry, Mapping) else None
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        raise _bad(where, "geometry", "expected a point [lon, lat]", geometry)
    _degrees(coordinates[0], where, "geometry.coordinates[0]", 180)
    _degrees(coordinates[1], where, "geometry.coordinates[1]", 90)
    props = feature.get("properties")
    if not isinstance(props, Mapping):
        raise _bad(where, "properties", "expected an object", props)
    _text_or_none(props, _PHOTON_TEXT, f"{where}: properties")
    if props.get("extent") is not None:
        extent = props["extent"]
        if not isinstance(extent, list) or len(extent) != 4:
            raise _bad(where, "properties.extent", "expected [west, north, east, south]", extent)
        field = "properties.extent"
        west, east = (_degrees(extent[i], where, f"{field}[{i}]", 180) for i in (0, 2))
        north, south = (_degrees(extent[i], where, f"{field}[{i}]", 90) for i in (1, 3))
        _check_box(south, north, west, east, where, field, extent)


def _check_photon_body(body: object) -> None:
    features = body.get("features") if isinstance(body, Mapping) else None
    if not isinstance(features, list):
        raise _bad("", "body", "expected an object with a list of features", body)
    for position, feature in enumerate(features, start=1):
        check_photon_feature(feature, f"result {position}")


def check_arcgis_record(record: object, where: str) -> None:
    """Check one ArcGIS candidate as geopy keeps it; arguments as for Nominatim."""
    if not isinstance(record, Mapping):
        raise _bad(where, "", "expected a result object", record)
    attributes = record.get("attributes")
    if attributes is not None:
        if not isinstance(attributes, Mapping):
            raise _bad(where, "attributes", "expected an object", attributes)
        _text_or_none(attributes, ("Addr_type", "Type"), f"{where}: attributes")
    _score(record.get("score"), where, "score")
    extent = record.get("extent")
    if extent is not None:
        if not isinstance(extent, Mapping):
            raise _bad(where, "extent", "expected an object", extent)
        if {"xmin", "ymin", "xmax", "ymax"} <= set(extent):
            west, east = (_degrees(extent[k], where, f"extent.{k}", 180) for k in ("xmin", "xmax"))
            south, north = (
                _degrees(extent[k], where, f"extent.{k}", 90) for k in ("ymin", "ymax")
            )
            _check_box(south, north, west, east, where, "extent", extent)


# --- the two checks -------------------------------------------------------------------


def check_response_body(body: Any, *, service: str) -> None:
    """Check a service's JSON body as it arrives, before geopy reads it.

    Nominatim-shaped services and Photon are checked field by field; any other
    service's results are checked by :func:`check_stored_item` once geopy has
    read them.

    Parameters
    ----------
    body : object
        The parsed JSON.
    service : str
        The geopy service name.

    Raises
    ------
    GeocoderAnswerInvalid
        Naming the result, the field and the value.
    """
    _check_text(body, "body")
    if service in NOMINATIM_LIKE:
        _check_nominatim_body(body)
    elif service == "photon":
        _check_photon_body(body)


_RAW_CHECKS = {
    **dict.fromkeys(NOMINATIM_LIKE, check_nominatim_record),
    "photon": check_photon_feature,
    "arcgis": check_arcgis_record,
}


def check_stored_item(item: Any, *, position: int, service: str) -> None:
    """Check one result as bordermap stores it: ``{"address", "lat", "lon", "raw"}``.

    Run before an answer is cached and whenever one is read back from the cache.

    Parameters
    ----------
    item : object
        The stored result.
    position : int
        1-based position in the answer, for messages.
    service : str
        The geopy service name; ``raw`` of the services bordermap maps field by
        field is checked as the service's own record.

    Raises
    ------
    GeocoderAnswerInvalid
        Naming the result, the field and the value.
    """
    where = f"result {position}"
    if not isinstance(item, Mapping):
        raise _bad(where, "", "expected a result object", item)
    _check_text(item, where)
    address = item.get("address")
    if not isinstance(address, str):
        raise _bad(where, "address", "expected text", address)
    for field, limit in (("lat", 90), ("lon", 180)):
        value = item.get(field)
        if isinstance(value, str):  # stored as numbers; text means the row was altered
            raise _bad(where, field, "expected a number of degrees, not text", value)
        _degrees(value, where, field, limit)
    if "raw" not in item:
        raise _bad(where, "raw", "missing: the service's own record", None)
    check_raw = _RAW_CHECKS.get(service)
    if check_raw is not None:
        check_raw(item["raw"], f"{where}: raw")


def check_stored_response(response: Any, *, service: str) -> None:
    """Check a whole stored answer: a list of results (empty when nothing was found).

    Raises
    ------
    GeocoderAnswerInvalid
        Naming the result, the field and the value.
    """
    if not isinstance(response, list):
        raise _bad("", "answer", "expected a list of results", response)
    for position, item in enumerate(response, start=1):
        check_stored_item(item, position=position, service=service)
