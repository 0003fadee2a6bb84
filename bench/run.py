"""bordermap against the alternatives, side by side in one run, with ratios and peak memory.

Run (writes the synthetic data first if it is missing)::

    .venv/bin/python bench/run.py                     # 10k and 100k events everywhere
    .venv/bin/python bench/run.py --join-sizes 10000 100000 1000000 --map-sizes 10000 100000

Every measurement runs in its own fresh interpreter, so one's caches never help another
and its peak resident memory (``ru_maxrss`` from ``os.wait4``, which includes the
descendants it waited for, e.g. dask workers or Chromium) is its own.  Prints a Markdown
table (paste it into ``bench/README.md``) and writes every number to
``OUT/results.json``.  Nothing here asserts a time: the tests never time things.

What is compared:

* gazetteer: ``load_gazetteer`` in a fresh process (import included) and warm
  ``Gazetteer.lookup`` of the place names in the synthetic events, against a naive scan
  of the same name keys (same file, same normalisation, a list instead of the index);
* join: ``join_borders`` (country, admin-1, nearest border, geodesic km) against naive
  geopandas (``sjoin`` for country and region, then per row a shapely ``distance`` to
  every border line in a metric CRS).  The naive join runs on a subsample and its time
  is extrapolated linearly; the dask engine (threads, then a 2-process LocalCluster)
  joins the same events from GeoParquet and writes GeoParquet, so its time includes I/O;
* map: ``bordermap map CSV --offline`` end to end (load, check, geocode, join, compose,
  write; assets inlined) against plain folium ``Marker``s and ``MarkerCluster`` built
  from the already-located events (no checking, no geocoding, assets from CDNs);
* end to end (``resolve``): the commands a user runs, from a CSV whose every event has
  lat/lon (``events-SIZE-latlon.csv``): ``bordermap resolve -o x.parquet`` and
  ``-o x.geojson`` against ``bench/peer_geopandas.py`` (pyarrow CSV, ``sjoin`` and
  ``sjoin_nearest``, GeoParquet out) and ``bench/peer_duckdb.py`` (DuckDB spatial from
  PyPI, in ``build/duckdb-venv``), each as its own process, timed wall to wall with
  imports; ``bordermap map`` of the same CSV against the peer's bare join;
* browser: time from navigation to the first event drawn plus two painted frames, in
  headless Debian Chromium with every non-file request blocked (folium's CDN assets are
  answered from the installed xstatic packages, as a local copy would be).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
#: Seconds of warm lookups per measurement.
WARM_SECONDS = 2.0
#: Names the naive scan looks up (it is slow; more would only take longer).
NAIVE_QUERIES = 200
#: Events the naive join measures before extrapolating.
NAIVE_JOIN_SAMPLE = 2_000
#: A page that has drawn no event by then is reported as not rendered.
RENDER_TIMEOUT_MS = 300_000
TWO_FRAMES = (
    "() => new Promise((done) => requestAnimationFrame(() =>"
    " requestAnimationFrame(() => done(performance.now()))))"
)
#: The first event drawn: our events, folium's markers, clusters of either.
FIRST_EVENT = ".bm-event, .leaflet-marker-icon, .marker-cluster"


# --- children: each runs in a fresh interpreter and prints one JSON object ------------


def _events(data: Path, size: int):
    import geopandas as gpd

    return gpd.read_parquet(data / f"events-{size}.parquet")


def _place_queries(size: int = 10_000) -> list[str]:
    """Settlement names as the synthetic reports write them (misspelt ones included)."""
    sys.path.insert(0, str(HERE))
    from generate import generate_events

    events = generate_events(size)
    named = events[events["lat"].isna()]["place"]
    keep = ~named.str.contains(r"^near | border$| region$", regex=True)
    return sorted(set(named[keep]))


def child_gazetteer_cold(args) -> dict:
    start = time.perf_counter()
    from bordermap.geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return {"seconds": time.perf_counter() - start, "entries": len(gaz)}


def _naive_table():
    import gzip

    from bordermap.geo.places.gazetteer import GAZETTEER_FILE

    with gzip.open(GAZETTEER_FILE, "rt", encoding="utf-8") as handle:
        document = json.load(handle)
    return list(document["index"].items()), document["places"]


def child_naive_cold(args) -> dict:
    start = time.perf_counter()
    keys, _ = _naive_table()
    return {"seconds": time.perf_counter() - start, "keys": len(keys)}


def child_gazetteer_warm(args) -> dict:
    from bordermap.geo.places.gazetteer import load_gazetteer

    queries = _place_queries()
    gaz = load_gazetteer()
    found = sum(bool(gaz.lookup(q)) for q in queries)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < WARM_SECONDS:
        for query in queries:
            gaz.lookup(query)
        count += len(queries)
    return {
        "per_second": count / (time.perf_counter() - start),
        "queries": len(queries),
        "found": found,
    }


def child_naive_warm(args) -> dict:
    from bordermap.geo.places.names import normalise

    queries = _place_queries()[:NAIVE_QUERIES]
    keys, places = _naive_table()
    found, start = 0, time.perf_counter()
    for query in queries:
        key = normalise(query)
        # The same matching rule as the index, found by walking every name form.
        hits = [places["name"][i] for k, idents in keys if k == key for i in idents]
        found += bool(hits)
    return {
        "per_second": len(queries) / (time.perf_counter() - start),
        "queries": len(queries),
        "found": found,
    }


def child_join(args) -> dict:
    from bordermap.geo.borders.join import join_borders

    events = _events(args.data, args.size)
    start = time.perf_counter()
    join_borders(events.iloc[:10])  # boundary data loads once per process
    load = time.perf_counter() - start
    start = time.perf_counter()
    joined = join_borders(events)
    seconds = time.perf_counter() - start
    located = joined.geometry.notna()
    return {
        "seconds": seconds,
        "load_seconds": load,
        "per_second": len(events) / seconds,
        "no_country": int((located & (joined["country_code"] == "")).sum()),
    }


def child_naive_join(args) -> dict:
    import geopandas as gpd
    import numpy as np

    from bordermap.geo.borders import boundaries
    from bordermap.geo.borders.join import join_borders

    events = _events(args.data, args.size)
    events = events[events.geometry.notna()].reset_index(drop=True)
    sample = events.sample(n=min(NAIVE_JOIN_SAMPLE, len(events)), random_state=1)
    countries = boundaries.countries()[["iso_a2", "geometry"]]
    regions = boundaries.regions()[["code", "name", "geometry"]]
    lines = boundaries.border_lines(countries=["BY", "LV", "LT", "PL", "UA", "RU", "EE"])
    start = time.perf_counter()
    points = sample[["id", "geometry"]]
    country = gpd.sjoin(points, countries, how="left", predicate="within")
    country = country[~country.index.duplicated()]
    region = gpd.sjoin(points, regions, how="left", predicate="within")
    region = region[~region.index.duplicated()]
    metric_points = points.to_crs(3035).geometry
    metric_lines = lines.to_crs(3035)
    names = metric_lines["border"].tolist()
    border, km = [], []
    for point in metric_points:  # the per-row loop every tutorial writes
        distances = [line.distance(point) for line in metric_lines.geometry]
        best = int(np.argmin(distances))
        border.append(names[best])
        km.append(distances[best] / 1000.0)
    seconds = time.perf_counter() - start
    ours = join_borders(sample)
    return {
        "sample": len(sample),
        "sample_seconds": seconds,
        "seconds": seconds * args.size / len(sample),
        "per_second": len(sample) / seconds,
        "country_agree": float((country["iso_a2"].fillna("") == ours["country_code"]).mean()),
        "border_agree": float((np.asarray(border) == ours["border"].to_numpy()).mean()),
        "median_km_diff": float(np.nanmedian(np.abs(np.asarray(km) - ours["border_km"]))),
        "regions_found": int(region["code"].notna().sum()),
    }


def child_dask_join(args) -> dict:
    import shutil

    from bordermap.geo.borders.dask_engine import join_dataset

    source = args.data / f"events-{args.size}.parquet"
    output = args.data / f"joined-{args.size}-{args.mode}.parquet"
    start = time.perf_counter()
    if args.mode == "processes":
        from dask.distributed import Client, LocalCluster

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
            Client(cluster),
        ):
            summary = join_dataset(source, output=output)
    else:
        summary = join_dataset(source, output=output)
    seconds = time.perf_counter() - start
    shutil.rmtree(output)
    return {
        "seconds": seconds,
        "per_second": summary.events / seconds,
        "partitions": summary.partitions,
    }


def _popup(row) -> str:
    from html import escape

    return f"<b>{escape(row.title)}</b><br>{escape(row.source_name)} {escape(row.date)}"


def child_folium(args) -> dict:
    import folium
    from folium.plugins import MarkerCluster

    events = _events(args.data, args.size)
    events = events[events.geometry.notna()]
    start = time.perf_counter()
    # folium's default OpenStreetMap tiles, as users write it (the browser blocks them);
    # MarkerCluster needs the zoom range the tile layer gives the map.
    fmap = folium.Map(location=[54.5, 26.5], zoom_start=6)
    parent = MarkerCluster().add_to(fmap) if args.mode == "cluster" else fmap
    for row in events.itertuples(index=False):
        folium.Marker(
            [row.geometry.y, row.geometry.x], popup=folium.Popup(_popup(row), parse_html=False)
        ).add_to(parent)
    output = args.data / f"folium-{args.mode}-{args.size}.html"
    fmap.save(str(output))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "bytes": output.stat().st_size, "events": len(events)}


def _local_asset(url: str) -> Path | None:
    """An installed copy of a CDN asset folium links, or None."""
    import xstatic.pkg.font_awesome
    import xstatic.pkg.jquery
    import xstatic.pkg.leaflet
    import xstatic.pkg.leaflet_markercluster

    name = url.rsplit("/", 1)[-1].split("?")[0]
    name = {"jquery-3.7.1.min.js": "jquery.min.js"}.get(name, name)
    for package in (
        xstatic.pkg.leaflet,
        xstatic.pkg.leaflet_markercluster,
        xstatic.pkg.jquery,
        xstatic.pkg.font_awesome,
    ):
        for found in Path(package.BASE_DIR).rglob(name):
            return found
    return None


def child_browser(args) -> dict:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    path = Path(args.html).resolve()
    blocked: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file://"):
            request_route.continue_()
            return
        local = _local_asset(url)
        if local is None:
            blocked.append(url)
            request_route.abort()
        else:
            request_route.fulfill(path=str(local))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.route("**/*", route)
        page.goto(path.as_uri(), wait_until="commit", timeout=RENDER_TIMEOUT_MS)
        try:
            page.wait_for_selector(FIRST_EVENT, state="attached", timeout=RENDER_TIMEOUT_MS)
        except PlaywrightTimeout:
            browser.close()
            return {"seconds": None, "complete_seconds": None, "elements": 0}
        # Two animation frames: the first drawn event has been painted.
        rendered_ms = page.evaluate(TWO_FRAMES)
        # Leaflet adds every layer while the page's scripts run, so after the load event
        # and two frames everything the page draws at its opening view is painted.
        page.wait_for_load_state("load", timeout=RENDER_TIMEOUT_MS)
        complete_ms = page.evaluate(TWO_FRAMES)
        drawn = page.evaluate(f"() => document.querySelectorAll({FIRST_EVENT!r}).length")
        browser.close()
    return {
        "seconds": rendered_ms / 1000.0,
        "complete_seconds": complete_ms / 1000.0,
        "elements": drawn,
        "blocked": len(blocked),
    }


CHILDREN = {
    "gazetteer_cold": child_gazetteer_cold,
    "naive_cold": child_naive_cold,
    "gazetteer_warm": child_gazetteer_warm,
    "naive_warm": child_naive_warm,
    "join": child_join,
    "naive_join": child_naive_join,
    "dask_join": child_dask_join,
    "folium": child_folium,
    "browser": child_browser,
}


# --- parent: runs children, keeps their peak memory, prints the table -----------------


def measure(task: str, *extra: str, command: list[str] | None = None) -> dict:
    """Run one child (or ``command``) and return its JSON plus wall time and peak MB."""
    argv = command or [sys.executable, str(Path(__file__).resolve()), "--child", task, *extra]
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        # Files, not pipes: a child that writes a lot to stderr cannot block, and wait4
        # (not communicate) keeps this child's own rusage.
        proc = subprocess.Popen(argv, stdout=out_file, stderr=err_file, cwd=REPO)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{task} failed ({proc.returncode}): {err.decode()[-2000:]}")
    result = json.loads(out) if command is None else _last_json_line(out)
    result["wall_seconds"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024.0  # Linux reports KiB
    return result


def compile_sources() -> list[str]:
    """Compile bordermap's own modules to bytecode once, before any command is timed.

    ``pip install`` leaves a package compiled, and the peers' packages (geopandas,
    pandas...) are; a source checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (as here)
    never writes its caches, so each timed ``bordermap`` process recompiled every module
    changed since the caches were last written: on the session's working tree, 21
    stale modules, among them the place grammar's (1.1 MB of source), about 0.3 s of
    CPU a run that no installed copy pays.  Returns the folders compiled.
    """
    import compileall
    import importlib

    folders = []
    for name in ("bordermap", "bordermap.geo", "bordermap.maps", "bordermap.layers"):
        # Resolved: compileall does not follow a folder that is a symbolic link.
        folder = Path(importlib.import_module(name).__file__).resolve().parent
        if str(folder) not in folders:
            folders.append(str(folder))
            compileall.compile_dir(folder, quiet=1, maxlevels=20 if name != "bordermap" else 0)
    return folders


def keep_grammar_patterns() -> None:
    """Write the place grammar's kept patterns afresh, as ``make bytecode`` does.

    A user's ``make maps`` writes them (``geo/pattern_store.py``); where
    ``PYTHONDONTWRITEBYTECODE`` is set no command writes them, so a tree whose grammar
    changed since the file was last written compiles the new patterns again in each
    timed process (39 of them, about 0.08 s of a cold ``geocode``'s CPU, on session 52's
    end code against a file written at its start).  In a process of its own: the
    grammar stays out of this one.
    """
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from bordermap.geo.pattern_store import keep_grammar; keep_grammar()",
        ],
        check=True,
        cwd=REPO,
    )


def _last_json_line(out: bytes) -> dict:
    """What a command printed as its last line, if that is a JSON object (the peers)."""
    lines = out.decode("utf-8", "replace").strip().splitlines()
    try:
        found = json.loads(lines[-1]) if lines else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _child_args(args) -> list[str]:
    return ["--data", str(args.out)]


def ensure_data(out: Path, sizes: set[int]) -> None:
    missing = [
        s
        for s in sorted(sizes)
        if not (out / f"events-{s}.parquet").exists() or not (out / f"events-{s}.csv").exists()
    ]
    if missing:
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--out", str(out), "--sizes"]
            + [str(s) for s in missing],
            check=True,
            cwd=REPO,
        )
    no_latlon = [s for s in sorted(sizes) if not (out / f"events-{s}-latlon.csv").exists()]
    if no_latlon:
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate.py"),
                "--out",
                str(out),
                "--latlon-only",
                "--sizes",
                *map(str, no_latlon),
            ],
            check=True,
            cwd=REPO,
        )
    write_peer_boundaries(out / "boundaries")


def write_peer_boundaries(folder: Path) -> None:
    """The peers' boundary data: bordermap's own countries, regions and border lines."""
    if (folder / "border_lines.parquet").exists():
        return
    from bordermap.geo.borders import boundaries

    folder.mkdir(parents=True, exist_ok=True)
    boundaries.countries()[["iso_a2", "geometry"]].to_parquet(folder / "countries.parquet")
    boundaries.regions()[["code", "name", "geometry"]].to_parquet(folder / "regions.parquet")
    lines = boundaries.border_lines(countries=["BY", "LV", "LT", "PL", "UA", "RU", "EE"])
    lines[["border", "geometry"]].to_parquet(folder / "border_lines.parquet")


def bench_gazetteer(args, rows: list[dict]) -> None:
    base = _child_args(args)
    cold = [measure("gazetteer_cold", *base) for _ in range(args.repeat)]
    naive_cold = [measure("naive_cold", *base) for _ in range(args.repeat)]
    warm = measure("gazetteer_warm", *base)
    naive_warm = measure("naive_warm", *base)
    ours_cold = statistics.median(r["seconds"] for r in cold)
    alt_cold = statistics.median(r["seconds"] for r in naive_cold)
    rows.append(
        row(
            "gazetteer cold load (s, median)",
            "-",
            ours_cold,
            alt_cold,
            alt_cold / ours_cold,
            cold[-1]["peak_mb"],
            naive_cold[-1]["peak_mb"],
            "naive: same file, list of keys",
        )
    )
    rows.append(
        row(
            "gazetteer warm lookups/s",
            f"{warm['queries']} names",
            warm["per_second"],
            naive_warm["per_second"],
            warm["per_second"] / naive_warm["per_second"],
            warm["peak_mb"],
            naive_warm["peak_mb"],
            f"found {warm['found']}/{warm['queries']}; naive scans every name key",
        )
    )


def bench_join(args, rows: list[dict]) -> None:
    base = _child_args(args)
    for size in args.join_sizes:
        ours = measure("join", *base, "--size", str(size))
        naive = measure("naive_join", *base, "--size", str(size))
        rows.append(
            row(
                "join events/s",
                size,
                ours["per_second"],
                naive["per_second"],
                ours["per_second"] / naive["per_second"],
                ours["peak_mb"],
                naive["peak_mb"],
                f"ours {ours['seconds']:.1f} s (+{ours['load_seconds']:.1f} s data load); "
                f"naive {naive['sample']:,} events → {naive['seconds']:,.0f} s extrapolated; "
                f"agree: country {naive['country_agree']:.1%}, border "
                f"{naive['border_agree']:.1%}",
            )
        )
        for mode in args.dask_modes:
            dask = measure("dask_join", *base, "--size", str(size), "--mode", mode)
            rows.append(
                row(
                    f"dask join events/s ({mode})",
                    size,
                    dask["per_second"],
                    ours["per_second"],
                    dask["per_second"] / ours["per_second"],
                    dask["peak_mb"],
                    ours["peak_mb"],
                    f"{dask['seconds']:.1f} s incl. GeoParquet read+write, "
                    f"{dask['partitions']} partitions; vs in-memory join",
                )
            )


def bench_map(args, rows: list[dict]) -> None:
    base = _child_args(args)
    for size in args.map_sizes:
        html = args.out / f"bordermap-{size}.html"
        ours = measure(
            "bordermap map",
            command=[
                str(Path(sys.executable).with_name("bordermap")),
                "-q",
                "map",
                str(args.out / f"events-{size}.csv"),
                "-o",
                str(html),
                "--offline",
                "--no-cache",
            ],
        )
        ours["seconds"] = ours["wall_seconds"]
        ours["bytes"] = html.stat().st_size
        results = {"bordermap": (ours, html)}
        for mode in ("markers", "cluster"):
            if size > args.folium_max:
                continue
            alt = measure("folium", *base, "--size", str(size), "--mode", mode)
            results[mode] = (alt, args.out / f"folium-{mode}-{size}.html")
        for mode in ("markers", "cluster"):
            if mode not in results:
                rows.append(
                    row(
                        f"map build s (folium {mode})",
                        size,
                        ours["seconds"],
                        None,
                        None,
                        ours["peak_mb"],
                        None,
                        f"folium skipped above {args.folium_max:,} (--folium-max)",
                    )
                )
                continue
            alt = results[mode][0]
            rows.append(
                row(
                    f"map build s (vs folium {mode})",
                    size,
                    ours["seconds"],
                    alt["seconds"],
                    alt["seconds"] / ours["seconds"],
                    ours["peak_mb"],
                    alt["peak_mb"],
                    "ours end to end from CSV; folium from located points",
                )
            )
            rows.append(
                row(
                    f"HTML bytes/event (vs folium {mode})",
                    size,
                    ours["bytes"] / size,
                    alt["bytes"] / size,
                    alt["bytes"] / ours["bytes"],
                    None,
                    None,
                    f"ours {ours['bytes'] / 1e6:.1f} MB inlined assets; "
                    f"folium {alt['bytes'] / 1e6:.1f} MB + CDN assets",
                )
            )
        if args.skip_browser:
            continue
        shown = {
            name: measure("browser", *base, "--html", str(path))
            for name, (_, path) in results.items()
        }
        ours_s = shown["bordermap"]["seconds"]
        for mode in ("markers", "cluster"):
            if mode not in shown:
                continue
            alt_s = shown[mode]["seconds"]
            unrendered = [
                name for name, s in (("bordermap", ours_s), (f"folium {mode}", alt_s)) if s is None
            ]
            rows.append(
                row(
                    f"browser first render s (vs folium {mode})",
                    size,
                    ours_s,
                    alt_s,
                    None if unrendered else alt_s / ours_s,
                    shown["bordermap"]["peak_mb"],
                    shown[mode]["peak_mb"],
                    f"load+paint {_fmt(shown['bordermap']['complete_seconds'])} s vs "
                    f"{_fmt(shown[mode]['complete_seconds'])} s; "
                    f"{shown['bordermap']['elements']:,} vs {shown[mode]['elements']:,} "
                    "DOM elements; peak = largest browser process"
                    + "".join(
                        f"; {name}: nothing drawn within {RENDER_TIMEOUT_MS // 1000} s"
                        for name in unrendered
                    ),
                )
            )


def _bordermap(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("bordermap")), "-q", *args]


def _peer(script: str, python: Path, csv_path: Path, args, out: Path) -> dict:
    return measure(
        script,
        command=[
            str(python),
            str(HERE / script),
            str(csv_path),
            str(args.out / "boundaries"),
            str(out),
        ],
    )


def bench_resolve(args, rows: list[dict]) -> None:
    """``bordermap resolve``/``map`` end to end against the geopandas and DuckDB scripts."""
    duckdb_python = args.duckdb_python if args.duckdb_python.exists() else None
    for size in args.resolve_sizes:
        source = args.out / f"events-{size}-latlon.csv"
        runs: dict[str, list[dict]] = {}
        repeat = args.e2e_repeat if size <= 100_000 else 1  # a million takes minutes
        for _ in range(repeat):
            # A/B interleaved, so a burst of load on the shared machine hits both sides.
            for fmt in ("parquet", "geojson"):
                if fmt == "geojson" and size > args.geojson_max:
                    continue
                out = args.out / f"resolved-{size}.{fmt}"
                runs.setdefault(fmt, []).append(
                    measure(
                        f"resolve {fmt}",
                        command=_bordermap(
                            "resolve", str(source), "-o", str(out), "--offline", "--no-cache"
                        ),
                    )
                )
            peer = _peer(
                "peer_geopandas.py",
                Path(sys.executable),
                source,
                args,
                args.out / f"peer-{size}.parquet",
            )
            runs.setdefault("geopandas", []).append(peer)
        if duckdb_python is not None and size <= args.duckdb_max:
            runs["duckdb"] = [
                _peer(
                    "peer_duckdb.py",
                    duckdb_python,
                    source,
                    args,
                    args.out / f"duckdb-{size}.parquet",
                )
            ]

        def median(name: str, key: str = "wall_seconds", runs=runs) -> float:
            return statistics.median(r[key] for r in runs[name])

        def peak(name: str, runs=runs) -> float:
            return max(r["peak_mb"] for r in runs[name])

        peer_s, peer_join = median("geopandas"), median("geopandas", "join_seconds")
        for fmt in ("parquet", "geojson"):
            if fmt not in runs:
                continue
            ours = median(fmt)
            rows.append(
                row(
                    f"resolve CSV → {fmt} s (vs geopandas script)",
                    size,
                    ours,
                    peer_s,
                    peer_s / ours,
                    peak(fmt),
                    peak("geopandas"),
                    f"median of {len(runs[fmt])}; ours/peer = {ours / peer_s:.2f}; peer's "
                    f"bare join {peer_join:.1f} s",
                )
            )
        if "duckdb" in runs:
            rows.append(
                row(
                    "resolve CSV → parquet s (vs DuckDB spatial)",
                    size,
                    median("parquet"),
                    median("duckdb"),
                    median("duckdb") / median("parquet"),
                    peak("parquet"),
                    peak("duckdb"),
                    f"DuckDB join {median('duckdb', 'join_seconds'):.1f} s "
                    "(nearest border by ST_Distance to every line)",
                )
            )
        if size in args.map_sizes:
            html = args.out / f"bordermap-latlon-{size}.html"
            built = measure(
                "map",
                command=_bordermap("map", str(source), "-o", str(html), "--offline", "--no-cache"),
            )
            rows.append(
                row(
                    "map CSV → HTML s (vs geopandas script's bare join)",
                    size,
                    built["wall_seconds"],
                    peer_join,
                    peer_join / built["wall_seconds"],
                    built["peak_mb"],
                    None,
                    f"{html.stat().st_size / size:.1f} bytes/event "
                    f"({html.stat().st_size / 1e6:.1f} MB); ours/peer = "
                    f"{built['wall_seconds'] / peer_join:.2f}",
                )
            )
            if not args.skip_browser:
                shown = measure("browser", *_child_args(args), "--html", str(html))
                rows.append(
                    row(
                        "map first render s (Chromium)",
                        size,
                        shown["seconds"],
                        None,
                        None,
                        shown["peak_mb"],
                        None,
                        "navigation to first event drawn + two frames",
                    )
                )


def row(what, size, ours, alt, ratio, ours_mb, alt_mb, note) -> dict:
    return {
        "what": what,
        "events": size,
        "bordermap": ours,
        "alternative": alt,
        "ratio": ratio,
        "bordermap_peak_mb": ours_mb,
        "alternative_peak_mb": alt_mb,
        "note": note,
    }


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def table(rows: list[dict]) -> str:
    """The results as a Markdown table (ratio > 1 means bordermap is better)."""
    lines = [
        "| measure | events | bordermap | alternative | ratio | peak MB (ours / alt) | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        peak = f"{_fmt(r['bordermap_peak_mb'])} / {_fmt(r['alternative_peak_mb'])}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:,.1f}×"
        lines.append(
            f"| {r['what']} | {_fmt(r['events'])} | {_fmt(r['bordermap'])} | "
            f"{_fmt(r['alternative'])} | {ratio} | {peak} | {r['note']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "bench")
    parser.add_argument("--join-sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--map-sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument(
        "--dask-modes",
        nargs="*",
        default=["threads", "processes"],
        choices=["threads", "processes"],
    )
    parser.add_argument("--folium-max", type=int, default=100_000)
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["gazetteer", "join", "map", "resolve"]
    )
    parser.add_argument("--resolve-sizes", type=int, nargs="*", default=[100_000])
    parser.add_argument(
        "--e2e-repeat", type=int, default=3, help="A/B pairs up to 100k events (median)"
    )
    parser.add_argument("--geojson-max", type=int, default=100_000)
    parser.add_argument("--duckdb-max", type=int, default=100_000)
    parser.add_argument(
        "--duckdb-python", type=Path, default=REPO / "build" / "duckdb-venv" / "bin" / "python"
    )
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--repeat", type=int, default=5, help="cold-load runs (median)")
    # Internal: run one measurement in this fresh interpreter.
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--html", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return 0
    args.out = args.out.resolve()
    ensure_data(
        args.out,
        set(args.join_sizes) | set(args.map_sizes) | set(args.resolve_sizes) | {10_000},
    )
    compile_sources()
    keep_grammar_patterns()
    rows: list[dict] = []
    started = time.perf_counter()
    benches = (
        ("gazetteer", bench_gazetteer),
        ("join", bench_join),
        ("map", bench_map),
        ("resolve", bench_resolve),
    )
    for name, bench in benches:
        if name in args.skip:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            bench(args, rows)
        except RuntimeError as err:  # one failed measurement must not lose the others
            rows.append(row(f"{name}: FAILED", "-", None, None, None, None, None, str(err)[:300]))
    print(table(rows))
    cpus = os.cpu_count()
    summary = {
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
        "cpus": cpus,
        "seconds": time.perf_counter() - started,
        "self_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "rows": rows,
    }
    (args.out / "results.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(f"\n{cpus} CPUs; {summary['seconds']:.0f} s; results in {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
