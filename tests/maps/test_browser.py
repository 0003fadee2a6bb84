"""Maps opened in real headless Chromium with every non-file request blocked."""

from __future__ import annotations

import pytest

from bordermap.maps.building import build_recipe
from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from bordermap.maps.recipe import load_recipe
from tests import mapfixtures as fx
from tests.sample import REPO

#: The screenshot the README shows; rewritten by every browser test run.
SCREENSHOT = REPO / "build" / "screenshot-latvia-belarus.png"


pytestmark = pytest.mark.browser


#: Events the page draws, each counted once: unclustered markers and shapes carry a
#: ``bm-ev-N`` class, clusters are counted by their children and a place shared by
#: several events by the count on its badge.
COUNT_EVENTS = """() => {
    const ids = new Set();
    document.querySelectorAll('.bm-event').forEach((el) => {
        el.classList.forEach((c) => { if (c.startsWith('bm-ev-')) ids.add(c); });
    });
    let clustered = 0;
    document.querySelectorAll('.marker-cluster').forEach((el) => {
        clustered += parseInt(el.textContent, 10);
    });
    let shared = 0;
    document.querySelectorAll('.bm-count[data-count]').forEach((el) => {
        shared += parseInt(el.dataset.count, 10);
    });
    return ids.size + clustered + shared;
}"""


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    data = MapData(
        fx.countries(), fx.border_lines(), fx.border_zones(), fx.regions(), ("NE", "GeoNames")
    )
    composed = compose_map(
        fx.sample_events(),
        data=data,
        options=MapOptions(title="Browser test", bounds=[[54.0, 25.0], [57.0, 29.0]]),
    )
    return write_html(composed.render(), tmp_path_factory.mktemp("map") / "map.html")


