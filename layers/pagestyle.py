"""bordermap's own stylesheet, always inlined (it is part of the map, not a library)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from branca.element import Figure, MacroElement
from folium.template import Template

from bordermap.layers.rawhtml import RawHtml

STYLESHEET = Path(__file__).parent / "templates" / "bordermap.css"


@cache
def stylesheet_text() -> str:
    """Return the CSS text of :data:`STYLESHEET`."""
    return STYLESHEET.read_text(encoding="utf-8")


class PageStyle(MacroElement):
    """Adds bordermap's stylesheet to the page header once."""

    _template = Template("")

    def __init__(self) -> None:
        super().__init__()
        self._name = "PageStyle"

    def render(self, **kwargs) -> None:
        """Put the stylesheet in the figure header (once, whatever the element count)."""
        figure = self.get_root()
        if isinstance(figure, Figure):
            figure.header.add_child(
                RawHtml("<style>\n" + stylesheet_text() + "</style>"), name="bordermap_css"
            )
        super().render(**kwargs)
