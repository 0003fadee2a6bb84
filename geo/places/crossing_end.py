"""A crossing named by the town at its end on the event's side.

"el cruce internacional Santa Elena" of a Belizean event is the Santa Elena–Subteniente
López crossing: the crossings table says which town lies at each end of a crossing
(``place_a``, ``place_b``), and a report often names only the end on its own side.
Belize has another Santa Elena in the gazetteer (in Cayo, 164 km away); with a crossing
word in the text, the crossing whose end on the event's side is that town is meant, not
the namesake town inland.

The end must be the table's town as it writes it ("Santa Elena, Corozal": the name
before the comma): "Santa Rosa", the short form in the name "Leticia–Santa Rosa", is
not the end the table gives (Santa Rosa de Yavarí), and Peru has other crossings at
other Santa Rosas that the table may lack.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.places.gazetteer import Gazetteer, Place
from bordermap.geo.places.names import normalise

__all__ = ["crossings_with_end_named"]

#: The crossings table, whose ``place_a`` and ``place_b`` are the towns at the ends.
CROSSINGS_FILE = Path(bordermap.data.__file__).parent / "crossings" / "crossings.csv"
#: What follows a town's name in the table's end columns: its unit after a comma
#: ("Santa Elena, Corozal") or in brackets.
_QUALIFIER = re.compile(r"\s*(?:,|\().*$")


@lru_cache(maxsize=1)
def _ends_by_name() -> dict[str, dict[str, str]]:
    """For each crossing's main name, the key of the town at its end in each country."""
    ends: dict[str, dict[str, str]] = {}
    with CROSSINGS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            ends[row["name"]] = {
                row["country_a"]: normalise(_QUALIFIER.sub("", row["place_a"])),
                row["country_b"]: normalise(_QUALIFIER.sub("", row["place_b"])),
            }
    return ends


def crossings_with_end_named(gaz: Gazetteer, name: str, hint: tuple[str, ...]) -> list[Place]:
    """The crossings of the event's one country whose town on its side is ``name``.

    Parameters
    ----------
    gaz : Gazetteer
        The gazetteer holding the crossings.
    name : str
        The name the text gives the crossing ("Santa Elena").
    hint : tuple of str
        The event's countries; only one country is read (the side must be known).

    Returns
    -------
    list of Place
        The crossings whose table row puts a town of that whole name (without its
        qualifier) at the end in the event's country, in gazetteer order; empty when
        there is none or not exactly one event's country.
    """
    key = normalise(name)
    if len(hint) != 1 or not key:
        return []
    ends = _ends_by_name()
    found: dict[int, Place] = {}
    for _, row in gaz.forms_of("crossing", hint[0]):
        if row in found:
            continue
        crossing = gaz.place(row)
        if ends.get(crossing.name or "", {}).get(hint[0]) == key:
            found[row] = crossing
    return [found[row] for row in sorted(found)]
