"""The resolver behind :func:`bordermap.geo.geocoder.geocode_place`.

:class:`PlaceResolver` answers one parsed place text (:mod:`bordermap.geo.places`)
against one gazetteer, holding the event's country and the region of interest while it
walks the expression: names (with declined forms), areas, containers, borders, sides,
named lines and rivers.  What each form means is documented in
:mod:`bordermap.geo.geocoder`; this module is how it is done, and it may change without
notice.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from shapely.geometry import Point

from bordermap.geo.disambiguation import RegionOfInterest, choose
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.extents import border_extent, country_extent, region_extent
from bordermap.geo.gazetteer import KINDS, Gazetteer, Place
from bordermap.geo.inflection import countries_of, nominative_keys
from bordermap.geo.names import DASHES, normalise
from bordermap.geo.place_result import Candidate, PlaceResult
from bordermap.geo.place_words import (
    load_border_features,
    load_country_words,
    load_place_words,
)
from bordermap.geo.places import COMPASS_BEARINGS, PlaceExpression, parse_place
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["MAX_CANDIDATES", "PlaceResolver", "hint_countries"]

#: At most this many candidates are reported for one ambiguous name.
MAX_CANDIDATES = 10
#: "X in Y" with Y a town: X must lie this close to Y.
CONTAINER_TOWN_KM = 30.0
#: "the X border" with X a town: the town must lie this close to a land border.
TOWN_BORDER_KM = 30.0
#: ... and no other border may lie within this many km more of it.
TOWN_BORDER_GAP_KM = 10.0
#: A stated border length (as on the ground) picks the borders whose measured length,
#: times these factors, brackets it: generalised lines measure 0–30 % shorter than the
#: border itself (Latvia–Belarus 136 km for 173, Afghanistan–Pakistan 2,245 for 2,640).
LENGTH_WINDOW = (0.95, 1.35)
#: A compass direction ("eastern border") takes borders within this many degrees.
DIRECTION_TOLERANCE = 60.0
_PRECISION_OF_KIND = {
    "settlement": "settlement",
    "crossing": "exact",
    "region": "region",
    "country": "country",
}
#: Settlement-like kinds of the loaded gazetteer ("crossing" where the data has it).
_SETTLEMENT_KINDS = tuple(k for k in ("settlement", "crossing") if k in KINDS) or ("settlement",)
_NAME_KINDS = ("country", *_SETTLEMENT_KINDS, "region")
# Adjective endings after "-sk" in Russian, Belarusian, Ukrainian and Polish region
# names ("Витебская" → "vitebsk-aya", "Львівська" → "lvivsk-a").
_ADJECTIVE_ENDINGS = ("aya", "aja", "oye", "oy", "oj", "iy", "ij", "yi", "yy", "ie", "a", "i", "y")
# Latin-script languages tried on country words of unknown language ("Lietuvos").
_ALL_LANGUAGES = ("ru", "be", "uk", "pl", "lt", "lv")
_COMPASS_BEFORE = re.compile(
    r"^(?:the\s+)?(?:north|south)?(?:[\s-]?(?:east|west))?(?:ern)?\s+(?=\S)", re.IGNORECASE
)
# A Slavic adjective ending on a lookup key ("svislochskom", "krasnopilskiy", "podlaskim").
_ADJECTIVE = re.compile(r"(?:sk|ck|tsk|zk)[a-z]{0,5}$")
# Endings a town's name may have before "-sk-" made an adjective of it: Ошмяны →
# ошмянский, Краснопілля → краснопільський, Гродна → гродзенскі.
_TOWN_ENDINGS = (
    "",
    "y",
    "i",
    "a",
    "o",
    "e",
    "ya",
    "ia",
    "lya",
    "lia",
    "ye",
    "yi",
    "ets",
    "ts",
    "tsa",
    "tsy",
)
# "Сумщина" (Sumy region), "Харківщини", "на Сумщине" on lookup keys.
_SHCHYNA = re.compile(r"(?:shchyn|shchin|chchyn|chchin)[a-z]{0,3}$")
# Compound town names whose adjective is written as one word ("великописарівська").
_COMPOUND_PREFIXES = (
    ("velyko", "velyka "),
    ("veliko", "velikaya "),
    ("veliko", "velika "),
    ("malo", "mala "),
    ("novo", "nova "),
    ("novo", "novaya "),
    ("staro", "stara "),
    ("verkhnyo", "verkhnya "),
    ("nyzhnyo", "nyzhnya "),
)
# Nominative area words of the alias tables, on lookup keys.
_AREA_NOMINATIVES = ("oblast", "voblasts", "novads", "apskritis", "rayon", "raion", "rajons")
_SPACES = re.compile(r"\s+")
# A border "touches" a container this close to it (degrees; about 5 km).
_TOUCH_DEG = 0.05
# River words around a river's name, on lookup keys ("rzeke przewloka", "river naff").
_RIVER_WORDS = re.compile(
    r"\b(?:river|rivers|rzeka|rzeki|rzeke|rzece|graniczna|graniczn\w*|reka|reki|reke|"
    r"rekoy|rechka|richka|upe|upes|upeje|jogi|joki|rio|rud|nahr|nehri)\b"
)
_ARTICLES = re.compile(r"\b(?:the|el|la|le|del|of)\b")


def hint_countries(country: str | Iterable[str] | None) -> tuple[str, ...]:
    """The event's country hint as a tuple of upper-case ISO alpha-2 codes."""
    if country is None:
        return ()
    if isinstance(country, str):
        return (country.upper(),) if country else ()
    return tuple(c.upper() for c in country if c)


