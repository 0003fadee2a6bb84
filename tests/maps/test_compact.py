import pytest

from bordermap.maps.composition import MapData, MapOptions, compose_map
from tests import compactfixtures as cfx
from tests import mapfixtures as fx

BOUNDS = [[54.0, 24.5], [57.5, 29.0]]


@pytest.fixture(scope="module")
def events():
    return cfx.compact_events(points=600, near=10, areas=5)


def compose(events, **options):
    return compose_map(
        events,
        data=MapData(fx.countries(), fx.border_lines()),
        options=MapOptions(title="Compact", bounds=BOUNDS, **options),
    )


def test_compact_mode_switches_on_above_the_threshold_and_says_so(events):
    composed = compose(events, compact_threshold=500)
    page = composed.render()
    assert composed.compact
    assert composed.placed == 602 + 10 + 10
    assert [u.event_id for u in composed.unplaced] == ["u0", "u1"]
    assert "622 events drawn in compact mode: zoom in for details" in page
    assert "bordermapCompact(" in page
    # No marker, popup or GeoJSON feature per event: titles travel packed.
    assert "Grid event 17" not in page
    assert "var records = data.records" not in page


def test_at_or_below_the_threshold_events_are_drawn_one_by_one(events):
    composed = compose(events, compact_threshold=602)
    page = composed.render()
    assert not composed.compact
    assert "compact mode" not in page
    assert "Grid event 17" in page


def test_compact_map_is_byte_identical_on_rebuild(events):
    first = compose(events, compact_threshold=10).render()
    assert compose(events, compact_threshold=10).render() == first
