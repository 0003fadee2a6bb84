"""Offline geocoding: place texts to geometries with an honest precision.

:func:`geocode_place` is the plain function the CLI and the resolver call;
:class:`OfflineGeocoder` wraps it as a :class:`geopy.geocoders.base.Geocoder`, so the
gazetteer is one more link in a chain of geopy geocoders (cache → gazetteer → online).

How each form of :func:`bordermap.geo.places.parse_place` is answered:

- ``border``: both sides must name countries (names or adjectives, any script) that
  share a land border; the extent is the border line, precision ``border``.
- ``region``: the admin-1 region of that name (also "Витебская область" →
  "Vitebsk" by its adjective; a region named after its town has the town's name
  forms in the gazetteer, so "Віцебская вобласць" finds it too);
  precision ``region``, the extent its polygon.  With no such region but a town of
  that name: the town with :data:`~bordermap.geo.schema.NEAR_RADIUS_KM`, precision
  ``near`` (we do not know that region's shape, so we say so).
- ``district``: an admin-1 region of that name if there is one (Latvian
  municipalities are admin-1), else the town it is named after with precision
  ``district`` and the near radius, since district polygons are not in our data.
- ``side``: the border line as above, with ``country`` set to the side named
  ("the Latvian side of the Latvia–Belarus border"); the side must be one of the two.
- ``near``: the inner place; a settlement becomes precision ``near`` with the near
  radius, or the distance the text gives if larger ("40 km east of X").
  Areas keep their own precision: "near the border" is still the border.
- ``within``: "eastern Latvia" is Latvia: the part cannot be drawn, so the whole
  area stands for it; a text that is itself a name ("South Africa") is that name.
  A compass word before a town is not read as part of it ("West Virginia" is not
  "west of Virginia, ZA"): unresolved.
- ``restricted``: the name looked up only in that country (or admin-1 region).
- ``name``: a country, else a settlement, else a region.  An ordinary word that is
  also a town's name ("forest", "side"; see ``common_words`` in aliases.toml)
  resolves only in the event's country or with "X, Country".

Same-named settlements and regions go through :func:`bordermap.geo.disambiguation.choose`.
Nothing is guessed: an unknown name is ``unresolved``; there is no fuzzy matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from shapely.geometry import Point, mapping

from bordermap.geo.disambiguation import RegionOfInterest, choose
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.extents import border_extent, country_extent, region_extent
from bordermap.geo.gazetteer import Gazetteer, Place, load_gazetteer
from bordermap.geo.names import normalise
from bordermap.geo.place_result import Candidate, PlaceResult
from bordermap.geo.places import PlaceExpression, parse_place
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["MAX_CANDIDATES", "OfflineGeocoder", "geocode_place"]

#: At most this many candidates are reported for one ambiguous name.
MAX_CANDIDATES = 10
_PRECISION_OF_KIND = {"settlement": "settlement", "region": "region", "country": "country"}
# Adjective endings after "-sk" in Russian, Belarusian, Ukrainian and Polish region
# names ("Витебская" → "vitebsk-aya", "Львівська" → "lvivsk-a").
_ADJECTIVE_ENDINGS = ("aya", "aja", "oye", "oy", "oj", "iy", "ij", "yi", "yy", "ie", "a", "i", "y")


def _countries(country: str | Iterable[str] | None) -> tuple[str, ...]:
    if country is None:
        return ()
    if isinstance(country, str):
        return (country.upper(),) if country else ()
    return tuple(c.upper() for c in country if c)


class _Resolver:
    """Answers one query against one gazetteer (holds the hints while recursing)."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        query: str,
        hint: tuple[str, ...],
        roi: RegionOfInterest | None,
    ) -> None:
        self.gaz = gazetteer
        self.query = query
        self.hint = hint
        self.roi = roi

    # --- building results ------------------------------------------------------------

    def unresolved(self, near_misses: Sequence[Place] = ()) -> PlaceResult:
        return PlaceResult(
            self.query,
            "unresolved",
            candidates=tuple(self.candidate(p) for p in near_misses[:MAX_CANDIDATES]),
        )

    def candidate(self, place: Place) -> Candidate:
        return Candidate(
            place.name,
            place.country,
            place.admin1_code,
            place.lat,
            place.lon,
            _PRECISION_OF_KIND[place.kind],
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
            country=place.country,
            admin1_code=place.admin1_code,
            lat=place.lat,
            lon=place.lon,
            precision=precision or _PRECISION_OF_KIND[place.kind],
            geometry=geometry,
            uncertainty_km=uncertainty_km,
            candidates=tuple(self.candidate(p) for p in candidates[:MAX_CANDIDATES])
            if status == "ambiguous"
            else (),
        )

    def decide(self, places: Sequence[Place], key: str | None, **kwargs) -> PlaceResult:
        """Resolve or report ambiguity among ``places`` (not empty) found by ``key``."""
        outcome = choose(places, country=self.hint, region_of_interest=self.roi, key=key)
        if outcome.chosen is not None:
            return self.from_place(outcome.chosen, **kwargs)
        return self.from_place(
            outcome.candidates[0], status="ambiguous", candidates=outcome.candidates, **kwargs
        )

    # --- the forms ---------------------------------------------------------------------

    def resolve(self, expr: PlaceExpression, only: tuple[str, ...] = ()) -> PlaceResult:
        if not normalise(expr.text):
            return self.unresolved()
        if expr.kind == "border":
            return self.border(expr)
        if expr.kind == "side":
            return self.side(expr)
        if expr.kind == "near":
            return self.near(expr, only)
        if expr.kind == "within":
            return self.within(expr, only)
        if expr.kind == "restricted":
            return self.restricted(expr, only)
        if expr.kind in ("region", "district"):
            return self.area(expr, only)
        return self.name(expr.name, only)

    def border_pair(self, expr: PlaceExpression, hint: tuple[str, ...]) -> tuple[str, str] | None:
        """The two countries a border expression names, sorted, or None."""
        for a_text, b_text in list(expr.splits) or [(expr.name, expr.other)]:
            b = self.gaz.country_code(b_text)
            # "border with Belarus": the other side is the event's own country.
            own = hint[0] if len(hint) == 1 else None
            a = self.gaz.country_code(a_text) if a_text else own
            if a is not None and b is not None and a != b:
                return (a, b) if a < b else (b, a)
        return None

    def border(self, expr: PlaceExpression, hint: tuple[str, ...] | None = None) -> PlaceResult:
        pair = self.border_pair(expr, self.hint if hint is None else hint)
        if pair is None:
            return self.unresolved()
        try:
            line = border_extent(*pair)
        except GeometryDataError:
            return self.unresolved()
        point = line.representative_point()
        names = [getattr(self.gaz.country(c), "name", c) for c in pair]
        return PlaceResult(
            self.query,
            "resolved",
            name=f"{names[0]}–{names[1]} border",
            country=None,
            admin1_code=None,
            # Not rounded: the point must lie on the line it stands for.
            lat=point.y,
            lon=point.x,
            precision="border",
            geometry=line,
        )

    def side(self, expr: PlaceExpression) -> PlaceResult:
        assert expr.inner is not None
        side = self.gaz.country_code(expr.other)
        if side is None:
            return self.unresolved()
        # "Latvia's side of the border with Belarus": the side is one of the pair.
        pair = self.border_pair(expr.inner, (side,))
        if pair is None or side not in pair:
            return self.unresolved()
        result = self.border(expr.inner, (side,))
        if result.status != "resolved":
            return result
        side_name = getattr(self.gaz.country(side), "name", side)
        return replace(result, name=f"{result.name} ({side_name} side)", country=side)

    def near(self, expr: PlaceExpression, only: tuple[str, ...]) -> PlaceResult:
        assert expr.inner is not None
        inner = self.resolve(expr.inner, only)
        if inner.status == "unresolved" or inner.precision not in ("settlement", "border"):
            return inner
        radius = max(NEAR_RADIUS_KM, expr.distance_km or 0.0)
        if inner.precision == "border":
            return replace(inner, uncertainty_km=radius)
        return replace(inner, precision="near", uncertainty_km=radius)

    def within(self, expr: PlaceExpression, only: tuple[str, ...]) -> PlaceResult:
        assert expr.inner is not None
        # "South Africa", "East Timor", "Northern Ireland" are names, not parts.
        whole = self.name(expr.text, only)
        if whole.status != "unresolved":
            return whole
        inner = self.resolve(expr.inner, only)
        if inner.status == "unresolved" and expr.inner.kind == "name":
            code = self.gaz.country_code(expr.inner.text)  # "Latvian territory"
            country = self.gaz.country(code) if code else None
            return self.from_place(country) if country is not None else inner
        if expr.suffix == "compass" and inner.precision in ("settlement", "near"):
            # "West Virginia" is not the west of some town called Virginia.
            return self.unresolved()
        return inner

    def restricted(self, expr: PlaceExpression, only: tuple[str, ...]) -> PlaceResult:
        assert expr.inner is not None
        code = self.gaz.country_code(expr.other)
        if code is not None:
            return self.resolve(expr.inner, (code,))
        regions = self.gaz.lookup(expr.other, kinds=("region",), countries=only or None)
        if len(regions) == 1:
            result = self.resolve(expr.inner, (regions[0].country,))
            if result.admin1_code in (None, regions[0].admin1_code):
                return result
            return self.unresolved()
        # "Washington, D.C."-like names carry their comma; try the text whole.
        return self.name(expr.text, only)

    def region_places(self, expr: PlaceExpression, only: tuple[str, ...]) -> list[Place]:
        countries = only or None
        found = self.gaz.lookup(expr.text, kinds=("region",), countries=countries)
        if found:
            return found
        keys = [normalise(expr.name)]
        for ending in _ADJECTIVE_ENDINGS:
            if keys[0].endswith("sk" + ending):
                stem = keys[0][: -len(ending)]
                keys += [stem, stem[:-2]]
                break
        for key in keys:
            found = self.gaz.lookup_key(key, kinds=("region",), countries=countries)
            if found:
                return found
        return []

    def area(self, expr: PlaceExpression, only: tuple[str, ...]) -> PlaceResult:
        regions = self.region_places(expr, only)
        if regions:
            return self.decide(regions, None)
        key = normalise(expr.name)
        towns = self.gaz.lookup_key(key, kinds=("settlement",), countries=only or None)
        if not towns:
            return self.unresolved(self.gaz.lookup_key(key, kinds=("settlement",)))
        precision = "district" if expr.kind == "district" else "near"
        return self.decide(towns, key, precision=precision, uncertainty_km=NEAR_RADIUS_KM)

    def name(self, text: str, only: tuple[str, ...]) -> PlaceResult:
        countries = only or None
        key = normalise(text)
        for kind in ("country", "settlement", "region"):
            found = self.gaz.lookup_key(key, kinds=(kind,), countries=countries)
            if found and key in self.gaz.common_words and not only:
                # "forest" alone is a forest, not Forest in Belgium: only a place in
                # the event's own country may be meant; otherwise report, not guess.
                found = [p for p in found if p.country in self.hint]
                if not found:
                    return self.unresolved(self.gaz.lookup_key(key))
            if found:
                return self.decide(found, key)
        return self.unresolved(self.gaz.lookup_key(key) if only else ())


