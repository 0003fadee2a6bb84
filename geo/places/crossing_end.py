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
from bordermap.geo.places.crossing_name_parts import town_parts
from bordermap.geo.places.gazetteer import Gazetteer, Place
from bordermap.geo.places.names import normalise

__all__ = ["crossing_ends", "crossings_with_end_named", "crossings_with_name_end"]

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


def crossing_ends(name: str) -> dict[str, str]:
    """The key of the town the table puts at each end of the crossing ``name`` (its main
    name), by country; empty for a name the table lacks."""
    return dict(_ends_by_name().get(name, {}))


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


@lru_cache(maxsize=1)
def _name_ends_by_name() -> dict[str, frozenset[str]]:
    """For each crossing's main name, the keys of the ends its names are made of.

    "Kalotina–Gradina" gives "kalotina" and "gradina": a report on one side names the
    crossing by the post on its side, which the table may hold only inside the pair.
    Only a name of two parts, one of which is the town the table puts at an end, is
    such a pair: "Thai–Lao Friendship Bridge" is no pair of towns.
    """
    ends: dict[str, frozenset[str]] = {}
    with CROSSINGS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            towns = {normalise(_QUALIFIER.sub("", row[end])) for end in ("place_a", "place_b")}
            found: set[str] = set()
            for name in (row["name"], *row["names"].split(";")):
                parts = [normalise(part) for part in town_parts(name.strip())]
                if len(parts) == 2 and all(parts) and towns & set(parts):
                    found.update(parts)
            ends[row["name"]] = frozenset(found)
    return ends


def crossings_with_name_end(gaz: Gazetteer, name: str, hint: tuple[str, ...]) -> list[Place]:
    """The crossings of the event's one country one of whose paired names ends in ``name``.

    "na graničnom prelazu Gradina" of a Serbian event is Kalotina–Gradina: the table
    names that crossing "Kalotina–Gradina", and "Gradina" is the Serbian post.  Only a
    name no town or region of the event's country bears is read so (a town of the
    name is the crossing's end or not by :func:`crossings_with_end_named`), and only a
    whole end of a pair, of four letters or more.

    Parameters
    ----------
    gaz : Gazetteer
        The gazetteer holding the crossings.
    name : str
        The name the text gives the crossing ("Gradina").
    hint : tuple of str
        The event's countries; only one country is read.

    Returns
    -------
    list of Place
        The crossings of the event's country with an end of that name, in gazetteer
        order; empty when there are none, ``name`` is short, or a town or region of
        the event's country bears it.
    """
    key = normalise(name)
    if len(hint) != 1 or len(key.replace(" ", "")) < 4:
        return []
    if gaz.lookup_key(key, kinds=("settlement", "region"), countries=hint):
        return []
    ends = _name_ends_by_name()
    rows = {
        row
        for _, row in gaz.forms_of("crossing", hint[0])
        if key in ends.get(gaz.place(row).name or "", frozenset())
    }
    return [gaz.place(row) for row in sorted(rows)]
