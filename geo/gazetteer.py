"""The offline gazetteer: settlements, admin-1 regions and countries by any name form.

The data (``data/gazetteer/gazetteer.json.gz``, built by ``scripts/build_gazetteer.py``)
holds one column per attribute and an index from the normalised key of every name form
(:func:`bordermap.geo.names.normalise`) to the places that bear it, so a lookup is one
normalisation and one dict access.  Loading is done once per process
(:func:`load_gazetteer` caches).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.names import normalise

__all__ = [
    "FORMAT_VERSION",
    "GAZETTEER_FILE",
    "KINDS",
    "Gazetteer",
    "Place",
    "load_gazetteer",
]

#: Version of the file layout; the build script writes it, the loader checks it.
FORMAT_VERSION = 1
GAZETTEER_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "gazetteer.json.gz"
#: What a gazetteer entry can be.
KINDS: tuple[str, ...] = ("settlement", "region", "country")
_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "population")
# Slavic adjectives decline and, in compounds, take "-o": "латвийский", "латвийская",
# "латвийско-белорусская граница", "polsko-białoruska".  Their stems ("latviysk")
# meet where the full forms do not.
_ADJECTIVE_ENDING = re.compile(r"sk(?:iy|ij|yi|yy|aya|aja|oe|oye|o|i|a|ie|y|e)$")


def _adjective_stem(key: str) -> str:
    return _ADJECTIVE_ENDING.sub("sk", key)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    Attributes
    ----------
    ident : int
        Row number in the gazetteer (stable for one data file).
    name : str
        Preferred name (GeoNames / Natural Earth).
    kind : str
        One of :data:`KINDS`.
    country : str
        ISO 3166-1 alpha-2 code.
    admin1_code : str or None
        ISO 3166-2 code of the admin-1 region, where known.
    lat, lon : float
        Representative point, EPSG:4326.
    population : int
        Population (0 when unknown or for regions).
    """

    ident: int
    name: str
    kind: str
    country: str
    admin1_code: str | None
    lat: float
    lon: float
    population: int


class Gazetteer:
    """Look up places by name in a loaded gazetteer document.

    Parameters
    ----------
    document : dict
        The decoded gazetteer file (see ``scripts/build_gazetteer.py``).

    Raises
    ------
    GeometryDataError
        If the document is not a gazetteer of :data:`FORMAT_VERSION`.
    """

    def __init__(self, document: dict) -> None:
        if document.get("format") != FORMAT_VERSION:
            raise GeometryDataError(
                f"gazetteer format {document.get('format')!r} is not {FORMAT_VERSION}; "
                "rebuild it with `make data`"
            )
        places = document["places"]
        missing = [c for c in _COLUMNS if c not in places]
        if missing:
            raise GeometryDataError(f"gazetteer lacks column(s) {missing}; rebuild it")
        self._name = places["name"]
        self._kind = places["kind"]
        self._country = places["country"]
        self._admin1 = places["admin1"]
        self._lat = places["lat"]
        self._lon = places["lon"]
        self._population = places["population"]
        self._index: dict[str, list[int]] = document["index"]
        self._adjectives: dict[str, str] = document["adjectives"]
        self._adjective_stems = {_adjective_stem(k): v for k, v in self._adjectives.items()}
        self.sources: dict[str, str] = dict(document.get("sources", {}))
        #: Keys of ordinary words that are also some town's name ("forest").
        self.common_words: frozenset[str] = frozenset(document.get("common_words", ()))
        self._countries = {
            self._country[i]: i for i, kind in enumerate(self._kind) if kind == "country"
        }
        self._regions = {
            self._admin1[i]: i for i, kind in enumerate(self._kind) if kind == "region"
        }

    def __len__(self) -> int:
        return len(self._name)

    def place(self, ident: int) -> Place:
        """Return the entry in row ``ident``."""
        return Place(
            ident,
            self._name[ident],
            self._kind[ident],
            self._country[ident],
            self._admin1[ident] or None,
            self._lat[ident],
            self._lon[ident],
            self._population[ident],
        )

    def lookup(
        self,
        name: str,
        *,
        kinds: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> list[Place]:
        """Return every entry one of whose name forms has the key of ``name``.

        Parameters
        ----------
        name : str
            A name in any case, script or transliteration.
        kinds : iterable of str, optional
            Keep only these kinds (see :data:`KINDS`).
        countries : iterable of str, optional
            Keep only entries in these ISO alpha-2 countries.

        Returns
        -------
        list of Place
            In gazetteer order; empty when nothing matches.
        """
        return self.lookup_key(normalise(name), kinds=kinds, countries=countries)

    def lookup_key(
        self,
        key: str,
        *,
        kinds: Iterable[str] | None = None,
        countries: Iterable[str] | None = None,
    ) -> list[Place]:
        """Like :meth:`lookup` for a key that is already normalised."""
        idents = self._index.get(key, ())
        kind_set = frozenset(kinds) if kinds is not None else None
        country_set = frozenset(countries) if countries is not None else None
        return [
            self.place(i)
            for i in idents
            if (kind_set is None or self._kind[i] in kind_set)
            and (country_set is None or self._country[i] in country_set)
        ]

    def country(self, iso_a2: str) -> Place | None:
        """Return the country entry of an ISO alpha-2 code, or None."""
        ident = self._countries.get(iso_a2.upper())
        return None if ident is None else self.place(ident)

    def region(self, code: str) -> Place | None:
        """Return the admin-1 entry of an ISO 3166-2 code, or None."""
        ident = self._regions.get(code.upper())
        return None if ident is None else self.place(ident)

    def country_code(self, text: str) -> str | None:
        """Return the ISO alpha-2 code that a country name, code or adjective denotes.

        Parameters
        ----------
        text : str
            "Latvia", "Латвия", "Latvian" or "LV".

        Returns
        -------
        str or None
            None when ``text`` names no country.
        """
        key = normalise(text)
        stripped = text.strip()
        if len(stripped) == 2 and stripped.isupper() and stripped in self._countries:
            return stripped
        if key in self._adjectives:
            return self._adjectives[key]
        found = {self._country[i] for i in self._index.get(key, ()) if self._kind[i] == "country"}
        if len(found) == 1:
            return found.pop()
        return None if found else self._adjective_stems.get(_adjective_stem(key))


def _read(path: Path) -> dict:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError as err:
        raise GeometryDataError(
            f"{path}: gazetteer file missing; run `make data` to build it"
        ) from err
    except (OSError, EOFError, ValueError) as err:
        raise GeometryDataError(f"{path}: cannot read the gazetteer: {err}") from err


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_FILE) -> Gazetteer:
    """Load the gazetteer once per process.

    Parameters
    ----------
    path : Path, optional
        A gazetteer file; the one shipped with bordermap by default.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GeometryDataError
        If the file is missing, unreadable or of another format version.
    """
    return Gazetteer(_read(Path(path)))
