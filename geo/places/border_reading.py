"""Reading borders: border phrases, one country's borders, sides, named lines and rivers.

:class:`BorderReading` is the part of :class:`bordermap.geo.places.resolver.PlaceResolver`
that turns border expressions into border lines: pairs of neighbouring countries named
by names, demonyms, declined adjectives or regions; a country's borders narrowed by a
direction, a stated length, the event's country, the region of interest or the area
they must touch; sides; the border at a crossing or beside a town; and the named lines
and border rivers of ``data/gazetteer/border_features.toml``.  It relies on the
resolver's ``find``, ``decide``, ``unresolved``, ``country_codes``, ``resolve`` and
``log``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import shapely
import shapely.ops
from shapely.geometry import Point

from bordermap.geo.borders.admin1 import region_rows
from bordermap.geo.borders.extents import border_extent, country_extent, region_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.devanagari_consonants import MIN_CONSONANTS, district_sounding
from bordermap.geo.places.disambiguation import CROSSING_TOWN_KM
from bordermap.geo.places.districts import DISTRICTS_NAMED_AFTER_SEATS, districts_named
from bordermap.geo.places.gazetteer import KINDS, Place
from bordermap.geo.places.inflection import has_cyrillic, languages_of, nominative_keys
from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import (
    COMPASS_BEARINGS,
    UNNAMED_CROSSING,
    PlaceExpression,
    parse_place,
)
from bordermap.geo.places.phrases import (
    RIVER_WORDS as _RIVER_WORDS,
)
from bordermap.geo.places.result import Candidate, PlaceResult
from bordermap.geo.places.scope import (
    ANYWHERE,
    BORDERS_HELD_BY,
    KM_PER_DEGREE,
    SETTLEMENT_KINDS,
    Scope,
    km_between,
    place_countries,
)
from bordermap.geo.places.spelling import closest_spelling, may_be_misspelled
from bordermap.geo.places.text_runs import BETWEEN
from bordermap.geo.places.words import BorderFeature, load_border_features
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["BorderReading", "neighbours_of", "one_region_along", "one_region_near"]

#: Precisions of a town or a crossing: "the X side of" one is that place.
SETTLEMENT_PRECISIONS = ("exact", "settlement", "near")
#: At most this many borders are listed for an ambiguous border phrase.
MAX_BORDERS = 10
#: "the X border" with X a town: the town must lie this close to a land border.
TOWN_BORDER_KM = 30.0
#: ... and no other border may lie within this many km more of it.
TOWN_BORDER_GAP_KM = 10.0
# A border "touches" a container this close to it (degrees; about 5 km).
# Words that point back at the country a report is about ("the country's side").
_BACK_TO_THE_COUNTRY = re.compile(r"(?:the\s+)?(?:country|nation)|its|their", re.IGNORECASE)
#: "les frontières Est du pays", "la frontera norte del país": "of the country" after
#: the border word points back at the event's country, the owner of the border.
_OF_THE_COUNTRY = re.compile(
    r"of\s+the\s+(?:country|nation)|du\s+pays|de\s+ce\s+pays|del\s+pa[ií]s|do\s+pa[ií]s|"
    r"del\s+paese",
    re.IGNORECASE,
)
_TOUCH_DEG = 0.05
#: A border reaching into a region for less than this (about 2 km) only touches it.
_MIN_STRETCH_DEG = 0.02


def _stretch_within(line, area):
    """The part of a border ``line`` inside ``area``, merged; None if (nearly) nothing."""
    stretch = shapely.intersection(line, area)
    stretch = shapely.line_merge(stretch) if not stretch.is_empty else stretch
    if stretch.is_empty or stretch.length < _MIN_STRETCH_DEG:
        return None
    return stretch


#: How far along a border from a crossing "the X border" reaches, km: as far as
#: "near X" does.
CROSSING_STRETCH_KM = NEAR_RADIUS_KM
#: A stated border length (as on the ground) picks the borders whose measured length,
#: times these factors, brackets it: generalised lines measure 0–30 % shorter than the
#: border itself (Latvia–Belarus 136 km for 173, Afghanistan–Pakistan 2,245 for 2,640).
LENGTH_WINDOW = (0.95, 1.35)
#: A compass direction ("eastern border") takes borders within this many degrees.
DIRECTION_TOLERANCE = 60.0
_ARTICLES = re.compile(r"\b(?:the|el|la|le|del|of)\b")
#: A leading article of a lookup key, in the languages of the feature names.
_LEADING_ARTICLE_KEY = re.compile(
    r"^(?:the|el|la|le|les|los|las|il|lo|gli|die|der|das|den|dem|o|os|as) (?=\S)"
)
_SPACES = re.compile(r"\s+")
#: A sea border ("la frontière maritime", "la frontera marítima", "il confine
#: marittimo", "the maritime border"): the border data holds the land lines only.
_SEA_BORDER = re.compile(
    r"\b(?:frontières?|fronteras?|fronteiras?|confin[ei]|borders?|boundary|boundaries)\s+"
    r"(?:maritimes?|marítim[ao]s?|marittim[oaie])\b|"
    r"\bmaritime\s+(?:borders?|boundary|boundaries|frontiers?)\b",
    re.IGNORECASE,
)
#: The word of a tri-border ("na tríplice fronteira com o Peru e a Colômbia", "la triple
#: frontera con X y Y", "the tri-border with X and Y"): where three countries meet.
_TRI_BORDER = re.compile(
    r"^(?:(?:la|le|a|the)\s+)?(?:tr[ií]plice|triple|tri-?border|trinational)$", re.IGNORECASE
)
#: "X and Y" in the languages that write a tri-border so.
_AND = re.compile(r"\s+(?:e|y|et|and|und)\s+", re.IGNORECASE)
#: Two border lines of a country meet at a tripoint if they come this close (km).
TRIPOINT_KM = 5.0
#: The sea words of :data:`_SEA_BORDER`, taken off a side's text before reading its country
#: ("marítima hispano", "Iran's maritime").
_SEA_WORD = re.compile(r"\b(?:maritimes?|marítim[ao]s?|marittim[oaie])\b", re.IGNORECASE)
#: Why a sea border answers the event's country: the reason the answer carries.
SEA_BORDER_NOTE = "sea border: no sea line shipped"
#: Two states meet at sea only when their coasts lie this close (km): two exclusive
#: economic zones of 200 nautical miles reach 740 km; kept well inside it, so that a
#: state named across an ocean ("the border with Venezuela" of a Maltese event) is no
#: sea neighbour.
SEA_NEIGHBOUR_KM = 400.0
# A region touches a border line this close to it (degrees): generalised outlines.
_REGION_TOUCH_DEG = 0.05
#: Words saying a text is about the border a river forms: a border word, or crossing the
#: river ("across", "swam", "crossed", "over to", "into" a country).
_SAYS_THE_BORDER = re.compile(
    r"border|frontier|boundary|grenz|granic|hranic|határ|graniț|frontièr|fronter|frontier|"
    r"кордон|границ|мяж|sınır|σύνορ|حدود|مرز|across|cross|swam|swim|into|über|przez|"
    r"через|travers|través|atravess|através|deux\s+pays|two\s+countries|both\s+countries|"
    r"dos\s+países|dois\s+países|relie|links?\s+the|"
    # Malay and Indonesian "melalui" (through, by way of), "menyeberang(i)" and
    # "merentas(i)" (to cross): "melalui Sungai Golok" crossed the river.
    r"melalui|menyeberang|merentas|"
    # Malay "sempadan" and Indonesian "perbatasan" (border): "sempadan Malaysia–Thailand
    # dekat tebing Sungai Golok".
    r"sempadan|perbatasan|"
    # "del limítrofe Rio Negro": the bordering river.
    r"limítrof",
    re.IGNORECASE,
)
#: Words that only a river takes before its name, in the languages that capitalise a
#: river word as a town's name begins ("Sungai Golok" is also the town Su-ngai Kolok):
#: Malay and Indonesian "sepanjang" (along) and "tebing" (bank).  A town is neither
#: run along nor banked; nor has it landings: "pangkalan (ilegal) di Sungai Golok",
#: "jeti", "dermaga" (a landing, a jetty, a pier, illegal or not) stand on the river.
_SAYS_THE_RIVER = re.compile(
    r"\b(?:(?:sepanjang|tebing)\s+sungai|(?:pangkalan|jeti|dermaga)"
    r"(?:\s+(?:haram|ilegal|tidak\s+sah|tikus|tradisional|sementara))?\s+(?:di\s+)?sungai)\b",
    re.IGNORECASE,
)
_COMPASS_WORDS = (
    r"north|south|east|west|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|upper|lower|central"
)
# "the northern side of the island": a compass adjective where a side's country stands.
_COMPASS_SIDE = re.compile(
    r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?", re.I
)
#: A crossing word after the name a side is of: "the Iraqi side of the Treibil crossing".
_CROSSING_WORD_AFTER = (
    r"\s+(?:border\s+)?(?:crossing|checkpoint|check\s?point|post|gate|land\s+port|"
    r"port\s+of\s+entry)\b"
)
# "the X border region / province / district": a unit by the border, named X.
_BORDER_UNIT = re.compile(r"\bborder\s+(?:region|province|district|county|state)$", re.I)


@lru_cache(maxsize=512)
def neighbours_of(code: str) -> tuple[str, ...]:
    """Countries sharing a land border with ``code`` (empty for an unknown code)."""
    from bordermap.geo.borders.boundaries import neighbours

    try:
        return tuple(neighbours(code))
    except GeometryDataError:
        return ()


def has_no_land_border(code: str) -> bool:
    """Whether a country meets others at sea only: no land border in the data, and no
    other country's lines stand for its own (French Guiana's are France's).

    Parameters
    ----------
    code : str
        ISO alpha-2 code.

    Returns
    -------
    bool
    """
    return code not in BORDERS_HELD_BY and not neighbours_of(code)


def says_sea_border(text: str) -> bool:
    """Whether a text names a sea border ("la frontera marítima", "the maritime border").

    Parameters
    ----------
    text : str
        A place text as reported.

    Returns
    -------
    bool
    """
    return _SEA_BORDER.search(text) is not None


def _meet_at_sea(a: str, b: str) -> bool:
    """Whether two countries' outlines lie within :data:`SEA_NEIGHBOUR_KM` of each other."""
    try:
        near_a, near_b = shapely.ops.nearest_points(country_extent(a), country_extent(b))
    except GeometryDataError:
        return False
    return km_between(near_a.y, near_a.x, near_b.y, near_b.x) <= SEA_NEIGHBOUR_KM


