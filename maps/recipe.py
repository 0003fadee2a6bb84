"""Map recipes: TOML files saying what a map shows, checked on load.

A recipe names its events files, its region of interest (countries or a bounding
box), its basemap, its layers and, optionally, the geocoder chain that resolves its
places (a ``[geocoder]`` table, see :mod:`bordermap.geo.online.chain_settings`).  Every
table accepts only the keys listed in :data:`VALID_KEYS`; an unknown key is an error
that lists the valid ones, so a typo never silently drops a layer.

Example
-------
::

    title = "Latvia–Belarus border"
    events = ["../data/events/blitz-2026-01-17-latvia-belarus.yaml"]

    [region]
    countries = ["LV", "BY"]

    [layers.borders]
    pairs = ["BY-LV"]
    zones_km = [5, 15, 30]

A recipe for someone's own spreadsheet also says how to read it: ``date_order``,
``delimiter``, ``sheet``, a ``[columns]`` table (header → field), a ``[defaults]``
table (field → value for events that leave it empty) and a ``[categories]`` table
extending or replacing the category vocabulary::

    events = ["incidents.xlsx"]
    date_order = "DMY"

    [columns]
    "What happened" = "title"

    [defaults]
    source_name = "State Border Guard"

    [categories.drone_incursion]
    label = "Drone incursion"
    colour = "#332288"
    description = "A drone crossing into the country's airspace."
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from bordermap.geo.errors import BorderMapError, RecipeError
from bordermap.geo.events.categories import vocabulary_from_mapping
from bordermap.geo.events.read_options import ReadOptions, ReadOptionsError, parse_delimiter
from bordermap.geo.online.chain_settings import GeocoderSettings, settings_from_mapping
from bordermap.layers.basemap import tile_provider
from bordermap.layers.compactevents import DEFAULT_COMPACT_THRESHOLD

#: Valid keys of each table ("" is the top level).
VALID_KEYS: dict[str, tuple[str, ...]] = {
    "": (
        "title",
        "description",
        "events",
        "output",
        "region",
        "basemap",
        "layers",
        "geocoder",
        "columns",
        "defaults",
        "date_order",
        "delimiter",
        "sheet",
        "categories",
    ),
    "region": ("countries", "bbox"),
    "basemap": ("tiles",),
    "layers": ("borders", "regions", "events", "heat", "time_filter"),
    "layers.borders": ("enabled", "pairs", "zones_km"),
    "layers.regions": ("enabled", "codes", "countries"),
    "layers.events": ("enabled", "cluster", "colour_by", "compact_threshold"),
    "layers.heat": ("enabled", "radius"),
    "layers.time_filter": ("enabled",),
}

_ISO2 = re.compile(r"^[A-Z]{2}$")
_PAIR = re.compile(r"^[A-Z]{2}-[A-Z]{2}$")
_REGION_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_OUTPUT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.html$")


@dataclass(frozen=True)
class BordersOptions:
    """Border lines and buffer zones; ``pairs`` like ``"BY-LV"`` (sorted ISO pair)."""

    enabled: bool = True
    pairs: tuple[str, ...] = ()
    zones_km: tuple[float, ...] = ()


@dataclass(frozen=True)
class RegionsOptions:
    """Admin-1 outlines, chosen by ISO 3166-2 ``codes`` and/or whole ``countries``."""

    enabled: bool = False
    codes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventsOptions:
    """How events are drawn."""

    enabled: bool = True
    cluster: bool = True
    colour_by: str = "category"
    #: Above this many point-like events the map draws them in compact mode.
    compact_threshold: int = DEFAULT_COMPACT_THRESHOLD


@dataclass(frozen=True)
class HeatOptions:
    """Optional heat layer of point-like events (off unless asked)."""

    enabled: bool = False
    radius: int = 25


@dataclass(frozen=True)
class Recipe:
    """A checked recipe.  Paths are absolute (resolved against the recipe's folder)."""

    path: Path
    title: str
    description: str = ""
    events: tuple[Path, ...] = ()
    output: str = ""
    countries: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    tiles: tuple[str, ...] = ()
    borders: BordersOptions = field(default_factory=BordersOptions)
    regions: RegionsOptions = field(default_factory=RegionsOptions)
    events_layer: EventsOptions = field(default_factory=EventsOptions)
    heat: HeatOptions = field(default_factory=HeatOptions)
    time_filter: bool = True
    geocoder: GeocoderSettings = field(default_factory=GeocoderSettings)
    #: How to read the events files (columns, defaults, dates, categories).
    reading: ReadOptions = field(default_factory=ReadOptions)

    @property
    def output_name(self) -> str:
        """File name of the map: ``output`` if given, else ``<recipe stem>.html``."""
        return self.output or f"{self.path.stem}.html"


class _Checker:
    """Collects the context (file, key) of every error message."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, message: str, value: object = ...) -> RecipeError:
        got = "" if value is ... else f" (got {value!r})"
        return RecipeError(f"{self.path}: {key}: {message}{got}")

    def table(self, doc: object, key: str) -> dict:
        if not isinstance(doc, dict):
            raise self.fail(key or "-", "must be a table", doc)
        valid = VALID_KEYS[key]
        unknown = sorted(set(doc) - set(valid))
        if unknown:
            where = f"{key}." if key else ""
            raise self.fail(
                ", ".join(where + name for name in unknown),
                f"unknown key; valid keys{' of [' + key + ']' if key else ''} are "
                + ", ".join(valid),
            )
        return doc

    def boolean(self, doc: dict, key: str, name: str, default: bool) -> bool:
        value = doc.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key}.{name}", "must be true or false", value)
        return value

    def text(self, doc: dict, key: str, name: str, default: str = "") -> str:
        value = doc.get(name, default)
        if not isinstance(value, str):
            raise self.fail(f"{key}{'.' if key else ''}{name}", "must be a string", value)
        return value

    def strings(
        self, doc: dict, key: str, name: str, pattern: re.Pattern[str], hint: str
    ) -> tuple[str, ...]:
        value = doc.get(name, [])
        where = f"{key}.{name}"
        if not isinstance(value, list):
            raise self.fail(where, f"must be a list of {hint}", value)
        for item in value:
            if not isinstance(item, str) or not pattern.match(item):
                raise self.fail(where, f"each entry must be {hint}", item)
        return tuple(value)

    def numbers(self, doc: dict, key: str, name: str) -> tuple[float, ...]:
        value = doc.get(name, [])
        where = f"{key}.{name}"
        if not isinstance(value, list) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and v > 0 for v in value
        ):
            raise self.fail(where, "must be a list of positive numbers (km)", value)
        return tuple(float(v) for v in value)


def load_recipe(path: str | Path) -> Recipe:
    """Read and check a recipe.

    Parameters
    ----------
    path : path-like
        The TOML recipe.  Relative ``events`` paths are taken from its folder.

    Returns
    -------
    Recipe

    Raises
    ------
    RecipeError
        Naming the file and key, for a missing file, bad TOML, an unknown key (the
        valid keys are listed) or a bad value.
    """
    recipe_path = Path(path)
    check = _Checker(recipe_path)
    doc = check.table(_read_toml(recipe_path), "")
    # The checks run in a fixed order, so a recipe with several mistakes is always
    # told about the same one first: top level, region, basemap, layers, geocoder,
    # reading, then the switches and lists read while the Recipe is made.
    title = _title(doc, check)
    events = _event_paths(doc, recipe_path, check)
    output = _output(doc, check)
    countries, bbox = _region(doc, check)
    tiles = _tiles(doc, check)
    layers = _layer_tables(doc, check)
    pairs = _border_pairs(layers["borders"], check)
    colour_by = _colour_by(layers["events"], check)
    compact_threshold = _compact_threshold(layers["events"], check)
    radius = _heat_radius(layers["heat"], check)
    geocoder = _geocoder(doc, check)
    reading = _reading(doc, check)
    return Recipe(
        path=recipe_path,
        title=title,
        description=check.text(doc, "", "description"),
        events=events,
        output=output,
        countries=countries,
        bbox=bbox,
        tiles=tiles,
        borders=_borders(layers["borders"], pairs, check),
        regions=_regions(layers["regions"], check),
        events_layer=_events_layer(
            layers["events"], check, colour_by=colour_by, compact_threshold=compact_threshold
        ),
        heat=HeatOptions(
            enabled=check.boolean(layers["heat"], "layers.heat", "enabled", bool(layers["heat"])),
            radius=radius,
        ),
        time_filter=check.boolean(layers["time_filter"], "layers.time_filter", "enabled", True),
        geocoder=geocoder,
        reading=reading,
    )


def _read_toml(path: Path) -> dict:
    """The recipe's TOML document; a missing file or bad TOML is a RecipeError."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as err:
        raise RecipeError(f"{path}: recipe not found") from err
    except tomllib.TOMLDecodeError as err:
        raise RecipeError(f"{path}: not valid TOML: {err}") from err


# --- the top level ---------------------------------------------------------------


def _title(doc: dict, check: _Checker) -> str:
    title = check.text(doc, "", "title")
    if not title.strip():
        raise check.fail("title", "a map needs a title")
    return title


def _event_paths(doc: dict, recipe_path: Path, check: _Checker) -> tuple[Path, ...]:
    """The events files, resolved against the recipe's folder."""
    events_value = doc.get("events", [])
    if not isinstance(events_value, list) or not all(isinstance(e, str) for e in events_value):
        raise check.fail("events", "must be a list of event file paths", events_value)
    return tuple((recipe_path.parent / e).resolve() for e in events_value)


def _output(doc: dict, check: _Checker) -> str:
    # A plain name: the map is written into the chosen folder, never beside it.
    output = check.text(doc, "", "output")
    if output and not _OUTPUT.match(output):
        raise check.fail("output", "must be a plain file name ending in .html", output)
    return output


def _region(
    doc: dict, check: _Checker
) -> tuple[tuple[str, ...], tuple[float, float, float, float] | None]:
    """The ``[region]`` table: its ``countries`` and its ``bbox`` (None if not given)."""
    region = check.table(doc.get("region", {}), "region")
    countries = check.strings(
        region, "region", "countries", _ISO2, "an ISO alpha-2 code like 'LV'"
    )
    bbox = None
    if "bbox" in region:
        value = region["bbox"]
        ok = (
            isinstance(value, list)
            and len(value) == 4
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        )
        if not ok or not (-180 <= value[0] < value[2] <= 180 and -90 <= value[1] < value[3] <= 90):
            raise check.fail(
                "region.bbox", "must be [west, south, east, north] in degrees, west < east", value
            )
        bbox = tuple(float(v) for v in value)
    return countries, bbox


def _tiles(doc: dict, check: _Checker) -> tuple[str, ...]:
    """The ``[basemap]`` tiles: xyzservices names, one or a list, each known."""
    basemap = check.table(doc.get("basemap", {}), "basemap")
    tiles_value = basemap.get("tiles", [])
    if isinstance(tiles_value, str):
        tiles_value = [tiles_value]
    if not isinstance(tiles_value, list) or not all(isinstance(t, str) for t in tiles_value):
        raise check.fail("basemap.tiles", "must be xyzservices provider names", tiles_value)
    for name in tiles_value:
        try:
            tile_provider(name)
        except RecipeError as err:
            raise check.fail("basemap.tiles", str(err)) from err
    return tuple(tiles_value)


def _geocoder(doc: dict, check: _Checker) -> GeocoderSettings:
    geocoder_table = doc.get("geocoder", {})
    if not isinstance(geocoder_table, dict):
        raise check.fail("geocoder", "must be a table", geocoder_table)
    # The geocoder table belongs to the geocoder chain, which checks its own keys.
    return settings_from_mapping(geocoder_table, where=f"{check.path} [geocoder]")


# --- the layers ------------------------------------------------------------------


def _layer_tables(doc: dict, check: _Checker) -> dict[str, dict]:
    """The ``[layers.*]`` tables by layer name, each checked for unknown keys."""
    layers = check.table(doc.get("layers", {}), "layers")
    return {
        name: check.table(layers.get(name, {}), f"layers.{name}")
        for name in ("borders", "regions", "events", "heat", "time_filter")
    }


def _border_pairs(borders_doc: dict, check: _Checker) -> tuple[str, ...]:
    # One spelling per border, so "LV-BY" and "BY-LV" never draw it twice.
    pairs = check.strings(borders_doc, "layers.borders", "pairs", _PAIR, "a pair like 'BY-LV'")
    for pair in pairs:
        a, b = pair.split("-")
        if a >= b:
            raise check.fail(
                "layers.borders.pairs",
                f"write the pair sorted, as '{min(a, b)}-{max(a, b)}'",
                pair,
            )
    return pairs


def _colour_by(events_doc: dict, check: _Checker) -> str:
    colour_by = check.text(events_doc, "layers.events", "colour_by", "category")
    if colour_by not in ("category", "status"):
        raise check.fail("layers.events.colour_by", "must be 'category' or 'status'", colour_by)
    return colour_by


def _compact_threshold(events_doc: dict, check: _Checker) -> int:
    compact_threshold = events_doc.get("compact_threshold", DEFAULT_COMPACT_THRESHOLD)
    if (
        not isinstance(compact_threshold, int)
        or isinstance(compact_threshold, bool)
        or compact_threshold < 0
    ):
        raise check.fail(
            "layers.events.compact_threshold",
            "must be a whole number of events, 0 or more (above it the map draws events "
            "in compact mode)",
            compact_threshold,
        )
    return compact_threshold


def _heat_radius(heat_doc: dict, check: _Checker) -> int:
    radius = heat_doc.get("radius", 25)
    if not isinstance(radius, int) or isinstance(radius, bool) or not 1 <= radius <= 200:
        raise check.fail(
            "layers.heat.radius", "must be a whole number of pixels, 1 to 200", radius
        )
    return radius


def _borders(borders_doc: dict, pairs: tuple[str, ...], check: _Checker) -> BordersOptions:
    return BordersOptions(
        enabled=check.boolean(borders_doc, "layers.borders", "enabled", True),
        pairs=pairs,
        zones_km=check.numbers(borders_doc, "layers.borders", "zones_km"),
    )


def _regions(regions_doc: dict, check: _Checker) -> RegionsOptions:
    # A [layers.regions] table that names anything turns the layer on.
    return RegionsOptions(
        enabled=check.boolean(regions_doc, "layers.regions", "enabled", bool(regions_doc)),
        codes=check.strings(
            regions_doc,
            "layers.regions",
            "codes",
            _REGION_CODE,
            "an ISO 3166-2 code like 'BY-VI'",
        ),
        countries=check.strings(
            regions_doc, "layers.regions", "countries", _ISO2, "an ISO alpha-2 code like 'BY'"
        ),
    )


def _events_layer(
    events_doc: dict, check: _Checker, *, colour_by: str, compact_threshold: int
) -> EventsOptions:
    return EventsOptions(
        enabled=check.boolean(events_doc, "layers.events", "enabled", True),
        cluster=check.boolean(events_doc, "layers.events", "cluster", True),
        colour_by=colour_by,
        compact_threshold=compact_threshold,
    )


# --- how to read the events files -------------------------------------------------


def _text_table(doc: dict, key: str, check: _Checker) -> dict[str, str]:
    value = doc.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise check.fail(key, 'must be a table of text values (NAME = "value")', value)
    return value


def _reading(doc: dict, check: _Checker) -> ReadOptions:
    """The recipe's reading settings, checked."""
    columns = _text_table(doc, "columns", check)
    defaults = _text_table(doc, "defaults", check)
    date_order = doc.get("date_order")
    delimiter = doc.get("delimiter")
    sheet = doc.get("sheet")
    for name, value in (("date_order", date_order), ("delimiter", delimiter), ("sheet", sheet)):
        if value is not None and not isinstance(value, str):
            raise check.fail(name, "must be a string", value)
    categories_doc = doc.get("categories")
    if categories_doc is not None and not isinstance(categories_doc, dict):
        raise check.fail(
            "categories", "must be a table of [categories.<key>] tables", categories_doc
        )
    try:
        categories = (
            vocabulary_from_mapping(categories_doc, where=f"{check.path}: categories")
            if categories_doc is not None
            else None
        )
        return ReadOptions(
            columns=columns,
            defaults=defaults,
            date_order=date_order.upper() if date_order else None,
            delimiter=parse_delimiter(delimiter),
            sheet=sheet,
            categories=categories,
        )
    except ReadOptionsError as err:
        raise RecipeError(f"{check.path}: {err}") from err
    except BorderMapError as err:
        raise RecipeError(str(err)) from err
