"""The map's first view holds every place as drawn, circles included."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point

from bordermap.geo import schema
from bordermap.maps.layerset import FIT_MARGIN_DEG, bbox_of, drawn_extents


def _placed(extents, radii) -> gpd.GeoDataFrame:
    frame = gpd.GeoDataFrame(
        {schema.UNCERTAINTY_KM: np.array(radii, dtype=float)},
        geometry=[e.centroid for e in extents],
        crs=schema.CRS,
    )
    frame[schema.EXTENT] = gpd.GeoSeries(extents, crs=schema.CRS)
    return frame


def test_a_unit_drawn_as_a_circle_is_held_whole_by_the_first_view():
    # Mandera county: no outline in the data, a circle of about 100 km at its middle.
    placed = _placed([Point(40.9, 3.6)], [100.0])
    west, south, east, north = bbox_of(drawn_extents(placed), FIT_MARGIN_DEG)
    assert north - 3.6 >= 100.0 / 111.0 and 3.6 - south >= 100.0 / 111.0
    assert east - 40.9 >= 100.0 / 111.0 and 40.9 - west >= 100.0 / 111.0


def test_points_and_lines_are_held_as_they_are():
    line = LineString([(26.0, 55.5), (28.0, 56.0)])
    placed = _placed([Point(27.0, 55.8), line], [np.nan, np.nan])
    extents = drawn_extents(placed)
    assert extents[0].equals(Point(27.0, 55.8)) and extents[1].equals(line)


def test_far_from_the_equator_a_circle_spans_more_degrees_of_longitude():
    # At 60° north a degree of longitude is half a degree of latitude long: a 100 km
    # circle spans about 1.8° of longitude each way, not 0.9°.
    placed = _placed([Point(30.0, 60.0)], [100.0])
    west, south, east, north = bbox_of(drawn_extents(placed), 0.0)
    assert east - 30.0 >= 2 * 100.0 / 111.0 * 0.99 and 30.0 - west >= 2 * 100.0 / 111.0 * 0.99
    assert (
        abs((north - 60.0) - 100.0 / 111.0) < 0.01 and abs((60.0 - south) - 100.0 / 111.0) < 0.01
    )


def test_circles_of_one_call_are_the_boxes_of_each_circle_alone():
    # Made in one call, each box has the very numbers of its circle worked out alone,
    # up to the poles, where the longitude's cosine is held at 0.01.
    import math

    import shapely

    from bordermap.geo.places.scope import KM_PER_DEGREE

    centres = [Point(40.9, 3.6), Point(30.0, 60.0), Point(-70.1, -54.8), Point(10.0, 89.999)]
    line = LineString([(26.0, 55.5), (28.0, 56.0)])
    radii = [100.0, 12.5, 3.0, 50.0]
    extents = drawn_extents(_placed([*centres, line, Point(1.0, 2.0)], [*radii, 5.0, 0.0]))
    for centre, km, box in zip(centres, radii, extents, strict=False):
        half_lat = km / KM_PER_DEGREE
        half_lon = half_lat / max(math.cos(math.radians(centre.y)), 0.01)
        alone = shapely.box(
            centre.x - half_lon, centre.y - half_lat, centre.x + half_lon, centre.y + half_lat
        )
        assert shapely.to_wkb(box) == shapely.to_wkb(alone)
    assert extents[4].equals(line) and extents[5].equals(Point(1.0, 2.0))
