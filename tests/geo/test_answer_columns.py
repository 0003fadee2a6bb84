"""The answers of given coordinates, worked out once per distinct override and text."""

from __future__ import annotations

import numpy as np
import shapely

from bordermap.geo import schema
from bordermap.geo.resolve import _answer_columns


def _reference(overrides, places, lats, lons):
    """The given rows' precision, uncertainty and name as first written, row by row."""
    precision = [o if o != "" else "exact" for o in overrides]
    vague = ~np.isin(np.array(precision, dtype=object).astype(str), list(schema.POINT_PRECISIONS))
    uncertainty = np.where(vague, schema.NEAR_RADIUS_KM, np.nan)
    names = [
        place if place != "" else f"{lat:.5f}, {lon:.5f}"
        for place, lat, lon in zip(places, lats.tolist(), lons.tolist(), strict=True)
    ]
    return precision, uncertainty, names


def test_given_coordinates_answer_as_row_by_row() -> None:
    rng = np.random.default_rng(8)
    count = 500
    words = ["", "exact", "settlement", "town", "region", "near", "border"]
    overrides = [words[i] for i in rng.integers(0, len(words), count)]
    texts = ["", "", "Riga", "Narva", "near Narva"]
    places = [texts[i] for i in rng.integers(0, len(texts), count)]
    lats = np.round(rng.uniform(-90, 90, count), 3)
    lons = np.round(rng.uniform(-180, 180, count), 3)
    lats[:3] = [-0.0, 0.0, 55.123456789]
    given = np.ones(count, dtype=bool)
    points = shapely.points(lons, lats)
    columns = _answer_columns([None] * count, given, points, places, overrides, lats, lons)
    precision, uncertainty, names = _reference(overrides, places, lats, lons)
    assert columns.precision.tolist() == precision
    np.testing.assert_array_equal(columns.uncertainty_km, uncertainty)
    assert columns.name.tolist() == names
    assert set(columns.source.tolist()) == {"explicit"}
    assert columns.status.tolist() == ["resolved"] * count


def test_no_given_coordinates() -> None:
    columns = _answer_columns(
        [], np.zeros(0, dtype=bool), np.empty(0, dtype=object), [], [], np.zeros(0), np.zeros(0)
    )
    assert len(columns.name) == 0
