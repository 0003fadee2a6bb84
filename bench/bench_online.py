"""Overheads of the online geocoding machinery, measured against a local server.

Run: ``.venv/bin/python bench/bench_online.py [--places 2000]``.  Prints numbers;
asserts nothing.  What it answers:

- cache writes and reads per second (one fsync'd transaction per write, WAL);
- requests per second through geopy's real Nominatim client, pacing off
  (``min_delay=0``), i.e. what bordermap adds on top of the network;
- answers per second on a second run, all from the cache (no request).

The public Nominatim allows one request a second, so bordermap's own cost is
irrelevant there; these numbers matter for self-hosted instances and reruns.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bordermap.geo.online.cache import GeocodeCache, cache_key
from bordermap.geo.online.chain import GeocoderChain
from bordermap.geo.online.geocoders import OnlineGeocoder
from tests.geo.online.nominatim_server import FakeNominatim, nominatim_record


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f}/s  ({count} in {seconds:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=2000)
    n = parser.parse_args().places
    queries = [f"Village {i}" for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        with GeocodeCache(Path(tmp) / "raw.sqlite") as cache:
            keys = [cache_key(q, geocoder="bench", params={}) for q in queries]
            start = time.perf_counter()
            for key, query in zip(keys, queries, strict=True):
                cache.put(key, [{"q": query}], geocoder="bench", query=query, params={})
            print("cache writes          ", rate(n, time.perf_counter() - start))
            start = time.perf_counter()
            for key in keys:
                cache.get(key)
            print("cache reads           ", rate(n, time.perf_counter() - start))

        with FakeNominatim() as server:
            for i, query in enumerate(queries):
                server.places[query.casefold()] = [
                    nominatim_record(
                        query,
                        lat=54 + i % 300 / 100,
                        lon=24 + i % 500 / 100,
                        country_code="LV",
                        addresstype="village",
                    )
                ]
            for run in ("first run (network)", "second run (cache)  "):
                with GeocodeCache(Path(tmp) / "answers.sqlite") as cache:
                    online = OnlineGeocoder(
                        "nominatim",
                        url=server.url,
                        user_agent="bordermap-bench/1",
                        min_delay=0,
                        cache=cache,
                        environ={},
                    )
                    chain = GeocoderChain([online])
                    start = time.perf_counter()
                    chain.geocode_batch(queries)
                    seconds = time.perf_counter() - start
                print(f"{run} ", rate(n, seconds), f"requests sent: {online.requests}")


if __name__ == "__main__":
    main()
