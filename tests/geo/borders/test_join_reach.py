"""The nearest-vertex bound of many points, found through squares, picks the same border."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from bordermap.geo.borders import join


def _points_near(box, count: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = box
    # Clusters (towns) and scatter, some on the same spot, as events are.
    centres = np.column_stack([rng.uniform(xmin, xmax, 60), rng.uniform(ymin, ymax, 60)])
    near = centres[rng.integers(0, 60, count // 2)] + rng.normal(0, 0.02, (count // 2, 2))
    far = np.column_stack(
        [rng.uniform(xmin, xmax, count - count // 2), rng.uniform(ymin, ymax, count - count // 2)]
    )
    return shapely.points(np.round(np.vstack([near, far]), 4))


def test_the_bound_through_squares_is_never_below_the_exact_distance() -> None:
    rng = np.random.default_rng(5)
    vertices = shapely.points(rng.uniform(-5e5, 5e5, (3000, 2)))
    x, y = rng.uniform(-6e5, 6e5, 20_000), rng.uniform(-6e5, 6e5, 20_000)
    bound = join._vertex_reach(x, y, vertices)
    exact = shapely.STRtree(vertices).query_nearest(
        shapely.points(x, y), return_distance=True, all_matches=False
    )[1]
    assert np.all(bound >= exact)
    # Looser by at most the square's diagonal.
    assert np.all(bound - exact <= join.REACH_CELL_M * np.sqrt(2) * 1.0001 + 1e-6 * bound)


@pytest.mark.parametrize(
    ("country", "box"),
    [
        ("BY", (23.0, 51.2, 32.8, 56.2)),
        ("LT", (20.9, 53.9, 26.9, 56.5)),
        ("RU", (27.0, 54.0, 40.0, 60.0)),
    ],
)
def test_many_points_get_the_answers_of_each_exact_bound(country, box, monkeypatch) -> None:
    points = _points_near(box, 6000, seed=len(country) + int(box[0]))
    pieces, labels = join._default_pieces((country,))
    by_squares = join._measure_indexed(points, pieces, labels)
    monkeypatch.setattr(join, "REACH_CELLS_FROM", 10**9)
    exact = join._measure_indexed(points, pieces, labels)
    assert by_squares[0].tolist() == exact[0].tolist()
    # The same pieces measured the same way: equal to the last bit.
    np.testing.assert_array_equal(by_squares[1], exact[1])
    np.testing.assert_array_equal(by_squares[2], exact[2])
