"""Progress bars for long work; only the CLI shows them."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def _stream():
    # The bar draws with carriage returns; it shows only our own words and counts.
    return getattr(sys.stderr, "raw", sys.stderr)


def _disabled(quiet: bool) -> bool:
    # A bar on a pipe or a log file is noise; draw it only for a person at a terminal.
    return quiet or not sys.stderr.isatty()


def progress(
    items: Iterable[T], *, total: int | None = None, desc: str, quiet: bool
) -> Iterator[T]:
    """Yield ``items`` while drawing a bar on stderr when it is a terminal and not quiet."""
    if _disabled(quiet):
        # No bar: tqdm is not even imported, a part of every command's cold start.
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, file=_stream(), leave=False)


class ProgressBar:
    """A bar driven by a ``(done, total)`` callback, for library functions that report."""

    def __init__(self, *, desc: str, quiet: bool) -> None:
        self._bar = None
        if not _disabled(quiet):
            from tqdm import tqdm

            self._bar = tqdm(desc=desc, file=_stream(), leave=False)

    def update_to(self, done: int, total: int) -> None:
        """Move the bar to ``done`` of ``total``."""
        if self._bar is None:
            return
        self._bar.total = total
        self._bar.n = done
        self._bar.refresh()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
