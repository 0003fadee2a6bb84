"""Border-aware spatial join: country, admin-1 region and nearest land border of points.

Everything is vectorised over the events: point-in-polygon and nearest-neighbour
searches use shapely 2 STRtrees, distances are computed with ``pyproj.Geod`` on whole
arrays.  Python loops run only over the few countries and border lines involved.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from pyproj import CRS as ProjCRS
from pyproj import Transformer

from bordermap.geo.borders import boundaries
from bordermap.geo.borders.boundaries import GEOD
from bordermap.geo.schema import ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM, COUNTRY, CRS

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["OFFSHORE_KM", "REGION_SNAP_KM", "border_columns", "country_codes", "join_borders"]

#: A point outside every country polygon (on a beach, a lake shore, just offshore) takes
#: the nearest country within this distance; farther out it stays without a country.
OFFSHORE_KM = 5.0
#: Regions were quantised apart from the country outlines, so a point just inside a
#: country can fall just outside all of its regions; it takes the nearest region of
#: its own country within this distance (Russian regions are coarse: ~2 km east-west).
REGION_SNAP_KM = 5.0
#: Border lines are cut into pieces of at most this many vertices so the nearest-line
#: search measures short pieces instead of whole borders.
CHUNK_VERTICES = 16
#: Candidate border pieces within this factor of the nearest projected distance are
#: measured geodesically too, so projection distortion cannot pick the wrong border.
NEAREST_SLACK = 1.10
#: Country polygons are cut to the events' extent plus this margin (degrees) first:
#: point-in-polygon and distance tests on all of Russia would be needlessly slow.
WINDOW_MARGIN_DEG = 1.0
#: Border pieces within this margin (degrees) of the events are searched first.
SEARCH_MARGIN_DEG = 3.0
_KM_PER_DEG = 111.32
#: A degree of latitude is at most this long (at the poles), one of longitude shorter.
MAX_KM_PER_DEG = 111.7
#: Events at sea farther than this from the border vertex that bounds their search are
#: measured against every land border of the world, one by one (open ocean only).
SEA_BOUND_KM = 1500.0
#: Within SEA_BOUND_KM plus a segment, the azimuthal projection of an event stretches
#: lengths across its radii by less than this (3 % on the sphere at 2,600 km).
SEA_STRETCH = 1.05
#: Above this margin (segments longer than ~200 km) the bound above no longer holds.
MAX_SEA_MARGIN_KM = 100.0
#: Points measured together from this many up find their nearest vertex's distance
#: bounded through squares of REACH_CELL_M (see ``_vertex_reach``); fewer, one by one.
REACH_CELLS_FROM = 2_000
REACH_CELL_M = 2_000.0
POLAR_RADIUS_KM = 6356.75
MIN_KM_PER_DEG_LAT = 110.57  # at the equator; a degree of latitude is longer elsewhere


def join_borders(
    events: gpd.GeoDataFrame, *, borders: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """Add the country, admin-1 region and nearest land border of every event.

    Parameters
    ----------
    events : GeoDataFrame
        Events whose geometry is a point (the representative point of the place) in
        EPSG:4326; other geometries are reduced to a point on their surface.  Rows
        without a geometry get empty results.  Not modified.
    borders : GeoDataFrame, optional
        Candidate borders with columns ``border`` and ``geometry``, as returned by
        :func:`bordermap.geo.borders.boundaries.border_lines`.  By default every land border
        touching the countries the events lie in or their neighbours.

    Returns
    -------
    GeoDataFrame
        A copy of ``events`` with the columns ``country_code`` (ISO alpha-2 of the
        country the point lies in, or of the nearest one within ``OFFSHORE_KM``; ``""``
        otherwise), ``admin1`` and ``admin1_code`` (region name and ISO 3166-2 code, ``""``
        where the region data does not cover the country), ``border`` (nearest land border
        as a sorted pair such as ``"BY-LV"``, ``""`` when there is none) and ``border_km``
        (geodesic distance in km to that border line, NaN when there is none).  The side
        of the border an event lies on is its ``country_code``.
    """
    # A shallow copy: setting whole columns never writes into the events' own arrays.
    result = events.copy(deep=False)
    for name, values in border_columns(_points(result), borders=borders).items():
        result[name] = values
    return result


#: Share of the distinct points whose nearest borders a second process may measure:
#: the countries with the most points first, as long as they stay within it.  That
#: process also finds the countries again; this one meanwhile finds the regions and
#: measures the rest.  Measured on the 100k benchmark (Belarus and Russia there, the
#: rest here), this keeps both busy about equally long.
SECOND_PROCESS_SHARE = 0.65

#: Nearest borders measured elsewhere: country code -> (border, km) of that country's
#: distinct points, in their order (:func:`nearest_borders_shared`).
SharedBorders = dict[str, tuple[np.ndarray, np.ndarray]]

#: Countries found elsewhere: the coordinates of the distinct points, ``(n, 2)``, and
#: each one's country code (:func:`countries_of_coordinates`).
SharedCountries = tuple[np.ndarray, np.ndarray]


def border_columns(
    geometries: np.ndarray,
    *,
    borders: gpd.GeoDataFrame | None = None,
    shared: Callable[[], SharedBorders | None] | None = None,
    countries: Callable[[], SharedCountries | None] | None = None,
) -> dict[str, np.ndarray]:
    """The columns :func:`join_borders` adds, for an array of geometries.

    Parameters
    ----------
    geometries : ndarray of shapely geometry or None
        In EPSG:4326; points, or other geometries reduced to a point on their surface.
    borders : GeoDataFrame, optional
        As for :func:`join_borders`.
    shared : callable, optional
        Gives :func:`nearest_borders_shared` of the same geometries' coordinates,
        computed in a second process meanwhile (or None if that failed): the nearest
        borders of the countries :func:`shared_countries` chooses are taken from it,
        the others measured here.  Each country's answers depend on its own points
        alone, so they are the same wherever measured.  Not used with ``borders``.
    countries : callable, optional
        Gives :func:`countries_of_coordinates` of the same geometries' coordinates,
        found in a second process meanwhile (or None if that failed): the countries
        of the distinct points are taken from it when its points are these, to the
        last bit, else found here.

    Returns
    -------
    dict of str to ndarray
        ``country_code``, ``admin1``, ``admin1_code``, ``border`` (object arrays of
        text, ``""`` where there is no answer) and ``border_km`` (float, NaN where
        there is none), aligned with ``geometries``.
    """
    geoms = _as_points(np.asarray(geometries, dtype=object))
    count = len(geoms)
    country = np.full(count, "", dtype=object)
    admin1 = np.full(count, "", dtype=object)
    admin1_code = np.full(count, "", dtype=object)
    border = np.full(count, "", dtype=object)
    border_km = np.full(count, np.nan)
    present = _present(geoms)
    if len(present):
        # Each distinct point is joined once: events placed at one town share its point
        # (40,988 distinct points among 98,126 events of the 100k bench file), and every
        # answer depends on the point alone, so the copies take the answers of the first.
        points, copies = _distinct_points(geoms[present])
        distinct_country = _countries_given(points, countries) if countries else None
        if distinct_country is None:
            distinct_country = _countries_of(points)
        codes, names = _regions_of(points, distinct_country)
        found_border, found_km = _nearest_borders(
            points, distinct_country, borders, None if borders is not None else shared
        )
        country[present] = distinct_country[copies]
        admin1_code[present], admin1[present] = codes[copies], names[copies]
        border[present], border_km[present] = found_border[copies], found_km[copies]
    return {
        COUNTRY: country,
        ADMIN1: admin1,
        ADMIN1_CODE: admin1_code,
        BORDER: border,
        BORDER_KM: border_km,
    }


def _present(geoms: np.ndarray) -> np.ndarray:
    """Positions of the geometries that are neither missing nor empty."""
    return np.flatnonzero(~(shapely.is_missing(geoms) | shapely.is_empty(geoms)))


def shared_countries(country: np.ndarray) -> tuple[str, ...]:
    """The countries whose nearest borders a second process measures.

    Largest first (then by code), each taken while the points taken stay within
    :data:`SECOND_PROCESS_SHARE` of all (``""`` stands for the points outside every
    country).  Both processes compute it from the same countries, so they agree on it.
    """
    codes, counts = np.unique(country.astype(str), return_counts=True)
    room = SECOND_PROCESS_SHARE * len(country)
    taken: list[str] = []
    for size, code in sorted(zip((-counts).tolist(), codes.tolist(), strict=True)):
        if -size <= room:
            taken.append(code)
            room += size
    return tuple(sorted(taken))


def _countries_given(
    points: np.ndarray, countries: Callable[[], SharedCountries | None]
) -> np.ndarray | None:
    """The countries ``countries()`` gives for ``points``, or None if it gives them for
    other points (or none): its coordinates must be these, bit for bit, in this order."""
    found = countries()
    if found is None:
        return None
    xy, country = found
    mine = shapely.get_coordinates(points)
    if xy.shape != mine.shape or len(country) != len(points):
        return None
    if not np.array_equal(xy.view(np.uint64), mine.view(np.uint64)):
        return None
    return country


#: In the second process: the distinct points and countries of the last coordinates
#: :func:`countries_of_coordinates` was given, which :func:`nearest_borders_shared`
#: of the same coordinates, queued right after it, takes instead of finding them again.
_last_found: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None


def countries_of_coordinates(lons: np.ndarray, lats: np.ndarray) -> SharedCountries:
    """The country of each distinct point at these coordinates, as :func:`border_columns`
    finds them, with those points' coordinates.

    Gives ``border_columns(points, countries=...)`` of the same coordinates the
    countries it would otherwise find again.  In a second process, sent ahead of
    :func:`nearest_borders_shared`, it spares that the countries' search too.
    """
    global _last_found
    lons = np.ascontiguousarray(lons, dtype=float)
    lats = np.ascontiguousarray(lats, dtype=float)
    points, country = _points_and_countries(lons, lats)
    _last_found = (lons.copy(), lats.copy(), points, country)
    return shapely.get_coordinates(points), country


def _points_and_countries(lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct points at these coordinates, as :func:`border_columns` takes them from
    the points made of them, and their countries."""
    lons = np.ascontiguousarray(lons, dtype=float)
    lats = np.ascontiguousarray(lats, dtype=float)
    found = _last_found
    # The same coordinates bit for bit (0.0 and -0.0 are different points here).
    if (
        found is not None
        and found[0].shape == lons.shape
        and found[1].shape == lats.shape
        and np.array_equal(found[0].view(np.uint64), lons.view(np.uint64))
        and np.array_equal(found[1].view(np.uint64), lats.view(np.uint64))
    ):
        return found[2], found[3]
    points = _distinct_coordinates(lons, lats)
    if points is None:
        geoms = _as_points(shapely.points(lons, lats))
        points, _ = _distinct_points(geoms[_present(geoms)])
    if not len(points):
        return points, np.zeros(0, dtype=object)
    return points, _countries_of(points)


