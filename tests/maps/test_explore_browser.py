"""The explore controls in real headless Chromium, network blocked, on a normal and a
compact map of the same events: filters, search, histogram brush, play and step, the
list of events in view, the URL state, the keyboard path, Esc, the legend, full
screen and a phone layout."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from shapely.geometry import Point

from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import write_html
from tests import mapfixtures as fx
from tests.maps.test_browser import OpenPage
from tests.sample import REPO

pytestmark = pytest.mark.browser

BOUNDS = [[53.5, 23.5], [58.5, 31.5]]
CATEGORIES = ("crossing_attempt", "pushback", "detention")
STATUSES = ("confirmed", "alleged", "disputed", "denied")
MONTHS = ("2026-01-10", "2026-02-10", "2026-03-10")
SEARCHED = "Fence cut near Zilupe"
#: Phone screenshot of the explore test map (the README shows the seed map's).
PHONE_SHOT = REPO / "build" / "screenshot-explore-phone.png"
READY = """() => {
    const box = document.querySelector('.bm-explore');
    if (!box || !box.dataset.shown) return false;
    const c = window.bordermap.compact;
    return !c || (c.ready && !c.map._animatingZoom);
}"""


def rows() -> list[dict]:
    """Twelve point events a degree apart, one undated and one known to a month."""
    events = []
    for i in range(12):
        place = Point(24.5 + (i % 4) * 2.0, 54.5 + (i // 4) * 1.5)
        day = MONTHS[i % 3]
        events.append(
            fx.event(
                id=f"x{i}",
                title=SEARCHED if i == 5 else f"Event {i} by the river",
                category=CATEGORIES[i % 3],
                status=STATUSES[i % 4],
                actors="Alpha Unit" if i % 3 == 0 else "Bravo Unit",
                tags="night" if i % 2 else "",
                source_name="Alpha News" if i < 6 else "Beta Wire",
                date=day,
                date_start=day,
                date_end=day,
                date_precision="day",
                geometry=place,
                extent=place,
            )
        )
    events.append(
        fx.event(
            id="undated",
            title="Undated crossing",
            geometry=Point(30.5, 57.5),
            extent=Point(30.5, 57.5),
        )
    )
    events.append(
        fx.event(
            id="month",
            title="Some day in February",
            category="pushback",
            date="2026-02",
            date_start="2026-02-01",
            date_end="2026-02-28",
            date_precision="month",
            geometry=Point(30.5, 54.0),
            extent=Point(30.5, 54.0),
        )
    )
    return events


TOTAL = 14


@pytest.fixture(scope="module", params=["normal", "compact"])
def map_file(request, tmp_path_factory):
    composed = compose_map(
        fx.events_frame(rows()),
        data=MapData(fx.countries(), fx.border_lines()),
        options=MapOptions(
            title="Explore",
            bounds=BOUNDS,
            compact_threshold=0 if request.param == "compact" else 5000,
        ),
    )
    assert composed.compact == (request.param == "compact")
    return write_html(composed.render(), tmp_path_factory.mktemp(request.param) / "map.html")


def open_map(browser, path, *, url: str | None = None, viewport=None) -> OpenPage:
    page = OpenPage.__new__(OpenPage)
    page.page = browser.new_page(viewport=viewport or {"width": 1280, "height": 860})
    page.errors, page.outside, page.dialogs = [], [], []
    page.page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.page.route("**/*", page._route)
    page.page.goto(url or path.as_uri())
    page.page.wait_for_function(READY)
    return page


@pytest.fixture
def opened(browser, map_file):
    page = open_map(browser, map_file)
    yield page
    assert page.errors == [] and page.outside == []
    page.page.close()


def shown(page) -> int:
    return int(page.locator(".bm-explore").get_attribute("data-shown"))


def drawn(page) -> int:
    """Events drawn on the map, counted from the page itself."""
    return page.evaluate(
        """() => {
            const c = window.bordermap.compact;
            if (c) return c.drawn.points + c.drawn.circles;
            let n = document.querySelectorAll('.bm-event.bm-point').length;
            document.querySelectorAll('.marker-cluster').forEach((el) => {
                n += parseInt(el.textContent, 10);
            });
            return n;
        }"""
    )


def state(page) -> dict:
    return parse_qs(page.evaluate("() => location.hash").lstrip("#"))


def test_everything_is_shown_at_first_and_the_list_names_each_event(opened):
    page = opened.page
    assert shown(page) == TOTAL
    assert drawn(page) == TOTAL
    assert "14 of 14 events shown." in page.locator(".bm-matches").inner_text()
    page.locator(".bm-list-toggle").click()
    assert page.locator(".bm-list-row").count() == TOTAL
    titles = page.locator(".bm-list-open").all_inner_texts()
    assert SEARCHED in titles and "Undated crossing" in titles
    # The month-long event is listed by its month, not a guessed day.
    assert "February 2026" in page.locator(".bm-list").inner_text()


def test_a_category_filter_hides_the_other_events_and_goes_into_the_url(opened):
    page = opened.page
    page.locator(".bm-filters-toggle").click()
    page.locator(".bm-facet-category label", has_text="Pushback").click()
    # Four of the twelve, and the February one.
    assert shown(page) == 5
    assert drawn(page) == 5
    assert page.locator(".bm-filters-toggle").inner_text() == "Filters (1)"
    assert state(page)["category"] == ["pushback"]
    page.locator(".bm-facet-status label", has_text="Alleged").click()
    assert shown(page) == 1  # event 1 is a pushback and alleged
    page.locator(".bm-clear").click()
    assert shown(page) == TOTAL
    assert "category" not in state(page)


@pytest.mark.parametrize(
    ("facet", "label", "expected"),
    [("actor", "Alpha Unit", 4), ("tag", "night", 6), ("source", "Beta Wire", 6)],
)
def test_actor_tag_and_source_filters(opened, facet, label, expected):
    page = opened.page
    page.locator(".bm-filters-toggle").click()
    page.locator(f".bm-facet-{facet} label", has_text=label).click()
    assert shown(page) == expected
    assert drawn(page) == expected


def test_search_looks_through_titles_places_and_actors(opened):
    page = opened.page
    page.locator(".bm-search").fill("zilupe")
    assert shown(page) == 1
    assert drawn(page) == 1
    assert state(page)["q"] == ["zilupe"]
    page.locator(".bm-search").fill("alpha unit")
    assert shown(page) == 4


def test_brushing_the_histogram_chooses_a_range(opened):
    page = opened.page
    box = page.locator(".bm-histogram").bounding_box()
    y = box["y"] + box["height"] / 2
    # From the left edge to a fifth of the way: January only.
    page.mouse.move(box["x"] + 1, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.2, y, steps=4)
    page.mouse.up()
    time_box = page.locator(".bm-timefilter")
    assert time_box.get_attribute("data-low") == "2026-01-10"
    assert time_box.get_attribute("data-high") < "2026-02-01"
    # The four January events and the undated one.
    assert shown(page) == 5
    assert drawn(page) == 5
    assert page.locator(".bm-brush").is_visible()
    assert state(page)["from"] == ["2026-01-10"]


def test_step_and_play_move_the_range_forward(opened):
    page = opened.page
    time_box = page.locator(".bm-timefilter")
    page.locator(".bm-step-forward").click()
    first = time_box.get_attribute("data-low")
    assert first > "2026-01-10"
    page.locator(".bm-step-forward").click()
    assert time_box.get_attribute("data-low") > first
    page.locator(".bm-step-back").click()
    assert time_box.get_attribute("data-low") == first
    page.locator(".bm-play").click()
    assert page.locator(".bm-play").get_attribute("aria-pressed") == "true"
    page.wait_for_function(
        "(low) => document.querySelector('.bm-timefilter').dataset.low > low", arg=first
    )
    page.locator(".bm-play").click()
    assert page.locator(".bm-play").get_attribute("aria-pressed") == "false"
    page.locator(".bm-all-dates").click()
    assert shown(page) == TOTAL


def test_a_link_reopens_the_same_view_filters_and_dates(browser, map_file, opened):
    page = opened.page
    page.locator(".bm-filters-toggle").click()
    page.locator(".bm-facet-status label", has_text="Confirmed").click()
    page.locator(".bm-search").fill("river")
    page.evaluate(
        """() => {
            const to = document.querySelector('.bm-to');
            to.value = 40;
            to.dispatchEvent(new Event('input'));
        }"""
    )
    # The reader zooms in with the keyboard on the map.
    page.locator(".leaflet-container").focus()
    page.keyboard.press("Equal")
    page.wait_for_function(
        """() => { const m = window.bordermap.map;
            return !m._animatingZoom && m.getZoom() > 7 &&
                location.hash.includes('map=' + m.getZoom() + '/'); }"""
    )
    expected = shown(page)
    assert expected == 2  # events 0 and 4 (8 is in March)
    link = page.evaluate("() => location.href")
    again = open_map(browser, map_file, url=link)
    try:
        other = again.page
        assert shown(other) == expected
        assert other.locator(".bm-search").input_value() == "river"
        assert other.locator(".bm-facet-status input[value=confirmed]").is_checked()
        assert other.locator(".bm-timefilter").get_attribute("data-high") == (
            page.locator(".bm-timefilter").get_attribute("data-high")
        )
        assert state(other)["map"] == state(page)["map"]
        assert again.errors == []
    finally:
        other.close()


def test_every_control_is_reached_and_used_with_the_keyboard(opened):
    page = opened.page
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("() => document.activeElement.className"))
        if "bm-search" in reached[-1]:
            break
    assert "bm-search" in reached[-1]
    page.keyboard.type("zilupe")
    assert shown(page) == 1
    page.keyboard.press("Tab")  # Filters
    page.keyboard.press("Enter")
    assert page.locator(".bm-filters").is_visible()
    page.keyboard.press("Tab")  # List
    page.keyboard.press("Tab")  # Full screen
    page.keyboard.press("Tab")  # the first category box
    page.keyboard.press("Space")
    assert page.locator(".bm-facet-category input").first.is_checked()
    classes = []
    for _ in range(60):
        page.keyboard.press("Tab")
        classes.append(page.evaluate("() => document.activeElement.className"))
    for control in ("bm-clear", "bm-from", "bm-to", "bm-play", "bm-step-forward"):
        assert any(control in c for c in classes), control
    page.locator(".bm-step-forward").focus()
    page.keyboard.press("Enter")
    assert page.locator(".bm-timefilter").get_attribute("data-low") > "2026-01-10"


def test_escape_closes_a_popup_opened_from_the_list(opened):
    page = opened.page
    page.locator(".bm-list-toggle").click()
    page.locator(".bm-list-open", has_text=SEARCHED).click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert SEARCHED in popup.inner_text()
    page.keyboard.press("Escape")
    # Leaflet fades the popup out before taking it away.
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=3000)
    # A second Esc folds the list.
    page.keyboard.press("Escape")
    assert page.locator(".bm-list").is_hidden()


def test_the_legend_folds_and_unfolds(opened):
    page = opened.page
    legend = page.locator(".bm-legend-details")
    assert legend.evaluate("(d) => d.open")
    page.locator(".bm-legend-details > summary").click()
    assert not legend.evaluate("(d) => d.open")
    assert page.locator(".bm-legend").bounding_box()["height"] < 60
    page.locator(".bm-legend-details > summary").click()
    assert legend.evaluate("(d) => d.open")


def test_full_screen_fills_the_window_and_comes_back(opened):
    page = opened.page
    before = page.locator(".leaflet-container").bounding_box()
    page.locator(".bm-fullscreen-toggle").click()
    page.wait_for_function(
        "() => document.querySelector('.leaflet-container').classList.contains('bm-fullscreen')"
    )
    full = page.locator(".leaflet-container").bounding_box()
    size = page.viewport_size
    assert (round(full["width"]), round(full["height"])) == (size["width"], size["height"])
    assert page.locator(".bm-fullscreen-toggle").get_attribute("aria-pressed") == "true"
    page.locator(".bm-fullscreen-toggle").click()
    page.wait_for_function(
        "() => !document.querySelector('.leaflet-container').classList.contains('bm-fullscreen')"
    )
    assert page.locator(".leaflet-container").bounding_box() == before


def test_on_a_phone_the_legend_starts_folded_and_boxes_fit_the_screen(browser, map_file):
    phone = {"width": 390, "height": 844}
    opened = open_map(browser, map_file, viewport=phone)
    page = opened.page
    try:
        assert not page.locator(".bm-legend-details").evaluate("(d) => d.open")
        assert not page.locator(".bm-time-details").evaluate("(d) => d.open")
        # Folded, the dates still say the range chosen; a tap opens them.
        assert "2026-01-10 to 2026-03-10" in page.locator(".bm-time-details").inner_text()
        page.locator(".bm-time-details > summary").click()
        assert page.locator(".bm-histogram").is_visible()
        page.locator(".bm-time-details > summary").click()
        for selector in (".bm-explore", ".bm-legend", ".bm-timefilter", ".bm-title-box"):
            box = page.locator(selector).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= phone["width"], selector
        legend = page.locator(".bm-legend").bounding_box()
        assert legend["height"] < 60
        PHONE_SHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(PHONE_SHOT))
        assert opened.errors == []
    finally:
        page.close()
