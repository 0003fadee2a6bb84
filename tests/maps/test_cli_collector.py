"""The cyclic collector around a command run as the process's own command line."""

from __future__ import annotations

import gc
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


def test_a_command_is_imported_with_the_collector_paused(monkeypatch, collector_restored):
    from bordermap.maps import cli

    seen = []
    build_parser = cli.build_parser

    def noting(*args, **kwargs):
        seen.append(gc.isenabled())
        return build_parser(*args, **kwargs)

    monkeypatch.setattr(cli, "build_parser", noting)
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


def test_the_collector_waits_for_the_whole_map_command(tmp_path, monkeypatch, collector_restored):
    from bordermap.maps import cli
    from bordermap.maps.commands import mapoutput

    seen = []
    write_html = mapoutput.write_html

    def noting(*args, **kwargs):
        seen.append(gc.isenabled())
        return write_html(*args, **kwargs)

    monkeypatch.setattr(mapoutput, "write_html", noting)
    out = tmp_path / "seed.html"
    argv = ["bordermap", "-q", "map", *map(str, SEED_EVENTS), "-o", str(out), "--offline"]
    monkeypatch.setattr(sys, "argv", argv)
    assert cli.main() == 0
    assert seen == [False]
    gc.unfreeze()
    gc.enable()
    # Called with its arguments (a caller's process goes on), nothing is paused.
    assert cli.main(argv[1:]) == 0
    assert seen == [False, True]
