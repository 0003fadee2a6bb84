"""Events as compact columns for maps with too many events for one element each.

A map of 100,000 events cannot carry 100,000 GeoJSON features, markers and popup
HTML strings.  :func:`compact_events` turns resolved events into columns of small
integers instead:

* positions quantised to 1e-5 degree (about a metre) and delta-encoded, in a
  space-filling-curve order so neighbouring events have small deltas;
* one ``look`` code per event into a short table of drawings (point, circle of
  uncertainty or shared extent, with colour and status);
* dates as day numbers from the first date and a span in days;
* every popup text as an index into a deduplicated table per field, so the
  thousand events at one settlement or on one border share their strings.

The page rebuilds each popup from these columns with DOM text nodes (see
``templates/compact_events.js``).  Vague places keep their honesty: border, region
and country events point at a shared extent, drawn once with its count; "near"
events keep their circle.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from bordermap.geo import schema
from bordermap.geo.events.categories import Category
from bordermap.geo.events.validation import split_source_list
from bordermap.layers.datetext import date_in_words
from bordermap.layers.events import EXTENT_SIMPLIFY_DEG, UnplacedEvent
from bordermap.layers.facets import event_facet
from bordermap.layers.geojson import DECIMALS, to_geojson_geometry
from bordermap.layers.popups import (
    border_context,
    border_words,
    place_context,
    place_words,
    reported_text,
    sources,
    status_text,
)
from bordermap.layers.scriptjson import to_script_json
from bordermap.layers.styles import (
    FALLBACK_COLOUR,
    MIXED_COLOUR,
    PRECISION_DRAWING,
    STATUS_COLOURS,
    STATUS_STYLES,
    shape_style,
)

#: Popup fields, in the order the page shows them.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "category",
    "when",
    "reported",
    "where",
    "border",
    "status",
    "actors",
    "description",
    "sources",
)
#: The columns each filter value of an event is read from (see
#: bordermap.layers.facets.event_facet): each value is worked out once per distinct
#: combination of its own columns, not of all of them, since the source dates alone
#: make almost every event's combination of all columns distinct.
FACET_SOURCES: dict[str, tuple[str, ...]] = {
    "category": (schema.CATEGORY,),
    "status": (schema.STATUS,),
    "actor": (schema.ACTORS, schema.CLAIMED_BY, schema.DENIED_BY),
    "tag": (schema.TAGS,),
    # The publishers: split_sources makes one source per name, so links and dates
    # (a date nearly per event) change nothing here.
    "source": (schema.SOURCE_NAME,),
}
#: Columns the filter values of an event come from.
FACET_COLUMNS: tuple[str, ...] = tuple(c for names in FACET_SOURCES.values() for c in names)
_SCALE = 10**DECIMALS
#: Bits per axis of the Morton order that sorts events (4,096 cells per axis).
_ORDER_BITS = 12


@dataclass(frozen=True)
class CompactEvents:
    """Placed events as columns, plus what the map cannot draw.

    Attributes
    ----------
    data : dict
        Columns and tables: ``count``, ``lat`` / ``lon`` (delta-encoded integers of
        1e-5 degree), ``look`` (index into ``looks``), ``start`` (day
        number from ``origin``, -1 when undated), ``span`` (days from start to end),
        ``text`` (field → index column) and ``strings`` (field → table), ``looks``,
        ``extents`` (GeoJSON geometry, style, precision, label point) and ``origin``
        (ISO date of day 0), ``facet`` (index into ``facets``, the distinct filter
        values of :func:`bordermap.layers.facets.event_facet`).  The integer columns
        (``lat``, ``lon``, ``look``, ``start``, ``span``, ``facet`` and each of
        ``text``) are NumPy int64 arrays, one value per event; the rest is JSON-ready.
    unplaced : list of UnplacedEvent
        Events not resolved to a place, in input order.
    point_like : int
        Number of events drawn as points (exact or settlement precision).
    """

    data: dict
    unplaced: list[UnplacedEvent]
    point_like: int

    @property
    def placed(self) -> int:
        """Number of events on the map."""
        return int(self.data["count"])


def point_like_count(events: gpd.GeoDataFrame) -> int:
    """Return how many events a map would draw as points (placed, exact or settlement).

    This is the number a map compares with its compact threshold.
    """
    placed = _placed_mask(events)
    # Each distinct precision looked up once, the events then counted by their codes.
    codes, texts = _string_codes(events, schema.PRECISION, empty="settlement")
    point = np.array([PRECISION_DRAWING.get(t, "circle") == "point" for t in texts.tolist()])
    return int((point[codes] & placed).sum())


def compact_events(
    events: gpd.GeoDataFrame,
    *,
    categories: dict[str, Category],
    colour_by: str = "category",
) -> CompactEvents:
    """Turn resolved events into the compact columns the page draws.

    Parameters
    ----------
    events : GeoDataFrame
        Resolved events (see :mod:`bordermap.geo.schema`), EPSG:4326.  Not modified.
    categories : dict of str to Category
        The category vocabulary (colours and labels).
    colour_by : {"category", "status"}, optional
        What the colour of an event says.

    Returns
    -------
    CompactEvents
        The same events give the same data, whatever their row index.
    """
    placed_mask = _placed_mask(events)
    unplaced = _unplaced(events[~placed_mask])
    frame = events[placed_mask]
    count = len(frame)

    geometry = frame.geometry.values
    not_point = shapely.get_type_id(geometry) != 0
    if not_point.any():
        geometry = geometry.copy()
        geometry[not_point] = shapely.point_on_surface(geometry[not_point])
    lon = np.round(shapely.get_x(geometry) * _SCALE).astype(np.int64)
    lat = np.round(shapely.get_y(geometry) * _SCALE).astype(np.int64)

    # Neighbours next to each other: small position deltas, long runs of equal codes.
    # The frame itself is not reordered (a copy of every column): each column read is
    # coded once, its codes taken in this order (see _Columns), and the drawings, popup
    # texts, filter values and dates all share those codes.
    order = np.lexsort((np.arange(count), _morton(lon, lat)))
    lon, lat = lon[order], lat[order]
    columns = _Columns(frame, order)

    status_codes, status_texts = columns.texts(schema.STATUS)
    category_codes, category_texts = columns.texts(schema.CATEGORY)
    precision_codes, precision_texts = columns.texts(schema.PRECISION, empty="settlement")
    if colour_by == "status":
        colour_codes, colours = _looked_up(
            status_codes, status_texts, STATUS_COLOURS, FALLBACK_COLOUR
        )
    else:
        table = {key: c.colour for key, c in categories.items()}
        colour_codes, colours = _looked_up(category_codes, category_texts, table, FALLBACK_COLOUR)
    drawing_codes, drawings = _looked_up(
        precision_codes, precision_texts, PRECISION_DRAWING, "circle"
    )
    status = status_texts[status_codes]
    precision = precision_texts[precision_codes]
    colour = colours[colour_codes]

    # Extents are numbered in the frame's order, as the events come.
    back = np.empty(count, dtype=np.intp)
    back[order] = np.arange(count)
    extent_of, extents = _extents(
        frame, drawings[drawing_codes][back].tolist(), precision[back].tolist()
    )
    extent_of = extent_of[order]
    # No area to draw: a circle of uncertainty is the honest fallback.
    drawing_codes, drawings = _with_circles(drawing_codes, drawings, extent_of)
    drawing = drawings[drawing_codes]
    radius = _radius_m(frame)[order]

    look_codes, looks = _looks(
        (drawing, colour, status, precision),
        (drawing_codes, colour_codes, status_codes, precision_codes),
        radius,
        extent_of,
    )
    _style_extents(extents, extent_of, drawing, colour, status)

    start, span, origin = _days(columns)
    text, strings = _texts(columns, categories)
    facet_codes, facet_table = _facets(columns)
    data = {
        "count": count,
        "lat": _delta(lat),
        "lon": _delta(lon),
        "look": look_codes,
        "looks": looks,
        "start": start,
        "span": span,
        "origin": origin,
        "text": text,
        "strings": strings,
        "extents": extents,
        "facet": facet_codes,
        "facets": facet_table,
    }
    point_like = int(np.count_nonzero(drawing == "point"))
    return CompactEvents(data, unplaced, point_like)


def _strings(frame: pd.DataFrame, column: str, empty: str = "") -> pd.Series:
    """Return each value's stripped text, ``empty`` for a missing or blank one."""
    codes, texts = _string_codes(frame, column, empty)
    return pd.Series(texts[codes], index=frame.index, dtype=object)


