"""The project's word tables for reading place texts, loaded once and checked on load.

Four TOML files under ``data/gazetteer/`` hold what the grammar and the resolver need
besides place names (all written by the project; see each file's header):

- ``place_words.toml``: region, district, settlement and border words, and the
  prepositions of each language (:func:`load_place_words`);
- ``demonyms.toml``: demonyms and extra names of every country (:func:`load_country_words`);
- ``border_features.toml``: named lines and border rivers (:func:`load_border_features`);
- ``inflections.toml``: case endings of nine languages (:func:`load_inflections`).

Each loader rejects a file that does not fit its schema, naming the file and the entry.
"""

from __future__ import annotations

import operator
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import bordermap.data
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.names import normalise

__all__ = [
    "BORDER_FEATURES_FILE",
    "DEMONYMS_FILE",
    "INFLECTIONS_FILE",
    "PLACE_WORDS_FILE",
    "BorderFeature",
    "CountryWords",
    "InflectionRule",
    "Language",
    "PlaceWords",
    "load_border_features",
    "load_country_words",
    "load_inflections",
    "load_place_words",
]

_DIR = Path(bordermap.data.__file__).parent / "gazetteer"
PLACE_WORDS_FILE = _DIR / "place_words.toml"
DEMONYMS_FILE = _DIR / "demonyms.toml"
COUNTRY_NAMES_FILE = _DIR / "country_names.tsv"
BORDER_FEATURES_FILE = _DIR / "border_features.toml"
INFLECTIONS_FILE = _DIR / "inflections.toml"

_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO2_BYTES = re.compile(rb"[A-Z]{2}")
_PAIR = re.compile(r"^([A-Z]{2})-([A-Z]{2})$")
_WORD_SECTIONS = ("region", "district", "settlement", "border")
_FEATURE_KINDS = ("line", "river", "lake")
# Words that make a feature's name unmistakably a river or a line, not a town.
_GENERIC = frozenset(
    {
        "river",
        "line",
        "rzeka",
        "reka",
        "joki",
        "joga",
        "jogi",
        "upe",
        "upes",
        "rud",
        "rio",
        "lake",
        "jarv",
        "jarvi",
        "ozero",
        "tso",
    }
)


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise GeometryDataError(f"{path}: cannot read the table: {err}") from err


def _strings(value: object, where: str, *, allow_empty: bool = True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GeometryDataError(f"{where}: must be a list of non-empty strings")
    if not value and not allow_empty:
        raise GeometryDataError(f"{where}: must not be empty")
    return tuple(value)


@dataclass(frozen=True)
class PlaceWords:
    """Words around place names, by role (each tuple longest first).

    Attributes
    ----------
    region, district, settlement, border : tuple of str
        The words of each role, lower-cased.
    plain_prepositions : dict of str to tuple of str
        Per language, prepositions that only introduce the place ("в", "w", "ties").
    near_prepositions : dict of str to tuple of str
        Per language, prepositions that make the place "near" ("каля", "koło", "pie").
    common : frozenset of str
        Lookup keys of ordinary words that are also some town's name ("beach").
    generic : tuple of str
        Words that title a name written inside a longer text ("Kota", "Customs",
        "Sectorului"), taken off its ends when the name is looked for.
    other_scripts : dict of str to tuple of str
        Role words of languages written without capitals, by role (``region``,
        ``district``, ``crossing``, ``near``, ``sector``, ``border``, ``generic``), as separate
        words or joined to the start of a name ("อำเภอแม่สอด").
    """

    region: tuple[str, ...]
    district: tuple[str, ...]
    settlement: tuple[str, ...]
    border: tuple[str, ...]
    plain_prepositions: dict[str, tuple[str, ...]]
    near_prepositions: dict[str, tuple[str, ...]]
    common: frozenset[str] = frozenset()
    generic: tuple[str, ...] = ()
    other_scripts: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=4)
