"""Export a map's layers for a GIS: GeoPackage, GeoJSON, CSV or GeoParquet.

The layers are the resolved events (every field, unresolved events included with
no geometry), the events' extents (the area, line or point each event is known to,
so the uncertainty travels with the data), the border lines with their lengths, the
border zones and the admin-1 regions.  A GeoPackage holds one table per layer; the
other formats write one file per layer, named ``<stem>.<layer>.<ext>``.

Every file is written through a temporary file and renamed, and the same layers
give the same bytes (GeoPackage included: its change date is pinned).
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import shapely

from bordermap.geo import schema
from bordermap.geo.atomic import temporary_beside, write_bytes_atomic, write_text_atomic
from bordermap.geo.errors import BorderMapError
from bordermap.geo.events.geoparquet import write_geoparquet
from bordermap.geo.events.writers import events_to_geojson
from bordermap.geo.spreadsheet import csv_text
from bordermap.layers.geodesic import geodesic_circle
from bordermap.maps.layerset import RecipeLayers
from bordermap.maps.qgisstyle import layer_styles_frame

#: Formats ``export_layers`` writes, with their file extensions.
EXPORT_FORMATS: dict[str, str] = {
    "gpkg": "gpkg",
    "geojson": "geojson",
    "csv": "csv",
    "parquet": "parquet",
}
#: Layer names, in the order they are written.
LAYER_NAMES: tuple[str, ...] = (
    "events",
    "event_extents",
    "border_lines",
    "border_zones",
    "regions",
)
#: Decimals kept in coordinates written as text: 1e-7 degrees is about 1 cm.
DECIMALS = 7
#: GeoPackages record when each table changed; pinning it keeps files byte-stable.
GPKG_DATE = "2000-01-01T00:00:00.000Z"
#: Columns the GeoPackage holds as dates (GeoPackage DATE), so QGIS's temporal
#: controller and date filters work on them; empty means unknown (NULL).
GPKG_DATE_COLUMNS: tuple[str, ...] = (schema.DATE_START, schema.DATE_END)
#: Decimals of ``border_km`` in the GeoPackage: 10 m, finer than the boundaries allow.
BORDER_KM_DECIMALS = 2
#: The GeoPackage splits the events' extents by kind of shape, one geometry type per
#: layer (QGIS and most tools expect that): layer -> (shapely type ids, GPKG type).
GPKG_EXTENT_LAYERS: dict[str, tuple[tuple[int, ...], str]] = {
    "event_extents_points": ((0, 4), "MultiPoint"),
    "event_extents_lines": ((1, 5), "MultiLineString"),
    "event_extents_areas": ((3, 6), "MultiPolygon"),
}


def layer_frames(layers: RecipeLayers) -> dict[str, gpd.GeoDataFrame]:
    """The layers to export, by name (see :data:`LAYER_NAMES`), absent ones left out.

    Parameters
    ----------
    layers : RecipeLayers
        From :func:`bordermap.maps.layerset.recipe_layers`.

    Returns
    -------
    dict of str to GeoDataFrame
        ``events`` (active geometry: the representative point; ``extent`` kept as a
        second geometry column), ``event_extents`` (the same rows and fields with
        the extent as geometry), and the boundary layers the map draws.  Inputs are
        not modified.
    """
    events = layers.events.copy()
    extents = gpd.GeoDataFrame(
        events.drop(columns=["geometry", schema.EXTENT]),
        geometry=gpd.GeoSeries(_area_extents(events), index=events.index, crs=schema.CRS),
        crs=schema.CRS,
    )
    frames = {"events": events, "event_extents": extents}
    for name, frame in (
        ("border_lines", layers.border_lines),
        ("border_zones", layers.border_zones),
        ("regions", layers.regions),
    ):
        if frame is not None:
            frames[name] = frame.copy()
    return frames


def _area_extents(events: gpd.GeoDataFrame) -> np.ndarray:
    """The events' extents, a district known only by its seat as its circle.

    The data has no district outlines: such a district's extent is its seat, with
    ``uncertainty_km`` the radius of about its size.  In a GIS file a point would be
    drawn as a pin, so the circle is written as the area it stands for.
    """
    extents = np.asarray(events[schema.EXTENT].values, dtype=object).copy()
    if schema.UNCERTAINTY_KM not in events.columns:
        return extents
    precision = events[schema.PRECISION].to_numpy(dtype=object)
    reach = pd.to_numeric(events[schema.UNCERTAINTY_KM], errors="coerce").to_numpy()
    # A district, or a region the outlines lack, known by a point and its reach.
    for i in np.flatnonzero(np.isin(precision, ("district", "region")) & (reach > 0)):
        extent = extents[i]
        if extent is not None and extent.geom_type == "Point":
            extents[i] = geodesic_circle(extent.x, extent.y, float(reach[i]))
    return extents


def _round(geometries: np.ndarray) -> np.ndarray:
    return shapely.transform(geometries, lambda xy: np.round(xy, DECIMALS))


def _wkt(geometries: np.ndarray) -> list[str]:
    return [
        "" if g is None else shapely.to_wkt(g, rounding_precision=DECIMALS, trim=True)
        for g in geometries
    ]


def _cell(value: object) -> object:
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    return value


def _may_hold_lists(values: np.ndarray) -> bool:
    """False when every cell is text or missing, checked in C: nothing to join then."""
    return pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty")


def flat_frame(frame: gpd.GeoDataFrame, *, keep_geometries: bool = False) -> gpd.GeoDataFrame:
    """A copy any GIS format can hold: list cells joined with ``"; "``, extra geometry
    columns as WKT text (unless ``keep_geometries``), coordinates rounded to
    :data:`DECIMALS`.
    """
    out = frame.copy()
    active = out.geometry.name
    for column in out.columns:
        if column == active:
            continue
        if isinstance(out[column].dtype, gpd.array.GeometryDtype):
            if not keep_geometries:
                out[column] = _wkt(out[column].values)
            else:
                out[column] = gpd.GeoSeries(
                    _round(np.asarray(out[column].values, dtype=object)),
                    index=out.index,
                    crs=schema.CRS,
                )
        elif out[column].dtype == object and _may_hold_lists(out[column].to_numpy()):
            out[column] = [_cell(v) for v in out[column]]
    out[active] = gpd.GeoSeries(
        _round(np.asarray(out.geometry.values, dtype=object)), index=out.index, crs=schema.CRS
    )
    return out


def _json_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item"):  # numpy scalars
        return _json_value(value.item())
    return value


def frame_to_geojson(frame: gpd.GeoDataFrame) -> str:
    """Serialise any layer as a GeoJSON FeatureCollection, byte-stable.

    Every column but the geometry is a property (other geometry columns as WKT); a
    missing geometry is ``null``, never dropped.
    """
    flat = flat_frame(frame)
    columns = [c for c in flat.columns if c != flat.geometry.name]
    features = []
    for geometry, record in zip(
        flat.geometry.values, flat[columns].itertuples(index=False, name=None), strict=True
    ):
        features.append(
            {
                "type": "Feature",
                "geometry": None if geometry is None else json.loads(shapely.to_geojson(geometry)),
                "properties": {
                    k: _json_value(_cell(v)) for k, v in zip(columns, record, strict=True)
                },
            }
        )
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def frame_to_csv(frame: gpd.GeoDataFrame) -> str:
    """Serialise any layer as CSV: every field, geometries as WKT (``geometry`` last).

    Text cells a spreadsheet would run as a formula are neutralised
    (:func:`bordermap.geo.spreadsheet.csv_text`); numbers stay numbers.
    """
    flat = flat_frame(frame)
    active = flat.geometry.name
    columns = [c for c in flat.columns if c != active]
    rows = (
        [*(_csv_value(v) for v in record), wkt]
        for record, wkt in zip(
            flat[columns].itertuples(index=False, name=None),
            _wkt(flat.geometry.values),
            strict=True,
        )
    )
    return csv_text([*columns, "geometry"], rows)


def _csv_value(value: object) -> object:
    value = _json_value(value)
    return "" if value is None else value


def geopackage_frames(frames: Mapping[str, gpd.GeoDataFrame]) -> dict[str, gpd.GeoDataFrame]:
    """The layers as the GeoPackage holds them, by name.

    ``events`` loses its ``extent`` column (a WKT text of up to tens of thousands of
    characters) and says in ``extent_layer`` which layer holds its shape instead;
    ``event_extents`` becomes the layers of :data:`GPKG_EXTENT_LAYERS`, one geometry
    type each (events without an extent are only in ``events``); ``border_km`` is
    rounded to :data:`BORDER_KM_DECIMALS`.  Inputs are not modified.
    """
    out: dict[str, gpd.GeoDataFrame] = {}
    for name, frame in frames.items():
        if schema.BORDER_KM in frame:
            km = pd.to_numeric(frame[schema.BORDER_KM], errors="coerce")
            frame = frame.assign(**{schema.BORDER_KM: km.round(BORDER_KM_DECIMALS)})
        if name == "events" and schema.EXTENT in frame:
            kinds = shapely.get_type_id(np.asarray(frame[schema.EXTENT].values, dtype=object))
            layer = np.full(len(frame), "", dtype=object)
            for extent_layer, (type_ids, _) in GPKG_EXTENT_LAYERS.items():
                layer[np.isin(kinds, type_ids)] = extent_layer
            frame = frame.drop(columns=[schema.EXTENT]).assign(extent_layer=layer)
        if name == "event_extents":
            kinds = shapely.get_type_id(np.asarray(frame.geometry.values, dtype=object))
            for extent_layer, (type_ids, _) in GPKG_EXTENT_LAYERS.items():
                part = frame[np.isin(kinds, type_ids)]
                if len(part):
                    out[extent_layer] = part
            continue
        out[name] = frame
    return out


def _typed_dates(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Date columns as Arrow dates (GeoPackage DATE); anything not an ISO day is NULL."""
    out = frame.copy()
    for column in GPKG_DATE_COLUMNS:
        if column in out:
            days = pd.to_datetime(out[column], format="%Y-%m-%d", errors="coerce")
            out[column] = pd.Series(
                [None if pd.isna(d) else d.date() for d in days],
                index=out.index,
                dtype=pd.ArrowDtype(pa.date32()),
            )
    return out


