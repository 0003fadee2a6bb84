"""Score the offline resolver on place phrases copied from real border reporting.

Every phrase of ``bench/field/places.csv`` goes through
:func:`bordermap.geo.places.geocoder.geocode_place` with its country hint, and each answer is
classed against the truth of its row:

- ``correct``: the right place at the right precision (a point within 10 km of a
  settlement or crossing, 25 km for "near X"; the same ISO 3166-2 region or an area
  holding the truth point; the same border pair; the same country);
- ``coarser``: honestly coarser, a resolved extent that holds the truth at a coarser
  precision (the region, border or country of a village; a border holds a point
  within 25 km of its line);
- ``ambiguous`` / ``unresolved``: the resolver said it could not choose or find;
- ``WRONG``: anything else that was resolved (another place, another country, or a
  finer precision than the report gives).

Usage::

    .venv/bin/python bench/score_places.py [--csv PATH] [--json PATH] [--check]

``--check`` exits 1 if any answer is WRONG or fewer than 85 % are correct or coarser.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import pyproj
import shapely
from shapely.geometry.base import BaseGeometry

from bordermap.geo.places.scope import BORDERS_HELD_BY
from bordermap.geo.schema import PRECISIONS

FIELD_DIR = Path(__file__).resolve().parent / "field"
PLACES_CSV = FIELD_DIR / "places.csv"

#: Outcomes, from best to worst.
OUTCOMES: tuple[str, ...] = ("correct", "coarser", "ambiguous", "unresolved", "WRONG")
#: Truth kinds of the field set, from most to least precise: bordermap's precisions.
TRUTH_KINDS: tuple[str, ...] = PRECISIONS
#: A point answer this close to a settlement or crossing is the same place.
POINT_KM = 10.0
#: ... and this close for "near X", and for a district given by its seat.
NEAR_KM = 25.0
#: A border line holds the points this close to it.
BORDER_HOLDS_KM = 25.0
#: Slack for an area holding a point: generalised outlines cut off border villages.
AREA_SLACK_KM = 5.0
#: Slack about a district's circle for the stretch of a line in it: the resolver cuts
#: that stretch with 0.05 degrees (5.6 km) of slack about the circle.
STRETCH_SLACK_KM = 6.0
#: A border line runs along a unit's outline when it comes this close to it: the admin-1
#: outlines (Natural Earth's 1:10m admin-1) and the lines (intersections of its admin-0
#: outlines) are generalised apart, by up to 0.3 km along the US, Canadian and Mexican
#: lines the two share for hundreds of km.
LINE_ALONG_UNIT_KM = 2.0
#: ... for at least this much of the line (or half of a shorter line): a unit meeting the
#: line only at a corner (by a tripoint, Podlaskie on the Poland–Russia line) runs along
#: it for a few km at most.
LINE_ALONG_UNIT_MIN_KM = 5.0
#: Share of correct + coarser answers ``--check`` requires.
CHECK_SHARE = 0.85

# exact and settlement are one level: a crossing answered by the village it sits in,
# or a village by its crossing, is the same place.
_LEVEL = {
    "exact": 0,
    "settlement": 0,
    "near": 1,
    "district": 2,
    "region": 3,
    "border": 4,
    "country": 5,
}


_POINTS = ("exact", "settlement")

#: ISO 3166-2 as the field sets cite it (Debian's iso-codes). Some countries' codes
#: changed between editions: Petén is `GT-PE` there and `GT-17` in the data.
ISO_3166_2_JSON = Path("/usr/share/iso-codes/json/iso_3166-2.json")

#: Kazakhstan's letter codes, as Debian's iso-codes lists them, and the numeric codes
#: ISO 3166-2 gave the same units later, which the data uses (ISO 3166-2:KZ, both
#: editions' tables on Italian Wikipedia; the names match unit by unit, South
#: Kazakhstan being Turkistan now). The names differ by language ("Batys Qazaqstan
#: oblysy", "West Kazakhstan"), so matching by the cited name cannot bridge them.
LATER_EDITION_CODES: dict[str, str] = {
    "KZ-ALA": "KZ-75", "KZ-ALM": "KZ-19", "KZ-AKM": "KZ-11", "KZ-AKT": "KZ-15",
    "KZ-AST": "KZ-71", "KZ-ATY": "KZ-23", "KZ-KAR": "KZ-35", "KZ-KUS": "KZ-39",
    "KZ-KZY": "KZ-43", "KZ-MAN": "KZ-47", "KZ-PAV": "KZ-55", "KZ-SEV": "KZ-59",
    "KZ-SHY": "KZ-79", "KZ-VOS": "KZ-63", "KZ-YUZ": "KZ-61", "KZ-ZAP": "KZ-27",
    "KZ-ZHA": "KZ-31",
}  # fmt: skip


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _cited_rows() -> list[dict]:
    """The ISO 3166-2 rows of Debian's iso-codes, read once; empty without them."""
    try:
        return json.loads(ISO_3166_2_JSON.read_text(encoding="utf-8"))["3166-2"]
    except (OSError, ValueError, KeyError):
        return []


