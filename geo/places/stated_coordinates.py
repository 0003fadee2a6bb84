"""Coordinates a place phrase states outright: "tại tọa độ 09° 48'N-103°19'E".

Coast guards and border guards give the spot of a seizure at sea by its latitude and
longitude, in degrees and minutes with the hemisphere's letter; no name of the
gazetteer says more.  The spot is answered as the point it is (precision ``exact``),
in the country whose outline holds it, else at sea on the side of the event's country
when its coast lies within an exclusive economic zone's reach of it; a spot farther
from every country of the event is unresolved, with the reason.
"""

from __future__ import annotations

import re

from shapely.geometry import Point

from bordermap.geo.places.result import PlaceResult

__all__ = ["EEZ_KM", "coordinates_stated", "stated_point"]

#: An exclusive economic zone reaches 200 nautical miles off a coast (UNCLOS, article
#: 57): a spot at sea this close to the event's country is in its waters.
EEZ_KM = 200 * 1.852
# One coordinate: degrees, then minutes and seconds if given, then the hemisphere's
# letter ("09° 48'N", "103°19'E", "9°48′30″ N", "9.8° N").
_ONE = (
    r"(?P<deg{i}>\d{{1,3}}(?:[.,]\d+)?)\s*°\s*"
    r"(?:(?P<min{i}>\d{{1,2}}(?:[.,]\d+)?)\s*['′’]\s*"
    r"(?:(?P<sec{i}>\d{{1,2}}(?:[.,]\d+)?)\s*(?:[\"″”]|['′’]{{2}})\s*)?)?"
    r"(?P<hemi{i}>[NSEW])\b"
)
# Latitude then longitude, apart by a space, a comma, a slash or a dash.
_PAIR = re.compile(_ONE.format(i=1) + r"\s*[,;/\-–—]?\s*" + _ONE.format(i=2))


def _degrees(match: re.Match[str], i: int) -> float | None:
    """The signed decimal degrees of coordinate ``i`` of a match; None if out of range."""
    parts = [match[f"{part}{i}"] for part in ("deg", "min", "sec")]
    deg, minutes, seconds = (float(p.replace(",", ".")) if p else 0.0 for p in parts)
    if minutes >= 60 or seconds >= 60:
        return None
    value = deg + minutes / 60 + seconds / 3600
    return -value if match[f"hemi{i}"] in "SW" else value


def coordinates_stated(text: str) -> tuple[float, float] | None:
    """The latitude and longitude a text states in degrees with hemisphere letters.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    tuple of float or None
        ``(lat, lon)``; None when the text states no such pair, or states it out of
        range (a latitude past 90°, a longitude past 180°, minutes past 59).
    """
    match = _PAIR.search(text)
    if match is None:
        return None
    if match["hemi1"] not in "NS" or match["hemi2"] not in "EW":
        return None
    lat, lon = _degrees(match, 1), _degrees(match, 2)
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    return lat, lon


def stated_point(query: str, hint: tuple[str, ...]) -> PlaceResult | None:
    """The point a phrase states by its coordinates, in the country the module's
    docstring says; None when the phrase states none.

    Parameters
    ----------
    query : str
        The place phrase.
    hint : tuple of str
        The event's countries (ISO alpha-2), possibly empty.

    Returns
    -------
    PlaceResult or None
    """
    stated = coordinates_stated(query)
    if stated is None:
        return None
    # Imported here: the resolver's module loads the grammar and the outlines.
    from bordermap.geo.places.resolver import _outlines_holding, circle_reaches

    lat, lon = stated
    holding = _outlines_holding(Point(lon, lat))
    written = f"{lat:.5f}, {lon:.5f}"
    if hint and holding and not set(holding) & set(hint):
        return PlaceResult(
            query,
            "unresolved",
            note=f"the coordinates stated ({written}) lie in {', '.join(holding)}, "
            f"not the event's country {', '.join(hint)}",
        )
    if holding:
        country = next((code for code in holding if code in hint), holding[0])
        note = f"the coordinates the text states, in {country}"
    else:
        near = [code for code in hint if circle_reaches((code,), lat, lon, EEZ_KM)]
        if hint and not near:
            return PlaceResult(
                query,
                "unresolved",
                note=f"the coordinates stated ({written}) lie at sea beyond 200 nautical "
                f"miles of the event's country {', '.join(hint)}",
            )
        country = near[0] if len(near) == 1 else None
        side = f", counted on the side of the event's country {country}" if country else ""
        note = f"the coordinates the text states, at sea{side}"
    return PlaceResult(
        query,
        "resolved",
        name=written,
        country=country,
        lat=lat,
        lon=lon,
        precision="exact",
        geometry=Point(lon, lat),
        note=note,
    )