def _write_geopackage(frames: Mapping[str, gpd.GeoDataFrame], path: Path) -> None:
    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_DATE})
    try:
        # Written beside the target and renamed over it; a killed run's file and its
        # SQLite journal are removed by the next run (see bordermap.geo.atomic).
        with temporary_beside(path, suffix=".gpkg") as tmp:
            tmp.unlink()  # GDAL creates the file itself
            written = geopackage_frames(frames)
            for name, frame in written.items():
                dated = any(column in frame for column in GPKG_DATE_COLUMNS)
                kind = GPKG_EXTENT_LAYERS.get(name, (None, None))[1]
                pyogrio.write_dataframe(
                    _typed_dates(flat_frame(frame)) if dated else flat_frame(frame),
                    tmp,
                    layer=name,
                    driver="GPKG",
                    geometry_type=kind,
                    # One geometry type per layer: a border of two lines and one of
                    # one line are both MultiLineStrings.
                    promote_to_multi=name != "events",
                    # Arrow carries the date type through to a GeoPackage DATE.
                    use_arrow=dated,
                    append=False,
                )
            styles = layer_styles_frame(list(written))
            if len(styles):
                # QGIS applies a layer's default style from this table when it opens it.
                pyogrio.write_dataframe(styles, tmp, layer="layer_styles", driver="GPKG")
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def _parquet_bytes(frame: gpd.GeoDataFrame) -> bytes:
    buffer = io.BytesIO()
    # GeoParquet keeps several geometry columns, so extents stay geometry here.  The
    # bytes are GeoPandas' to_parquet(index=False, compression="zstd"), with points
    # encoded as one buffer instead of a Python bytes object each.
    write_geoparquet(flat_frame(frame, keep_geometries=True), buffer)
    return buffer.getvalue()


