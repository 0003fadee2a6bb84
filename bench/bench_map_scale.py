"""Maps of 10k and 100k events: bordermap's compact mode against plain folium.

Run: ``.venv/bin/python bench/bench_map_scale.py [--sizes 10000 100000] [--out build/bench-map]``.

For each size the synthetic events of ``bench/generate.py`` (fixed seed) are written,
loaded and resolved offline once (reported, not part of the build), then three maps are
built from the same resolved events:

* **bordermap**: :func:`compose_map` with the default compact threshold (5,000
  point-like events) and every asset inlined; build = compose + render + write;
* **folium Markers**: one ``folium.Marker`` with an escaped popup per located event;
* **folium MarkerCluster**: the same markers in a ``MarkerCluster``.

folium's pages link Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; their
sizes here exclude those files.  For the render time every CDN request is answered
from the installed xstatic packages (a local copy, as an offline user would need);
requests with no local copy (Bootstrap, awesome-markers) are refused, which costs
folium nothing visible.  Time to first render: navigation until the first event is
drawn (our canvas after its first paint, a folium marker or cluster) plus two
animation frames, in headless Debian Chromium with every other request blocked.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import functools
import html
import sys
import time
from pathlib import Path

import shapely

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (the synthetic events of this folder)

from bordermap.geo import attribution, schema  # noqa: E402
from bordermap.geo.borders import boundaries  # noqa: E402
from bordermap.geo.events.loading import load_events  # noqa: E402
from bordermap.geo.resolve import resolve_events  # noqa: E402
from bordermap.layers.assets import ASSETS  # noqa: E402
from bordermap.maps.composition import MapData, MapOptions, compose_map  # noqa: E402
from bordermap.maps.document import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
FIRST_EVENT = ".bm-event, .leaflet-marker-icon, .marker-cluster"
#: A page that has drawn nothing after this long is reported as not rendering.
RENDER_TIMEOUT_S = 120
WINDOW = (14.0, 45.0, 40.0, 62.0)
BOUNDS = [[50.0, 20.0], [58.5, 33.0]]


def resolved_events(size: int, out: Path):
    """Write, load and resolve the synthetic events; return them and the seconds taken."""
    path = out / f"events-{size}.csv"
    if not path.exists():
        generate.write_csv(generate.generate_events(size), path)
    start = time.perf_counter()
    events = resolve_events(load_events([str(path)])).events
    return events, time.perf_counter() - start


def map_data() -> MapData:
    """Countries around the EU–Belarus borders and the border lines of the events."""
    countries = boundaries.countries()
    countries = countries[countries.intersects(shapely.box(*WINDOW))].copy()
    countries["geometry"] = shapely.clip_by_rect(countries.geometry.values, *WINDOW)
    lines = boundaries.border_lines(list(generate.BORDERS))
    return MapData(
        countries.reset_index(drop=True),
        lines,
        attribution=(attribution.NATURAL_EARTH, attribution.GEONAMES),
    )


def build_ours(events, data: MapData, path: Path) -> dict:
    start = time.perf_counter()
    composed = compose_map(events, data=data, options=MapOptions(title="bench", bounds=BOUNDS))
    write_html(composed.render(), path)
    return {
        "seconds": time.perf_counter() - start,
        "bytes": path.stat().st_size,
        "compact": composed.compact,
        "drawn": composed.placed,
    }


def build_folium(events, path: Path, *, cluster: bool) -> dict:
    import folium
    from folium.plugins import MarkerCluster

    located = events[events.geometry.notna() & ~events.geometry.is_empty]
    start = time.perf_counter()
    # Without tiles a map has no maxZoom, and MarkerCluster refuses to start without one.
    fmap = folium.Map(location=[54.5, 26.5], zoom_start=6, tiles=None, maxZoom=18)
    parent = MarkerCluster().add_to(fmap) if cluster else fmap
    points = located.geometry.representative_point()
    for row, point in zip(located.itertuples(index=False), points, strict=True):
        text = f"<b>{html.escape(str(row.title))}</b><br>{html.escape(str(row.source_name))}"
        folium.Marker([point.y, point.x], popup=folium.Popup(text, parse_html=False)).add_to(
            parent
        )
    fmap.save(str(path))
    return {
        "seconds": time.perf_counter() - start,
        "bytes": path.stat().st_size,
        "drawn": len(located),
    }


def local_copy(url: str) -> Path | None:
    """The installed file a CDN address stands for, or None."""
    for asset in ASSETS.values():
        if asset.url == url:
            return asset.file()
    name = url.rsplit("/", 1)[-1].split("?")[0]
    for asset in ASSETS.values():
        if asset.file().name == name:
            return asset.file()
    leaflet = ASSETS["leaflet"].file().parent
    if url.endswith(".png") and (leaflet / "images" / name).exists():
        return leaflet / "images" / name
    if name.startswith("jquery"):
        import xstatic.pkg.jquery

        return Path(xstatic.pkg.jquery.BASE_DIR) / "jquery.min.js"
    return None


def first_render(path: Path) -> dict:
    """Seconds from navigation to the first event drawn and painted, or None."""
    from playwright.sync_api import Error, sync_playwright

    refused: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith("file://"):
            request_route.continue_()
            return
        local = local_copy(url)
        if local is None:
            refused.append(url)
            request_route.abort()
        else:
            request_route.fulfill(path=str(local))

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.route("**/*", route)
        try:
            page.goto(
                path.resolve().as_uri(), wait_until="commit", timeout=RENDER_TIMEOUT_S * 1000
            )
            page.wait_for_selector(FIRST_EVENT, state="attached", timeout=RENDER_TIMEOUT_S * 1000)
            ms = page.evaluate(
                "() => new Promise((done) => requestAnimationFrame(() =>"
                " requestAnimationFrame(() => done(performance.now()))))"
            )
            seconds = ms / 1000.0
        except Error:
            seconds = None
        browser.close()
    return {"seconds": seconds, "refused": len(refused)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=Path("build/bench-map"))
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    data = map_data()
    lines = [
        "| events | map | build s | HTML MB | bytes/event | first render s | note |",
        "|---:|---|---:|---:|---:|---:|---|",
    ]
    for size in args.sizes:
        events, resolve_s = resolved_events(size, args.out)
        placed = int((events[schema.RESOLVE_STATUS] == "resolved").sum())
        builds = {
            "bordermap": functools.partial(build_ours, events, data),
            "folium Markers": functools.partial(build_folium, events, cluster=False),
            "folium MarkerCluster": functools.partial(build_folium, events, cluster=True),
        }
        for name, build in builds.items():
            path = args.out / f"{name.replace(' ', '-')}-{size}.html"
            built = build(path)
            shown = {"seconds": None} if args.no_browser else first_render(path)
            render = shown["seconds"]
            note = (
                f"compact mode, assets inlined; resolving {size:,} events took "
                f"{resolve_s:.1f} s ({placed:,} placed)"
                if name == "bordermap"
                else "+ CDN assets not counted"
            )
            if render is None and not args.no_browser:
                note += f"; nothing drawn within {RENDER_TIMEOUT_S} s"
            lines.append(
                f"| {size:,} | {name} | {built['seconds']:.1f} | {built['bytes'] / 1e6:.1f} | "
                f"{built['bytes'] / size:.0f} | "
                f"{'—' if render is None else f'{render:.2f}'} | {note} |"
            )
            print(lines[-1], flush=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
