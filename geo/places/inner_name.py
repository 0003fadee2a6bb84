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
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from shapely.geometry import Point

from bordermap.geo.borders.extents import country_extent, region_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.arabic_consonants import in_arabic_letters
from bordermap.geo.places.arabic_letters import ARAB_STATES
from bordermap.geo.places.arabic_script_borders import region_along_the_whole_border
from bordermap.geo.places.bengali import ends_in_bare_genitive
from bordermap.geo.places.border_by_places import BordersByPlaces
from bordermap.geo.places.cjk_words import is_cjk_bearing, is_one_cjk_character
from bordermap.geo.places.crossing_end import crossings_with_end_named
from bordermap.geo.places.disambiguation import stands_out
from bordermap.geo.places.districts import districts_named, districts_seated_at
from bordermap.geo.places.head_final_between import says_between
from bordermap.geo.places.inflection import languages_of
from bordermap.geo.places.joined_area_names import runs_joined_by_and
from bordermap.geo.places.line_with_its_places import line_marked_by_places
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.near_word_between import near_word_before
from bordermap.geo.places.phrases import PlaceExpression, parse_place
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import (
    ANYWHERE,
    BESIDE_KM,
    BORDERS_HELD_BY,
    KM_PER_DEGREE,
    POINT_ANSWERS,
    SETTLEMENT_KINDS,
    Scope,
    km_between,
    near_region_outline,
)
from bordermap.geo.places.text_runs import (
    AND_WORD,
    BETWEEN,
    BETWEEN_AFTER,
    BORDER_POST_WORD,
    CROSSING_WORD,
    DIRECTION_FROM,
    FROM_WORD,
    JOINED_WITH,
    JOINS,
    MIN_NAME_LETTERS,
    SEPARATES,
    THAI_IN_THE_AREA,
    area_word_keys,
    beside_crossing_word,
    border_rest,
    border_word_keys,
    caseless_candidates,
    is_cased,
    is_feature_noun,
    is_generic,
    letters,
    looks_like_name,
    may_be_the_place,
    names_a_border,
    names_a_feature,
    names_a_property,
    runs_of,
    settlement_words,
    spans_of,
    split_role,
    starts_with_border_word,
    tokens_of,
    unit_word_keys,
    unknown_nouns,
)
from bordermap.geo.places.waters import water_answer, water_opening, whole_water_form
from bordermap.geo.places.words import load_country_words, load_place_words
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["InnerNameReading", "name_read_inside", "read_inside_note"]


#: Words after a feature of the waters table naming the wider sea that holds it: "in" in
#: English, Spanish, Filipino, Indonesian, Vietnamese, German, French, then a sea word
#: ("Bajo de Masinloc sa West Philippine Sea", "Pulau Nipa di Laut Natuna").
_IN_A_WIDER_SEA = re.compile(
    r"^(?:in|within|en|sa|di|ở|trong|im|dans)\s+(?:the\s+|el\s+|la\s+)?"
    r"[^,;]*\b(?:sea|ocean|mar|laut|biển|meer|mer|samudra|dagat)\b[^,;]*$",
    re.IGNORECASE,
)

#: Hindi's genitive postpositions ("पंजाब के फाजिलका", Punjab's Fazilka).
_HINDI_GENITIVES = frozenset({"के", "की", "का"})
#: Hindi "in", after the place that holds what follows ("X में भारत नेपाल सीमा पर").
_HINDI_IN = "में"
#: Nepali postpositions joined after a name, longest first: "with" (सँग), the genitive
#: (को, का, की), "in" (मा), "from" (बाट), "up to" (सम्म); "भारतसँगका" is "of (the
#: crossings) with India".
_NEPALI_POSTPOSITIONS = ("सँग", "सम्म", "बाट", "को", "का", "की", "मा")
_NEPALI_GENITIVES = ("को", "का", "की")
_NEPALI_POSTPOSITION_KEYS = tuple(normalise(p) for p in _NEPALI_POSTPOSITIONS)
#: The note of an answer found as a name inside the text, and how it is read back.
_READ_INSIDE_NOTE = re.compile(r"read the name '([^']+)' inside the text")


def read_inside_note(span: str) -> str:
    """The note of an answer found as the name ``span`` inside a longer text."""
    return f"read the name {span!r} inside the text"


def name_read_inside(note: str) -> str | None:
    """The name a note of :func:`read_inside_note` says was read inside the text, or
    None for any other note."""
    found = _READ_INSIDE_NOTE.match(note)
    return found.group(1) if found else None


#: A word in Hangul syllables only.
_HANGUL = re.compile("[\uac00-\ud7a3]+")
# The scripts of languages whose phrases put their head last (Devanagari to Sinhala:
# Hindi, Bengali, Punjabi, Gujarati, Tamil, Telugu...; and Hangul): "X에 Y", "X-এ Y".
_HEAD_FINAL_SCRIPT = re.compile("[\u0900-\u0dff\uac00-\ud7a3]")

#: A German adjective of a region, in lower case before a town ("im brandenburgischen
#: Forst", "im bayerischen Passau"): the region's name, "-isch" and a case ending.
_GERMAN_REGION_ADJECTIVE = re.compile(r"(?P<stem>[a-zäöüß-]{4,}?)isch(?:e|en|er|es|em)?")

# Towns named beside a crossing are its towns when they lie this close to it (km).
_TWIN_TOWN_KM = 15.0
#: How far outside a region's generalised outline a crossing on its edge may fall, when
#: the region is only a town's namesake (tighter than a region the text names as one).
_REGION_HOLDS_KM = 5.0
#: How :meth:`InnerNameReading.caseless_names` writes a name read beside its crossing word.
_CASELESS_CROSSING = " crossing"
#: A town named after a place places it when this close (km): "Azaz, 44 km north of
#: Aleppo"; farther, the text names two places.
_PLACED_BY_KM = 60.0
# A text whose last word is "border": the border is what it names ("the X-Y border").
# Turkish puts the head noun last, so "X Kapısı'ndan başlayan kara sınırı" (the land
# border that starts at the X gate) is the border, in its bare or possessive form.
#: A border area a name heads ("the Al-Fashaqa border region", "the X border zone").
_NAMED_BORDER_AREA = re.compile(r"\S\s+border\s+(?:region|area|zone)s?\b", re.IGNORECASE)

_ENDS_WITH_BORDER = re.compile(
    r"\b(?:border|frontier|boundary|sınır|sınırı|hudut|hududu)\W*$", re.IGNORECASE
)
# "X border crossings", "X checkpoints": several crossings named after one town.
_PLURAL_CROSSINGS = re.compile(
    r"^\W*(?:(?:border|land|road)\s+)*(?:crossings|checkpoints|crossing\s+points|"
    r"border\s+posts|check\s+posts)\b",
    re.IGNORECASE,
)
# A border-guard unit named after the town it is based in: "the Panj border unit", "the
# Khorog border detachment".
_BORDER_GUARD_UNIT = re.compile(
    r"^\W*(?:border(?:\s+guard)?\s+|frontier\s+)(?:unit|detachment|regiment|battalion)\b",
    re.IGNORECASE,
)
# A military direction (axis) named by a town, or by several joined ones: "the Pokrovsk
# direction", "Вовчанського та Липецького напрямків", "на Купянском направлении".
_MILITARY_DIRECTION = re.compile(
    r"^(?:\s*(?:,|та|і|й|и|and|&)\s*[\w’'-]+)*\s+"
    r"(?:напрям(?:ок|ку|ки|ків|ках|кам|ками|ом)|направлени(?:е|я|ю|ем|и|й|ях|ям|ями)|"
    r"directions?|ax[ie]s)\b",
    re.IGNORECASE,
)
# A compass bearing between two names: "منطقة القصير غرب حمص" (the al-Qusayr area west
# of Homs), "X, 20 km north-west of Y", "X, al sur de Y", "X к западу от Y": the second
# name only says where the first lies.
_BEARING_BETWEEN = re.compile(
    r"^[\s,،]*(?:"
    r"(?:(?:some|about|around)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?\s+of"
    r"|(?:a\s+\d+(?:[.,]\d+)?\s*(?:km|kil[oó]metros?|kilom[eè]tres?)\s+)?(?:al|au|ao|a)\s+"
    r"(?:nord|sud|est|ouest|norte|sur|sul|este|leste|oeste|nordeste|noroeste|sureste|sudeste|"
    r"suroeste|sudoeste)(?:-\w+)?\s+(?:de|du|del|da|do|di)"
    r"|(?:(?:إلى|الى)\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)[يا]?(?:\s*(?:ال)?(?:شرق|غرب)[يا]?)?"
    r"(?:\s+(?:من|مدينة|محافظة))?"
    r"|к\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу)"
    r"\s+от"
    r")[\s,،]*$",
    re.IGNORECASE,
)
# Each half of a word joining two countries' names has this many letters at least.
_MIN_HALF = 2
# A road, or a stretch of one, named by its two ends: "в начале дороги Лачин — Ханкенди",
# "на участке Гудаури-Коби", "na trasie Białystok – Augustów", "the Lachin–Khankendi road".
_ROAD_WORDS = (
    r"дорог\w*|автодорог\w*|трас[сc]\w*|шоссе|шосе|автошлях\w*|магістрал\w*|магистрал\w*|"
    r"участ[оа]?к\w*|ділянц\w*|ділянк\w*|road|highway|motorway|route|carretera|autopista|"
    r"rodovia|estrada|autoroute|droga|drodze|drogi|trasa|trasie|trasy|odcink\w*|odcinek|"
    # South Slavic "put" (road) in its cases and "cesta", Serbian Cyrillic "пут", Albanian
    # "rruga": "na putu Rožaje-Peć", "na cesti Zagreb-Karlovac".
    r"put|putu|puta|putem|cest[aeiou]|cestom|пут|путу|пута|путем|rrug\w*"
)
_DASH = "[" + re.escape(DASHES + "/") + "]"
_END = r"[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,2}?"
_ROAD_BY_ENDS = re.compile(
    rf"\b(?:{_ROAD_WORDS})\s+(?P<a>{_END})\s*{_DASH}\s*(?P<b>{_END})\s*(?:$|[,;()])"
    rf"|(?P<a2>{_END})\s*{_DASH}\s*(?P<b2>{_END})\s+(?:road|highway|motorway)\b"
    # "en el kilómetro 88 entre Maicao y Paraguachón": a road's kilometre marker, the
    # road named by the towns it runs between.
    rf"|\b(?:km|kil[oó]metro|quil[oô]metro|kilom[eè]tre|kilomet(?:er|re)|mile)\s*\d+(?:[.,]\d+)?"
    rf"\s+(?:entre|between)\s+(?P<a3>{_END})\s+(?:y|e|et|and)\s+(?P<b3>{_END})\s*(?:$|[,;()])",
    re.IGNORECASE,
)


def _an_area_of_the_unit(result: PlaceResult) -> bool:
    """Whether a span read with its unit word answers an area, not a point.

    A region or district does; so does the circle around a town a unit the data lacks
    was read as ("Busia Township": near Busia, coarsened), which is the unit's area.
    """
    return result.precision in ("region", "district") or (
        result.precision == "near" and result.coarsened
    )


def _ends_in_a_unit_word(span: str) -> bool:
    """Whether a span of several words ends in a unit word ("Busia Township")."""
    words = span.split()
    return len(words) > 1 and normalise(words[-1]) in unit_word_keys()


def _km(a: PlaceResult, b: PlaceResult) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return km_between(a.lat, a.lon, b.lat, b.lon)


# Border nouns of caseless scripts written apart from the names ("الحدود السورية",
# "مرز ایران", "भारत-नेपाल सीमा"); keys as :func:`normalise` gives them.
_CASELESS_BORDER_WORDS = frozenset(
    normalise(w)
    for w in (
        "الحدود",
        "حدود",
        "الحدودي",
        "الحدودية",
        "مرز",
        "مرزی",
        "सीमा",
        "सीमाना",
        "সীমান্ত",
        "সীমান্তে",
        # Gujarati, Punjabi, Telugu, Tamil, Kannada and Malayalam "border" ("at the
        # border": Gujarati "સરહદે", Telugu "సరిహద్దులో", Tamil "எல்லையில்").
        "સરહદ",
        "સરહદે",
        "સીમા",
        "સિમા",
        "ਸਰਹੱਦ",
        "ਸਰਹੱਦੀ",
        "సరిహద్దు",
        "సరిహద్దులో",
        "எல்லை",
        "எல்லையில்",
        "ಗಡಿ",
        "ಗಡಿಯಲ್ಲಿ",
        "അതിർത്തി",
        "അതിർത്തിയിൽ",
    )
)


def _a_caseless_border_word(key: str) -> bool:
    """Whether a word's key is a border noun of :data:`_CASELESS_BORDER_WORDS`, also with
    a Nepali postposition joined after it ("नेपाल-भारत सीमामा", on the Nepal-India
    border; "सीमाबाट", from it)."""
    if key in _CASELESS_BORDER_WORDS:
        return True
    return any(
        key.endswith(ending) and key[: -len(ending)] in _CASELESS_BORDER_WORDS
        for ending in _NEPALI_POSTPOSITION_KEYS
    )


# Prepositions around such a border ("عبر الحدود", "قرب الحدود مع"), and "the strip"
# of "الشريط الحدودي" (the border strip).
_CASELESS_FILLERS = frozenset(
    normalise(w)
    for w in (
        "عبر",
        "مع",
        "قرب",
        "بالقرب",
        "عند",
        "إلى",
        "داخل",
        "خارج",
        "طول",
        "على",
        "في",
        "الشريط",
        "شريط",
        # "the border fence" ("السياج الحدودي مع لبنان")
        "السياج",
        # "of the Kingdom" (Jordan's, Saudi Arabia's, Morocco's own border; see
        # _THE_KINGDOM) and "the border front" ("الواجهة الحدودية", Jordan's army word)
        "للمملكة",
        "المملكة",
        "الواجهة",
        # State titles before a country's name ("سلطنة عمان", the Sultanate of Oman;
        # "دولة لاتفيا", the State of Latvia; "الجمهورية الإسلامية الإيرانية", the
        # Islamic Republic of Iran) and "the neighbouring" after it: the name alone
        # says the country, as the title words of other languages are left out.
        "سلطنة",
        "دولة",
        "مملكة",
        "جمهورية",
        "الجمهورية",
        "الإسلامية",
        "الاسلامية",
        "المجاورة",
        # Where along it: "في منطقة الحدود" (in the area of the border), "مابين الحدود"
        # (between the border's sides), "الجزء الشمالي من الحدود" (the northern part of
        # the border). They narrow nothing the countries' names do not say.
        "منطقة",
        "بمنطقة",
        "المنطقة",
        "مابين",
        "ما",
        "بين",
        "الجزء",
        "جزء",
        "القسم",
        "من",
    )
)
# "The Kingdom", "of the Kingdom": the event's own country, but only when it is one.
_THE_KINGDOM = frozenset(normalise(w) for w in ("للمملكة", "المملكة"))
# States whose press calls them "the Kingdom" (ISO codes of today's kingdoms).
_KINGDOMS = frozenset(
    [
        "BE",
        "BH",
        "BT",
        "DK",
        "ES",
        "GB",
        "JO",
        "KH",
        "LS",
        "MA",
        "NL",
        "NO",
        "SA",
        "SE",
        "SZ",
        "TH",
        "TO",
    ]
)
# "مع" (with): the country after it is the border's other side, whatever compass
# word the owner's side carries ("الحدود الشمالية للمملكة مع سوريا").
_WITH = normalise("مع")
# Arabic compass adjectives after the border word ("الحدود الجنوبية": the southern border),
# by the English word the border reading narrows with.
_CASELESS_COMPASS = {
    normalise(word): english
    for english, words in (
        ("northern", ("الشمالية", "الشمالي")),
        ("southern", ("الجنوبية", "الجنوبي")),
        ("eastern", ("الشرقية", "الشرقي")),
        ("western", ("الغربية", "الغربي")),
    )
    for word in words
}
# Words of a border post that the crossing words leave to other readings ("Busia customs
# border", "las puertas de la frontera ... en Dajabón").
_POST_WORD = re.compile(r"\b(?:customs|puertas?|portes?|portões?)\b|پایانه", re.IGNORECASE)
# The countryside around a town ("la zona rural de Cúcuta", "the rural areas of X").
_RURAL = re.compile(
    r"\b(?:zonas?\s+rural(?:es)?|[áa]reas?\s+rural(?:es)?|zones?\s+rurales?|"
    r"rural\s+(?:areas?|parts?|outskirts)|zona\s+rurale|área\s+rural)\b",
    re.IGNORECASE,
)
# A text that is only the countryside of a town ("zona rural de Ipiales", "the rural
# area of X"): what a comma puts a village in.
_RURAL_OF_A_TOWN = re.compile(
    r"^(?:(?:en|in|la|las|el|los|the|a|as|o|os|les?|na|no|nas|nos)\s+)*"
    + _RURAL.pattern
    + r"\s+(?:de|del|de\s+la|of|da|do|du|des|d['’])\s*\S",
    re.IGNORECASE,
)
# Swahili "(in the) north-east of Kenya" after a place: where in the country it lies,
# not a thing named after the place ("Mandera kaskazini mashariki mwa Kenya").
_SWAHILI_PART_OF = re.compile(
    r"^\s*(?:kaskazini|kusini|mashariki|magharibi)(?:\s+(?:mashariki|magharibi))?\s+"
    r"(?:mwa|ya)\s+(?P<where>\S.*?)\s*$",
    re.IGNORECASE,
)
# A distance measured from a place: "a 25 km dalla", "37 kilometres away from".
_DISTANCE = re.compile(
    r"\b(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kil[oó]m[eèé]t\w*|chilometr\w*|quil[oô]met\w*|"
    r"километр\w*|кілометр\w*)\s+(?:away\s+)?(?:from|of|da|dalla|dal|dallo|de|du|del|"
    r"des|do|da|od|от|від)\b",
    re.IGNORECASE,
)


