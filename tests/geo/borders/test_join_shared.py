"""A second process's share of the nearest borders gives the columns of one process."""

from __future__ import annotations

import numpy as np
import shapely

from bordermap.geo.borders import join

# Belarus, Latvia, Lithuania, Poland, Russia, Ukraine, two at sea, and a copy.
LONS = [27.1681, 24.1, 25.28, 23.17, 30.2, 31.0, 20.5, 19.0, 27.1681, 28.0, 26.0, 24.4]
LATS = [55.8951, 56.95, 54.69, 53.13, 55.19, 51.5, 55.4, 54.9, 55.8951, 53.9, 52.1, 54.0]


def same_columns(found: dict, expected: dict) -> None:
    assert list(found) == list(expected)
    for name, column in expected.items():
        assert found[name].dtype == column.dtype, name
        if column.dtype == object:
            assert found[name].tolist() == column.tolist(), name
        else:
            assert np.array_equal(found[name], column, equal_nan=True), name


def test_shared_nearest_borders_give_the_columns_measured_here():
    lons, lats = np.array(LONS), np.array(LATS)
    points = shapely.points(lons, lats)
    expected = join.border_columns(points)
    shared = join.nearest_borders_shared(lons, lats)
    assert shared  # some countries were measured "there"
    same_columns(join.border_columns(points, shared=lambda: shared), expected)
    # Failed there (None) or answered for other points: all measured here, alike.
    same_columns(join.border_columns(points, shared=lambda: None), expected)
    wrong = {code: (found[0][:0], found[1][:0]) for code, found in shared.items()}
    same_columns(join.border_columns(points, shared=lambda: wrong), expected)


def test_the_share_takes_the_largest_countries_within_its_part():
    country = np.array(["BY"] * 5 + ["RU"] * 3 + ["LV"] * 1 + [""] * 1, dtype=object)
    assert join.SECOND_PROCESS_SHARE * len(country) < 9  # not all of them
    taken = join.shared_countries(country)
    assert "BY" in taken
    share = sum(int((country == code).sum()) for code in taken)
    assert share <= join.SECOND_PROCESS_SHARE * len(country)
    assert join.shared_countries(np.array([], dtype=object)) == ()


def test_numbering_without_pandas_is_pandas_numbering(monkeypatch):
    import sys

    import pandas

    rng = np.random.default_rng(7)
    for count in (0, 1, 5, 1000, 50_000):
        values = rng.integers(0, max(count // 3, 1), count).astype(np.int64)
        expected_codes, expected_values = pandas.factorize(values)
        with monkeypatch.context() as patched:
            patched.delitem(sys.modules, "pandas")
            codes, distinct = join._factorize(values)
        assert np.array_equal(codes, expected_codes), count
        assert np.array_equal(distinct, expected_values), count


def test_the_share_makes_points_only_of_distinct_coordinates_the_same_points():
    # Copies, 0.0 against -0.0 (kept apart as _distinct_points keeps them), a near copy.
    lons = np.array([*LONS, 0.0, -0.0, 0.0, 27.1681 + 1e-13])
    lats = np.array([*LATS, 0.0, 0.0, 0.0, 55.8951])
    made = join._distinct_coordinates(lons, lats)
    expected, _ = join._distinct_points(shapely.points(lons, lats))
    assert len(made) == len(expected) == len(lons) - 2
    assert shapely.equals_exact(made, expected, tolerance=0).all()
    assert np.array_equal(
        shapely.get_coordinates(made).view(np.uint64),
        shapely.get_coordinates(expected).view(np.uint64),
    )
    # Not finite, or a single point: the points are made first, as before (the share
    # is sent only when every event has coordinates).
    assert join._distinct_coordinates(np.array([1.0, np.nan]), np.array([2.0, 3.0])) is None
    assert join._distinct_coordinates(np.array([1.0]), np.array([2.0])) is None


def test_countries_found_elsewhere_are_taken_only_for_the_same_points():
    lons, lats = np.array(LONS), np.array(LATS)
    points = shapely.points(lons, lats)
    expected = join.border_columns(points)
    given = join.countries_of_coordinates(lons, lats)
    assert len(given[1]) == len(LONS) - 1  # one copy
    # Taken as they come (Lithuania's point told it is in Latvia, to see that they
    # are): not found again.
    assert "LT" in given[1].tolist()
    told = (given[0], np.where(given[1] == "LT", "LV", given[1]).astype(object))
    found = join.border_columns(points, countries=lambda: told)
    assert found[join.COUNTRY].tolist() == [
        "LV" if c == "LT" else c for c in expected[join.COUNTRY].tolist()
    ]
    same_columns(join.border_columns(points, countries=lambda: given), expected)
    # Failed there, or found for other points (another order, a coordinate a bit off,
    # 0.0 for -0.0): found here, alike.
    other_order = (given[0][::-1].copy(), given[1][::-1].copy())
    off = given[0].copy()
    off[0, 0] = np.nextafter(off[0, 0], 0)
    for wrong in (None, other_order, (off, given[1]), (given[0][:-1], given[1][:-1])):
        same_columns(join.border_columns(points, countries=lambda w=wrong: w), expected)
    zero = shapely.points([0.0, 1.0], [0.0, 0.0])
    signed = join.countries_of_coordinates(np.array([-0.0, 1.0]), np.array([0.0, 0.0]))
    assert join._countries_given(join._distinct_points(zero)[0], lambda: signed) is None


def test_the_share_takes_the_countries_found_for_the_same_coordinates_just_before():
    lons, lats = np.array(LONS), np.array(LATS)
    alone = join.nearest_borders_shared(lons, lats)
    join.countries_of_coordinates(lons, lats)
    after = join.nearest_borders_shared(lons.copy(), lats.copy())
    assert list(after) == list(alone)
    for code, (border, km) in alone.items():
        assert after[code][0].tolist() == border.tolist()
        assert np.array_equal(after[code][1], km, equal_nan=True)
    # Other coordinates are not answered with those countries.
    moved = lons.copy()
    moved[0] = 24.1
    assert join._points_and_countries(moved, lats)[0] is not join._last_found[2]
