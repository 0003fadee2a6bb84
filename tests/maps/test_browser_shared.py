"""Shared places, counts and the heat layer under the time filter, in real headless Chromium."""

from __future__ import annotations

import pytest

from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from tests import mapfixtures as fx
from tests.maps.test_browser import CHROMIUM, CHROMIUM_ARGS, OpenPage

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

BOUNDS = [[54.0, 25.0], [57.0, 29.0]]

#: Points the heat layer draws now (leaflet-heat keeps them in ``_latlngs``).
HEAT_POINTS = """() => Object.keys(window)
    .filter((name) => name.startsWith('heat_map_'))
    .map((name) => window[name]._latlngs.length)"""


def move_from(page, day: int) -> None:
    page.evaluate(
        """(day) => {
            const from = document.querySelector('.bm-from');
            from.value = day;
            from.dispatchEvent(new Event('input'));
        }""",
        day,
    )


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_map(browser, tmp_path, events, **options) -> OpenPage:
    composed = compose_map(
        events,
        data=MapData(fx.countries(), fx.border_lines(), regions=fx.regions()),
        options=MapOptions(title="Shared", bounds=BOUNDS, **options),
    )
    return OpenPage(browser, write_html(composed.render(), tmp_path / "map.html"))


def test_heat_follows_the_time_filter_and_keeps_undated_places(browser, tmp_path):
    opened = open_map(browser, tmp_path, fx.sample_events(), heat=True)
    page = opened.page
    try:
        page.locator(".leaflet-control-layers label", has_text="Event density").click()
        assert page.locator("canvas.leaflet-heatmap-layer").count() == 1
        # e1, e2, e3 (settlements) and e4 (near) heat the map.
        assert page.evaluate(HEAT_POINTS) == [4]
        # March only: e2 (March) and e3 (undated) stay; e1 and e4 (January) go.
        move_from(page, 59)
        assert page.evaluate(HEAT_POINTS) == [2]
        move_from(page, 0)
        assert page.evaluate(HEAT_POINTS) == [4]
        assert opened.errors == [] and opened.outside == []
    finally:
        page.close()
