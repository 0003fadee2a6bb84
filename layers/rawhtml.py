"""Page parts that enter the HTML as text, never as Jinja template source.

branca's ``Element(text)`` compiles its text as a Jinja template, and
``MacroElement.render`` wraps every rendered macro in such an ``Element``, so the page
is rendered *twice*: once with the element's values, then again with those values as
template source.  An event title ``{{ 6*7 }}`` then comes out as ``42``, and Jinja
expressions reach Python objects: text from an events file could run code at build
time.  Here the second pass never happens: :class:`RawHtml` holds finished HTML and
:class:`LiteralMacroElement` renders its macros into :class:`RawHtml`.
:func:`render_literally` gives every macro element of a map (folium's own, bordermap's
and any plugin a user adds) that behaviour before the page is rendered.
"""

from __future__ import annotations

from functools import cache

from branca.element import Element, Figure, MacroElement

from bordermap.geo.errors import BorderMapError

__all__ = ["LiteralMacroElement", "RawHtml", "freeze_parts", "render_literally"]

_PARTS = ("header", "html", "script")


class RawHtml(Element):
    """Finished HTML, written to the page unchanged.

    Parameters
    ----------
    html : str
        The text; it is never compiled or rendered as a template.
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.html = html

    def render(self, **kwargs) -> str:
        """Return the HTML unchanged."""
        return self.html


class LiteralMacroElement(MacroElement):
    """A macro element whose rendered ``header``/``html``/``script`` macros stay text.

    Same contract as :meth:`branca.element.MacroElement.render`, except that the
    output of each macro goes into the figure as :class:`RawHtml` instead of being
    compiled again as a template.
    """

    def render(self, **kwargs) -> None:
        """Render the macros into the root figure, then the children."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise BorderMapError(f"{type(self).__name__} can only be rendered inside a figure")
        macros = self._template.module.__dict__
        for part in _PARTS:
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(
                    RawHtml(str(macro(self, kwargs))), name=self.get_name()
                )
        for element in self._children.values():
            element.render(**kwargs)


@cache
def _literal_class(cls: type[MacroElement]) -> type[MacroElement]:
    # C3 puts LiteralMacroElement just before MacroElement in the new class's MRO, so
    # the ``super().render()`` of folium's own ``render`` methods (Map, LayerControl,
    # JSCSSMixin...) reaches the literal version and their own work still runs.
    return type(cls.__name__, (cls, LiteralMacroElement), {"__module__": cls.__module__})


def render_literally(root: Element) -> None:
    """Make every macro element under ``root`` render its macros as text.

    Parameters
    ----------
    root : Element
        Usually the page's figure; every descendant :class:`MacroElement` that is not
        already a :class:`LiteralMacroElement` is given a subclass that is.
    """
    stack = [root]
    while stack:
        element = stack.pop()
        if isinstance(element, MacroElement) and not isinstance(element, LiteralMacroElement):
            element.__class__ = _literal_class(type(element))
        stack.extend(element._children.values())
        if isinstance(element, Figure):
            stack.extend(getattr(element, part) for part in _PARTS)


def freeze_parts(figure: Figure) -> None:
    """Replace any template element left in the figure's parts by its text.

    Elements that build ``Element(rendered_text)`` in their own ``render`` (not via
    ``MacroElement.render``) would otherwise have that text rendered as a template when
    the page is written; their text is what they meant to output, so it is kept as is.

    Parameters
    ----------
    figure : Figure
        A figure whose children have been rendered.
    """
    for part in _PARTS:
        children = getattr(figure, part)._children
        for name, child in list(children.items()):
            if type(child) is Element and child._template_str is not None:
                children[name] = RawHtml(child._template_str)
