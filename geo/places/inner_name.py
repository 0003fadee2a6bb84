"""Finding the name inside a text the grammar could not read.

Reports wrap a place name in words no grammar can list in full: officialese
("Sectorului Poliției de Frontieră Sânnicolau Mare"), a container the tables do not know
("las bodegas en Subteniente López"), another language's descriptors ("TP Bavet"), or
a border named beside a town ("Kota Moyale, di perbatasan Ethiopia-Kenya").  When the
whole text found nothing and nothing was refused by a hint, :class:`InnerNameReading`
looks for the names written in it: runs of capitalised words (any word, in scripts
without capitals), each tried whole, then without the generic words at its ends
("Kota", "Customs", "Frontieră"; ``[generic]`` and the role words of
``place_words.toml``).  A run is never cut inside its own name: "Nuevo Progreso" is
not "Progreso", "Frankfurt (Oder)" not "Frankfurt".

The answer must be unique or nested: several places found are taken only when one of
them is a point and every other one holds it (its country, its region, a border of its
country); otherwise the text is ambiguous, with what was found.  The reading runs only
with the event's country (every look-up stays inside it) and says in its note which
words it read, so that the review file shows it; words left that look like a name
("the Armenia-Turkey “Margara” checkpoint" answered by the border) flag the answer
``coarsened``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from shapely.geometry import Point

from bordermap.geo.borders.extents import border_extent
from bordermap.geo.places.border_reading import neighbours_of
from bordermap.geo.places.disambiguation import stands_out
from bordermap.geo.places.names import normalise
from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.result import Candidate, PlaceResult
from bordermap.geo.places.scope import Scope, km_between
from bordermap.geo.places.words import load_country_words, load_place_words
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["InnerNameReading", "name_runs"]

# Lower-case words that join the words of one name ("Mato Grosso do Sul", "Santana do
# Livramento", "Frankfurt an der Oder").
_JOINERS = frozenset(
    "de del do da dos das di du des la le el al am an der den van von of".split()  # noqa: SIM905
)
_CROSSING_NOUN = re.compile(
    r"\b(?:gate|crossing|checkpoint|check\s+post|border\s+post|bridge|puente|paso|ponte|"
    r"pont|passage|poste|posto|übergang|grenzübergang|przejście|пункт|кпп)\b",
    re.IGNORECASE,
)
_BRIDGE_WORD = re.compile(r"bridge|puente|pont|ponte|brücke|most|мост\w*", re.IGNORECASE)
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")
_QUOTES = '"«»“”„‟‹›'
_EDGE_PUNCTUATION = ",.;:!?" + _QUOTES + "‘’'`"
_POINTS = ("exact", "settlement", "near")
# A name right after or before one of these words names that river, street or bridge,
# not the town: "el río Bravo", "Narva jõelt", "la place San Juan", "the Santiago bridge".
_FEATURE_WORD = re.compile(
    r"(?:river|rivers|riverbed|río|rio|ríos|rivière|fleuve|fluss|flusses|rzek\w*|рек\w*|"
    r"річ\w*|рак\w*|upė\w*|upe\w*|jõgi|jõe\w*|nehri\w*|ırmağ\w*|sông|lake|lago|lac|"
    r"jezior\w*|озер\w*|järv\w*|ezer\w*|street|road|avenue|calle|avenida|rue|chemin|"
    r"route|straße|strasse|ulic\w*|улиц\w*|вулиц\w*|iela\w*|gatv\w*|square|plaza|place|"
    r"praça|piazza|bridge|puente|pont|ponte|brücke|most\w*|мост\w*|stadium|estadio|"
    r"airport|aeropuerto|aéroport|hotel|hospital|school|mosque|church)",
    re.IGNORECASE,
)
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "o",
        "os",
        "as",
        "il",
        "lo",
        "der",
        "die",
        "das",
    ]
)
_RIVER_WORD = re.compile(
    r"river|rivers|riverbed|riverbank|río|rio|rivière|fleuve|fluss|flusses|rzek\w*|рек\w*|"
    r"річ\w*|рак\w*|upė\w*|upe\w*|jõgi|jõe\w*|nehri\w*|ırmağ\w*|sông",
    re.IGNORECASE,
)
# "d'Irun", "l'Èbre": the elided article is not part of the name.
_ELISION = re.compile(r"^(?:d|l|dell|all|nell|sull)['’](?=\w)", re.IGNORECASE)
_MAX_RUN_WORDS = 6
# A point lies beside a neighbour named with it when its border is this close (km).
_BESIDE_KM = 50.0
_KM_PER_DEGREE = 111.0
# Towns named beside a crossing are its towns when they lie this close to it (km).
_TWIN_TOWN_KM = 15.0
# A name of one word is this long at least (in letters): "Ban", "Tx" are titles.
_MIN_NAME_LETTERS = 4


def _letters(word: str) -> list[str]:
    return [c for c in word if c.isalpha()]


def _is_cased(word: str) -> bool:
    return any(c.isupper() or c.islower() for c in word)


def _looks_like_name(word: str) -> bool:
    """A capitalised word, a word in brackets ("(Oder)"), or a word of a caseless script."""
    letters = _letters(word)
    if not letters:
        return False
    if not _is_cased(word):
        return True
    return letters[0].isupper()


def _clean_word(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


@dataclass(frozen=True)
class _Run:
    words: tuple[str, ...]
    before: str  # the word before the run, lower-cased ("" at the start)
    before2: str  # the word before that
    after: str  # the word after it, lower-cased ("" at the end)


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """Words of ``text`` as (word, opens a quote, closes a clause or quote)."""
    tokens = []
    for raw in text.split():
        elided = _ELISION.match(raw.lstrip(_QUOTES + "‘"))
        if elided:
            tokens.append((elided.group(0), False, False))
            raw = raw.lstrip(_QUOTES + "‘")[elided.end() :]
        word = _clean_word(raw)
        if not word:
            continue
        opens = raw[:1] in _QUOTES + "‘'"
        closes = raw[-1:] in ",;:" + _QUOTES + "’'" and not raw.endswith(("’s", "'s"))
        tokens.append((word, opens, closes))
    return tokens


def _runs(text: str) -> list[_Run]:
    tokens = _tokens(text)
    runs: list[_Run] = []
    start = 0
    while start < len(tokens):
        word = tokens[start][0]
        if not _looks_like_name(word.lstrip("(")):
            start += 1
            continue
        end = start + 1
        while end < len(tokens) and not tokens[end - 1][2]:
            word_at = tokens[end][0]
            if tokens[end][1] or _BRACKETED_ACRONYM.fullmatch(word_at):
                break  # a quote opens, or "(LAC)" abbreviates the name before it
            if _looks_like_name(word_at.lstrip("(")):
                end += 1
                continue
            # Joiners stay inside a name when a name word follows them.
            joined = end
            while joined < len(tokens) and tokens[joined][0].lower() in _JOINERS:
                joined += 1
            if (
                joined > end
                and joined < len(tokens)
                and not tokens[joined][1]
                and (_looks_like_name(tokens[joined][0]))
            ):
                end = joined + 1
                continue
            break
        words = tuple(
            t[0].strip("()") if i == start else t[0]
            for i, t in enumerate(tokens[start:end], start)
        )
        before = tokens[start - 1][0].lower() if start else ""
        before2 = tokens[start - 2][0].lower() if start > 1 else ""
        after = tokens[end][0].lower() if end < len(tokens) else ""
        runs.append(_Run(words, before, before2, after))
        start = end
    return runs


def name_runs(text: str) -> list[list[str]]:
    """The runs of name-like words in ``text``, in order.

    A run is a sequence of capitalised words (words of caseless scripts count as
    capitalised), with lower-case joiners ("do", "de la") kept inside it when a
    capitalised word follows them.  Commas, quotes and brackets around a word end a
    run; a word in brackets after a name stays with it ("Frankfurt (Oder)").

    Parameters
    ----------
    text : str
        A place text.

    Returns
    -------
    list of list of str
        The words of each run, cleaned of the punctuation around them.

    Examples
    --------
    >>> name_runs("las bodegas en Subteniente López")
    [['Subteniente', 'López']]
    >>> name_runs("Tabatinga, no interior do Amazonas")
    [['Tabatinga'], ['Amazonas']]
    """
    return [list(run.words) for run in _runs(text)]


def _names_a_feature(run: _Run) -> bool:
    """Whether the run is the name of a river, street or bridge written beside it."""
    before = run.before
    if before and _is_generic(before) and not _FEATURE_WORD.fullmatch(before):
        before = run.before2  # "el puente internacional Horacio Guzmán"
    return bool(
        (before and _FEATURE_WORD.fullmatch(before))
        or (run.after and _FEATURE_WORD.fullmatch(run.after))
    )


def _km(a: PlaceResult, b: PlaceResult) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return km_between(a.lat, a.lon, b.lat, b.lon)


# Words that put a stretch between places ("between", "separa", "arasındaki").
_BETWEEN = re.compile(
    r"\b(?:between|separat\w*|divid\w*|entre|zwischen|trennt\w*|s[ée]par\w*|tra|fra|"
    r"między|между|між|паміж|tarp|starp|között|arasında\w*|ανάμεσα|μεταξύ)\b",
    re.IGNORECASE,
)
# Areas around a place that a point cannot stand for ("the countryside of X").
_AREA_AROUND = ("countryside", "hinterland", "environs", "surroundings", "outskirts")


@lru_cache(maxsize=1)
def _area_word_keys() -> frozenset[str]:
    words = load_place_words()
    keys = {normalise(w) for w in (*words.region, *words.district) if " " not in w}
    keys.update(_AREA_AROUND)
    return frozenset(k for k in keys if k)


def _may_be_the_place(unknown: _Run) -> bool:
    """Whether an unknown name before the one found may be the very place meant.

    "At Yangtse, Tawang", "the Tanjung Saima waters of Tawau", "the end of Roxham
    Road, where Quebec ... meet": the known name then only says where the unknown one
    lies.  A short capitalised first word ("Muy cerca de ...") is no name.
    """
    return len(_letters(" ".join(unknown.words))) >= _MIN_NAME_LETTERS


@lru_cache(maxsize=1)
def _border_word_keys() -> frozenset[str]:
    return frozenset(normalise(w) for w in load_place_words().border if " " not in w)


def _names_a_border(text: str) -> bool:
    """Whether a word of ``text`` is a border word ("border", "sınırından")."""
    return any(normalise(word) in _border_word_keys() for word, _, _ in _tokens(text))


def _starts_with_border_word(text: str) -> bool:
    """ "La frontera entre Ciudad Juárez y El Paso": the text names a border."""
    for word, _, _ in _tokens(text):
        key = normalise(word)
        if key in _ARTICLES:
            continue
        return key in _border_word_keys()
    return False


@lru_cache(maxsize=1)
def _generic_keys() -> frozenset[str]:
    """Keys of words that title a name rather than belong to it."""
    words = load_place_words()
    keys = {normalise(w) for w in words.generic}
    for role in (words.region, words.district, words.settlement, words.border):
        keys.update(normalise(w) for w in role if " " not in w)
    return frozenset(k for k in keys if k)


def _is_generic(word: str) -> bool:
    key = normalise(word)
    return key in _generic_keys() or bool(load_country_words().codes(key))


@lru_cache(maxsize=1)
def _preposition_keys() -> frozenset[str]:
    words = load_place_words()
    keys = set()
    for table in (words.plain_prepositions, words.near_prepositions):
        for prepositions in table.values():
            keys.update(normalise(w) for w in prepositions if " " not in w)
    return frozenset(k for k in keys if k)


def _spans_of(run: list[str], *, first: bool = False) -> list[str]:
    """The texts a run may name: whole, then without generic words at its ends.

    The first run of a text may also begin with a capitalised preposition ("En Villa
    del Rosario", "W pobliżu Krynek"), tried without it after the run as written.
    """
    spans = [run]
    if first and len(run) > 1 and normalise(run[0]) in _preposition_keys():
        spans.append(run[1:])
    start, end = 0, len(run)
    while start < end and _is_generic(run[start]):
        start += 1
        while start < end and run[start].lower() in _JOINERS:
            start += 1  # "Poliției de Frontieră X": the joiner goes with its title
        spans.append(run[start:end])
    while end > start and _is_generic(run[end - 1]):
        end -= 1
        while end > start and run[end - 1].lower() in _JOINERS:
            end -= 1
        spans.append(run[start:end])
    texts = []
    for span in spans:
        if not span or len(span) > _MAX_RUN_WORDS:
            continue
        if len(span) == 1 and len(_letters(span[0])) < _MIN_NAME_LETTERS:
            continue
        texts.append(" ".join(span))
    return list(dict.fromkeys(texts))


@lru_cache(maxsize=1)
def _script_roles() -> dict[str, str]:
    """Role words of caseless scripts, by their text: "จังหวัด" → "region"."""
    roles: dict[str, str] = {}
    for role, words in load_place_words().other_scripts.items():
        for word in words:
            roles.setdefault(word, role)
    return roles


def _is_hangul(text: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in text)


def _is_thai_or_lao(text: str) -> bool:
    return all("\u0e00" <= c <= "\u0eff" or c == "." for c in text)


def _split_role(word: str) -> tuple[str, str | None]:
    """A word without the role word joined to it: "อำเภอแม่สอด" → ("แม่สอด", "district").

    Thai and Lao join the unit word before the name, Korean after it ("파주시"); other
    scripts write it apart.  A word that is itself a role word gives ("", role).
    """
    roles = _script_roles()
    if word in roles:
        return "", roles[word]
    for role_word in sorted(roles, key=len, reverse=True):
        if _is_thai_or_lao(role_word):
            if word.startswith(role_word) and len(word) > len(role_word) + 1:
                return word[len(role_word) :], roles[role_word]
        elif _is_hangul(role_word) and word.endswith(role_word) and len(word) > len(role_word) + 1:
            return word[: -len(role_word)], roles[role_word]
    return word, None


def _caseless_candidates(words: tuple[str, ...]) -> list[tuple[int, int, str, str | None]]:
    """Names a run of a caseless script may hold, longest first, with the role beside them.

    Each is (first word, end, text, role): the text without role words joined to its
    ends, the role that of a word joined to it or written just before or after it.
    """
    split = [_split_role(word) for word in words]
    found = []
    for length in range(min(len(words), _MAX_RUN_WORDS), 0, -1):
        for start in range(len(words) - length + 1):
            end = start + length
            parts = list(words[start:end])
            roles = []
            first, first_role = split[start]
            last, last_role = split[end - 1]
            if length == 1:
                parts = [first if first_role and not _is_hangul_suffix(words[start]) else last]
                roles.append(first_role or last_role)
            else:
                parts[0], parts[-1] = first, last
                roles += [first_role if first != words[start] else None]
                roles += [last_role if last != words[end - 1] else None]
            if any(not part or _is_generic(part) for part in parts):
                continue
            for beside in (start - 1, end):
                if 0 <= beside < len(words) and split[beside][0] == "":
                    roles.append(split[beside][1])
            role = next((r for r in roles if r and r != "generic"), None)
            found.append((start, end, " ".join(parts), role))
    return found


def _is_hangul_suffix(word: str) -> bool:
    return _is_hangul(word)


class InnerNameReading:
    """The names written inside an unread text (mixed into the resolver)."""

    def by_inner_name(self, text: str, scope: Scope, kinds=None) -> PlaceResult | None:
        """The place named inside ``text`` when it is one (or nested), else None.

        Parameters
        ----------
        text : str
            The whole place text, which found nothing and had nothing refused.
        scope : Scope
            Where the place may lie; with no country in it or in the event's country,
            nothing is read.
        kinds : tuple of str, optional
            Gazetteer kinds the name may be (the resolver's default when None).
        """
        if not (scope.countries or self.hint):
            return None
        runs = _runs(text)
        if _starts_with_border_word(self.query) or _starts_with_border_word(text):
            # "la frontera La Quiaca - Villazón": a border between two places is
            # neither place, but the border of their countries.
            return self.border_of_places(text, scope, kinds)
        whole = " ".join(text.split())
        found: list[tuple[str, PlaceResult]] = []
        run_of: dict[str, int] = {}
        used: set[int] = set()
        caseless_unknown_first = False
        for index, run in enumerate(runs):
            if _names_a_feature(run):
                self.log(f"{' '.join(run.words)!r} names a river, street or bridge")
                river = self.border_river(run, scope, kinds) or self.named_bridge(
                    run, scope, kinds
                )
                if river is not None:
                    found.append(river)
                    run_of[river[0]] = index
                    used.add(index)
                # Else the bridge or street is itself a place the text may mean, and
                # unknown ("The Maseru bridge border post at Ladybrand").
                continue
            if not any(_is_cased(word) for word in run.words):
                names, unknown_first = self.caseless_names(run.words, scope, kinds)
                for span, result in names:
                    found.append((span, result))
                    run_of[span] = index
                    used.add(index)
                caseless_unknown_first = caseless_unknown_first or unknown_first
                if index in used:
                    continue
            at_start = index == 0 and whole.startswith(run.words[0])
            for span in _spans_of(list(run.words), first=at_start):
                if span == whole:
                    continue
                result = self.inner_resolve(span, scope, kinds)
                if (
                    result.status != "unresolved"
                    and result.precision
                    not in (
                        "country",
                        "border",
                    )
                    and self.names_a_country(span)
                ):
                    # "its borders with Iraq" with an Iranian event: the country, never
                    # a town that bears its name as a variant (Arāk).
                    self.log(f"{span!r} names a country: not taken as {result.name}")
                    used.add(index)
                    break
                if result.status in ("resolved", "ambiguous") and not result.coarsened:
                    found.append((span, result))
                    run_of[span] = index
                    used.add(index)
                    break
                if result.candidates:
                    used.add(index)  # a place known outside the event's country
                    break
        if not found:
            return None
        if all(r.precision == "country" for _, r in found) and _names_a_border(text):
            # "its eastern border with Russia", "Suriye sınırından": a border word and
            # countries only: their border with the event's country.
            border = self.border_of_places(text, scope, kinds)
            if border is not None:
                return border
        found = self.narrowed_by_areas(found, kinds)
        spans = ", ".join(repr(span) for span, _ in found)
        chosen = self.nested_answer(found)
        if chosen is None and len(found) == 1:
            return replace(found[0][1], note=f"read the name {found[0][0]!r} inside the text")
        if chosen is None:
            self.log(f"names inside the text: {spans}; they are different places")
            first = found[0][1]
            candidates = tuple(self.candidate_of(result) for _, result in found)
            return PlaceResult(
                self.query,
                "ambiguous",
                name=first.name,
                lat=first.lat,
                lon=first.lon,
                precision=first.precision,
                country=first.country,
                candidates=candidates,
                note=f"the text names several places ({spans})",
            )
        unknown = [
            i
            for i, run in enumerate(runs)
            if i not in used
            and not all(_is_generic(w) for w in run.words)
            and len(_letters(" ".join(run.words))) >= _MIN_NAME_LETTERS  # "A escasos"
        ]
        left = [" ".join(runs[i].words) for i in unknown]
        at = run_of[chosen[0]]
        before = caseless_unknown_first or any(
            i < at and _may_be_the_place(runs[i]) for i in unknown
        )
        chosen = self.kept_answer(chosen, found, text, before)
        if chosen is None:
            return None
        span, result = chosen
        if left and result.precision in _POINTS and result.country:
            namesakes = self.namesakes(parse_place(span), scope)
            if not stands_out(result, namesakes):
                # "Heiligenkreuz im Südburgenland": the unknown words would say which.
                self.log(f"{len(namesakes)} places named {span!r}; {left[0]!r} would say which")
                return self.ambiguous(
                    namesakes, f"{len(namesakes)} places named {span!r} lie in the country"
                )
        note = f"read the name {span!r} inside the text"
        if left:
            note += f"; not understood: {', '.join(repr(w) for w in left)}"
        self.log(note)
        return replace(
            result,
            coarsened=result.coarsened or bool(left),
            note="; ".join(n for n in (result.note, note) if n),
        )

    def kept_answer(
        self,
        chosen: tuple[str, PlaceResult],
        found: list[tuple[str, PlaceResult]],
        text: str,
        unknown_before: bool,
    ) -> tuple[str, PlaceResult] | None:
        """The chosen answer if the words around it allow it, else a coarser one or None."""
        span, result = chosen
        lowered = {normalise(word) for word, _, _ in _tokens(text)}
        is_point = result.precision in _POINTS
        crossing = is_point and result.country is None
        if result.precision in ("region", "district") and lowered & _border_word_keys():
            # "the Tavush section of the Armenian-Azerbaijani border" is a border.
            self.log(f"{span!r} is an area, and the text names a border: not taken")
            return None
        if is_point and not crossing and _BETWEEN.search(text):
            # "the strip between Kastanies and Vyssa", "the wall that separates Melilla
            # from Morocco": the places bound what is meant; they are not it.
            self.log(f"{span!r} bounds a stretch the text names between places: not taken")
            return None
        if is_point and lowered & _area_word_keys():
            # "the eastern countryside of Deir ez-Zor" is more than the town.
            self.log(f"{span!r} is a point, and the text names an area around it: not taken")
            return None
        if unknown_before and is_point:
            # "At Yangtse, Tawang in Arunachal Pradesh", "the Ensawang plantation, Lubok
            # Antu": the unknown name is the place, the town only says where it lies:
            # its admin-1 region, never the town as the point.
            region = self.gaz.region(result.admin1_code) if result.admin1_code else None
            if region is None:
                self.log(f"{span!r} only places an unknown name: near it")
                return span, replace(
                    result, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True
                )
            self.log(f"{span!r} only places an unknown name: its region {region.name}")
            return span, replace(self.from_place(region), coarsened=True)
        return chosen

    def border_river(self, run: _Run, scope: Scope, kinds) -> tuple[str, PlaceResult] | None:
        """ "dry parts of the Limpopo riverbed", "la Bidassoa à ...": a border river."""
        name = " ".join(run.words)
        spans = []
        if run.before and _RIVER_WORD.fullmatch(run.before):
            spans.append(f"{run.before} {name}")
        if run.after and _RIVER_WORD.fullmatch(run.after):
            spans.append(f"{name} {run.after}")
        if not spans and not (run.before2 and _RIVER_WORD.fullmatch(run.before2)):
            return None
        for span in [*spans, f"{name} River"]:
            result = self.inner_resolve(span, scope, kinds)
            if result.status in ("resolved", "ambiguous") and result.precision == "border":
                return span, result
        return None

    def border_of_places(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """The border of the countries of the places a border text names, or None."""
        runs = _runs(text)
        countries: list[str] = []
        points: list[PlaceResult] = []
        for run in runs:
            for span in _spans_of(list(run.words)):
                result = self.inner_resolve(span, scope, kinds)
                if result.status == "resolved" and result.precision != "border":
                    countries += self.countries_of(result)
                    if result.precision in _POINTS:
                        points.append(result)
                    break
                refused = {c.country for c in result.candidates if c.country}
                if result.status == "unresolved" and len(refused) == 1:
                    countries.append(refused.pop())  # a place across the border
                    break
        crossings = {(p.name, p.lat, p.lon): p for p in points if p.country is None}
        if len(crossings) == 1 and _CROSSING_NOUN.search(text):
            # "The border gate between Spin Boldak and Chaman": their crossing.
            crossing = next(iter(crossings.values()))
            self.log(f"the crossing between the places named: {crossing.name}")
            return crossing
        found = set(countries) | set(self.hint if len(set(countries)) == 1 else ())
        if len(found) == 2:
            pair = tuple(sorted(found))
            if self.has_border(pair):
                self.log(f"a border between places of {pair[0]} and {pair[1]}")
                return self.border_result(pair, note="the border between the places named")
            return None
        if len(found) == 1 and len(points) == 1:
            # "La frontière française de Menton": the border of its country by the town.
            return self.border_by_point(points[0], next(iter(found)))
        return None

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
            (border_extent(*pair).distance(where) * _KM_PER_DEGREE, pair)
            for pair in (tuple(sorted((own, other))) for other in neighbours_of(own))
        )
        near = [(km, pair) for km, pair in by if km <= _BESIDE_KM]
        if near and (len(near) == 1 or near[1][0] >= 3 * max(near[0][0], 1.0)):
            pair = near[0][1]
            self.log(f"the border of {own} by {point.name}: {pair[0]}-{pair[1]}")
            return self.border_result(pair, note=f"the border by {point.name}")
        return None

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

    def caseless_names(
        self, words: tuple[str, ...], scope: Scope, kinds
    ) -> tuple[list[tuple[str, PlaceResult]], bool]:
        """The places named in a run of a caseless script, without overlaps.

        Also says whether an unknown word (no role word, no generic word, no place)
        comes before the first place found: "مرز اسلام قلعه در هرات" (the border of
        Islam Qala, in Herat) where Islam Qala is unknown.
        """
        taken: set[int] = set()
        found: list[tuple[tuple[str, PlaceResult], tuple[int, int]]] = []
        first = len(words)
        suffixes = {"region": "province", "district": "district", "crossing": "crossing"}
        for start, end, text, role in _caseless_candidates(words):
            if taken & set(range(start, end)):
                continue
            query = f"{text} {suffixes[role]}" if role in suffixes else text
            if role == "near":
                query = f"near {text}"
            result = self.inner_resolve(query, scope, kinds)
            if result.status == "unresolved":
                if result.candidates:
                    taken.update(range(start, end))  # a place outside the event's country
                continue
            if result.precision not in ("country", "border") and self.names_a_country(text):
                taken.update(range(start, end))
                continue
            if result.coarsened and role != "district":
                continue
            self.log(f"{text!r} ({role or 'a name'}) is {result.name}")
            found.append(((query, result), (start, end)))
            taken.update(range(start, end))
            first = min(first, start)

        def unknown(i: int) -> bool:
            return (
                0 <= i < len(words)
                and i not in taken
                and bool(_split_role(words[i])[0])
                and not _is_generic(words[i])
            )

        unknown_first = any(unknown(i) for i in range(min(first, len(words))))
        return [self.unless_cut(found_item, unknown) for found_item in found], bool(
            found
        ) and unknown_first

    def unless_cut(self, item, unknown) -> tuple[str, PlaceResult]:
        """A point found beside an unknown word may be part of a longer name: its region.

        Without capitals nothing shows where a name ends: "जम्मू कश्मीर" (Jammu Kashmir)
        is not the city of Jammu.
        """
        (span, result), (start, end) = item
        if result.precision not in _POINTS or not result.country:
            return span, result  # a crossing's name is its own, whatever follows it
        if not (unknown(start - 1) or unknown(end)):
            return span, result
        region = self.gaz.region(result.admin1_code) if result.admin1_code else None
        self.log(f"{span!r} stands beside an unknown word: only its region")
        if region is None:
            return span, replace(
                result, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True
            )
        return span, replace(self.from_place(region), coarsened=True)

    def names_a_country(self, span: str) -> bool:
        """Whether ``span`` is a country's name or demonym ("Iraq", "Iraqi")."""
        key = normalise(span)
        if load_country_words().codes(key):
            return True
        return any(place.kind == "country" for place in self.gaz.lookup_key(key))

    def named_bridge(self, run: _Run, scope: Scope, kinds) -> tuple[str, PlaceResult] | None:
        """ "del puente internacional Simón Bolívar": the crossing of that bridge."""
        words = [w for w in (run.before, run.before2, run.after) if w]
        if not any(_BRIDGE_WORD.fullmatch(w) for w in words):
            return None
        name = " ".join(run.words)
        for span in (f"{name} Bridge", f"{name} International Bridge", name):
            result = self.inner_resolve(span, scope, kinds)
            if result.status == "resolved" and result.precision in _POINTS and not result.country:
                return span, result  # a crossing (no single country): the bridge itself
        return None

    def inner_resolve(self, span: str, scope: Scope, kinds) -> PlaceResult:
        self.depth += 1
        try:
            expr = parse_place(span)
            return self.resolve(expr, scope, kinds) if kinds else self.resolve(expr, scope)
        finally:
            self.depth -= 1

    def narrowed_by_areas(
        self, found: list[tuple[str, PlaceResult]], kinds
    ) -> list[tuple[str, PlaceResult]]:
        """Same-named towns narrowed by a region found beside them ("Tabatinga, ... Amazonas")."""
        points = [r for _, r in found if r.status == "resolved" and r.precision in _POINTS]
        if len(points) == 1:
            found = [(span, self.border_by(result, points[0])) for span, result in found]
        regions = [r for _, r in found if r.status == "resolved" and r.precision == "region"]
        if len(regions) != 1 or not regions[0].admin1_code:
            return found
        region = regions[0]
        inside = Scope(
            countries=(region.country,) if region.country else (), admin1=region.admin1_code
        )
        narrowed = []
        for span, result in found:
            if result.status == "ambiguous":
                again = self.inner_resolve(span, inside, kinds)
                if again.status == "resolved":
                    self.log(f"{span!r} in {region.name}: {again.name}")
                    result = again
            narrowed.append((span, result))
        return narrowed

    def nested_answer(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[str, PlaceResult] | None:
        """The one answer among ``found``, or the point that all others hold."""
        if any(result.status != "resolved" for _, result in found):
            return None
        distinct = {(r.name, r.precision, r.lat, r.lon): (s, r) for s, r in found}
        if len(distinct) == 1:
            return next(iter(distinct.values()))
        points = [(s, r) for s, r in distinct.values() if r.precision in _POINTS]
        borders = [(s, r) for s, r in distinct.values() if r.precision == "border"]
        if not points and len(borders) == 1:
            # "the Mehran border to Iraq in western Iran", "in Eastern Ladakh along the
            # LAC": a border and a country or region on it.
            span, line = borders[0]
            pair = set(self.border_pairs_of(line))
            if all(
                r.precision in ("country", "region") and r.country in pair
                for _, r in distinct.values()
                if r is not line
            ):
                return span, line
        crossings = [(s, r) for s, r in points if r.country is None]
        if len(points) > 1 and len(crossings) == 1:
            # "the bridge between Irún and Hendaye": the crossing of the two towns.
            crossing = crossings[0][1]
            if all(_km(crossing, r) <= _TWIN_TOWN_KM for _, r in points):
                points = crossings
        if len(points) != 1:
            return None
        span, point = points[0]
        others = [r for _, r in distinct.values() if r is not point and r.precision not in _POINTS]
        if not all(self.agrees(point, other) or self.beside(point, other) for other in others):
            return None
        head_span, head = found[0]
        if head.precision == "border" and head.status == "resolved":
            # "the Limpopo River outside Musina": the river is the place, the town says
            # which stretch of it.
            return head_span, head
        return span, point

    def border_by(self, result: PlaceResult, point: PlaceResult) -> PlaceResult:
        """Of an ambiguous border, the one line by the point ("the Limpopo outside Musina")."""
        if result.status != "ambiguous" or result.precision != "border":
            return result
        assert point.lat is not None and point.lon is not None
        where = Point(point.lon, point.lat)
        by: list[tuple[str, str]] = []
        for candidate in result.candidates:
            pair = self.border_pairs_of(replace(result, name=candidate.name))
            if len(pair) == 2:
                line = border_extent(*sorted(pair))
                if line.distance(where) * _KM_PER_DEGREE <= _BESIDE_KM:
                    by.append(tuple(sorted(pair)))
        if len(set(by)) != 1:
            return result
        label = (result.name or "").partition(" (")[2].rstrip(")")
        self.log(f"of its borders, the one by {point.name}: {by[0][0]}-{by[0][1]}")
        return self.border_result(by[0], label)

    @staticmethod
    def beside(point: PlaceResult, country: PlaceResult) -> bool:
        """ "Sarp, between Türkiye and Georgia": a country named with a point by it."""
        if country.precision != "country" or country.geometry is None:
            return False
        assert point.lat is not None and point.lon is not None
        where = Point(point.lon, point.lat)
        return country.geometry.distance(where) * _KM_PER_DEGREE <= _BESIDE_KM

    @staticmethod
    def candidate_of(result: PlaceResult) -> Candidate:
        return Candidate(
            name=result.name or "",
            country=result.country,
            admin1_code=result.admin1_code,
            lat=result.lat if result.lat is not None else 0.0,
            lon=result.lon if result.lon is not None else 0.0,
            precision=result.precision or "country",
            population=0,
        )
