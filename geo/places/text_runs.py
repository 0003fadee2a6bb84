"""A place text as words and runs of names, for finding the names written inside it.

:mod:`bordermap.geo.places.inner_name` reads a text no form of the grammar reads by
the names written in it.  This module holds the text side of that reading, with no
gazetteer: the words of a text, the runs of capitalised words (a run keeps its joiners,
"Mato Grosso do Sul", and a word in brackets, "Frankfurt (Oder)"), the texts a run may
name without the titles at its ends, the candidates of a run of a script without
capitals with the unit words beside them, and the word classes the reading asks about
(border, area, feature and generic words; ``place_words.toml``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import load_country_words, load_place_words

__all__ = [
    "BETWEEN",
    "BETWEEN_AFTER",
    "BRIDGE_WORD",
    "CROSSING_NOUN",
    "DIRECTION_FROM",
    "JOINERS",
    "MAX_RUN_WORDS",
    "MIN_NAME_LETTERS",
    "PROPERTY_NAMED",
    "PROPERTY_WORDS",
    "RIVER_WORD",
    "THAI_IN_THE_AREA",
    "Run",
    "area_word_keys",
    "border_rest",
    "border_word_keys",
    "caseless_candidates",
    "is_cased",
    "is_feature_noun",
    "is_generic",
    "letters",
    "looks_like_name",
    "may_be_the_place",
    "name_runs",
    "names_a_border",
    "names_a_feature",
    "names_a_property",
    "runs_of",
    "spans_of",
    "split_role",
    "starts_with_border_word",
    "tokens_of",
    "unknown_nouns",
]

# Lower-case words that join the words of one name ("Mato Grosso do Sul", "Santana do
# Livramento", "Frankfurt an der Oder").
JOINERS = frozenset(
    "de del do da dos das di du des la le el al am an der den van von of".split()  # noqa: SIM905
)
CROSSING_NOUN = re.compile(
    r"\b(?:gate|crossing|checkpoint|check\s+post|border\s+post|bridge|puente|paso|ponte|"
    r"pont|passage|poste|posto|übergang|grenzübergang|przejście|пункт|кпп)\b",
    re.IGNORECASE,
)
# A farm, ranch or estate word next to a name: "la finca Berrocal", "the Berrocal farm",
# "Rancho Canoa".  The name is the property's; a town of that name is another place.
PROPERTY_WORDS = r"fincas?|haciendas?|ranchos?|ranch(?:es)?|farms?|estancias?|fazendas?|granjas?"
_CAPITALISED_NAME = r"[A-ZÀ-ÞĀ-Ž][\w’'-]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÀ-ÞĀ-Ž][\w’'-]*)*"
PROPERTY_NAMED = re.compile(
    rf"\b(?i:{PROPERTY_WORDS})\s+(?:(?i:de|del|de\s+la|la|el|los|las)\s+)?"
    rf"(?P<after>{_CAPITALISED_NAME})|(?P<before>{_CAPITALISED_NAME})\s+(?i:{PROPERTY_WORDS})\b"
)


def names_a_property(text: str, name: str) -> bool:
    """Whether ``text`` calls ``name`` a farm, ranch or estate ("la finca Berrocal")."""
    wanted = normalise(name)
    for match in PROPERTY_NAMED.finditer(text):
        named = normalise(match["after"] or match["before"])
        if named == wanted or named.startswith(wanted + " ") or named.endswith(" " + wanted):
            return True
    return False


BRIDGE_WORD = re.compile(r"bridge|puente|pont|ponte|brücke|most|мост\w*", re.IGNORECASE)
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")
_QUOTES = '"«»“”„‟‹›'
# With the Arabic comma and semicolon ("در منطقه مرزی سراوان، جنوب شرقی ایران").
_EDGE_PUNCTUATION = ",.;:!?،؛" + _QUOTES + "‘’'`"
# A name right after or before one of these words names that river, street or bridge,
# not the town: "el río Bravo", "Narva jõelt", "la place San Juan", "the Santiago bridge".
# River words of any language (written forms; keys of them are in border_reading).
_RIVERS = (
    r"river|rivers|riverbed|río|rio|rivière|fleuve|fluss|flusses|rzek\w*|řek\w*|řece|рек\w*|"
    r"річ\w*|рак\w*|upė\w*|upe\w*|upē|upi|jõgi|jõe\w*|nehri\w*|ırmağ\w*|sông|"
    # Romanian "râul", "râului" (the river, of the river), "fluviul" (a great river).
    r"râu\w*|fluviu\w*|"
    # Azerbaijani and Turkish "çay" (river): "Samur çayı üzərində" (on the Samur river).
    r"çay|çayı\w*"
)
# Lake words: "Peipsi järve" (of Lake Peipus), "Чудского озера", "lac Léman".
_LAKES = r"lake|lago|lac|jezior\w*|озер\w*|järv\w*|ezer\w*"
_FEATURE_WORD = re.compile(
    rf"(?:{_RIVERS}|ríos|{_LAKES}|street|road|avenue|calle|avenida|rue|chemin|"
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
RIVER_WORD = re.compile(rf"{_RIVERS}|riverbank", re.IGNORECASE)
#: A river or lake word: either names the water a border may run along.
WATER_WORD = re.compile(rf"{_RIVERS}|riverbank|{_LAKES}", re.IGNORECASE)
# "d'Irun", "l'Èbre": the elided article is not part of the name.
_ELISION = re.compile(r"^(?:d|l|dell|all|nell|sull)['’](?=\w)", re.IGNORECASE)
MAX_RUN_WORDS = 6
# A name of one word is this long at least (in letters): "Ban", "Tx" are titles.
MIN_NAME_LETTERS = 4


def letters(word: str) -> list[str]:
    return [c for c in word if c.isalpha()]


# Georgian is written without capitals: Unicode gives its everyday letters (Mkhedruli)
# a capital form (Mtavruli) that running text never uses, so they count as caseless.
_GEORGIAN = re.compile("[\u10d0-\u10ff]")


def is_cased(word: str) -> bool:
    return any((c.isupper() or c.islower()) and not _GEORGIAN.match(c) for c in word)


def looks_like_name(word: str) -> bool:
    """A capitalised word, a word in brackets ("(Oder)"), or a word of a caseless script."""
    found = letters(word)
    if not found:
        return False
    if not is_cased(word):
        return True
    return found[0].isupper()


def _clean_word(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION)


@dataclass(frozen=True)
class Run:
    words: tuple[str, ...]
    before: str  # the word before the run, lower-cased ("" at the start)
    before2: str  # the word before that
    after: str  # the word after it, lower-cased ("" at the end)
    # Whether a comma or quote parts the run from the word before it / after it.
    parted_before: bool = False
    parted_after: bool = False


#: A road's number joined by a slash to the name after it: "E45/Frøslev".
_ROAD_THEN_SLASH = re.compile(r"(?P<road>[A-Z]{1,2}\d{1,4})/(?=\w)")


#: Thai "in" joined between a place and the unit holding it, written without spaces
#: ("หมู่บ้านสิงขรในภาคตะนาวศรี", the village of Singkhon in Tanintharyi Region): the
#: word is two, the place and "in" the unit.  Not "ภายใน" (within).
_THAI_IN_A_UNIT = re.compile(
    "(?<=[\u0e01-\u0e7f]{2})(?<!ภาย)(?=ใน(?:ภาค|จังหวัด|อำเภอ|รัฐ|แขวง|เขต|ประเทศ)[\u0e01-\u0e7f])"
)


#: "ياطر-بنت جبيل" (Yater-Bint Jbeil: a village, then its district): Arabic script writes
#: no hyphen inside a name, so one between two of its letters parts two names as a
#: spaced dash does.
_ARABIC_HYPHEN = re.compile("(?<=[\u0621-\u064a])(-)(?=[\u0621-\u064a])")


def _parts_of(word: str) -> list[str]:
    """The words a written word holds: parted at a Thai unit word or an Arabic hyphen."""
    return [
        piece
        for part in _THAI_IN_A_UNIT.split(word)
        for piece in _ARABIC_HYPHEN.split(part)
        if piece
    ]


def tokens_of(text: str) -> list[tuple[str, bool, bool]]:
    """Words of ``text`` as (word, opens a quote, closes a clause or quote)."""
    tokens = []
    for raw in (part for word in text.split() for part in _parts_of(word)):
        elided = _ELISION.match(raw.lstrip(_QUOTES + "‘"))
        if elided:
            tokens.append((elided.group(0), False, False))
            raw = raw.lstrip(_QUOTES + "‘")[elided.end() :]
        road = _ROAD_THEN_SLASH.match(raw)
        if road:
            # "Motorvej E45/Frøslev": the road's number, then the place it passes; two
            # names, not one.
            tokens.append((road["road"], False, True))
            raw = raw[road.end() :]
        word = _clean_word(raw)
        if not word:
            continue
        opens = raw[:1] in _QUOTES + "‘'"
        closes = raw[-1:] in ",;:،؛" + _QUOTES + "’'" and not raw.endswith(("’s", "'s"))
        tokens.append((word, opens, closes))
    return tokens


#: "al-Udaid" in "Khor al-Udaid", "el-Arish" in "Wadi el-Arish": an Arabic article joined
#: to a capitalised word goes on with the name before it, which is no name without it
#: ("Khor" alone is another place).
_ARTICLE_THEN_NAME = re.compile(r"(?:al|el|ad|as|an|ar|at|az|ash|ed|es|et)-[A-Z][\w’'-]*")


def runs_of(text: str) -> list[Run]:
    tokens = tokens_of(text)
    runs: list[Run] = []
    start = 0
    while start < len(tokens):
        word = tokens[start][0]
        if not looks_like_name(word.lstrip("(")):
            start += 1
            continue
        end = start + 1
        while end < len(tokens) and not tokens[end - 1][2]:
            word_at = tokens[end][0]
            if tokens[end][1] or _BRACKETED_ACRONYM.fullmatch(word_at):
                break  # a quote opens, or "(LAC)" abbreviates the name before it
            if looks_like_name(word_at.lstrip("(")) or _ARTICLE_THEN_NAME.fullmatch(word_at):
                end += 1
                continue
            # Joiners stay inside a name when a name word follows them.
            joined = end
            while joined < len(tokens) and tokens[joined][0].lower() in JOINERS:
                joined += 1
            if (
                joined > end
                and joined < len(tokens)
                and not tokens[joined][1]
                and (looks_like_name(tokens[joined][0]))
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
        parted_before = bool(start) and (tokens[start - 1][2] or tokens[start][1])
        parted_after = end < len(tokens) and (tokens[end - 1][2] or tokens[end][1])
        runs.append(Run(words, before, before2, after, parted_before, parted_after))
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
    return [list(run.words) for run in runs_of(text)]


def is_feature_noun(run: Run, first: bool) -> bool:
    """Whether a one-word run is a feature noun capitalised only to open the text.

    "Most přes řeku Olši" (Czech "bridge over the Olza"): "Most" is the bridge, not
    the town of Most, when a lower-case word follows it.
    """
    return (
        first
        and len(run.words) == 1
        and bool(_FEATURE_WORD.fullmatch(run.words[0]))
        and bool(run.after)
        and run.after[:1].islower()
    )


def names_a_feature(run: Run) -> bool:
    """Whether the run is the name of a river, street or bridge written beside it."""
    before = run.before
    if before and is_generic(before) and not _FEATURE_WORD.fullmatch(before):
        before = run.before2  # "el puente internacional Horacio Guzmán"
    return bool(
        (before and _FEATURE_WORD.fullmatch(before))
        or (run.after and _FEATURE_WORD.fullmatch(run.after))
    )


# A direction from a place: "al sur de", "südlich von", "к югу от", "north of".
DIRECTION_FROM = re.compile(
    r"(?P<km>)\b(?:north|south|east|west|norte|sur|sul|leste|oeste|nord|sud|ouest|ovest|"
    r"\w+lich|северу|югу|востоку|западу|північ|південь|схід|захід|północ|południe|"
    r"wschód|zachód)(?:[\s-]?(?:east|west|este|oeste|est|ouest))?\s+(?:of|de|del|du|di|da|"
    r"do|von|vom|der|des|от|від|od)\s",
    re.IGNORECASE,
)
# Words that put a stretch between places ("between", "separa", "arasındaki").
BETWEEN = re.compile(
    r"\b(?:between|separat\w*|divid\w*|entre|zwischen|trennt\w*|s[ée]par\w*|tra|fra|"
    r"(?:po)?między|между|між|паміж|између|između|izmedju|între|tarp|starp|között|arasında\w*|"
    r"ανάμεσα|μεταξύ|midis|ndërmjet|mes(?:\s+të)?|mezi|medzi|antara|tussen|mellan|mellom|"
    r"mellem|ant(?=\s+\S.*\sak\s))\b|"
    r"(?:ما\s?)?بين(?=\s)",
    re.IGNORECASE,
)
# Words that say the text names a crossing ("the X border post", "Grenzübergang X").
CROSSING_WORD = re.compile(
    r"\b(?:border\s+post|border\s+point|crossing|checkpoint|bridge|gate|port\s+of\s+entry|"
    r"puente|garita|puerto\s+de\s+entrada|ponte|pont|\w*brücke|paso|posto|poste|grenzübergang|przejści\w*|пункт\w*|погранпункт\w*|кпп|"
    r"barrière|pas\s+duaner|pas\s+fronterer|douane|aduana|kapı\w*|(?:kis)?határátkelő\w*|határállomás\w*|prijelaz\w*|prelaz\w*|прелаз\w*|přechod\w*|priechod\w*|valico|vama|"
    # Azerbaijani "keçid məntəqəsi" (crossing point), "Gömrük Qapısı" (customs gate) and
    # Turkmen "barlag-goýberiş nokady" (control and crossing point).
    r"(?:keçid|buraxılış)\s+məntəqə\w*|qapı\w*|barlag[\s-]+goýberiş|"
    r"pikëkalim\w*|rajanylityspaik\w*|piiripunkt\w*|perlintasan|pos\s+lintas\w*|διέλευσ\w*|"
    r"منفذ|معبر|المعبر|"
    # Georgian "(საბაჟო) გამშვები პუნქტი" ((customs) checkpoint) in its cases: "ყაზბეგის
    # საბაჟო გამშვებ პუნქტზე", at the Kazbegi customs checkpoint.
    r"გამშვებ\w*\s+პუნქტ\w*|"
    # Chinese "口岸" (a border port), once parted from its name ("芒街 口岸").
    r"گذرگاه|口岸)\b",
    re.IGNORECASE,
)
#: Words of a post that stands on the border itself: a crossing, or a frontier guards'
#: station or outpost ("Sallan raja-asemalle", "Ilomantsin rajavartioaseman",
#: "Švenčionių užkardoje", "border outpost").
BORDER_POST_WORD = re.compile(
    rf"(?:{CROSSING_WORD.pattern})|"
    r"\b(?:rajavartioasem\w*|raja-asem\w*|rajavartiost\w*|užkard\w*|застав\w*|"
    r"border\s+out\s*-?\s*posts?|BoPs?)\b",
    re.IGNORECASE,
)
# "and" between the two things named after such a word ("entre X et Y", "između X i Y",
# Arabic "بين السودان وإريتريا" with "and" joined to the next word).
AND_WORD = re.compile(
    r"\s+(?:and|y|e|et|und|și|si|i|и|і|та|ja|oraz|ir|un|és|ve|dhe|na|и|dan|och|og|a|ak|و)\s+"
    r"|\s+و(?=\S)",
    re.I,
)
# Finnish and Estonian put "between" after the two names, in its cases ("Suomen ja
# Venäjän välinen raja", "välisellä rajalla"; "Eesti ja Venemaa vaheline piir").
BETWEEN_AFTER = re.compile(
    r"\b(?:välinen|välisen|välisellä|väliseltä|väliselle|välisessä|välisestä|väliseen|"
    r"välistä|välillä|vaheline|vahelise|vahelisel|vahelisele|vahelisest|vahel)\b",
    re.IGNORECASE,
)
# Words that join X "with" Y ("los puentes que unen Argentina con Uruguay", "the bridge
# linking Laos and Thailand"), and that "with".
JOINS = re.compile(
    r"\b(?:unen?|unir|unía|ligam?|relient|relie|reliant|verbindet|verbinden|links?|linking|"
    r"connects?|connecting|joins?|joining|comunican?|conectan?)\b",
    re.IGNORECASE,
)
JOINED_WITH = re.compile(r"\s+(?:con|com|avec|with|mit|to|and|y|e|et|à|a|und)\s+", re.I)
# The words of BETWEEN that separate X "from" Y, and that "from".
SEPARATES = re.compile(r"separat\w*|s[ée]par\w*|trennt\w*|divid\w*", re.I)
FROM_WORD = re.compile(
    r"\s+(?:from|du|de\s+la|de\s+l['’]|des|de|von|vom|od|от|від|del|da|do|dal)\s+", re.I
)
# Areas around a place that a point cannot stand for ("the countryside of X").
_AREA_AROUND = ("countryside", "hinterland", "environs", "surroundings", "outskirts")


@lru_cache(maxsize=1)
def area_word_keys() -> frozenset[str]:
    words = load_place_words()
    keys = {normalise(w) for w in (*words.region, *words.district) if " " not in w}
    keys.update(_AREA_AROUND)
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=1)
def unit_word_keys() -> frozenset[str]:
    """Keys of the one-word region and district words ("oblast", "облысына", "району")."""
    words = load_place_words()
    keys = {normalise(w) for w in (*words.region, *words.district) if " " not in w}
    return frozenset(k for k in keys if k)


def beside_crossing_word(run: Run) -> bool:
    """Whether the word just before or after a run is a crossing word ("Vartiuksen
    rajanylityspaikan", "the crossing Medyka"): the run names a crossing."""
    return bool(CROSSING_WORD.fullmatch(run.after) or CROSSING_WORD.fullmatch(run.before))


def may_be_the_place(unknown: Run) -> bool:
    """Whether an unknown name before the one found may be the very place meant.

    "At Yangtse, Tawang", "the Tanjung Saima waters of Tawau", "the end of Roxham
    Road, where Quebec ... meet": the known name then only says where the unknown one
    lies.  A short capitalised first word ("Muy cerca de ...") is no name.
    """
    return len(letters(" ".join(unknown.words))) >= MIN_NAME_LETTERS


@lru_cache(maxsize=1)
def settlement_words() -> frozenset[str]:
    """One-word settlement descriptors, lower case ("village", "ấp", "köyü")."""
    return frozenset(w.lower() for w in load_place_words().settlement if " " not in w)


@lru_cache(maxsize=1)
def border_word_keys() -> frozenset[str]:
    return frozenset(normalise(w) for w in load_place_words().border if " " not in w)


def names_a_border(text: str) -> bool:
    """Whether a word of ``text`` is a border word ("border", "sınırından")."""
    return any(normalise(word) in border_word_keys() for word, _, _ in tokens_of(text))


def starts_with_border_word(text: str) -> bool:
    """ "La frontera entre Ciudad Juárez y El Paso": the text names a border."""
    for word, _, _ in tokens_of(text):
        key = normalise(word)
        if key in _ARTICLES:
            continue
        return key in border_word_keys()
    return False


@lru_cache(maxsize=1)
def _generic_keys() -> frozenset[str]:
    """Keys of words that title a name rather than belong to it."""
    words = load_place_words()
    keys = {normalise(w) for w in words.generic}
    for role in (words.region, words.district, words.settlement, words.border):
        keys.update(normalise(w) for w in role if " " not in w)
    return frozenset(k for k in keys if k)


def is_generic(word: str) -> bool:
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


#: Vowels that end an adjective agreeing with the name word before it.
_AGREEING_ENDINGS = frozenset("aeiouy")


def _agreeing_adjective(name_word: str, word: str) -> bool:
    """Whether ``word`` is a capitalised country adjective closing a name, in the case
    and gender of the name word before it: "Nižné Nemecké" (Lower German, a Slovak
    village), "Slovenské Pravno".

    Slavic names carry an adjective agreeing with their noun, and the adjective may be
    a country's; it is part of the name then, not an aside saying whose the place is.
    Stripped, it leaves a word that the case endings make another village ("Nižné" read
    as Nižná, 250 km away).  An English demonym after a name ("Medyka Polish") ends in
    a consonant and does not agree.
    """
    key, before = normalise(word), normalise(name_word)
    return (
        word[:1].isupper()
        and bool(key)
        and bool(before)
        and not is_generic(name_word)
        and key in load_country_words().demonyms
        and not load_country_words().name_codes(key)
        and key[-1] in _AGREEING_ENDINGS
        and key[-1] == before[-1]
    )


def spans_of(run: list[str], *, first: bool = False) -> list[str]:
    """The texts a run may name: whole, then without generic words at its ends.

    The first run of a text may also begin with a capitalised preposition ("En Villa
    del Rosario", "W pobliżu Krynek"), tried without it after the run as written.
    """
    spans = [run]
    if first and len(run) > 1 and normalise(run[0]) in _preposition_keys():
        spans.append(run[1:])
    start, end = 0, len(run)
    while start < end and is_generic(run[start]):
        start += 1
        while start < end and run[start].lower() in JOINERS:
            start += 1  # "Poliției de Frontieră X": the joiner goes with its title
        spans.append(run[start:end])
    while end > start and is_generic(run[end - 1]):
        if end - 1 > start and _agreeing_adjective(run[end - 2], run[end - 1]):
            break  # "Nižné Nemecké": the adjective is the name's own, never stripped
        end -= 1
        while end > start and run[end - 1].lower() in JOINERS:
            end -= 1
        spans.append(run[start:end])
    texts = []
    for span in spans:
        if not span or len(span) > MAX_RUN_WORDS:
            continue
        if len(span) == 1 and len(letters(span[0])) < MIN_NAME_LETTERS:
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
            # Texts reach the grammar in NFKC, which splits Thai "ำ" in two: "อำเภอ"
            # must meet the query's "อํเภอ" as well as itself.
            roles.setdefault(unicodedata.normalize("NFKC", word), role)
    return roles


def _is_hangul(text: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in text)


#: Korean particles joined after a noun ("혜산시에서", in Hyesan city; "단둥을"): at,
#: in, from, towards, to, as far as, of, the object's and the topic's.  Those of two
#: syllables or more are parted from any word; one-syllable ones, which end many names,
#: only from a unit word ("혜산시에", "김형직군의").
_KOREAN_PARTICLES = ("에서는", "에서도", "에서의", "에서", "으로", "에게", "까지", "부터", "에는")
_KOREAN_SHORT_PARTICLES = ("에", "의", "을", "를", "은", "는", "로", "과", "와")


def _without_korean_particle(word: str, roles: dict[str, str]) -> str:
    """A Hangul word without the particle joined after it; the word if none is."""
    if not _is_hangul(word):
        return word
    for particle in _KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) >= len(particle) + 2:
            return word[: -len(particle)]
    for particle in _KOREAN_SHORT_PARTICLES:
        stem = word[: -len(particle)]
        if word.endswith(particle) and any(
            stem.endswith(r) and len(stem) > len(r) + 1 for r in roles if _is_hangul(r)
        ):
            return stem
    return word


