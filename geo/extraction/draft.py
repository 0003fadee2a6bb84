"""Write drafted events as a YAML events file that ``bordermap validate`` accepts.

The events format has no file-level defaults (a YAML events file is a list of events,
see :mod:`bordermap.geo.events.readers`), so the report's source is written once per event.
Fields bordermap does not know are carried as text: ``evidence`` (each sentence with
its offsets in the report's cleaned text, ``START-END: sentence``), ``counts``,
``place_found`` and ``extracted_from``.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from bordermap.geo.extraction.events import DraftEvent, Extraction
from bordermap.geo.extraction.text import Report

__all__ = ["draft_records", "draft_yaml"]


class _Dumper(yaml.SafeDumper):
    """Plain YAML: no anchors or aliases (the event reader refuses them)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _source(report: Report) -> dict[str, str]:
    name = report.publisher or report.title or report.path
    if report.author and report.publisher:
        name = f"{report.publisher} ({report.author})"
    source = {"name": name}
    if report.url:
        source["url"] = report.url
    if report.published:
        source["date"] = report.published.isoformat()
    return source


def _record(event: DraftEvent, report: Report) -> dict[str, object]:
    record: dict[str, object] = {
        "id": event.id,
        "date": event.date,
        "reported": event.reported,
        "title": event.title,
        "description": event.description,
        "category": event.category,
        "status": event.status,
        "claimed_by": ";".join(event.claimed_by),
        "denied_by": ";".join(event.denied_by),
        "actors": ";".join(event.actors),
        "place": event.place,
        "notes": " ".join(event.notes),
        "tags": ";".join(dict.fromkeys(event.tags)),
        "sources": [_source(report)],
        "place_found": (
            f"{event.place_found} ({event.place_precision})" if event.place_found else ""
        ),
        "counts": list(event.counts),
        "evidence": [f"{e.start}-{e.end}: {e.text}" for e in event.evidence],
        "extracted_from": report.path,
    }
    return {k: v for k, v in record.items() if v not in ("", [], None) or k in ("date", "place")}


def draft_records(extractions: Sequence[Extraction]) -> list[dict[str, object]]:
    """The draft events of several reports as event-file mappings, in report order."""
    return [_record(e, x.report) for x in extractions for e in x.events]


def draft_yaml(extractions: Sequence[Extraction]) -> str:
    """The draft events file: a comment naming the reports, then the events.

    Parameters
    ----------
    extractions : sequence of Extraction
        One per report.

    Returns
    -------
    str
        YAML text that :func:`bordermap.geo.events.loading.check_events` reads without problems.
    """
    lines = [
        "# Draft events drafted by `bordermap extract` from:",
        *(
            f"#   {x.report.path}"
            + (f" ({x.report.publisher}, {x.report.published})" if x.report.publisher else "")
            for x in extractions
        ),
        "# Every event is a draft: check status, claimed_by, date and place against its",
        "# evidence (offsets count in the report's text as the review page shows it).",
        "",
    ]
    records = draft_records(extractions)
    body = yaml.dump(
        records, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=96
    ) if records else "[]\n"  # fmt: skip
    return "\n".join(lines) + body
