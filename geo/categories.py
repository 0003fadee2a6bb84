"""The controlled vocabulary of event categories, kept as data in ``categories.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.errors import BorderMapError

CATEGORIES_FILE = Path(bordermap.data.__file__).parent / "categories.toml"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Category:
    """One event category: its key, the label readers see and its map colour."""

    key: str
    label: str
    colour: str
    description: str


@lru_cache(maxsize=4)
def load_categories(path: Path = CATEGORIES_FILE) -> dict[str, Category]:
    """Load and check the category vocabulary.

    Parameters
    ----------
    path : Path, optional
        TOML file with a ``[categories.<key>]`` table per category.

    Returns
    -------
    dict of str to Category
        In file order (the order of the map legend).

    Raises
    ------
    BorderMapError
        If the file is missing a field or has a bad key or colour.
    """
    with open(path, "rb") as handle:
        doc = tomllib.load(handle)
    result: dict[str, Category] = {}
    for key, entry in doc.get("categories", {}).items():
        where = f"{path}: categories.{key}"
        if not _KEY.match(key):
            raise BorderMapError(f"{where}: key must be lower_snake_case")
        missing = {"label", "colour", "description"} - set(entry)
        if missing:
            raise BorderMapError(f"{where}: missing {', '.join(sorted(missing))}")
        if not _COLOUR.match(entry["colour"]):
            raise BorderMapError(f"{where}: colour must look like '#1f77b4'")
        result[key] = Category(key, entry["label"], entry["colour"], entry["description"])
    if not result:
        raise BorderMapError(f"{path}: no [categories.*] tables")
    return result
