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


# --- users' own sheets ------------------------------------------------------------------

OWN_SHEET = (
    "Date;Location;What was reported;Source link\n"
    "15/01/2026;Krāslava;Drone seen;https://t.me/x\n"
    "16 Jan 2026;Vitebsk region;Troops moved;t.me/y\n"
)


def test_own_sheet_gets_the_mapping_that_would_fix_it_then_validates(tmp_path):
    import json

    path = tmp_path / "incidents.csv"
    path.write_text(OWN_SHEET.replace("t.me/y", "https://t.me/y"), encoding="utf-8")
    refused = bordermap("validate", str(path))
    assert refused.returncode == 2
    assert '--columns "What was reported=title"' in refused.stderr
    fixed = bordermap("validate", str(path), "--columns", "What was reported=title", "--json")
    assert fixed.returncode == 0, fixed.stderr
    doc = json.loads(fixed.stdout)
    assert (doc["events"], doc["valid"], doc["problems"]) == (2, True, [])
    assert any("'Location' read as 'place'" in note for note in doc["notes"])
    quiet = bordermap("validate", "-q", str(path), "--columns", "What was reported=title")
    assert (quiet.returncode, quiet.stderr) == (0, "")  # -q after the sub-command


def test_validate_json_lists_problems_with_their_parts(tmp_path):
    import json

    path = tmp_path / "incidents.csv"
    path.write_text(OWN_SHEET, encoding="utf-8")
    result = bordermap("validate", "--json", "--columns", "What was reported=title", str(path))
    assert result.returncode == 2
    (found,) = json.loads(result.stdout)["problems"]
    assert found == {
        "file": str(path),
        "line": 3,
        "field": "source_url",
        "message": "link has no scheme; did you mean 'https://t.me/y'?",
        "value": "t.me/y",
        "text": f"{path}:3: source_url: link has no scheme; did you mean 'https://t.me/y'? "
        "(got 't.me/y')",
    }


def test_custom_categories_beside_the_events_and_on_the_command_line(tmp_path):
    sheet = tmp_path / "e.csv"
    sheet.write_text(
        "date,place,title,url,category\n2026,Riga,T,https://a.example,GPS jamming\n",
        encoding="utf-8",
    )
    assert bordermap("validate", str(sheet)).returncode == 2
    (tmp_path / "categories.toml").write_text(
        '[categories.gps_jamming]\nlabel = "GPS jamming"\ncolour = "#999933"\n'
        'description = "Satellite navigation jammed."\n',
        encoding="utf-8",
    )
    result = bordermap("validate", str(sheet))
    assert result.returncode == 0, result.stderr
    assert "'GPS jamming' read as 'gps_jamming'" in result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[categories.x]\nlabel = "X"\ncolour = "red"\ndescription = "d"\n', encoding="utf-8"
    )
    refused = bordermap("validate", str(sheet), "--categories", str(bad))
    assert refused.returncode == 2
    assert "categories.x.colour: must look like '#1f77b4' (got 'red')" in refused.stderr


def test_bash_completion_lists_commands_and_their_options():
    result = bordermap("--completion", "bash")
    assert result.returncode == 0
    script = result.stdout
    assert script.startswith("_bordermap() {") and "complete -o filenames -F _bordermap" in script
    validate = next(line for line in script.splitlines() if line.strip().startswith("validate)"))
    assert "--json" in validate and "--columns" in validate and "--date-order" in validate


def test_main_leaves_logging_as_it_found_it(tmp_path, capsys):
    # Handlers bound to one run's wrapped stderr must not outlive it: the Python API
    # logging afterwards would write to a closed stream.
    import logging

    from bordermap.maps.cli import main

    root, notes = logging.getLogger(), logging.getLogger("bordermap.notes")
    before = list(root.handlers), list(notes.handlers), notes.propagate
    main(["validate", str(tmp_path / "missing.csv")])
    capsys.readouterr()
    assert (list(root.handlers), list(notes.handlers), notes.propagate) == before


