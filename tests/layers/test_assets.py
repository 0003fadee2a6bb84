import re

from bordermap.layers.assets import ASSETS, inline_content, inline_tag


def test_every_asset_has_an_installed_file_version_and_licence():
    for asset in ASSETS.values():
        assert asset.file().is_file(), asset.name
        assert asset.version and asset.licence
        assert asset.url.startswith("https://")


def test_inlined_css_carries_its_images_as_data_uris():
    css = inline_content("leaflet_css")
    assert "url(images/" not in css
    assert len(re.findall(r"url\(data:image/png;base64,", css)) >= 3


def test_inlined_scripts_cannot_end_the_tag_and_fetch_no_source_maps():
    for name, asset in ASSETS.items():
        text = inline_content(name)
        assert "</" not in text, name
        assert "sourceMappingURL" not in text, name
        tag = inline_tag(name)
        assert tag.startswith("<script>" if asset.kind == "js" else "<style>")
