"""ISO bounds of vague dates: the ISO fast path agrees with parse_vague_date everywhere."""

from __future__ import annotations

import itertools

import pytest

from bordermap.geo.events.dates import iso_bounds, parse_vague_date


def _written_out(text: str) -> tuple[str, str, str]:
    when = parse_vague_date(text)
    start = when.start.isoformat() if when.start else ""
    end = when.end.isoformat() if when.end else ""
    return start, end, when.precision


_PARTS = (
    "2024-02-29",
    "2023-02-29",
    "1899-12-31",
    "1900-01-01",
    "2100-12-31",
    "2101-01-01",
    "2024-13-01",
    "2024-00-10",
    "2024-06-31",
    "2024-1-05",
    "2024-01",
    "2024",
    "",
    " ",
    "2024-01-05\n",
    "2024-01-05 ",
    "\u0662024-01-05",
    "2024/01/01",
)


@pytest.mark.parametrize(
    "text",
    [*_PARTS, *(a + sep + b for a, b in itertools.product(_PARTS, repeat=2) for sep in "/ ")],
)
def test_iso_bounds_answers_as_the_parser(text):
    try:
        expected = _written_out(text)
    except ValueError as err:
        with pytest.raises(ValueError, match=f"^{err}$"):
            iso_bounds(text)
    else:
        assert iso_bounds(text) == expected


def test_iso_days_are_their_own_bounds():
    assert iso_bounds("2031-07-04") == ("2031-07-04", "2031-07-04", "day")
    assert iso_bounds("2031-07-04/2031-07-04") == ("2031-07-04", "2031-07-04", "range")
    assert iso_bounds("2031-07/2031-08-02") == ("2031-07-01", "2031-08-02", "range")


def test_a_reversed_or_impossible_iso_range_still_fails():
    with pytest.raises(ValueError, match="range ends before it starts"):
        iso_bounds("2031-07-04/2031-07-03")
    with pytest.raises(ValueError, match="impossible date"):
        iso_bounds("2031-02-30/2031-03-01")
    # A final line break passes the day pattern's ``$``: never taken as written.
    with pytest.raises(ValueError, match="not a date"):
        iso_bounds("2031-07-04\n/x")
