"""Units below admin-1 by name, and the admin-1 region that holds each.

The shipped data has outlines down to admin-1 only.  A report that names a district,
raion, county or amphoe ("Kathua district", "в Свислочском районе") is still answered
honestly when this table (``data/gazetteer/districts.tsv.gz``, built by
``scripts/build_districts.py`` from GeoNames' second-level units) knows which region holds
it: the resolver then gives that region, flagged as coarsened.  Loaded on first use only,
so the cold start of ``bordermap geocode`` does not pay for it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bordermap.data

__all__ = ["DISTRICTS_FILE", "District", "districts_named"]

DISTRICTS_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "districts.tsv.gz"


@dataclass(frozen=True)
class District:
    """A unit below admin-1: its country, the region that holds it and its own name."""

    country: str
    region: str
    name: str


@lru_cache(maxsize=1)
def _table(path: Path = DISTRICTS_FILE) -> dict[str, tuple[District, ...]]:
    found: dict[str, list[District]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next(handle)  # header
        for line in handle:
            country, region, key, name = line.rstrip("\n").split("\t")
            found.setdefault(key, []).append(District(country, region, name))
    return {key: tuple(units) for key, units in found.items()}


def districts_named(keys: Iterable[str], countries: Iterable[str] = ()) -> list[District]:
    """Units below admin-1 bearing the first of ``keys`` that any unit bears.

    Parameters
    ----------
    keys : iterable of str
        Lookup keys (:func:`~bordermap.geo.places.names.normalise`), most literal first:
        the name as written, then its nominative forms.  Later keys are tried only when
        the earlier ones name nothing, so a stem never outvotes the full word.
    countries : iterable of str, optional
        ISO alpha-2 codes the unit must be in; empty for anywhere.

    Returns
    -------
    list of District
        In the table's order (country, region, name); empty when none.
    """
    allowed = {c.upper() for c in countries}
    table = _table()
    for key in keys:
        units = [u for u in table.get(key, ()) if not allowed or u.country in allowed]
        if units:
            return units
    return []
