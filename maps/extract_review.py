"""The review page: the report's text with what fed each draft event highlighted.

Rendered by an autoescaping Jinja environment from ``maps/templates/extract_review.html``;
report text and event fields reach the template only as values, never as template
source (see :mod:`bordermap.layers.rawhtml` for why).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from bordermap.geo.extraction.draft import draft_records
from bordermap.geo.extraction.events import Extraction

__all__ = ["review_html"]

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class _Piece:
    text: str
    kind: str  # "" for plain text
    event_ids: tuple[str, ...]


def _pieces(extraction: Extraction) -> list[list[_Piece]]:
    """The report's paragraphs as runs of plain and highlighted text (outer spans win)."""
    text = extraction.report.text
    chosen = []
    end_of_last = 0
    for item in sorted(extraction.highlights, key=lambda h: (h.start, -h.end)):
        if item.start >= end_of_last and item.end > item.start:
            chosen.append(item)
            end_of_last = item.end
    paragraphs: list[list[_Piece]] = []
    for start, end in extraction.report.paragraphs:
        pieces: list[_Piece] = []
        cursor = start
        for item in chosen:
            if item.start < start or item.end > end:
                continue
            if item.start > cursor:
                pieces.append(_Piece(text[cursor : item.start], "", ()))
            pieces.append(_Piece(text[item.start : item.end], item.kind, item.event_ids))
            cursor = item.end
        if cursor < end:
            pieces.append(_Piece(text[cursor:end], "", ()))
        paragraphs.append(pieces)
    return paragraphs


def review_html(extractions: Sequence[Extraction]) -> str:
    """Render the review page for one or more reports.

    Returns
    -------
    str
        One self-contained HTML page (no scripts or styles from elsewhere).
    """
    reports = []
    for extraction in extractions:
        report = extraction.report
        reports.append(
            {
                "path": report.path,
                "title": report.title,
                "publisher": report.publisher,
                "url": report.url if report.url.startswith(("http://", "https://")) else "",
                "published": report.published.isoformat() if report.published else "",
                "paragraphs": _pieces(extraction),
                "events": draft_records([extraction]),
            }
        )
    return _TEMPLATES.get_template("extract_review.html").render(reports=reports)
