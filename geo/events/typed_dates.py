"""Dates as people type them, read into the ISO forms of :mod:`bordermap.geo.events.dates`.

``15/01/2026``, ``15.01.2026``, ``16 Jan 2026``, ``Jan 16, 2026``, ``January 2026``
and a spreadsheet's ``2026-01-15 00:00:00`` all become ISO text.  Where the day and
month could be swapped (``03/04/2026``) the order must be declared once
(``date_order = "DMY"``); without it both readings are shown and the date refused.
ISO forms (``2026-01-15``, ``2026-01``, ``2026``, ranges ``START/END``) pass as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bordermap.geo.events.dates import FORMS_HELP, check_year

_NUMERIC = re.compile(r"^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$", re.ASCII)
_ISO_WITH_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$", re.ASCII)
_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTHS["sept"] = 9
_MONTH_WORD = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_WORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"^{_DAY_WORD}[\s-]+{_MONTH_WORD}[\s,-]+(\d{{4}})$", re.I)
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH_WORD}\s+{_DAY_WORD},?\s+(\d{{4}})$", re.I)
_MONTH_YEAR = re.compile(rf"^{_MONTH_WORD}[\s,-]+(\d{{4}})$", re.I)
#: Separators of a typed range: "15/01/2026 - 20/01/2026", "16 Jan 2026 to 18 Jan 2026".
_RANGE = re.compile(r"\s+(?:-|–|—|to)\s+", re.I)
_ISO_FORM = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$", re.ASCII)


def _day(year: int, month: int, day: int, text: str) -> str:
    check_year(year)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as err:
        raise ValueError(f"impossible date: {err}") from None


def _reading(day: int, month: int, year: int) -> str:
    return f"{day} {calendar.month_name[month]} {year}" if 1 <= month <= 12 else "?"


def _numeric(match: re.Match[str], order: str | None, text: str) -> str:
    first, _, middle, last = match.groups()
    if len(first) == 4:  # 2026/01/15, 2026.01.15: year first is always Y-M-D
        return _day(int(first), int(middle), int(last), text)
    if len(last) != 4:
        raise ValueError(
            f"write the year in full (four digits) so it cannot be misread: {FORMS_HELP}"
        )
    a, b, year = int(first), int(middle), int(last)
    if order == "DMY" or (order is None and a > 12 >= b):
        return _day(year, b, a, text)
    if order == "MDY" or (order is None and b > 12 >= a):
        return _day(year, a, b, text)
    if order == "YMD":
        raise ValueError("date_order is YMD but this date does not start with the year")
    if a == b:
        return _day(year, a, b, text)
    if a > 12 and b > 12:
        raise ValueError("impossible date: neither of the first two numbers is a month")
    raise ValueError(
        f"ambiguous date: {_reading(a, b, year)} (day first) or {_reading(b, a, year)} "
        '(month first); declare the order once: date_order = "DMY" (or "MDY") in the '
        "recipe, or --date-order DMY"
    )


def _single(text: str, order: str | None) -> tuple[str, bool]:
    """One typed date → (ISO text, whether it was retyped)."""
    if _ISO_FORM.match(text):
        return text, False
    if match := _ISO_WITH_TIME.match(text):
        day, hour, minute, second = match.groups()
        if (hour, minute, second or "00") != ("00", "00", "00"):
            raise ValueError(
                "a date with a time of day: keep the day here and put the time in a 'time' column"
            )
        return day, True
    if match := _NUMERIC.match(text):
        return _numeric(match, order, text), True
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = match.groups()
        return _day(int(year), _MONTHS[month.lower()], int(day), text), True
    if match := _MONTH_DAY_YEAR.match(text):
        month, day, year = match.groups()
        return _day(int(year), _MONTHS[month.lower()], int(day), text), True
    if match := _MONTH_YEAR.match(text):
        month, year = match.groups()
        check_year(int(year))
        return f"{int(year):04d}-{_MONTHS[month.lower()]:02d}", True
    raise ValueError(
        f"not a date: {FORMS_HELP}, or a typed form such as 15/01/2026, 16 Jan 2026 or "
        "January 2026"
    )


def iso_date_text(text: str, *, order: str | None = None) -> str:
    """Return the ISO form of a date as typed; ISO input comes back as written.

    Parameters
    ----------
    text : str
        A date as written in an event file or a spreadsheet cell.
    order : {"DMY", "MDY", "YMD"}, optional
        How to read ``03/04/2026``; ``None`` accepts only dates one reading fits.

    Returns
    -------
    str
        ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``START/END`` or ``""``.  Whether the
        result is a valid date is still :func:`bordermap.geo.events.dates.parse_vague_date`'s
        call for ISO input.

    Raises
    ------
    ValueError
        For an ambiguous date without ``order`` (both readings named), an
        impossible one, a two-digit year, or text that is no date form.

    Examples
    --------
    >>> iso_date_text("15/01/2026"), iso_date_text("16 Jan 2026"), iso_date_text("January 2026")
    ('2026-01-15', '2026-01-16', '2026-01')
    >>> iso_date_text("03/04/2026", order="DMY")
    '2026-04-03'
    """
    text = text.strip()
    if not text or _ISO_FORM.match(text):
        return text
    parts = _RANGE.split(text)
    if len(parts) == 2:
        return "/".join(_single(part.strip(), order)[0] for part in parts)
    if "/" in text and not _NUMERIC.match(text):
        first, _, last = text.partition("/")
        return f"{_single(first.strip(), order)[0]}/{_single(last.strip(), order)[0]}"
    return _single(text, order)[0]


def forced_order(text: str) -> str | None:
    """``"DMY"`` or ``"MDY"`` when a typed numeric date fits only that order, else None.

    A file whose dates force both orders (``15/01/2026`` and ``01/15/2026``) mixes
    conventions; the loader refuses it unless the order is declared.
    """
    match = _NUMERIC.match(text.strip())
    if not match or len(match.group(1)) == 4:
        return None
    a, b = int(match.group(1)), int(match.group(3))
    if a > 12 >= b:
        return "DMY"
    if b > 12 >= a:
        return "MDY"
    return None
