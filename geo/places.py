"""Place expressions: what shape of place a report's words describe.

Reports rarely name a point.  They say "the Latvia–Belarus border", "Vitebsk region",
"near Krāslava" or "Daugavpils, Latvia".  :func:`parse_place` recognises these forms
from the words alone and returns a :class:`PlaceExpression` naming what to look up;
the gazetteer then decides whether the names exist (see
:mod:`bordermap.geo.geocoder`).  Nothing here reads data, so the grammar can be tested
on its own.

Recognised forms (case-insensitive, any dash, optional "the" and "on/at/along the"):

``border``
    "X–Y border", "X-Y border", "X/Y border", "Latvian-Belarusian border",
    "латвийско-белорусская граница", "granica polsko-białoruska",
    "the border between X and Y", "X's border with Y", "X border with Y",
    "border with Y" (the other side comes from the event's country).
``side``
    "the Latvian side of the Latvia–Belarus border", "Latvia's side of the border
    with Belarus", "Latvia–Belarus border, Latvian side".
``within``
    "eastern Latvia", "north-eastern Belarus", "somewhere in Latvia", "Latvian
    territory", "the territory of Belarus": a part of X we cannot draw, so X itself.
``region`` / ``district``
    "X region / oblast / voblast / province / county / voivodeship / governorate /
    krai / municipality" (``region``), "X district / raion / rayon / powiat"
    (``district``), the same in Russian, Belarusian, Ukrainian and Polish, and
    "oblast X" / "obwód X" / "województwo X".
``near``
    "near X", "outside X", "close to X", "around X", "in the vicinity of X",
    "on the outskirts of X", "X area", "X vicinity", "X outskirts", "west of X",
    "20 km east of X".
``restricted``
    "X, Country" (or "X, Region"): ``X`` looked up only there.
``name``
    anything else: a country, a settlement or a region by name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bordermap.geo.names import DASHES

__all__ = ["DISTRICT_WORDS", "EXPRESSION_KINDS", "REGION_WORDS", "PlaceExpression", "parse_place"]

#: What :func:`parse_place` can recognise.
EXPRESSION_KINDS: tuple[str, ...] = (
    "border",
    "side",
    "within",
    "region",
    "district",
    "near",
    "restricted",
    "name",
)

#: Words after (or before) a name that make it an admin-1 area.
REGION_WORDS: tuple[str, ...] = (
    "region",
    "oblast",
    "oblast'",
    "oblast’",
    "voblast",
    "voblasts",
    "voblasć",
    "province",
    "county",
    "voivodeship",
    "voivodship",
    "governorate",
    "krai",
    "kray",
    "okrug",
    "municipality",
    "novads",
    "apskritis",
    "maakond",
    "область",
    "вобласць",
    "край",
    "województwo",
    "obwód",
)
#: Words that make it a district (an area below admin-1).
DISTRICT_WORDS: tuple[str, ...] = (
    "district",
    "raion",
    "rayon",
    "powiat",
    "район",
    "раён",
    "rajons",
)
_NEAR_BEFORE = (
    "in the vicinity of",
    "on the outskirts of",
    "the outskirts of",
    "outskirts of",
    "in the area of",
    "the area of",
    "close to",
    "not far from",
    "nearby",
    "near",
    "outside",
    "around",
    "около",
    "каля",
    "возле",
    "недалеко от",
    "в районе",
    "okolice",
    "koło",
)
_COMPASS = r"(?:north|south)?(?:[\s-]?(?:east|west))?(?:ern)?|central|centre of|center of"
_WITHIN_COMPASS = re.compile(
    rf"^(?:the\s+)?(?:{_COMPASS})\s+(?:part\s+of\s+)?(?:the\s+)?(?P<rest>.+)$", re.IGNORECASE
)
_WITHIN_BEFORE = re.compile(
    r"^(?:somewhere\s+in|inside|within|(?:the\s+)?territory\s+of)\s+(?:the\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_WITHIN_AFTER = re.compile(r"^(?P<rest>.+?)\s+(?:territory|soil|airspace)$", re.IGNORECASE)
_NEAR_AFTER = ("area", "vicinity", "outskirts", "surroundings", "environs", "surrounding area")
_LEADING = re.compile(r"^(?:(?:on|at|along|across|in|to|from|into)\s+)?(?:the\s+)?", re.IGNORECASE)
_DASH_CLASS = "[" + re.escape(DASHES) + "/]"
_BORDER_WORD = (
    r"(?:state\s+|land\s+|national\s+)?"
    r"(?:border|frontier|граница|граніца|мяжа|кордон|granica|robeža|pasienis|piir)s?"
    r"(?:\s+(?:area|zone|region|line|crossing))?"
)
_PAIR_BORDER = re.compile(rf"^(?P<pair>.+?)\s+{_BORDER_WORD}$", re.IGNORECASE)
_BETWEEN = re.compile(
    rf"^{_BORDER_WORD}\s+between\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+)$",
    re.IGNORECASE,
)
_WITH = re.compile(
    rf"^(?P<a>.+?)(?:['’]s)?\s+{_BORDER_WORD}\s+with\s+(?:the\s+)?(?P<b>.+)$", re.IGNORECASE
)
_WITH_ONLY = re.compile(rf"^{_BORDER_WORD}\s+with\s+(?:the\s+)?(?P<b>.+)$", re.IGNORECASE)
_SIDE_FIRST = re.compile(r"^(?P<side>.+?)\s+side\s+of\s+(?P<rest>.+)$", re.IGNORECASE)
_SIDE_LAST = re.compile(
    r"^(?P<rest>.+?),?\s+(?:on\s+)?(?:the\s+)?(?P<side>\S+)\s+side$", re.IGNORECASE
)
_WORD_FIRST = re.compile(rf"^{_BORDER_WORD}\s+(?P<pair>.+)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class PlaceExpression:
    """What a place text asks for.

    Attributes
    ----------
    kind : str
        One of :data:`EXPRESSION_KINDS`.
    text : str
        The cleaned text (white space collapsed).
    name : str
        The name to look up (for ``border``: the first side, possibly empty when
        the other side must come from the event's country).
    other : str
        ``border``: the second side; ``restricted``: the country or region that
        restricts ``name``; ``side``: the side of the border; otherwise empty.
    splits : tuple of tuple of str
        ``border`` written with a dash: every way of cutting the pair at a dash,
        since a country name may itself hold one ("Guinea-Bissau").
    inner : PlaceExpression or None
        ``near``: the expression the place is near ("near the Latvia–Belarus border");
        ``side``: the border; ``restricted``: the expression restricted.
    suffix : str
        ``region`` / ``district``: the word that made it one ("oblast");
        ``within``: ``"compass"`` for "eastern X" (X must then be an area).
    distance_km : float or None
        ``near``: a distance the text gives ("40 km east of X").
    """

    kind: str
    text: str
    name: str = ""
    other: str = ""
    splits: tuple[tuple[str, str], ...] = ()
    inner: PlaceExpression | None = None
    suffix: str = ""
    distance_km: float | None = None


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", text).strip(" \t\n.;:")


def _strip_leading(text: str) -> str:
    return _LEADING.sub("", text, count=1).strip()


def _dash_splits(pair: str) -> tuple[tuple[str, str], ...]:
    cuts = []
    for match in re.finditer(rf"\s*{_DASH_CLASS}\s*", pair):
        a, b = pair[: match.start()].strip(), pair[match.end() :].strip()
        if a and b:
            cuts.append((a, b))
    # "Latvia and Belarus border" is rare but seen; treat "and" as a dash.
    for match in re.finditer(r"\s+and\s+", pair, re.IGNORECASE):
        a, b = pair[: match.start()].strip(), pair[match.end() :].strip()
        if a and b:
            cuts.append((a, b))
    return tuple(cuts)


def _border(text: str) -> PlaceExpression | None:
    match = _BETWEEN.match(text)
    if match:
        return PlaceExpression("border", text, match["a"], match["b"])
    match = _WITH_ONLY.match(text)
    if match:
        return PlaceExpression("border", text, "", match["b"])
    match = _WITH.match(text)
    if match:
        return PlaceExpression("border", text, match["a"], match["b"])
    match = _WORD_FIRST.match(text)
    if match and _dash_splits(match["pair"]):
        # Polish and others put the word first: "granica polsko-białoruska".
        splits = _dash_splits(match["pair"])
        return PlaceExpression("border", text, splits[0][0], splits[0][1], splits)
    match = _PAIR_BORDER.match(text)
    if match:
        splits = _dash_splits(match["pair"])
        if splits:
            return PlaceExpression("border", text, splits[0][0], splits[0][1], splits)
        # "the Belarusian border" alone: one side, the other from the event's country.
        return PlaceExpression("border", text, "", match["pair"])
    return None


def _side(text: str) -> PlaceExpression | None:
    for pattern in (_SIDE_FIRST, _SIDE_LAST):
        match = pattern.match(text)
        if match:
            side = re.sub(r"['’]s$", "", _strip_leading(match["side"]))
            inner = _border(_strip_leading(match["rest"]))
            if inner is not None and side:
                return PlaceExpression("side", text, other=side, inner=inner)
    return None


def _within(text: str) -> PlaceExpression | None:
    for pattern, suffix in (
        (_WITHIN_COMPASS, "compass"),
        (_WITHIN_BEFORE, ""),
        (_WITHIN_AFTER, ""),
    ):
        match = pattern.match(text)
        if match and match["rest"].strip() and match.end("rest") - match.start("rest") < len(text):
            rest = match["rest"].strip()
            return PlaceExpression("within", text, inner=parse_place(rest), suffix=suffix)
    return None


_DIRECTION_OF = re.compile(
    r"^(?:(?:some\s+)?(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kilometres|kilometers)\s+)?"
    r"(?:north|south|east|west)"
    r"(?:[\s-]?(?:east|west))?\s+of\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _near_before(text: str) -> PlaceExpression | None:
    match = _DIRECTION_OF.match(text)
    if match:
        # "west of Minsk", "40 km east of Daugavpils": drawn as near the place, with a
        # radius that reaches at least as far as the distance given.
        km = float(match["km"].replace(",", ".")) if match["km"] else None
        inner = parse_place(_strip_leading(match["rest"]))
        return PlaceExpression("near", text, inner=inner, distance_km=km)
    lowered = text.lower()
    for word in _NEAR_BEFORE:
        if lowered.startswith(word + " "):
            rest = text[len(word) + 1 :].strip()
            if rest:
                return PlaceExpression("near", text, inner=parse_place(rest))
    return None


def _near_after(text: str) -> PlaceExpression | None:
    lowered = text.lower()
    for word in _NEAR_AFTER:
        if lowered.endswith(" " + word):
            rest = _strip_leading(text[: -len(word) - 1].strip())
            if rest:
                return PlaceExpression("near", text, inner=parse_place(rest))
    return None


def _area(text: str) -> PlaceExpression | None:
    lowered = text.lower()
    for words, kind in ((DISTRICT_WORDS, "district"), (REGION_WORDS, "region")):
        for word in words:
            if lowered.endswith(" " + word):
                name = text[: -len(word) - 1].strip()
                if name:
                    return PlaceExpression(kind, text, name, suffix=word)
            if lowered.startswith(word + " ") or lowered.startswith(word + " of "):
                name = text[len(word) + 1 :].strip()
                name = name[3:].strip() if name.lower().startswith("of ") else name
                if name:
                    return PlaceExpression(kind, text, name, suffix=word)
    return None


def parse_place(text: str) -> PlaceExpression:
    """Recognise the form of a place text.

    Parameters
    ----------
    text : str
        A place as a report writes it ("the Latvia–Belarus border").

    Returns
    -------
    PlaceExpression
        The form and the names to look up; ``kind == "name"`` when no other form
        matched.  An empty text gives a ``name`` expression with an empty name.

    Examples
    --------
    >>> parse_place("the Latvia–Belarus border").splits
    (('Latvia', 'Belarus'),)
    >>> parse_place("near Krāslava").inner.name
    'Krāslava'
    """
    cleaned = _clean(text)
    body = _strip_leading(cleaned)
    # "near the X–Y border" is near a border; "X–Y border area" is the border itself.
    found = (
        _side(body) or _near_before(body) or _border(body) or _near_after(body) or _within(body)
    )
    if found:
        return found
    if "," in body:
        name, _, other = body.rpartition(",")
        name, other = name.strip(), other.strip()
        if name and other:
            return PlaceExpression("restricted", body, name, other, inner=parse_place(name))
    return _area(body) or PlaceExpression("name", body, body)