def _is_thai_or_lao(text: str) -> bool:
    return all("\u0e00" <= c <= "\u0eff" or c == "." for c in text)


def _is_khmer(text: str) -> bool:
    return bool(text) and all("\u1780" <= c <= "\u17ff" for c in text)


def _split_khmer(word: str, roles: dict[str, str]) -> tuple[str, str | None]:
    """ "ខេត្តសុរិន្ទ" → ("សុរិន្ទ", "region"): Khmer, like Thai, writes its unit word
    (ខេត្ត province, ស្រុក district) joined before the name, without a space.

    Words stack there: "នៅច្រកព្រំដែនអន្ដរជាតិខ្លងលឹក" (at / the international border
    gate / Khlong Luek) gives ("ខ្លងលឹក", "crossing"); the role is the first that says
    what the name is, not a preposition's ("generic") unless only those were joined.
    """
    khmer_roles = sorted((w for w in roles if _is_khmer(w)), key=len, reverse=True)
    rest, found = word, []
    while True:
        role_word = next(
            (w for w in khmer_roles if rest.startswith(w) and len(rest) > len(w) + 1), None
        )
        if role_word is None:
            break
        rest = rest[len(role_word) :]
        found.append(roles[role_word])
    role = next((r for r in found if r != "generic"), found[0] if found else None)
    return rest, role


