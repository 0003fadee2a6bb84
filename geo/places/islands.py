"""An island named with its island word is the island, not the town that bears its name.

The gazetteer holds towns, hardly any islands: "Samos" is the island's chief town, so
"close to the island of Samos" would become a 25 km circle around the town, a finer
place than the report gives (the island is 40 km long, and the event may lie on any
of its coasts).  When the text says the name is an island's and the answer is the
town of that name, the admin-1 region holding the town, which holds the island, is
answered instead, flagged as coarsened.  An island that is a unit below admin-1
("towards the island of Lesvos", a Greek regional unit) is answered with the region
holding the unit.  (``villages.tsv`` holds a few islands by sea borders as places of
their own: Gavdos, Neduntheevu, Saibai Island.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import PlaceExpression
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import ANYWHERE

if TYPE_CHECKING:
    from bordermap.geo.places.resolver import PlaceResolver

__all__ = ["island_names", "island_not_its_town", "island_of_a_unit"]

_NAME = r"[^\W\d_][\w’'-]*"
#: "the island of X", "X island", "isla (de) X", "île de X", "ilha de X", "Insel X",
#: "X adası", "νήσος X"; an optional second name in brackets ("Sisam (Samos)").
_ISLAND = re.compile(
    rf"\b(?:island\s+of|isla\s+(?:de\s+)?|île\s+(?:de\s+|d['’])?|ilha\s+(?:de|da|do)|"
    rf"isola\s+(?:di\s+)?|insel|νήσο[ςυ]?|νησί)\s*(?P<after>{_NAME})"
    rf"(?:\s*\((?P<also>{_NAME})\))?|"
    rf"\b(?!(?:the|an?|this|that|same|small|big|whole)\b)(?P<before>{_NAME})\s+"
    rf"(?:island|adası|adasında|adasına)\b",
    re.IGNORECASE,
)
#: "the peninsula of X", "the X Peninsula", "la península de X": a peninsula named after
#: its town spreads tens of km beyond it ("off the Nemuro Peninsula").
_PENINSULA = re.compile(
    rf"\b(?:peninsula\s+of|pen[ií]nsula\s+de)\s+(?P<after>{_NAME})|"
    rf"\b(?!(?:the|an?|this|that|same|whole)\b)(?P<before>{_NAME})\s+peninsula\b",
    re.IGNORECASE,
)
#: Answers that are a town's point or a circle around it.
_TOWN_PRECISIONS = ("settlement", "near")


def island_names(text: str) -> set[str]:
    """Lookup keys of the names the text calls islands.

    Parameters
    ----------
    text : str
        A place text as reported.

    Returns
    -------
    set of str
        Normalised names ("samos", "sisam" of "the island of Sisam (Samos)").
    """
    return set(_names_as(_ISLAND, text)) | set(_names_as(_PENINSULA, text))


def _names_as(pattern: re.Pattern[str], text: str) -> list[str]:
    """Lookup keys of the names ``pattern`` finds in ``text`` (its named groups)."""
    names = []
    for match in pattern.finditer(text):
        for group in ("after", "also", "before"):
            if group in pattern.groupindex and match[group]:
                names.append(normalise(match[group]))
    return names


def island_not_its_town(resolver: PlaceResolver, result: PlaceResult) -> PlaceResult:
    """The region holding an island the answer took for its town, else ``result``.

    Parameters
    ----------
    resolver : PlaceResolver
        The resolver that answered (its query, gazetteer and trace are used).
    result : PlaceResult
        Its answer.

    Returns
    -------
    PlaceResult
        The admin-1 region of the town, coarsened, when the text calls the town's name
        an island's; ``result`` otherwise (and when the region has no outline).
    """
    if result.status != "resolved" or result.precision not in _TOWN_PRECISIONS:
        return result
    if not result.admin1_code or normalise(result.name or "") not in island_names(resolver.query):
        return result
    region = resolver.gaz.region(result.admin1_code)
    if region is None:
        return result
    what = (
        "an island"
        if normalise(result.name or "") in _names_as(_ISLAND, resolver.query)
        else ("a peninsula")
    )
    note = (
        f"{result.name!r} is named as {what}, and the data holds only its town: the "
        f"region holding it, {region.name}, is answered"
    )
    held = resolver.coarsened_to(region, note)
    return result if held is None else replace(held, query=result.query)


def island_of_a_unit(resolver: PlaceResolver, result: PlaceResult) -> PlaceResult:
    """The region holding an island that is a unit below admin-1, else ``result``.

    Many islands by sea borders are units of their own (Greece's regional units
    Lesbos, Chios, Samos): "towards the island of Lesvos" names no place, but the
    bare name would be read as the unit and answered with its region.  The island
    word must not hide that reading.

    Parameters
    ----------
    resolver : PlaceResolver
        The resolver that answered (its query and event's country are used).
    result : PlaceResult
        Its answer.

    Returns
    -------
    PlaceResult
        For an unresolved answer whose text calls one name an island, and that name is
        a unit of the event's country in one region: that region, coarsened, with the
        resolver's note; ``result`` otherwise.
    """
    if result.status != "unresolved":
        return result
    answers = []
    for name in sorted(island_names(resolver.query)):
        expr = PlaceExpression(kind="name", text=name, name=name)
        held = resolver.region_of_a_bare_unit(expr, ANYWHERE)
        if held is not None and held.status == "resolved":
            answers.append(held)
    if len({held.admin1_code for held in answers}) != 1:
        return result
    return replace(answers[0], query=result.query)