@lru_cache(maxsize=512)
def _neighbours(code: str) -> tuple[str, ...]:
    from bordermap.geo.boundaries import neighbours

    try:
        return tuple(neighbours(code))
    except GeometryDataError:
        return ()


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


def _km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    lat1, lat2 = math.radians(a_lat), math.radians(b_lat)
    dlat, dlon = lat2 - lat1, math.radians(b_lon - a_lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _place_countries(place: Place) -> tuple[str, ...]:
    """The countries a place lies in: both sides for a crossing, else its country."""
    return tuple(getattr(place, "countries", ()) or ()) or (place.country,)


def _precision_of(place: Place) -> str:
    if place.kind == "crossing":
        # A crossing whose point is the village beside it is only that precise.
        return "settlement" if getattr(place, "located", "") == "settlement" else "exact"
    return _PRECISION_OF_KIND.get(place.kind, "settlement")


def _town_bases(stem: str) -> set[str]:
    """Forms of a town's name before its ending, from the stem of its adjective.

    "velykopysariv" → "velyka pysariv" (Велика Писарівка), "seredyno bud" →
    "seredyna bud" (Середина-Буда), "druzhbiv" → "druzhb" (Дружба), "vorozhbyan" →
    "vorozhb" (Ворожба).
    """
    bases = {stem}
    words = stem.split()
    if len(words) > 1 and words[0].endswith(("o", "e")):
        bases.add(" ".join([words[0][:-1] + "a", *words[1:]]))
    for joined, spaced in _COMPOUND_PREFIXES:
        if stem.startswith(joined) and len(stem) > len(joined) + 3:
            bases.add(spaced + stem[len(joined) :])
    for suffix in ("iv", "yan", "an", "in", "yn"):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 3:
            bases.add(stem[: -len(suffix)])
    return bases


def _finer(precision: str | None, expr: PlaceExpression) -> bool:
    """Whether an answer at ``precision`` is finer than what ``expr`` names."""
    order = ("exact", "settlement", "near", "district", "region", "border", "country")
    named = {"district": "district", "region": "region", "border": "border"}.get(expr.kind)
    return bool(named and precision in order and order.index(precision) < order.index(named))


def _places_text(places: Sequence[Place], limit: int = 5) -> str:
    shown = "; ".join(
        f"{p.name} ({p.country}{', ' + p.admin1_code if p.admin1_code else ''}, {p.kind})"
        for p in places[:limit]
    )
    more = len(places) - limit
    return shown + (f"; and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class _Scope:
    """Where the text itself says the place is ("X, Latvia", "X in Y Oblast").

    Attributes
    ----------
    countries : tuple of str
        The place must lie in one of these (replaces the event's hint when set).
    admin1 : str or None
        ... and in this admin-1 region.
    anchor : tuple of float or None
        ... and within :data:`CONTAINER_TOWN_KM` of this (lat, lon).
    """

    countries: tuple[str, ...] = ()
    admin1: str | None = None
    anchor: tuple[float, float] | None = None

    def admits(self, place: Place) -> bool:
        if self.countries and not set(_place_countries(place)) & set(self.countries):
            return False
        if self.admin1 and place.admin1_code != self.admin1:
            return False
        if self.anchor is not None:
            return _km(place.lat, place.lon, *self.anchor) <= CONTAINER_TOWN_KM
        return True


_ANYWHERE = _Scope()


class PlaceResolver:
    """Answers one query against one gazetteer (holds the hints while recursing)."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        query: str,
        hint: tuple[str, ...],
        roi: RegionOfInterest | None,
        trace: list[str] | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.query = query
        self.hint = hint
        self.roi = roi
        self.trace = trace
        self.depth = 0
        self.words = load_country_words()
        # The area a border must touch ("the International Border in Kathua district").
        self.border_area = None

    def log(self, message: str) -> None:
        if self.trace is not None:
            self.trace.append("  " * self.depth + message)

    # --- building results ------------------------------------------------------------

    def unresolved(
        self, near_misses: Sequence[Place] = (), note: str = "", *, said: str = "unresolved"
    ) -> PlaceResult:
        if note:
            self.log(f"{said}: {note}")
        return PlaceResult(
            self.query,
            "unresolved",
            candidates=tuple(self.candidate(p) for p in near_misses[:MAX_CANDIDATES]),
            note=note,
        )

    def candidate(self, place: Place) -> Candidate:
        return Candidate(
            place.name,
            place.country,
            place.admin1_code,
            place.lat,
            place.lon,
            _precision_of(place),
            place.population,
        )

    def from_place(
        self,
        place: Place,
        *,
        status: str = "resolved",
        candidates: Sequence[Place] = (),
        precision: str | None = None,
        uncertainty_km: float | None = None,
        note: str = "",
    ) -> PlaceResult:
        if place.kind == "country":
            geometry = country_extent(place.country)
        elif place.kind == "region":
            geometry = region_extent(place.admin1_code or "")
        else:
            geometry = Point(place.lon, place.lat)
        return PlaceResult(
            self.query,
            status,
            name=place.name,
            # A crossing lies on the line between two countries: its side is the one its
            # point falls in, which the border join finds.
            country=None if place.kind == "crossing" else place.country,
            admin1_code=place.admin1_code,
            lat=place.lat,
            lon=place.lon,
            precision=precision or _precision_of(place),
            geometry=geometry,
            uncertainty_km=uncertainty_km,
            candidates=tuple(self.candidate(p) for p in candidates[:MAX_CANDIDATES])
            if status == "ambiguous"
            else (),
            note=note,
        )

    def hint_of(self, scope: _Scope) -> tuple[str, ...]:
        return scope.countries or self.hint

    def decide(
        self, places: Sequence[Place], key: str | None, scope: _Scope = _ANYWHERE, **kwargs
    ) -> PlaceResult:
        """Resolve, report ambiguity or refuse among ``places`` (not empty)."""
        hint = self.hint_of(scope)
        # Words of the text ("X, Latvia") outrank the recipe's region of interest.
        roi = None if scope.countries else self.roi
        outcome = choose(places, country=hint, region_of_interest=roi, key=key)
        if outcome.chosen is not None:
            self.log(f"chose {_places_text([outcome.chosen], 1)}")
            return self.from_place(outcome.chosen, **kwargs)
        if outcome.refused:
            return self.unresolved(
                outcome.refused,
                note=f"{outcome.reason}: {_places_text(outcome.refused)}",
                said="refused",
            )
        self.log(f"ambiguous: {outcome.reason}")
        return self.from_place(
            outcome.candidates[0],
            status="ambiguous",
            candidates=outcome.candidates,
            note=outcome.reason,
            **kwargs,
        )

    # --- looking names up ------------------------------------------------------------

    def find(
        self,
        text: str,
        kinds: tuple[str, ...],
        scope: _Scope,
        languages: tuple[str, ...],
        *,
        declined: bool = True,
    ) -> tuple[list[Place], str, bool]:
        """Places of ``kinds`` named ``text`` in ``scope``: exact first, then declined.

        Returns the places, the key that found them and whether it was a declined
        form's nominative.
        """
        key = normalise(text)
        countries = scope.countries or None
        found = [
            p
            for p in self.gaz.lookup_key(key, kinds=kinds, countries=countries)
            if scope.admits(p)
        ]
        self.log(f"key {key!r} as {'/'.join(kinds)}: {len(found)} found")
        if found or not declined or not languages or not key:
            return found, key, False
        for variant, language in nominative_keys(key, languages):
            allowed = countries_of(language)
            found = [
                p
                for p in self.gaz.lookup_key(variant, kinds=kinds, countries=countries)
                if scope.admits(p)
                and set(_place_countries(p)) & allowed
                # A rebuilt ending is weak evidence: a settlement must bear it as its
                # own name, not as a former name of some other town.
                and (p.kind in ("region", "country") or normalise(p.name) == variant)
            ]
            if found:
                self.log(f"declined form: {language} {key!r} → {variant!r}: {len(found)} found")
                return found, variant, True
        return [], key, False

    def country_codes(
        self, text: str, languages: tuple[str, ...] = (), *, regions: bool = True
    ) -> frozenset[str]:
        """Countries a name, code, demonym or declined adjective denotes.

        With ``regions``, a region's name stands for its country when no country
        word matches ("Quebec" in "the Quebec-New York border").
        """
        text = re.sub(r"['’]s\s.*$", "", text.strip())  # "Greece's Evros region"
        text = _COMPASS_BEFORE.sub("", text)  # "northwestern Syria"
        if not text:
            return frozenset()
        code = self.gaz.country_code(text)
        if code is not None:
            return frozenset({code})
        key = normalise(text)
        codes = self.words.codes(key)
        if codes:
            return codes
        for variant, _ in nominative_keys(key, languages or _ALL_LANGUAGES):
            code = self.gaz.country_code(variant)
            codes = frozenset({code}) if code else self.words.codes(variant)
            if codes:
                self.log(f"country word {text!r} read as {variant!r}")
                return codes
        # "the Quebec-New York border", "the Ceuta-Morocco border": a side named by a
        # region stands for its country.
        if not regions:
            return frozenset()
        owners = {p.country for p in self.gaz.lookup_key(key, kinds=("region",))}
        if len(owners) == 1:
            self.log(f"{text!r} is a region of {next(iter(owners))}")
            return frozenset(owners)
        return frozenset()

    def country_code(
        self, text: str, languages: tuple[str, ...] = (), *, regions: bool = True
    ) -> str | None:
        codes = self.country_codes(text, languages, regions=regions)
        if len(codes) > 1:
            codes = codes & set(self.hint) or codes
        return next(iter(codes)) if len(codes) == 1 else None

    # --- the forms ---------------------------------------------------------------------

    def resolve(
        self,
        expr: PlaceExpression,
        scope: _Scope = _ANYWHERE,
        kinds: tuple[str, ...] = _NAME_KINDS,
    ) -> PlaceResult:
        if not normalise(expr.text):
            return self.unresolved()
        if self.trace is not None:
            self.log(f"read as {expr.describe()}")
        self.depth += 1
        try:
            return self.dispatch(expr, scope, kinds)
        finally:
            self.depth -= 1

    def dispatch(self, expr: PlaceExpression, scope: _Scope, kinds) -> PlaceResult:
        if expr.kind == "border":
            return self.border(expr)
        if expr.kind == "side":
            return self.side(expr)
        if expr.kind == "near":
            return self.near(expr, scope, kinds)
        if expr.kind == "within":
            return self.within(expr, scope)
        if expr.kind == "restricted":
            return self.restricted(expr, scope, kinds)
        if expr.kind in ("region", "district"):
            return self.area(expr, scope)
        if expr.kind == "settlement":
            return self.settlement(expr, scope)
        return self.name(expr.name, scope, kinds, expr.languages)

    # --- borders -----------------------------------------------------------------------

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

    def border_choice(
        self, pairs: Sequence[tuple[str, str]], label: str = "", why: str = ""
    ) -> PlaceResult:
        """One border resolves; several are ambiguous and listed; none is unresolved."""
        pairs = [p for p in dict.fromkeys(pairs) if self.has_border(p)]
        if not pairs:
            return self.unresolved(note=why or "no land border matches")
        if len(pairs) == 1:
            return self.border_result(pairs[0], label)
        results = [self.border_result(p, label) for p in pairs[:MAX_CANDIDATES]]
        candidates = tuple(
            Candidate(r.name or "", None, None, r.lat, r.lon, "border", 0) for r in results
        )
        note = f"{len(pairs)} borders fit: " + ", ".join("-".join(p) for p in pairs)
        self.log(f"ambiguous: {note}")
        return replace(results[0], status="ambiguous", candidates=candidates, note=note)

    def has_border(self, pair: tuple[str, str]) -> bool:
        return pair[1] in _neighbours(pair[0])

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
        pairs = [tuple(sorted((own, n))) for n in _neighbours(own)]
        if not pairs:
            return self.unresolved(note=f"{own} has no land border in the data")
        kept = self.narrow_pairs(pairs, own, expr)  # type: ignore[arg-type]
        return self.border_choice(kept, why=f"no border of {own} lies on its {expr.suffix} side")

    def border_pairs(self, expr: PlaceExpression, own: str | None) -> list[tuple[str, str]]:
        """Every pair of neighbouring countries the border expression can name."""
        for a_text, b_text in list(expr.splits) or [(expr.name, expr.other)]:
            # A region stands for its country only beside a named other side.
            both = bool(a_text and b_text)
            b_codes = self.country_codes(b_text, expr.languages, regions=both)
            a_codes = (
                self.country_codes(a_text, expr.languages, regions=both)
                if a_text
                else frozenset({own} if own else ())
            )
            pairs = [
                (a, b) if a < b else (b, a)
                for a in a_codes
                for b in b_codes
                if a != b and self.has_border((a, b) if a < b else (b, a))
            ]
            if pairs:
                return sorted(set(pairs))
        return []

    def border(self, expr: PlaceExpression, own: str | None = None) -> PlaceResult:
        hinted = self.hint[0] if len(self.hint) == 1 else None
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
            if owner is None:
                return self.unresolved(note=f"{expr.name!r} is not a country")
            return self.own_borders(owner, expr)
        if not expr.name and not (own or hinted):
            # "the 1,300 km-long border with Russia": one of Russia's borders.
            other = self.country_code(expr.other, expr.languages, regions=False)
            if other is None:
                return self.unresolved(note=f"{expr.other!r} is not a country")
            return self.own_borders(other, expr)
        pairs = self.border_pairs(expr, own or hinted)
        if not pairs:
            return self.unresolved(note="the two sides are not neighbouring countries")
        side = own or (self.country_code(expr.name, expr.languages) if expr.name else hinted)
        return self.border_choice(self.narrow_pairs(pairs, side, expr))

    def border_named_by_place(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "The Evros border" (a river), "the Nushki border" (a town beside one)."""
        feature = self.feature(expr.other, _ANYWHERE)
        if feature is not None:
            return feature
        if "crossing" in KINDS:
            # "the Torkham border": the border line at that crossing (the text names the
            # border, which may be the crossing or the line beside a town of that name).
            crossings, key, _ = self.find(expr.other, ("crossing",), _ANYWHERE, ())
            pairs = {tuple(sorted(_place_countries(p))) for p in crossings}
            pairs = {p for p in pairs if len(p) == 2}
            if len(pairs) == 1:
                pair = next(iter(pairs))
                self.log(f"the {expr.other} crossing is on the {pair[0]}-{pair[1]} border")
                return self.border_result(pair, note=f"the border at the {expr.other} crossing")
        found, key, _ = self.find(expr.other, ("settlement",), _ANYWHERE, expr.languages)
        if not found:
            return None
        town = self.decide(found, key)
        if town.status != "resolved" or not town.country or town.lat is None:
            return town if town.status == "ambiguous" else None
        point = Point(town.lon, town.lat)
        distances: list[tuple[float, tuple[str, str]]] = []
        for other in _neighbours(town.country):
            pair = tuple(sorted((town.country, other)))
            try:
                line = border_extent(*pair)
            except GeometryDataError:
                continue
            lon, lat = line.interpolate(line.project(point)).coords[0]
            distances.append((_km(town.lat, town.lon, lat, lon), pair))  # type: ignore[arg-type]
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

    def side(self, expr: PlaceExpression) -> PlaceResult:
        assert expr.inner is not None
        side = self.country_code(expr.other, expr.languages, regions=False)
        if side is None:
            return self.unresolved(note=f"{expr.other!r} is not a country")
        inner = expr.inner
        if inner.kind != "border":
            # "the Afghan side of the Durand Line": a named line or river.
            result = self.resolve(inner)
            pair = self.border_pairs_of(result) if result.precision == "border" else ()
            if result.status != "resolved" or side not in pair:
                return self.unresolved(note=f"{side} is not a side of {inner.text!r}")
        elif inner.name or inner.other:
            # "Latvia's side of the border with Belarus": the side is one of the pair.
            pairs = self.border_pairs(inner, side)
            if not pairs or not any(side in p for p in pairs):
                return self.unresolved(note=f"{side} is not a side of that border")
            result = self.border(inner, side)
        else:
            result = self.own_borders(side, inner)
        if result.status == "unresolved":
            return result
        side_name = getattr(self.gaz.country(side), "name", side)
        return replace(result, name=f"{result.name} ({side_name} side)", country=side)

    def feature(self, text: str, scope: _Scope) -> PlaceResult | None:
        """A named line or border river ("Durand Line", "the Narva River"), or None."""
        key = normalise(text)
        key = key[4:] if key.startswith("the ") else key
        features = load_border_features()
        feature = features.get(key)
        bare = _SPACES.sub(" ", _ARTICLES.sub("", _RIVER_WORDS.sub("", key))).strip()
        if feature is None and _RIVER_WORDS.search(key):
            # "graniczną rzekę Przewłoka", "the river Naff": the river word says it all.
            feature = features.get(bare)
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
                for p in self.gaz.lookup_key(key, kinds=(*_SETTLEMENT_KINDS, "region"))
                if scope.admits(p)
            ]
            if places and not on_it:
                self.log(f"{key!r} is also a place: not read as the {feature.name}")
                return None
        self.log(
            f"{feature.kind} {feature.name!r}: " + ", ".join("-".join(p) for p in feature.pairs)
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

    # --- near, within, containers --------------------------------------------------------

    def near(self, expr: PlaceExpression, scope: _Scope, kinds) -> PlaceResult:
        assert expr.inner is not None
        inner = self.resolve(expr.inner, scope, kinds)
        if inner.status == "unresolved" or inner.precision not in (
            "settlement",
            "exact",
            "border",
        ):
            return inner
        radius = max(NEAR_RADIUS_KM, expr.distance_km or 0.0)
        if inner.precision == "border":
            return replace(inner, uncertainty_km=radius)
        return replace(inner, precision="near", uncertainty_km=radius)

    def within(self, expr: PlaceExpression, scope: _Scope) -> PlaceResult:
        assert expr.inner is not None
        if expr.suffix == "described":
            # "North Darfur state" (the compass is part of the name), else "north
            # Maungdaw township" (the compass describes the township).
            if expr.outer is not None:
                whole = self.resolve(expr.outer, scope)
                if whole.status != "unresolved":
                    return whole
            return self.resolve(expr.inner, scope)
        # "South Africa", "East Timor", "Northern Ireland" are names, not parts.
        whole = self.name(expr.text, scope, _NAME_KINDS, expr.languages, declined=False)
        if whole.status != "unresolved":
            return whole
        inner = self.resolve(expr.inner, scope)
        if inner.status == "unresolved" and expr.inner.kind == "name":
            code = self.country_code(
                expr.inner.text, expr.languages, regions=False
            )  # "Latvian territory"
            country = self.gaz.country(code) if code else None
            return self.from_place(country) if country is not None else inner
        if expr.suffix == "compass" and inner.precision in ("settlement", "near", "exact"):
            # "West Virginia" is not the west of some town called Virginia.
            return self.unresolved(note="a compass word before a town is not a part of it")
        return inner

    def container(self, expr: PlaceExpression, scope: _Scope) -> tuple[PlaceResult, _Scope]:
        """What "X, Y" / "X in Y" / "Y's X" puts X inside, and the scope that makes."""
        if expr.kind == "name":
            code = self.country_code(expr.name, expr.languages, regions=False)
            if code is not None and self.gaz.country(code) is not None:
                self.log(f"inside the country {code}")
                return self.from_place(self.gaz.country(code)), _Scope((code,))
            # A container is an area first: "Surin" in "Surin's X" is the province.
            for kinds in (("region",), _SETTLEMENT_KINDS):
                found, key, _ = self.find(expr.name, kinds, scope, expr.languages)
                if found:
                    result = self.decide(found, key, scope)
                    break
            else:
                result = self.unresolved(note=f"{expr.name!r} is not a place the gazetteer knows")
        elif expr.kind == "near" and expr.inner is not None and expr.inner.kind == "border":
            return self.container(expr.inner, scope)
        elif expr.kind == "border" and not expr.name and len(self.hint) != 1:
            # "X, on the border with Y": X lies in a neighbour of Y.
            other = self.country_code(expr.other, expr.languages, regions=False)
            around = _neighbours(other) if other else ()
            self.log(f"inside a neighbour of {other}: {', '.join(around)}")
            note = f"which border of {other} is not said"
            return self.unresolved(note=note), _Scope(around) if around else scope
        else:
            result = self.resolve(expr, scope)
        if result.status != "resolved":
            if expr.kind == "border" and self.hint:
                # "X, near the border" with the event's country: X is in that country.
                return result, replace(scope, countries=scope.countries or self.hint)
            return result, scope
        if result.precision == "border":
            pair = tuple(self.border_pairs_of(result))
            # The event's country, when it is one side, is the side the place is on.
            pair = tuple(c for c in pair if c in self.hint) or pair
            return result, _Scope(pair or scope.countries)
        if result.precision == "country":
            return result, _Scope((result.country,) if result.country else ())
        if result.precision in ("region", "district") and result.admin1_code:
            return result, _Scope((result.country,) if result.country else (), result.admin1_code)
        assert result.lat is not None and result.lon is not None
        countries = (result.country,) if result.country else ()
        return result, _Scope(countries, anchor=(result.lat, result.lon))

    def border_pairs_of(self, result: PlaceResult) -> tuple[str, ...]:
        names = (result.name or "").split(" (")[0].removesuffix(" border").split("–")
        codes = [self.country_code(n) for n in names]
        return tuple(c for c in codes if c)

    def restricted(self, expr: PlaceExpression, scope: _Scope, kinds) -> PlaceResult:
        assert expr.inner is not None and expr.outer is not None
        if expr.outer.kind == "name":
            # "Washington, D.C.", "Frankfurt (Oder)": names that hold their comma.
            whole = self.find(expr.text, kinds, scope, (), declined=False)[0]
            if whole:
                return self.decide(whole, normalise(expr.text), scope)
        outer, inside = self.container(expr.outer, scope)
        if (
            outer.status == "resolved"
            and expr.suffix != "in"
            and outer.precision
            in (
                "settlement",
                "exact",
                "near",
            )
        ):
            # "Nogales, Arizona" with Arizona unknown as a state is not Nogales near
            # some town called Arizona: after a comma or a possessive, only areas.
            outer = self.unresolved(note=f"{expr.other!r} is not a country or region")
            inside = scope
        if outer.status != "resolved" and inside == scope:
            why = f"the container {expr.other!r} is {outer.status}" + (
                f" ({outer.note})" if outer.note else ""
            )
            if not self.hint_of(scope) and expr.suffix != "appos":
                return self.unresolved(
                    [], note=f"{why}; {expr.name!r} is not looked up without it"
                )
            # The event's country still bounds the place: look it up there alone.
            self.log(f"{why}; looked up without it")
            alone = self.resolve(expr.inner, scope, kinds)
            if alone.status == "resolved":
                note = f"{why}; found without it"
                return replace(alone, note=f"{alone.note}; {note}" if alone.note else note)
            return alone
        if expr.inner.kind == "border" and outer.geometry is not None:
            self.border_area = outer.geometry
        try:
            result = self.resolve(expr.inner, inside, kinds)
        finally:
            self.border_area = None
        if result.status == "unresolved" and expr.suffix == "appos":
            # "Fnideq, a town bordering the Spanish enclave of Ceuta": the words after
            # "of" describe the place, they need not hold it.
            alone = self.resolve(expr.inner, scope, kinds)
            if alone.status == "resolved" and self.hint_of(scope):
                return alone
        if result.status != "unresolved" or outer.status != "resolved":
            return result
        if _finer(outer.precision, expr.inner):
            return self.unresolved(
                note=f"{expr.name!r} is not in the gazetteer inside {outer.name}, which is "
                "a smaller place than the text names"
            )
        where = outer.name or expr.other
        elsewhere = self.gaz.lookup_key(normalise(expr.inner.name or expr.inner.text))
        note = f"{expr.name!r} is not in the gazetteer inside {where}; answered {where}"
        if elsewhere:
            note += f" (the name is known elsewhere: {_places_text(elsewhere, 3)})"
        self.log(f"coarsened: {note}")
        return replace(outer, query=self.query, coarsened=True, note=note, candidates=())

    # --- areas and names ------------------------------------------------------------------

    def region_places(self, expr: PlaceExpression, scope: _Scope) -> list[Place]:
        found, _, _ = self.find(expr.text, ("region",), scope, (), declined=False)
        if found:
            return found
        found, key, _ = self.find(expr.name, ("region",), scope, expr.languages)
        if found:
            return found
        keys = []
        for ending in _ADJECTIVE_ENDINGS:
            if key.endswith("sk" + ending):
                stem = key[: -len(ending)]
                keys += [stem, stem[:-2]]
                break
        for variant, _ in nominative_keys(key, expr.languages):
            for ending in ("skaya", "skiy", "ska", "ski", "skie", "sk"):
                if variant.endswith(ending):
                    stem = variant[: -len(ending)] + "sk"
                    keys += [stem, stem[:-2]]
                    break
        for variant, _ in nominative_keys(key, expr.languages):
            # Alias tables hold "Гродненская область" whole: rebuild it.
            keys += [f"{variant} {word}" for word in _AREA_NOMINATIVES]
            keys += [f"{word} {variant}" for word in ("obwod", "wojewodztwo")]
        hint = set(self.hint_of(scope))
        for variant in dict.fromkeys(k for k in keys if len(k) >= 4):
            found, _, _ = self.find(variant, ("region",), scope, (), declined=False)
            # A rebuilt stem is weak: a hit outside the event's country is not it.
            found = [p for p in found if not hint or set(_place_countries(p)) & hint]
            if found:
                return found
        return []

    def described_country(self, words: str, scope: _Scope) -> _Scope:
        """Narrow ``scope`` by a demonym among descriptor words ("the Afghan province of")."""
        tokens = [re.sub(r"'s$", "", t) for t in words.replace("’", "'").split()]
        for size in (2, 1):
            for i in range(len(tokens) - size + 1):
                text = " ".join(tokens[i : i + size])
                code = self.country_code(text, regions=False)
                if code and (not scope.countries or code in scope.countries):
                    self.log(f"{text!r} names the country {code}")
                    return replace(scope, countries=(code,))
        return scope

    def area(self, expr: PlaceExpression, scope: _Scope) -> PlaceResult:
        if expr.other:
            owner = self.country_code(expr.name, expr.languages, regions=False)
            if owner is not None and self.gaz.country(owner) is not None:
                # "Batken region of Kyrgyzstan": the name came first, the country last.
                self.log(f"{expr.other} {expr.suffix} inside the country {owner}")
                inner = replace(
                    expr, name=expr.other, other="", text=f"{expr.other} {expr.suffix}"
                )
                result = self.area(inner, replace(scope, countries=(owner,)))
                if result.status == "unresolved":
                    note = f"{result.note}; answered the country {owner}"
                    self.log(f"coarsened: {note}")
                    return replace(
                        self.from_place(self.gaz.country(owner)), coarsened=True, note=note
                    )
                return result
            narrowed = self.described_country(expr.other, scope)
            if narrowed == scope and not expr.other[:1].islower():
                # "Poonch sector of J&K": no demonym before the word, so the name came
                # first and the container after "of".
                return self.area_of(expr, scope)
            scope = narrowed
        regions = self.region_places(expr, scope)
        if regions:
            return self.decide(regions, None, scope)
        # An adjective does not say which town it comes from ("Краснопільська" is of
        # Krasnopillia and of Krasnopil alike): it is read back to a town only when every
        # town it may come from is looked for and exactly one is found.
        adjective = bool(_ADJECTIVE.search(normalise(expr.name)))
        towns, key, _ = self.find(
            expr.name, _SETTLEMENT_KINDS, scope, expr.languages, declined=not adjective
        )
        if not towns and adjective and expr.kind == "district":
            towns, key = self.towns_of_adjective(expr, scope)
        if expr.kind == "district" and towns:
            town = self.decide(towns, key, scope)
            region = self.gaz.region(town.admin1_code) if town.admin1_code else None
            if town.status == "resolved" and region is not None:
                note = (
                    f"no outline of the district {expr.name!r} in the data; answered "
                    f"the region holding its namesake town {town.name}"
                )
                self.log(f"coarsened: {note}")
                try:
                    return replace(self.from_place(region), coarsened=True, note=note)
                except GeometryDataError:
                    pass
            if town.status != "resolved":
                return self.unresolved(towns, note=town.note)
        # "X province" never becomes the town X: that is a finer place than the text says.
        return self.unresolved(
            towns,
            note=f"no {expr.suffix or 'region'} named {expr.name!r} in the gazetteer"
            + (" (the town of that name is not meant)" if towns else ""),
        )

    def towns_of_adjective(self, expr: PlaceExpression, scope: _Scope) -> tuple[list[Place], str]:
        """The one town of the event's country a district adjective can come from, or none.

        "в Ошмянском районе" → Oshmyany; "Краснопільській громаді" → Krasnopil and
        Krasnopillya both, so none.
        """
        hint = self.hint_of(scope)
        key = normalise(expr.name)
        if not hint or not expr.languages:
            return [], key
        stems = set()
        for variant, _ in nominative_keys(key, expr.languages):
            match = re.search(r"(?:sk|tsk|ck)(?:aya|iy|ij|i|a|ie|oe|o)?$", variant)
            if match and variant.endswith(("skiy", "ska", "ski", "skaya", "sk", "skie")):
                stem = variant[: match.start()]
                if len(stem) >= 3:
                    stems.add(stem)
        found: dict[int, Place] = {}
        keys = {
            base + ending
            for stem in stems
            for base in _town_bases(stem)
            for ending in _TOWN_ENDINGS
        }
        for town_key in keys:
            if len(town_key) >= 4:
                for place in self.gaz.lookup_key(town_key, kinds=("settlement",), countries=hint):
                    if scope.admits(place):
                        found[place.ident] = place
        if not found:
            return [], key
        towns = list(found.values())
        outcome = choose(towns, country=hint)
        distinct = outcome.candidates or outcome.refused
        self.log(
            f"district adjective {key!r}: towns {_places_text(list(distinct))}"
            + ("" if len(distinct) == 1 else " (more than one: none is taken)")
        )
        if len(distinct) != 1:
            return [], key
        return [distinct[0]], normalise(distinct[0].name)

    def area_of(self, expr: PlaceExpression, scope: _Scope) -> PlaceResult:
        """ "Poonch sector of J&K", "Isfara district of Tajikistan": X's area inside Y."""
        as_written = self.area(replace(expr, other=""), scope)
        if as_written.status != "unresolved":
            return as_written
        self.log(f"read as the {expr.suffix} {expr.other!r} inside {expr.name!r}")
        area = replace(expr, name=expr.other, other="", text=f"{expr.other} {expr.suffix}")
        container = parse_place(expr.name)
        restricted = PlaceExpression(
            "restricted",
            expr.text,
            area.text,
            expr.name,
            inner=area,
            outer=container,
            suffix="in",
            languages=expr.languages,
        )
        return self.restricted(restricted, scope, _NAME_KINDS)

    def settlement(self, expr: PlaceExpression, scope: _Scope) -> PlaceResult:
        assert expr.inner is not None
        if expr.other:
            scope = self.described_country(expr.other, scope)
        if expr.suffix == "crossing":
            return self.crossing(expr, scope)
        # "Mexico City", "Cape Town": the descriptor may be part of the name.
        whole, key, _ = self.find(expr.text, _SETTLEMENT_KINDS, scope, (), declined=False)
        if whole:
            return self.decide(whole, key, scope)
        return self.resolve(expr.inner, scope, _SETTLEMENT_KINDS)

    def crossing(self, expr: PlaceExpression, scope: _Scope) -> PlaceResult:
        """ "the X crossing": the crossing if the data has it, else near the town X."""
        assert expr.inner is not None
        if "crossing" in KINDS:
            # "the key Torkham border crossing": the name may follow a word or two.
            words = expr.name.split()
            bare = re.sub(r"^(?:el|la|le|the)\s+", "", expr.text, flags=re.IGNORECASE)
            texts = [expr.text, bare] + [" ".join(words[i:]) for i in range(min(len(words), 3))]
            texts += [f"{expr.name} International Bridge", f"{expr.name} Bridge"]
            for text in dict.fromkeys(texts):
                found, key, _ = self.find(text, ("crossing",), scope, expr.languages)
                if found:
                    return self.decide(found, key, scope)
        names = [expr.name]
        names += [part.strip() for part in re.split(f"[{re.escape(DASHES)}/]", expr.name)]
        for name in dict.fromkeys(n for n in names if n):
            found, key, _ = self.find(name, ("settlement",), scope, expr.languages)
            if not found:
                continue
            town = self.decide(found, key, scope)
            if town.status != "resolved":
                return town
            note = f"no crossing {expr.name!r} in the data; answered near the town {town.name}"
            self.log(f"coarsened: {note}")
            return replace(
                town, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True, note=note
            )
        return self.unresolved(note=f"no crossing or town {expr.name!r} in the gazetteer")

    def is_common(self, key: str) -> bool:
        """Whether ``key`` is an ordinary word rather than a town's name ("beach")."""
        return key in self.gaz.common_words or key in load_place_words().common

    def colloquial_region(self, text: str, scope: _Scope) -> PlaceResult | None:
        """ "Сумщина", "на Сумщине", "Харківщини": a Ukrainian region by its town."""
        key = normalise(text)
        match = _SHCHYNA.search(key)
        if not match:
            return None
        stem = key[: match.start()]
        found: dict[int, Place] = {}
        for ending in ("", "y", "i", "a", "iv"):
            for place in self.gaz.lookup_key(stem + ending, kinds=("region",), countries=("UA",)):
                if scope.admits(place):
                    found[place.ident] = place
        if len(found) != 1:
            return None
        self.log(f"{text!r} is the region of {stem!r}")
        return self.decide(list(found.values()), None, scope)

    def name(
        self,
        text: str,
        scope: _Scope,
        kinds: tuple[str, ...] = _NAME_KINDS,
        languages: tuple[str, ...] = (),
        *,
        declined: bool = True,
    ) -> PlaceResult:
        if "country" in kinds:
            feature = self.feature(text, scope)
            if feature is not None:
                return feature
            codes = self.words.names.get(normalise(text), frozenset())
            if len(codes) == 1 and (not scope.countries or codes <= set(scope.countries)):
                country = self.gaz.country(next(iter(codes)))
                if country is not None:
                    self.log(f"country name {text!r}")
                    return self.from_place(country)
        if "region" in kinds and languages:
            colloquial = self.colloquial_region(text, scope)
            if colloquial is not None:
                return colloquial
        refused: list[Place] = []
        notes: list[str] = []
        passes = (False, True) if declined and languages else (False,)
        # Settlements and crossings are looked up together: a crossing that bears the
        # name as its own beats a village that bore it once (Medininkai, Varniai).
        groups = [g for g in (("country",), _SETTLEMENT_KINDS, ("region",)) if set(g) & set(kinds)]
        groups = [tuple(k for k in g if k in kinds) for g in groups]
        for use_declined in passes:
            for group in groups:
                found, key, stemmed = self.find(
                    text, group, scope, languages if use_declined else (), declined=use_declined
                )
                if stemmed != use_declined and use_declined:
                    continue
                if found and self.is_common(key) and not scope.countries:
                    # "forest" alone is a forest, not Forest in Belgium: only a place in
                    # the event's own country may be meant; otherwise report, not guess.
                    kept = [p for p in found if p.country in self.hint]
                    if re.search(rf"\b(?:the|a|an)\s+{re.escape(text)}\b", self.query, re.I):
                        kept = []  # "the beach", "near the temple": a thing, not a town
                    if not kept:
                        self.log(f"{key!r} is a common word")
                        refused += found
                        notes.append(f"{key!r} is an ordinary word, not taken as a town")
                        continue
                    found = kept
                if found:
                    result = self.decide(found, key, scope)
                    if result.status != "unresolved":
                        return result
                    refused += [p for p in found if p not in refused]
                    notes.append(result.note)
        if not refused and scope.countries:
            refused = self.gaz.lookup_key(normalise(text))
        return self.unresolved(refused, note="; ".join(n for n in notes if n))
