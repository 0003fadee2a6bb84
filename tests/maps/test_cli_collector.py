"""The cyclic collector around a command run as the process's own command line."""

from __future__ import annotations

import gc
import importlib
import sys

import pytest

from tests.sample import SEED_EVENTS


@pytest.fixture
def collector_restored():
    """Leave the test process's collector running and unfrozen, whatever main did."""
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def _noting_the_collector(monkeypatch, owner, name: str) -> list[bool]:
    """Replace ``owner.name`` by a wrapper that notes whether the collector runs at each call."""
    seen: list[bool] = []
    wrapped = getattr(owner, name)

    def noting(*args, **kwargs):
        seen.append(gc.isenabled())
        return wrapped(*args, **kwargs)

    monkeypatch.setattr(owner, name, noting)
    return seen


def test_a_command_is_imported_with_the_collector_paused(monkeypatch, collector_restored):
    from bordermap.maps import cli

    seen = _noting_the_collector(monkeypatch, cli, "build_parser")
    monkeypatch.setattr(sys, "argv", ["bordermap", "-q", "validate", str(SEED_EVENTS[0])])
    assert cli.main() == 0
    assert seen == [False]
    # validate does not keep it paused: what the imports made is frozen, and it runs on.
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_a_bad_option_leaves_the_collector_running(monkeypatch, collector_restored):
    from bordermap.maps import cli

    monkeypatch.setattr(sys, "argv", ["bordermap", "validate", "--no-such-option"])
    with pytest.raises(SystemExit):
        cli.main()
    assert gc.isenabled()


@pytest.mark.parametrize(
    ("command", "writer", "output"),
    [
        # Not only reading and resolving: the imports and the writing too (some 200
        # passes of the collector at 100k events otherwise).
        ("resolve", ("bordermap.geo.events.writers", "write_events"), "seed.geojson"),
        ("map", ("bordermap.maps.document", "write_html"), "seed.html"),
    ],
    ids=["resolve", "map"],
)
def test_the_collector_waits_for_the_whole_command(
    command, writer, output, tmp_path, monkeypatch, collector_restored
):
    from bordermap.maps import cli

    module, name = writer
    seen = _noting_the_collector(monkeypatch, importlib.import_module(module), name)
    out = tmp_path / output
    argv = ["bordermap", "-q", command, *map(str, SEED_EVENTS), "-o", str(out), "--offline"]
    monkeypatch.setattr(sys, "argv", argv)
    assert cli.main() == 0
    assert seen == [False]
    gc.unfreeze()
    gc.enable()
    # Called with its arguments (a caller's process goes on), nothing is paused.
    assert cli.main(argv[1:]) == 0
    assert seen == [False, True]
