"""Score `bordermap extract` against the hand-coded gold set in bench/extract/.

Each report (``NN-name.txt``, ``.md`` or ``.html``) has its gold events in
``NN-name.gold.yaml``.  An extracted event matches a gold one when place (the same
place once resolved by the offline gazetteer), date and status agree; each gold event
matches at most one extracted event.  Per-field accuracy compares every gold event with
the extracted event drawn from the sentence its ``evidence`` phrase is in.

Usage: .venv/bin/python bench/score_extract.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bordermap.geo.extraction import extract_events, read_report
from bordermap.geo.extraction.places import resolve_place

GOLD = Path(__file__).parent / "extract"
REPORT_SUFFIXES = (".txt", ".md", ".html")


def _norm(text: str) -> str:
    return " ".join(
        str(text or "").lower().replace("’", "'").replace("defense", "defence").split()
    )


def _place_key(text: str, hints: tuple[str, ...]) -> str:
    result = resolve_place(text, hints)
    return result.name if result.status != "unresolved" and result.name else _norm(text)


def score(verbose: bool = False) -> dict[str, float]:
    """Run the extractor on every gold report and return the scores."""
    totals = dict.fromkeys(("gold", "extracted", "matched"), 0)
    fields = dict.fromkeys(("place", "date", "status", "claimed_by"), 0)
    for path in sorted(p for p in GOLD.iterdir() if p.suffix in REPORT_SUFFIXES):
        gold = yaml.safe_load((GOLD / f"{path.stem}.gold.yaml").read_text(encoding="utf-8"))
        extraction = extract_events(read_report(path), id_prefix=path.stem[:2])
        hints = extraction.hints
        events = list(extraction.events)
        totals["gold"] += len(gold)
        totals["extracted"] += len(events)
        keys = [(_norm(_place_key(e.place, hints)), e.date, e.status) for e in events]
        free = set(range(len(events)))
        for item in gold:
            want = (_norm(_place_key(item["place"], hints)), str(item["date"]), item["status"])
            hit = next((i for i in sorted(free) if keys[i] == want), None)
            if hit is not None:
                free.discard(hit)
                totals["matched"] += 1
            aligned = next(
                (e for e in events if any(item["evidence"] in ev.text for ev in e.evidence)
                 and e.status == item["status"]),
                None,
            ) or next(
                (e for e in events if any(item["evidence"] in ev.text for ev in e.evidence)), None
            )  # fmt: skip
            if aligned is not None:
                fields["place"] += _norm(_place_key(aligned.place, hints)) == want[0]
                fields["date"] += aligned.date == want[1]
                fields["status"] += aligned.status == want[2]
                fields["claimed_by"] += _norm(";".join(aligned.claimed_by)) == _norm(
                    item.get("claimed_by", "")
                )
            if verbose:
                got = (
                    f"{_place_key(aligned.place, hints)} | {aligned.date} | {aligned.status} | "
                    f"{';'.join(aligned.claimed_by)}"
                    if aligned
                    else "no event from that sentence"
                )
                mark = "MATCH" if hit is not None else "miss "
                print(
                    f"{mark} {item['id']}: gold {want} {item.get('claimed_by', '')!r}\n       got {got}"
                )
        if verbose:
            for i in sorted(free):
                e = events[i]
                print(f"extra {e.id}: {keys[i]} {e.claimed_by} :: {e.description[:80]}")
    n = totals["gold"]
    result = {
        "reports": len([p for p in GOLD.iterdir() if p.suffix in REPORT_SUFFIXES]),
        "gold events": n,
        "extracted events": totals["extracted"],
        "recall": totals["matched"] / n,
        "precision": totals["matched"] / max(totals["extracted"], 1),
        **{f"{k} accuracy": v / n for k, v in fields.items()},
    }
    return result


def main() -> int:
    result = score(verbose="-v" in sys.argv)
    targets = {"recall": 0.80, "precision": 0.70, "place accuracy": 0.90,
               "date accuracy": 0.85, "status accuracy": 0.80}  # fmt: skip
    print("| measure | value | target |")
    print("|---|---|---|")
    for key, value in result.items():
        if isinstance(value, float):
            target = f"≥ {targets[key]:.0%}" if key in targets else ""
            print(f"| {key} | {value:.1%} | {target} |")
        else:
            print(f"| {key} | {value} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
