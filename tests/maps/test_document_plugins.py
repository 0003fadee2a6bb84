"""A user's own folium layers and plugins on a bordermap page: asset policy, re-renders."""

from __future__ import annotations

import re

import folium
import pytest
from folium import plugins

from bordermap.geo.errors import BorderMapError
from bordermap.maps.composition import MapData, MapOptions, compose_map
from tests import mapfixtures as fx

BOUNDS = [[54.0, 25.0], [57.0, 29.0]]


def composed(**options):
    data = MapData(fx.countries(), fx.border_lines(), None, fx.regions(), ("NE",))
    return compose_map(
        fx.sample_events(), data=data, options=MapOptions(title="t", bounds=BOUNDS, **options)
    )


def linked(page: str) -> list[str]:
    return re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', page)


@pytest.mark.parametrize(
    ("plugin", "asset"),
    [
        (plugins.Fullscreen, "Control.Fullscreen.js"),
        (plugins.MeasureControl, "leaflet_measure_js"),
        (plugins.MiniMap, "Control_MiniMap_js"),
    ],
)
def test_a_plugin_without_an_offline_copy_is_refused_by_name(plugin, asset):
    result = composed()
    plugin().add_to(result.document._children["map"])
    with pytest.raises(BorderMapError) as caught:
        result.render()
    message = str(caught.value)
    assert f"map asset {asset!r}" in message
    assert f"asked for by {plugin.__module__}.{plugin.__name__}" in message
    assert "self_contained=False" in message


@pytest.mark.parametrize("plugin", [plugins.Fullscreen, plugins.MeasureControl, plugins.MiniMap])
def test_a_plugin_on_a_page_that_may_use_the_network_is_linked(plugin):
    result = composed(self_contained=False)
    plugin().add_to(result.document._children["map"])
    page = result.render()
    added = plugin.default_js + plugin.default_css
    assert added
    for _name, url in added:
        assert url in linked(page)
    # bordermap's own assets keep their integrity hashes.
    assert 'leaflet.js" integrity="sha384-' in page


def test_a_plugin_whose_assets_bordermap_knows_is_inlined():
    result = composed()
    plugins.HeatMap([[55.5, 27.0, 1.0]]).add_to(result.document._children["map"])
    page = result.render()
    assert "/* leaflet-heat.js" in page
    assert linked(page) == []


def test_an_icon_marker_keeps_the_assets_bordermap_maps_drop():
    plain = composed(self_contained=False).render()
    assert "awesome-markers" not in plain
    result = composed(self_contained=False)
    folium.Marker((55.5, 27.0), icon=folium.Icon(icon="info-sign")).add_to(
        result.document._children["map"]
    )
    page = result.render()
    assert any("leaflet.awesome-markers.js" in url for url in linked(page))
    result.document.self_contained = True
    with pytest.raises(BorderMapError, match=r"asked for by folium\.map\.Icon"):
        result.render()


def test_a_second_render_gives_the_same_page():
    result = composed()
    assert result.render() == result.render()


def test_a_layer_added_after_a_render_appears_once():
    result = composed(self_contained=False)
    first = result.render()
    plugins.Fullscreen().add_to(result.document._children["map"])
    second = result.render()
    third = result.render()
    assert second == third
    assert second.count("L.control.fullscreen(") == 1
    assert second.count("L.map(") == first.count("L.map(") == 1


def test_a_users_own_text_stays_text():
    result = composed()
    fmap = result.document._children["map"]
    folium.Marker((55.5, 27.0), popup="{{ 7*191 }}", tooltip="{{ 6*7 }}").add_to(fmap)
    page = result.render()
    assert "{{ 7*191 }}" in page and "1337" not in page
    assert "{{ 6*7 }}" in page
