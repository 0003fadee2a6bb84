"""Resolve events' places and join them to borders: ``resolve_events``.

Explicit coordinates win; every other place goes through the place lookup once
per distinct (place, country hint).  What cannot be resolved, or resolves to more
than one candidate, stays in the table without a geometry and is listed for review:
it is never dropped and never replaced by a guess.  A place answered by the unit that
contains it ("the village of X in Y Oblast" → Y Oblast, flagged ``coarsened``) is
placed at that unit's precision and listed for review too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from bordermap.geo import schema
from bordermap.geo.collector import collector_paused
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.side_process import PendingAnswers

if TYPE_CHECKING:
    from bordermap.geo.borders.join import SharedBorders, SharedCountries

#: ``lookup(query, *, country=..., region_of_interest=...) -> PlaceResult``
PlaceLookup = Callable[..., PlaceResult]

GEOD = Geod(ellps="WGS84")

#: Columns the resolver adds, in order.
RESOLVED_COLUMNS: tuple[str, ...] = (
    schema.RESOLVE_STATUS,
    schema.RESOLVED_NAME,
    schema.RESOLVE_SOURCE,
    schema.PRECISION,
    schema.UNCERTAINTY_KM,
    schema.COUNTRY,
    schema.ADMIN1,
    schema.ADMIN1_CODE,
    schema.BORDER,
    schema.BORDER_KM,
    schema.BORDERS,
    schema.ORIGIN_LAT,
    schema.ORIGIN_LON,
    schema.COARSENED,
    schema.RESOLVE_NOTE,
)

#: Columns of the review table.
REVIEW_COLUMNS: tuple[str, ...] = (
    schema.SOURCE_FILE,
    schema.SOURCE_LINE,
    schema.ID,
    schema.PLACE,
    schema.COUNTRY_HINT,
    schema.RESOLVE_STATUS,
    "reason",
    "candidates",
    "coarsened",
)

_AREA_PRECISIONS = frozenset({"district", "region"})
_POINT_LIKE = frozenset({"exact", "settlement", "near"})
#: How far from a border a crossing's point may lie and still take the side of the
#: event's country hint (one of the crossing's two countries), km: as far as the
#: crossings table admits a row standing for a crossing (the town beside it, its
#: distance from the generalised line stated; ``tests/data/test_crossings.py``).
CROSSING_SIDE_KM = 10.0


def _is_point(geometry) -> bool:
    return geometry is not None and geometry.geom_type == "Point"


@dataclass(frozen=True)
class ResolveResult:
    """What :func:`resolve_events` returns.

    Attributes
    ----------
    events : GeoDataFrame
        Every input event, in input order, with the resolved columns, the ``extent``
        geometry column and the active ``geometry`` (representative point; None
        when not resolved).  EPSG:4326.
    review : DataFrame
        One row per event that is not resolved (ambiguous or unresolved), whose
        precision override was refused, or whose place was answered by its containing
        unit because the place itself is unknown (``coarsened`` is ``"yes"``), with the
        file, line, reason and candidates.
    """

    events: gpd.GeoDataFrame
    review: pd.DataFrame


def _default_lookup() -> PlaceLookup:
    from bordermap.geo.places import geocode_place_when_asked

    return geocode_place_when_asked


def _rank(precision: str) -> int:
    return schema.PRECISIONS.index(precision)


def _candidates_text(result: PlaceResult) -> str:
    return "; ".join(
        f"{c.name} ({c.country or '?'}{', ' + c.admin1_code if c.admin1_code else ''}"
        f", {c.lat:.4f}, {c.lon:.4f})"
        for c in result.candidates
    )


@dataclass(frozen=True)
class _Columns:
    """The resolver's per-event answers as columns (given coordinates need no object)."""

    status: np.ndarray
    name: np.ndarray
    source: np.ndarray
    precision: np.ndarray
    uncertainty_km: np.ndarray
    #: The place's extent: the given point, the found geometry, None when unresolved.
    extent: np.ndarray


def _answer_columns(
    results: list[PlaceResult | None],
    given: np.ndarray,
    given_points: np.ndarray,
    places: list[str],
    overrides: list[str],
    lats: np.ndarray,
    lons: np.ndarray,
) -> _Columns:
    """Columns of the answers: given coordinates column-wise, looked-up places per result.

    Given coordinates are exact unless the row says how vague they are (then a circle
    of :data:`schema.NEAR_RADIUS_KM`); named by the place text, else by the pair.
    """
    count = len(results)
    status = np.full(count, "resolved", dtype=object)
    name = np.full(count, "", dtype=object)
    source = np.full(count, "", dtype=object)
    precision = np.full(count, "", dtype=object)
    uncertainty = np.full(count, np.nan)
    extent = np.full(count, None, dtype=object)

    rows = np.flatnonzero(given)
    # Each distinct override and place text once (a handful of words for a million
    # rows: comparing, casting and sorting every row's text took 0.4 s there).
    codes, words = _distinct_texts(np.asarray(overrides, dtype=object)[rows])
    chosen = np.empty(len(words), dtype=object)
    chosen[:] = ["exact" if word == "" else word for word in words]
    precision[rows] = chosen[codes]
    vague = np.array([str(word) not in schema.POINT_PRECISIONS for word in chosen], dtype=bool)
    uncertainty[rows[vague[codes]]] = schema.NEAR_RADIUS_KM
    named = np.asarray(places, dtype=object)[rows]
    name[rows] = named
    place_codes, place_texts = _distinct_texts(named)
    unnamed = rows[np.array([text == "" for text in place_texts], dtype=bool)[place_codes]]
    # Python floats format as NumPy's do, at a fraction of the cost per value.
    name[unnamed] = np.array(
        [
            f"{lat:.5f}, {lon:.5f}"
            for lat, lon in zip(lats[unnamed].tolist(), lons[unnamed].tolist(), strict=True)
        ],
        dtype=object,
    )
    source[rows] = "explicit"
    extent[rows] = given_points[rows]

    for i in np.flatnonzero(~given):
        result = results[i]
        assert result is not None
        status[i] = result.status
        if result.status == "resolved":
            name[i] = result.name or ""
            source[i] = result.source
            precision[i] = result.precision or ""
            if result.uncertainty_km:
                uncertainty[i] = float(result.uncertainty_km)
            extent[i] = result.geometry
    return _Columns(status, name, source, precision, uncertainty, extent)