@lru_cache(maxsize=1)
def cited_code_names() -> dict[str, str]:
    """Folded name of each ISO 3166-2 code of Debian's iso-codes; empty without them."""
    return {row["code"]: _folded(row["name"]) for row in _cited_rows()}


@lru_cache(maxsize=1)
def cited_code_parents() -> dict[str, str]:
    """The code each ISO 3166-2 code nests under in Debian's iso-codes; empty without them.

    A Bangladeshi district (``BD-32``) under its division (``BD-F``), a Moroccan
    province (``MA-NAD``) under its region (``MA-02``): where the data's admin-1 units
    are the upper level, the unit the report names lies inside one of them.
    """
    return {
        row["code"]: f"{row['code'].split('-')[0]}-{row['parent']}"
        for row in _cited_rows()
        if "parent" in row
    }


def _nests_in(code: str, upper: str | None) -> bool:
    """Whether ISO 3166-2 ``code`` lies inside ``upper`` (its parent, or the parent's)."""
    parents = cited_code_parents()
    seen: set[str] = set()
    while code in parents and code not in seen:
        seen.add(code)
        code = parents[code]
        if code == upper:
            return True
    return False


def same_code(answer: Answer, code: str, names: dict[str, str] | None = None) -> bool:
    """Whether the answer's admin-1 unit is the one ``code`` names.

    The same code, or the same unit under another edition of ISO 3166-2: the answer's
    unit, of the code's country, bears the name the cited edition gives ``code``.
    """
    if not code or not answer.admin1_code:
        return False
    if answer.admin1_code in (code, LATER_EDITION_CODES.get(code)):
        return True
    if answer.admin1_code.split("-")[0] != code.split("-")[0] or not answer.name:
        return False
    cited = (cited_code_names() if names is None else names).get(code)
    return cited is not None and cited == _folded(answer.name)


@dataclass(frozen=True)
class Truth:
    """What a phrase really names, at the precision the report gives."""

    kind: str
    code: str = ""
    lat: float | None = None
    lon: float | None = None

    @property
    def point(self) -> tuple[float, float] | None:
        """``(lat, lon)`` when the truth has a point."""
        if self.lat is None or self.lon is None:
            return None
        return (self.lat, self.lon)


@dataclass(frozen=True)
class Answer:
    """The parts of a resolver answer the scoring looks at."""

    status: str
    precision: str | None = None
    lat: float | None = None
    lon: float | None = None
    geometry: BaseGeometry | None = None
    country: str | None = None
    admin1_code: str | None = None
    border: str = ""
    uncertainty_km: float | None = None
    name: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The class of one answer and why."""

    outcome: str
    reason: str


# --- distances -------------------------------------------------------------------------

_GEOD = pyproj.Geod(ellps="WGS84")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance between two WGS84 points, in km."""
    _, _, metres = _GEOD.inv(lon1, lat1, lon2, lat2)
    return float(metres) / 1000.0


@lru_cache(maxsize=4096)
def _to_local(lat: float, lon: float):
    crs = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    return pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform


