"""First-level units made of other first-level units: ISO 3166-2 units the outlines lack.

Iraq's Kurdistan Region (``IQ-KR``) is a unit of ISO 3166-2 above three governorates the
outlines hold (Erbil, Duhok, Sulaymaniyah); Natural Earth draws only the governorates, so
the gazetteer knows no "Kurdistan" in Iraq, and the name alone found Iran's Kordestan
province (whose English name is Kurdistan) with no warning.  Such a unit is answered as
the union of its members' outlines, with its own code, only where the event's country is
its country (or no country is given, beside the other places of the name).
"""

from __future__ import annotations

from dataclasses import dataclass

from bordermap.geo.places.names import normalise

__all__ = ["REGION_GROUPS", "RegionGroup", "group_named"]


@dataclass(frozen=True)
class RegionGroup:
    """A first-level unit made of first-level units the outlines hold.

    Attributes
    ----------
    code : str
        Its ISO 3166-2 code.
    name : str
        Its English name.
    members : tuple of str
        The ISO 3166-2 codes of the units it is made of.
    forms : tuple of str
        Names reporters write for it, without the unit word when one is usual
        ("Kurdistan" of "the Kurdistan region").
    """

    code: str
    name: str
    members: tuple[str, ...]
    forms: tuple[str, ...]

    @property
    def country(self) -> str:
        """ISO 3166-1 alpha-2 code of the unit's country."""
        return self.code.split("-")[0]


#: The units; written by hand from ISO 3166-2:IQ (IQ-KR, the region of Erbil, Duhok and
#: Sulaymaniyah; Halabja, split from Sulaymaniyah in 2014, lies inside the outline of
#: Sulaymaniyah the data has).
REGION_GROUPS: tuple[RegionGroup, ...] = (
    RegionGroup(
        "IQ-KR",
        "Kurdistan Region",
        ("IQ-AR", "IQ-DA", "IQ-SU"),
        (
            "Kurdistan",
            "Kurdistan Region",
            "Kurdistan Region of Iraq",
            "Iraqi Kurdistan",
            "Iraq's Kurdistan",
            "Iraq's Kurdistan region",
            "Herêma Kurdistanê",
            "إقليم كردستان",
            "إقليم كوردستان",
            "إقليم كردستان العراق",
            "كردستان العراق",
            "هەرێمی کوردستان",
            "Иракский Курдистан",
            "Курдистан",
            "Irak Kürdistanı",
            "Kürdistan",
        ),
    ),
)

_BY_KEY: dict[str, RegionGroup] = {
    normalise(form): group for group in REGION_GROUPS for form in group.forms
}


def group_named(text: str) -> RegionGroup | None:
    """The unit one of whose forms ``text`` is (compared as lookup keys), or None.

    Parameters
    ----------
    text : str
        A name as written ("Iraqi Kurdistan").

    Returns
    -------
    RegionGroup or None
    """
    return _BY_KEY.get(normalise(text))