# Arabic joins its one-letter prepositions to the next word: "بقضاء" (in the district
# of), "لمدينة" (of the city), "للبلدة" (li + al-).  Not "و" (and): "بين البريمي ومدينة
# العين" names two places, which the text's "between" reads.
_ARABIC_JOINED = ("ب", "ل")


def _arabic_joined_role(word: str, roles: dict[str, str]) -> str | None:
    """The role of a role word of the tables with an Arabic preposition joined to it."""
    if not "\u0600" <= word[:1] <= "\u06ff":
        return None
    if word.startswith("لل") and "ال" + word[2:] in roles:
        return roles["ال" + word[2:]]
    for prefix in _ARABIC_JOINED:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 2 and rest in roles:
            return roles[rest]
    return None


def _joined_to_what_follows(word: str) -> bool:
    """Whether ``word`` is an Arabic role word with a preposition joined to it.

    "بقضاء" (in the district of) introduces the name after it, never names the one
    before: "بلدة الخيام بقضاء مرجعيون" is the town of Khiam in Marjayoun district,
    not a district of Khiam.  So do the Arabic words for "near".
    """
    roles = _script_roles()
    bare = word.strip("()[]")
    if bare in _ARABIC_NEAR_BEFORE:
        # "بلدة الصرفند القريبة من صيدا": "close to" opens the name after it (Sidon);
        # the town before it is no nearer anything.
        return True
    return bare not in roles and _arabic_joined_role(bare, roles) is not None


