"""Static figure and timeline: pixel size, byte-stable output, changes when data change."""

from __future__ import annotations

import struct

import pytest

from bordermap.geo import schema
from bordermap.layers.figure import FigureLayout, draw_map_figure, parse_width
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


def test_a_district_known_by_its_seat_is_drawn_as_an_area_not_a_near_circle():
    district = mapfixtures.event(precision="district", uncertainty_km=40.0)
    text = _all_text(_figure(mapfixtures.events_frame([district])))
    assert "area: district (circle at its seat) or region" in text
    assert "circle: near a place" not in text


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


@pytest.mark.parametrize(
    ("text", "inches"), [("17cm", 17 / 2.54), ("160 mm", 160 / 25.4), ("6.5in", 6.5)]
)
def test_widths_are_read_in_centimetres_millimetres_or_inches(text, inches):
    assert parse_width(text) == pytest.approx(inches)


@pytest.mark.parametrize("text", ["17", "cm", "-3cm", "17 px", "nancm"])
def test_a_width_without_a_unit_or_a_positive_number_is_refused(text):
    with pytest.raises(ValueError, match="a width such as 17cm"):
        parse_width(text)


def _text_sizes(figure) -> dict[str, float]:
    return {
        t.get_text(): t.get_fontsize()
        for t in figure.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text"))
        if t.get_text()
    }


def test_a_column_wide_figure_keeps_its_text_size_and_puts_the_legend_under_the_map():
    layout = FigureLayout(width_in=parse_width("8.5cm"))
    assert layout.narrow
    figure = _figure(layout=layout)
    data = figure_bytes(figure, format="png", dpi=100)
    assert _png_size(data) == (int(8.5 / 2.54 * 100), int(layout.size_in[1] * 100))
    # No text under 6.5 pt: printed at this width it reads at the stated size.
    assert min(_text_sizes(figure).values()) >= 6.5
    map_ax, legend_ax = figure.axes[0], figure.axes[-1]
    assert legend_ax.get_position().y1 <= map_ax.get_position().y0


def test_font_scale_and_no_title():
    plain = _text_sizes(_figure())
    bigger = _text_sizes(_figure(layout=FigureLayout(font_scale=1.5)))
    assert bigger["Test map $100 <b>"] == pytest.approx(plain["Test map $100 <b>"] * 1.5)
    untitled = _all_text(_figure(layout=FigureLayout(title=False)))
    assert "Test map $100 <b>" not in untitled
    assert "event(s) on the map" not in untitled


def test_the_inset_locates_the_view_and_can_be_left_out():
    with_inset = _figure()
    assert len(with_inset.axes[0].child_axes) == 1
    frame = with_inset.axes[0].child_axes[0].patches[-1]
    west, south, east, north = BBOX
    assert frame.get_xy() == (west, south)
    assert (frame.get_width(), frame.get_height()) == (east - west, north - south)
    assert _figure(layout=FigureLayout(inset=False)).axes[0].child_axes == []


def test_svg_text_stays_text():
    svg = figure_bytes(_figure(), format="svg").decode("utf-8")
    assert "<text" in svg
    assert "Test map $100 &lt;b&gt;" in svg


def test_count_badges_overlap_neither_each_other_nor_the_scale_bar():
    from shapely.geometry import Point

    # Two "near" circles of different sizes around one town, each shared by two
    # events: their badges start at the same spot.
    rows = [
        mapfixtures.event(
            id=f"n{i}",
            precision="near",
            uncertainty_km=radius,
            geometry=Point(26.53, 55.87),
            extent=Point(26.53, 55.87),
        )
        for i, radius in enumerate((25.0, 25.0, 40.0, 40.0))
    ]
    figure = _figure(mapfixtures.events_frame(rows))
    renderer = figure.canvas.get_renderer()
    badges = [
        t.get_window_extent(renderer)
        for t in figure.axes[0].texts
        if t.get_text().endswith("events")
    ]
    assert len(badges) == 2
    assert not badges[0].overlaps(badges[1])
    scale = figure.axes[0].patches[0].get_window_extent(renderer)
    assert not any(b.overlaps(scale) for b in badges)


def test_without_a_title_the_map_and_a_legend_beside_it_take_its_room():
    (map_box, legend_box), (wide_map, wide_legend) = (
        FigureLayout().boxes,
        FigureLayout(title=False).boxes,
    )
    assert map_box[1] + map_box[3] < 0.985
    assert wide_map[1] + wide_map[3] == pytest.approx(0.985)
    assert wide_legend[3] - legend_box[3] == pytest.approx(wide_map[3] - map_box[3])
    (narrow_map, narrow_legend), (tall_map, tall_legend) = (
        FigureLayout(width_in=3.0).boxes,
        FigureLayout(width_in=3.0, title=False).boxes,
    )
    # Under the map, the legend keeps its place and size.
    assert tall_legend == narrow_legend
    assert tall_map[3] > narrow_map[3]
