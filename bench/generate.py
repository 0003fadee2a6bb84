"""Synthetic events around the EU–Belarus borders, reproducible from a fixed seed.

Run: ``.venv/bin/python bench/generate.py [--sizes 10000 100000 1000000] [--out build/bench]``.
For each size it writes

* ``events-SIZE.csv``: a bordermap event file that ``load_events`` accepts, with a mix
  like real monitoring data: explicit coordinates (exact, settlement-level or "near"),
  settlements named as reports write them (with and without a country hint), "near X",
  admin-1 regions, border phrases and a few misspelt names that no gazetteer knows;
  day, month, year, range and unknown dates; every category and status;
* ``events-SIZE.parquet/``: the same events as a partitioned GeoParquet dataset whose
  geometry is where the event happened (the coordinates given, or the gazetteer point
  of the named place; null for the misspelt names), the input of
  ``bordermap resolve --engine dask``;
* ``events-SIZE-latlon.csv``: the located events of that dataset with their point as
  ``lat``/``lon`` (place text kept), the input both ``bordermap resolve`` and a plain
  geopandas script can take, for the end-to-end comparison of ``bench/run.py``.

Same seed and size → byte-identical files.  Places come from bordermap's own gazetteer
and border lines, so no outside data is involved.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from bordermap.geo import schema
from bordermap.geo.borders import boundaries
from bordermap.geo.events.categories import load_categories
from bordermap.geo.places.gazetteer import load_gazetteer

SEED = 20260117
#: Land borders the events cluster around: Belarus with its EU neighbours first, then the
#: other borders of the same watch area (Kaliningrad, Russia, Ukraine).
BORDERS: tuple[str, ...] = ("BY-LV", "BY-LT", "BY-PL", "BY-UA", "BY-RU", "LT-RU", "PL-RU", "LV-RU")
COUNTRIES: tuple[str, ...] = ("BY", "LV", "LT", "PL", "UA", "RU")
#: Named settlements are taken within this distance of a focus border (degrees, ~70 km).
PLACE_REACH_DEG = 0.6
#: Explicit coordinates scatter around border vertices with this standard deviation.
SPREAD_DEG = 0.25
#: Rows per GeoParquet partition.
PARTITION_ROWS = 50_000

#: How the place of an event is given, with its share of the events.
PLACE_KINDS: dict[str, float] = {
    "coordinates": 0.40,
    "settlement": 0.28,
    "settlement_hint": 0.12,
    "near": 0.07,
    "region": 0.05,
    "border": 0.06,
    "misspelt": 0.02,
}
#: Precision written next to explicit coordinates ("" = exact).
COORDINATE_PRECISIONS: dict[str, float] = {"": 0.7, "settlement": 0.2, "near": 0.1}
DATE_FORMS: dict[str, float] = {
    "day": 0.70,
    "month": 0.12,
    "year": 0.05,
    "range": 0.06,
    "unknown": 0.07,
}
STATUS_SHARES: dict[str, float] = {
    "confirmed": 0.40,
    "alleged": 0.35,
    "disputed": 0.15,
    "denied": 0.10,
}
SOURCES: tuple[tuple[str, str], ...] = (
    ("State Border Guard of Latvia", "https://www.rs.gov.lv/"),
    ("Lithuanian State Border Guard Service", "https://vsat.lrv.lt/"),
    ("Polish Border Guard", "https://www.strazgraniczna.pl/"),
    ("State Border Committee of Belarus", "https://gpk.gov.by/"),
    ("LSM", "https://eng.lsm.lv/"),
    ("Reuters", "https://www.reuters.com/"),
)
FIRST_DAY = date(2024, 1, 1)
DAYS = 1035  # to 2026-10-31


@dataclass(frozen=True)
class PlacePool:
    """Names the generator draws from, with the point each one stands for."""

    settlements: list[tuple[str, str, float, float]]  # name, country, lon, lat
    regions: list[tuple[str, str, float, float]]
    borders: list[tuple[str, str, float, float]]  # phrase, side hint, lon, lat
    vertices: np.ndarray  # (n, 2) lon, lat of the focus border lines


@lru_cache(maxsize=1)
def place_pool() -> PlacePool:
    """Collect settlements, regions and border phrases near the focus borders."""
    gaz = load_gazetteer()
    lines = [boundaries.border_line(pair) for pair in BORDERS]
    near = shapely.buffer(shapely.union_all(lines), PLACE_REACH_DEG)
    shapely.prepare(near)
    settlements, regions = [], []
    names = {code: gaz.country(code).name for code in COUNTRIES}
    for ident in range(len(gaz)):
        place = gaz.place(ident)
        if place.country not in COUNTRIES or place.kind == "country":
            continue
        if not shapely.contains_xy(near, place.lon, place.lat):
            continue
        entry = (place.name, place.country, place.lon, place.lat)
        (settlements if place.kind == "settlement" else regions).append(entry)
    borders = []
    for pair, line in zip(BORDERS, lines, strict=True):
        a, b = pair.split("-")
        point = shapely.line_interpolate_point(line, 0.5, normalized=True)
        phrase = f"the {names[a]}–{names[b]} border"
        for side in ("", a, b):
            borders.append((phrase, side, point.x, point.y))
    vertices = np.concatenate([shapely.get_coordinates(line) for line in lines])
    return PlacePool(settlements, regions, borders, vertices)


def _choice(rng: np.random.Generator, shares: dict[str, float], count: int) -> np.ndarray:
    keys = list(shares)
    weights = np.asarray([shares[k] for k in keys])
    return np.asarray(keys, dtype=object)[rng.choice(len(keys), count, p=weights / weights.sum())]


def _date_text(form: str, day: date, length: int) -> str:
    if form == "day":
        return day.isoformat()
    if form == "month":
        return day.isoformat()[:7]
    if form == "year":
        return str(day.year)
    if form == "range":
        return f"{day.isoformat()}/{(day + timedelta(days=length)).isoformat()}"
    return ""


def _misspell(name: str, rng_value: int) -> str:
    # Letters no transliteration produces, so no gazetteer key can match by accident.
    return f"{name[: max(2, len(name) // 2)]}qxz{rng_value % 97}"


def generate_events(count: int, *, seed: int = SEED) -> gpd.GeoDataFrame:
    """Return ``count`` synthetic events with every event column and a point geometry.

    Parameters
    ----------
    count : int
        Number of events.
    seed : int, optional
        Seed of the random generator; the same seed gives the same events.

    Returns
    -------
    GeoDataFrame
        The columns of :data:`bordermap.geo.schema.EVENT_COLUMNS` as text (``lat`` and
        ``lon`` as floats, NaN when the place is given by name) and ``geometry``: where
        the event happened (None for the misspelt places).  EPSG:4326.
    """
    pool = place_pool()
    rng = np.random.default_rng(seed)
    kinds = _choice(rng, PLACE_KINDS, count)
    coord_precision = _choice(rng, COORDINATE_PRECISIONS, count)
    date_forms = _choice(rng, DATE_FORMS, count)
    statuses = _choice(rng, STATUS_SHARES, count)
    categories = list(load_categories())
    # A few categories dominate, as in real data (Zipf-like weights).
    cat_weights = 1.0 / np.arange(1, len(categories) + 1)
    category = np.asarray(categories, dtype=object)[
        rng.choice(len(categories), count, p=cat_weights / cat_weights.sum())
    ]
    days = rng.integers(0, DAYS, count)
    lengths = rng.integers(1, 30, count)
    sources = rng.integers(0, len(SOURCES), count)
    settlement_pick = rng.integers(0, len(pool.settlements), count)
    region_pick = rng.integers(0, len(pool.regions), count)
    border_pick = rng.integers(0, len(pool.borders), count)
    vertex = pool.vertices[rng.integers(0, len(pool.vertices), count)]
    coords = vertex + rng.normal(scale=SPREAD_DEG, size=(count, 2))

    place, hint, precision = [], [], []
    lon = np.full(count, np.nan)
    lat = np.full(count, np.nan)
    where = np.full((count, 2), np.nan)
    for i in range(count):
        kind = kinds[i]
        if kind == "coordinates":
            lon[i], lat[i] = round(coords[i, 0], 5), round(coords[i, 1], 5)
            where[i] = lon[i], lat[i]
            place.append("")
            hint.append("")
            precision.append(coord_precision[i])
            continue
        precision.append("")
        if kind == "region":
            name, country, x, y = pool.regions[region_pick[i]]
            place.append(f"{name} region")
            hint.append(country)
        elif kind == "border":
            phrase, side, x, y = pool.borders[border_pick[i]]
            place.append(phrase)
            hint.append(side)
        else:
            name, country, x, y = pool.settlements[settlement_pick[i]]
            if kind == "near":
                place.append(f"near {name}")
            elif kind == "misspelt":
                place.append(_misspell(name, int(days[i])))
                x = y = np.nan
            else:
                place.append(name)
            hint.append(country if kind in ("settlement_hint", "near") else "")
        where[i] = x, y

    first = [FIRST_DAY + timedelta(days=int(d)) for d in days]
    ids = [f"syn-{seed % 10_000:04d}-{i:07d}" for i in range(count)]
    source_names = [SOURCES[s][0] for s in sources]
    frame = pd.DataFrame(
        {
            schema.ID: ids,
            schema.DATE: [
                _date_text(f, d, int(n))
                for f, d, n in zip(date_forms, first, lengths, strict=True)
            ],
            schema.REPORTED: [
                (d + timedelta(days=int(n) + 1)).isoformat()
                for d, n in zip(first, lengths, strict=True)
            ],
            schema.TITLE: [
                f"{c.replace('_', ' ').capitalize()} reported ({i})"
                for i, c in enumerate(category)
            ],
            schema.DESCRIPTION: "",
            schema.CATEGORY: category,
            schema.STATUS: statuses,
            schema.CLAIMED_BY: [
                name if s in ("alleged", "disputed") else ""
                for name, s in zip(source_names, statuses, strict=True)
            ],
            schema.DENIED_BY: [
                "State Border Committee of Belarus" if s == "denied" else "" for s in statuses
            ],
            schema.ACTORS: "",
            schema.PLACE: place,
            schema.COUNTRY_HINT: hint,
            schema.LAT: lat,
            schema.LON: lon,
            schema.GEO_PRECISION: precision,
            schema.SOURCE_URL: [SOURCES[s][1] for s in sources],
            schema.SOURCE_NAME: source_names,
            schema.SOURCE_DATE: [d.isoformat() for d in first],
            schema.NOTES: "synthetic",
            schema.TAGS: "",
        },
    )
    located = ~np.isnan(where[:, 0])
    points = np.full(count, None, dtype=object)
    points[located] = shapely.points(where[located])
    return gpd.GeoDataFrame(frame, geometry=points, crs=schema.CRS)


def events_csv(events: pd.DataFrame) -> str:
    """Write events as a bordermap CSV event file (the event columns it has, in order)."""
    columns_written = [c for c in schema.EVENT_COLUMNS if c in events]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns_written)
    table = events[columns_written]
    lat = [f"{v:.5f}" if v == v else "" for v in table[schema.LAT]]
    lon = [f"{v:.5f}" if v == v else "" for v in table[schema.LON]]
    columns = [
        lat if c == schema.LAT else lon if c == schema.LON else table[c].tolist()
        for c in columns_written
    ]
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue()


def write_csv(events: pd.DataFrame, path: Path) -> None:
    """Write :func:`events_csv` to ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(events_csv(events))
    os.replace(tmp, path)