#: Arabic city, town, village and port: words saying what the place named next is, which
#: may stand between a near word and that name ("قرب مدينة أم قصر").
_ARABIC_CLASS_WORDS = frozenset(
    {"مدينة", "مدينه", "بلدة", "بلده", "قرية", "قريه", "ميناء", "مرفأ"}
)

#: Arabic "near", "close to", "opposite": written before the place they are near, never
#: after it.
_ARABIC_NEAR_BEFORE = frozenset({"القريبة", "القريب", "قرب", "بالقرب", "مقابل"})


@lru_cache(maxsize=65536)
def split_role(word: str) -> tuple[str, str | None]:
    """A word without the role word joined to it: "อำเภอแม่สอด" → ("แม่สอด", "district").

    Thai, Lao and Khmer join the unit word before the name, Korean after it ("파주시"); other
    scripts write it apart.  A word that is itself a role word gives ("", role).  A
    Thai municipality ("เทศบาลเมืองมุกดาหาร") or village ("บ้านด่านนอก") gives the role
    ``settlement``: the town or village, never a unit or a crossing.  Kept per word:
    the runs of a text are cut into candidate names many ways.
    """
    roles = _script_roles()
    # A bracket joined to a role word is no part of it: "(قضاء بنت جبيل)".
    bare = word.strip("()[]")
    if bare in roles:
        return "", roles[bare]
    joined = _arabic_joined_role(bare, roles)
    if joined:
        return "", joined
    # "สะพานมิตรภาพไทย-เมียนมาแห่งที่1" (the first Thai-Myanmar Friendship Bridge): the
    # word is Thai without the number joined to it.
    word = _THAI_FIRST.sub("", word)
    if _is_thai_or_lao(word.replace("-", "")):
        # "ด่านแม่สาย-ท่าขี้เหล็ก": a crossing named by its two towns, joined to its word.
        return _split_thai(word, roles)
    if _is_khmer(word):
        return _split_khmer(word, roles)
    word = _without_korean_particle(word, roles)
    if word in roles:
        return "", roles[word]
    for role_word in _hangul_role_words():
        if word.endswith(role_word) and len(word) > len(role_word) + 1:
            return word[: -len(role_word)], roles[role_word]
    return word, None


