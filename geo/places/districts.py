"""Units below admin-1 by name, and the admin-1 region that holds each.

The shipped data has outlines down to admin-1 only.  A report that names a district,
raion, county or amphoe ("Kathua district", "в Свислочском районе") is still answered
honestly when this table (``data/gazetteer/districts.tsv.gz``, built by
``scripts/build_districts.py`` from GeoNames' second-level units) knows the unit: where
it knows the unit's seat, the resolver draws the unit as a circle of about its size
around the seat; otherwise it gives the region holding the unit, flagged as coarsened.
Loaded on first use only, so the cold start of ``bordermap geocode`` does not pay for it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.places.arabic_letters import WRITTEN_IN_ARABIC_LETTERS, other_spellings
from bordermap.geo.places.scope import km_between

__all__ = [
    "DISTRICTS_FILE",
    "DISTRICTS_NAMED_AFTER_SEATS",
    "REGIONS_WITHOUT_OUTLINE_FILE",
    "SEAT_KM",
    "UPAZILAS_FILE",
    "UPAZILA_COUNTRIES",
    "District",
    "district_forms",
    "districts_named",
    "districts_seated_at",
    "districts_seated_within",
    "load_districts",
    "reading_upazilas",
    "region_without_outline_forms",
    "region_without_outline_names",
    "regions_without_outline_named",
    "upazilas_read",
]

#: Countries whose districts bear their seat's name and whose border reporting names the
#: district by it alone ("firing in Poonch"): there a bare name is the district.
DISTRICTS_NAMED_AFTER_SEATS = frozenset({"BD", "IN", "NP", "PK"})

DISTRICTS_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "districts.tsv.gz"
#: Admin-1 units the shipped outlines lack (Kenya's counties, the DR Congo's provinces
#: of 2015...), each with the circle it is drawn with; built with the districts table.
REGIONS_WITHOUT_OUTLINE_FILE = DISTRICTS_FILE.with_name("regions_without_outline.tsv")
#: Bangladesh's upazilas, each filed as the district holding it (its circle when that
#: holds the whole upazila, else no seat: its division answers); built by
#: ``scripts/build_upazilas.py``, read after the districts table finds nothing.
UPAZILAS_FILE = DISTRICTS_FILE.with_name("upazilas.tsv")
#: The Bengali chandrabindu, a nasal mark spellings of one name keep or drop.
_CHANDRABINDU = "\u0981"
#: Countries whose units below the districts the upazila table holds.
UPAZILA_COUNTRIES = frozenset({"BD"})
#: Whether :func:`districts_named` reads the upazila table: only in a second reading
#: of a text nothing else found, so an upazila never outvotes a town or a district
#: ("টেকনাফ" stays the town Teknaf, not the district of Cox's Bazar around it).
_READING_UPAZILAS: ContextVar[bool] = ContextVar("reading_upazilas", default=False)


@contextmanager
def reading_upazilas() -> Iterator[None]:
    """Within the block, :func:`districts_named` also finds Bangladesh's upazilas, each
    as the district holding it (no district of the name being known)."""
    token = _READING_UPAZILAS.set(True)
    try:
        yield
    finally:
        _READING_UPAZILAS.reset(token)


def upazilas_read() -> bool:
    """Whether the upazila table is being read (inside :func:`reading_upazilas`)."""
    return _READING_UPAZILAS.get()


#: A town is a unit's seat when the unit's seat lies this close to it (km): GeoNames
#: points of one town in two files differ by a few hundred metres.
SEAT_KM = 3.0


@dataclass(frozen=True)
class District:
    """A unit below admin-1: its country, the region that holds it and its own name.

    ``lat``/``lon`` are its seat (the town bearing its name, else its largest town) and
    ``reach_km`` the radius of a circle of about its size around the seat, from the
    spread of the towns filed in it; all three are None when no town is filed in it.
    """

    country: str
    region: str
    name: str
    lat: float | None = None
    lon: float | None = None
    reach_km: float | None = None
    #: The unit below it the name was of, when it is answered for it (an upazila).
    part: str = ""


def _unit(line: str) -> District:
    country, region, _, name, lat, lon, reach, *part = line.rstrip("\n").split("\t")
    within = part[0] if part else ""
    if reach:
        return District(country, region, name, float(lat), float(lon), float(reach), within)
    return District(country, region, name, part=within)


class _UnitsByKey(Mapping[str, tuple[District, ...]]):
    """Rows ``country, region, key, name, lat, lon, reach_km`` (after the header) by key;
    a unit without a seat has the last three empty.

    A row becomes a :class:`District` when its key is first asked for: a run asks for
    a handful of its 60,000 rows, and making them all cost 0.3-0.4 s of every run.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        rows: dict[str, list[str]] = {}
        for line in lines:
            rows.setdefault(line.split("\t", 3)[2], []).append(line)
        self._rows = rows
        self._units: dict[str, tuple[District, ...]] = {}
        self._by_country: dict[str, list[tuple[str, str]]] | None = None

    def __getitem__(self, key: str) -> tuple[District, ...]:
        units = self._units.get(key)
        if units is None:
            units = self._units[key] = tuple(_unit(line) for line in self._rows[key])
        return units

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def lines(self) -> Iterator[tuple[str, str]]:
        """Every row as ``(key, line)``, without making a :class:`District` of it."""
        return ((key, line) for key, lines in self._rows.items() for line in lines)

    def lines_in(self, country: str) -> list[tuple[str, str]]:
        """The rows of one country (their first field), as :meth:`lines` gives them.

        Grouped in one pass when first asked: each country asked for otherwise scanned
        all 60,000 rows again.
        """
        if self._by_country is None:
            by_country: dict[str, list[tuple[str, str]]] = {}
            for key, line in self.lines():
                by_country.setdefault(line.split("\t", 1)[0], []).append((key, line))
            self._by_country = by_country
        return self._by_country.get(country, [])

    def __len__(self) -> int:
        return len(self._rows)


