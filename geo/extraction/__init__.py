"""Draft events from a report's text, by rules, offline and deterministically.

``read_report`` cleans a plain-text, Markdown or saved-HTML report;
``extract_events`` drafts one event per distinct incident or claim, each with its
evidence; ``draft_yaml`` writes them as an events file.  The review page that shows
them against the text is drawn by :mod:`bordermap.maps.extract_review`.
"""

from bordermap.geo.extraction.draft import draft_records, draft_yaml
from bordermap.geo.extraction.events import DraftEvent, Evidence, Extraction, extract_events
from bordermap.geo.extraction.text import Report, ReportError, read_report, report_from_text

__all__ = [
    "DraftEvent",
    "Evidence",
    "Extraction",
    "Report",
    "ReportError",
    "draft_records",
    "draft_yaml",
    "extract_events",
    "read_report",
    "report_from_text",
]
