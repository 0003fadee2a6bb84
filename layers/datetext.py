"""Event dates in words that keep their precision."""

from __future__ import annotations

import datetime as dt

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

NOT_DISCLOSED = "date not disclosed"


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _parse(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def date_in_words(start: str, end: str, precision: str) -> str:
    """Say when an event happened, no more exactly than the report did.

    Parameters
    ----------
    start, end : str
        First and last possible day as ISO dates, or ``""`` when unknown.
    precision : str
        ``day``, ``month``, ``year``, ``range`` or ``unknown``.

    Returns
    -------
    str
        "15 January 2026", "January 2026", "2026", "between 1 and 14 January 2026",
        "between 28 December 2025 and 3 January 2026" or "date not disclosed".

    Examples
    --------
    >>> date_in_words("2026-01-01", "2026-01-14", "range")
    'between 1 and 14 January 2026'
    """
    first, last = _parse(start), _parse(end)
    if first is None or precision == "unknown":
        return NOT_DISCLOSED
    last = last or first
    if precision == "day" or first == last:
        return _day(first)
    if precision == "month":
        return f"{_MONTHS[first.month - 1]} {first.year}"
    if precision == "year":
        return str(first.year)
    if first.year != last.year:
        return f"between {_day(first)} and {_day(last)}"
    if first.month != last.month:
        return (
            f"between {first.day} {_MONTHS[first.month - 1]} and "
            f"{last.day} {_MONTHS[last.month - 1]} {last.year}"
        )
    return f"between {first.day} and {last.day} {_MONTHS[first.month - 1]} {first.year}"