@lru_cache(maxsize=1)
def _hangul_role_words() -> tuple[str, ...]:
    """The role words in Hangul, longest first (the table's order among equals)."""
    return tuple(
        word for word in sorted(_script_roles(), key=len, reverse=True) if _is_hangul(word)
    )


# Thai words joined to a crossing's name that only say what is done at it ("การปิด",
# the closing of) or which of its things is meant ("สะพาน", bridge; "แห่งที่", the n-th;
# "อาคาร", the building of the checkpoint: "อาคารด่านพรมแดนสิงขร").
_THAI_ACTIONS = ("การปิด", "การเปิด", "อาคาร")
_THAI_NTH = "แห่งที่"
_THAI_QUALIFIERS = ("สะพาน", _THAI_NTH)
#: "The first" written joined to a word's end ("แห่งที่1"): the table's unnumbered
#: crossing of the name.  A later number ("แห่งที่2") stays joined, so the word is
#: no name: the resolver tells numbered bridges apart only from a spaced number.
_THAI_FIRST = re.compile(r"(?<=แห่งที่)0?1$")
_THAI_PERMANENT = "ถาวร"
#: Thai "in" and "(the) area (of)" joined before a unit's word: "ในพื้นที่อำเภอพนมดงรัก",
#: "ชายแดนในพื้นที่จังหวัดศรีสะเกษ".
THAI_IN_THE_AREA = re.compile("^(?:ใน)?(?:พื้นที่|บริเวณ)+")
#: Thai "across" joined before a river's word: "ข้ามแม่น้ำสาย" (across the Sai river) of
#: a bridge; the river is the name, "across" no part of it.
#: "ำ" (sara am) may come as its NFKC parts, "ํ" and "า".
_THAI_ACROSS_A_RIVER = re.compile("^ข้าม(?=(?:แม่|ลำ|ลํา)น้(?:ำ|ํา)\\S)")
# Thai and Lao "village" before a village's name.
_THAI_VILLAGE = ("บ้าน", "ບ້ານ")
# Thai municipalities: of a city, a town, a subdistrict ("เทศบาลเมืองมุกดาหาร": the town
# municipality of Mukdahan), the town itself, also after "เขต" (the area of).
_THAI_MUNICIPALITY = tuple(
    unicodedata.normalize(form, word)
    for word in ("เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล")
    for form in ("NFC", "NFKC")
)