#: A place, then a bracket naming its state: "Taurato (PNG)".
_COUNTRY_IN_BRACKETS = re.compile(r"(?P<place>[^()]*\S)\s*\((?P<country>[^()]+)\)")
#: Outlines closer than this (km) may touch on land where the data has no line between
#: them (Botswana and Zambia meet at a point on the Zambezi): no water is seen between.
_WATER_BETWEEN_KM = 1.0


def _apart_across_water(a: str, b: str) -> bool:
    """Whether two countries' outlines lie apart, within :data:`SEA_NEIGHBOUR_KM`, with
    water between their nearest points: the Øresund between Denmark and Sweden (5 km).

    Not when a land neighbour of either lies between (Russia between Kazakhstan and
    Mongolia), nor when most of the gap lies in the admin-1 outlines of the two, which
    hold land the country outlines leave out (the Golan, between Israel and Syria).
    """
    try:
        near_a, near_b = shapely.ops.nearest_points(country_extent(a), country_extent(b))
        gap = shapely.LineString([near_a, near_b])
        between = [country_extent(c) for c in {*neighbours_of(a), *neighbours_of(b)} - {a, b}]
    except GeometryDataError:
        return False
    km = km_between(near_a.y, near_a.x, near_b.y, near_b.x)
    if not _WATER_BETWEEN_KM < km <= SEA_NEIGHBOUR_KM:
        return False
    if any(gap.intersects(land) for land in between):
        return False
    regions = [shape for code in (a, b) for shape in region_rows(code)[1] if shape is not None]
    on_land = gap.intersection(shapely.union_all(regions)).length if regions else 0.0
    return on_land < gap.length / 2


def _the_one_border_reaching(country: str, area) -> tuple[str, ...] | None:
    """The one land border of ``country`` that reaches ``area``; None for none or several."""
    pairs = [tuple(sorted((country, other))) for other in neighbours_of(country)]
    reaching = _pairs_reaching(pairs, area, _REGION_TOUCH_DEG)
    return reaching[0] if len(reaching) == 1 else None


@lru_cache(maxsize=512)
def _border_km(pair: tuple[str, str]) -> float:
    from pyproj import Geod  # only a stated length needs it; keep the cold start light

    return Geod(ellps="WGS84").geometry_length(border_extent(*pair)) / 1000.0


@lru_cache(maxsize=512)
def _bearing_of_border(own: str, other: str) -> float | None:
    """Compass bearing (degrees) from a country's centre to its border with ``other``."""
    try:
        centre = country_extent(own).centroid
        middle = border_extent(*sorted((own, other))).centroid
    except GeometryDataError:
        return None
    dx = (middle.x - centre.x) * math.cos(math.radians(centre.y))
    dy = middle.y - centre.y
    return math.degrees(math.atan2(dx, dy)) % 360.0


def _angle(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


_ABBREVIATION = re.compile(r"[A-Z]{2,3}")

#: A capitalised German word ending in the genitive "s" ("Sachsens", "Bayerns"), and the
#: German border word that makes a text German enough to read it so.
_GERMAN_GENITIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}s")
_GERMAN_BORDER_WORD = re.compile(r"\bGrenze\b")
_BORDER_AREA_OF = re.compile(
    r"\b(?:border|frontier)\s+(?:region|regions|area|areas|zone|zones|district|province)\b|"
    # "Grenzregion Sumy", "la zone frontalière de X", "la zona fronteriza de X".
    r"\bgrenz(?:region|gebiet)\w*|\bzon[ae]\s+front\w+|\bbande\s+frontalière|"
    r"\bfranja\s+fronteriza|\bfaixa\s+de\s+fronteira",
    re.IGNORECASE,
)


# "the heavily armed border", "its long, porous frontier": English words in lower case
# before the border word, and nothing else in the text.
_DESCRIBED_BORDER = re.compile(
    r"(?:(?:along|across|on|at|to|near)\s+)?(?:the|its|their|a)\s+[a-z]+(?:[\s,-]+[a-z]+)*\s+"
    r"(?:border|frontier|boundary)"
)


