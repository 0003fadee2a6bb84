"""The offline gazetteer: settlements, admin-1 regions, countries and border crossings.

The data (``data/gazetteer/gazetteer.pack``, built by ``scripts/build_gazetteer.py``)
holds one column per attribute and an index from the normalised key of every name form
(:func:`bordermap.geo.places.names.normalise`) to the places that bear it, stored as packed
arrays (:mod:`bordermap.geo.packed`) that load without parsing, with no Python object
per key or place until it is found: a lookup is one normalisation and a binary search
in the sorted keys.  Loading is done once per
process (:func:`load_gazetteer` caches).

Crossings (kind ``"crossing"``) are border crossings and checkpoints from
``data/crossings/crossings.csv``.  A crossing lies on the border of two countries:
:attr:`Place.countries` holds both (``country`` is the first), :attr:`Place.border` the
sorted pair as ``"PL-UA"``, and :attr:`Place.located` says whether its point is the
checkpoint itself (``"crossing"``) or the settlement beside it (``"settlement"``).  A
crossing's name is often a town's name too ("Medyka"), so ask for the kind you mean::

    gaz.lookup_key("medyka", kinds=("crossing",))        # the Medyka-Shehyni crossing
    gaz.lookup_key("medyka", kinds=("settlement",))      # the village
    gaz.lookup("Shehyni", kinds=("crossing",), countries=["UA"])  # either side matches

Settlements from ``data/gazetteer/villages.tsv`` (border villages GeoNames ``cities500``
lacks) carry ``located == "village"`` (:data:`VILLAGE`): their size is unknown, so
they are never weighed by population against a namesake (see
:mod:`bordermap.geo.places.disambiguation`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

import bordermap.data
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import PackedFile, pack
from bordermap.geo.places.arabic_letters import WRITTEN_IN_ARABIC_LETTERS, other_spellings
from bordermap.geo.places.names import normalise

__all__ = [
    "FORMAT_VERSION",
    "GAZETTEER_FILE",
    "KINDS",
    "VILLAGE",
    "Gazetteer",
    "Place",
    "load_gazetteer",
    "pack_document",
]

#: Version of the file layout; the build script writes it, the loader checks it.
FORMAT_VERSION = 2
GAZETTEER_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "gazetteer.pack"
#: What a gazetteer entry can be.
KINDS: tuple[str, ...] = ("settlement", "region", "country", "crossing")
#: What the point of a crossing is: the checkpoint itself, or the settlement beside it;
#: for a settlement of the villages table, :data:`VILLAGE`.
LOCATED: tuple[str, ...] = ("", "crossing", "settlement", "village")
#: ``Place.located`` of a settlement from ``data/gazetteer/villages.tsv`` (size unknown).
VILLAGE = "village"
_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "population")
# Slavic adjectives decline and, in compounds, take "-o": "латвийский", "латвийская",
# "латвийско-белорусская граница", "polsko-białoruska".  Their stems ("latviysk")
# meet where the full forms do not.
_ADJECTIVE_ENDING = re.compile(r"sk(?:iy|ij|yi|yy|aya|aja|oe|oye|o|i|a|ie|y|e)$")
#: "And" between the two names of a unit ("जम्मू और कश्मीर", Jammu and Kashmir) as Hindi
#: keys write it.  Not English "and": "Sistan-Baluchestan" is read by the spelling
#: rules of the resolver, and a region found here outranks the town beside it.
_AND_WORDS = (" और ",)
#: Packed coordinates are integers of 1e-5 degrees.
_SCALE = 10**5
#: Keys per block of the index (see ``_KeyIndex``).
_BLOCK = 32
#: Key positions an index keeps once found (a few MB); past this it starts afresh.
_POSITIONS_KEPT = 200_000
#: Answers of :meth:`Gazetteer.lookup_key` (before its filters) and of
#: :meth:`Gazetteer.country_code` a gazetteer keeps; past this it starts afresh.  The
#: resolver asks the same few keys over and over while it reads one text (a shard of
#: the field phrases: 265,000 look-ups of 57,600 keys, 113,000 country words of 22,500).
_ANSWERS_KEPT = 100_000
#: Separator of the strings packed in one blob (never part of a name or key).
_SEP = "\n"


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
        Population (0 when unknown or for regions and crossings).
    countries : tuple of str
        For a crossing, the two countries it joins (``country`` first); otherwise
        ``(country,)``.
    located : str
        For a crossing, ``"crossing"`` when its point is the checkpoint itself and
        ``"settlement"`` when it is the settlement beside it; :data:`VILLAGE` for a
        settlement of the villages table (its population is unknown, not 0); ``""``
        otherwise.
    """

    ident: int
    name: str
    kind: str
    country: str
    admin1_code: str | None
    lat: float
    lon: float
    population: int
    countries: tuple[str, ...] = ()
    located: str = ""

    @property
    def border(self) -> str | None:
        """The sorted pair of a crossing's countries, e.g. ``"PL-UA"``; None otherwise."""
        if self.kind != "crossing" or len(self.countries) != 2:
            return None
        a, b = sorted(self.countries)
        return f"{a}-{b}"


