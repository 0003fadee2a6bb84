"""Score offline placement of events coded from real border reports.

``bench/field/events.yaml`` is loaded with bordermap's own loader and resolved offline
with :func:`bordermap.geo.resolve.resolve_events` (the gazetteer, no network). For each
border the report is about (``border`` column of ``bench/field/events_truth.csv``) it
prints how many events were placed (resolved with a geometry), how many were placed
outside their country hint, and how each placement compares with the truth, classed as
``bench/score_places.py`` classes phrases.

Usage::

    .venv/bin/python bench/score_events.py [--events PATH] [--truth PATH] [--check]

Targets of issue 11: at least 90 % placed offline and none placed outside its hint;
``--check`` exits 1 when either is missed.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

# Run as a script, the repository root is not on the path; the classes are shared.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.score_places import OUTCOMES, Answer, Truth, classify, extent_distance_km
from bench.score_places import truth_of as places_truth_of

FIELD_DIR = Path(__file__).resolve().parent / "field"
EVENTS_YAML = FIELD_DIR / "events.yaml"
EVENTS_TRUTH = FIELD_DIR / "events_truth.csv"
#: Share of events that must be placed offline.
PLACED_TARGET = 0.90
#: An event placed at sea, in no country's land, is in its hint country's waters when
#: its circle comes this close to that country's coast: 200 nautical miles, the outer
#: limit of an exclusive economic zone (UNCLOS, article 57).
EEZ_KM = 370.4


def read_truth(path: Path = EVENTS_TRUTH) -> dict[str, dict[str, str]]:
    """Truth rows of the field events, by event id."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def truth_of(row: dict[str, str]) -> Truth:
    """The :class:`~bench.score_places.Truth` of one ``events_truth.csv`` row, read as
    the place sets' rows are (a border of French Guiana is France's in the data)."""
    return places_truth_of(row)


def answer_of(event) -> Answer:
    """An :class:`~bench.score_places.Answer` from one row of the resolved events table."""
    from bordermap.geo import schema

    point = event["geometry"]
    placed = point is not None and not point.is_empty
    uncertainty = event[schema.UNCERTAINTY_KM]
    return Answer(
        status=event[schema.RESOLVE_STATUS],
        precision=event[schema.PRECISION] or None,
        lat=point.y if placed else None,
        lon=point.x if placed else None,
        geometry=event[schema.EXTENT],
        country=event[schema.COUNTRY] or None,
        admin1_code=event[schema.ADMIN1_CODE] or None,
        border=event[schema.BORDER] or "",
        uncertainty_km=None if uncertainty is None or math.isnan(uncertainty) else uncertainty,
        name=event[schema.RESOLVED_NAME] or None,
    )


def is_placed(event) -> bool:
    """Resolved with a geometry."""
    point = event["geometry"]
    return event["resolve_status"] == "resolved" and point is not None and not point.is_empty


def is_outside_hint(event) -> bool:
    """Placed, with a country hint, and in another country, or at sea off the hint's waters.

    A place at sea (Scarborough Shoal for a Philippine event) lies in no country's
    land: it is outside its hint only when its circle stays farther than
    :data:`EEZ_KM` from that country.
    """
    from bordermap.geo import schema
    from bordermap.geo.borders.extents import country_extent
    from bordermap.geo.places.scope import BORDERS_HELD_BY

    hint = event[schema.COUNTRY_HINT]
    if not hint or not is_placed(event) or event[schema.COUNTRY] == hint:
        return False
    if event[schema.COUNTRY]:
        return True
    point = event["geometry"]
    reach = event[schema.UNCERTAINTY_KM]
    reach = 0.0 if reach is None or math.isnan(reach) else reach
    # French Guiana's waters are measured from its coast, which the outlines give France.
    outline = BORDERS_HELD_BY.get(hint, hint)
    return extent_distance_km(country_extent(outline), point.y, point.x) - reach > EEZ_KM


def score_events(events_path: Path, truth_path: Path) -> list[dict]:
    """Resolve the field events offline and score each one."""
    from bordermap.geo import schema
    from bordermap.geo.events.loading import load_events
    from bordermap.geo.resolve import resolve_events

    truth = read_truth(truth_path)
    resolved = resolve_events(load_events([events_path])).events
    scored = []
    for _, event in resolved.iterrows():
        ident = event[schema.ID]
        if ident not in truth:
            raise SystemExit(f"{truth_path}: no truth row for event {ident!r}; add one")
        verdict = classify(answer_of(event), truth_of(truth[ident]))
        scored.append(
            {
                "id": ident,
                "border": truth[ident]["border"],
                "place": event[schema.PLACE],
                "hint": event[schema.COUNTRY_HINT],
                "status": event[schema.RESOLVE_STATUS],
                "precision": event[schema.PRECISION],
                "country": event[schema.COUNTRY],
                "placed": is_placed(event),
                "outside_hint": is_outside_hint(event),
                "outcome": verdict.outcome,
                "reason": verdict.reason,
            }
        )
    return scored


def format_table(scored: Sequence[dict]) -> str:
    """Markdown table per border: placed, outside the hint, and the truth classes."""
    groups: dict[str, list[dict]] = {}
    for row in scored:
        groups.setdefault(row["border"], []).append(row)
    head = "| border | events | placed | outside hint | " + " | ".join(OUTCOMES) + " |"
    lines = [head, "|---" + "|---:" * (3 + len(OUTCOMES)) + "|"]
    for name, rows in [*sorted(groups.items()), ("**total**", list(scored))]:
        outcomes = Counter(r["outcome"] for r in rows)
        placed = sum(r["placed"] for r in rows)
        outside = sum(r["outside_hint"] for r in rows)
        cells = " | ".join(str(outcomes[o]) for o in OUTCOMES)
        lines.append(f"| {name} | {len(rows)} | {placed} | {outside} | {cells} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=Path, default=EVENTS_YAML)
    parser.add_argument("--truth", type=Path, default=EVENTS_TRUTH)
    parser.add_argument("--check", action="store_true", help="exit 1 below the targets")
    args = parser.parse_args(argv)

    scored = score_events(args.events, args.truth)
    print(format_table(scored), end="\n\n")
    for row in scored:
        if not row["placed"] or row["outside_hint"] or row["outcome"] == "WRONG":
            print(
                f"- {row['id']} {row['place']!r} [hint {row['hint'] or '-'}]: {row['status']}"
                f" {row['precision'] or ''} {row['country'] or ''} -> {row['outcome']}"
                f"{': ' + row['reason'] if row['reason'] else ''}"
            )
    placed = sum(r["placed"] for r in scored) / len(scored)
    outside = sum(r["outside_hint"] for r in scored)
    print(
        f"\n{len(scored)} events: placed offline {placed:.0%} (target >= {PLACED_TARGET:.0%}),"
        f" placed outside their country hint {outside} (target 0)"
    )
    if args.check and (placed < PLACED_TARGET or outside):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
