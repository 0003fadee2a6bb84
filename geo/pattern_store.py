"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

The place grammar compiles some 700 patterns, many of them word tables of every
language, thousands of characters long: about 0.45 s of the 1.1 s of CPU a
one-phrase ``bordermap geocode`` takes, and as much of every second process's
start.  Python's :mod:`re` parses a pattern and turns it into a list of codes in
Python code, then hands the list to its C engine (``_sre.compile``); only the
last step is fast.  This module keeps the engine's arguments of each pattern in
one file beside the package's bytecode and hands them straight to the engine:
the pattern object is made from the very arguments :mod:`re` would make it from,
so every match is the same.

Kept are the patterns a module compiles as it is imported and those of the
grammar's tables (:func:`compile_table_pattern`): built from code and data only,
never from an input text, so no report's words are written to disk.  The file is
named by the interpreter's bytecode tag and the engine's magic number, and written,
as Python writes bytecode, only where ``sys.dont_write_bytecode`` allows; a file
that cannot be read is ignored and one that cannot be written is not written.

Only a command line (:func:`install`) and its second process use the file: an
importer of the library keeps :mod:`re` as it was.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from array import array
from pathlib import Path

__all__ = [
    "STORE_VARIABLE",
    "compile_table_pattern",
    "install",
    "installed",
    "keep_grammar",
    "save",
    "store_path",
]

# The engine and the steps before it: private to re, hence the checks in _usable().
try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another implementation of Python
    _sre = _compiler = _parser = None  # type: ignore[assignment]

#: Patterns and bytes kept at most: a file past either is started again from the
#: patterns this run used (a pattern whose text changes from run to run would
#: otherwise add itself each time).
MOST_PATTERNS = 6000
MOST_BYTES = 16_000_000

_FORMAT = 1
#: One pattern's engine arguments: flags, codes (bytes of 32-bit words), the group
#: count less one, the group index and its inverse.
_Entry = tuple[int, bytes, int, dict, tuple]

_original_compile = None
_stored: dict[tuple[str, int], _Entry] = {}
_new: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()
#: Set while :func:`compile_table_pattern` compiles, in its thread.
_tables = threading.local()
_RE_FILES = frozenset(
    os.path.normcase(os.path.dirname(getattr(module, "__file__", "") or "")) for module in (re,)
)


#: Set to ``0`` to use no kept patterns, or to a file to keep them in instead.
STORE_VARIABLE = "BORDERMAP_PATTERN_STORE"


def store_path() -> Path:
    """The file of kept patterns: beside this package's bytecode, per interpreter
    (or the file :data:`STORE_VARIABLE` names)."""
    chosen = os.environ.get(STORE_VARIABLE, "")
    if chosen:
        return Path(chosen)
    tag = sys.implementation.cache_tag or "none"
    magic = getattr(_sre, "MAGIC", 0)
    return Path(__file__).resolve().parent / "__pycache__" / f"patterns.{tag}-{magic}.marshal"


def _usable() -> bool:
    return (
        _sre is not None
        and sys.implementation.name == "cpython"
        and array("I").itemsize == getattr(_sre, "CODESIZE", 0)
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
    )


def installed() -> bool:
    """Whether this process's :mod:`re` uses the kept patterns."""
    return _original_compile is not None


def install() -> None:
    """Read the kept patterns and have :mod:`re` use them, in this process only.

    Called by the command line and its second process; does nothing where the
    interpreter is not the CPython this was written for, or when already done.
    """
    global _original_compile
    if _original_compile is not None or not _usable() or os.environ.get(STORE_VARIABLE) == "0":
        return
    _stored.update(_read(store_path()))
    _original_compile = _compiler.compile
    _compiler.compile = _compile


def _uninstall() -> None:
    """Give :mod:`re` its own compile back and forget the kept patterns (for tests)."""
    global _original_compile
    if _original_compile is not None:
        _compiler.compile = _original_compile
        _original_compile = None
    for table in (_stored, _new, _used):
        table.clear()


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 2 or data[0] != _FORMAT:
        return {}
    return data[1] if isinstance(data[1], dict) else {}


def _engine_arguments(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` (its steps, in its order)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    words = array("I", code).tobytes()
    return (
        flags | parsed.state.flags,
        words,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern:
    flags, words, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array("I", words).tolist(), groups, groupindex, indexgroup)


def _compile(pattern, flags=0):
    """``re._compiler.compile`` with the kept patterns looked up first."""
    if type(pattern) is not str or flags & re.DEBUG:
        return _original_compile(pattern, flags)
    key = (pattern, flags)
    entry = _stored.get(key)
    if entry is not None:
        try:
            compiled = _from_entry(pattern, entry)
        except Exception:  # a damaged file: the engine refused the codes
            del _stored[key]
        else:
            _used.add(key)
            return compiled
    if not (getattr(_tables, "compiling", False) or _compiled_on_import()):
        return _original_compile(pattern, flags)
    entry = _engine_arguments(pattern, flags)
    _new[key] = entry
    return _from_entry(pattern, entry)


def _compiled_on_import() -> bool:
    """Whether the pattern being compiled is a module's, as it is imported: the first
    caller outside :mod:`re` runs a module's top level."""
    frame = sys._getframe(2)
    while (
        frame is not None
        and os.path.normcase(os.path.dirname(frame.f_code.co_filename)) in _RE_FILES
    ):
        frame = frame.f_back
    return frame is not None and frame.f_code.co_name == "<module>"


def compile_table_pattern(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, kept for the next run when the store is in use.

    For patterns built from the grammar's word tables when first needed (never from
    an input text: their sources are written to disk).
    """
    _tables.compiling = True
    try:
        return re.compile(source, flags)
    finally:
        _tables.compiling = False


def save(*, force: bool = False) -> bool:
    """Write the patterns compiled this run that were not kept yet.

    Skipped when there are none, and unless ``force``, where ``sys.dont_write_bytecode``
    is set.  Patterns other processes kept meanwhile are kept too; past
    :data:`MOST_PATTERNS` only this run's are.  Returns whether the file was written.
    """
    if not _new or (sys.dont_write_bytecode and not force):
        return False
    path = store_path()
    merged = {**_read(path), **_stored, **_new}
    data = marshal.dumps((_FORMAT, merged))
    if len(merged) > MOST_PATTERNS or len(data) > MOST_BYTES:
        merged = {key: merged[key] for key in (*_used, *_new)}
        data = marshal.dumps((_FORMAT, merged))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:  # a read-only installation: Python does without bytecode too
        temporary.unlink(missing_ok=True)
        return False
    _stored.update(_new)
    _new.clear()
    return True


def keep_grammar() -> bool:
    """Compile and keep the place grammar's patterns now (``make bytecode``), as
    ``compileall`` compiles the modules: a first command then finds them kept too.

    All of them: those of every place module, imported here (the resolver imports
    some only when a phrase needs them), and every word table of the phrase grammar,
    not only those a few sample phrases use.  Written even where
    ``sys.dont_write_bytecode`` is set: this is asked for.
    """
    import importlib
    import pkgutil

    install()
    import bordermap.geo.places
    from bordermap.geo.places import phrases
    from bordermap.geo.places.geocoder import geocode_place

    for module in pkgutil.iter_modules(bordermap.geo.places.__path__):
        importlib.import_module(f"bordermap.geo.places.{module.name}")
    for text, hint in (("Vitebsk region", None), ("near Krāslava", None), ("Brest", "BY")):
        geocode_place(text, country=hint)
    phrases.compile_tables()
    return save(force=True)
