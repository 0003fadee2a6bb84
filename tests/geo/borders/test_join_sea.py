"""Events at sea measured all at once give the answers of measuring each one on its own."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from bordermap.geo.borders.join import _nearest_alone, _nearest_at_sea, country_codes

#: Boxes (lon min, lat min, lon max, lat max) of seas and coasts: narrow seas between
#: many borders, a lake outside every country, and open ocean up to ~1,500 km from any
#: land border (farther out, at the antimeridian and near the poles, the search measures
#: one event at a time anyway).
SEAS = {
    "baltic": (10.0, 53.5, 30.0, 60.5),
    "black_sea": (28.0, 41.0, 41.5, 46.5),
    "caspian": (47.0, 37.0, 54.0, 46.0),
    "eastern_mediterranean": (25.0, 31.0, 36.5, 37.0),
    "persian_gulf": (48.0, 24.0, 56.5, 30.0),
    "gulf_of_mexico": (-98.0, 18.0, -81.0, 30.0),
    "south_china_sea": (105.0, 5.0, 121.0, 22.0),
    "off_west_africa": (-25.0, 8.0, -18.0, 25.0),
}


def sea_points(box, count: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    xmin, ymin, xmax, ymax = box
    points = shapely.points(
        rng.uniform(xmin, xmax, 20 * count), rng.uniform(ymin, ymax, 20 * count)
    )
    at_sea = points[country_codes(points) == ""]
    assert len(at_sea) >= count, "the box holds too little sea"
    return at_sea[:count]


@pytest.mark.parametrize("sea", sorted(SEAS))
def test_sea_events_together_get_the_answers_of_each_alone(sea):
    points = sea_points(SEAS[sea], 10, seed=sorted(SEAS).index(sea))
    together_border, together_km = _nearest_at_sea(points)
    for i in range(len(points)):
        alone_border, alone_km = _nearest_alone(points[i : i + 1])
        assert together_border[i] == alone_border[0], shapely.to_wkt(points[i])
        # The same arithmetic on the same pieces: equal to the last bit, not approximately.
        assert together_km[i] == alone_km[0] or (
            np.isnan(together_km[i]) and np.isnan(alone_km[0])
        ), shapely.to_wkt(points[i])


def test_sea_events_get_a_border_and_a_distance():
    points = sea_points(SEAS["baltic"], 4, seed=7)
    border, km = _nearest_at_sea(points)
    assert all(border != "")
    assert np.all(km > 0)


def test_nearest_country_of_sea_points_by_outline_pieces_is_by_whole_outlines():
    from bordermap.geo.borders.boundaries import countries
    from bordermap.geo.borders.join import _nearest_countries, _outline_pieces

    rng = np.random.default_rng(3)
    points = shapely.points(rng.uniform(-180, 180, 3000), rng.uniform(-80, 80, 3000))
    at_sea = points[country_codes(points) == ""][:300]
    table = countries()
    outlines, iso = shapely.STRtree(table.geometry.values), table["iso_a2"].to_numpy()
    pieces, piece_country = _outline_pieces()
    by_outline = iso[outlines.query_nearest(at_sea, all_matches=False)[1]]
    by_piece = piece_country[pieces.query_nearest(at_sea, all_matches=False)[1]]
    assert len(at_sea) == 300
    assert by_piece.tolist() == by_outline.tolist()
    # Among the outlines that can be nearest only, point by point and all together.
    assert _nearest_countries(at_sea).tolist() == by_outline.tolist()
    assert [_nearest_countries(at_sea[i : i + 1])[0] for i in range(0, 300, 7)] == (
        by_outline[::7].tolist()
    )


@pytest.mark.parametrize("sea", sorted(SEAS))
def test_sea_points_search_only_the_outlines_that_can_be_nearest(sea, monkeypatch):
    from bordermap.geo.borders import join

    cut = []
    pieces_of = join._country_pieces

    def counted(iso2):
        cut.append(iso2)
        return pieces_of(iso2)

    monkeypatch.setattr(join, "_country_pieces", counted)
    join._nearest_countries(sea_points(SEAS[sea], 10, seed=1))
    assert 0 < len(set(cut)) < 60


def test_the_sea_margin_is_the_longest_outline_segment_of_the_world():
    from bordermap.geo.borders import boundaries, join

    longest = boundaries.longest_segment_deg(boundaries.countries().geometry.values)
    assert boundaries.longest_outline_segment_deg() == longest
    assert join._sea_margin_km() == join.SEA_STRETCH * (longest * join.MAX_KM_PER_DEG) / 2.0