def extent_distance_km(geometry: BaseGeometry, lat: float, lon: float) -> float:
    """Distance in km from a point to an extent (0 inside a polygon).

    The extent is projected to an azimuthal equidistant plane centred on the point,
    where distances from the centre are true.
    """
    if geometry.geom_type == "Point":
        return distance_km(lat, lon, geometry.y, geometry.x)
    local = shapely.transform(geometry, _to_local(lat, lon), interleaved=False)
    return float(local.distance(shapely.Point(0.0, 0.0))) / 1000.0


# --- classification --------------------------------------------------------------------


def level(precision: str) -> int:
    """Coarseness of a precision or truth kind: 0 for points, 5 for a country."""
    return _LEVEL[precision]


def holds(answer: Answer, truth: Truth) -> bool:
    """Whether the answer's extent holds the truth (its point, region, border or country).

    Parameters
    ----------
    answer : Answer
        A resolved answer.
    truth : Truth
        What the phrase names.

    Returns
    -------
    bool
    """
    precision = answer.precision or ""
    truth_country = _truth_countries(truth)
    if precision == "country":
        if truth_country:
            # A country holds its regions and its own borders.
            return answer.country in truth_country
        return _area_holds_point(answer, truth)
    if precision == "border":
        if truth.kind == "border":
            return answer.border == truth.code
        if truth.kind == "region" and same_code(answer, truth.code):
            # "On the border in Punjab" answered as the stretch of the border in Punjab.
            return True
        if truth.kind == "district" and is_stretch_in_district(answer, truth):
            # "Near the international border in Amritsar" answered as the stretch of
            # the line in Amritsar district: the same unit, found by its seat.
            return True
        if truth.kind == "region" and line_runs_along_unit(answer, truth):
            # "The Ak-Tilek post on the Kyrgyz–Kazakh stretch" answered as the
            # Kyrgyzstan–Kazakhstan line, the truth Chüy region on it: the post is on the
            # line, and the answer claims less than the region.
            return True
        point = truth.point
        return point is not None and _line_holds_point(answer, point)
    if precision in ("region", "district"):
        if truth.kind in ("region", "district") and same_code(answer, truth.code):
            return True
        if (
            precision == "region"
            and truth.kind == "region"
            and _nests_in(truth.code, answer.admin1_code)
        ):
            # Nador province (MA-NAD) answered as the Oriental region (MA-02) holding it.
            return True
        return _area_holds_point(answer, truth)
    if precision == "near":
        point = truth.point
        if point is None or answer.lat is None or answer.lon is None:
            return False
        radius = max(answer.uncertainty_km or 0.0, NEAR_KM)
        return distance_km(point[0], point[1], answer.lat, answer.lon) <= radius
    return False


def seated_district(truth: Truth, countries: Iterable[str]):
    """The district-table unit a district truth given by its seat names, or None.

    The unit of ``countries`` seated nearest the truth's point, within
    :data:`NEAR_KM` (the reach within which the scorer takes a district answer for
    the district its truth gives by its seat); None when no unit is seated so near,
    or two are seated equally near.
    """
    from bordermap.geo.places.districts import districts_seated_within

    point = truth.point
    if point is None:
        return None
    units = districts_seated_within(tuple(countries), point[0], point[1], NEAR_KM)
    if not units:
        return None
    if len(units) > 1 and units[0][0] == units[1][0]:
        return None
    return units[0][1]


def is_stretch_in_district(answer: Answer, truth: Truth) -> bool:
    """Whether a border answer is its line's stretch in the district the truth gives.

    The district is the unit of the border's countries that the district table seats
    at the truth's point (:func:`seated_district`), drawn as the resolver draws it: a
    circle of its reach around its seat.  The answer is that district's stretch when
    it lies inside the circle and covers the whole of the line inside it (each with
    :data:`STRETCH_SLACK_KM` of slack), so a neighbouring district's stretch, or the
    whole line, is not.  Geometry decides, never the answer's name.

    Parameters
    ----------
    answer : Answer
        A border answer, with the sorted pair of its line.
    truth : Truth
        A ``district`` truth at its seat's point.

    Returns
    -------
    bool
    """
    if truth.kind != "district" or answer.geometry is None or answer.border.count("-") != 1:
        return False
    from bordermap.geo.borders.extents import border_extent
    from bordermap.geo.places.scope import KM_PER_DEGREE

    pair = answer.border.split("-")
    unit = seated_district(truth, pair)
    if unit is None:
        return False
    seat = shapely.Point(unit.lon, unit.lat)
    slack = STRETCH_SLACK_KM / KM_PER_DEGREE
    circle = seat.buffer(unit.reach_km / KM_PER_DEGREE)
    if not answer.geometry.within(circle.buffer(slack)):
        return False
    inner = shapely.intersection(border_extent(*pair), circle.buffer(-slack))
    return not inner.is_empty and inner.within(answer.geometry.buffer(slack))


