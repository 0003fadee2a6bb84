"""Origin → place arrows and the popup lines for time, origin and counts."""

from __future__ import annotations

import folium

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events
from bordermap.layers.movements import movement_layer
from bordermap.layers.popups import popup_html


def resolved(write, origin: str, **extra: str):
    columns = "id,date,title,place,source_name,origin," + ",".join(extra)
    values = f"a,2026-01-15,Drone,Krāslava,LSM,{origin}," + ",".join(extra.values())
    path = write("e.csv", columns.rstrip(",") + "\n" + values.rstrip(",") + "\n")
    return resolve_events(load_events([path]))


def test_an_event_with_an_origin_gets_an_arrow_from_it(write):
    result = resolved(write, "Vitebsk")
    row = result.events.iloc[0]
    assert 55 < row[schema.ORIGIN_LAT] < 56 and 30 < row[schema.ORIGIN_LON] < 31
    layer = movement_layer(result.events)
    assert layer is not None
    fmap = folium.Map()
    layer.add_to(fmap)
    page = fmap.get_root().render()
    assert "from “Vitebsk” to “Krāslava”" in page


def test_an_origin_that_cannot_be_placed_is_listed_and_draws_nothing(write):
    result = resolved(write, "Qwzxv Plkjh")
    assert movement_layer(result.events) is None
    (reason,) = result.review["reason"].tolist()
    assert "origin 'Qwzxv Plkjh' is unresolved, so no arrow is drawn" in reason


def test_tooltip_text_cannot_leave_its_template_literal(write):
    result = resolved(write, "Vitebsk")
    events = result.events.copy()
    events[schema.PLACE] = ["`${alert(1)}`<b>x</b>"]
    fmap = folium.Map()
    movement_layer(events).add_to(fmap)
    page = fmap.get_root().render()
    assert "${alert(1)}" not in page and "<b>x</b>" not in page
    assert "&#96;&#36;{alert(1)}&#96;&lt;b&gt;x&lt;/b&gt;" in page


def test_popup_shows_time_origin_and_counts_as_written(write):
    result = resolved(write, "Vitebsk", time="03:00/04:30 EET", people="~180", injured="2")
    html = popup_html(result.events.iloc[0].to_dict(), category_label="Other")
    assert "<b>Time:</b> 03:00/04:30 EET" in html
    assert "<b>From:</b> “Vitebsk”" in html
    assert "<b>Counts:</b> ~180 people, 2 injured" in html
