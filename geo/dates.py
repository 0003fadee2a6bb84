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

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

FORMS_HELP = "use YYYY-MM-DD, YYYY-MM, YYYY, a range START/END, or leave it empty if unknown"


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
        try:
            day_date = dt.date(year, month, day)
        except ValueError as err:
            raise ValueError(f"impossible date: {err}") from None
        return day_date, day_date, "day"
    if match := _MONTH.match(text):
        year, month = (int(part) for part in match.groups())
        if not 1 <= month <= 12:
            raise ValueError(f"impossible date: month {month} is not 1-12")
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last), "month"
    if match := _YEAR.match(text):
        year = int(match.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    raise ValueError(f"not a date: {FORMS_HELP}")


@lru_cache(maxsize=4096)  # event files repeat the same few dates many times
def parse_vague_date(text: str) -> VagueDate:
    """Parse a date as written in an event file.

    Parameters
    ----------
    text : str
        ``""`` (unknown), ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or ``START/END`` where
        START and END are any of the single forms.

    Returns
    -------
    VagueDate

    Raises
    ------
    ValueError
        With a message saying what is wrong (impossible day, reversed range...).

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