def _string_codes(
    frame: pd.DataFrame, column: str, empty: str = ""
) -> tuple[np.ndarray, np.ndarray]:
    """Return a code per row and the text of each code, as :func:`_strings` gives them.

    Several codes may have one text (" a" and "a").
    """
    if column not in frame:
        return np.zeros(len(frame), dtype=np.intp), np.array([empty], dtype=object)
    values = frame[column]
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    if all(type(v) is str or _value(v) is None for v in uniques):
        # Text and gaps only: equal values are equal texts, so strip each distinct one.
        texts = np.array(
            [(v.strip() if type(v) is str else "") or empty for v in uniques] + [empty],
            dtype=object,
        )
        return codes, texts
    if values.dtype != object:
        strings = values.map(_text).astype(object)
    else:
        # Text columns: missing values become "", the rest their stripped text.
        strings = values.where(values.notna(), "").astype(str).str.strip().astype(object)
    codes, uniques = pd.factorize(strings.replace("", empty) if empty else strings)
    return codes, np.asarray(uniques, dtype=object)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _stripped_text(value: object) -> str:
    """:func:`_text` of a value of :class:`_Columns`; ``pd.NA`` is missing too, as
    :func:`_strings` has it."""
    if type(value) is str:
        return value.strip()
    return "" if value is pd.NA else _text(value)


