"""Static figure and timeline: pixel size, byte-stable output, changes when data change."""

from __future__ import annotations

import struct

import pytest

from bordermap.geo import schema
from bordermap.layers.figure import draw_map_figure
from bordermap.layers.imagefile import figure_bytes
from bordermap.layers.timeline import draw_timeline
from tests import mapfixtures

BBOX = (24.0, 54.0, 30.0, 57.5)


def _figure(events=None, **options):
    return draw_map_figure(
        mapfixtures.sample_events() if events is None else events,
        countries=mapfixtures.countries(),
        bbox=BBOX,
        title="Test map $100 <b>",
        border_lines=mapfixtures.border_lines(),
        border_zones=mapfixtures.border_zones(),
        regions=mapfixtures.regions(),
        attribution=("Boundaries: test boxes",),
        **options,
    )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _all_text(figure) -> str:
    texts = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    return "\n".join(t for t in texts if isinstance(t, str))


@pytest.mark.parametrize(("dpi", "size"), [(50, (500, 350)), (120, (1200, 840))])
def test_png_has_the_size_asked_for(dpi, size):
    assert _png_size(figure_bytes(_figure(), format="png", dpi=dpi)) == size


def test_size_in_inches_sets_the_pixels():
    figure = _figure(size_in=(6.0, 4.0))
    assert _png_size(figure_bytes(figure, format="png", dpi=50)) == (300, 200)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_same_data_give_identical_bytes(fmt):
    first = figure_bytes(_figure(), format=fmt, dpi=60)
    second = figure_bytes(_figure(), format=fmt, dpi=60)
    assert first == second
    # Nothing that varies between runs or machines is written.
    assert b"matplotlib version" not in first.lower()
    assert b"CreationDate" not in first


def test_svg_and_pdf_are_what_they_say():
    assert figure_bytes(_figure(), format="svg").lstrip().startswith(b"<?xml")
    assert figure_bytes(_figure(), format="pdf").startswith(b"%PDF-")


def test_different_data_give_different_images():
    events = mapfixtures.sample_events()
    changed = events.copy()
    changed.loc[changed[schema.ID] == "e1", schema.STATUS] = "denied"
    fewer = events[events[schema.ID] != "e5"]
    base = figure_bytes(_figure(events), format="png", dpi=50)
    assert figure_bytes(_figure(changed), format="png", dpi=50) != base
    assert figure_bytes(_figure(fewer), format="png", dpi=50) != base
    assert figure_bytes(_figure(events, colour_by="status"), format="png", dpi=50) != base


def test_unplaced_events_are_listed_not_dropped():
    text = _all_text(_figure())
    assert "Xyzzy" in text
    assert "6 of 7 event(s) on the map" in text
    assert "Boundaries: test boxes" in text


def test_legend_names_only_the_drawings_used():
    text = _all_text(_figure())
    assert "circle: near a place (25 km)" in text
    assert "band: somewhere on the border" in text
    assert "outline: somewhere in the country" not in text


def test_title_with_dollars_is_text_not_maths():
    # With maths parsing on, "$100 <b>" would be set as a formula or fail to render.
    assert "Test map $100 <b>" in _all_text(_figure())
    figure_bytes(_figure(), format="png", dpi=30)


def test_no_events_still_draws_the_map():
    empty = mapfixtures.sample_events().iloc[0:0]
    data = figure_bytes(_figure(empty), format="png", dpi=40)
    assert _png_size(data) == (400, 280)
    assert "0 of 0 event(s) on the map" in _all_text(_figure(empty))


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="image format must be one of png, svg, pdf"):
        figure_bytes(_figure(), format="jpg")


def test_timeline_counts_events_it_cannot_draw():
    figure = draw_timeline(mapfixtures.sample_events())
    text = _all_text(figure)
    assert "Not drawn: 4 of 7 event(s) without a date (not disclosed)." in text
    assert "Pushback" in text
    assert "Detention" not in text  # its event has no month: no bar, no legend entry
    data = figure_bytes(figure, format="png", dpi=50)
    assert _png_size(data) == (400, 180)
    assert data == figure_bytes(draw_timeline(mapfixtures.sample_events()), format="png", dpi=50)


def test_a_vague_place_known_only_by_a_point_is_a_circle_not_a_pin():
    point = mapfixtures.VITEBSK.representative_point()
    events = mapfixtures.events_frame(
        [mapfixtures.event(id="r", precision="region", geometry=point, extent=point)]
    )
    text = _all_text(_figure(events))
    assert "circle: near a place (25 km)" in text
    assert "point: exact place or settlement" not in text


def test_events_sharing_a_shape_are_drawn_once_with_their_count():
    from shapely.geometry import Point

    line = mapfixtures.BORDER_BY_LV
    on_line = {"precision": "border", "extent": line, "geometry": Point(27.4, 55.7)}
    events = mapfixtures.events_frame(
        [
            mapfixtures.event(id="b1", category="pushback", **on_line),
            mapfixtures.event(id="b2", status="alleged", **on_line),
            mapfixtures.event(id="b3", **on_line),
            mapfixtures.event(id="p"),
        ]
    )
    figure = _figure(events)
    text = _all_text(figure)
    assert "3 events" in text
    assert "“N events”: one place shared by N events" in text
    assert "Several categories at one place" in text
    assert "Shared place, not all confirmed" in text
    # One band for the three events.
    bands = [c for c in figure.axes[0].collections if c.get_zorder() == 4.5]
    assert [len(c.get_segments()) for c in bands] == [1]
    same = _all_text(_figure(events.iloc[[0, 2]]))
    assert "2 events" in same and "Several categories" in same
    alone = _all_text(_figure(events.iloc[[2, 3]]))
    assert "events”" not in alone and "Several categories" not in alone


def test_timeline_draws_vague_dates_as_ranges_instead_of_dropping_them():
    events = mapfixtures.events_frame(
        [
            mapfixtures.event(id="d", date_start="2026-01-05", date_end="2026-01-05"),
            mapfixtures.event(
                id="y", category="pushback", date_start="2021-01-01", date_end="2021-12-31"
            ),
            mapfixtures.event(
                id="r", category="pushback", date_start="2021-06-01", date_end="2022-02-15"
            ),
            mapfixtures.event(id="u", date_start="", date_end=""),
        ]
    )
    figure = draw_timeline(events)
    text = _all_text(figure)
    assert "Lines: 2 event(s) known only to a longer range" in text
    assert "Not drawn: 1 of 4 event(s) without a date" in text
    lanes = figure.axes[1]
    drawn = sorted(tuple(line.get_xdata()) for line in lanes.get_lines())
    # 2021-01 is month 0 of the axis, 2021-12 month 11, 2022-02 month 13.
    assert drawn == [(-0.4, 11.4), (4.6, 13.4)]
    # Overlapping ranges go on different rows.
    assert sorted(line.get_ydata()[0] for line in lanes.get_lines()) == [0, 1]
