"""Tests for the gazetteer's stored key index: blocks of keys found without a scan."""

from __future__ import annotations

import numpy as np

from bordermap.geo.packed import PackedFile, pack
from bordermap.geo.places.gazetteer import (
    _BLOCK,
    FORMAT_VERSION,
    GAZETTEER_FILE,
    Gazetteer,
    _arrays,
    pack_document,
)


def _document(count: int) -> dict:
    # Keys in several scripts and lengths, so blocks end in the middle of many bytes.
    names = [f"{'Ēž' if i % 3 else 'Тн'}{i:04d}{'x' * (i % 7)}" for i in range(count)]
    index: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        index.setdefault(name.lower(), []).append(i)
        index.setdefault(f"k{i % 50:02d}", []).append(i)
    return {
        "format": FORMAT_VERSION,
        "places": {
            "name": names,
            "kind": ["settlement"] * count,
            "country": ["LV"] * count,
            "admin1": [""] * count,
            "lat": [56.0] * count,
            "lon": [26.0] * count,
            "population": [0] * count,
        },
        "index": index,
        "adjectives": {},
    }


def _without_blocks(document: dict) -> bytes:
    """The document packed as before the blocks were stored (zlib, no block arrays)."""
    meta, arrays = _arrays(document)
    del arrays["key_blocks"], arrays["key_fences"]
    return pack(meta, arrays)


def test_the_index_answers_the_same_with_stored_blocks_and_without() -> None:
    for count in (0, 1, _BLOCK - 1, _BLOCK, 3 * _BLOCK + 5):
        document = _document(count)
        stored = Gazetteer.from_packed(PackedFile(pack_document(document)))
        cut_at_load = Gazetteer.from_packed(PackedFile(_without_blocks(document)))
        direct = Gazetteer(document)
        keys = sorted(document["index"])
        assert list(stored.keys()) == keys == list(cut_at_load.keys())
        probes = [
            *keys,
            "",
            "a",
            "zzzz",
            "\uffff",
            *(k + "~" for k in keys),
            *(k[:-1] for k in keys),
        ]
        for key in probes:
            expected = sorted(document["index"].get(key, []))
            assert [p.ident for p in stored.lookup_key(key)] == expected, key
            assert cut_at_load.lookup_key(key) == stored.lookup_key(key) == direct.lookup_key(key)


def test_the_shipped_gazetteer_holds_its_key_blocks_in_zstd() -> None:
    packed = PackedFile.read(GAZETTEER_FILE)
    assert {"key_blocks", "key_fences"} <= set(packed._specs)
    assert {spec.get("codec") for spec in packed._specs.values()} == {"zstd"}
    gazetteer = Gazetteer.from_packed(packed)
    blocks = packed.array("key_blocks")
    assert len(blocks) == -(-len(gazetteer._index) // _BLOCK) + 1
    assert np.all(np.diff(blocks.astype(np.int64)) > 0)
    # Lookups read single blocks: nothing has split the 10 MB of keys into every key.
    assert [p.name for p in gazetteer.lookup("Zilupe", kinds=["settlement"])] == ["Zilupe"]
    assert gazetteer._index._strings is None
