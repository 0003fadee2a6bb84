"""Write resolved events (GeoJSON, GeoParquet, GeoPackage) and the review list (CSV).

The same events give the same bytes: columns keep their order, floats are written
with ``repr`` (shortest round-trip), NaN becomes ``null`` and nothing depends on
the clock or the machine.

The GeoJSON is built column by column, not as a dict per feature: each column's
values are encoded once per distinct value (or with one ``repr`` per float), then
the features are assembled from those pieces.  The bytes are those
``json.dumps(doc, ensure_ascii=False, indent=1)`` gives for the same features, which
a test checks against that reference on varied events.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import shapely

from bordermap.geo import schema
from bordermap.geo.atomic import temporary_beside
from bordermap.geo.events.geoparquet import (
    geoparquet_table,
    write_geoparquet,
    write_geoparquet_table,
)
from bordermap.geo.spreadsheet import csv_text, neutralise_cell

#: ``json.dumps(text, ensure_ascii=False)`` without the encoder set up per call.
_encode_text = json.encoder.encode_basestring
#: Rows encoded at a time when writing GeoJSON to a file: bounds the text in memory.
GEOJSON_CHUNK = 10_000
#: Rows whose columns are encoded together by the GeoJSON writer (a multiple of the
#: chunk): their distinct texts are encoded once.
ENCODE_BLOCK = 100_000
#: Flushes a file's data to the disk (``fsync`` where the platform has no ``fdatasync``).
_sync_data = getattr(os, "fdatasync", os.fsync)
#: Indentation of a property's value inside a feature (``json.dumps(indent=1)``).
_PROPERTY_INDENT = "\n    "
_NULL = "null"
#: The features are assembled as Arrow text; 64-bit offsets, so a chunk may pass 2 GB.
_TEXT = pa.large_string()


def _json_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return None if not math.isfinite(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return _json_value(value.item())
    return value


def _encode_one(value: object) -> str:
    """One property value as ``json.dumps(indent=1)`` writes it inside a feature."""
    if type(value) is str:
        return _encode_text(value)
    text = json.dumps(_json_value(value), ensure_ascii=False, indent=1, allow_nan=False)
    # A list or mapping spans lines; its lines sit at the depth of a property value.
    return text.replace("\n", _PROPERTY_INDENT) if "\n" in text else text


def _texts(values: list[str]) -> pa.Array:
    return pa.array(values, type=_TEXT)


def _pick(pieces: list[str], codes: np.ndarray) -> pa.Array:
    """``pieces[code]`` for every code, taken in Arrow (no Python string per row)."""
    return _texts(pieces).take(pa.array(codes, type=pa.int64()))


def _float_json(value: float) -> str:
    return float.__repr__(value) if math.isfinite(value) else _NULL


def _rounded_7(value: float) -> str:
    # Python's round (correctly rounded), as the reference writer used, not np.round.
    return float.__repr__(round(value, 7))


def _each_distinct_float(
    values: np.ndarray, encode: Callable[[float], str], *, one: bool = False
) -> pa.Array | str:
    """``encode`` of every value, called once per distinct value (events share points).

    With ``one``, a column of a single value gives its text alone (see
    :func:`_encode_column`).
    """
    coded = _distinct_floats(values, encode)
    if isinstance(coded, str) and not one:
        return _pick([coded], np.zeros(len(values), dtype=np.int64))
    return _rows_of(coded, 0, len(values))


#: A column encoded for a block of rows: its one text (every row the same), its texts
#: row by row ``(texts, None)``, or its distinct texts and each row's ``(texts, codes)``.
_Coded = str | tuple[pa.Array, np.ndarray | None]


def _distinct_floats(values: np.ndarray, encode: Callable[[float], str]) -> _Coded:
    # Keyed by the bits, so 0.0 and -0.0 (equal as numbers) keep their own texts.
    bits = np.ascontiguousarray(values, dtype=np.float64).view(np.int64)
    codes, distinct = pd.factorize(bits)
    texts = list(map(encode, distinct.view(np.float64).tolist()))
    if len(texts) == 1:
        return texts[0]
    return _texts(texts), codes


def _coded_column(values: np.ndarray | pd.Series) -> _Coded:
    """Every value of one column JSON-encoded (see :data:`_Coded`), each distinct
    text or number once."""
    array = values.to_numpy() if isinstance(values, pd.Series) else values
    if array.dtype.kind == "f":
        return _distinct_floats(array, _float_json)
    if array.dtype.kind in "iu":
        # json writes an int as int.__repr__ does; one json.dumps a value cost 1.1 s
        # of the 100k GeoJSON (source_line).
        return _texts(list(map(int.__repr__, array.tolist()))), None
    if array.dtype.kind == "b":
        return _texts(["false", "true"]), array.astype(np.int64)
    if array.dtype == object and pd.api.types.infer_dtype(array, skipna=True) in (
        "string",
        "empty",
    ):
        # Text (None or NaN where missing): encode each distinct value once.
        codes, uniques = pd.factorize(array)
        missing = codes < 0
        if len(uniques) + bool(missing.any()) == 1:
            return _NULL if len(uniques) == 0 else _encode_one(uniques[0])
        codes[missing] = len(uniques)  # missing picks the trailing null
        return _texts([*map(_encode_one, uniques.tolist()), _NULL]), codes
    return _texts(list(map(_encode_one, np.asarray(array, dtype=object).tolist()))), None


def _rows_of(coded: _Coded, start: int, stop: int) -> pa.Array | str:
    """Rows ``start`` to ``stop`` of a coded column, as Arrow text (or its one text)."""
    if isinstance(coded, str):
        return coded
    texts, codes = coded
    if codes is None:
        return texts.slice(start, stop - start)
    return texts.take(pa.array(codes[start:stop], type=pa.int64()))


def _encode_column(values: np.ndarray | pd.Series) -> pa.Array | str:
    """Every value of one column, JSON-encoded, in order, as Arrow text; or, when
    every value encodes the same (an optional column left empty, one file, one
    status), that one text: a fixed piece between the others costs the join nothing
    per feature (17 of the 45 properties of the 100k bench file)."""
    return _rows_of(_coded_column(values), 0, len(values))


def _joined(pieces: list[pa.Array | str], separator: str) -> pa.Array:
    """Each row's pieces laid end to end, then ``separator``: texts that are the same
    for every row (str) are joined beforehand into one fixed piece.  At least one
    piece must be an array."""
    merged: list[pa.Array | pa.Scalar] = []
    fixed: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            fixed.append(piece)
            continue
        if fixed:
            merged.append(_piece("".join(fixed)))
            fixed = []
        merged.append(piece)
    if fixed:
        merged.append(_piece("".join(fixed)))
    return pc.binary_join_element_wise(*merged, _piece(separator))


def _key(name: object) -> str:
    return json.dumps(name if isinstance(name, str) else str(name), ensure_ascii=False)


def _extent_texts(extents: np.ndarray) -> pa.Array:
    """Extents as JSON strings of WKT (6 decimals); each distinct object once."""
    codes = np.zeros(len(extents), dtype=np.int64)  # 0: the null in front
    where = np.flatnonzero(~shapely.is_missing(extents))
    pieces = [_NULL]
    if len(where):
        chosen = extents[where]
        # A place's extent is one shared object for all its events: WKT it once.
        ids = np.fromiter(map(id, chosen), dtype=np.int64, count=len(chosen))
        _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
        wkts = shapely.to_wkt(chosen[first], rounding_precision=6).tolist()
        pieces.extend(map(_encode_text, wkts))
        codes[where] = inverse.ravel() + 1
    return _pick(pieces, codes)


def _geometry_texts(points: np.ndarray) -> pa.Array:
    """The ``"geometry": ...`` member of each feature (a Point, or null)."""
    present = ~(shapely.is_missing(points) | shapely.is_empty(points))
    where = np.flatnonzero(present)
    placed = pc.binary_join_element_wise(
        _piece('   "geometry": {\n    "type": "Point",\n    "coordinates": [\n     '),
        _each_distinct_float(shapely.get_x(points[where]), _rounded_7),
        _piece(",\n     "),
        _each_distinct_float(shapely.get_y(points[where]), _rounded_7),
        _piece("\n    ]\n   },\n"),
        _piece(""),
    )
    # Rows without a point take the null member after the placed ones.
    codes = np.full(len(points), len(where), dtype=np.int64)
    codes[where] = np.arange(len(where))
    pieces = pa.concat_arrays([placed, _texts(['   "geometry": null,\n'])])
    return pieces.take(pa.array(codes, type=pa.int64()))


def _piece(text: str) -> pa.Scalar:
    return pa.scalar(text, type=_TEXT)


def _utf8(texts: pa.Array) -> memoryview:
    """The UTF-8 bytes of Arrow texts laid end to end (their data buffer, no copy)."""
    _, offsets, data = texts.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int64)
    return memoryview(data)[bounds[texts.offset] : bounds[texts.offset + len(texts)]]


def _property_columns(events: gpd.GeoDataFrame) -> list[str]:
    """The columns written as properties, in order (``extent`` apart, last)."""
    return [c for c in events.columns if c not in ("geometry", schema.EXTENT)]


def _block_rows(chunk: int) -> int:
    """Rows of a block whose columns are encoded together (a whole number of chunks)."""
    return chunk * max(1, ENCODE_BLOCK // chunk)


def _coded_block(
    events: gpd.GeoDataFrame,
    columns: list[str],
    start: int,
    stop: int,
    ahead: dict[str, _Coded] | None = None,
) -> list[_Coded]:
    """The block of rows ``start`` to ``stop`` of each of ``columns``, coded; those in
    ``ahead`` were coded before (see :func:`prepare_events`)."""
    ahead = ahead or {}
    return [ahead[c] if c in ahead else _coded_column(events[c].iloc[start:stop]) for c in columns]


def _feature_chunks(
    events: gpd.GeoDataFrame, chunk: int, first: dict[str, _Coded] | None = None
) -> Iterator[bytes | memoryview]:
    """The UTF-8 of the features, ``chunk`` rows at a time, with their separators;
    ``first``: columns of the first block coded ahead."""
    columns = _property_columns(events)
    has_extent = schema.EXTENT in events
    names = [*columns, schema.EXTENT] if has_extent else columns
    # Each feature is its values between fixed pieces of text, joined in Arrow:
    # a %-format per feature in Python cost ~1.2 s of the 100k GeoJSON.
    keys = [f"    {_key(name)}: " for name in names]
    head = '  {\n   "type": "Feature",\n   "id": '
    tail = "\n   }\n  },\n" if names else '   "properties": {}\n  },\n'
    total = len(events)
    # Columns are encoded a block of chunks at a time (each distinct text of a block
    # once: a place named in every chunk was encoded in each) and joined a chunk at a
    # time (joining longer chunks was slower).
    block = _block_rows(chunk)
    for start in range(0, total, chunk):
        if start % block == 0:
            coded = _coded_block(
                events, columns, start, start + block, first if start == 0 else None
            )
        part = events.iloc[start : start + chunk]
        offset = start % block
        encoded = [_rows_of(c, offset, offset + len(part)) for c in coded]
        if has_extent:
            encoded.append(_extent_texts(np.asarray(part[schema.EXTENT].array, dtype=object)))
        ids = encoded[columns.index(schema.ID)] if schema.ID in columns else _NULL
        geometry = _geometry_texts(np.asarray(part.geometry.array, dtype=object))
        pieces: list[pa.Array | str] = [head, ids, ",\n", geometry]
        for i, (key, values) in enumerate(zip(keys, encoded, strict=True)):
            opening = '   "properties": {\n' if i == 0 else ",\n"
            pieces += [opening + key, values]
        pieces.append(tail)
        # The geometry member is always an array: the join has a row per feature.
        features = _utf8(_joined(pieces, ""))
        if start + len(part) < total:
            yield features
        else:  # every feature ends in ",\n", the last of all in "\n"
            yield features[:-2]
            yield b"\n"


def _geojson_pieces(
    events: gpd.GeoDataFrame, chunk: int, first: dict[str, _Coded] | None = None
) -> Iterator[bytes | memoryview]:
    if len(events) == 0:
        yield b'{\n "type": "FeatureCollection",\n "features": []\n}\n'
        return
    yield b'{\n "type": "FeatureCollection",\n "features": [\n'
    yield from _feature_chunks(events, chunk, first)
    yield b" ]\n}\n"


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
    return b"".join(_geojson_pieces(events, GEOJSON_CHUNK)).decode("utf-8")


def write_events_geojson(
    events: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    first: dict[str, _Coded] | None = None,
) -> None:
    """Write :func:`events_to_geojson`'s bytes to ``path`` atomically, a chunk at a time.

    At most three chunks of :data:`GEOJSON_CHUNK` features are held as text at once
    (one being written, one waiting, one being made), so a million events do not need
    their whole GeoJSON in memory.  ``first``: columns of the first block coded ahead
    (see :func:`prepare_events`).
    """
    with temporary_beside(path) as tmp, tmp.open("wb") as handle:
        _write_beside(handle, _geojson_pieces(events, GEOJSON_CHUNK, first))
        handle.flush()
        os.fsync(handle.fileno())


def _write_beside(handle: BinaryIO, pieces: Iterator[bytes | memoryview]) -> None:
    """Write ``pieces`` to ``handle`` in order, on a second thread while the next is made.

    Copying 150 MB of GeoJSON (100,000 events) into the file and flushing it to the
    disk takes the kernel 0.2-0.4 s, during which Python is free: the next chunk's
    Arrow joins run meanwhile.  Each written chunk is flushed to the disk there too
    (``fdatasync``), so the caller's final ``fsync`` finds little left.  The bytes are
    those written in turn; an error on either side is raised here once both have
    stopped.
    """
    waiting: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=1)
    failed: list[BaseException] = []

    def write() -> None:
        # Takes every piece until the end mark, also after a failure (then unwritten),
        # so the maker below never waits on a full queue for a writer that stopped.
        while (piece := waiting.get()) is not None:
            if failed:
                continue
            try:
                handle.write(piece)
                handle.flush()
                _sync_data(handle.fileno())
            except BaseException as err:  # raised again by the caller, below
                failed.append(err)

    writer = threading.Thread(target=write, name="geojson-writer", daemon=True)
    writer.start()
    try:
        for piece in pieces:
            if failed:
                break
            waiting.put(piece)
    finally:
        waiting.put(None)
        writer.join()
    if failed:
        raise failed[0]


def _with_extent_as(events: gpd.GeoDataFrame, *, as_text: bool) -> gpd.GeoDataFrame:
    """The events with ``extent`` as a geometry column (GeoParquet) or as WKT text."""
    frame = events.copy(deep=False)
    if schema.EXTENT in frame:
        values = np.asarray(frame[schema.EXTENT].array, dtype=object)
        if as_text:
            frame[schema.EXTENT] = pd.Series(
                shapely.to_wkt(values, rounding_precision=6), index=frame.index, dtype=object
            ).fillna("")
        else:
            frame[schema.EXTENT] = gpd.GeoSeries(values, index=frame.index, crs=schema.CRS)
    return frame


def events_to_geoparquet(events: gpd.GeoDataFrame) -> bytes:
    """Serialise resolved events as GeoParquet (zstd), both geometries kept.

    ``geometry`` is the representative point and ``extent`` the place's extent, both
    WKB geometry columns in EPSG:4326; every other column keeps its values and type.
    """
    buffer = io.BytesIO()
    write_geoparquet(_with_extent_as(events, as_text=False), buffer)
    return buffer.getvalue()


def _write_table_atomically(table: pa.Table, path: str | os.PathLike[str]) -> None:
    """Write a GeoParquet table made ahead to ``path`` atomically."""
    with temporary_beside(path, suffix=".parquet") as tmp:
        write_geoparquet_table(table, tmp)


def write_events_geoparquet(events: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write :func:`events_to_geoparquet` to ``path`` atomically."""
    with temporary_beside(path, suffix=".parquet") as tmp:
        write_geoparquet(_with_extent_as(events, as_text=False), tmp)


