"""``bordermap validate`` as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import subprocess
import sys

from tests.sample import HEADER, SEED_EVENTS


def bordermap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bordermap.maps.cli", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_seed_events_validate():
    result = bordermap("validate", *map(str, SEED_EVENTS))
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stderr


def test_bad_file_exits_2_with_every_problem(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER + "\ne1,2026-02-30,T,other,alleged,Riga,,,,S,,\ne1,,T,other,alleged,Riga,,,,S,,\n",
        encoding="utf-8",
    )
    result = bordermap("validate", str(path))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"{path}:2: date: impossible date: day is out of range for month (got '2026-02-30')"
    )
    assert lines[1] == f"{path}:3: id: duplicate id, first used at {path}:2 (got 'e1')"
    assert lines[-1] == "bordermap: 2 problem(s); nothing was written"


def test_version_and_help():
    assert bordermap("--version").stdout.startswith("bordermap 0.")
    help_text = bordermap("--help").stdout
    assert "validate" in help_text


def test_a_named_command_imports_only_its_own_module():
    # `bordermap validate` must not pay for folium and matplotlib (a second a run).
    code = (
        "import sys; from bordermap.maps.cli import main; "
        "rc = main(['validate', *sys.argv[1:]]); "
        "print(sorted(m for m in ('folium', 'matplotlib') if m in sys.modules)); "
        "raise SystemExit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, SEED_EVENTS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
