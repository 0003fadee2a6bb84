"""Borders read from the places a text names beside them.

A border text may name no pair of countries, only places ("la frontera La Quiaca -
Villazón", "the Baliadangi border in Thakurgaon"), a river by its river word ("dry
parts of the Limpopo riverbed") or a bridge by its person's name ("del puente
internacional Simón Bolívar").  :class:`BordersByPlaces` answers them from the places:
the border of their countries, the border of a town's country nearest to it, the
stretch of a river by a town, the crossing of a bridge or of two towns.  Mixed into the
resolver through :class:`bordermap.geo.places.inner_name.InnerNameReading`.
"""

from __future__ import annotations

import re

from shapely.geometry import Point

from bordermap.geo.borders.extents import border_extent
from bordermap.geo.places.border_reading import neighbours_of, says_sea_border
from bordermap.geo.places.inflection import languages_of
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import (
    ANYWHERE,
    BESIDE_KM,
    BORDERS_HELD_BY,
    KM_PER_DEGREE,
    POINT_ANSWERS,
    Scope,
    km_between,
)
from bordermap.geo.places.text_runs import (
    AND_WORD,
    BETWEEN,
    BRIDGE_WORD,
    CROSSING_NOUN,
    RIVER_WORD,
    WATER_WORD,
    Run,
    is_generic,
    runs_of,
    spans_of,
)

__all__ = ["BordersByPlaces"]

#: The second country of a pair, then the place of the border named: "la Slovenia di
#: Fernetti", "Venezuela de Paraguachón" (the crossing between the two of that place).
_COUNTRY_THEN_PLACE = re.compile(
    r"^(?:(?:la|el|le|il|lo|the)\s+|l['’]\s*)?(?P<country>[^\W\d_][\w'’ -]*?)\s+"
    r"(?:di|de|del|du|of|at|à|a)\s+(?P<place>[A-ZÀ-Þ].*)$"
)

#: "With" before the countries a border is named by ("la frontera con Bolivia"): the
#: event's country is the border's other side.
_WITH = re.compile(r"\b(?:con|com|avec|with|mit)\s", re.IGNORECASE)

# "мост через реку Хакари", "the bridge over the Hakari river": a bridge named by the
# river it crosses.
_BRIDGE_OVER_RIVER = re.compile(
    r"\b(?:мост\w*|міст|мосту|bridge|puente|pont|ponte|\w*brücke)\s+"
    r"(?:через|над|over|across|sobre|sur|über)\s+(?:the\s+|el\s+|la\s+|le\s+|die\s+)?"
    r"(?:реку|річку|река|річка|river|r[ií]o|rivi[eè]re)?\s*(?P<name>\w+)",
    re.IGNORECASE,
)


