"""A compact, deterministic container of named NumPy arrays, and polygons packed in one.

The shipped data files (the gazetteer, the admin-1 regions) are read at every start of
the command line, so they are stored as arrays that load without parsing: a JSON
header, then each array compressed on its own (zlib, or zstd where the writer asks for
it), so a reader decompresses only the arrays it uses, when it first uses them.  The
same input always gives the same bytes (no time stamps, fixed compression level).

Layout: ``MAGIC``, the header's length (8 bytes, little-endian), the header (zlib of
UTF-8 JSON: the caller's metadata under ``"meta"`` and, per array, its dtype, shape,
the offset and length of its compressed bytes after the header and, unless it is zlib,
its ``codec``), then the arrays.

zstd (through pyarrow, a dependency) decompresses two to three times faster than zlib
and packs the gazetteer smaller (8.2 against 9.2 MB): every command that resolves a
place decompresses all 22 MB of it, 0.04 s instead of 0.11 s.

Polygons are packed as integer coordinates (1e-5 degrees, about 1 m) delta-encoded
along the coordinate array, with shapely's ragged-array offsets, so thousands of
polygons load in milliseconds with :func:`shapely.from_ragged_array`.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely

from bordermap.geo.errors import GeometryDataError

__all__ = ["CODECS", "MAGIC", "PackedFile", "pack", "pack_polygons", "unpack_polygons"]

MAGIC = b"BORDERMAP-PACKED-1\n"
#: Decimal places kept by :func:`pack_polygons`: 1e-5 degrees is about 1 m.
DECIMALS = 5
_LEVEL = 9
#: Compressions an array can be stored with.
CODECS = ("zlib", "zstd")
#: zstd's level (fixed, so the bytes are too): 19 packs the gazetteer 3 % smaller than
#: 9 and decompresses as fast.
_ZSTD_LEVEL = 19


@lru_cache(maxsize=1)
def _zstd():
    """pyarrow's zstd codec (imported on first use: pandas imports pyarrow anyway)."""
    import pyarrow

    return pyarrow.Codec("zstd", compression_level=_ZSTD_LEVEL)


def _compress(raw: bytes, codec: str) -> bytes:
    if codec == "zlib":
        return zlib.compress(raw, _LEVEL)
    return _zstd().compress(raw, asbytes=True)


def _decompress(blob: memoryview, codec: str, size: int):
    """The bytes of one array (any object with the buffer protocol)."""
    if codec == "zlib":
        return zlib.decompress(blob)
    if codec == "zstd":
        import pyarrow

        try:
            return _zstd().decompress(blob, decompressed_size=size, asbytes=False)
        except (OSError, pyarrow.ArrowException) as err:
            raise ValueError(str(err)) from err
    raise ValueError(f"unknown codec {codec!r}")