#: GeoPackages record when each table changed; pinning it keeps files byte-stable.
GPKG_DATE = "2000-01-01T00:00:00.000Z"


def write_events_geopackage(events: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> None:
    """Write resolved events as a GeoPackage layer ``events`` atomically.

    A GeoPackage table holds one geometry, the representative point; ``extent`` is
    written as WKT text (6 decimals), as in the GeoJSON.
    """
    import pyogrio

    previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_DATE})
    try:
        with temporary_beside(path, suffix=".gpkg") as tmp:
            tmp.unlink()  # GDAL creates the file itself
            pyogrio.write_dataframe(
                _with_extent_as(events, as_text=True),
                tmp,
                layer="events",
                driver="GPKG",
                geometry_type="Point",
                use_arrow=True,
            )
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


#: Output formats of :func:`write_events`, by file name ending.
EVENT_WRITERS = {
    ".geojson": write_events_geojson,
    ".json": write_events_geojson,
    ".parquet": write_events_geoparquet,
    ".geoparquet": write_events_geoparquet,
    ".gpkg": write_events_geopackage,
}


class PreparedEvents:
    """The work of :func:`write_events` done before one column of the events is final.

    ``resolve`` has every column of its events but the notes of its truth checks while
    its second process still answers them, and would wait for it: the other columns
    are converted then (GeoParquet: the Arrow table; GeoJSON: the first block's
    columns encoded), and :func:`write_events` converts the late column alone.  The
    bytes are those of a whole write.  Made by :func:`prepare_events`.
    """

    def __init__(self, events: gpd.GeoDataFrame, path: str | os.PathLike[str], late: str) -> None:
        self._events = events
        self._writer = _writer_for(path)
        self._late = late
        self._table: pa.Table | None = None
        self._first: dict[str, _Coded] | None = None
        if self._writer is write_events_geoparquet:
            self._table = geoparquet_table(_with_extent_as(events, as_text=False))
        elif self._writer is write_events_geojson:
            block = _block_rows(GEOJSON_CHUNK)
            columns = [c for c in _property_columns(events) if c != late]
            coded = _coded_block(events, columns, 0, block)
            self._first = dict(zip(columns, coded, strict=True))

    def write(self, events: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> bool:
        """Write ``events`` to ``path`` with the work done ahead; False (nothing
        written) unless they are the very events it was made from, in the same
        format, and their late column converts as it did then."""
        if events is not self._events or _writer_for(path) is not self._writer:
            return False
        if self._first is not None:
            write_events_geojson(events, path, first=self._first)
            return True
        table = self.table_with(events, path)
        if table is None:
            return False
        _write_table_atomically(table, path)
        return True

    def table_with(
        self, events: gpd.GeoDataFrame, path: str | os.PathLike[str]
    ) -> pa.Table | None:
        """The GeoParquet table of ``events`` with the work done ahead, their late column
        converted now; None unless they are the very events it was made from, written
        as GeoParquet, and their late column converts as it did then."""
        if events is not self._events or _writer_for(path) is not self._writer:
            return None
        if self._table is None:
            return None
        return _with_late_column(self._table, events, self._late)


def start_write(
    events: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    prepared: PreparedEvents | None = None,
) -> WriteInProgress | None:
    """Start writing ``events`` to ``path`` on a thread of its own where that gains time.

    A GeoParquet file only: Arrow encodes, compresses and writes its columns without
    holding the interpreter's lock, so the caller's own work (the review list of
    ``resolve``) runs meanwhile on another core.  The table is made here, before the
    thread starts (from ``prepared`` where it fits, see :func:`prepare_events`), so
    that thread reads no pandas object.  Other formats are written by Python, which
    would only take turns with the caller: nothing is started for them.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events, final.
    path : path-like
        The file (its ending chooses the format).
    prepared : PreparedEvents, optional
        Work done ahead for these events and this file.

    Returns
    -------
    WriteInProgress or None
        The write under way (call its ``wait``); None when nothing was started (write
        the events with :func:`write_events`).  The bytes are those of
        :func:`write_events` either way.
    """
    if _writer_for(path) is not write_events_geoparquet:
        return None
    table = None if prepared is None else prepared.table_with(events, path)
    if table is None:
        table = geoparquet_table(_with_extent_as(events, as_text=False))
    return WriteInProgress(table, path)


class WriteInProgress:
    """A GeoParquet table being written to ``path`` (atomically) on a thread of its own.

    Made by :func:`start_write`.  :meth:`wait` waits for the file to be
    in place and raises what the write raised, once.  The bytes are those of
    :func:`write_events`; only which thread writes them changes.
    """

    def __init__(self, table: pa.Table, path: str | os.PathLike[str]) -> None:
        self._failed: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._write, args=(table, path), name="geoparquet-writer"
        )
        self._thread.start()

    def _write(self, table: pa.Table, path: str | os.PathLike[str]) -> None:
        try:
            _write_table_atomically(table, path)
        except BaseException as err:  # raised again by wait(), in the caller's thread
            self._failed.append(err)

    def wait(self) -> None:
        """Wait until the file is written and in place; raise the write's error, if any."""
        self._thread.join()
        if self._failed:
            raise self._failed.pop()