def _distinct_texts(values: np.ndarray) -> tuple[np.ndarray, list]:
    """Each value's number among the distinct values, and those values (in order of
    first appearance), each distinct object kept as it is (None too)."""
    codes, uniques = pd.factorize(values)
    if len(codes) and codes.min() < 0:
        # Missing values (never in the resolver's texts): every row its own.
        return np.arange(len(values)), list(values)
    return codes, uniques.tolist()


def _apply_override(result: PlaceResult, override: str) -> tuple[PlaceResult, str | None]:
    """Widen the precision as the row asks; refuse to make a place more precise."""
    if not override or result.status != "resolved" or override == result.precision:
        return result, None
    assert result.precision is not None
    if _rank(override) < _rank(result.precision):
        return result, (
            f"geo_precision {override!r} is more precise than the place allows; "
            f"kept {result.precision!r} (give lat and lon for an exact place)"
        )
    uncertainty = result.uncertainty_km
    if result.geometry is not None and result.geometry.geom_type == "Point":
        # A point standing for a vague place is drawn as a circle, never as a pin.
        uncertainty = max(uncertainty or 0.0, schema.NEAR_RADIUS_KM)
    return replace(result, precision=override, uncertainty_km=uncertainty), None


def _area_border_km(extents: Sequence[shapely.Geometry], lines: Sequence[shapely.Geometry]):
    """Geodesic length of the shortest line from each area to its border (0 if touching)."""
    shortest = shapely.shortest_line(np.asarray(extents, dtype=object), np.asarray(lines))
    coords = shapely.get_coordinates(shortest).reshape(-1, 2, 2)
    _, _, metres = GEOD.inv(coords[:, 0, 0], coords[:, 0, 1], coords[:, 1, 0], coords[:, 1, 1])
    touching = shapely.intersects(np.asarray(extents, dtype=object), np.asarray(lines))
    return np.where(touching, 0.0, np.asarray(metres) / 1000.0)


def _placed_by_title(
    result: PlaceResult,
    key: tuple[str, str],
    title: object,
    titled: dict[tuple[str, str], PlaceResult],
    lookup: Callable[[str, str], PlaceResult],
) -> tuple[PlaceResult, str | None]:
    """:func:`~bordermap.geo.places.own_title_fallback.placed_by_own_title` of one
    event, each title looked up once per country (``titled``)."""
    from bordermap.geo.places.own_title_fallback import placed_by_own_title

    def cached(text: str, country: str) -> PlaceResult:
        if (text, country) not in titled:
            titled[text, country] = lookup(text, country)
        return titled[text, country]

    return placed_by_own_title(
        result, place=key[0], title=title, country=key[1] or None, lookup=cached
    )


@collector_paused()
def resolve_events(
    events: pd.DataFrame,
    *,
    region_of_interest: Sequence[str] | tuple[float, float, float, float] | None = None,
    lookup: PlaceLookup | None = None,
    progress: Callable[[int, int], None] | None = None,
    meanwhile: Callable[[gpd.GeoDataFrame], object] | None = None,
    before_waiting: Callable[[], object] | None = None,
    while_checking: Callable[[gpd.GeoDataFrame], object] | None = None,
    when_final: Callable[[gpd.GeoDataFrame], object] | None = None,
) -> ResolveResult:
    """Find where each event happened and how it sits relative to borders.

    Parameters
    ----------
    events : DataFrame
        As returned by :func:`bordermap.geo.events.loading.load_events`.  Not modified.
    region_of_interest : list of ISO alpha-2 codes or (west, south, east, north), optional
        Preferred area when a name has candidates in several places.
    lookup : callable, optional
        ``lookup(query, *, country=..., region_of_interest=...) -> PlaceResult``;
        the offline gazetteer by default, or a geocoder chain.
    progress : callable, optional
        Called as ``progress(done, total)`` after each distinct place.
    meanwhile : callable, optional
        Called once with the resolved events before the checks of given coordinates
        against their place texts are collected: the columns of the result, with
        ``resolve_note`` still empty (those checks complete it, in this frame).  A map
        is composed, or a file's other columns converted, there while the second
        process still looks the place texts up.  Given, it also has that process
        measure part of the border join first (when every event has coordinates).
    before_waiting : callable, optional
        With ``meanwhile``: called once when this process has measured its part of the
        border join and is to wait for that process's share, if it is shared.  Work
        ``meanwhile`` needs anyway and that needs no data (the page's imports) is done
        there while that process finishes, not after.
    while_checking : callable, optional
        Called as ``meanwhile`` is (the same frame, ``resolve_note`` still empty), but
        only when the second process is still checking given coordinates at that point,
        so that this process would wait: the work of writing the other columns is done
        there instead (``resolve``).  It shares no part of the join.
    when_final : callable, optional
        Called once with the resolved events as soon as every column is final (the
        frame returned), before the review list is made from them: a file of them can
        start being written there, on another thread, while the review is made.

    Returns
    -------
    ResolveResult
    """
    lookup = lookup or _default_lookup()
    # Part of the border join of given coordinates goes first to a second process
    # warmed up for a large input, ahead of the checks: it needs only the coordinates.
    # Only when this process has work of its own (``meanwhile``) for the time of the
    # checks: without it, the checks alone keep that process busy about as long as the
    # whole join keeps this one, and a share there is waited for here.
    shared_join = _start_shared_join(events, before_waiting) if meanwhile is not None else None
    # The checks of given coordinates against their place texts need no join: their
    # look-ups start now, in a second process where worth it, and are collected after.
    pending = _start_place_checks(events)
    try:
        return _resolved(
            events,
            region_of_interest,
            lookup,
            progress,
            pending,
            meanwhile,
            shared_join,
            while_checking,
            when_final,
        )
    finally:
        if pending is not None:
            pending.close()


