"""Print the places that need a person's review: unresolved and ambiguous ones."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from bordermap.geo.events.loading import source_label

#: Review lines printed before the rest is summed up (``-v`` prints all).
SHOWN = 20


def print_review(
    review: pd.DataFrame,
    *,
    verbose: int,
    full_list: str,
    base: Path | None = None,
    given: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Print one ``FILE:LINE: place: ...`` line per event to review, on stderr.

    Parameters
    ----------
    review : DataFrame
        As in :attr:`bordermap.geo.resolve.ResolveResult.review`.
    verbose : int
        With 1 or more every line is printed; otherwise the first :data:`SHOWN`
        and a count of the rest, so a large batch does not bury its summary.
    full_list : str
        Where the complete list is (a file, the map's legend), named in the summary.
    base : Path, optional
        The folder ``source_file`` is relative to (a recipe's); lines then name the
        file relative to the working directory, so it opens from where the user is.
    given : iterable of path-like, optional
        The event files as the user named them on the command line; a line names its
        file that way (outputs record it relative to ``base`` or the working directory).
    """
    as_given = {source_label(path, base=base): os.fspath(path) for path in given}
    # Only the printed rows become tuples: at a million events the review can hold
    # hundreds of thousands of rows, of which 20 are printed.
    shown = review if verbose or len(review) <= SHOWN else review.iloc[:SHOWN]
    for row in shown.itertuples(index=False):
        where = as_given.get(row.source_file) or (
            row.source_file if base is None else os.path.relpath(base / row.source_file)
        )
        print(
            f"{where}:{row.source_line}: place: {row.resolve_status}: {row.reason}"
            f" (got {row.place!r})"
            + (f"; candidates: {row.candidates}" if row.candidates else ""),
            file=sys.stderr,
        )
    if len(shown) < len(review):
        print(
            f"... and {len(review) - len(shown)} more place(s) to review: all are in "
            f"{full_list} (-v prints them here)",
            file=sys.stderr,
        )
