"""The synthetic event generator writes valid, reproducible event files."""

from __future__ import annotations

import geopandas as gpd
import numpy as np

from bench.generate import PLACE_KINDS, generate_events, write_csv, write_dataset
from bordermap.geo import schema
from bordermap.geo.events.loading import load_events


def test_csv_passes_the_loader_with_the_intended_mix(tmp_path):
    events = generate_events(1500)
    path = tmp_path / "events.csv"
    write_csv(events, path)
    loaded = load_events([path])
    assert len(loaded) == 1500
    assert set(loaded[schema.DATE_PRECISION]) == set(schema.DATE_PRECISIONS)
    assert set(loaded[schema.STATUS]) == set(schema.STATUSES)
    with_coordinates = np.isfinite(loaded[schema.LAT]).mean()
    assert abs(with_coordinates - PLACE_KINDS["coordinates"]) < 0.05
    places = loaded[schema.PLACE]
    assert places.str.startswith("near ").any()
    assert places.str.endswith(" border").any()
    assert places.str.endswith(" region").any()
    # Explicit coordinates survive the CSV round trip to the 5 decimals written.
    explicit = np.isfinite(events[schema.LAT].to_numpy(float))
    assert np.allclose(loaded[schema.LON][explicit], events[schema.LON][explicit], atol=1e-5)


def test_same_seed_same_bytes_other_seed_other_events(tmp_path):
    write_csv(generate_events(300), tmp_path / "a.csv")
    write_csv(generate_events(300), tmp_path / "b.csv")
    write_csv(generate_events(300, seed=7), tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_dataset_is_partitioned_and_keeps_every_event(tmp_path):
    events = generate_events(1000)
    parts = write_dataset(events, tmp_path / "events.parquet", partition_rows=300)
    assert parts == 4
    assert sorted(p.name for p in (tmp_path / "events.parquet").iterdir()) == [
        f"part.{i:04d}.parquet" for i in range(4)
    ]
    back = gpd.read_parquet(tmp_path / "events.parquet")
    assert back[schema.ID].tolist() == events[schema.ID].tolist()
    # Misspelt places stay in the data without a location; everything else has one.
    unlocated = back.geometry.isna()
    assert unlocated.any()
    assert back.loc[unlocated, schema.PLACE].str.contains("qxz").all()


def test_latlon_file_gives_every_located_event_its_point(tmp_path):
    from bench.generate import latlon_events

    events = generate_events(800)
    path = tmp_path / "latlon.csv"
    write_csv(latlon_events(events), path)
    loaded = load_events([path])
    located = events[events.geometry.notna()]
    assert loaded[schema.ID].tolist() == located[schema.ID].tolist()
    assert np.isfinite(loaded[schema.LAT]).all() and np.isfinite(loaded[schema.LON]).all()
    assert np.allclose(loaded[schema.LON], located.geometry.x, atol=1e-5)
    assert np.allclose(loaded[schema.LAT], located.geometry.y, atol=1e-5)
