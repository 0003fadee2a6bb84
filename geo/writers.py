"""Write resolved events as GeoJSON and the review list as CSV, byte-stable.

The same events give the same bytes: columns keep their order, floats are written
with ``repr`` (shortest round-trip), NaN becomes ``null`` and nothing depends on
the clock or the machine.
"""

from __future__ import annotations

import json
import math

import geopandas as gpd
import pandas as pd
import shapely

from bordermap.geo import schema
from bordermap.geo.spreadsheet import csv_text


def _json_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return None if not math.isfinite(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return _json_value(value.item())
    return value


def events_to_geojson(events: gpd.GeoDataFrame) -> str:
    """Serialise resolved events as a GeoJSON FeatureCollection.

    Parameters
    ----------
    events : GeoDataFrame
        As in :attr:`bordermap.geo.resolve.ResolveResult.events`.

    Returns
    -------
    str
        One feature per event, in order.  The geometry is the representative point
        (``null`` when the place is not resolved); every other column is a property;
        the ``extent`` geometry is written as WKT (6 decimals, about 10 cm).
    """
    columns = [c for c in events.columns if c not in ("geometry", schema.EXTENT)]
    geometry = events.geometry.to_numpy()
    extents = events[schema.EXTENT].to_numpy() if schema.EXTENT in events else None
    features = []
    for i, record in enumerate(events[columns].itertuples(index=False, name=None)):
        properties = {
            name: _json_value(value) for name, value in zip(columns, record, strict=True)
        }
        if extents is not None:
            extent = extents[i]
            properties[schema.EXTENT] = (
                None if extent is None else shapely.to_wkt(extent, rounding_precision=6)
            )
        point = geometry[i]
        features.append(
            {
                "type": "Feature",
                "id": properties.get(schema.ID),
                "geometry": None
                if point is None or point.is_empty
                else {"type": "Point", "coordinates": [round(point.x, 7), round(point.y, 7)]},
                "properties": properties,
            }
        )
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def review_to_csv(review: pd.DataFrame) -> str:
    """Serialise the review list (unresolved and ambiguous places) as CSV text.

    Cells a spreadsheet would run as a formula are neutralised
    (:func:`bordermap.geo.spreadsheet.csv_text`).
    """
    return csv_text(list(review.columns), review.itertuples(index=False, name=None))
