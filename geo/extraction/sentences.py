"""Split a report's text into sentences, keeping each one's character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

#: Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "prof",
        "rev",
        "gov",
        "sen",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "approx",
        "est",
        "dept",
        "min",
        "adm",
        "brig",
        "cmdr",
        "corp",
        "inc",
        "ltd",
        "co",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+['\"”’)\]]*\s+(?=['\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)[.]$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w’'-]*)(?P<zone>\s+time\b)?")
#: Words that go on with a time of day: a day, a month, a time zone, "local".
_TIME_GOES_ON = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|[A-Z]{2,4})"
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it sits in the report and its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, 0, stop + 1)
    if not match or match.end() != stop + 1:
        return False
    word = match.group(1)
    if word.lower() in ("a.m", "p.m"):
        # "resumed at 5 p.m. Shoppers were stranded": a time ends the sentence when a
        # new one follows; "at 11:30 a.m. Sunday", "at 9 a.m. GMT", "at 8:30 a.m.
        # Moscow time" go on.
        after = _WORD_AFTER.match(text, stop + 1)
        return (
            after is None
            or bool(_TIME_GOES_ON.fullmatch(after.group(1)))
            or after.group("zone") is not None
        )
    if "." in word:  # U.S., e.g.
        return True
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def split_sentences(text: str, paragraphs: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """Split ``text`` into sentences.

    Parameters
    ----------
    text : str
        A report's cleaned text (see :func:`bordermap.geo.extraction.read_report`).
    paragraphs : tuple of (start, end), optional
        Paragraph spans; a paragraph always ends a sentence.  Without them, blank
        lines separate paragraphs.

    Returns
    -------
    list of Sentence
        In order, with ``text[s.start:s.end] == s.text``.
    """
    if not paragraphs:
        spans = []
        for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
            spans.append((match.start(), match.end()))
        paragraphs = tuple(spans)
    sentences: list[Sentence] = []
    for number, (start, end) in enumerate(paragraphs):
        cursor = start
        for match in _BOUNDARY.finditer(text, start, end):
            stop = match.start() + len(match.group(0).rstrip()) - 1
            first_stop = match.start()
            if text[first_stop] == "." and _is_abbreviation(text, first_stop):
                continue
            piece_end = stop + 1
            _add(sentences, text, cursor, piece_end, number)
            cursor = match.end()
        _add(sentences, text, cursor, end, number)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph, len(sentences)))
