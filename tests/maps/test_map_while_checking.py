"""A map is composed while the second process checks given coordinates against their
place texts: what the map shows must not depend on that order."""

from __future__ import annotations

import pandas as pd
import pytest

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events
from bordermap.maps.building import compose_events_map, quick_map

#: Enough distinct (place, hint) pairs for the checks to go to a second process.
ROWS = 300


def _events(write):
    rows = ["id,date,title,place,country,lat,lon,source_name"]
    # Far from Krāslava: the check writes a note only once its look-up is in.
    rows.append("far,2026-05-01,Far,near Krāslava,,56.95,24.1,S")
    rows += [f"e{i},2026-05-02,T{i},Hamlet {i},LV,56.{i:03d},26.5,S" for i in range(ROWS)]
    rows.append("named,2026-05-03,Named,Vitebsk region,,,,S")
    return write("events.csv", "\n".join(rows) + "\n")


def test_meanwhile_gets_every_column_the_checks_notes_still_empty(write):
    seen, seen_copy = [], []

    def meanwhile(events):
        seen.append(events)
        assert set(events[schema.RESOLVE_NOTE]) == {""}
        seen_copy.append(events.drop(columns=[schema.RESOLVE_NOTE]).copy())

    result = resolve_events(load_events([_events(write)]), meanwhile=meanwhile)
    (early,) = seen
    final = result.events
    # Only the notes of the checks come later; everything else is final.
    others = [c for c in final.columns if c != schema.RESOLVE_NOTE]
    assert list(early.columns) == list(final.columns)
    pd.testing.assert_frame_equal(seen_copy[0], final[others])
    notes = dict(zip(final[schema.ID], final[schema.RESOLVE_NOTE], strict=True))
    assert "km from 'Krāslava', the place the text names" in notes["far"]


@pytest.mark.parametrize("compact_threshold", [100, 10_000])
@pytest.mark.parametrize("side_process", ["0", "1"])
def test_the_map_is_the_one_of_the_finished_events(
    write, monkeypatch, side_process, compact_threshold
):
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", side_process)
    path = _events(write)
    built = quick_map([path], title="T", compact_threshold=compact_threshold)
    resolved = resolve_events(load_events([path]))
    alone = compose_events_map(resolved.events, title="T", compact_threshold=compact_threshold)
    assert built.html == alone.render()
    pd.testing.assert_frame_equal(built.review, resolved.review)
    assert "far" in set(built.review[schema.ID])


def test_the_page_is_rendered_before_the_checks_are_collected(write, monkeypatch):
    # Rendering waits for nothing the checks write: it is done while they may still run.
    from bordermap.geo import resolve
    from bordermap.maps.composition import ComposedMap

    calls = []
    render, checks = ComposedMap.render, resolve._truth_checks
    monkeypatch.setattr(ComposedMap, "render", lambda self: calls.append("render") or render(self))
    monkeypatch.setattr(
        resolve, "_truth_checks", lambda *a, **k: calls.append("checks") or checks(*a, **k)
    )
    built = quick_map([_events(write)], title="T", compact_threshold=100)
    assert calls == ["render", "checks"]
    assert "far" in set(built.review[schema.ID])


def test_a_map_without_heat_does_not_import_folium_plugins():
    # folium's plugins cost every map command about 0.1 s of imports; only the heat
    # layer uses them.
    import subprocess
    import sys

    code = (
        "import sys, bordermap.maps.commands.map, bordermap.maps.composition; "
        "print('folium.plugins' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