def latlon_events(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The located events with their point written as ``lat``/``lon`` (5 decimals).

    Events the generator could not locate (misspelt names) are left out, so every row
    carries coordinates, as in a file a geopandas script could join without geocoding.
    """
    located = events[events.geometry.notna()].copy()
    located[schema.LAT] = np.round(located.geometry.y.to_numpy(), 5)
    located[schema.LON] = np.round(located.geometry.x.to_numpy(), 5)
    return located


def write_dataset(
    events: gpd.GeoDataFrame, path: Path, *, partition_rows: int = PARTITION_ROWS
) -> int:
    """Write events as a directory of GeoParquet files, ``partition_rows`` rows each.

    Returns
    -------
    int
        Number of partitions written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}."))
    parts = 0
    for parts, start in enumerate(range(0, max(len(events), 1), partition_rows), start=1):
        chunk = events.iloc[start : start + partition_rows]
        chunk.to_parquet(staging / f"part.{parts - 1:04d}.parquet", index=False)
    if path.exists():
        for old in path.iterdir():
            old.unlink()
        path.rmdir()
    os.replace(staging, path)
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=Path("build/bench"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--no-csv", action="store_true", help="write only the GeoParquet")
    parser.add_argument(
        "--latlon-only",
        action="store_true",
        help="only derive events-SIZE-latlon.csv from an existing events-SIZE.parquet",
    )
    args = parser.parse_args(argv)
    for size in args.sizes:
        if args.latlon_only:
            events = gpd.read_parquet(args.out / f"events-{size}.parquet")
            write_csv(latlon_events(events), args.out / f"events-{size}-latlon.csv")
            print(f"{size:>9,} events → {args.out}/events-{size}-latlon.csv")
            continue
        events = generate_events(size, seed=args.seed)
        if not args.no_csv:
            write_csv(events, args.out / f"events-{size}.csv")
            write_csv(latlon_events(events), args.out / f"events-{size}-latlon.csv")
        parts = write_dataset(events, args.out / f"events-{size}.parquet")
        print(f"{size:>9,} events → {args.out}/events-{size}.* ({parts} partitions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