def line_runs_along_unit(answer: Answer, truth: Truth) -> bool:
    """Whether a border answer is a line of the region truth's country running along it.

    The region (by its ISO 3166-2 code, or the later edition's) must belong to one of
    the answer's pair, and the answer's line must come within
    :data:`LINE_ALONG_UNIT_KM` of the region's outline for at least
    :data:`LINE_ALONG_UNIT_MIN_KM` of its length (half of a shorter line): a post known
    only as "on the A–B border" sits on that line, and the region on it holds that
    stretch.  Another pair's line, a stretch elsewhere, or a region off the line is not
    credited.  A region without an outline (drawn as a circle) cannot show it touches,
    and is not credited.

    Parameters
    ----------
    answer : Answer
        A border answer, with the sorted pair of its line.
    truth : Truth
        A ``region`` truth with an ISO 3166-2 code.

    Returns
    -------
    bool
    """
    if truth.kind != "region" or not truth.code or answer.geometry is None:
        return False
    pair = answer.border.split("-")
    country = truth.code.split("-")[0]
    if len(pair) != 2 or BORDERS_HELD_BY.get(country, country) not in pair:
        return False
    outline = _region_outline(truth.code)
    if outline is None:
        return False
    # Only the part of the line near the region is measured: 0.1 degrees is at least
    # the tolerance up to 70 degrees of latitude.
    near = shapely.intersection(answer.geometry, outline.buffer(0.1))
    if near.is_empty:
        return False
    centre = near.representative_point()
    to_local = _to_local(round(centre.y, 3), round(centre.x, 3))
    line = shapely.transform(near, to_local, interleaved=False)
    area = shapely.transform(
        shapely.intersection(outline, near.buffer(0.1)), to_local, interleaved=False
    )
    along = shapely.intersection(line, area.buffer(LINE_ALONG_UNIT_KM * 1000.0)).length
    # A line shorter than that (Gibraltar's with Spain, 1.2 km) runs along the unit
    # holding half of it.
    whole = shapely.transform(answer.geometry, to_local, interleaved=False).length
    return along >= min(LINE_ALONG_UNIT_MIN_KM * 1000.0, whole / 2.0)


def _region_outline(code: str) -> BaseGeometry | None:
    """The shipped outline of the region an ISO 3166-2 code names, or None."""
    from bordermap.geo.borders.admin1 import region_geometry

    for candidate in (code, LATER_EDITION_CODES.get(code)):
        if candidate:
            outline = region_geometry(candidate)
            if outline is not None:
                return outline
    return None


def _truth_countries(truth: Truth) -> tuple[str, ...]:
    if truth.kind == "country":
        return (truth.code,)
    if truth.kind == "border":
        return tuple(truth.code.split("-"))
    if truth.kind == "region" and truth.code:
        return (truth.code.split("-")[0],)
    return ()


def _area_holds_point(answer: Answer, truth: Truth) -> bool:
    point = truth.point
    if point is None or answer.geometry is None:
        return False
    if answer.geometry.geom_type == "Point":
        if answer.lat is None or answer.lon is None:
            return False
        radius = max(answer.uncertainty_km or 0.0, NEAR_KM)
        return distance_km(point[0], point[1], answer.lat, answer.lon) <= radius
    return extent_distance_km(answer.geometry, *point) <= AREA_SLACK_KM


def _line_holds_point(answer: Answer, point: tuple[float, float]) -> bool:
    if answer.geometry is None:
        return False
    return extent_distance_km(answer.geometry, *point) <= BORDER_HOLDS_KM


