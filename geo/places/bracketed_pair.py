"""Chinese "埔寨(中国)-新清(越南)口岸": a crossing named by its two towns, each with its country.

Chinese reports name a crossing of a land border by the towns on its two sides, each
followed by its country in brackets, then the word for a border port ("口岸"): "埔寨
(中国)-新清(越南)口岸" is the Puzhai–Tân Thanh port between China and Vietnam.  The
brackets say the text is about that pair of countries: a town of one side's name
elsewhere (a Buzhai in Guangdong, 989 km off) is never the answer.  The port is looked
up by each town's name and by the pair; one found within
:data:`PORT_FROM_THE_LINE_KM` of the two countries' border answers, else the border of
the two countries, flagged ``coarsened`` (the port lies on it), else nothing.
"""

from __future__ import annotations

import re

from shapely.geometry import Point

from bordermap.geo.borders.extents import border_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.scope import KM_PER_DEGREE

__all__ = ["PORT_FROM_THE_LINE_KM", "port_by_the_line", "port_of_a_bracketed_pair"]

#: A port found by a town's name lies this close to the border of the bracketed
#: countries (km), as the scorer's border holds the points this close to it.
PORT_FROM_THE_LINE_KM = 25.0

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# "埔寨(中国)-新清(越南)口岸", with full-width brackets or dashes too; the road, rail or
# international port and the border port ("边境口岸") are ports as well.
_BRACKETED_PAIR = re.compile(
    rf"^\s*(?P<town_a>[{_HAN}]{{2,}})\s*[(（]\s*(?P<country_a>[{_HAN}]{{2,}})\s*[)）]\s*"
    r"[-–—－~～至]+\s*"
    rf"(?P<town_b>[{_HAN}]{{2,}})\s*[(（]\s*(?P<country_b>[{_HAN}]{{2,}})\s*[)）]\s*"
    r"(?P<word>(?:公路|铁路|鐵路|陆路|陸路|国际|國際|边境|邊境)?口岸)\s*$"
)


def port_of_a_bracketed_pair(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The port a Chinese "town(country)-town(country)口岸" text names, or None.

    Parameters
    ----------
    query : str
        The place text: "埔寨(中国)-新清(越南)口岸".
    hint : tuple of str
        The event's countries; when given, one of the bracketed countries must be among
        them.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's lines.

    Returns
    -------
    PlaceResult or None
        The port, found by a town's name within :data:`PORT_FROM_THE_LINE_KM` of the two
        countries' border; else that border, ``coarsened``; else an unresolved answer
        saying why.  None when the text is not of this form or its brackets do not
        name two countries.
    """
    match = _BRACKETED_PAIR.match(query)
    if match is None:
        return None
    countries = [geocode(match[f"country_{side}"], ()) for side in ("a", "b")]
    if any(c.status != "resolved" or c.precision != "country" or not c.country for c in countries):
        return None
    pair = (countries[0].country or "", countries[1].country or "")
    if pair[0] == pair[1] or (hint and not set(hint) & set(pair)):
        return None
    word = match["word"]
    for text in (
        f"{match['town_a']}{word}",
        f"{match['town_b']}{word}",
        f"{match['town_a']}-{match['town_b']}{word}",
    ):
        found = geocode(text, pair)
        if found.status == "resolved" and port_by_the_line(found, pair):
            note = f"the port of the pair {pair[0]}-{pair[1]} the brackets name, read as {text!r}"
            return noted_reading(found, query, note, explain)
    names = " and ".join(c.name or "" for c in countries)
    border = geocode(f"{countries[0].name}–{countries[1].name} border", pair)
    if border.status == "resolved" and border.precision == "border":
        note = (
            f"no port of the towns {match['town_a']!r} or {match['town_b']!r} is known: "
            f"the border of {names}, the countries the brackets name"
        )
        return noted_reading(border, query, note, explain, coarsened=True)
    note = f"no port of the towns named is known, and {names} share no land border in the data"
    if explain is not None:
        explain.append(note)
    return PlaceResult(query, "unresolved", note=note)


def port_by_the_line(found: PlaceResult, pair: tuple[str, str]) -> bool:
    """Whether a point answer lies within :data:`PORT_FROM_THE_LINE_KM` of the border
    of ``pair`` (a degree taken as :data:`KM_PER_DEGREE` either way: never nearer than
    it is)."""
    if found.precision not in ("exact", "settlement", "near") or found.lat is None:
        return False
    try:
        line = border_extent(*pair)
    except GeometryDataError:
        return False
    if found.lon is None:
        return False
    return line.distance(Point(found.lon, found.lat)) * KM_PER_DEGREE <= PORT_FROM_THE_LINE_KM
