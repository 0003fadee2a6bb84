"""Towns on the offline basemap, and the placement of every label on the map.

A reader at zoom 8 needs towns to know where a border section is.  The towns come
from the offline gazetteer (GeoNames, through :mod:`bordermap.geo.places.gazetteer`'s public
API): only settlements, only in the basemap's window, the most populous first, and
each shown from the zoom its population earns (:data:`TOWN_ZOOMS`), capped at
:data:`MAX_TOWNS` so the file stays small.

The page side (``templates/labels.js``) shows each town from its zoom on, and places
the labels after every move and filter: count badges are moved down clear of each
other, of country labels and of clusters; a town whose name would cover another
label is left out until the reader zooms in.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from branca.element import MacroElement
from folium.template import Template

from bordermap.layers.geojson import DECIMALS
from bordermap.layers.scriptjson import to_script_json
from bordermap.layers.town_choice import (
    LOCAL_ZOOM,
    MAX_TOWNS,
    TOWN_ZOOMS,
    TOWNS_PER_TILE,
    Town,
    towns_in,
)

__all__ = [
    "LOCAL_ZOOM",
    "MAX_TOWNS",
    "TOWNS_PER_TILE",
    "TOWN_ZOOMS",
    "MapLabels",
    "Town",
    "towns_in",
    "towns_under",
]

SCRIPT = Path(__file__).parent / "templates" / "labels.js"


def towns_under(
    countries: gpd.GeoDataFrame,
    *,
    focus: tuple[float, float, float, float] | None = None,
    max_towns: int = MAX_TOWNS,
) -> list[Town]:
    """Return the towns of the shipped gazetteer within a basemap's countries' bounds.

    Parameters
    ----------
    countries : GeoDataFrame
        The basemap's countries (already cut to its window), EPSG:4326.
    focus : tuple of float, optional
        The area the map shows (see :func:`towns_in`).
    max_towns : int, optional
        How many towns at most, largest first.
    """
    if not len(countries):
        return []
    return towns_in(tuple(countries.total_bounds), focus=focus, max_towns=max_towns)


class MapLabels(MacroElement):
    """Towns by zoom, and labels kept apart (count badges, country names, towns).

    Parameters
    ----------
    towns : list of Town
        Largest first (their order is their priority).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this.script_text }}
            bordermapLabels({{ this._parent.get_name() }}, {{ this.towns_json }});
        {% endmacro %}
        """
    )

    def __init__(self, towns: list[Town]) -> None:
        super().__init__()
        self._name = "MapLabels"
        self.town_count = len(towns)
        # [lat, lon, first zoom, name]: the name is set as text on the page.
        self.towns_json = to_script_json(
            [
                [round(t.lat, DECIMALS - 2), round(t.lon, DECIMALS - 2), t.min_zoom, t.name]
                for t in towns
                if t.min_zoom is not None
            ]
        )
        self.script_text = SCRIPT.read_text(encoding="utf-8").replace("</", "<\\/")
