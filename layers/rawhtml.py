"""An element that puts fixed HTML into the page as it is, without Jinja.

branca's ``Element(text)`` compiles its text as a Jinja template.  Inlined libraries
are megabytes of JavaScript in which ``{{`` or ``{%`` could appear, so they must never
pass through a template engine (and compiling them would cost a second per map).
"""

from __future__ import annotations

from branca.element import Element


class RawHtml(Element):
    """Fixed HTML (already safe: our own stylesheet or a library file in a tag).

    Parameters
    ----------
    html : str
        Written to the page unchanged.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.html = html

    def render(self, **kwargs) -> str:
        """Return the HTML unchanged."""
        return self.html