def _split_thai(word: str, roles: dict[str, str]) -> tuple[str, str | None]:
    """ "อำเภอแม่สอด" → ("แม่สอด", "district"); "ด่านพรมแดนแม่สายแห่งที่" → ("แม่สาย",
    "crossing"): Thai writes no spaces, so a crossing's words stack before its name
    ("ด่าน" checkpoint, then "พรมแดน" border) and words after the name join it."""
    thai_roles = sorted((w for w in roles if _is_thai_or_lao(w)), key=len, reverse=True)

    def after_role(text: str, wanted: str | None = None) -> tuple[str, str | None]:
        for role_word in thai_roles:
            fits = text.startswith(role_word) and len(text) > len(role_word) + 1
            if fits and (wanted is None or roles[role_word] == wanted):
                return text[len(role_word) :], roles[role_word]
        return text, None

    rest = _THAI_ACROSS_A_RIVER.sub("", word)
    area = THAI_IN_THE_AREA.match(rest)
    if area and after_role(rest[area.end() :])[1] in ("district", "region", "crossing"):
        # "ในพื้นที่อำเภอ X" (in the area of X district): the unit, not a name
        # "พื้นที่อำเภอ X".
        rest = rest[area.end() :]
    for action in _THAI_ACTIONS:
        if rest.startswith(action) and after_role(rest[len(action) :])[1] == "crossing":
            rest = rest[len(action) :]
    rest, role = after_role(rest)
    if role in ("border", "generic"):
        # "ตะเข็บชายแดนอำเภอสะเดา" (the border seam of Sadao district): the unit word
        # after the border word says what the name is.
        inner, inner_role = after_role(rest)
        if inner_role in ("district", "region"):
            rest, role = inner, inner_role
    if role == "generic" and word.startswith(_THAI_VILLAGE):
        # "บ้านด่านนอก" (the village of Dan Nok): a village, not the crossing whose
        # other name it shares.
        return rest, "settlement"
    if role in (None, "district"):
        for municipality in _THAI_MUNICIPALITY:
            if rest.startswith(municipality) and len(rest) > len(municipality) + 1:
                return rest[len(municipality) :], "settlement"
    if role == "crossing":
        rest = after_role(rest, "border")[0]
        # "ด่านพรมแดนเทศบาลตำบลแม่สาย": the checkpoint of the town's municipality is
        # named after the town.
        for municipality in _THAI_MUNICIPALITY:
            if rest.startswith(municipality) and len(rest) > len(municipality) + 1:
                rest = rest[len(municipality) :]
                break
        # "ด่านพรมแดนถาวรแม่สอด": "ถาวร" (permanent) says which kind of checkpoint.
        if rest.startswith(_THAI_PERMANENT) and len(rest) > len(_THAI_PERMANENT) + 1:
            rest = rest[len(_THAI_PERMANENT) :]
        cuts = [rest.find(q) for q in _THAI_QUALIFIERS if rest.find(q) >= 2]
        rest = rest[: min(cuts)] if cuts else rest
    elif rest.endswith(_THAI_NTH) and len(rest) > len(_THAI_NTH) + 1:
        # "สะพานมิตรภาพไทย-เมียนมาแห่งที่" (the Thai-Myanmar Friendship Bridge, the n-th):
        # "the n-th" ending any name says which of its kind, never part of the name.
        rest = rest[: -len(_THAI_NTH)]
    return rest, role


