"""Seas, straits, gulfs and the disputed islets in them, by name.

Maritime border reporting names bodies of water and the rocks in them more than towns:
"the Strait of Hormuz", "Scarborough Shoal", "in the Gulf of Finland", "the area of the
Senkaku Islands".  The gazetteer holds populated places only, so such a phrase used to
be unresolved.  ``data/gazetteer/waters.tsv`` lists each feature once, with the name
forms reporters write (with the water or island word unless the bare name is no
place's: "Hormuz" alone is a town), the point its article gives and the radius of a
circle that covers it.  The resolver answers with that circle, never a pin: a sea is an
area, and even an islet's report seldom says where on or around it the event was.

Loaded on first use only, so the cold start of ``bordermap geocode`` does not pay for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from shapely.geometry import Point

import bordermap.data
from bordermap.geo.borders.admin1 import region_rows
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.inflection import languages_of, nominative_keys
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import KM_PER_DEGREE, Scope, km_between
from bordermap.geo.places.water_head_words import water_head_nominatives
from bordermap.geo.places.words import iso_country_codes

if TYPE_CHECKING:
    from bordermap.geo.places.resolver import PlaceResolver

__all__ = [
    "WATERS_FILE",
    "WATER_KINDS",
    "Water",
    "island_group_of_its_town",
    "load_waters",
    "water_answer",
    "water_key",
    "water_named",
    "water_opening",
    "whole_water_form",
]

WATERS_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "waters.tsv"
#: The kinds of feature the table holds.
WATER_KINDS = frozenset(
    {
        "sea",
        "gulf",
        "bay",
        "strait",
        "channel",
        "lagoon",
        "island",
        "islands",
        "reef",
        "shoal",
        "bank",
        "cay",
    }
)
_COLUMNS = ("kind", "name", "forms", "lat", "lon", "reach_km", "countries", "source", "note")
#: Features this small or smaller are answered at precision ``near`` (an islet, a reef:
#: "near" a point, as a circle); larger ones at ``region`` (an area, as a circle).
NEAR_REACH_KM = 25
#: An article before the name ("the Strait of Hormuz", "el golfo de Fonseca").
_LEADING_ARTICLE = re.compile(r"^(?:the|el|la|le|les|los|las|il|lo|die|der|das|den|o|a) (?=\S)")
#: An island word before a land feature's own form: "la isla cayo de Serrana" is the
#: cay; "island" and "cay" are not repeated in the forms.  Also an islet "of" a group,
#: which the group's circle holds ("un illot de les illes Alhucemas", an islet of the
#: Alhucemas islands, in Catalan), the words in the plural and the article after "of".
_ISLAND_WORD = re.compile(
    r"^(?:(?:an|a|un|una|um|uma) )?(?:isla|islas|islote|islotes|island|islands|islet|islets|"
    r"ile|iles|ilot|ilots|ilha|ilhas|ilheu|isola|isole|isolotto|illa|illes|illot|illots) "
    r"(?:of the |of |de les |de las |de los |de la |dels |del |des |du |de |d')?(?=\S)"
)
#: The kinds an island word may stand before; not a sea's ("isla Mar Caribe").
_LAND_KINDS = frozenset({"island", "islands", "reef", "shoal", "bank", "cay"})


@dataclass(frozen=True)
class Water:
    """A body of water or a feature in one, drawn as a circle.

    Attributes
    ----------
    kind : str
        One of :data:`WATER_KINDS`.
    name : str
        Its English name ("Strait of Hormuz").
    lat, lon : float
        The point its cited article gives.
    reach_km : float
        Radius of a circle about the point that covers the feature.
    countries : tuple of str
        ISO alpha-2 codes of the coastal states or claimants.
    """

    kind: str
    name: str
    lat: float
    lon: float
    reach_km: float
    countries: tuple[str, ...]


def water_key(text: str) -> str:
    """The lookup key of a name form: normalised, without a leading article."""
    return _LEADING_ARTICLE.sub("", normalise(text))


def _number(text: str, where: str, limit: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise GeometryDataError(f"{where}: {text!r} is not a number") from None
    if not -limit <= value <= limit or len(text.partition(".")[2]) > 5:
        raise GeometryDataError(f"{where}: {text!r} is out of ±{limit:g} or has over 5 decimals")
    return value


def _row(fields: list[str], where: str, known: frozenset[str]) -> tuple[Water, list[str]]:
    if len(fields) != len(_COLUMNS):
        raise GeometryDataError(f"{where}: fields: {len(fields)}, expected {len(_COLUMNS)}")
    row = dict(zip(_COLUMNS, fields, strict=True))
    for column, value in row.items():
        if not value or value != value.strip():
            raise GeometryDataError(f"{where}: {column}: empty or padded with spaces")
    if row["kind"] not in WATER_KINDS:
        kinds = ", ".join(sorted(WATER_KINDS))
        raise GeometryDataError(f"{where}: kind: {row['kind']!r} is not one of {kinds}")
    forms = row["forms"].split(";")
    if row["name"] not in forms:
        raise GeometryDataError(f"{where}: forms: the name {row['name']!r} is not among them")
    codes = row["countries"].split(";")
    if any(code not in known for code in codes) or codes != sorted(set(codes)):
        raise GeometryDataError(
            f"{where}: countries: {row['countries']!r} is not sorted ISO alpha-2 codes"
        )
    reach = row["reach_km"]
    if not reach.isdigit() or int(reach) <= 0:
        raise GeometryDataError(f"{where}: reach_km: {reach!r} is not a positive whole number")
    if not row["source"].startswith("https://") or any(c.isspace() for c in row["source"]):
        raise GeometryDataError(f"{where}: source: not an https:// address")
    water = Water(
        row["kind"],
        row["name"],
        _number(row["lat"], f"{where}: lat", 90.0),
        _number(row["lon"], f"{where}: lon", 180.0),
        float(reach),
        tuple(codes),
    )
    return water, forms


@lru_cache(maxsize=2)
def load_waters(path: Path = WATERS_FILE) -> Mapping[str, Water]:
    """Read ``waters.tsv``: the lookup key of every name form → its feature.

    Parameters
    ----------
    path : Path
        The table (tab-separated, with the header ``kind name forms lat lon reach_km
        countries source note``, rows sorted by kind, then name).

    Returns
    -------
    Mapping of str to Water

    Raises
    ------
    GeometryDataError
        Naming the file, line and field of a malformed row: a wrong number of fields,
        an empty or padded field, an unknown kind or country code, coordinates out of
        range, a reach that is not a positive whole number, a source that is not an
        https address, a name not among its forms, a form that gives no lookup key or
        one another row has already, or a row out of order.
    """
    known = iso_country_codes()
    index: dict[str, Water] = {}
    lines_of: dict[str, int] = {}
    previous = ("", "")
    with path.open(encoding="utf-8") as lines:
        header = next(lines, "").rstrip("\n").split("\t")
        if tuple(header) != _COLUMNS:
            raise GeometryDataError(f"{path}:1: header must be {' '.join(_COLUMNS)}")
        for number, line in enumerate(lines, start=2):
            where = f"{path}:{number}"
            water, forms = _row(line.rstrip("\n").split("\t"), where, known)
            order = (water.kind, water.name.casefold())
            if order < previous:
                raise GeometryDataError(f"{where}: name: rows not sorted by kind, then name")
            previous = order
            for form in forms:
                key = water_key(form)
                if not any(ch.isalpha() for ch in key):
                    # An empty key would match every text that normalises to nothing.
                    raise GeometryDataError(f"{where}: forms: {form!r} gives no lookup key")
                if lines_of.setdefault(key, number) != number:
                    # One form, two features: the table would have to guess.
                    raise GeometryDataError(
                        f"{where}: forms: {form!r} is a form of line {lines_of[key]} too"
                    )
                index[key] = water
    return index


def whole_water_form(text: str) -> bool:
    """Whether ``text`` is, word for word, a form the waters table lists.

    "بحر عمان" (the Sea of Oman), "خليج عمان": a water's name may hold a country's
    name, which a caseless script's reader otherwise takes for a word apart from the
    name ("in Oman").  Only a whole listed form counts, no island word taken off.

    Parameters
    ----------
    text : str
        Words of a place text as written.

    Returns
    -------
    bool
    """
    key = water_key(text)
    return bool(key) and key in load_waters()


def water_named(text: str) -> Water | None:
    """The feature a place text names ("the Strait of Hormuz"), or None."""
    key = water_key(text)
    water = load_waters().get(key)
    # Only as a fallback, so a form that begins with the word is read whole; an islet
    # of a group is two such words ("islote de las islas X").
    for _ in range(2):
        word = _ISLAND_WORD.match(key)
        if water is not None or word is None:
            break
        key = key[word.end() :]
        # "illes Alhucemas" (Catalan) is listed as "Alhucemas Islands": the bare name is
        # a town's, so the English and Spanish forms are tried too.
        plural = word[0].split()[-1].endswith("s") or word[0].split()[-1] == "isole"
        english, spanish = ("islands", "islas") if plural else ("island", "isla")
        for form in (key, f"{key} {english}", f"{spanish} {key}"):
            water = load_waters().get(form)
            if water is not None:
                break
        if water is not None and water.kind not in _LAND_KINDS:
            return None
    if water is None:
        water = _named_with_another_island_word(key)
    return water


#: The island word after the name ("Phu Lam Island", "Yongxing Dao") or Vietnamese and
#: Malay ones before it ("Đảo Phú Lâm", "Quần đảo Hoàng Sa", "Pulau Sipadan"), with
#: whether it is the plural (a group).  "archipelago" is a group's word as "islands" is
#: ("the Truong Sa archipelago", the Vietnamese "quần đảo" in English).
_ISLAND_WORD_AFTER = re.compile(
    r"(?<=\S) (?P<word>island|islands|isle|islet|dao|qundao|archipelago)$"
)
_ISLAND_WORD_BEFORE = re.compile(r"^(?P<word>quan dao|dao|pulau|kepulauan) (?=\S)")
_PLURAL_ISLAND_WORDS = frozenset({"islands", "qundao", "quan dao", "kepulauan", "archipelago"})


def _named_with_another_island_word(key: str) -> Water | None:
    """The island or group a name with its island word names, the word being another
    language's than the listed forms': "Phu Lam Island" is listed as "Đảo Phú Lâm".

    Only an island, a group or another land feature is taken; None otherwise.
    """
    word = _ISLAND_WORD_AFTER.search(key) or _ISLAND_WORD_BEFORE.match(key)
    if word is None:
        return None
    bare = (key[: word.start()] + key[word.end() :]).strip()
    if word["word"] in _PLURAL_ISLAND_WORDS:
        forms = (f"{bare} islands", f"quan dao {bare}", f"{bare} qundao", f"kepulauan {bare}")
    else:
        forms = (f"{bare} island", f"dao {bare}", f"{bare} dao", f"pulau {bare}")
    waters = load_waters()
    for form in forms:
        water = waters.get(form)
        if water is not None and form != key:
            return water if water.kind in _LAND_KINDS else None
    return None


def island_group_of_its_town(resolver: PlaceResolver, result: PlaceResult) -> PlaceResult:
    """The island group a town bearing its name stands for, else ``result``.

    "tại Hoàng Sa" (at Hoàng Sa): Vietnam's island district bears the Paracels' name
    and its seat lies among them, so the bare name is the group's, tens of km across,
    not the seat's point.  Only a town inside the circle of a group listed with the
    town's name and the island-group word, whose claimants include the town's country.

    Parameters
    ----------
    resolver : PlaceResolver
        The resolver that answered.
    result : PlaceResult
        Its answer.

    Returns
    -------
    PlaceResult
        The group drawn as its circle, or ``result`` unchanged.
    """
    if result.status != "resolved" or result.precision not in ("settlement", "near"):
        return result
    if result.lat is None or result.lon is None or not result.name:
        return result
    name = water_key(result.name)
    groups = {load_waters().get(f"{word} {name}") for word in ("quan dao", "kepulauan")}
    groups |= {load_waters().get(f"{name} {word}") for word in ("islands", "qundao")}
    groups.discard(None)
    group = groups.pop() if len(groups) == 1 else None
    if group is None or group.kind != "islands" or result.country not in group.countries:
        return result
    km = km_between(result.lat, result.lon, group.lat, group.lon)
    if km > group.reach_km:
        return result
    drawn = _drawn(resolver, group)
    note = f"{result.name} is the town of the island group of its name: {drawn.note}"
    resolver.log(note)
    return replace(drawn, query=result.query, note=note)


#: Words a feature's name may follow at the opening of a text: a preposition and an
#: article ("in the Sea of Azov"); the name itself comes within four words after them.
_OPENING_WORDS = 2
_NAME_WORDS = 4


def water_opening(text: str, languages: tuple[str, ...]) -> tuple[Water, str, str] | None:
    """The feature whose name opens ``text``, the name as written and the words after
    it, or None.

    "в Азовском море недалеко от города Мариуполь" (in the Sea of Azov, not far from
    Mariupol) opens with the sea, named in the locative: the sea, "Азовском море" and
    "недалеко от города Мариуполь".  Up to two lower-case words (a preposition, an article) may
    stand before the name; the longest name wins; a text the name fills is no opening.
    """
    words = text.split()
    for start in range(min(_OPENING_WORDS, len(words) - 1) + 1):
        if any(not word[:1].islower() for word in words[:start]):
            break
        last = min(len(words) - 1, start + _NAME_WORDS)
        for end in range(last, start, -1):
            form = " ".join(words[start:end]).rstrip(",;:")
            water = water_named(form)
            if water is None:
                water, _ = _declined_water(water_key(form), languages)
            if water is not None:
                rest = " ".join(words[end:]).lstrip(",;: ")
                return (water, form, rest) if rest else None
    return None


def _declined_water(key: str, languages: tuple[str, ...]) -> tuple[Water | None, str]:
    """The feature a declined name form names and the nominative read, or (None, "").

    The generic ending rules of the text's languages first ("в Финском заливе"), then a
    Finnic head word whose stem changes as it declines ("Soome lahes", "Läänemerel").
    """
    variants = [variant for variant, _ in nominative_keys(key, languages)]
    for variant in (*variants, *water_head_nominatives(key)):
        water = water_named(variant)
        if water is not None:
            return water, variant
    return None, ""


def water_answer(resolver: PlaceResolver, text: str, scope: Scope) -> PlaceResult | None:
    """The feature ``text`` names, drawn as its circle; None when it names none.

    A text that puts the place near a town is no body of water's, nor one that puts it
    in a region of a country the feature is not of; a text that names a country ("X,
    Greece") keeps only a feature of that country; a feature off none of the event's
    countries is unresolved, with the reason.
    """
    if scope.anchor is not None:
        return None
    water = water_named(text)
    if water is None:
        # "в Финском заливе": the name in a case of the text's language, read back to
        # its nominative, as the forms are listed.
        languages = languages_of(text) or getattr(resolver, "hint_languages", ())
        water, variant = _declined_water(water_key(text), languages)
        if water is not None:
            resolver.log(f"the water {water_key(text)!r} read back to {variant!r}")
    if water is None or (scope.countries and not set(water.countries) & set(scope.countries)):
        return None
    if scope.admin1 and scope.admin1.split("-")[0] not in water.countries:
        # "Browse Island ... in Western Australia": a region of one of the feature's
        # states may be named as its container (the outlines leave such islands out).
        return None
    if resolver.hint and not set(water.countries) & set(resolver.hint):
        # The event's country is a constraint: a sea it has no coast on is not taken
        # silently.
        return resolver.unresolved(
            note=f"the {water.kind} {water.name} lies off {', '.join(water.countries)}, "
            f"not the event's country {', '.join(resolver.hint)}"
        )
    return _drawn(resolver, water)


def _drawn(resolver: PlaceResolver, water: Water) -> PlaceResult:
    precision = "near" if water.reach_km <= NEAR_REACH_KM else "region"
    hinted = [code for code in water.countries if code in resolver.hint]
    if len(water.countries) == 1:
        country = water.countries[0]
        side = ""
    else:
        # A shared sea or a disputed rock belongs to no one country: the event is put on
        # the side of its own country, one of the coastal states or claimants, as an
        # event at a crossing is (the data may draw a disputed island in the other's
        # land: the Habomai Islands lie in Russia's outline, a Japanese event is
        # Japan's).
        country = hinted[0] if len(hinted) == 1 else None
        side = f"; counted on the side of the event's country {country}" if country else ""
    region = _one_region_reached(water) if len(water.countries) == 1 else None
    note = (
        f"the {water.kind} {water.name} ({', '.join(water.countries)}): drawn as a circle "
        f"of {water.reach_km:g} km about its middle; the text gives no finer place in it"
        f"{side}"
    )
    return resolver.drawn_around(
        water.name, water.lat, water.lon, precision, water.reach_km, note, country, region
    )


def _one_region_reached(water: Water) -> str | None:
    """The one admin-1 region of the feature's country its circle reaches and its point
    lies in, else None.

    "towards the island of Lesvos" is in the North Aegean region, which holds the
    island; a shoal 100 km out at sea reaches none, a gulf several.
    """
    rows, polygons = region_rows(water.countries[0])
    circle = Point(water.lon, water.lat).buffer(water.reach_km / KM_PER_DEGREE)
    reached = [(row["code"], polygon) for row, polygon in zip(rows, polygons, strict=True)
               if polygon.intersects(circle)]  # fmt: skip
    # The outlines leave out many small islands: a circle that reaches one unit's coast
    # may belong to another unit the outline does not draw there, so the one region
    # must also hold the feature's point.
    if len(reached) != 1 or not reached[0][1].contains(Point(water.lon, water.lat)):
        return None
    return reached[0][0]
