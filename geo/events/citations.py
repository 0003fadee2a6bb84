"""The sources events cite, numbered once each: ``cited_sources``.

A report lists every source behind its events with publisher, date and link, and
each event refers to its sources by number.  The same source cited by several
events (same publisher, link and date) gets one number, in order of first citation.
A link is kept only when it is an ``http(s)`` address; anything else (a
``javascript:`` link, a bare word) is shown as text, never as a link.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd

from bordermap.geo import schema
from bordermap.geo.events.loading import split_sources

#: Columns of the table :func:`cited_sources` returns.
SOURCE_COLUMNS: tuple[str, ...] = ("number", "publisher", "date", "url", "link", "events")


def safe_link(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) address with a host, else ``""``."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return text


def cited_sources(events: pd.DataFrame) -> tuple[pd.DataFrame, list[list[int]]]:
    """Number every distinct source the events cite.

    Parameters
    ----------
    events : DataFrame
        Events with ``source_name``, ``source_url``, ``source_date`` and ``id``.

    Returns
    -------
    sources : DataFrame
        Columns ``number`` (from 1), ``publisher``, ``date`` (as written, may be
        empty), ``url`` (as written), ``link`` (``url`` when it is http(s), else
        empty) and ``events`` (ids of the citing events, ``"; "``-joined), one row
        per distinct (publisher, url, date), in order of first citation.
    numbers : list of list of int
        For each event, in order, the numbers of the sources it cites.
    """
    index: dict[tuple[str, str, str], int] = {}
    citing: dict[int, list[str]] = {}
    numbers: list[list[int]] = []
    for row in events[
        [schema.ID, schema.SOURCE_URL, schema.SOURCE_NAME, schema.SOURCE_DATE]
    ].itertuples(index=False, name=None):
        event_id, url, name, date = (str(v) if v is not None else "" for v in row)
        cited = []
        for source in split_sources(url, name, date):
            key = (source.name, source.url, source.date)
            number = index.setdefault(key, len(index) + 1)
            if number not in cited:
                cited.append(number)
                citing.setdefault(number, []).append(event_id)
        numbers.append(cited)
    rows = [
        {
            "number": number,
            "publisher": name,
            "date": date,
            "url": url,
            "link": safe_link(url),
            "events": "; ".join(citing.get(number, [])),
        }
        for (name, url, date), number in index.items()
    ]
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS)), numbers