def load_place_words(path: Path = PLACE_WORDS_FILE) -> PlaceWords:
    """Load and check ``place_words.toml``.

    Raises
    ------
    GeometryDataError
        If a section is missing or unknown, or a word list is not a list of strings.
    """
    doc = _read(path)
    unknown = set(doc) - {*_WORD_SECTIONS, "prepositions", "common", "generic", "other_scripts"}
    if unknown:
        raise GeometryDataError(f"{path}: unknown section(s) {sorted(unknown)}")
    words = {}
    for section in _WORD_SECTIONS:
        entry = doc.get(section)
        if not isinstance(entry, dict) or set(entry) != {"words"}:
            raise GeometryDataError(f"{path}: [{section}] needs exactly words = [...]")
        words[section] = _longest_first(
            _strings(entry["words"], f"{path}: {section}.words", allow_empty=False)
        )
    plain: dict[str, tuple[str, ...]] = {}
    near: dict[str, tuple[str, ...]] = {}
    for lang, entry in doc.get("prepositions", {}).items():
        where = f"{path}: prepositions.{lang}"
        if not isinstance(entry, dict) or set(entry) != {"plain", "near"}:
            raise GeometryDataError(f"{where}: needs exactly plain = [...] and near = [...]")
        plain[lang] = _longest_first(_strings(entry["plain"], f"{where}.plain"))
        near[lang] = _longest_first(_strings(entry["near"], f"{where}.near"))
    common = doc.get("common", {"words": []})
    if not isinstance(common, dict) or set(common) != {"words"}:
        raise GeometryDataError(f"{path}: [common] needs exactly words = [...]")
    common_keys = frozenset(normalise(w) for w in _strings(common["words"], f"{path}: common"))
    generic = doc.get("generic", {"words": []})
    if not isinstance(generic, dict) or set(generic) != {"words"}:
        raise GeometryDataError(f"{path}: [generic] needs exactly words = [...]")
    other = doc.get("other_scripts", {})
    roles = ("region", "district", "crossing", "near", "sector", "border", "generic")
    if not isinstance(other, dict) or set(other) - set(roles):
        raise GeometryDataError(f"{path}: [other_scripts] holds only {', '.join(roles)}")
    other_scripts = {
        role: _longest_first(_strings(other.get(role, []), f"{path}: other_scripts.{role}"))
        for role in roles
    }
    return PlaceWords(
        **words,
        other_scripts=other_scripts,
        plain_prepositions=plain,
        near_prepositions=near,
        common=common_keys,
        generic=_longest_first(_strings(generic["words"], f"{path}: generic")),
    )


@dataclass(frozen=True)
class CountryWords:
    """Demonyms and extra names of countries, by lookup key.

    Attributes
    ----------
    names : dict of str to frozenset of str
        Key of a country name ("baltarusija", "drc") → ISO alpha-2 codes.
    demonyms : dict of str to frozenset of str
        Key of a demonym or adjective ("thai", "pak", "congolese") → ISO alpha-2
        codes; a few name several countries.
    world : dict of str to (str, frozenset of str)
        Key of a country's name in one of 156 languages (``country_names.tsv``) →
        (ISO alpha-2 code, the locales that write it so).
    """

    names: dict[str, frozenset[str]]
    demonyms: dict[str, frozenset[str]]
    world: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)

    def name_codes(self, key: str) -> frozenset[str]:
        """Countries a key names as a country's name (no demonyms), any language."""
        return self.names.get(key) or self.world_codes(key)

    def codes(self, key: str, locales: frozenset[str] | None = None) -> frozenset[str]:
        """Countries a key names, as a name or as a demonym (empty when none).

        Parameters
        ----------
        key : str
            A lookup key.
        locales : frozenset of str, optional
            A key rebuilt from a case ending: the world table's names count only when
            written so in one of these locales (the declining language's own), so that
            "Kilis" read as "kili" is not Chile in Albanian.  None: the key as written,
            any language.
        """
        return self.names.get(key) or self.demonyms.get(key) or self.world_codes(key, locales)

    def world_codes(self, key: str, locales: frozenset[str] | None = None) -> frozenset[str]:
        """The country of a name of the world table, if written so in ``locales``."""
        world = self.world.get(key)
        if world is None or (locales is not None and not world[1] & locales):
            return frozenset()
        return frozenset({world[0]})


