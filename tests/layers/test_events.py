import json

import pytest
from shapely.geometry import Point, box

from bordermap.geo.events.categories import load_categories
from bordermap.layers.events import EventLayer, event_records, point_icon_html
from tests.mapfixtures import BORDER_BY_LV, XSS_TITLE, event, events_frame, sample_events


def records_by_id(frame):
    drawing = event_records(frame, categories=load_categories())
    return {r["id"]: r for r in drawing.records}, drawing.unplaced


def extent_of(frame, event_id):
    drawing = event_records(frame, categories=load_categories())
    (record,) = [r for r in drawing.records if r["id"] == event_id]
    return drawing.extents[record["extent"]]


def test_each_precision_is_drawn_honestly_never_a_pin_for_a_vague_place():
    records, _ = records_by_id(sample_events())
    kinds = {key: record["kind"] for key, record in records.items()}
    assert kinds == {
        "e1": "point",
        "e2": "point",
        "e3": "point",
        "e4": "circle",
        "e5": "extent",
        "e6": "extent",
    }
    assert records["e4"]["radius"] == 25000.0
    assert extent_of(sample_events(), "e5")["type"] == "Polygon"
    assert extent_of(sample_events(), "e6")["type"] == "LineString"


def test_events_sharing_a_place_share_one_written_geometry():
    frame = events_frame(
        [
            event(id=f"b{i}", precision="border", extent=BORDER_BY_LV, geometry=Point(27, 55.7))
            for i in range(3)
        ]
    )
    drawing = event_records(frame, categories=load_categories())
    assert len(drawing.extents) == 1
    assert [r["extent"] for r in drawing.records] == [0, 0, 0]


def test_country_events_are_outlines_without_fill():
    frame = events_frame(
        [
            event(
                id="c",
                precision="country",
                geometry=Point(28, 53),
                extent=box(23.2, 51.3, 32.8, 55.7),
            )
        ]
    )
    records, _ = records_by_id(frame)
    assert records["c"]["kind"] == "extent"
    assert records["c"]["style"]["fill"] is False


def test_vague_place_without_an_area_becomes_a_circle_of_its_uncertainty():
    frame = events_frame(
        [
            event(
                id="r",
                precision="region",
                uncertainty_km=40.0,
                geometry=Point(28, 55),
                extent=Point(28, 55),
            )
        ]
    )
    records, _ = records_by_id(frame)
    assert records["r"]["kind"] == "circle"
    assert records["r"]["radius"] == 40000.0


def test_unresolved_events_are_listed_not_drawn():
    records, unplaced = records_by_id(sample_events())
    assert "e7" not in records
    assert [(u.event_id, u.place, u.reason) for u in unplaced] == [
        ("e7", "Xyzzy", "place not found")
    ]


def test_larger_shapes_come_first_so_smaller_ones_stay_clickable():
    records = event_records(sample_events(), categories=load_categories()).records
    shape_ids = [r["id"] for r in records if r["kind"] != "point"]
    assert shape_ids == ["e5", "e4", "e6"]


def test_status_styles_solid_hollow_dashed_and_marked():
    confirmed = point_icon_html("#0072B2", "confirmed")
    alleged = point_icon_html("#0072B2", "alleged")
    disputed = point_icon_html("#0072B2", "disputed")
    denied = point_icon_html("#0072B2", "denied")
    assert "background-color:#0072B2" in confirmed
    assert "background-color:#ffffff" in alleged and "border-style:solid" in alleged
    assert "border-style:dashed" in disputed
    assert "bm-cross" in denied and "bm-cross" not in alleged
    records, _ = records_by_id(sample_events())
    assert records["e5"]["style"]["dashArray"] == "6 4"
    assert records["e4"]["style"]["dashArray"] == "2 4"


def test_colour_by_status_or_category():
    frame = events_frame([event(id="a", status="alleged", category="pushback")])
    cats = load_categories()
    by_cat = event_records(frame, categories=cats, colour_by="category").records
    by_status = event_records(frame, categories=cats, colour_by="status").records
    assert cats["pushback"].colour in by_cat[0]["icon"]
    assert "#E69F00" in by_status[0]["icon"]


def test_titles_reach_the_page_escaped_and_inside_json():
    layer = EventLayer(sample_events(), categories=load_categories())
    assert XSS_TITLE not in layer.data_json
    data = json.loads(layer.data_json)
    tooltips = {r["id"]: r["tooltip"] for r in data["records"]}
    assert tooltips["e2"] == "&lt;img src=x onerror=alert(1)&gt;"


def test_event_layer_rejects_unknown_colouring():
    with pytest.raises(ValueError, match="colour_by must be one of"):
        EventLayer(sample_events(), categories=load_categories(), colour_by="size")


def test_only_a_clustered_layer_loads_the_cluster_plugin():
    clustered = EventLayer(sample_events(), categories=load_categories())
    plain = EventLayer(sample_events(), categories=load_categories(), cluster=False)
    assert [name for name, _ in clustered.default_js] == ["markercluster"]
    assert (plain.default_js, plain.default_css) == ([], [])
    assert json.loads(clustered.options_json)["cluster"] is True
    assert json.loads(plain.options_json)["clusterOptions"]["disableClusteringAtZoom"] == 11