def is_same_place(answer: Answer, truth: Truth) -> bool:
    """Whether the answer is the truth at the truth's own precision.

    Parameters
    ----------
    answer : Answer
        A resolved answer.
    truth : Truth
        What the phrase names.

    Returns
    -------
    bool
    """
    precision = answer.precision or ""
    if truth.kind in ("exact", "settlement", "near"):
        allowed = (*_POINTS, "near") if truth.kind == "near" else _POINTS
        if precision not in allowed or truth.point is None or answer.lat is None:
            return False
        limit = NEAR_KM if truth.kind == "near" else POINT_KM
        return distance_km(truth.lat, truth.lon, answer.lat, answer.lon) <= limit
    if truth.kind == "district":
        if precision != "district" or truth.point is None:
            return False
        if answer.geometry is not None and answer.geometry.geom_type != "Point":
            return extent_distance_km(answer.geometry, *truth.point) <= AREA_SLACK_KM
        return distance_km(truth.lat, truth.lon, answer.lat, answer.lon) <= NEAR_KM
    if truth.kind == "region":
        if precision == "district":
            return _same_lower_unit(answer, truth.code)
        if precision == "near" and not truth.code:
            return _small_sea_area(answer, truth)
        if precision != "region":
            return False
        if same_code(answer, truth.code):
            return True
        return _area_holds_point(answer, truth)
    if truth.kind == "border":
        return precision == "border" and answer.border == truth.code
    if truth.kind == "country":
        return precision == "country" and answer.country == truth.code
    raise ValueError(f"unknown truth kind {truth.kind!r}; use one of {TRUTH_KINDS}")


def _small_sea_area(answer: Answer, truth: Truth) -> bool:
    """Whether a ``near`` answer is the sea area a codeless region truth names.

    The resolver draws a strait or bay no wider than ``near`` covers (the Kerch
    Strait, 18 km) as a ``near`` circle about its cited point: the feature itself.
    Its circle must hold that point and sit within :data:`POINT_KM` of it, so an
    islet in the strait or a coastal town near it stays finer than the report.
    """
    if truth.point is None or answer.lat is None or answer.lon is None:
        return False
    km = distance_km(truth.lat, truth.lon, answer.lat, answer.lon)
    return km <= min(POINT_KM, answer.uncertainty_km or 0.0)


def _same_lower_unit(answer: Answer, code: str) -> bool:
    """Whether a district answer is the unit an ISO 3166-2 code of the lower level names.

    Bangladesh's districts have codes of their own (``BD-32``, Lalmonirhat) under their
    divisions: a set may cite the code where the data has the district by its seat.
    The same unit is the answer of that name in the code's parent.
    """
    upper = answer.admin1_code or _outline_less_region_holding(answer)
    if not answer.name or not _nests_in(code, upper):
        return False
    return cited_code_names().get(code) == _folded(answer.name)


def _outline_less_region_holding(answer: Answer) -> str | None:
    """The admin-1 unit without an outline whose drawn circle holds a district's seat.

    Mymensingh division (``BD-H``, 2015) has no shipped outline, so its districts
    (Sherpur ``BD-57``...) are filed in no region and their answers carry no admin-1
    code; the data draws the division as a circle (``regions_without_outline.tsv``), and
    the seat inside exactly one such circle of its country stands for the parent the
    code's nesting is checked against.  None when the answer is filed in a region, or
    its seat lies in no such circle or in several.
    """
    if answer.admin1_code or not answer.country or answer.lat is None or answer.lon is None:
        return None
    from bordermap.geo.places.districts import region_without_outline_forms

    holding = {
        unit.region
        for _, unit in region_without_outline_forms(answer.country)
        if unit.lat is not None
        and unit.lon is not None
        and unit.reach_km is not None
        and distance_km(unit.lat, unit.lon, answer.lat, answer.lon) <= unit.reach_km
    }
    return holding.pop() if len(holding) == 1 else None