class _Strings:
    """Strings packed in one UTF-8 blob, separated by :data:`_SEP`, decoded on access."""

    def __init__(self, blob: np.ndarray) -> None:
        self._bytes = blob.tobytes()
        ends = np.flatnonzero(blob == ord(_SEP))
        count = len(ends) + 1 if len(blob) else 0
        self._ends = np.append(ends, len(blob)) if count else ends
        self._starts = np.concatenate([[0], ends + 1]) if count else ends

    def __len__(self) -> int:
        return len(self._starts)

    def raw(self, i: int) -> bytes:
        return self._bytes[self._starts[i] : self._ends[i]]

    def __getitem__(self, i: int) -> str:
        return self.raw(i).decode("utf-8")

    def span(self, first: int, last: int) -> bytes:
        """Strings ``first`` to ``last`` (inclusive) as they are packed, separators kept."""
        return self._bytes[self._starts[first] : self._ends[last]]


class _KeyIndex:
    """Normalised key -> row numbers, by binary search in the sorted keys.

    The keys are cut in blocks of :data:`_BLOCK`; only the first key of each block is a
    Python string at load time (the "fences", stored as one blob beside the byte offset
    of each block, so loading neither scans the 10 MB of keys for separators nor makes
    an object per key).  A lookup bisects the fences, decodes the one block of keys the
    key can be in and bisects that.
    """

    def __init__(
        self,
        keys: np.ndarray,
        ends: np.ndarray,
        postings: np.ndarray,
        blocks: np.ndarray | None = None,
        fences: np.ndarray | None = None,
    ) -> None:
        self._blob = keys
        self._strings: _Strings | None = None
        self._count = len(ends)
        if blocks is None or fences is None or len(blocks) != -(-self._count // _BLOCK) + 1:
            # A file written before the blocks were stored: cut them here.
            blocks, fences = _key_blocks(self._all_keys())
        self._fences = fences.tobytes().decode("utf-8").split(_SEP) if len(fences) else []
        self._blocks = blocks.tolist()
        self._ends = ends
        self._postings = postings
        # Positions of keys already looked up: the index never changes, and a run asks
        # for the same keys again and again (each reading of a text tries its words).
        self._positions: dict[str, int] = {}

    def _all_keys(self) -> _Strings:
        """Every key, found by its separators (on first use: only iterating needs them)."""
        if self._strings is None:
            self._strings = _Strings(self._blob)
        return self._strings

    def _position(self, key: str) -> int:
        position = self._positions.get(key)
        if position is None:
            if len(self._positions) >= _POSITIONS_KEPT:
                self._positions.clear()
            position = self._positions[key] = self._find_position(key)
        return position

    def _find_position(self, key: str) -> int:
        block = bisect.bisect_right(self._fences, key) - 1
        if block < 0:
            return -1
        first = block * _BLOCK
        raw = self._blob[self._blocks[block] : self._blocks[block + 1] - 1].tobytes()
        members = raw.decode("utf-8").split(_SEP)
        j = bisect.bisect_left(members, key)
        return first + j if j < len(members) and members[j] == key else -1

    def get(self, key: str, default: Sequence[int] = ()) -> Sequence[int]:
        j = self._position(key)
        if j < 0:
            return default
        start = int(self._ends[j - 1]) if j else 0
        return self._postings[start : int(self._ends[j])].tolist()

    def __contains__(self, key: str) -> bool:
        return self._position(key) >= 0

    def postings(self) -> tuple[np.ndarray, np.ndarray]:
        """Every posting as two columns: the number of the key it is filed under, and
        the row it names."""
        numbers = np.repeat(np.arange(self._count), np.diff(self._ends, prepend=0))
        return numbers, np.asarray(self._postings)

    def key(self, number: int) -> str:
        return self._all_keys()[number]

    def keys_numbered(self, numbers: np.ndarray) -> list[str]:
        """The keys of ``numbers``, as :meth:`key` gives each, decoded in one pass."""
        strings = self._all_keys()
        packed = strings._bytes
        return [
            packed[start:end].decode("utf-8")
            for start, end in zip(
                strings._starts[numbers].tolist(), strings._ends[numbers].tolist(), strict=True
            )
        ]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        keys = self._all_keys()
        return (keys[i] for i in range(self._count))


def _key_blocks(keys: _Strings) -> tuple[np.ndarray, np.ndarray]:
    """The byte offset of each block's first key (and, last, the blob's length plus one,
    as if a separator ended it), and the blocks' first keys as one blob."""
    count = len(keys)
    firsts = range(0, count, _BLOCK)
    starts = [int(keys._starts[i]) for i in firsts]
    end = int(keys._ends[-1]) + 1 if count else 0
    fences = _SEP.join(keys[i] for i in firsts).encode("utf-8")
    return (
        np.asarray([*starts, end], dtype="<u4"),
        np.frombuffer(fences, dtype=np.uint8),
    )


def _check(document: Mapping) -> None:
    if document.get("format") != FORMAT_VERSION:
        raise GeometryDataError(
            f"gazetteer format {document.get('format')!r} is not {FORMAT_VERSION}; "
            "rebuild it with `make data`"
        )
    missing = [c for c in _COLUMNS if c not in document.get("places", {})]
    if missing:
        raise GeometryDataError(f"gazetteer lacks column(s) {missing}; rebuild it")


def _arrays(document: Mapping) -> tuple[dict, dict[str, np.ndarray]]:
    """The metadata and arrays that store a gazetteer document."""
    places = document["places"]
    count = len(places["name"])
    country_b = places.get("country_b") or [""] * count
    located = places.get("located") or [""] * count
    codes = sorted({"", *places["country"], *country_b})
    admin1_codes = sorted({"", *places["admin1"]})
    index = document["index"]
    keys = sorted(index)
    for text in (*places["name"], *keys):
        if _SEP in text:
            raise GeometryDataError(f"name or key {text!r} holds a line break")
    postings = [list(index[k]) for k in keys]

    def positions(values: Iterable[str], table: Sequence[str], dtype: str) -> np.ndarray:
        where = {v: i for i, v in enumerate(table)}
        try:
            return np.array([where[v] for v in values], dtype=dtype)
        except KeyError as err:
            raise GeometryDataError(f"gazetteer: unknown value {err.args[0]!r}") from None

    def blob(texts: Iterable[str]) -> np.ndarray:
        return np.frombuffer(_SEP.join(texts).encode("utf-8"), dtype=np.uint8)

    def scaled(values: Sequence[float]) -> np.ndarray:
        return np.round(np.asarray(values, dtype=np.float64) * _SCALE).astype("<i4")

    arrays = {
        "name": blob(places["name"]),
        "kind": positions(places["kind"], KINDS, "u1"),
        "country": positions(places["country"], codes, "<u2"),
        "country_b": positions(country_b, codes, "<u2"),
        "admin1": positions(places["admin1"], admin1_codes, "<u2"),
        "lat": scaled(places["lat"]),
        "lon": scaled(places["lon"]),
        "population": np.asarray(places["population"], dtype="<u4"),
        "located": positions(located, LOCATED, "u1"),
        "keys": blob(keys),
        "key_ends": np.cumsum([len(p) for p in postings], dtype=np.int64).astype("<u4"),
        "postings": np.asarray([i for p in postings for i in p], dtype="<u4"),
    }
    arrays["key_blocks"], arrays["key_fences"] = _key_blocks(_Strings(arrays["keys"]))
    meta = {
        "format": FORMAT_VERSION,
        "kinds": list(KINDS),
        "located": list(LOCATED),
        "codes": codes,
        "admin1_codes": admin1_codes,
        "adjectives": dict(sorted(document["adjectives"].items())),
        "common_words": sorted(document.get("common_words", ())),
        "sources": dict(sorted(document.get("sources", {}).items())),
    }
    return meta, arrays


class Gazetteer:
    """Look up places by name in a loaded gazetteer.

    Parameters
    ----------
    document : dict
        A gazetteer as plain data: ``format`` (:data:`FORMAT_VERSION`), ``places`` (one
        list per column: ``name``, ``kind``, ``country``, ``admin1`` (``""`` when
        unknown), ``lat``, ``lon``, ``population``, and for crossings ``country_b`` and
        ``located``), ``index`` (normalised key -> row numbers), ``adjectives`` (key ->
        ISO alpha-2), optionally ``common_words`` and ``sources``.
        :func:`load_gazetteer` reads the shipped packed file instead, and
        :func:`pack_document` writes one.

    Raises
    ------
    GeometryDataError
        If the document is not a gazetteer of :data:`FORMAT_VERSION`.
    """

    def __init__(self, document: Mapping) -> None:
        _check(document)
        meta, arrays = _arrays(document)
        self._setup(meta, arrays.__getitem__, arrays.__contains__)

    @classmethod
    def from_packed(cls, packed: PackedFile) -> Gazetteer:
        """Build a gazetteer from a file written by :func:`pack_document`.

        Raises
        ------
        GeometryDataError
            If the file is of another format version.
        """
        _check({"format": packed.meta.get("format"), "places": dict.fromkeys(_COLUMNS)})
        gazetteer = cls.__new__(cls)
        gazetteer._setup(packed.meta, packed.array, packed.__contains__)
        return gazetteer

    def _setup(
        self,
        meta: Mapping,
        array: Callable[[str], np.ndarray],
        has: Callable[[str], bool],
    ) -> None:
        self._names = _Strings(array("name"))
        self._kinds: tuple[str, ...] = tuple(meta["kinds"])
        self._kind = array("kind")
        self._codes: list[str] = list(meta["codes"])
        self._country = array("country")
        self._country_b = array("country_b")
        self._admin1_codes: list[str] = list(meta["admin1_codes"])
        self._admin1 = array("admin1")
        self._lat = array("lat")
        self._lon = array("lon")
        self._population = array("population")
        self._located_values: list[str] = list(meta["located"])
        self._located = array("located")
        self._index = _KeyIndex(
            array("keys"),
            array("key_ends"),
            array("postings"),
            *((array("key_blocks"), array("key_fences")) if has("key_blocks") else ()),
        )
        self._adjectives: dict[str, str] = dict(meta["adjectives"])
        self._adjective_stems = {_adjective_stem(k): v for k, v in self._adjectives.items()}
        self.sources: dict[str, str] = dict(meta.get("sources", {}))
        #: Keys of ordinary words that are also some town's name ("forest").
        self.common_words: frozenset[str] = frozenset(meta.get("common_words", ()))
        self._kind_code = {kind: i for i, kind in enumerate(self._kinds)}
        self._country_code = {code: i for i, code in enumerate(self._codes)}
        countries = np.flatnonzero(self._kind == self._kind_code.get("country", -1))
        self._countries = {self._codes[self._country[i]]: int(i) for i in countries}
        regions = np.flatnonzero(self._kind == self._kind_code.get("region", -1))
        self._regions = {self._admin1_codes[self._admin1[i]]: int(i) for i in regions}
        # Places are immutable: each is made once, when first found.
        self._places: dict[int, Place] = {}
        # For comparing spellings (forms_of): made on first use only, not at load.
        self._postings: tuple[np.ndarray, ...] | None = None
        self._forms: dict[tuple[str, str], list[tuple[str, int]]] = {}
        # Pure functions of a key over immutable tables: kept (see _ANSWERS_KEPT).
        self._found_by_key: dict[str, tuple[Place, ...]] = {}
        self._code_by_text: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self._names)

    def rows_of_country(self, country: str, *, kind: str) -> list[int]:
        """Rows of every entry of ``kind`` in ``country`` (ISO alpha-2), in row order."""
        code, kind_code = self._country_code.get(country), self._kind_code.get(kind)
        if code is None or kind_code is None:
            return []
        rows = np.flatnonzero((self._country == code) & (self._kind == kind_code))
        return rows.tolist()

    def place(self, ident: int) -> Place:
        """Return the entry in row ``ident``."""
        found = self._places.get(ident)
        if found is not None:
            return found
        if not 0 <= ident < len(self._names):
            raise IndexError(f"no gazetteer row {ident}")
        country = self._codes[self._country[ident]]
        other = self._codes[self._country_b[ident]]
        place = Place(
            ident,
            self._names[ident],
            self._kinds[self._kind[ident]],
            country,
            self._admin1_codes[self._admin1[ident]] or None,
            int(self._lat[ident]) / _SCALE,
            int(self._lon[ident]) / _SCALE,
            int(self._population[ident]),
            (country, other) if other else (country,),
            self._located_values[self._located[ident]],
        )
        self._places[ident] = place
        return place

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
            Keep only these kinds (see :data:`KINDS`); every kind when omitted.
        countries : iterable of str, optional
            Keep only entries in these ISO alpha-2 countries (a crossing is in both of
            its countries).

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
        """Like :meth:`lookup` for a key that is already normalised.

        ``lookup_key(key, kinds=("crossing",))`` finds border crossings only; see the
        module docstring.
        """
        kept = self._found_by_key.get(key)
        if kept is None:
            kept = self._found_unfiltered(key)
            if len(self._found_by_key) >= _ANSWERS_KEPT:
                self._found_by_key.clear()
            self._found_by_key[key] = kept
        found = list(kept)
        if kinds is not None:
            kind_set = frozenset(kinds)
            found = [p for p in found if p.kind in kind_set]
        if countries is not None:
            country_set = frozenset(countries)
            found = [p for p in found if not country_set.isdisjoint(p.countries)]
        return found

    def _found_unfiltered(self, key: str) -> tuple[Place, ...]:
        """The entries of ``key``, else of its other Arabic spellings, else the "X और Y"
        unit it may shorten: :meth:`lookup_key` before its kinds and countries."""
        found = [self.place(i) for i in self._index.get(key, ())]
        if not found:
            found = self._in_other_spelling(key)
        if not found:
            found = self._pair_without_and(key)
        return tuple(found)

    def _in_other_spelling(self, key: str) -> list[Place]:
        """The places of a country written in Arabic letters that a key finds with its
        kafs and yehs as the other orthography writes them: "کیش" of a Persian report
        is Kish, which GeoNames spells "كيش" only.  Elsewhere such a form is a foreign
        exonym ("رمیش", Remich), never the place an Arabic "رميش" (Rmeish) means."""
        for spelling in other_spellings(key):
            found = [
                place
                for place in (self.place(i) for i in self._index.get(spelling, ()))
                if not WRITTEN_IN_ARABIC_LETTERS.isdisjoint(place.countries)
            ]
            if found:
                return found
        return []

    def _pair_without_and(self, key: str) -> list[Place]:
        """The region or country "X और Y" (X and Y) that a Hindi key of two words "X Y"
        finds: a report writes "जम्मू-कश्मीर" (Jammu-Kashmir) for GeoNames' "जम्मू और
        कश्मीर".  Only such units are taken: a pair of names that is a unit's is never
        two towns."""
        words = key.split(" ")
        if len(words) != 2 or not all(words):
            return []
        for joined in _AND_WORDS:
            found = [
                place
                for place in (self.place(i) for i in self._index.get(joined.join(words), ()))
                if place.kind in ("region", "country")
            ]
            if found:
                return found
        return []

    def keys(self) -> Iterator[str]:
        """Every normalised key of the index, in no particular order."""
        return iter(self._index)

    def forms_of(self, kind: str, country: str) -> list[tuple[str, int]]:
        """Every name form (lookup key) of the entries of one kind in one country.

        For comparing spellings against a small set (a country's regions or crossings;
        a crossing counts in both of its countries).  Made once per kind and country.

        Returns
        -------
        list of (str, int)
            ``(key, row)``, in key order.
        """
        found = self._forms.get((kind, country))
        if found is not None:
            return found
        if self._postings is None:
            numbers, rows = self._index.postings()
            # Each posting's kind and countries, taken once for every kind and country.
            self._postings = (
                numbers,
                rows,
                self._kind[rows],
                self._country[rows],
                self._country_b[rows],
            )
        numbers, rows, kinds, countries, countries_b = self._postings
        code = self._country_code.get(country, -1)
        in_country = (countries == code) | (countries_b == code)
        wanted = np.flatnonzero((kinds == self._kind_code.get(kind, -1)) & in_country)
        found = list(
            zip(self._index.keys_numbered(numbers[wanted]), rows[wanted].tolist(), strict=True)
        )
        self._forms[(kind, country)] = found
        return found

    def settlements(self, min_population: int = 0) -> tuple[np.ndarray, ...]:
        """Every settlement of at least ``min_population``, as columns.

        For maps that name towns by area without making a :class:`Place` of each row.

        Returns
        -------
        ident, lat, lon, population : ndarray
            Row numbers (in row order), and their :meth:`place` values.
        """
        kind = self._kind_code.get("settlement", -1)
        rows = np.flatnonzero((self._kind == kind) & (self._population >= min_population))
        return (
            rows,
            self._lat[rows].astype(np.float64) / _SCALE,
            self._lon[rows].astype(np.float64) / _SCALE,
            self._population[rows].astype(np.int64),
        )

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
        try:
            return self._code_by_text[text]
        except KeyError:
            pass
        code = self._country_code_of(text)
        if len(self._code_by_text) >= _ANSWERS_KEPT:
            self._code_by_text.clear()
        self._code_by_text[text] = code
        return code

    def _country_code_of(self, text: str) -> str | None:
        """:meth:`country_code` worked out afresh."""
        key = normalise(text)
        stripped = text.strip()
        if len(stripped) == 2 and stripped.isupper() and stripped in self._countries:
            return stripped
        if key in self._adjectives:
            return self._adjectives[key]
        found = {p.country for p in self.lookup_key(key, kinds=("country",))}
        if len(found) == 1:
            return found.pop()
        return None if found else self._adjective_stems.get(_adjective_stem(key))


def pack_document(document: Mapping) -> bytes:
    """Pack a gazetteer document (see :class:`Gazetteer`) into the shipped file format.

    Parameters
    ----------
    document : mapping
        As accepted by :class:`Gazetteer`.

    Returns
    -------
    bytes
        Identical for identical documents.

    Raises
    ------
    GeometryDataError
        If the document is not a gazetteer of :data:`FORMAT_VERSION`.
    """
    _check(document)
    meta, arrays = _arrays(document)
    return pack(meta, arrays, codec="zstd")


def _read(path: Path) -> Gazetteer:
    try:
        packed = PackedFile.read(path)
    except FileNotFoundError as err:
        raise GeometryDataError(
            f"{path}: gazetteer file missing; run `make data` to build it"
        ) from err
    except (OSError, GeometryDataError) as err:
        raise GeometryDataError(f"{path}: cannot read the gazetteer: {err}") from err
    try:
        return Gazetteer.from_packed(packed)
    except GeometryDataError:
        raise
    except (KeyError, ValueError, TypeError) as err:
        raise GeometryDataError(f"{path}: cannot read the gazetteer: {err!r}") from err


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
    return _read(Path(path))