def test_only_the_processs_own_command_line_freezes_what_it_made_for_the_exit():
    # Run as the command line, main() leaves what the command made out of the collector's
    # last search (the process ends next); called with arguments, as a library or a test
    # calls it, it leaves the collector as it was.
    code = (
        "import gc, sys; from bordermap.maps.cli import main; "
        "rc = main(sys.argv[1:]); after_call = gc.get_freeze_count(); "
        "rc = main(); "
        "print(rc, after_call, gc.get_freeze_count() > 0); raise SystemExit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "validate", *map(str, SEED_EVENTS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "0", "True"]


def test_the_command_line_takes_arrow_memory_from_jemalloc_unless_told_otherwise():
    # Run as the command line, a command that uses Arrow gets jemalloc where pyarrow has
    # it; called with arguments main() leaves the allocator alone, and so it does when
    # the user names one in ARROW_DEFAULT_MEMORY_POOL.
    import os

    import pyarrow as pa

    code = (
        "import sys; import pyarrow as pa; from bordermap.maps.cli import main; "
        "before = pa.default_memory_pool().backend_name; "
        "rc = main(sys.argv[1:]); after_call = pa.default_memory_pool().backend_name; "
        "rc = main(); "
        "print(rc, before, after_call, pa.default_memory_pool().backend_name); "
        "raise SystemExit(rc)"
    )

    def pools(**env: str) -> list[str]:
        result = subprocess.run(
            [sys.executable, "-c", code, "validate", *map(str, SEED_EVENTS)],
            capture_output=True,
            text=True,
            check=False,
            env={k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"} | env,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    status, before, after_call, after_main = pools()
    assert (status, after_call) == ("0", before)
    assert after_main == ("jemalloc" if "jemalloc" in pa.supported_memory_backends() else before)
    assert pools(ARROW_DEFAULT_MEMORY_POOL="system") == ["0", "system", "system", "system"]


def test_resolve_imports_arrow_late_and_still_takes_its_memory_from_jemalloc(tmp_path):
    # `resolve` loads pandas, geopandas and Arrow only once its options are read (its
    # second process starts first); run as the command line it must still choose
    # jemalloc before Arrow allocates anything.
    import pyarrow as pa

    out = tmp_path / "seed.geojson"
    code = (
        "import sys; import bordermap.maps.commands.resolve; "
        "loaded = sorted(m for m in ('pandas', 'geopandas', 'pyarrow') if m in sys.modules); "
        "from bordermap.maps.cli import main; rc = main(); "
        "import pyarrow as pa; "
        "print(rc, ','.join(loaded) or '-', pa.default_memory_pool().backend_name)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "-q", "resolve", *map(str, SEED_EVENTS), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    status, loaded_before_the_run, backend = result.stdout.split()
    assert (status, loaded_before_the_run) == ("0", "-")
    if "jemalloc" in pa.supported_memory_backends():
        assert backend == "jemalloc"
    assert out.exists()


def test_the_parsers_of_resolve_and_map_import_neither_numpy_nor_arrow():
    # Both start their second process once their options are read: what the parser
    # imports delays that start (NumPy and Arrow about 0.09 s of CPU).
    code = (
        "import sys; from bordermap.maps.cli import build_parser; "
        "build_parser(['resolve']); build_parser(['map']); "
        "print(sorted(m for m in ('numpy', 'pyarrow', 'shapely', 'sqlite3') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_map_run_as_the_command_line_takes_its_arrow_memory_from_jemalloc(tmp_path):
    import pyarrow as pa

    out = tmp_path / "seed.html"
    code = (
        "import sys; from bordermap.maps.cli import main; rc = main(); "
        "import pyarrow as pa; print(rc, pa.default_memory_pool().backend_name)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "-q", "map", *map(str, SEED_EVENTS), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    status, backend = result.stdout.split()
    assert status == "0"
    if "jemalloc" in pa.supported_memory_backends():
        assert backend == "jemalloc"
    assert out.exists()
