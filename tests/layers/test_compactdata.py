import numpy as np
import pytest

from bordermap.geo import schema
from bordermap.geo.events.categories import load_categories
from bordermap.layers.compactdata import TEXT_FIELDS, compact_events, point_like_count
from bordermap.layers.compactevents import CompactEventLayer, packed
from bordermap.layers.datetext import date_in_words
from bordermap.layers.facets import event_facet
from bordermap.layers.popups import (
    border_text,
    reported_text,
    resolved_place_text,
    sources,
    status_text,
)
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


def mixed_events(count: int = 240):
    """Events whose filter and popup columns vary independently, with gaps and payloads."""
    texts = ["", None, float("nan"), " Army ", "Army", "<b>Guard</b>", "Police; Army", "a;;b"]
    names = ["Example News", "Bad Link | Good Link", " LSM ", "LSM", "A | B | C"]
    urls = ["https://example.org/s", "javascript:alert(1) | https://example.net/b", ""]
    dates = ["2026-01-17", "2026-03-02 | 2026-03-03", "", "2026-01-18"]
    rows = []
    for i in range(count):
        rows.append(
            fx.event(
                id=f"m{i}",
                title=f"Mixed {i}",
                description=texts[(i // 5) % 8],
                category=("crossing_attempt", "pushback", "", "not_a_category")[i % 4],
                status=("confirmed", "alleged", "disputed", "denied", "")[i % 5],
                actors=texts[i % 8],
                claimed_by=texts[(i // 3) % 8],
                denied_by=texts[(i // 7) % 8],
                tags=texts[(i // 2) % 8],
                source_name=names[i % 5],
                source_url=urls[(i // 5) % 3],
                source_date=dates[(i // 4) % 4],
                place=("Daugavpils", "", "<i>x</i>")[i % 3],
                resolved_name=("Daugavpils", "")[i % 2],
                admin1=("Latgale", "")[(i // 2) % 2],
                border_km=(0.0, 3.25, float("nan"))[i % 3],
                precision=("settlement", "border", "near", "region", "district")[(i // 11) % 5],
                # A district or region known by a point is drawn as a circle of this size,
                # which both its place and its border texts name.
                uncertainty_km=(0.0, 47.0, float("nan"))[(i // 17) % 3],
                country=("LV", "BY", "")[(i // 13) % 3],
                geometry=cfx.grid_point(i),
                extent=cfx.grid_point(i),
            )
        )
    return fx.events_frame(rows)


def _as_read(events, kind):
    """The mixed events as a resolved file gives them: text columns of Arrow strings."""
    if kind == "object":
        return events
    events = events.copy()
    for column in (
        schema.TITLE,
        schema.PLACE,
        schema.RESOLVED_NAME,
        schema.PRECISION,
        schema.ADMIN1,
        schema.COUNTRY,
        schema.STATUS,
        schema.SOURCE_DATE,
    ):
        events[column] = events[column].astype("str")
    # Rows in another order than the map draws them.
    return events.iloc[::-1]


@pytest.mark.parametrize("kind", ["object", "arrow"])
def test_filter_values_and_popup_texts_are_those_of_each_event_alone(kind):
    # Worked out once per distinct value, they must equal what each row gives by itself.
    events = _as_read(mixed_events(), kind)
    categories = load_categories()
    compact = compact_events(events, categories=categories)
    rows = {row[schema.TITLE]: row for row in events.to_dict("records")}
    facets = compact.data["facets"]
    for position, title in enumerate(decoded(compact, "title")):
        row = rows[title]
        facet = facets[compact.data["facet"][position]]
        assert facet == event_facet(row)
        text = {field: decoded(compact, field)[position] for field in TEXT_FIELDS}
        assert text["title"] == row[schema.TITLE].strip()
        category = categories.get(str(row[schema.CATEGORY]).strip())
        assert text["category"] == (category.label if category else "")
        assert text["description"] == _plain(row[schema.DESCRIPTION])
        actors = [p.strip() for p in _plain(row[schema.ACTORS]).split(";") if p.strip()]
        assert text["actors"] == ", ".join(actors)
        assert text["reported"] == reported_text(row)
        dates = (schema.DATE_START, schema.DATE_END, schema.DATE_PRECISION)
        assert text["when"] == date_in_words(*(_plain(row.get(c)) for c in dates))
        assert decoded(compact, "status")[position] == status_text(row)
        assert decoded(compact, "where")[position] == resolved_place_text(row)
        # The side of a border line too ("on the LV side of the BY-LV border").
        assert decoded(compact, "border")[position] == border_text(row)
        expected_sources = [[name, url or "", date] for name, url, date in sources(row)]
        assert decoded(compact, "sources")[position] == expected_sources
    assert len(rows) == compact.placed


def _plain(value):
    return "" if value is None or value != value else str(value).strip()


def test_combined_codes_number_each_combination_by_first_appearance():
    # One hash at the end, or a renumbering first when the product of the column sizes
    # would outgrow 64 bits: the codes are those of the combinations themselves.
    from bordermap.layers.compactdata import _combined

    # (2**32, 0) would wrap to the code of (0, 0) in 64 bits without the renumbering.
    wide = [np.array([0, 2**32, 2**33 - 1, 0]), np.array([0, 0, 2**32 - 1, 0])]
    assert _combined(wide, 4).tolist() == [0, 1, 2, 0]
    rng = np.random.default_rng(7)
    parts = [rng.integers(0, size, 5000) for size in (3, 1, 4000, 2**40, 2**40, 2)]
    number: dict[tuple, int] = {}
    combos = zip(*(part.tolist() for part in parts), strict=True)
    expected = [number.setdefault(combo, len(number)) for combo in combos]
    assert _combined(parts, 5000).tolist() == expected


def test_days_count_from_the_first_start_and_an_event_without_end_lasts_its_day():
    import pandas as pd

    from bordermap.layers.compactdata import _Columns, _days

    frame = pd.DataFrame(
        {
            schema.DATE_START: ["2024-01-03", " 2024-01-01 ", "", None, "2024-01-10", np.nan],
            schema.DATE_END: ["", "2024-01-05", "2024-01-02", "2024-01-02", "2024-01-08", ""],
        }
    )
    order = np.array([5, 4, 3, 2, 1, 0])
    start, span, origin = _days(_Columns(frame, order))
    assert origin == "2024-01-01"
    assert start.tolist() == [-1, 9, -1, -1, 0, 2]
    assert span.tolist() == [0, -2, 0, 0, 4, 0]
    start, span, origin = _days(_Columns(frame.iloc[2:4], np.array([1, 0])))
    assert (start.tolist(), span.tolist(), origin) == ([-1, -1], [0, 0], "")


def test_table_numbers_results_by_first_appearance_and_drops_unused_ones():
    from bordermap.layers.compactdata import _table

    def table(numbers: list[int], results: list) -> tuple[list[int], list]:
        codes, kept = _table(np.array(numbers, dtype=np.int64), results)
        return codes.tolist(), kept

    # Already so numbered: kept.
    assert table([0, 1, 0, 2, 1], ["a", "b", "c"]) == ([0, 1, 0, 2, 1], ["a", "b", "c"])
    # Not so numbered, or a result no event has: renumbered.
    assert table([1, 0, 1], ["a", "b"]) == ([0, 1, 0], ["b", "a"])
    assert table([0, 2, 0], ["a", "b", "c"]) == ([0, 1, 0], ["a", "c"])
    assert table([0, 1, 1], ["a", "b", "c"]) == ([0, 1, 1], ["a", "b"])
    assert table([], []) == ([], [])


def test_column_texts_are_stripped_with_one_code_per_text():
    import pandas as pd

    from bordermap.layers.compactdata import _Columns

    frame = pd.DataFrame(
        {
            schema.STATUS: [" confirmed", "confirmed", None, "", np.nan, "alleged", pd.NA],
            schema.UNCERTAINTY_KM: [1.0, 1.0, np.nan, 2.5, 2.5, 1.0, 3.0],
        },
        dtype=object,
    )
    order = np.array([6, 5, 4, 3, 2, 1, 0])
    columns = _Columns(frame, order)
    codes, texts = columns.texts(schema.STATUS, empty="none")
    expected = ["none", "alleged", "none", "none", "none", "confirmed", "confirmed"]
    assert texts[codes].tolist() == expected
    assert len(set(texts.tolist())) == len(texts)
    codes, texts = columns.texts(schema.UNCERTAINTY_KM)
    assert texts[codes].tolist() == ["3.0", "1.0", "2.5", "2.5", "", "1.0", "1.0"]
    codes, texts = columns.texts(schema.CATEGORY, empty="x")
    assert texts[codes].tolist() == ["x"] * 7


def test_an_extent_drawing_without_an_extent_becomes_a_circle_even_when_none_was():
    from bordermap.layers.compactdata import _with_circles

    drawings = np.array(["point", "extent"], dtype=object)
    codes, table = _with_circles(np.array([0, 1, 1]), drawings, np.array([-1, 0, -1]))
    assert table[codes].tolist() == ["point", "extent", "circle"]
    assert drawings.tolist() == ["point", "extent"]
    same, kept = _with_circles(np.array([0, 1]), drawings, np.array([-1, 0]))
    assert (same.tolist(), kept is drawings) == ([0, 1], True)


def test_statuses_differing_in_spaces_only_share_their_look():
    events = cfx.compact_events(points=40, near=4, areas=2)
    spaced = events.copy()
    spaced[schema.STATUS] = spaced[schema.STATUS].astype(object) + "  "
    for colour_by in ("category", "status"):
        plain = compact_events(events, categories=load_categories(), colour_by=colour_by)
        padded = compact_events(spaced, categories=load_categories(), colour_by=colour_by)
        assert padded.data["looks"] == plain.data["looks"]
        assert padded.data["look"].tolist() == plain.data["look"].tolist()


def test_point_like_count_reads_statuses_and_precisions_as_the_popups_do():
    import geopandas as gpd
    from shapely.geometry import Point

    # Blank or missing: resolved, at settlement precision; spaces around a word are
    # not part of it; an unknown precision is drawn as a circle, not a point.
    rows = [
        ("resolved", "exact", Point(25.0, 54.0)),  # point
        (None, None, Point(25.1, 54.0)),  # resolved, settlement: point
        ("", " settlement ", Point(25.2, 54.0)),  # point
        (" resolved ", "", Point(25.3, 54.0)),  # point
        ("resolved", "near", Point(25.4, 54.0)),  # circle
        ("resolved", "border", Point(25.5, 54.0)),  # extent
        ("resolved", "nowhere in particular", Point(25.6, 54.0)),  # circle
        ("ambiguous", "exact", Point(25.7, 54.0)),  # not placed
        ("resolved", "exact", None),  # nothing to draw
    ]
    frame = gpd.GeoDataFrame(
        {
            schema.RESOLVE_STATUS: [r[0] for r in rows],
            schema.PRECISION: [r[1] for r in rows],
        },
        geometry=[r[2] for r in rows],
        crs=schema.CRS,
    )
    assert point_like_count(frame) == 4
    assert point_like_count(frame.drop(columns=[schema.PRECISION])) == 7  # all settlements