def _placed_mask(events: gpd.GeoDataFrame) -> np.ndarray:
    geometry = events.geometry.values
    drawable = ~(shapely.is_missing(geometry) | shapely.is_empty(geometry))
    # Each distinct status compared once, as _strings would give it each event.
    codes, texts = _string_codes(events, schema.RESOLVE_STATUS, empty="resolved")
    return (texts == "resolved")[codes] & drawable


def _unplaced(frame: pd.DataFrame) -> list[UnplacedEvent]:
    return [
        UnplacedEvent(
            ident,
            title,
            place,
            "ambiguous place" if status == "ambiguous" else "place not found",
        )
        for ident, title, place, status in zip(
            _strings(frame, schema.ID),
            _strings(frame, schema.TITLE),
            _strings(frame, schema.PLACE),
            _strings(frame, schema.RESOLVE_STATUS),
            strict=True,
        )
    ]


def _extents(
    frame: pd.DataFrame, drawing: list[str], precision: list[str]
) -> tuple[np.ndarray, list[dict]]:
    """Return each event's extent index (-1 for none) and the distinct extents."""
    extent_of = np.full(len(frame), -1, dtype=np.int64)
    extents: list[dict] = []
    by_key: dict[tuple[bytes, float], int] = {}
    # Resolved events on one border or region usually share one geometry object;
    # look each object up once before comparing by value.
    by_object: dict[tuple[int, float], int] = {}
    areas: list[float] = []
    shapes = frame[schema.EXTENT].to_numpy() if schema.EXTENT in frame else [None] * len(frame)
    for i, kind in enumerate(drawing):
        if kind != "extent":
            continue
        shape = shapes[i]
        if shape is None or shape.is_empty:
            continue
        tolerance = EXTENT_SIMPLIFY_DEG.get(precision[i], 0.002)
        object_key = (id(shape), tolerance)
        if object_key not in by_object:
            key = (shapely.to_wkb(shape), tolerance)
            if key not in by_key:
                geometry = to_geojson_geometry(shape, simplify_deg=tolerance)
                drawable = geometry is not None and geometry["type"] not in ("Point", "MultiPoint")
                by_key[key] = len(extents) if drawable else -1
                if drawable:
                    areas.append(float(shapely.area(shape)))
                    label = shapely.point_on_surface(shape)
                    extents.append(
                        {
                            "geometry": geometry,
                            "precision": precision[i],
                            "label": [
                                round(float(label.y), DECIMALS),
                                round(float(label.x), DECIMALS),
                            ],
                        }
                    )
            by_object[object_key] = by_key[key]
        extent_of[i] = by_object[object_key]
    # Larger extents first (underneath), so smaller ones stay clickable on top.
    order = sorted(range(len(extents)), key=lambda k: (-areas[k], k))
    rank = np.empty(len(extents) + 1, dtype=np.int64)
    rank[order] = np.arange(len(extents))
    rank[-1] = -1
    return rank[extent_of], [extents[k] for k in order]


