"""The end-to-end peers of bench/run.py answer like bordermap on the same lat/lon events."""

from __future__ import annotations

import json
import subprocess
import sys

import geopandas as gpd

from bench.generate import generate_events, latlon_events, write_csv
from bench.run import (
    _last_json_line,
    compile_sources,
    keep_grammar_patterns,
    write_peer_boundaries,
)
from tests.sample import REPO


def test_geopandas_peer_joins_the_events_as_bordermap_does(tmp_path):
    source = tmp_path / "events.csv"
    write_csv(latlon_events(generate_events(400)), source)
    write_peer_boundaries(tmp_path / "boundaries")
    peer_out, ours_out = tmp_path / "peer.parquet", tmp_path / "ours.parquet"
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "peer_geopandas.py"),
            str(source),
            str(tmp_path / "boundaries"),
            str(peer_out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    timings = _last_json_line(done.stdout.encode())
    assert timings["events"] > 350 and timings["join_seconds"] > 0
    ours = subprocess.run(
        [
            *(sys.executable, "-m", "bordermap.maps.cli", "-q", "resolve", str(source)),
            *("-o", str(ours_out), "--offline", "--no-cache"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ours.returncode == 0, ours.stderr
    peer, joined = gpd.read_parquet(peer_out), gpd.read_parquet(ours_out)
    assert peer["id"].tolist() == joined["id"].tolist()
    same_country = (peer["country_code"].fillna("") == joined["country_code"]).mean()
    same_border = (peer["border"].fillna("") == joined["border"]).mean()
    # The peer knows no border villages or offshore snapping: most, not all, agree.
    assert same_country > 0.95 and same_border > 0.9


def test_last_json_line_reads_a_peers_report_and_ignores_other_output():
    report = {"seconds": 1.5}
    assert _last_json_line(b"warming up\n" + json.dumps(report).encode() + b"\n") == report
    assert _last_json_line(b"no report\n") == {}
    assert _last_json_line(b"") == {}


def test_bordermap_is_compiled_before_it_is_timed():
    # As pip install leaves it: a timed run must not compile its own sources.
    import importlib.util
    import os

    import bordermap.geo.resolve

    folders = compile_sources()
    source = bordermap.geo.resolve.__file__
    assert any(os.path.realpath(source).startswith(folder) for folder in folders)
    cached = importlib.util.cache_from_source(source)
    assert os.path.getmtime(cached) >= os.path.getmtime(source)


def test_the_grammar_patterns_are_kept_before_they_are_timed(tmp_path, monkeypatch):
    # As make bytecode leaves them: a timed run must not compile the grammar's tables.
    import marshal

    from bordermap.geo.pattern_store import STORE_VARIABLE

    store = tmp_path / "patterns.marshal"
    monkeypatch.setenv(STORE_VARIABLE, str(store))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    keep_grammar_patterns()
    _, kept = marshal.loads(store.read_bytes())
    assert len(kept) > 300  # the grammar's and the resolver's patterns
