"""The compact events' payload, read back as the page reads it, equals their columns."""

import base64
import gzip
import json
import re
import threading

import numpy as np
import pytest

from bordermap.geo.events.categories import load_categories
from bordermap.layers import compactevents
from bordermap.layers.compactdata import TEXT_FIELDS, compact_events
from bordermap.layers.compactevents import CompactEventLayer, Packing, packed
from tests import compactfixtures as cfx
from tests.layers.test_compactdata import mixed_events


def unpacked(value: dict) -> dict:
    """Read a payload of ``packed`` back, step by step as ``compact_events.js`` does."""
    raw = gzip.decompress(base64.b64decode(value["gzip"], validate=True))
    data = json.loads(raw[: value["textBytes"]].decode("utf-8"))
    count, at = data["count"], value["textBytes"]
    for key, field, kind in value["columns"]:
        width = int(kind[1])
        numbers = np.zeros(count, dtype=np.int64)
        for plane in range(width):
            numbers |= np.frombuffer(raw, np.uint8, count, at).astype(np.int64) << (8 * plane)
            at += count
        if kind[0] == "i":
            # Two's complement of the column's width.
            numbers = np.where(
                numbers >= 1 << (8 * width - 1), numbers - (1 << 8 * width), numbers
            )
        if field is None:
            data[key] = numbers.tolist()
        else:
            data.setdefault(key, {})[field] = numbers.tolist()
    assert at == len(raw), "bytes left over after the last column"
    return data


def as_json(data: dict) -> dict:
    """``data`` as the page got it before the columns travelled as bytes: JSON numbers."""
    plain = {
        key: value.tolist()
        if isinstance(value, np.ndarray)
        else {k: v.tolist() for k, v in value.items()}
        if key == "text"
        else value
        for key, value in data.items()
    }
    return json.loads(json.dumps(plain, sort_keys=True, allow_nan=False))


@pytest.mark.parametrize(
    "make",
    [
        lambda: cfx.compact_events(points=300, near=10, areas=5),
        mixed_events,
        lambda: mixed_events().iloc[:0],
    ],
    ids=["points", "mixed", "none"],
)
def test_the_payload_read_back_gives_every_column_and_table_as_compact_events_does(make):
    compact = compact_events(make(), categories=load_categories())
    expected = as_json(compact.data)
    got = unpacked(packed(compact.data))
    assert sorted(got) == sorted(expected)
    for key in expected:
        if key == "text":
            assert sorted(got["text"]) == sorted(TEXT_FIELDS)
            for field in TEXT_FIELDS:
                assert got["text"][field] == expected["text"][field], field
        else:
            assert got[key] == expected[key], key


def test_integer_columns_travel_as_bytes_in_their_narrowest_type():
    compact = compact_events(cfx.compact_events(points=300), categories=load_categories())
    value = packed(compact.data)
    kinds = {(key, field): kind for key, field, kind in value["columns"]}
    # Positions need 32 bits; a day before the first is -1; few looks fit a byte.
    assert kinds[("lat", None)] == "i4"
    assert kinds[("start", None)] == "i1"
    assert kinds[("look", None)] == "u1"
    assert {field for key, field in kinds if key == "text"} == set(TEXT_FIELDS)
    text = gzip.decompress(base64.b64decode(value["gzip"]))[: value["textBytes"]]
    assert set(json.loads(text)) == {"count", "looks", "origin", "strings", "extents", "facets"}


def test_each_type_holds_its_range_and_wider_values_are_refused():
    for values, kind in [
        ([0, 255], "u1"),
        ([-128, 127], "i1"),
        ([0, 256], "u2"),
        ([-1, 255], "i2"),
        ([-32769, 0], "i4"),
        ([2**31 - 1, -(2**31)], "i4"),
    ]:
        data = {"count": len(values), "lat": np.array(values, dtype=np.int64)}
        value = packed(data)
        assert value["columns"] == [["lat", None, kind]]
        assert unpacked(value)["lat"] == values
    with pytest.raises(ValueError, match="beyond 32 bits"):
        packed({"count": 1, "lat": np.array([2**31], dtype=np.int64)})


def test_the_payload_in_the_page_is_data_that_cannot_close_its_script_element():
    layer = CompactEventLayer(cfx.compact_events(points=300), categories=load_categories())
    value = json.loads(layer.packed_json)
    assert re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", value["gzip"])
    assert "<" not in layer.packed_json
    assert unpacked(value)["count"] == layer.placed_count


def test_compression_started_early_runs_on_its_own_thread_and_gives_the_same_bytes(monkeypatch):
    compact = compact_events(
        cfx.compact_events(points=300, near=10, areas=5), categories=load_categories()
    )
    expected = packed(compact.data)
    threads = []
    compress = gzip.compress

    def watched(data, **options):
        threads.append(threading.current_thread())
        return compress(data, **options)

    monkeypatch.setattr(compactevents.gzip, "compress", watched)
    started = Packing(compact.data)
    started.start()
    started.start()  # once only
    assert started.result() == expected
    assert threads[0] is not threading.current_thread()
    # Never started: compressed when the result is asked, on the caller's thread.
    assert Packing(compact.data).result() == expected
    assert threads[1:] == [threading.current_thread()]
    # The layer's page text is the same whether its data were compressed early or not.
    events = cfx.compact_events(points=300)
    early = CompactEventLayer(events, categories=load_categories())
    early.pack_meanwhile()
    late = CompactEventLayer(events, categories=load_categories())
    assert early.packed_json == late.packed_json
