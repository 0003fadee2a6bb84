"""Vague dates: ``2026-01-15``, ``2026-01``, ``2026``, ``2025-12-01/2026-01-14`` or unknown.

Reports rarely give an exact day ("when ... were not disclosed"), so an event date
is a closed interval of days with the precision its written form implies.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
_YEAR = re.compile(r"^(\d{4})$", re.ASCII)

FORMS_HELP = "use YYYY-MM-DD, YYYY-MM, YYYY, a range START/END, or leave it empty if unknown"

#: Years a date may name.  Events at today's borders, their reports and the archives
#: behind them fall well inside; a slip such as ``9999-12`` or ``0000-00-00`` does not,
#: and would otherwise stretch every timeline and monthly table over millennia.
MIN_YEAR = 1900
MAX_YEAR = 2100


def check_year(year: int) -> None:
    """Raise ``ValueError`` unless ``year`` lies in :data:`MIN_YEAR`..:data:`MAX_YEAR`."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(
            f"year {year} is outside the years bordermap accepts, {MIN_YEAR}-{MAX_YEAR}"
        )


@dataclass(frozen=True)
class VagueDate:
    """An interval of days and the precision of the form it was written in.

    Attributes
    ----------
    start, end : datetime.date or None
        First and last day the event may have happened; both ``None`` when unknown.
    precision : str
        ``day``, ``month``, ``year``, ``range`` or ``unknown``.
    """

    start: dt.date | None
    end: dt.date | None
    precision: str

    @property
    def known(self) -> bool:
        """Whether anything is known about the date."""
        return self.start is not None


UNKNOWN = VagueDate(None, None, "unknown")


def _parse_single(text: str) -> tuple[dt.date, dt.date, str]:
    """Parse one non-range form into (first day, last day, precision)."""
    if match := _DAY.match(text):
        year, month, day = (int(part) for part in match.groups())
        check_year(year)
        try:
            day_date = dt.date(year, month, day)
        except ValueError as err:
            raise ValueError(f"impossible date: {err}") from None
        return day_date, day_date, "day"
    if match := _MONTH.match(text):
        year, month = (int(part) for part in match.groups())
        check_year(year)
        if not 1 <= month <= 12:
            raise ValueError(f"impossible date: month {month} is not 1-12")
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last), "month"
    if match := _YEAR.match(text):
        year = int(match.group(1))
        check_year(year)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    raise ValueError(f"not a date: {FORMS_HELP}")


@lru_cache(maxsize=4096)  # event files repeat the same few dates many times
def parse_vague_date(text: str) -> VagueDate:
    """Parse a date as written in an event file.

    Parameters
    ----------
    text : str
        ``""`` (unknown), ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``START/END`` where
        START and END are any of the single forms, in the years
        :data:`MIN_YEAR`..:data:`MAX_YEAR`.

    Returns
    -------
    VagueDate

    Raises
    ------
    ValueError
        With a message saying what is wrong (impossible day, a year out of range,
        reversed range...).

    Examples
    --------
    >>> parse_vague_date("2026-01").end
    datetime.date(2026, 1, 31)
    >>> parse_vague_date("2025-12-01/2026-01-14").precision
    'range'
    """
    text = text.strip()
    if not text:
        return UNKNOWN
    if "/" in text:
        first, _, last = text.partition("/")
        start = _parse_single(first.strip())[0]
        end = _parse_single(last.strip())[1]
        if end < start:
            raise ValueError("range ends before it starts")
        return VagueDate(start, end, "range")
    start, end, precision = _parse_single(text)
    return VagueDate(start, end, precision)


def _written_day(text: str) -> dt.date | None:
    """The day ``text`` writes as exactly ``YYYY-MM-DD`` (an accepted year, a real
    day), else None (any other form, or a wrong one: :func:`parse_vague_date` says why).
    """
    # The length first: ``$`` also matches before a final line break.
    if len(text) != 10 or not _DAY.match(text):
        return None
    year = int(text[:4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def iso_bounds(text: str) -> tuple[str, str, str]:
    """The first and last day of a date as ISO text (``""`` when unknown), and its
    precision: :func:`parse_vague_date`'s answer written out.

    A day or a range of two days written as ISO already are their own bounds: checked
    as real days but not parsed into a :class:`VagueDate` and written again (5,380 of
    the 6,453 distinct dates of the 100k bench file are such ranges, 1,035 days).

    Raises
    ------
    ValueError
        As :func:`parse_vague_date`.

    Examples
    --------
    >>> iso_bounds("2025-12-01/2026-01-14")
    ('2025-12-01', '2026-01-14', 'range')
    >>> iso_bounds("2026-02")
    ('2026-02-01', '2026-02-28', 'month')
    """
    first, slash, last = text.partition("/")
    if not slash:
        if _written_day(text) is not None:
            return text, text, "day"
    else:
        start, end = _written_day(first), _written_day(last)
        if start is not None and end is not None and start <= end:
            return first, last, "range"
    when = parse_vague_date(text)
    return (
        when.start.isoformat() if when.start else "",
        when.end.isoformat() if when.end else "",
        when.precision,
    )
