"""The review lines printed on stderr: the first 20, or all with -v, and a count of the rest."""

from __future__ import annotations

import os

import pandas as pd
import pytest

from bordermap.geo.resolve import REVIEW_COLUMNS
from bordermap.maps.commands.review import SHOWN, print_review


def review_frame(count: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "source_file": [f"ev/{'a' if i % 3 else 'b'}.csv" for i in range(count)],
            "source_line": [i + 2 for i in range(count)],
            "id": [f"e{i}" for i in range(count)],
            "place": [f"Place {i}" if i % 5 else "O'Brien's farm" for i in range(count)],
            "country_hint": ["LV"] * count,
            "resolve_status": ["ambiguous" if i % 4 == 0 else "unresolved" for i in range(count)],
            "reason": [f"reason {i}" for i in range(count)],
            "candidates": ["A (LV); B (LT)" if i % 4 == 0 else "" for i in range(count)],
            "coarsened": [False] * count,
        },
        columns=list(REVIEW_COLUMNS),
    )


def expected_line(row: pd.Series, where: str) -> str:
    line = f"{where}:{row['source_line']}: place: {row['resolve_status']}: {row['reason']}"
    line += f" (got {row['place']!r})"
    return line + (f"; candidates: {row['candidates']}" if row["candidates"] else "")


@pytest.mark.parametrize(
    ("count", "verbose", "printed"), [(0, 0, 0), (SHOWN, 0, SHOWN), (53, 0, SHOWN), (53, 1, 53)]
)
def test_the_first_lines_are_printed_and_the_rest_counted(capsys, count, verbose, printed):
    review = review_frame(count)
    print_review(review, verbose=verbose, full_list="out.review.csv", given=["./ev/a.csv"])
    lines = capsys.readouterr().err.splitlines()
    wanted = [
        expected_line(row, "./ev/a.csv" if row["source_file"] == "ev/a.csv" else "ev/b.csv")
        for _, row in review.head(printed).iterrows()
    ]
    if printed < count:
        wanted.append(
            f"... and {count - printed} more place(s) to review: all are in "
            "out.review.csv (-v prints them here)"
        )
    assert lines == wanted


def test_lines_name_files_relative_to_the_working_directory_under_a_base(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    review = review_frame(25)
    print_review(review, verbose=0, full_list="the legend", base=tmp_path / "maps")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == SHOWN + 1
    assert lines[0] == expected_line(review.iloc[0], os.path.join("maps", "ev", "b.csv"))
    assert lines[-1].startswith("... and 5 more place(s) to review: all are in the legend")
