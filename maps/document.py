"""The map as one HTML document: deterministic ids, inlined assets, atomic writes.

Folium gives every element a random id and links its libraries from CDNs.  Here the
ids are replaced by a counter in tree order, and every library link is swapped for
the file's content from an installed package (see :mod:`bordermap.layers.assets`),
so the same map is the same bytes and opens with no network.
"""

from __future__ import annotations

import html
import itertools
from pathlib import Path

from branca.element import CssLink, Element, Figure, JavascriptLink
from jinja2 import Template

from bordermap.geo import __version__
from bordermap.geo.atomic import write_text_atomic
from bordermap.geo.errors import BorderMapError
from bordermap.layers.assets import ASSETS, UNUSED_ASSETS, cdn_tag, inline_tag
from bordermap.layers.rawhtml import RawHtml, freeze_parts, render_literally


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
        """Render the page; see the class docstring."""
        number_elements(self)
        # Text from events, recipes and geocoders is a value in every template, never
        # template source: see bordermap.layers.rawhtml.
        render_literally(self)
        for child in self._children.values():
            child.render(**kwargs)
        freeze_parts(self)
        self._swap_assets()
        return self._template.render(this=self, kwargs=kwargs)

    def _swap_assets(self) -> None:
        header = self.header._children
        for name in list(header):
            element = header[name]
            if not isinstance(element, JavascriptLink | CssLink):
                continue
            if name in UNUSED_ASSETS:
                del header[name]
            elif name in ASSETS:
                # A CDN link carries the file's SRI hash: a changed copy is not run.
                tag = inline_tag(name) if self.self_contained else cdn_tag(name)
                header[name] = RawHtml(tag)
            else:
                raise BorderMapError(
                    f"map asset {name!r} ({element.url}) has no offline copy; declare it in "
                    "bordermap.layers.assets"
                )


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
