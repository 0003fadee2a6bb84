"""The answer to "where is this place?": :class:`PlaceResult` and its candidates.

One result type serves the CLI (``to_json``), the resolver and the geopy interface
(``to_raw``, the ``Location.raw`` contract shared by every geocoder of the chain).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from bordermap.geo.schema import PRECISIONS, RESOLVE_STATUSES

__all__ = ["Candidate", "Geocode", "PlaceResult", "noted_reading"]


@dataclass(frozen=True)
class Candidate:
    """One place a name may mean, reported when the choice is not made."""

    name: str
    country: str | None
    admin1_code: str | None
    lat: float
    lon: float
    precision: str
    population: int

    def to_json(self) -> dict:
        """Return the candidate as a JSON-ready dict."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1_code": self.admin1_code,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "population": self.population,
        }


@dataclass(frozen=True)
class PlaceResult:
    """Where a place text was found, how exactly, and what else it might be.

    Attributes
    ----------
    query : str
        The text as given.
    status : str
        ``resolved``, ``ambiguous`` (``candidates`` lists the options; the other
        fields describe the most populous, never used as if chosen) or
        ``unresolved`` (every other field None, ``candidates`` possibly listing
        places the name matched outside the asked country).
    name : str or None
        Name of the place found ("Vitebsk", "Belarus–Latvia border").
    country : str or None
        ISO alpha-2 code (None for a border between two countries).
    admin1_code : str or None
        ISO 3166-2 code of the admin-1 region.
    lat, lon : float or None
        Representative point.
    precision : str or None
        One of :data:`bordermap.geo.schema.PRECISIONS`.
    geometry : shapely geometry or None
        The extent: point, border line or polygon.
    uncertainty_km : float or None
        Radius of doubt around the point ("near X": 25 km).
    source : str
        Which geocoder answered ("gazetteer").
    candidates : tuple of Candidate
        The options when ambiguous (or the near misses when unresolved).
    coarsened : bool
        True when the text names a place the gazetteer does not know and the answer
        is the unit or border that the text says contains it ("the village of X in
        Y Oblast" → Y Oblast), at that unit's own precision.
    note : str
        Why the answer is what it is, in words, when that is not obvious: what a
        coarsened answer stands in for, or why candidates were refused ("found only
        outside the event's country FI: Svetogorsk (RU)").
    """

    query: str
    status: str
    name: str | None = None
    country: str | None = None
    admin1_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geometry: BaseGeometry | None = None
    uncertainty_km: float | None = None
    source: str = "gazetteer"
    candidates: tuple[Candidate, ...] = ()
    coarsened: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        if self.status not in RESOLVE_STATUSES:
            raise ValueError(f"status must be one of {RESOLVE_STATUSES} (got {self.status!r})")
        if self.precision is not None and self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS} (got {self.precision!r})")

    def as_candidate(self) -> Candidate:
        """This answer as a candidate of another (a refused or one of several places)."""
        return Candidate(
            name=self.name or "",
            country=self.country,
            admin1_code=self.admin1_code,
            lat=self.lat if self.lat is not None else 0.0,
            lon=self.lon if self.lon is not None else 0.0,
            precision=self.precision or "country",
            population=0,
        )

    def to_json(self) -> dict:
        """Return the JSON object ``bordermap geocode --json`` prints for the result."""
        return {
            "query": self.query,
            "status": self.status,
            "name": self.name,
            "country": self.country,
            "admin1_code": self.admin1_code,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
            "uncertainty_km": self.uncertainty_km,
            "geometry": None if self.geometry is None else mapping(self.geometry),
            "source": self.source,
            "candidates": [c.to_json() for c in self.candidates],
            "coarsened": self.coarsened,
            "note": self.note,
        }

    def to_raw(self) -> dict:
        """Return the ``Location.raw`` mapping shared by the geocoders of the chain."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1_code": self.admin1_code,
            "precision": self.precision,
            "geometry": None if self.geometry is None else mapping(self.geometry),
            "uncertainty_km": self.uncertainty_km,
            "source": self.source,
            "status": self.status,
            "candidates": [c.to_json() for c in self.candidates],
            "coarsened": self.coarsened,
            "note": self.note,
        }


#: Answers a text with the event's countries: (text, countries) -> result; what a
#: second reading is handed to look up the words it cuts out.
Geocode = Callable[[str, tuple[str, ...]], PlaceResult]


def noted_reading(
    found: PlaceResult,
    query: str,
    note: str,
    explain: list[str] | None = None,
    **changes: object,
) -> PlaceResult:
    """A second reading's answer: ``found``, given for ``query`` as written, with ``note``
    added to its own note (and appended to ``explain``), and ``changes`` made."""
    if explain is not None:
        explain.append(note)
    joined = "; ".join(n for n in (found.note, note) if n)
    return replace(found, query=query, note=joined, **changes)
