"""Page templates compiled when a page first uses them, not when their module loads.

folium and branca compile a jinja2 template for every element class they define as
they are imported (58 with this package's layers); a map page renders about a dozen of
them.  Compiling is parsing the template and generating Python code for it: about
0.15 s of CPU per ``bordermap map`` spent on templates no page of the run renders.
Imported inside :func:`templates_compiled_on_use`, each class template stands for
itself until first rendered, then is compiled from the same source with the same class
and options, so a page is byte for byte the one it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jinja2 is imported with the page, not with the modules using this
    import jinja2

__all__ = ["TemplateOnUse", "templates_compiled_on_use"]


class TemplateOnUse:
    """A jinja2 template not yet compiled: compiled on its first use, then that one.

    Parameters
    ----------
    compile_template : callable
        Makes the compiled template (called once, on the first use).
    """

    __slots__ = ("_compile_template", "_template")

    def __init__(self, compile_template: Callable[[], jinja2.Template]) -> None:
        self._compile_template = compile_template
        self._template: jinja2.Template | None = None

    def compiled(self) -> jinja2.Template:
        """The compiled template (compiled now if it never was)."""
        if self._template is None:
            self._template = self._compile_template()
        return self._template

    def render(self, *args: Any, **kwargs: Any) -> str:
        """:meth:`jinja2.Template.render` of the compiled template."""
        return self.compiled().render(*args, **kwargs)

    @property
    def module(self) -> Any:
        """:attr:`jinja2.Template.module` of the compiled template (its macros)."""
        return self.compiled().module

    def __getattr__(self, name: str) -> Any:
        # Only what the two above do not cover; special names stay this object's own
        # (copying or pickling it must not compile it).
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


@contextmanager
def templates_compiled_on_use() -> Iterator[None]:
    """Within: ``Template(source, ...)`` of jinja2 or a subclass (folium's) gives a
    :class:`TemplateOnUse` that compiles it so when first used.

    Meant around the first import of the page's modules only, where class bodies make
    their templates; restored on leaving, whatever happened within.
    """
    import jinja2

    new_template = jinja2.Template.__dict__["__new__"]
    compile_now = new_template.__func__ if isinstance(new_template, staticmethod) else new_template

    def template_on_use(cls: type[jinja2.Template], *args: Any, **kwargs: Any) -> TemplateOnUse:
        return TemplateOnUse(lambda: compile_now(cls, *args, **kwargs))

    jinja2.Template.__new__ = template_on_use  # type: ignore[method-assign]
    try:
        yield
    finally:
        jinja2.Template.__new__ = new_template  # type: ignore[method-assign]