def _resolved(
    events: pd.DataFrame,
    region_of_interest: Sequence[str] | tuple[float, float, float, float] | None,
    lookup: PlaceLookup,
    progress: Callable[[int, int], None] | None,
    pending: PendingAnswers | None,
    meanwhile: Callable[[gpd.GeoDataFrame], object] | None = None,
    shared_join: _SharedJoin | None = None,
    while_checking: Callable[[gpd.GeoDataFrame], object] | None = None,
    when_final: Callable[[gpd.GeoDataFrame], object] | None = None,
) -> ResolveResult:
    """:func:`resolve_events` once its place checks are under way."""
    from bordermap.geo.borders.join import border_columns

    def join(points: np.ndarray) -> dict[str, np.ndarray]:
        # The second process's share applies only to the points it was sent: those
        # of every resolved event when all of them came with coordinates.
        if shared_join is not None and shared_join.rows_match(np.flatnonzero(resolved)):
            return border_columns(
                points, shared=shared_join.waited_for, countries=shared_join.countries_found
            )
        return border_columns(points)

    # Plain column arrays: building a dict or a Series per row cost seconds at 100k.
    places = events[schema.PLACE].tolist()
    hints = events[schema.COUNTRY_HINT].tolist()
    overrides = events[schema.GEO_PRECISION].tolist()
    lats = events[schema.LAT].to_numpy(dtype=float)
    lons = events[schema.LON].to_numpy(dtype=float)
    explicit = np.isfinite(lats) & np.isfinite(lons)
    # Points of the given coordinates in one call: a shapely.Point per row cost seconds.
    given_points = np.full(len(explicit), None, dtype=object)
    given_points[explicit] = shapely.points(lons[explicit], lats[explicit])
    # None stands for the row's own coordinates: only looked-up places have a result.
    results: list[PlaceResult | None] = [None] * len(places)
    notes: list[str | None] = [None] * len(places)
    cache: dict[tuple[str, str], PlaceResult] = {}
    queries = {
        (place, hint)
        for place, hint, given in zip(places, hints, explicit, strict=True)
        if not given
    }
    titles = events[schema.TITLE].tolist() if schema.TITLE in events else None
    titled: dict[tuple[str, str], PlaceResult] = {}

    def lookup_title(text: str, country: str) -> PlaceResult:
        # Offline, whatever ``lookup`` is: a whole sentence is no query for a service.
        from bordermap.geo.places import geocode_place_when_asked

        return geocode_place_when_asked(
            text, country=country, region_of_interest=region_of_interest
        )

    for i in np.flatnonzero(~explicit):
        key = (places[i], hints[i])
        if key not in cache:
            cache[key] = lookup(
                key[0], country=key[1] or None, region_of_interest=region_of_interest
            )
            if progress is not None:
                progress(len(cache), len(queries))
        result, chosen = cache[key], None
        if result.status == "ambiguous":
            # The event's own title and description may choose one of the candidates.
            from bordermap.geo.places.own_text_choice import chosen_by_event_text

            result, chosen = chosen_by_event_text(result, events, i)
        elif result.status == "unresolved" and titles is not None:
            # The event's own title may name the unit that holds the unknown place.
            result, chosen = _placed_by_title(result, key, titles[i], titled, lookup_title)
        results[i], notes[i] = _apply_override(result, overrides[i])
        if chosen is not None:
            notes[i] = f"{chosen}; {notes[i]}" if notes[i] else chosen

    answers = _answer_columns(results, explicit, given_points, places, overrides, lats, lons)
    resolved = answers.status == "resolved"
    # A given point is its own representative point; the others come from the lookup.
    points = given_points.copy()
    looked_up = resolved & ~explicit
    if looked_up.any():
        chosen = [results[i] for i in np.flatnonzero(looked_up)]
        points[looked_up] = shapely.points(
            np.array([r.lon for r in chosen], dtype=float),
            np.array([r.lat for r in chosen], dtype=float),
        )
    # No copy of the events' columns (GeoDataFrame copies a DataFrame unless told not to:
    # 2.8 s and 1.6 s more to consolidate the copy at a million events).  Only whole
    # columns are set on the frame, which never writes into the events' own arrays (and
    # pandas 3 copies on write), so ``events`` stays as it was.
    frame = gpd.GeoDataFrame(events.copy(deep=False), geometry=points, crs=schema.CRS, copy=False)
    frame[schema.RESOLVE_STATUS] = answers.status
    frame[schema.RESOLVED_NAME] = answers.name
    frame[schema.RESOLVE_SOURCE] = answers.source
    frame[schema.PRECISION] = answers.precision
    frame[schema.UNCERTAINTY_KM] = answers.uncertainty_km
    frame = _join(frame, results, answers, join)
    frame[schema.BORDERS] = _all_borders(frame, results, looked_up)
    origin_notes = _origins(frame, lookup, cache, region_of_interest)
    frame[schema.EXTENT] = gpd.GeoSeries(answers.extent, index=frame.index, crs=schema.CRS)
    # The review's flag and reason travel with the event too: a map or a GeoPackage
    # says which answers stand in for an unknown place, and why, without the CSV.
    # Only a looked-up place is coarsened, so the flag needs none of the checks.
    coarsened = np.full(len(frame), "", dtype=object)
    coarsened[
        [
            i
            for i in np.flatnonzero(~explicit).tolist()
            if results[i] is not None and results[i].coarsened
        ]
    ] = "yes"
    frame[schema.COARSENED] = coarsened
    # Empty until the checks are in: ``meanwhile`` sees the final columns and types.
    frame[schema.RESOLVE_NOTE] = np.full(len(frame), "", dtype=object)
    frame = frame[[*events.columns, *RESOLVED_COLUMNS, schema.EXTENT, "geometry"]]
    if meanwhile is not None:
        meanwhile(frame)
    if while_checking is not None and pending is not None and pending.waiting():
        while_checking(frame)
    checks = _truth_checks(frame, explicit & resolved, region_of_interest, pending)
    notes = _joined_notes(np.array(notes, dtype=object), origin_notes, checks)
    listed, reasons = _review_reasons(results, notes, np.flatnonzero(~explicit))
    note_column = np.full(len(frame), "", dtype=object)
    note_column[listed] = reasons
    frame[schema.RESOLVE_NOTE] = note_column
    if when_final is not None:
        when_final(frame)
    return ResolveResult(frame, _review(frame, results, listed, reasons))


