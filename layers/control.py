"""A Leaflet control whose content is escaped HTML made in Python.

The legend, the title box and the time filter are all such boxes: their HTML is
rendered by an autoescaping Jinja environment and reaches the page as a JSON string.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from branca.element import MacroElement
from folium.template import Template

from bordermap.layers.scriptjson import to_script_json

#: Autoescaping environment for the HTML inside controls: every value is escaped
#: unless a template marks it safe, which none of ours does.
HTML = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)

POSITIONS = ("topleft", "topright", "bottomleft", "bottomright")


class HtmlControl(MacroElement):
    """A box on the map holding fixed HTML.

    Parameters
    ----------
    html : str
        Escaped HTML (render it with :data:`HTML`).
    css_class : str
        Class of the box, e.g. ``"bm-legend"``.
    position : str, optional
        Leaflet control corner.
    collapse_below_px : int, optional
        A ``<details class="bm-collapsible">`` in the box starts closed when the
        window is narrower than this.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position_json }}});
            {{ this.get_name() }}.onAdd = function () {
                var box = L.DomUtil.create("div", {{ this.class_json }});
                box.innerHTML = {{ this.html_json }};
                // A collapsible box starts closed on a small screen, leaving the map.
                var fold = box.querySelector("details.bm-collapsible");
                if (fold && window.innerWidth < {{ this.collapse_json }}) { fold.open = false; }
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        html: str,
        *,
        css_class: str,
        position: str = "bottomright",
        collapse_below_px: int = 0,
    ) -> None:
        super().__init__()
        self._name = "HtmlControl"
        if position not in POSITIONS:
            raise ValueError(f"position must be one of {POSITIONS}, got {position!r}")
        self.html_json = to_script_json(html)
        self.class_json = to_script_json(f"bm-box {css_class}")
        self.position_json = to_script_json(position)
        self.collapse_json = to_script_json(int(collapse_below_px))