def classify(answer: Answer, truth: Truth) -> Verdict:
    """Class one resolver answer against the truth of its phrase.

    Parameters
    ----------
    answer : Answer
        What the resolver said.
    truth : Truth
        What the phrase names, at the precision the report gives.

    Returns
    -------
    Verdict
        ``correct``, ``coarser``, ``ambiguous``, ``unresolved`` or ``WRONG``, with a
        short reason.
    """
    if answer.status in ("ambiguous", "unresolved"):
        return Verdict(answer.status, "")
    if answer.precision is None:
        return Verdict("WRONG", "resolved without a precision")
    if is_same_place(answer, truth):
        return Verdict("correct", "")
    if level(answer.precision) < level(truth.kind):
        return Verdict("WRONG", f"finer than the report: {answer.precision} for a {truth.kind}")
    if level(answer.precision) > level(truth.kind) and holds(answer, truth):
        return Verdict("coarser", f"{answer.precision} holding the {truth.kind}")
    if answer.precision == truth.kind == "district" and holds(answer, truth):
        # Uri tehsil answered as Baramulla district, whose circle holds Uri's seat: a
        # wider unit at the same level, honest but coarser.
        return Verdict("coarser", "a wider district holding the district's seat")
    if answer.precision == truth.kind == "region" and holds(answer, truth):
        return Verdict("coarser", "the region the cited unit lies in (ISO 3166-2)")
    return Verdict("WRONG", _miss_reason(answer, truth))


def _miss_reason(answer: Answer, truth: Truth) -> str:
    if truth.point is not None and answer.lat is not None and answer.lon is not None:
        km = distance_km(truth.lat, truth.lon, answer.lat, answer.lon)
        return f"another place: {answer.precision} {km:,.0f} km from the truth"
    if answer.precision == "border":
        return f"another border: {answer.border or '?'} for {truth.code}"
    if answer.precision == "country":
        return f"another country: {answer.country} for {truth.code or truth.kind}"
    return f"another area: {answer.admin1_code or answer.country or '?'} for {truth.code}"


# --- running the resolver --------------------------------------------------------------


def answer_from_result(result, border: str = "") -> Answer:
    """Reduce a :class:`~bordermap.geo.places.result.PlaceResult` to an :class:`Answer`."""
    return Answer(
        status=result.status,
        precision=result.precision,
        lat=result.lat,
        lon=result.lon,
        geometry=result.geometry,
        country=result.country,
        admin1_code=result.admin1_code,
        border=border,
        uncertainty_km=result.uncertainty_km,
        name=result.name,
    )


def border_of_result(result) -> str:
    """The sorted pair (``"BY-LV"``) of a border answer, found as the resolver's join does.

    The representative point of a border answer lies on its line, so the nearest
    border to it is the border the answer names.
    """
    if result.status != "resolved" or result.precision != "border" or result.lat is None:
        return ""
    import geopandas as gpd

    from bordermap.geo.borders.join import join_borders

    frame = gpd.GeoDataFrame(geometry=[shapely.Point(result.lon, result.lat)], crs="EPSG:4326")
    return str(join_borders(frame)["border"].iloc[0] or "")


