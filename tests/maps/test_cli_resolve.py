"""``bordermap resolve`` end to end: GeoJSON out, review list, bad input changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.sample import HEADER, SEED_EVENTS


def bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_resolve_seed_twice_gives_identical_bytes(tmp_path):
    first, second = tmp_path / "a.geojson", tmp_path / "b.geojson"
    for out in (first, second):
        result = bordermap("resolve", *map(str, SEED_EVENTS), "-o", str(out))
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    features = {f["id"]: f for f in doc["features"]}
    vehicles = features["by-military-vehicles-transport"]["properties"]
    assert (vehicles["precision"], vehicles["border"], vehicles["border_km"]) == (
        "border",
        "BY-LV",
        0.0,
    )
    assert vehicles["extent"].startswith(("LINESTRING", "MULTILINESTRING"))
    assert vehicles["source_name"] == "BLiTZ (Jennifer Hicks)"


def test_unresolved_places_are_listed_with_file_and_line(tmp_path):
    events = tmp_path / "e.csv"
    events.write_text(HEADER + "\nx1,,T,other,alleged,Qwzxv Plkjh,,,,S,,\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = bordermap("resolve", str(events), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"{events}:2: place: unresolved" in result.stderr
    feature = json.loads(out.read_text())["features"][0]
    assert feature["geometry"] is None
    assert feature["properties"]["resolve_status"] == "unresolved"
    review = (tmp_path / "out.geojson.review.csv").read_text().splitlines()
    # source_file is relative to the working directory (no absolute paths in outputs).
    where = os.path.relpath(events)
    assert len(review) == 2 and review[1].startswith(f"{where},2,x1,Qwzxv Plkjh")


def test_bad_input_exits_2_and_leaves_outputs_untouched(tmp_path):
    events = tmp_path / "e.csv"
    events.write_text(HEADER + "\nx1,2026-13,T,other,alleged,Riga,,,,S,,\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    out.write_bytes(b"previous result")
    result = bordermap("resolve", str(events), "-o", str(out))
    assert result.returncode == 2
    assert f"{events}:2: date: impossible date" in result.stderr
    assert out.read_bytes() == b"previous result"
    assert not (tmp_path / "out.geojson.review.csv").exists()


def test_a_long_review_list_is_summed_up_and_kept_whole_in_the_file(tmp_path):
    events = tmp_path / "e.csv"
    rows = [f"x{i},,T,other,alleged,Qwzxv{i} Plkjh,,,,S,," for i in range(25)]
    events.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    result = bordermap("resolve", str(events), "-o", str(out))
    assert result.returncode == 0, result.stderr
    listed = [line for line in result.stderr.splitlines() if ": place: unresolved" in line]
    assert len(listed) == 20
    assert f"... and 5 more place(s) to review: all are in {out}.review.csv" in result.stderr
    review = (tmp_path / "out.geojson.review.csv").read_text().splitlines()
    assert len(review) == 26
    everything = bordermap("-v", "resolve", str(events), "-o", str(out))
    assert everything.stderr.count(": place: unresolved") == 25


def test_resolve_writes_geoparquet_and_geopackage_with_the_geojson_values(tmp_path):
    import geopandas as gpd
    import pyogrio

    events = tmp_path / "e.csv"
    events.write_text(
        HEADER
        + "\nx1,2024-05,T,other,alleged,Qwzxv Plkjh,,,,S,,"
        + "\nx2,2024-05-02,T,other,confirmed,,,55.1234567,26.7654321,S,,"
        + "\nx3,2024,T,other,confirmed,Daugavpils,LV,,,S,,\n",
        encoding="utf-8",
    )
    outputs = {ext: tmp_path / f"out.{ext}" for ext in ("geojson", "parquet", "gpkg")}
    for out in outputs.values():
        result = bordermap("resolve", str(events), "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / f"{out.name}.review.csv").exists()
    features = json.loads(outputs["geojson"].read_text(encoding="utf-8"))["features"]
    parquet = gpd.read_parquet(outputs["parquet"])
    gpkg = pyogrio.read_dataframe(outputs["gpkg"], layer="events")
    # The GeoJSON's properties end with the extent; GeoParquet adds the point geometry.
    assert list(parquet.columns) == [*features[0]["properties"], "geometry"]
    for frame in (parquet, gpkg):
        assert frame["id"].tolist() == ["x1", "x2", "x3"]
        assert frame["resolve_status"].tolist() == [
            f["properties"]["resolve_status"] for f in features
        ]
        assert frame["country_code"].tolist() == [
            f["properties"]["country_code"] for f in features
        ]
        assert frame.geometry.iloc[0] is None
        assert (frame.geometry.x.iloc[1], frame.geometry.y.iloc[1]) == (26.7654321, 55.1234567)
    assert parquet["border_km"].iloc[1] == features[1]["properties"]["border_km"]


def test_coordinates_that_contradict_the_place_or_hint_and_events_outside_the_roi(tmp_path):
    events = tmp_path / "e.csv"
    events.write_text(
        HEADER + "\n"
        "swapped,2026-01-15,T,other,alleged,Krāslava,LV,27.17,55.90,S,,\n"
        "far,2026-01-15,T,other,alleged,Krāslava,,56.95,24.1,S,,\n"
        "right,2026-01-15,T,other,alleged,Krāslava,,55.90,27.17,S,,\n"
        "away,2026-01-15,T,other,alleged,Tallinn,,59.437,24.7535,S,,\n",
        encoding="utf-8",
    )
    result = bordermap(
        "resolve",
        str(events),
        "-o",
        "-",
        "--roi",
        "LV,BY",
        "--review",
        str(tmp_path / "review.csv"),
    )
    assert result.returncode == 0, result.stderr
    lines = {
        line.split(":")[1]: line
        for line in result.stderr.splitlines()
        # Review lines name the file as it was given on the command line.
        if line.startswith(str(events))
    }
    assert (
        "lat/lon lie in IR, not in LV (the country hint); lat and lon look swapped" in lines["2"]
    )
    assert "km from 'Krāslava', the place the text names" in lines["3"]
    assert "4" not in lines
    assert "outside the region of interest (BY, LV): lies in EE" in lines["5"]
    # -o - writes the GeoJSON to standard output; the coordinates are kept as given.
    doc = json.loads(result.stdout)
    swapped = next(f for f in doc["features"] if f["id"] == "swapped")
    assert swapped["geometry"]["coordinates"] == [55.9, 27.17]
    review = (tmp_path / "review.csv").read_text(encoding="utf-8")
    assert "look swapped" in review


def test_the_dask_engine_keeps_the_collector():
    # Its scheduler and workers make cyclic garbage as they go.
    from bordermap.maps.cli import _collector_waits, build_parser

    def parsed(*args):
        argv = ["resolve", "in.csv", "-o", "out.parquet", *args]
        return build_parser(argv).parse_args(argv)

    assert _collector_waits(parsed())
    assert not _collector_waits(parsed("--engine", "dask"))


def test_reading_a_csv_imports_no_yaml_and_an_offline_run_no_cache_folders(tmp_path):
    # PyYAML (~15 ms) only for YAML files; platformdirs (~9 ms) only where the cache is.
    events = tmp_path / "e.csv"
    events.write_text(HEADER + "\nx1,2024-05-01,T,other,alleged,Riga,LV,,,S,,\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from bordermap.geo.events.loading import load_events\n"
        "import bordermap.maps.commands.resolve\n"
        f"load_events([{str(events)!r}])\n"
        "print(sorted(m for m in ('yaml', 'platformdirs') if m in sys.modules))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"


def test_a_geoparquet_write_failing_on_its_thread_fails_the_command(tmp_path, monkeypatch):
    # The GeoParquet file is written on a thread of its own while the review is made:
    # its failure is still the command's (exit 73), with no file, no review list and
    # no temporary left behind.
    import bordermap.geo.events.writers as writers
    from bordermap.maps.cli import main

    def refuse(table, where):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writers, "write_geoparquet_table", refuse)
    events = tmp_path / "e.csv"
    events.write_text(
        HEADER + "\nx1,2024-05-02,T,other,confirmed,,,55.1234567,26.7654321,S,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "events.parquet"
    assert main(["-q", "resolve", str(events), "-o", str(out), "--offline"]) == 73
    assert not out.parent.exists() or not list(out.parent.iterdir())


def test_an_error_after_the_write_started_is_the_one_raised(tmp_path, monkeypatch):
    # The review list fails to be made while the GeoParquet file is being written:
    # that error is raised (not one of the write), and no thread is left writing.
    import threading

    import bordermap.geo.resolve as resolve_module
    from bordermap.maps.cli import main

    def broken_review(*args, **kwargs):
        raise RuntimeError("review broke")

    monkeypatch.setattr(resolve_module, "_review", broken_review)
    events = tmp_path / "e.csv"
    events.write_text(
        HEADER + "\nx1,2024-05-02,T,other,confirmed,,,55.1234567,26.7654321,S,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.parquet"
    with pytest.raises(RuntimeError, match="review broke"):
        main(["-q", "resolve", str(events), "-o", str(out), "--offline"])
    assert not any(t.name == "geoparquet-writer" for t in threading.enumerate())
    assert not (tmp_path / "events.parquet.review.csv").exists()
