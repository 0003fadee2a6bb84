"""Read a report (plain text, Markdown or saved HTML) into clean paragraphs and metadata.

A saved web page carries much that is not the report: menus, share buttons, "more news"
lists, bylines, author boxes and copyright lines.  They are dropped here, so the later
rules never read "Please Share This Post" as a sentence.  Every character offset the
extractor gives (an event's ``evidence``) counts in :attr:`Report.text`, the cleaned
text the review page shows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from bordermap.geo.errors import BorderMapError

__all__ = ["Report", "ReportError", "parse_written_date", "read_report", "report_from_text"]

#: Header keys read from the top of a text file ("URL: https://...").
_HEADER_KEYS = {
    "url": "url",
    "link": "url",
    "source": "publisher",
    "publisher": "publisher",
    "published": "published",
    "date": "published",
    "title": "title",
    "based-on": "based_on",
    "based on": "based_on",
}
_HEADER = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z -]{1,15}?)\s*:\s*(?P<value>.*?)\s*$")
#: A dated byline line ("Update Time : Saturday, January 17, 2026").
_DATE_LINE = re.compile(
    r"^\W*(?:update(?:d)?(?:\s+time)?|published(?:\s+on)?|posted(?:\s+on)?|date)\s*:?\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WRITTEN_DATES = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(
        rf"(?P<mon>{_MONTH_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I
    ),
    re.compile(
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_WORD})\.?,?\s+(?P<y>\d{{4}})", re.I
    ),
)

#: Whole lines that are page furniture, not report.
_BOILERPLATE = re.compile(
    r"""^\W*(?:
        (?:please\s+)?(?:share|follow|subscribe|like|tweet|print|email)\b.{0,80}$
      | (?:more|related|latest|recommended|popular|other|top)\s+
        (?:news|stories|posts|articles|reads)\b.*$
      | read\s+(?:more|also|next)\b.{0,80}$
      | (?:©|\(c\)|copyright\b).*$
      | .{0,60}all\s+rights\s+reserved.*$
      | avatar\s+photo\b.*$
      | design\s+(?:and|&)\s+development\b.*$
      | (?:photo|image|credit|source)\s*:.{0,120}$
      | advertisement$
      | (?:skip\s+to\s+(?:main\s+)?content|menu|home|search|sign\s+in|log\s+in)$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: "Jennifer Hicks is a columnist ..." author boxes.
_AUTHOR_BOX = re.compile(
    r"^\W*(?:[Aa]vatar\s+[Pp]hoto\s+)?(?P<author>(?:[A-Z][\w.'’-]+\s+){1,3})is\s+an?\s+(?:\w+\s+){0,3}"
    r"(?:columnist|journalist|reporter|writer|correspondent|editor|commentator|contributor)\b"
)
#: "© All rights reserved © 2005-2024 BLiTZ": the name after the years is the publisher.
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)[^©]*?(?:\d{4}\s*[-–]\s*)?\d{4}\s+(?P<name>[A-Z][\w.&' -]{1,40}?)"
    r"\.?\s*(?:all\s+rights\s+reserved\.?)?\s*$",
    re.IGNORECASE,
)
#: Sections after which everything is navigation ("More News Of This Category").
_TAIL_START = re.compile(
    r"^\W*(?:more|related|latest|recommended)\s+(?:news|stories|posts|articles)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]*\s*$")
#: A paragraph shorter than this with no full stop is a heading, caption or menu item.
_MIN_WORDS_WITHOUT_STOP = 8
#: Longest headline, in words, taken from the first line.
_MAX_TITLE_WORDS = 30


class ReportError(BorderMapError, ValueError):
    """A report cannot be read (missing, not text, or nothing left once cleaned)."""


@dataclass(frozen=True)
class Report:
    """A report's cleaned text and what is known about its source.

    Attributes
    ----------
    path : str
        The file it came from, as given.
    text : str
        The report's paragraphs, separated by blank lines, without page furniture.
    title : str
        The headline, when the file shows one.
    url, publisher : str
        Where it was published and by whom ("" when unknown).
    published : datetime.date or None
        Publication date: relative dates ("on Tuesday") count from it.
    kind : str
        ``text``, ``markdown`` or ``html``.
    based_on : str
        For a paraphrase, the report it retells (a ``Based on:`` header line).
    author : str
        The byline's name, when an author box gives it.
    """

    path: str
    text: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: dt.date | None = None
    kind: str = "text"
    based_on: str = ""
    author: str = ""
    paragraphs: tuple[tuple[int, int], ...] = field(default=(), compare=False)


def parse_written_date(text: str) -> dt.date | None:
    """Read a date written as ``2026-01-17``, ``January 17, 2026`` or ``17 January 2026``.

    Returns None when no such date is found or it does not exist.
    """
    for pattern in _WRITTEN_DATES:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["mon"].lower()]
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            return None
    return None


