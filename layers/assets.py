"""Every JavaScript, CSS and image file a map needs, declared in one place.

Each asset has a CDN address (used only when a user asks for ``--cdn``) and the
file inside an installed Python package that a self-contained build inlines
instead.  Folium and our own elements refer to assets by *name*; the document
step (:mod:`bordermap.maps.document`) swaps each named link for inline content,
so no map needs the network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib
import importlib.metadata
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Asset:
    """One JS or CSS file and where it comes from.

    Attributes
    ----------
    name : str
        Key folium uses in ``default_js`` / ``default_css`` (a figure header child name).
    kind : str
        ``"js"`` or ``"css"``.
    url : str
        CDN address of the same file and version, for builds that may use the network.
    package : str
        Importable package holding the file.
    path : str
        File path relative to the package folder.
    version : str
        Upstream version of the file.
    licence : str
        Upstream licence.
    """

    name: str
    kind: str
    url: str
    package: str
    path: str
    version: str
    licence: str

    def file(self) -> Path:
        """Return the installed file's path."""
        module = importlib.import_module(self.package)
        return Path(module.__file__).parent / self.path


ASSETS: dict[str, Asset] = {
    asset.name: asset
    for asset in (
        Asset(
            "leaflet",
            "js",
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
            "xstatic.pkg.leaflet",
            "data/leaflet.js",
            "1.9.3",
            "BSD-2-Clause",
        ),
        Asset(
            "leaflet_css",
            "css",
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
            "xstatic.pkg.leaflet",
            "data/leaflet.css",
            "1.9.3",
            "BSD-2-Clause",
        ),
        Asset(
            "markercluster",
            "js",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/leaflet.markercluster.js",
            "xstatic.pkg.leaflet_markercluster",
            "data/leaflet.markercluster.js",
            "1.4.1",
            "MIT",
        ),
        Asset(
            "markercluster_css",
            "css",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/MarkerCluster.css",
            "xstatic.pkg.leaflet_markercluster",
            "data/MarkerCluster.css",
            "1.4.1",
            "MIT",
        ),
        Asset(
            "markerclusterdefault_css",
            "css",
            "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1/MarkerCluster.Default.css",
            "xstatic.pkg.leaflet_markercluster",
            "data/MarkerCluster.Default.css",
            "1.4.1",
            "MIT",
        ),
        Asset(
            "leaflet-heat.js",
            "js",
            # The tag of the installed folium, not main: the SRI hash is of that file.
            "https://cdn.jsdelivr.net/gh/python-visualization/folium@v"
            + importlib.metadata.version("folium")
            + "/folium/templates/leaflet_heat.min.js",
            "folium",
            "templates/leaflet_heat.min.js",
            "0.2.0 (as shipped by folium)",
            "BSD-2-Clause",
        ),
    )
}

#: Assets folium's ``Map`` asks for that bordermap maps never use (Bootstrap,
#: awesome-markers and their fonts); the document step drops them.
UNUSED_ASSETS: frozenset[str] = frozenset(
    {
        "jquery",
        "bootstrap",
        "awesome_markers",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers_font_css",
        "awesome_markers_css",
        "awesome_rotate_css",
    }
)

_CSS_URL = re.compile(r"url\((['\"]?)(images/[A-Za-z0-9_.-]+\.png)\1\)")
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$|/\*# sourceMappingURL=.*?\*/", re.M)


def links(*names: str) -> list[tuple[str, str]]:
    """Return ``(name, url)`` pairs for folium's ``default_js`` / ``default_css``."""
    return [(name, ASSETS[name].url) for name in names]


@cache
def inline_content(name: str) -> str:
    """Return the asset's text ready to sit inside a ``<script>`` or ``<style>`` tag.

    Images a stylesheet refers to become ``data:`` URIs, source-map comments go
    (a browser would otherwise try to fetch the map), and ``</`` inside scripts is
    written ``<\\/`` so no string in a library can close the tag early.

    Parameters
    ----------
    name : str
        A key of :data:`ASSETS`.

    Returns
    -------
    str
    """
    asset = ASSETS[name]
    path = asset.file()
    text = path.read_text(encoding="utf-8")
    text = _SOURCE_MAP.sub("", text)
    if asset.kind == "css":

        def data_uri(match: re.Match[str]) -> str:
            image = (path.parent / match.group(2)).read_bytes()
            return "url(data:image/png;base64," + base64.b64encode(image).decode("ascii") + ")"

        return _CSS_URL.sub(data_uri, text).replace("</", "<\\/")
    return text.replace("</", "<\\/")


@cache
def integrity(name: str) -> str:
    """Return the Subresource Integrity value (``sha384-...``) of the asset's file.

    The installed file is the same version the CDN serves (Leaflet's published SHA-256
    values match it byte for byte), so a browser loading the CDN copy with this value
    refuses any file that differs from what bordermap was tested with.
    """
    digest = hashlib.sha384(ASSETS[name].file().read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode("ascii")


def cdn_tag(name: str) -> str:
    """Return a ``<script src>`` or ``<link rel="stylesheet">`` for the CDN copy, with SRI."""
    asset = ASSETS[name]
    url = html.escape(asset.url, quote=True)
    checks = f'integrity="{integrity(name)}" crossorigin="anonymous"'
    if asset.kind == "js":
        return f'<script src="{url}" {checks}></script>'
    return f'<link rel="stylesheet" href="{url}" {checks}>'


def inline_tag(name: str) -> str:
    """Return a complete ``<script>`` or ``<style>`` element holding the asset."""
    asset = ASSETS[name]
    tag = "script" if asset.kind == "js" else "style"
    banner = f"/* {asset.name} {asset.version} ({asset.licence}) */"
    return f"<{tag}>{banner}\n{inline_content(name)}\n</{tag}>"
