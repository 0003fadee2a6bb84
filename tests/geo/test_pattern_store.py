"""Kept patterns are the patterns ``re`` compiles, code for code, and no input is kept.

A CPython pattern object compares equal to another only when their texts, flags and
engine codes are all equal, so ``==`` against a fresh ``re`` compile is the check.
"""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from re import _compiler

import pytest

from bordermap.geo import pattern_store

pytestmark = pytest.mark.skipif(
    sys.implementation.name != "cpython", reason="the store is CPython's engine codes"
)


@pytest.fixture
def store(tmp_path, monkeypatch):
    """The store installed on a file of its own, taken out again after the test."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setenv(pattern_store.STORE_VARIABLE, str(path))
    plain = _compiler.compile
    pattern_store.install()
    yield path, plain
    pattern_store._uninstall()
    assert _compiler.compile is plain


def _fresh(source: str, flags: int = 0) -> str:
    # re keeps its last 512 patterns: a text of the test's own is compiled anew.
    return f"{source}(?#{os.getpid()}-{id(object())})", flags


def test_a_table_pattern_is_kept_and_given_back_code_for_code(store) -> None:
    _path, plain = store
    source, flags = _fresh(r"^(?P<word>r(?:ajon[ae]?|egion)|oblast[ií]?)\s+(?P<rest>\S.*)$", 2)
    first = pattern_store.compile_table_pattern(source, flags)
    assert first == plain(source, flags)
    assert pattern_store.save(force=True)
    pattern_store._uninstall()
    pattern_store.install()
    assert (source, flags) in pattern_store._stored
    re.purge()  # as a new process would: re's own cache empty
    again = pattern_store.compile_table_pattern(source, flags)
    assert (source, flags) in pattern_store._used
    assert again == plain(source, flags)
    assert again.groupindex == {"word": 1, "rest": 2}
    assert again.match("Rajone Vilniaus")["rest"] == "Vilniaus"


def test_a_pattern_compiled_inside_a_function_is_not_kept(store) -> None:
    path, _ = store
    text = "Krāslavas novadā"  # as if from an event's place text
    source, flags = _fresh(re.escape(text))
    assert re.compile(source, flags).match(text)
    assert not pattern_store.save(force=True)
    assert not path.exists()


def test_a_module_s_patterns_are_kept_as_it_is_imported(store) -> None:
    _path, plain = store
    source, _ = _fresh(r"\bgrenz\w*")
    namespace: dict = {"re": re}
    exec(compile(f"PATTERN = re.compile({source!r}, re.I)", "<module-test>", "exec"), namespace)
    assert (source, int(re.I)) in pattern_store._new
    assert namespace["PATTERN"] == plain(source, int(re.I))


def test_nothing_is_written_where_bytecode_is_not(store, monkeypatch) -> None:
    path, _ = store
    pattern_store.compile_table_pattern(*_fresh("x+y"))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not pattern_store.save()
    assert not path.exists()


def test_a_damaged_store_is_ignored(store) -> None:
    path, plain = store
    source, flags = _fresh("a(b|c)d")
    path.write_bytes(b"not a store at all")
    pattern_store._uninstall()
    pattern_store.install()
    assert pattern_store._stored == {}
    # A store whose codes the engine refuses: the pattern is compiled as re would.
    path.write_bytes(marshal.dumps((1, {(source, flags): (0, b"\x01\x02\x03\x04", 0, {}, ())})))
    pattern_store._uninstall()
    pattern_store.install()
    re.purge()
    assert re.compile(source, flags) == plain(source, flags)
    assert (source, flags) not in pattern_store._stored


def test_the_command_line_keeps_the_grammar_and_answers_the_same(tmp_path) -> None:
    path = tmp_path / "patterns.marshal"
    env = {**os.environ, pattern_store.STORE_VARIABLE: str(path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "bordermap.maps.cli", "geocode", "Vitebsk region", "--json"]
    first = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    kept = marshal.loads(path.read_bytes())[1]
    assert len(kept) > 300  # the grammar's and the resolver's patterns
    written = path.stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    assert second.stdout == first.stdout
    assert path.stat().st_mtime_ns == written  # nothing new: the file is left alone
    # Every kept pattern, made from the store, is the pattern re compiles from its text.
    for (source, flags), entry in kept.items():
        assert pattern_store._from_entry(source, entry) == _compiler.compile(source, flags)
        assert not any(word in source for word in ("Vitebsk", "Витебск"))


def test_make_keeps_the_grammar_even_where_bytecode_is_not_written(tmp_path) -> None:
    path = tmp_path / "patterns.marshal"
    env = {**os.environ, pattern_store.STORE_VARIABLE: str(path), "PYTHONDONTWRITEBYTECODE": "1"}
    program = "from bordermap.geo.pattern_store import keep_grammar; print(keep_grammar())"
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, env=env
    )
    assert run.stdout.strip() == "True"
    assert len(marshal.loads(path.read_bytes())[1]) > 300


def test_make_keeps_every_table_and_module_a_border_phrase_needs(tmp_path) -> None:
    # The sample phrases of keep_grammar name no border: the border tables (each
    # thousands of characters) were compiled again by every second process where
    # bytecode is not written.  Now none is new to the store after these look-ups.
    path = tmp_path / "patterns.marshal"
    env = {**os.environ, pattern_store.STORE_VARIABLE: str(path), "PYTHONDONTWRITEBYTECODE": "1"}
    keep = "from bordermap.geo.pattern_store import keep_grammar; keep_grammar()"
    subprocess.run([sys.executable, "-c", keep], check=True, env=env)
    phrases = (
        "the Lithuania–Belarus border",
        "north-eastern section of the Belarus–Poland border",
        "на украинско-белорусской границе",
        "near the border with Latvia",
        "Terespol border crossing",
    )
    look_up = (
        "from bordermap.geo import pattern_store; pattern_store.install()\n"
        "from bordermap.geo.places.geocoder import geocode_place\n"
        f"for text in {phrases!r}:\n"
        "    assert geocode_place(text).status != 'unresolved', text\n"
        "print(sorted(source[:60] for source, _ in pattern_store._new))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", look_up], capture_output=True, text=True, check=True, env=env
    )
    assert run.stdout.strip() == "[]"


def test_make_keeps_the_tables_read_inside_the_grammar_steps(tmp_path) -> None:
    # Patterns built from the word tables inside a step of the grammar (a border's
    # length, a unit then the settlement in it...) were compiled again by every second
    # process of map/resolve (about 0.06 s of CPU); they are grammar tables now.
    path = tmp_path / "patterns.marshal"
    env = {**os.environ, pattern_store.STORE_VARIABLE: str(path), "PYTHONDONTWRITEBYTECODE": "1"}
    keep = "from bordermap.geo.pattern_store import keep_grammar; keep_grammar()"
    subprocess.run([sys.executable, "-c", keep], check=True, env=env)
    phrases = (
        "a border of about 1,500 kilometres with Russia",
        "los 2.000 kilómetros de frontera con Venezuela",
        "the 1,300 km-long border with Belarus",
        "od strony białoruskiej granicy",
        "the Kut Village of the Gegharkunik Province",
        "в Успенском районе Павлодарской области",
        "općine Rakovica u mjestu Koranski Lug",
    )
    # Every pattern the store lacks goes through re's own compile: the long ones (word
    # tables, thousands of characters) are counted.
    look_up = (
        "from bordermap.geo import pattern_store; pattern_store.install()\n"
        "compiled = []\n"
        "own = pattern_store._original_compile\n"
        "def counted(source, flags=0):\n"
        "    if isinstance(source, str) and len(source) > 1000:\n"
        "        compiled.append(source[:60])\n"
        "    return own(source, flags)\n"
        "pattern_store._original_compile = counted\n"
        "from bordermap.geo.places.phrases import parse_place\n"
        f"for text in {phrases!r}:\n"
        "    parse_place(text)\n"
        "print(compiled)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", look_up], capture_output=True, text=True, check=True, env=env
    )
    assert run.stdout.strip() == "[]"
