"""The map as one HTML document: deterministic ids, inlined assets, atomic writes.

Folium gives every element a random id and links its libraries from CDNs.  Here the
ids are replaced by a counter in tree order, and every library link is swapped for
the file's content from an installed package (see :mod:`bordermap.layers.assets`),
so the same map is the same bytes and opens with no network.

A user's own folium layers and plugins are welcome (the public ``bordermap.make_map``
returns the ``folium.Map``): assets bordermap knows are inlined like its own; an asset
it has no copy of refuses a self-contained page, naming the element that asked for it
and the way out (``self_contained=False``), and is linked as folium links it on a page
that may use the network.  Rendering leaves the document as it found it, so a map
shown in a notebook, given another layer and saved renders as if for the first time.
"""

from __future__ import annotations

import html
import itertools
from pathlib import Path

import folium
from branca.element import CssLink, Element, Figure, JavascriptLink
from folium.map import Icon
from jinja2 import Template

from bordermap.geo import __version__
from bordermap.geo.atomic import write_text_atomic
from bordermap.geo.errors import BorderMapError
from bordermap.layers.assets import ASSETS, UNUSED_ASSETS, cdn_tag, inline_tag
from bordermap.layers.rawhtml import RawHtml, freeze_parts, render_literally

_PARTS = ("header", "html", "script")

#: Elements that draw with assets folium's ``Map`` declares for them and bordermap's
#: own maps drop (:data:`~bordermap.layers.assets.UNUSED_ASSETS`): an ``Icon`` marker
#: needs Leaflet.awesome-markers, Bootstrap's glyphicons and Font Awesome.
USERS_OF_DROPPED_ASSETS: tuple[type[Element], ...] = (Icon,)


class MapDocument(Figure):
    """A figure that renders to self-contained (or CDN-linked), reproducible HTML.

    Parameters
    ----------
    title : str
        Page title (escaped here).
    self_contained : bool, optional
        Inline every asset (default); ``False`` links the CDN copies instead.
    """

    # branca's page has no language, puts the charset after the title and the script
    # after </body>; this one is the same page, in order, saying who made it.
    _template = Template(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>{{ this.title }}</title>\n"
        '<meta name="generator" content="bordermap {{ this.version }}">\n'
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        "<body>\n"
        "{{ this.html.render(**kwargs) }}\n"
        "<script>\n"
        "{{ this.script.render(**kwargs) }}\n"
        "</script>\n"
        "</body>\n"
        "</html>\n"
    )

    def __init__(self, title: str, *, self_contained: bool = True) -> None:
        super().__init__(title=html.escape(title))
        del self.header._children["meta_http"]
        self.self_contained = self_contained
        self.version = html.escape(__version__)

    def render(self, **kwargs) -> str:
        """Render the page; see the class docstring.

        Raises
        ------
        BorderMapError
            If the page is self-contained and an element asks for an asset bordermap
            has no offline copy of (a folium plugin's script, say).
        """
        # Rendering adds to the tree: each element's output goes into the header, body
        # and script parts under its name, and folium's layers add an "add to map"
        # child.  Everything is put back afterwards, so a second render (the notebook
        # shows the map, then it is saved) numbers the same elements the same way and
        # leaves no stale copies.
        before = [(element, dict(element._children)) for element in _tree(self)]
        try:
            number_elements(self)
            # Text from events, recipes and geocoders is a value in every template,
            # never template source: see bordermap.layers.rawhtml.
            render_literally(self)
            for child in self._children.values():
                child.render(**kwargs)
            freeze_parts(self)
            self._swap_assets()
            return self._template.render(this=self, kwargs=kwargs)
        finally:
            for element, children in before:
                element._children.clear()
                element._children.update(children)

    def _swap_assets(self) -> None:
        header = self.header._children
        wanted = assets_wanted(self)
        for name in list(header):
            element = header[name]
            if not isinstance(element, JavascriptLink | CssLink):
                continue
            if name in ASSETS:
                # A CDN link carries the file's SRI hash: a changed copy is not run.
                tag = inline_tag(name) if self.self_contained else cdn_tag(name)
                header[name] = RawHtml(tag)
            elif name in UNUSED_ASSETS and not wanted.get(name):
                del header[name]
            elif self.self_contained:
                raise BorderMapError(_no_offline_copy(name, element.url, wanted.get(name, [])))
            # Otherwise the page may use the network: the link stays as folium wrote it.


def assets_wanted(root: Element) -> dict[str, list[str]]:
    """Asset name → the elements (``module.Class``) under ``root`` that ask for it.

    folium's ``Map`` is left out: it declares assets for markers bordermap's maps do
    not draw.  Those count as wanted when a :data:`USERS_OF_DROPPED_ASSETS` element
    is on the map.
    """
    wanted: dict[str, list[str]] = {}
    stack = [root]
    while stack:
        element = stack.pop()
        stack.extend(element._children.values())
        cls = type(element)
        who = f"{cls.__module__}.{cls.__name__}"
        names: list[str] = []
        if isinstance(element, USERS_OF_DROPPED_ASSETS):
            names = sorted(UNUSED_ASSETS)
        elif not isinstance(element, folium.Map):
            declared = [*getattr(element, "default_js", ()), *getattr(element, "default_css", ())]
            names = [name for name, _url in declared]
        for name in names:
            if who not in wanted.setdefault(name, []):
                wanted[name].append(who)
    return wanted


def _no_offline_copy(name: str, url: str, wanted_by: list[str]) -> str:
    by = f", asked for by {', '.join(wanted_by)}," if wanted_by else ""
    return (
        f"map asset {name!r} ({url}){by} has no offline copy, so a self-contained map cannot "
        "hold it: make or save the map with self_contained=False (the page then loads it "
        "from the network; on the command line: --cdn), or leave that element out; to "
        "inline it, declare it in bordermap.layers.assets"
    )


def _tree(root: Element) -> list[Element]:
    """Every element under ``root`` (itself included), the parts of figures too."""
    found = []
    stack = [root]
    while stack:
        element = stack.pop()
        found.append(element)
        stack.extend(element._children.values())
        if isinstance(element, Figure):
            stack.extend(getattr(element, part) for part in _PARTS)
    return found


def number_elements(root: Element) -> None:
    """Give every element in the tree a counter-based id, in tree order.

    Replaces branca's random ids so element names (``map_0001``...) are the same
    on every build.
    """
    counter = itertools.count(1)

    def visit(element: Element) -> None:
        element._id = f"{next(counter):04d}"
        if isinstance(element, Figure):
            for part in (element.header, element.html, element.script):
                visit(part)
        for child in element._children.values():
            visit(child)

    visit(root)


def write_html(page: str, path: str | Path) -> Path:
    """Write the page atomically (temporary file in the same folder, then rename).

    Parameters
    ----------
    page : str
        The HTML.
    path : path-like
        Destination; its folder is created when missing.

    Returns
    -------
    Path
    """
    target = Path(path)
    write_text_atomic(target, page)
    return target