def _looked_up(
    codes: np.ndarray, texts: np.ndarray, table: dict[str, str], missing: str
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``table[text]``, or ``missing``, of each event as a code into the distinct
    results, and those results: one look-up per distinct text, no text hashed per event.

    ``codes`` index ``texts``, the column's distinct texts (see :meth:`_Columns.texts`).
    """
    results = np.array([table.get(text, missing) for text in texts.tolist()], dtype=object)
    numbers, distinct = pd.factorize(results)
    return numbers[codes], np.asarray(distinct, dtype=object)


def _with_circles(
    codes: np.ndarray, drawings: np.ndarray, extent_of: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Draw as a circle each event drawn as an extent that has none (``extent_of`` -1).

    ``codes`` index the distinct drawings ``drawings``; returns both, "circle" added to
    the drawings when they lack it.
    """
    extent = np.flatnonzero(drawings == "extent")
    if not len(extent):
        return codes, drawings
    lacking = (codes == extent[0]) & (extent_of < 0)
    if not lacking.any():
        return codes, drawings
    circle = np.flatnonzero(drawings == "circle")
    if not len(circle):
        drawings = np.append(drawings, np.array(["circle"], dtype=object))
        circle = [len(drawings) - 1]
    codes = codes.copy()
    codes[lacking] = circle[0]
    return codes, drawings


def _looks(
    texts: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    codes: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    radius: np.ndarray,
    extent_of: np.ndarray,
) -> tuple[np.ndarray, list[dict]]:
    """Return each event's code into the distinct looks, in order of first appearance.

    ``texts`` are each event's drawing, colour, status and precision; ``codes`` number
    them alike (equal texts, equal codes; each code at least 0), so events are grouped
    by their small integers rather than by hashing their texts.
    """
    drawing, colour, status, precision = texts
    extent = drawing == "extent"
    circle = drawing == "circle"
    # An extent's look is its index alone: colour and status go to the extent's style.
    plain = [codes[0], *(np.where(extent, 0, part + 1) for part in codes[1:])]
    key = _combined(
        [
            *plain,
            pd.factorize(np.where(circle, radius, 0.0))[0],
            np.where(extent, extent_of, -1) + 1,
        ],
        len(drawing),
    )
    first = _first_rows(key)
    looks = [
        _look(
            str(drawing[i]),
            "" if extent[i] else str(colour[i]),
            "" if extent[i] else str(status[i]),
            "" if extent[i] else str(precision[i]),
            float(radius[i]) if circle[i] else 0.0,
            int(extent_of[i]) if extent[i] else -1,
        )
        for i in first.tolist()
    ]
    return key, looks


def _style_extents(
    extents: list[dict],
    extent_of: np.ndarray,
    drawing: np.ndarray,
    colour: np.ndarray,
    status: np.ndarray,
) -> None:
    # An extent drawn once stands for all its events: their colour when they agree,
    # grey when not; solid only when every one of them is confirmed.
    colours: list[set[str]] = [set() for _ in extents]
    statuses: list[set[str]] = [set() for _ in extents]
    for i in np.flatnonzero(drawing == "extent").tolist():
        colours[extent_of[i]].add(colour[i])
        statuses[extent_of[i]].add(status[i])
    for extent, used, states in zip(extents, colours, statuses, strict=True):
        shown = next(iter(used)) if len(used) == 1 else MIXED_COLOUR
        state = next(iter(states)) if len(states) == 1 else "alleged"
        extent["style"] = shape_style(shown, state, extent["precision"])


def _radius_m(frame: pd.DataFrame) -> np.ndarray:
    if schema.UNCERTAINTY_KM not in frame:
        return np.full(len(frame), schema.NEAR_RADIUS_KM * 1000.0)
    km = pd.to_numeric(frame[schema.UNCERTAINTY_KM], errors="coerce").to_numpy(dtype=float)
    km = np.where(np.isfinite(km) & (km > 0), km, schema.NEAR_RADIUS_KM)
    return np.round(km * 1000.0, 1)


def _look(kind: str, colour: str, status: str, precision: str, radius: float, extent: int) -> dict:
    if kind == "extent":
        return {"kind": kind, "extent": extent}
    look = STATUS_STYLES.get(status, STATUS_STYLES["alleged"])
    result: dict[str, object] = {
        "kind": kind,
        "colour": colour,
        "filled": look.filled,
        # The ring of a point, as point_icon_html draws it in the DOM.
        "border": "dashed" if look.dash == "2 4" else ("dotted" if look.marked else "solid"),
        "marked": look.marked,
    }
    if kind == "circle":
        result["radius"] = radius
        result["style"] = shape_style(colour, status, precision)
    return result


def _morton(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Return the Z-order of each position on a grid over the events' bounds."""
    if not len(lon):
        return np.zeros(0, dtype=np.int64)
    cells = (1 << _ORDER_BITS) - 1

    def scaled(values: np.ndarray) -> np.ndarray:
        low, high = int(values.min()), int(values.max())
        return ((values - low) * cells // max(high - low, 1)).astype(np.int64)

    x, y = scaled(lon), scaled(lat)
    code = np.zeros(len(lon), dtype=np.int64)
    for bit in range(_ORDER_BITS):
        code |= ((x >> bit) & 1) << (2 * bit)
        code |= ((y >> bit) & 1) << (2 * bit + 1)
    return code


def _delta(values: np.ndarray) -> np.ndarray:
    return np.diff(values, prepend=0) if len(values) else np.zeros(0, dtype=np.int64)


def _day_numbers(columns: _Columns, column: str) -> tuple[np.ndarray, np.ndarray]:
    """Return each event's date as days from 1970-01-01, and whether it has one."""
    codes, texts = columns.texts(column)
    # Thousands of events share a day: parse each distinct text once.
    parsed = pd.to_datetime(pd.Series(texts, dtype=object), format="%Y-%m-%d", errors="coerce")
    valid = parsed.notna().to_numpy()
    days = np.where(valid, parsed.to_numpy().astype("datetime64[D]").astype(np.int64), 0)
    return days[codes], valid[codes]


def _days(columns: _Columns) -> tuple[np.ndarray, np.ndarray, str]:
    """Return the start day and span of each event, in the order of ``columns``."""
    start, dated = _day_numbers(columns, schema.DATE_START)
    end, ended = _day_numbers(columns, schema.DATE_END)
    if not dated.any():
        count = columns.count
        return np.full(count, -1, dtype=np.int64), np.zeros(count, np.int64), ""
    # No end: the event lasts its start day.
    end = np.where(ended, end, start)
    origin = int(start[dated].min())
    return (
        np.where(dated, start - origin, -1),
        np.where(dated, end - start, 0),
        np.datetime64(origin, "D").item().isoformat(),
    )


class _Columns:
    """The columns of a frame, each factorised once: a code per event, distinct values.

    Several popup fields and filter values read the same columns (status, precision,
    the claimants); each column is hashed once for all of them.  The events are those
    at ``order`` (positions in ``frame``), in that order: codes are taken in it rather
    than the frame copied in it.
    """

    def __init__(self, frame: pd.DataFrame, order: np.ndarray) -> None:
        self.frame = frame
        self.order = order
        self.count = len(order)
        self._coded: dict[str, tuple[np.ndarray, list | None]] = {}

    def coded(self, column: str) -> tuple[np.ndarray, list | None]:
        """Return each event's code for the column's value, and the value of each code.

        Codes number the distinct values by first appearance; a missing value (None,
        NaN) is None.  The values are None when the frame lacks the column.
        """
        if column not in self._coded:
            if column not in self.frame:
                self._coded[column] = (np.zeros(self.count, dtype=np.int64), None)
            else:
                # Missing values (None, NaN) form one group, as the popup texts see them
                # alike: code -1 here, a code of its own once renumbered (integers have
                # no missing value).
                series = self.frame[column]
                codes, _ = pd.factorize(series)
                codes, _ = pd.factorize(codes[self.order])
                codes = codes.astype(np.int64, copy=False)
                # The value of each code is that of its first event.
                first = self.order[_first_rows(codes)]
                values = [
                    v if type(v) is str else _value(v)
                    for v in series.iloc[first].to_numpy().tolist()
                ]
                self._coded[column] = (codes, values)
        return self._coded[column]

    def values(self, column: str) -> list:
        """Return the value of each code of the column (see :meth:`coded`), in code order."""
        codes, values = self.coded(column)
        return [None] * (int(codes.max()) + 1 if len(codes) else 0) if values is None else values

    def values_at(self, column: str, rows: np.ndarray) -> list:
        """Return the column's values at ``rows``, missing ones as None."""
        codes, values = self.coded(column)
        if values is None:
            return [None] * len(rows)
        return [values[k] for k in codes[rows].tolist()]

    def texts(self, column: str, empty: str = "") -> tuple[np.ndarray, np.ndarray]:
        """Return each event's code for the column's text, and the distinct texts.

        A text is the value stripped, ``empty`` for a missing or blank value, as
        :func:`_strings` gives it; equal texts have one code.
        """
        codes, values = self.coded(column)
        if values is None:
            return codes, np.array([empty], dtype=object)
        texts = np.array([_stripped_text(v) or empty for v in values], dtype=object)
        numbers, distinct = pd.factorize(texts)
        return numbers[codes], np.asarray(distinct, dtype=object)


def _combined(codes: Sequence[np.ndarray], count: int) -> np.ndarray:
    """Return one code per event for its combination of ``codes``, in order of first appearance."""
    combined = np.zeros(count, dtype=np.int64)
    bound = 1  # every combined code is below it
    for part in codes:
        size = int(part.max()) + 1 if len(part) else 1
        if bound * size > 2**62:
            # Renumber before the product outgrows 64 bits; otherwise hash once at the end.
            combined, _ = pd.factorize(combined)
            bound = int(combined.max()) + 1 if len(combined) else 1
        combined = combined * size + part
        bound *= size
    combined, _ = pd.factorize(combined)
    return combined.astype(np.int64, copy=False)


def _first_rows(codes: np.ndarray) -> np.ndarray:
    """Return the first event of each code, for dense codes numbered by first appearance."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    # Numbered by first appearance, a code is new exactly where it exceeds all before it.
    before = np.maximum.accumulate(np.concatenate(([-1], codes[:-1])))
    return np.flatnonzero(codes > before)


def _hashable(value: object) -> object:
    return tuple(_hashable(item) for item in value) if isinstance(value, list) else value


def _field(
    columns: _Columns, names: Sequence[str], make: Callable[[dict], object]
) -> tuple[np.ndarray, list]:
    """Compute ``make(row)`` once per distinct combination of the columns ``names``.

    ``row`` maps each of ``names`` to the value (None when missing).  Returns a result
    number for each event, equal for equal results, and the distinct results.
    """
    if len(names) == 1:
        # One column: its codes already number its values by first appearance.
        key = columns.coded(names[0])[0]
    else:
        key = _combined([columns.coded(name)[0] for name in names], columns.count)
    first = _first_rows(key)
    rows = zip(*(columns.values_at(name, first) for name in names), strict=True)
    return _numbered(key, (make(dict(zip(names, row, strict=True))) for row in rows))


def _context_field(
    columns: _Columns,
    names: Sequence[str],
    wide: str,
    context: Callable[[dict], object],
    words: Callable[[object, object], object],
    prepare: Callable[[list], list] | None = None,
) -> tuple[np.ndarray, list]:
    """As :func:`_field` for ``words(context(row), prepare(row[wide]))``, where the column
    ``wide`` has nearly a value per event (coordinates, distances) and ``names`` few.

    ``context`` runs once per distinct combination of ``names``, ``prepare`` once over
    the distinct values of ``wide`` (a list in, a list out), ``words`` once per distinct
    (context, value): a plain call, not a row built and read again.
    """
    contexts, made = _field(columns, names, context)
    wide_codes = columns.coded(wide)[0]
    key = _combined([contexts, wide_codes], columns.count)
    first = _first_rows(key)
    values = columns.values(wide)
    if prepare is not None:
        values = prepare(values)
    return _numbered(
        key,
        map(
            words,
            [made[k] for k in contexts[first].tolist()],
            [values[k] for k in wide_codes[first].tolist()],
        ),
    )


def _value_field(
    columns: _Columns, name: str, make: Callable[[list], list]
) -> tuple[np.ndarray, list]:
    """Compute ``make(values)`` over the distinct values of one column, as :func:`_field`.

    ``make`` turns the list of distinct values into the list of their results.
    """
    # Codes number the values by first appearance: the first rows' values are the values.
    key = columns.coded(name)[0]
    values = columns.values(name)
    results = make(values)
    if results == values and {*map(type, values)} <= {str}:
        # Each text its own result (titles, nearly one per event): distinct values
        # give distinct results, numbered as the values are.
        return key, results
    return _numbered(key, results)


def _stripped(values: list) -> list[str]:
    """Return :func:`_text` of each value (one call only for what is not text)."""
    return [v.strip() if type(v) is str else _text(v) for v in values]


def _numbered(key: np.ndarray, results: Iterable[object]) -> tuple[np.ndarray, list]:
    """Number the results of each key, equal results alike; return each event's number."""
    results = list(results)
    if {*map(type, results)} <= {str}:
        # Texts (most fields): hashed in one pass, numbered by first appearance as the
        # loop below numbers them; 100,000 distinct titles took 0.5 s in the loop.
        numbers, distinct_texts = pd.factorize(np.array(results, dtype=object))
        return numbers.astype(np.int64, copy=False)[key], distinct_texts.tolist()
    number: dict[object, int] = {}
    distinct: list = []
    key_result = []
    for result in results:
        found = number.setdefault(_hashable(result), len(distinct))
        if found == len(distinct):
            distinct.append(result)
        key_result.append(found)
    return np.asarray(key_result, dtype=np.int64)[key], distinct


def _table(numbers: np.ndarray, results: list) -> tuple[np.ndarray, list]:
    """Return each event's code into the distinct results, numbered by first appearance."""
    first = _first_rows(numbers)
    if len(first) == len(results) and np.array_equal(numbers[first], np.arange(len(first))):
        # Numbered so already, as _numbered numbers results over keys that are: every
        # result used, each new one the next number.
        return numbers, list(results)
    codes, uniques = pd.factorize(numbers)
    return codes.astype(np.int64, copy=False), [results[k] for k in uniques.tolist()]


def _value(value: object) -> object:
    # NaN never equals itself: make missing values one key.
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _facets(columns: _Columns) -> tuple[np.ndarray, list[dict]]:
    """Return each event's code into its distinct filter values (see ``event_facet``)."""
    parts = {
        name: _field(columns, names, lambda row, name=name: event_facet(row)[name])
        for name, names in FACET_SOURCES.items()
    }
    key = _combined([numbers for numbers, _ in parts.values()], columns.count)
    texts = [
        to_script_json({name: results[numbers[i]] for name, (numbers, results) in parts.items()})
        for i in _first_rows(key).tolist()
    ]
    # Different inputs can give the same values; keep each once.
    number: dict[str, int] = {}
    key_facet = np.asarray([number.setdefault(t, len(number)) for t in texts], dtype=np.int64)
    codes, table = _table(key_facet[key], list(number))
    return codes, [json.loads(facet) for facet in table]


def _texts(
    columns: _Columns, categories: dict[str, Category]
) -> tuple[dict[str, np.ndarray], dict[str, list]]:
    labels = {key: c.label for key, c in categories.items()}

    def get(row: dict, column: str) -> str:
        return _text(row.get(column))

    def actors(value: object) -> str:
        return ", ".join(p.strip() for p in _text(value).split(schema.LIST_SEPARATOR) if p.strip())

    # Fields of one column are made from its distinct values, the rest from a row of
    # the columns they read, once per distinct combination.
    by_value: dict[str, tuple[str, Callable[[list], list]]] = {
        "title": (schema.TITLE, _stripped),
        "category": (
            schema.CATEGORY,
            lambda values: [labels.get(t, "") for t in _stripped(values)],
        ),
        "actors": (schema.ACTORS, lambda values: [actors(v) for v in values]),
        "description": (schema.DESCRIPTION, _stripped),
    }
    by_row: dict[str, tuple[tuple[str, ...], Callable[[dict], object]]] = {
        "when": (
            (schema.DATE_START, schema.DATE_END, schema.DATE_PRECISION),
            lambda r: date_in_words(
                get(r, schema.DATE_START), get(r, schema.DATE_END), get(r, schema.DATE_PRECISION)
            ),
        ),
        "reported": ((schema.REPORTED,), reported_text),
        "status": ((schema.STATUS, schema.CLAIMED_BY, schema.DENIED_BY), status_text),
    }
    # Fields whose one column is nearly unique per event (a resolved name that is the
    # given coordinates, a border distance): the rest of the row is read once per
    # distinct context.
    by_context: dict[str, tuple] = {
        "where": (
            (
                schema.PLACE,
                schema.ADMIN1,
                schema.COUNTRY,
                schema.PRECISION,
                schema.COARSENED,
                # A district or region known by a point: how wide its circle is drawn.
                schema.UNCERTAINTY_KM,
            ),
            schema.RESOLVED_NAME,
            place_context,
            place_words,
            _stripped,
        ),
        # The country names the side of a border line, as in the full popup.
        "border": (
            # The radius tells a district's seat from the district ("its seat 3.0 km from").
            (schema.BORDER, schema.PRECISION, schema.COUNTRY, schema.UNCERTAINTY_KM),
            schema.BORDER_KM,
            border_context,
            border_words,
        ),
    }
    text: dict[str, np.ndarray] = {}
    strings: dict[str, list] = {}
    for field in TEXT_FIELDS:
        if field in by_value:
            numbers = _value_field(columns, *by_value[field])
        elif field in by_context:
            numbers = _context_field(columns, *by_context[field])
        elif field == "sources":
            numbers = _sources_field(columns)
        else:
            numbers = _field(columns, *by_row[field])
        text[field], strings[field] = _table(*numbers)
    return text, strings


def _sources_field(columns: _Columns) -> tuple[np.ndarray, list]:
    """Return the ``sources`` field, ``[[publisher, link or "", date], ...]``, as :func:`_field`.

    The same lists as :func:`bordermap.layers.popups.sources` gives each event, worked
    out by part: publishers and links come from a few feeds while the dates change
    nearly every day, so ``sources`` runs once per distinct publisher and link, and each
    distinct date column is split once and its entries set beside those sources by
    position, as :func:`bordermap.geo.events.loading.split_sources` aligns them.
    """
    feeds, made = _field(columns, (schema.SOURCE_URL, schema.SOURCE_NAME), sources)
    dates = [split_source_list(_text(value)) for value in columns.values(schema.SOURCE_DATE)]
    days = columns.coded(schema.SOURCE_DATE)[0]
    key = _combined([feeds, days], columns.count)
    first = _first_rows(key)
    results = []
    for feed, day in zip(feeds[first].tolist(), days[first].tolist(), strict=True):
        entries = dates[day]
        results.append(
            [
                [name, url or "", entries[i] if i < len(entries) else ""]
                for i, (name, url, _) in enumerate(made[feed])
            ]
        )
    return _numbered(key, results)
