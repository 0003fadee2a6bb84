"""Tests for the packed array container (``bordermap.geo.packed``)."""

from __future__ import annotations

import numpy as np
import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import PackedFile, pack

ARRAYS = {
    "small": np.arange(5, dtype="<u2"),
    "text": np.frombuffer("Ēna\nТень\n".encode(), dtype=np.uint8),
    "empty": np.zeros(0, dtype="<i4"),
    "grid": np.arange(12, dtype="<f8").reshape(3, 4),
}


@pytest.mark.parametrize("codec", ["zlib", "zstd"])
def test_arrays_round_trip_with_either_codec(codec: str) -> None:
    data = pack({"note": "x"}, ARRAYS, codec=codec)
    assert data == pack({"note": "x"}, ARRAYS, codec=codec)
    packed = PackedFile(data)
    assert packed.meta == {"note": "x"}
    for name, array in ARRAYS.items():
        got = packed.array(name)
        assert got.dtype == array.dtype and got.shape == array.shape
        assert np.array_equal(got, array)
        assert not got.flags.writeable


def test_zlib_stays_the_default_and_zstd_is_recorded_per_array() -> None:
    # Files packed before zstd was offered (countries, admin-1) keep their bytes.
    assert pack({}, ARRAYS) == pack({}, ARRAYS, codec="zlib")
    assert "codec" not in PackedFile(pack({}, ARRAYS))._specs["small"]
    spec = PackedFile(pack({}, ARRAYS, codec="zstd"))._specs["grid"]
    assert (spec["codec"], spec["size"]) == ("zstd", 96)


def test_unknown_codec_is_refused() -> None:
    with pytest.raises(ValueError, match="codec"):
        pack({}, ARRAYS, codec="lzma")


def test_a_damaged_zstd_array_is_a_data_error() -> None:
    data = bytearray(pack({}, {"big": np.arange(10_000, dtype="<i8")}, codec="zstd"))
    data[-20:] = bytes(20)
    with pytest.raises(GeometryDataError, match="array 'big'"):
        PackedFile(bytes(data)).array("big")