def _with_late_column(table: pa.Table, events: pd.DataFrame, late: str) -> pa.Table | None:
    """``table`` with its column ``late`` converted again from ``events``; None when
    that column now converts to another field or another pandas description (the
    whole frame must then be converted again)."""
    index = table.schema.get_field_index(late)
    if index < 0:
        return None
    # Converted alone, a column gets the field and pandas metadata the whole frame
    # gives it (pandas_compat converts each column by itself).
    alone = pa.Table.from_pandas(pd.DataFrame({late: events[late]}), preserve_index=False)
    field = alone.schema.field(0)
    if not field.equals(table.schema.field(index), check_metadata=True):
        return None
    described = json.loads(table.schema.metadata[b"pandas"])["columns"]
    if json.loads(alone.schema.metadata[b"pandas"])["columns"][0] != described[index]:
        return None
    return table.set_column(index, field, alone.column(0))


def prepare_events(
    events: gpd.GeoDataFrame, path: str | os.PathLike[str], *, late: str
) -> PreparedEvents:
    """Do the work of writing ``events`` to ``path`` now, all but that of column ``late``.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events whose columns are final but ``late``; they are written later
        by :func:`write_events` with the result, that column then final (the same
        frame object: set the column in place).
    path : path-like
        The file they will be written to (its ending chooses the format).
    late : str
        The column not yet final.

    Returns
    -------
    PreparedEvents
        To pass to :func:`write_events`.  A GeoPackage, or events that changed
        otherwise, are written whole there.
    """
    return PreparedEvents(events, path, late)


