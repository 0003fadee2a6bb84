"""A place told to lie far from a town: the unit holding every spot it may be, not the town.

"umbali wa kilomita-70 kutoka mjini Mandera", "à 70 km de Kandi": the text measures the
place from a town, farther than a town's own reach.  The resolver draws it as a circle
of that radius round the town, a pin-like answer that a reader takes for the town's
surroundings.  When the part of that circle inside the event's country lies (nearly)
all in the admin-1 unit holding the town, the unit says the same thing at its honest
level: it is answered instead, coarsened, with the reason.  Otherwise the circle stays.
"""

from __future__ import annotations

from dataclasses import replace

from shapely.geometry.base import BaseGeometry

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.discs import disc_km
from bordermap.geo.places.phrases import (
    _SWAHILI_DISTANCE_FROM,
    distance_in_km,
    swahili_distance_km,
)
from bordermap.geo.places.resolver import PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.stated_distance import _MEASURED_FROM
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["holds_nearly_all", "unit_holding_a_far_circle"]

#: The share of a circle's or band's part inside the country that may fall outside the
#: unit: outlines are coarse and stated distances rounded.
_OUTSIDE_SHARE = 0.1


def holds_nearly_all(area: BaseGeometry, part: BaseGeometry) -> bool:
    """Whether ``area`` (a unit's outline or circle) holds all but
    :data:`_OUTSIDE_SHARE` of ``part`` (the part inside a country of where a place told
    to lie so far from a point may be).

    Parameters
    ----------
    area, part : shapely geometry
        Lon/lat geometries.

    Returns
    -------
    bool
    """
    return part.difference(area).area <= _OUTSIDE_SHARE * part.area


def _told_km(query: str) -> float | None:
    """The distance the text measures the place by from a town, with no bearing ("70 km
    from X", "à 45 km de X", "umbali wa kilomita-70 kutoka X"); None otherwise.

    A bearing ("40 km al sur de Cúcuta") puts the place on one side of the town: that
    reading keeps its circle.
    """
    text = " ".join(query.split())
    measured = _MEASURED_FROM.search(text)
    if measured is not None:
        return distance_in_km(measured["n"], measured["unit"])
    swahili = _SWAHILI_DISTANCE_FROM.match(text)
    return None if swahili is None else swahili_distance_km(swahili)


def _area_of(unit: PlaceResult) -> BaseGeometry | None:
    """The unit's outline, or its circle when the data draws it as one."""
    if unit.geometry is None:
        return None
    if unit.geometry.geom_type in ("Polygon", "MultiPolygon"):
        return unit.geometry
    if unit.lat is None or unit.lon is None or not unit.uncertainty_km:
        return None
    return disc_km(unit.lat, unit.lon, unit.uncertainty_km, quad_segs=64)


def unit_holding_a_far_circle(
    query: str, result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver
) -> PlaceResult:
    """``result`` unless it is a circle beyond a town's reach that one unit holds.

    Parameters
    ----------
    query : str
        The place text as written.
    result : PlaceResult
        The answer found for it.
    hint : tuple of str
        The event's countries.
    resolver : PlaceResolver
        The resolver that read it (for the unit holding the town).

    Returns
    -------
    PlaceResult
        ``result`` itself, or, when ``result`` is a "near" circle round a town of the
        event's country whose radius is the distance the text states, wider than
        :data:`NEAR_RADIUS_KM`, and the admin-1 unit holding
        the town holds all but a tenth of the circle's part inside that country, the
        unit, coarsened.
    """
    if (
        result.status != "resolved"
        or result.precision != "near"
        or not hint
        or result.country not in hint
        or result.lat is None
        or result.lon is None
        or not result.uncertainty_km
        or result.uncertainty_km <= NEAR_RADIUS_KM
    ):
        return result
    told = _told_km(query)
    if told is None or abs(told - result.uncertainty_km) > 0.5:
        # The circle is not the one the text's own distance draws ("the border area near
        # Metula" is widened by other rules): left alone.
        return result
    town = replace(result, precision="settlement", uncertainty_km=None, coarsened=False)
    note = (
        f"the text puts the place {result.uncertainty_km:g} km from {result.name}, beyond "
        f"the town's reach"
    )
    unit = resolver.admin1_unit_holding_town(
        town, f"{note}; answered the unit holding {result.name}"
    )
    if unit is None or unit.status != "resolved" or unit.country != result.country:
        return result
    area = _area_of(unit)
    if area is None:
        return result
    try:
        inside = disc_km(result.lat, result.lon, result.uncertainty_km, quad_segs=64).intersection(
            country_extent(result.country)
        )
    except GeometryDataError:
        return result
    if inside.is_empty or not holds_nearly_all(area, inside):
        resolver.log(f"the {result.uncertainty_km:g} km circle spills out of {unit.name}: kept")
        return result
    why = (
        f"{note}; the unit holding {result.name}, {unit.name} ({unit.admin1_code}), holds "
        f"the circle's part in {result.country}"
    )
    resolver.log(f"coarsened: {why}")
    return replace(unit, query=query, coarsened=True, note=why, candidates=())