def caseless_candidates(
    words: tuple[str, ...], known: Callable[[str], bool] | None = None
) -> list[tuple[int, int, str, str | None]]:
    """Names a run of a caseless script may hold, longest first, with the role beside them.

    Each is (first word, end, text, role): the text without role words joined to its
    ends, the role that of a word joined to it or written just before or after it.
    With ``known`` (whether a text is a place's whole name), words that are a name as
    written are one, though a role word is among them ("اسلام قلعه": Islam Qala, with
    "قلعه", fort), and a Persian or Arabic word is also tried as the two words
    writers join or part at will ("اسلامقلعه").
    """
    split = [split_role(word) for word in words]
    found = []
    for length in range(min(len(words), MAX_RUN_WORDS), 0, -1):
        for start in range(len(words) - length + 1):
            end = start + length
            parts = list(words[start:end])
            as_written = " ".join(parts)
            parted = (
                _parted(parts[0], known) or _korean_particle_parted(parts[0], known)
                if known is not None and length == 1
                else ""
            )
            roles = []
            first, first_role = split[start]
            last, last_role = split[end - 1]
            near = any(
                0 <= beside < len(words) and split[beside] == ("", "near")
                for beside in (start - 1, end)
            )
            if (
                length == 1
                and last_role
                and _is_hangul(words[start])
                and known is not None
                and (
                    all(
                        not split[i][0] or any(c.isdigit() for c in words[i])
                        for i in range(len(words))
                        if i != start
                    )
                    or (near and bool(last) and not known(last))
                )
                and known(words[start])
            ):
                # "서해 연평도 근해" (the waters off Yeonpyeong Island): Korean "도" ends an
                # island's name as it does a province's; the one name of a run (the other
                # words role words or numbers), a place's whole name as written, is that
                # name, read with the role its ending gives.  Beside other names, so is
                # a whole name whose stem names nothing with a near word beside it
                # ("백령도 인근 북방한계선", the line near Baengnyeong Island: "백령" is no
                # province), which says what is meant: near the island.
                found.append((start, end, words[start], "near" if near else last_role))
                continue
            if length == 1:
                parts = [first if first_role and not _is_hangul(words[start]) else last]
                roles.append(first_role or last_role)
            else:
                parts[0], parts[-1] = first, last
                roles += [first_role if first != words[start] else None]
                roles += [last_role if last != words[end - 1] else None]
            beside_roles = [
                split[beside][1]
                for beside in (start - 1, end)
                if 0 <= beside < len(words)
                and split[beside][0] == ""
                and not (beside == end and _joined_to_what_follows(words[end]))
            ]
            if start >= 2 and words[start - 1].strip("()[]«»") in _ARABIC_CLASS_WORDS:
                # "مقابل ميناء «أم قصر»" (opposite the port of Umm Qasr): a word saying
                # what the place is stands between "near" and its name.
                before, before_role = split[start - 2]
                if before == "" and before_role == "near":
                    beside_roles.insert(0, "near")
            if any(not part or is_generic(part) for part in parts):
                if known is not None and length > 1 and known(as_written):
                    # "اسلام قلعه": a role word inside a name, as its words are written.
                    role = next((r for r in beside_roles if r and r != "generic"), None)
                    found.append((start, end, as_written, role))
                continue
            if start >= 1 and split[start - 1] == ("", "near") and roles[:1] == ["district"]:
                # "ตรงข้าม อ.พบพระ" (opposite Phop Phra district): the word before says
                # where the place is, beside the district's seat, not in the district
                # ("김형직군 인근", near the county, after it, stays the county).
                roles = ["near"]
            roles += beside_roles
            role = next((r for r in roles if r and r != "generic"), None)
            found.append((start, end, parted or " ".join(parts), role))
    return found


