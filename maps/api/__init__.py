"""bordermap in Python: events in, a border-aware GeoDataFrame and a folium map out.

This folder is installed as the top-level package ``bordermap`` (see
``[tool.setuptools.package-dir]`` in ``pyproject.toml``); ``bordermap.geo``,
``bordermap.layers`` and ``bordermap.maps`` sit beneath it.

>>> import bordermap
>>> events = bordermap.read_events(frame)          # a DataFrame, a file or files
>>> resolved = bordermap.resolve(events)          # GeoDataFrame, one geometry column
>>> m = bordermap.make_map(resolved, title="...") # folium.Map: shows inline in Jupyter
>>> bordermap.save_map(m, "events.html")          # one self-contained HTML file

Events
    :func:`read_events`, :func:`resolve`, :func:`join_borders`, :func:`geocode`
Maps
    :func:`make_map`, :func:`save_map`
Recipes (``maps/*.toml``)
    :func:`load_recipe`, :func:`build`, :func:`report`, :func:`export`
Errors
    :class:`BorderMapError`, the root of every error bordermap raises on purpose.
    Nothing here prints or exits; notes on how files were read go to the
    ``bordermap.notes`` logger.

The names are imported when first used, so ``import bordermap`` (which every
``import bordermap.geo...`` runs first) stays as light as the command line needs.
"""

from __future__ import annotations

import importlib

from bordermap.geo import __version__
from bordermap.geo.errors import BorderMapError

#: Public name → the module of the face that defines it.
_HOMES = {
    "read_events": "bordermap._events",
    "resolve": "bordermap._events",
    "join_borders": "bordermap._events",
    "geocode": "bordermap._events",
    "make_map": "bordermap._maps",
    "save_map": "bordermap._maps",
    "load_recipe": "bordermap._recipes",
    "build": "bordermap._recipes",
    "report": "bordermap._recipes",
    "export": "bordermap._recipes",
}

__all__ = ["BorderMapError", "__version__", *_HOMES]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'bordermap' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
