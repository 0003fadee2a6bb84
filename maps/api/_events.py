"""Events in Python: read them, resolve their places, join points to borders, geocode."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

import geopandas as gpd
import pandas as pd

from bordermap._frames import public_frame
from bordermap.geo import schema
from bordermap.geo.borders import join as borders_join
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.loading import LOADED_COLUMNS, EventSource, load_events
from bordermap.geo.events.read_options import ReadOptions
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.resolve import resolve_events

#: A region of interest: ISO alpha-2 codes, or a (west, south, east, north) box.
RegionOfInterest = Sequence[str] | tuple[float, float, float, float]


def read_events(
    source: EventSource | Sequence[EventSource],
    *,
    columns: Mapping[str, str] | None = None,
    defaults: Mapping[str, str] | None = None,
    date_order: str | None = None,
    sheet: str | None = None,
) -> pd.DataFrame:
    """Read and check events from a DataFrame, an event file or several.

    Parameters
    ----------
    source : DataFrame, path-like, or a sequence of them
        A pandas DataFrame with one event per row, read like a sheet of one's own
        (named ``dataframe`` in messages and ``source_file``; rows counted from 1);
        or CSV/TSV, XLSX/ODS, YAML, GeoJSON or ACLED files.  Not modified.
    columns : mapping of str to str, optional
        Your header → bordermap's field, for headers bordermap does not recognise
        (``{"Where exactly": "place"}``); the command line's ``--columns``.
    defaults : mapping of str to str, optional
        Field → value for every event that leaves it empty (``{"status":
        "confirmed"}``); the command line's ``--default``.
    date_order : {"DMY", "MDY", "YMD"}, optional
        How dates typed like ``03/04/2026`` are meant; without it such a date is
        refused when both readings are possible.
    sheet : str, optional
        Worksheet of an XLSX/ODS file; the first by default.

    Returns
    -------
    pandas.DataFrame
        One row per event, every value as text (``""`` when empty), ``lat``/``lon``
        as floats, the date interval and the file and line each event came from.

    Raises
    ------
    EventFileError
        Listing every problem (``FILE:LINE: field: message``); nothing is returned.
    ReadOptionsError
        If a column mapping, default or date order cannot be used.

    Examples
    --------
    >>> frame = pd.DataFrame({"Date": ["15/01/2026"], "Location": ["Krāslava"],
    ...                       "Headline": ["Drone seen"], "Link": ["https://t.me/x"]})
    >>> bordermap.read_events(frame)[["date", "place", "title"]]
             date     place       title
    0  2026-01-15  Krāslava  Drone seen
    """
    options = ReadOptions(
        columns=dict(columns or {}),
        defaults=dict(defaults or {}),
        date_order=date_order,
        sheet=sheet,
    )
    if isinstance(source, pd.DataFrame | str | os.PathLike):
        source = [source]
    return load_events(list(source), options=options)


def resolve(
    events: EventSource | Sequence[EventSource],
    *,
    region_of_interest: RegionOfInterest | None = None,
) -> gpd.GeoDataFrame:
    """Place every event offline and say where it lies relative to borders.

    Parameters
    ----------
    events : DataFrame, path-like, or a sequence of them
        What :func:`read_events` returned, or anything it reads (read here with its
        defaults).  Not modified.
    region_of_interest : sequence of str or (west, south, east, north), optional
        ISO alpha-2 codes or a box: a place found only outside it is not chosen.

    Returns
    -------
    geopandas.GeoDataFrame
        Every event, in order, in EPSG:4326, with one geometry column, so
        ``to_file`` writes it to GeoPackage, GeoJSON or Shapefile:

        - ``geometry``: the place's representative point (None when not placed);
        - ``extent_wkt``: the area, line or point the event is known to, as WKT text
          (``shapely.from_wkt`` reads it; ``""`` when not placed): a border event's
          border line, a region's outline, a "near X" circle;
        - ``resolve_status`` (``resolved``, ``ambiguous``, ``unresolved``),
          ``resolved_name``, ``resolve_source``, ``precision``, ``uncertainty_km``,
          ``country_code``, ``admin1``, ``admin1_code``, ``border`` (the nearest,
          ``"BY-LV"``), ``border_km``, ``borders`` (every border an area reaches),
          ``origin_lat``, ``origin_lon``, ``coarsened`` (``"yes"`` when the unit
          holding an unknown place answered for it) and ``resolve_note`` (why the
          event needs a look; ``""`` when it does not).

        An event that could not be placed stays, without a geometry.
        :func:`make_map` takes the frame back, also after a trip through a file.

    Raises
    ------
    EventFileError
        If ``events`` is read here and has problems.
    """
    loaded = events
    if not (isinstance(events, pd.DataFrame) and set(LOADED_COLUMNS) <= set(events.columns)):
        loaded = read_events(events)
    resolved = resolve_events(loaded, region_of_interest=region_of_interest)
    return public_frame(resolved.events)


def join_borders(points: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add the country, admin-1 region and nearest land border of every point.

    Parameters
    ----------
    points : geopandas.GeoDataFrame
        Any geometries in any CRS (other shapes are reduced to a point on their
        surface); rows without a geometry get empty answers.  Not modified.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with ``country_code`` (ISO alpha-2 of the country the point lies in,
        or of the nearest one within 5 km, as on a beach; ``""`` farther out),
        ``admin1``, ``admin1_code``, ``border`` (the nearest land border as a sorted
        pair such as ``"BY-LV"``) and ``border_km`` (geodesic km to it).

    Raises
    ------
    BorderMapError
        If the frame has no CRS.
    """
    if points.crs is None:
        raise BorderMapError(
            "the points have no CRS: set it with points.set_crs(4326) if their "
            "coordinates are longitude and latitude"
        )
    lonlat = gpd.GeoDataFrame(geometry=points.geometry.to_crs(schema.CRS).values)
    joined = borders_join.join_borders(lonlat.set_crs(schema.CRS))
    result = points.copy()
    for name in (
        schema.COUNTRY,
        schema.ADMIN1,
        schema.ADMIN1_CODE,
        schema.BORDER,
        schema.BORDER_KM,
    ):
        result[name] = joined[name].to_numpy()
    return result


def geocode(
    text: str,
    *,
    country: str | None = None,
    region_of_interest: RegionOfInterest | None = None,
) -> PlaceResult:
    """Find a place text offline, as ``bordermap geocode`` does.

    Parameters
    ----------
    text : str
        The place as a report words it: "Vitebsk region", "near Krāslava", "the
        Latvia–Belarus border", "Віцебск".
    country : str, optional
        The event's country (ISO alpha-2): a place found only elsewhere is refused.
    region_of_interest : sequence of str or (west, south, east, north), optional
        Preferred area when a name has candidates in several places.

    Returns
    -------
    PlaceResult
        ``status`` (``resolved``, ``ambiguous`` with ``candidates``, or
        ``unresolved`` with the reason in ``note``), ``name``, ``country``,
        ``admin1_code``, ``lat``, ``lon``, ``precision``, ``uncertainty_km`` and the
        extent as ``geometry`` (a shapely geometry).
    """
    from bordermap.geo.places.geocoder import geocode_place

    return geocode_place(text, country=country, region_of_interest=region_of_interest)