def _joined_notes(*columns: np.ndarray) -> np.ndarray:
    """Each event's notes of all ``columns`` joined by ``"; "``, None where it has none.

    Each column holds a text or None (or ``""``) per event; most events have no note,
    so only the few with notes in several columns are joined one by one.
    """
    joined = np.full(len(columns[0]), None, dtype=object)
    for column in columns:
        has = column.astype(bool)
        first = has & ~joined.astype(bool)
        joined[first] = column[first]
        for i in np.flatnonzero(has & ~first):
            joined[i] = f"{joined[i]}; {column[i]}"
    return joined


#: An area lists every land border of its country within this distance, km.
AREA_BORDERS_KM = 50.0


def _all_borders(
    frame: gpd.GeoDataFrame, results: list[PlaceResult | None], looked_up: np.ndarray
) -> list[str]:
    """Every land border an area (region, district, country) reaches, with distances.

    ``border`` names one nearest border; an area such as the Vitebsk region touches
    three (BY-LT, BY-LV, BY-RU).  This lists, for each area event, each border of its
    country within :data:`AREA_BORDERS_KM`, nearest first, as ``"BY-LV 0.0; ..."``
    (km, geodesic; 0 where the area reaches the line).  Points and border lines get
    ``""``: their one border is ``border``, and so do given coordinates (a point).
    ``looked_up`` marks the resolved events whose place was looked up.
    """
    from bordermap.geo.borders.boundaries import border_line, neighbours
    from bordermap.geo.errors import GeometryDataError

    out = [""] * len(frame)
    countries = frame[schema.COUNTRY].tolist()
    done: dict[tuple[str, int], str] = {}
    for i in np.flatnonzero(looked_up):
        result = results[i]
        assert result is not None
        kind = result.precision
        if kind not in (*_AREA_PRECISIONS, "country") or result.geometry is None:
            continue
        if result.geometry.geom_type == "Point":
            continue
        country = (result.country if kind == "country" else countries[i]) or ""
        if not country:
            continue
        # Events of one place share its result's geometry object (the lookup cache),
        # and every result stays alive in ``results`` meanwhile, so id() is a safe key.
        key = (country, id(result.geometry) if kind != "country" else 0)
        if key not in done:
            try:
                others = neighbours(country)
            except GeometryDataError:  # a code the boundaries do not hold: nothing to list
                others = []
            pairs = [tuple(sorted((country, other))) for other in others]
            if kind == "country":
                km = np.zeros(len(pairs))
            elif pairs:
                lines = [border_line(*pair) for pair in pairs]
                km = _area_border_km([result.geometry] * len(pairs), lines)
            else:
                km = np.zeros(0)
            found = sorted(
                (float(d), f"{a}-{b}")
                for (a, b), d in zip(pairs, km, strict=True)
                if d <= AREA_BORDERS_KM
            )
            done[key] = "; ".join(f"{pair} {d:.1f}" for d, pair in found)
        out[i] = done[key]
    return out


def _origins(
    frame: gpd.GeoDataFrame,
    lookup: PlaceLookup,
    cache: dict[tuple[str, str], PlaceResult],
    region_of_interest: Sequence[str] | tuple[float, float, float, float] | None,
) -> np.ndarray:
    """Resolve each event's ``origin`` like a place; add its point, say what failed.

    The origin is looked up without the event's country hint: a movement comes from
    elsewhere by definition.  An origin that does not resolve keeps the event as it
    is (no arrow is drawn) and is listed for review.
    """
    lat = np.full(len(frame), np.nan)
    lon = np.full(len(frame), np.nan)
    notes = np.full(len(frame), None, dtype=object)
    origins = (
        frame[schema.ORIGIN].to_numpy(dtype=object)
        if schema.ORIGIN in frame
        else np.full(len(frame), "", dtype=object)
    )
    for i in np.flatnonzero(origins.astype(bool)).tolist():
        origin = origins[i]
        key = (origin, "")
        if key not in cache:
            cache[key] = lookup(origin, country=None, region_of_interest=region_of_interest)
        found = cache[key]
        if found.status == "resolved" and found.lat is not None and found.lon is not None:
            lat[i], lon[i] = found.lat, found.lon
        else:
            notes[i] = f"origin {origin!r} is {found.status}, so no arrow is drawn"
    frame[schema.ORIGIN_LAT] = lat
    frame[schema.ORIGIN_LON] = lon
    return notes


#: How far explicit coordinates may lie from the place their text names (beyond the
#: place's own extent) before they are reported as contradicting it.
CONTRADICTION_KM = 25.0