# A Thai province named in a border phrase ("ฝั่งจังหวัดบุรีรัมย์": the Buriram side).
# Thai "รอยต่อ" (seam): where two units meet ("รอยต่อ อ.ภูสิงห์-ขุนหาญ").
_SEAM = re.compile("รอยต่อ")
# The name stops at a dash: "จ.ระนอง-เกาะสอง" is Ranong province facing Kawthaung.
_THAI_PROVINCE = re.compile(rf"(?:จังหวัด|จ\.)\s*(?P<name>[^\s,{re.escape(DASHES)}]+)")
# "area" in the caseless scripts' border phrases ("ในพื้นที่ชายแดน...": in the border area).
_AREA_WORD_CASELESS = re.compile("พื้นที่|ບໍລິເວນ|منطقة|المنطقة|منطقه|इलाके|क्षेत्र")


# A post the army holds ("le poste militaire frontalier de Madama", "un posto militare",
# "un puesto militar"): a garrison, not a crossing, though "poste" names both.
_MILITARY_POST = re.compile(
    r"\b(?:poste|posto|puesto)\s+(?:militaire|militare|militar|de\s+l['’]\s*arm[ée]e)\b",
    re.IGNORECASE,
)


#: The words of a crossing closing the text before a town: the crossing word, a border
#: adjective maybe and a preposition maybe ("المعبر الحدودي " before "بالدبداب").
_CROSSING_WORDS_CLOSE = re.compile(
    rf"(?:{CROSSING_WORD.pattern})(?:\s+(?:ال)?حدودي(?:ة)?)?"
    r"(?:\s+(?:in|at|à|en|em|di|w|v|u|في|عند))?\s*$",
    re.IGNORECASE,
)


def _names_a_country(text: str) -> bool:
    """Whether a word of ``text``, as written, is a country's name or adjective
    (``demonyms.toml``): "العراقي" (Iraqi), "Laos"."""
    words = load_country_words()
    for word in text.split():
        key = normalise(word.strip("()[]«»\"'“”,.;:"))
        if key and (key in words.demonyms or key in words.names or key in words.world):
            return True
    return False


def _gives_a_sea_distance(text: str) -> bool:
    """Whether ``text`` states a distance out at sea: in nautical miles in any script
    ("164浬", "80 hải lý"), or in km beside a word for the sea area ("海上", "해상")."""
    from bordermap.geo.places.far_at_sea import sea_km_stated_km, sea_miles_stated_km

    return sea_miles_stated_km(text) is not None or sea_km_stated_km(text) is not None


def _says_crossing(text: str) -> bool:
    """Whether ``text`` has a crossing word, written apart ("border crossing") or joined
    to a name as Thai, Lao and Khmer join it ("ด่านบ่อเต็น", the Boten checkpoint)."""
    if CROSSING_WORD.search(text):
        return True
    return any(split_role(word)[1] == "crossing" for word in text.split())


def _names_a_crossing(query: str, town: str) -> bool:
    """Whether the text names a crossing beside the town it names ("El Paso" does not:
    its "Paso" is the town's; "населений пункт" is a settlement, not a post; "poste
    militaire" is a garrison, not a crossing)."""
    rest = re.sub(re.escape(town), " ", query, flags=re.IGNORECASE) if town else query
    rest = re.sub(r"населен\w*\s+пункт\w*", " ", rest, flags=re.IGNORECASE)
    rest = _MILITARY_POST.sub(" ", rest)
    return bool(CROSSING_WORD.search(rest))


#: The letter that ends a Bengali genitive ("-র", "-এর").
_BENGALI_GENITIVE = "\u09b0"
#: Genitives joined to a name that close it: Bengali "-র", Nepali "-को" ("दार्चुलाको
#: व्याँस गाउँपालिका", Darchula's Byans rural municipality).
_CLOSING_GENITIVES = (_BENGALI_GENITIVE, "\u0915\u094b")
#: A run written in Bengali letters only.
_BENGALI_RUN = re.compile("[\u0980-\u09ff ]+")
#: A run written in Devanagari (Nepali, Hindi) or Arabic letters (Urdu) only: "कैलालीका
#: सीमानाका" (Kailali's border points), "باجوڑ میں" (in Bajaur).
_DEVANAGARI_RUN = re.compile("[\u0900-\u097f ]+")
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f ]+")
#: ... and in Gujarati ("કચ્છ સરહદ પરથી", from the Kutch border).
_GUJARATI_RUN = re.compile("[\u0a80-\u0aff ]+")
#: The countries whose reports name a district so in those scripts.
_RUN_COUNTRIES = {
    _DEVANAGARI_RUN: frozenset({"NP"}),
    _ARABIC_RUN: frozenset({"PK"}),
    _GUJARATI_RUN: frozenset({"IN"}),
}


#: Words for a street, a square or a roundabout, written before its name and "de" its
#: town ("rond-point Beaverbrook de Cap-d'Ail", "avenida Juárez de Ciudad Juárez").
_STREET_WORDS = frozenset(
    {
        "rond-point", "rue", "avenue", "boulevard", "place", "chemin", "route", "quai",
        "calle", "avenida", "glorieta", "plaza", "carrera", "rua", "praça", "rotonda",
        "viale", "piazza",  # not "via": English "via X" is a way through X
    }
)  # fmt: skip


def _towns_after_a_joiner(words: list[str]) -> list[str]:
    """ "Beaverbrook de Cap-d'Ail" → ["Cap-d'Ail"]: the words after each "de" (or "du",
    "del"...) of a street's run, the town the street is in; none without a joiner."""
    return [
        " ".join(words[at + 1 :])
        for at in range(1, len(words) - 1)
        if words[at].lower() in ("de", "du", "del", "des", "da", "do", "di")
    ]


def _between_after(span: str, text: str) -> bool:
    """Whether "between" opens an apposition after ``span``, describing it: "de grens bij
    Rafah, tussen de Gazastrook en Egypte" (the border at Rafah, between Gaza and
    Egypt) is at Rafah; the places after "between" are the sides, not its bounds."""
    at = text.find(span)
    between = BETWEEN.search(text, at + len(span)) if at >= 0 else None
    return (
        between is not None
        and text[at + len(span) : between.start()].strip() == ","
        and BETWEEN.search(text[:at]) is None
    )


def _joins_after(span: str, text: str) -> bool:
    """Whether a verb of joining follows ``span``: "el Puente Internacional Simón Bolívar
    que comunica el estado Táchira con el departamento... Norte de Santander" names the
    regions the bridge links, not an area around it."""
    at = text.find(span)
    return at >= 0 and JOINS.search(text, at + len(span)) is not None


#: A lower-case unit word below a district written after a town's name ("Ghumdhum
#: union", "Atwari upazila"): the unit named after the town, not the town.
_UNIT_BELOW_A_DISTRICT = re.compile(
    r"^(?:union|upazilla|upazila|thana|tehsil|taluka|taluk|mandal)\b"
)


#: How a note says an unknown place was put near a town by a near word.
_PUT_NEAR_BY_A_WORD = "places an unknown name"


