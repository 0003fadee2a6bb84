"""The vocabulary of event categories, kept as data in ``categories.toml``.

The shipped vocabulary is ``data/categories.toml``.  A recipe's ``[categories]``
table, a ``--categories FILE`` or a ``categories.toml`` beside the event files can
extend it or replace it (:func:`vocabulary_from_mapping`); every entry is checked on
load.  Code that draws or counts categories calls :func:`load_categories` with no
path and gets the vocabulary a command made current with :func:`using_categories`.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.errors import BorderMapError

CATEGORIES_FILE = Path(bordermap.data.__file__).parent / "categories.toml"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
#: Keys of one category's table.
CATEGORY_KEYS: tuple[str, ...] = ("label", "colour", "description")
#: How a custom vocabulary combines with the shipped one.
MODES: tuple[str, ...] = ("extend", "replace")


@dataclass(frozen=True)
class Category:
    """One event category: its key, the label readers see and its map colour."""

    key: str
    label: str
    colour: str
    description: str


def _check_entry(key: str, entry: object, where: str) -> Category:
    if not _KEY.match(key):
        raise BorderMapError(
            f"{where}.{key}: key must be lower_snake_case, e.g. 'drone_incursion'"
        )
    if not isinstance(entry, Mapping):
        raise BorderMapError(f"{where}.{key}: must be a table with {', '.join(CATEGORY_KEYS)}")
    unknown = sorted(set(entry) - set(CATEGORY_KEYS))
    if unknown:
        raise BorderMapError(
            f"{where}.{key}: unknown key(s) {', '.join(unknown)}; "
            f"valid: {', '.join(CATEGORY_KEYS)}"
        )
    missing = sorted(set(CATEGORY_KEYS) - set(entry))
    if missing:
        raise BorderMapError(f"{where}.{key}: missing {', '.join(missing)}")
    for name in CATEGORY_KEYS:
        if not isinstance(entry[name], str) or not entry[name].strip():
            raise BorderMapError(
                f"{where}.{key}.{name}: must be non-empty text (got {entry[name]!r})"
            )
    if not _COLOUR.match(entry["colour"]):
        raise BorderMapError(
            f"{where}.{key}.colour: must look like '#1f77b4' (got {entry['colour']!r})"
        )
    return Category(key, entry["label"].strip(), entry["colour"], entry["description"].strip())


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as err:
        raise BorderMapError(f"{path}: cannot read: {err.strerror}") from err
    except tomllib.TOMLDecodeError as err:
        raise BorderMapError(f"{path}: not valid TOML: {err}") from err


@lru_cache(maxsize=8)
def _load_file(path: Path) -> dict[str, Category]:
    doc = _read_toml(path)
    tables = doc.get("categories", {})
    if not isinstance(tables, Mapping):
        raise BorderMapError(f"{path}: categories: must be a table of [categories.<key>] tables")
    result = {
        key: _check_entry(key, entry, f"{path}: categories") for key, entry in tables.items()
    }
    if not result:
        raise BorderMapError(f"{path}: no [categories.*] tables")
    return result


_ACTIVE: contextvars.ContextVar[dict[str, Category] | None] = contextvars.ContextVar(
    "bordermap_categories", default=None
)


def load_categories(path: Path | None = None) -> dict[str, Category]:
    """Load and check the category vocabulary.

    Parameters
    ----------
    path : Path, optional
        TOML file with a ``[categories.<key>]`` table per category.  Without it, the
        vocabulary made current by :func:`using_categories`, else the shipped one.

    Returns
    -------
    dict of str to Category
        In file order (the order of the map legend).

    Raises
    ------
    BorderMapError
        If the file is missing a field or has a bad key or colour.
    """
    # The same (cached) dict every call, as validation asks once per event: callers
    # must not change it.
    if path is None:
        active = _ACTIVE.get()
        return active if active is not None else _load_file(CATEGORIES_FILE)
    return _load_file(Path(path))


def vocabulary_from_mapping(
    doc: Mapping[str, object], *, where: str, base: Mapping[str, Category] | None = None
) -> dict[str, Category]:
    """Build a vocabulary from a recipe's ``[categories]`` table or a categories file.

    Parameters
    ----------
    doc : mapping
        ``{"mode": "extend" | "replace", "<key>": {"label", "colour", "description"}}``;
        ``mode`` defaults to ``extend``.  In ``extend`` mode an entry with a shipped
        key restyles that category.
    where : str
        Names the table in messages (``"maps/x.toml: categories"``).
    base : mapping, optional
        The vocabulary extended (the shipped one by default).

    Returns
    -------
    dict of str to Category

    Raises
    ------
    BorderMapError
        For a bad mode, key, label, colour or description, or an empty vocabulary.
    """
    mode = doc.get("mode", "extend")
    if mode not in MODES:
        raise BorderMapError(f"{where}.mode: must be 'extend' or 'replace' (got {mode!r})")
    entries = {key: value for key, value in doc.items() if key != "mode"}
    own = {key: _check_entry(key, entry, where) for key, entry in entries.items()}
    if mode == "replace":
        if not own:
            raise BorderMapError(f"{where}: mode = 'replace' needs at least one category")
        return own
    result = dict(load_categories(CATEGORIES_FILE) if base is None else base)
    result.update(own)
    return result


def vocabulary_from_file(path: Path) -> dict[str, Category]:
    """Read a user's ``categories.toml`` (``mode`` at the top, then ``[categories.*]``)."""
    doc = _read_toml(path)
    unknown = sorted(set(doc) - {"mode", "categories", "schema"})
    if unknown:
        raise BorderMapError(
            f"{path}: unknown key(s) {', '.join(unknown)}; valid: mode, categories, schema"
        )
    tables = doc.get("categories", {})
    if not isinstance(tables, Mapping):
        raise BorderMapError(f"{path}: categories: must be a table of [categories.<key>] tables")
    return vocabulary_from_mapping(
        {"mode": doc.get("mode", "extend"), **tables}, where=f"{path}: categories"
    )


@contextlib.contextmanager
def using_categories(vocabulary: Mapping[str, Category]) -> Iterator[None]:
    """Make ``vocabulary`` what :func:`load_categories` returns inside the block."""
    token = _ACTIVE.set(dict(vocabulary))
    try:
        yield
    finally:
        _ACTIVE.reset(token)
