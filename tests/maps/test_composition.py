import base64
import hashlib
import re

import folium
import pytest
from branca.element import JavascriptLink

from bordermap.geo.errors import BorderMapError
from bordermap.layers.assets import ASSETS
from bordermap.maps.composition import MapData, MapOptions, compose_map
from bordermap.maps.document import MapDocument
from tests import mapfixtures as fx

BOUNDS = [[54.0, 25.0], [57.0, 29.0]]


def data() -> MapData:
    return MapData(
        fx.countries(), fx.border_lines(), fx.border_zones(), fx.regions(), ("NE", "GeoNames")
    )


def render(title="Test map", **options) -> str:
    composed = compose_map(
        fx.sample_events(), data=data(), options=MapOptions(title=title, bounds=BOUNDS, **options)
    )
    return composed.render()


def test_same_inputs_give_byte_identical_html():
    assert render() == render()


def test_element_ids_are_counters_not_random():
    page = render()
    assert re.search(r"[0-9a-f]{32}", page) is None
    assert re.search(r"\bmap_\d{4}\b", page)


def test_self_contained_page_loads_nothing_from_outside():
    page = render()
    assert re.search(r"<script[^>]+src=", page) is None
    assert re.search(r"<link[^>]+href=", page) is None
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    # Leaflet, markercluster and their CSS are inline.
    assert "/* leaflet 1.9.3 (BSD-2-Clause) */" in page
    assert "/* markercluster 1.4.1 (MIT) */" in page
    assert "bootstrap" not in page.lower()


def test_cdn_option_links_the_same_versions():
    page = render(self_contained=False)
    assert (
        '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js" '
        'integrity="sha384-' in page
    )
    assert "leaflet.markercluster/1.4.1/leaflet.markercluster.js" in page


def test_cdn_links_carry_the_subresource_integrity_of_the_tested_files():
    page = render(self_contained=False)
    tags = re.findall(r"<(?:script src|link rel=\"stylesheet\" href)=[^>]*>", page)
    assert len(tags) >= 4
    for tag in tags:
        assert re.search(r' integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"', tag), (
            tag
        )
    # Leaflet's own published SHA-256 of 1.9.3 is the file inlined and hashed here.
    leaflet = ASSETS["leaflet"].file().read_bytes()
    digest = base64.b64encode(hashlib.sha256(leaflet).digest()).decode()
    assert digest == "WBkoXOwTeyKclOHuWtc+i2uENFpDZ9YPdf5Hf+D7ewM="


def test_title_is_escaped_in_page_title_and_title_box():
    page = render(title=fx.XSS_TITLE)
    assert fx.XSS_TITLE not in page
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in page


def test_event_text_never_reaches_the_page_raw():
    page = render()
    assert "<script>window.__pwned" not in page
    assert "javascript:alert" not in page


def test_counts_and_unplaced_events_are_reported():
    composed = compose_map(
        fx.sample_events(), data=data(), options=MapOptions(title="t", bounds=BOUNDS)
    )
    assert composed.placed == 6
    assert [u.event_id for u in composed.unplaced] == ["e7"]
    page = composed.render()
    assert "1 event not on the map" in page
    assert "Somewhere called Xyzzy" in page


def test_an_asset_without_an_offline_copy_is_refused():
    document = MapDocument("t")
    fmap = folium.Map(tiles=None)
    document.add_child(fmap)
    document.header.add_child(JavascriptLink("https://example.org/x.js"), name="mystery")
    with pytest.raises(BorderMapError, match=r"'mystery' .* has no offline copy"):
        document.render()


def test_heat_layer_uses_the_inlined_plugin():
    page = render(heat=True)
    assert "L.heatLayer" in page
    assert "/* leaflet-heat.js" in page
    assert re.search(r"<script[^>]+src=", page) is None


def test_no_time_filter_when_no_event_has_a_date():
    undated = fx.sample_events()
    undated["date_start"] = ""
    undated["date_end"] = ""
    composed = compose_map(undated, data=data(), options=MapOptions(title="t", bounds=BOUNDS))
    assert '"time":null' in composed.render()
    assert '"time":{"barDays"' in render()


def test_a_world_scale_area_opens_at_the_events_across_the_antimeridian():
    from shapely.geometry import Point

    from bordermap.maps.composition import initial_view

    rows = [
        fx.event(id="a", geometry=Point(177.0, 64.0)),
        fx.event(id="b", geometry=Point(-172.0, 65.0)),
    ]
    world = [[-90.0, -180.0], [90.0, 180.0]]
    view = initial_view(world, fx.events_frame(rows))
    # Chukotka to Alaska: 11 degrees wide across 180, not the whole world.
    assert view == [[63.5, 176.5], [65.5, 188.5]]
    # A regional area is kept as the recipe gives it.
    assert initial_view(BOUNDS, fx.events_frame(rows)) == BOUNDS
