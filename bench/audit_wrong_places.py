"""Audit: does a settlement or crossing name alone ever resolve to a wrong place?

Issue 11 asks for zero wrong places.  The field set scores phrases with their
country hint; this audit asks the harder question of every *name* the field set and
the crossings table hold: geocoded bare (no ``--country``) and with its true
country, is any answer resolved more than :data:`TOO_FAR_KM` from the truth or in
another country?  Ambiguous and unresolved answers are honest and are only counted.

Names audited:

- ``bench/field/places.csv``: the ``truth_name`` of every row whose truth is a
  settlement, a "near X" point or a crossing, with its truth point and country
  (the row's ``country_hint``; both countries of the border for a crossing);
- ``data/crossings/crossings.csv``: every crossing's name and each of its variant
  names (truth: the crossing's point, either country), and the towns it is named
  after (``place_a`` in ``country_a``, ``place_b`` in ``country_b``), whose truth is
  taken as "within :data:`TOO_FAR_KM` of the crossing";
- the *phrases* of those field rows, and of rows whose truth is a district given by its
  seat, exactly as reported ("the border town of Metula"), geocoded bare only.

Run::

    .venv/bin/python bench/audit_wrong_places.py [-v]

It prints the wrong answers (and with ``-v`` the ambiguous ones) and a summary, and
exits 1 when any answer is wrong.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.geocoder import geocode_place

ROOT = Path(__file__).resolve().parent.parent
PLACES_CSV = ROOT / "bench" / "field" / "places.csv"
CROSSINGS_CSV = ROOT / "data" / "crossings" / "crossings.csv"
#: An answer farther than this from the truth point is a wrong place.
TOO_FAR_KM = 50.0
_POINT_KINDS = ("settlement", "near", "exact")
#: Degrees to km, for "how far is the point from this border line" (ample at 50 km).
_KM_PER_DEGREE = 111.0


@dataclass(frozen=True)
class Name:
    """One name to audit, with where it truly is."""

    text: str
    countries: tuple[str, ...]
    lat: float
    lon: float
    source: str


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _field_rows(path: Path, *, kinds: tuple[str, ...], column: str, label: str) -> Iterator[Name]:
    """Rows of the field set whose truth is a point of ``kinds``, named by ``column``."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["truth_kind"] not in kinds or not row["truth_lat"]:
                continue
            if row["truth_kind"] == "exact":
                countries = tuple(row["border"].split("-"))
            else:
                countries = (row["country_hint"],) if row["country_hint"] else ()
            yield Name(
                row[column],
                countries,
                float(row["truth_lat"]),
                float(row["truth_lon"]),
                f"{label} {row['id']}",
            )


def field_names(path: Path = PLACES_CSV) -> Iterator[Name]:
    """Settlement and crossing names of the field set with their truth."""
    return _field_rows(path, kinds=_POINT_KINDS, column="truth_name", label="field")


def field_phrases(path: Path = PLACES_CSV) -> Iterator[Name]:
    """Phrases of the field set whose truth is a point (or a district's seat), as written."""
    return _field_rows(path, kinds=(*_POINT_KINDS, "district"), column="phrase", label="phrase")


def crossing_names(path: Path = CROSSINGS_CSV) -> Iterator[Name]:
    """Every name of every crossing, and the towns each is named after."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            pair = (row["country_a"], row["country_b"])
            names = [row["name"], *(n for n in row["names"].split(";") if n)]
            for text in dict.fromkeys(n.strip() for n in names if n.strip()):
                yield Name(text, pair, lat, lon, f"crossing {row['id']}")
            for town, country in ((row["place_a"], pair[0]), (row["place_b"], pair[1])):
                if town:
                    yield Name(town, (country,), lat, lon, f"town of crossing {row['id']}")


def verdict(result, name: Name, hinted: bool) -> str:
    """``ok``, ``ambiguous``, ``unresolved`` or ``WRONG: why`` for one answer."""
    if result.status != "resolved":
        return result.status
    countries = set(name.countries)
    answered = {result.country} if result.country else set()
    if result.precision == "country":
        return "ok" if answered & countries else f"WRONG: the country {result.country}"
    if result.precision == "region":
        # An area is judged by whether it holds the truth, which its extent says.
        if result.geometry is not None and result.geometry.buffer(0.05).covers(_point(name)):
            return "ok"
        return f"WRONG: the region {result.name} does not hold it"
    if result.precision == "border":
        far = result.geometry.distance(_point(name)) * _KM_PER_DEGREE if result.geometry else 0
        if far <= TOO_FAR_KM:
            return "ok"
        return f"WRONG: the border {result.name} is {far:.0f} km away"
    far = _km(result.lat, result.lon, name.lat, name.lon)
    if far > TOO_FAR_KM:
        return f"WRONG: {result.name} ({result.country or 'crossing'}) is {far:.0f} km away"
    if answered and countries and not answered & countries and hinted:
        return f"WRONG: {result.name} is in {result.country}"
    return "ok"


def _point(name: Name):
    from shapely.geometry import Point

    return Point(name.lon, name.lat)


def audit(names: Sequence[Name], *, hinted: bool = True) -> list[dict]:
    """Geocode each name bare and (``hinted``) with each true country; one record each."""
    gazetteer = load_gazetteer()
    records = []
    seen: set[tuple[str, str]] = set()
    for name in names:
        for hint in ("", *name.countries) if hinted else ("",):
            if (name.text, hint) in seen:
                continue
            seen.add((name.text, hint))
            result = geocode_place(name.text, country=hint or None, gazetteer=gazetteer)
            records.append(
                {
                    "name": name,
                    "hint": hint,
                    "result": result,
                    "verdict": verdict(result, name, bool(hint)),
                }
            )
    return records


def _outcome(record: dict) -> str:
    return "WRONG" if record["verdict"].startswith("WRONG") else record["verdict"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list ambiguous too")
    args = parser.parse_args(argv)
    names = [*field_names(), *crossing_names()]
    records = audit(names)
    phrases = audit(list(field_phrases()), hinted=False)
    for record in [*records, *phrases]:
        outcome = _outcome(record)
        if outcome == "WRONG" or (args.verbose and outcome == "ambiguous"):
            name = record["name"]
            print(
                f"{outcome:9} {name.text!r} [{record['hint'] or 'no hint'}] "
                f"({name.source}): {record['verdict']}"
            )
    print()
    print("| what | answers | ok | ambiguous | unresolved | WRONG |")
    print("|---|---:|---:|---:|---:|---:|")
    groups = (
        ("names, bare", [r for r in records if not r["hint"]]),
        ("names, true country", [r for r in records if r["hint"]]),
        ("field phrases, bare", phrases),
    )
    for label, group in groups:
        counts = Counter(_outcome(r) for r in group)
        total = sum(counts.values())
        print(
            f"| {label} | {total} | {counts['ok']} | {counts['ambiguous']} | "
            f"{counts['unresolved']} | {counts['WRONG']} |"
        )
    print(
        f"\n{len({n.text for n in names})} distinct names from the field set and crossings "
        f"table, {len(phrases)} field phrases"
    )
    return 1 if any(_outcome(r) == "WRONG" for r in [*records, *phrases]) else 0


if __name__ == "__main__":
    sys.exit(main())
