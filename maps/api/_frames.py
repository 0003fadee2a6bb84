"""The resolved events as the public face hands them out, and back.

Inside bordermap a resolved event carries two geometries: its representative point
(``geometry``) and its extent (``extent``: the border line, region or circle it is
known to).  GeoPackage, GeoJSON and Shapefile hold one geometry per feature, so the
public frame keeps the point as its only geometry column and the extent as WKT text
in ``extent_wkt`` (``""`` when the event was not placed).  :func:`internal_frame`
turns such a frame back, also after a trip through a file, whose reader may have
typed a text column (dates, numbers) or left ``None`` for an empty text.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from bordermap.geo import schema
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.frames import frame_cell_text
from bordermap.geo.resolve import RESOLVED_COLUMNS

#: The public column holding each event's extent as WKT (full precision).
EXTENT_WKT = "extent_wkt"

#: Columns that hold numbers; every other column but the geometry holds text.
NUMBER_COLUMNS: tuple[str, ...] = (
    schema.LAT,
    schema.LON,
    schema.UNCERTAINTY_KM,
    schema.BORDER_KM,
    schema.ORIGIN_LAT,
    schema.ORIGIN_LON,
)
#: Columns that hold whole numbers.
INTEGER_COLUMNS: tuple[str, ...] = (schema.SOURCE_LINE,)


def is_resolved(frame: pd.DataFrame) -> bool:
    """True for a frame :func:`bordermap.resolve` (or bordermap inside) made."""
    return schema.RESOLVE_STATUS in frame.columns and (
        EXTENT_WKT in frame.columns or schema.EXTENT in frame.columns
    )


def public_frame(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The resolved events with one geometry column, the extent as ``extent_wkt``.

    Parameters
    ----------
    events : GeoDataFrame
        As :func:`bordermap.geo.resolve.resolve_events` returns them.  Not modified.

    Returns
    -------
    GeoDataFrame
        The same rows and columns, in the same order, with ``extent`` replaced by
        ``extent_wkt``; EPSG:4326.
    """
    extents = np.asarray(events[schema.EXTENT].values, dtype=object)
    texts = shapely.to_wkt(extents, rounding_precision=-1)
    columns = {
        (EXTENT_WKT if name == schema.EXTENT else name): (
            pd.Series(np.where(pd.isna(texts), "", texts), index=events.index, dtype=object)
            if name == schema.EXTENT
            else events[name]
        )
        for name in events.columns
    }
    return gpd.GeoDataFrame(columns, geometry=events.geometry.name, crs=events.crs)


def internal_frame(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Resolved events as bordermap's layers draw them, from the public frame.

    Parameters
    ----------
    events : GeoDataFrame
        From :func:`public_frame`, possibly filtered, given more columns, or written
        to a file and read back.  An internal frame is returned unchanged.

    Returns
    -------
    GeoDataFrame
        Text columns as text (``""`` when empty), ``extent`` as a geometry column
        and the point as ``geometry``, last; EPSG:4326.

    Raises
    ------
    BorderMapError
        If the frame has no ``extent_wkt`` or a value there is not WKT.
    """
    if schema.EXTENT in events.columns:
        return events
    if EXTENT_WKT not in events.columns or schema.RESOLVE_STATUS not in events.columns:
        raise BorderMapError(
            "these events are not resolved (no 'resolve_status' and 'extent_wkt' columns): "
            "pass them through bordermap.resolve() first"
        )
    if events.crs is None:
        raise BorderMapError(
            "the events have no CRS: set it with events.set_crs(4326) if their "
            "coordinates are longitude and latitude"
        )
    points = events.geometry.to_crs(schema.CRS)
    texts = [frame_cell_text(EXTENT_WKT, value) for value in events[EXTENT_WKT]]
    try:
        extents = shapely.from_wkt([text or None for text in texts])
    except shapely.errors.GEOSException as err:
        raise BorderMapError(f"'{EXTENT_WKT}' holds a value that is not WKT: {err}") from err
    data: dict[str, object] = {}
    for name in events.columns:
        if name in (EXTENT_WKT, events.geometry.name):
            continue
        column = events[name]
        if name in NUMBER_COLUMNS:
            data[name] = pd.to_numeric(column, errors="coerce").astype("float64")
        elif name in INTEGER_COLUMNS:
            data[name] = column.astype("int64")
        else:
            data[name] = pd.Series(
                [frame_cell_text(name, value) for value in column], index=events.index
            ).astype("str" if name in RESOLVED_COLUMNS else object)
    data[schema.EXTENT] = gpd.GeoSeries(extents, index=events.index, crs=schema.CRS)
    data["geometry"] = gpd.GeoSeries(points.values, index=events.index, crs=schema.CRS)
    return gpd.GeoDataFrame(data, geometry="geometry", crs=schema.CRS)
