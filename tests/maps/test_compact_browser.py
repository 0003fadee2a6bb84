"""A compact-mode map (a few thousand events) in real headless Chromium, network blocked."""

from __future__ import annotations

import pytest

from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from tests import compactfixtures as cfx
from tests import mapfixtures as fx
from tests.maps.test_browser import OpenPage

pytestmark = pytest.mark.browser

POINTS = 2000
#: Every grid point, the target and the payload point.
POINT_LIKE = POINTS + 2
BOUNDS = [[54.0, 24.5], [57.5, 29.0]]
#: Events unpacked and drawn, and the opening zoom (fitting the bounds) finished: a
#: view set during that animation would be undone when it ends.
READY = """() => window.bordermap && window.bordermap.compact && window.bordermap.compact.ready
    && !window.bordermap.compact.map._animatingZoom"""


@pytest.fixture(scope="module")
def map_file(tmp_path_factory):
    composed = compose_map(
        cfx.compact_events(points=POINTS),
        data=MapData(fx.countries(), fx.border_lines(), regions=fx.regions()),
        options=MapOptions(title="Compact", bounds=BOUNDS, compact_threshold=1000),
    )
    assert composed.compact
    return write_html(composed.render(), tmp_path_factory.mktemp("compact") / "map.html")


@pytest.fixture
def opened(browser, map_file):
    page = OpenPage(browser, map_file)
    page.page.wait_for_function(READY)
    yield page
    page.page.close()


def drawn(page) -> dict:
    return page.evaluate("() => window.bordermap.compact.drawn")


def click_event(page, point) -> None:
    """Zoom in on ``point`` and click it where it is drawn."""
    page.evaluate(
        "([lat, lon]) => window.bordermap.compact.map.setView([lat, lon], 12, {reset: true})",
        [point.y, point.x],
    )
    spot = page.evaluate(
        "([lat, lon]) => { const p = window.bordermap.compact.containerPoint(lat, lon);"
        " return [p.x, p.y]; }",
        [point.y, point.x],
    )
    box = page.locator(".leaflet-container").bounding_box()
    page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])


def test_compact_map_says_so_and_draws_every_point_like_event_once(opened):
    page = opened.page
    note = page.locator(".bm-compact-note")
    assert note.is_visible()
    assert "2,102 events drawn in compact mode: zoom in for details" in note.inner_text()
    assert drawn(page) == {"points": POINT_LIKE, "circles": 40, "extents": 2}
    # No element per event: one canvas, and the shared extents with their counts.
    assert page.locator(".leaflet-marker-icon.bm-point").count() == 0
    assert page.locator("canvas.bm-compact-canvas").count() == 1
    counts = page.locator(".bm-extent-count").all_inner_texts()
    assert sorted(counts) == ["30", "30"]
    assert "2 events not on the map" in page.locator(".bm-legend").inner_text()
    assert opened.errors == [] and opened.outside == []


def test_clicking_a_point_zoomed_in_opens_its_popup_with_title_and_source(opened):
    page = opened.page
    click_event(page, cfx.TARGET)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-title").inner_text() == cfx.TARGET_TITLE
    assert "5 January 2026" in popup.inner_text()
    link = popup.locator("a")
    assert link.get_attribute("href") == "https://example.org/target"
    assert link.inner_text() == "Target News"
    assert opened.errors == []


def test_time_filter_hides_points_outside_the_range(opened):
    page = opened.page
    # The slider starts on 2 January; keep 10 January onwards.
    page.evaluate(
        """() => {
            const from = document.querySelector('.bm-from');
            from.value = 8;
            from.dispatchEvent(new Event('input'));
        }"""
    )
    box = page.locator(".bm-timefilter")
    assert box.get_attribute("data-low") == "2026-01-10"
    days = [cfx.grid_day(i) for i in range(POINTS)]
    kept = sum(1 for day in days if not day or day >= "2026-01-10")
    # The payload event is undated; the target (5 January) leaves.
    assert drawn(page)["points"] == kept + 1
    dated = sum(1 for day in days if day) + 1
    shown = sum(1 for day in days if day >= "2026-01-10")
    assert f"Showing {shown} of {dated} dated events." in box.inner_text()
    # The target has left: a click on its place finds only the region around it.
    click_event(page, cfx.TARGET)
    assert page.locator(".leaflet-popup-content", has_text=cfx.TARGET_TITLE).count() == 0


def test_script_payloads_in_compact_data_do_not_run(opened):
    page = opened.page
    click_event(page, cfx.XSS_PLACE)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-title").inner_text() == fx.XSS_TITLE
    assert "<script>window.__pwned = true</script>" in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert opened.dialogs == []
    hrefs = [a.get_attribute("href") for a in popup.locator("a").all()]
    assert hrefs == ["https://example.net/b"]


def wait_until_the_map_rests(page, quiet_ms: int = 300) -> None:
    """Wait until the map has not moved for ``quiet_ms``: a popup that opens pans the map
    to fit it, and a click during the pan lands where the button was, as a person's would."""
    page.evaluate(
        """(quiet) => new Promise((done) => {
            const map = window.bordermap.compact.map;
            let timer = null;
            const settle = () => {
                clearTimeout(timer);
                timer = setTimeout(() => { map.off("move", settle); done(); }, quiet);
            };
            map.on("move", settle);
            settle();
        })""",
        quiet_ms,
    )


def test_an_extent_lists_its_events_and_opens_each(opened):
    page = opened.page
    page.evaluate("() => window.bordermap.compact.map.setView([54.6, 30.5], 8, {reset: true})")
    box = page.locator(".leaflet-container").bounding_box()
    spot = page.evaluate(
        "() => { const p = window.bordermap.compact.containerPoint(54.6, 30.5);"
        " return [p.x, p.y]; }"
    )
    hit = page.evaluate(
        "([x, y]) => { const e = document.elementFromPoint(x, y); return e.tagName + ' ' + "
        "(e.getAttribute('class') || ''); }",
        [box["x"] + spot[0], box["y"] + spot[1]],
    )
    assert hit.startswith("path bm-compact-extent"), hit
    page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])
    assert opened.errors == []
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-title").first.inner_text() == "30 events here"
    wait_until_the_map_rests(page)
    page.locator(".bm-event-link", has_text="Region event 7").click()
    assert popup.locator(".bm-popup .bm-title").inner_text() == "Region event 7"
    assert "Vitebsk" not in popup.locator(".bm-popup .bm-title").inner_text()
    assert opened.errors == []


def test_the_layer_control_hides_and_shows_the_compact_events(opened):
    page = opened.page
    control = page.locator(".leaflet-control-layers label", has_text="Events")
    control.click()
    assert page.locator("canvas.bm-compact-canvas").count() == 0
    assert page.locator(".bm-extent-count").count() == 0
    control.click()
    assert page.locator("canvas.bm-compact-canvas").count() == 1
    assert drawn(page)["points"] == POINT_LIKE
    assert opened.errors == []
