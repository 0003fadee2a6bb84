"""Templates made while the page's modules load are compiled on first use, same output."""

from __future__ import annotations

import re
import subprocess
import sys

import jinja2
import pytest
from folium.template import Template as FoliumTemplate

from bordermap.layers.deferred_templates import TemplateOnUse, templates_compiled_on_use

MACROS = (
    "{% macro header(this, kwargs) %}<b>{{ this }}</b>{% endmacro %}"
    "{% macro script(this, kwargs) %}var x = {{ kwargs.value|tojavascript }};{% endmacro %}"
)


def test_a_template_made_within_is_compiled_only_when_used():
    compiled: list[str] = []
    real_compile = jinja2.Environment.compile

    def counting_compile(self, source, *args, **kwargs):
        compiled.append(source)
        return real_compile(self, source, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jinja2.Environment, "compile", counting_compile)
        with templates_compiled_on_use():
            unused = jinja2.Template("never {{ rendered }}")
            used = jinja2.Template("Hello {{ name }}!")
        assert isinstance(unused, TemplateOnUse) and isinstance(used, TemplateOnUse)
        assert compiled == []
        assert used.render(name="Narva") == "Hello Narva!"
        assert used.render(name="Ivangorod") == "Hello Ivangorod!"
    assert compiled == ["Hello {{ name }}!"]  # once, and only the one rendered


def test_a_subclass_keeps_its_environment_and_macros():
    # folium's Template adds the ``tojavascript`` filter through its environment class.
    with templates_compiled_on_use():
        deferred = FoliumTemplate(MACROS)
    direct = FoliumTemplate(MACROS)
    assert isinstance(deferred, TemplateOnUse)
    assert isinstance(deferred.compiled(), FoliumTemplate)
    for macro in ("header", "script"):
        made = deferred.module.__dict__[macro]("Sekule", {"value": "<Kúty>"})
        assert made == direct.module.__dict__[macro]("Sekule", {"value": "<Kúty>"})
    assert "\\u003cK\\u00fat" in deferred.module.script("", {"value": "<Kúty>"})


def test_templates_are_compiled_at_once_again_after_leaving_even_on_error():
    with pytest.raises(RuntimeError), templates_compiled_on_use():
        raise RuntimeError("inside")
    template = jinja2.Template("{{ 1 + 1 }}")
    assert type(template) is jinja2.Template
    assert template.render() == "2"
    assert type(FoliumTemplate("x")) is FoliumTemplate


_PAGE = """
import re, sys
from bordermap.layers.deferred_templates import templates_compiled_on_use, TemplateOnUse
if sys.argv[1] == "deferred":
    with templates_compiled_on_use():
        import folium
    assert isinstance(folium.Marker._template, TemplateOnUse)
else:
    import folium
page = folium.Map(location=[59.37, 28.2], zoom_start=9, tiles=None)
folium.Marker([59.377, 28.19], tooltip="Narva <bridge>").add_to(page)
folium.GeoJson({"type": "Point", "coordinates": [28.2, 59.37]}, name="Ivangorod").add_to(page)
folium.LayerControl().add_to(page)
print(re.sub(r"[0-9a-f]{32}", "ID", page.get_root().render()))
"""


def test_a_folium_page_is_the_same_with_its_templates_compiled_on_use():
    # Fresh interpreters: this one has imported folium with its templates compiled.
    pages = [
        subprocess.run(
            [sys.executable, "-c", _PAGE, mode], capture_output=True, text=True, check=True
        ).stdout
        for mode in ("deferred", "at-import")
    ]
    assert "Narva <bridge>" in pages[0] and '"Ivangorod" : geo_json_ID' in pages[0]
    assert re.search(r"L\.marker", pages[0])
    assert pages[0] == pages[1]
