import pytest

from bordermap.layers.datetext import NOT_DISCLOSED, date_in_words


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2026-01-15", "2026-01-15", "day", "15 January 2026"),
        ("2026-01-01", "2026-01-31", "month", "January 2026"),
        ("2021-01-01", "2021-12-31", "year", "2021"),
        ("2026-01-01", "2026-01-14", "range", "between 1 and 14 January 2026"),
        ("2025-11-28", "2025-12-14", "range", "between 28 November and 14 December 2025"),
        ("2025-12-28", "2026-01-03", "range", "between 28 December 2025 and 3 January 2026"),
        ("", "", "unknown", NOT_DISCLOSED),
        ("", "", "", NOT_DISCLOSED),
    ],
)
def test_date_in_words_keeps_the_precision_of_the_report(start, end, precision, expected):
    assert date_in_words(start, end, precision) == expected


def test_not_disclosed_reads_as_words():
    assert NOT_DISCLOSED == "date not disclosed"