class _PageText(HTMLParser):
    """Collect a saved page's readable text, skipping navigation and furniture."""

    _SKIP_TAGS = frozenset(
        {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
         "button", "svg", "iframe", "select", "template", "figure"}
    )  # fmt: skip
    _VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area"})
    _BLOCKS = frozenset(
        {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article",
         "section", "tr", "table", "blockquote", "main", "dd", "dt", "pre"}
    )  # fmt: skip
    _FURNITURE = re.compile(
        r"share|social|menu|navbar|\bnav\b|related|more-news|morenews|newsletter|comment|"
        r"breadcrumb|footer|header|sidebar|advert|\bads?\b|promo|cookie|author|byline|"
        r"subscribe|widget|tags|caption|"
        # "<p class=\"meta\">By our desk | 15 February 2021</p>", "post-meta", "entry-meta":
        # the byline and time stamp of the page, no text of the report.
        r"\bmeta\b|timestamp",
        re.IGNORECASE,
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.article_depth = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._in_title = False
        self._in_h1 = False

    @property
    def skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key:
                self.meta.setdefault(key, values.get("content", ""))
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower():
            self.meta.setdefault("canonical", values.get("href", ""))
            return
        if tag in self._VOID:
            if tag == "br":
                self._emit("\n")
            return
        marks = f"{values.get('class', '')} {values.get('id', '')} {values.get('role', '')}"
        skip = tag in self._SKIP_TAGS or bool(self._FURNITURE.search(marks))
        self.stack.append((tag, skip))
        if tag == "article" and not skip:
            self.article_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in self._BLOCKS:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skip = self.stack.pop()
            if open_tag == "article" and not skip and self.article_depth:
                self.article_depth -= 1
            if open_tag == tag:
                break
        if tag in self._BLOCKS:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._in_h1:
            self.h1_parts.append(data)
        if self.skipping:
            return
        self._emit(data)

    def _emit(self, text: str) -> None:
        if self.skipping:
            return
        self.parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)


def _html_to_text(source: str) -> tuple[str, dict[str, str]]:
    parser = _PageText()
    parser.feed(source)
    parser.close()
    body = "".join(parser.article_parts) if "".join(parser.article_parts).strip() else ""
    body = body or "".join(parser.parts)
    # The page's text is prose: runs of spaces and tabs inside a line are layout.
    body = "\n".join(re.sub(r"[ \t\r\f\v\xa0]+", " ", line) for line in body.split("\n"))
    meta = parser.meta
    found = {
        "title": " ".join("".join(parser.h1_parts).split())
        or " ".join("".join(parser.title_parts).split())
        or meta.get("og:title", ""),
        "url": meta.get("og:url") or meta.get("canonical", ""),
        "publisher": meta.get("og:site_name", ""),
        "published": meta.get("article:published_time") or meta.get("date", ""),
    }
    return body, {k: v for k, v in found.items() if v}


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d+[.)]\s+)")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")


def _markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    lines: list[str] = []
    title = ""
    for line in source.split("\n"):
        if _MD_RULE.match(line):
            lines.append("")
            continue
        heading = re.match(r"^\s{0,3}#\s+(.*)$", line)
        if heading and not title:
            title = heading.group(1).strip()
            lines.append("")
            continue
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        if re.match(r"^\s{0,3}#{1,6}\s+", line):
            # A heading stands alone even when no blank line follows it.
            lines.extend(["", _MD_LINE_MARK.sub("", line), ""])
            continue
        lines.append(_MD_LINE_MARK.sub("", line))
    return "\n".join(lines), {"title": title} if title else {}


