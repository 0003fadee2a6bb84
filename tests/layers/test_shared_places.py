"""Events on one extent are drawn once: grouping, order, looks and the bytes they give."""

from __future__ import annotations

import json

from shapely.geometry import Point

from bordermap.geo.events.categories import load_categories
from bordermap.layers.events import EventLayer, event_records, shared_place_text
from bordermap.layers.styles import MIXED_COLOUR, shape_style, shared_look
from tests.mapfixtures import BORDER_BY_LV, VITEBSK, XSS_TITLE, event, events_frame

ON_BORDER = {
    "precision": "border",
    "resolved_name": "Belarus–Latvia border",
    "extent": BORDER_BY_LV,
    "geometry": Point(27.4, 55.7),
}
IN_VITEBSK = {
    "precision": "region",
    "resolved_name": "Vitebsk Oblast",
    "extent": VITEBSK,
    "geometry": VITEBSK.representative_point(),
}


def dated(start: str, end: str = "") -> dict:
    return {"date_start": start, "date_end": end or start, "date_precision": "day"}


def shared_frame():
    """Three events on the border (one undated), two in Vitebsk, one point."""
    return events_frame(
        [
            event(id="b-undated", title="Undated on the border", **ON_BORDER),
            event(id="r2", title="Second in Vitebsk", **IN_VITEBSK, **dated("2026-01-20")),
            event(
                id="b-feb",
                title=XSS_TITLE,
                category="pushback",
                status="alleged",
                **ON_BORDER,
                **dated("2026-02-10", "2026-02-20"),
            ),
            event(id="p", title="A point"),
            event(id="b-jan", title="January on the border", **ON_BORDER, **dated("2026-01-05")),
            event(id="r1", title="First in Vitebsk", **IN_VITEBSK, **dated("2026-01-07")),
        ]
    )


def drawing_of(frame):
    return event_records(frame, categories=load_categories())


def member_ids(drawing, group):
    return [drawing.records[m]["id"] for m in group["members"]]


def test_each_extent_is_one_group_listing_its_events_by_date_undated_last():
    drawing = drawing_of(shared_frame())
    # Larger shapes first: the Vitebsk box is drawn under the border line.
    assert [member_ids(drawing, g) for g in drawing.groups] == [
        ["r1", "r2"],
        ["b-jan", "b-feb", "b-undated"],
    ]
    assert [g["kind"] for g in drawing.groups] == ["extent", "extent"]
    assert [g["where"] for g in drawing.groups] == [
        "somewhere in Vitebsk Oblast",
        "somewhere on the Belarus–Latvia border",
    ]
    grouped = {r["id"]: r.get("group") for r in drawing.records}
    assert grouped == {"r1": 0, "r2": 0, "b-jan": 1, "b-feb": 1, "b-undated": 1, "p": None}
    # Every event keeps its own record, so the legend counts events, not shapes.
    assert len(drawing.records) == 6


def test_the_badge_sits_on_the_shape():
    drawing = drawing_of(shared_frame())
    border = drawing.groups[1]
    assert Point(border["lon"], border["lat"]).distance(BORDER_BY_LV) < 1e-4
    region = drawing.groups[0]
    assert VITEBSK.contains(Point(region["lon"], region["lat"]))


def test_one_event_alone_on_its_extent_is_not_a_group():
    frame = events_frame([event(id="r", **IN_VITEBSK), event(id="b", **ON_BORDER)])
    drawing = drawing_of(frame)
    assert drawing.groups == []
    assert all("group" not in r for r in drawing.records)


def test_same_shape_at_another_precision_is_another_group():
    frame = events_frame(
        [
            event(id="a", **IN_VITEBSK),
            event(id="b", **IN_VITEBSK),
            event(id="c", **{**IN_VITEBSK, "precision": "district"}),
        ]
    )
    drawing = drawing_of(frame)
    assert [member_ids(drawing, g) for g in drawing.groups] == [["a", "b"]]


def test_events_near_the_same_place_share_one_circle():
    near = {"precision": "near", "uncertainty_km": 25.0, "place": "near Krāslava"}
    frame = events_frame(
        [
            event(id="n1", resolved_name="Krāslava", **near),
            event(id="n2", resolved_name="Krāslava", **near),
            event(id="n3", **{**near, "uncertainty_km": 10.0}),
        ]
    )
    drawing = drawing_of(frame)
    (group,) = drawing.groups
    assert (group["kind"], group["radius"], group["where"]) == ("circle", 25000.0, "near Krāslava")
    assert member_ids(drawing, group) == ["n1", "n2"]


def test_a_shared_place_takes_its_events_look_when_they_agree_else_the_mixed_one():
    assert shared_look(["#0072B2", "#0072B2"], ["confirmed"]) == ("#0072B2", "confirmed")
    assert shared_look(["#0072B2", "#D55E00"], ["confirmed", "denied"]) == (
        MIXED_COLOUR,
        "alleged",
    )
    group = drawing_of(shared_frame()).groups[1]
    cats = load_categories()
    crossing, pushback = cats["crossing_attempt"].colour, cats["pushback"].colour
    assert group["colours"] == [crossing, pushback, crossing]
    # Every look the time filter can give the shape is written out.
    assert group["styles"][f"{MIXED_COLOUR} alleged"] == shape_style(
        MIXED_COLOUR, "alleged", "border"
    )
    assert group["styles"][f"{cats['pushback'].colour} alleged"]["dashArray"] == "6 4"
    assert "dashArray" not in group["styles"][f"{cats['crossing_attempt'].colour} confirmed"]


def test_shared_place_text_says_how_vague_the_place_is():
    assert shared_place_text({"resolved_name": "Belarus", "precision": "country"}) == (
        "somewhere in Belarus"
    )
    assert shared_place_text({"place": "Latvia–Belarus border", "precision": "border"}) == (
        "somewhere on the Latvia–Belarus border"
    )
    assert shared_place_text({"precision": "region"}) == "at this place"


def test_same_events_give_the_same_bytes_whatever_their_row_order():
    frame = shared_frame()
    categories = load_categories()
    first = EventLayer(frame, categories=categories).data_json
    assert EventLayer(frame, categories=categories).data_json == first
    # Shuffled rows list each shared place's events in the same date order.
    shuffled = event_records(frame.iloc[::-1], categories=categories)
    assert [[shuffled.records[m]["id"] for m in g["members"]] for g in shuffled.groups] == [
        ["r1", "r2"],
        ["b-jan", "b-feb", "b-undated"],
    ]


def test_text_reaches_the_page_only_as_escaped_script_json():
    layer = EventLayer(shared_frame(), categories=load_categories())
    assert "<img" not in layer.data_json
    data = json.loads(layer.data_json)
    assert data["groups"][1]["where"] == "somewhere on the Belarus–Latvia border"


def test_the_legend_is_told_what_shared_places_look_like():
    layer = EventLayer(shared_frame(), categories=load_categories())
    assert layer.shared_legend == {
        "shared_places": True,
        "mixed_colours": True,
        "mixed_statuses": True,
    }
    alone = EventLayer(events_frame([event(id="a")]), categories=load_categories())
    assert alone.shared_legend == {
        "shared_places": False,
        "mixed_colours": False,
        "mixed_statuses": False,
    }