def geocode_place(
    query: str,
    *,
    country: str | Iterable[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
    gazetteer: Gazetteer | None = None,
) -> PlaceResult:
    """Geocode one place text offline.

    Parameters
    ----------
    query : str
        The place as a report writes it: "Vitebsk region", "the Latvia–Belarus
        border", "near Krāslava", "Daugavpils, Latvia", "Віцебск".
    country : str or iterable of str, optional
        The event's country (ISO alpha-2): preferred among same-named places, and the
        missing side of "border with Y".
    region_of_interest : sequence of str or 4-tuple of float, optional
        ISO alpha-2 codes or a (min_lon, min_lat, max_lon, max_lat) box, preferred
        after ``country``.
    gazetteer : Gazetteer, optional
        Defaults to the one shipped with bordermap.

    Returns
    -------
    PlaceResult
        ``resolved``, ``ambiguous`` (with candidates) or ``unresolved``.

    Raises
    ------
    GeometryDataError
        If the gazetteer or boundary data is missing or broken.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    resolver = _Resolver(gaz, query, _countries(country), region_of_interest)
    return resolver.resolve(parse_place(query))


class OfflineGeocoder(Geocoder):
    """The offline gazetteer as a geopy geocoder.

    ``geocode`` returns a :class:`geopy.location.Location` whose ``raw`` holds
    ``name``, ``country``, ``admin1_code``, ``precision``, ``geometry`` (GeoJSON of
    the extent), ``uncertainty_km``, ``source`` (``"gazetteer"``), ``status``
    (``resolved`` or ``ambiguous``) and ``candidates``; an unresolved place gives None.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Defaults to the one shipped with bordermap (loaded on first use).
    user_agent : str, optional
        Passed to geopy; no request is ever sent.
    """

    def __init__(self, *, gazetteer: Gazetteer | None = None, user_agent: str | None = None):
        super().__init__(user_agent=user_agent or "bordermap-offline")
        self._gazetteer = gazetteer

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        region_of_interest: RegionOfInterest | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Geocode a place text.

        Parameters
        ----------
        query : str
            The place text.
        exactly_one : bool, optional
            True: one Location (an ambiguous place gives the most populous candidate
            with ``raw["status"] == "ambiguous"``).  False: a list, one Location per
            candidate when ambiguous.
        country_codes : str or iterable of str, optional
            The event's country: preferred, as in :func:`geocode_place` (a hint, not a
            filter; write "X, Country" in the query to restrict).
        region_of_interest : sequence of str or 4-tuple of float, optional
            As in :func:`geocode_place`.
        timeout : float, optional
            Ignored (nothing is sent over a network); accepted for geopy
            compatibility.

        Returns
        -------
        Location, list of Location or None
            None when the place is unresolved.
        """
        result = geocode_place(
            query,
            country=country_codes,
            region_of_interest=region_of_interest,
            gazetteer=self._gazetteer,
        )
        if result.status == "unresolved":
            return None
        location = Location(result.name, (result.lat, result.lon), result.to_raw())
        if exactly_one:
            return location
        if result.status == "resolved":
            return [location]
        raw = result.to_raw()
        return [
            Location(
                c.name,
                (c.lat, c.lon),
                {
                    **raw,
                    "name": c.name,
                    "country": c.country,
                    "admin1_code": c.admin1_code,
                    "geometry": mapping(Point(c.lon, c.lat)),
                },
            )
            for c in result.candidates
        ]

    def reverse(self, query, *, exactly_one=True, timeout=None):
        """Not offered: use :mod:`bordermap.geo.boundaries` to find a point's country."""
        raise NotImplementedError(
            "OfflineGeocoder does not reverse-geocode; join points to "
            "bordermap.geo.boundaries.countries()/regions() instead"
        )
