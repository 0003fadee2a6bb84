"""Reading the seed map in real headless Chromium, network blocked: count badges clear of
each other and of country names, towns by zoom, a basemap without edges, clusters in
category colours, and the desktop and phone views the README shows."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from bordermap.maps.building import build_recipe
from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from bordermap.maps.recipe import load_recipe
from tests import mapfixtures as fx
from tests.maps.test_explore_browser import open_map
from tests.sample import REPO

pytestmark = pytest.mark.browser

#: The README's views of the seed map; rewritten by every run of this file.
DESKTOP_SHOT = REPO / "build" / "screenshot-latvia-belarus-desktop.png"
PHONE_SHOT = REPO / "build" / "screenshot-latvia-belarus-phone.png"

#: Rectangles of the visible elements matching a selector, in page pixels.
RECTS = """(selector) => Array.from(document.querySelectorAll(selector))
    .filter((el) => getComputedStyle(el).visibility !== 'hidden')
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => [r.left, r.top, r.right, r.bottom])"""
SETTLED = """() => { const m = window.bordermap.map;
    return !m._animatingZoom && window.bordermap.labels; }"""


def overlapping(a: list[list[float]], b: list[list[float]] | None = None) -> list[tuple]:
    """Pairs of rectangles that overlap (within ``a``, or between ``a`` and ``b``)."""
    pairs = []
    others = b if b is not None else a
    for i, r in enumerate(a):
        for j, s in enumerate(others):
            if b is None and j <= i:
                continue
            if r[0] < s[2] - 0.5 and s[0] < r[2] - 0.5 and r[1] < s[3] - 0.5 and s[1] < r[3] - 0.5:
                pairs.append((r, s))
    return pairs


def zoom_to(page, lat: float, lon: float, zoom: int) -> None:
    page.evaluate(
        "([lat, lon, z]) => window.bordermap.map.setView([lat, lon], z, {animate: false})",
        [lat, lon, zoom],
    )
    page.wait_for_function(SETTLED)
    # The placement runs on the next frame after a move.
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done()))")
    page.evaluate("() => window.bordermap.labels.place()")


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory):
    built = build_recipe(load_recipe(REPO / "maps" / "latvia-belarus.toml"))
    return write_html(built.html, tmp_path_factory.mktemp("seed") / "latvia-belarus.html")


@pytest.fixture
def opened(browser, seed_map):
    page = open_map(browser, seed_map, viewport={"width": 1400, "height": 900})
    yield page
    assert page.errors == [] and page.outside == []
    page.page.close()


@pytest.mark.parametrize("zoom", [None, 6, 8])
def test_count_badges_cover_neither_each_other_nor_country_names(opened, zoom):
    page = opened.page
    if zoom is not None:
        zoom_to(page, 55.5, 27.5, zoom)
    else:
        page.evaluate("() => window.bordermap.labels.place()")
    badges = page.evaluate(RECTS, ".leaflet-marker-pane .bm-count[data-count]")
    names = page.evaluate(RECTS, ".bm-label-country")
    assert badges
    assert overlapping(badges) == []
    assert overlapping(badges, names) == []


@pytest.fixture(scope="module")
def eu_map(tmp_path_factory):
    built = build_recipe(load_recipe(REPO / "maps" / "eu-belarus-border.toml"))
    return write_html(built.html, tmp_path_factory.mktemp("eu") / "eu-belarus-border.html")


@pytest.mark.parametrize("zoom", [None, 6, 7])
def test_a_countrys_name_moves_clear_of_the_regions_names(browser, eu_map, zoom):
    # The EU map names Belarus on Minsk region's own name at its first view.
    opened = open_map(browser, eu_map, viewport={"width": 1400, "height": 900})
    try:
        page = opened.page
        if zoom is not None:
            zoom_to(page, 53.7, 27.9, zoom)
        else:
            page.evaluate("() => window.bordermap.labels.place()")
        regions = page.evaluate(RECTS, ".bm-label-region")
        names = page.evaluate(RECTS, ".bm-label-country")
        assert regions and names
        assert overlapping(regions, names) == []
        assert overlapping(names) == []
        shown = page.evaluate(
            """() => Array.from(document.querySelectorAll('.bm-label-country'))
            .filter((el) => getComputedStyle(el).visibility !== 'hidden')
            .map((el) => el.textContent)"""
        )
        assert "Belarus" in shown  # moved, not hidden
        assert opened.errors == [] and opened.outside == []
    finally:
        opened.page.close()


def test_towns_are_named_by_zoom_without_covering_other_labels(opened):
    page = opened.page
    first_zooms = """() => Array.from(document.querySelectorAll('.bm-town'))
        .filter((el) => el.style.visibility !== 'hidden')
        .map((el) => +el.querySelector('.bm-town-box').dataset.zoom)"""
    zoom_to(page, 55.9, 27.2, 7)
    wide = page.evaluate(first_zooms)
    assert wide and max(wide) <= 7  # only the larger towns
    zoom_to(page, 55.9, 27.2, 9)
    close = page.evaluate(first_zooms)
    assert 9 in close and max(close) <= 9  # smaller towns join
    # Daugavpils, the largest town near this border section, is named.
    assert "Daugavpils" in page.locator(".bm-town-name").all_inner_texts()
    towns = page.evaluate(RECTS, ".bm-town-name")
    assert overlapping(towns) == []
    badges = page.evaluate(RECTS, ".leaflet-marker-pane .bm-count[data-count]")
    assert overlapping(towns, badges) == []


def test_the_basemap_shows_no_edge_however_far_one_zooms_out_or_pans(opened):
    page = opened.page
    area = page.evaluate(
        "() => { const b = window.bordermap.map.options.maxBounds;"
        " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
    )
    for lat, lon, zoom in ((55.5, 27.5, 1), (0.0, 0.0, 5), (70.0, 60.0, 7)):
        zoom_to(page, lat, lon, zoom)
        view = page.evaluate(
            "() => { const b = window.bordermap.map.getBounds();"
            " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
        )
        tolerance = 0.05
        assert view[0] >= area[0] - tolerance and view[1] >= area[1] - tolerance
        assert view[2] <= area[2] + tolerance and view[3] <= area[3] + tolerance


def test_desktop_and_phone_views_of_the_seed_map(browser, seed_map, opened):
    DESKTOP_SHOT.parent.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(DESKTOP_SHOT))
    phone = open_map(browser, seed_map, viewport={"width": 390, "height": 844})
    try:
        page = phone.page
        assert not page.locator(".bm-legend-details").evaluate("(d) => d.open")
        page.screenshot(path=str(PHONE_SHOT))
        assert phone.errors == []
    finally:
        phone.page.close()


def test_clusters_are_rings_of_their_events_colours(browser, tmp_path):
    from bordermap.geo.events.categories import load_categories

    categories = load_categories()
    rows = [
        fx.event(
            id=f"c{i}",
            category="pushback" if i < 2 else "detention",
            geometry=Point(26.50 + i * 0.0002, 55.87),
            extent=Point(26.50 + i * 0.0002, 55.87),
        )
        for i in range(6)
    ]
    composed = compose_map(
        fx.events_frame(rows),
        data=MapData(fx.countries()),
        options=MapOptions(title="Clusters", bounds=[[54.0, 25.0], [57.0, 29.0]]),
    )
    opened = open_map(browser, write_html(composed.render(), tmp_path / "clusters.html"))
    try:
        assert opened.page.evaluate("() => window.bordermap.map.getZoom()") < 11
        ring = opened.page.locator(".bm-cluster-ring")
        assert ring.count() == 1
        assert ring.inner_text() == "6"
        colours = sorted([categories["pushback"].colour, categories["detention"].colour])
        assert ring.get_attribute("data-colours").split() == colours
        background = ring.evaluate("(el) => getComputedStyle(el).backgroundImage")
        assert background.startswith("conic-gradient")
        assert opened.errors == []
    finally:
        opened.page.close()


def test_country_names_of_a_world_wide_map_do_not_cover_each_other(browser, tmp_path):
    # Events on three continents: the first view shows most of the world, where names
    # of small neighbours (Benelux, the Balkans) would pile up on the larger ones.
    from bordermap.maps.building import quick_map
    from tests.sample import HEADER

    events = tmp_path / "world.csv"
    events.write_text(
        HEADER + "\n"
        "lv,2025-01-02,Fence,border_infrastructure,confirmed,,LV,56.3,27.9,S,,\n"
        "td,2025-01-03,Camp,humanitarian_incident,confirmed,,TD,13.6,22.0,S,,\n"
        "gy,2025-01-04,Patrol,military_security,alleged,,GY,6.5,-60.5,S,,\n"
        "th,2025-01-05,Shelling,military_security,alleged,,TH,14.4,103.6,S,,\n",
        encoding="utf-8",
    )
    built = quick_map([events], title="World")
    page = open_map(browser, write_html(built.html, tmp_path / "world.html"))
    try:
        page.page.evaluate("() => window.bordermap.labels.place()")
        names = page.page.evaluate(RECTS, ".bm-label-country")
        assert len(names) >= 10
        assert overlapping(names) == []
        shown = page.page.evaluate(
            """() => Array.from(document.querySelectorAll('.bm-label-country'))
            .filter((el) => getComputedStyle(el).visibility !== 'hidden')
            .map((el) => el.textContent)"""
        )
        # The largest country keeps its name.
        assert "Russia" in {name.title() for name in shown}
        assert page.errors == [] and page.outside == []
    finally:
        page.page.close()
