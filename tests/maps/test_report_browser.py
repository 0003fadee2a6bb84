"""The report opened in real headless Chromium with every non-file request blocked."""

from __future__ import annotations

import pytest

from bordermap.geo.events.citations import cited_sources
from bordermap.maps.report import build_report, write_report
from tests import mapfixtures
from tests.maps.test_report import report_layers

pytestmark = pytest.mark.browser

#: What a self-contained page may load: itself, its srcdoc frame, inline images.
ALLOWED = ("file://", "data:", "about:")
#: The zoom of the page's Leaflet map (folium names it map_NNNN).
ZOOM = """() => {
    const isMap = (k) => k.startsWith('map_') && window[k] instanceof L.Map;
    const name = Object.keys(window).find(isMap);
    return window[name].getZoom();
}"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    write_report(build_report(report_layers(), dpi=60), folder)
    return folder / "report.html"


@pytest.fixture(scope="module")
def opened(browser, report_file):
    errors: list[str] = []
    outside: list[str] = []
    dialogs: list[str] = []

    def route(route):
        if route.request.url.startswith(ALLOWED):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    def dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", dialog)
    page.route("**/*", route)
    page.goto(report_file.as_uri())
    page.frame_locator("#map-frame").locator(".bm-event").first.wait_for(state="attached")
    yield {"page": page, "errors": errors, "outside": outside, "dialogs": dialogs}
    page.close()


def _map_frame(page):
    [frame] = [f for f in page.frames if f.url == "about:srcdoc"]
    return frame


def test_report_opens_without_errors_or_network(opened):
    assert opened["errors"] == []
    assert opened["outside"] == []
    assert opened["dialogs"] == []


def test_embedded_map_works(opened):
    frame = _map_frame(opened["page"])
    assert frame.locator(".leaflet-container").count() == 1
    assert frame.locator(".leaflet-overlay-pane path").count() > 0
    # The map can be used: the zoom button zooms in.
    before = frame.evaluate(ZOOM)
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function(f"() => ({ZOOM})() === {before + 1}")


def test_every_source_is_listed(opened):
    page = opened["page"]
    sources, _ = cited_sources(mapfixtures.sample_events())
    items = page.locator("#source-list li")
    assert items.count() == len(sources) == 3
    texts = items.all_inner_texts()
    for source, text in zip(sources.to_dict("records"), texts, strict=True):
        assert source["publisher"] in text
        assert source["date"] in text
    # Only http(s) sources become links.
    hrefs = page.locator("#source-list a").evaluate_all("els => els.map(e => e.href)")
    assert hrefs == ["https://example.org/story", "https://example.net/b"]


def test_events_point_to_their_sources(opened):
    page = opened["page"]
    row = page.locator("#event-list tr", has_text="e2")
    assert row.locator("a").all_inner_texts() == ["[2]", "[3]"]


def test_figures_are_shown(opened):
    page = opened["page"]
    for selector in ("#figure-image", "#timeline-image"):
        width = page.locator(selector).evaluate("img => img.complete && img.naturalWidth")
        assert width > 0


def test_unplaced_event_is_listed_and_nothing_runs_from_the_data(opened):
    page = opened["page"]
    assert "Xyzzy" in page.locator("#not-placed-list").inner_text()
    assert page.evaluate("() => window.__pwned") is None
    assert _map_frame(page).evaluate("() => window.__pwned") is None
    assert page.title() == report_layers().recipe.title


#: The embedded map's zoom is the one that fits the events' extent in its frame.
FITTED = """() => {
    const bm = window.bordermap;
    if (!bm || !bm.map || !bm.view) return null;
    const m = bm.map;
    return [m.getZoom(), m.getBoundsZoom(bm.view), m.getSize().x];
}"""


SIZED = f"""() => {{ const f = ({FITTED})();
    return f && f[2] > 0 && !window.bordermap.map._animatingZoom; }}"""


def test_embedded_map_opens_at_the_events_every_time(browser, report_file):
    for _ in range(8):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto(report_file.as_uri())
            frame = page.frame_locator("#map-frame")
            frame.locator(".bm-explore[data-shown]").wait_for(state="attached")
            # The frame may be laid out after its map has loaded (it then has no
            # size yet): once it has one, the map shows the events' extent.
            _map_frame(page).wait_for_function(SIZED)
            zoom, fitted, _ = _map_frame(page).evaluate(FITTED)
            assert zoom == fitted
        finally:
            page.close()


def test_a_frame_laid_out_late_refits_the_map(browser, report_file, tmp_path):
    # The frame starts with no size (as in a collapsed section or a slow layout)...
    late = tmp_path / "late.html"
    text = report_file.read_text(encoding="utf-8")
    late.write_text(
        text.replace(
            'class="map-frame" id="map-frame"',
            'class="map-frame" id="map-frame" style="width:0;height:0"',
            1,
        ),
        encoding="utf-8",
    )
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(late.as_uri())
        page.frame_locator("#map-frame").locator(".bm-explore[data-shown]").wait_for(
            state="attached"
        )
        # ...and gets its size after the map has loaded.
        page.evaluate("() => { document.getElementById('map-frame').style = ''; }")
        _map_frame(page).wait_for_function(
            f"() => {{ const f = ({FITTED})(); return f && f[2] > 300 && f[0] === f[1]; }}"
        )
    finally:
        page.close()
