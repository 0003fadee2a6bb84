"""Benchmark of the offline data: gazetteer cold load, warm lookups, regions, CLI cold start.

Run: ``.venv/bin/python bench/bench_gazetteer.py``.  Prints numbers; asserts nothing
(tests never time things).  Targets (issue 11): cold start of ``bordermap geocode``
≤ 1 s, ≥ 50,000 warm lookups/s, committed data ≤ ~20 MB.

"Warm lookups" repeat a few report names (as a run over many events does); "distinct
keys" looks up 20,000 different keys once each, so no place is made twice by then.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bordermap.geo.borders.admin1 import REGIONS_FILE
from bordermap.geo.places.gazetteer import GAZETTEER_FILE, load_gazetteer
from bordermap.geo.places.geocoder import geocode_place

CLI = Path(sys.executable).parent / "bordermap"

# A mix of what reports contain: towns in three scripts, old names, a common village
# name (many candidates), countries, and nonsense.
NAMES = [
    "Vitebsk",
    "Віцебск",
    "Витебск",
    "Dvinsk",
    "Daugavpils",
    "Krāslava",
    "Aleksandrovka",
    "Latvia",
    "Беларусь",
    "Xqzzyt",
    "Brest",
    "Grodno",
]
EXPRESSIONS = [
    "Vitebsk region",
    "near Krāslava",
    "Daugavpils, Latvia",
    "Brest",
    "Latvia–Belarus border",
    "Xqzzyt Blorf",
]

_COLD = (
    "import time; t = time.perf_counter();"
    "from bordermap.geo.places.gazetteer import load_gazetteer; load_gazetteer();"
    "print(time.perf_counter() - t)"
)


_REGIONS = (
    "import time; t = time.perf_counter();"
    "from bordermap.geo.borders.boundaries import regions; {call};"
    "print(time.perf_counter() - t)"
)


def _fresh(code: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return times


def cold_load_seconds(runs: int = 5) -> list[float]:
    """Time ``load_gazetteer()`` in fresh interpreters (imports of its module included)."""
    return _fresh(_COLD, runs)


def cli_cold_start_seconds(text: str = "Vitebsk region", runs: int = 5) -> list[float]:
    """Wall time of ``bordermap geocode TEXT`` in a new process, start to exit."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(CLI), "geocode", text], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return times


def distinct_keys_per_second(count: int = 20_000) -> float:
    gaz = load_gazetteer.__wrapped__(GAZETTEER_FILE)  # a fresh one: no place made yet
    keys = random.Random(11).sample(sorted(gaz.keys()), count)
    start = time.perf_counter()
    for key in keys:
        gaz.lookup_key(key)
    return count / (time.perf_counter() - start)


def lookups_per_second(seconds: float = 2.0) -> float:
    gaz = load_gazetteer()
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for name in NAMES:
            gaz.lookup(name)
        count += len(NAMES)
    return count / (time.perf_counter() - start)


def expressions_per_second(rounds: int = 300) -> float:
    for text in EXPRESSIONS:  # warm the boundary caches first
        geocode_place(text)
    start = time.perf_counter()
    for _ in range(rounds):
        for text in EXPRESSIONS:
            geocode_place(text)
    return rounds * len(EXPRESSIONS) / (time.perf_counter() - start)


def _summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.3f} s (min {min(times):.3f}, n={len(times)})"


def main() -> int:
    gaz = load_gazetteer()
    size = GAZETTEER_FILE.stat().st_size / 1e6
    print(f"gazetteer file: {size:.2f} MB, {len(gaz):,} entries")
    print(f"regions file: {REGIONS_FILE.stat().st_size / 1e6:.2f} MB")
    print(f"gazetteer cold load (import included): {_summary(cold_load_seconds())}")
    one = _fresh(_REGIONS.format(call="regions('BY')"), 3)
    every = _fresh(_REGIONS.format(call="regions()"), 3)
    print(f"regions('BY') cold (import included): {_summary(one)}")
    print(f"regions() all, cold (import included): {_summary(every)}")
    print(f"bordermap geocode 'Vitebsk region', cold: {_summary(cli_cold_start_seconds())}")
    print(f"warm lookups: {lookups_per_second():,.0f} /s")
    print(f"distinct keys, first lookup each: {distinct_keys_per_second():,.0f} /s")
    print(f"geocode_place (expressions, warm): {expressions_per_second():,.0f} /s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