def read_rows(path: Path = PLACES_CSV) -> list[dict[str, str]]:
    """The rows of a field CSV as dicts of strings."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _as_in_our_countries(code: str) -> str:
    """A truth code with territories as the country whose lines the data gives them
    ("GF-SR" → "FR-SR": French Guiana is France in the outlines and border lines)."""
    if not code:
        return code
    parts = [BORDERS_HELD_BY.get(part, part) for part in code.split("-")]
    return "-".join(sorted(parts)) if len(parts) == 2 else parts[0]


def truth_of(row: dict[str, str]) -> Truth:
    """The :class:`Truth` of one ``places.csv`` row."""
    lat, lon = row.get("truth_lat", ""), row.get("truth_lon", "")
    return Truth(
        kind=row["truth_kind"],
        code=(
            _as_in_our_countries(row.get("truth_code", ""))
            if row["truth_kind"] in ("border", "country")
            else row.get("truth_code", "")
        ),
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
    )


def score_rows(rows: Sequence[dict[str, str]]) -> list[dict]:
    """Geocode every row offline and class each answer; one result dict per row."""
    from bordermap.geo.places.geocoder import geocode_place

    scored = []
    for row in rows:
        result = geocode_place(row["phrase"], country=row["country_hint"] or None)
        answer = answer_from_result(result, border_of_result(result))
        verdict = classify(answer, truth_of(row))
        scored.append(
            {
                "id": row["id"],
                "phrase": row["phrase"],
                "lang": row["lang"],
                "border": row["border"],
                "continent": row["continent"],
                "country_hint": row["country_hint"],
                "truth": asdict(truth_of(row)),
                "truth_name": row["truth_name"],
                "outcome": verdict.outcome,
                "reason": verdict.reason,
                "answer": {
                    "status": result.status,
                    "name": result.name,
                    "precision": result.precision,
                    "country": result.country,
                    "admin1_code": result.admin1_code,
                    "border": answer.border,
                    "lat": result.lat,
                    "lon": result.lon,
                    "candidates": len(result.candidates),
                    "coarsened": result.coarsened,
                    "note": result.note,
                },
            }
        )
    return scored


# --- reporting -------------------------------------------------------------------------


def tally(scored: Iterable[dict], key: str) -> dict[str, Counter]:
    """Count outcomes per value of ``key`` (``border``, ``continent``, ``lang``)."""
    table: dict[str, Counter] = {}
    for row in scored:
        table.setdefault(row[key], Counter())[row["outcome"]] += 1
    return dict(sorted(table.items()))


def good_share(counts: Counter) -> float:
    """Share of correct + coarser answers in a tally (0 for an empty one)."""
    total = sum(counts.values())
    return (counts["correct"] + counts["coarser"]) / total if total else 0.0


def format_table(table: dict[str, Counter], title: str) -> str:
    """A Markdown table of outcome counts, one line per group and a total line."""
    head = f"| {title} | n | " + " | ".join(OUTCOMES) + " | correct+coarser |"
    lines = [head, "|---" + "|---:" * (len(OUTCOMES) + 2) + "|"]
    total: Counter = Counter()
    for group, counts in table.items():
        total.update(counts)
        lines.append(_table_line(group, counts))
    lines.append(_table_line("**total**", total))
    return "\n".join(lines)


def _table_line(group: str, counts: Counter) -> str:
    cells = " | ".join(str(counts[o]) for o in OUTCOMES)
    return f"| {group} | {sum(counts.values())} | {cells} | {good_share(counts):.0%} |"


def format_wrong(scored: Iterable[dict]) -> str:
    """One line per WRONG answer: the phrase, the truth and what was answered."""
    lines = []
    for row in scored:
        if row["outcome"] != "WRONG":
            continue
        a = row["answer"]
        given = f"{a['name']} ({a['precision']}, {a['country'] or a['border'] or '?'})"
        lines.append(
            f"- {row['id']} {row['phrase']!r} [hint {row['country_hint'] or '-'}]: "
            f"truth {row['truth']['kind']} {row['truth_name']}; answered {given}: {row['reason']}"
        )
    return "\n".join(lines) if lines else "(none)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scorer; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=PLACES_CSV, help="field phrases CSV")
    parser.add_argument("--json", type=Path, help="write the per-row results here")
    parser.add_argument("--check", action="store_true", help="exit 1 below the target")
    args = parser.parse_args(argv)

    scored = score_rows(read_rows(args.csv))
    print(format_table(tally(scored, "border"), "border"), end="\n\n")
    print(format_table(tally(scored, "continent"), "continent"), end="\n\n")
    print(format_table(tally(scored, "lang"), "lang"), end="\n\n")
    print("WRONG answers:")
    print(format_wrong(scored))
    if args.json:
        args.json.write_text(json.dumps(scored, ensure_ascii=False, indent=1), encoding="utf-8")
    total = Counter(row["outcome"] for row in scored)
    print(
        f"\n{len(scored)} phrases: "
        + ", ".join(f"{o} {total[o]}" for o in OUTCOMES)
        + f"; correct+coarser {good_share(total):.1%}"
    )
    if args.check and (total["WRONG"] or good_share(total) < CHECK_SHARE):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
