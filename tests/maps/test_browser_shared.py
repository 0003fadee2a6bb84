"""Shared places, counts and the heat layer under the time filter, in real headless Chromium."""

from __future__ import annotations

import pytest

from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from tests import mapfixtures as fx
from tests.maps.test_browser import OpenPage

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


#: Each shared place's badge: ``(count, title)``, in page order.
BADGES = """() => Array.from(document.querySelectorAll('.bm-count[data-count]'))
    .map((el) => [el.dataset.count, el.title])"""


#: Groups of the shared-place paths in the order they are stacked, bottom first.
STACKED = """() => Array.from(document.querySelectorAll('path.bm-group'))
    .map((el) => Array.from(el.classList).find((c) => /^bm-group-\\d/.test(c)))"""


@pytest.fixture(scope="module")
def shared_map(tmp_path_factory):
    from tests.layers.test_shared_places import shared_frame

    composed = compose_map(
        shared_frame(),
        data=MapData(fx.countries(), fx.border_lines(), regions=fx.regions()),
        options=MapOptions(title="Shared", bounds=BOUNDS),
    )
    return write_html(composed.render(), tmp_path_factory.mktemp("shared") / "map.html")


@pytest.fixture
def shared(browser, shared_map):
    opened = OpenPage(browser, shared_map)
    yield opened
    opened.page.close()


def test_each_shared_extent_is_one_shape_with_its_count(shared):
    page = shared.page
    assert page.locator("path.bm-group").count() == 2
    assert page.locator("path.bm-group-0").count() == 1  # the Vitebsk box
    assert page.locator("path.bm-group-1").count() == 1  # the border line
    assert page.evaluate(BADGES) == [
        ["2", "2 events somewhere in Vitebsk Oblast"],
        ["3", "3 events somewhere on the Belarus–Latvia border"],
    ]
    assert page.locator(".bm-count[data-count='3']").inner_text().split() == ["3", "events"]
    # The legend counts events, not shapes.
    assert "6 events on the map." in page.locator(".bm-legend").inner_text()
    assert "at one place, drawn once" in page.locator(".bm-legend").inner_text()
    assert shared.errors == [] and shared.outside == []


def test_clicking_a_shared_place_lists_every_event_with_its_sources(shared):
    page = shared.page
    page.locator(".bm-count[data-count='3']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-group-head").inner_text() == (
        "3 events somewhere on the Belarus–Latvia border"
    )
    titles = popup.locator(".bm-group-item .bm-title").all_inner_texts()
    assert titles == ["January on the border", fx.XSS_TITLE, "Undated on the border"]
    whens = popup.locator(".bm-group-item .bm-when").all_inner_texts()
    assert whens[0] == "When: 5 January 2026"
    assert whens[2].startswith("When: date not disclosed")
    assert popup.locator(".bm-group-item .bm-status").all_inner_texts()[1] == "Status: Alleged"
    assert [a.get_attribute("href") for a in popup.locator("a").all()] == [
        "https://example.org/story"
    ] * 3
    # Long lists scroll inside the popup instead of running off the map.
    assert (
        page.evaluate("() => getComputedStyle(document.querySelector('.bm-group-list')).overflowY")
        == "auto"
    )


def test_the_shape_itself_opens_the_same_list(shared):
    page = shared.page
    page.locator("path.bm-group-0").click(position={"x": 20, "y": 20})
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-group-item .bm-title").all_inner_texts() == [
        "First in Vitebsk",
        "Second in Vitebsk",
    ]


def test_counts_and_lists_follow_the_time_filter_and_empty_places_hide(shared):
    page = shared.page
    # Dates run from 5 January (day 0) to 20 February 2026 (day 46).
    move_from(page, 15)  # from 20 January
    assert page.locator(".bm-timefilter").get_attribute("data-low") == "2026-01-20"
    assert [count for count, _ in page.evaluate(BADGES)] == ["1", "2"]
    assert page.locator(".bm-count[data-count='1']").inner_text().split() == ["1", "event"]
    page.locator(".bm-count[data-count='2']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-group-item .bm-title").all_inner_texts() == [
        fx.XSS_TITLE,
        "Undated on the border",
    ]
    assert "1 event here outside the chosen dates" in popup.inner_text()
    # From 14 February nothing in Vitebsk is in range: its shape and badge go.
    move_from(page, 40)
    assert page.locator("path.bm-group-0").count() == 0
    assert page.evaluate(BADGES) == [["2", "2 events somewhere on the Belarus–Latvia border"]]
    assert "Showing 1 of 4 dated events." in page.locator(".bm-timefilter").inner_text()
    # The open list follows too: still two, the February one and the undated one.
    assert popup.locator(".bm-group-item").count() == 2
    move_from(page, 0)
    assert sorted(count for count, _ in page.evaluate(BADGES)) == ["2", "3"]
    # Back in its place under the border line, which stays on top and clickable.
    assert page.evaluate(STACKED) == ["bm-group-0", "bm-group-1"]
    assert shared.errors == []


def test_script_payloads_in_a_shared_list_do_not_run(shared):
    page = shared.page
    page.locator(".bm-count[data-count='3']").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert fx.XSS_TITLE in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert shared.dialogs == []


def test_a_shared_place_opens_from_the_keyboard(shared):
    page = shared.page
    page.locator(".bm-count-badge").last.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator(".bm-group-item").count() == 3
