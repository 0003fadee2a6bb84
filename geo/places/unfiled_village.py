"""A village the gazetteer files under no region, named inside a region it has no outline of.

"La cité d'Aba dans le territoire de Faradje dans la province du Haut-Uélé": the DR
Congo's provinces of 2015 have no outline in the data and are drawn as a circle of
about their size around the middle of their towns (Haut-Uélé: 227 km), and the village
table files Aba under no region at all.  Aba lies 288 km from that middle, beyond the
circle, so nothing "inside" the province was found and the province was answered for a
town the text names first.  As a district's circle (``BEYOND_THE_CIRCLE`` in
:mod:`bordermap.geo.places.resolver`), the circle is only about the unit's size: the one
settlement of the name in the unit's country that no region claims, lying within
:data:`BEYOND_THE_REGION_CIRCLE` times the radius, is the place named.  Two of the name,
or one filed under another region, may be namesakes, and the province stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from bordermap.geo.places.gazetteer import Place
from bordermap.geo.places.scope import km_between

__all__ = ["BEYOND_THE_REGION_CIRCLE", "unfiled_village_by_a_region_circle"]

#: A region drawn as a circle of about its size may reach this many times its radius
#: from the middle of its towns (a long province, its towns bunched at one end).
BEYOND_THE_REGION_CIRCLE = 1.5


def unfiled_village_by_a_region_circle(
    places: Sequence[Place],
    country: str,
    admin1_code: str,
    lat: float,
    lon: float,
    radius_km: float,
) -> Place | None:
    """The one settlement of ``places`` in ``country`` filed under no other region, near
    the circle drawn for ``admin1_code``; None otherwise.

    Parameters
    ----------
    places : sequence of Place
        The gazetteer's places of the name, anywhere.
    country : str
        The region's country.
    admin1_code : str
        The region (one the data has no outline of).
    lat, lon : float
        The middle of the circle the region is drawn as.
    radius_km : float
        The circle's radius.

    Returns
    -------
    Place or None
        The village, when it is the only settlement of the name in the country that is
        unfiled or filed under the region, and lies within
        :data:`BEYOND_THE_REGION_CIRCLE` times the radius.
    """
    own = {
        place.ident: place
        for place in places
        if place.kind == "settlement"
        and place.country == country
        and place.admin1_code in (None, "", admin1_code)
    }
    others = [
        place
        for place in places
        if place.kind == "settlement" and place.country == country and place.ident not in own
    ]
    if len(own) != 1 or others:
        return None
    village = next(iter(own.values()))
    if km_between(village.lat, village.lon, lat, lon) > BEYOND_THE_REGION_CIRCLE * radius_km:
        return None
    return village