def export_layers(
    frames: Mapping[str, gpd.GeoDataFrame],
    *,
    folder: str | os.PathLike[str],
    stem: str,
    formats: Sequence[str] = ("gpkg",),
) -> list[Path]:
    """Write layers as GIS files.

    Parameters
    ----------
    frames : mapping of str to GeoDataFrame
        Layers by name, as from :func:`layer_frames`.
    folder : path-like
        Where the files go (created if missing).
    stem : str
        Start of every file name, usually the recipe's name.
    formats : sequence of str, optional
        Any of :data:`EXPORT_FORMATS`.

    Returns
    -------
    list of Path
        The files written, in order.

    Raises
    ------
    BorderMapError
        If a format is unknown.
    """
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise BorderMapError(
            f"unknown export format {unknown[0]!r}; use one of {', '.join(EXPORT_FORMATS)}"
        )
    out = Path(folder)
    written: list[Path] = []
    for fmt in dict.fromkeys(formats):
        if fmt == "gpkg":
            path = out / f"{stem}.gpkg"
            _write_geopackage(frames, path)
            written.append(path)
            continue
        for name, frame in frames.items():
            path = out / f"{stem}.{name}.{EXPORT_FORMATS[fmt]}"
            if fmt == "geojson":
                # Events keep the shape `bordermap resolve` writes: one reader for both.
                text = events_to_geojson(frame) if name == "events" else frame_to_geojson(frame)
                write_text_atomic(path, text)
            elif fmt == "csv":
                write_text_atomic(path, frame_to_csv(frame))
            else:
                write_bytes_atomic(path, _parquet_bytes(frame))
            written.append(path)
    return written