def pack(meta: Mapping, arrays: Mapping[str, np.ndarray], *, codec: str = "zlib") -> bytes:
    """Serialise metadata and named arrays to bytes.

    Parameters
    ----------
    meta : mapping
        JSON-serialisable metadata, returned as :attr:`PackedFile.meta`.
    arrays : mapping of str to ndarray
        Arrays of a fixed-size dtype (numbers or ``S`` bytes), in the order given.
    codec : {"zlib", "zstd"}, optional
        How each array is compressed (the header is always zlib).  zlib leaves the
        files written before zstd was offered byte for byte as they were.

    Returns
    -------
    bytes
        The whole file, identical for identical input.
    """
    if codec not in CODECS:
        raise ValueError(f"codec must be one of {CODECS}, not {codec!r}")
    blobs, specs, offset = [], {}, 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        if array.dtype.hasobject:
            raise TypeError(f"array {name!r}: object arrays cannot be packed")
        raw = array.tobytes()
        blob = _compress(raw, codec)
        specs[name] = {
            "dtype": array.dtype.str,
            "shape": list(array.shape),
            "offset": offset,
            "length": len(blob),
        }
        if codec != "zlib":
            specs[name]["codec"] = codec
            specs[name]["size"] = len(raw)
        blobs.append(blob)
        offset += len(blob)
    text = json.dumps(
        {"meta": meta, "arrays": specs}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    header = zlib.compress(text.encode("utf-8"), _LEVEL)
    return b"".join([MAGIC, len(header).to_bytes(8, "little"), header, *blobs])


class PackedFile:
    """A packed file read into memory; arrays are decompressed on first access.

    Parameters
    ----------
    data : bytes
        The file's content, as written by :func:`pack`.
    source : str, optional
        Where the bytes came from, for error messages.

    Raises
    ------
    GeometryDataError
        If the bytes are not a packed file.
    """

    def __init__(self, data: bytes, *, source: str = "<bytes>") -> None:
        if not data.startswith(MAGIC):
            raise GeometryDataError(f"{source}: not a bordermap packed data file")
        start = len(MAGIC) + 8
        size = int.from_bytes(data[len(MAGIC) : start], "little")
        try:
            header = json.loads(zlib.decompress(data[start : start + size]).decode("utf-8"))
        except (ValueError, zlib.error) as err:
            raise GeometryDataError(f"{source}: damaged header: {err}") from err
        self.meta: dict = header["meta"]
        self._specs: dict[str, dict] = header["arrays"]
        self._body = memoryview(data)[start + size :]
        self._source = source
        self._cache: dict[str, np.ndarray] = {}

    @classmethod
    def read(cls, path: Path) -> PackedFile:
        """Read a packed file from disk."""
        return cls(Path(path).read_bytes(), source=str(path))

    def __contains__(self, name: str) -> bool:
        return name in self._specs

    def array(self, name: str) -> np.ndarray:
        """Return the named array (read-only), decompressing it the first time."""
        if name not in self._cache:
            spec = self._specs.get(name)
            if spec is None:
                raise GeometryDataError(f"{self._source}: no array {name!r}; rebuild it")
            blob = self._body[spec["offset"] : spec["offset"] + spec["length"]]
            try:
                raw = _decompress(blob, spec.get("codec", "zlib"), spec.get("size", 0))
            except (zlib.error, ValueError) as err:
                raise GeometryDataError(f"{self._source}: array {name!r}: {err}") from err
            array = np.frombuffer(raw, dtype=np.dtype(spec["dtype"])).reshape(spec["shape"])
            # Arrow's buffers are writable: the arrays are shared, so none may be.
            array.flags.writeable = False
            self._cache[name] = array
        return self._cache[name]


def pack_polygons(geoms: list[shapely.Geometry] | np.ndarray) -> dict[str, np.ndarray]:
    """Arrays holding (multi)polygons compactly; see :func:`unpack_polygons`.

    Every geometry is stored as a MultiPolygon with coordinates rounded to
    :data:`DECIMALS` places.
    """
    multi = [
        g if g.geom_type == "MultiPolygon" else shapely.MultiPolygon([g])
        for g in np.asarray(geoms, dtype=object)
    ]
    kind, coords, offsets = shapely.to_ragged_array(np.asarray(multi, dtype=object))
    if kind != shapely.GeometryType.MULTIPOLYGON:  # pragma: no cover - guarded above
        raise TypeError(f"expected polygons, got {kind!r}")
    scaled = np.round(coords * 10**DECIMALS).astype(np.int64)
    deltas = np.diff(scaled, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    return {
        "xy_delta": deltas.astype(np.int32),
        "ring_sizes": np.diff(offsets[0]).astype(np.int32),
        "polygon_rings": np.diff(offsets[1]).astype(np.int32),
        "geometry_polygons": np.diff(offsets[2]).astype(np.int32),
    }


def _offsets(sizes: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)])


def unpack_polygons(packed: PackedFile, prefix: str = "") -> np.ndarray:
    """The MultiPolygons stored by :func:`pack_polygons` (arrays named ``prefix + name``)."""
    coords = np.cumsum(packed.array(prefix + "xy_delta"), axis=0, dtype=np.int64) / 10**DECIMALS
    offsets = tuple(
        _offsets(packed.array(prefix + name))
        for name in ("ring_sizes", "polygon_rings", "geometry_polygons")
    )
    return shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, coords, offsets)
