import numpy as np
import pytest

from bordermap.geo.events.categories import load_categories
from bordermap.layers.compactdata import compact_events, point_like_count
from bordermap.layers.compactevents import CompactEventLayer, packed
from tests import compactfixtures as cfx
from tests import mapfixtures as fx


@pytest.fixture(scope="module")
def events():
    return cfx.compact_events(points=300, near=10, areas=5)


@pytest.fixture(scope="module")
def compact(events):
    return compact_events(events, categories=load_categories())


def decoded(compact, field):
    return [compact.data["strings"][field][code] for code in compact.data["text"][field]]


def test_every_resolved_event_is_one_row_and_the_unresolved_are_listed(events, compact):
    assert compact.placed == 302 + 10 + 10
    assert compact.point_like == 302 == point_like_count(events)
    assert [u.event_id for u in compact.unplaced] == ["u0", "u1"]
    assert all(u.reason == "place not found" for u in compact.unplaced)
    assert len(compact.data["lat"]) == len(compact.data["look"]) == compact.placed


def test_positions_are_delta_encoded_integers_of_a_hundred_thousandth_degree(compact):
    lat = np.cumsum(compact.data["lat"]) / 1e5
    lon = np.cumsum(compact.data["lon"]) / 1e5
    titles = decoded(compact, "title")
    where = dict(zip(titles, zip(lat, lon, strict=True), strict=True))
    assert where[cfx.TARGET_TITLE] == pytest.approx((cfx.TARGET.y, cfx.TARGET.x), abs=1e-9)
    point = cfx.grid_point(123)
    assert where["Grid event 123"] == pytest.approx((point.y, point.x), abs=1e-9)
    # Sorted along a space-filling curve, so most steps are short.
    assert np.median(np.abs(compact.data["lat"][1:])) < 50_000


def test_vague_places_point_at_one_shared_extent_never_a_point(compact):
    looks = compact.data["looks"]
    kinds = [looks[code]["kind"] for code in compact.data["look"]]
    titles = decoded(compact, "title")
    by_title = dict(zip(titles, kinds, strict=True))
    assert by_title["Region event 0"] == "extent"
    assert by_title["Border event 0"] == "extent"
    assert by_title["Near event 0"] == "circle"
    assert kinds.count("point") == 302
    extents = compact.data["extents"]
    assert len(extents) == 2
    # The region (larger) is drawn first, under the border line.
    assert [e["precision"] for e in extents] == ["region", "border"]
    circle = next(look for look in looks if look["kind"] == "circle")
    assert circle["radius"] == 25_000.0


def test_dates_are_day_numbers_from_the_first_date_with_undated_as_minus_one(compact):
    data = compact.data
    assert data["origin"] == "2026-01-02"
    titles = decoded(compact, "title")
    start = dict(zip(titles, data["start"], strict=True))
    assert start["Grid event 1"] == 0
    assert start["Grid event 3"] == 2
    assert start["Grid event 2"] == -1
    assert start[cfx.TARGET_TITLE] == 3
    assert set(data["span"]) == {0}


def test_popup_texts_are_deduplicated_and_unsafe_links_dropped(compact):
    strings = compact.data["strings"]
    assert len(strings["where"]) < 5
    assert fx.XSS_TITLE in strings["title"]
    xss = decoded(compact, "sources")[decoded(compact, "title").index(fx.XSS_TITLE)]
    assert xss == [
        ["Bad Link", "", "2026-03-02"],
        ["Good Link", "https://example.net/b", "2026-03-03"],
    ]
    assert decoded(compact, "when")[decoded(compact, "title").index(cfx.TARGET_TITLE)] == (
        "5 January 2026"
    )


def test_same_events_give_the_same_packed_data_whatever_their_row_labels(events, compact):
    relabelled = events.set_axis(range(1000, 1000 + len(events)))
    again = compact_events(relabelled, categories=load_categories())
    assert packed(again.data) == packed(compact.data)


def test_inputs_are_not_modified(events):
    before = events.copy()
    compact_events(events, categories=load_categories())
    assert events.equals(before)


def test_colour_by_must_be_known(events):
    with pytest.raises(ValueError, match="colour_by must be one of"):
        CompactEventLayer(events, categories=load_categories(), colour_by="size")
