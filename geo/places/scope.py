"""Where a place text says its place is, and small helpers shared by the resolver.

A :class:`Scope` holds what the words of the text itself require of a place ("X,
Latvia", "X in Y Oblast", "X in <town>"); the resolver narrows its lookups with it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from bordermap.geo.places.gazetteer import KINDS, Place

__all__ = [
    "ANYWHERE",
    "BEARING_TOLERANCE_DEGREES",
    "BESIDE_KM",
    "BORDERS_HELD_BY",
    "CONTAINER_TOWN_KM",
    "DIRECTION_REACH_KM",
    "EARTH_RADIUS_KM",
    "KM_PER_DEGREE",
    "POINT_ANSWERS",
    "Scope",
    "bearing_between",
    "crossing_in_region",
    "km_between",
    "near_region_outline",
    "place_countries",
    "places_text",
]

#: "X, northwest of Y": a place the text puts in a direction from a town lies this close
#: to it (and in that direction).
DIRECTION_REACH_KM = 100.0
#: Settlement-like kinds of the loaded gazetteer ("crossing" where the data has it).
SETTLEMENT_KINDS = tuple(k for k in ("settlement", "crossing") if k in KINDS) or ("settlement",)
#: "X in Y" with Y a town: X must lie this close to Y.
CONTAINER_TOWN_KM = 30.0
#: Precisions of answers drawn as a point (a crossing, a town, near a town).
POINT_ANSWERS = ("exact", "settlement", "near")
#: A place, a border or a country lies "by" or "beside" a point when this close (km).
BESIDE_KM = 50.0
#: Territories GeoNames files under their own code whose land borders the country and
#: border data hold as another country's: French Guiana's towns are "GF", its borders
#: with Brazil and Suriname are France's.
BORDERS_HELD_BY = {"GF": "FR"}
#: Kilometres in a degree, for distances measured on lon/lat geometry near a point.
KM_PER_DEGREE = 111.0
#: The Earth's mean radius (km), for great-circle distances and destinations.
EARTH_RADIUS_KM = 6371.0088
#: A crossing stands on its border line, which the generalised outlines draw up to a few
#: km off: a crossing of a region's country this close to the region's outline is in it.
#: The crossings table admits rows within 10 km of the drawn line, so the same bound
#: (Nadapal, South Sudan's post at the Ilemi edge, lies 9 km outside Eastern Equatoria's
#: generalised outline).
CROSSING_IN_REGION_KM = 10.0


def km_between(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance in km (haversine: ample for "is it the same place")."""
    lat1, lat2 = math.radians(a_lat), math.radians(b_lat)
    dlat, dlon = lat2 - lat1, math.radians(b_lon - a_lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


#: How far the stated distance may be off the measured one: reports give rounded figures
#: and road distances, which run longer than the straight line.
_SLACK_KM = 15.0
_SLACK_SHARE = 0.5


def consistent_with_stated(stated_km: float, measured_km: float) -> bool:
    """Whether a straight-line distance can be the one a report states (a road distance
    is at least the straight line, at most about three times it on border roads).

    Parameters
    ----------
    stated_km : float
        The distance the text states.
    measured_km : float
        The straight-line distance between the two places found.

    Returns
    -------
    bool
    """
    slack = max(_SLACK_KM, _SLACK_SHARE * stated_km)
    return stated_km / 3.0 - slack <= measured_km <= stated_km + slack


def bearing_between(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Initial compass bearing (degrees, 0 = north) from the first point to the second."""
    lat1, lat2 = math.radians(a_lat), math.radians(b_lat)
    dlon = math.radians(b_lon - a_lon)
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return math.degrees(math.atan2(x, y)) % 360.0


#: How far a place's bearing from the anchor may stray from the compass word the text
#: gives ("X, northwest of Y"): to the next points on either side, short of them.
BEARING_TOLERANCE_DEGREES = 67.5


def place_countries(place: Place) -> tuple[str, ...]:
    """The countries a place lies in: both sides for a crossing, else its country."""
    return tuple(getattr(place, "countries", ()) or ()) or (place.country,)


def crossing_in_region(place: Place, code: str) -> bool:
    """Whether a crossing lies in the admin-1 region ``code`` of one of its two countries.

    A crossing is filed under no region ("the Upper Lars checkpoint in North Ossetia"):
    it is in a region of one of the countries it joins when its point lies inside the
    region's outline or within :data:`CROSSING_IN_REGION_KM` of it.
    """
    if code.split("-")[0] not in place_countries(place):
        return False
    return near_region_outline(place.lat, place.lon, code)


def near_region_outline(
    lat: float, lon: float, code: str, within_km: float = CROSSING_IN_REGION_KM
) -> bool:
    """Whether the point lies inside the outline of the admin-1 region ``code`` or within
    ``within_km`` of it (a crossing on the border is on the outline's simplified edge).

    Parameters
    ----------
    lat, lon : float
        The point, in degrees.
    code : str
        An ISO 3166-2 code; a region without a shipped outline holds nothing.
    within_km : float, optional
        How far outside the outline still counts.

    Returns
    -------
    bool
    """
    from shapely.geometry import Point

    from bordermap.geo.borders.extents import region_extent
    from bordermap.geo.errors import GeometryDataError

    try:
        outline = region_extent(code)
    except GeometryDataError:
        return False
    # Degrees of longitude shrink with latitude; measured as latitude's, the distance
    # is at most this long, so the test errs towards refusing.
    return outline.distance(Point(lon, lat)) * KM_PER_DEGREE <= within_km


def places_text(places: Sequence[Place], limit: int = 5) -> str:
    """Places as "Name (CC, CC-XX, kind)", the first ``limit`` of them."""
    shown = "; ".join(
        f"{p.name} ({p.country}{', ' + p.admin1_code if p.admin1_code else ''}, {p.kind})"
        for p in places[:limit]
    )
    more = len(places) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class Scope:
    """Where the text itself says the place is ("X, Latvia", "X in Y Oblast").

    Attributes
    ----------
    countries : tuple of str
        The place must lie in one of these (replaces the event's hint when set).
    admin1 : str or None
        ... and in this admin-1 region.
    anchor : tuple of float or None
        ... and within ``reach_km`` of this (lat, lon).
    reach_km : float
        :data:`CONTAINER_TOWN_KM` for a town; the radius of a unit drawn as a circle
        ("X in Mandera" with Mandera the county the outlines lack).
    bearing : float or None
        ... and in this compass direction from the anchor, within
        :data:`BEARING_TOLERANCE_DEGREES` ("X, northwest of Y").
    crossings_at_edge : bool
        A crossing of the country of ``admin1`` at the region's edge is in it
        (:func:`crossing_in_region`): for texts that call the place a crossing.
    """

    countries: tuple[str, ...] = ()
    admin1: str | None = None
    anchor: tuple[float, float] | None = None
    reach_km: float = CONTAINER_TOWN_KM
    bearing: float | None = None
    crossings_at_edge: bool = False

    def admits(self, place: Place) -> bool:
        """Whether ``place`` may be the place this scope describes."""
        if self.countries and not set(place_countries(place)) & set(self.countries):
            return False
        if self.admin1 and place.admin1_code != self.admin1:
            at_edge = self.crossings_at_edge and place.kind == "crossing"
            if not (at_edge and crossing_in_region(place, self.admin1)):
                return False
        if self.anchor is not None:
            if km_between(place.lat, place.lon, *self.anchor) > self.reach_km:
                return False
            if self.bearing is not None:
                off = bearing_between(*self.anchor, place.lat, place.lon) - self.bearing
                return abs((off + 180.0) % 360.0 - 180.0) <= BEARING_TOLERANCE_DEGREES
        return True


#: No requirement: the place may be anywhere the hints allow.
ANYWHERE = Scope()
