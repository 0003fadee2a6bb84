"""Fixtures shared by every test package: small event files written in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sample import HEADER

#: A parametrized test whose id holds this is one shard of a long pass.
SHARD_ID = "[shard"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Let ``make test``'s workers share the shards of a long test.

    ``make test`` hands whole files to each worker (``--dist loadfile``) so a file's module
    fixtures are built once; a file holding one long pass would then keep one worker busy
    while the other idles.  Its shards (ids ``[shardN]``) go out one by one instead.
    """
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class ShardedFileScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return nodeid if SHARD_ID in nodeid else super()._split_scope(nodeid)

    return ShardedFileScheduling(config, log)


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
