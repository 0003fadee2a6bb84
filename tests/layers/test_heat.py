"""The heat layer: only point-like places, each with the dates the time filter needs."""

from __future__ import annotations

import json

from bordermap.layers.heat import heat_layer
from tests import mapfixtures as fx


def test_heat_points_carry_their_dates_and_undated_ones_say_so():
    layer = heat_layer(fx.sample_events())
    points = json.loads(layer.points_json)
    # e1, e2, e3 (settlements) and e4 (near), in input order; a one-day date ends that day.
    assert [p[2:] for p in points] == [
        ["2026-01-05", "2026-01-05"],
        ["2026-03-01", "2026-03-31"],
        ["", ""],
        ["2026-01-01", "2026-01-14"],
    ]
    assert points[0][:2] == [55.87, 26.53]