class BordersByPlaces:
    """Borders and crossings read from the places a text names (a resolver mixin)."""

    def border_river(self, run: Run, scope: Scope, kinds) -> tuple[str, PlaceResult] | None:
        """ "dry parts of the Limpopo riverbed", "la Bidassoa à ...": a border river;
        "Peipsi järve kohal" (over Lake Peipus): a border lake, its word as a river's."""
        name = " ".join(run.words)
        spans = []
        if run.before and WATER_WORD.fullmatch(run.before):
            spans.append(f"{run.before} {name}")
        if run.after and WATER_WORD.fullmatch(run.after):
            spans.append(f"{name} {run.after}")
        if not spans and not (run.before2 and RIVER_WORD.fullmatch(run.before2)):
            return None
        for span in [*spans, f"{name} River"]:
            result = self.inner_resolve(span, scope, kinds)
            if result.status in ("resolved", "ambiguous") and result.precision == "border":
                return span, result
        return None

    def named_bridge(self, run: Run, scope: Scope, kinds) -> tuple[str, PlaceResult] | None:
        """ "del puente internacional Simón Bolívar": the crossing of that bridge.

        "мост через реку Хакари" (the bridge across the Hakari river): the bridge named
        after its river, as the crossing of that name; written in another alphabet,
        found by its consonants.
        """
        words = [w for w in (run.before, run.before2, run.after) if w]
        name = " ".join(run.words)
        over = _BRIDGE_OVER_RIVER.search(self.query)
        if over is not None and over["name"].startswith(run.words[0]):
            span = f"{name} Bridge"
            result = self.inner_resolve(span, scope, kinds)
            if result.status != "resolved":
                found = self.crossing_by_its_consonants(span, scope)
                result = self.from_place(found[0]) if found else result
            if result.status == "resolved" and result.precision in POINT_ANSWERS:
                return span, result
        if not any(BRIDGE_WORD.fullmatch(w) for w in words):
            return None
        names = [name]
        if len(run.words) > 1 and is_generic(run.words[0]):
            # "del puente Internacional Francisco de Paula Santander": the bridge word's
            # adjective, capitalised, opens the run but is no part of the bridge's name.
            names.append(" ".join(run.words[1:]))
        # The bridge's name with its own bridge word as the text writes it ("Дунав мост",
        # the Danube Bridge at Ruse): the tables list such names in their language.
        written = [
            f"{run.before} {name}" if run.before and BRIDGE_WORD.fullmatch(run.before) else "",
            f"{name} {run.after}" if run.after and BRIDGE_WORD.fullmatch(run.after) else "",
        ]
        for bare in names:
            for span in (f"{bare} Bridge", f"{bare} International Bridge", bare):
                result = self.inner_resolve(span, scope, kinds)
                if (
                    result.status == "resolved"
                    and result.precision in POINT_ANSWERS
                    and not result.country
                ):
                    return span, result  # a crossing (no single country): the bridge
        for span in filter(None, written):
            if re.search(rf"{re.escape(span)}\s*\d", self.query):
                continue  # "Дунав мост 2" (Vidin's) is another bridge than "Дунав мост"
            result = self.inner_resolve(span, scope, kinds)
            if (
                result.status == "resolved"
                and result.precision in POINT_ANSWERS
                and not result.country
            ):
                return span, result
        return None

    def border_of_places(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """The border of the countries of the places a border text names, or None."""
        if says_sea_border(self.query):
            # "la frontera marítima con Marruecos": the land line of the two countries is
            # another border than the one meant (the border reading answers it).
            return None
        runs = runs_of(text)
        countries: list[str] = []
        points: list[PlaceResult] = []
        for run in runs:
            for span in spans_of(list(run.words)):
                result = self.inner_resolve(span, scope, kinds)
                if result.status == "resolved" and result.precision != "border":
                    countries += self.countries_of(result)
                    if result.precision in POINT_ANSWERS:
                        points.append(result)
                    break
                # A country named across the border outweighs its namesake towns
                # ("between Croatia and Montenegro": Montenegro in Brazil too).
                refused = {c.country for c in result.candidates if c.precision == "country"} or {
                    c.country for c in result.candidates if c.country
                }
                if result.status == "unresolved" and len(refused) == 1:
                    countries.append(refused.pop())  # a place across the border
                    break
        crossings = {(p.name, p.lat, p.lon): p for p in points if p.country is None}
        if len(crossings) == 1 and CROSSING_NOUN.search(text):
            # "The border gate between Spin Boldak and Chaman": their crossing.
            crossing = next(iter(crossings.values()))
            self.log(f"the crossing between the places named: {crossing.name}")
            return crossing
        # Territories whose lines another country holds in the data (French Guiana).
        countries = [BORDERS_HELD_BY.get(c, c) for c in countries]
        hint = tuple(BORDERS_HELD_BY.get(c, c) for c in self.hint)
        found = set(countries) | set(hint if len(set(countries)) == 1 else ())
        if len(found) == 2:
            pair = tuple(sorted(found))
            with_both = self.own_border_with_both(text, pair)
            if with_both is not None:
                return with_both
            if self.has_border(pair):
                self.log(f"a border between places of {pair[0]} and {pair[1]}")
                return self.border_result(pair, note="the border between the places named")
            return None
        if len(found) == 1 and len(points) == 1:
            # "La frontière française de Menton": the border of its country by the town.
            return self.border_by_point(points[0], next(iter(found)))
        return None

    def own_border_with_both(self, text: str, pair: tuple[str, ...]) -> PlaceResult | None:
        """ "la frontera con Bolivia y Paraguay" of an Argentine event: unresolved, saying
        why, or None when the text is no such one.

        A border "with" two countries, both the event's country's neighbours, is that
        country's border with one or the other, never the line between the two (which
        was answered before); the text does not say which of its two lines.
        """
        hint = tuple(BORDERS_HELD_BY.get(c, c) for c in self.hint)
        if len(hint) != 1 or hint[0] in pair or BETWEEN.search(text) or not _WITH.search(text):
            return None
        if not all(self.has_border(tuple(sorted((hint[0], c)))) for c in pair):
            return None
        note = (
            f"the border of {hint[0]} with {pair[0]} and {pair[1]}: two lines, and the text "
            "does not say which"
        )
        self.log(note)
        return self.unresolved(note=note)

    def border_with_a_side_unknown(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """ "Fontyè Malpas ant Ayiti ak Sendomeng": a text putting a border between one
        country "and" a side the gazetteer does not know at all names a line between two
        states, so it is never that country alone: its border when it has one land
        neighbour, else unresolved with the reason.  None when the text says no
        "between", names no single country, joins no single side to it by "and", or
        that side is known somewhere (the readings before judge it).
        """
        if not BETWEEN.search(text):
            return None
        runs = runs_of(text)
        named = [
            (i, result)
            for i, result in enumerate(
                self.inner_resolve(" ".join(run.words), scope, kinds) for run in runs
            )
            if result.status == "resolved" and result.precision == "country"
        ]
        if len(named) != 1:
            return None
        at, country = named[0]
        sides = [
            runs[i]
            for i, word in ((at + 1, runs[at].after), (at - 1, runs[at].before))
            if 0 <= i < len(runs) and word and AND_WORD.fullmatch(f" {word} ")
        ]
        if len(sides) != 1:
            return None
        other = " ".join(sides[0].words)
        if self.country_codes(other, languages_of(text)):
            return None  # "между Азербайджаном и Ираном": a declined name is known
        named = self.place_after_the_pair(other, country.country, languages_of(text))
        if named is not None:
            return named
        known = self.inner_resolve(other, ANYWHERE, None)
        if known.status != "unresolved" or known.candidates:
            return None
        border = self.border_of_the_one_neighbour(country.country, other)
        if border is not None:
            return border
        return self.unresolved(
            note=f"between {country.name} and {other!r}, which is not understood: "
            f"{country.name} has several land borders, and the text names no one place"
        )

    def place_after_the_pair(
        self, other: str, country: str | None, languages: tuple[str, ...]
    ) -> PlaceResult | None:
        """ "il valico tra l'Italia e la Slovenia di Fernetti": the crossing or town
        named after the second country ("the crossing between Italy and Slovenia of
        Fernetti"), when it lies in one of the two countries or is a crossing of their
        border; None for any other text.
        """
        match = _COUNTRY_THEN_PLACE.match(other)
        if match is None or country is None:
            return None
        side = self.country_codes(match["country"], languages, regions=False)
        if len(side) != 1 or country in side:
            return None
        pair = (country, *side)
        place = self.inner_resolve(match["place"], Scope(pair), None)
        if place.status != "resolved" or place.precision not in POINT_ANSWERS:
            return None
        if place.country is None:
            # A crossing: it must be one of this pair's.
            if set(self.countries_of(place)) != set(pair):
                return None
        elif place.country not in pair or place.lat is None or place.lon is None:
            return None
        else:
            # A town must be by the pair's line: "of Rome" names no crossing.
            line = border_extent(*sorted(pair))
            if line.distance(Point(place.lon, place.lat)) * KM_PER_DEGREE > BESIDE_KM:
                return None
        self.log(f"the place {match['place']!r} named after the pair {pair}")
        return place

    def border_between_the_ends(self, whole: str, town: PlaceResult) -> PlaceResult | None:
        """The border between the two ends a crossing's name joins, the crossing not
        being in the data; None when the name is no such pair.

        "المعبر الحدودي غدامس-الدبداب" (the Ghadames–Debdeb crossing) names the towns
        facing each other across it: Ghadames in Libya, Debdeb in Algeria.  Near one of
        them would leave out the other side the text names; the line between their
        countries holds the crossing.  Only two ends, each a town of the data (``town``
        one of them), in two countries that share a land border, each within
        :data:`BESIDE_KM` of that border and of each other.
        """
        parts = [p.strip() for p in re.split(f"[{re.escape(DASHES)}/]", whole) if p.strip()]
        if len(parts) != 2 or town.lat is None or town.lon is None or not town.country:
            return None
        ends = [self.inner_resolve(part, ANYWHERE, ("settlement",)) for part in parts]
        if any(
            end.status != "resolved"
            or end.precision not in ("settlement", "near")
            or end.lat is None
            or end.lon is None
            or not end.country
            for end in ends
        ):
            return None
        if (town.lat, town.lon) not in {(end.lat, end.lon) for end in ends}:
            return None
        first, second = ends
        pair = tuple(sorted({BORDERS_HELD_BY.get(e.country, e.country) for e in ends}))
        if len(pair) != 2 or not self.has_border(pair):
            return None
        if km_between(first.lat, first.lon, second.lat, second.lon) > BESIDE_KM:
            return None
        line = border_extent(*pair)
        for end in ends:
            if line.distance(Point(end.lon, end.lat)) * KM_PER_DEGREE > BESIDE_KM:
                return None
        note = (
            f"no crossing {whole!r} in the data; its ends {first.name} ({first.country}) "
            f"and {second.name} ({second.country}) face each other across the border"
        )
        self.log(note)
        return self.border_result(pair, label=f"between {first.name} and {second.name}", note=note)

    def border_by_point(self, point: PlaceResult, own: str | None = None) -> PlaceResult | None:
        """The border of ``own`` (the point's country) nearest the point, or None.

        Only a border within 50 km, and only when no other one is nearly as near
        (Menton: Italy at 1 km, Monaco at 8).
        """
        own = own or point.country
        if not own or point.lat is None or point.lon is None:
            return None
        where = Point(point.lon, point.lat)
        by = sorted(
            (border_extent(*pair).distance(where) * KM_PER_DEGREE, pair)
            for pair in (tuple(sorted((own, other))) for other in neighbours_of(own))
        )
        near = [(km, pair) for km, pair in by if km <= BESIDE_KM]
        if near and (len(near) == 1 or near[1][0] >= 3 * max(near[0][0], 1.0)):
            pair = near[0][1]
            self.log(f"the border of {own} by {point.name}: {pair[0]}-{pair[1]}")
            return self.border_result(pair, note=f"the border by {point.name}")
        return None

    def border_by(self, result: PlaceResult, point: PlaceResult) -> PlaceResult:
        """Of an ambiguous border, the one line by the point ("the Limpopo outside Musina")."""
        if result.status != "ambiguous" or result.precision != "border":
            return result
        assert point.lat is not None and point.lon is not None
        where = Point(point.lon, point.lat)
        by: list[tuple[str, str]] = []
        for candidate in result.candidates:
            pair = self.border_pair_named(candidate.name)
            if len(pair) == 2:
                line = border_extent(*sorted(pair))
                if line.distance(where) * KM_PER_DEGREE <= BESIDE_KM:
                    by.append(tuple(sorted(pair)))
        if len(set(by)) != 1:
            return result
        label = (result.name or "").partition(" (")[2].rstrip(")")
        self.log(f"of its borders, the one by {point.name}: {by[0][0]}-{by[0][1]}")
        return self.border_result(by[0], label)

    def countries_of(self, result: PlaceResult) -> list[str]:
        """The country of an answer; both countries of a crossing."""
        if result.country:
            return [result.country]
        crossings = [
            place
            for place in self.gaz.lookup_key(normalise(result.name or ""), kinds=("crossing",))
            if place.name == result.name
        ]
        return list(crossings[0].countries) if len(crossings) == 1 else []
