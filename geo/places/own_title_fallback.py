"""An event whose place text is not understood, placed by its own title, coarsened.

A place phrase may name what the gazetteer cannot hold ("l'Avenue de l'Europe (N830)",
"the Ceibo Chico area", "Sidakan", a street, a reef, a farm) while the event's own
title says where the event is: "Cross-border avenue at Athus shut ...", "Iranian
artillery fire wounds five civilians inside the Kurdistan Region".  The title is the
reporter's own summary of the event, so the unit it names holds the event as surely as
a unit the phrase itself names would ("the village of X in Y Oblast", issue 11's
honest fallback).  It is read only when the phrase alone is unresolved, and only for
what the phrase does not already say:

- the phrase's own names are not in the title: when they are ("entre Kinshasa et
  Brazzaville" beside "... Brazzaville's jubilee", "the Bure – Assab crossing" beside
  "Eritrea closes the Bure–Assab road crossing"), the title restates a place the
  resolver already refused (a pair, a crossing between two towns), and choosing one
  of its parts would overrule that refusal;
- the answer is a unit, never a pin: a town the title names ("near Tlemcen", "in Foz
  do Iguaçu") is where the headline puts the event, not where it happened, so the
  admin-1 region holding the town is answered; a district, a region or a border the
  title names is answered as it is;
- it lies in the event's country (a region or district of the hint, a border of the
  hint), never in another, and is never the whole country: the hint says that much
  already;
- a title naming several places is read only when one is a unit of the event's country
  and every other a whole country ("Ituri governor orders South Sudanese refugees
  moved ...": the demonym says who, the unit where).

The answer is flagged as coarsened, its note says that it comes from the title and
what the place text alone gave, so a reviewer sees which events stand on their title.
Only the title is read: a description tells where people came from and went to
("fleeing Khartoum", "handed to police in Erbil") as often as where the event was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from shapely import Point
from shapely.ops import nearest_points

from bordermap.geo.places.gazetteer import Gazetteer, load_gazetteer
from bordermap.geo.places.names import normalise
from bordermap.geo.places.resolver import place_geometry
from bordermap.geo.places.result import PlaceResult

__all__ = ["phrase_names_in_title", "placed_by_own_title"]

#: Precisions of a title's answer taken as they are: units and lines.
_UNITS = frozenset({"district", "region", "border"})
#: Precisions of a title's answer that are points: the region holding them is answered.
_POINTS = frozenset({"exact", "settlement", "near"})
#: A phrase's word this short is no name (articles, "la", "of").
_SHORT_WORD = 3
#: Words that say what or where a place is, not which: a phrase "the Nakop border post"
#: and a title "... at the border post" share them without naming one place.
_NOT_NAMES = frozenset(
    {
        "the",
        "border",
        "borders",
        "bridge",
        "checkpoint",
        "crossing",
        "district",
        "frontier",
        "island",
        "lake",
        "post",
        "province",
        "region",
        "river",
        "road",
        "village",
    }
)
#: How far (km) a border answer's point may lie from the hint country's outline: the
#: line is that country's own edge, so only the outline's generalisation separates them.
_BORDER_SLACK_KM = 5.0


def _names(text: str) -> set[str]:
    """The normalised words of ``text`` written as names: with a capital, or in a script
    without case (Arabic, Thai), leaving out short words and words for kinds of place."""
    names: set[str] = set()
    for token in re.findall(r"[^\W\d_]+", text):
        if token[0].islower():
            continue
        for word in normalise(token).split():
            if len(word) >= _SHORT_WORD and word not in _NOT_NAMES:
                names.add(word)
    return names


def phrase_names_in_title(place: str, title: str) -> set[str]:
    """The names of the place phrase that the title repeats (normalised words).

    Parameters
    ----------
    place : str
        The event's place phrase.
    title : str
        The event's title.

    Returns
    -------
    set of str
        Empty when the title names nothing the phrase names.  A word counts as a name
        in either text only where it is written as one ("Cross-border avenue at Athus"
        repeats no name of "l'Avenue de l'Europe (N830)").
    """
    return _names(place) & _names(title)


def _on_the_hints_border(result: PlaceResult, country: str) -> bool:
    """Whether a border answer is a line of the hint country (its point on its edge)."""
    from bordermap.geo.borders.extents import country_extent
    from bordermap.geo.errors import GeometryDataError
    from bordermap.geo.places.scope import BORDERS_HELD_BY, km_between

    if result.lat is None or result.lon is None:
        return False
    try:
        outline = country_extent(BORDERS_HELD_BY.get(country, country))
    except GeometryDataError:
        return False
    point = Point(result.lon, result.lat)
    nearest = nearest_points(outline.boundary, point)[0]
    return km_between(result.lat, result.lon, nearest.y, nearest.x) <= _BORDER_SLACK_KM


def _as_unit(result: PlaceResult, country: str, gaz: Gazetteer) -> PlaceResult | None:
    """The title's answer as a unit of the hint country, or None.

    A point is replaced by the admin-1 region it is filed in, when that region has an
    outline holding it; a unit must be the hint's; a border must be one of the hint's.
    """
    if result.status != "resolved":
        return None
    if result.precision == "border":
        return result if _on_the_hints_border(result, country) else None
    if result.country != country:
        return None
    if result.precision in _UNITS:
        return result
    if result.precision not in _POINTS or not result.admin1_code:
        return None
    region = gaz.region(result.admin1_code)
    if region is None:
        return None
    geometry = place_geometry(region)
    if geometry is None or result.lat is None or result.lon is None:
        return None
    if not geometry.intersects(Point(result.lon, result.lat)):
        # An outline that misses the town would put the event in another region.
        return None
    return replace(
        result,
        name=region.name,
        admin1_code=region.admin1_code,
        lat=region.lat,
        lon=region.lon,
        precision="region",
        geometry=geometry,
        uncertainty_km=None,
        candidates=(),
        note=f"{result.note}; the region holding {result.name} is answered"
        if result.note
        else f"the region holding {result.name} is answered",
    )


def _the_units_of_a_title_naming_people(
    found: PlaceResult, country: str, lookup: Callable[[str, str], PlaceResult]
) -> PlaceResult:
    """Of a title naming several places, the one unit of the event's country when every
    other is a whole country; else ``found`` as it is.

    "Ituri governor orders South Sudanese refugees moved away from the border" names
    Ituri and, by their demonym, where the refugees come from: a country named beside
    the unit says who, the unit says where.  The unit is looked up again alone, so it
    is drawn as any answer naming it is.
    """
    if found.status != "ambiguous" or not found.candidates:
        return found
    units = [c for c in found.candidates if c.precision in ("region", "district")]
    others = [c for c in found.candidates if c not in units]
    if len(units) != 1 or units[0].country != country:
        return found
    if any(c.precision != "country" or c.country == country for c in others):
        return found
    alone = lookup(units[0].name, country)
    if alone.status != "resolved" or alone.admin1_code != units[0].admin1_code:
        return found
    return alone


def placed_by_own_title(
    result: PlaceResult,
    *,
    place: str,
    title: object,
    country: str | None,
    lookup: Callable[[str, str], PlaceResult],
    gaz: Gazetteer | None = None,
) -> tuple[PlaceResult, str | None]:
    """An unresolved place answered by the unit the event's own title names.

    Parameters
    ----------
    result : PlaceResult
        The answer to the event's place phrase; only an unresolved one is looked at.
    place : str
        The place phrase itself.
    title : object
        The event's title; what is not a string is skipped.
    country : str or None
        The event's country hint (ISO alpha-2); without one the title is not read.
    lookup : callable
        ``lookup(text, country)``: the place look-up the phrase went through.
    gaz : Gazetteer, optional
        For the region holding a town; the shipped one by default.

    Returns
    -------
    (PlaceResult, str or None)
        The title's unit, coarsened, and the note saying it comes from the title; or
        ``result`` unchanged and None.
    """
    if result.status != "unresolved" or not country or not isinstance(title, str):
        return result, None
    if not title.strip() or phrase_names_in_title(place, title):
        return result, None
    found = _the_units_of_a_title_naming_people(lookup(title, country), country, lookup)
    unit = _as_unit(found, country, gaz or load_gazetteer())
    if unit is None:
        return result, None
    said = f"placed by the event's own title, {title!r}: {unit.name} ({unit.precision})"
    note = f"{said}; the place alone: {result.note}" if result.note else said
    if unit.note:
        note = f"{note}; the title: {unit.note}"
    answer = replace(unit, query=result.query, coarsened=True, note=note)
    return answer, said
