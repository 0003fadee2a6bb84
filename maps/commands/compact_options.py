"""``--compact-threshold N``, shared by ``map`` and ``build``."""

from __future__ import annotations

import argparse


def threshold(text: str) -> int:
    """Parse a threshold: a whole number of events, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of events, 0 or more (got {text!r})"
        )
    return value


def add_compact_option(parser: argparse.ArgumentParser, *, default_text: str) -> None:
    """Add ``--compact-threshold N`` to a sub-command."""
    parser.add_argument(
        "--compact-threshold",
        type=threshold,
        default=None,
        metavar="N",
        help=(
            "above N point-like events draw events in compact mode: canvas points from "
            f"packed data, shared places once with their count ({default_text})"
        ),
    )
