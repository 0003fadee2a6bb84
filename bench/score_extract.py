"""Score `bordermap extract` against the hand-coded gold set in bench/extract/.

Each report (``NN-name.txt``, ``.md`` or ``.html``) has its gold events in
``NN-name.gold.yaml``.  An extracted event matches a gold one when place (the same
place once resolved by the offline gazetteer; for a place it lacks, the same proper name
inside the phrase), date (the same days) and status agree;
each gold event matches at most one extracted event.  Per-field accuracy compares every
gold event with the extracted event drawn from the sentence its ``evidence`` phrase is in;
claimants agree when they name the same speaker by
:func:`bordermap.geo.extraction.speakers.same_speaker` ("Kigali" and "Rwandan government").

Usage: .venv/bin/python bench/score_extract.py [-v] [FOLDER]

FOLDER defaults to ``bench/extract``; ``bench/extract/heldout`` holds texts written
after the rules were tuned on the main set, scored once, never tuned on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from bordermap.geo.events.dates import parse_vague_date
from bordermap.geo.extraction import extract_events, read_report
from bordermap.geo.extraction.places import resolve_place
from bordermap.geo.extraction.speakers import same_speaker

GOLD = Path(__file__).parent / "extract"
REPORT_SUFFIXES = (".txt", ".md", ".html")


def _norm(text: str) -> str:
    return " ".join(
        str(text or "").lower().replace("’", "'").replace("defense", "defence").split()
    )


def _date_key(text: str) -> tuple:
    """A date as the days it covers: "2023-08" and "2023-08-01/2023-08-31" agree."""
    when = parse_vague_date(str(text or ""))
    return (when.start, when.end)


#: Words around the proper name of a place phrase ("near the village of X", "X border
#: post", "X border gate" (the English of Vietnamese and Chinese crossing names), "the X
#: area", "X in Y"); the scorer's own list, so a change to the extractor
#: cannot move it.
_AROUND_NAME = re.compile(
    r"^(?:(?:near|outside|close\s+to)\s+)?(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?"
    r"|\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post|post|gate|area)$"
    r"|,?\s+in\s+.*$",
    re.IGNORECASE,
)


def _core_name(text: str) -> str:
    return _AROUND_NAME.sub("", _AROUND_NAME.sub("", text.strip())).strip(" ,.")


def _place_key(text: str, hints: tuple[str, ...]) -> str:
    """The place a text resolves to; for a place the gazetteer lacks, its proper name.

    "Ras Jedir crossing", "the Ras Jedir border post" and "Ras Jedir" name one place the
    gazetteer does not hold: they agree by the name inside the phrase.
    """
    result = resolve_place(text, hints)
    if result.status != "unresolved" and result.name:
        return result.name
    return _norm(_core_name(text) or text)


def _reports(folder: Path) -> list[Path]:
    """The report files of a folder that have gold events (README.md has none)."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in REPORT_SUFFIXES and (folder / f"{p.stem}.gold.yaml").exists()
    )


def _aligned(item: dict, events: list, keys: list[tuple], want: tuple) -> object | None:
    """The draft from the gold event's sentence that its fields are compared with.

    Of the drafts whose evidence holds the gold sentence, the one agreeing on place, date
    and status (a sentence listing several places gives one draft each, and each gold
    event is compared with its own, not with the sentence's first), else the first of
    the same status, else the first; None when no draft comes from that sentence.
    """
    from_sentence = [
        i for i, e in enumerate(events) if any(item["evidence"] in ev.text for ev in e.evidence)
    ]
    for agrees in (lambda i: keys[i] == want, lambda i: keys[i][2] == want[2], lambda i: True):
        found = next((i for i in from_sentence if agrees(i)), None)
        if found is not None:
            return events[found]
    return None


def score(folder: Path = GOLD, verbose: bool = False) -> dict[str, float]:
    """Run the extractor on every gold report of ``folder`` and return the scores."""
    totals = dict.fromkeys(("gold", "extracted", "matched"), 0)
    fields = dict.fromkeys(("place", "date", "status", "claimed_by"), 0)
    for path in _reports(folder):
        gold = yaml.safe_load((folder / f"{path.stem}.gold.yaml").read_text(encoding="utf-8"))
        extraction = extract_events(read_report(path), id_prefix=path.stem[:2])
        hints = extraction.hints
        events = list(extraction.events)
        totals["gold"] += len(gold)
        totals["extracted"] += len(events)
        keys = [(_norm(_place_key(e.place, hints)), _date_key(e.date), e.status) for e in events]
        free = set(range(len(events)))
        for item in gold:
            want = (
                _norm(_place_key(item["place"], hints)),
                _date_key(item["date"]),
                item["status"],
            )
            hit = next((i for i in sorted(free) if keys[i] == want), None)
            if hit is not None:
                free.discard(hit)
                totals["matched"] += 1
            aligned = _aligned(item, events, keys, want)
            if aligned is not None:
                fields["place"] += _norm(_place_key(aligned.place, hints)) == want[0]
                fields["date"] += _date_key(aligned.date) == want[1]
                fields["status"] += aligned.status == want[2]
                # One body worded two ways ("Kigali", "Rwandan government") is one
                # claimant: see bordermap.geo.extraction.speakers.
                same_claimant = same_speaker(
                    ";".join(aligned.claimed_by), str(item.get("claimed_by", "") or "")
                )
                fields["claimed_by"] += same_claimant
                if verbose and not same_claimant:
                    print(f"claimed_by {item['id']}: gold {item.get('claimed_by', '')!r} "
                          f"got {';'.join(aligned.claimed_by)!r}")  # fmt: skip
            if verbose:
                got = (
                    f"{_place_key(aligned.place, hints)} | {aligned.date} | {aligned.status} | "
                    f"{';'.join(aligned.claimed_by)}"
                    if aligned
                    else "no event from that sentence"
                )
                mark = "MATCH" if hit is not None else "miss "
                print(
                    f"{mark} {item['id']}: gold {want} {item.get('claimed_by', '')!r}\n"
                    f"       got {got}"
                )
        if verbose:
            for i in sorted(free):
                e = events[i]
                print(f"extra {e.id}: {keys[i]} {e.claimed_by} :: {e.description[:80]}")
    n = totals["gold"]
    result = {
        "reports": len(_reports(folder)),
        "gold events": n,
        "extracted events": totals["extracted"],
        "recall": totals["matched"] / n,
        "precision": totals["matched"] / max(totals["extracted"], 1),
        **{f"{k} accuracy": v / n for k, v in fields.items()},
    }
    return result


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    result = score(folders[0] if folders else GOLD, verbose="-v" in sys.argv)
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