def nearest_borders_shared(lons: np.ndarray, lats: np.ndarray) -> SharedBorders:
    """Nearest borders of the points at these coordinates in the countries
    :func:`shared_countries` chooses, as :func:`border_columns` measures them.

    For a second process: ``border_columns(points, shared=...)`` of the same
    coordinates takes these and measures the other countries' points itself.
    """
    return _measured_share(*_points_and_countries(lons, lats))


def _measured_share(points: np.ndarray, country: np.ndarray) -> SharedBorders:
    """Nearest borders of the distinct ``points`` in the countries :func:`shared_countries`
    chooses from their ``country``."""
    if not len(points):
        return {}
    found: SharedBorders = {}
    for code in shared_countries(country):
        found[code] = _nearest_in(points[country == code], code)
    return found


def _nearest_in(points: np.ndarray, code: str) -> tuple[np.ndarray, np.ndarray]:
    """Nearest border of points in the country ``code`` (``""``: in none), with the
    candidates :func:`_nearest_borders` gives them by default."""
    if not code:
        return _nearest_at_sea(points)
    return _nearest_border(points, *_default_pieces((code,)))


def country_codes(points: np.ndarray) -> np.ndarray:
    """The ``country_code`` :func:`join_borders` gives each point, without the rest.

    Parameters
    ----------
    points : ndarray of shapely Point or None
        In EPSG:4326.

    Returns
    -------
    ndarray of str
        ISO alpha-2 code of the country each point lies in (or of the nearest one within
        ``OFFSHORE_KM``), ``""`` otherwise and for missing points.
    """
    points = np.asarray(points, dtype=object)
    result = np.full(len(points), "", dtype=object)
    present = np.flatnonzero(~(shapely.is_missing(points) | shapely.is_empty(points)))
    if len(present):
        distinct, copies = _distinct_points(points[present])
        result[present] = _countries_of(distinct)[copies]
    return result