class InnerNameReading(BordersByPlaces):
    """The names written inside an unread text (mixed into the resolver)."""

    def by_inner_name(self, text: str, scope: Scope, kinds=None) -> PlaceResult | None:
        """The place named inside ``text`` when it is one (or nested), else None.

        A point found in a text that gives a distance ("la barriera di X a 25 km dalla
        frontiera di passo Brennero") may be the point the distance is measured from:
        it is answered as near it, within that distance.

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
        at_sea = self.place_in_an_opening_water(text, scope, kinds)
        if at_sea is not None:
            return at_sea
        # Words read one by one inside a text are no names by their sound alone: "الشرقي"
        # (eastern) and "العسكرية" (military) have some village's consonants.
        self.reading_inside += 1
        try:
            result = self.name_inside(text, scope, kinds)
        finally:
            self.reading_inside -= 1
        if result is not None and result.status == "resolved":
            result = self.border_or_outskirts_of(text, result)
        distance = _DISTANCE.search(text) or DIRECTION_FROM.search(text)
        if result is None or distance is None or result.precision not in ("settlement", "exact"):
            return result
        km = float(distance["km"].replace(",", ".")) if distance["km"] else 0.0
        self.log(f"{distance[0]!r}: the name may be where the distance is measured from")
        return replace(
            result, precision="near", uncertainty_km=max(NEAR_RADIUS_KM, km), coarsened=True
        )

    def place_in_an_opening_water(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """ "в Азовском море недалеко от города Мариуполь": a sea (a strait, a gulf)
        named first, then where in it; or None when no feature of ``waters.tsv`` opens
        the text.

        The words after the sea are read alone: a town they name is only near the event,
        which is at sea, and the sea's adjective is then no town ("Азовском" is no
        Azov).  A place they name beyond the sea's circle, or none, is left to the other
        readings (the circle is rough, and "서해 연평도 근해" is read whole).
        """
        opened = water_opening(text, languages_of(text) or self.hint_languages)
        if opened is None or scope.anchor is not None:
            return None
        water, form, rest = opened
        sea = water_answer(self, form, scope)
        if sea is None or sea.status != "resolved":
            return None
        if _IN_A_WIDER_SEA.match(rest):
            # "Bajo de Masinloc sa West Philippine Sea": the words after the feature say
            # which sea holds it, not where in it; the feature is the place.
            self.log(f"{form!r} is the {water.kind} {water.name}, {rest!r} the sea holding it")
            return sea
        self.log(f"{form!r} is the {water.kind} {water.name}; where in it: {rest!r}")
        self.depth += 1
        try:
            inside = self.resolve(parse_place(rest), scope, kinds)
        finally:
            self.depth -= 1
        if inside.status == "resolved" and inside.lat is not None and inside.lon is not None:
            off = km_between(inside.lat, inside.lon, water.lat, water.lon)
            if off <= water.reach_km + NEAR_RADIUS_KM:
                note = f"in the {water.kind} {water.name}, {rest!r}"
                if inside.precision in POINT_ANSWERS:
                    note += ": near it, at sea"
                    inside = replace(inside, precision="near", uncertainty_km=NEAR_RADIUS_KM)
                return replace(inside, note="; ".join(n for n in (inside.note, note) if n))
            # The circle only roughly draws the sea ("서해 연평도": Yeonpyeong lies in the
            # Yellow Sea, outside its circle): the other readings decide.
            self.log(f"{inside.name} lies {off:.0f} km from the {water.kind}'s middle")
        # Words the reading alone does not place ("서해 연평도 근해") are left to the other
        # readings too, which read them with the sea.
        return None

    def rural_area_of_a_town(self, text: str, scope: Scope, kinds=None) -> PlaceResult | None:
        """The countryside of the town a text such as "zona rural de Ipiales" names, or None.

        Such a text is no name the gazetteer has, but it is an area: "Santa Fe, zona
        rural de Ipiales" is a village of Ipiales's municipality, not a namesake Santa
        Fe elsewhere in the country, so the area must hold what it follows.
        """
        if not _RURAL_OF_A_TOWN.match(text.strip()):
            return None
        area = self.by_inner_name(text, scope, kinds)
        if area is None or area.status != "resolved" or not area.coarsened:
            return None
        if area.precision not in ("district", "near"):
            return None
        self.log(f"{text!r} is the rural area around a town: {area.name}")
        return area

    def border_facing(self, place: PlaceResult, refused) -> PlaceResult | None:
        """The border between ``place`` and the one refused place of a neighbouring
        country that lies within :data:`BESIDE_KM` of it ("Kehl ... Straßburg"), or None.
        """
        if place.precision not in POINT_ANSWERS or place.lat is None or not place.country:
            return None
        beside = [
            c.country
            for c in refused
            if c.country and km_between(place.lat, place.lon, c.lat, c.lon) <= BESIDE_KM
        ]
        border = self.border_with_the_one_other(place.country, beside, "places")
        if border is None or place.country not in self.hint or not place.admin1_code:
            return border
        # "КПП «Достук» ... между Ошской и Андижанской областями" (between the Osh and
        # Andijan regions) of a Kyrgyz event: the line between them is the stretch in
        # the event's country's place's region, not the whole 1,300 km border.
        region = self.gaz.region(place.admin1_code)
        return self.border_stretch_in(border, self.from_place(region)) if region else border

    def region_not_holding_the_named_place(
        self, region: PlaceResult, refused, text: str
    ) -> PlaceResult | None:
        """Unresolved when the text names a border and a place known only just across
        it, far from the one region it names; None otherwise.

        "في مخيم الركبان بريف محافظة السويداء، ... على الحدود مع الأردن" (in Rukban
        camp, in the countryside of Suwayda, on the border with Jordan) of a Syrian
        event: Rukban is known only on the Jordanian side, by the Syrian line and 130 km
        east of Suwayda's outline; the report files the camp in the wrong governorate,
        and the region would be an answer 180 km off.  A namesake far inside the other
        country says nothing of the place, and one lying by the region's outline (a
        crossing on its border) does not contradict it.
        """
        if (
            region.precision != "region"
            or not region.admin1_code
            or not region.country
            or not self.names_border_caseless(text)
        ):
            return None
        try:
            own = country_extent(region.country)
        except GeometryDataError:
            return None
        points = [
            c
            for c in refused
            if c.precision in POINT_ANSWERS
            and c.lat is not None
            and c.lon is not None
            and own.distance(Point(c.lon, c.lat)) * KM_PER_DEGREE <= NEAR_RADIUS_KM
        ]
        if not points or any(
            near_region_outline(c.lat, c.lon, region.admin1_code, NEAR_RADIUS_KM) for c in points
        ):
            return None
        names = ", ".join(sorted({f"{c.name} ({c.country})" for c in points})[:3])
        note = (
            f"the text puts {names}, known only outside the event's country, in "
            f"{region.name}, which lies more than {NEAR_RADIUS_KM:g} km from it: the region "
            "is not taken"
        )
        self.log(f"unresolved: {note}")
        return PlaceResult(self.query, "unresolved", candidates=tuple(points), note=note)

    def border_of_facing_regions(self, region: PlaceResult, refused) -> PlaceResult | None:
        """The stretch in ``region`` of the border with the one neighbouring country
        whose admin-1 regions the text named (refused by the event's country), or None."""
        if region.precision != "region" or not region.country or not region.admin1_code:
            return None
        others = [c.country for c in refused if c.country and c.precision == "region"]
        border = self.border_with_the_one_other(region.country, others, "regions")
        return self.border_stretch_in(border, region) if border is not None else None

    def border_with_the_one_other(
        self, own: str, others: list[str], named: str
    ) -> PlaceResult | None:
        """The border of ``own`` with the one other country of ``others`` (each as the
        holder of its borders), when the data has it; None for none or several."""
        own = BORDERS_HELD_BY.get(own, own)
        beside = {BORDERS_HELD_BY.get(c, c) for c in others} - {own}
        if len(beside) != 1:
            return None
        pair = tuple(sorted((own, beside.pop())))
        if not self.has_border(pair):
            return None
        self.log(f"a {named[:-1]} on each side of the {pair[0]}-{pair[1]} border")
        return self.border_result(pair, note=f"the border between the {named} named")

    def border_between_countries(self, text: str, languages=()) -> PlaceResult | None:
        """The border of the two countries a text puts something between, or None.

        "plusieurs points d'entrées entre la Mauritanie et le Sénégal", "između Srbije i
        Crne Gore": two countries, by name, demonym or a declined name, that share a
        land border.  The countries name themselves, so no event's country is needed.
        """
        match = BETWEEN.search(text)
        after = BETWEEN_AFTER.search(text) if match is None else None
        if match is None and after is None:
            return self.border_of_countries_joined(text, languages)
        # "Suomen ja Norjan välinen raja": the two names come before the word.
        rest = text[match.end() :].strip() if match else text[: after.start()].strip()
        # "qui sépare la Guinée du Mali": what a separating word parts is "from" Y.
        parts = AND_WORD.split(rest, maxsplit=2)
        if len(parts) != 2 and match and SEPARATES.fullmatch(match[0]):
            parts = FROM_WORD.split(rest, maxsplit=2)
        tail_allowed = len(parts) == 2
        said_where = False  # words after the second country say where on the line
        if len(parts) > 2:
            # "... وإثيوبيا قرب ولاية القضارف": a later "and" (Arabic "و" begins words
            # too) may be in the words after the second country.
            parts, tail_allowed = AND_WORD.split(rest, maxsplit=1), True
        parts = [p.strip(' ,.;:«»"') for p in parts]
        if len(parts) != 2 or not all(parts):
            return None
        codes = [self.country_codes(part, languages, regions=False) for part in parts]
        if codes[0] and not codes[1] and tail_allowed:
            # "الحدود بين السودان وإثيوبيا قرب ولاية القضارف": the second country, then
            # where along the border; the country is the first words.
            words = parts[1].split()
            for size in range(min(len(words) - 1, 3), 0, -1):
                head = self.country_codes(" ".join(words[:size]), languages, regions=False)
                if head:
                    self.log(f"between {parts[0]!r} and {' '.join(words[:size])!r}")
                    codes[1] = head
                    said_where = size < len(words)
                    break
        if [len(found) for found in codes].count(1) == 1 and not all(codes):
            # "la frontera entre Catalunya i Andorra": a region of the neighbour.
            return self.border_of_region_and_country(parts, codes, languages)
        if any(len(found) != 1 for found in codes) or codes[0] == codes[1]:
            return None
        pair = tuple(sorted(BORDERS_HELD_BY.get(c, c) for found in codes for c in found))
        if not self.has_border(pair):
            return None
        self.log(f"between two countries: {pair[0]}-{pair[1]}")
        border = self.border_result(pair, note="the border between the countries named")
        if said_where or CROSSING_WORD.search(self.query):
            return (
                self.side_named_before_between(pair)
                or self.region_holding_a_point_of(border, pair)
                or border
            )
        return border

    def side_named_before_between(self, pair: tuple[str, ...]) -> PlaceResult | None:
        """What the words before "between" name, when it is an area of the event's
        country on the line; else None.

        "منفذ الوديعة الحدودي بين اليمن والسعودية" (the Wadiah crossing between Yemen and
        Saudi Arabia) of a Yemeni event: the crossing the data lacks is read by the town
        beside it, whose Yemeni side is Hadramawt; that region says more than the whole
        line.  Only a region or district of the event's country, one of the pair.
        """
        between = BETWEEN.search(self.query)
        if between is None or len(self.hint) != 1 or self.hint[0] not in pair:
            return None
        # The query's own words, so that the crossing word stays with the name.
        head = self.query[: between.start()].strip(" ,")
        if not head:
            return None
        found = self.inner_resolve(head, Scope(), None)
        if (
            found.status != "resolved"
            or found.precision not in ("region", "district")
            or found.country != self.hint[0]
        ):
            return None
        self.log(f"the words before 'between' name {found.name}, on the line")
        return found

    def region_holding_a_point_of(
        self, border: PlaceResult, pair: tuple[str, ...]
    ) -> PlaceResult | None:
        """The event's country's one region along the whole of a border, standing for a
        point of it the data lacks, or None.

        "منفذ طريبيل الحدودي بين العراق والاردن", "la frontière qui sépare le Cameroun du
        Gabon à Kye-Ossi": the text names a crossing or place on the line that was not
        found, so the whole line is only what holds it; when the event's country's side
        of the line lies all in one admin-1 region (Anbar, Cameroon's South), that region
        holds the point too and says more, flagged coarsened, as for the same texts in
        Arabic script (:func:`region_along_the_whole_border`).
        """
        if len(self.hint) != 1 or self.hint[0] not in pair:
            return None
        own = self.hint[0]
        region = region_along_the_whole_border(own, [c for c in pair if c != own])
        if region is None:
            return None
        note = (
            f"{border.note}; the text says where on the {border.name}, which is not "
            f"found there, and {own}'s side of the whole line is all {region.name}: that region"
        )
        self.log(note)
        return replace(region, query=self.query, coarsened=True, note=note)

    def events_side_of_a_whole_line(self, border: PlaceResult) -> PlaceResult | None:
        """A whole border line whose event's side lies all in one region, as its stretch
        in that region, carrying the region's code; or None.

        "in alcuni villaggi della Galilea occidentale al confine con il Libano": the
        words before the border name places on it the data lacks, so the line is what
        holds them; Israel's side of the Lebanese line is all Northern District, which
        holds them too and says more (:func:`region_along_the_whole_border`).  The
        answer stays the line (the report names it), not the region; a side of the
        other country ("po białoruskiej stronie" of a Polish event) is left whole.
        """
        if (
            border.status != "resolved"
            or border.precision != "border"
            or border.admin1_code
            or len(self.hint) != 1
        ):
            return None
        own = self.hint[0]
        pair = self.border_pair_named(border.name or "")
        if len(pair) != 2 or own not in pair or border.country not in (None, own):
            return None
        region = region_along_the_whole_border(own, [c for c in pair if c != own])
        if region is None:
            return None
        stretch = self.border_stretch_in(border, region)
        if stretch.admin1_code != region.admin1_code:
            return None
        note = f"{own}'s side of the whole {border.name} is all {region.name}"
        self.log(note)
        return replace(stretch, note=f"{border.note}; {note}" if border.note else note)

    def border_between_units_of_two_countries(self, text: str, languages=()) -> PlaceResult | None:
        """The border of two countries a text puts something between a unit of each of.

        "بين ... القصرين التونسية و تبسة الجزائرية" (between Tunisian Kasserine and
        Algerian Tébessa): Arabic puts the demonym after the unit, and what lies between
        a unit of each of two neighbours lies on their border, in neither unit.  Both
        sides must close with a demonym, of two countries sharing a border; else None.
        """
        match = BETWEEN.search(text)
        if match is None:
            return None
        parts = [p.strip(' ,.;:«»"') for p in AND_WORD.split(text[match.end() :], maxsplit=2)]
        if len(parts) != 2 or any(len(part.split()) < 2 for part in parts):
            return None  # "بين العراق والسعودية": the countries themselves, no units
        last = [part.split()[-1] for part in parts]
        codes = [self.country_codes(word, languages, regions=False) for word in last]
        if any(len(found) != 1 for found in codes) or codes[0] == codes[1]:
            return None
        if any(self.gaz.country_code(word) is not None for word in last):
            # "entre Goma en RDC et Gisenyi au Rwanda": the countries' own names say
            # where two towns are, whose crossing the names find; only adjectives of
            # the units ("التونسية", Tunisian) are read here.
            return None
        pair = tuple(sorted(BORDERS_HELD_BY.get(c, c) for found in codes for c in found))
        if not self.has_border(pair):
            return None
        self.log(f"between a unit of each of two countries ({' and '.join(last)}): {pair}")
        return self.border_result(pair, note="the border between the two countries' units named")

    def border_of_countries_joined(self, text: str, languages=()) -> PlaceResult | None:
        """ "Los puentes que unen Argentina con Uruguay", "the bridge linking Laos and
        Thailand": the border of two neighbouring countries a text joins, or None."""
        joined = JOINS.search(text)
        if joined is None:
            return None
        rest = text[joined.end() :].split(",")[0].strip()
        parts = JOINED_WITH.split(rest, maxsplit=2)
        codes = [self.country_codes(p.strip(), languages, regions=False) for p in parts]
        if len(parts) != 2 or any(len(c) != 1 for c in codes) or codes[0] == codes[1]:
            return None
        pair = tuple(sorted(next(iter(c)) for c in codes))
        if not self.has_border(pair):
            return None
        self.log(f"joining two countries: {pair[0]}-{pair[1]}")
        return self.border_result(pair, note="the border of the countries it joins")

    def border_of_region_and_country(self, parts, codes, languages) -> PlaceResult | None:
        """The stretch of a border between a country and a region of its neighbour."""
        country = next(iter(next(found for found in codes if found)))
        name = next(part for part, found in zip(parts, codes, strict=True) if not found)
        regions, _, _ = self.find(name, ("region",), ANYWHERE, languages)
        regions = [r for r in regions if r.country and r.country != country]
        if not regions:
            return self.border_of_town_and_country(name, country, languages)
        if len(regions) != 1 or not self.has_border(tuple(sorted((country, regions[0].country)))):
            return None
        region = self.from_place(regions[0])
        pair = tuple(sorted((country, regions[0].country)))
        self.log(f"between {country} and {region.name}, a region of {regions[0].country}")
        border = self.border_result(pair, note=f"the border between {country} and {region.name}")
        return self.border_stretch_in(border, region)

    def border_of_town_and_country(self, name: str, country: str, languages) -> PlaceResult | None:
        """ "zwischen Kehl und Frankreich": a town and the country across the border from
        it give their border's stretch by the town; None unless exactly one town of the
        name lies in a neighbour of ``country`` (and in the event's country, if any)."""
        towns, _, _ = self.find(name, ("settlement",), ANYWHERE, languages)
        towns = [
            t
            for t in towns
            if t.country
            and t.country != country
            and self.has_border(tuple(sorted((country, t.country))))
            and (not self.hint or set(self.hint) & {country, t.country})
        ]
        if len({(t.country, t.lat, t.lon) for t in towns}) != 1:
            return None
        pair = tuple(sorted((country, towns[0].country)))
        town = self.from_place(towns[0])
        self.log(f"between {town.name} and {country}: their border by the town")
        border = self.border_result(pair, note=f"the border between {town.name} and {country}")
        return self.border_stretch_in(border, town)

    def country_off_a_place_far_out(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """ "根室市の東70〜80キロ・メートルの海上" (at sea 70-80 km east of Nemuro city)
        with no event country: the place named inside only says whose coast the spot is
        measured from, so its country, coarsened, answers when the spot lies farther out
        than the place reaches (:mod:`~bordermap.geo.places.far_at_sea`); never the place
        itself, which a text with no country may not name alone.  None otherwise."""
        # Imported here: far_at_sea reads the resolver, which is built on this module.
        from bordermap.geo.places.far_at_sea import (
            not_the_place_far_at_sea,
            not_the_town_far_off_its_coast,
        )

        place = self.names_inside(text, scope, kinds)
        if place is None or place.status != "resolved":
            return None
        off = not_the_town_far_off_its_coast(self.query, place, (), self)
        off = not_the_place_far_at_sea(self.query, off, (), self)
        if off.status != "resolved" or off.precision != "country":
            return None
        self.log(f"{place.name} is only whose coast the spot at sea is measured from")
        return off

    def name_inside(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """The place named inside ``text`` when it is one (or nested), else None.

        Failing a name, two countries the text puts something between give their
        border (after the names: "the Tatopani border point between Nepal and China"
        is the crossing when it is known).
        """
        road = self.road_by_its_ends(text, scope, kinds) if scope.countries or self.hint else None
        if road is not None:
            return road
        units = self.border_between_units_of_two_countries(text, languages_of(text))
        if units is not None:
            return units
        if scope.countries or self.hint:
            found = self.names_inside(text, scope, kinds)
        else:
            # No country to read in: only a crossing of the tables, whose own row says
            # which two countries it joins ("ด่านโม่ฮ่าน – ด่านบ่อเต็น", the Mohan and
            # Boten checkpoints), may be named inside the text; a town's name could be
            # any country's.
            found = None
            if _names_a_country(text):
                # "منفذ الحديثة العراقي" (the Iraqi al-Haditha post): a country the text
                # names says whose border it is; the readings that weigh it decide.
                pass
            elif _says_crossing(text):
                found = self.names_inside(text, scope, ("crossing",))
            elif BETWEEN.search(text):
                found = self.border_between_a_crossings_ends(text, scope)
            if found is None and _gives_a_sea_distance(text) and not _names_a_country(text):
                found = self.country_off_a_place_far_out(text, scope, kinds)
            if found is not None and found.status != "resolved":
                found = None
        if (
            found is not None
            and found.status == "resolved"
            and found.name
            and names_a_property(self.query, found.name)
        ):
            # "la finca Berrocal", "the Berrocal farm": the farm's name, which a town
            # may bear far away; the farm itself is not in the gazetteer.
            self.log(f"{found.name!r} names a farm or estate here, not the town")
            return None
        if (
            found is not None
            and found.status == "resolved"
            and found.precision == "settlement"
            and found.country
            and _names_a_crossing(self.query, found.name or "")
        ):
            # "منفذ جديدة عرعر الحدودي": the text names a crossing, and a town named
            # inside it is where the crossing is only if the town lies by a land border
            # (Arar is 55 km from Iraq); then the crossing is near it, not at its point.
            if not self.by_a_land_border(found):
                self.log(f"{found.name} lies far from every land border: not the crossing")
                found = self.crossing_spelled_like_a_far_town(found)
            elif at_its_end := crossings_with_end_named(self.gaz, found.name, (found.country,)):
                # "na hraničním přechodu do Polska v Náchodě": the crossing of the
                # tables whose town on this side is the one named.
                self.log(f"{found.name} is the town at the end of {at_its_end[0].name}")
                found = self.decide(at_its_end, normalise(found.name), ANYWHERE)
            else:
                note = f"{found.note}; the crossing the text names is near the town"
                found = replace(
                    found,
                    precision="near",
                    uncertainty_km=NEAR_RADIUS_KM,
                    coarsened=True,
                    note=note.lstrip("; "),
                )
        if found is not None and found.precision != "country":
            return found
        # "معبر عرعر الحدودي بين العراق والسعودية" (the Arar crossing between Iraq and
        # Saudi Arabia), with the crossing unknown: the two countries' border, not one
        # of them.
        between = self.border_between_countries(text, languages_of(text))
        return between if between is not None else found

    def border_between_a_crossings_ends(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "entre Cassacatiza e Chanida", "between Kulata and Promachonas": the two names
        a text puts something between are both names of one crossing of the tables, its
        towns on the two sides; the crossing's own row says which two countries, so no
        event country is needed.  The border there, as a stretch named by places is
        (:meth:`kept_answer`), not the crossing's point; None otherwise."""
        between = BETWEEN.search(text)
        if between is None:
            return None
        ends = AND_WORD.split(text[between.end() :].strip(), maxsplit=1)
        if len(ends) != 2 or not all(end.strip(" ,.;") for end in ends):
            return None
        found = [self.inner_resolve(end.strip(" ,.;"), scope, ("crossing",)) for end in ends]
        if any(r.status != "resolved" or r.precision not in POINT_ANSWERS for r in found):
            return None
        first, second = found
        if first.country is not None or (first.name, first.lat, first.lon) != (
            second.name,
            second.lat,
            second.lon,
        ):
            return None
        pair = tuple(sorted(self.countries_of(first)))
        if len(pair) != 2 or not self.has_border(pair):  # type: ignore[arg-type]
            return None
        self.log(f"both names are ends of the crossing {first.name}: the border between them")
        return self.border_result(
            pair,  # type: ignore[arg-type]
            note=f"the border between the two ends of the crossing {first.name}",
        )

    def road_by_its_ends(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """ "в начале дороги Лачин — Ханкенди", "на участке Гудаури-Коби": a road, or a
        stretch of one, named by its two ends runs from the first; it is neither town.

        Near the first end, within the distance to the second (at least
        :data:`NEAR_RADIUS_KM`), when the second lies within :data:`_PLACED_BY_KM` of it
        or is a place the data lacks, and the two are not in one region farther apart
        than a town's reach; ends farther apart, or so, give the region, else the
        country, holding both. None when the text names no such road, a name with a
        hyphen is itself a place ("Kamianets-Podilskyi"), or the first end is no one
        town of the scope.
        """
        road = _ROAD_BY_ENDS.search(text)
        if road is None:
            return None
        ends = [(road[a], road[b]) for a, b in (("a", "b"), ("a2", "b2"), ("a3", "b3"))]
        first, second = next((a, b) for a, b in ends if a)
        # The names are the capitalised words next to the dash ("the Lachin–...").
        head = first.split()
        while head and not looks_like_name(head[0]):
            head.pop(0)
        tail = second.split()
        cut = next((i for i, w in enumerate(tail) if not looks_like_name(w)), len(tail))
        first, second = " ".join(head), " ".join(tail[:cut])
        if not first or not second:
            return None
        whole = re.sub(rf"\s*{_DASH}\s*", "-", f"{first}-{second}")
        # A slash never joins one place's name ("the Sokoto/ Illela road"), and read as
        # a name the pair would be the crossing of two towns, which the road is not.
        slashed = "/" in text[road.start() : road.end()]
        if not slashed and self.inner_resolve(whole, scope, kinds).status != "unresolved":
            return None  # a hyphenated name of one place
        start = self.inner_resolve(first, scope, SETTLEMENT_KINDS)
        if (
            start.status != "resolved"
            or start.precision not in POINT_ANSWERS
            or not start.country
            or start.lat is None
        ):
            return None
        end = self.inner_resolve(second, scope, SETTLEMENT_KINDS)
        ends = [end] if end.status == "resolved" else []
        if end.status != "resolved":
            # Its namesakes in the scope, or, found only outside it, across a border.
            ends = [e for e in end.candidates if e.lat is not None]
        note = f"a road from {first!r} to {second!r}"
        if not ends:
            note += f"; {second!r} is not in the data: near {start.name}"
            near = replace(start, precision="near", uncertainty_km=NEAR_RADIUS_KM)
            return self.answer_held_by(near, note)
        km = min(km_between(start.lat, start.lon, e.lat, e.lon) for e in ends)
        # Both ends in one region, farther apart than a town's reach ("дорога Ворух-Исфара",
        # 31 km): the road is no nearer the first end than the second, so their region.
        one_region = end.status == "resolved" and start.admin1_code == end.admin1_code
        if km <= _PLACED_BY_KM and not (one_region and km > NEAR_RADIUS_KM):
            note += f" {km:.0f} km away: near {start.name}"
            near = replace(start, precision="near", uncertainty_km=max(NEAR_RADIUS_KM, km))
            return self.answer_held_by(near, note)
        if one_region:
            return self.answer_held_by(self.only_its_region(start), f"{note}: its region")
        # Ends far apart, in two regions, or the second abroad or one of several
        # namesakes: the road runs through the first end's country, which is all it says.
        country = self.gaz.country(start.country)
        if country is None:
            return None
        return self.answer_held_by(self.from_place(country), f"{note} far away: its country")

    def names_inside(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """:meth:`name_inside` without its fallback to the countries' border."""
        border = self.compound_border(text)
        if border is not None:
            province = _THAI_PROVINCE.search(text)
            if province and self.hint:
                # "แนวชายแดนไทย-กัมพูชา ฝั่งจังหวัดบุรีรัมย์": the border on the side of
                # a province: its stretch there.
                unit = self.inner_resolve(province["name"], Scope(tuple(self.hint)), None)
                if unit.status == "resolved" and unit.precision == "region":
                    return self.border_stretch_in(border, unit)
            return border
        runs = runs_joined_by_and(runs_of(text), lambda name: self.an_area_named(name, scope))
        if starts_with_border_word(self.query) or starts_with_border_word(text):
            # "la frontera La Quiaca - Villazón": a border between two places is
            # neither place, but the border of their countries; two countries the text
            # itself puts it between come first ("la frontière qui sépare le Cameroun du
            # Gabon à Kye-Ossi": not the border of the tripoint's crossing).
            between = self.border_between_countries(text, languages_of(text))
            return (
                between
                or self.border_of_places(text, scope, kinds)
                or self.border_with_a_side_unknown(text, scope, kinds)
            )
        whole = " ".join(text.split())
        found: list[tuple[str, PlaceResult]] = []
        run_of: dict[str, int] = {}
        used: set[int] = set()
        caseless_unknown_first = False
        across = 0  # countries named outside the event's country
        refused: list = []  # places the event's country refused, named in the text
        caseless_abroad: list = []  # the same, in a caseless script's runs
        coarse_units: list[tuple[str, PlaceResult, int]] = []  # "X district" as its region
        for index, run in enumerate(runs):
            if is_feature_noun(run, first=index == 0 and whole.startswith(run.words[0])):
                self.log(f"{run.words[0]!r} opens the text as a noun, not a name")
                continue
            if names_a_feature(run):
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
            if not any(is_cased(word) for word in run.words):
                names, unknown_first = self.caseless_names(
                    run.words, scope, kinds, caseless_abroad
                )
                for span, result in names:
                    found.append((span, result))
                    run_of[span] = index
                    used.add(index)
                caseless_unknown_first = caseless_unknown_first or unknown_first
                if index in used:
                    continue
            at_start = index == 0 and whole.startswith(run.words[0])
            # "ấp Long An", "the village of X": after a settlement word the name is a
            # settlement, never the province that shares it.
            after_settlement_word = bool(run.before) and run.before.lower() in settlement_words()
            span_kinds = SETTLEMENT_KINDS if after_settlement_word else kinds
            spans = spans_of(list(run.words), first=at_start)
            with_unit: list[str] = []  # the name read with its unit word, first
            if run.after and not run.parted_after and normalise(run.after) in unit_word_keys():
                # "Түркістан облысына қарасты ..." (under Turkistan oblast), "Чаткал
                # районундагы": the name with the unit word after it names that unit,
                # not the town it shares the name with; read together first.
                with_unit = [f"{' '.join(run.words)} {run.after}"]
            elif (
                run.before and not run.parted_before and normalise(run.before) in unit_word_keys()
            ):
                # "района Шамсиддин Шохин": the unit word before its name; "thị xã Tân
                # Châu" (the town-level Tân Châu): with the generic word before it.
                with_unit = [f"{run.before} {' '.join(run.words)}"]
                if run.before2 and is_generic(run.before2):
                    with_unit.insert(0, f"{run.before2} {with_unit[0]}")
            spans = with_unit + spans + _from_a_unit_word(run.words)
            if run.before in _STREET_WORDS:
                # "rond-point Beaverbrook de Cap-d'Ail": a street or square named, then
                # "de" and the town it is in; the town is what the data can find.
                spans += _towns_after_a_joiner(list(run.words))
            if at_start and self.romance_al_opens(run.words):
                # "Al Brennero" of an Italian event: Italian and Spanish "al" (at the),
                # capitalised as the text's first word, before the name; tried after the
                # whole run, which an Arabic name ("Al Qaim") would be.
                spans += spans_of(list(run.words[1:]))
            if len(run.words) > 1 and self.names_two_countries(run.words[0]):
                # "the Nepal-India Belahiya point": the two countries before the name
                # only say which border it is on.
                spans += spans_of(list(run.words[1:]))
            unit_read = False
            for span in spans:
                if span == whole or (unit_read and span in with_unit):
                    continue
                result = self.inner_resolve(span, scope, span_kinds)
                if result.status == "unresolved" and not result.candidates:
                    result = self.seat_of_a_direction(span, text, scope) or result
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
                if span in with_unit and not _an_area_of_the_unit(result):
                    continue  # "Баганис Тавушской области" is the village, read on
                if (
                    result.status == "resolved"
                    and result.coarsened
                    and (span in with_unit or _ends_in_a_unit_word(span))
                ):
                    # A unit the data draws no outline of is answered by its region,
                    # coarsened: honest for the unit the text names, when the text
                    # names nothing finer.
                    coarse_units.append((span, result, index))
                    unit_read = True  # a shorter reading with a unit word is not tried
                    continue
                if result.status in ("resolved", "ambiguous") and not result.coarsened:
                    found.append((span, result))
                    run_of[span] = index
                    used.add(index)
                    break
                if result.candidates:
                    used.add(index)  # a place known outside the event's country
                    if self.names_a_country(span):
                        across += 1  # "between Montenegro and Croatia" with ME
                    else:
                        refused.extend(result.candidates)  # "entre Albina et ..." with GF
                    break
        found = self.without_a_bare_border_word(found)
        if not found and len(coarse_units) == 1:
            span, result, index = coarse_units[0]
            found, run_of[span] = [(span, result)], index
            used.add(index)
        if not found:
            return None
        # "its eastern border with Russia", "Suriye sınırından", "between Turkey and
        # Syria", "zwischen Niedersachsen und den Niederlanden": their border.
        areas_only = all(r.precision in ("country", "region", "district") for _, r in found)
        if len(found) == 1 and not across and refused and BETWEEN.search(text):
            # "entre Albina et Saint-Laurent-du-Maroni", "zwischen Kehl und Straßburg":
            # a place on each side of the line, the refused one beside the other.
            facing = self.border_facing(found[0][1], refused)
            if facing is not None:
                return facing
        if (
            len(found) == 1
            and not across
            and refused
            and (self.names_border_caseless(text) or CROSSING_WORD.search(text))
        ):
            # "el paso fronterizo por Táchira y Norte de Santander": a border named by a
            # region of the event's country and one of the neighbour's is their border,
            # in the event's region.
            facing = self.border_of_facing_regions(found[0][1], refused)
            if facing is not None:
                return facing
        countries_found = {r.country for _, r in found if r.precision == "country"}
        if (
            (all(r.precision == "country" for _, r in found) and names_a_border(text))
            or (areas_only and len(found) + across == 2 and BETWEEN.search(text))
            or (areas_only and len(countries_found) == 2 and self.names_border_caseless(text))
        ):
            # The last: "الحدود بين السودان وإثيوبيا قرب ولاية القضارف" (the border between
            # two countries, near a state): the border, not the state beside it.
            border = self.border_of_places(text, scope, kinds)
            if border is not None:
                return border
        if len(found) == 1 and found[0][1].precision == "country":
            # "the border between Haiti and Sendomeng", "entre Haïti et Sendomeng": never
            # the one country known.
            paired = self.border_with_a_side_unknown(text, scope, kinds)
            if paired is not None:
                return paired
        if len(found) > 1 and self.names_border_caseless(text):
            stretch = self.border_after_an_area(text, found, scope, kinds)
            if stretch is not None:
                return stretch
        if len(found) == 1:
            contradicted = self.region_not_holding_the_named_place(
                found[0][1], refused + caseless_abroad, text
            )
            if contradicted is not None:
                return contradicted
        found = self.narrowed_by_areas(found, kinds)
        chosen = self.placed_by_a_bearing(found, text)
        if chosen is None:
            chosen = self.nested_answer(found)
        if chosen is None:
            chosen = self.place_off_the_drawn_line(found)
        every, dropped = found, []
        if chosen is None:
            kept, dropped = self.without_namesakes_outside(found)
            chosen = self.nested_answer(kept) if dropped else None
            found = kept if chosen is not None else found
        by_head = False
        if chosen is None and len(found) == 2:
            chosen = self.crossing_of_both_sides(found) or self.crossing_of_two_towns(found, text)
        if chosen is None and len(found) > 1:
            chosen = self.crossing_placed_by_a_town(found, runs, run_of, text, scope)
        if chosen is None and len(found) > 1:
            chosen = self.head_placed_by_the_rest(found, text, kinds)
            by_head = chosen is not None
        if chosen is None and len(found) == 2 and BETWEEN.search(text):
            held = self.region_between_two_places(found)
            if held is not None:
                return held
        if chosen is None and len(found) == 1:
            return replace(found[0][1], note=read_inside_note(found[0][0]))
        if chosen is None:
            marked = line_marked_by_places(found, self.hint, self.border_pairs_of)
            if marked is not None:
                self.log(marked.note)
                return marked
            return self.region_of_a_seam(found, text) or self.several_places(found)
        unknown = [
            i
            for i, run in enumerate(runs)
            if i not in used
            and not all(is_generic(w) for w in run.words)
            and len(letters(" ".join(run.words))) >= MIN_NAME_LETTERS  # "A escasos"
        ]
        left = [" ".join(runs[i].words) for i in unknown]
        at = run_of[chosen[0]]
        if caseless_unknown_first and self.owner_before(whole, chosen, scope):
            caseless_unknown_first = False
        before = (
            caseless_unknown_first
            or any(i < at and may_be_the_place(runs[i]) for i in unknown)
            or any(run_of.get(span, at) < at for span in dropped)
        )
        rejected = chosen
        chosen = self.kept_answer(chosen, found, text, before)
        if chosen is None and len(found) == 1 and len(coarse_units) == 1:
            unit_span, unit, _ = coarse_units[0]
            town = rejected[1]
            if (unit.admin1_code and unit.admin1_code == town.admin1_code) or (
                unit.precision == "near" and (unit.lat, unit.lon) == (town.lat, town.lon)
            ):
                # "thị xã Hà Tiên": the town is not what the text names, but the unit
                # named after it is, which the data draws only as its region.
                inside = read_inside_note(unit_span)
                return replace(unit, note=f"{unit.note}; {inside}" if unit.note else inside)
        if chosen is None:
            # Without the namesakes, or past the first place, the rest says nothing
            # either: the names as read, with their candidates, not nothing.
            return self.several_places(every) if dropped or by_head else None
        span, result = chosen
        if left and result.precision in POINT_ANSWERS and result.country:
            namesakes = self.namesakes(parse_place(span), scope)
            if not stands_out(result, namesakes) and _PUT_NEAR_BY_A_WORD in (result.note or ""):
                # "an Isuzu SUV near Linn", of three Linns: near which is unsaid; the
                # region of the one read stands, as without the near word.
                return self.only_its_region(result)
            if not stands_out(result, namesakes):
                # "Heiligenkreuz im Südburgenland": the unknown words would say which.
                self.log(f"{len(namesakes)} places named {span!r}; {left[0]!r} would say which")
                return self.ambiguous(
                    namesakes, f"{len(namesakes)} places named {span!r} lie in the country"
                )
        note = read_inside_note(span)
        if left:
            note += f"; not understood: {', '.join(repr(w) for w in left)}"
        after = runs[run_of[span]].after if span in run_of else ""
        at = text.find(span)
        if (
            at >= 0
            and _MILITARY_DIRECTION.match(text[at + len(span) :])
            and result.precision == "settlement"
            and result.country
        ):
            # "З Вовчанського та Липецького напрямків" (from the Vovchansk and Lyptsi
            # directions): a front's axis named after a town runs tens of km through the
            # country around it; the town only says where: its region.
            note += "; the direction named after it is the area around it"
            return self.answer_held_by(self.only_its_region(result), note)
        if (
            at >= 0
            and (
                _PLURAL_CROSSINGS.match(text[at + len(span) :])
                or _BORDER_GUARD_UNIT.match(text[at + len(span) :])
            )
            and result.precision == "settlement"
            and result.country
            and result.lat is not None
            and result.lon is not None
        ):
            # "Utsjoki border crossings": the crossings of the town's area, which lie
            # tens of km apart: the district it seats, else its region. So too the
            # sector a border unit based in the town guards ("the Panj border unit").
            if _BORDER_GUARD_UNIT.match(text[at + len(span) :]):
                note += "; the sector of the border unit named after it lies around it"
            else:
                note += "; the crossings named after it lie around it"
            seated = districts_seated_at(result.country, result.lat, result.lon)
            unit = self.district_circle(seated, "district")
            around = unit if unit is not None else self.only_its_region(result)
            return self.answer_held_by(around, note)
        if (
            result.precision == "settlement"
            and result.country
            and any(beside_crossing_word(runs[i]) for i in unknown)
        ):
            # "Kuhmossa sijaitsevan Vartiuksen rajanylityspaikan" (the Vartius crossing,
            # in Kuhmo): a crossing the data does not know, named with its crossing word,
            # in the town's municipality, which may lie tens of km from the town; not
            # near the town, but in its region.
            note += "; the crossing named beside it is not understood: its region"
            around = self.only_its_region(result)
            return self.answer_held_by(around, note)
        if (
            after
            and _UNIT_BELOW_A_DISTRICT.match(after)
            and result.precision == "settlement"
            and result.country
        ):
            # "Bandarban's Ghumdhum union": a union (a Bangladeshi unit below the upazila)
            # named after its seat spreads around it, and the data draws no outline of
            # it: the region holding its seat, as "X upazila" is answered.
            note += f"; the unit {after!r} named after it lies around it"
            return self.answer_held_by(self.only_its_region(result), note)
        part = _SWAHILI_PART_OF.match(text[at + len(span) :]) if at >= 0 else None
        if part and self.country_code(part["where"], regions=False) == result.country:
            note += f"; {part[0].strip()!r} says where in its country it lies"
            after = ""
        if after and BORDER_POST_WORD.match(after) and result.precision == "settlement":
            # "Sallan raja-asemalle": a post named after a town far from the border.
            off = self.post_off_its_town(result, note)
            if off is not None:
                return off
        if after and unknown_nouns(after) and result.precision == "settlement" and result.country:
            # "Silene farmstead": a thing named after the town, which may lie outside
            # it: near the town.
            note += f"; {after!r} named after it: near it"
            result = replace(result, precision="near", uncertainty_km=NEAR_RADIUS_KM)
        self.log(note)
        return replace(
            result,
            coarsened=result.coarsened or bool(left),
            note="; ".join(n for n in (result.note, note) if n),
        )

    def romance_al_opens(self, words: tuple[str, ...]) -> bool:
        """Whether a text's first run opens with "Al" that may be Italian or Spanish "al"
        (at the, to the): the event is in a country where Arabic is not spoken."""
        return (
            len(words) > 1
            and words[0] == "Al"
            and bool(self.hint)
            and not set(self.hint) & ARAB_STATES
        )

    def owner_before(self, text: str, chosen: tuple[str, PlaceResult], scope: Scope) -> bool:
        """Whether the words before a point the text names are the unit holding it.

        "ব্রাহ্মণবাড়িয়ার আখাউড়া স্থলবন্দর" (Brahmanbaria's Akhaura land port): in a
        caseless script the owner's genitive, found only by its sound, was an unknown
        name before the crossing, which then only placed it (near).  When those words
        alone (less the names of the countries whose border it is, last) are a district
        whose circle holds the point, or a region whose outline does, they say where the
        place lies, not another place.
        """
        span, place = chosen
        head = text[: text.find(span)].strip() if span in text else ""
        words = head.split()
        while len(words) > 1 and (
            self.names_two_countries(words[-1]) or self.names_a_country(words[-1])
        ):
            # "बाँकेको नेपाल–भारत जमुनाहा नाका" (Banke's Nepal–India Jamunaha post): the
            # countries say which border, the words before them own the place.
            words.pop()
        head = " ".join(words)
        if (
            not head
            or place.lat is None
            or place.lon is None
            or place.precision not in POINT_ANSWERS
        ):
            return False
        if self.depth > 2:
            return False
        self.depth += 1
        try:
            owner = self.resolve(parse_place(head), scope)
            if owner.status != "resolved" and len(head.split()) == 1:
                # The genitive of a district's bare name, read as one (its sound is
                # enough beside what it owns, as :meth:`caseless_names` reads it).
                expr = PlaceExpression(
                    "name", head, head, languages=languages_of(head), suffix="'s"
                )
                owner = self.district_by_bare_name(expr, scope) or owner
        finally:
            self.depth -= 1
        if owner.status != "resolved" or owner.lat is None or owner.lon is None:
            return False
        if owner.precision == "district" and owner.uncertainty_km:
            holds = km_between(owner.lat, owner.lon, place.lat, place.lon) <= owner.uncertainty_km
        elif owner.precision == "region" and owner.admin1_code:
            holds = near_region_outline(place.lat, place.lon, owner.admin1_code)
        else:
            return False
        if holds:
            self.log(f"{head!r} is the {owner.precision} {owner.name} holding {place.name}")
        return holds

    def kept_answer(
        self,
        chosen: tuple[str, PlaceResult],
        found: list[tuple[str, PlaceResult]],
        text: str,
        unknown_before: bool,
    ) -> tuple[str, PlaceResult] | None:
        """The chosen answer if the words around it allow it, else a coarser one or None."""
        span, result = chosen
        lowered = {normalise(word) for word, _, _ in tokens_of(text)}
        is_point = result.precision in POINT_ANSWERS
        crossing = is_point and result.country is None
        if result.precision in ("region", "district") and lowered & border_word_keys():
            # "the Tavush section of the Armenian-Azerbaijani border" is a border.
            self.log(f"{span!r} is an area, and the text names a border: not taken")
            return None
        if crossing and _ENDS_WITH_BORDER.search(self.query):
            # "the Haparanda-Tornio border": the text names the border at the crossing.
            pair = tuple(sorted(self.countries_of(result)))
            if len(pair) == 2 and self.has_border(pair):
                self.log(f"{span!r} is a crossing, and the text names its border")
                return span, self.border_result(pair, note=f"the border at {result.name}")
        if (
            crossing
            and (BETWEEN.search(text) or JOINS.search(text))
            and not CROSSING_WORD.search(self.query)
            and normalise(span) != normalise(result.name or "")
        ):
            # "entre Albina et Saint-Laurent-du-Maroni": the crossing bears one of the
            # towns' names, but the text puts what it tells between the two towns: the
            # border there, not the crossing's point.  So does a way joining them ("la
            # trocha X, que conecta a A con B"): a path of its own, not the crossing.
            pair = tuple(sorted(self.countries_of(result)))
            if len(pair) == 2 and self.has_border(pair):
                self.log(f"{span!r} bounds a stretch between places: the border, not the crossing")
                border = self.border_result(pair, note="the border between the places named")
                return span, self.stretch_on_the_event_side(border, result)
        if is_point and not crossing and says_between(text) and not _between_after(span, text):
            # "the strip between Kastanies and Vyssa", "the wall that separates Melilla
            # from Morocco": the places bound what is meant; they are not it.
            self.log(f"{span!r} bounds a stretch the text names between places: not taken")
            return None
        # The unit word of another area the text names ("Kota Jayapura, Provinsi Papua")
        # is that area's, not one around the point.
        of_other_areas = {
            normalise(word)
            for other, found_result in found
            if other != span and found_result.precision in ("region", "district")
            for word in other.split()
        }
        around = (lowered - of_other_areas) & area_word_keys()
        if is_point and around and not _joins_after(span, text):
            if (
                (_NAMED_BORDER_AREA.search(text) or unknown_before)
                and not crossing
                and self.hint
                and result.country in self.hint
            ):
                # "the eastern Al-Fashaqa border region": the stretch of the event's
                # country by the border that the town names; "the X Border Post in Muara
                # Tami Subdistrict, Jayapura City": a unit the data lacks, around or
                # beside the town. The town's region holds either.
                self.log(f"{span!r} places an area around it or an unknown unit")
                return span, self.only_its_region(result)
            # "the eastern countryside of Deir ez-Zor" is more than the town.
            self.log(f"{span!r} is a point, and the text names an area around it: not taken")
            return None
        near_word = near_word_before(text, span) if unknown_before else None
        if (
            near_word
            and result.status == "resolved"
            and result.precision == "settlement"
            and not crossing
        ):
            # "vid Lernacken utanför Malmö": the unknown place lies just by the town, as
            # "Lernacken, outside Malmö" says with a comma.
            note = f"{span!r} {_PUT_NEAR_BY_A_WORD} {near_word!r} it: near {result.name}"
            self.log(note)
            return span, replace(
                result, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True, note=note
            )
        if (
            unknown_before
            and result.status == "resolved"
            and result.precision == "settlement"
            and result.country
            and _CROSSING_WORDS_CLOSE.search(text[: max(text.find(span), 0)])
            and self.by_a_land_border(result)
        ):
            # "على مستوى المعبر الحدودي بالدبداب" (at the border crossing at Debdeb): the
            # crossing's words come right before the town, and the unknown words before
            # them say where ("at the level of"); a crossing at a town by a land border
            # is near that town, not anywhere in its region.  An unknown name between
            # the crossing word and the town ("معبر أرقين الحدودي بوادي حلفا", the Argeen
            # crossing in Wadi Halfa) is the crossing's own, which the town only places.
            note = f"the crossing the text names at {span!r}, a town by the border: near it"
            self.log(note)
            return span, replace(
                result, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True, note=note
            )
        if unknown_before and is_point:
            # "At Yangtse, Tawang in Arunachal Pradesh", "the Ensawang plantation, Lubok
            # Antu": the unknown name is the place, the town only says where it lies:
            # its admin-1 region, never the town as the point.
            self.log(f"{span!r} only places an unknown name")
            shared = self.units_sharing_the_name(span, result)
            if shared is not None:
                return span, shared
            return span, self.only_its_region(result)
        return chosen

    def stretch_on_the_event_side(self, border: PlaceResult, crossing: PlaceResult) -> PlaceResult:
        """The stretch of ``border`` in the event country's admin-1 region at ``crossing``
        ("la trocha X, que conecta a La Parada con San Antonio del Táchira" of a Colombian
        event: in Norte de Santander), else the whole ``border``."""
        if len(self.hint) != 1 or crossing.lat is None or crossing.lon is None:
            return border
        at = Point(crossing.lon, crossing.lat)
        near: list[tuple[float, str]] = []
        for row in self.gaz.rows_of_country(self.hint[0], kind="region"):
            code = self.gaz.place(row).admin1_code
            outline = region_extent(code) if code else None
            if outline is not None:
                near.append((outline.distance(at), code))
        near.sort()
        if not near or near[0][0] > _AT_OUTLINE_DEG:
            return border
        if len(near) > 1 and near[1][0] <= _AT_OUTLINE_DEG:
            return border  # two regions meet there: the text does not say which
        region = self.gaz.region(near[0][1])
        return self.border_stretch_in(border, self.from_place(region)) if region else border

    def units_sharing_the_name(self, span: str, town: PlaceResult) -> PlaceResult | None:
        """ "en X, La Democracia": a town's name borne by units of several regions.

        When the name only says where an unknown place lies and its country has
        municipalities (or districts) of that name in more than one region, the biggest
        town's region is a guess: the answer is ambiguous among the towns of the name in
        those regions.  None when the name is one unit's, or no unit's.
        """
        if not town.country:
            return None
        units = districts_named([normalise(span)], [town.country])
        regions = {unit.region for unit in units}
        if len(regions) < 2:
            return None
        towns = [
            place
            for place in self.gaz.lookup_key(normalise(span), kinds=("settlement",))
            if place.country == town.country
            and place.admin1_code in regions
            and normalise(place.name) == normalise(span)
        ]
        if len({place.admin1_code for place in towns}) < 2:
            return None
        return self.ambiguous(
            towns,
            f"{len(regions)} units named {span!r} lie in {town.country}, in "
            f"{', '.join(sorted(regions))}; the text does not say which",
        )

    def only_its_region(self, point: PlaceResult) -> PlaceResult:
        """A point that only says where the place lies: its admin-1 region, else the unit
        the town is the seat of, else near it.

        All coarsened: the text means a place the point is not.
        """
        region = self.gaz.region(point.admin1_code) if point.admin1_code else None
        if region is None and point.country and point.lat is not None and point.lon is not None:
            # "ved Berby, innerst i Iddefjorden sør for Halden": where the data has no
            # region (Norway's counties), the town's municipality stands for it, as the
            # region would; a place named only by the town is not "near" the town.
            seated = districts_seated_at(point.country, point.lat, point.lon)
            unit = self.district_circle(seated, "unit") if seated else None
            if unit is not None:
                self.log(f"the unit seated at {point.name}: {unit.name}")
                return replace(unit, coarsened=True)
        if region is None:
            self.log(f"near {point.name}")
            return replace(point, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True)
        held = self.from_place(region)
        if (
            held.geometry is not None
            and point.lat is not None
            and point.lon is not None
            and held.geometry.distance(Point(point.lon, point.lat)) * KM_PER_DEGREE
            > _OFF_ITS_OUTLINE_KM
        ):
            # "dekat Tugayo Hunasan, Sitangkai, Tawi-Tawi": the shipped outline of the
            # region the town is filed in stops short of it (Sitangkai's islands lie 7 km
            # off Tawi-Tawi's), so the region would place the event elsewhere: the unit
            # the town seats, else its country when that holds it, else nothing.
            return self.what_holds_a_town_its_region_misses(point, region.name)
        self.log(f"the region holding {point.name}: {region.name}")
        return replace(held, coarsened=True)

    def what_holds_a_town_its_region_misses(self, town: PlaceResult, region: str) -> PlaceResult:
        """The unit ``town`` seats, else its country, coarsened, for a town the outline
        of its admin-1 ``region`` does not hold; unresolved when neither holds it."""
        assert town.lat is not None and town.lon is not None
        why = f"the outline of {region}, which {town.name} is filed in, does not hold it"
        seated = districts_seated_at(town.country or "", town.lat, town.lon)
        unit = self.district_circle(seated, "unit") if seated else None
        if unit is not None:
            self.log(f"{why}: the unit it seats, {unit.name}")
            return replace(unit, coarsened=True)
        country = self.gaz.country(town.country) if town.country else None
        try:
            outline = country_extent(town.country) if country is not None else None
        except GeometryDataError:
            outline = None
        if (
            country is not None
            and outline is not None
            and outline.distance(Point(town.lon, town.lat)) * KM_PER_DEGREE <= _OFF_ITS_OUTLINE_KM
        ):
            self.log(f"{why}: its country, {country.name}")
            return replace(self.from_place(country), coarsened=True)
        return self.unresolved(note=f"{town.name} only says where the place lies, and {why}")

    def border_or_outskirts_of(self, text: str, town: PlaceResult) -> PlaceResult:
        """A town read inside a text that speaks of a border or of the country around it.

        "tuyến biên giới Tây Ninh" (the Tây Ninh border line): a town that shares its
        name with a province is the border where the province meets it; "la zona rural
        de Cúcuta": the countryside around the town, not the town.  Otherwise ``town``.
        """
        if town.precision not in ("settlement", "near", "region", "district") or not town.name:
            return town
        if _RURAL.search(text) and town.precision in ("settlement", "near"):
            return self.around_town(town, f"the rural area of {town.name}")
        tokens = [w for w, _, _ in tokens_of(text)]
        words = {w.lower() for w in tokens}
        key = normalise(text)
        at = key.find(normalise(town.name))
        if (
            at > 0
            and not self.within_a_country_name(key, at, normalise(town.name))
            and self.names_border_caseless(key[:at])
            and not CROSSING_WORD.search(text)
            and not _POST_WORD.search(text)
            and not words & settlement_words()
        ):
            # Only a border word before the town heads the text ("tuyến biên giới Tây
            # Ninh"); "Wadi Halfa on the border with Egypt" is the town.
            unit = self.border_of_unit(PlaceExpression("border", town.name, other=town.name))
            if unit is not None and unit.status == "resolved":
                self.log(f"the text names a border: the border at the unit {town.name}")
                return unit
            # "el eje limítrofe del área metropolitana de Cúcuta y Venezuela": the town's
            # country's border with the neighbour named, by the town.
            named = {
                code
                for word in tokens
                if (code := self.country_code(word, regions=False)) and code != town.country
            }
            pair = tuple(sorted({town.country or "", *named}))
            if len(named) == 1 and town.country and self.has_border(pair):  # type: ignore[arg-type]
                self.log(f"the text names a border and {pair}: the border by {town.name}")
                reach = max(town.uncertainty_km or 0.0, BESIDE_KM)
                line = self.border_result(pair)  # type: ignore[arg-type]
                return self.border_stretch_in(line, replace(town, uncertainty_km=reach))
        return town

    def within_a_country_name(self, key: str, at: int, name: str) -> bool:
        """Whether the words ``name`` found at ``at`` in the normalised ``key`` are part of
        a country's name written there.

        "perbatasan Indonesia-Papua Nugini" holds "papua", the name of Indonesia's
        province, only as part of Papua New Guinea's Indonesian name: the province a
        town read elsewhere in the text is filed in is not named there, and no border
        "at" it is meant.
        """
        if at > 0 and key[at - 1] != " ":
            return False
        words = key.split()
        first = len(key[:at].split())
        last = first + len(name.split())
        for start in range(max(0, first - 2), first + 1):
            for end in range(last, min(len(words), last + 2) + 1):
                if (start, end) == (first, last):
                    continue
                if self.country_code(" ".join(words[start:end]), regions=False):
                    return True
        return False

    def border_after_an_area(
        self, text: str, found: list[tuple[str, PlaceResult]], scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "in Niedersachsen an der deutsch-niederländischen Grenze": a region or district,
        then a border of its country in the words after it: the border's stretch in the
        area (or the area, when several borders run through it); None otherwise."""
        for span, area in found:
            if area.precision not in ("region", "district") or not area.country:
                continue
            at = text.find(span)
            rest = text[at + len(span) :].strip(" ,;") if at >= 0 else ""
            if not rest or not self.names_border_caseless(rest):
                continue
            border = self.inner_resolve(rest, scope, kinds)
            if (
                border.status == "resolved"
                and border.precision == "border"
                and area.country in self.border_pair_named(border.name or "")
            ):
                self.log(f"a border of {area.country} after the area {area.name}")
                return self.border_stretch_in(border, area)
        return None

    def names_border_caseless(self, text: str) -> bool:
        """Whether a text names a border, in words of any script ("الحدود", "border")."""
        words = [normalise(w) for w, _, _ in tokens_of(text)]
        if names_a_border(text) or any(_a_caseless_border_word(w) for w in words):
            return True
        # Border words of several words ("biên giới", "border area").
        key = f" {normalise(text)} "
        return any(f" {phrase} " in key for phrase in _multiword_border_keys())

    def compound_border(self, text: str) -> PlaceResult | None:
        """A border word and one word joining two countries' names or adjectives.

        "ชายแดนไทย-กัมพูชา", "ชายแดนไทยลาว" (Thai writes the border word joined to the
        names), "στην ελληνοτουρκική μεθόριο" (Greek joins the adjectives without a
        dash): the word is split where both halves name neighbouring countries.
        """
        words_of_text = [w for w, _, _ in tokens_of(text)]
        caseless_border = any(_a_caseless_border_word(normalise(w)) for w in words_of_text)
        if (caseless_border or names_a_border(text)) and not any(
            is_cased(w) for w in words_of_text
        ):
            # "على الحدود السورية الأردنية", "عبر الحدود السورية" (Arabic puts the
            # adjectives after the border word, apart): the countries they name, with the
            # event's own when one is named.  Adjectives joined by a dash are two words
            # ("الحدود اللبنانية-الإسرائيلية").
            words_of_text = [
                part for w in words_of_text for part in re.split(f"[{re.escape(DASHES)}]", w)
            ]
            codes = [self.country_codes(w, regions=False) for w in words_of_text]
            named = list(dict.fromkeys(next(iter(c)) for c in codes if len(c) == 1))
            compass = [
                _CASELESS_COMPASS[k]
                for w in words_of_text
                if (k := normalise(w)) in _CASELESS_COMPASS
            ]
            unknown = any(
                not c
                and normalise(w)  # a dash between the adjectives is no word
                and not is_generic(w)
                and not self.owner_of_the_border(w)
                and not _a_caseless_border_word(normalise(w))
                and normalise(w) not in _CASELESS_FILLERS | _CASELESS_COMPASS.keys()
                for w, c in zip(words_of_text, codes, strict=True)
            )
            if unknown:
                named = []  # "منفذ العبدلي الحدودي مع العراق": a name beside, read below
            else:
                pair = self.pair_across_with(words_of_text, codes, named)
                if pair:
                    self.log(f"the border with the country after 'مع': {pair[0]}-{pair[1]}")
                    return self.border_result(pair)
            own = self.hint[0] if len(self.hint) == 1 else None
            if own and own not in _KINGDOMS and _names_the_kingdom(words_of_text):
                own = None  # "the Kingdom" of a republic's event is another state
            if not named and not unknown and own and len(set(compass)) == 1:
                named = [own]  # "الحدود الجنوبية" of a Lebanese event
            if len(named) == 1 and own and named[0] != own and not compass:
                named.append(own)
            if len(named) == 2:
                pair = (min(named), max(named))
                if self.has_border(pair):
                    self.log(f"country words beside a border word: {pair[0]}-{pair[1]}")
                    return self.border_result(pair)
            if compass and named and named == [_country_after_with(words_of_text, codes)]:
                # "الحدود الشمالية مع سوريا" without its owner: the compass is the
                # owner's, never the northern border of the country after "with".
                self.log("a compass word of a border whose owner is not read")
                return None
            if caseless_border and len(named) == 1 and len(set(compass)) <= 1:
                # "الحدود اللبنانية الجنوبية" (Lebanon's southern border), "الحدود
                # الإسرائيلية" of an Israeli event: one country's border(s), narrowed by
                # the compass word when there is one.
                suffix = compass[0] if compass else ""
                self.log(f"the {suffix or 'own'} border(s) of {named[0]}")
                return self.own_borders(named[0], PlaceExpression("border", text, suffix=suffix))
        rest = border_rest(text)
        if rest:
            words, joined_by = [rest], ""
        elif names_a_border(text):
            # A cased word joins a combining form in -o to the second adjective
            # ("ελληνο|τουρκική"), and only a long word can ("the border" cannot).
            words, joined_by = [w for w, _, _ in tokens_of(text) if len(w) >= 10], "o"
        else:
            return None
        for word in words:
            parts = [p for p in re.split(f"[{re.escape(DASHES)}/]", word) if p]
            splits = [parts] if len(parts) == 2 and not joined_by else []
            if len(parts) == 1:
                half = _MIN_HALF if not joined_by else 5
                splits = [
                    [word[:i], word[i:]]
                    for i in range(half, len(word) - half + 1)
                    if not joined_by or normalise(word[:i]).endswith(joined_by)
                ]
            for first, second in splits:
                a, b = self.country_codes(first), self.country_codes(second)
                if len(a) == 1 and len(b) == 1 and a != b:
                    pair = tuple(sorted((*a, *b)))
                    if self.has_border(pair):
                        self.log(f"a word joining {first!r} and {second!r}, and a border word")
                        return self.border_result(pair)
        named_rest = self.country_codes(rest, regions=False) if rest else frozenset()
        if len(named_rest) == 1:
            # "ใกล้พรมแดนไทย" (near the Thai border) of a Burmese event: the border of
            # that country with the event's, else that country's own border(s).
            (code,) = named_rest
            pair = tuple(sorted((code, *self.hint))) if len(self.hint) == 1 else ()
            if len(set(pair)) == 2 and self.has_border(pair):
                self.log(f"the border of {code} seen from {self.hint[0]}")
                return self.border_result(pair)
            return self.own_borders(code, PlaceExpression("border", text))
        if rest and not named_rest and re.search(_DASH, rest) and text.rstrip().endswith(rest):
            # "ชายแดนแม่สาย-ท่าขี้เหล็ก" (the Mae Sai-Tachileik border): the border word
            # joined to the two towns facing each other across one crossing is there;
            # not when words follow ("ด่านพรมแดนแม่สอด-เมียวดี 2": the second bridge).
            scope = Scope(countries=tuple(self.hint))
            crossing = self.crossing_of_paired_towns(rest, scope)
            if crossing is not None and crossing.status == "resolved":
                self.log(f"the border at the crossing {crossing.name}")
                return crossing
        if rest and not named_rest:
            # "ในพื้นที่ชายแดนศรีสะเกษ" (in the border area of Si Sa Ket): the unit or
            # town the border word is joined to; "ชายแดนในพื้นที่จังหวัดศรีสะเกษ" (the
            # border in the area of Si Sa Ket province): after "in" and "area".
            rest = THAI_IN_THE_AREA.sub("", rest) or rest
            unit = self.inner_resolve(rest, Scope(countries=tuple(self.hint)), None)
            if unit.status == "resolved" and unit.precision in ("region", "district"):
                if _AREA_WORD_CASELESS.search(text):
                    self.log(f"the border area of {unit.name}")
                    return unit
                # "ชายแดนสุรินทร์" (the Surin border): the border where the unit meets it.
                expr = PlaceExpression("border", text, other=rest)
                return self.border_of_unit(expr) or unit
        return None

    def pair_across_with(
        self, words: list[str], codes: list[frozenset[str]], named: list[str]
    ) -> tuple[str, str] | None:
        """The border "[owner's] border with X" in Arabic, as a pair of codes, or None.

        The country after "مع" (with) is the other side; the owner is the one other
        country named ("للمملكة الأردنية مع سوريا"), else the event's own, which "the
        Kingdom" names only when it is a kingdom.  A compass word ("الشمالية الشرقية")
        says which of the owner's borders, so it never moves the border onto the other
        side's far borders (Syria's northern one for a Jordanian "northern border with
        Syria").
        """
        other = _country_after_with(words, codes)
        if other is None:
            return None
        owners = [code for code in named if code != other]
        if not owners and len(self.hint) == 1 and self.hint[0] != other:
            own = self.hint[0]
            if own in _KINGDOMS or not _names_the_kingdom(words):
                owners = [own]
        if len(owners) != 1:
            return None
        pair = (min(owners[0], other), max(owners[0], other))
        return pair if self.has_border(pair) else None

    def caseless_names(
        self, words: tuple[str, ...], scope: Scope, kinds, abroad: list | None = None
    ) -> tuple[list[tuple[str, PlaceResult]], bool]:
        """The places named in a run of a caseless script, without overlaps.

        Also says whether an unknown word (no role word, no generic word, no place)
        comes before the first place found: "مرز اسلام قلعه در هرات" (the border of
        Islam Qala, in Herat) where Islam Qala is unknown.  The candidates of names
        found only outside the event's country are added to ``abroad`` when given.
        """
        taken: set[int] = set()
        found: list[tuple[tuple[str, PlaceResult], tuple[int, int]]] = []
        first = len(words)
        suffixes = {
            "region": "province",
            "district": "district",
            "crossing": "crossing",
            "border": "border",  # "ชายแดนสุรินทร์": the border at Surin
            "sector": "sector",
        }

        def known(text: str) -> bool:
            key = normalise(text)
            # A Korean word with a unit word joined may be a region's whole name as
            # written ("연평도", an island Incheon's forms hold), as no town's is.
            kinds = (*SETTLEMENT_KINDS, "region") if _HANGUL.fullmatch(text) else SETTLEMENT_KINDS
            if key and " " in text and whole_water_form(text):
                # "في بحر عمان": a sea whose name holds a country's ("عمان", Oman) is one
                # name as written, not a sea word and the country apart.
                return True
            return bool(key) and bool(self.gaz.lookup_key(key, kinds=kinds))

        as_written: set[tuple[int, int]] = set()
        for start, end, text, role in caseless_candidates(words, known):
            if taken & set(range(start, end)):
                continue
            if is_one_cjk_character(text) or is_cjk_bearing(text):
                # "宗谷岬から約63㌔東" (63 km east of Cape Sōya): one character parted
                # from a Chinese or Japanese text is a word, never a village's variant;
                # so is a bearing parted off a name ("国後島北方", north of Kunashiri).
                continue
            if _compass_after_border_word(words, start, end):
                # "الحدود الغربية لمصر" (Egypt's western border): the adjective says which
                # border, it is not the Gharbia governorate.
                taken.add(start)
                continue
            query = f"{text} {suffixes[role]}" if role in suffixes else text
            if role == "near":
                query = f"near {text}"
            # "เทศบาลเมืองมุกดาหาร" (the town municipality of Mukdahan), "บ้านด่านนอก"
            # (the village of Dan Nok): a settlement, never a province or a crossing.
            role_kinds = ("settlement",) if role == "settlement" else kinds
            result = self.inner_resolve(query, scope, role_kinds)
            if result.status == "unresolved" and not result.candidates and end == start + 1:
                result = self.crossing_of_twin_names(text, scope) or result
                if result.status == "unresolved" and text != words[start]:
                    query, result = self.korean_unit_as_written(words[start], scope, query, result)
                    if query == words[start]:
                        as_written.add((start, end))
            if result.status == "unresolved" and not result.candidates and query != text:
                # "منطقة شط العرب" (the area of the Shatt al-Arab): no unit bears the
                # whole name, but a border river does; it wins over a shorter name.
                whole = self.border_named_whole(text, scope)
                if whole is not None:
                    query, result = text, whole
            if role == "sector" and (result.status == "unresolved" or result.coarsened):
                # "गुरदासपुर सेक्टर": read as "the Gurdaspur sector" is; a sector
                # that finds no district of its own is near its town.
                query = f"near {text}"
                result = self.inner_resolve(query, scope, kinds)
            if result.status == "unresolved":
                if result.candidates or self.country_codes(
                    text, languages_of(text), regions=False
                ):
                    # A place outside the event's country, or a country named in a
                    # case ("უკრაინის", Ukraine's): no unknown word.
                    taken.update(range(start, end))
                    if abroad is not None and not self.names_a_country(text):
                        abroad.extend(result.candidates)
                continue
            if result.precision not in ("country", "border") and self.names_a_country(text):
                taken.update(range(start, end))
                continue
            if (
                result.coarsened
                and role not in ("district", "region")
                and result.precision != "district"
            ):
                # A guess coarsened to a region is no name's own answer; a district a
                # bare name means where districts bear their seat's name ("ফেনীর", of
                # Feni) is; so is the region holding a unit a unit word names ("محافظة
                # صور": Tyre is a district, in South Lebanon), as "Tyre governorate" is.
                continue
            self.log(f"{text!r} ({role or 'a name'}) is {result.name}")
            found.append(((query, result), (start, end)))
            taken.update(range(start, end))
            first = min(first, start)

        def unknown(i: int) -> bool:
            return (
                0 <= i < len(words)
                and i not in taken
                and bool(split_role(words[i])[0])
                and not is_generic(words[i])
            )

        whole_units = [r for (_, r), span in found if span in as_written]
        if as_written and any(
            span not in as_written
            and r.precision not in ("country", "region")
            # "인천 옹진군 연평도": Incheon, a city that is its own region, is no finer
            # name inside that region; the address goes on into it.
            and not any(self.is_its_region(r, unit) for unit in whole_units)
            for (_, r), span in found
        ):
            # "경기도 파주": a province read whole only where nothing finer is named; the
            # finer name says the place, and the word stays as it was read before.
            found = [item for item in found if item[1] not in as_written]
            for span in as_written:
                taken.difference_update(range(*span))
            first = min((span[0] for _, span in found), default=len(words))
        if not found:
            found = self.bare_district_of_a_run(words, scope)
        for item in self.districts_owned_by_regions(words, found, taken, scope):
            found.append(item)
            taken.update(range(*item[1]))
        unknown_first = any(unknown(i) for i in range(min(first, len(words))))
        return [self.unless_cut(found_item, unknown) for found_item in found], bool(
            found
        ) and unknown_first

    def korean_unit_as_written(
        self, word: str, scope: Scope, query: str, result: PlaceResult
    ) -> tuple[str, PlaceResult]:
        """ "양강도 대홍단": a Korean word whose stem names no unit once its unit word is
        parted ("양강", "도") may name one as written, as the tables spell provinces with
        their "도" ("량강도", Ryanggang); that word's own region, else ``query`` and
        ``result`` as they were."""
        if not _HANGUL.fullmatch(word):
            return query, result
        whole = self.inner_resolve(word, scope, ("region",))
        if whole.status != "resolved" or whole.precision != "region":
            return query, result
        self.log(f"{word!r} names the region {whole.name} as written")
        return word, whole

    def border_named_whole(self, text: str, scope: Scope) -> PlaceResult | None:
        """The border a run of two or more words names as a whole (a border river, "شط
        العرب"), read bare when the role word before it found no unit; None otherwise."""
        if len(text.split()) < 2:
            return None
        bare = self.inner_resolve(text, scope, None)
        if bare.status != "resolved" or bare.precision != "border" or bare.coarsened:
            return None
        return bare

    def crossing_of_twin_names(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "अटारी-वाघा सीमा": one word of a caseless script joining a crossing's two
        ends by a dash, which as a whole names nothing (see
        :meth:`~bordermap.geo.places.resolver.PlaceResolver.crossing_by_one_end`)."""
        if not any(dash in text for dash in DASHES):
            return None
        self.depth += 1
        try:
            return self.crossing_by_one_end(text, scope)
        finally:
            self.depth -= 1

    def districts_owned_by_regions(
        self, words: tuple[str, ...], found: list, taken: set[int], scope: Scope
    ) -> list:
        """ "पञ्जाब के फाजिलका में" (in Punjab's Fazilka): a name after a region found and
        its Hindi genitive, which no reading found, read as a district by its sound
        (:meth:`district_by_bare_name`) when that district lies in the region; the
        genitive says the region holds it.  In the form :meth:`caseless_names` collects.
        """
        owned = []
        for (_, region), (_, end) in found:
            after = end + 1
            if (
                region.precision != "region"
                or region.admin1_code is None
                or after >= len(words)
                or words[end] not in _HINDI_GENITIVES
                or after in taken
            ):
                continue
            name = split_role(words[after])[0]
            if not name or is_generic(words[after]):
                continue
            self.depth += 1
            try:
                expr = PlaceExpression("name", name, name, languages=languages_of(name))
                drawn = self.district_by_bare_name(expr, scope)
            finally:
                self.depth -= 1
            if drawn is None or drawn.status != "resolved":
                continue
            if drawn.admin1_code != region.admin1_code:
                continue
            self.log(f"{name!r} (a name) is the district {drawn.name} of {region.name}")
            owned.append(((name, drawn), (after, after + 1)))
        return owned

    def bare_district_of_a_run(self, words: tuple[str, ...], scope: Scope) -> list:
        """ "পঞ্চগড় সীমান্ত এলাকাতে" (in the Panchagarh border area): one name, then only
        border, area and case words, the name a district known by its sound alone.

        Read alone such a name is its district where districts bear their seat's name
        (:meth:`district_by_bare_name`); inside a run it is looked up as a deeper
        reading, which does not try the district.  Only a run of one name: with more
        words that name something ("লালমনিরহাটের পাটগ্রাম", Lalmonirhat's Patgram) the
        first may own a far place the district's circle misses; Bengali, and Nepali and
        Urdu of their own countries' events (:meth:`a_district_run`), where reporters
        name their districts so (Hindi "रामगढ़ सेक्टर" is a sector named for a village,
        not the Ramgarh district of Jharkhand).  Empty otherwise, else the
        one finding in the form :meth:`caseless_names` collects.
        """
        roles = [split_role(word) for word in words]
        # Countries beside a border word say which border ("भारत नेपाल सीमा"), and with
        # Nepali postpositions which crossings ("भारतसँगका"): neither owns the district.
        border = self.names_border_caseless(" ".join(words))
        names = [
            i
            for i, (name, _) in enumerate(roles)
            if name
            and not is_generic(words[i])
            and not self.country_with_postpositions(name)
            and not (border and (self.names_a_country(name) or self.names_two_countries(name)))
        ]
        if not (
            self.a_district_run(" ".join(words), scope)
            or (border and self.hindi_name_holding_the_border(words, names))
        ):
            return []
        owner = _urdu_owner(words) or _gujarati_owner(words) or _bengali_owner(words)
        if owner and not self.names_a_country(owner):
            # "شمالی وزیرستان کی تحصیل سپین وام" (North Waziristan's tehsil Spinwam): the
            # first name owns a unit below it, so it is the district.
            names, roles = [0], [(owner, None)]
        owned = bool(owner) and names == [0]
        if not names or names != list(range(names[0], names[0] + len(names))):
            return []
        # "اپر دیر میں" (in Upper Dir): a district's name of two words, side by side,
        # is one name.
        at, end = names[0], names[-1] + 1
        if (end - at > 1 and not in_arabic_letters(" ".join(words))) or end - at > 2:
            return []
        if any(role not in (None, "generic") for _, role in roles):
            return []  # "X sector", "near X": the role reads the name, not the district
        text = " ".join(roles[i][0] for i in range(at, end))
        self.depth += 1
        try:
            # The name's own case endings ("કચ્છના", of Kutch) are read back.
            # An owner's genitive says a place lies inside it, as a unit word would:
            # three consonants are enough then ("মালদার", of Malda).
            expr = PlaceExpression(
                "name", text, text, languages=languages_of(text), suffix="'s" if owned else ""
            )
            drawn = self.district_by_bare_name(expr, scope)
        finally:
            self.depth -= 1
        if drawn is None or drawn.status != "resolved":
            return []
        self.log(f"{text!r} (a name) is the district {drawn.name}")
        return [((text, drawn), (at, end))]

    def country_with_postpositions(self, word: str) -> bool:
        """Whether a Devanagari word is a country's name with Nepali postpositions
        joined after it ("भारतसँगका", of ... with India): it says which border, and owns
        no district of the run."""
        if not _DEVANAGARI_RUN.fullmatch(word):
            return False
        stem = word
        for _ in range(2):
            ending = next((p for p in _NEPALI_POSTPOSITIONS if stem.endswith(p)), None)
            if ending is None or len(stem) <= len(ending) + 1:
                break
            stem = stem[: -len(ending)]
        return stem != word and self.names_a_country(stem)

    def owner_of_the_border(self, word: str) -> bool:
        """Whether a Devanagari word is a place or unit the data knows with the Nepali
        genitive joined ("बाँकेको नेपाल–भारत सीमाना", Banke's Nepal-India border): it
        says which stretch, not another place beside the border."""
        if not _DEVANAGARI_RUN.fullmatch(word):
            return False
        for ending in _NEPALI_GENITIVES:
            key = normalise(word.removesuffix(ending))
            if word.endswith(ending) and len(key) >= 2:
                return bool(self.gaz.lookup_key(key) or districts_named([key], self.hint))
        return False

    @staticmethod
    def hindi_name_holding_the_border(words: tuple[str, ...], names: list[int]) -> bool:
        """Whether a Devanagari run names one place and "in" (में) after it, before the
        border it names: "महराजगंज में भारत नेपाल सीमा पर" (on the India-Nepal border in
        Maharajganj), the unit holding that stretch of it, as in English."""
        return (
            len(names) == 1
            and names[0] + 1 < len(words)
            and words[names[0] + 1] == _HINDI_IN
            and bool(
                _DEVANAGARI_RUN.fullmatch(re.sub(f"[{re.escape(DASHES)}]", " ", " ".join(words)))
            )
        )

    def a_district_run(self, text: str, scope: Scope) -> bool:
        """Whether a run is written as reports name a district bare in it: Bengali, or
        Nepali of a Nepalese event ("कैलालीका सीमानाका") and Urdu of a Pakistani one
        ("باجوڑ میں"); not Hindi of an Indian event, whose "X सेक्टर" is often a
        village's sector, nor Arabic or Persian, whose countries' units bear no seat's name.
        """
        if _BENGALI_RUN.fullmatch(text):
            return True
        hint = set(self.hint_of(scope))
        return any(
            pattern.fullmatch(text) and hint and hint <= countries
            for pattern, countries in _RUN_COUNTRIES.items()
        )

    def unless_cut(self, item, unknown) -> tuple[str, PlaceResult]:
        """A point found beside an unknown word may be part of a longer name: its region.

        Without capitals nothing shows where a name ends: "जम्मू कश्मीर" (Jammu Kashmir)
        is not the city of Jammu.
        """
        (span, result), (start, end) = item
        # A district a town's name means is cut as the town is ("जम्मू कश्मीर" is not
        # Jammu district either), unless a genitive closes the name ("ফেনীর পরশুরাম",
        # Feni's Parshuram; "दार्चुलाको व्याँस", Darchula's Byans).
        seated = (
            result.precision == "district"
            and result.coarsened
            and not span.endswith(_CLOSING_GENITIVES)
        )
        if (result.precision not in POINT_ANSWERS and not seated) or not result.country:
            return span, result  # a crossing's name is its own, whatever follows it
        if not (unknown(start - 1) or unknown(end)):
            return span, result
        self.log(f"{span!r} stands beside an unknown word")
        return span, self.only_its_region(result)

    def names_two_countries(self, word: str) -> bool:
        """ "Nepal-India", "Thai-Cambodian": a word joining two countries' names."""
        parts = re.split(f"[{re.escape(DASHES)}]", word)
        return (
            len(parts) == 2
            and all(len(part) >= _MIN_HALF for part in parts)
            and all(self.country_codes(part, regions=False) for part in parts)
        )

    def names_a_country(self, span: str) -> bool:
        """Whether ``span`` is a country's name or demonym ("Iraq", "Iraqi")."""
        key = normalise(span)
        if self.words.codes(key):
            return True
        return any(place.kind == "country" for place in self.gaz.lookup_key(key))

    def an_area_named(self, name: str, scope: Scope) -> bool:
        """Whether ``name`` as written is a region's, district's or country's in ``scope``."""
        found = self.inner_resolve(name, scope, None)
        return (
            found.status == "resolved"
            and found.precision in ("region", "district", "country")
            and normalise(found.name or "") == normalise(name)
        )

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
        points = [r for _, r in found if r.status == "resolved" and r.precision in POINT_ANSWERS]
        if len(points) == 1:
            found = [(span, self.border_by(result, points[0])) for span, result in found]
        areas = [r for _, r in found if r.status == "resolved"]
        # A district holds less than its region, but it is the region that was looked
        # for: narrow by the region when the text names one, else by the district's.
        regions = [r for r in areas if r.precision == "region"] or [
            r for r in areas if r.precision == "district"
        ]
        if len(regions) != 1 or not regions[0].admin1_code:
            return found
        region = regions[0]
        inside = Scope(
            countries=(region.country,) if region.country else (), admin1=region.admin1_code
        )
        narrowed = []
        for span, result in found:
            outside = (
                result.status == "resolved"
                and result.precision == "district"
                and region.precision == "region"
                and result.admin1_code != region.admin1_code
            )
            if result.status == "ambiguous" or outside:
                # "강원 고성군" (Goseong county of Gangwon): the Goseong of another
                # province is not meant when the text names the province.
                again = self.inner_resolve(span, inside, kinds)
                if again.status == "resolved":
                    self.log(f"{span!r} in {region.name}: {again.name}")
                    result = again
            narrowed.append((span, result))
        return narrowed

    def namesake_of_a_region_adjective(self, text: str, result: PlaceResult) -> PlaceResult:
        """Of same-named towns, the one of the region a German adjective before it names
        ("im brandenburgischen Forst": Forst of Brandenburg), as a region named beside
        them would say.  The adjective is the region's name, "-isch" and a case ending;
        one whose stem begins the names of several regions ("sächsisch": Saxony or
        Saxony-Anhalt) says nothing.  ``result`` as it is when no adjective decides."""
        if result.status != "ambiguous" or not self.hint:
            return result
        rows: set[int] = set()
        for word in text.split():
            adjective = _GERMAN_REGION_ADJECTIVE.fullmatch(word)
            if adjective is None:
                continue
            stem = normalise(adjective["stem"])
            for code in self.hint:
                forms = self.gaz.forms_of("region", code)
                rows |= {row for key, row in forms if key.startswith(stem)}
        if len(rows) != 1:
            return result
        region = self.gaz.place(next(iter(rows)))
        held = [c for c in result.candidates if c.admin1_code == region.admin1_code]
        if len(held) != 1 or not held[0].name:
            return result
        inside = Scope(countries=(region.country,), admin1=region.admin1_code)
        again = self.inner_resolve(held[0].name, inside, None)
        if again.status != "resolved" or (again.lat, again.lon) != (held[0].lat, held[0].lon):
            return result
        note = f"the {held[0].name} of {region.name}, which the adjective before it names"
        self.log(note)
        return replace(again, query=self.query, note=note)

    def answer_held_by(self, around: PlaceResult, note: str) -> PlaceResult:
        """``around`` (a unit holding the place) as the answer, flagged coarsened, its
        note followed by why the place itself was not taken."""
        self.log(note)
        return replace(
            around,
            query=self.query,
            coarsened=True,
            candidates=(),
            note="; ".join(n for n in (around.note, note) if n),
        )

    def region_between_two_places(
        self, found: list[tuple[str, PlaceResult]]
    ) -> PlaceResult | None:
        """ "στη θαλάσσια περιοχή μεταξύ Αγαθονησίου και Φαρμακονησίου" (in the sea
        between Agathonisi and Farmakonisi): a spot between two places of one admin-1
        region is that region's, coarsened; None when the two lie in different regions
        (or either in none), or are areas.  (A spot between places on two sides is the
        border's, read before.)"""
        (first_span, first), (second_span, second) = found
        if any(r.precision not in POINT_ANSWERS for r in (first, second)):
            return None
        note = (
            f"between {first_span!r} and {second_span!r}, both in one region: "
            "the region holding them"
        )
        code = first.admin1_code
        if not code and not second.admin1_code:
            return self.unit_circle_holding_both(first, second, note)
        if not code or code != second.admin1_code:
            return None
        held = self.region_holding_town(first, note)
        if held is None or self.region_holding_town(second, note) is None:
            return None
        self.log(note)
        return replace(held, query=self.query)

    def unit_circle_holding_both(
        self, first: PlaceResult, second: PlaceResult, note: str
    ) -> PlaceResult | None:
        """Where the admin-1 units have no outline (Kenya's counties), the unit one of
        two towns seats and names, when its circle holds the other too ("between Mandera
        town and Elwak": Mandera County); None otherwise."""
        for seat, other in ((first, second), (second, first)):
            # A crossing is in no one country: its point decides.
            if not seat.name or seat.country is None or other.country not in (None, seat.country):
                continue
            unit = self.admin1_unit_seated_at(seat, normalise(seat.name))
            if unit is None or unit.lat is None or unit.lon is None or not unit.uncertainty_km:
                continue
            if other.lat is None or other.lon is None:
                continue
            if km_between(unit.lat, unit.lon, other.lat, other.lon) > unit.uncertainty_km:
                continue
            self.log(note)
            return replace(unit, query=self.query, coarsened=True, note=note)
        return None

    def region_of_a_seam(
        self, found: list[tuple[str, PlaceResult]], text: str
    ) -> PlaceResult | None:
        """ "รอยต่อ อ.ภูสิงห์ กับ อ.ขุนหาญ" (the seam of Phu Sing and Khun Han districts): a
        place where districts of one region meet lies in that region; coarsened.  Only
        for a text saying "seam" or "between", districts of the event's country, one
        region; None otherwise."""
        if not (_SEAM.search(text) or BETWEEN.search(text)):
            return None
        results = [result for _, result in found]
        codes = {result.admin1_code for result in results}
        if (
            len(results) < 2
            or any(result.precision != "district" for result in results)
            or len(codes) != 1
            or None in codes
            or any(result.country not in self.hint for result in results)
        ):
            return None
        region = self.gaz.region(codes.pop())
        if region is None:
            return None
        names = ", ".join(str(result.name) for result in results)
        self.log(f"the seam of the districts {names}: the region holding them, {region.name}")
        return replace(
            self.from_place(region),
            query=self.query,
            coarsened=True,
            note=f"where the districts {names} meet: the region holding them, {region.name}",
        )

    def without_a_bare_border_word(
        self, found: list[tuple[str, PlaceResult]]
    ) -> list[tuple[str, PlaceResult]]:
        """``found`` less a border word standing alone that fits several borders.

        "im slowenischen Camp in Sentilj knapp jenseits der Grenze im steirischen
        Spielfeld": "Grenze" alone is any of the event country's borders (four fit), a
        landmark of the sentence and no place of its own; the towns named with it say
        where, and which border.  Dropped only when every other name was read as a
        point (a town, a crossing), so a region or district named with the word is
        still read as the border beside it.
        """
        bare = [
            (span, result)
            for span, result in found
            if result.status == "ambiguous"
            and result.precision == "border"
            and all(normalise(word) in border_word_keys() for word in span.split())
        ]
        rest = [item for item in found if item not in bare]
        if not bare or not rest:
            return found
        if any(r.status != "resolved" or r.precision not in POINT_ANSWERS for _, r in rest):
            return found
        self.log(f"{bare[0][0]!r} alone fits several borders: the places named say which")
        return rest

    def several_places(self, found: list[tuple[str, PlaceResult]]) -> PlaceResult:
        """Ambiguous: the text names several places that are not one."""
        spans = ", ".join(repr(span) for span, _ in found)
        self.log(f"names inside the text: {spans}; they are different places")
        first = found[0][1]
        candidates = tuple(result.as_candidate() for _, result in found)
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

    def without_namesakes_outside(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[list[tuple[str, PlaceResult]], list[str]]:
        """``found`` less the towns that lie outside the unit the text names with them.

        "ต.เกาะช้าง อ.แม่สาย จ.เชียงราย" (tambon Ko Chang, Mae Sai district, Chiang Rai),
        "mương Thốt Nốt, ..., TP Châu Đốc – An Giang": an address names its places inside
        the districts and regions it goes on to name; a town of the name that lies in
        the same country but outside the smallest of them (the island Ko Chang of Trat,
        the town Thốt Nốt of Cần Thơ) is a namesake, not the place.  Only towns named
        before the unit, when the areas nest in one unit and at least one name is left;
        returns the names kept and the spans dropped.
        """
        if any(r.status != "resolved" for _, r in found):
            return found, []
        areas = [r for _, r in found if r.precision in ("district", "region")]
        smallest = [a for a in areas if all(_holds(b, a) for b in areas)]
        if not smallest:
            return found, []
        unit = smallest[0]
        # Only a town named before the unit, as an address runs from the smallest place
        # out ("المعبر أبو سمرة على بعد 110 كم من مدينة الدوحة" measures from Doha).
        first = next(i for i, (_, r) in enumerate(found) if r is unit)
        outside = [
            span
            for span, r in found[:first]
            if r.precision in POINT_ANSWERS
            and r.country is not None
            and r.country == unit.country
            and not self.agrees(r, unit)
        ]
        chain = [r for _, r in found[: first + 1]]
        if (
            not outside
            and len(chain) > 1
            and all(_holds(outer, inner) for outer, inner in pairwise(chain))
        ):
            # "강원 철원군 대마리" (Gangwon, Cheorwon county, Daema village): an address
            # that runs inward names its units first, each in the one before, then the
            # village in the smallest.  (One unit then a town is no such chain: "La
            # Guajira y el estado Zulia" names two sides.)
            outside = [
                span
                for span, r in found[first + 1 :]
                if r.precision in POINT_ANSWERS
                and r.country is not None
                and r.country == unit.country
                and not self.agrees(r, unit)
            ]
        kept = [(span, r) for span, r in found if span not in outside]
        if not outside or len(kept) == len(found) or not kept:
            return found, []
        self.log(f"{', '.join(map(repr, outside))} lie outside {unit.name}: namesakes")
        return kept, outside

    def nested_answer(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[str, PlaceResult] | None:
        """The one answer among ``found``, or the point that all others hold."""
        if any(result.status != "resolved" for _, result in found):
            return None
        distinct = {(r.name, r.precision, r.lat, r.lon): (s, r) for s, r in found}
        if len(distinct) == 1:
            return next(iter(distinct.values()))
        points = [(s, r) for s, r in distinct.values() if r.precision in POINT_ANSWERS]
        units = [(s, r) for s, r in distinct.values() if r.precision == "district"]
        if (
            not points
            and len(units) == 1
            and all(_holds(r, units[0][1]) for _, r in distinct.values())
        ):
            # "อ.โคกสูง จ.สระแก้ว", "경기 파주시": a district with its region or country.
            return units[0]
        if len(points) == 1 and len(units) == 1 and self.is_its_region(points[0][1], units[0][1]):
            # "서울 용산구": Seoul, a city that is its own region, then a district of it;
            # the city's point is not inside the district, the district is in the city.
            return units[0]
        regions = [(s, r) for s, r in distinct.values() if r.precision == "region"]
        if (
            len(points) == 1
            and not units
            and len(regions) == 1
            and regions[0][0] != points[0][0]
            and self.is_its_region(points[0][1], regions[0][1])
        ):
            # "인천 옹진군 연평도" (Incheon, Ongjin county, Yeonpyeong Island): a city that
            # is its own region opens an address in it; another name found only as the
            # region is somewhere in it, not at the city.
            return regions[0]
        if (
            not points
            and not units
            and len(regions) == 1
            and all(_holds(r, regions[0][1]) for _, r in distinct.values())
        ):
            # "dans le massif du Tibesti, à l'extrême nord du Tchad", "Тавушской области
            # Армении": a region with its own country.
            return regions[0]
        borders = [(s, r) for s, r in distinct.values() if r.precision == "border"]
        if not points and len(borders) == 1:
            # "the Mehran border to Iraq in western Iran", "in Eastern Ladakh along the
            # LAC": a border and a country or region on it.
            span, line = borders[0]
            pair = set(self.border_pairs_of(line))
            if all(
                r.precision in ("country", "region", "district") and r.country in pair
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
            elif all(r is crossing or self.region_named_holds(s, crossing) for s, r in points):
                # "د کندهار د سپين بولدک له دوستۍ دروازې" (Kandahar's Spin Boldak gate): a
                # town that shares its name with the province holding the crossing is
                # that province, saying where the crossing lies.
                points = crossings
        if len(points) != 1:
            return None
        span, point = points[0]
        others = [
            r for _, r in distinct.values() if r is not point and r.precision not in POINT_ANSWERS
        ]
        if not all(
            self.agrees(point, other)
            or self.beside(point, other)
            or (
                # "Na hraničnom priechode vo Vyšnom Nemeckom v okrese Sobrance": the
                # crossing word may open the text, before the crossing's town.
                (span.endswith(" crossing") or CROSSING_WORD.search(self.query) is not None)
                and _crossing_in_district(point, other)
            )
            or self.crossing_named_in_the_units_region(span, point, other)
            for other in others
        ) or any(_far_outside_district(point, other) for other in others):
            return self.district_of_a_crossing_s_town(distinct, point)
        head_span, head = found[0]
        if head.precision == "border" and head.status == "resolved":
            # "the Limpopo River outside Musina": the river is the place, the town says
            # which stretch of it.
            return head_span, head
        line = self.line_named_last_in_a_head_final_script(found)
        if line is not None:
            return line
        return span, point

    def line_named_last_in_a_head_final_script(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[str, PlaceResult] | None:
        """ "কক্সবাজারের টেকনাফে নাফ নদী দিয়ে" (through the Naf river, in Teknaf): in the
        Indic scripts' languages and Korean the head of a phrase comes last and the
        places before it say where, so a border (a river) named last, by a town that
        lies beside it, is the place, as "the Naf river in Teknaf" is; None otherwise."""
        if not _HEAD_FINAL_SCRIPT.search(self.query):
            return None
        last_span, last = max(found, key=lambda item: self.query.rfind(item[0]))
        if last.precision != "border" or last.status != "resolved":
            return None
        self.log(f"{last_span!r} is named last, the head of the phrase; the rest says where")
        return last_span, last

    def place_off_the_drawn_line(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[str, PlaceResult] | None:
        """ "서해 백령도 인근 북방한계선" (the Northern Limit Line near Baengnyeong Island):
        a border and a place of one of its countries, facing the other, that the data's
        line of that border passes far from (a sea line the data draws by the two
        countries' land line).
        The place says where on the line the event was; the line as drawn would put it
        hundreds of km away.  None unless exactly those two were found."""
        if len(found) != 2 or any(r.status != "resolved" for _, r in found):
            return None
        lines = [(s, r) for s, r in found if r.precision == "border"]
        points = [(s, r) for s, r in found if r.precision in POINT_ANSWERS]
        if len(lines) != 1 or len(points) != 1:
            return None
        (_, line), (span, point) = lines[0], points[0]
        if line.geometry is None or point.lat is None or point.lon is None:
            return None
        pair = self.border_pairs_of(line)
        if len(pair) != 2 or point.country not in pair:
            return None
        where = Point(point.lon, point.lat)
        if line.geometry.distance(where) * KM_PER_DEGREE <= BESIDE_KM:
            return None
        # The place must face the other side (Baengnyeong lies 15 km off North Korea's
        # coast): a namesake inland, far from both the line and the neighbour, is not
        # the place the line was named with.
        other = pair[1] if point.country == pair[0] else pair[0]
        try:
            facing = country_extent(other).distance(where) * KM_PER_DEGREE <= BESIDE_KM
        except GeometryDataError:
            return None
        if not facing:
            return None
        self.log(f"{span!r} says where on {line.name}, whose line the data draws far from it")
        return span, point

    def district_of_a_crossing_s_town(
        self, distinct: dict, point: PlaceResult
    ) -> tuple[str, PlaceResult] | None:
        """ "v blízkosti Uble v okrese Snina": a crossing found by the name of the village
        it is named after, with no crossing word, and the one district the text names,
        whose circle holds the crossing: the village lies in that district, which
        answers; the crossing's point would be a guess at the village.  None otherwise."""
        units = [(s, r) for s, r in distinct.values() if r is not point]
        if (
            len(units) != 1
            or point.country is not None
            or not _crossing_in_district(point, units[0][1])
        ):
            return None
        span, unit = units[0]
        said = f"{point.name} is named after a village of {unit.name}: the district"
        self.log(said)
        return span, replace(
            unit, coarsened=True, note="; ".join(n for n in (unit.note, said) if n)
        )

    def is_its_region(self, town: PlaceResult, unit: PlaceResult) -> bool:
        """Whether ``town`` is a city that is its own admin-1 region (Seoul, KR-11) and
        ``unit`` a district of that region."""
        if not town.admin1_code or unit.admin1_code != town.admin1_code or not town.name:
            return False
        region = self.gaz.region(town.admin1_code)
        return region is not None and normalise(region.name) == normalise(town.name)

    def seat_of_a_direction(self, span: str, text: str, scope: Scope) -> PlaceResult | None:
        """ "на Великобурлуцькому напрямку" (on the Velykyi Burluk direction): a front's
        axis is named by the adjective of its town, as a district is; the one town the
        adjective can come from, which the direction's reading then widens to its area."""
        at = text.find(span)
        if at < 0 or " " in span or not _MILITARY_DIRECTION.match(text[at + len(span) :]):
            return None
        expr = PlaceExpression(
            "district", span, span, suffix="громада", languages=languages_of(span)
        )
        towns, _ = self.towns_of_adjective(expr, scope)
        if len(towns) != 1:
            return None
        self.log(f"{span!r} before a direction word is the adjective of {towns[0].name}")
        return self.from_place(towns[0])

    def placed_by_a_bearing(
        self, found: list[tuple[str, PlaceResult]], text: str
    ) -> tuple[str, PlaceResult] | None:
        """ "منطقة القصير غرب حمص" (the al-Qusayr area west of Homs): a place, then a
        compass bearing and a town, is the first place; the town only says where it lies,
        even when the first is an area around the town (al-Qusayr's district holds Homs).
        Taken only when the words between the two names are the bearing alone and the
        town lies within :data:`_PLACED_BY_KM` of the place."""
        if len(found) != 2 or any(r.status != "resolved" for _, r in found):
            return None
        (head_span, head), (town_span, town) = found
        if head.precision not in ("settlement", "exact", "near", "district") or town.lat is None:
            return None
        # A caseless name read with its role carries the role's word ("القصير district").
        head_name = re.sub(
            r"^near\s+|\s+(?:district|province|crossing|border|sector)$", "", head_span
        )
        town_name = re.sub(r"^near\s+", "", town_span)
        start = text.find(head_name)
        end = text.find(town_name, start + len(head_name)) if start >= 0 else -1
        if end < 0 or not _BEARING_BETWEEN.match(text[start + len(head_name) : end]):
            return None
        if head.lat is None or _km(head, town) > _PLACED_BY_KM:
            return None
        self.log(f"{head_span!r} is the place; the bearing from {town_span!r} says where")
        return head_span, head

    def head_placed_by_the_rest(
        self, found: list[tuple[str, PlaceResult]], text: str, kinds
    ) -> tuple[str, PlaceResult] | None:
        """ "Boyuibe, cercano a Camiri", "Rogóźno pod Łańcutem", "اعزاز (44 كم شمال حلب)":
        the first place named, which the towns named after it only locate.

        Reporters name the place, then a better-known town near it.  Taken only when
        every later place is a settlement within :data:`_PLACED_BY_KM` of the first
        (farther, the text names two places, or a slip: nothing is chosen), and the two
        are not joined ("X and Y") or bounding a stretch ("between X and Y").  A name
        several villages bear is the one in the region of the town after it, if that
        one is near it.
        """
        head_span, head = found[0]
        rest = found[1:]
        if head.precision not in ("settlement", "exact") or head.country is None:
            return None
        if any(r.status != "resolved" or r.precision != "settlement" for _, r in rest):
            return None
        if BETWEEN.search(text) or JOINS.search(text):
            return None
        start = text.find(head_span)
        end = text.find(rest[0][0], start + len(head_span))
        if start < 0 or end < 0 or AND_WORD.fullmatch(text[start + len(head_span) : end]):
            return None
        if head.status == "resolved" and all(_km(head, r) <= _PLACED_BY_KM for _, r in rest):
            self.log(f"{head_span!r} is the place; the towns after it only say where it lies")
            return head_span, head
        anchor = rest[0][1]
        if len(rest) != 1 or not anchor.admin1_code:
            return None
        inside = Scope(countries=(anchor.country,), admin1=anchor.admin1_code)
        again = self.inner_resolve(head_span, inside, kinds)
        if (
            again.status == "resolved"
            and again.precision in ("settlement", "exact")
            and _km(again, anchor) <= _PLACED_BY_KM
        ):
            self.log(f"{head_span!r} beside {anchor.name}: {again.name} in {anchor.admin1_code}")
            return head_span, again
        return None

    def crossing_of_both_sides(
        self, found: list[tuple[str, PlaceResult]]
    ) -> tuple[str, PlaceResult] | None:
        """ "da fronteira de Santa Clara (Angola) e Oshikango (Namíbia)": the two towns of
        one crossing, one of them read as the crossing "Oshikango–Santa Clara", whose
        name holds the other: that crossing, not two places (the other town's namesake
        in the gazetteer may lie far inland)."""
        for index, (span, result) in enumerate(found):
            if result.status != "resolved" or not result.name or result.country:
                continue  # a crossing has no one country
            sides = {normalise(side) for side in re.split(_DASH, result.name)}
            if len(sides) != 2:
                continue
            other_span, other = found[1 - index]
            named = {normalise(re.sub(r"\s*\(.*$", "", other_span)), normalise(other.name or "")}
            if sides & named:
                self.log(f"{other_span!r} is the other side of the crossing {result.name!r}")
                return span, result
        return None

    def crossing_of_two_towns(
        self, found: list[tuple[str, PlaceResult]], text: str
    ) -> tuple[str, PlaceResult] | None:
        """ "a ponte que liga as cidades de Cobija (Bolívia) e Epitaciolândia (Acre)": a
        crossing word and two towns of two countries, the one crossing of the tables
        that both towns' names are forms of (Cobija–Brasiléia lists Epitaciolândia);
        None otherwise."""
        if not CROSSING_WORD.search(text) or len(found) != 2:
            return None
        towns = [r for _, r in found]
        if (
            any(
                r.status != "resolved" or r.precision not in POINT_ANSWERS or not r.name
                for r in towns
            )
            or len({r.country for r in towns}) != 2
        ):
            return None
        keys = [
            {
                (p.name, p.lat, p.lon)
                for p in self.gaz.lookup_key(normalise(r.name), kinds=("crossing",))
            }
            for r in towns
        ]
        both = keys[0] & keys[1]
        if len(both) != 1:
            return None
        name = next(iter(both))[0]
        crossing = next(
            p
            for p in self.gaz.lookup_key(normalise(towns[0].name), kinds=("crossing",))
            if p.name == name
        )
        note = f"the crossing both towns name, {towns[0].name} and {towns[1].name}"
        self.log(note)
        return found[0][0], replace(self.from_place(crossing), note=note)

    def crossing_placed_by_a_town(
        self,
        found: list[tuple[str, PlaceResult]],
        runs: list,
        run_of: dict[str, int],
        text: str,
        scope: Scope,
    ) -> tuple[str, PlaceResult] | None:
        """ "Kuhmossa sijaitsevan Vartiuksen rajanylityspaikan", "Nuijamaan rajanylityspaikka
        Lappeenrannassa": a crossing the text names with its crossing word, in a town or
        municipality that only says where it lies.

        The name beside the crossing word is the crossing (a town bearing its name
        stands for the crossing of that name, if the data has one); taken when it is the
        only crossing named, every other place is a settlement or unit within
        :data:`_PLACED_BY_KM` of it, the text measures no distance ("50 km from the X
        crossing": the town is the place) and names no stretch ("between X and Y").
        """
        if not CROSSING_WORD.search(text) or BETWEEN.search(text) or _DISTANCE.search(text):
            return None
        if any(r.status not in ("resolved", "ambiguous") for _, r in found):
            return None
        named = []
        for index, (span, result) in enumerate(found):
            if result.status != "resolved":
                continue
            run = runs[run_of[span]] if span in run_of else None
            # A caseless run holds its crossing word: "گذرگاه رسمی دوغارون تایباد" (the
            # Dogharoun crossing, Taybad) is read as "رسمی دوغارون crossing" and the town.
            in_its_run = span.endswith(_CASELESS_CROSSING)
            if run is None or not (beside_crossing_word(run) or in_its_run):
                continue
            if result.precision == "exact" and result.country is None:
                named.append((index, span, result))
            elif result.precision == "settlement" and result.name:
                crossings, key, _ = self.find(result.name, ("crossing",), scope, ())
                crossing = self.decide(crossings, key, scope) if crossings else None
                if (
                    crossing is not None
                    and crossing.status == "resolved"
                    and _km(crossing, result) <= _PLACED_BY_KM
                ):
                    named.append((index, span, crossing))
        if len(named) != 1:
            return None
        index, span, crossing = named[0]
        rest = [r for i, (_, r) in enumerate(found) if i != index]
        for place in rest:
            if place.status == "ambiguous":
                # "中国东兴——越南芒街口岸": 东兴 names five places, one of them the
                # town of Dongxing at the Mong Cai port the text names.
                if not any(
                    c.precision in ("settlement", "exact")
                    and km_between(c.lat, c.lon, crossing.lat, crossing.lon) <= _PLACED_BY_KM
                    for c in place.candidates
                ):
                    return None
                continue
            if place.precision not in ("settlement", "district") or place.lat is None:
                return None
            if _km(crossing, place) > _PLACED_BY_KM:
                return None
        self.log(f"the crossing {crossing.name!r}, named with its crossing word, in its town")
        return span, crossing

    def region_named_holds(self, span: str, crossing: PlaceResult) -> bool:
        """Whether ``span`` also names a region that holds ``crossing``'s point.

        A region of one of the crossing's two countries holds it within
        :data:`_TWIN_TOWN_KM` of its outline: the crossing's point may be the town across
        the line ("بندر تورغندی هرات", the Torghundi port of Herat, filed at Serhetabat,
        7 km beyond Herat's outline).
        """
        if crossing.lat is None or crossing.lon is None:
            return False
        sides = self.countries_of_the_crossing(crossing)
        return any(
            place.admin1_code
            and near_region_outline(
                crossing.lat,
                crossing.lon,
                place.admin1_code,
                _TWIN_TOWN_KM if place.country in sides else _REGION_HOLDS_KM,
            )
            for place in self.gaz.lookup_key(normalise(span), kinds=("region",))
        )

    def crossing_named_in_the_units_region(
        self, span: str, crossing: PlaceResult, unit: PlaceResult
    ) -> bool:
        """Whether a district named with a crossing holds it, though its circle does not.

        "पिथौरागढ़ जिले के लिपुपास में" (in the Lipu pass of Pithoragarh district): the
        pass lies 107 km from the seat, outside the 54-km circle the district is drawn
        with, which is only its size.  A crossing named by a form no settlement bears
        (not a village the crossing is named after), of the district's country, beyond its
        circle but within its farthest reach and in the region holding the district, lies
        in it.
        """
        if (
            crossing.country is not None
            or crossing.lat is None
            or crossing.lon is None
            or unit.precision != "district"
            or not unit.admin1_code
            or not unit.uncertainty_km
            or unit.country not in self.countries_of_the_crossing(crossing)
            # Inside the circle, a village the crossing is named after may be meant:
            # :meth:`district_of_a_crossing_s_town` answers the district then.
            or _crossing_in_district(crossing, unit)
            or _far_outside_district(crossing, unit)
            or self.gaz.lookup_key(normalise(span), kinds=("settlement",))
        ):
            return False
        return near_region_outline(crossing.lat, crossing.lon, unit.admin1_code, _REGION_HOLDS_KM)

    def countries_of_the_crossing(self, crossing: PlaceResult) -> frozenset[str]:
        """The two countries of the crossing ``crossing`` answers, by its name and point."""
        return frozenset(
            country
            for place in self.gaz.lookup_key(normalise(crossing.name or ""), kinds=("crossing",))
            if (place.lat, place.lon) == (crossing.lat, crossing.lon)
            for country in place.countries
        )

    @staticmethod
    def beside(point: PlaceResult, country: PlaceResult) -> bool:
        """ "Sarp, between Türkiye and Georgia": a country named with a point by it."""
        if country.precision != "country" or country.geometry is None:
            return False
        assert point.lat is not None and point.lon is not None
        where = Point(point.lon, point.lat)
        return country.geometry.distance(where) * KM_PER_DEGREE <= BESIDE_KM


def _from_a_unit_word(words: tuple[str, ...]) -> list[str]:
    """ "Tunon Taka Kabupaten Nunukan" → ["Kabupaten Nunukan"]: a capitalised unit word
    inside a run begins the unit the rest of the run names."""
    return [
        " ".join(words[at:])
        for at in range(1, len(words) - 1)
        if normalise(words[at]) in unit_word_keys()
    ]


#: Urdu genitive postpositions ("of"), and the units below a district a district owns
#: ("tehsil", "area", "village").
_URDU_GENITIVES = frozenset({"کی", "کے", "کا"})
_URDU_LOWER_UNITS = frozenset({"تحصیل", "علاقہ", "علاقے", "گاؤں"})
#: Adjectives between the genitive and such a unit: "general", "border".
_URDU_AREA_ADJECTIVES = frozenset({"عمومی", "سرحدی"})


#: Gujarati genitive endings ("કચ્છના", of Kutch).
_GUJARATI_GENITIVES = ("ના", "નો", "ની", "નું")


def _gujarati_owner(words: tuple[str, ...]) -> str:
    """The first of two or more Gujarati words when it ends in a genitive ("કચ્છના
    હરામીનાળામાંથી": Kutch's Harami Nala, from), else "": it owns what follows."""
    if len(words) < 2 or not _GUJARATI_RUN.fullmatch(" ".join(words)):
        return ""
    return words[0] if words[0].endswith(_GUJARATI_GENITIVES) else ""


def _bengali_owner(words: tuple[str, ...]) -> str:
    """The first of two or more Bengali words when it ends in a genitive ("মালদার
    বৈষ্ণবনগরের", Malda's Baishnabnagar), else "": it owns what follows."""
    if len(words) < 2 or not _BENGALI_RUN.fullmatch(" ".join(words)):
        return ""
    first = words[0]
    return first if first.endswith("ের") or ends_in_bare_genitive(first) else ""


def _urdu_owner(words: tuple[str, ...]) -> str:
    """The name opening ``words`` when an Urdu genitive and a unit below a district
    follow it ("شمالی وزیرستان کی تحصیل ...": "شمالی وزیرستان"), else ""."""
    for at in range(1, min(len(words) - 1, 3)):
        after = at + 1
        if words[after] in _URDU_AREA_ADJECTIVES and after + 1 < len(words):
            after += 1  # "کے عمومی علاقے" (of the general area), "کے سرحدی علاقے"
        if words[at] in _URDU_GENITIVES and words[after] in _URDU_LOWER_UNITS:
            return " ".join(words[:at])
    return ""


def _country_after_with(words: list[str], codes: list[frozenset[str]]) -> str | None:
    """The one country named right after Arabic "مع" (with), else None."""
    after_with = {
        next(iter(codes[i + 1]))
        for i, word in enumerate(words[:-1])
        if normalise(word) == _WITH and len(codes[i + 1]) == 1
    }
    return next(iter(after_with)) if len(after_with) == 1 else None


def _names_the_kingdom(words: list[str]) -> bool:
    """Whether Arabic words call a state "the Kingdom" ("للمملكة")."""
    return any(normalise(w) in _THE_KINGDOM for w in words)


def _crossing_in_district(crossing: PlaceResult, unit: PlaceResult) -> bool:
    """Whether a crossing lies in the circle a district is drawn with.

    "จุดผ่านแดนถาวรบ้านหาดเล็ก อำเภอคลองใหญ่ จังหวัดตราด" (the Ban Hat Lek crossing,
    Khlong Yai district, Trat): an address names the crossing inside its district.  A
    crossing is in no one country and has no admin-1 code, so only the district's circle
    (its seat and reach) can say that the two agree.  Only for a crossing the text names
    with its crossing word: "ต.ปาดังเบซาร์ อ.สะเดา" is the subdistrict (tambon) of Padang
    Besar in Sadao district, which the crossing is named after, not the crossing.
    """
    if crossing.country is not None or unit.precision != "district" or not unit.uncertainty_km:
        return False
    return _km(crossing, unit) <= unit.uncertainty_km


#: A district drawn as a circle around its seat holds no point farther from the seat than
#: this many times its circle's radius, nor than :data:`_DISTRICT_FAR_KM` (the circle is
#: only its size: "La Mesilla, municipio de La Democracia" lies outside it).
_DISTRICT_REACHES = 3.0
_DISTRICT_FAR_KM = 50.0


def _far_outside_district(point: PlaceResult, unit: PlaceResult) -> bool:
    """Whether ``point`` lies far outside the circle of the district ``unit``: "В
    Волоконовском районе ... Борисовка" names a Borisovka 130 km from Volokonovka, which
    the district (same region) does not hold."""
    if unit.precision != "district" or not unit.uncertainty_km:
        return False
    if None in (point.lat, point.lon, unit.lat, unit.lon):
        return False
    reach = max(_DISTRICT_REACHES * unit.uncertainty_km, _DISTRICT_FAR_KM)
    return _km(point, unit) > reach


#: A crossing this close to a region's outline (degrees) is at it: generalised outlines
#: end short of the river a crossing spans.
_AT_OUTLINE_DEG = 0.05
#: A town this far outside the outline of its region or country (km) is still held by
#: it, as the join of events snaps a point to the nearest region or country within 5 km
#: (``REGION_SNAP_KM``, ``OFFSHORE_KM`` of :mod:`bordermap.geo.borders.join`, not imported
#: here for its weight): the outlines are generalised and quantised apart.
_OFF_ITS_OUTLINE_KM = 5.0


def _compass_after_border_word(words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the one word ``words[start]`` is an Arabic compass adjective after a
    border word ("الحدود الغربية", the western border), the country's adjective maybe
    between them ("الحدود المصرية الغربية", Egypt's western border): the adjectives
    follow their noun, the owner's first."""
    if end != start + 1 or normalise(words[start]) not in _CASELESS_COMPASS:
        return False
    before = start - 1
    countries = load_country_words()
    while before > 0 and countries.codes(normalise(words[before])):
        before -= 1
    return before >= 0 and normalise(words[before]) in border_word_keys() | _CASELESS_BORDER_WORDS


def _holds(area: PlaceResult, unit: PlaceResult) -> bool:
    """Whether ``area`` is ``unit`` or the region or country that holds it."""
    if area is unit:
        return True
    if area.precision == "region":
        return bool(area.admin1_code) and area.admin1_code == unit.admin1_code
    return area.precision == "country" and area.country == unit.country


@lru_cache(maxsize=1)
def _multiword_border_keys() -> tuple[str, ...]:
    return tuple(k for k in (normalise(w) for w in load_place_words().border if " " in w) if k)
