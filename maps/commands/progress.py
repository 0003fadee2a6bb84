"""Progress bars for long work; only the CLI shows them."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(
    items: Iterable[T], *, total: int | None = None, desc: str, quiet: bool
) -> Iterator[T]:
    """Yield ``items`` while drawing a bar on stderr when it is a terminal and not quiet."""
    disable = quiet or not sys.stderr.isatty()
    yield from tqdm(items, total=total, desc=desc, disable=disable, file=sys.stderr, leave=False)
