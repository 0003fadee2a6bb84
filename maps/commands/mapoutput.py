"""What ``map`` and ``build`` print after writing a map (shared by both commands)."""

from __future__ import annotations

import sys
from pathlib import Path

from bordermap.maps.building import BuiltMap


def report(built: BuiltMap, path: Path, *, quiet: bool, seconds: float) -> None:
    """Print where the map went, how many events it shows, and every event it cannot."""
    for item in built.unplaced:
        print(
            f"{path}: not on the map ({item.reason}): {item.event_id} “{item.place}”",
            file=sys.stderr,
        )
    if not quiet:
        size_kb = len(built.html.encode("utf-8")) / 1024
        print(
            f"wrote {path} ({size_kb:,.0f} KB, {seconds:.1f} s): {built.placed} event(s) "
            f"on the map, {len(built.unplaced)} not placed",
            file=sys.stderr,
        )