@lru_cache(maxsize=4)
def load_country_words(path: Path = DEMONYMS_FILE) -> CountryWords:
    """Load ``demonyms.toml``.

    Raises
    ------
    GeometryDataError
        If a section is unknown, a code is not ISO alpha-2 or a list is not strings.
    """
    doc = _read(path)
    unknown = set(doc) - {"demonyms", "names"}
    if unknown or "demonyms" not in doc:
        raise GeometryDataError(
            f"{path}: needs [demonyms] (and optionally [names]); unknown: {sorted(unknown)}"
        )
    found: dict[str, dict[str, frozenset[str]]] = {}
    for section in ("demonyms", "names"):
        index: dict[str, set[str]] = {}
        for code, values in doc.get(section, {}).items():
            where = f"{path}: {section}.{code}"
            if not _ISO2.match(code):
                raise GeometryDataError(f"{where}: code must be ISO alpha-2 (got {code!r})")
            for value in _strings(values, where, allow_empty=False):
                key = normalise(value)
                if key:
                    index.setdefault(key, set()).add(code)
        found[section] = {key: frozenset(codes) for key, codes in index.items()}
    world = _world_country_names(COUNTRY_NAMES_FILE, found["names"])
    return CountryWords(found["names"], found["demonyms"], world)


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes ``country_names.tsv`` lists (pycountry's table).

    Returns
    -------
    frozenset of str
    """
    # Each line's first two bytes, not the 1.7 MB decoded and cut into lines (9 ms of
    # every event file's check, for some 250 codes): the same codes whenever every line
    # is empty, a comment or starts with two capitals, one byte each in UTF-8.
    data = COUNTRY_NAMES_FILE.read_bytes()
    heads = set(map(operator.itemgetter(slice(0, 2)), data.split(b"\n")))
    codes = {head for head in heads if _ISO2_BYTES.fullmatch(head)}
    if b"\r" not in data and all(h in codes or not h or h[:1] == b"#" for h in heads):
        return frozenset(code.decode("ascii") for code in codes)
    with COUNTRY_NAMES_FILE.open(encoding="utf-8") as lines:
        return frozenset(line[:2] for line in lines if line.strip() and not line.startswith("#"))


def _world_country_names(
    path: Path, names: dict[str, frozenset[str]]
) -> dict[str, tuple[str, frozenset[str]]]:
    """Country names of every language (``country_names.tsv``): key → (code, locales).

    A key the hand-written table gives already is left to it: the table is the
    project's own reading and wins.
    """
    if not path.exists():
        raise GeometryDataError(f"{path} is missing; run `make data`")
    world: dict[str, tuple[str, frozenset[str]]] = {}
    # 15,000 lines share some 500 lists of locales: one set for each list.
    locale_sets: dict[str, frozenset[str]] = {}
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.split("\n"), 1):
        if not line or line[0] == "#":
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not _ISO2.match(fields[0]) or not fields[1]:
            raise GeometryDataError(f"{path}:{number}: needs ALPHA2<tab>key<tab>name<tab>locales")
        code, key, _, locales = fields
        if key in names:
            continue
        written = locale_sets.get(locales)
        if written is None:
            written = locale_sets[locales] = frozenset(locales.split(","))
        known = world.get(key)
        if known is not None and known[0] == code:
            # "ukrajina" is Ukraine's name in Czech and Slovak on one line and in
            # Serbian Cyrillic on another: the key is written so in all of them.
            written = written | known[1]
        world[key] = (code, written)
    return world


@dataclass(frozen=True)
class BorderFeature:
    """A named line or border river standing for one or more land borders.

    Attributes
    ----------
    name : str
        The first name form of the table ("Durand Line").
    kind : str
        ``line``, ``river`` or ``lake``.
    pairs : tuple of tuple of str
        Sorted ISO alpha-2 pairs of the borders it forms.
    generic : bool
        Whether the matched form carries a word such as "River" or "Line" (a bare
        "Evros" may also be a town or a region; "Evros River" cannot).
    stretch : bool
        Whether the feature forms its borders only along part of its course (the
        Dnieper, the Niger, the Tisza): a text naming it is on the border only when it
        says so.
    through : tuple of str
        For a ``stretch`` river, the countries whose inside it runs through (the Tisza:
        Ukraine, Hungary, Serbia); for an event of a country on one of its borders and
        not among them (Romania), its course there is the border, said or not.
    """

    name: str
    kind: str
    pairs: tuple[tuple[str, str], ...]
    generic: bool
    stretch: bool = False
    through: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_border_features(path: Path = BORDER_FEATURES_FILE) -> dict[str, BorderFeature]:
    """Load ``border_features.toml``: the lookup key of every name form → its feature.

    Raises
    ------
    GeometryDataError
        If an entry lacks names or pairs, has an unknown kind or key, or a pair that is
        not two ISO alpha-2 codes.
    """
    doc = _read(path)
    if set(doc) - {"feature"} or not isinstance(doc.get("feature"), list):
        raise GeometryDataError(f"{path}: needs [[feature]] entries and nothing else")
    index: dict[str, BorderFeature] = {}
    for number, entry in enumerate(doc["feature"], start=1):
        where = f"{path}: feature #{number}"
        optional = {"stretch", "through"}
        if not isinstance(entry, dict) or set(entry) - optional != {"kind", "names", "pairs"}:
            raise GeometryDataError(
                f"{where}: needs exactly kind, names and pairs (and stretch, through)"
            )
        if not isinstance(entry.get("stretch", False), bool):
            raise GeometryDataError(f"{where}.stretch: must be true or false")
        through = _strings(entry.get("through", []), f"{where}.through")
        if through and (not entry.get("stretch") or not all(_ISO2.match(c) for c in through)):
            raise GeometryDataError(f"{where}.through: ISO alpha-2 codes, of a stretch river")
        if entry["kind"] not in _FEATURE_KINDS:
            raise GeometryDataError(f"{where}: kind must be one of {_FEATURE_KINDS}")
        names = _strings(entry["names"], f"{where}.names", allow_empty=False)
        pairs = []
        for text in _strings(entry["pairs"], f"{where}.pairs", allow_empty=False):
            match = _PAIR.match(text)
            if not match or match[1] == match[2]:
                raise GeometryDataError(f"{where}.pairs: {text!r} is not 'AA-BB'")
            pairs.append(tuple(sorted((match[1], match[2]))))
        for form in names:
            key = normalise(form)
            key = key[4:] if key.startswith("the ") else key
            if not any(ch.isalpha() for ch in key):
                # An empty key would match every text that normalises to nothing.
                raise GeometryDataError(f"{where}.names: {form!r} gives no lookup key")
            generic = bool(_GENERIC & set(key.split()))
            index[key] = BorderFeature(
                names[0],
                entry["kind"],
                tuple(pairs),
                generic,
                entry.get("stretch", False),
                tuple(through),
            )
    return index


@dataclass(frozen=True)
class InflectionRule:
    """A key ending in ``ending`` may be the nominative ending in one of ``nominative``."""

    ending: str
    nominative: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """The case endings of one language and where its place names are.

    Attributes
    ----------
    code : str
        ISO 639-1 code ("ru", "lv").
    countries : frozenset of str
        Countries whose places this language declines: a name found only through a
        changed ending must lie in one of them.
    cues : frozenset of str
        Letters that show a Latin-script text is in this language.
    rules : tuple of InflectionRule
        Longest ending first.
    home : frozenset of str
        Countries where the language is the one reports write names in: with the
        event's country among them, its endings are tried on a text without cue
        letters ("Kybartuose", "Lappeenrannassa"), and a form so found must lie in
        the event's country.
    across : frozenset of str
        Neighbouring countries whose towns this language's reports name in its own
        cases ("Narvassa", "Komáromban"): with the event's country among them, the
        endings are tried on a Latin-script name without cue letters, for places of
        the event's country only.
    """

    code: str
    countries: frozenset[str]
    cues: frozenset[str]
    rules: tuple[InflectionRule, ...]
    home: frozenset[str] = frozenset()
    across: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_inflections(path: Path = INFLECTIONS_FILE) -> dict[str, Language]:
    """Load and check ``inflections.toml``.

    Raises
    ------
    GeometryDataError
        If a language lacks countries, cues or rules, or a rule is malformed.
    """
    doc = _read(path)
    languages = {}
    for code, entry in doc.items():
        where = f"{path}: {code}"
        if not isinstance(entry, dict) or not (
            {"countries", "cues", "rules"}
            <= set(entry)
            <= {"countries", "cues", "rules", "home", "across"}
        ):
            raise GeometryDataError(
                f"{where}: needs exactly countries, cues and rules (and optionally home"
                " and across)"
            )
        countries = _strings(entry["countries"], f"{where}.countries", allow_empty=False)
        home = _strings(entry.get("home", []), f"{where}.home")
        across = _strings(entry.get("across", []), f"{where}.across")
        bad = [c for c in (*countries, *home, *across) if not _ISO2.match(c)]
        if bad:
            raise GeometryDataError(f"{where}.countries: not ISO alpha-2: {bad}")
        rules = []
        for number, rule in enumerate(entry["rules"], start=1):
            if (
                not isinstance(rule, dict)
                or set(rule) != {"from", "to"}
                or not isinstance(rule["from"], str)
                or not rule["from"]
                or not isinstance(rule["to"], list)
                or not all(isinstance(t, str) for t in rule["to"])
            ):
                raise GeometryDataError(
                    f"{where}.rules #{number}: needs from = 'ending' and to = ['ending', ...]"
                )
            rules.append(InflectionRule(rule["from"], tuple(rule["to"])))
        rules.sort(key=lambda r: -len(r.ending))
        languages[code] = Language(
            code,
            frozenset(countries),
            frozenset(_strings(entry["cues"], f"{where}.cues")),
            tuple(rules),
            frozenset(home),
            frozenset(across),
        )
    if not languages:
        raise GeometryDataError(f"{path}: no language")
    return languages
