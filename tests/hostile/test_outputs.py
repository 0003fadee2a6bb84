"""Output paths: clear refusals before any work, whole files and folders, no leftovers."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from bordermap.geo.atomic import (
    MANIFEST,
    TEMP_MARK,
    remove_stale_temporaries,
    replace_folder_atomic,
    temporary_beside,
    write_bytes_atomic,
)
from bordermap.maps.cli import main
from tests.sample import HEADER

EX_CANTCREAT = 73
GOOD = (
    "e1,2026-01-15,Fence repaired,border_infrastructure,confirmed,Krāslava,LV,,,"
    "LSM,https://example.org/a,2026-01-16\n"
)


@pytest.fixture
def events(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text(HEADER + "\n" + GOOD, encoding="utf-8")
    return path


def recipe(tmp_path, name: str, events_file: str) -> str:
    path = tmp_path / f"{name}.toml"
    path.write_text(
        f'title = "{name}"\nevents = ["{events_file}"]\n[region]\ncountries = ["LV"]\n',
        encoding="utf-8",
    )
    return str(path)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    ("make_target", "message"),
    [
        (lambda d: d / "a-folder", r"is a folder; give a file name"),
        (lambda d: d / "a-file" / "map.html", r"'.*a-file' is a file, not a folder"),
        (lambda d: d / "events.csv", r"is also an input; it would be overwritten"),
    ],
    ids=["folder", "parent-is-file", "input"],
)
def test_unusable_map_outputs_are_refused_before_any_work(
    tmp_path, events, make_target, message, capsys
):
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("keep", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    target = make_target(tmp_path)
    assert main(["map", str(events), "-o", str(target)]) == EX_CANTCREAT
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert "Traceback" not in err
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before


def test_a_folder_nobody_may_write_is_a_clear_error(events, capsys):
    # /proc refuses new files even to root, so this holds whoever runs the tests.
    assert main(["map", str(events), "-o", "/proc/bordermap-test.html"]) == EX_CANTCREAT
    err = capsys.readouterr().err
    assert "cannot write '/proc/bordermap-test.html'" in err
    assert "Traceback" not in err


def test_resolve_refuses_a_review_file_that_is_the_output(tmp_path, events, capsys):
    out = tmp_path / "out.geojson"
    argv = ["resolve", str(events), "-o", str(out), "--review", str(out)]
    assert main(argv) == EX_CANTCREAT
    assert "--review" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("command", ["build", "report", "export"])
def test_a_bad_recipe_among_several_writes_nothing(tmp_path, events, command, capsys, monkeypatch):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\n" + GOOD.replace("2026-01-15", "2026-02-30"), encoding="utf-8")
    good_recipe = recipe(tmp_path, "good", "events.csv")
    bad_recipe = recipe(tmp_path, "bad", "bad.csv")
    monkeypatch.chdir(tmp_path)
    assert main([command, good_recipe, bad_recipe, "--offline"]) == 2
    err = capsys.readouterr().err
    assert "bad.csv:2: date:" in err
    assert "nothing was written" in err
    assert not (tmp_path / "build").exists()


def test_outputs_follow_the_umask(tmp_path, events):
    old = os.umask(0o027)
    try:
        assert main(["-q", "map", str(events), "-o", str(tmp_path / "m.html")]) == 0
        assert main(["-q", "report", recipe(tmp_path, "r", "events.csv"), "--offline",
                     "-o", str(tmp_path / "report")]) == 0  # fmt: skip
    finally:
        os.umask(old)
    assert (tmp_path / "m.html").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "report" / "report.html").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "report").stat().st_mode & 0o777 == 0o750


def test_a_report_folder_is_replaced_whole_and_keeps_files_it_did_not_write(tmp_path):
    folder = tmp_path / "report"
    first = replace_folder_atomic(folder, {"report.html": b"one", "tables/old.csv": b"x"})
    assert [p.name for p in first] == ["report.html", "old.csv"]
    (folder / "r.gpkg").write_bytes(b"export")  # written by `export` into the same folder
    (folder / "notes.txt").write_bytes(b"mine")
    inode = folder.stat().st_ino
    replace_folder_atomic(folder, {"report.html": b"two", "tables/new.csv": b"y"})
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == sorted([MANIFEST, "notes.txt", "r.gpkg", "report.html", "tables/new.csv"])
    assert (folder / "report.html").read_bytes() == b"two"
    assert (folder / "r.gpkg").read_bytes() == b"export"
    assert folder.stat().st_ino != inode  # a new folder took the old one's place
    assert [p.name for p in tmp_path.iterdir()] == ["report"]


def test_what_a_killed_run_left_is_removed_by_the_next_and_a_live_runs_kept(tmp_path, events):
    dead, alive = dead_pid(), os.getpid()
    stale = [
        tmp_path / f".m.html.{dead}.abc123{TEMP_MARK}",
        tmp_path / f".m.gpkg.{dead}.x1{TEMP_MARK}.gpkg-journal",
        tmp_path / f".report.{dead}.q9{TEMP_MARK}",
        tmp_path / f".report.{dead}.q9.old{TEMP_MARK}",
    ]
    for path in stale[:2]:
        path.write_bytes(b"half")
    for path in stale[2:]:
        path.mkdir()
        (path / "report.html").write_bytes(b"half")
    live = tmp_path / f".other.{alive}.zz{TEMP_MARK}"
    live.write_bytes(b"busy")
    assert main(["-q", "map", str(events), "-o", str(tmp_path / "m.html")]) == 0
    assert not any(path.exists() for path in stale)
    assert live.exists()
    assert remove_stale_temporaries(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.txt"
    write_bytes_atomic(target, b"old")

    with pytest.raises(TypeError):
        write_bytes_atomic(target, object())  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_file_written_by_name_reaches_the_disk_before_it_replaces_the_old(tmp_path, monkeypatch):
    # GeoParquet (Arrow) and GeoPackage (GDAL) writers write to a path, not a handle:
    # the temporary file is flushed to disk before the rename, whatever wrote it.
    target = tmp_path / "out.parquet"
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        order.append("fsync " + os.path.basename(os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst):
        order.append("replace " + os.path.basename(src))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with temporary_beside(target, suffix=".parquet") as tmp:
        tmp.write_bytes(b"new")
        name = tmp.name
    assert order == [f"fsync {name}", f"replace {name}"]
    assert target.read_bytes() == b"new"