def _read_header(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Take ``Key: value`` lines at the top of a text file."""
    found: dict[str, str] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            if found:
                index += 1
                break
            index += 1
            continue
        match = _HEADER.match(line)
        key = match.group("key").strip().lower() if match else ""
        if not match or key not in _HEADER_KEYS:
            break
        found[_HEADER_KEYS[key]] = match.group("value")
        index += 1
    if not found:
        return {}, lines
    return found, lines[index:]


def _clean_paragraphs(body: str) -> tuple[list[str], dict[str, str]]:
    """Split into paragraphs, dropping furniture lines; lines of a paragraph are joined."""
    found: dict[str, str] = {}
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            text = " ".join(" ".join(current).split())
            stops = bool(_SENTENCE_END.search(text))
            if text and not stops and not paragraphs and "title" not in found:
                # The first line without a full stop is the headline.
                if len(text.split()) <= _MAX_TITLE_WORDS:
                    found["title"] = text
            elif text and (stops or len(text.split()) >= _MIN_WORDS_WITHOUT_STOP):
                paragraphs.append(text)
            current.clear()

    in_tail = False
    for raw in body.split("\n"):
        line = raw.strip().strip("•·|").strip()
        if not line:
            close()
            continue
        if _TAIL_START.match(line):
            in_tail = True
        if in_tail:
            # After "More news": lists of other stories; only the footer's owner counts.
            if owner := _COPYRIGHT_OWNER.search(line):
                found.setdefault("publisher", owner.group("name").strip())
            continue
        dated = _DATE_LINE.match(line)
        if dated and len(line) < 80 and (when := parse_written_date(dated.group("v"))):
            found.setdefault("published", when.isoformat())
            close()
            continue
        if _BOILERPLATE.match(line) or _AUTHOR_BOX.match(line):
            # Furniture still tells who wrote and who published the report.
            if owner := _COPYRIGHT_OWNER.search(line):
                found.setdefault("publisher", owner.group("name").strip())
            if author := _AUTHOR_BOX.match(line):
                found.setdefault("author", author.group("author").strip())
            close()
            continue
        current.append(line)
    close()
    return paragraphs, found


def _kind_of(path: Path, source: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in ("", ".txt") and re.match(r"\s*(?:<!doctype html|<html)", source, re.I):
        return "html"
    return "text"


def report_from_text(
    source: str,
    *,
    path: str = "<text>",
    kind: str = "text",
    url: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
) -> Report:
    """Clean a report given as a string (see :func:`read_report`).

    Parameters
    ----------
    source : str
        The file's text.
    path : str, optional
        Name used in messages and ids.
    kind : {"text", "markdown", "html"}
        How to read ``source``.
    url, publisher, published : optional
        Metadata that wins over what the text itself says.

    Returns
    -------
    Report

    Raises
    ------
    ReportError
        If nothing readable is left.
    """
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # Header lines may stand above a saved page too ("Published: ..." written over
    # "<!DOCTYPE html>"); a page that opens on its markup has none.
    header, lines = _read_header(lines)
    body = "\n".join(lines)
    page: dict[str, str] = {}
    if kind == "html":
        body, page = _html_to_text(body)
    elif kind == "markdown":
        body, page = _markdown_to_text(body)
    paragraphs, found = _clean_paragraphs(body)
    if not paragraphs:
        raise ReportError(
            f"{path}: no report text found once menus and page furniture are removed"
        )
    meta = {**found, **page, **header}
    when = published
    if when is None and meta.get("published"):
        when = parse_written_date(meta["published"])
        if when is None:
            raise ReportError(
                f"{path}: publication date {meta['published']!r} is not a date; "
                "write it as YYYY-MM-DD or give --published"
            )
    text = "\n\n".join(paragraphs)
    spans: list[tuple[int, int]] = []
    start = 0
    for paragraph in paragraphs:
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return Report(
        path=path,
        text=text,
        title=meta.get("title", ""),
        url=url if url is not None else meta.get("url", ""),
        publisher=publisher if publisher is not None else meta.get("publisher", ""),
        published=when,
        kind=kind,
        based_on=meta.get("based_on", ""),
        author=meta.get("author", ""),
        paragraphs=tuple(spans),
    )


def read_report(
    path: str | Path,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
) -> Report:
    """Read a report file: plain text, Markdown (``.md``) or a saved web page (``.html``).

    Parameters
    ----------
    path : str or Path
        The report.  A text or Markdown file, or a saved page, may start with header
        lines (``URL: ...``, ``Published: YYYY-MM-DD``, ``Publisher: ...``, ``Title: ...``).
    url, publisher, published : optional
        Metadata given on the command line; each wins over the file's own.

    Returns
    -------
    Report

    Raises
    ------
    ReportError
        If the file is missing, is not UTF-8 text, or holds no report text.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as err:
        raise ReportError(f"{path}: cannot read the report: {err.strerror or err}") from err
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReportError(
            f"{path}: not UTF-8 text (byte {err.start}); save the report as UTF-8"
        ) from err
    return report_from_text(
        source,
        path=str(path),
        kind=_kind_of(file, source),
        url=url,
        publisher=publisher,
        published=published,
    )
