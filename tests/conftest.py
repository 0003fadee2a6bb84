"""Fixtures shared by every test package: small event files written in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sample import HEADER


@pytest.fixture
def write(tmp_path: Path):
    """Write text (or bytes) to a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def good_csv(write) -> Path:
    return write(
        "events.csv",
        HEADER
        + "\n"
        + "e1,2026-01-15,Fence repaired,border_infrastructure,confirmed,Krāslava,LV,,,"
        "LSM,https://example.org/a,2026-01-16\n"
        + "e2,2026-01,Group crossed,crossing_attempt,alleged,Latvia–Belarus border,,,,"
        "Delfi | LSM,https://example.org/b | https://example.org/c,2026-01-20 | \n",
    )
