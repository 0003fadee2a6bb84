"""GeoParquet converted while the truth checks run writes the bytes of a whole write."""

from __future__ import annotations

import pytest

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.events.writers import prepare_events, write_events
from bordermap.geo.resolve import resolve_events

ROWS = (
    "id,date,title,place,country,lat,lon,source_name\n"
    "far,2026-05-01,Far,near Krāslava,,56.95,24.1,S\n"
    "near,2026-05-01,Near,near Krāslava,,55.85,27.3,S\n"
    "named,2026-05-03,Named,Vitebsk region,,,,S\n"
    "lost,2026-05-03,Lost,Nowhere-at-all,,,,S\n"
)


@pytest.mark.parametrize("name", ["out.parquet", "out.geoparquet"])
def test_prepared_geoparquet_is_the_whole_write(write, tmp_path, name):
    prepared = []

    def prepare(events):
        prepared.append(prepare_events(events, tmp_path / name, late=schema.RESOLVE_NOTE))

    result = resolve_events(load_events([write("e.csv", ROWS)]), meanwhile=prepare)
    notes = result.events[schema.RESOLVE_NOTE].tolist()
    assert notes[0] and not notes[1]  # a note came after the columns were converted
    write_events(result.events, tmp_path / name, prepared=prepared[0])
    write_events(result.events, tmp_path / f"whole-{name}")
    assert (tmp_path / name).read_bytes() == (tmp_path / f"whole-{name}").read_bytes()


@pytest.mark.parametrize("name", ["out.geojson", "out.gpkg", "out.txt"])
def test_other_formats_are_written_whole(write, tmp_path, name):
    events = resolve_events(load_events([write("e.csv", ROWS)])).events
    assert prepare_events(events, tmp_path / name, late=schema.RESOLVE_NOTE) is None
