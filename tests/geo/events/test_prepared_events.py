"""Events converted for writing before their notes are final give a whole write's bytes.

``resolve`` converts its events for the file while its second process still checks
given coordinates (only ``resolve_note`` comes later); what it writes then must be
the very bytes of writing the finished events whole.
"""

from __future__ import annotations

import numpy as np
import pytest

import bordermap.geo.events.writers as writers
from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.events.writers import prepare_events, start_write, write_events
from bordermap.geo.resolve import resolve_events

ROWS = (
    "id,date,title,place,country,lat,lon,source_name",
    "far,2026-05-01,Far,near Krāslava,,56.95,24.1,S",
    "near,2026-05-01,Near,near Krāslava,,55.85,27.3,S",
    "named,2026-05-03,Named,Vitebsk region,,,,S",
    "lost,2026-05-03,Lost,Nowhere-at-all,,,,S",
    "sea,2026-05-04,Sea,Baltic,,57.5,19.5,S",
    'quote,2026-05-04,"Say ""hi""",Daugavpils,LV,55.87,26.52,S',
    "dup,2026-05-05,Far,near Krāslava,,56.95,24.1,S",
)


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    path = tmp_path_factory.mktemp("prepared") / "events.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    events = resolve_events(load_events([path])).events
    assert events[schema.RESOLVE_NOTE].str.len().gt(0).any()  # notes to come late
    return events


def _early_then_final(finished, path, notes=None):
    """The events as ``resolve`` has them before its checks, prepared for ``path``, then
    the same frame with its notes set (``notes``, or the finished ones)."""
    events = finished.copy()
    late = events[schema.RESOLVE_NOTE].to_numpy(dtype=object).copy()
    events[schema.RESOLVE_NOTE] = np.full(len(events), "", dtype=object)
    prepared = prepare_events(events, path, late=schema.RESOLVE_NOTE)
    events[schema.RESOLVE_NOTE] = late if notes is None else notes
    return events, prepared


@pytest.mark.parametrize("name", ["out.parquet", "out.geoparquet", "out.geojson", "out.json"])
def test_prepared_events_write_the_bytes_of_a_whole_write(finished, tmp_path, name):
    events, prepared = _early_then_final(finished, tmp_path / name)
    assert prepared.write(events, tmp_path / name)  # the work done ahead was used
    write_events(finished, tmp_path / f"whole-{name}")
    assert (tmp_path / name).read_bytes() == (tmp_path / f"whole-{name}").read_bytes()


def test_prepared_geojson_over_several_blocks_and_chunks(finished, tmp_path, monkeypatch):
    # Two features a chunk, four a block: the first block's columns come from the
    # preparation, the next ones' are encoded as they are written.
    monkeypatch.setattr(writers, "GEOJSON_CHUNK", 2)
    monkeypatch.setattr(writers, "ENCODE_BLOCK", 4)
    events, prepared = _early_then_final(finished, tmp_path / "out.geojson")
    write_events(events, tmp_path / "out.geojson", prepared=prepared)
    write_events(finished, tmp_path / "whole.geojson")
    assert (tmp_path / "out.geojson").read_bytes() == (tmp_path / "whole.geojson").read_bytes()


def test_a_late_column_that_converts_otherwise_is_written_whole(finished, tmp_path):
    # Numbers where the notes were texts: the prepared table's field no longer fits.
    numbers = np.arange(len(finished), dtype=float)
    events, prepared = _early_then_final(finished, tmp_path / "out.parquet", notes=numbers)
    assert not prepared.write(events, tmp_path / "out.parquet")
    write_events(events, tmp_path / "out.parquet", prepared=prepared)
    whole = finished.copy()
    whole[schema.RESOLVE_NOTE] = numbers
    write_events(whole, tmp_path / "whole.parquet")
    assert (tmp_path / "out.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()


def test_prepared_work_is_used_only_for_its_own_events_and_format(finished, tmp_path):
    events, prepared = _early_then_final(finished, tmp_path / "out.parquet")
    other = events.copy()
    other[schema.TITLE] = "changed"
    assert not prepared.write(other, tmp_path / "other.parquet")
    assert not prepared.write(events, tmp_path / "other.geojson")
    write_events(other, tmp_path / "other.parquet", prepared=prepared)
    write_events(other, tmp_path / "whole.parquet")
    assert (tmp_path / "other.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()


@pytest.mark.parametrize("ahead", [True, False])
@pytest.mark.parametrize("name", ["out.parquet", "out.geoparquet"])
def test_a_write_started_on_its_own_thread_gives_a_whole_writes_bytes(
    finished, tmp_path, name, ahead
):
    # With the work done ahead, or without (the checks were in before it was asked).
    events, prepared = _early_then_final(finished, tmp_path / name)
    writing = start_write(events, tmp_path / name, prepared=prepared if ahead else None)
    assert writing is not None  # GeoParquet: written on a thread of its own
    writing.wait()
    write_events(finished, tmp_path / f"whole-{name}")
    assert (tmp_path / name).read_bytes() == (tmp_path / f"whole-{name}").read_bytes()
    # Only the file is left in the folder: its temporary went into place.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, f"whole-{name}"])


def test_work_ahead_that_does_not_fit_is_not_used_by_a_started_write(finished, tmp_path):
    # Numbers where the notes were texts, or other events: the events are converted whole.
    numbers = np.arange(len(finished), dtype=float)
    events, prepared = _early_then_final(finished, tmp_path / "out.parquet", notes=numbers)
    assert prepared.table_with(events, tmp_path / "out.parquet") is None
    start_write(events, tmp_path / "out.parquet", prepared=prepared).wait()
    other = finished.copy()
    other[schema.TITLE] = "changed"
    assert prepared.table_with(other, tmp_path / "other.parquet") is None
    start_write(other, tmp_path / "other.parquet", prepared=prepared).wait()
    whole = finished.copy()
    whole[schema.RESOLVE_NOTE] = numbers
    write_events(whole, tmp_path / "whole.parquet")
    write_events(other, tmp_path / "whole-other.parquet")
    assert (tmp_path / "out.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()
    assert (tmp_path / "other.parquet").read_bytes() == (
        tmp_path / "whole-other.parquet"
    ).read_bytes()


def test_no_write_is_started_where_python_writes(finished, tmp_path):
    # GeoJSON (and anything not GeoParquet) is written by Python, which would only
    # take turns with the caller: nothing is started, nothing written.
    for name in ("out.geojson", "out.json", "out.gpkg"):
        events, prepared = _early_then_final(finished, tmp_path / name)
        assert start_write(events, tmp_path / name, prepared=prepared) is None
        assert start_write(events, tmp_path / name) is None
    assert not list(tmp_path.iterdir())


def test_a_failed_write_on_its_own_thread_is_raised_by_wait(finished, tmp_path, monkeypatch):
    def refuse(table, where):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writers, "write_geoparquet_table", refuse)
    events, prepared = _early_then_final(finished, tmp_path / "out.parquet")
    writing = start_write(events, tmp_path / "out.parquet", prepared=prepared)
    assert writing is not None
    with pytest.raises(Exception, match="No space left"):
        writing.wait()
    assert not list(tmp_path.iterdir())  # no file, no temporary left behind