def _first_named(
    table: Mapping[str, tuple[District, ...]],
    keys: Iterable[str],
    countries: Iterable[str],
    *,
    respelled: bool = False,
) -> list[District]:
    """The units of ``table`` bearing the first of ``keys`` any unit of ``countries`` bears.

    With ``respelled``, when none does, the keys' other kafs and yehs
    (:func:`other_spellings`) are tried, for units of the countries written in Arabic
    letters: the table has "هيرمند" (Hirmand county) as GeoNames spells it, a Persian
    report "شهرستان هیرمند".
    """
    allowed = {c.upper() for c in countries}
    keys = tuple(keys)
    for key in keys:
        units = [u for u in table.get(key, ()) if not allowed or u.country in allowed]
        if units:
            return units
    if not respelled:
        return []
    for key in keys:
        for other in other_spellings(key):
            units = [
                u
                for u in table.get(other, ())
                if (not allowed or u.country in allowed) and u.country in WRITTEN_IN_ARABIC_LETTERS
            ]
            if units:
                return units
    return []


@lru_cache(maxsize=1)
def _table(path: Path = DISTRICTS_FILE) -> Mapping[str, tuple[District, ...]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        next(handle)  # header
        return _UnitsByKey(handle)


def load_districts() -> None:
    """Read the districts table now, ahead of the first look-up that needs it, and
    group its rows by country, as the first look-up of a unit's seat does.

    For a process that loads its data before it is given work (about 0.08 s of CPU,
    and 0.016 s for the grouping, which the second process's checks of the 100k
    benchmark otherwise did as they waited to be collected).
    """
    _table().lines_in("")


@lru_cache(maxsize=64)
def district_forms(country: str) -> tuple[tuple[str, District], ...]:
    """Every ``(key, unit)`` of the table's units in one country, for comparing spellings."""
    return tuple((key, _unit(line)) for key, line in _table().lines_in(country.upper()))


def districts_named(
    keys: Iterable[str], countries: Iterable[str] = (), *, respelled: bool = False
) -> list[District]:
    """Units below admin-1 bearing the first of ``keys`` that any unit bears.

    Parameters
    ----------
    keys : iterable of str
        Lookup keys (:func:`~bordermap.geo.places.names.normalise`), most literal first:
        the name as written, then its nominative forms.  Later keys are tried only when
        the earlier ones name nothing, so a stem never outvotes the full word.
    countries : iterable of str, optional
        ISO alpha-2 codes the unit must be in; empty for anywhere.
    respelled : bool, optional
        Whether a name in Arabic letters is also looked for with its kafs and yehs as
        the other orthography writes them, when nothing is found as written: for a
        name a unit word says is a unit's ("شهرستان هیرمند"), not a bare one (the bare
        "ابوموسی" is the island, not the county named after it).

    Returns
    -------
    list of District
        In the table's order (country, region, name); empty when none.
    """
    keys, asked = tuple(keys), {c.upper() for c in countries}
    found = _first_named(_table(), keys, asked, respelled=respelled)
    if found or not asked & UPAZILA_COUNTRIES or not _READING_UPAZILAS.get():
        return found
    # "নাইক্ষ্যংছড়ি উপজেলার" (of Naikhongchhari upazila): no district bears the name,
    # an upazila does; the district holding it answers, never the upazila itself.
    # The table spells "তেতুলিয়া" (Tetulia), reports often "তেঁতুলিয়া": its keys are
    # without the chandrabindu (nasalisation), and so are the names looked up there.
    plain = tuple(dict.fromkeys(key.replace(_CHANDRABINDU, "") for key in keys))
    return _first_named(_upazila_table(), plain, asked & UPAZILA_COUNTRIES)


@lru_cache(maxsize=1)
def _upazila_table(path: Path = UPAZILAS_FILE) -> Mapping[str, tuple[District, ...]]:
    with path.open(encoding="utf-8") as handle:
        next(handle)  # header
        return _UnitsByKey(handle)


@lru_cache(maxsize=64)
def _seated_in(country: str) -> tuple[District, ...]:
    """The units of one country that have a seat, in the table's order, each once.

    Made for the countries asked about only: making all 49,856 seated units of the
    table took 0.15 s of a run that asks about one or two countries.
    """
    found: dict[District, None] = {}
    for _, line in _table().lines_in(country):
        unit = _unit(line)
        if unit.reach_km is not None:
            found[unit] = None
    return tuple(found)


def districts_seated_at(country: str, lat: float, lon: float) -> list[District]:
    """Units of ``country`` whose seat is the town at ``lat``/``lon`` (within SEAT_KM).

    Parameters
    ----------
    country : str
        ISO alpha-2 code of the town.
    lat, lon : float
        The town's point.

    Returns
    -------
    list of District
        Sorted by name; empty when the town is no known unit's seat.
    """
    units = [unit for _, unit in _seated_near((country,), lat, lon, SEAT_KM)]
    return sorted(units, key=lambda unit: (unit.name, unit.region))


def districts_seated_within(
    countries: Iterable[str], lat: float, lon: float, km: float
) -> list[tuple[float, District]]:
    """Units of ``countries`` seated within ``km`` of a point, nearest first.

    Parameters
    ----------
    countries : iterable of str
        ISO alpha-2 codes of the units' countries.
    lat, lon : float
        The point, in degrees.
    km : float
        How far from the point a unit's seat may lie.

    Returns
    -------
    list of (float, District)
        Each unit with its seat's distance in km, by distance then name.
    """
    found = _seated_near(countries, lat, lon, km)
    return sorted(found, key=lambda item: (item[0], item[1].name, item[1].region))


def _seated_near(
    countries: Iterable[str], lat: float, lon: float, km: float
) -> list[tuple[float, District]]:
    """Units of ``countries`` seated within ``km`` of a point, with distances, in table order."""
    # Degrees of latitude bound the search first; km_between is exact after.
    band = km / 111.0
    found = []
    for country in dict.fromkeys(c.upper() for c in countries):
        for unit in _seated_in(country):
            if unit.lat is None or unit.lon is None or abs(unit.lat - lat) > band:
                continue
            distance = km_between(unit.lat, unit.lon, lat, lon)
            if distance <= km:
                found.append((distance, unit))
    return found


@lru_cache(maxsize=1)
def _regions_table(
    path: Path = REGIONS_WITHOUT_OUTLINE_FILE,
) -> Mapping[str, tuple[District, ...]]:
    # The same columns, the region's own ISO 3166-2 code in place of its holder's.
    with path.open(encoding="utf-8") as handle:
        next(handle)  # header
        return _UnitsByKey(handle)


def regions_without_outline_named(
    keys: Iterable[str], countries: Iterable[str] = ()
) -> list[District]:
    """Admin-1 units the outlines lack, bearing the first of ``keys`` any of them bears.

    Parameters
    ----------
    keys : iterable of str
        Lookup keys, most literal first (as for :func:`districts_named`).
    countries : iterable of str, optional
        ISO alpha-2 codes the unit must be in; empty for anywhere.

    Returns
    -------
    list of District
        ``region`` holds the unit's own ISO 3166-2 code, ``lat``/``lon`` the middle of
        its towns and ``reach_km`` the radius of a circle of about its size.
    """
    return _first_named(_regions_table(), keys, countries)


def region_without_outline_forms(country: str) -> tuple[tuple[str, District], ...]:
    """Every ``(key, unit)`` of the admin-1 units the outlines lack in one country, for
    comparing spellings (as :func:`district_forms` for the units below admin-1)."""
    prefix = f"{country.upper()}\t"
    return tuple(
        (key, _unit(line)) for key, line in _regions_table().lines() if line.startswith(prefix)
    )


@lru_cache(maxsize=1)
def region_without_outline_names() -> dict[str, str]:
    """The name of each admin-1 unit the outlines lack, by its ISO 3166-2 code.

    Returns
    -------
    dict of str to str
        ``{"KE-24": "Mandera", ...}``: the unit's name as the table gives it.
    """
    names: dict[str, str] = {}
    # The table the lookups read, read once for both (its rows, not its units).
    for _, line in _regions_table().lines():
        unit = _unit(line)  # ``region`` holds the unit's own code in this table
        names.setdefault(unit.region, unit.name)
    return names