class OpenPage:
    """A page with its console errors, outside requests and dialogs recorded."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 860})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        # The page script runs in one go; the legend is added near its end.
        self.page.wait_for_selector(".bm-legend", state="attached")

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()


@pytest.fixture
def opened(browser, map_file):
    page = OpenPage(browser, map_file)
    yield page
    page.page.close()


def test_page_renders_without_errors_or_network(opened):
    page = opened.page
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator(".leaflet-overlay-pane path").count() > 0
    assert opened.errors == []
    assert opened.outside == []


def test_every_resolved_event_is_drawn_once(opened):
    assert opened.page.evaluate(COUNT_EVENTS) == 6


def test_clicking_a_marker_opens_its_popup_with_title_and_source(opened):
    page = opened.page
    page.locator(".bm-ev-0").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Group of 12 people stopped near the fence" in popup.inner_text()
    link = popup.locator("a")
    assert link.get_attribute("href") == "https://example.org/story"
    assert link.inner_text() == "Example News"
    assert "5 January 2026" in popup.inner_text()


def test_legend_and_layer_control_are_present(opened):
    page = opened.page
    legend = page.locator(".bm-legend")
    assert legend.is_visible()
    assert "Crossing attempt" in legend.inner_text()
    assert "1 event not on the map" in legend.inner_text()
    control = page.locator(".leaflet-control-layers")
    assert control.is_visible()
    labels = control.inner_text()
    for name in ("Countries (offline)", "Borders", "Regions", "Events"):
        assert name in labels
    assert page.locator(".leaflet-control-scale").count() == 1


def test_time_filter_hides_events_outside_the_range_but_keeps_undated(opened):
    page = opened.page
    # The slider runs from 2026-01-01 (e4 starts) to 2026-03-31 (e2 ends): keep March.
    page.evaluate(
        """() => {
            const from = document.querySelector('.bm-from');
            from.value = 59;
            from.dispatchEvent(new Event('input'));
        }"""
    )
    box = page.locator(".bm-timefilter")
    assert box.get_attribute("data-low") == "2026-03-01"
    assert "Showing 1 of 3 dated events." in box.inner_text()
    assert "3 undated events always shown" in box.inner_text()
    assert page.evaluate(COUNT_EVENTS) == 4
    assert page.locator(".bm-ev-0").count() == 0
    assert page.locator(".bm-ev-1").count() == 1


def test_script_payloads_in_event_text_do_not_run(opened):
    page = opened.page
    page.locator(".bm-ev-1").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert fx.XSS_TITLE in popup.inner_text()
    assert "<script>window.__pwned = true</script>" in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert opened.dialogs == []
    # The javascript: link was dropped; the good one kept.
    hrefs = [a.get_attribute("href") for a in popup.locator("a").all()]
    assert hrefs == ["https://example.net/b"]


def test_clusters_count_their_children_and_the_filter_reaches_inside_them(browser, tmp_path):
    from shapely.geometry import Point

    rows = [
        fx.event(
            id=f"c{i}",
            title=f"Close event {i}",
            geometry=Point(26.50 + i * 0.002, 55.87),
            extent=Point(26.50 + i * 0.002, 55.87),
            date_start=f"2026-01-0{i + 1}",
            date_end=f"2026-01-0{i + 1}",
            date_precision="day",
        )
        for i in range(5)
    ]
    composed = compose_map(
        fx.events_frame(rows),
        data=MapData(fx.countries()),
        options=MapOptions(title="Clusters", bounds=[[54.0, 25.0], [57.0, 29.0]]),
    )
    opened = OpenPage(browser, write_html(composed.render(), tmp_path / "clusters.html"))
    page = opened.page
    try:
        assert page.locator(".marker-cluster").count() == 1
        assert page.locator(".marker-cluster").inner_text() == "5"
        assert page.evaluate(COUNT_EVENTS) == 5
        # Keep 3 to 5 January: two events leave the cluster.
        page.evaluate(
            """() => {
                const from = document.querySelector('.bm-from');
                from.value = 2;
                from.dispatchEvent(new Event('input'));
            }"""
        )
        assert page.evaluate(COUNT_EVENTS) == 3
        assert opened.errors == []
    finally:
        page.close()


def test_heat_layer_draws_when_switched_on(browser, tmp_path):
    data = MapData(fx.countries(), attribution=("NE",))
    composed = compose_map(
        fx.sample_events(),
        data=data,
        options=MapOptions(title="Heat", bounds=[[54.0, 25.0], [57.0, 29.0]], heat=True),
    )
    opened = OpenPage(browser, write_html(composed.render(), tmp_path / "heat.html"))
    page = opened.page
    try:
        assert page.locator(".leaflet-heatmap-layer").count() == 0  # off until asked
        page.locator(".leaflet-control-layers label", has_text="Event density").click()
        assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
        assert opened.errors == [] and opened.outside == []
    finally:
        page.close()


@pytest.fixture(scope="module")
def seed_map(tmp_path_factory):
    built = build_recipe(load_recipe(REPO / "maps" / "latvia-belarus.toml"))
    path = write_html(built.html, tmp_path_factory.mktemp("seed") / "latvia-belarus.html")
    return path, built


def test_seed_recipe_map_shows_every_resolved_event_offline(browser, seed_map):
    path, built = seed_map
    opened = OpenPage(browser, path)
    page = opened.page
    try:
        assert built.placed == 19 and built.unplaced == []
        assert page.evaluate(COUNT_EVENTS) == built.placed
        # Events on one border or country are drawn once, with their number.
        counts = page.locator(".bm-count[data-count]").evaluate_all(
            "(els) => els.map((el) => +el.dataset.count)"
        )
        assert sorted(counts) == [2, 2, 2, 5, 7]
        assert opened.errors == [] and opened.outside == []
        # The brigade's region is drawn as the Vitebsk area, not a pin.
        assert page.locator(".bm-point").count() == 0
        assert page.locator(".bm-label-region", has_text="Vitebsk").count() == 1
        assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
        assert "GeoNames" in page.locator(".leaflet-control-attribution").inner_text()
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
    finally:
        page.close()


def test_a_coarsened_answer_says_so_in_its_popup(browser, tmp_path):
    # "the village of X in Vitebsk Oblast" with X unknown is drawn as the region, and
    # the person reading the popup is told it stands for a place the data lacks.
    from bordermap.maps.cli import main

    events = tmp_path / "coarse.csv"
    events.write_text(
        "id,date,title,place,country,category,status,source_name,source_url,source_date\n"
        "c1,2025-03-01,Camp reported,the village of Fooberg in Vitebsk Oblast,BY,other,"
        "alleged,S,https://example.org/a,2025-03-02\n",
        encoding="utf-8",
    )
    html = tmp_path / "coarse.html"
    assert main(["-q", "map", str(events), "-o", str(html), "--offline", "--no-cache"]) == 0
    opened = OpenPage(browser, html)
    page = opened.page
    try:
        page.locator(".bm-ev-0").first.click(force=True)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        text = popup.inner_text()
        assert "→ Vitebsk" in text and "region (its outline" in text
        assert "coarser than the text: the place itself is not in the data" in text
        assert opened.errors == [] and opened.outside == []
    finally:
        page.close()