def _is_place_name(text: str) -> bool:
    """A side of "the X-Y border" that can be a place's name: 1-3 capitalised words."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _river_word_in_lower_case(text: str) -> bool:
    """Whether ``text`` writes a river word as a common noun ("el río X", "X river")."""
    return any(
        word[:1].islower() and _RIVER_WORDS.fullmatch(normalise(word)) for word in text.split()
    )


@lru_cache(maxsize=1)
def features_by_bare_name() -> dict[str, BorderFeature]:
    """Border rivers by their names without the river word ("hondo" for "Hondo River").

    Looked up only when the text has a river word of its own, so a bare name that is
    also a town ("Hondo") is never read as the river.  A bare name of two different
    features is left out.
    """
    index: dict[str, BorderFeature | None] = {}
    for key, feature in load_border_features().items():
        bare = _SPACES.sub(" ", _ARTICLES.sub("", _RIVER_WORDS.sub("", key))).strip()
        if not bare or bare == key:
            continue
        if bare in index and index[bare] is not None and index[bare].name != feature.name:
            index[bare] = None
        else:
            index.setdefault(bare, feature)
    return {bare: feature for bare, feature in index.items() if feature is not None}


def _pairs_reaching(pairs, area, touch_deg: float) -> list[tuple[str, ...]]:
    """The border pairs whose line comes within ``touch_deg`` of ``area``, in order."""
    reaching = []
    for pair in pairs:
        try:
            if border_extent(*pair).distance(area) <= touch_deg:
                reaching.append(pair)
        except GeometryDataError:
            continue
    return reaching


# Lower-case words before a border line's capitalised name ("the undefined LAC").
_DESCRIBED_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:undefined|disputed|contested|de\s+facto|unmarked|porous|volatile|"
    r"tense|heavily\s+militarised|heavily\s+militarized|militarised|militarized|so-called)\s+)+"
    r"(?P<name>(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)


def _has_land_line(pair: tuple[str, str]) -> bool:
    """Whether the boundary data draws a land line between the two countries of a pair."""
    try:
        border_extent(*pair)
    except GeometryDataError:
        return False
    return True


def one_region_near(country: str, geometry: shapely.Geometry) -> str | None:
    """The code of the one admin-1 region of ``country`` within :data:`TRIPOINT_KM` of
    ``geometry`` (a point on a border line, or the line), or None when none or several
    are."""
    rows, polygons = region_rows(country)
    reach = TRIPOINT_KM / KM_PER_DEGREE
    near = [row["code"] for row, shape in zip(rows, polygons, strict=True)
            if shape.distance(geometry) <= reach]  # fmt: skip
    return near[0] if len(near) == 1 else None


#: A region touching a border line along less than this (km) only meets its end (a
#: tripoint's neighbour), and does not share the line.
TOUCHING_KM = 15.0
#: The one region along a whole line must hold this share of it: the outlines of some
#: countries leave parts of their side to no region (old provinces, merged units).
WHOLE_LINE_SHARE = 0.9


def one_region_along(country: str, line: shapely.Geometry) -> str | None:
    """The code of the one admin-1 region of ``country`` along a whole border line, or
    None.

    Regions within :data:`TRIPOINT_KM` of the line count, less those along it for under
    :data:`TOUCHING_KM` (Hadramawt meets the Oman-Yemen line only at the Saudi
    tripoint: Al Mahrah holds Yemen's side); the one left must run along
    :data:`WHOLE_LINE_SHARE` of it (North Kivu is the only Congolese outline by the
    Ugandan line, but holds 279 of its 729 km).
    """
    rows, polygons = region_rows(country)
    reach = TRIPOINT_KM / KM_PER_DEGREE
    along = []
    for row, shape in zip(rows, polygons, strict=True):
        if shape.distance(line) > reach:
            continue
        km = line.intersection(shape.buffer(reach)).length * KM_PER_DEGREE
        if km >= TOUCHING_KM:
            along.append((row["code"], km))
    if len(along) != 1 or along[0][1] < WHOLE_LINE_SHARE * line.length * KM_PER_DEGREE:
        return None
    return along[0][0]


class BorderReading:
    """Border phrases to border lines (mixed into the resolver)."""

    def border_result(self, pair: tuple[str, str], label: str = "", note: str = "") -> PlaceResult:
        line = border_extent(*pair)
        point = line.representative_point()
        names = [getattr(self.gaz.country(c), "name", c) for c in pair]
        name = f"{names[0]}–{names[1]} border" + (f" ({label})" if label else "")
        self.log(f"border {pair[0]}-{pair[1]}")
        return PlaceResult(
            self.query,
            "resolved",
            name=name,
            country=None,
            admin1_code=None,
            # Not rounded: the point must lie on the line it stands for.
            lat=point.y,
            lon=point.x,
            precision="border",
            geometry=line,
            note=note,
        )

    def border_by_crossing(
        self, pair: tuple[str, str], crossing: PlaceResult, note: str
    ) -> PlaceResult:
        """The stretch of a border within :data:`CROSSING_STRETCH_KM` of a crossing on it.

        "The Torkham border" names the line at that crossing (the gate itself, or the
        line beside it: reports use it for both), not the whole 2,600 km border: the
        stretch by the crossing is drawn, its point the line's nearest to the crossing.
        A line that passes farther than that from the crossing is answered whole.
        """
        whole = self.border_result(pair, note=note)
        if crossing.lat is None or crossing.lon is None or whole.geometry is None:
            return whole
        where = Point(crossing.lon, crossing.lat)
        reach = CROSSING_STRETCH_KM / KM_PER_DEGREE
        stretch = _stretch_within(whole.geometry, where.buffer(reach))
        if stretch is None:
            return whole
        point = shapely.ops.nearest_points(stretch, where)[0]
        self.log(f"the stretch of {whole.name} by the {crossing.name} crossing")
        return replace(
            whole,
            name=f"{whole.name} at {crossing.name}",
            lat=point.y,
            lon=point.x,
            geometry=stretch,
        )

    def border_stretch_in(
        self, result: PlaceResult, region: PlaceResult, *, named_by_it: bool = False
    ) -> PlaceResult:
        """The stretch of a border answer inside the region the text puts it in.

        "On the border in Punjab", "along the border in West Kalimantan": the line is
        cut to the region's outline (with the slack of generalised outlines), so the map
        draws the stretch the report means and the answer carries the region's code.
        A border that does not reach the region is left whole.  When several borders
        run through the region ("na hranicích v Jihočeském kraji": Austria's and
        Germany's) and the text does not say which, the region itself answers, flagged
        coarsened: it is what the text pins down.  A district drawn as a circle whose
        seat lies far from the line answers itself (:meth:`district_the_border_runs_through`),
        unless the border is ``named_by_it`` ("the Tarn Taran border": the stretch).
        """
        if result.status == "ambiguous" and result.precision == "border":
            return self.borders_reaching(result, region)
        if (
            result.status != "resolved"
            or result.precision != "border"
            or result.geometry is None
            or region.geometry is None
        ):
            return result
        # A district drawn as a circle at its seat ("along the IB in Kathua district").
        area = self.drawn_area(region)
        if area is None:
            return result
        stretch = _stretch_within(result.geometry, area.buffer(_TOUCH_DEG))
        if stretch is None:
            self.log(f"{result.name} does not reach {region.name}: the whole line")
            return result
        if (
            not named_by_it
            and _drawn_as_a_circle(region)
            and _seat_km(region, result) > TOWN_BORDER_KM
        ):
            return self.district_the_border_runs_through(result, region)
        point = stretch.representative_point()
        self.log(f"the stretch of {result.name} in {region.name}")
        name = f"{result.name} in {region.name}"
        if " border in " in (result.name or "") and result.admin1_code in (
            None,
            region.admin1_code,
        ):
            # Already a district's stretch ("... border in Gurdaspur"), cut again by the
            # region holding it ("in Punjab"): the district names it.
            name = result.name
        return replace(
            result,
            name=name,
            admin1_code=region.admin1_code,
            lat=point.y,
            lon=point.x,
            geometry=stretch,
        )

    def border_sections_in(self, unit: PlaceResult) -> PlaceResult | None:
        """The stretch of its country's border in a unit a text calls a section, or None.

        "на Тавушском участке" (on the Tavush section): a section is a stretch of a
        border, not the province; the one land border of the unit's country reaching it
        is cut to it (:meth:`border_stretch_in`).  Tavush reaches Azerbaijan's line and
        Georgia's, and the words do not say which: ambiguous between the two stretches.
        None when no border reaches the unit.
        """
        area = self.drawn_area(unit)
        if unit.status != "resolved" or not unit.country or area is None:
            return None
        own = unit.country
        pairs = [tuple(sorted((own, other))) for other in neighbours_of(own)]
        reaching = _pairs_reaching(pairs, area, _TOUCH_DEG)
        stretches = [self.border_stretch_in(self.border_result(p), unit) for p in reaching]
        stretches = [s for s in stretches if s.precision == "border"]
        if len(stretches) == 1:
            return stretches[0]
        if not stretches:
            return None
        candidates = tuple(
            Candidate(s.name or "", None, None, s.lat, s.lon, "border", 0) for s in stretches
        )
        note = (
            f"a section of a border in {unit.name}, which {len(stretches)} borders reach: "
            + ", ".join(s.name or "" for s in stretches)
        )
        self.log(f"ambiguous: {note}")
        return replace(stretches[0], status="ambiguous", candidates=candidates, note=note)

    def district_the_border_runs_through(
        self, border: PlaceResult, district: PlaceResult
    ) -> PlaceResult:
        """ "along the Indo-Bangladesh border in West Jaintia Hills district": the district.

        The data has no outline of the district, only a circle around its seat; with the
        seat farther from the line than a town naming a border may lie
        (:data:`TOWN_BORDER_KM`), the circle's edge is all that reaches the line, and the
        stretch it cuts is a guess at where the district meets it.  The district the
        text names is what it pins down: answered, the border said in the note.
        """
        note = (
            f"{border.name} runs by {district.name}, whose seat lies farther from it than "
            f"{TOWN_BORDER_KM:g} km and which has no outline: the district"
        )
        self.log(note)
        return replace(
            district,
            query=border.query,
            note="; ".join(n for n in (district.note, note) if n),
        )

    def borders_reaching(self, result: PlaceResult, region: PlaceResult) -> PlaceResult:
        """Of an ambiguous border answer's borders, those that reach the area named.

        One: its stretch there.  Several, in a region or district: the unit, flagged
        coarsened.  None, or several by a town: the answer as it was.
        """
        area = self.drawn_area(region)
        if region.status != "resolved" or area is None:
            return result
        named = (tuple(sorted(self.border_pair_named(c.name or ""))) for c in result.candidates)
        pairs = _pairs_reaching([p for p in named if len(p) == 2], area, _TOUCH_DEG)
        if len(pairs) == 1:
            self.log(f"of {result.note}, only {pairs[0][0]}-{pairs[0][1]} reaches {region.name}")
            return self.border_stretch_in(self.border_result(pairs[0]), region)
        if len(pairs) > 1 and region.precision in ("region", "district"):
            note = f"{result.note}; {len(pairs)} of them reach {region.name}: answered it"
            self.log(f"coarsened: {note}")
            return replace(region, coarsened=True, note=note, candidates=result.candidates)
        return result

    def drawn_area(self, place: PlaceResult):
        """The area a place is drawn as (a circle around a point with its reach), or None."""
        area = place.geometry
        if area is not None and area.geom_type == "Point" and place.uncertainty_km:
            area = area.buffer(place.uncertainty_km / KM_PER_DEGREE)
        if area is None or area.geom_type not in ("Polygon", "MultiPolygon"):
            return None
        return area

    def border_choice(
        self, pairs: Sequence[tuple[str, str]], label: str = "", why: str = ""
    ) -> PlaceResult:
        """One border resolves; several are ambiguous and listed; none is unresolved."""
        pairs = [p for p in dict.fromkeys(pairs) if self.has_border(p)]
        if not pairs:
            return self.unresolved(note=why or "no land border matches")
        if len(pairs) == 1:
            return self.border_result(pairs[0], label)
        results = [self.border_result(p, label) for p in pairs[:MAX_BORDERS]]
        candidates = tuple(
            Candidate(r.name or "", None, None, r.lat, r.lon, "border", 0) for r in results
        )
        note = f"{len(pairs)} borders fit: " + ", ".join("-".join(p) for p in pairs)
        self.log(f"ambiguous: {note}")
        return replace(results[0], status="ambiguous", candidates=candidates, note=note)

    def has_border(self, pair: tuple[str, str]) -> bool:
        return pair[1] in neighbours_of(pair[0])

    def narrow_pairs(
        self, pairs: list[tuple[str, str]], own: str | None, expr: PlaceExpression
    ) -> list[tuple[str, str]]:
        """Keep the borders that fit the direction, length, hint and region of interest."""

        def narrowed(kept: list[tuple[str, str]], why: str) -> list[tuple[str, str]]:
            if kept and len(kept) < len(pairs):
                self.log(f"{why}: {', '.join('-'.join(p) for p in kept)}")
                return kept
            return pairs

        if self.border_area is not None and len(pairs) > 1:
            area = self.border_area
            touching = [p for p in pairs if border_extent(*p).distance(area) <= _TOUCH_DEG]
            pairs = narrowed(touching, "touching the container")
        bearing = COMPASS_BEARINGS.get(expr.suffix.replace(" ", "-"))
        if bearing is not None and own:
            kept = []
            for pair in pairs:
                other = pair[1] if pair[0] == own else pair[0]
                towards = _bearing_of_border(own, other)
                if towards is not None and _angle(towards, bearing) <= DIRECTION_TOLERANCE:
                    kept.append(pair)
            if not kept:
                return []
            pairs = narrowed(kept, f"{expr.suffix} side of {own}")
        if expr.distance_km and len(pairs) > 1:
            km = expr.distance_km
            low, high = LENGTH_WINDOW
            kept = [p for p in pairs if low * _border_km(p) <= km <= high * _border_km(p)]
            pairs = narrowed(kept, f"{km:g} km long")
        others = [c for c in self.hint if c != own]
        if others and len(pairs) > 1:
            pairs = narrowed([p for p in pairs if set(p) & set(others)], "event's country")
        if (
            self.roi
            and len(pairs) > 1
            and not (len(self.roi) == 4 and all(isinstance(v, int | float) for v in self.roi))
        ):
            roi = {str(c).upper() for c in self.roi}
            pairs = narrowed([p for p in pairs if set(p) <= roi], "region of interest")
        return pairs

    def own_borders(self, own: str, expr: PlaceExpression) -> PlaceResult:
        """One country's border(s): "Finland's eastern border", "the border" (hint)."""
        pairs = [tuple(sorted((own, n))) for n in neighbours_of(own)]
        if not pairs:
            return self.unresolved(note=f"{own} has no land border in the data")
        kept = self.narrow_pairs(pairs, own, expr)  # type: ignore[arg-type]
        return self.border_choice(kept, why=f"no border of {own} lies on its {expr.suffix} side")

    def border_pairs(self, expr: PlaceExpression, own: str | None) -> list[tuple[str, str]]:
        """Every pair of neighbouring countries the border expression can name."""
        whole = self.one_country_across_the_dash(expr)
        if whole is not None and own is not None and whole != own:
            pair = (own, whole) if own < whole else (whole, own)
            if self.has_border(pair):
                # "the Guinea-Bissau border", "de Wit-Russische grens": a dashed name or
                # demonym of one country is one side, not two ("Guinea" and "Bissau").
                return [pair]
        # Every cut at a dash first, then the two texts as read ("the Costa Rican
        # border" is one side, though "colombo ecuatoriana" is two).
        cuts = dict.fromkeys([*expr.splits, (expr.name, expr.other)])
        for a_text, b_text in cuts:
            # A region stands for its country only beside a named other side, or as the
            # other side of the event's own country ("granica z obwodem kaliningradzkim").
            both = bool(a_text and b_text)
            b_codes = self.country_codes(
                b_text,
                tuple(dict.fromkeys((*expr.languages, *getattr(self, "hint_languages", ())))),
                regions=both or (not a_text and own is not None),
            )
            a_codes = (
                self.country_codes(a_text, expr.languages, regions=both)
                if a_text
                else frozenset({own} if own else ())
            )
            if own and not a_codes and _ABBREVIATION.fullmatch(a_text or ""):
                # "perbatasan RI-PNG": an abbreviation the tables lack, beside a known
                # neighbour, is the event's own country ("RI", Republik Indonesia).
                a_codes = frozenset({own})
            pairs = [
                (a, b) if a < b else (b, a)
                for a in a_codes
                for b in b_codes
                if a != b and self.has_border((a, b) if a < b else (b, a))
            ]
            if pairs:
                return sorted(set(pairs))
        return []

    def one_country_across_the_dash(self, expr: PlaceExpression) -> str | None:
        """The one country a border's dashed side names as a whole, or None.

        "Guinea-Bissau", "Bosnian-Herzegovinian", Dutch "Wit-Russische" and German
        "weiß-russische" (Belarusian): the dash is inside one country's name, not between
        two sides.
        """
        if not expr.splits:
            return None
        first, rest = expr.splits[0]
        if not re.search(rf"{re.escape(first)}[-\u2010\u2011]{re.escape(rest)}", expr.text):
            return None
        codes = self.country_codes(f"{first}-{rest}", expr.languages, regions=False)
        # German "weiß-russischen" is "weißrussischen" (Belarusian) written with a dash.
        codes = codes or self.country_codes(f"{first}{rest}", expr.languages, regions=False)
        return next(iter(codes)) if len(codes) == 1 else None

    def border(self, expr: PlaceExpression, own: str | None = None) -> PlaceResult:
        expr = self.without_a_line_name(expr)
        tri = self.tri_border(expr)
        if tri is not None:
            return tri
        if _SEA_BORDER.search(self.query):
            # "la frontera marítima hispano-marroquí": the land line of the pair is
            # another border than the one meant; no sea line is held to answer it.
            return self.sea_border(expr, own)
        hinted = self.hint[0] if len(self.hint) == 1 else None
        if not expr.name and (own or hinted) and _OF_THE_COUNTRY.fullmatch(expr.other.strip()):
            # "les frontières Est du pays" of a Liberian event: Liberia's eastern border.
            self.log(f"{expr.other!r} is the event's country {own or hinted}")
            return self.own_borders(own or hinted, replace(expr, other=""))  # type: ignore[arg-type]
        if (
            not expr.name
            and expr.other
            and not self.country_codes(expr.other, expr.languages, regions=False)
        ):
            # "The Evros border", "the Nushki border": a river or a town names it.
            named = self.border_named_by_place(expr)
            if named is not None:
                return named
        if not expr.name and not expr.other:
            own = own or hinted
            if own is None:
                return self.unresolved(
                    note="a border without its countries; give the event's country"
                )
            return self.own_borders(own, expr)
        if expr.name and not expr.other:
            owner = self.country_code(expr.name, expr.languages, regions=False)
            if owner is None and not expr.suffix:
                # "la frontera de Tecún Umán": a town or a river names the border.
                named = self.border_named_by_place(replace(expr, name="", other=expr.name))
                if named is not None:
                    return named
            if owner is None:
                # "Saxony's border": a region of the event's country owns it, as in "the
                # Saxony border": its stretch, or the region when several borders reach it.
                by_unit = self.border_of_unit(expr) if self.hint else None
                if by_unit is not None:
                    return by_unit
                if hinted and not expr.suffix and _is_place_name(expr.name):
                    # "en la frontera de Peñas Blancas": a place the data lacks names a
                    # border of the event's country, as "the Peñas Blancas border" does.
                    return self.border_of_unknown_place(
                        replace(expr, name="", other=expr.name), hinted
                    )
                return self.unresolved(note=f"{expr.name!r} is not a country")
            return self.own_borders(owner, expr)
        if not expr.name and not (own or hinted):
            # "the 1,300 km-long border with Russia": one of Russia's borders.
            other = self.country_code(expr.other, expr.languages, regions=False)
            if other is None:
                return self.unresolved(note=f"{expr.other!r} is not a country")
            return self.own_borders(other, expr)
        if not expr.name and not expr.splits and hinted and not own:
            owner = self.country_code(expr.other, expr.languages, regions=False)
            if owner == hinted:
                # "на южной границе Узбекистана" for an Uzbek event: the genitive after
                # the word names the owner, not the other side.
                return self.own_borders(owner, expr)
        if (
            expr.name
            and expr.other
            and self.country_code(expr.name, expr.languages, regions=False) is None
            and self.country_code(expr.other, expr.languages, regions=False) is not None
            and not re.search(r"[A-ZÀ-ÞА-ЯЁ]", expr.name)
        ):
            # "its eastern border with Russia", "the heavily fortified border with South
            # Korea": lower-case words before the border word describe it.
            self.log(f"{expr.name!r} describes the border")
            return self.border(replace(expr, name=""), own)
        if expr.name and expr.other and expr.splits in ((), ((expr.name, expr.other),)):
            # "Arizona's southern border with Mexico", "границе Аризоны с Мексикой", "the
            # Texas-Mexico border": a region's border with a country is that border's
            # stretch in the region.
            by_unit = self.border_of_unit(expr)
            if by_unit is not None:
                return by_unit
        pairs = self.border_pairs(expr, own or hinted)
        if not pairs:
            by_places = self.border_of_two_places(expr) or self.border_of_unit(expr)
            if by_places is not None:
                return by_places
            placed = self.place_then_country(expr, hinted) if not expr.name else None
            if placed is not None:
                return placed
            if (
                not expr.name
                and _is_place_name(expr.other)
                and not self.country_codes(expr.other, expr.languages, regions=False)
            ):
                return self.border_of_unknown_place(expr, hinted)
            if not expr.name and hinted and _DESCRIBED_BORDER.fullmatch(self.query.strip()):
                # "the heavily armed border" of a South Korean event: lower-case English
                # words that name no country describe the border, not a side (other
                # languages write their countries' adjectives in lower case).
                self.log(f"{expr.other!r} describes the border")
                return self.own_borders(own or hinted, replace(expr, other=""))
            if hinted and has_no_land_border(hinted):
                # "su frontera con Venezuela" of an Aruban event: a country with no land
                # border meets the other state at sea only.
                return self.sea_border(expr, own)
            if hinted and self.sea_neighbour_named(expr, hinted):
                # "ved grænsen til Sverige" of a Danish event: two states with no land
                # line between them, whose coasts face each other across water.
                return self.sea_border(expr, own)
            bracketed = self.sides_by_their_brackets(expr)
            if bracketed is not None:
                return self.border(bracketed, own)
            spelled = self.border_of_a_side_spelled_otherwise(expr)
            if spelled is not None:
                return spelled
            sole = self.border_of_a_sole_neighbour(expr)
            if sole is not None:
                return sole
            if hinted and self.names_nothing_known(expr):
                # "ዶብ ቡሬ- ደባይ ሲማ" (the Bure–Debay Sima border) of an Ethiopian event:
                # two places the gazetteer lacks name a border of the event's country, as
                # one place does ("the Nagarbhita border").
                both = f"{expr.name}–{expr.other}"
                return self.border_of_unknown_place(replace(expr, name="", other=both), hinted)
            return self.unresolved(note=self.no_pair_note(expr))
        side = own or (self.country_code(expr.name, expr.languages) if expr.name else hinted)
        return self.border_choice(self.narrow_pairs(pairs, side, expr))

    def sea_border(self, expr: PlaceExpression, own: str | None = None) -> PlaceResult:
        """A sea border of the event's country: that country, flagged coarsened.

        The data holds land lines only, so neither the pair's land line (another border
        than the one meant) nor the other state (the event is on the event's side) is
        drawn: the event's country holds the sea border, answered at its own precision
        with the reason.  Without one event country, or when the text names a sea
        border of other states, the text stays unresolved.

        Parameters
        ----------
        expr : PlaceExpression
            The border expression read from the text.
        own : str or None
            The country a possessive ("its", "su") gives the border.

        Returns
        -------
        PlaceResult
            The event's country coarsened, or unresolved with the reason.
        """
        hinted = self.hint[0] if len(self.hint) == 1 else None
        if hinted is None:
            return self.unresolved(note="a sea border: the border data holds the land lines only")
        named = self.sea_border_sides(expr) | ({own} if own else set())
        others = named - {hinted}
        if len(others) > 1:
            return self.unresolved(
                note=f"a sea border of other states than the event's country {hinted}: "
                "the border data holds the land lines only"
            )
        country = self.gaz.country(hinted)
        held = (
            self.coarsened_to(country, f"{SEA_BORDER_NOTE}; answered the event's country")
            if country is not None
            else None
        )
        if held is None:
            return self.unresolved(
                note=f"a sea border: no sea line shipped, and no outline of the event's "
                f"country {hinted}"
            )
        if others and not _meet_at_sea(hinted, next(iter(others))):
            return self.unresolved(
                note=f"a sea border of {hinted} with {next(iter(others))}: their coasts lie "
                f"over {SEA_NEIGHBOUR_KM:g} km apart"
            )
        return held

    def sides_by_their_brackets(self, expr: PlaceExpression) -> PlaceExpression | None:
        """ "between Taurato (PNG) and Ilina Islands (Solomon Islands)": the sides read as
        the states their brackets name, when neither side was read otherwise; None
        unless the text puts the border between the sides, a side has such a bracket
        and every bracket names one state.  ("Huu Nghi (Vietnam) – Youyi Guan (China)"
        names a crossing by its two ends, not the border.)"""
        if not BETWEEN.search(self.query):
            return None
        sides = []
        for text in (expr.name, expr.other):
            bracket = _COUNTRY_IN_BRACKETS.fullmatch(text.strip()) if text else None
            if bracket is None:
                sides.append(text)
                continue
            codes = self.country_codes(bracket["country"], expr.languages, regions=False)
            if len(codes) != 1:
                return None
            self.log(f"{bracket['place']!r} is in {next(iter(codes))}, its bracket says")
            sides.append(bracket["country"])
        if sides == [expr.name, expr.other]:
            return None
        return replace(expr, name=sides[0], other=sides[1], splits=())

    def sea_neighbour_named(self, expr: PlaceExpression, hinted: str) -> str | None:
        """The one other state the sides of a border text name, when it shares no land
        line with the event's country ``hinted`` and their coasts face each other
        across water (:func:`_apart_across_water`); None otherwise.

        Outlines that touch without a land line in the data (Botswana and Zambia at
        Kazungula) are no such pair: their border may be on land.
        """
        named: set[str] = set()
        for text in (expr.name, expr.other):
            if not text:
                continue
            codes = self.country_codes(text, expr.languages, regions=False)
            if len(codes) != 1:
                return None
            named |= codes
        others = named - {hinted}
        if len(others) != 1:
            return None
        other = next(iter(others))
        if self.has_border(tuple(sorted((hinted, other)))):  # type: ignore[arg-type]
            return None
        return other if _apart_across_water(hinted, other) else None

    def sea_border_sides(self, expr: PlaceExpression) -> set[str]:
        """Countries the sides of a sea border's text name (its sea words left out)."""
        texts = {expr.name, expr.other, *(part for cut in expr.splits for part in cut)}
        named: set[str] = set()
        for text in texts:
            plain = _SPACES.sub(" ", _SEA_WORD.sub(" ", text or "")).strip()
            if plain:
                named |= self.country_codes(plain, expr.languages, regions=False)
        return named

    def known_and_unknown_side(self, expr: PlaceExpression) -> tuple[str, str] | None:
        """The two sides of a border text as (the one naming a country, the one naming
        none), or None unless exactly one of two sides names a country."""
        sides = [text for text in (expr.name, expr.other) if text]
        if len(sides) != 2:
            return None
        codes = [self.country_codes(text, expr.languages, regions=True) for text in sides]
        if sorted(map(len, codes)) != [0, 1]:
            return None
        return (sides[0], sides[1]) if codes[0] else (sides[1], sides[0])

    def border_of_a_side_spelled_otherwise(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "à la frontière ivoiro-Ghannéen": one side names a country, the other is a
        letter or two from a name or demonym of one of that country's neighbours
        ("ghanéen"): their border, when the event's country is one of the two.

        Only the neighbours' words are compared (a few dozen), and only a single nearest
        one answers (:func:`~bordermap.geo.places.spelling.closest_spelling`); None
        otherwise.
        """
        sides = self.known_and_unknown_side(expr) if self.hint else None
        if sides is None:
            return None
        known, unknown = sides
        country = self.country_code(known, expr.languages, regions=False)
        if country is None or " " in unknown.strip() or not may_be_misspelled(unknown):
            return None
        neighbours = set(neighbours_of(country))
        words = self.words
        forms = [
            (key, next(iter(named)))
            for table in (words.names, words.demonyms)
            for key, named in table.items()
            if len(named) == 1 and named <= neighbours
        ]
        found = closest_spelling(normalise(unknown), forms)
        if found is None:
            return None
        other, form, _ = found
        pair = tuple(sorted((country, str(other))))
        if not set(pair) & set(self.hint):
            return None
        note = f"read {unknown!r} as {form!r} ({other}, spelled otherwise)"
        self.log(note)
        return self.border_result(pair, note=note)

    def names_nothing_known(self, expr: PlaceExpression) -> bool:
        """Whether both sides of a border text name places, none of which the gazetteer
        knows anywhere, as a country, region or place."""
        sides = [text for text in (expr.name, expr.other) if text]
        if len(sides) != 2 or not all(
            0 < len(text.split()) <= 3
            # A name's words: capitalised or in a script without case, no brackets
            # ("Pisiga (Bolivia)" names its country: the readings after this one).
            and all(word[0].isalpha() and may_be_misspelled(word) for word in text.split())
            for text in sides
        ):
            return False
        for text in sides:
            if self.country_codes(text, expr.languages, regions=True):
                return False
            # Read as a name is read anywhere, declined forms too ("Tornion ja
            # Haaparannan rajalla": Tornio and Haparanda, in Finnish genitives).
            known = self.inner_resolve(text, ANYWHERE, None)
            if known.status != "unresolved" or known.candidates:
                return False
        return True

    def border_of_a_sole_neighbour(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "Fwontyè ant Ayiti ak Sendomeng": the border between a country and a side the
        gazetteer does not know is that country's border when it has one land neighbour.

        Never the country itself: the text names a line between two states, and the
        one named may not be the event's side of it.  None when the known side is no
        country, the country has no or several land neighbours, or the other side
        names anything the gazetteer knows.
        """
        sides = self.known_and_unknown_side(expr)
        if sides is None:
            return None
        known, unknown = sides
        if unknown.rstrip().endswith(")"):
            # "Ilina Islands (Solomons)": the bracket says which state the side is in, in
            # words not understood; it need not be the one land neighbour.
            return None
        if self.ends_a_country_name(unknown, expr.languages):
            # "United States–Haiti border": the reading kept only "States" of a country
            # the text names whole; that pair has no land line, and Haiti's one land
            # neighbour is not the side the text names.
            return None
        country = self.country_code(known, expr.languages, regions=False)
        found, _, _ = self.find(unknown, KINDS, ANYWHERE, expr.languages)
        return self.border_of_the_one_neighbour(country, unknown) if not found else None

    def tri_border(self, expr: PlaceExpression) -> PlaceResult | None:
        """The region of the event's country at its tripoint with the two countries a
        tri-border text names, or None when the text is no such one.

        "na tríplice fronteira com o Peru e a Colômbia" of a Brazilian event: read as
        a border with one side "tríplice", it was unresolved, and "the border with Peru
        and Colombia" answers one of the two lines.  Where the event's country meets
        both is one point; the data has no area around it, so the admin-1 region
        holding it answers (Amazonas), coarser than the text; unresolved, saying why,
        when the lines do not meet or the point lies between regions.
        """
        hinted = self.hint[0] if len(self.hint) == 1 else None
        if hinted is None or not _TRI_BORDER.match(expr.name or ""):
            return None
        sides = _AND.split(expr.other.strip())
        codes = [self.country_code(side, expr.languages, regions=False) for side in sides]
        if len(codes) != 2 or None in codes or hinted in codes or codes[0] == codes[1]:
            return None
        pairs = [tuple(sorted((hinted, code))) for code in codes]
        if not all(self.has_border(pair) for pair in pairs):  # type: ignore[arg-type]
            return None
        lines = [border_extent(*pair) for pair in pairs]
        a, b = shapely.ops.nearest_points(lines[0], lines[1])
        why = f"the tri-border of {hinted} with {codes[0]} and {codes[1]}"
        if km_between(a.y, a.x, b.y, b.x) > TRIPOINT_KM:
            return self.unresolved(note=f"{why}: the two border lines do not meet")
        point = Point((a.x + b.x) / 2, (a.y + b.y) / 2)
        region = self.one_region_at(hinted, point)
        if region is None:
            return self.unresolved(note=f"{why}: no one region of {hinted} holds the tripoint")
        note = f"{why}: the region holding the tripoint, {region.name}"
        self.log(note)
        return replace(self.from_place(region, note=note), coarsened=True)

    def one_region_at(self, country: str, point: Point) -> Place | None:
        """The one admin-1 region of ``country`` within :data:`TRIPOINT_KM` of ``point``
        (a point on its border line), or None when none or several are."""
        code = one_region_near(country, point)
        return self.gaz.region(code) if code else None

    def crossing_facing_a_town_abroad(
        self, expr: PlaceExpression, towns: Sequence[Place]
    ) -> PlaceResult | None:
        """ "منفذ الوديعة الحدودي" of a Yemeni event: the region of the event's country at
        a crossing the data lacks, named after a town just across the border; or None.

        The town (Al Wadiah, Saudi Arabia) was refused as outside the event's country,
        but a crossing is on the line, and its side of the event's country is where the
        line passes closest to the town.  The data has no point of the crossing, so
        the one region of the event's country there answers, coarser than the text.
        None unless the event has one country, the name found one town only, outside
        it, within :data:`CROSSING_TOWN_KM` of their common border.
        """
        places = {(t.name, t.country): t for t in towns}
        if len(self.hint) != 1 or len(places) != 1:
            return None
        town = next(iter(places.values()))
        own = self.hint[0]
        if town.country is None or town.country == own or town.lat is None:
            return None
        pair = (min(own, town.country), max(own, town.country))
        if not self.has_border(pair):
            return None
        at = Point(town.lon, town.lat)
        _, on_line = shapely.ops.nearest_points(at, border_extent(*pair))
        if km_between(town.lat, town.lon, on_line.y, on_line.x) > CROSSING_TOWN_KM:
            return None
        region = self.one_region_at(own, on_line)
        if region is None:
            return None
        note = (
            f"no crossing {expr.name!r} in the data; the town {town.name} ({town.country}) "
            f"lies by the border, and {own}'s side of it there is {region.name}"
        )
        self.log(note)
        return replace(self.from_place(region, note=note), coarsened=True)

    def without_a_line_name(self, expr: PlaceExpression) -> PlaceExpression:
        """ "Sialkot Working Boundary": a side whose last word makes, with the border
        word after it, the name of a line of the event's border is the place by that
        line, not a side named "Sialkot Working"; the line's word is dropped from it.

        ``expr`` itself when the side does not end so.
        """
        side = expr.other.strip()
        at = self.query.find(side) if side else -1
        after = self.query[at + len(side) :].split() if at >= 0 else []
        words = side.split()
        if not after or not words:
            return expr
        line = load_border_features().get(normalise(f"{words[-1]} {after[0]}"))
        if line is None or line.kind != "line":
            return expr
        if self.hint and not any(set(p) & set(self.hint) for p in line.pairs):
            return expr
        self.log(f"{words[-1]!r} before {after[0]!r} names the {line.name}")
        return replace(expr, other=" ".join(words[:-1]))

    def ends_a_country_name(self, side: str, languages: tuple[str, ...]) -> bool:
        """Whether the one or two words before ``side`` in the text make, with it, a
        country's name ("United" before "States")."""
        at = self.query.find(side)
        if at <= 0:
            return False
        before = self.query[:at].split()
        for size in (1, 2):
            if len(before) >= size:
                name = " ".join([*before[-size:], side])
                if self.country_codes(name, languages, regions=False):
                    return True
        return False

    def border_of_the_one_neighbour(self, country: str | None, unknown: str) -> PlaceResult | None:
        """The land border of ``country`` when it has exactly one land neighbour (Haiti,
        Portugal, Denmark), said to be read past the side ``unknown`` not understood;
        None otherwise."""
        neighbours = neighbours_of(country) if country else ()
        if len(neighbours) != 1:
            return None
        note = (
            f"{unknown!r} is not understood; the border between it and {country}, whose "
            f"one land border is with {neighbours[0]}"
        )
        self.log(note)
        return self.border_result(tuple(sorted((country, neighbours[0]))), note=note)

    def no_pair_note(self, expr: PlaceExpression) -> str:
        """Why no border was found: a side that names no country (the review file then
        says which words were not understood), else no line between the two."""
        unknown = [
            text
            for text in (expr.name, expr.other)
            if text and not self.country_codes(text, expr.languages, regions=True)
        ]
        if unknown:
            return f"{unknown[0]!r} names no country or region: no border side read from it"
        return "no land border between the two sides in the border data"

    def place_then_country(self, expr: PlaceExpression, hinted: str | None) -> PlaceResult | None:
        """ "Akçakale Suriye sınırında": a place of the event's country, then the country
        across the border: the stretch of that border by the place; None otherwise."""
        words = expr.other.split()
        if hinted is None or len(words) < 2:
            return None
        for cut in (1, 2):
            head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
            codes = self.country_codes(tail, expr.languages, regions=False)
            if len(codes) != 1 or not head or hinted in codes:
                continue
            pair = tuple(sorted((hinted, *codes)))
            if not self.has_border(pair):
                continue
            found, key, _ = self.find(head, KINDS, Scope((hinted,)), expr.languages)
            place = self.decide(found, key, Scope((hinted,))) if found else None
            if place is None or place.status != "resolved" or place.precision == "country":
                continue
            self.log(f"{head!r}, then {tail!r}: their border by {place.name}")
            return self.border_stretch_in(self.border_result(pair), place)
        return None

    def border_of_unknown_place(self, expr: PlaceExpression, hinted: str | None) -> PlaceResult:
        """ "The Nagarbhita border" of a Bangladeshi event: a village, outpost or stretch
        the gazetteer lacks names a border of the event's country.

        The place is not guessed; the event country's border answers, flagged as
        coarsened (or its borders, when it has several: the geocoder then answers the
        country).  Without an event country the text stays unresolved.
        """
        if hinted is None:
            return self.unresolved(
                note=f"{expr.other!r} is not in the gazetteer, and the event has no country "
                "to say whose border it names"
            )
        named, _, _ = self.find(expr.other, KINDS, ANYWHERE, expr.languages)
        if named:
            across = self.border_of_a_town_across(named, hinted)
            if across is not None:
                return across
            # "The Kabul border" of a Finnish event: the place is known, on no border
            # of the event's country; the text contradicts the event, so no answer.
            return self.unresolved(
                note=f"{expr.other!r} names no place on a border of the event's country {hinted}"
            )
        why = f"{expr.other!r} is not in the gazetteer: the border of the event's country"
        self.log(why)
        found = self.own_borders(hinted, replace(expr, other=""))
        if found.status == "resolved":
            return replace(found, coarsened=True, note=why)
        # Several borders: ambiguous, and coarsened too, so that a name read inside a
        # longer text ("60 Kilometern Grenze") never outranks a place the text names.
        return replace(found, coarsened=True, note=f"{why}; {found.note}")

    def border_of_a_town_across(self, named: Sequence, hinted: str) -> PlaceResult | None:
        """ "Across the Ghumdhum border" of a Myanmar event: the town is across the line.

        When every place of the name is a settlement of another country and exactly one
        lies within :data:`TOWN_BORDER_KM` of that country's border with the event's,
        the text names that border; None otherwise.
        """
        if any(p.kind != "settlement" or p.country == hinted for p in named):
            return None
        beside = []
        for place in named:
            pair = tuple(sorted((hinted, place.country)))
            try:
                line = border_extent(*pair)
            except GeometryDataError:
                continue
            lon, lat = line.interpolate(line.project(Point(place.lon, place.lat))).coords[0]
            if km_between(place.lat, place.lon, lat, lon) <= TOWN_BORDER_KM:
                beside.append((place, pair))
        if len(beside) != 1:
            return None
        town, pair = beside[0]
        note = f"{town.name} ({town.country}) lies by this border of the event's country"
        self.log(note)
        return self.border_result(pair, note=note)  # type: ignore[arg-type]

    def border_of_two_places(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "The Boten-Bohan border", "the Fermanagh/Cavan border": sides that are no
        countries name places (a crossing, towns, regions) on one border, or None.

        The two names together may be a crossing of the tables; otherwise each side
        that names a place gives the border beside it, and they must agree.
        """
        sides = [text for text in (expr.name, expr.other) if text]
        if (
            len(sides) != 2
            or not all(_is_place_name(text) for text in sides)
            or any(self.country_code(text, expr.languages, regions=False) for text in sides)
        ):
            return None
        found: dict[tuple[str, ...], PlaceResult] = {}
        hint = self.hint
        # Each side may be across the border from the event ("the Fermanagh/Cavan
        # border" of a Northern Irish event): looked up anywhere, the border must be
        # the event country's.
        self.hint = ()
        try:
            for other in (f"{sides[0]}–{sides[1]}", *sides):
                named = self.border_named_by_place(replace(expr, name="", other=other))
                if named is None or named.status != "resolved" or named.precision != "border":
                    continue
                pair = self.border_pair_named(named.name or "")
                if len(pair) == 2 and (not hint or set(pair) & set(hint)):
                    found.setdefault(tuple(sorted(pair)), named)
                if other == f"{sides[0]}–{sides[1]}" and found:
                    break  # the crossing of the two names says it
        finally:
            self.hint = hint
        if len(found) != 1:
            return None
        self.log(f"the places {sides[0]!r} and {sides[1]!r} lie on one border")
        return next(iter(found.values()))

    def border_named_by_place(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "The Evros border" (a river), "the Nushki border" (a town beside one)."""
        feature = self.feature(expr.other, ANYWHERE)
        if feature is not None:
            return feature
        if _BORDER_UNIT.search(expr.text):
            # "the Cibitoke border region": the province by the border, not the line.
            regions, key, _ = self.find(expr.other, ("region",), ANYWHERE, expr.languages)
            if regions:
                self.log(f"{expr.other!r} names a unit by the border")
                return self.decide(regions, key)
            # No unit of that name ("the Baneh border region", a county seat): the
            # border beside the district or town, as "the Baneh border area" reads;
            # a crossing named X is not the region the text says.
        if "crossing" in KINDS and not _BORDER_UNIT.search(expr.text):
            # "the Torkham border": the border line at that crossing (the text names the
            # border, which may be the crossing or the line beside a town of that name).
            # A declined name is the crossing's too: "a nagylaki határon" (at the border
            # of Nagylak, Hungarian adjective), as "the Nagylak border".
            crossings, key, _ = self.find(expr.other, ("crossing",), ANYWHERE, expr.languages)
            pairs = {tuple(sorted(place_countries(p))) for p in crossings}
            pairs = {p for p in pairs if len(p) == 2}
            if len(pairs) == 1:
                pair = next(iter(pairs))
                self.log(f"the {expr.other} crossing is on the {pair[0]}-{pair[1]} border")
                note = f"the border at the {expr.other} crossing"
                if not _has_land_line(pair):
                    # Kazungula: Botswana and Zambia meet on 150 m of the Zambezi,
                    # which the 1:10m outlines draw as no line; say so, do not crash.
                    self.log(f"no land line of {pair[0]}-{pair[1]} in the data")
                    return self.unresolved(
                        note=f"the {expr.other} crossing's countries {pair[0]} and "
                        f"{pair[1]} share no land line in the boundary data"
                    )
                crossing = self.decide(crossings, key)
                if crossing.status == "resolved":
                    return self.border_by_crossing(pair, crossing, note)
                return self.border_result(pair, note=note)
        by_region = self.border_by_region(expr) or self.border_by_district(expr)
        if by_region is not None:
            return by_region
        # A town within a container town's reach ("the X border area of Y") is that
        # one, not a namesake elsewhere; when none is near, the container does not say.
        where = self.border_town_scope or ANYWHERE
        found, key, _ = self.find(expr.other, ("settlement",), where, expr.languages)
        if not found and where is not ANYWHERE:
            where = ANYWHERE
            found, key, _ = self.find(expr.other, ("settlement",), where, expr.languages)
        if not found:
            return None
        town = self.decide(found, key, where)
        if town.status != "resolved" or not town.country or town.lat is None:
            return town if town.status == "ambiguous" else None
        point = Point(town.lon, town.lat)
        distances: list[tuple[float, tuple[str, str]]] = []
        for other in neighbours_of(town.country):
            pair = tuple(sorted((town.country, other)))
            try:
                line = border_extent(*pair)
            except GeometryDataError:
                continue
            lon, lat = line.interpolate(line.project(point)).coords[0]
            distances.append((km_between(town.lat, town.lon, lat, lon), pair))  # type: ignore[arg-type]
        distances.sort()
        if not distances or distances[0][0] > TOWN_BORDER_KM:
            self.log(f"{town.name} is not within {TOWN_BORDER_KM:g} km of a land border")
            return self.unresolved(note=f"{town.name} lies on no land border")
        close = [pair for km, pair in distances if km <= distances[0][0] + TOWN_BORDER_GAP_KM]
        if len(close) > 1:
            return self.border_choice(close, why=f"several borders lie near {town.name}")
        note = f"the border nearest to {town.name} ({distances[0][0]:.0f} km away)"
        self.log(note)
        return self.border_result(distances[0][1], note=note)

    def region_as_side(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "on the Dagestan side of the state border": a side named by an admin-1 unit of
        the event's country, on a border the text does not name, is that unit (the data
        cannot draw the unit's stretch of the line alone).  None when the words name no
        such unit.
        """
        inner = expr.inner
        if inner is None or inner.kind != "border" or inner.name or inner.other or not self.hint:
            return None
        unit = self.resolve(
            PlaceExpression("name", expr.other, expr.other, languages=expr.languages),
            Scope(tuple(self.hint)),
        )
        if unit.status != "resolved" or unit.precision != "region":
            return None
        if unit.country not in self.hint:
            return None
        note = f"the {unit.name} side of the border: the unit {unit.name}"
        self.log(note)
        return replace(unit, note=note)

    def compass_side_of_a_place(self, expr: PlaceExpression) -> PlaceResult:
        """ "the northern side of the Sarstoon Island": a side of a small place is on
        it, so the place's point answers; a larger place (a region, a border) is not
        drawn for a side of it, whose part the data cannot tell."""
        assert expr.inner is not None
        scope = Scope(tuple(self.hint)) if self.hint else ANYWHERE
        place = self.resolve(expr.inner, scope)
        if place.status != "resolved" or place.precision not in SETTLEMENT_PRECISIONS:
            return self.unresolved(note=f"the {expr.other} side of {expr.inner.text!r}")
        note = f"the {expr.other} side of {place.name}: on it"
        self.log(note)
        return replace(place, note=note)

    def side(self, expr: PlaceExpression) -> PlaceResult:
        assert expr.inner is not None
        side = self.country_code(expr.other, expr.languages, regions=False)
        if side is None and _BACK_TO_THE_COUNTRY.fullmatch(expr.other.strip()):
            # "the country's side of the Elubo border", "its side of the border": the
            # words point back at the country the report is about, the event's.
            if len(self.hint) != 1:
                return self.unresolved(note=f"which country {expr.other!r} means is not said")
            side = self.hint[0]
            self.log(f"{expr.other!r} is the event's country {side}")
        if side is None:
            region = self.region_as_side(expr)
            if region is not None:
                return region
            if expr.inner.kind == "name" and _COMPASS_SIDE.fullmatch(expr.other.strip()):
                return self.compass_side_of_a_place(expr)
            return self.unresolved(note=f"{expr.other!r} is not a country")
        side_name = getattr(self.gaz.country(side), "name", side)
        inner = expr.inner
        if inner.kind != "border":
            # "the Afghan side of the Durand Line": a named line or river.
            result = self.resolve(inner, Scope((side,)))
            if result.status == "unresolved" and not result.candidates:
                # "el lado marroquí de la frontera del Tarajal de Ceuta": the crossing
                # named inside the words, as for a side of a border word below.
                result = self.name_inside(inner.text, Scope((side,)), None) or result
            unknown = self.side_of_an_unknown_crossing(expr, side, result)
            if unknown is not None:
                return unknown
            if result.status == "resolved" and result.precision in SETTLEMENT_PRECISIONS:
                if result.country == side:
                    # "le côté marocain de la ville de Figuig": the town, on that side.
                    return result
                if result.country is None and side in self.countries_of(result):
                    # "the Ugandan side of Bunagana": a crossing has both sides; the
                    # crossing's point answers (the data has no point for each side).
                    self.log(f"the {side} side of the crossing {result.name}")
                    return replace(result, note=f"the {side_name} side of the crossing")
                return self.unresolved(note=f"{inner.text!r} is not on the {side} side")
            pair = self.border_pairs_of(result) if result.precision == "border" else ()
            if result.status != "resolved" or side not in pair:
                return self.unresolved(note=f"{side} is not a side of {inner.text!r}")
        elif (
            not inner.name
            and inner.other
            and not self.country_codes(inner.other, inner.languages, regions=False)
        ):
            # "the Zambian side of the Kasumbalesa border": a crossing or town names it.
            result = self.border_named_by_place(inner) or self.unresolved()
            pair = self.border_pairs_of(result) if result.precision == "border" else ()
            if result.status != "resolved" or side not in pair:
                return self.unresolved(note=f"{side} is not a side of {inner.text!r}")
        elif inner.name or inner.other:
            # "Latvia's side of the border with Belarus": the side is one of the pair.
            pairs = self.border_pairs(inner, side)
            if not pairs or not any(side in p for p in pairs):
                # "the Austrian side of the border crossing Šentilj/Spielfeld": a crossing
                # the words name, on that side's border.
                crossing = self.resolve(parse_place(inner.text), ANYWHERE)
                if crossing.status != "resolved":
                    crossing = self.name_inside(inner.text, Scope((side,)), None) or crossing
                if (
                    crossing.status == "resolved"
                    and crossing.country is None
                    and crossing.precision in ("exact", "settlement", "near")
                    and side in self.countries_of(crossing)
                ):
                    return replace(crossing, name=f"{crossing.name} ({side_name} side)")
                if (
                    crossing.status == "resolved"
                    and crossing.precision == "border"
                    and side in self.border_pairs_of(crossing)
                ):
                    # "du côté zambien de la frontière de Kasumbalesa": the border a
                    # crossing names, read as "the Zambian side of the Kasumbalesa border".
                    result = crossing
                else:
                    sea = self.event_side_of_a_sea_border(inner, side)
                    if sea is not None:
                        return sea
                    return self.unresolved(note=f"{side} is not a side of that border")
            else:
                result = self.border(inner, side)
        elif inner.text == UNNAMED_CROSSING and side not in self.hint:
            # "the Israeli side of the crossing" of a Palestinian event: which crossing,
            # and so which border, the words do not say.
            return self.unresolved(note=f"the {side} side of a crossing the text does not name")
        else:
            result = self.own_borders(side, inner)
        if result.status == "unresolved":
            return result
        return replace(result, name=f"{result.name} ({side_name} side)", country=side)

    def event_side_of_a_sea_border(self, inner: PlaceExpression, side: str) -> PlaceResult | None:
        """ "the Solomon Islands side of the common border with Papua New Guinea": the
        event's own side of a sea border, which no land line draws, is what the border
        alone answers, the event's country coarsened; None for any other side or border.
        """
        if self.hint != (side,):
            return None
        border = self.border(inner, side)
        if border.status != "resolved" or not border.note.startswith(SEA_BORDER_NOTE):
            return None
        if border.country != side:
            return None
        self.log(f"the {side} side of a sea border: the event's country holds it")
        return border

    def side_of_an_unknown_crossing(
        self, expr: PlaceExpression, side: str, found: PlaceResult
    ) -> PlaceResult | None:
        """The event's country's borders for "the Iraqi side of the Treibil crossing" of
        an Iraqi event whose crossing the gazetteer lacks; None otherwise.

        The side word still says which country the event is in, as "the Iraqi side of
        the crossing" does; the caller coarsens the borders to that country.  Only the
        event's own side is taken (another side would be across the border from it),
        and only when a crossing word follows the unknown name.
        """
        inner = expr.inner
        if (
            inner is None
            or inner.kind != "name"
            or found.status != "unresolved"
            or found.candidates
            or tuple(self.hint) != (side,)
            or not re.search(re.escape(inner.text) + _CROSSING_WORD_AFTER, self.query, re.I)
        ):
            return None
        borders = self.own_borders(side, inner)
        if borders.status == "unresolved":
            return None
        note = f"{inner.text!r} is not in the gazetteer; the {side} side of a crossing"
        self.log(note)
        return replace(borders, note="; ".join(n for n in (note, borders.note) if n))

    def place_bears(self, key: str) -> bool:
        """Whether a town or region of the gazetteer bears the name ``key`` whole."""
        return bool(self.gaz.lookup_key(key, kinds=(*SETTLEMENT_KINDS, "region")))

    def river_the_border_names(self, bare: str) -> BorderFeature | None:
        """ "el Río Hondo, en la frontera sur del estado": a capitalised river word
        before a border river's bare name that a town also bears is the river when the
        text speaks of the border and the river is a border of the event's country;
        None otherwise (a town "Río Hondo" stays the town)."""
        feature = features_by_bare_name().get(bare)
        if (
            feature is None
            or not self.hint
            or not (_SAYS_THE_BORDER.search(self.query) or _SAYS_THE_RIVER.search(self.query))
        ):
            return None
        if not set(self.hint) & {c for pair in feature.pairs for c in pair}:
            return None
        self.log(f"the text says the border: {bare!r} is the {feature.name}")
        return feature

    def feature(self, text: str, scope: Scope) -> PlaceResult | None:
        """A named line or border river ("Durand Line", "the Narva River"), or None."""
        # "the Narva River", "el río internacional Carchi Guaitara", "o rio Paraná".
        key = _LEADING_ARTICLE_KEY.sub("", normalise(text))
        features = load_border_features()
        feature = features.get(key)
        # "через Нарову", "Lämmijärvel" of an Estonian event: a river's or lake's name
        # in a case of the text's letters or of the event's country's language, read
        # back to its nominative.
        cased = languages_of(text) if has_cyrillic(text) else getattr(self, "hint_languages", ())
        if feature is None and cased:
            for variant, _ in nominative_keys(key, cased):
                feature = features.get(variant)
                if feature is not None:
                    self.log(f"the line {key!r} read back to {variant!r}")
                    break
        described = _DESCRIBED_LINE.match(text.strip())
        if feature is None and described:
            # "the undefined LAC", "the de facto Durand Line": the words before the
            # line's name describe it.
            text = described["name"]
            key = _LEADING_ARTICLE_KEY.sub("", normalise(text))
            feature = features.get(key)
        bare = _SPACES.sub(" ", _ARTICLES.sub("", _RIVER_WORDS.sub("", key))).strip()
        if feature is None and _RIVER_WORDS.search(key):
            # "graniczną rzekę Przewłoka", "the river Naff", "el río Hondo" (listed as
            # "Hondo River"): the river word says it all, in any language.
            feature = features.get(bare)
            if feature is None and (_river_word_in_lower_case(text) or not self.place_bears(key)):
                # "Río Hondo", capitalised, may be the town's name; "Mto Songwe" at the
                # head of a phrase is the river when no place bears the whole name.
                feature = features_by_bare_name().get(bare)
            elif feature is None:
                feature = self.river_the_border_names(bare)
            if feature is None and _river_word_in_lower_case(text):
                # "přes řeku Olši": the river's name in a case of the text's language
                # (or of the event's country's), read back to the names it is listed by.
                languages = languages_of(text) or getattr(self, "hint_languages", ())
                for variant, _ in nominative_keys(bare, languages):
                    feature = features.get(variant) or features_by_bare_name().get(variant)
                    if feature is not None:
                        self.log(f"the river {bare!r} read back to {variant!r}")
                        break
            if feature is not None:
                feature = replace(feature, generic=True)
        if feature is None:
            return None
        written = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        if re.fullmatch(r"[A-Za-z]{2,5}", written) and sum(c.isupper() for c in written) >= 2:
            feature = replace(feature, generic=True)  # "LAC", "LoC", "DMZ": acronyms
        if not feature.generic:
            # A bare "Evros" may be the regional unit, "Drina" a village: the river
            # only when no place bears the name or the event's country is on it.
            on_it = set(self.hint) & {c for pair in feature.pairs for c in pair}
            places = [
                p
                for p in self.gaz.lookup_key(key, kinds=(*SETTLEMENT_KINDS, "region"))
                if scope.admits(p)
            ]
            if places and not on_it:
                self.log(f"{key!r} is also a place: not read as the {feature.name}")
                return None
        self.log(
            f"{feature.kind} {feature.name!r}: " + ", ".join("-".join(p) for p in feature.pairs)
        )
        along_the_border = bool(feature.through) and any(
            set(pair) & set(self.hint) - set(feature.through) for pair in feature.pairs
        )
        if along_the_border:
            # "râul Tisa" of a Romanian event: the Tisza touches Romania only where it is
            # the Romania–Ukraine border.
            self.log(f"the {feature.name} runs only along the border of {', '.join(self.hint)}")
        if feature.stretch and not along_the_border and not _SAYS_THE_BORDER.search(self.query):
            # "along the Dnieper" of a Ukrainian event is the front inside Ukraine, not
            # the short stretch where the river is the Belarus–Ukraine border.
            return self.unresolved(
                note=f"the {feature.name} forms the "
                f"{', '.join('-'.join(p) for p in feature.pairs)} border only along part of "
                "its course, and the text does not say the border; the data has no line "
                "of the river itself"
            )
        pairs = list(feature.pairs)
        if self.hint:
            kept = [p for p in pairs if set(p) & set(self.hint)]
            if not kept:
                return self.unresolved(
                    note=f"the {feature.name} is the {', '.join('-'.join(p) for p in pairs)} "
                    f"border, not one of the event's country {', '.join(self.hint)}"
                )
            pairs = kept
        return self.border_choice(self.narrow_pairs(pairs, None, parse_place("")), feature.name)

    def border_line_a_unit_bears(
        self, names: Sequence[str], region: Place, scope: Scope
    ) -> PlaceResult | None:
        """The named border line a unit bears the name of, cut to its region; or None.

        "منطقة الفشقة الحدودية" (the al-Fashaga border area) of a Sudanese event: the
        districts table knows al-Fashaga as a unit without a seat (GeoNames "Al
        Fashaga"), which alone gives only its region; the border features know it as
        the stretch of the Ethiopia–Sudan line it holds.  When the query says the
        border (the caller checks), that stretch in the unit's region is what it pins
        down.  Only when the unit's name, as the table spells it, is a line's name and
        the line is a border of the event's country; a unit of several names, or a line
        of another border, says nothing.
        """
        if len(names) != 1:
            return None
        feature = load_border_features().get(normalise(names[0]))
        if feature is None or feature.kind != "line":
            return None
        if self.hint and not any(set(pair) & set(self.hint) for pair in feature.pairs):
            return None
        line = self.feature(names[0], scope)
        if line is None or line.status != "resolved" or line.precision != "border":
            return None
        try:
            area = self.from_place(region)
        except GeometryDataError:
            return line
        note = (
            f"the unit {names[0]!r} bears the name of the {feature.name}, and the text "
            "says the border"
        )
        self.log(note)
        stretch = self.border_stretch_in(line, area)
        return replace(stretch, note=f"{stretch.note}; {note}" if stretch.note else note)

    def without_german_genitive(self, text: str) -> str:
        """ "Sachsens" of "Sachsens Grenze zu Polen" (Saxony's border): a German name in
        the genitive, its "s" dropped when only the name without it is a region of the
        event's country (or of any, without one); else ``text`` as written."""
        if not _GERMAN_GENITIVE.fullmatch(text) or not _GERMAN_BORDER_WORD.search(self.query):
            return text
        regions = [
            p
            for p in self.gaz.lookup_key(normalise(text[:-1]), kinds=("region",))
            if not self.hint or p.country in self.hint
        ]
        if not regions or self.gaz.lookup_key(normalise(text)):
            return text
        self.log(f"{text!r}: the German genitive of {text[:-1]!r}")
        return text[:-1]

    def border_of_unit(self, expr: PlaceExpression) -> PlaceResult | None:
        """The border where a unit of the event's country meets it, or None.

        "Shan-China Border", "near the Kurram district border": one side is a region or
        district (of the event's country, when it has one), the other a country or
        nothing.  The one border of the unit's country that reaches the unit, and the
        other country's if named, answers as its stretch there; several answer the
        unit itself, flagged coarsened (the text pins down the unit, not the line).
        """
        texts = [self.without_german_genitive(t) for t in (expr.name, expr.other) if t]
        codes = [self.country_code(t, expr.languages, regions=False) for t in texts]
        units = [t for t, code in zip(texts, codes, strict=True) if code is None]
        named = {code for code in codes if code}
        scope = Scope(tuple(self.hint)) if self.hint else ANYWHERE
        if len(units) == 2 and not named and len(self.hint) == 1:
            # "the Arizona-Sonora border": a unit of the event's country and one of a
            # neighbour's; the neighbour's names the other side.
            sides = [self.country_codes(u, expr.languages, regions=True) for u in units]
            own = [u for u, codes in zip(units, sides, strict=True) if codes == set(self.hint)]
            others = [codes for codes in sides if codes and codes != set(self.hint)]
            if len(own) == 1 and len(others) == 1 and len(others[0]) == 1:
                units, named = own, set(others[0])
        if len(units) != 1 or len(named) > 1:
            return None
        hint = self.hint
        if named and named == set(hint):
            # "на границе Астраханской области и Казахстана" of a Kazakh event: the text
            # names the event's own country, so the unit is the neighbour's, across it.
            scope, self.hint = ANYWHERE, ()
        try:
            unit = self.resolve(parse_place(units[0]), scope, ("region",))
        finally:
            self.hint = hint
        if unit.status != "resolved" or unit.precision not in ("region", "district"):
            return None
        if not unit.country or unit.geometry is None:
            return None
        area = self.drawn_area(unit) or unit.geometry
        candidates = [
            tuple(sorted((unit.country, other)))
            for other in neighbours_of(unit.country)
            if not named or other in named
        ]
        pairs = _pairs_reaching(candidates, area, _REGION_TOUCH_DEG)
        if not pairs:
            return None
        self.log(f"{unit.name} is a unit by the border: {', '.join('-'.join(p) for p in pairs)}")
        found = self.border_choice(pairs, why=f"no border reaches {unit.name}")
        return self.border_stretch_in(found, unit, named_by_it=True)

    def border_by_region(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "the West Texas border": the one land border of a region's country it touches."""
        name = re.sub(rf"^(?:{_COMPASS_WORDS})\s+", "", expr.other, flags=re.IGNORECASE)
        regions, _, _ = self.find(name, ("region",), ANYWHERE, expr.languages)
        regions = [r for r in regions if not self.hint or r.country in self.hint]
        if len(regions) != 1 or not regions[0].admin1_code:
            return None
        region = regions[0]
        if _BORDER_AREA_OF.search(expr.text):
            # "the border region of Mtwara": the region on the border, as "the Mtwara
            # border region" is; not the border line.
            self.log(f"the border area of {region.name} is the region")
            return self.from_place(region)
        try:
            area = region_extent(region.admin1_code)
        except GeometryDataError:
            return None
        pair = _the_one_border_reaching(region.country, area)
        if pair is None:
            return None
        self.log(f"the border of {region.name}: {pair[0]}-{pair[1]}")
        # "the Oddar Meanchey border": the stretch of the line along that region.
        border = self.border_result(pair, note=f"the border of {region.name}")
        return self.border_stretch_in(border, self.from_place(region))

    def border_by_district(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "the Samba border", "the Lalmonirhat border": the stretch in that district.

        Where a bare name is the district's (:data:`DISTRICTS_NAMED_AFTER_SEATS`), "the
        X border" of an event of that country is the line where it runs through district
        X, not the whole line (thousands of km) nor the line nearest to the town of X.
        Only a district that one of the country's borders reaches answers so.
        """
        if len(self.hint) != 1 or self.hint[0] not in DISTRICTS_NAMED_AFTER_SEATS:
            return None
        country = self.hint[0]
        keys = [normalise(expr.other)]
        # "जैसलमेर", "সুনামগঞ্জ": a district written in Devanagari or Bengali, by its
        # consonants, as a bare name (one consonant more than beside a unit word).
        sounding = district_sounding(expr.other.strip(), (country,), MIN_CONSONANTS + 1)
        if sounding is not None:
            keys.append(sounding)
        units = districts_named(keys, [country])
        district = self.district_circle(units, "district") if units else None
        area = self.drawn_area(district) if district is not None else None
        if district is None or area is None:
            return None
        pair = _the_one_border_reaching(country, area)
        if pair is None:
            return None
        if _BORDER_AREA_OF.search(expr.text):
            # "Tarn Taran's border area": the district's land along the line, as "the
            # border area of Amritsar district" and a region's border area are; the
            # district holds it, the line's stretch does not.
            self.log(f"the border area of the district {district.name} is the district")
            return district
        self.log(f"the border of the district {district.name}: {pair[0]}-{pair[1]}")
        border = self.border_result(pair, note=f"the border of the district {district.name}")
        return self.border_stretch_in(border, district, named_by_it=True)

    def border_the_container_is(self, container: PlaceResult, border: PlaceResult) -> bool:
        """Whether a container read as a stretch of a border is one of the borders a
        bare border word inside it fits (of several, or the one, read whole).

        A border the inner words place more finely ("the Seme border, the border
        between ...": at the Seme crossing) keeps its own reading.
        """
        if container.status != "resolved" or container.precision != "border":
            return False
        if border.precision != "border" or border.status not in ("resolved", "ambiguous"):
            return False
        if border.status == "resolved" and re.search(r" \(| (?:at|in) ", border.name or ""):
            return False
        pair = set(self.border_pair_named(container.name or ""))
        named = [border.name, *(c.name for c in border.candidates)]
        return len(pair) == 2 and any(set(self.border_pair_named(n or "")) == pair for n in named)

    def border_pairs_of(self, result: PlaceResult) -> tuple[str, ...]:
        return self.border_pair_named(result.name or "")

    def border_pair_named(self, name: str) -> tuple[str, ...]:
        """The countries of a border answer's name ("Belarus–Poland border (Bug)")."""
        # "Ireland–United Kingdom border in Fermanagh", "... border at Torkham": the
        # stretch's area or crossing is no side.
        names = re.sub(r" border(?: (?:in|at) .*)?$", "", name.split(" (")[0]).split("–")
        codes = [self.country_code(n) for n in names]
        return tuple(c for c in codes if c)


def _seat_km(district: PlaceResult, border: PlaceResult) -> float:
    """Kilometres from a district's seat (its point) to a border's line."""
    assert district.geometry is not None and border.geometry is not None
    return district.geometry.distance(border.geometry) * KM_PER_DEGREE


def _drawn_as_a_circle(area: PlaceResult) -> bool:
    """Whether an area answer is a unit below admin-1 drawn as a circle at its seat."""
    return (
        area.precision == "district"
        and area.geometry is not None
        and area.geometry.geom_type == "Point"
        and bool(area.uncertainty_km)
    )