def _writer_for(path: str | os.PathLike[str]) -> Callable[..., None]:
    return EVENT_WRITERS.get(Path(path).suffix.lower(), write_events_geojson)


def write_events(
    events: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    prepared: PreparedEvents | None = None,
) -> None:
    """Write resolved events in the format ``path``'s ending names.

    ``.geojson``/``.json`` (:func:`events_to_geojson`'s bytes), ``.parquet``/
    ``.geoparquet`` (GeoParquet) or ``.gpkg`` (GeoPackage); anything else is GeoJSON,
    as before these formats existed.  ``prepared`` (see :func:`prepare_events`) is
    used where it applies; the bytes are the same either way.
    """
    if prepared is not None and prepared.write(events, path):
        return
    _writer_for(path)(events, path)


def _review_cells(values: pd.Series) -> list[object]:
    """The cells of one review column as :func:`csv_text` writes them, neutralised.

    Text columns repeat their texts (place, reason, country): each distinct one is
    neutralised once.  A missing text is the dtype's missing value, as a row of
    ``itertuples`` holds it.
    """
    if isinstance(values.dtype, pd.StringDtype):
        codes, distinct = pd.factorize(values)
        cells = [*map(neutralise_cell, distinct.tolist()), neutralise_cell(values.dtype.na_value)]
        return np.array(cells, dtype=object)[codes].tolist()  # code -1 picks the missing
    return list(map(neutralise_cell, values.tolist()))


def review_to_csv(review: pd.DataFrame) -> str:
    """Serialise the review list (unresolved and ambiguous places) as CSV text.

    Cells a spreadsheet would run as a formula are neutralised: the bytes of
    :func:`bordermap.geo.spreadsheet.csv_text` over the rows, built column by column
    (cell by cell, the 45,695 rows of the million bench events took 0.7 s).
    """
    columns = list(review.columns)
    head = csv_text(columns, [])
    if len(review) == 0:
        return head
    cells = [_review_cells(review.iloc[:, k]) for k in range(len(columns))]
    rows = list(zip(*cells, strict=True))
    buffer = io.StringIO()
    buffer.write(head)
    writer = csv.writer(buffer, lineterminator="\n")
    # As csv_text: a row holding a carriage return has every field quoted.
    has_cr = np.zeros(len(rows), dtype=bool)
    for column in cells:
        has_cr |= np.fromiter(
            (isinstance(v, str) and "\r" in v for v in column), dtype=bool, count=len(rows)
        )
    if not has_cr.any():
        writer.writerows(rows)
        return buffer.getvalue()
    quoting_writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row, cr in zip(rows, has_cr.tolist(), strict=True):
        (quoting_writer if cr else writer).writerow(row)
    return buffer.getvalue()
