"""Pausing Python's cyclic garbage collector while a table's worth of objects is built.

Reading, checking and resolving 100,000 events makes a few hundred thousand objects
that live on (records, rows, results); each of them counts towards the collector's
thresholds, so it ran some 2,500 times in one ``resolve`` and spent about a fifth of
the run walking objects that hold no reference cycles.  Counting references still
frees everything as before; only the search for cycles waits until the work is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block.

    Nested and concurrent uses are safe: only the use that found the collector
    running turns it back on, so it runs again once the outermost one is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
