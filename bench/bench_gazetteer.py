"""Benchmark of the offline gazetteer: cold load time and warm lookups per second.

Run: ``.venv/bin/python bench/bench_gazetteer.py``.  Prints numbers; asserts nothing
(tests never time things).  Targets: cold load ≤ 0.5 s, ≥ 50,000 warm lookups/s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from bordermap.geo.gazetteer import GAZETTEER_FILE, load_gazetteer
from bordermap.geo.geocoder import geocode_place

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
    "from bordermap.geo.gazetteer import load_gazetteer; load_gazetteer();"
    "print(time.perf_counter() - t)"
)


def cold_load_seconds(runs: int = 5) -> list[float]:
    """Time ``load_gazetteer()`` in fresh interpreters (imports of its module included)."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _COLD], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout))
    return times


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


def main() -> int:
    cold = cold_load_seconds()
    size = GAZETTEER_FILE.stat().st_size / 1e6
    print(f"gazetteer file: {size:.2f} MB, {len(load_gazetteer()):,} entries")
    print(
        f"cold load: median {statistics.median(cold):.3f} s (min {min(cold):.3f}, n={len(cold)})"
    )
    print(f"warm lookups: {lookups_per_second():,.0f} /s")
    print(f"geocode_place (expressions, warm): {expressions_per_second():,.0f} /s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
