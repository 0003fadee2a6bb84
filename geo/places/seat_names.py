"""Which of the units seated at a town's point is the town's own.

Two seats may lie within the few km that make a town a unit's seat: Camotán and
Jocotán, neighbouring Guatemalan municipal seats, are 1.9 km apart, so both
municipalities count as seated at Camotán's point.  The unit bearing the town's name is
the one the town heads; the other is its neighbour, and answering it would place the
event in the wrong unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from bordermap.geo.places.districts import District
from bordermap.geo.places.names import normalise


def _bears_the_name(unit_name: str, town_key: str) -> bool:
    """Whether a unit's name is the town's, alone or after its unit words
    ("Municipio de Camotán", "Camotán District")."""
    key = normalise(unit_name)
    return key == town_key or key.endswith(f" {town_key}") or key.startswith(f"{town_key} ")


def units_of_the_towns_name(units: Sequence[District], town_name: str) -> list[District]:
    """The units among ``units`` that bear ``town_name``; all of them when none or all do.

    Parameters
    ----------
    units : sequence of District
        Units whose seats lie at the town's point.
    town_name : str
        The town's name as the gazetteer gives it.

    Returns
    -------
    list of District
        The named ones when some, not all, bear the name; else ``units`` unchanged.
    """
    town_key = normalise(town_name)
    named = [unit for unit in units if town_key and _bears_the_name(unit.name, town_key)]
    return named if named else list(units)
