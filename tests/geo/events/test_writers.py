"""The column-wise writers give today's bytes; GeoParquet and GeoPackage keep the values."""

from __future__ import annotations

import json
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.events.writers import (
    events_to_geojson,
    write_events,
    write_events_geojson,
)
from bordermap.geo.resolve import resolve_events
from tests.sample import HEADER


def _reference_json_value(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return None if not math.isfinite(value) else value
    if hasattr(value, "item"):
        return _reference_json_value(value.item())
    return value


def reference_geojson(events: gpd.GeoDataFrame) -> str:
    """The writer as it was before it became column-wise (a dict per feature)."""
    columns = [c for c in events.columns if c not in ("geometry", schema.EXTENT)]
    geometry = events.geometry.to_numpy()
    extents = events[schema.EXTENT].to_numpy() if schema.EXTENT in events else None
    features = []
    for i, record in enumerate(events[columns].itertuples(index=False, name=None)):
        properties = {
            name: _reference_json_value(value) for name, value in zip(columns, record, strict=True)
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


ROWS = [
    # explicit coordinates with digits that round at the 7th decimal
    "e1,2024-05-03,Exact,airspace_incursion,confirmed,,,55.123456789,26.987654321,A,,",
    # a settlement, a vague month, unicode in title and source
    "e2,2024-05,Grodno «ночью» — 𝔘nicode,crossing_attempt,alleged,Grodno,BY,,,Бел. ТВ,,",
    # a range of dates and a region (area extent)
    "e3,2024-05-01/2024-05-09,Region,military_security,disputed,Vitebsk region,BY,,,B,,",
    # unknown date, a misspelt place: unresolved, no geometry, NaN distances
    'e4,,"Quote ""this"", and\nnewline",other,denied,Xqzzyvillez,,,,C,,',
    # a border phrase (line extent)
    "e5,2023,Border,crossing_attempt,confirmed,the Belarus-Latvia border,LV,,,D,,",
    # explicit coordinates marked near
    "e6,2024-01-02,Near,airspace_incursion,alleged,somewhere,,54.0,25.0,E,https://e.example/?a=1,",
]


@pytest.fixture(scope="module")
def resolved(tmp_path_factory) -> gpd.GeoDataFrame:
    folder = tmp_path_factory.mktemp("events")
    path = folder / "events.csv"
    header = HEADER + ",geo_precision,Extra Field,notes"
    lines = [header]
    for i, row in enumerate(ROWS):
        precision = "near" if row.startswith("e6") else ""
        extra = ["", "x=1", '"=SUM(A1)"', "ünï", "", "0.1"][i]
        lines.append(f"{row},{precision},{extra},note {i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return resolve_events(load_events([path])).events


def test_resolved_events_cover_the_varied_cases(resolved):
    statuses = set(resolved[schema.RESOLVE_STATUS])
    assert statuses >= {"resolved", "unresolved"}
    assert resolved[schema.BORDER_KM].isna().any()
    assert set(resolved[schema.DATE_PRECISION]) >= {"day", "month", "range", "unknown"}
    assert "Extra Field" in resolved.columns


def test_geojson_bytes_match_the_reference_writer(resolved):
    assert events_to_geojson(resolved) == reference_geojson(resolved)


def test_geojson_bytes_match_on_odd_columns_and_values():
    polygon = shapely.box(24.0, 54.0, 25.0, 55.0)
    frame = gpd.GeoDataFrame(
        {
            schema.ID: ["a", "b", None, "d"],
            "count": np.array([1, -2, 3, 2**40], dtype="int64"),
            "flag": np.array([True, False, True, False]),
            "small": np.array([0, 255, 7, 128], dtype="uint8"),
            "signed": np.array([-128, 127, 0, -1], dtype="int8"),
            "huge": np.array([0, 2**64 - 1, 1, 2**63], dtype="uint64"),
            "100% {share} %s": ["%s", "{}", "%(x)s {0}", "%%"],
            "value": [0.1, float("nan"), -0.0, float("inf")],
            "tiny": np.array([1e-7, 1e30, 3.0, -2.5], dtype="float32"),
            "mixed": ["x", 1, None, 2.5],
            "listed": [["a", "b"], {"k": "v"}, "plain", float("nan")],
            'é "quoted"': ["\u2028 line sep", "tab\t", "\x00", "emoji 🎉"],
            schema.EXTENT: gpd.GeoSeries([polygon, None, polygon, shapely.Point(1, 2)]),
        },
        geometry=[
            shapely.Point(24.12345675, 54.000000049),
            None,
            shapely.Point(),
            shapely.Point(-179.99999995, -89.5),
        ],
        crs=schema.CRS,
    )
    assert events_to_geojson(frame) == reference_geojson(frame)


def test_geojson_keeps_each_float_text_where_values_repeat_or_differ_only_in_sign():
    # Floats are encoded once per distinct value: 0.0 and -0.0 are equal as numbers
    # but json writes them apart, in properties and in rounded coordinates alike.
    values = [0.0, -0.0, 0.1, 0.1, float("nan"), -0.0, 1e-7, float("-inf"), 0.0]
    coordinates = [(0.0, -0.0), (-0.0, 0.0), (24.12345675, 54.1), (24.12345675, 54.1)]
    points = [shapely.Point(x, y) for x, y in coordinates * 3][: len(values)]
    frame = gpd.GeoDataFrame(
        {schema.ID: [f"e{i}" for i in range(len(values))], "value": values},
        geometry=points,
        crs=schema.CRS,
    )
    assert events_to_geojson(frame) == reference_geojson(frame)


def test_geojson_texts_of_every_string_storage_are_json_strings():
    # Texts are quoted in Arrow and only those json escapes go through json.
    texts = ["plain", None, 'q"uote', "back\\slash", "\x1f\x00\n\r\t\b\f", "\x7f \u2028 é 🎉", ""]
    frame = gpd.GeoDataFrame(
        {
            schema.ID: [f"e{i}" for i in range(len(texts))],
            "object": np.array(texts, dtype=object),
            "nan_for_missing": np.array([*texts[:-1], float("nan")], dtype=object),
            "python": pd.array(texts, dtype=pd.StringDtype("python", na_value=np.nan)),
            "arrow": pd.array(texts, dtype=pd.StringDtype("pyarrow", na_value=np.nan)),
            "none": [None] * len(texts),
        },
        geometry=[shapely.Point(1, 2)] * len(texts),
        crs=schema.CRS,
    )
    assert events_to_geojson(frame) == reference_geojson(frame)


def test_geojson_of_no_events_and_of_no_extent_column():
    empty = gpd.GeoDataFrame({schema.ID: []}, geometry=[], crs=schema.CRS)
    assert events_to_geojson(empty) == reference_geojson(empty)
    bare = gpd.GeoDataFrame(geometry=[shapely.Point(1, 2), None], crs=schema.CRS)
    assert events_to_geojson(bare) == reference_geojson(bare)


def test_geojson_written_in_chunks_is_the_same_bytes(resolved, tmp_path, monkeypatch):
    import bordermap.geo.events.writers as writers

    monkeypatch.setattr(writers, "GEOJSON_CHUNK", 4)  # several chunks and a short last one
    path = tmp_path / "out.geojson"
    write_events_geojson(resolved, path)
    assert path.read_bytes() == reference_geojson(resolved).encode("utf-8")


def test_geoparquet_keeps_every_column_and_value(resolved, tmp_path):
    path = tmp_path / "out.parquet"
    write_events(resolved, path)
    back = gpd.read_parquet(path)
    assert list(back.columns) == list(resolved.columns)
    pd.testing.assert_frame_equal(
        pd.DataFrame(back.drop(columns=["geometry", schema.EXTENT])),
        pd.DataFrame(resolved.drop(columns=["geometry", schema.EXTENT])),
        check_dtype=False,  # text reads back as pandas' string type
    )
    for column in ("geometry", schema.EXTENT):
        ours = np.asarray(resolved[column].array, dtype=object)
        theirs = np.asarray(back[column].array, dtype=object)
        assert shapely.equals_exact(ours, theirs, tolerance=0).tolist() == [
            a is not None for a in ours
        ]
    assert back.crs == resolved.crs


def test_geopackage_holds_the_events_with_extent_as_wkt(resolved, tmp_path):
    path = tmp_path / "out.gpkg"
    write_events(resolved, path)
    back = pyogrio.read_dataframe(path, layer="events")
    assert len(back) == len(resolved)
    assert list(back[schema.ID]) == list(resolved[schema.ID])
    region = resolved[schema.PRECISION] == "region"
    assert back.loc[region.to_numpy(), schema.EXTENT].str.startswith(("POLYGON", "MULTI")).all()
    assert back["Extra Field"].tolist() == resolved["Extra Field"].tolist()


def test_review_csv_built_by_column_is_csv_text_of_its_rows() -> None:
    from bordermap.geo.events.writers import review_to_csv
    from bordermap.geo.spreadsheet import csv_text

    review = pd.DataFrame(
        {
            "place": pd.array(["=x", None, "a\rb", "-2.5", "@y", "ok", None, "=x"], dtype="str"),
            "source_line": [1, 2, 3, 4, 5, 6, 7, 8],
            "km": [1.5, np.nan, np.inf, -np.inf, 0.0, -1.0, 2.0, 1e-7],
            "note": pd.array(["x", pd.NA, "y", "+1", "z", "\tq", "q", "x"], dtype="string"),
            "mixed": [None, "=1", 3, True, "a,b", 'q"q', 1.25, np.nan],
        }
    )

    def by_rows(frame: pd.DataFrame) -> str:
        return csv_text(list(frame.columns), frame.itertuples(index=False, name=None))

    assert review_to_csv(review) == by_rows(review)
    assert "'=x" in review_to_csv(review) and '"a\rb"' in review_to_csv(review)
    without_cr = review.drop(index=2)
    assert review_to_csv(without_cr) == by_rows(without_cr)
    assert review_to_csv(review.iloc[:0]) == by_rows(review.iloc[:0])


def _pieces_counted(count: int, made: list[int], fail_at: int | None = None):
    for i in range(count):
        if i == fail_at:
            raise ValueError("made badly")
        made.append(i)
        yield f"piece {i}\n".encode()


def test_geojson_pieces_written_beside_are_written_in_order(tmp_path):
    from bordermap.geo.events.writers import _write_beside

    path = tmp_path / "out.txt"
    made: list[int] = []
    with path.open("wb") as handle:
        _write_beside(handle, _pieces_counted(50, made))
    assert path.read_bytes() == b"".join(f"piece {i}\n".encode() for i in range(50))


def test_a_failed_write_beside_is_raised_and_stops_the_making(tmp_path):
    import io
    import threading

    from bordermap.geo.events.writers import _write_beside

    path = tmp_path / "read-only.txt"
    path.write_bytes(b"")
    made: list[int] = []
    with path.open("rb") as handle, pytest.raises(io.UnsupportedOperation):
        _write_beside(handle, _pieces_counted(1000, made))
    # The maker stops once the writer has failed: at most the pieces in flight.
    assert len(made) < 1000
    assert not any(t.name == "geojson-writer" for t in threading.enumerate())


def test_a_failed_making_is_raised_after_what_was_made_is_written(tmp_path):
    import threading

    from bordermap.geo.events.writers import _write_beside

    path = tmp_path / "out.txt"
    made: list[int] = []
    with path.open("wb") as handle, pytest.raises(ValueError, match="made badly"):
        _write_beside(handle, _pieces_counted(10, made, fail_at=7))
    assert path.read_bytes() == b"".join(f"piece {i}\n".encode() for i in range(7))
    assert not any(t.name == "geojson-writer" for t in threading.enumerate())