# Persian and Arabic letters: a word of them only may be two joined words of a name.
_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
# Each part of such a word has this many letters at least.
_MIN_PART = 3


def _parted(word: str, known: Callable[[str], bool]) -> str:
    """ "اسلامقلعه" → "اسلام قلعه": an Arabic-script word that is unknown as written but
    is a place's name of two words when parted (Persian writes a compound name joined
    or apart); "" when it is not exactly one such name."""
    if not _ARABIC_WORD.fullmatch(word) or known(word):
        return ""
    names = {
        f"{word[:at]} {word[at:]}"
        for at in range(_MIN_PART, len(word) - _MIN_PART + 1)
        if known(f"{word[:at]} {word[at:]}")
    }
    return names.pop() if len(names) == 1 else ""


def _korean_particle_parted(word: str, known: Callable[[str], bool]) -> str:
    """ "단둥을" → "단둥": a Hangul word unknown as written whose stem, a one-syllable
    particle parted from it, is a place's whole name; "" otherwise.

    :func:`_without_korean_particle` parts such a particle only from a unit word, as
    it ends many names; a stem the data knows as a place says it is a particle here.
    """
    if not _is_hangul(word) or known(word):
        return ""
    for particle in _KOREAN_SHORT_PARTICLES:
        stem = word[: -len(particle)]
        if word.endswith(particle) and len(stem) >= 2 and known(stem):
            return stem
    return ""


@lru_cache(maxsize=1)
def _known_small_words() -> frozenset[str]:
    """Keys of the words the tables know: roles, titles, prepositions, common words."""
    words = load_place_words()
    keys = set(_generic_keys()) | set(_preposition_keys()) | set(words.common)
    keys.update(normalise(w) for w in (*words.settlement, *words.border) if " " not in w)
    keys.update(normalise(w) for w in _ARTICLES)
    keys.update(normalise(w) for w in JOINERS)
    return frozenset(keys)


def unknown_nouns(text: str) -> list[str]:
    """Lower-case words of ``text`` that no table knows ("farmstead", "plantation").

    Words of three letters or fewer and words of caseless scripts are not counted:
    they are function words or cannot be told from names.
    """
    found = []
    for word, _, _ in tokens_of(text):
        if not is_cased(word) or not word[:1].islower() or len(letters(word)) <= 3:
            continue
        if normalise(word) not in _known_small_words():
            found.append(word)
    return found


def border_rest(text: str) -> str:
    """What follows a border word joined to a caseless text's first words, or "".

    "ชายแดนไทย-กัมพูชา ด้านสุรินทร์" → "ไทย-กัมพูชา"; "ຊາຍແດນ ໄທ-ມະເລເຊຍ" → "ໄທ-ມະເລເຊຍ".
    """
    # "ชายแดนไทย - พม่า": a dash set apart by spaces still joins the two countries.
    words = re.sub(r"(?<=[\u0e00-\u0eff])\s*[-–]\s*(?=[\u0e00-\u0eff])", "-", text).split()
    borders = sorted(load_place_words().other_scripts.get("border", ()), key=len, reverse=True)
    for index, word in enumerate(words):
        for border in borders:
            at = word.find(border)  # "ชาวบ้านแนวชายแดนไทย-กัมพูชา": villagers along...
            if at >= 0:
                rest = word[at + len(border) :]
                if rest:
                    return rest
                return words[index + 1] if index + 1 < len(words) else ""
    return ""
