"""Korean "X 북서방 14km 해상": a spot at sea measured from a named place.

Korean coast guard and navy reports place a boat by a bearing and a distance from an
island or port, after the address of that place written coarsest first:
"인천시 옹진군 백령도 북서방 14km 해상" (at sea 14 km north-west of Baengnyeong Island,
Ongjin County, Incheon).  Read as written, the address's first unit (Incheon, a city
whose own point is far from the island) wins, and the bearing and the distance are
lost.  Here such a text is written as English says it, "14 km northwest of 백령도,
옹진군, 인천시": the finest place first, which the resolver measures from, as it does
any "N km north of X".

Only a short distance is read so: far from a place ("노토반도에서 서북서쪽으로 약 400㎞",
some 400 km west-north-west of the Noto Peninsula) the place is no longer where the
event is, and the text is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = ["MEASURED_MAX_KM", "english_order_of_a_bearing", "measured_from_a_korean_place"]

#: The farthest a spot may lie from the place it is measured from and still be read as
#: near that place (km).
MEASURED_MAX_KM = 50.0

_COMPASS = {"북": "north", "남": "south", "동": "east", "서": "west"}

#: A unit of length as Korean reports write it, and its English word and length in km.
_UNITS = {
    "km": ("km", 1.0),
    "㎞": ("km", 1.0),
    "킬로미터": ("km", 1.0),
    "킬로": ("km", 1.0),
    "마일": ("miles", 1.609344),
    "해리": ("nautical miles", 1.852),
}

# "<place> 북서방 14km 해상", "<place> 동남방 1마일 해상까지", "<place>에서 서북서쪽으로 약
# 400㎞ 떨어진 ...": the bearing word (방, 쪽, 방향), "about" (약), the distance and its
# unit, then "away" (떨어진) and "at sea"/"in the waters"/"near" with a particle.  The
# bearing may be joined to the name ("백령도서북방 6.5마일").  Without a bearing, "from"
# (에서) says the place is measured from ("독도에서 23km 떨어진 공해상", on the high seas
# 23 km from Dokdo); "가량" or "정도" (about) may follow the unit, and further distances
# of several boats may follow the first ("12마일, 6마일 해상").
_DISTANCE = r"\d+(?:[.,]\d+)?\s*(?:km|㎞|킬로미터|킬로|마일|해리)(?:\s*(?:가량|정도|쯤))?"
# The spot's word last: at sea ("해상"), nearby ("부근"), or down or up the river ("하류",
# "상류": "혜산에서 10Km 하류", 10 km downstream of Hyesan).
_MEASURED = re.compile(
    # "독도앞바다 1.5㎞ 해상": the sea off a place (앞바다) joined to its name.
    r"^(?P<head>[^\d]*?[가-힣A-Z])(?:(?:에서)?\s*(?P<bearing>[동서남북]{1,3})\s*(?:방향|방|쪽)(?:으로)?"
    r"|에서|\s*앞바다)\s+(?:약\s*)?(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>km|㎞|킬로미터|킬로|마일|해리)"
    rf"(?:\s*(?:가량|정도|쯤))?(?P<more>(?:\s*,\s*(?:약\s*)?{_DISTANCE})*)\s*"
    r"(?:떨어진\s*)?(?:공해상|해상|해역|바다|부근|인근|지점|하류|상류)?\s*(?:에서|까지|으로|에|의)?$",
    re.IGNORECASE,
)
#: A lot number of a Korean address ("산1", mountain lot 1; "12-3번지"), which names no
#: place: dropped before the address is read.
_LOT_NUMBER = re.compile(r"(?<=[가-힣])\s+(?:산\d+(?:-\d+)?|\d+(?:-\d+)?번지)(?=\s)")
#: One distance of :data:`_MEASURED`'s further ones: its number and unit.
_ONE_DISTANCE = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>km|㎞|킬로미터|킬로|마일|해리)"
)
#: The Korean name of a sea joined before an island's ("서해연평도", Yeonpyeong in the
#: West Sea), tried off only when the whole word names nothing: "동해" and "남해" are also
#: a city's and a county's names.
_SEA_BEFORE = re.compile(r"^(?:서해|동해|남해)(?=[가-힣]{2,})")

#: "독도내 서도" (West Islet within Dokdo): "within" joined to the holder's name.
_WITHIN = re.compile(r"(?<=[가-힣])내$")


def english_order_of_a_bearing(bearing: str) -> str:
    """A Korean compass bearing in English words.

    Korean names the east or west first where English names the north or south first:
    "서북" and "북서" are both north-west; a third letter ("서북서") makes the bearing of
    three parts, its first letter's direction then the two others.

    >>> english_order_of_a_bearing("북서")
    'northwest'
    >>> english_order_of_a_bearing("동남")
    'southeast'
    >>> english_order_of_a_bearing("서북서")
    'west-northwest'
    """
    words = [_COMPASS[letter] for letter in bearing]
    if len(words) == 3:
        return f"{words[0]}-{english_order_of_a_bearing(bearing[1:])}"
    return "".join(sorted(words, key=lambda word: word not in ("north", "south")))


def _the_line_itself(
    found: PlaceResult,
    finest: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
) -> bool:
    """Whether a border answer is the line the text measures from ("동해 NLL 북방 5.5㎞
    해상", 5.5 km north of the Northern Limit Line): its finest word names that line, so
    the line is what the text places the spot by, not a fallback for an unknown place."""
    if found.precision != "border":
        return False
    line = geocode(finest, hint)
    return line.status == "resolved" and line.precision == "border" and line.name == found.name


def measured_from_a_korean_place(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The place a Korean text measures a spot from, widened by the distance, or None.

    Parameters
    ----------
    query : str
        The place text: "인천시 옹진군 백령도 북서방 14km 해상".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The answer to "14 km northwest of 백령도, 옹진군, 인천시" when it finds a place finer
        than a country or border; None when the text is not of this form, the distance
        is above :data:`MEASURED_MAX_KM`, or nothing finer is found.
    """
    match = _MEASURED.match(_LOT_NUMBER.sub("", query.strip()))
    if match is None:
        return None
    unit, km_per_unit = _UNITS[match["unit"].lower()]
    number = float(match["number"].replace(",", "."))
    # The farthest of the distances given ("12마일, 6마일") bounds the spots.
    for more in _ONE_DISTANCE.finditer(match["more"] or ""):
        if float(more["number"].replace(",", ".")) * _UNITS[more["unit"].lower()][1] > (
            number * km_per_unit
        ):
            unit, km_per_unit = _UNITS[more["unit"].lower()]
            number = float(more["number"].replace(",", "."))
    if number * km_per_unit > MEASURED_MAX_KM:
        return None
    # Korean writes an address coarsest first; English, as the resolver reads it, finest.
    words = [_WITHIN.sub("", word) for word in match["head"].split()]
    written = f"{number:g} {unit}"
    bearing = match["bearing"]
    how = f"{english_order_of_a_bearing(bearing)} of" if bearing else "from"
    for head in (words, [_SEA_BEFORE.sub("", words[0]), *words[1:]]):
        text = f"{written} {how} {', '.join(reversed(head))}"
        found = geocode(text, hint)
        if found.status == "resolved" and (
            found.precision not in ("country", "border")
            or _the_line_itself(found, head[-1], hint, geocode)
        ):
            return noted_reading(
                found, query, f"read as measured from the place: {text!r}", explain
            )
        if head[0] == words[0] and not _SEA_BEFORE.match(words[0]):
            break
    if len(words) > 1:
        # "동해 NLL": a line at sea, named after the sea it runs through, is measured
        # from by itself; only the line is taken so, never a town the address narrows.
        text = f"{written} {how} {words[-1]}"
        found = geocode(text, hint)
        if found.status == "resolved" and _the_line_itself(found, words[-1], hint, geocode):
            return noted_reading(
                found, query, f"read as measured from the line: {text!r}", explain
            )
    return None
