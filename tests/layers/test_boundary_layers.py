import json

import pytest
from shapely.geometry import MultiPolygon, box

from bordermap.geo.errors import RecipeError
from bordermap.layers.basemap import country_basemap, tile_basemap
from bordermap.layers.borders import border_layer, zone_layer
from bordermap.layers.geojson import to_geojson_geometry
from bordermap.layers.regions import region_layer
from tests import mapfixtures as fx


def features_of(layer):
    return json.loads(layer.data_json)["features"]


def test_border_tooltip_names_the_pair_and_length():
    (feature,) = features_of(
        border_layer(fx.border_lines(), names={"BY": "Belarus", "LV": "Latvia"})
    )
    assert feature["properties"]["tooltip"] == "Belarus–Latvia border (BY-LV)<br>100 km"
    assert feature["geometry"]["type"] == "LineString"


def test_zones_widest_first_and_nearest_darkest():
    features = features_of(zone_layer(fx.border_zones()))
    tooltips = [f["properties"]["tooltip"] for f in features]
    assert tooltips == [
        "Within 15 km of the BY-LV border (LV side)",
        "Within 5 km of the BY-LV border (LV side)",
    ]
    opacities = [f["properties"]["style"]["fillOpacity"] for f in features]
    assert opacities[0] < opacities[1]


def test_region_outline_is_named_and_labelled():
    layer = region_layer(fx.regions(), country_names={"BY": "Belarus"})
    (feature,) = features_of(layer)
    assert feature["properties"]["tooltip"] == "Vitebsk (BY-VI)<br>Belarus"
    (label,) = json.loads(layer.labels_json)
    assert label["html"] == "Vitebsk" and label["className"] == "bm-label bm-label-region"


def test_small_regions_are_named_in_the_tooltip_only():
    regions = fx.regions()
    regions["geometry"] = [box(27.5, 53.85, 27.75, 54.0)]  # a city-sized region
    layer = region_layer(regions)
    assert json.loads(layer.labels_json) == []
    assert features_of(layer)[0]["properties"]["tooltip"].startswith("Vitebsk (BY-VI)")


def test_basemap_is_a_quiet_base_layer_with_country_names_escaped():
    countries = fx.countries()
    countries.loc[0, "name"] = "<b>Belarus</b>"
    layer = country_basemap(countries, attribution="Natural Earth <public domain>")
    assert layer.overlay is False
    assert json.loads(layer.interactive_json) is False
    assert json.loads(layer.attribution_json) == "Natural Earth &lt;public domain&gt;"
    labels = json.loads(layer.labels_json)
    assert labels[0]["html"] == "&lt;b&gt;Belarus&lt;/b&gt;"


def test_basemap_label_sits_on_the_largest_part():
    countries = fx.countries().iloc[[2]].copy()
    countries["geometry"] = [MultiPolygon([box(0, 0, 1, 1), box(10, 10, 20, 20)])]
    (label,) = json.loads(country_basemap(countries, attribution="").labels_json)
    assert 10 <= label["lon"] <= 20


def test_geojson_rounds_to_about_a_metre_and_drops_empties():
    geometry = to_geojson_geometry(box(0.123456789, 1.0, 2.0, 3.987654321))
    assert [0.12346, 1.0] in geometry["coordinates"][0]
    assert to_geojson_geometry(None) is None
    assert to_geojson_geometry(box(0, 0, 1, 1).intersection(box(5, 5, 6, 6))) is None


def test_tiles_by_xyzservices_name_with_attribution():
    layer = tile_basemap("OpenStreetMap.Mapnik")
    assert "openstreetmap" in layer.tiles.lower()
    assert "OpenStreetMap" in layer.options["attribution"]
    assert layer.overlay is False


@pytest.mark.parametrize("name", ["No.SuchProvider", "Thunderforest.OpenCycleMap"])
def test_unknown_or_keyed_tiles_are_refused(name):
    with pytest.raises(RecipeError, match=r"unknown tile provider|needs an API key"):
        tile_basemap(name)


def test_the_smaller_side_of_an_outline_cut_at_the_antimeridian_joins_the_larger():
    from shapely.geometry import MultiPolygon, box

    from bordermap.layers.basemap import unwrap_antimeridian

    # A Russia-like country: most of it east of 30°, a tip at -180…-170.
    russia = MultiPolygon([box(30.0, 50.0, 180.0, 70.0), box(-180.0, 64.0, -170.0, 68.0)])
    assert unwrap_antimeridian(russia).bounds == (30.0, 50.0, 190.0, 70.0)
    # An Alaska-like one: the islands beyond 180° go west instead.
    alaska = MultiPolygon([box(-170.0, 55.0, -140.0, 70.0), box(172.0, 51.0, 180.0, 53.0)])
    assert unwrap_antimeridian(alaska).bounds == (-188.0, 51.0, -140.0, 70.0)
    # Anything else is left alone.
    latvia = box(21.0, 55.7, 28.2, 58.1)
    assert unwrap_antimeridian(latvia) is latvia


def test_basemap_limits_are_the_unwrapped_outlines_bounds():
    import json

    import geopandas as gpd
    from shapely.geometry import MultiPolygon, box

    from bordermap.layers.basemap import BasemapLimits, country_basemap

    countries = gpd.GeoDataFrame(
        {"iso_a2": ["RU"], "name": ["Russia"]},
        geometry=[MultiPolygon([box(30.0, 50.0, 180.0, 70.0), box(-180.0, 64.0, -170.0, 68.0)])],
        crs="EPSG:4326",
    )
    assert json.loads(BasemapLimits(countries).bounds_json) == [[50.0, 30.0], [70.0, 190.0]]
    drawn = json.loads(country_basemap(countries, attribution="NE").data_json)
    longitudes = [
        x
        for polygon in drawn["features"][0]["geometry"]["coordinates"]
        for ring in polygon
        for x, _ in ring
    ]
    assert max(longitudes) == 190.0 and min(longitudes) == 30.0
