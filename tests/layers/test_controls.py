import json

from bordermap.geo.events.categories import load_categories
from bordermap.layers.events import UnplacedEvent
from bordermap.layers.explore import ExploreControls
from bordermap.layers.heat import heat_layer
from bordermap.layers.legend import legend, title_box
from bordermap.layers.timefilter import time_range
from tests import mapfixtures as fx


def test_legend_lists_used_categories_in_vocabulary_order_and_unplaced_events():
    box = legend(
        categories=load_categories(),
        used_categories=["pushback", "crossing_attempt"],
        placed=6,
        unplaced=[UnplacedEvent("e7", "<i>Lost</i>", "Xyzzy", "place not found")],
    )
    html = json.loads(box.html_json)
    assert html.index("Crossing attempt") < html.index("Pushback")
    assert "Detention" not in html
    assert "6 events on the map." in html
    assert "1 event not on the map" in html
    assert "&lt;i&gt;Lost&lt;/i&gt; — “Xyzzy”: place not found" in html
    for word in ("Confirmed", "Alleged", "Disputed", "Denied"):
        assert word in html


def test_legend_by_status_shows_status_colours():
    html = json.loads(legend(categories=load_categories(), colour_by="status", placed=1).html_json)
    assert "Colour: status" in html and "#E69F00" in html
    assert "Crossing attempt" not in html


def test_title_box_escapes():
    html = json.loads(title_box(fx.XSS_TITLE, description="a & b").html_json)
    assert html.startswith("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>")
    assert "a &amp; b" in html


def test_time_filter_spans_the_dated_events_and_counts_undated_ones():
    events = fx.sample_events()
    placed = events[events["resolve_status"] == "resolved"]
    control = ExploreControls(placed, choices={})
    options = json.loads(control.options_json)
    assert options["time"]["first"] == "2026-01-01"
    html = json.loads(control.html_json)
    assert 'max="89"' in html  # 1 January to 31 March
    assert "3 undated events always shown (date not disclosed)." in html


def test_histogram_draws_vague_dates_as_ranges_not_dropped():
    frame = fx.events_frame(
        [
            fx.event(id="d", date_start="2026-01-05", date_end="2026-01-05"),
            fx.event(id="m", date_start="2026-01-01", date_end="2026-03-31"),
            fx.event(id="u", date_start="", date_end=""),
        ]
    )
    dates = time_range(frame, max_bars=3)
    assert (dates.first, dates.last, dates.days, dates.undated) == (
        "2026-01-01",
        "2026-03-31",
        89,
        1,
    )
    assert dates.bar_days == 30
    assert dates.certain == [1, 0, 0]
    # The month-long event counts, lighter, in every bar it may fall in.
    assert dates.vague == [1, 1, 1]


def test_histogram_counts_each_range_in_the_bars_it_spans():
    frame = fx.events_frame(
        [
            fx.event(id="a", date_start="2026-01-01", date_end=""),  # no end: one day
            fx.event(id="b", date_start="2026-01-02", date_end="2026-01-09"),  # one bar
            fx.event(id="c", date_start="2026-01-09", date_end="2026-01-25"),  # bars 0-2
            fx.event(id="d", date_start="2026-01-15", date_end="2026-01-30"),  # bars 1-2
            fx.event(id="e", date_start="2026-01-21", date_end="2026-01-21"),
        ]
    )
    dates = time_range(frame, max_bars=3)
    assert (dates.first, dates.last, dates.days, dates.bar_days) == (
        "2026-01-01",
        "2026-01-30",
        29,
        10,
    )
    assert dates.certain == [2, 0, 1]
    assert dates.vague == [1, 2, 2]


def test_without_dates_or_with_the_filter_off_there_is_no_range():
    events = fx.sample_events()
    placed = events[events["resolve_status"] == "resolved"]
    assert ExploreControls(placed, choices={}, time_filter=False).time is None
    assert json.loads(ExploreControls(placed, choices={}, time_filter=False).html_json) == ""


def test_heat_uses_only_points_and_near_places():
    layer = heat_layer(fx.sample_events())
    # e1, e2, e3 (settlements) and e4 (near); not the region, the border or the unresolved.
    assert len(layer.data) == 4
    only_areas = fx.sample_events().iloc[[4, 5, 6]]
    assert heat_layer(only_areas) is None