def _distinct_points(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points with distinct coordinates, and for each input point its distinct one.

    Coordinates count as the same only when their bits are (0.0 and -0.0 stay apart), so
    a distinct point answers exactly as each of its copies would.  Each distinct point
    is the first of its copies; points with a z coordinate are all kept apart.

    Returns
    -------
    distinct : ndarray of shapely Point
        The first point of each distinct pair of coordinates.
    copies : ndarray of int
        For each input point, the index of its point in ``distinct``.
    """
    count = len(points)
    if count < 2 or shapely.has_z(points).any():
        return points, np.arange(count)
    bits = shapely.get_coordinates(points).view(np.uint64)
    # Hashing the bits of x, of y, then of the pair of their codes: exact, and about
    # twice as fast as sorting the pairs.  Codes count in order of first appearance.
    x_codes, _ = _factorize(bits[:, 0])
    y_codes, y_values = _factorize(bits[:, 1])
    copies, _ = _factorize(x_codes.astype(np.int64) * len(y_values) + y_codes)
    _, first = np.unique(copies, return_index=True)
    return points[first], copies.astype(np.intp)


def _distinct_coordinates(lons: np.ndarray, lats: np.ndarray) -> np.ndarray | None:
    """:func:`_distinct_points` of the points at finite coordinates, made from the pairs.

    The points :func:`_distinct_points` keeps of ``shapely.points(lons, lats)``, equal
    to the last bit and in the same order, with a point made only for each distinct
    pair: at 100,000 events (41,000 distinct points) making every point first took
    about as long again as finding the distinct ones.  None when a coordinate is not
    finite (missing or empty points are left out there) or fewer than two are given.
    """
    if len(lons) < 2 or not (np.isfinite(lons).all() and np.isfinite(lats).all()):
        return None
    # The same numbering as _distinct_points gives the pairs' bits: the first of each.
    x_codes, _ = _factorize(lons.view(np.uint64))
    y_codes, y_values = _factorize(lats.view(np.uint64))
    copies, _ = _factorize(x_codes.astype(np.int64) * len(y_values) + y_codes)
    _, first = np.unique(copies, return_index=True)
    return shapely.points(lons[first], lats[first])


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each integer's number in order of first appearance, and the distinct integers
    in that order: ``pandas.factorize``.

    pandas hashes, about twice as fast as sorting, where it is loaded already.  The
    second process measuring a share of the nearest borders has not loaded it (0.2 s
    to import there): it sorts instead, which gives the same numbers.
    """
    pandas = sys.modules.get("pandas")
    if pandas is not None:
        codes, distinct = pandas.factorize(values)
        return codes, distinct
    distinct, first, inverse = np.unique(values, return_index=True, return_inverse=True)
    order = np.argsort(first)  # the distinct values by first appearance
    rank = np.empty(len(order), dtype=np.intp)
    rank[order] = np.arange(len(order))
    return rank[inverse.reshape(-1)], distinct[order]


def _points(events: gpd.GeoDataFrame) -> np.ndarray:
    """The events' geometries in EPSG:4326."""
    series = events.geometry
    if series.crs is not None and not ProjCRS.from_user_input(series.crs).equals(CRS):
        series = series.to_crs(CRS)
    return np.asarray(series.values, dtype=object)


def _as_points(geoms: np.ndarray) -> np.ndarray:
    """Missing geometries as None, points as they are, others a point on their surface."""
    geoms = np.where(shapely.is_missing(geoms), None, geoms)
    not_point = shapely.get_type_id(geoms) > 0  # -1 missing, 0 point
    if not_point.any():
        geoms = geoms.copy()
        geoms[not_point] = shapely.point_on_surface(geoms[not_point])
    return geoms


def _window(
    points: np.ndarray, *, margin: float = WINDOW_MARGIN_DEG
) -> tuple[float, float, float, float]:
    xmin, ymin, xmax, ymax = shapely.total_bounds(points)
    m = margin
    return max(xmin - m, -180.0), max(ymin - m, -90.0), min(xmax + m, 180.0), min(ymax + m, 90.0)


def _degrees_for_km(km: float, lat: np.ndarray) -> np.ndarray:
    """A radius in degrees that covers ``km`` in every direction at latitude ``lat``."""
    return km / (_KM_PER_DEG * np.maximum(np.cos(np.radians(np.abs(lat))), 0.01))


def _geodesic_m(points: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Geodesic distance in metres from each point to the closest point of its target."""
    lines = shapely.shortest_line(points, targets)
    start, end = shapely.get_point(lines, 0), shapely.get_point(lines, 1)
    _, _, dist = GEOD.inv(
        shapely.get_x(start), shapely.get_y(start), shapely.get_x(end), shapely.get_y(end)
    )
    return np.asarray(dist, dtype=float)


def _first_per_point(point_idx: np.ndarray, key: np.ndarray, target_idx: np.ndarray):
    """For each point, the pair with the smallest ``key`` (ties: lowest target)."""
    order = np.lexsort((target_idx, key, point_idx))
    point_idx, target_idx = point_idx[order], target_idx[order]
    first = np.ones(len(point_idx), dtype=bool)
    first[1:] = point_idx[1:] != point_idx[:-1]
    return point_idx[first], target_idx[first], key[order][first]


def _snap(points, targets, *, max_km: float, allowed=None):
    """Nearest target within ``max_km`` (geodesic) of each point, or -1."""
    found = np.full(len(points), -1)
    if len(points) == 0 or len(targets) == 0:
        return found
    tree = shapely.STRtree(targets)
    radius = _degrees_for_km(max_km, shapely.get_y(points))
    p_idx, t_idx = tree.query(points, predicate="dwithin", distance=radius)
    if allowed is not None:
        keep = allowed(p_idx, t_idx)
        p_idx, t_idx = p_idx[keep], t_idx[keep]
    if len(p_idx) == 0:
        return found
    dist = _geodesic_m(points[p_idx], targets[t_idx])
    near = dist <= max_km * 1000.0
    p_idx, t_idx, _ = _first_per_point(p_idx[near], dist[near], t_idx[near])
    found[p_idx] = t_idx
    return found


_PREPARED_LOCK = threading.Lock()


def _inside(points: np.ndarray, polygons: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (point index, polygon index) of points lying in or on polygons."""
    # Each polygon is prepared (point tests in logarithmic time) and tests only the
    # points within its bounds, picked from the coordinate arrays: no tree of the
    # points to build (four times faster for a million events' countries).
    xy = shapely.get_coordinates(points)
    x, y = xy[:, 0], xy[:, 1]
    # Points sorted by longitude: a polygon's band of longitudes is one slice of them.
    by_x = np.argsort(x, kind="stable")
    sorted_x = x[by_x]
    found_points, found_polygons = [], []
    # The region outlines are shared by every caller (they are cached), and a GEOS
    # prepared geometry is not thread-safe: dask's threads join partitions at once, and
    # preparing one outline from two of them hung a run.  One thread at a time here.
    with _PREPARED_LOCK:
        for k, (polygon, (west, south, east, north)) in enumerate(
            zip(polygons, shapely.bounds(polygons), strict=True)
        ):
            band = by_x[
                np.searchsorted(sorted_x, west, "left") : np.searchsorted(sorted_x, east, "right")
            ]
            within = band[(y[band] >= south) & (y[band] <= north)]
            if not len(within):
                continue
            shapely.prepare(polygon)
            hit = within[shapely.intersects_xy(polygon, x[within], y[within])]
            found_points.append(hit)
            found_polygons.append(np.full(len(hit), k))
    if not found_points:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    return np.concatenate(found_points), np.concatenate(found_polygons)


def _countries_of(points: np.ndarray) -> np.ndarray:
    window = _window(points)
    # Only the countries whose bounds meet the window are unpacked: the others' cut
    # would be empty.
    codes, outlines = boundaries.countries_in(window)
    cut = shapely.clip_by_rect(outlines, *window)
    keep = ~shapely.is_empty(cut)
    geoms, iso = cut[keep], np.array(codes, dtype=object)[keep]
    result = np.full(len(points), "", dtype=object)
    if len(geoms) == 0:
        return result
    p_idx, t_idx = _inside(points, geoms)
    # A point on a shared boundary intersects both countries: keep one, by code order,
    # so the answer does not depend on the order of the data.
    p_idx, t_idx, _ = _first_per_point(p_idx, iso[t_idx], t_idx)
    result[p_idx] = iso[t_idx]
    outside = np.flatnonzero(result == "")
    if len(outside):
        snapped = _snap(points[outside], geoms, max_km=OFFSHORE_KM)
        hit = snapped >= 0
        result[outside[hit]] = iso[snapped[hit]]
    return result


def _regions_of(points: np.ndarray, country: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes = np.full(len(points), "", dtype=object)
    names = np.full(len(points), "", dtype=object)
    wanted = sorted(set(country) - {""})
    table = boundaries.regions(wanted) if wanted else None
    if table is None or table.empty:
        return codes, names
    geoms = table.geometry.values
    region_iso = table["iso_a2"].to_numpy()
    p_idx, t_idx = _inside(points, geoms)
    # A region only counts for points of its own country: near a border the separately
    # quantised regions of the neighbour overlap the country outline a little.
    same = region_iso[t_idx] == country[p_idx]
    p_idx, t_idx = p_idx[same], t_idx[same]
    p_idx, t_idx, _ = _first_per_point(p_idx, t_idx, t_idx)
    found = np.full(len(points), -1)
    found[p_idx] = t_idx
    missing = np.flatnonzero((found < 0) & (country != ""))
    if len(missing):
        miss_country = country[missing]
        found[missing] = _snap(
            points[missing],
            geoms,
            max_km=REGION_SNAP_KM,
            allowed=lambda p, t: region_iso[t] == miss_country[p],
        )
    hit = found >= 0
    codes[hit] = table["code"].to_numpy()[found[hit]]
    names[hit] = table["name"].to_numpy()[found[hit]]
    return codes, names


def _nearest_borders(points: np.ndarray, country: np.ndarray, borders, shared=None):
    """Nearest border of each point, measured country by country.

    Each country's events get their own projection centred on them, so distortion
    stays small even when a data set spans a continent, and their own candidates: the
    land borders of the country and of its neighbours (or ``borders`` when given).
    An event outside every country (at sea) is measured on its own against every land
    border of the world, so its answer never depends on where the other events are.
    With ``shared`` (see :func:`border_columns`), the countries of
    :func:`shared_countries` are measured by a second process.
    """
    border = np.full(len(points), "", dtype=object)
    border_km = np.full(len(points), np.nan)
    elsewhere = shared_countries(country) if shared is not None else ()
    if borders is not None:
        if borders.crs is not None and not ProjCRS.from_user_input(borders.crs).equals(CRS):
            borders = borders.to_crs(CRS)
        given = _chunks(borders["border"], borders.geometry.values)
    for code in sorted(set(country) - set(elsewhere)):
        where = np.flatnonzero(country == code)
        if borders is not None:
            pieces, labels = given
        elif code:
            pieces, labels = _default_pieces((code,))
        else:
            border[where], border_km[where] = _nearest_at_sea(points[where])
            continue
        border[where], border_km[where] = _nearest_border(points[where], pieces, labels)
    if elsewhere:
        found = shared() or {}
        for code in elsewhere:
            where = np.flatnonzero(country == code)
            there = found.get(code)
            if there is None or len(there[0]) != len(where):  # failed there: here
                there = _nearest_in(points[where], code)
            border[where], border_km[where] = there
    return border, border_km


def _nearest_alone(point: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest land border of one event at sea, measured against every border on earth."""
    return _nearest_border(point, *_world_pieces())


def _nearest_at_sea(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest land border of events outside every country, the answers of :func:`_nearest_alone`.

    Measuring each event against every land border of the world costs a second to cut
    those borders and ~15 ms an event.  Instead, every event gets at once an upper bound
    of its distance (the geodesic distance to one border vertex); only borders of the
    countries within that bound (plus the longest half segment of a border, since the
    nearest point of a segment can lie between vertices) can hold the nearest point, and
    only the pieces of those borders within it are measured, each event still in its own
    projection.  An event whose bound cannot be trusted (far out at sea, near a pole or
    the antimeridian) and one whose answer lies outside the window the one-by-one search
    starts from is measured by :func:`_nearest_alone` instead.
    """
    count = len(points)
    border = np.full(count, "", dtype=object)
    border_km = np.full(count, np.nan)
    margin_km = _sea_margin_km()
    # The nearest country of a point outside every country is the country of the
    # nearest piece of any outline: the same segments measured, found in a tree of
    # short pieces instead of by scanning whole coastlines (1.5 s for 817 points).
    nearest_country = _nearest_countries(points)
    first_guess = tuple(sorted(set(nearest_country)))
    guess_pieces, _ = _pieces_touching(first_guess)
    alone = np.ones(count, dtype=bool)
    if len(guess_pieces) and margin_km <= MAX_SEA_MARGIN_KM:
        vertices = shapely.points(shapely.get_coordinates(guess_pieces))
        p_idx, v_idx = shapely.STRtree(vertices).query_nearest(points, all_matches=False)
        bound_km = np.full(count, np.inf)
        _, _, metres = GEOD.inv(
            shapely.get_x(points[p_idx]),
            shapely.get_y(points[p_idx]),
            shapely.get_x(vertices[v_idx]),
            shapely.get_y(vertices[v_idx]),
        )
        bound_km[p_idx] = np.asarray(metres) / 1000.0
        alone = ~(bound_km <= SEA_BOUND_KM)
    trusted = np.flatnonzero(~alone)
    if len(trusted):
        # Slack for rounding: the projection is centred on the event rounded to 1e-6°.
        reach_km = bound_km[trusted] * (1.0 + 1e-6) + 0.01 + margin_km
        boxes = _boxes_around(points[trusted], reach_km)
        around = tuple(sorted(_countries_meeting(boxes) | set(first_guess)))
        pieces, labels = _pieces_touching(around)
        b_idx, t_idx = shapely.STRtree(pieces).query(boxes, predicate="intersects")
        # In the order of the pieces, as the one-by-one search sees them: ties between
        # equally near pieces go the same way.
        order = np.lexsort((t_idx, b_idx))
        b_idx, t_idx = b_idx[order], t_idx[order]
        starts = np.searchsorted(b_idx, np.arange(len(trusted) + 1))
        for k, i in enumerate(trusted):
            candidates = t_idx[starts[k] : starts[k + 1]]
            found, km, piece = _measure_indexed(
                points[i : i + 1], pieces[candidates], labels[candidates]
            )
            # The one-by-one search answers from the pieces within SEARCH_MARGIN_DEG first
            # when the answer is nearer than the window's edge: the same answer, unless
            # the nearest piece lies outside the window and still nearer than its edge.
            if piece[0] < 0:
                alone[i] = True
                continue
            window = _window(points[i : i + 1], margin=SEARCH_MARGIN_DEG)
            in_window = shapely.intersects(pieces[candidates[piece[0]]], shapely.box(*window))
            if not in_window and km[0] <= _km_to_edge(points[i : i + 1], window)[0]:
                alone[i] = True
                continue
            border[i], border_km[i] = found[0], km[0]
    for i in np.flatnonzero(alone):
        border[i : i + 1], border_km[i : i + 1] = _nearest_alone(points[i : i + 1])
    return border, border_km


def _boxes_around(points: np.ndarray, km: np.ndarray) -> np.ndarray:
    """Lon/lat boxes holding every point within ``km`` (geodesic) of each point.

    The bounding box of a spherical cap, on a sphere of the polar radius with 1 % more
    angle (the ellipsoid's distances are within 0.4 % of it); a cap near a pole or across
    the antimeridian gets every longitude.
    """
    x, y = shapely.get_x(points), shapely.get_y(points)
    angle = np.minimum(km * 1.01 / POLAR_RADIUS_KM, np.pi / 2)
    dlat = np.degrees(angle)
    cos_lat = np.cos(np.radians(y))
    polar = np.abs(y) + dlat >= 89.5
    ratio = np.clip(np.sin(angle) / np.where(polar, 1.0, cos_lat), 0.0, 1.0)
    dlon = np.where(polar, 180.0, np.degrees(np.arcsin(ratio)))
    wraps = polar | (x - dlon < -180.0) | (x + dlon > 180.0)
    xmin = np.where(wraps, -180.0, x - dlon)
    xmax = np.where(wraps, 180.0, x + dlon)
    return shapely.box(xmin, np.maximum(y - dlat, -90.0), xmax, np.minimum(y + dlat, 90.0))


def _sea_margin_km() -> float:
    """The search margin in km for events at sea.

    It covers the distance from a border segment's nearest point to its nearer end:
    half the longest segment of any outline (a border is a part of the outline of its
    countries; the build stores that length, see
    :func:`bordermap.geo.borders.boundaries.longest_outline_segment_deg`), measured
    generously in degrees at the longest degree of latitude, and stretched by
    ``SEA_STRETCH`` for the distortion of the event's projection.
    """
    longest_km = boundaries.longest_outline_segment_deg() * MAX_KM_PER_DEG
    return SEA_STRETCH * longest_km / 2.0


def _countries_meeting(boxes: np.ndarray) -> set[str]:
    """The countries whose outline meets one of ``boxes``, unpacking only those whose
    bounds do (the world's 239 outlines took 0.05 s to unpack for the events at sea)."""
    codes, bounds = boundaries.country_bounds()
    box_bounds = shapely.bounds(boxes)
    meets = (
        (bounds[:, None, 0] <= box_bounds[None, :, 2])
        & (bounds[:, None, 2] >= box_bounds[None, :, 0])
        & (bounds[:, None, 1] <= box_bounds[None, :, 3])
        & (bounds[:, None, 3] >= box_bounds[None, :, 1])
    ).any(axis=1)
    near = [codes[i] for i in np.flatnonzero(meets).tolist()]
    outlines = np.empty(len(near), dtype=object)
    outlines[:] = [boundaries.country_outline(iso2) for iso2 in near]
    _, c_idx = shapely.STRtree(outlines).query(boxes, predicate="intersects")
    return {near[i] for i in c_idx.tolist()}


def _nearest_countries(points: np.ndarray) -> np.ndarray:
    """The country of the nearest outline of each point (planar, in degrees).

    Only the outlines that can be nearest are cut and searched (a tenth to a quarter
    of the world's 547,168 vertices near the Baltic): a country's outline touches every
    side of its bounds, so no point is farther from it than from the farther corner of
    any side, and a country whose bounds lie farther than the smallest such distance
    cannot hold the nearest outline.  The same segments are measured as in a tree of
    every outline of the world (a test compares the answers).
    """
    codes, bounds = boundaries.country_bounds()
    x, y = shapely.get_x(points)[:, None], shapely.get_y(points)[:, None]
    xmin, ymin, xmax, ymax = (bounds[None, :, k] for k in range(4))
    # From each point to the farther corner of each side of each country's bounds.
    far_x = np.maximum(np.abs(x - xmin), np.abs(x - xmax))
    far_y = np.maximum(np.abs(y - ymin), np.abs(y - ymax))
    side = np.minimum.reduce(
        [
            np.hypot(far_x, y - ymin),
            np.hypot(far_x, y - ymax),
            np.hypot(x - xmin, far_y),
            np.hypot(x - xmax, far_y),
        ]
    )
    # Planar nearest distance to each country's bounds (0 inside them).
    to_box = np.hypot(
        np.maximum(0.0, np.maximum(xmin - x, x - xmax)),
        np.maximum(0.0, np.maximum(ymin - y, y - ymax)),
    )
    # A hair for rounding: never leave out a country that could be nearest.
    bound = side.min(axis=1, keepdims=True) * (1.0 + 1e-9) + 1e-9
    candidates = [codes[i] for i in np.flatnonzero((to_box <= bound).any(axis=0)).tolist()]
    cut = [_country_pieces(iso2) for iso2 in candidates]
    pieces = np.concatenate(cut)
    owner = np.repeat(np.array(candidates, dtype=object), [len(c) for c in cut])
    return owner[shapely.STRtree(pieces).query_nearest(points, all_matches=False)[1]]


def _outline_pieces() -> tuple[shapely.STRtree, np.ndarray]:
    """Every country's outline cut into pieces of ``CHUNK_VERTICES``, in a tree, and
    the code of each piece's country (the search :func:`_nearest_countries` prunes)."""
    codes, _ = boundaries.country_bounds()
    cut = [_country_pieces(iso2) for iso2 in codes]
    owner = np.repeat(np.array(codes, dtype=object), [len(c) for c in cut])
    return shapely.STRtree(np.concatenate(cut)), owner


@lru_cache(maxsize=256)
def _country_pieces(iso2: str) -> np.ndarray:
    """One country's outline cut into pieces of ``CHUNK_VERTICES`` vertices."""
    lines = shapely.get_parts(shapely.boundary(boundaries.country_outline(iso2)))
    coords, line = shapely.get_coordinates(lines, return_index=True)
    sizes = np.bincount(line, minlength=len(lines))
    first = np.cumsum(sizes) - sizes
    step = CHUNK_VERTICES - 1
    # Piece k of a line holds its vertices k*step .. k*step+step: neighbours share one.
    count = np.where(sizes >= 2, (sizes - 2) // step + 1, 0)
    piece_line = np.repeat(np.arange(len(lines)), count)
    local = (np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)) * step
    length = np.minimum(local + CHUNK_VERTICES, sizes[piece_line]) - local
    vertex = np.repeat(first[piece_line] + local, length) + (
        np.arange(length.sum()) - np.repeat(np.cumsum(length) - length, length)
    )
    return shapely.linestrings(coords[vertex], indices=np.repeat(np.arange(len(local)), length))


@lru_cache(maxsize=64)
def _pieces_touching(countries: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Pieces of every land border of these countries."""
    if not countries:
        return _chunks([], [])
    return _chunks(*boundaries.border_geometries(list(countries)))


@lru_cache(maxsize=1)
def _world_pieces() -> tuple[np.ndarray, np.ndarray]:
    """Pieces of every land border of the world (about a second, once per process)."""
    return _chunks(*boundaries.border_geometries())


@lru_cache(maxsize=64)
def _default_pieces(lying_in: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Pieces of every land border of these countries and of their neighbours."""
    around = set(lying_in)
    for iso2 in lying_in:
        around.update(boundaries.neighbours(iso2))
    if not around:
        return _chunks([], [])
    return _chunks(*boundaries.border_geometries(sorted(around)))


def _chunks(names, geoms) -> tuple[np.ndarray, np.ndarray]:
    """Cut border lines into short pieces; return the pieces and their border names."""
    pieces, labels = [], []
    step = CHUNK_VERTICES - 1
    for name, geom in zip(names, geoms, strict=True):
        for part in shapely.get_parts(shapely.get_parts(geom)):
            coords = shapely.get_coordinates(part)
            if len(coords) < 2:
                continue
            # Piece k holds vertices k*step .. k*step+step: neighbours share a vertex.
            starts = np.arange(0, len(coords) - 1, step)
            sizes = np.minimum(starts + CHUNK_VERTICES, len(coords)) - starts
            offsets = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
            vertex = np.repeat(starts, sizes) + offsets
            piece = np.repeat(np.arange(len(starts)), sizes)
            pieces.append(shapely.linestrings(coords[vertex], indices=piece))
            labels.append(np.full(len(starts), name, dtype=object))
    if not pieces:
        return np.empty(0, dtype=object), np.empty(0, dtype=object)
    return np.concatenate(pieces), np.concatenate(labels)


def _nearest_border(points: np.ndarray, pieces: np.ndarray, labels: np.ndarray):
    if len(pieces) == 0:
        return np.full(len(points), "", dtype=object), np.full(len(points), np.nan)
    # Most candidate pieces are far away (Russia's borders reach the Pacific): search the
    # pieces near the events first, and all of them only for the few events whose
    # nearest piece there is farther than the edge of that neighbourhood.
    window = _window(points, margin=SEARCH_MARGIN_DEG)
    near = shapely.intersects(pieces, shapely.box(*window))
    if near.all() or not near.any():
        return _measure(points, pieces, labels)
    border, border_km = _measure(points, pieces[near], labels[near])
    unsure = ~(border_km <= _km_to_edge(points, window))
    if unsure.any():
        border[unsure], border_km[unsure] = _measure(points[unsure], pieces, labels)
    return border, border_km


def _km_to_edge(points: np.ndarray, window: tuple[float, float, float, float]) -> np.ndarray:
    """A lower bound of the geodesic distance from each point to outside ``window``."""
    x, y = shapely.get_x(points), shapely.get_y(points)
    xmin, ymin, xmax, ymax = window
    # Distance to the nearest bounding meridian on a sphere of the polar radius (the
    # smallest), and to the nearest bounding parallel at the shortest degree of latitude.
    dlon = np.radians(np.minimum(x - xmin, xmax - x))
    to_meridian = POLAR_RADIUS_KM * np.arcsin(
        np.clip(np.sin(np.minimum(dlon, np.pi / 2)) * np.cos(np.radians(y)), 0.0, 1.0)
    )
    to_parallel = np.minimum(y - ymin, ymax - y) * MIN_KM_PER_DEG_LAT
    bound = np.minimum(to_meridian, to_parallel)
    # A window clamped at the antimeridian or a pole has no edge there.
    return np.where((xmin <= -180.0) | (xmax >= 180.0), np.minimum(to_parallel, bound), bound)


def _measure(points: np.ndarray, pieces: np.ndarray, labels: np.ndarray):
    """Nearest piece of each point and the geodesic distance to it, in km."""
    border, border_km, _ = _measure_indexed(points, pieces, labels)
    return border, border_km


def _measure_indexed(points: np.ndarray, pieces: np.ndarray, labels: np.ndarray):
    """:func:`_measure`, and the index of each point's nearest piece (-1 for none)."""
    border = np.full(len(points), "", dtype=object)
    border_km = np.full(len(points), np.nan)
    nearest_piece = np.full(len(points), -1)
    # Search in an azimuthal equidistant projection centred on the events: metric, so
    # "nearest" means nearest on the ground, not in degrees of longitude.
    to_metric, to_lonlat = _transformers(*shapely.total_bounds(points))
    # Each coordinate is projected once and the geometries are built from the numbers
    # (what shapely.transform does, without reading them back from the geometries).
    xy = shapely.get_coordinates(points)
    x, y = xy[:, 0].copy(), xy[:, 1].copy()
    if shapely.has_z(points).any():
        points_m = shapely.transform(points, to_metric.transform, interleaved=False)
        xy_m = shapely.get_coordinates(points_m)
        x_m, y_m = xy_m[:, 0], xy_m[:, 1]
    else:
        x_m, y_m = to_metric.transform(x, y)
        points_m = shapely.points(x_m, y_m)
    corners = shapely.get_coordinates(pieces)
    corners_m = np.column_stack(to_metric.transform(corners[:, 0], corners[:, 1]))
    pieces_m = shapely.set_coordinates(pieces.copy(), corners_m)
    # The nearest vertex bounds the distance to the nearest piece from above and is
    # several times cheaper to find than the nearest line.  Every piece within that
    # bound (with some slack) is a candidate and the geodesic distance decides, so
    # neither the bound nor the projection's distortion can pick the wrong border.
    reach = _vertex_reach(np.asarray(x_m), np.asarray(y_m), shapely.points(corners_m))
    tree = shapely.STRtree(pieces_m)
    p_idx, t_idx = tree.query(points_m, predicate="dwithin", distance=reach * NEAREST_SLACK + 1.0)
    # The far end of each shortest line is the foot on the piece.
    feet = shapely.get_coordinates(shapely.shortest_line(points_m[p_idx], pieces_m[t_idx]))
    lon, lat = to_lonlat.transform(feet[1::2, 0], feet[1::2, 1])
    _, _, dist = GEOD.inv(x[p_idx], y[p_idx], lon, lat)
    p_idx, t_idx, dist = _first_per_point(p_idx, np.asarray(dist, dtype=float), t_idx)
    border[p_idx] = labels[t_idx]
    border_km[p_idx] = dist / 1000.0
    nearest_piece[p_idx] = t_idx
    return border, border_km, nearest_piece


def _vertex_reach(x: np.ndarray, y: np.ndarray, vertices: np.ndarray) -> np.ndarray:
    """An upper bound of each point's distance to its nearest vertex (projected metres).

    Many points: the exact distance of each (an STRtree query of ~2 µs a point, 0.8 s
    for the 401,363 distinct points of the million bench events) is replaced by that of
    the centre of its square of :data:`REACH_CELL_M` plus the point's distance to the
    centre (the triangle inequality): one query per occupied square (24,344 squares for
    the 166,801 distinct points in Belarus there).  The bound is looser by at most the
    square's diagonal, so a few more pieces are measured (+10 %), never fewer: the same
    nearest piece is found.
    """
    tree = shapely.STRtree(vertices)
    count = len(x)
    if count < REACH_CELLS_FROM or not (np.isfinite(x).all() and np.isfinite(y).all()):
        (p_near, _), nearest = tree.query_nearest(
            shapely.points(x, y), return_distance=True, all_matches=False
        )
        reach = np.zeros(count)
        reach[p_near] = nearest
        return reach
    column = np.floor(x / REACH_CELL_M)
    row = np.floor(y / REACH_CELL_M)
    # The same expression for every point of a square gives its centre the same bits.
    centre_x = (column + 0.5) * REACH_CELL_M
    centre_y = (row + 0.5) * REACH_CELL_M
    # Squares numbered by hashing (projected metres within a continent: a few
    # thousand squares a side, so the key is exact).
    column_i = (column - column.min()).astype(np.int64)
    row_i = (row - row.min()).astype(np.int64)
    cell, _ = _factorize(column_i * (int(row_i.max()) + 1) + row_i)
    # Any point of a square gives its centre (the same bits for all of them).
    some = np.empty(int(cell.max()) + 1, dtype=np.intp)
    some[cell] = np.arange(count)
    (c_near, _), nearest = tree.query_nearest(
        shapely.points(centre_x[some], centre_y[some]),
        return_distance=True,
        all_matches=False,
    )
    to_centre = np.zeros(len(some))
    to_centre[c_near] = nearest
    # A relative hair for rounding: the bound must never fall below the exact distance.
    return (to_centre[cell] + np.hypot(x - centre_x, y - centre_y)) * (1.0 + 1e-9)


@lru_cache(maxsize=64)
def _transformers(*bounds: float) -> tuple[Transformer, Transformer]:
    """To and from a local azimuthal equidistant CRS centred on ``bounds``.

    The CRS of :func:`bordermap.geo.borders.boundaries.local_metric_crs`, built as the PROJ
    pipeline ``Transformer.from_crs`` makes for it (the same numbers; a test compares),
    which takes 0.2 ms instead of 13 ms: an event at sea gets a transformer of its own.
    """
    centre = shapely.centroid(shapely.envelope(shapely.box(*bounds)))
    aeqd = f"+proj=aeqd +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +x_0=0 +y_0=0 +ellps=WGS84"
    return (
        Transformer.from_pipeline(
            f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {aeqd}"
        ),
        Transformer.from_pipeline(
            f"+proj=pipeline +step +inv {aeqd} +step +proj=unitconvert +xy_in=rad +xy_out=deg"
        ),
    )
