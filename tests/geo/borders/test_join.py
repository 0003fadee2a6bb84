"""The border-aware join, checked against brute-force geodesic distances computed here."""

from __future__ import annotations

import itertools

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

from bordermap.geo.borders.boundaries import border_line, border_lines, countries
from bordermap.geo.borders.join import OFFSHORE_KM, join_borders
from bordermap.geo.schema import ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM, COUNTRY, CRS

GEOD = Geod(ellps="WGS84")
CITIES = {
    "Daugavpils": (26.5362, 55.8747),
    "Vitebsk": (30.2033, 55.1904),
    "Riga": (24.1052, 56.9496),
    "Kraslava": (27.1681, 55.8951),
    "Vilnius": (25.2797, 54.6872),
    "Pskov": (28.3300, 57.8200),
}


def events(points, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(dict(columns), geometry=list(points), crs=CRS)


def city_events() -> gpd.GeoDataFrame:
    return events(
        [shapely.Point(*xy) for xy in CITIES.values()], name=list(CITIES), id=range(len(CITIES))
    )


def brute_force_km(point: shapely.Point, lines) -> float:
    """Smallest geodesic distance from a point to border lines sampled every ~50 m.

    Only the parts of the lines within the box around the Baltic states that holds
    every test point are sampled: the nearest border of those points lies there.
    """
    samples = []
    for line in lines:
        cut = shapely.clip_by_rect(line, 10.0, 45.0, 45.0, 65.0)
        for part in shapely.get_parts(shapely.get_parts(cut)):
            coords = shapely.get_coordinates(part)
            if len(coords) < 2:
                continue
            _, _, seg = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
            for (x0, y0), (x1, y1), metres in zip(coords[:-1], coords[1:], seg, strict=True):
                t = np.linspace(0.0, 1.0, max(int(metres // 50), 1) + 1)
                samples.append(np.column_stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]))
    xy = np.concatenate(samples)
    _, _, dist = GEOD.inv(np.full(len(xy), point.x), np.full(len(xy), point.y), xy[:, 0], xy[:, 1])
    return float(np.min(dist)) / 1000.0


def offset_point(line, km: float, side: str) -> shapely.Point:
    """A point ``km`` away from the middle of the line's longest segment, on ``side``."""
    coords = shapely.get_coordinates(line)
    az, _, seg = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    i = int(np.argmax(seg))
    lon, lat, _ = GEOD.fwd(coords[i, 0], coords[i, 1], az[i], seg[i] / 2)
    outline = countries().set_index("iso_a2").geometry[side]
    for turn in (90, -90):
        x, y, _ = GEOD.fwd(lon, lat, az[i] + turn, km * 1000)
        if outline.contains(shapely.Point(x, y)):
            return shapely.Point(x, y)
    raise AssertionError("neither perpendicular lies in the country")


def test_cities_get_country_region_and_border():
    joined = join_borders(city_events()).set_index("name")
    assert joined.loc["Vitebsk", [COUNTRY, ADMIN1, ADMIN1_CODE]].tolist() == [
        "BY",
        "Vitebsk",
        "BY-VI",
    ]
    assert joined.loc["Daugavpils", [COUNTRY, ADMIN1_CODE]].tolist() == ["LV", "LV-DGV"]
    assert joined.loc["Kraslava", [COUNTRY, ADMIN1_CODE, BORDER]].tolist() == [
        "LV",
        "LV-047",
        "BY-LV",
    ]
    assert joined.loc["Vilnius", [COUNTRY, ADMIN1_CODE, BORDER]].tolist() == [
        "LT",
        "LT-VL",
        "BY-LT",
    ]
    assert joined.loc["Pskov", [COUNTRY, ADMIN1_CODE, BORDER]].tolist() == [
        "RU",
        "RU-PSK",
        "EE-RU",
    ]


def test_border_distance_matches_brute_force_geodesic_distance():
    joined = join_borders(city_events())
    candidates = border_lines(countries=["LV", "BY", "LT", "RU", "EE", "PL", "UA"])
    for point, border, km in zip(joined.geometry, joined[BORDER], joined[BORDER_KM], strict=True):
        expected = brute_force_km(point, candidates.geometry)
        assert km == pytest.approx(expected, abs=0.05)
        line = candidates.geometry[candidates["border"] == border].iloc[0]
        assert brute_force_km(point, [line]) == pytest.approx(expected, abs=0.05)


@pytest.mark.parametrize(("km", "side"), [(2.0, "LV"), (2.0, "BY"), (12.5, "LV")])
def test_point_at_a_known_offset_from_the_border(km, side):
    point = offset_point(border_line("BY-LV"), km, side)
    joined = join_borders(events([point]), borders=border_lines(["BY-LV"]))
    assert joined[COUNTRY].iloc[0] == side
    assert joined[BORDER].iloc[0] == "BY-LV"
    assert joined[BORDER_KM].iloc[0] == pytest.approx(km, abs=0.05)


def test_point_on_the_border_is_zero_km_away():
    vertex = shapely.Point(shapely.get_coordinates(border_line("BY-LV"))[10])
    joined = join_borders(events([vertex]))
    assert joined[BORDER].iloc[0] == "BY-LV"
    assert joined[BORDER_KM].iloc[0] == pytest.approx(0.0, abs=1e-3)
    assert joined[COUNTRY].iloc[0] in ("BY", "LV")


def test_borders_argument_restricts_the_candidates():
    riga = events([shapely.Point(*CITIES["Riga"])])
    assert join_borders(riga)[BORDER].iloc[0] == "LT-LV"
    only = join_borders(riga, borders=border_lines(["EE-LV"]))
    assert only[BORDER].iloc[0] == "EE-LV"
    expected = brute_force_km(shapely.Point(*CITIES["Riga"]), [border_line("EE-LV")])
    assert only[BORDER_KM].iloc[0] == pytest.approx(expected, abs=0.05)


def coast_points(km_values):
    """Points due west of Latvia's westernmost vertex, at sea."""
    coords = shapely.get_coordinates(countries().set_index("iso_a2").geometry["LV"])
    lon, lat = coords[np.argmin(coords[:, 0])]
    return [shapely.Point(*GEOD.fwd(lon, lat, 270, km * 1000)[:2]) for km in km_values]


def test_points_just_offshore_take_the_nearest_country_farther_out_none():
    near, far = coast_points([OFFSHORE_KM / 2, OFFSHORE_KM * 4])
    land = countries().geometry
    assert not land.intersects(near).any() and not land.intersects(far).any()
    joined = join_borders(events([near, far]))
    assert joined[COUNTRY].tolist() == ["LV", ""]
    assert joined[ADMIN1_CODE].iloc[1] == ""
    # Far out at sea the nearest land border is still measured, never invented away.
    assert joined[BORDER].iloc[1] != ""


def test_points_just_inside_russia_take_a_russian_region():
    # Russia's regions are coarser than its outline: points 300 m inside the country
    # can lie outside every region polygon and must snap to the nearest one.
    line = border_line("LV-RU")
    coords = shapely.get_coordinates(line)
    points = []
    for (x0, y0), (x1, y1) in itertools.pairwise(coords):
        az, _, dist = GEOD.inv(x0, y0, x1, y1)
        mid = GEOD.fwd(x0, y0, az, dist / 2)
        for turn in (90, -90):
            points.append(shapely.Point(*GEOD.fwd(mid[0], mid[1], az + turn, 300)[:2]))
    joined = join_borders(events(points))
    russian = joined[joined[COUNTRY] == "RU"]
    assert len(russian) > 20
    assert set(russian[ADMIN1_CODE]) == {"RU-PSK"}


def test_rows_without_geometry_keep_empty_results():
    frame = events([shapely.Point(*CITIES["Vitebsk"]), None], id=[1, 2])
    joined = join_borders(frame)
    assert joined[COUNTRY].tolist() == ["BY", ""]
    assert joined[BORDER].tolist()[1] == ""
    assert np.isnan(joined[BORDER_KM].iloc[1])


def test_input_is_not_modified_and_index_and_columns_are_kept():
    frame = city_events()
    frame.index = [f"e{i}" for i in range(len(frame))]
    before = frame.copy()
    joined = join_borders(frame)
    assert list(joined.index) == list(frame.index)
    assert list(joined.columns[: len(frame.columns)]) == list(frame.columns)
    assert (joined["name"] == frame["name"]).all()
    assert frame.equals(before)
    assert COUNTRY not in frame.columns


def test_projected_input_gives_the_same_answers():
    frame = city_events()
    plain = join_borders(frame)
    projected = join_borders(frame.to_crs("EPSG:3035"))
    assert projected[BORDER].tolist() == plain[BORDER].tolist()
    assert projected[COUNTRY].tolist() == plain[COUNTRY].tolist()
    np.testing.assert_allclose(projected[BORDER_KM], plain[BORDER_KM], atol=1e-3)


def test_polygon_geometry_is_joined_by_a_point_on_its_surface():
    square = shapely.Point(*CITIES["Vitebsk"]).buffer(0.05)
    joined = join_borders(events([square]))
    assert joined[ADMIN1_CODE].iloc[0] == "BY-VI"


def test_empty_input_gets_the_columns():
    joined = join_borders(events([]))
    assert len(joined) == 0
    assert {COUNTRY, ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM} <= set(joined.columns)


def test_same_input_same_output():
    rng = np.random.default_rng(7)
    xy = np.column_stack([rng.uniform(21, 32, 500), rng.uniform(51, 59, 500)])
    frame = events(shapely.points(xy))
    first, second = join_borders(frame), join_borders(frame)
    columns = [COUNTRY, ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM]
    assert first[columns].equals(second[columns])


def test_local_transformers_give_the_numbers_of_the_crs_they_stand_for():
    from pyproj import Transformer

    from bordermap.geo.borders import boundaries
    from bordermap.geo.borders.join import _transformers

    rng = np.random.default_rng(3)
    xs, ys = rng.uniform(-180, 180, 2000), rng.uniform(-89, 89, 2000)
    for bounds in ((21.3, 55.2, 21.3, 55.2), (23.0, 51.0, 32.5, 56.9), (-179.5, -60, 179.5, 70)):
        to_metric, to_lonlat = _transformers(*bounds)
        metric = boundaries.local_metric_crs(shapely.box(*bounds))
        forward = Transformer.from_crs("EPSG:4326", metric, always_xy=True)
        inverse = Transformer.from_crs(metric, "EPSG:4326", always_xy=True)
        ours = np.asarray(to_metric.transform(xs, ys))
        assert np.array_equal(ours, np.asarray(forward.transform(xs, ys)), equal_nan=True)
        assert np.array_equal(
            np.asarray(to_lonlat.transform(*ours)),
            np.asarray(inverse.transform(*ours)),
            equal_nan=True,
        )


def test_distinct_points_keep_apart_every_bit_and_point_back_to_their_copies():
    from bordermap.geo.borders.join import _distinct_points

    points = shapely.points([(1.0, 2.0), (0.0, 5.0), (1.0, 2.0), (-0.0, 5.0), (1.0, 2.0 + 1e-15)])
    distinct, copies = _distinct_points(points)
    assert len(distinct) == 4
    assert shapely.equals_exact(distinct[copies], points, tolerance=0).all()
    # -0.0 and 0.0 are equal numbers but different bits: kept apart.
    assert copies[1] != copies[3]
    assert copies[0] == copies[2] != copies[4]
    # Each distinct point is the first of its copies, the object itself.
    assert distinct[copies[2]] is points[0]


def test_repeated_points_get_the_answers_of_joining_every_copy(monkeypatch):
    from bordermap.geo.borders import join

    rng = np.random.default_rng(11)
    # Land on several borders, a few points at sea (Baltic, Gulf of Riga), each repeated.
    xy = np.column_stack([rng.uniform(19, 33, 300), rng.uniform(51, 60, 300)])
    xy = np.round(xy, 1)  # many repeats
    frame = events(shapely.points(xy[rng.permutation(len(xy))]), id=range(len(xy)))
    frame.loc[[3, 17], "geometry"] = None
    columns = [COUNTRY, ADMIN1, ADMIN1_CODE, BORDER, BORDER_KM]
    together = join_borders(frame)[columns]
    assert len(set(map(tuple, xy))) < len(xy)
    monkeypatch.setattr(join, "_distinct_points", lambda points: (points, np.arange(len(points))))
    each = join_borders(frame)[columns]
    # The same answers to the last bit.
    assert together.equals(each)
    assert (together[COUNTRY] == "").any() and (together[COUNTRY] != "").any()


def test_border_columns_of_an_array_are_the_columns_join_borders_adds():
    from bordermap.geo.borders.join import border_columns

    square = shapely.Point(*CITIES["Vitebsk"]).buffer(0.05)
    geometries = [*city_events().geometry, None, square]
    columns = border_columns(np.array(geometries, dtype=object))
    joined = join_borders(events(geometries))
    for name in (COUNTRY, ADMIN1, ADMIN1_CODE, BORDER):
        assert columns[name].tolist() == joined[name].tolist()
    np.testing.assert_array_equal(columns[BORDER_KM], joined[BORDER_KM].to_numpy())
    assert columns[COUNTRY][-2] == "" and columns[ADMIN1_CODE][-1] == "BY-VI"


def test_joins_from_several_threads_at_once_agree_with_one_at_a_time():
    # dask joins partitions on threads that share the cached region outlines.
    from concurrent.futures import ThreadPoolExecutor

    rng = np.random.default_rng(11)
    frames = [
        gpd.GeoDataFrame(
            geometry=gpd.points_from_xy(rng.uniform(24, 29, 300), rng.uniform(54, 58, 300)),
            crs=CRS,
        )
        for _ in range(6)
    ]
    alone = [join_borders(frame) for frame in frames]
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(join_borders, frames))
    for one, other in zip(alone, together, strict=True):
        assert one.drop(columns="geometry").equals(other.drop(columns="geometry"))