def _distances_km(points: np.ndarray, geometries: np.ndarray) -> np.ndarray:
    """Geodesic distance from each point to its geometry (0 inside it), whole arrays."""
    inside = shapely.covers(geometries, points)
    coords = shapely.get_coordinates(shapely.shortest_line(points, geometries)).reshape(-1, 2, 2)
    _, _, metres = GEOD.inv(coords[:, 0, 0], coords[:, 0, 1], coords[:, 1, 0], coords[:, 1, 1])
    return np.where(inside, 0.0, np.asarray(metres, dtype=float) / 1000.0)


def _distinct_rows(*keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows with distinct combinations of ``keys``, and each row's combination.

    Parameters
    ----------
    *keys : ndarray of int
        Equally long integer columns (codes, or the bits of floats viewed as integers).

    Returns
    -------
    first : ndarray of int
        The first row of each distinct combination, in row order.
    combination : ndarray of int
        For each row, the index into ``first`` of its combination.
    """
    count = len(keys[0])
    if count == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    # A stable sort: equal combinations become neighbours, each group earliest row first.
    order = np.lexsort(keys[::-1])
    ordered = np.column_stack([key[order] for key in keys])
    starts = np.ones(count, dtype=bool)
    starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    group = np.empty(count, dtype=np.intp)
    group[order] = np.cumsum(starts) - 1
    first = order[starts]
    by_row = np.argsort(first, kind="stable")
    renumbered = np.empty(len(first), dtype=np.intp)
    renumbered[by_row] = np.arange(len(first))
    return first[by_row], renumbered[group]


def _text_codes(texts: np.ndarray) -> np.ndarray:
    """Integer codes of a column of texts: equal texts, equal codes."""
    codes, _ = pd.factorize(texts, use_na_sentinel=False)
    return codes


def _truth_checks(
    frame: gpd.GeoDataFrame,
    explicit: np.ndarray,
    region_of_interest: Sequence[str] | tuple[float, float, float, float] | None,
    pending: PendingAnswers | None = None,
) -> np.ndarray:
    """Say where given coordinates contradict the event's own words, or the map's area.

    - Coordinates in another country than the event's ``country`` hint, or farther
      than :data:`CONTRADICTION_KM` from the place its text names (looked up in the
      offline gazetteer only, so no service is asked): reported, and when the
      swapped pair (lon, lat) would fit, the message says they look swapped.
    - A resolved event outside the region of interest (countries or box).

    Nothing is moved or dropped: the event keeps the coordinates it was given.
    Everything runs over columns: each distinct (place, country hint) is looked up
    once, each distinct (point, place) measured once.

    Returns
    -------
    ndarray of object
        For each event, its checks joined by ``"; "``, or None.
    """
    count = len(frame)
    lats = frame[schema.LAT].to_numpy(dtype=float)
    lons = frame[schema.LON].to_numpy(dtype=float)
    countries = frame[schema.COUNTRY].to_numpy(dtype=object)
    words = np.full(count, None, dtype=object)
    given = np.flatnonzero(explicit)
    if len(given):
        hints = frame[schema.COUNTRY_HINT].to_numpy(dtype=object)
        places = frame[schema.PLACE].to_numpy(dtype=object)
        # Only events with words to contradict are checked.
        given = given[(hints[given] != "") | (places[given] != "")]
        hinted = given[hints[given] != ""]
        elsewhere = hinted[countries[hinted] != hints[hinted]]
        words[elsewhere] = _outside_hint(elsewhere, hints, countries, lats, lons)
        named = np.setdiff1d(given, elsewhere, assume_unique=True)
        named = named[places[named] != ""]
        texts = _far_from_named(named, places, hints, lats, lons, pending)
        far = np.flatnonzero(texts.astype(bool))
        words[named[far]] = texts[far]
    if not region_of_interest:
        return words
    outside = _outside_region(frame, region_of_interest, countries)
    checks = words.copy()
    alone = np.flatnonzero(outside.astype(bool) & ~words.astype(bool))
    checks[alone] = outside[alone]
    for i in np.flatnonzero(outside.astype(bool) & words.astype(bool)):
        checks[i] = f"{words[i]}; {outside[i]}"
    return checks


def _outside_hint(
    rows: np.ndarray, hints: np.ndarray, countries: np.ndarray, lats: np.ndarray, lons: np.ndarray
) -> np.ndarray:
    """The message of each event whose given point lies outside its country hint."""
    from bordermap.geo.borders.join import country_codes

    # The swapped pair (lon, lat) is placed only for these events, the only ones whose
    # message it can change; its country alone matters (the nearest border of points
    # that mostly land at sea is not needed).
    swapped = np.full(len(rows), "", dtype=object)
    swappable = np.flatnonzero(np.abs(lons[rows]) <= 90)
    if len(swappable):
        chosen = rows[swappable]
        swapped[swappable] = country_codes(shapely.points(lats[chosen], lons[chosen]))
    messages = []
    for k, i in enumerate(rows.tolist()):
        hint, here = hints[i], countries[i]
        where = f"in {here}" if here else "in no country"
        text = f"lat/lon lie {where}, not in {hint} (the country hint)"
        if swapped[k] == hint:
            text += f"; lat and lon look swapped: ({lons[i]:g}, {lats[i]:g}) lies in {hint}"
        messages.append(text)
    return np.array(messages, dtype=object)


class _SharedJoin:
    """The second process's share of the border join of the events' coordinates."""

    def __init__(
        self,
        rows: np.ndarray,
        lons: np.ndarray,
        lats: np.ndarray,
        before_waiting: Callable[[], object] | None = None,
    ) -> None:
        from bordermap.geo.borders.join import countries_of_coordinates, nearest_borders_shared
        from bordermap.geo.places.side_process import first_there

        self._rows = rows
        self._before_waiting = before_waiting
        # The countries there first, then the share from them: that process has loaded
        # what it needs by now and waits for the events, so it finds them ahead of its
        # share (about 0.04 s of CPU at 100,000 events), and this one, which needs them
        # for its own share, takes them if they are in by then, else finds them itself.
        self._countries = first_there(countries_of_coordinates, lons, lats)
        self.result = first_there(nearest_borders_shared, lons, lats)

    def countries_found(self) -> SharedCountries | None:
        """The countries of the distinct points of the coordinates, if that process
        has found them (None: found here then, rather than waiting for them)."""
        if not self._countries.queued:
            # No second process: found here, once (the share, computed here when asked,
            # takes them instead of finding them again).
            return self._countries()
        return self._countries() if self._countries.done() else None

    def waited_for(self) -> SharedBorders:
        """:attr:`result`, after the work to do before waiting for it (once)."""
        before, self._before_waiting = self._before_waiting, None
        if before is not None:
            before()
        return self.result()

    def rows_match(self, rows: np.ndarray) -> bool:
        """Whether the events joined are those whose coordinates were sent."""
        return np.array_equal(rows, self._rows)


def _start_shared_join(
    events: pd.DataFrame, before_waiting: Callable[[], object] | None = None
) -> _SharedJoin | None:
    """Send the coordinates to a warmed-up second process, if every event has them.

    The join measures the points of all resolved events together, so the share is
    sent only when these are known now: with places still to look up it is all here.
    ``before_waiting`` is done when that share is waited for (see :func:`resolve_events`).
    """
    from bordermap.geo.places import side_process

    if not side_process.warmed_up():
        return None
    lats = events[schema.LAT].to_numpy(dtype=float)
    lons = events[schema.LON].to_numpy(dtype=float)
    given = np.isfinite(lats) & np.isfinite(lons)
    if not given.all():
        return None
    return _SharedJoin(np.flatnonzero(given), lons, lats, before_waiting)


def _start_place_checks(events: pd.DataFrame) -> PendingAnswers | None:
    """Start looking up the place texts of events with given coordinates, if many.

    Every such (place, hint) is asked, in the order the events first name it; the
    checks later use those of the events they test (a subset).
    """
    from bordermap.geo.places.side_process import start_check_answers

    lats = events[schema.LAT].to_numpy(dtype=float)
    lons = events[schema.LON].to_numpy(dtype=float)
    places = events[schema.PLACE].to_numpy(dtype=object)
    rows = np.flatnonzero(np.isfinite(lats) & np.isfinite(lons) & (places != ""))
    if len(rows) == 0:
        return None
    hints = events[schema.COUNTRY_HINT].to_numpy(dtype=object)
    first, _ = _distinct_rows(_text_codes(places[rows]), _text_codes(hints[rows]))
    chosen = rows[first].tolist()
    return start_check_answers([(places[i], hints[i]) for i in chosen])


def _far_from_named(
    rows: np.ndarray,
    places: np.ndarray,
    hints: np.ndarray,
    lats: np.ndarray,
    lons: np.ndarray,
    pending: PendingAnswers | None = None,
) -> np.ndarray:
    """The message of each of ``rows`` whose point lies far from the place its text names.

    Each distinct (place, hint) is looked up once in the offline gazetteer, in the order
    the events first name it; each distinct (point, place) is measured once, in one
    shapely call per step for all of them.  Returns an object array aligned with
    ``rows``: the message, or None.
    """
    from bordermap.geo.places.side_process import check_answers

    found = np.full(len(rows), None, dtype=object)
    if len(rows) == 0:
        return found
    first, pair = _distinct_rows(_text_codes(places[rows]), _text_codes(hints[rows]))
    pairs = len(first)
    measurable = np.zeros(pairs, dtype=bool)
    geometries = np.full(pairs, None, dtype=object)
    allowed = np.zeros(pairs)
    names = np.full(pairs, None, dtype=object)
    asked = [(places[i], hints[i]) for i in rows[first].tolist()]
    # Awaited only now: what needs no answer is done while the second process checks.
    answered = pending.result() if pending is not None else {}
    unknown = [key for key in asked if key not in answered]
    answered.update(zip(unknown, check_answers(unknown), strict=True))
    for k, key in enumerate(asked):
        answer = answered[key]
        if answer is None:
            continue
        measurable[k] = True
        geometries[k], uncertainty, names[k] = answer
        allowed[k] = CONTRADICTION_KM + uncertainty
    kept = np.flatnonzero(measurable[pair])
    if len(kept) == 0:
        return found
    measured, kept_pair = rows[kept], pair[kept]
    # Events at one point naming one place get one measurement.
    unique, combination = _distinct_rows(
        lats[measured].view(np.int64), lons[measured].view(np.int64), kept_pair
    )
    at, of = measured[unique], kept_pair[unique]
    away = _distances_km(shapely.points(lons[at], lats[at]), geometries[of])
    far = np.flatnonzero(away > allowed[of])
    # Within reach of the swap: |lon| <= 90 (the other events are in their hint).
    flippable = far[np.abs(lons[at[far]]) <= 90]
    fits_flipped = np.zeros(len(at), dtype=bool)
    if len(flippable):
        flipped = shapely.points(lats[at[flippable]], lons[at[flippable]])
        fits_flipped[flippable] = (
            _distances_km(flipped, geometries[of[flippable]]) <= allowed[of[flippable]]
        )
    texts = np.full(len(at), None, dtype=object)
    for k in far.tolist():
        i = at[k]
        text = (
            f"lat/lon lie {away[k]:,.0f} km from {names[of[k]]!r}, the place the text "
            "names; check them"
        )
        if fits_flipped[k]:
            text += f"; lat and lon look swapped: ({lons[i]:g}, {lats[i]:g}) fits it"
        texts[k] = text
    found[kept] = texts[combination]
    return found


def _outside_region(
    frame: gpd.GeoDataFrame,
    region_of_interest: Sequence[str] | tuple[float, float, float, float],
    countries: np.ndarray,
) -> np.ndarray:
    """The message of each resolved event outside the region of interest, else None."""
    count = len(frame)
    messages = np.full(count, None, dtype=object)
    resolved = frame[schema.RESOLVE_STATUS].to_numpy(dtype=object) == "resolved"
    if isinstance(region_of_interest, tuple):
        points = np.asarray(frame.geometry.values, dtype=object)
        present = resolved & ~shapely.is_missing(points)
        box = shapely.box(*region_of_interest)
        outside = present & ~shapely.covers(box, points)
        messages[outside] = "outside the region of interest (the map's box)"
        return messages
    wanted = set(region_of_interest)
    borders = frame[schema.BORDER].to_numpy(dtype=object)
    on_border = frame[schema.PRECISION].to_numpy(dtype=object) == "border"
    inside = np.isin(countries, sorted(wanted))
    pairs, codes = np.unique(borders[on_border].astype(str), return_inverse=True)
    pair_inside = np.array([bool(wanted & set(pair.split("-"))) for pair in pairs], dtype=bool)
    inside[on_border] = pair_inside[codes.reshape(-1)] if len(pairs) else False
    for i in np.flatnonzero(resolved & ~inside).tolist():
        shown = countries[i] or borders[i] or "no country"
        messages[i] = (
            f"outside the region of interest ({', '.join(sorted(wanted))}): lies in {shown}"
        )
    return messages


def _text_or_empty(values: np.ndarray) -> np.ndarray:
    """An object array of texts with every missing value (None, NaN) as ``""``."""
    values = np.asarray(values, dtype=object).copy()
    values[pd.isna(values)] = ""
    return values


def _region_names() -> dict[str, str]:
    """Each admin-1 unit's name by its ISO 3166-2 code: the outlines' units, and the
    units they lack (Kenya's counties...), which answers draw as circles: an event known
    to such a unit keeps its code whatever the join finds at the circle's centre."""
    from bordermap.geo.borders.boundaries import regions
    from bordermap.geo.places.districts import region_without_outline_names

    table = regions()
    names = dict(region_without_outline_names())
    names.update(zip(table["code"], table["name"], strict=True))
    return names


def _territory_as_region(result: PlaceResult, joined: str) -> bool:
    """Whether ``result`` answers the territory the join found (``joined``, "AX") as
    the region ISO 3166-2 files it under in the answer's country ("FI-01")."""
    from bordermap.geo.places.territory_regions import TERRITORY_REGIONS

    code = TERRITORY_REGIONS.get(joined, "")
    return bool(code) and result.admin1_code == code and result.country == code.split("-")[0]


def _border_side(code: str) -> str:
    """The country whose outline holds the borders of ``code``: French Guiana's crossing
    into Brazil lies on the line the data draws for France."""
    from bordermap.geo.places.scope import BORDERS_HELD_BY

    return BORDERS_HELD_BY.get(code, code)


def _km_to_country(point: shapely.Geometry | None, code: str) -> float:
    """Geodesic km from ``point`` to the outline of country ``code`` (0 inside it; inf
    for no point or an unknown code)."""
    from bordermap.geo.borders.boundaries import country_outline

    if point is None or point.is_empty:
        return float("inf")
    try:
        outline = country_outline(code)
    except LookupError:  # a code the outlines lack
        return float("inf")
    return float(_distances_km(np.array([point], dtype=object), np.array([outline]))[0])


def _join(frame, results, answers: _Columns, border_columns) -> gpd.GeoDataFrame:
    """Add country, admin-1 and border columns, then correct them by precision."""
    resolved = answers.status == "resolved"
    count = len(frame)
    country = np.full(count, "", dtype=object)
    admin1 = np.full(count, "", dtype=object)
    admin1_code = np.full(count, "", dtype=object)
    border = np.full(count, "", dtype=object)
    border_km = np.full(count, np.nan)
    where = np.flatnonzero(resolved)
    if len(where):
        # The join's columns straight from the points: no frame of the events to copy.
        points = np.asarray(frame.geometry.values, dtype=object)[where]
        joined = border_columns(points)
        country[where] = _text_or_empty(joined[schema.COUNTRY])
        admin1[where] = _text_or_empty(joined[schema.ADMIN1])
        admin1_code[where] = _text_or_empty(joined[schema.ADMIN1_CODE])
        border[where] = _text_or_empty(joined[schema.BORDER])
        border_km[where] = joined[schema.BORDER_KM].astype(float)

    hints = frame[schema.COUNTRY_HINT].to_numpy(dtype=object)
    region_names: dict[str, str] | None = None  # ISO 3166-2 → name, read once if needed
    areas: list[int] = []
    # Only a border, a country, an area or a gazetteer's settlement corrects the join:
    # most events (points given or looked up elsewhere) are left as joined.
    point_like = np.isin(answers.precision.astype(str), list(_POINT_LIKE))
    corrected = resolved & ~(point_like & (answers.source != "gazetteer"))
    for i in np.flatnonzero(corrected):
        result = results[i]
        if result is None:
            # Given coordinates: a point, with the row's precision and country hint.
            result = PlaceResult(
                query="",
                status="resolved",
                country=hints[i] or None,
                precision=answers.precision[i],
                geometry=answers.extent[i],
                source="explicit",
            )
        if result.precision == "border":
            # The representative point lies on the border line, so the nearest border
            # found by the join is the border the place names.
            sides = border[i].split("-")
            border_km[i] = 0.0
            # The line belongs to both countries: a side is known from the hint, or
            # from the region whose stretch of the line the text names ("the border
            # areas of Dajabón", "Arizona's border with Mexico"), which keeps its code.
            region = result.admin1_code or ""
            region_side = region.split("-")[0]
            if hints[i] and hints[i] in sides:
                country[i] = hints[i]
            else:
                country[i] = region_side if region and region_side in sides else ""
            if region and region_side == country[i]:
                if region_names is None:
                    region_names = _region_names()
                admin1_code[i] = region
                admin1[i] = region_names.get(region, "")
            else:
                admin1[i] = admin1_code[i] = ""
        elif (
            result.source == "gazetteer"
            and not result.country
            and result.precision in _POINT_LIKE
            and hints[i]
            and hints[i] != country[i]
            and (
                (
                    _border_side(hints[i]) in border[i].split("-")
                    and border_km[i] <= CROSSING_SIDE_KM
                )
                or _km_to_country(result.geometry, _border_side(hints[i])) <= CROSSING_SIDE_KM
            )
        ):
            # A crossing lies on the line between its two countries: with a hint naming
            # one of them, the event is on that side, wherever the point falls.  Where
            # the data draws no land line there (the Johor causeway, the Iddefjord at
            # Svinesund), the point lies by the hinted country's outline instead.
            country[i] = hints[i]
            admin1[i] = admin1_code[i] = ""
        elif (
            result.source == "gazetteer"
            and result.country
            and result.country != country[i]
            and (
                result.precision in _POINT_LIKE
                or (result.precision in _AREA_PRECISIONS and _is_point(result.geometry))
            )
        ):
            # A settlement the gazetteer places in a country stays there even when its
            # point falls across a generalised border line (a border village); so does
            # a unit drawn as a circle around its seat (Myawaddy township), and a sea or
            # disputed island the resolver puts on the event's side (at sea no outline
            # holds it; the Habomai Islands lie in Russia's).
            country[i] = result.country
            if region_names is None:
                region_names = _region_names()
            admin1_code[i] = result.admin1_code or ""
            admin1[i] = region_names.get(result.admin1_code or "", "")
        elif result.precision in _AREA_PRECISIONS and _territory_as_region(result, country[i]):
            # Åland answered as Finland's region FI-01: the outlines draw it as a country
            # of its own ("AX"), where the event is not; it is filed as answered.
            country[i] = result.country or ""
            admin1_code[i] = result.admin1_code or ""
            admin1[i] = result.name or ""
        elif result.precision == "country":
            country[i] = result.country or country[i]
            admin1[i] = admin1_code[i] = border[i] = ""
            border_km[i] = np.nan  # a whole country is not near any one border
        elif result.precision in _AREA_PRECISIONS and result.geometry is not None:
            if result.geometry.geom_type != "Point":
                areas.append(i)
            if result.admin1_code and result.admin1_code != admin1_code[i]:
                if region_names is None:
                    region_names = _region_names()
                if result.admin1_code in region_names:
                    admin1_code[i] = result.admin1_code
                    admin1[i] = region_names[result.admin1_code]
    if areas:
        from bordermap.geo.borders.boundaries import border_line, border_pair

        pairs = [border_pair(border[i]) for i in areas if border[i]]
        with_border = [i for i in areas if border[i]]
        lines = [border_line(*pair) for pair in pairs]
        if with_border:
            border_km[with_border] = _area_border_km(
                [results[i].geometry for i in with_border], lines
            )
    frame = frame.copy(deep=False)
    frame[schema.COUNTRY] = country
    frame[schema.ADMIN1] = admin1
    frame[schema.ADMIN1_CODE] = admin1_code
    frame[schema.BORDER] = border
    frame[schema.BORDER_KM] = border_km
    return frame


def _review_reasons(
    results: list[PlaceResult | None], notes: np.ndarray, looked_up: np.ndarray
) -> tuple[list[int], list[str]]:
    """The events to review and, for each, why (see :class:`ResolveResult`).

    ``notes`` holds each event's note or None; ``looked_up`` the rows whose place was
    looked up, the only ones with a result.
    """
    listed_rows = np.not_equal(notes, None)
    for i in looked_up.tolist():
        result = results[i]
        if result is not None and (result.status != "resolved" or result.coarsened):
            listed_rows[i] = True
    listed = np.flatnonzero(listed_rows).tolist()
    reasons = []
    for i in listed:
        note = notes[i]
        result = results[i]
        if result is not None and result.status == "ambiguous":
            reason = "several places match; add a country hint or a more specific place"
        elif result is not None and result.status == "unresolved":
            reason = "no place matches; check the spelling or give lat and lon"
        else:
            # Given coordinates are listed for a note (a contradiction, outside the area).
            reason = note or ""
        if result is not None and result.note and result.note not in reason:
            # The geocoder's own words: what was refused and why, what a coarsened
            # answer stands in for.
            reason = f"{reason}: {result.note}" if reason else result.note
        reasons.append(reason)
    return listed, reasons


def _review(
    frame: gpd.GeoDataFrame,
    results: list[PlaceResult | None],
    listed: list[int],
    reasons: list[str],
) -> pd.DataFrame:
    """The review table of the ``listed`` events, built column by column."""
    if not listed:
        return pd.DataFrame([], columns=list(REVIEW_COLUMNS))
    columns = [
        schema.SOURCE_FILE,
        schema.SOURCE_LINE,
        schema.ID,
        schema.PLACE,
        schema.COUNTRY_HINT,
    ]
    taken = frame[columns].iloc[listed]
    data: dict[str, list] = {name: taken[name].tolist() for name in columns}
    # Given coordinates have no result: they are listed as resolved, with no candidates.
    chosen = [results[i] for i in listed]
    data[schema.RESOLVE_STATUS] = [
        "resolved" if result is None else result.status for result in chosen
    ]
    data["reason"] = list(reasons)
    data["candidates"] = ["" if result is None else _candidates_text(result) for result in chosen]
    data["coarsened"] = [
        "yes" if result is not None and result.coarsened else "" for result in chosen
    ]
    return pd.DataFrame(data, columns=list(REVIEW_COLUMNS))
