"""Benchmark of reading GeoJSON event files: seconds per feature at 4,000 and 40,000.

Run: ``.venv/bin/python bench/bench_read_geojson.py [--sizes 4000 40000] [--runs 3]``.
Prints numbers; asserts nothing (tests never time things).

Each size is written once to a temporary file (generated features in the layout
``bordermap resolve`` writes: ``indent=1``, so one line per value), then read and
checked (:func:`bordermap.geo.events.loading.check_events`) in a fresh interpreter per run,
so imports and caches of one run do not help the next.  Linear reading shows as the
same seconds per feature at both sizes; before issue 10 the line number of each
feature was counted from the start of the text, and 40,000 features took 273 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_READ = (
    "import sys, time; from bordermap.geo.events.loading import check_events;"
    "t = time.perf_counter(); rows, problems = check_events([sys.argv[1]]);"
    "elapsed = time.perf_counter() - t;"
    "assert not problems, problems[:3]; print(len(rows), elapsed)"
)

CATEGORIES = ("crossing_attempt", "detention", "pushback", "military_security", "other")
STATUSES = ("confirmed", "alleged", "disputed", "denied")


def feature(i: int) -> dict:
    """One event as a GeoJSON Feature: a Point near the Latvia–Belarus border."""
    lon = 26.0 + (i % 997) * 0.002
    lat = 55.5 + (i % 499) * 0.001
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
        "properties": {
            "id": f"g{i}",
            "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "title": f"Event {i} near the border",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "status": STATUSES[i % len(STATUSES)],
            "place": "",
            "source_name": "Border guard | LSM",
            "source_url": f"https://example.org/{i}?a=1|2 | https://lsm.example/{i}",
            "unit": f"unit {i % 7}",
        },
    }


def write_features(count: int, folder: Path) -> Path:
    """Write ``count`` features as a FeatureCollection and return the file."""
    path = folder / f"events-{count}.geojson"
    doc = {"type": "FeatureCollection", "features": [feature(i) for i in range(count)]}
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    return path


def read_seconds(path: Path) -> float:
    """Seconds ``check_events`` took on ``path`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _READ, str(path)], capture_output=True, text=True, check=True
    )
    _, seconds = out.stdout.split()
    return float(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4000, 40000])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per size")
    args = parser.parse_args(argv)
    print("features | MB | best s | s per feature | runs (s)")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.sizes:
            path = write_features(count, Path(folder))
            runs = [read_seconds(path) for _ in range(args.runs)]
            best = min(runs)
            size_mb = path.stat().st_size / 1e6
            print(
                f"{count:,} | {size_mb:.1f} | {best:.2f} | {best / count * 1e6:.1f} µs | "
                + ", ".join(f"{r:.2f}" for r in runs)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
