"""The resolver behind :func:`bordermap.geo.places.geocoder.geocode_place`.

:class:`PlaceResolver` answers one parsed place text (:mod:`bordermap.geo.places.phrases`)
against one gazetteer, holding the event's country and the region of interest while it
walks the expression: names (with declined forms), areas, containers, borders, sides,
named lines and rivers.  What each form means is documented in
:mod:`bordermap.geo.places.geocoder`; this module is how it is done, and it may change without
notice.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache, lru_cache

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union

from bordermap.geo.borders.admin1 import region_rows
from bordermap.geo.borders.boundaries import countries_in
from bordermap.geo.borders.extents import border_extent, country_extent, region_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.aliases import load_aliases
from bordermap.geo.places.arabic_consonants import (
    after_a_district_word,
    after_a_region_word,
    after_a_settlement_word,
    after_in_at_the_end,
    arabic_skeleton,
    in_arabic_letters,
    latin_skeleton,
)
from bordermap.geo.places.arabic_consonants import namesakes as arabic_namesakes
from bordermap.geo.places.arabic_letters import ARAB_STATES
from bordermap.geo.places.arabic_romanisation import (
    ARABIC_NAMED,
    called_a_settlement,
    romanisation_key,
)
from bordermap.geo.places.arabic_romanisation import MIN_LETTERS as ROMANISED_MIN_LETTERS
from bordermap.geo.places.arabic_script_borders import (
    names_a_border_in_arabic_script,
    region_along_the_whole_border,
)
from bordermap.geo.places.border_in_seat_district import BorderInSeatDistrict
from bordermap.geo.places.border_reading import (
    SEA_BORDER_NOTE,
    TOWN_BORDER_KM,
    BorderReading,
    features_by_bare_name,
    has_no_land_border,
    neighbours_of,
)
from bordermap.geo.places.combining_forms import adjective_keys
from bordermap.geo.places.country_name_clash import minor_language_country, rival_places
from bordermap.geo.places.country_name_words import extends_a_name_word
from bordermap.geo.places.crossing_end import crossings_with_end_named, crossings_with_name_end
from bordermap.geo.places.crossing_name_parts import is_hyphen_fragment, town_parts
from bordermap.geo.places.devanagari_consonants import MIN_CONSONANTS as FEWEST_SOUNDS
from bordermap.geo.places.devanagari_consonants import (
    devanagari_skeleton,
    district_sounding,
    in_devanagari,
    sounds_as,
)
from bordermap.geo.places.devanagari_consonants import latin_skeleton as latin_sounds
from bordermap.geo.places.devanagari_states import state_key
from bordermap.geo.places.devanagari_vowels import vowel_length_key
from bordermap.geo.places.disambiguation import (
    CROSSING_TOWN_KM,
    DOMINANCE,
    SAME_PLACE_KM,
    RegionOfInterest,
    admitted,
    choose,
    stands_out,
)
from bordermap.geo.places.districts import (
    DISTRICTS_NAMED_AFTER_SEATS,
    SEAT_KM,
    UPAZILA_COUNTRIES,
    District,
    district_forms,
    districts_named,
    districts_seated_at,
    reading_upazilas,
    region_without_outline_forms,
    regions_without_outline_named,
)
from bordermap.geo.places.gazetteer import KINDS, Gazetteer, Place
from bordermap.geo.places.hangul import hangul_as_latin, in_hangul, north_korean_spellings
from bordermap.geo.places.held_sector import holder_and_sector
from bordermap.geo.places.iberian_connectors import (
    PORTUGUESE_NAMED,
    SPANISH_NAMED,
    connector_variants,
    short_form_key,
)
from bordermap.geo.places.inflection import (
    EAST_SLAVIC,
    countries_of,
    has_cyrillic,
    homes_of,
    in_latin_letters,
    languages_across_hint,
    languages_of,
    languages_of_hint,
    locales_of,
    nominative_keys,
)
from bordermap.geo.places.inner_name import InnerNameReading
from bordermap.geo.places.island_group_unit import units_of_an_island_group
from bordermap.geo.places.island_words import names_an_island
from bordermap.geo.places.merged_provinces import provinces_carved_from, provinces_taken_in
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.phrases import (
    ARABIC_PREPOSITION_BEFORE_COMPASS,
    NAUTICAL_MILE_KM,
    TERRITORIAL_SEA_KM,
    PlaceExpression,
    border_word_starts,
    direction_bearing,
    head_and_tails,
    names_a_crossing,
    opens_with_preposition,
    parse_place,
    points_a_way,
    stated_distance_km,
    states_sea_miles,
    unit_word_kind,
    without_descriptors,
)
from bordermap.geo.places.polish_cyrillic import cyrillic_sound_key, polish_sound_key
from bordermap.geo.places.region_groups import RegionGroup, group_named
from bordermap.geo.places.result import Candidate, PlaceResult
from bordermap.geo.places.scope import (
    ANYWHERE,
    BESIDE_KM,
    BORDERS_HELD_BY,
    CONTAINER_TOWN_KM,
    DIRECTION_REACH_KM,
    KM_PER_DEGREE,
    POINT_ANSWERS,
    SETTLEMENT_KINDS,
    Scope,
    consistent_with_stated,
    crossing_in_region,
    km_between,
    place_countries,
    places_text,
)
from bordermap.geo.places.seat_alias_district import districts_an_alias_names
from bordermap.geo.places.seat_names import units_of_the_towns_name
from bordermap.geo.places.shared_crossing_name import crossing_keys, crossings_the_text_keeps
from bordermap.geo.places.spelling import (
    PASS_WORDS,
    SpellingIndex,
    closest_spelling,
    may_be_misspelled,
)
from bordermap.geo.places.street_head import names_a_street
from bordermap.geo.places.tail_reading import TailReading
from bordermap.geo.places.text_runs import (
    BETWEEN,
    BORDER_POST_WORD,
    CROSSING_NOUN,
    CROSSING_WORD,
    DIRECTION_FROM,
    border_word_keys,
    is_cased,
    is_generic,
    letters,
    names_a_border,
    runs_of,
    settlement_words,
    spans_of,
    starts_with_border_word,
    unit_word_keys,
)
from bordermap.geo.places.turkic_q import q_read_as_k_or_g
from bordermap.geo.places.unfiled_village import unfiled_village_by_a_region_circle
from bordermap.geo.places.vietnamese_marks import (
    marked_otherwise,
    written_with_vietnamese_marks,
)
from bordermap.geo.places.waters import water_answer, water_named
from bordermap.geo.places.words import (
    load_border_features,
    load_country_words,
    load_place_words,
)
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["MAX_CANDIDATES", "NEIGHBOUR_NAME_KM", "PlaceResolver", "hint_countries"]

#: The Bulgarian and Macedonian article at the end of an adjective in "-ск-".
_BULGARIAN_ARTICLE = re.compile(
    r"(?:(?<=ска)та|(?<=ски)(?:ят|я|те|от)|(?<=ско)то)$", re.IGNORECASE
)

# A military base named after a town, which may lie tens of km from it: "la base naval
# de Guantánamo" (the US base is 26 km from the city), "la base aérienne de X", "the
# naval base of X", "X air base", "X airbase".  "a base in X" or "a base south of X" say
# where the base is, and are not these.
_BASE_WORDS = r"(?:base|basis|baza)"
_BASE_KIND_AFTER = (
    r"(?:naval|navale|a[ée]rea|a[ée]rienne|militar|militaire|aeronaval|aéronavale|"
    r"a[ée]rea\s+militar)"
)
_BASE_KIND_BEFORE = r"(?:naval|air|military|army|navy|air\s+force)"
_BASE_BEFORE_TOWN = re.compile(
    r"(?:(?:la|el|una|une|a|an|the)\s+)?"
    rf"(?:{_BASE_KIND_BEFORE}\s+)?{_BASE_WORDS}(?:\s+{_BASE_KIND_AFTER})?"
    r"\s+(?:de\s+|d['’]\s*|of\s+)(?P<town>\w.*)",
    re.IGNORECASE,
)
# The gazetteer's own name of a base ("Naval Station Guantanamo Bay").
_A_BASES_OWN_NAME = re.compile(
    r"\b(?:naval|base|airbase|air\s*(?:field|station))\b", re.IGNORECASE
)
#: How far from its town a base named after it is looked for.
BASE_FROM_ITS_TOWN_KM = 50.0
_BASE_AFTER_TOWN = re.compile(
    rf"(?:the\s+)?(?P<town>\w.*?)\s+(?:{_BASE_KIND_BEFORE}\s+base|airbase)",
    re.IGNORECASE,
)

#: A distance measured from a border ("à deux kilomètres de la frontière", "5 km from
#: the border"): the place lies off the line, by it.
_MEASURED_FROM_THE_BORDER = re.compile(
    r"\b(?:km|kms|kilom[eè]tres?|kilometers?|kilómetros?|quilómetros?|quilômetros?|"
    r"chilometri|miles?|milles?)\s+(?:(?:from|of|de|del|da|do|dalla|du)\s+)?"
    r"(?:(?:the|la|le|el|a|o)\s+)?(?:border|frontier|frontière|frontera|fronteira|frontiera|"
    r"confine)\b",
    re.IGNORECASE,
)

#: At most this many candidates are reported for one ambiguous name.
MAX_CANDIDATES = 10
#: A neighbour's own name for a village is read from its cases only within this distance
#: of the line with the neighbour (km): Zolla, Repentabor in Slovene, lies 2 km from the
#: Slovenian line.
NEIGHBOUR_NAME_KM = 15.0
#: Hindi's loanword "border" as reports spell it: "बॉर्डर", "बार्डर", "बोर्डर".
HINDI_BORDER_WORDS = ("बॉर्डर", "बार्डर", "बोर्डर")
_PRECISION_OF_KIND = {
    "settlement": "settlement",
    "crossing": "exact",
    "region": "region",
    "country": "country",
}
# Words for a Hungarian municipality's own land after a village's name.
_MUNICIPAL_LAND = re.compile(
    r"külterület(?:én|e)|közigazgatási\s+terület(?:én|e)|határában", re.IGNORECASE
)
#: Radius a municipality named by its village is drawn with (km): Hungarian border
#: municipalities cover some 30-130 km², a few km around the village.
MUNICIPALITY_KM = 10.0
#: A crossing named after a town is "the crossing in" the town this close to it (km).
CROSSING_AT_TOWN_KM = 15.0
#: A place named after the town it belongs to ("Imatran Pelkola") lies this close to it (km).
OWNED_KM = 60.0
#: "X, 70 km from Y": X lies within this many times the distance the text gives from Y
#: (writers round, and measure by road).
_TOLD_DISTANCE_SLACK = 1.5
#: "The centre of X" in the languages of the compass words: a town's centre is the town.
# An Arabic compass word (and a second one) opening a text: "شمال غربي X", "جنوب X".
_ARABIC_COMPASS_BEFORE = re.compile(
    r"^(?:(?:في|فى|على|إلى|الى)\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)[يا]?\s"
)
#: A compass noun in lower case opening a Romance text, with its article and "of" ("no
#: sul da", "en el norte de", "le sud de"): the part of what follows.
_ROMANCE_PART_OF_A_TOWN = re.compile(
    r"^(?:(?:no|na|en\s+el|en\s+la|el|la|le|o|dans\s+le)\s+)?"
    r"(?:norte|nord|sul|sur|sud|este|est|leste|oeste|ouest|ovest)\s+"
    r"(?:de\s+la|del|du|des|de|di|della|do|da|dos|das)\s"
)
_CENTRE_OF = re.compile(
    r"^(?:the\s+|el\s+|le\s+|il\s+|o\s+)?(?:central|downtown|centre|center|centro|центре|центрі)\b",
    re.IGNORECASE,
)
#: Ukrainian hromadas and Polish gminas are named for their seats ("Краснопільська
#: громада" is seated at Krasnopillia); the data has no outline of them.
_SEATED_MUNICIPALITY = re.compile(
    r"громад\w*|hromad\w*|gmin\w*|гмін\w*|(?:rural|territorial)\s+community|"
    r"territorial\s+hromada|ayil\s+(?:okmotu|aymagy)|"
    r"jamoat|джамоат\w*|ҷамоат\w*(?:\s+деҳот\w*)?|сельсовет\w*|"
    # South Slavic municipalities, Latin and Cyrillic, in their cases ("općine Rakovica").
    r"op(?:ć|c|č|š|s)(?:t)?in\w*|občin\w*|општин\w*|"
    # A French or Italian commune bears the name of its seat ("la commune de Beni
    # Ansar", "commune de Kani Keli"): where no unit of the name is in the data, the
    # municipality around its seat, never the town alone.
    r"communes?|comun[ei]",
    re.IGNORECASE,
)
#: A crossing's "name" that only says which country it leads to ("zur Slowakei").
_TOWARD_COUNTRY = re.compile(
    r"^(?:with|to|into|towards?|zu|zur|zum|nach|mit|avec|vers|con|com|amb|hacia|para|z|ze|"
    # Serbian and Croatian "sa"/"са" (with): "гранични прелази са Црном Гором".
    r"do|с|со|в|до|з|sa|са)\s+(?:the\s+)?(?P<country>\S.*)$",
    re.IGNORECASE,
)
#: "(na graničnom prelazu) Gradina prema Bugarskoj": a crossing's name, then the
#: country its road leads to (Serbo-Croatian "prema", Bulgarian "към", "toward").
_END_TOWARD_COUNTRY = re.compile(
    r"^(?P<head>\S.*?)\s+(?:prema|ka|към|towards?|vers|hacia|nach)\s+(?:the\s+)?"
    r"(?P<country>\S.*)$",
    re.IGNORECASE,
)
#: "(el paso fronterizo de) Lleida con Andorra": the crossing's area, then the country.
_AREA_WITH_COUNTRY = re.compile(
    r"^(?P<area>\S.*?)\s+(?:with|con|com|amb|avec|mit|z|ze|с|со)\s+(?:the\s+)?(?P<country>\S.*)$",
    re.IGNORECASE,
)
#: A country's adjective, then maybe a compass word, before a unit's own name.
_OWNER_BEFORE_UNIT = re.compile(
    r"^(?P<owner>\S+)\s+(?:(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: "region" as the press uses it for any area, not an admin-1 word of a country.
# The word for the municipality itself, the unit a town seats ("município de Soyo"), not
# a part of it (corregimiento, comuna, vereda).
_MUNICIPALITY_WORD = re.compile(r"munic[íi]pio|municipality", re.IGNORECASE)
_LOOSE_REGION = re.compile(r"regions?|région|regione|región|regi[oó]n", re.IGNORECASE)
#: Radius a hromada is drawn with around its seat (km): those along the Russian border
#: cover some 300-1,200 km², and a seat is seldom in the middle (Kozacha Lopan lies 26 km
#: from Derhachi, the seat of its hromada).
HROMADA_KM = 30.0
# The Turkish genitive ending of a province's name before a place in it ("Hatayın").
_TURKISH_GENITIVE = re.compile(r"['’]?(?:nın|nin|nun|nün|ın|in|un|ün)$")
# The verbs of "a bridge which links A with B", "el puente que une A con B": the towns
# after them are the crossing's own two ends, not places it lies between on a road.
_LINKING_VERB = re.compile(
    r"\b(?:links?|linking|connects?|connecting|joins?|joining|une|unen|conecta|liga|"
    r"comunican?|relie|reliant|verbindet)\b",
    re.IGNORECASE,
)
# Kyrgyz and Kazakh genitive endings ("Тажикстандын", Tajikistan's; "Қазақстанның"):
# -нын/-дын/-тын with the vowel of the word, Kazakh with its final "ң"; Uzbek's
# "-нинг" ("Тожикистоннинг", Tajikistan's).
_KYRGYZ_KAZAKH_GENITIVE = re.compile(r"(?P<stem>\w{3,}?)(?:[ндт][ыиуүі]ң?н|нинг)$")
#: Uzbek Cyrillic letters that Uzbek's Latin alphabet, in which the tables give Uzbek
#: country names ("Tojikiston", "Qozogʻiston"), writes otherwise than Russian's.
_UZBEK_LATIN_LETTERS = str.maketrans(
    {"ж": "j", "Ж": "J", "ғ": "gʻ", "Ғ": "Gʻ", "ў": "oʻ", "Ў": "Oʻ"}
)
#: Said of a town named like a crossing the data lacks that is no border town: the
#: crossing is not there, and its words are not read again as that town.
_FAR_FROM_BORDERS = "lies far from every border"
#: A crossing this close to a town's point lies at the town (the tables place many
#: crossings at their town's GeoNames point).
_AT_A_TOWN_KM = 2.0
#: Adjectives of the border a town or post is on ("el puerto fronterizo", "grenznah").
_BORDER_TOWN_WORD = re.compile(
    r"\b(?:fronteriz\w*|frontali\w*|fronteiriç\w*|limítrof\w*|grenz\w*|прикордонн\w*|"
    r"приграничн\w*|border\w*)",
    re.IGNORECASE,
)
# "Kilis Eski Beşevler Mahallesi'ndeki": a town's quarter (mahalle), named after the town.
_TURKISH_QUARTER = re.compile(
    r"^(?P<town>[A-ZÇĞİÖŞÜ][\wçğıöşü]+)(?:['’]\w+)?\s+(?:[A-ZÇĞİÖŞÜ0-9][\w.]*\s+){1,4}"
    r"[Mm]ahalle(?:si)?(?:['’]\w+|nde\w*|ne|nden)?(?:\s.*)?$"
)
# "v soseski X", "the neighbourhood of X", "el barrio X": a town's quarter, written with
# the word in lower case before its name (a capitalised "Barrio Chino" is a name).
# The plural lists quarters ("los barrios San Miguel, Remansito y ...").
_QUARTER_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?P<word>neighbou?rhoods?|suburbs?|soseska|soseski|sosesko|soseske|četvrt|"
    r"četvrti|barrios?|bairros?|colonias?|quartiers?|микрорайон\w*|мікрорайон\w*|dzielnic\w*)"
    r"\s+(?P<of>of\s+|de\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ž\u0400-\u042f][^\s,;()]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ž\u0400-\u042f][^\s,;()]*)*)"
)
# "a home on Calle 3 between Avenidas 23 and 24 in Colonia Militar": a text naming
# streets puts the place in a town's quarter, so a capitalised quarter word opening a
# name there is the quarter's ("Colonia", "Barrio"), not a namesake town's far away.
_STREET_WORD = re.compile(
    r"\b(?:calles?|avenidas?|avda\.|streets?|avenues?|ruas?|rue|boulevard|bulevar|"
    r"carreras?|ulic[aeyi])\b",
    re.IGNORECASE,
)
_CAPITALISED_QUARTER = re.compile(
    r"(?:^|\s)(?P<word>Colonia|Barrio|Bairro|Fraccionamiento)(?P<of>)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\s,;()]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,;()]*)*)"
)
# "el barrio 25 de Mayo de Clorinda": a quarter word in lower case, the quarter's name
# (a date, a saint), then the town after the last "de" or "of"; several quarters too
# ("las colonias Centro Ejidal de Agua Prieta").
_QUARTER_WORD_THEN_TOWN = re.compile(
    r"(?:^|\s)(?P<word>neighbou?rhoods?|barrios?|bairros?|colonias?|quartiers?)\s+\S.*\s"
    r"(?:de|do|da|du|of)\s+(?P<town>(?-i:[A-ZÀ-ÖØ-Þ])[^\s,;()]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[^\s,;()]*){0,3})$"
)
# "por la zona de Playas de Tijuana": "zona" (area), a capitalised name, then the town
# after the last "de"; the name alone ("la zona de Tijuana") is read as the town's area.
_ZONE_OF_A_NAMED_PART = re.compile(
    r"(?:^|\s)zona\s+(?:de\s+)?(?P<name>(?-i:[A-ZÀ-ÖØ-Þ])\S*(?:\s+\S+)*?)\s+"
    r"(?:de|del)\s+(?P<town>(?-i:[A-ZÀ-ÖØ-Þ])[^\s,;()]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[^\s,;()]*){0,3})$",
    re.IGNORECASE,
)
# "Palomas, located across the border from Columbus (in Luna County)": the town across
# the line; what follows it after "in" is that town's.
_ACROSS_THE_BORDER_FROM = re.compile(
    r"^(?:(?:located|lying|situated|just)\s+)*across\s+the\s+(?:border|line|river)\s+"
    r"from\s+(?P<town>(?-i:[A-Z])[^,;()]*?)(?:\s+in\s+.*)?$",
    re.IGNORECASE,
)
# The plural quarter words: "the neighbourhoods of X" are X's, not quarters named X.
_QUARTERS_OF_A_TOWN = frozenset(
    {"neighbourhoods", "neighborhoods", "suburbs", "barrios", "bairros", "colonias", "quartiers"}
)
# "... en Ciudad del Este": the town a text of quarters ends with, after "in" ("de" is
# no sign: "sector de Kuwait" is a quarter's name).
_IN_A_TOWN_AT_THE_END = re.compile(
    r"\s(?:in|en|em|à|a|w|v|u)\s+(?P<town>[A-ZÀ-ÖØ-ÞĀ-ž\u0400-\u042f][^,;()]*)$"
)
# Vietnamese "các cửa khẩu Lạng Sơn" (the border gates of Lạng Sơn): several crossings,
# then the name they are of.
_CROSSINGS_OF_A_NAME = re.compile(
    r"(?:^|\s)(?:các|những|một\s+số|nhiều)\s+cửa\s+khẩu(?:\s+biên\s+giới)?"
    r"(?:\s+(?:của|thuộc))?\s+(?P<name>[^\s,;()][^,;()]*?)\s*$",
    re.IGNORECASE,
)
#: "an der Kehler Europabrücke", "Frankfurter Stadtbrücke": a town's German adjective
#: ("-er") before a bridge or crossing word, after a preposition and article or not.
_GERMAN_TOWN_ADJECTIVE_CROSSING = re.compile(
    r"(?:(?:an|auf|vor|bei|über|unter|nahe|hinter|zur|zum|von|ab)\s+(?:der|die|den|dem|das)\s+)?"
    r"(?P<town>[A-ZÄÖÜ][a-zäöüß]+)er\s+"
    r"(?P<what>[A-Za-zäöüß-]*(?:brücke|übergang|grenzstation|zollamt|grenzkontrolle))",
    re.IGNORECASE,
)
# "Cúcuta's Atalaya neighborhood": a quarter named before its word, owned by its town.
_QUARTER_AFTER_NAME = re.compile(r"\S\s+(?:neighbou?rhood|suburb|quarter)$", re.IGNORECASE)
#: "a border area", "the border regions": an area by a border that names no line or
#: country; "in X" after it puts the area in X.
#: Words saying a town is the seat of the unit named after them: "Maro, chef-lieu du
#: département de la Grande Sido", "Bentiu, the capital of Unity State".
_SEAT_OF = re.compile(
    r"\b(?:chef[-\s]lieu|capitale?|seat|headquarters|cabecera|capoluogo|hauptort|sede|"
    r"centre\s+administratif|administrative\s+(?:centre|center))\b",
    re.IGNORECASE,
)
#: How far outside its unit's extent in the data a named seat may lie: the outlines are
#: generalised and older than some units (a department moved between regions).
_SEAT_SLACK_KM = 25.0
_UNNAMED_BORDER_AREA = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:border|frontier)\s+(?:area|region|zone|belt)s?", re.IGNORECASE
)
# "across the Corentyne River to Nickerie": a crossing of a border river, then where to.
_ACROSS_THEN_TO = re.compile(
    r"^(?:\w+\s+)?(?:across|over)\s+(?:the\s+)?\S.*?\s(?:to|into)\s+"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][^,;()]*)$"
)
# "Cox's Bazar": a possessive "'s" between two capitalised words of one name.
_NAME_POSSESSIVE = re.compile(r"(\b[A-Z][a-z]+)['’]s(\s+[A-Z])")
# "Myawaddy's Lay Kay Kaw area": an owner of one to four capitalised words, then a place.
_OWNER_THEN_PLACE = re.compile(
    r"^(?:(?:in|at|from)\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+"
    r"(?P<place>[^'’]+)$"
)
# A preposition the query may open with, before a crossing word.
_LEADING_WORD_OF_QUERY = r"^(?:at|in|on|near|through|via|en|por|sur|par|an|am|über)\s+"
# "the border crossing between Narva and Ivangorod", "el paso fronterizo entre X y Y",
# "der Grenzübergang zwischen X und Y": a crossing named by the two towns it joins.
# "Sunamganj Sadar", "সাতক্ষীরা সদর": a South Asian district's headquarters unit.
_SADAR = re.compile(r"^(?P<district>\S.*?)\s+(?:sadar|সদর|सदर)$", re.IGNORECASE)
_CROSSING_BETWEEN = re.compile(
    # "the checkpoint on the bridge connecting X with Y": a post on the crossing is it.
    r"^(?:(?:the\s+|der\s+)?(?:checkpoint|border\s+post|post|gate|kontrollpunkt)\s+"
    r"(?:on|at|am|an\s+der|auf\s+der)\s+)?"
    r"(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+|der\s+|die\s+|den\s+|dem\s+)?"
    # "este paso fronterizo que conecta X con Y", "this bridge between X and Y": a
    # demonstrative points back at the crossing the towns then name.
    r"(?:(?:this|that|este|esta|ese|esa|esse|essa|ce|cet|cette|dieser|diese|diesem|"
    r"diesen)\s+)?"
    # "the first Thailand-Myanmar friendship bridge, linking X and Y": its number.
    r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+)?"
    # "the Danube Bridge border checkpoint between Ruse and Giurgiu": the crossing's own
    # name (capitalised words) before its noun; the towns named after it decide which.
    r"(?:(?-i:[A-ZÀ-Þ][\w'’.-]*)\s+){0,3}?"
    # "the trade crossing between X and Y": words saying what the crossing carries.
    r"(?:(?:main|road|rail|railway|international|border|trade|commercial|busy|key|"
    r"official|pedestrian|friendship)\s+)*"
    r"(?:crossing(?:\s+point)?|checkpoint|bridge|border\s+post|"
    r"paso(?:\s+fronterizo)?|cruce(?:\s+fronterizo)?|puente(?:\s+internacional)?|"
    # "la pasarela de la amistad que une a Nanawa con Clorinda": a footbridge.
    r"pasarela(?:\s+de\s+la\s+amistad)?|passarela|"
    r"ponte(?:\s+internacional)?|posto\s+de\s+fronteira|poste[\s-]fronti[eè]re|pont|"
    r"passage(?:\s+frontalier)?|(?:grenz)?übergang|(?:grenz)?brücke|"
    # Romanian "Podul Prieteniei dintre Giurgiu şi Ruse" (the bridge, with its article).
    r"pod(?:ul)?|punctul\s+de\s+trecere|"
    # "la ruta 136, que une esa ciudad con Fray Bentos": a road across the border, with
    # its number; it crosses at the crossing of its two towns (answered as near it).
    r"(?P<road>(?:ruta|carretera|autopista|rodovia|estrada|route|road|highway)"
    r"(?:\s+(?:nacional|internacional|national|international))?(?:\s+n?[º°.]?\s*\d+)?))"
    # "el puente internacional Francisco de Paula Santander que comunican a X con Y": the
    # crossing's own name (capitalised) before the words naming its towns.
    r"(?:\s+[A-ZÀ-Þ][^,]*?)??,?"
    r"\s+(?:(?:between|linking|connecting|joining|entre|"
    # "the Friendship Bridge, which links Mae Sai with Tachilek": a relative clause
    # naming the towns; several crossings share such a name, the towns say which.
    r"(?:(?:which|that)\s+)?(?:links|connects|joins)|"
    r"que\s+(?:une|conecta|liga|comunican?)(?:\s+a)?|"
    r"reliant|zwischen|dintre|între|intre)\s+(?P<a>[^,]+?)\s+"
    r"(?:and|with|to|y|e|con|com|et|à|und|şi|și|si)|"
    # "the border crossing from Boten into China", "die Brücke von X nach Y": the way
    # across, from one side's town to the other side.
    r"(?:from|von)\s+(?P<start>[^,]+?)\s+(?:into|to|nach))\s+(?P<b>[^,]+)"
    # "con Eagle Pass, Texas": the region of the town across.
    r"(?:,\s*[^,]+)?$",
    re.IGNORECASE,
)
# Words around a town named in "between X and Y" that say what it is or where it lies:
# "the Uzbek city of Termez", "dem österreichischen Ort Höchst", "Hairatan in Afghanistan".
_TOWN_WORDS_BEFORE = re.compile(
    # "con el centro de la ciudad de Clorinda": the town's centre is the town's.
    r"^(?:(?:el\s+|the\s+|o\s+)?(?:centro|cent(?:re|er))\s+(?:de|of|do)\s+(?=\S))?"
    r"(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|border\s+town)\s+of\s+|"
    r"(?:las|los|the)\s+(?:ciudades|localidades|towns|cities)\s+(?:de\s+|of\s+)?|"
    # "la ciudad de Gualeguaychú con la uruguaya de Fray Bentos": Spanish names the
    # town's kind, or only the adjective of its country, before "de".
    r"(?:la|el|a|o)\s+(?:ciudad|localidad|villa|cidade|vila|[a-záéíóúñü]+[ao])\s+de\s+|"
    # "con la ciudad uruguaya de Salto": the kind and the country's adjective, both.
    r"(?:la|el|a|o)\s+(?:ciudad|localidad|villa|cidade|vila)\s+[a-záéíóúñü]+[ao]s?\s+de\s+|"
    r"(?:dem|der|den|die)\s+(?:[a-zäöüß-]+\s+)?(?:Ort|Dorf|Stadt|Gemeinde|Grenzort|Grenzstadt)\s+)?"
    r"(?=\S)"
)
#: "que comunica esa ciudad con Fray Bentos" (which links that city with Fray Bentos): a
#: town the report named before, pointed back at; the other town names the crossing.
_TOWN_SAID_BEFORE = re.compile(
    r"^(?:esa|esta|la|aquella|essa|esta|a|cette|la|this|that|the)\s+"
    # "esa ciudad entrerriana" (that Entre Ríos city): an adjective may follow the noun.
    r"(?:ciudad|localidad|villa|cidade|vila|ville|city|town)(?:\s+[a-záéíóúñç]+)?$",
    re.IGNORECASE,
)
_COUNTRY_AFTER_TOWN = re.compile(
    r"\s+(?:in|im|en|em)\s+(?P<country>\S.*)$|\s*\((?P<bracket>[^()]+)\)$|"
    # "Mae Sot on the Thai side and Myawaddy on the Burma side": each town's side.
    r"\s+on\s+the\s+(?P<side>\S+)\s+side$"
)
#: Settlement-like kinds of the loaded gazetteer ("crossing" where the data has it).
_SETTLEMENT_KINDS = SETTLEMENT_KINDS
_NAME_KINDS = ("country", *_SETTLEMENT_KINDS, "region")
#: Two capital letters alone, as a country's ISO 3166-1 code is written ("US", "UK" is
#: a name already).
_COUNTRY_CODE_WRITTEN = re.compile(r"[A-Z]{2}")
# Adjective endings after "-sk" in Russian, Belarusian, Ukrainian and Polish region
# names ("Витебская" → "vitebsk-aya", "Львівська" → "lvivsk-a").
_ADJECTIVE_ENDINGS = ("aya", "aja", "oye", "oy", "oj", "iy", "ij", "yi", "yy", "ie", "a", "i", "y")
# Latin-script languages tried on country words of unknown language ("Lietuvos").
_ALL_LANGUAGES = ("ru", "be", "uk", "pl", "lt", "lv", "fi", "et", "bs")
# "the north-western ", "southern ": a compass word before a name.
_COMPASS_WORD_BEFORE = r"(?:the\s+)?(?:north|south)?(?:[\s-]?(?:east|west))?(?:ern)?\s+"
_COMPASS_BEFORE = re.compile(rf"^{_COMPASS_WORD_BEFORE}(?=\S)", re.IGNORECASE)
#: A possessive "'s" and all after it ("'s Evros region" of "Greece's Evros region").
_POSSESSIVE_AND_AFTER = re.compile(r"['’]s\s.*$")
# A Slavic adjective ending on a lookup key ("svislochskom", "krasnopilskiy", "podlaskim").
_ADJECTIVE = re.compile(r"(?:sk|ck|tsk|zk)[a-z]{0,5}$")
# Endings a town's name may have before "-sk-" made an adjective of it: Ошмяны →
# ошмянский, Краснопілля → краснопільський, Гродна → гродзенскі.
_TOWN_ENDINGS = (
    "",
    "y",
    "i",
    "a",
    "o",
    "e",
    "ya",
    "ia",
    "lya",
    "lia",
    "ye",
    "yi",
    "ets",
    "ts",
    "tsa",
    "tsy",
    # "Писарівка" → "писарівський": the common "-ivka" towns drop "ka".
    "ka",
    # A town already named with the adjective's suffix: "куп'янський" of Kupiansk,
    # and a neuter one: "Зноб-Новгородська громада" of Znob-Novhorodske.
    "sk",
    "ske",
    # Lithuanian plural towns in "-ai", in Russian "-ай"/"-яй", whose adjective drops it:
    # "Шальчининкский" of Šalčininkai (Шальчининкай), "Лаздийский" of Lazdijai (Лаздияй).
    "ay",
)
# "Сумщина" (Sumy region), "Харківщини", "на Сумщине", "Брянщины" on lookup keys, and
# "-чина" after "д"/"т": "на Белгородчине".
_SHCHYNA = re.compile(r"(?:shchyn|shchin|chchyn|chchin|(?<=[dt])chyn|(?<=[dt])chin)[a-z]{0,3}$")
#: Countries whose regions reporters name so ("Брянщина", "Гомельщина").
_SHCHYNA_COUNTRIES = ("UA", "RU", "BY")
#: Cities with a region's status, and the region around them: "Київщина" is the land
#: around Kyiv, Kyiv oblast, never the city ("Сеньківка на Київщині" lies outside it).
_CITY_REGION_SURROUNDS = {"UA-30": "UA-32", "RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN"}
#: A region surrounds another when this share of the inner one's area lies in the outer
#: one's convex hull (the hull closes Moscow's gap to Kaluga oblast) and the inner one is
#: at most this share of the outer one's area: a city with a region's status is small.
_SURROUNDED_SHARE = 0.9
_CITY_REGION_SHARE = 0.1
# Compound town names whose adjective is written as one word ("великописарівська").
_COMPOUND_PREFIXES = (
    ("velyko", "velyka "),
    ("velyko", "velykyi "),
    ("veliko", "velikaya "),
    ("veliko", "velika "),
    ("veliko", "velikiy "),
    ("malo", "mala "),
    ("novo", "nova "),
    ("novo", "novaya "),
    ("staro", "stara "),
    ("verkhnyo", "verkhnya "),
    ("nyzhnyo", "nyzhnya "),
)
# Nominative area words of the alias tables, on lookup keys.
_AREA_NOMINATIVES = (
    "oblast", "voblasts", "novads", "apskritis", "rayon", "raion", "rajons",
    # Russian "край" (a Latvian novads, a Russian krai): "в Краславском крае".
    "kray",
)  # fmt: skip
_SPACES = re.compile(r"\s+")
#: The most words two run-together names of a crossing are looked for in.
_MAX_RUN_TOGETHER_WORDS = 8
#: The words between a crossing's name and its town's ("Tarajal de Ceuta").
_OF_ITS_TOWN = frozenset({"de", "del", "of", "di", "da", "do", "du"})
# "(the border) areas of X Oblast", "X border district": words around a unit's name.
_AREA_NAME_PART = re.compile(
    r"^(?:(?:the\s+)?(?:border|frontier|rural|remote|northern|southern|eastern|western|"
    # "the mountainous areas of Nowsud town of Kermanshah province": the land's kind.
    r"central|mountainous|mountain|hilly|forested|coastal)\s+)?"
    r"(?:areas?|parts?|villages|towns|settlements|communities|outskirts)\s+"
    r"of\s+(?:the\s+)?"
    # "Приграничные территории Белгородской области", "прикордонні села Сумської
    # області": the border parts of the unit, before its name in the genitive.
    r"|^(?:(?:приграничн|прикордонн)\w*\s+)?(?:территори\w*|територі\w*|район\w*|"
    r"сел[аоа]\w*|сёл\w*|сіл\w*|населенн\w+\s+пункт\w*)\s+(?=[А-ЯЁІЇЄҐ])",
    re.IGNORECASE,
)
_VILLAGE_OF = re.compile(
    r"^(?P<x>[A-ZÀ-Þ][\w'’-]*(?:\s+(?!Border\b)[A-ZÀ-Þ][\w'’-]*)*)\s+"
    # A border outpost "of" a unit lies in it as a village does ("Kakmarichar Border
    # outpost of Murshidabad district", "X BOP of Y district").
    r"(?:village|town|city|hamlet|(?:[Bb]order\s+)?[Oo]ut\s?post|BOP|[Bb]order\s+post)\s+of\s+"
    r"(?:the\s+)?(?P<y>\S.*)$"
)
# "tambon Chanthopphet of Ban Kruat district", "village Lakhana of Tarn Taran district":
# a unit or village word before a lower unit's name, then "of" the unit holding it, as
# "Koti village of Tavush province" reads.
_LOWER_UNIT_OF = re.compile(
    r"^(?:tambon|sub-?district|commune|kampung|desa|kelurahan|village|hamlet)\s+"
    r"(?P<x>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+of\s+(?:the\s+)?(?P<y>\S.*)$",
    re.IGNORECASE,
)
# "Upper"/"Lower" before a unit's name: a unit split from the one named after it.
_PART_OF_A_UNIT = re.compile(r"^(?:upper|lower)\s+(?P<rest>\S.*)$", re.IGNORECASE)
# Places that lie around a town rather than in it: "villages in Uri", "Bang Wang
# Takhian village of tambon Tha Sai Luat in Mae Sot", "в деревне X Y-ского района".
_OUTLYING = re.compile(
    r"\b(?:villages?|hamlets?|tambon|mouza|kampung|desa|aldeas?|veredas?|caser[ií]o|"
    r"aldeias?|povoados?|dorf|hameaux?|köy\w*|деревн\w*|сел[оаеі]|хутор\w*|вёск\w*|wsi|"
    r"wieś|kaim\w*|ciem\w*|küla\w*|kylä\w*|villaggio|χωριό\w*)\b",
    re.IGNORECASE,
)


def _called_a_village(query: str, name: str) -> bool:
    """Whether the query calls ``name`` a village just before it ("En el caserío Las
    Pilas, ubicado en Comapa": the village word, read outside the name, still says what
    the place is)."""
    if not name.strip():
        return False
    village = rf"{_OUTLYING.pattern}\s+(?:(?:de|of|d['’])\s*)?{re.escape(name.strip())}"
    return re.search(village, query, re.IGNORECASE) is not None


#: Waters "in" a town ("waters between Tambisan and Kuala Meruap in Lahad Datu") lie
#: off it, around it as a village does: in the district the town is the seat of.  So
#: does a cape on its coast ("the Tanjung Balau Beach in Kota Tinggi", 40 km from the
#: town; a beach alone may be the town's own: "Playa Caracol, en Cancún").
_WATERS_OFF = re.compile(
    r"\b(?:waters|sea|perairan|aguas|águas|eaux|acque|gewässern?|tanjung|cape)\b",
    re.IGNORECASE,
)
#: Features of the waters table that a municipality holds, however far its town.
_FILED_KINDS = frozenset({"island", "islands", "reef", "shoal", "bank", "cay"})
#: Open waters, each one name the world over: found whole without a container.
_OPEN_WATER_KINDS = frozenset({"sea", "gulf", "bay", "strait", "channel"})
#: The waters a "within" text opens with ("aguas de Ceuta", "the territorial waters
#: of X"); the Romance words in lower case ("Aguas Blancas" is a town).
_WATERS_OF = re.compile(
    r"^(?:(?:the|las|los|as|os|les|le)\s+)?(?:(?:territorial|economic)\s+)?"
    r"(?:(?i:waters)|(?-i:aguas|águas|eaux|acque))\b"
)
#: A border outpost (BOP) "in" a town stands out on the border, not in the town: like
#: a village, it lies around the town, in the district the town is the seat of.
_BORDER_OUTPOST = re.compile(r"\b(?:border\s+out\s*-?\s*posts?|BoPs?)\b", re.IGNORECASE)
#: The line itself "in" a town ("near the international border off Felda Sahabat in
#: Lahad Datu"): as an outpost, it lies out of the town, in the district it seats.
_BORDER_LINE = re.compile(r"\b(?:border|frontier|boundary)\b", re.IGNORECASE)
#: Arabic "X في Y" (X in Y) in a crossing's words.
_ARABIC_IN = re.compile(r"^(?P<x>\S.*?)\s+في\s+(?P<y>\S.*)$")
#: "and" between two names of one side of a border ("New York State and Vermont").
_AND_BETWEEN_SIDES = re.compile(r"\s+(?:and|y|e|et|und|i|и|і|ja|og|och|ve)\s+")
#: The Arabic article at the start of a normalised key ("al suwayda", "ash sham").
_ARABIC_ARTICLE_KEY = re.compile(r"^(?:al|el|as|ash|ad|adh|an|ar|at|ath|az)\s+(?=\S{3})")
#: The Slavic adjective ending "-ский"/"-ський" as transliterations write it: "Novhorod-
#: Siversky", "-skyi", "-skyy", "-skiy", "-skij", "-skii".
_SKY_ENDING = re.compile(r"(?<=[a-z])(?:sky|skyi|skyy|skiy|skij|skii)\b")
_SKY_FORMS = ("skyi", "skyy", "skiy", "sky", "skii", "skij")
#: A letter of the Greek alphabet (with its accented forms).
_GREEK_TEXT = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
#: A Greek article before a name ("της Λουτρόπολης Θέρμης").
_GREEK_ARTICLE = re.compile(r"^(?:του|της|των|τον|την|τη|το|τους|τις|τα|ο|η|οι)\s+")
#: French "au", "du" (à le, de le) and "aux", "des" (à les, de les): the article of a
#: name "Le X" or "Les X" merged into the word before it ("du Boulou", "au Perthus").
_FRENCH_CONTRACTIONS = {"au": "le", "du": "le", "aux": "les", "des": "les"}
#: The start every such merged article has: a query without it names no "Le X" so (one
#: search per query instead of a pattern compiled for each name it looks up).
_FRENCH_CONTRACTION_START = re.compile(r"\b(?:au|du|aux|des)\s", re.IGNORECASE)
# Unit words some countries give their first-level units too ("the district of
# Braga", "Mandera county"): a region of the name is what they name first.
_RANK_OF_EITHER = frozenset(
    {
        "district",
        "districts",
        "distrito",
        # Plural units name what holds them ("los distritos limítrofes de Tacna").
        "distritos",
        "municipios",
        "communes",
        "distrikt",
        "county",
        "kaunti",
        "department",
        "departement",
        "departamento",
        "prefecture",
        "province",
        "region",
        "state",
    }
)
# "the villages in Uri", "hamlets around X": places around a town, not the town; so is
# one village "in" or "outside" a town ("a village in X": the article is read off).
_AROUND_TOWN = re.compile(
    r"^(?:the\s+|some\s+|several\s+|two\s+|three\s+|border\s+|bordering\s+|frontier\s+|"
    r"neighbou?ring\s+|nearby\s+|remote\s+|small\s+)*"
    r"(?:(?:villages|hamlets|settlements|communities)\s+(?:in|of|around|near|outside)|"
    r"(?:village|hamlet)\s+(?:in|around|outside))\s",
    re.IGNORECASE,
)
# "села Сомониён города Исфары": a village word and its name, then the town holding it
# in the genitive ("of the city of Isfara").
_VILLAGE_OF_TOWN = re.compile(
    r"^(?:в\s+|у\s+)?(?:сел[аоеі]|селищ[аеі]|пос[её]лк[аеу]|пос[её]лок|деревн[яиеі]|"
    r"кишлак[аеу]?|аул[аеу]?)\s+(?P<name>[А-ЯЁІЇЄҒҚҲӮ][\w’'-]*(?:\s+[А-ЯЁІЇЄ][\w’'-]*)?)$"
)
_TOWN_OF = re.compile(r"^(?:город[аеу]?|міст[аоі]|місто)$")
# Countries whose press writes a state or province by its postal code after a town
# ("Chateaugay, NY", "Cornwall, ON", "Albury, NSW"), as the ISO 3166-2 code's tail.
# Countries whose press writes a state or province by the letters of its ISO 3166-2 code
# ("El Paso, TX", "Uruguaiana, RS", "Windsor, ON", "Albury, NSW").
_POSTAL_CODE_COUNTRIES = ("US", "CA", "AU", "BR")
_POSTAL_CODE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2}")
# "no noroeste do RS", "the northern NT": a part of a state named by its code.
_PART_BEFORE_CODE = re.compile(
    rf"^(?:{_COMPASS_WORD_BEFORE}|"
    r"(?:(?:n[oa]|en\s+el|el|o|a)\s+)?(?:norte|sul|sur|leste|este|oeste|nordeste|noroeste|"
    r"sudeste|sureste|sudoeste|suroeste|centro|interior)\s+(?:do|da|de|del)\s+)"
)
_AREA_NAME_BORDER = re.compile(r"\s+(?:border|frontier|front-?line)$", re.IGNORECASE)
# Lower-case words between a name and its descriptor ("Katuna border town").
_DESCRIBING_TAIL = re.compile(r"(?:\s+[a-z][\w-]*)+$")
#: The note of a place found once its unknown container was dropped ("thôn Thuận Nam, xã
#: Thuận An" with no commune Thuận An): a namesake as likely as the place.
_FOUND_WITHOUT_ITS_CONTAINER = "found without it"
#: A town the text files in a district it lies outside of, this close to the district's
#: seat, is taken for the neighbouring district's town the text means.
_MISFILED_TOWN_KM = 100.0
# "the border town of X", "a border village": the place lies at the border.
_BORDER_TOWN = re.compile(r"\bborder\s+(?:town|village|city)\b", re.IGNORECASE)
# Vietnamese "cửa khẩu" (border gate): a crossing word for a crossing at a province's
# edge only ("cửa khẩu Tân Thanh, Lạng Sơn"); as a general crossing word it would turn
# "qua cửa khẩu Lào Cai", the town read inside the text, into near the town.
_VIETNAMESE_GATE = re.compile(r"\bcửa\s+khẩu\b", re.IGNORECASE)
# A text that begins with a border between places ("el límite entre ...").
_BORDER_HEAD = re.compile(
    r"^(?:(?:the|la|le|el|die|der|o|a)\s+)?(?:border|frontier|boundary|límite|limite|"
    r"frontera|frontière|fronteira|grenze|confine|granica|граница|кордон|sınır|"
    r"(?:ال)?حدود|(?:ال)?شريط\s+الحدودي)"
    r"\s+(?:between|entre|zwischen|tra|între|između|między|между|між|بين)\b",
    re.IGNORECASE,
)
# "Valga, Estonia-Valka, Latvia border": two places, each with its country, joined by a
# dash before the border word.
_PAIR_THEN_BORDER = re.compile(
    r"^[A-ZÀ-Þ][^,]*,\s*[A-ZÀ-Þ][^,\s]*\s*[-–]\s*[A-ZÀ-Þ][^,]*,\s*[A-ZÀ-Þ][^,]*\s+"
    r"(?:border|frontier|boundary)$"
)
# "a disputed border area in X province": an area by the border, inside X.
#: An unnamed crossing or post ("the border crossing", "a border post"): a point on the
#: border somewhere, not the border line, so a region or district holds it.
_UNNAMED_BORDER_POST = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?border\s+(?:crossing(?:\s+point)?|crossing\s+post|post|"
    r"checkpoint|check\s*point|control\s+point|point|gate|station|outpost)s?$",
    re.I,
)
_BORDER_AREA = re.compile(
    r"\bborder\s+(?:area|zone|region|district|belt|village|town|communit(?:y|ie)|"
    r"settlement)s?\b",
    re.I,
)
# "(the crossing) between X (Venezuela) and Y": the towns it joins.
_BETWEEN_TOWNS = re.compile(r"^(?:between|entre|zwischen|între|između)\s+(?P<rest>.+)$", re.I)
#: Words between a crossing's word and the one town it leads to: "el puente internacional
#: que conecta con la ciudad de Posadas", "the bridge to Posadas", "hacia Posadas".
_TOWARD_ONE_TOWN = re.compile(
    r"^(?:(?:que|which|that)\s+(?:conecta|une|liga|comunica|connects|links|leads)\s+"
    r"(?:con|com|a|to|with)|to|towards?|into|hacia|rumbo\s+a|para|vers)\s+"
    r"(?:(?:la|a)\s+(?:ciudad|localidad|cidade)\s+de\s+|the\s+(?:city|town)\s+of\s+)?"
    r"(?P<town>\S.*)$",
    re.IGNORECASE,
)
#: "el balneario de X", "the church of X": lower-case words naming a thing at a place,
#: then the place's capitalised name.
_COMMON_NOUN_OF_A_NAME = re.compile(
    r"^(?:(?:the|el|la|los|las|le|les|o|a|il)\s+)?(?-i:[a-záéíóúñàèìòùçâêîôûãõ]+)"
    r"(?:\s+(?-i:[a-záéíóúñàèìòùçâêîôûãõ]+))?\s+(?:of|de|del|du|des|da|do|di|della)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Þ])[^,;()]*)$",
    re.IGNORECASE,
)
_AND_WORD = re.compile(r"\s+(?:and|y|e|et|und|și|si|i|и|і)\s+", re.IGNORECASE)


#: How far inside its region a town must lie for an unknown unit named after it
#: ("the Kuhmo region") to be answered by that region: the area around it stays in it.
UNIT_AROUND_TOWN_KM = NEAR_RADIUS_KM
#: Fewest consonant classes of a region's name found by its consonants alone.
REGION_CONSONANTS = 5
#: Fewest consonant classes of a unit's name matched by an Arabic-script name.
_UNIT_CONSONANTS = 4
#: A crossing's point (often the village on the far side) lies this close to the region
#: a report puts it in when it is that region's crossing (km).
CROSSING_BESIDE_KM = 10.0
#: A district's circle is only about its size (see ``data/README.md``): a village of
#: the name, filed in the district's region, this many times the circle's radius from
#: its seat may still lie in it.
BEYOND_THE_CIRCLE = 1.5


def _units_without_outline_holding(keys: Iterable[str], town: PlaceResult) -> list[District]:
    """The admin-1 units the outlines lack in ``town``'s country, named by the first of
    ``keys`` any of them bears, whose circle holds the town (which has a point)."""
    assert town.lat is not None and town.lon is not None and town.country
    return [
        unit
        for unit in regions_without_outline_named(keys, [town.country])
        if unit.lat is not None
        and unit.lon is not None
        and unit.reach_km is not None
        and km_between(unit.lat, unit.lon, town.lat, town.lon) <= unit.reach_km
    ]


@cache
def _post_keys() -> dict[str, frozenset[str]]:
    """The keys of the border posts ``aliases.toml`` files under each region (by code)."""
    return {
        code: frozenset(normalise(name) for name in names)
        for code, names in load_aliases().region_posts.items()
    }


@lru_cache(maxsize=32)
def _units_by_consonants(country: str) -> dict[str, tuple[District, ...]]:
    """The units below admin-1 of ``country`` by the consonant skeleton of each Latin
    form (:func:`~bordermap.geo.places.arabic_consonants.latin_skeleton`), skeletons of
    :data:`_UNIT_CONSONANTS` classes or more only: a country has hundreds of units, and
    a shorter skeleton matches too many."""
    found: dict[str, list[District]] = {}
    for key, unit in district_forms(country):
        skeleton = latin_skeleton(key) if key.isascii() else ""
        if len(skeleton) >= _UNIT_CONSONANTS and unit not in found.get(skeleton, ()):
            found.setdefault(skeleton, []).append(unit)
    return {skeleton: tuple(units) for skeleton, units in found.items()}


@lru_cache(maxsize=32)
def _unoutlined_regions_by_skeleton(country: str) -> dict[str, dict[str, District]]:
    """The admin-1 units of ``country`` the outlines lack, by the consonant classes of
    each Latin form (:func:`_region_skeleton`), each unit once by its ISO code."""
    table: dict[str, dict[str, District]] = {}
    for form, unit in region_without_outline_forms(country):
        skeleton = _region_skeleton(form)
        if skeleton:
            table.setdefault(skeleton, {}).setdefault(unit.region, unit)
    return table


@lru_cache(maxsize=4096)
def _district_spelled_like(key: str, country: str) -> tuple[Hashable, str, int] | None:
    """:func:`~bordermap.geo.places.spelling.closest_spelling` of ``key`` among the units
    below admin-1 of ``country``, kept: the readings of one text (and of the same name
    in other texts) ask again, and each asking compares thousands of forms."""
    return closest_spelling(key, _district_spellings(country))


@lru_cache(maxsize=64)
def _district_spellings(country: str) -> SpellingIndex:
    """The units below admin-1 of ``country`` as a spelling index, made once per country
    (each text's name is compared with them)."""
    return SpellingIndex(district_forms(country))


@lru_cache(maxsize=64)
def _region_without_outline_spellings(country: str) -> SpellingIndex:
    """The admin-1 units of ``country`` the outlines lack as a spelling index, made once."""
    return SpellingIndex(region_without_outline_forms(country))


@lru_cache(maxsize=4096)
def _entry_spelled_like(
    gaz: Gazetteer, key: str, kind: str, country: str
) -> tuple[Hashable, str, int] | None:
    """:func:`~bordermap.geo.places.spelling.closest_spelling` of ``key`` among the
    entries of ``kind`` in ``country``, kept as :func:`_district_spelled_like` is."""
    return closest_spelling(key, _entry_spellings(gaz, kind, country))


@lru_cache(maxsize=256)
def _entry_spellings(gaz: Gazetteer, kind: str, country: str) -> SpellingIndex:
    """The entries of ``kind`` in ``country`` as a spelling index, made once per kind
    and country (:meth:`~bordermap.geo.places.gazetteer.Gazetteer.forms_of`)."""
    return SpellingIndex(gaz.forms_of(kind, country))


@lru_cache(maxsize=32)
def _unit_keys_by_consonants(country: str) -> dict[str, dict[tuple[str, str], str]]:
    """As :func:`_units_by_consonants`, each unit (region, name) with one Latin key."""
    found: dict[str, dict[tuple[str, str], str]] = {}
    for key, unit in district_forms(country):
        skeleton = latin_skeleton(key) if key.isascii() else ""
        if len(skeleton) >= _UNIT_CONSONANTS:
            found.setdefault(skeleton, {}).setdefault((unit.region, unit.name), key)
    return found


#: Urdu "X بالا" (upper X) and "X زیریں", "X پائیں" (lower X), after the name.
_URDU_PART_AFTER = re.compile(r"^(?P<name>\S+)\s+(?P<part>بالا|زیریں|پائیں)$")
#: The English words Urdu writes for them before a name, as it sounds.
_URDU_PARTS = {"بالا": "اپر", "زیریں": "لوئر", "پائیں": "لوئر"}
#: Urdu "اپر X", "لوئر X" (Upper X, Lower X, as English sounds).
_URDU_PART_BEFORE = re.compile(r"^(?:اپر|لوئر)\s+\S+$")


@lru_cache(maxsize=64)
def _inner_edge(code: str, country: str) -> BaseGeometry:
    """The edge of region ``code`` inside its country: its outline less the country's.

    A border town's area ends at the country's border, which is also its region's
    edge; only the rest of the edge borders the country's other regions.
    """
    edge = region_extent(code).boundary
    try:
        border = country_extent(country).boundary.buffer(INNER_EDGE_TOLERANCE_DEG)
    except GeometryDataError:
        return edge
    return edge.difference(border)


@lru_cache(maxsize=64)
def _surrounds(outer: str, inner: str) -> bool:
    """Whether region ``outer`` lies around the much smaller region ``inner``.

    Kyiv (UA-30) in Kyiv oblast (UA-32), Almaty (KZ-75) in Almaty oblast (KZ-19): the
    city is a unit of its own inside the oblast that bears its name.
    """
    try:
        around, within = region_extent(outer), region_extent(inner)
    except GeometryDataError:
        return False
    if not within.area or within.area > _CITY_REGION_SHARE * around.area:
        return False
    share = around.convex_hull.intersection(within).area / within.area
    return share >= _SURROUNDED_SHARE


#: How near the country's outline a region's edge counts as on it, degrees (the two
#: outlines come from different sources and part by a few hundred metres).
INNER_EDGE_TOLERANCE_DEG = 0.02


@cache
def admin1_units_are_districts(country: str) -> bool:
    """Whether most admin-1 outlines of ``country`` are named "X District" (Malawi, Uganda).

    Parameters
    ----------
    country : str
        ISO 3166-1 alpha-2 code.

    Returns
    -------
    bool
        True where a district is an admin-1 unit, not a part of one.
    """
    try:
        rows, _ = region_rows(country)
    except (GeometryDataError, KeyError):
        return False
    named = sum(
        any(form.lower().endswith(" district") for form in row.get("names", ())) for row in rows
    )
    return bool(rows) and named * 2 > len(rows)


def _inside(expr: PlaceExpression, name: str, container: str) -> PlaceExpression:
    """``name`` looked up inside ``container``, both written in ``expr``'s text."""
    return PlaceExpression(
        "restricted",
        expr.text,
        name,
        container,
        inner=parse_place(name),
        outer=parse_place(container),
        suffix="in",
        languages=expr.languages,
    )


#: The end of the note of a crossing named only by its two countries ("a Polish-Belarusian
#: checkpoint"), answered by their border.
UNNAMED_CROSSING_NOTE = ", not named"


def _dash_parts(text: str) -> list[str]:
    """``text`` cut at every dash of :data:`DASHES`, each part stripped (empty ones kept)."""
    return [part.strip() for part in _DASH.split(text)]


_DASH = re.compile(f"[{re.escape(DASHES)}]")


#: A bridge in a place text, in the languages of bridges named after people.
_BRIDGE_WORD = re.compile(r"\b(?:puente|ponte|pont|bridge|brücke|brug|most)\b", re.IGNORECASE)
#: Words of a bridge's name forms that are not its own name (keys).
_BRIDGE_FORM_WORDS = frozenset(
    {"puente", "ponte", "pont", "bridge", "brucke", "brug", "most", "internacional"}
    | {"international", "internacional", "internazionale"}
)


#: Words any crossing's name may hold: they tell no crossing from another.
_GENERIC_CROSSING_WORDS = frozenset(
    {"border", "international", "main", "crossing", "checkpoint", "bridge", "road", "rail"}
)


def _with_crossing_words_of_its_script(name: str) -> list[str]:
    """The name behind each crossing word of its script ("אלנבי" → "גשר אלנבי"...)."""
    for script, words in _CROSSING_WORDS_OF_SCRIPT:
        if script.search(name):
            return [f"{word} {name}" for word in words]
    return []


def _towns_between(name: str) -> list[str]:
    """ "entre San Antonio del Táchira (Venezuela) y Cúcuta" → the two towns' names."""
    match = _BETWEEN_TOWNS.match(name)
    if not match:
        return []
    parts = _AND_WORD.split(re.sub(r"\s*\([^)]*\)", "", match["rest"]))
    return [part.strip(" ,") for part in parts if part.strip(" ,")] if len(parts) == 2 else []


# Notes of a text in which no name was found (as opposed to a rule that refused one).
#: The note of an answer refused because every place of the name lies abroad.
_ONLY_OUTSIDE = "found only outside the event's country"
_NOT_FOUND = re.compile(
    r"|no place of that name in the gazetteer|no crossing or town .*|no districts? named .*|"
    r"no land border between the two sides in the border data|"
    r"(?:'.*'|\".*\") names no country or region: no border side read from it"
)
#: A name written in Bengali letters, and the Bengali word for a district.  Its words
#: stand apart or are joined by a dash ("ঘুমধুম-তুমব্রু", two villages named as one
#: border post).
_BENGALI_NAME = re.compile("[\u0980-\u09ff \\-\u2010-\u2015]+")
_BENGALI_DISTRICT_WORD = "\u099c\u09c7\u09b2\u09be"
#: The letter "র" that ends a Bengali genitive ("-র", "-এর").
_BENGALI_GENITIVE_R = "\u09b0"
#: Bengali locative endings ("ঠাকুরগাঁওয়", in Thakurgaon; "যশোরে"; "খুলনাতে"): a
#: report names the district holding a place in the locative as often as in the
#: genitive.  "য়" is one code point or "য" and the nukta.
_BENGALI_LOCATIVE = ("\u09df", "\u09af\u09bc", "\u09c7", "\u09a4\u09c7")
#: The Bengali word for an upazila, the unit below a district ("উপজেলার", of the upazila).
_BENGALI_UPAZILA_WORD = "\u0989\u09aa\u099c\u09c7\u09b2\u09be"
#: Pashto "of" (before its noun) and the words that end an owner's name after it: the
#: next "of" or "in" ("د X د Y په سيمه کې", in the area of Y of X).
_PASHTO_OF = "\u062f"
_PASHTO_AFTER_OWNER = frozenset({"\u062f", "\u067e\u0647"})
#: "সীমান্তের" (of the border), after the name of the district whose border it is.
_BENGALI_BORDER_OF = "\u09b8\u09c0\u09ae\u09be\u09a8\u09cd\u09a4\u09c7\u09b0"
#: Words of units below a district: the upazila and the thana (police station).
_BENGALI_UNIT_WORDS = (_BENGALI_UPAZILA_WORD, "\u09a5\u09be\u09a8\u09be")


def _bengali_stem(word: str) -> str:
    """``word`` without its Bengali genitive ("-ের", "-র") or locative ending, if any."""
    for ending in ("\u09c7\u09b0", _BENGALI_GENITIVE_R, *_BENGALI_LOCATIVE):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


#: A word that says the name is the town's own ("the town of Poonch", "Malda town").
_TOWN_WORD = re.compile(
    r"\b(?:town|city|village|township|municipality|cantonment)\b|शहर|कस्ब|गा[ँं]व|শহর|গ্রাম|شہر|گاؤں",
    re.IGNORECASE,
)

#: A word of nearness anywhere in a text ("in the Konton area near Mandera"): what
#: it names lies by the town, whatever unit bears the town's name.
_NEAR_IN_THE_TEXT = re.compile(
    r"\b(?:near|close\s+to|outside|cerca|près|perto|bei|под|під|около|возле)\b|بالقرب|قرب",
    re.IGNORECASE,
)
#: Countries whose admin-1 units bear their seats' names and whose border reporting
#: names the unit by that name alone, however big the seat ("in Mandera" of Mandera
#: County, "in Tete", "in Mtwara"): Kenya's counties, Tanzania's regions and
#: Mozambique's provinces.  Measured on the 79 field sets (session 38): a bare seat's
#: name there meant the unit 6 times and the town twice ("in Garissa", "Mandera,
#: Kenya"), and the unit holds the town.  Elsewhere the town was meant as often or more
#: (Sudan's Kassala against Gedaref, Spain's Melilla, the Dominican Dajabón,
#: Lithuania's Vilnius).  Not Iraq, though "Duhok" of one set meant the governorate:
#: "protests in Baghdad and Karbala" are in the cities, and as governorates they lost
#: the extractor two events to a town told sentences before (heldout8).
REGIONS_NAMED_AFTER_SEATS = frozenset({"KE", "MZ", "TZ"})

#: The Hindi locative ("in") that :data:`_HINDI_HOLDS_NEXT` reads after a name.
_HINDI_IN = "में"
#: After a name, the Hindi locative "में" (of "X जिले में" too) and a word that is not one
#: of nearness: the name holds the place named next ("X में Y": Y in X).
_HINDI_HOLDS_NEXT = re.compile(
    r"\s+(?:(?:जिले|ज़िले|जिला|ज़िला)\s+)?में\s+(?!(?:पास|समीप|निकट)(?:\s|$))\S"
)


def _holds_a_place_in_hindi(query: str, key: str) -> bool:
    """Whether ``key`` stands in ``query`` (normalised) as the holder of a place named after
    it: "गुरदासपुर में डेरा बाबा नानक" (Dera Baba Nanak in Gurdaspur)."""
    # Every such reading has the locative: without it no pattern of the name is built
    # (a large file's checks compiled one per distinct name, about 0.1 s in all).
    if _HINDI_IN not in query:
        return False
    return any(
        _HINDI_HOLDS_NEXT.match(query, found.end())
        for found in re.finditer(rf"(?:^|\s){re.escape(key)}(?=\s)", query)
    )


def _coast_of(query: str, key: str) -> bool:
    """Whether ``key`` stands in ``query`` (normalised) before a coast word: "off the
    Nagapattinam coast" is off the district's coast, wherever along it, not the town's."""
    # Without the word no pattern of the name is built (one per distinct name: a large
    # file's checks compiled some 900 and pushed others out of ``re``'s cache).
    if "coast" not in query:
        return False
    return re.search(rf"(?:^|\s){re.escape(key)}\s+(?:coast|coastline)(?:\s|$)", query) is not None


#: How far (degrees, about 2 km) a town may lie outside its region's outline and still be
#: held by it: a coastal or border town on a simplified outline's edge.
_OUTLINE_SLACK_DEG = 0.02
#: How far a place may lie from one of the places an ambiguous container may be (km).
CONTAINER_REACH_KM = 50.0
#: Namesakes of the event's country this far (km) or more from every land border do not
#: compete with the one namesake by a border (twice the reach of "by a border").
FAR_FROM_BORDER_KM = 100.0
#: A town this populous (a city, in the usual statistical sense) competes with an admin-1
#: region of the same name elsewhere; a smaller one does not ("Arizona" is the US state,
#: not the Honduran town of 25,000).
CITY_POPULATION = 100_000
# "al norte de Santander", "au sud de X": a compass word, "of", a name, with no distance.
_COMPASS_OF_A_NAME = re.compile(
    r"^(?:(?:al|au|ao|a|à|del|du|do|da|en\s+el|el)\s+)?(?P<words>(?:norte|sur|sul|nord|sud|este|est|oeste|"
    r"ouest|leste)\s+(?:de|del|du|di|do|da)\s+\S.*)$",
    re.IGNORECASE,
)
#: A Turkish proper name with its case ending after an apostrophe ("Kilis'te",
#: "Edirne’ye", "Kilis’in"): the name is group 1. An English possessive "'s" is not one.
_TURKISH_CASE_ENDING = re.compile(r"([^\W\d_][\w-]*)['’ʼ`\u00b4](?!s\b)[^\W\d_]+")
#: "the Bomburit area of Chitral": an unknown place's area inside a town's.
_AREA_OF = re.compile(r"\barea\s+(?:of|in)\s", re.IGNORECASE)
#: "the Hange Jale of Baneh": capitalised words, "of", then capitalised words.
_NAME_OF_A_NAME = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+of\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
#: A settlement word that may also name an administrative area below admin-1.
_AREA_TOWNSHIP = re.compile(r"\btownships?\b", re.IGNORECASE)
#: The word after "township" in a text ("the Garissa Township constituency").
_WORD_AFTER_TOWNSHIP = re.compile(r"\btownships?\s+([^\s.,;:()]+)", re.IGNORECASE)


def _unit_word_after_township(text: str) -> bool:
    """Whether a unit word follows "township" in ``text``: the township is then part of
    that unit's name ("the Garissa Township constituency"), not the unit named."""
    return any(normalise(word) in unit_word_keys() for word in _WORD_AFTER_TOWNSHIP.findall(text))


#: Countries with a township tier of administration (Myanmar's townships, China's 乡 and
#: Taiwan's 鄉, South Korea's myeon, the civil townships of the United States and
#: Canada): there "X Township" is a unit larger than the town X, never the town's area.
_TOWNSHIP_UNIT_COUNTRIES = frozenset({"MM", "CN", "TW", "KR", "US", "CA"})
#: An article before a country's name in a border phrase ("entre la RDC et le Rwanda",
#: Dutch "de Litouwse").
_SIDE_ARTICLE = re.compile(
    r"^(?:the|la|le|les|el|los|las|o|a|die|der|dem|den|de|het)\s+|^l['’]\s*", re.IGNORECASE
)
#: "Republic" said before or after a country's name, in the languages of the grammar.
_REPUBLIC_WORD = re.compile(
    r"^(?:(?:islamic\s+)?republic\s+of|république\s+(?:islamique\s+)?(?:du|de\s+la|de|d['’])|"
    r"república\s+(?:islámica\s+)?(?:de|del)|"
    # Arabic "الجمهورية الإسلامية الإيرانية" (the Islamic Republic, then Iran's adjective).
    r"republi[kc]\w*|республі\w*|республи\w*|دولة|(?:ال)?جمهورية(?:\s+ال[إا]سلامية)?|"
    r"المملكة|مملكة|سلطنة)\s+|"
    r"\s+republic$",
    re.IGNORECASE,
)
#: A leading article of French, Spanish, Portuguese, Italian or German.
_LEADING_ARTICLE = re.compile(
    r"^(?:la|le|les|l['’]|el|los|las|lo|il|gli|die|der|das|den|dem|os|as)\s*(?<=\s|['’])",
    re.IGNORECASE,
)
#: A river word written in lower case before a name ("el río Hondo", "the river
#: Bug", "рекой Нарвой"): the text names a river.  Rivers are known only as borders
#: (``border_features.toml``); a river is never the town named after it.
_RIVER_FIRST = re.compile(
    r"^(?:(?:the|el|la|le|il|o|a)\s+)?(?:river|río|rio|rivière|fleuve|fiume|rzeka|rzece|"
    r"rzeki|upė|upės|upe|jõgi|joki|nehri|rud|sungai|arroyo|ribeirão|mto|"
    r"flod|floden|älven|elven|"
    r"река|реки|реке|реку|рекой|річка|річки|річку|рікою|рака|ракі)\s+\S",
)
#: Capitalised words only, no descriptor: "Mong Cai" (not "Manitoba border").
#: Vietnam's communes and wards, below its districts ("xã Tân Đông"): none is a district.
#: (A French "commune" is a district in Benin, a municipality in France: not here.)
_COMMUNE_WORDS = frozenset({"xã", "phường"})
#: "X of the district's Z": an owner that only refers back to a unit named before.
_OF_AN_ANAPHOR = re.compile(
    r"^(?P<x>\S.*?)\s+of\s+(?:the|this|that)\s+"
    r"(?:district|province|state|county|region|division|upazila|tehsil)$",
    re.IGNORECASE,
)
_PROPER_NAME = re.compile(r"(?!(?:the|a|an)\b)(?:[A-ZÀ-Þ][\w'’-]*)(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}")
#: A checkpoint that no border word calls a border's ("a Las Cruces checkpoint").
_INLAND_CHECKPOINT = re.compile(
    r"(?<!border\s)(?<!frontier\s)(?<!crossing\s)\bcheckpoints?\b", re.IGNORECASE
)
#: A crossing told by its number among others of one name: "Friendship Bridge 1",
#: "Friendship Bridge II", "the Second Thai-Myanmar Friendship Bridge".
_NUMBERED_CROSSING = re.compile(
    r"(?i:\b(?:bridge|crossing|checkpoint|gate))\s+(?i:no\.?\s*)?(?P<after>\d{1,2}|I{1,3}|IV)\b"
    r"|\b(?P<before>First|Second|Third|Fourth|1st|2nd|3rd|4th)\s+(?:[A-Z][\w'’–-]*\s+){1,4}"
    r"(?i:bridge)\b"
    # Thai "สะพานมิตรภาพไทย-เมียนมา แห่งที่ 2" (Thai-Myanmar Friendship Bridge, the 2nd);
    # "แห่งที่ 1", the first, is the table's unnumbered bridge.
    r"|แห่งที่\s*(?P<thai>[2-9]|\d{2})\b"
)
#: The numbers that say "the first" of a series of crossings of one name.
_FIRST_OF_SERIES = frozenset({"1", "01", "I", "First", "1st"})
_NUMBER_IN_NAME = re.compile(
    r"\d|\b(?:i{1,3}|iv|first|second|third|fourth)\b|\b(?:1st|2nd|3rd|4th)\b"
)
#: Words between a crossing's name and its crossing word that say what kind it is.
_KIND_OF_CROSSING = re.compile(
    r"land|road|rail|railway|border|international|main|commercial|cargo|freight|pedestrian|"
    r"trade|frontier|desert|internacional|binacional|fronteriz[oa]|"
    # Albanian "pikëkalimi i përbashkët kufitar" (the joint border crossing).
    r"kufitare?|përbashkët",
    re.IGNORECASE,
)
#: The crossing words of scripts whose crossings the table names with the word first:
#: Hebrew "מעבר טאבה", "גשר אלנבי", "מסוף נהר ירדן", Arabic "جسر الملك حسين".  A report
#: may write a crossing with another of its script's words ("מעבר אלנבי" for the bridge).
_CROSSING_WORDS_OF_SCRIPT = (
    (re.compile("[\u0590-\u05ff]"), ("מעבר", "גשר", "מסוף")),
    (re.compile("[\u0600-\u06ff]"), ("معبر", "منفذ", "جسر")),
)
#: A mountain pass, which the crossings table lists by its pass ("Khunjerab Pass").
_PASS_WORD = re.compile(r"\b(?:pass|passo|paso|col|перевал\w*)\b", re.IGNORECASE)
#: "Border Gate", the English name of a Vietnamese crossing ("cửa khẩu").
_BORDER_GATE = re.compile(r"\bborder\s+gate\b", re.IGNORECASE)
#: A gate's number among its town's gates and the word for it ("No. 2", "số II").
_GATE_NUMBER = re.compile(r"no\.?|nr\.?|số|\d{1,2}|I{1,3}|IV", re.IGNORECASE)
#: A Finnish place in the inessive ("Lapissa", "Kuhmossa") before a crossing's name.
_FINNISH_WHERE_FIRST = re.compile(r"[A-ZÄÖ][a-zäö]+(?:ssa|ssä)\s+(?=[A-ZÄÖ])")
_FINNISH_BORDER_WORD = re.compile(r"raja", re.IGNORECASE)
#: A capitalised Finnish name in the inessive or adessive ("Inarissa", "Pyhäjärvellä").
_FINNISH_LOCATIVE = re.compile(r"^[A-ZÄÖ][\w-]+(?:ssa|ssä|lla|llä)$")
#: Finnish and Estonian case endings on a crossing's name (genitive, locative cases).
_FINNIC_CASE = re.compile(r"(?:n|lla|llä|ssa|ssä|lta|ltä|lle|l|s|st)$")
#: "X territory" after a town's name: a unit below admin-1 (Congolese territoires).
_UNIT_AFTER = re.compile(r"\s(?:territory|territoire)$", re.IGNORECASE)
#: A word-final Cyrillic vowel + "й", as Russian writes Baltic names ending in -ai/-ei.
_CYRILLIC_DIPHTHONG = re.compile(r"[аеоуАЕОУ]й(?=\W|$)")
#: Fewest letters of a half of a town pair read as another spelling of a crossing's
#: name: shorter words are too easily alike.
_RESPELLED_MIN_LETTERS = 6
#: Least :class:`difflib.SequenceMatcher` ratio of two spellings of one name
#: ("takhilek" and "tachileik": 0.82).
_RESPELLED_RATIO = 0.8


def _spelled_alike(form: str, written: str) -> bool:
    """Whether two space-free keys read as romanisations of one name: same first
    letter, lengths within two letters, and most letters in the same order."""
    return (
        form[:1] == written[:1]
        and abs(len(form) - len(written)) <= 2
        and SequenceMatcher(None, form, written).ratio() >= _RESPELLED_RATIO
    )


#: The Arabic article inside a name, written with a hyphen ("Tall al-Abyad", "Ras
#: al-Ain"), which gazetteers often leave out ("Tall Abyad").  Not at the start: without
#: it "Al-Karameh" would be Kherameh in Iran, a different name.
_ARABIC_ARTICLE = re.compile(
    r"(?<=\w\s)(?:al|el|ul|ad|ar|as|ash|at|az|an|ud)-(?=\w)", re.IGNORECASE
)
#: Each a pattern, its replacement and how the log names the variant: a leading article
#: ("la grande barrière"); a Lithuanian or Latvian name in Russian letters ("Медининкай"
#: is Medininkai, not the "medininkay" a Russian transliteration makes of it); the
#: Arabic article inside a name; a Ukrainian text's "и", which Ukrainian Latin writes
#: "y" ("Волині" is Volyn', not "volin").
_UKRAINIAN_TEXT = re.compile(r"^(?=.*[іїєґІЇЄҐ]).*[иИ].*$", re.DOTALL)
#: Arabic writes "in", "and", "to", "like" joined to the next word: "بالبريمي" is
#: "in al-Buraimi", "وللقائم" "and to al-Qa'im" ("لل" is "ل" + the article, its alif
#: dropped).  The name is what follows.
_ARABIC_PROCLITIC_ARTICLE = re.compile(r"^(?:[وف]?[بكل]|[وف])(?=ال\w)")
_ARABIC_PROCLITIC_LAM = re.compile(r"^[وف]?لل(?=\w)")
#: ... and "in" ("ب") joined to a name without the article: "بصيدا" is "in Sidon",
#: "برأس الجدير" "at Ras Ajdir" (a name of two words).
_ARABIC_PROCLITIC_BI = re.compile(r"^[وف]?ب(?=[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]+)?$)")
#: French transcription writes Arabic "ش" as "ch" where English writes "sh" ("Kfar
#: Chouba" is GeoNames' Kfar Shouba); the Levant and the Maghreb are written both ways.
_FRENCH_CH = re.compile(r"(?<=[a-z ])ch(?=[aeiou])|\bCh(?=[aeiou])")
_FRENCH_TRANSCRIBED = frozenset("DZ LB MA MR SY TN".split())  # noqa: SIM905
#: Uzbek Latin writes "x" for the sound English and Russian spellings write "kh", "х"
#: ("Xayraton" is Khayraton, Хайратон, Hairatan; "Buxoro" is Bukhara).
_UZBEK_X = re.compile(r"(?<![A-Za-z])X|(?<=[a-z])x|x(?=[aeiou])")
#: What marks a text as Uzbek Latin: "o‘" and "g‘" with their turned comma or apostrophe.
_UZBEK_LATIN = re.compile(r"[OoGg][\u2018\u02bb'`]")
#: Letters of Persian (and Urdu) that Arabic does not write: "ی", "ک", "پ", "چ", "ژ", "گ".
_PERSIAN_LETTERS = re.compile(r"[\u06cc\u06a9\u067e\u0686\u0698\u06af]")
#: A letter of the Arabic script.
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
#: The Arabic and Persian word for an area ("منطقة", "بمنطقة", "منطقه"): any ground,
#: not a unit of the administration.
_ARABIC_AREA_WORD = re.compile(r"منطق[ةه]")
# "(прикордонні) райони Харківщини", "приграничные сёла Курской области": the parts
# (districts, communities, villages, territories) of the area named after them.
_SLAVIC_PARTS_OF = re.compile(
    r"^(?:район\w*|громад\w*|територі\w*|территори\w*|сел[аоа]\w*|сёл\w*|сіл\w*|"
    r"населен\w+\s+пункт\w*)\s+(?=[А-ЯЁІЇЄҐ])"
)
# Hebrew one-letter prepositions and conjunction joined to a name ("במטולה", "לשלומי").
_HEBREW_PROCLITIC = re.compile(r"^[בלמו](?=[\u05d0-\u05ea]{2,})")
# Amharic and Tigrinya prepositions joined to a name: "በ" (in), "ከ" (from), "ለ" (to)
# ("በኑዌር ዞን", in Nuer zone).
_ETHIOPIC_PROCLITIC = re.compile(r"^[በከለ](?=[\u1200-\u137f]{2,})")
_INTERNATIONAL_IN_NAME = re.compile(
    r"(?<=\S)\s+(?:internacional|international|internationale)\s+(?=\S)", re.IGNORECASE
)
_HAN = "[\u4e00-\u9fff]"
_HANGUL = "[\uac00-\ud7a3]"


def _joined_after_a_short_name(word: str, letters: str) -> str:
    """A pattern for ``word`` written last, joined to a name of two or three ``letters``.

    A look-behind must have one width, so each name length is its own branch.
    """
    return rf"(?<=^{letters}{{2}}){word}$|(?<=^{letters}{{3}}){word}$"


#: Chinese and Japanese write a city's own word "市" joined after its name ("瑞丽市",
#: "対馬市"), and gazetteers hold some names with it ("丹东市") and some without ("瑞丽"):
#: a Han name of two or three characters is tried without it, or with it.  Only the
#: city word: "县" (county) names a unit, never its town.
_HAN_CITY_WORD = re.compile(_joined_after_a_short_name("市", _HAN))
_HAN_NAME_WITHOUT_CITY_WORD = re.compile(rf"^{_HAN}{{2,3}}(?<!市)$")
#: Chinese and Japanese "港" and Korean "항" (port) joined after a town's name
#: ("稚内港", the port of Wakkanai; "大连港"; "속초항", Sokcho port): the port lies at
#: the town and is named after it.  Tried only after the whole word ("防城港" is the
#: city Fangchenggang itself), and only after a name of two or three characters.
_PORT_WORD_JOINED = re.compile(
    _joined_after_a_short_name("港", _HAN) + "|" + _joined_after_a_short_name("항", _HANGUL)
)
#: Urdu and Persian town endings "پور" (pur), "آباد" (abad), "گڑھ" (garh), "نگر" (nagar)
#: and "کوٹ" (kot) are written apart from the name's first part as often as joined to it
#: ("کرتار پور" and "کرتارپور", "اسلام آباد"): their first letters do not join
#: anyway, so the space is a habit, not a word break.  Tried joined.
_URDU_TOWN_ENDING_APART = re.compile(
    r"(?<=[\u0600-\u06ff])\s+(?=(?:پور|آباد|گڑھ|نگر|کوٹ)(?:\s|$))"
)
#: A German road word, a noun and so capitalised, before a road's two ends joined by a
#: dash ("die Autobahn Medyka-Szeghini"): the ends name the crossing the road runs
#: through, as a lower-case road word's do ("la carretera Medyka-Szeghini").
_GERMAN_ROAD_BY_ENDS = re.compile(
    r"^(?:Autobahn|Bundesstra(?:ß|ss)e|Schnellstra(?:ß|ss)e|Landstra(?:ß|ss)e|Fernstra(?:ß|ss)e)"
    rf"\s+(?=[A-ZÀ-Þ][^\s{re.escape(DASHES)}]*\s*[{re.escape(DASHES)}]\s*[A-ZÀ-Þ])"
)
#: A Spanish post's words written as a title before its name ("Punto de Control
#: Carimanparú"), which a capitalised run would otherwise take for part of the name.
_SPANISH_POST_TITLE = re.compile(
    r"^(?:Punto|Puesto|Paso|Complejo)\s+(?:de\s+Control|Fronterizo|de\s+Frontera)\s+(?=[A-ZÀ-Þ])"
)
_SPELLING_VARIANTS = (
    (_LEADING_ARTICLE, "", "without the article"),
    (_ARABIC_PROCLITIC_ARTICLE, "", "without the joined preposition"),
    (_ARABIC_PROCLITIC_LAM, "ال", "without the joined preposition"),
    (_CYRILLIC_DIPHTHONG, lambda m: m[0][0] + "и", "as a Baltic name"),
    (_ARABIC_ARTICLE, "", "without the article"),
    (_UKRAINIAN_TEXT, lambda m: m[0].replace("и", "ы").replace("И", "Ы"), "as Ukrainian"),
    # "Ponte Internacional da Amizade" is the Ponte da Amizade: the word is often
    # written into a bridge's name and as often left out.
    (_INTERNATIONAL_IN_NAME, " ", "without 'international'"),
    (_HEBREW_PROCLITIC, "", "without the joined preposition"),
    (_ETHIOPIC_PROCLITIC, "", "without the joined preposition"),
    (_ARABIC_PROCLITIC_BI, "", "without the joined preposition"),
    (_SLAVIC_PARTS_OF, "", "the area the parts are of"),
    (_FRENCH_CH, "sh", "with French 'ch' written 'sh'"),
    (_UZBEK_X, lambda m: "Kh" if m[0] == "X" else "kh", "with Uzbek 'x' written 'kh'"),
    (_HAN_CITY_WORD, "", "without the city word"),
    (_HAN_NAME_WITHOUT_CITY_WORD, lambda m: m[0] + "市", "with the city word"),
    (_PORT_WORD_JOINED, "", "the town without its port word"),
    (_URDU_TOWN_ENDING_APART, "", "with the town ending joined"),
    (_GERMAN_ROAD_BY_ENDS, "", "without the road word"),
    (_SPANISH_POST_TITLE, "", "without the post's title"),
)
#: Lower-case words before a capitalised name ("main Uganda", "porous Afghan").
_ADJECTIVES_BEFORE_NAME = re.compile(
    r"^(?:(?!(?:of|de|du|del|des|the|a|an)\s)[a-z][a-z-]*\s+){1,2}(?=[A-Z])"
)
#: A first word and the rest, for "Rusijos Federacijos Kaliningrado sritimi".
_OWNER_OF_REGION = re.compile(r"^(?P<owner>\S+)\s+(?P<rest>\S.*)$")
#: A French elided article before a capitalised name ("l'Ituri", "l'Ouham").
_ELIDED_ARTICLE = re.compile(r"^[lL]['’](?=[A-ZÀ-Þ])")
#: A Spanish or Portuguese unit's name, then "de" and the region holding it; the name
#: may hold "de" itself ("García de Hevia de Táchira"): the last "de" opens the region.
_UNIT_OF_REGION = re.compile(
    r"^(?P<unit>[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|del|do|da|la|las|los)\s+)?[A-ZÀ-Þ][\w'’-]*)*)"
    r"\s+(?:de|del|do|da)\s+"
    r"(?P<region>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)$"
)
#: "X community of the Y" (region): the community, named by one to three capitalised
#: words, then the region holding it.
_COMMUNITY_OF = re.compile(
    r"^(?P<unit>(?:[Tt]he\s+)?(?:[A-ZÀ-ÞЀ-Я][\w'’-]*\s+){1,3}[Cc]ommunit(?:y|ies))"
    r"\s+of\s+(?:the\s+)?(?P<region>\S.*)$"
)
#: "community" after a name: in a Ukrainian event, the English word for a hromada.
_COMMUNITY = re.compile(r"\bcommunit(?:y|ies)$", re.IGNORECASE)
#: A Ukrainian adjective alone in the feminine locative ("у Шалигинській"): a unit whose
#: noun the writer left out after naming it once ("у Краснопільській та Шалигинській
#: громадах").
_ELLIPTIC_UNIT = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]{3,}(?:ськ|цьк|зьк)ій$")
#: Ukrainian letters in the national romanisation (the Cabinet's table of 2010), which
#: GeoNames' names of Ukrainian towns follow: "и" is "y", "і" is "i".
_UKRAINIAN_PAIRS = (
    "а=a б=b в=v г=h ґ=g д=d е=e є=ie ж=zh з=z и=y і=i ї=i й=i к=k л=l м=m н=n о=o "
    "п=p р=r с=s т=t у=u ф=f х=kh ц=ts ч=ch ш=sh щ=shch ю=iu я=ia"
)
_UKRAINIAN_LATIN = str.maketrans(
    dict(pair.split("=") for pair in _UKRAINIAN_PAIRS.split())
    | {"ь": "", "'": "", "’": "", "ʼ": ""}
)


def _ukrainian_stems(adjective: str) -> tuple[str, ...]:
    """The romanised stems of a Ukrainian "-ськ-" adjective with "і" or "и" in it
    ("Хотінській" → "khotin"), or none (no letter that tells them apart).

    An "і" in the stem's last, closed syllable may stand for the "о" or "е" of the
    town's name, as Ukrainian closes that syllable ("Шевченківська" of Shevchenkove,
    "Іванівська" of Ivanove): those spellings are stems too.
    """
    word = adjective.strip().lower()
    match = re.fullmatch(r"([а-яіїєґ'’ʼ]{3,}?)(?:ськ|цьк|зьк)\w*", word)
    if not match or not re.search("[иі]", match[1]):
        return ()
    stem = match[1].translate(_UKRAINIAN_LATIN)
    closed = re.fullmatch(r"(.+)i([^aeiouy]+)", stem)
    if closed is None:
        return (stem,)
    return (stem, f"{closed[1]}o{closed[2]}", f"{closed[1]}e{closed[2]}")


#: A romanised Ukrainian "-ськ-" adjective, as English reports name a hromada with it
#: ("Bilopolska", "Velykopysarivska", "Krasnopilskyi"): its stem, then the ending.
_LATIN_ADJECTIVE = re.compile(r"^(?P<stem>[a-z][a-z -]{2,}?)(?P<sk>tsk|sk|zk)(?:a|yi|yy|iy|y|e)$")


def _latin_adjective_stems(key: str) -> set[str]:
    """The stems of the town a romanised adjective (a normalised key) may come from,
    or none when the key is no such adjective.

    "-tsk-" is a town's "t" or "k" before "-sk-" ("Burlutska" of Burluk).  An "o" or "e"
    in the stem's last, closed syllable may be the "i" of the town's Ukrainian name,
    which the writer took from the Russian form ("Bilopolska", Белопольская, of
    Bilopillia, Білопілля).
    """
    match = _LATIN_ADJECTIVE.fullmatch(key)
    if match is None:
        return set()
    stem = match["stem"]
    stems = {stem}
    if match["sk"] == "tsk":
        stems |= {stem + "t", stem + "k"}
    closed = re.fullmatch(r"(.+[^aeiouy])[oe]([^aeiouy]+)", stem)
    if closed is not None:
        stems.add(f"{closed[1]}i{closed[2]}")
    return stems


#: A town the text puts across the line is taken this close to the event's country (km).
ACROSS_KM = 25.0
#: "enclave", "exclave" in the grammar's languages: a territory, not only its town.
_ENCLAVE = re.compile(r"\b(?:ex|en)clav", re.IGNORECASE)
#: Russian "okrug" in its cases, the unit word of an urban or municipal okrug.
_OKRUG_WORD = re.compile(r"округ(?:а|е|у|ом)?", re.IGNORECASE)
#: An oblast (Russian, Belarusian, Ukrainian, Kazakh words) is always its country's
#: admin-1 unit, and the raions of a name are other units: "Алматинская область" is not
#: Astana's Almatinskiy Rayon.
_OBLAST_WORD = re.compile(
    r"обл(?:асть|асти|астью)|вобласц[ьі]|област[ьі]|oblast[i’']?|oblys[y]?|облыс[ы]?",
    re.IGNORECASE,
)
_RAION_NAME = re.compile(r"\b(?:rayon|raion|район|rajon)\b", re.IGNORECASE)
#: A region at least this large is a province, not a town's own district: its small
#: namesake capital gives way to it (Si Sa Ket, 8,840 km²; Quneitra, 308 km² as drawn;
#: Daugavpils city, 72 km², and Ceuta, 19 km², do not).
PROVINCE_AREA_KM2 = 250.0
#: How alike (difflib ratio) a region's own name and its capital's must be to be one
#: name spelled two ways ("Louang Namtha" and "Luang Namtha": 0.96).
NAMED_ALIKE = 0.85


_ARABIC_COUNTRIES = ARAB_STATES
_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")


def _with_arabic_article(text: str) -> str | None:
    """ "Sallum" → "As Sallum", "Qusayr" → "Al Qusayr"; None for a text that has one."""
    if not re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?", text) or re.match(
        r"(?:al|el|as|ash|ad|ar|az|an|at|ath|adh)[\s-]", text, re.IGNORECASE
    ):
        return None
    first = text.lower()
    sun = next((letters for letters in _SUN_LETTERS if first.startswith(letters)), None)
    return f"{'A' + sun[0] if sun else 'Al'} {text}"


#: Where the spoken Arabic says "ق" as "g" and the press writes it so ("El Gureisha"
#: for Al Qureisha, "Gedaref"): Sudan, South Sudan, Libya, Yemen.
_QAF_AS_G = frozenset({"SD", "SS", "LY", "YE"})


def _arabic_unit_spellings(key: str, countries: Iterable[str]) -> list[str]:
    """Keys of an Arabic unit's name as the table spells it, beside ``key``: the
    article "el" as "al", and "g" as "q" where :data:`_QAF_AS_G` says it is one
    ("el gureisha" → "al gureisha", "el qureisha", "al qureisha").  Tried after the name
    as written, so they answer only when it names nothing."""
    keys = [key]
    if key.startswith("el "):
        keys.append("al " + key[3:])
    if set(countries) & _QAF_AS_G:
        keys += [k.replace("g", "q") for k in keys if "g" in k]
    return [k for k in keys[1:] if k != key]


def hint_countries(country: str | Iterable[str] | None) -> tuple[str, ...]:
    """The event's country hint as a tuple of upper-case ISO alpha-2 codes.

    A territory whose borders another country holds in the data brings that country
    along ("GF" → ``("GF", "FR")``), so "sur le Maroni" of a French Guiana event is the
    France–Suriname border.
    """
    if country is None:
        return ()
    codes = [country] if isinstance(country, str) else list(country)
    upper = [c.upper() for c in codes if c]
    held = [c for code in upper for c in (code, BORDERS_HELD_BY.get(code)) if c]
    return tuple(dict.fromkeys(held))


def circle_reaches(countries: Iterable[str], lat: float, lon: float, radius_km: float) -> bool:
    """Whether a circle of ``radius_km`` around a point reaches one of ``countries``.

    "Bei Basel" of a German event: the circle around the town across the border
    reaches the event's own country.
    """
    where = Point(lon, lat)
    for code in countries:
        try:
            if country_extent(code).distance(where) * KM_PER_DEGREE <= radius_km:
                return True
        except GeometryDataError:
            continue
    return False


def place_geometry(place: Place) -> BaseGeometry:
    """The geometry an answer at ``place`` carries: a country's or a region's outline,
    else the place's point."""
    if place.kind == "country":
        return country_extent(place.country)
    if place.kind == "region":
        return region_extent(place.admin1_code or "")
    return Point(place.lon, place.lat)


def _precision_of(place: Place) -> str:
    if place.kind == "crossing":
        # A crossing whose point is the village beside it is only that precise.
        return "settlement" if getattr(place, "located", "") == "settlement" else "exact"
    return _PRECISION_OF_KIND.get(place.kind, "settlement")


def _bare_name(expr: PlaceExpression) -> PlaceExpression | None:
    """The name a text is, or the town or place it is near: "Kajo-Keji", "the town of
    Kajo-Keji", "near Kajo-Keji"; None for any other form.  Not a crossing's or bridge's name,
    which is often a person's ("el puente San Roque González")."""
    if expr.kind == "name":
        return expr
    inner = expr.inner
    if (
        expr.kind in ("settlement", "near")
        and not expr.other
        and expr.suffix != "crossing"
        and inner is not None
    ):
        return inner if inner.kind == "name" else None
    return None


#: The endings of a town whose adjective has "-ян-" before "-ськ-" (Городня → Городнянська,
#: Сміла → Смілянська, Ворожба → Ворожбянська): a town in "-я", "-а", never a
#: neuter one in "-е"/"-є", whose adjective has "-енськ-" (Городнє → Городненська).
_YAN_TOWN_ENDINGS = ("a", "ya", "ia")


def _town_keys(stem: str) -> set[str]:
    """The town name keys an adjective's stem may come from: :func:`_town_bases` with
    :data:`_TOWN_ENDINGS` ("-ян-" stems with :data:`_YAN_TOWN_ENDINGS` only)."""
    keys = set()
    for base in _town_bases(stem):
        yan = base != stem and stem.endswith("yan") and len(base) == len(stem) - 3
        keys.update(base + ending for ending in (_YAN_TOWN_ENDINGS if yan else _TOWN_ENDINGS))
    return keys


#: Spellings of one sound in the transliterations of Cyrillic and the Latin alphabets
#: of Central Europe ("ш" is "sh", "š", "sz", "sch"; "ц" is "ts", "c", "tz"), read as one,
#: longest first; Ukrainian "г" is "h", Russian "g".
_ONE_SOUND = (
    ("shch", "s"),
    ("sch", "s"),
    ("sh", "s"),
    ("sz", "s"),
    ("zh", "z"),
    ("ch", "c"),
    ("cz", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("kh", "h"),
    ("g", "h"),
    ("w", "v"),
)
_NOT_CONSONANTS = re.compile(r"[aeiouyj'’ʼ]")
#: A letter written twice or more in a row ("ss" of "Vysshe").
_REPEATED_LETTER = re.compile(r"(.)\1+")
#: A name's consonants must be this many for a crossing to be found by them, and its
#: words other than the generic ones and a crossing's nouns this many.
_MIN_CONSONANTS = 4
_MIN_TELLING = 3


@lru_cache(maxsize=8192)
def _consonants(key: str) -> str:
    """The consonants of a name key, each sound one letter, doubled letters once, and
    whether each word ends in a vowel: "vysne nemecke" (Vyšné Nemecké), "vyshne
    nemetske" (Вышне Немецке) and "vishne nemetske" all give "vsn+ nmck+"."""
    for spelling, sound in _ONE_SOUND:
        key = key.replace(spelling, sound)
    words = []
    for word in key.split():
        # A word of vowels only ("I" of "Puente Internacional I") is still a word, and
        # a word ending in a vowel is not one ending in a consonant: "Ивангороде" (in
        # Ivangorod) is a case of the town, not the crossing's name.
        bare = _REPEATED_LETTER.sub(r"\1", _NOT_CONSONANTS.sub("", word)) or "_"
        words.append(bare + ("+" if _NOT_CONSONANTS.match(word[-1]) else ""))
    return " ".join(words)


#: A "j" between two vowels, which English may write for the South Slavic "dž".
_J_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])j(?=[aeiou])")


def _j_read_as_dz(key: str) -> list[str]:
    """``key`` with one "j" between vowels read as "dz" (the key of "dž"), for each such
    "j": "mejitlija niki" gives "medzitlija niki" and "mejitlidza niki"."""
    return [key[: m.start()] + "dz" + key[m.end() :] for m in _J_BETWEEN_VOWELS.finditer(key)]


def _town_bases(stem: str) -> set[str]:
    """Forms of a town's name before its ending, from the stem of its adjective.

    "velykopysariv" → "velyka pysariv" (Велика Писарівка), "seredyno bud" →
    "seredyna bud" (Середина-Буда), "druzhbiv" → "druzhb" (Дружба), "vorozhbyan" →
    "vorozhb" (Ворожба).
    """
    bases = {stem}
    words = stem.split()
    if len(words) > 1 and words[0].endswith(("o", "e")):
        bases.add(" ".join([words[0][:-1] + "a", *words[1:]]))
    for joined, spaced in _COMPOUND_PREFIXES:
        if stem.startswith(joined) and len(stem) > len(joined) + 3:
            bases.add(spaced + stem[len(joined) :])
    for suffix in ("iv", "yan", "an", "in", "yn"):
        if stem.endswith(suffix) and len(stem) > len(suffix) + 3:
            bases.add(stem[: -len(suffix)])
            # "gorodnyan" (Городнянська) is Городня's "-ян-", not a town "Городни"
            # with "-ан-": Horodnye of Odesa is not read from it.
            break
    return bases


def _named_alike(name: str, keys: Iterable[str]) -> bool:
    """Whether a region's own name (a key) is one of ``keys``, begins with one of them as
    a word, or spells one of them otherwise (at least 85 % alike)."""
    return any(
        name == key
        or name.startswith(f"{key} ")
        or SequenceMatcher(None, name, key).ratio() >= NAMED_ALIKE
        for key in keys
    )


#: A vowel, then "i" before a consonant in a Latin name: "й" as some transliterations
#: write it ("Graivoron", "Zaichenko"), where GeoNames writes "y".
_SHORT_I_AS_I = re.compile(r"(?<=[a-z])([aeou])i(?=[bcdfghklmnprstvz])", re.IGNORECASE)
#: Countries whose names are written in Cyrillic with "й" (tried for their events only).
_SHORT_I_COUNTRIES = frozenset({"BY", "KG", "KZ", "RU", "TJ", "UA"})
#: Letters with a háček (caron), and Polish ł: letters of their own, not accents.
_CARON_LETTERS = frozenset("čšžřěňďťľł")


def _caron_letters(text: str) -> frozenset[str]:
    """The háček letters a text writes ("Vič" → {"č"})."""
    return frozenset(text.lower()) & _CARON_LETTERS


def _reads_a_border(expr: PlaceExpression, result: PlaceResult) -> bool:
    """Whether the place inside a container was read as a border: by its words, or as
    the whole of a named line or border river (a stretch already cut carries its area's
    code and is not cut again)."""
    assert expr.inner is not None
    return expr.inner.kind == "border" or (
        result.status == "resolved" and result.precision == "border" and not result.admin1_code
    )


def _unnamed_crossing(expr: PlaceExpression) -> bool:
    """A crossing described in lower-case words only ("the main border crossing",
    "Finland's southernmost crossing point"), no name of its own."""
    while expr.kind == "restricted" and expr.suffix == "'s" and expr.inner is not None:
        expr = expr.inner
    return (
        expr.kind == "settlement"
        and expr.suffix == "crossing"
        and bool(expr.name)
        and expr.name == expr.name.lower()
    )


def _finer(precision: str | None, expr: PlaceExpression) -> bool:
    """Whether an answer at ``precision`` is finer than what ``expr`` names."""
    order = ("exact", "settlement", "near", "district", "region", "border", "country")
    named = {"district": "district", "region": "region", "border": "border"}.get(expr.kind)
    return bool(named and precision in order and order.index(precision) < order.index(named))


#: Unit words of units below a district ("upazila", "tehsil", "block"): a district holds
#: them, so "Y's X upazila" lies in the district seated at Y.
_BELOW_A_DISTRICT = re.compile(
    r"\s(?:upazilla|upazila|thana|tehsil|taluka|taluk|mandal|block|sub-?division"
    r"|sub division|police station)$",
    re.IGNORECASE,
)


def postal_code_in(text: str) -> str | None:
    """The state code that ends "TX", "Ariz."-less "AZ", "no noroeste do RS", else None."""
    text = _PART_BEFORE_CODE.sub("", text.strip(), count=1)
    if not _POSTAL_CODE.fullmatch(text):
        return None
    return text.replace(".", "")


def _outlines_holding(point: Point) -> list[str]:
    """The countries whose outline holds a point (unpacking only those whose bounds meet it)."""
    codes, outlines = countries_in((point.x, point.y, point.x, point.y))
    return [code for code, outline in zip(codes, outlines, strict=True) if outline.covers(point)]


class PlaceResolver(BorderReading, TailReading, InnerNameReading, BorderInSeatDistrict):
    """Answers one query against one gazetteer (holds the hints while recursing)."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        query: str,
        hint: tuple[str, ...],
        roi: RegionOfInterest | None,
        trace: list[str] | None = None,
    ) -> None:
        self.gaz = gazetteer
        self.query = query
        self.hint = hint
        self.roi = roi
        self.trace = trace
        self.depth = 0
        self.words = load_country_words()
        # Languages at home in the event's country ("Kybartuose" with LT): their endings
        # are tried on a name without cue letters, for places in that country only.
        self.hint_languages = languages_of_hint(hint)
        self.reading_near = False  # a "near" text's own names are being read
        self.reading_inside = 0  # names are being looked for inside a longer text
        self.reading: list[str] = []  # kinds of the expressions being read, outermost first
        # Names being read by :meth:`name` (text, scope, kinds, languages, declined).
        self.names_open: set[tuple[object, ...]] = set()
        # The area a border must touch ("the International Border in Kathua district").
        self.border_area = None
        # Where a town naming a border must lie ("the Ramgarh border area of Samba": the
        # Ramgarh by Samba, not its namesakes elsewhere); anywhere when None.
        self.border_town_scope: Scope | None = None
        # "Bandarban's Ghumdhum": the region holding the owning town of an unknown place,
        # answered only when every other reading of the text finds nothing.
        self.owner_region: PlaceResult | None = None
        # Countries the text itself puts the place in ("Ipiales (Colombia)", "Bermejo, del
        # lado boliviano"), which may be the other side of the event's border.
        self.named_countries: set[str] = set()
        # A region of a neighbour a container named, until its place is checked.
        self.across_region: PlaceResult | None = None
        self.no_across = False

    def log(self, message: str) -> None:
        if self.trace is not None:
            self.trace.append("  " * self.depth + message)

    # --- building results ------------------------------------------------------------

    def unresolved(
        self, near_misses: Sequence[Place] = (), note: str = "", *, said: str = "unresolved"
    ) -> PlaceResult:
        if note:
            self.log(f"{said}: {note}")
        return PlaceResult(
            self.query,
            "unresolved",
            candidates=tuple(self.candidate(p) for p in near_misses[:MAX_CANDIDATES]),
            note=note,
        )

    def candidate(self, place: Place) -> Candidate:
        return Candidate(
            place.name,
            place.country,
            place.admin1_code,
            place.lat,
            place.lon,
            _precision_of(place),
            place.population,
        )

    def from_place(
        self,
        place: Place,
        *,
        status: str = "resolved",
        candidates: Sequence[Place] = (),
        precision: str | None = None,
        uncertainty_km: float | None = None,
        note: str = "",
    ) -> PlaceResult:
        geometry = place_geometry(place)
        return PlaceResult(
            self.query,
            status,
            name=place.name,
            # A crossing lies on the line between two countries: its side is the one its
            # point falls in, which the border join finds.
            country=None if place.kind == "crossing" else place.country,
            admin1_code=place.admin1_code,
            lat=place.lat,
            lon=place.lon,
            precision=precision or _precision_of(place),
            geometry=geometry,
            uncertainty_km=uncertainty_km,
            candidates=tuple(self.candidate(p) for p in candidates[:MAX_CANDIDATES])
            if status == "ambiguous"
            else (),
            note=note,
        )

    def hint_of(self, scope: Scope) -> tuple[str, ...]:
        return scope.countries or self.hint

    def decide(
        self, places: Sequence[Place], key: str | None, scope: Scope = ANYWHERE, **kwargs
    ) -> PlaceResult:
        """Resolve, report ambiguity or refuse among ``places`` (not empty)."""
        hint = self.hint_of(scope)
        shared = self.crossings_of_one_name(places, hint, key, **kwargs)
        if shared is not None:
            return shared
        # Words of the text ("X, Latvia") outrank the recipe's region of interest.
        roi = None if scope.countries else self.roi
        outcome = choose(places, country=hint, region_of_interest=roi, key=key)
        if outcome.chosen is not None and self.lacks_the_written_letters(outcome.chosen, key):
            return self.unresolved(
                [outcome.chosen],
                note=f"the text writes {''.join(sorted(_caron_letters(self.query)))!r}, which "
                f"{outcome.chosen.name} does not have: another place of a spelling the "
                "gazetteer lacks, and nothing in the text or the hints says where",
                said="refused",
            )
        town = self.town_a_crossing_lists(outcome.chosen, places, key)
        if town is not None:
            return self.unresolved(
                [town],
                note=f"{key!r} is the own name of {places_text([town], 1)}, outside the "
                f"event's country; the crossing {outcome.chosen.name} beside it only lists "
                "the town's name, and the text names no crossing",
                said="refused",
            )
        if outcome.chosen is not None:
            self.log(f"chose {places_text([outcome.chosen], 1)}")
            return self.from_place(outcome.chosen, **kwargs)
        if outcome.refused:
            return self.unresolved(
                outcome.refused,
                note=f"{outcome.reason}: {places_text(outcome.refused)}",
                said="refused",
            )
        crossings = [p for p in outcome.candidates if p.kind == "crossing"]
        if len(crossings) == 1 and CROSSING_WORD.search(self.query):
            # "do przejścia granicznego w Hrebennem": a village and a crossing bear the
            # name, and the text speaks of a crossing.
            self.log(f"the text names a crossing: {crossings[0].name}")
            return self.from_place(crossings[0], **kwargs)
        town = self.the_town_the_text_calls_one(outcome.candidates, key)
        if town is not None:
            self.log(f"the text calls the name a town's and names no crossing: {town.name}")
            return self.from_place(town, **kwargs)
        if (
            CROSSING_WORD.search(self.query)
            or _BORDER_TOWN_WORD.search(self.query)
            or names_a_border(self.query)
        ):
            # "el puerto fronterizo de Ciudad Hidalgo": of the namesakes (Chiapas and
            # Michoacán), the text's is the one by a land border, when only one is.
            beside = [p for p in outcome.candidates if self.by_a_land_border(self.from_place(p))]
            if (
                len(beside) == 1
                and any(w.lower() in settlement_words() for w in self.query.split())
                and self.crossing_named_apart(beside[0], outcome.candidates)
            ):
                # "the border near the town of Amdalai": the town by the border may be
                # the one a crossing bears the name of (Karang–Amdalai), 38 km from the
                # village Amdalai the data has; being by a border does not tell them
                # apart, for a crossing lies on it.
                beside = []
            if len(beside) == 1:
                self.log(f"the text names a border: of the namesakes, {beside[0].name} is by one")
                return self.from_place(beside[0], **kwargs)
        lone = self.lone_namesake_by_a_border(outcome.candidates, hint, key)
        if lone is not None:
            self.log(
                f"of the namesakes in {', '.join(hint)}, only {lone.name} lies by a land "
                f"border; every other lies {FAR_FROM_BORDER_KM:g} km or more from one"
            )
            return self.from_place(lone, **kwargs)
        border = self.border_by_a_town_and_its_crossing(outcome.candidates, key)
        if border is not None:
            return border
        self.log(f"ambiguous: {outcome.reason}")
        return self.from_place(
            outcome.candidates[0],
            status="ambiguous",
            candidates=outcome.candidates,
            note=outcome.reason,
            **kwargs,
        )

    def crossings_of_one_name(
        self,
        places: Sequence[Place],
        hint: tuple[str, ...],
        key: str | None,
        *,
        named: bool = False,
        **kwargs,
    ) -> PlaceResult | None:
        """The crossing the text's other words pick among several crossings of one name,
        or the ambiguous answer listing those they leave; None unless ``places`` are two
        or more crossings of the event's country that all bear the name ``key`` (or, with
        ``named``, that the caller found by words of their names; see
        :mod:`.shared_crossing_name`).

        Crossings found otherwise (those at a town the text names: Ureña is the end of
        two bridges) are left to :func:`choose`.

        "the First Thai–Myanmar Friendship Bridge" is Mae Sot's and Mae Sai's: with "in
        Mae Sot" or "over the Moei" it is the first, with "Tachileik" or "the Sai river"
        the second, and with nothing more either; not the table's first row.
        """
        crossings = [p for p in places if p.kind == "crossing"]
        if len(crossings) < len(places) or len({p.ident for p in crossings}) < 2:
            return None
        if hint:
            crossings = [p for p in crossings if set(p.countries) & set(hint)]
            if len({p.ident for p in crossings}) < 2:
                return None
        crossings = list({p.ident: p for p in crossings}.values())
        if not named and not (key and all(key in crossing_keys(self.gaz, p) for p in crossings)):
            return None
        kept, reason = crossings_the_text_keeps(
            self.gaz, self.query, crossings, key, self.countries_a_word_names
        )
        if len(kept) == 1:
            self.log(f"of {len(crossings)} crossings of the name, {reason}: {kept[0].name}")
            return self.from_place(kept[0], **kwargs)
        note = (
            f"{len(kept)} crossings bear the name ({places_text(kept)})"
            f"{'; ' + reason if reason else ''}, and the text names no town, river or "
            "unit that only one of them holds"
        )
        self.log(f"ambiguous: {note}")
        return self.from_place(kept[0], status="ambiguous", candidates=kept, note=note, **kwargs)

    def countries_a_word_names(self, words: str) -> frozenset[str]:
        """The countries a word or two of the text names as a country or its people
        ("Myanmar", "Thai"); empty for a word of fewer than three letters."""
        if len(words) < 3:
            return frozenset()
        return self.country_codes(words, (), regions=False)

    def border_by_a_town_and_its_crossing(
        self, candidates: Sequence[Place], key: str | None
    ) -> PlaceResult | None:
        """The border at a crossing when the one town and the one crossing ``candidates``
        hold bear its name side by side and the text names a border but no crossing
        ("در نوار مرزی میرجاوه", in the border strip of Mirjaveh); else None.

        Either would be a guess; the stretch of the border by both is what the text
        says, as "the Mirjaveh border" is read.
        """
        towns = [p for p in candidates if p.kind != "crossing"]
        crossings = [p for p in candidates if p.kind == "crossing"]
        if (
            not key
            or len(towns) != 1
            or len(crossings) != 1
            or CROSSING_WORD.search(self.query)
            or not (names_a_border(self.query) or names_a_border_in_arabic_script(self.query))
            or self.crossing_named_apart(towns[0], candidates)
        ):
            return None
        pair = tuple(sorted(place_countries(crossings[0])))
        if len(pair) != 2:
            return None
        note = f"the text names the border by {towns[0].name} and its crossing"
        self.log(note)
        border = self.border_by_crossing(pair, self.from_place(crossings[0]), note)
        return border if border.status == "resolved" else None

    def the_town_the_text_calls_one(
        self, candidates: Sequence[Place], key: str | None
    ) -> Place | None:
        """The one town among ``candidates`` when the others are crossings beside it that
        bear its name and the text calls the name a town's ("في بلدة ميرجاوه", in the town
        of Mirjaveh) and names no crossing; else None."""
        towns = [p for p in candidates if p.kind != "crossing"]
        if not key or len(towns) != 1 or len(towns) == len(candidates):
            return None
        if CROSSING_WORD.search(self.query) or self.crossing_named_apart(towns[0], candidates):
            # A crossing far from the town may bear the name of a town by it that the
            # data lacks ("the town of Amdalai", Karang–Amdalai, 38 km off the village).
            return None
        text = normalise(self.query)
        if after_a_settlement_word(key, text) or called_a_settlement(
            key, text, settlement_words()
        ):
            return towns[0]
        return None

    @staticmethod
    def crossing_named_apart(chosen: Place, candidates: Sequence[Place]) -> bool:
        """Whether a crossing among ``candidates`` lies over :data:`CROSSING_TOWN_KM` from
        ``chosen``: a crossing lies on a border by definition, so "by a border" does not
        tell the town from it."""
        return any(
            p.kind == "crossing"
            and p is not chosen
            and km_between(p.lat, p.lon, chosen.lat, chosen.lon) > CROSSING_TOWN_KM
            for p in candidates
        )

    def lacks_the_written_letters(self, chosen: Place, key: str | None) -> bool:
        """Whether a bare name's háček letters are missing from the place found by it.

        "Vič" (a Slovenian village) folds to the key of Vic, a Spanish town: č is a
        letter of its own in the languages that write it, not an accent, and a place
        whose own name lacks it is another place.  Only with no hint and no region of
        interest (they would bound the place), and only for a place found by its own
        name (a variant name may bear the letter: "Užhorod" of Uzhhorod).
        """
        if self.hint or self.roi or not key or normalise(chosen.name) != key:
            return False
        written = _caron_letters(self.query)
        return bool(written) and not written <= set(chosen.name.lower())

    def town_a_crossing_lists(
        self, chosen: Place | None, places: Sequence[Place], key: str | None
    ) -> Place | None:
        """The town a chosen crossing was found by, when the name is the town's own.

        "las localidades de Cúcuta" of a Venezuelan event: the Simón Bolívar bridge lists
        Cúcuta among its names, and the hint kept the bridge (on Venezuela's border) and
        let the town (in Colombia) go.  A bare town name means the town, not the
        crossing beside it: the town is returned (to be refused, as outside the hint)
        unless the text speaks of a crossing, or the crossing lies in the town.
        """
        if chosen is None or chosen.kind != "crossing" or not key:
            return None
        if normalise(chosen.name) == key or CROSSING_WORD.search(self.query):
            return None
        towns = [
            p
            for p in places
            if p.kind == "settlement"
            and normalise(p.name) == key
            # Beside the town, not in it: a crossing within the town ("Narva" of a
            # Russian event, the Narva–Ivangorod bridge) places the town as well.
            and SAME_PLACE_KM
            < km_between(p.lat, p.lon, chosen.lat, chosen.lon)
            <= CROSSING_TOWN_KM
        ]
        return towns[0] if towns else None

    # --- looking names up ------------------------------------------------------------

    def looked_up(self, key: str, kinds: tuple[str, ...], scope: Scope) -> list[Place]:
        """Places of ``kinds`` bearing the lookup key ``key`` that ``scope`` admits."""
        countries = scope.countries or None
        return [
            p
            for p in self.gaz.lookup_key(key, kinds=kinds, countries=countries)
            if scope.admits(p)
        ]

    def other_sky_ending(
        self, key: str, kinds: tuple[str, ...], scope: Scope
    ) -> tuple[list[Place], str]:
        """Places named ``key`` with its "-sky" ending transliterated another way.

        "Novhorod-Siversky" is the town the data spells "Novhorod-Siverskyi": English,
        Ukrainian and Russian transliterations end "-ский" six ways.
        """
        for form in _SKY_FORMS:
            other = _SKY_ENDING.sub(form, key)
            if other == key:
                continue
            found = self.looked_up(other, kinds, scope)
            if found:
                self.log(f"key {other!r}, its '-sky' ending written otherwise: {len(found)} found")
                return found, other
        return [], key

    def north_korean_spelling(
        self, text: str, key: str, kinds: tuple[str, ...], scope: Scope
    ) -> tuple[list[Place], str]:
        """Places named ``text`` as North Korea spells its first syllable ("양강도" is the
        tables' "량강도", Ryanggang); none, and ``key``, when no one spelling names any.
        """
        founds = [
            (found, other)
            for other in map(normalise, north_korean_spellings(text.strip()))
            if (found := self.looked_up(other, kinds, scope))
        ]
        if len(founds) != 1:
            return [], key
        found, other = founds[0]
        self.log(f"key {other!r}, as North Korea spells it: {len(found)} found")
        return found, other

    def without_arabic_article_in_the_hint(
        self, key: str, kinds: tuple[str, ...], scope: Scope
    ) -> tuple[list[Place], str]:
        """Places of an Arab state of the hint named ``key`` without its leading article.

        "al-Naqoura" is GeoNames' "En Nâqoûra", found as "Naqoura": the article is
        written, assimilated or left out as the writer pleases.  Only in the event's
        Arab country: elsewhere the bare name is another place ("Al-Karameh" is not
        Kherameh in Iran).
        """
        article = _ARABIC_ARTICLE_KEY.match(key)
        arab_hint = ARAB_STATES.intersection(self.hint or ())
        if not article or not arab_hint:
            return [], key
        bare = key[article.end() :]
        found = [
            p for p in self.looked_up(bare, kinds, scope) if arab_hint & set(place_countries(p))
        ]
        self.log(f"key {bare!r} without the article, in {sorted(arab_hint)}: {len(found)} found")
        return (found, bare) if found else ([], key)

    def french_article_merged(self, text: str) -> str | None:
        """ "le" or "les" when the query writes ``text`` after "au", "du", "aux" or "des".

        French merges the article of "Le Boulou" into the word before it: "la barrière
        de péage du Boulou", "au Perthus". The name is then written without its article.
        """
        if not text[:1].isupper() or not _FRENCH_CONTRACTION_START.search(self.query):
            return None
        before = re.search(rf"\b(au|du|aux|des)\s+{re.escape(text)}\b", self.query, re.IGNORECASE)
        return _FRENCH_CONTRACTIONS[before.group(1).casefold()] if before else None

    def find(
        self,
        text: str,
        kinds: tuple[str, ...],
        scope: Scope,
        languages: tuple[str, ...],
        *,
        declined: bool = True,
        hint_only: tuple[str, ...] = (),
    ) -> tuple[list[Place], str, bool]:
        """Places of ``kinds`` named ``text`` in ``scope``: exact first, then declined.

        A form rebuilt by a language of ``hint_only`` (tried for the event's country,
        not for the text's letters) must lie in the event's country.  Returns the
        places, the key that found them and whether it was a declined form's
        nominative.
        """
        key = normalise(text)
        found = self.looked_up(key, kinds, scope)
        self.log(f"key {key!r} as {'/'.join(kinds)}: {len(found)} found")
        otherwise = (
            [p for p in found if marked_otherwise(text, p.name)]
            if found and written_with_vietnamese_marks(text)
            else []
        )
        if otherwise:
            # "Nậm Cắn" is not "Năm Căn": Vietnamese marks are part of the spelling.
            found = [p for p in found if p not in otherwise]
            names = ", ".join(sorted({p.name for p in otherwise}))
            self.log(f"not {names}: its Vietnamese marks differ from {text!r}'s")
        article = _ARABIC_ARTICLE_KEY.match(key) if not found and kinds == ("region",) else None
        if article:
            # "al-Suwayda governorate": the Arabic article is written or left out, and
            # assimilated ("As Suwayda'"), as the writer pleases; a region's name is
            # looked up without it (a town's is not: "Al-Karameh" is not Kherameh).
            found = self.looked_up(key[article.end() :], kinds, scope)
            self.log(f"key {key[article.end() :]!r} without the article: {len(found)} found")
        if not found and "settlement" in kinds:
            found, key = self.without_arabic_article_in_the_hint(key, kinds, scope)
        article = None if found else self.french_article_merged(text)
        if article:
            found = self.looked_up(f"{article} {key}", kinds, scope)
            self.log(
                f"key {article + ' ' + key!r}, the article merged before it: {len(found)} found"
            )
            key = f"{article} {key}" if found else key
        if not found and _SKY_ENDING.search(key):
            found, key = self.other_sky_ending(key, kinds, scope)
        if not found and in_hangul(text):
            found, key = self.north_korean_spelling(text, key, kinds, scope)
        outside = (
            bool(found)
            and bool(self.hint)
            and not any(set(place_countries(p)) & set(self.hint) for p in found)
        )
        if outside and "settlement" in kinds:
            # "in Melchor" of a Guatemalan event, found only as a Mexican hamlet:
            # Melchor de Mencos, by the short form reports write.
            short = self.short_form_in_the_event_country(text, key, scope)
            if short:
                return short, key, False
        if (found and not outside) or not declined or not languages or not key:
            return found or self.by_sound(text, kinds, scope), key, False
        # "w Sokółce" is Sokolce in Slovakia as written; found only outside the event's
        # country, the declined forms are tried too (Sokółka, Poland).
        exact = found
        cyrillic = has_cyrillic(text)
        greek = _GREEK_TEXT.search(text) is not None
        # "pri Repentabru" of an Italian event: a neighbour's report declines its own
        # name for a village by the line (Repentabor, Zolla's Slovene name), which the
        # data holds among the village's other names, not as its own.
        across = languages_across_hint(tuple(self.hint))
        neighbour_homes = {
            language: homes_of(language) - set(self.hint)
            for language in languages
            if language in across and language not in self.hint_languages
        }
        by_the_line: tuple[list[Place], str, str] | None = None
        for variant, language in nominative_keys(key, languages):
            allowed = countries_of(language)
            # "в Метуле", "в Анкаре": a Russian or Ukrainian report declines the names of
            # any country, so the places of the event's own country are read back too (a
            # settlement still only by its own name; a country's name has its own table).
            hinted = set()
            if language in hint_only:
                allowed = allowed & set(self.hint)
            elif language in EAST_SLAVIC:
                hinted = set(self.hint) - allowed
            looked = self.looked_up(variant, kinds, scope)
            # "поблизу Харкова": the city a region is named after, which bears the
            # rebuilt form as one of its names as the region does ("kharkov"), is the
            # city: a declined bare name is no region's ("Харківщина", "Харківська
            # область" are).
            capitals = (
                {
                    (normalise(r.name), r.admin1_code)
                    for r in self.gaz.lookup_key(variant, kinds=("region",))
                }
                if any(p.kind == "settlement" for p in looked)
                else set()
            )
            found = [
                p
                for p in looked
                if (
                    set(place_countries(p)) & allowed
                    or (p.kind != "country" and set(place_countries(p)) & hinted)
                )
                # A rebuilt ending is weak evidence: a settlement must bear it as its
                # own name, not as a former name of some other town (a crossing's
                # names are the project's own table: "Pelkolassa" is the Imatra
                # crossing).  Names in other scripts are today's names in that
                # language ("টেকনাফ").
                and self.bears_a_rebuilt_name(p, variant, capitals, cyrillic, greek)
            ]
            if not found and by_the_line is None and language in neighbour_homes:
                by_line = [
                    p
                    for p in looked
                    if p.kind == "settlement"
                    and p.country in self.hint
                    and self.by_a_line_with(p, neighbour_homes[language])
                ]
                by_the_line = (by_line, variant, language) if by_line else None
            if found and (
                not outside or set(self.hint) & {c for p in found for c in place_countries(p)}
            ):
                self.log(f"declined form: {language} {key!r} → {variant!r}: {len(found)} found")
                return found, variant, True
        if by_the_line is not None:
            # Only when no form found a place bearing it as its own: a crossing that
            # does ("Komáromban": Komárom–Komárno) is the one named.
            by_line, variant, language = by_the_line
            self.log(f"declined form: {language} {key!r} → {variant!r}, a village by the line")
            return by_line, variant, True
        return exact or self.by_sound(text, kinds, scope), key, False

    @staticmethod
    def bears_a_rebuilt_name(
        place: Place,
        variant: str,
        capitals: set[tuple[str, str | None]],
        cyrillic: bool,
        greek: bool,
    ) -> bool:
        """Whether ``place`` bears the nominative key ``variant`` that an ending rebuilt as
        its own name (or is a region, country or crossing, or a capital of a region of
        that name, or the key is in another script), for :meth:`find`."""
        return (
            place.kind in ("region", "country", "crossing")
            or normalise(place.name) == variant
            or (
                place.kind == "settlement"
                and (normalise(place.name), place.admin1_code) in capitals
            )
            or not variant.isascii()
            # "у Великому Бурлуці": Cyrillic read back to "velikiy burluk", the
            # town's own name as "Velykyi Burluk" transliterates it.
            # "в районі Гремʼяча": Ukrainian "г" is the national table's "h"
            # (Hremiach), the Russian reading's "g".
            or (cyrillic and _loose_letters(normalise(place.name)) == _loose_letters(variant))
            # "της Μυτιλήνης": a Greek genitive read back to the Greek name of
            # a place whose first name spells its vowels otherwise (Mytilene:
            # "η" is "e" or "i" as the writer pleases).
            or (greek and _greek_sounds(normalise(place.name)) == _greek_sounds(variant))
        )

    def by_a_line_with(self, place: Place, countries: frozenset[str]) -> bool:
        """Whether a settlement lies within :data:`NEIGHBOUR_NAME_KM` of its country's
        land border with one of ``countries`` (False for none)."""
        point = Point(place.lon, place.lat)
        for other in sorted(countries - {place.country}):
            try:
                line = border_extent(*sorted((place.country, other)))
            except GeometryDataError:
                continue
            if line.distance(point) * KM_PER_DEGREE <= NEIGHBOUR_NAME_KM:
                self.log(f"{place.name} lies by the {place.country}-{other} line")
                return True
        return False

    def crossing_in_kazakh_latin(self, name: str, scope: Scope) -> PlaceResult | None:
        """ "Jibek Joly": a Kazakh event's crossing in the Kazakh Latin alphabet, which
        writes "j" for Ж where the tables, from Russian, write "zh" (Zhibek Zholy).
        Only the crossings are looked up so; None unless one is found."""
        if "KZ" not in self.hint_of(scope) or "j" not in name.lower():
            return None
        russian = re.sub("j", "zh", re.sub("J", "Zh", name))
        found, key, _ = self.find(russian, ("crossing",), scope, ())
        if not found:
            return None
        self.log(f"the crossing's name in Kazakh Latin, 'j' read 'zh': {russian!r}")
        return self.decide(found, key, scope)

    def azerbaijani_q_for_g(self, text: str, kinds: tuple[str, ...], scope: Scope) -> list[Place]:
        """ "Araqatsavan kəndinin": Azerbaijani writes "q" for the "g" of a neighbour's
        place names (Aragatsavan, Armenia).  Only in an Azerbaijani text (its "ə"), and
        only a town of the event's country outside Azerbaijan, whose own names the data
        holds in Azerbaijani."""
        hint = set(self.hint)
        if "ə" not in self.query.casefold() or not hint or "AZ" in hint or "q" not in text:
            return []
        key = normalise(text.replace("q", "g").replace("Q", "G"))
        found = self.looked_up(key, kinds, scope)
        if found:
            self.log(f"key {key!r}, Azerbaijani 'q' read 'g': {len(found)} found")
        return found

    def transliterated_otherwise(self, text: str, scope: Scope) -> list[Place]:
        """ "Nabatiyeh", "Kiriat Schmona": a town of the event's country written in
        another Latin transliteration of its Arabic or Hebrew name, which the gazetteer
        lacks: "y" or "i" for one sound ("Kiryat", "Kiriat"; "Nabatiyeh", "Nabatieh"),
        German "sch" for "sh", a final "h" after a vowel written or not.  The one
        settlement of the country whose name reads alike (:func:`_transliteration_key`)
        answers; none when none or several do."""
        hint = tuple(self.hint)
        key = normalise(text)
        if (
            len(hint) != 1
            or not may_be_misspelled(text)
            # Latin letters only: a name in another script has its own readings.
            or any(c.isalpha() and ord(c) >= 0x250 for c in text)
            or not _LATIN_KEY.fullmatch(key)
            or len(key.replace(" ", "")) < 7
        ):
            return []
        loose = _transliteration_key(key)
        rows = self.forms_keyed(hint[0], ("settlement",), _read_alike_form).get(loose, ())
        found = self.the_one_admitted(rows, scope)
        if not found:
            # "Santa Elena do Uairén": a name of the country with the joining word of
            # another language ("do" for "de"), the rest as the gazetteer has it.
            table = self.forms_keyed(hint[0], ("settlement",), _latin_form)
            found = self.the_one_admitted(
                [row for k in connector_variants(key, hint[0]) for row in table.get(k, ())],
                scope,
            )
        if not found and hint[0] in _SCHWA_COUNTRIES:
            # "Sundarbani" for Sunderbani: the vowel Hindi and Urdu leave unwritten
            # before "r" is spelt "a" or "e" as the writer pleases.
            table = self.forms_keyed(hint[0], ("settlement",), _schwa_form)
            found = self.the_one_admitted(table.get(_schwa_key(key), ()), scope)
        if (
            not found
            and hint[0] in ARABIC_NAMED
            and called_a_settlement(text, self.query, settlement_words())
        ):
            # "Kfarchouba", "Marjeyun": a French or English romanisation of an Arabic
            # name, which the other's vowels and "ch"/"sh" hide from the key above.
            romanised = romanisation_key(key)
            if len(romanised) >= ROMANISED_MIN_LETTERS:
                table = self.forms_keyed(hint[0], ("settlement",), _romanised_form)
                found = self.the_one_admitted(table.get(romanised, ()), scope)
        if not found:
            return []
        self.log(f"{text!r} read alike as {found[0].name} (another transliteration)")
        return found

    def polish_name_in_cyrillic(self, text: str, scope: Scope) -> list[Place]:
        """ "в Черемхе": a Polish town or village a Russian, Belarusian or Ukrainian text
        writes in Cyrillic as it sounds, a form the gazetteer lacks (Czeremcha).

        Only for an event in Poland: the reading is Polish spelling's
        (:mod:`~bordermap.geo.places.polish_cyrillic`).  The text's case ending is read
        back as its languages decline; the one settlement of Poland whose name sounds
        alike answers, none when none or several do.
        """
        if tuple(self.hint) != ("PL",) or _CROSSING_OR_PASSAGE.search(self.query):
            # A text naming a crossing ("на прикордонному переході ... в Медиці") is
            # the crossing's, which the crossing readings find; the town would stand
            # in for it.
            return []
        key = normalise(text)
        if len(key.replace(" ", "")) < 6:
            return []
        languages = tuple(dict.fromkeys((*languages_of(text), *EAST_SLAVIC)))
        keys = [key] + [v for v, _ in nominative_keys(key, languages)]
        table = self.forms_keyed("PL", ("settlement",), polish_sound_key)
        for variant in keys:
            found = self.the_one_admitted(table.get(cyrillic_sound_key(variant), ()), scope)
            if found:
                self.log(f"{text!r} read alike as the Polish {found[0].name}")
                return found
        return []

    def vowel_length_otherwise(
        self, text: str, kinds: tuple[str, ...], scope: Scope
    ) -> list[Place]:
        """ "विरगंजको": a town or crossing of the event's country written in Devanagari with
        a short vowel where the gazetteer has the long one, or the other way round
        (:mod:`~bordermap.geo.places.devanagari_vowels`), its case ending read back by
        the languages at home there.  The one place whose name has the key answers;
        none when none or several do."""
        hint = tuple(self.hint)
        if len(hint) != 1:
            return []
        key = normalise(text)
        keys = [key] + [v for v, _ in nominative_keys(key, self.hint_languages)]
        table = self.forms_keyed(
            hint[0], tuple(k for k in kinds if k in KINDS), _vowel_length_form
        )
        found = self.the_one_admitted(
            [row for k in keys for row in table.get(vowel_length_key(k), ())], scope
        )
        if not found:
            return []
        self.log(f"{text!r} read as {found[0].name}, its vowels of the other length")
        return found

    def state_spelled_otherwise(self, text: str, scope: Scope) -> list[Place]:
        """ "पंजाब", "राजस्थान": a state of the event's country that a Hindi report names
        bare where the gazetteer has its Sanskrit form or another nasal
        (:mod:`~bordermap.geo.places.devanagari_states`).  The one region whose name has
        the key answers; none when none or several do."""
        hint = tuple(self.hint)
        if len(hint) != 1:
            return []
        table = self.forms_keyed(hint[0], ("region",), _state_form)
        found = self.the_one_admitted(table.get(state_key(normalise(text)), ()), scope)
        if not found:
            return self.region_by_its_consonants(text, hint[0], scope)
        self.log(f"{text!r} read as the state {found[0].name}, as Hindi writes its name")
        return found

    def region_spelled_otherwise(self, text: str) -> PlaceResult | None:
        """ "ngoài khơi bang Teregganu", "koło Limasolu": a region of the event's country
        written a letter or two otherwise, named among words no reading understood; a
        last reading, tried when nothing else resolved.

        The capitalised Latin name the text ends on (up to three words, of
        :data:`_MISSPELT_REGION_LETTERS` letters or more) is compared with the few
        dozen region forms of that one country, never its towns
        (:func:`~bordermap.geo.places.spelling.closest_spelling`).  The one region a
        single letter off answers, coarsened when the text names more than it; None
        when none or several are.
        """
        if len(self.hint) != 1:
            return None
        forms = _entry_spellings(self.gaz, "region", self.hint[0])
        words = list(_CAPITALISED_WORD.finditer(text))
        found: dict[int, tuple[str, str]] = {}
        # The name the text ends on only ("... with the Iraqi Kurdish region" is about
        # what follows another name), of up to three words.
        for start in range(max(len(words) - 3, 0), len(words)):
            name = text[words[start].start() : words[-1].end()]
            key = normalise(name)
            if not _LATIN_KEY.fullmatch(key) or len(key.replace(" ", "")) < (
                _MISSPELT_REGION_LETTERS
            ):
                continue
            near = closest_spelling(key, forms)
            # One letter only: two may turn "West Sepik" into "East Sepik".
            if near is not None and near[2] == 1:
                found.setdefault(int(near[0]), (name, near[1]))  # type: ignore[call-overload]
        if len(found) != 1:
            return None
        row, (name, form) = found.popitem()
        region = self.gaz.place(row)
        note = f"read {name!r} as the region {region.name} ({form!r}, spelled otherwise)"
        self.log(note)
        whole = normalise(name) == normalise(text)
        return replace(self.from_place(region), query=self.query, note=note, coarsened=not whole)

    def region_by_its_consonants(self, text: str, country: str, scope: Scope) -> list[Place]:
        """ "बलूचिस्तान" (Balochistan): a province of the event's country that the data
        names only in Latin letters, found by the consonants of its Latin names
        (:func:`~bordermap.geo.places.devanagari_consonants.latin_skeleton`).  A country
        has a few dozen regions, not the hundreds of districts the same skeletons are
        matched among, but a region answers a wide area: the name, one word, needs
        :data:`REGION_CONSONANTS` consonant classes and only one region may bear them."""
        skeleton = devanagari_skeleton(text)
        if len(skeleton) < REGION_CONSONANTS or len(text.split()) > 1:
            # One word only: a name of two ("खैबर पख्तुनख्वा") has the written forms
            # the data knows, and its skeleton spans a boundary the data may draw
            # otherwise (Natural Earth files Kurram in FATA, not Khyber Pakhtunkhwa).
            return []
        table = self.forms_keyed(country, ("region",), _region_skeleton)
        found = self.the_one_admitted(table.get(skeleton, ()), scope)
        if found:
            self.log(f"{text!r} has the consonants of the region {found[0].name}")
        return found

    def short_form_in_the_event_country(self, text: str, key: str, scope: Scope) -> list[Place]:
        """The one town of the event's country (Spanish or Portuguese names) whose name
        begins with ``key`` before a joining word ("Melchor" of Melchor de Mencos), as a
        one-item list; empty when none or several do, when the country is another, or
        when the text is a common word or not written as a name."""
        hint = tuple(self.hint_of(scope))
        if (
            len(hint) != 1
            or hint[0] not in SPANISH_NAMED | PORTUGUESE_NAMED
            or not may_be_misspelled(text)
            or is_generic(text)
        ):
            return []
        table = self.forms_keyed(hint[0], ("settlement",), short_form_key)
        # The town's own name only: "El Paso del Norte", a former name of Ciudad Juárez,
        # does not make "El Paso" Ciudad Juárez.
        rows = [
            row
            for row in table.get(key, ())
            if short_form_key(normalise(self.gaz.place(row).name)) == key
        ]
        # The caller's scope, container included: "Santa Clara district of La Quiaca" is
        # no Santa Clara del Mar 1,500 km away.
        found = self.the_one_admitted(rows, scope)
        if found:
            self.log(f"{text!r} read as the short form of {found[0].name}")
        return found

    def the_one_admitted(self, rows: Iterable[int], scope: Scope) -> list[Place]:
        """The place of ``rows`` the scope admits, as a one-item list when exactly one
        is; else empty: a loose reading of a name answers only when it is unique."""
        found = [p for p in (self.gaz.place(row) for row in sorted(set(rows))) if scope.admits(p)]
        return found if len(found) == 1 else []

    def forms_keyed(
        self, country: str, kinds: tuple[str, ...], keyed: Callable[[str], str | None]
    ) -> dict[str, list[int]]:
        """The names of ``country``'s places of ``kinds`` by ``keyed(name)``, leaving out
        the names it gives None; made once per key function, country and kinds."""
        table = _FORMS_KEYED.get((keyed, country, kinds))
        if table is None:
            table = {}
            for kind in kinds:
                for form, row in self.gaz.forms_of(kind, country):
                    key = keyed(form)
                    if key is not None:
                        table.setdefault(key, []).append(row)
            _FORMS_KEYED[(keyed, country, kinds)] = table
        return table

    def by_sound(self, text: str, kinds: tuple[str, ...], scope: Scope) -> list[Place]:
        """ "كيليس", "تایباد": a foreign town (or, looked up as a region, "إقليم كيليس", a
        province) written as it sounds in Arabic letters, a spelling the gazetteer lacks:
        the places of the event's country with its consonants
        (:mod:`~bordermap.geo.places.arabic_consonants`).  A crossing the text names
        with its crossing word may be written in another alphabet or transliteration:
        :meth:`crossing_by_its_consonants`."""
        if "crossing" in kinds and self.hint and CROSSING_WORD.search(self.query):
            crossing = self.crossing_by_its_consonants(text, scope)
            if crossing:
                return crossing
        kind = "settlement" if "settlement" in kinds else "region" if "region" in kinds else ""
        if kind == "settlement" and in_devanagari(text):
            return self.vowel_length_otherwise(text, kinds, scope)
        if kind == "region" and in_devanagari(text):
            return self.state_spelled_otherwise(text, scope)
        if kind == "settlement" and has_cyrillic(text):
            return self.polish_name_in_cyrillic(text, scope)
        if kind == "settlement" and not in_arabic_letters(text):
            return (
                self.transliterated_otherwise(text, scope)
                or self.short_form_in_the_event_country(text, normalise(text), scope)
                or self.azerbaijani_q_for_g(text, kinds, scope)
            )
        if not kind or not self.hint or not in_arabic_letters(text):
            return []
        introduced = after_a_settlement_word if kind == "settlement" else after_a_region_word
        if self.reading_inside and not (
            introduced(text, self.query)
            # "کنڑ کے ضلع سرکانو": a district named after its seat town, Sar Kani.
            or (kind == "settlement" and after_a_district_word(text, self.query))
            or (
                kind == "settlement"
                and after_in_at_the_end(text, self.query)
                # "في سبتة": a region or country the name spells as written (Ceuta)
                # is it, not a town with its consonants (Sabiote).
                and not self.gaz.lookup_key(normalise(text), kinds=("region", "country"))
            )
        ):
            # Words read one by one inside a longer text: only one a word such as
            # "مدينة" (city), "قرية" (village) or "إقليم" (province) introduces is
            # taken for a name, or the one the text ends with after "في" (in) or
            # "منطقة" (the area): "نقطة الحدود في كفركلا".
            return []
        found = [p for p in arabic_namesakes(self.gaz, text, self.hint, kind) if scope.admits(p)]
        if found:
            self.log(f"{text!r} by its consonants in {', '.join(self.hint)}: {len(found)} found")
        if found and kind == "settlement" and self.district_of_the_consonants(text, found):
            return []
        return found

    def district_of_the_consonants(self, text: str, towns: Sequence[Place]) -> bool:
        """Whether a district of the event's country, seated at none of ``towns``, has the
        consonants of ``text`` too ("باجوڑ": Bajaur district and the town of Bhakkar).

        Where districts are named bare (:data:`DISTRICTS_NAMED_AFTER_SEATS`), a name
        found only by its consonants may as well be that district: no town is taken.
        """
        skeleton = arabic_skeleton(text)
        for country in self.hint:
            if country not in DISTRICTS_NAMED_AFTER_SEATS:
                continue
            for key, unit in district_forms(country):
                if not key.isascii() or latin_skeleton(key) != skeleton:
                    continue
                if (
                    unit.lat is not None
                    and unit.lon is not None
                    and any(km_between(unit.lat, unit.lon, t.lat, t.lon) <= SEAT_KM for t in towns)
                ):
                    continue
                self.log(
                    f"{text!r}: the district {unit.name} has its consonants too; no town taken"
                )
                return True
        return False

    def crossing_by_its_consonants(self, text: str, scope: Scope) -> list[Place]:
        """ "пункт пропуска Вышне Немецке", "Grenzübergang Vishne Nemetske": a crossing
        of the event's country whose name a report writes in its own alphabet or
        transliteration (Vyšné Nemecké): the one crossing of a name form with the same
        consonants (:func:`_consonants`: "vsn+ nmck+"), of four at least; else none."""
        if in_arabic_letters(text):
            return []
        consonants = _consonants(normalise(text))
        # The words that tell one crossing from another ("Puente Internacional 2" has
        # none: the words of any bridge, and a number the consonants do not keep).
        # Nor the word for a pass that begins many names on the Dângrêk and Mekong
        # borders ("Chong"): "Chong Choam" (the Choam pass, Anlong Veng) is told from
        # "Chong Chom" (O'Smach, 45 km west) by two consonants only, which both share.
        telling = [
            word
            for word in text.split()
            if not is_generic(word)
            and not CROSSING_NOUN.fullmatch(word)
            and normalise(word) not in PASS_WORDS
            and letters(word)
        ]
        if (
            sum(c.isalpha() for c in consonants) < _MIN_CONSONANTS
            or sum(c.isalpha() for c in _consonants(normalise(" ".join(telling)))) < _MIN_TELLING
        ):
            return []
        skeletons = [
            (_consonants(key), row)
            for country in self.hint
            for key, row in self.gaz.forms_of("crossing", country)
        ]
        signatures = {consonants}
        if not any(skeleton == consonants for skeleton, _ in skeletons):
            # "Mejitlija" (Меџитлија, Medžitlija): English writes "j" for the South
            # Slavic "dž", a consonant, where "j" is none; each "j" between vowels in turn.
            signatures |= {_consonants(key) for key in _j_read_as_dz(normalise(text))}
            # "Gürbulaq-Bazirqan": Azerbaijani "q" for the "k" and "g" of the tables.
            signatures |= {_consonants(key) for key in q_read_as_k_or_g(normalise(text))}
        rows = {row for skeleton, row in skeletons if skeleton in signatures}
        found = self.the_one_admitted(rows, scope)
        if not found:
            return []
        self.log(f"{text!r}: the crossing {found[0].name} by its consonants {consonants!r}")
        return found

    def country_codes(
        self, text: str, languages: tuple[str, ...] = (), *, regions: bool = True
    ) -> frozenset[str]:
        """Countries a name, code, demonym or declined adjective denotes.

        With ``regions``, a region's name stands for its country when no country
        word matches ("Quebec" in "the Quebec-New York border").
        """
        text = _POSSESSIVE_AND_AFTER.sub("", text.strip())  # "Greece's Evros region"
        whole = self.gaz.country_code(text) if text else None
        if whole is not None:
            if len(text) == 2 and text.isupper():
                # "the Lesotho-SA border": a code that the press also writes for another
                # country (SA: Saudi Arabia, and South Africa) stands for both; the other
                # side of a border, or the event's country, decides.
                return frozenset({whole}) | self.words.codes(normalise(text))
            return frozenset({whole})  # "South Sudan" before "southern Sudan"
        if text and _COMPASS_BEFORE.match(text):
            # "South African", "North Korean": a demonym that begins with a compass word.
            named = self.words.codes(normalise(text))
            if named:
                return named
        text = _COMPASS_BEFORE.sub("", text)  # "northwestern Syria"
        # "la RDC", "le Rwanda", "Республікою Білорусь", "the Niger Republic".
        text = _SIDE_ARTICLE.sub("", text)
        if _REPUBLIC_WORD.search(text) and self.words.codes(normalise(text)):
            # "Republik Demokratik Timor Leste": a long name the tables hold as written,
            # which without its republic word would name nothing.
            return self.words.codes(normalise(text))
        text = _REPUBLIC_WORD.sub("", text).strip() or text
        if not text:
            return frozenset()
        code = self.gaz.country_code(text)
        if code is not None:
            return frozenset({code})
        key = normalise(text)
        codes = self.words.codes(key)
        if codes:
            return codes
        # The text's languages, then the event country's ("na crnogorskoj strani": "na"
        # is Polish too, Montenegro's language declines the adjective).
        tried = tuple(dict.fromkeys((*languages, *getattr(self, "hint_languages", ()))))
        for variant, language in nominative_keys(key, tried or _ALL_LANGUAGES):
            code = self.gaz.country_code(variant)
            locales = locales_of(language)
            codes = frozenset({code}) if code else self.words.codes(variant, locales)
            if codes:
                self.log(f"country word {text!r} read as {variant!r}")
                return codes
        if "fr" in tried:
            # "la frontière guinéo-malienne": the French combining form of "guinéen".
            for adjective in adjective_keys(key):
                codes = self.words.codes(adjective, locales_of("fr"))
                if codes:
                    self.log(f"{text!r} is the combining form of the adjective {adjective!r}")
                    return codes
        article = _BULGARIAN_ARTICLE.search(text)
        if article:
            # "полско-беларуската граница": Bulgarian and Macedonian put the article at
            # the end of the adjective ("-ската", "-ският", "-ското"); without it the
            # adjective is read as the other Slavic ones are.
            return self.country_codes(text[: article.start()], languages)
        described = _ADJECTIVES_BEFORE_NAME.match(text)
        if described:
            # "the main Uganda-DRC border": adjectives before the country's name.
            return self.country_codes(text[described.end() :], languages, regions=regions)
        owner = _OWNER_OF_REGION.match(text)
        if owner and self.area_word_in(owner["rest"]):
            # "Rusijos Federacijos Kaliningrado sritimi": a region named with its country
            # in the genitive first stands for that country.
            codes = self.country_codes(owner["owner"], languages, regions=False)
            if codes:
                return codes
        # "the Quebec-New York border", "the Ceuta-Morocco border": a side named by a
        # region stands for its country.
        if not regions:
            return frozenset()
        owners = {p.country for p in self.gaz.lookup_key(key, kinds=("region",))}
        if not owners and languages:
            # "z obwodem kaliningradzkim": the region's name in a case of the text.
            for variant, _ in nominative_keys(key, languages):
                owners = {p.country for p in self.gaz.lookup_key(variant, kinds=("region",))}
                if owners:
                    break
        if len(owners) == 1:
            self.log(f"{text!r} is a region of {next(iter(owners))}")
            return frozenset(owners)
        parts = _AND_BETWEEN_SIDES.split(text)
        if len(parts) == 2 and all(part.strip() for part in parts):
            # "the Quebec border with New York State and Vermont": two regions of one
            # country stand for it.
            sides = [self.country_codes(part.strip(), languages) for part in parts]
            if all(len(codes) == 1 for codes in sides) and sides[0] == sides[1]:
                return sides[0]
        return frozenset()

    def area_word_in(self, text: str) -> bool:
        """Whether ``text`` holds a region or district word of the tables ("sritimi")."""
        words = load_place_words()
        lowered = set(text.lower().split())
        return bool(lowered & {*words.region, *words.district})

    def country_code(
        self, text: str, languages: tuple[str, ...] = (), *, regions: bool = True
    ) -> str | None:
        codes = self.country_codes(text, languages, regions=regions)
        if len(codes) > 1:
            codes = codes & set(self.hint) or codes
        return next(iter(codes)) if len(codes) == 1 else None

    # --- the forms ---------------------------------------------------------------------

    def resolve(
        self,
        expr: PlaceExpression,
        scope: Scope = ANYWHERE,
        kinds: tuple[str, ...] = _NAME_KINDS,
    ) -> PlaceResult:
        result = self.resolve_form(expr, scope, kinds)
        if self.depth == 0 and result.status == "resolved" and result.precision == "border":
            result = self.place_across_a_river(expr.text, result, scope)
        if self.depth == 0 and result.status == "resolved" and result.precision == "border":
            result = self.stretch_in_a_named_area(expr.text, result, scope)
        if self.depth == 0:
            result = self.oblast_under_a_town(expr.text, result)
        if self.depth == 0 and result.status != "ambiguous":
            result = self.base_named_after_a_town(expr.text, result, scope)
        if self.depth == 0 and result.status == "resolved" and result.precision in POINT_ANSWERS:
            result = self.not_a_quarters_namesake(expr.text, result, scope)
        elif self.depth == 0 and result.status == "ambiguous":
            # "los barrios San Antonio y Guadalupe en Nogales": the quarters' names found
            # towns elsewhere beside the one holding them; the town.
            quarter = _QUARTER_BEFORE_NAME.search(expr.text)
            town = (
                self.town_holding_quarters(expr.text[quarter.end() :], result, scope)
                if quarter is not None
                else None
            )
            result = self.namesake_of_a_region_adjective(expr.text, town or result)
        elif self.depth == 0 and result.status == "unresolved" and not result.candidates:
            result = self.town_of_a_quarter(expr.text, scope) or result
        return result

    def base_named_after_a_town(self, text: str, result: PlaceResult, scope: Scope) -> PlaceResult:
        """ "la base naval de Guantánamo", "X air base": a military base named after a
        town is not the town (Guantánamo's naval base lies 26 km from the city).  When
        the answer is the town's point, or nothing: the gazetteer's base named after the
        town nearby ("Naval Station Guantanamo Bay"), else unresolved with the reason.
        Any other answer stays."""
        words = text.strip()
        match = _BASE_BEFORE_TOWN.fullmatch(words) or _BASE_AFTER_TOWN.fullmatch(words)
        if match is None:
            # "la base naval estadounidense de Guantánamo": whose base it is, said by a
            # demonym before the "of", does not change which town names it.
            match = _BASE_BEFORE_TOWN.fullmatch(self.without_demonyms_before_of(words))
        if match is None or not (
            result.precision in (None, "settlement", "near")
            or self.is_region_of_that_name(result, match["town"])
        ):
            return result
        self.depth += 1
        try:
            town = self.resolve(parse_place(match["town"]), scope)
        finally:
            self.depth -= 1
        if (
            town.status != "resolved"
            or town.precision != "settlement"
            or _A_BASES_OWN_NAME.search(town.name or "")
        ):
            # "Guantanamo Bay naval base": the gazetteer's Naval Station Guantanamo Bay
            # is the base itself.
            return result
        if (
            result.status == "resolved"
            and (result.lat, result.lon) != (town.lat, town.lon)
            and not self.is_region_of_that_name(result, match["town"])
        ):
            return result
        base = self.base_bearing_the_towns_name(town)
        if base is not None:
            note = f"{words!r}: the base named after {town.name}, {base.name}"
            self.log(note)
            return replace(self.from_place(base), query=self.query, note=note)
        # Not the region holding the town either: a base may be land another state
        # holds, outside the region's outline (the US base at Guantánamo Bay).
        note = (
            f"{words!r} is a base named after {town.name}, not the town, and the gazetteer "
            "holds no point of the base"
        )
        self.log(note)
        return self.unresolved(note=note)

    def without_demonyms_before_of(self, words: str) -> str:
        """``words`` without the demonyms among the words before its first
        "de", "d'" or "of" ("base naval estadounidense de X" -> "base naval de X");
        ``words`` unchanged when there is none."""
        of = re.search(r"\s(?:de|d['’]|of)\s", words, re.IGNORECASE)
        if of is None:
            return words
        before = words[: of.start()].split()
        kept = [w for w in before if not self.words.codes(normalise(w))]
        return " ".join(kept) + words[of.start() :] if len(kept) < len(before) else words

    @staticmethod
    def is_region_of_that_name(result: PlaceResult, name: str) -> bool:
        """Whether ``result`` is a region bearing ``name``: "Guantánamo" read as the
        province, where the text meant the base named after the town."""
        return (
            result.status == "resolved"
            and result.precision == "region"
            and normalise(result.name or "") == normalise(name)
        )

    def base_bearing_the_towns_name(self, town: PlaceResult) -> Place | None:
        """The settlement of the gazetteer that is a base named after ``town`` and lies
        within :data:`BASE_FROM_ITS_TOWN_KM` of it ("Naval Station Guantanamo Bay" for
        "la base naval de Guantánamo"); None when there is none, or several."""
        if not town.country or not town.name or town.lat is None or town.lon is None:
            return None
        key = normalise(town.name)
        found = [
            place
            for place in map(
                self.gaz.place, self.gaz.rows_of_country(town.country, kind="settlement")
            )
            if _A_BASES_OWN_NAME.search(place.name)
            and f" {key} " in f" {normalise(place.name)} "
            and km_between(place.lat, place.lon, town.lat, town.lon) <= BASE_FROM_ITS_TOWN_KM
        ]
        return found[0] if len(found) == 1 else None

    def description_before_borders(
        self, expr: PlaceExpression, outer: PlaceResult
    ) -> PlaceResult | None:
        """ "la zona neutral, muy cerca de la frontera": a head of common words only,
        no name, before a container that fits several borders: the container's
        ambiguity, which the event's country may settle; None otherwise."""
        assert expr.inner is not None
        if outer.status != "ambiguous" or not outer.candidates:
            return None
        if any(c.precision != "border" for c in outer.candidates):
            return None
        words = expr.inner.text.split()
        if not all(is_cased(word) for word in words) or any(w[:1].isupper() for w in words):
            return None
        self.log(f"{expr.inner.text!r} names no place; the borders after it")
        return outer

    def town_of_a_quarter(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "el barrio 25 de Mayo de Clorinda": a quarter the gazetteer lacks, then the
        town it is of, after the last "de"/"of": the town, when it is a settlement of
        the event's country; None otherwise."""
        quarter = _QUARTER_WORD_THEN_TOWN.search(text)
        zone = _ZONE_OF_A_NAMED_PART.search(text) if quarter is None else None
        if zone is not None and self.hint:
            return self.zone_of_a_town(zone["town"], zone["name"], scope)
        if quarter is None or not self.hint:
            return None
        town = self.settlement_of_the_hint(quarter["town"], scope)
        if town is None:
            return None
        what = "quarters" if quarter["word"].lower() in _QUARTERS_OF_A_TOWN else "a quarter"
        note = f"{what} of {town.name}, which the gazetteer does not hold: the town"
        self.log(note)
        return replace(town, query=self.query, note=note)

    def settlement_of_the_hint(self, text: str, scope: Scope) -> PlaceResult | None:
        """``text`` read one level down as a settlement of the event's country, found
        outright (not coarsened); None otherwise: the town a quarter or an area is of."""
        self.depth += 1
        try:
            town = self.inner_resolve(text, scope, _SETTLEMENT_KINDS)
        finally:
            self.depth -= 1
        if town.status != "resolved" or town.precision != "settlement" or town.coarsened:
            return None
        return town if town.country in self.hint else None

    def town_across_from(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "Palomas, located across the border from Columbus": the one crossing of the
        tables at the named town whose other side bears the place's name, near it;
        None otherwise.

        The place's own name may find only namesakes far inland (Palomas of San Luis
        Potosí and of Tabasco), and what follows the town ("in Luna County") is the
        town's, not the place's.
        """
        assert expr.inner is not None
        across = _ACROSS_THE_BORDER_FROM.match(expr.other.strip())
        if across is None:
            return None
        name = expr.inner.name or expr.inner.text
        town = across["town"]
        # The crossing named by the pair, in either order ("Columbus–Palomas").
        facing = {
            (crossing.name, crossing.lat, crossing.lon): crossing
            for pair in (f"{town}–{name}", f"{name}–{town}")
            for crossing in self.gaz.lookup_key(normalise(pair), kinds=("crossing",))
        }
        facing = list(facing.values())
        if len(facing) != 1 or facing[0].lat is None:
            return None
        note = (
            f"{expr.name!r} across the border from {across['town']}: near the crossing "
            f"{facing[0].name}, on its side"
        )
        self.log(note)
        return replace(
            self.from_place(facing[0]),
            query=self.query,
            precision="near",
            uncertainty_km=NEAR_RADIUS_KM,
            coarsened=True,
            note=note,
        )

    def zone_of_a_town(self, town_text: str, name: str, scope: Scope) -> PlaceResult | None:
        """ "por la zona de Playas de Tijuana": an area the gazetteer lacks, named after
        the town at its end; near the town, when it is a settlement of the event's
        country (the area may reach beyond the town), else None."""
        town = self.settlement_of_the_hint(town_text, scope)
        if town is None:
            return None
        note = (
            f"the area {name!r} of {town.name}, which the gazetteer does not hold: near the town"
        )
        self.log(note)
        return replace(
            town,
            query=self.query,
            precision="near",
            uncertainty_km=NEAR_RADIUS_KM,
            coarsened=True,
            note=note,
        )

    def place_across_a_river(self, text: str, border: PlaceResult, scope: Scope) -> PlaceResult:
        """ "across the Corentyne River to Nickerie": where the crossing of a border river
        went, when the place after "to"/"into" is found in one of the border's countries;
        else the border as answered.
        """
        across = _ACROSS_THEN_TO.match(self.query)
        pair = self.border_pair_named(border.name or "")
        if across is None or len(pair) != 2:
            return border
        self.depth += 1
        try:
            place = self.inner_resolve(across["place"], scope, None)
        finally:
            self.depth -= 1
        if (
            place.status != "resolved"
            or place.precision not in ("settlement", "near", "district", "region")
            or place.country not in pair
        ):
            return border
        self.log(f"across the river to {place.name}: the place it went to")
        note = f"crossed {border.name} to {place.name}"
        return replace(place, note="; ".join(n for n in (place.note, note) if n))

    def town_holding_quarters(
        self, rest: str, namesake: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """The town the words after a quarter's name end with ("..., Remansito y sector
        de Kuwait en Ciudad del Este"): where the quarters are, when it is a town other
        than the quarter's namesake; None otherwise.
        """
        last = _IN_A_TOWN_AT_THE_END.search(rest)
        if last is None:
            return None
        self.depth += 1
        try:
            town = self.inner_resolve(last["town"], scope, None)
        finally:
            self.depth -= 1
        if (
            town.status != "resolved"
            or town.precision != "settlement"
            or (town.lat, town.lon) == (namesake.lat, namesake.lon)
        ):
            return None
        note = f"quarters of {town.name}, which the gazetteer does not hold: the town"
        self.log(note)
        return replace(town, note=note)

    def not_a_quarters_namesake(self, text: str, result: PlaceResult, scope: Scope) -> PlaceResult:
        """A point found by the name of a town's quarter ("v soseski X", "the
        neighbourhood of X", "el barrio X") is a namesake elsewhere, not the quarter:
        unresolved, unless the text names the town too and that answered.
        """
        quarter = _QUARTER_BEFORE_NAME.search(text)
        if quarter is None and _STREET_WORD.search(text):
            quarter = _CAPITALISED_QUARTER.search(text)
            if quarter is not None:
                # The quarter's name is the whole "Colonia Militar".
                return self.quarter_not_its_namesake(
                    text, result, scope, quarter, f"{quarter['word']} {quarter['name']}"
                )
        if quarter is None:
            return result
        if quarter["of"] and quarter["word"].lower() in _QUARTERS_OF_A_TOWN:
            # "las colonias de Ciudad Hidalgo", "the suburbs of X": the quarters of the
            # town named, not a quarter bearing its name.
            self.log(f"{quarter['word']!r} of {quarter['name']!r}: the town's quarters")
            return result
        return self.quarter_not_its_namesake(text, result, scope, quarter, quarter["name"])

    def quarter_not_its_namesake(
        self, text: str, result: PlaceResult, scope: Scope, quarter: re.Match[str], name: str
    ) -> PlaceResult:
        """The town named after the quarter ``name`` when the text names one, else
        unresolved, where ``result`` is what the quarter's name alone finds; ``result``
        when the answer came from another name of the text."""
        self.depth += 1
        try:
            by_name = self.inner_resolve(name, scope, None)
        finally:
            self.depth -= 1
        if by_name.status != "resolved" or (by_name.lat, by_name.lon) != (result.lat, result.lon):
            return result
        town = self.town_holding_quarters(text[quarter.end() :], result, scope)
        if town is not None:
            return town
        return self.unresolved(
            note=(
                f"{name!r} is named as a town's quarter; the gazetteer knows no "
                f"quarter of that name, only {result.name} ({result.country or 'a crossing'})"
            )
        )

    def resolve_form(
        self,
        expr: PlaceExpression,
        scope: Scope = ANYWHERE,
        kinds: tuple[str, ...] = _NAME_KINDS,
    ) -> PlaceResult:
        if not normalise(expr.text):
            return self.unresolved()
        if self.trace is not None:
            self.log(f"read as {expr.describe()}")
        if self.depth == 0 and expr.kind != "border":
            # "the checkpoint on the bridge connecting the Uzbek city of Termez with
            # Hairatan in Afghanistan": the towns a crossing joins name it before any
            # other word of the text ("Afghanistan") is taken for the place.
            self.depth += 1
            try:
                joined = self.crossing_between_towns(expr, scope)
            finally:
                self.depth -= 1
            if joined is not None:
                return joined
        self.depth += 1
        self.reading.append(expr.kind)
        try:
            result = self.dispatch(expr, scope, kinds)
        finally:
            self.depth -= 1
            self.reading.pop()
        if self.depth == 0 and expr.kind != "border":
            result = self.crossing_away_from_its_towns(result, expr)
        if (
            self.depth == 0
            and result.precision != "border"
            and not self.sea_border_placed_in_a_unit(result)
            and (_BORDER_HEAD.match(expr.text) or _PAIR_THEN_BORDER.search(expr.text))
        ):
            # "el límite entre Ciudad Juárez, Chihuahua y El Paso, Texas" is a border,
            # whatever place the words inside it name.
            self.log("the text names a border between places")
            self.depth += 1
            try:
                border = self.border_of_places(expr.text, scope, kinds)
            finally:
                self.depth -= 1
            border = border or self.border_between_countries(expr.text, expr.languages)
            return border or self.unresolved(note="a border between places none of which fit")
        if (
            result.status == "unresolved"
            and self.depth == 0
            and _FAR_FROM_BORDERS not in result.note
        ):
            self.depth += 1
            try:
                named = (
                    # Read before the dispatch already, but for a border's words.
                    (self.crossing_between_towns(expr, scope) if expr.kind == "border" else None)
                    or self.quarter_of_a_town(expr, scope)
                    or self.possessive_in_a_name(expr, scope, kinds)
                    or self.town_slash_its_country(expr, scope, kinds)
                    or self.name_of_a_place(expr, scope, kinds)
                    or self.owner_as_container(expr, scope, kinds)
                    or self.two_finnish_locatives(expr, scope, kinds)
                )
            finally:
                self.depth -= 1
            if named is not None:
                return named
            # "the mile-wide Yalu River": the name without the adjectives before it;
            # "la région de Tillabéri, près de la frontière du Burkina Faso": the head,
            # when the words after it agree with it.
            self.depth += 1
            try:
                core = without_descriptors(expr.text)
                plain = self.by_core(core, scope, kinds) if core else None
            finally:
                self.depth -= 1
            by_head = plain or self.by_head(expr.text, scope, kinds)
            if by_head is not None:
                return by_head
            in_region = self.region_then_place(expr, scope) or self.country_then_place(expr, scope)
            if in_region is not None:
                return in_region
            if (
                expr.kind == "name"
                and _ELLIPTIC_UNIT.match(expr.name)
                and set(self.hint_of(scope)) == {"UA"}
                and not result.candidates
            ):
                # "у Шалигинській": no region and no town of the name, so the hromada
                # (the commonest unit in the feminine) the adjective names.
                self.depth += 1
                try:
                    unit = self.area(replace(expr, kind="district", suffix="громада"), scope)
                finally:
                    self.depth -= 1
                if unit.status == "resolved":
                    return unit
            bare = _bare_name(expr)
            if (
                (
                    (not result.candidates and _NOT_FOUND.fullmatch(result.note))
                    or result.note.startswith(_ONLY_OUTSIDE)
                )
                and bare is not None
                and len(self.hint_of(scope)) == 1
            ):
                # "in Turkana" of a Kenyan event: no place bears the name, but a county
                # the outlines lack does.  So for "the town of X" and "near X":
                # no town bears the name, and the unit named for it holds it; and for
                # "Kasai" of a Congolese event, a town of Japan only bears it.
                drawn = self.region_without_outline(replace(bare, suffix=""), scope)
                if drawn is None:
                    drawn = self.district_by_bare_name(bare, scope)
                if drawn is None:
                    drawn = self.region_of_a_bare_unit(bare, scope)
                if drawn is not None:
                    return drawn
            if not result.candidates and _NOT_FOUND.fullmatch(result.note):
                # Nothing read and nothing refused: the names written inside the text.
                self.depth += 1
                try:
                    inner = self.by_inner_name(expr.text, scope, kinds)
                finally:
                    self.depth -= 1
                if inner is not None:
                    # "a 25 km dalla frontiera ... di passo Brennero": a name read inside
                    # a "near" text is still only near.
                    return self.widened(expr, inner) if expr.kind == "near" else inner
                border = self.by_border_tail(expr.text, scope) or self.by_late_border_tail(
                    expr.text, scope
                )
                if border is not None:
                    return border
                owned = self.owners_district(expr, scope) or self.pashto_owners_district(
                    expr, scope
                )
                if owned is not None:
                    return owned
            if expr.kind == "settlement" and expr.suffix == "crossing":
                # Last, when no reading of the names found the crossing.
                between = self.unknown_crossing_between_countries(expr, scope)
                if between is not None:
                    return between
        return result

    def other_end_far_off(self, whole: str, part: str, town: PlaceResult) -> bool:
        """Whether a crossing's two-part name ("Juárez-Lincoln"), one part of which found
        ``town``, names with its other part only towns farther than :data:`BESIDE_KM`
        from it.

        A crossing named by its two ends names towns facing each other ("Mae Sai-
        Tachileik"); an end the data lacks says nothing ("Diéké–Ganta").  Ends that are
        towns, but none of them by ``town``, are no such pair: the name is people's, and
        the town only shares a word with it.
        """
        parts = [p.strip() for p in re.split(f"[{re.escape(DASHES)}/]", whole) if p.strip()]
        keys = [normalise(p) for p in parts]
        if len(parts) != 2 or normalise(part) not in keys or town.lat is None or town.lon is None:
            return False
        other = keys[1] if keys[0] == normalise(part) else keys[0]
        ends = self.gaz.lookup_key(other, kinds=("settlement",))
        return bool(ends) and all(
            km_between(town.lat, town.lon, end.lat, end.lon) > BESIDE_KM for end in ends
        )

    def stretch_in_a_named_area(self, text: str, border: PlaceResult, scope: Scope) -> PlaceResult:
        """A whole border answered for a text that also names one region on it: the
        border's stretch in the region.

        "Kilis'te bulunan Türkiye-Suriye hududunda" (on the Turkey–Syria border in
        Kilis), "du Tibesti, à la frontière libyenne": the border is what the text is
        about and the region where along it; the region's code goes with the stretch.
        A text naming no region of the border's countries, or several, keeps the line;
        so does a text that puts the border between places ("entre Ciudad Juárez,
        Chihuahua y El Paso, Texas"), and a river named like a region along it ("rio
        Paraná" is not the state of Paraná).
        """
        if border.admin1_code or border.geometry is None or BETWEEN.search(text):
            return border
        feature = re.search(r"\(([^)]*)\)", border.name or "")
        feature_key = f" {normalise(feature.group(1))} " if feature else ""
        pair = tuple(self.border_pairs_of(border))
        if len(pair) != 2:
            return border
        area_scope = Scope(tuple(c for c in pair if c in self.hint_of(scope)) or pair)
        regions: dict[str, Place] = {}
        names: dict[str, None] = {}
        for run in runs_of(text):
            whole = " ".join(run.words)
            # "near the Cooch Behar border": "Behar" is a word of the town's name, not
            # the state of Bihar (whose form it also is); a run that names a town of the
            # border's countries is not read word by word.
            town = len(run.words) > 1 and any(
                p.country in pair
                for p in self.looked_up(normalise(whole), ("settlement",), area_scope)
            )
            for name in (whole, *(run.words if len(run.words) > 1 and not town else ())):
                names[name] = None
                # "Kilis'te": the name without its Turkish case ending.
                ending = _TURKISH_CASE_ENDING.fullmatch(name)
                if ending:
                    names[ending.group(1)] = None
        # A named stretch of the line ("the Darién Gap") that bears a region's name lies
        # in that region; a river named like one ("rio Paraná") says nothing of where.
        line = (
            feature is not None
            and getattr(load_border_features().get(normalise(feature.group(1))), "kind", "")
            == "line"
        )
        for name in names:
            if f" {normalise(name)} " in feature_key and not line:
                continue  # the river the border is named by
            found, _, _ = self.find(name, ("region",), area_scope, languages_of(text))
            if not found or self.names_a_country(name):
                continue
            regions.update((p.admin1_code or "", p) for p in found if p.country in pair)
        if len(regions) != 1:
            return border
        region = self.from_place(next(iter(regions.values())))
        stretch = self.border_stretch_in(border, region)
        if stretch.admin1_code is None:
            return border
        note = f"the text names {region.name} on the border: its stretch there"
        self.log(note)
        return replace(stretch, note="; ".join(n for n in (border.note, note) if n))

    def crossing_between_towns(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "the border crossing between Narva and Ivangorod": the crossing the towns name.

        The grammar keeps "the X crossing" of "the X crossing between A and B", so the
        query as written is read too; None when it names no such crossing.
        """
        between = self.crossing_clause(expr)
        if between is None:
            return None
        found = self.crossing_the_clause_names(between, expr, scope)
        if (
            found is None
            or not between["road"]
            or found.status != "resolved"
            or found.lat is None
            or found.lon is None
        ):
            return found
        # A road joining two towns across the border runs through their crossing; the
        # text puts the event on the road, near the crossing, not at it.
        note = (
            f"{between['road']!r} joins towns across the border at {found.name}: near it, "
            f"{NEAR_RADIUS_KM:g} km around"
        )
        near = self.drawn_around(
            found.name or "", found.lat, found.lon, "near", NEAR_RADIUS_KM, note
        )
        return replace(near, coarsened=True)

    def crossing_the_clause_names(
        self, between: re.Match[str], expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """The crossing of the two towns of a :meth:`crossing_clause`, or None."""
        towns = self.towns_of_crossing_clause(between, expr)
        pair = "/".join(towns)
        named = self.name(pair, scope, ("crossing",), expr.languages)
        if named.status == "resolved":
            return named
        paired = self.crossing_of_paired_towns(pair, scope)
        if paired is None and _TOWN_SAID_BEFORE.match(towns[0]):
            paired = self.crossing_of_one_town(towns[1], scope, expr.languages)
        if paired is not None or not between["start"]:
            return paired
        toward = self.country_code(towns[1], expr.languages)
        # "the border crossing from Boten into China": the crossing named after the town
        # it starts from, when it leads into that country.
        leading = {
            c.ident: c
            for c in self.gaz.lookup_key(normalise(towns[0]), kinds=("crossing",))
            if scope.admits(c) and (toward is None or toward in c.countries)
        }
        if len(leading) != 1:
            return None
        crossing = next(iter(leading.values()))
        self.log(f"the crossing from {towns[0]} into {towns[1]}: {crossing.name}")
        return self.from_place(crossing)

    def crossing_of_one_town(
        self, town: str, scope: Scope, languages: tuple[str, ...]
    ) -> PlaceResult | None:
        """The one crossing of the scope ``town`` names or lies at, or None (none, or
        several)."""
        found = self.crossings_of_half(normalise(town), scope, languages)
        for place in [] if found else self.gaz.lookup_key(normalise(town), kinds=("settlement",)):
            # "con la uruguaya de Fray Bentos": the crossing beside the town, on its border
            # (a crossing's row is filed under one of its two countries).
            for crossing in self.crossings_of_country_within(
                place.country, place.lat, place.lon, CROSSING_AT_TOWN_KM
            ):
                if scope.admits(crossing):
                    found[crossing.ident] = crossing
        if len(found) != 1:
            return None
        crossing = next(iter(found.values()))
        self.log(f"the other town is the one the text spoke of before: {crossing.name}")
        return self.from_place(crossing)

    def crossing_clause(self, expr: PlaceExpression) -> re.Match[str] | None:
        """The match of "a crossing between/linking A and B" on the text, or None."""
        lead = re.sub(_LEADING_WORD_OF_QUERY, "", self.query.strip(), flags=re.IGNORECASE)
        return _CROSSING_BETWEEN.match(expr.text) or _CROSSING_BETWEEN.match(lead)

    def towns_of_crossing_clause(self, between: re.Match[str], expr: PlaceExpression) -> list[str]:
        """The two towns of a :meth:`crossing_clause`, without the words around them
        ("the Uzbek city of Termez" → "Termez", "Hairatan in Afghanistan" → "Hairatan")."""
        towns = []
        for town in (between["a"] or between["start"], between["b"]):
            town = _TOWN_WORDS_BEFORE.sub("", town.strip())
            country = _COUNTRY_AFTER_TOWN.search(town)
            if country and self.country_code(
                country["country"] or country["bracket"] or country["side"], expr.languages
            ):
                town = town[: country.start()]  # "Hairatan in Afghanistan"
            words = town.split()
            if len(words) > 1 and unit_word_kind(words[-1]) is not None:
                # "linking Mae Sai district and Tachilek": the town its unit is named after.
                town = " ".join(words[:-1])
            towns.append(town.strip())
        return towns

    def crossing_away_from_its_towns(
        self, result: PlaceResult, expr: PlaceExpression
    ) -> PlaceResult:
        """``result``, or unresolved when it is a crossing that lies far from both towns
        the text says it joins.

        Several crossings share a name ("the Thai–Myanmar Friendship Bridge" is at Mae
        Sot and at Mae Sai); when the towns of "which links A with B" name no crossing,
        the name alone may pick another one.  When a linking verb ("links", "que une")
        names two known towns and the crossing lies more than :data:`CROSSING_TOWN_KM`
        from every place bearing either name, it is not the one the text means: a wrong
        crossing is worse than none.  "Between" names places a crossing may lie on the
        way between ("between Gothenburg and Oslo"), a country lies on no one spot, and a
        town the gazetteer does not know says nothing: the result stands.
        """
        if result.country is not None or result.lat is None:
            return result  # not a crossing: a crossing's answer has no country
        if result.status == "resolved":
            points = [(result.lat, result.lon)]
        elif result.status == "ambiguous" and result.candidates:
            # Several crossings of the name, none of which the text chose: each is weighed.
            points = [(c.lat, c.lon) for c in result.candidates]
        else:
            return result
        between = self.crossing_clause(expr)
        if between is None or between["a"] is None:
            return result
        if not _LINKING_VERB.search(between.string[: between.start("a")]):
            return result  # "the Svinesund crossing between Gothenburg and Oslo": on the way
        towns = self.towns_of_crossing_clause(between, expr)
        if any(self.country_code(town, expr.languages, regions=False) for town in towns):
            return result  # "que une Mendoza con Chile": a country is on no one spot
        for town in towns:
            places = self.gaz.lookup_key(normalise(town), kinds=("settlement",))
            if not places or any(
                km_between(p.lat, p.lon, lat, lon) <= CROSSING_TOWN_KM
                for p in places
                for lat, lon in points
            ):
                return result  # a town the data lacks says nothing; a near one agrees
        note = (
            f"{result.name} is not near the towns the text says the crossing joins; "
            "no crossing of theirs is known"
        )
        self.log(note)
        return self.unresolved(note=note)

    def possessive_in_a_name(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Cox's Bazar district": an "'s" that belongs to a name, read as written when
        reading it as an owner ("Cox") and a place of it ("Bazar") found nothing."""
        if not _NAME_POSSESSIVE.search(expr.text):
            return None
        joined = _NAME_POSSESSIVE.sub(r"\1s\2", expr.text)
        found = self.second_reading(self.inner_resolve(joined, scope, kinds), joined)
        if found is not None:
            self.log(f"the 's belongs to the name: {joined!r}")
        return found

    def town_slash_its_country(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "à Kisoro/Ouganda": a slash before a country's name stands for the comma of
        "X, Y"; read so when the text as written found nothing.  Two towns so joined
        ("Kehl/Strasbourg") are a crossing's names and are read before this."""
        if expr.kind != "name" or expr.text.count("/") != 1:
            return None
        town, _, country = (part.strip() for part in expr.text.partition("/"))
        if not town or not country:
            return None
        code = self.country_code(country, expr.languages, regions=False)
        if code is None or self.gaz.country(code) is None:
            return None
        reading = f"{town}, {country}"
        found = self.second_reading(self.inner_resolve(reading, scope, kinds), reading)
        if found is not None:
            self.log(f"the slash stands for a comma before the country: {reading!r}")
        return found

    def name_of_a_place(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult | None:
        """ "the Hange Jale of Baneh": an unknown name "of" a town is a spot of the
        town's land, as "the X area of Y" is, when the whole is no name: the district
        the town seats, else near it; None for anything but a town.

        Only capitalised words on both sides of one "of" ("the Gulf of Aden" is read
        whole before, and "the Bank of Uganda" names a country, not a town).
        """
        if expr.kind != "name":
            return None
        match = _NAME_OF_A_NAME.match(expr.text.strip())
        if match is None:
            return None
        if self.inner_resolve(match["name"], scope, kinds).status != "unresolved":
            return None  # "the Naf River of Teknaf": the river is the place
        place = self.inner_resolve(match["place"], scope, kinds)
        if place.status != "resolved" or place.precision != "settlement":
            return None
        # Like "a village in Mae Sot": the district the town seats, else near it.
        return self.around_town(
            place, f"{match['name']!r} is not in the gazetteer; a place of {place.name}"
        )

    def second_reading(self, found: PlaceResult, reading: str) -> PlaceResult | None:
        """``found`` for a text read a second way, or None when it says too little: no
        place, a whole country, or only the town an unknown place lies in ("Ward No. 1
        of X Union in Cox's Bazar's Teknaf": a guess on top of a second reading)."""
        if found.status != "resolved" or found.precision == "country":
            return None
        if found.coarsened and found.precision in POINT_ANSWERS:
            self.log(f"{reading!r} gives only the town an unknown place lies in: not taken")
            return None
        return found

    def two_finnish_locatives(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Raja-Joosepissa Inarissa", "Parikkalassa Pyhäjärvellä": Finnish sets a place
        and the municipality holding it side by side, both in a locative case, in either
        order.  When the gazetteer knows only one of the two, that one holds the other,
        and the answer is the region around it, coarsened: its town's point would be
        finer than the municipality the text names."""
        words = expr.text.split()
        if len(words) != 2 or not all(_FINNISH_LOCATIVE.search(w) for w in words):
            return None
        if "FI" not in self.hint_of(scope) and "fi" not in expr.languages:
            return None
        found = {word: self.inner_resolve(word, scope, kinds) for word in words}
        known = [word for word, result in found.items() if result.status == "resolved"]
        if len(known) != 1:
            return None
        holder = found[known[0]]
        unknown = words[1] if known[0] == words[0] else words[0]
        self.log(f"two Finnish locatives: {unknown!r} lies in {known[0]!r}")
        if holder.precision in POINT_ANSWERS:
            area = self.only_its_region(holder)
        else:
            area = replace(holder, coarsened=True)
        note = (
            f"{unknown!r} is not in the gazetteer; it lies in {holder.name}: answered {area.name}"
        )
        return replace(area, note=note)

    def owner_as_container(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult | None:
        """ "in Myawaddy's Lay Kay Kaw area": a place named after a town's "'s" is read as
        "Lay Kay Kaw area in Myawaddy" when the owner reading found nothing; only a town
        owns so, and a town an unknown place lies in is not taken.
        """
        owned = _OWNER_THEN_PLACE.match(expr.text.strip())
        if owned is None or not (
            _OUTLYING.search(owned["place"]) or re.search(r"\barea\b", owned["place"])
        ):
            return None  # "Aranyaprathet's X district" names a unit no town holds
        owner = self.inner_resolve(owned["owner"], scope, _SETTLEMENT_KINDS)
        if owner.status != "resolved" or owner.precision != "settlement":
            return None  # a region's "'s" may own its borders ("X Province's borders")
        text = f"{owned['place']} in {owned['owner']}"
        query, self.query = self.query, text  # read as if written so ("X area in Y")
        try:
            found = replace(self.inner_resolve(text, scope, kinds), query=query)
        finally:
            self.query = query
        taken = self.second_reading(found, text)
        if taken is not None:
            self.log(f"the owner holds the place: {text!r}")
        return taken

    def owners_district(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "সাতক্ষীরার কুশখালি সীমান্তে" (at the Kushkhali border of Satkhira): a Bengali
        text whose first word, in the genitive or the locative ("ঠাকুরগাঁওয়
        বালিয়াডাঙ্গীর ..."), is a district of the event's country and
        whose place after it nothing found: the admin-1 region holding that district,
        coarsened.

        Bengali reporting names the district first and its upazila, union or border post
        after it; the district holds the unknown place, as "the village of X in Y
        district" falls back to Y.  The district itself is drawn as a circle about its
        seat, which a long district's far upazilas lie outside (Patgram, 80 km north of
        Lalmonirhat town): its region is what surely holds the place.  Only where
        districts bear their seat's name (:data:`DISTRICTS_NAMED_AFTER_SEATS`), only the
        event's own country.
        """
        words = expr.text.split()
        if (
            len(words) < 2
            or not _BENGALI_NAME.fullmatch(expr.text)
            or not (
                words[0].endswith((_BENGALI_GENITIVE_R, *_BENGALI_LOCATIVE))
                # "কানাইঘাট সীমান্তের সনাতনপুঞ্জি" (Sonatonpunji of the Kanaighat
                # border): the district's border, in the genitive, owns the place.
                or (len(words) > 2 and words[1] == _BENGALI_BORDER_OF)
            )
        ):
            return None
        # "নওগাঁর সাপাহার উপজেলার" (of Naogaon's Sapahar upazila): what owns an upazila
        # is a district, as a unit word after a name says; its sound then needs no more
        # consonants than "নওগাঁ জেলা" does.
        # So does a thana's ("নদিয়ার ভীমপুর থানার", of Nadia's Bhimpur police station).
        unit_word = "district" if any(w.startswith(_BENGALI_UNIT_WORDS) for w in words) else ""
        self.depth += 1
        try:
            owner = PlaceExpression("name", words[0], words[0], suffix=unit_word)
            drawn = self.district_by_bare_name(owner, scope)
            stem = _bengali_stem(words[0])
            if drawn is None and unit_word and stem != words[0]:
                # "নদিয়ার": the district a vowel's length away ("নদীয়া"), as "নদিয়া জেলা"
                # finds it; only the unit word after it says it is a unit's name.
                drawn = self.unit_spelled_otherwise(
                    PlaceExpression("district", stem, stem, suffix="district"), scope
                )
        finally:
            self.depth -= 1
        if drawn is not None and drawn.status == "resolved" and drawn.precision == "region":
            return drawn  # an upazila's division (:meth:`region_of_upazilas`)
        if drawn is None or drawn.status != "resolved" or drawn.precision != "district":
            return None
        region = self.gaz.region(drawn.admin1_code) if drawn.admin1_code else None
        if region is None:
            return None
        return self.coarsened_to(
            region,
            f"the place after {words[0]!r} is unknown; it lies in the district {drawn.name}, "
            f"in {region.name}: the data has no outline below admin-1, so the region is answered",
        )

    def pashto_owners_district(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "د شمالي وزيرستان د غلام خان په سيمه کې" (in the Ghulam Khan area of North
        Waziristan): a Pashto text that opens with a district of the event's country in
        the genitive ("د X"), before the place it holds, which nothing found: the
        district, coarsened.  Only where districts are named bare
        (:data:`DISTRICTS_NAMED_AFTER_SEATS`), as :meth:`district_by_bare_name` reads.
        """
        words = expr.text.split()
        if len(words) < 4 or words[0] != _PASHTO_OF or not in_arabic_letters(expr.text):
            return None
        ends = [i for i, word in enumerate(words[1:], 1) if word in _PASHTO_AFTER_OWNER]
        if not ends or ends[0] < 2 or ends[0] == len(words) - 1:
            return None
        name = " ".join(words[1 : ends[0]])
        self.depth += 1
        try:
            drawn = self.district_by_bare_name(PlaceExpression("name", name, name), scope)
        finally:
            self.depth -= 1
        if drawn is None or drawn.status != "resolved" or drawn.precision != "district":
            return None
        note = f"the place after {name!r} is unknown; it lies in the district: {drawn.note}"
        self.log(note)
        return replace(drawn, coarsened=True, note=note)

    def quarter_of_a_town(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Kilis Eski Beşevler Mahallesi'ndeki": a Turkish town's quarter is the town."""
        quarter = _TURKISH_QUARTER.match(expr.text)
        if quarter is None:
            return None
        town = self.name(quarter["town"], scope, _SETTLEMENT_KINDS, ("tr",))
        if town.status != "resolved" or town.precision != "settlement":
            return None
        note = f"a quarter (mahalle) of {town.name}: the town"
        self.log(note)
        return replace(town, note=note)

    def country_then_place(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Тажикстандын Бустон шаарында" (in Tajikistan's town of Buston), "Кыргызстандын
        Ак-Сай айылынын": Kyrgyz and Kazakh name the country first, in the genitive, then
        the place in it.  The rest is read inside that country, which must be one of the
        event's; None when the first word is no country's genitive or the rest is not
        found there.
        """
        words = expr.text.split()
        genitive = _KYRGYZ_KAZAKH_GENITIVE.fullmatch(words[0]) if len(words) >= 2 else None
        if genitive is None or not has_cyrillic(words[0]):
            return None
        code = self.country_code(genitive["stem"], regions=False)
        if code is None and words[0].endswith("нинг"):
            # "Тожикистоннинг": Uzbek Cyrillic, whose country names the tables hold in
            # Uzbek Latin letters only.
            uzbek = genitive["stem"].translate(_UZBEK_LATIN_LETTERS)
            code = self.country_code(uzbek, regions=False)
        hint = self.hint_of(scope)
        if code is None:
            # "Баткендин Ак-Сай айылын": a region of the event's country, in the genitive.
            return self.region_genitive_then_place(genitive["stem"], words, scope)
        if hint and code not in hint:
            return None  # another country than the event's
        rest = " ".join(words[1:])
        self.depth += 1
        inside = Scope(countries=(code,))
        try:
            found = self.inner_resolve(rest, inside, None)
            if found.status == "unresolved":
                # "Ак-Сай айылынын": the name before its unit word and case ending.
                found = self.by_inner_name(rest, inside, _NAME_KINDS) or found
        finally:
            self.depth -= 1
        if found.status == "unresolved":
            return None
        self.log(f"{words[0]!r} is the genitive of {code}, the country holding {rest!r}")
        return found

    def region_genitive_then_place(
        self, stem: str, words: list[str], scope: Scope
    ) -> PlaceResult | None:
        """ "Баткендин Ак-Сай айылын" (Batken's village of Ak-Say): a Kyrgyz or Kazakh
        region of the event's one country, in the genitive, then a place in it.

        The place is read inside the region; when the data lacks it, the region holds
        it and is answered, coarsened.  None unless the stem names exactly one region of
        the hinted country.
        """
        hint = self.hint_of(scope)
        if len(hint) != 1:
            return None
        self.depth += 1
        try:
            regions, _, _ = self.find(stem, ("region",), scope, ())
            regions = [r for r in regions if r.country == hint[0] and r.admin1_code]
            if len(regions) != 1:
                return None
            region = regions[0]
            rest = " ".join(words[1:])
            inside = Scope(countries=hint, admin1=region.admin1_code)
            found = self.inner_resolve(rest, inside, None)
            if found.status == "unresolved":
                found = self.by_inner_name(rest, inside, _NAME_KINDS) or found
        finally:
            self.depth -= 1
        if found.status == "resolved" and found.admin1_code == region.admin1_code:
            self.log(f"{words[0]!r} is the genitive of {region.name}, the region holding {rest!r}")
            return found
        note = f"{words[0]!r} is the genitive of {region.name}; {rest!r} is not found in it"
        self.log(note)
        return self.coarsened_to(region, note)

    def region_then_place(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Hatay Reyhanlı'daki", "Hatayın Reyhanlı ilçesinden": a province, then a place
        in it, written without a word between (Turkish puts the province first, in the
        genitive or bare).  Only the event country's region, and only a place found in
        it, answer; None otherwise.
        """
        hint = self.hint_of(scope)
        name = expr.name if expr.kind in ("name", "district") else ""
        words = name.split()
        if len(hint) != 1 or not 2 <= len(words) <= 3 or not words[1][:1].isupper():
            return None
        first = _TURKISH_GENITIVE.sub("", words[0])
        self.depth += 1
        try:
            regions, _, _ = self.find(first, ("region",), scope, ())
            regions = [r for r in regions if r.country == hint[0] and r.admin1_code]
            if len(regions) != 1:
                return None
            rest = " ".join(words[1:])
            inner = replace(expr, name=rest, text=expr.text.replace(words[0], "", 1).strip())
            inside = Scope(countries=hint, admin1=regions[0].admin1_code)
            found = self.resolve(inner, inside)
            if found.status == "unresolved":
                # "Hatay Yayladağı bölgesinde": a name and a word after it (the area, in
                # the locative), read as the whole text's inner names are.
                found = self.by_inner_name(rest, inside, _NAME_KINDS) or found
        finally:
            self.depth -= 1
        if found.status != "resolved":
            return None
        self.log(f"{first!r} is the region holding {rest!r}")
        return self.ilce_of_an_address(found, rest) or found

    def ilce_of_an_address(self, town: PlaceResult, written: str) -> PlaceResult | None:
        """The district (ilçe) a Turkish address "İl İlçe" names: "Kırklareli Kofçaz'da".

        A Turkish address names the province, then the district, which bears its seat's
        name; written so, the district is meant as often as its seat town, and it holds
        the town.  None outside Turkey, for a place that is no district's seat, or when
        the data knows no unit of that name there.
        """
        if (
            town.country != "TR"
            or town.precision != "settlement"
            or town.lat is None
            or town.lon is None
            or not town.name
        ):
            return None
        keys = [normalise(town.name), normalise(written)]
        keys += [f"{key} ilcesi" for key in keys]
        named = set(districts_named([key for key in keys if key], ["TR"]))
        seated = [
            unit
            for unit in districts_seated_at("TR", town.lat, town.lon)
            if unit in named and unit.region == town.admin1_code
        ]
        unit = self.district_circle(seated, "district") if seated else None
        if unit is None:
            return None
        note = (
            f"a Turkish address, the province then {town.name}: the district it seats, "
            f"which holds the town: {unit.note}"
        )
        self.log(note)
        return replace(unit, query=self.query, note=note)

    def names_the_post(self, words: Sequence[str]) -> bool:
        """Whether words left out before a crossing of two countries hold a name of
        their own: a capitalised word that names no country ("Wutung" of "the Wutung
        PNG-Indonesian border post"), not a description ("the main", "the busy")."""
        return any(
            word[:1].isupper()
            and word.lower() not in ("the", "a", "an")
            and not _LEADING_ARTICLE.match(f"{word} ")
            and not self.names_a_country(word.strip(",.;:'’"))
            for word in words
        )

    def by_late_border_tail(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "wilayah perairan sekitar 14 mil laut melewati batas laut Indonesia-
        Australia": a border phrase closing a long text, read from its border word.

        :meth:`by_border_tail` tries the first few words only; here the tail is tried
        from each later word that opens with a border word (of one word or several),
        and, as there, only a border (or a sea border's answer) is taken from it.
        """
        words = text.split()
        for start in range(5, len(words) - 1):
            tail = " ".join(words[start:])
            if not border_word_starts(tail):
                continue
            found = self.inner_resolve(tail, scope, None)
            if found.status == "resolved" and (
                found.precision == "border" or found.note.startswith(SEA_BORDER_NOTE)
            ):
                self.log(f"the border closing the text: {tail!r}")
                return self.events_side_of_a_whole_line(found) or found
        return None

    def by_border_tail(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "najtrudniejszy odcinek granicy polsko-białoruskiej": the border at its end.

        Words before a border phrase ("the hardest section of", "od strony") describe
        which part of it; the text from a later word on is read, and only a border is
        taken from it.
        """
        words = text.split()
        if len(words) < 3 or not names_a_border(text):
            return None
        for start in range(1, min(len(words) - 1, 5)):
            tail = " ".join(words[start:])
            found = self.inner_resolve(tail, scope, None)
            if found.note.endswith(UNNAMED_CROSSING_NOTE) and self.names_the_post(words[:start]):
                # "the Wutung PNG-Indonesian border post": the word left out is the
                # post's name, not a description; the post is no unnamed one.
                continue
            if found.status == "resolved" and (
                found.precision == "border" or found.note.startswith(SEA_BORDER_NOTE)
            ):
                # A sea border is answered by the event's country (no sea line shipped).
                self.log(f"the border at the end of the text: {tail!r}")
                return self.events_side_of_a_whole_line(found) or found
            if (
                start == 1
                and found.status == "resolved"
                and found.precision in POINT_ANSWERS
                and found.country is None
                and CROSSING_NOUN.match(tail)
                and starts_with_border_word(text)
            ):
                # "Border crossing Božaj/ Hani i Hotit": a crossing whose name holds a
                # lower-case word ("i", and) the border reading took for two sides.
                self.log(f"the crossing the text names after its border word: {tail!r}")
                return found
        return None

    def dispatch(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult:
        group = group_named(expr.name or "") if expr.kind in ("name", "region") else None
        hint = self.hint_of(scope)
        if group is not None and (not hint or group.country in hint):
            # "the Kurdistan region" of an Iraqi event: a unit made of units the data
            # has; without a country, beside the other places of the name.
            return self.region_group(
                group, None if hint else self.dispatch_plain(expr, scope, kinds)
            )
        return self.dispatch_plain(expr, scope, kinds)

    def region_group(self, group: RegionGroup, other: PlaceResult | None) -> PlaceResult:
        """A unit made of first-level units, as the union of their outlines.

        ``other`` is what the name reads as otherwise, given when the event has no
        country: a place of another country it names makes the answer ambiguous
        ("Kurdistan": Iraq's region, or Iran's province Kordestan).
        """
        members = [self.gaz.region(code) for code in group.members]
        geometry = unary_union([region_extent(code) for code in group.members])
        point = geometry.representative_point()
        parts = ", ".join(m.name for m in members if m is not None)
        note = (
            f"{group.name} ({group.code}) is made of {parts}; the data has only their "
            "outlines, so it is drawn as their union"
        )
        self.log(note)
        result = PlaceResult(
            self.query,
            "resolved",
            name=group.name,
            country=group.country,
            admin1_code=group.code,
            lat=point.y,
            lon=point.x,
            precision="region",
            geometry=geometry,
            note=note,
        )
        if other is None or other.status != "resolved" or other.country == group.country:
            return result
        reason = (
            f"the name of {group.name} ({group.code}) and of {other.name} "
            f"({other.country}, {other.admin1_code or other.precision})"
        )
        self.log(f"ambiguous: {reason}")
        return replace(
            result,
            status="ambiguous",
            candidates=(result.as_candidate(), other.as_candidate()),
            note=reason,
        )

    def member_of_group(
        self, inner: PlaceExpression, outer: PlaceResult, inside: Scope
    ) -> PlaceResult | None:
        """ "Kurdistan's Duhok": a name a unit made of units owns, which one of its units
        bears, is that unit (its capital of the name lies in it); else None.  ("Erbil,
        Kurdistan Region", a dateline, keeps the city.)"""
        group = group_named(outer.name or "") if outer.precision == "region" else None
        if group is None or outer.admin1_code != group.code or inner.kind != "name":
            return None
        regions, key, _ = self.find(inner.name, ("region",), inside, inner.languages)
        members = [r for r in regions if r.admin1_code in group.members]
        if len(members) != 1 or key != normalise(inner.name):
            return None
        note = f"{inner.name!r} inside {group.name} is its unit {members[0].name}"
        self.log(note)
        return self.from_place(members[0], note=note)

    def dispatch_plain(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult:
        if expr.kind == "border":
            named = self.place_named_with_border_word(expr, scope)
            return named if named is not None else self.border(expr)
        if expr.kind == "side":
            return self.side(expr)
        if expr.kind == "near":
            return self.near(expr, scope, kinds)
        if expr.kind == "within":
            return self.within(expr, scope)
        if expr.kind == "restricted":
            return self.restricted(expr, scope, kinds)
        if expr.kind in ("region", "district"):
            return self.area(expr, scope)
        if expr.kind == "settlement":
            return self.settlement(expr, scope)
        if expr.name != expr.text and re.search(r"['’]\w+$", expr.text):
            # "Dar'a" is a name with an apostrophe before it is "Dar" with a Turkish
            # case ending ("Kilis'te"): the name as written is looked up first.
            whole = self.name(expr.text, scope, kinds, (), declined=False)
            if whole.status != "unresolved":
                return whole
        return self.name(expr.name, scope, kinds, expr.languages)

    def place_named_with_border_word(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """A town or crossing whose own name begins with a border word ("Frontera Corozal").

        Read before the border when the text opens with the border word capitalised,
        as a name does, and goes on with a name: then the text as written may be a
        place of the gazetteer.  "the Torkham border" and "la frontera" stay borders.
        """
        words = expr.text.split()
        if (
            len(words) < 2
            or not words[0][:1].isupper()
            or normalise(words[0]) not in border_word_keys()
            or not words[1][:1].isupper()
        ):
            return None
        found, key, _ = self.find(expr.text, _SETTLEMENT_KINDS, scope, (), declined=False)
        if not found:
            return None
        self.log(f"{expr.text!r} is a place's own name")
        return self.decide(found, key, scope)

    # --- near, within, containers --------------------------------------------------------

    def near(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult:
        assert expr.inner is not None
        named = self.region_named_by_its_compass(expr, scope)
        if named is not None:
            return named
        named = self.named_with_its_area_word(expr, scope, kinds)
        if named is not None:
            return named
        inner = self.resolve(expr.inner, scope, kinds)
        if inner.status == "unresolved" and not self.reading_near:
            # "près de la frontière ghanéenne avec le Burkina Faso": what is near is
            # read as any whole text is when the grammar has no form for it.
            self.reading_near = True
            try:
                found = self.by_inner_name(expr.inner.text, scope, kinds)
            finally:
                self.reading_near = False
            if found is not None and found.status == "resolved":
                inner = found
            elif not inner.candidates:
                # "a 100 metros del balneario de San Francisco Botes" of a Belizean
                # event: the town after a common noun, refused as across the border,
                # is still the one "near" may reach over it from (below).
                facility = _COMMON_NOUN_OF_A_NAME.match(expr.inner.text)
                if facility is not None:
                    owner = self.resolve(parse_place(facility["name"]), scope, kinds)
                    if owner.status == "unresolved" and owner.candidates:
                        inner = owner
        offshore = self.far_out_at_sea(expr, inner, scope)
        if offshore is not None:
            return offshore
        beside = self.side_of_a_region(expr, inner, scope)
        if beside is not None:
            return beside
        hint = self.hint_of(scope)
        across = self.across_the_border(expr, inner, hint)
        if across is not None:
            return across
        foreign = inner.status == "unresolved" or (
            inner.precision == "country" and inner.country not in hint
        )
        if foreign and expr.inner.kind == "name" and len(hint) == 1:
            # "à 2 km du Sénégal" in a Malian event: near the neighbour is by the border.
            code = self.country_code(expr.inner.text, expr.languages, regions=False)
            pair = tuple(sorted((hint[0], code))) if code and code != hint[0] else None
            if pair is not None and self.has_border(pair):
                note = f"near {expr.inner.text}, seen from {hint[0]}: their border"
                self.log(note)
                return self.widened(expr, self.border_result(pair, note=note))
        return self.widened(expr, inner)

    def far_out_at_sea(
        self, expr: PlaceExpression, inner: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "118 nautical miles northwest of Tanjung Simpang Mengayau, Kudat": a place at
        sea beyond the territorial sea of what it is measured from; its country.

        The region holding the point (Sabah) ends at its coast, and a place beyond the
        territorial sea lies outside it; a circle wider than a place put in a direction
        from a town can lie from it would be drawn mostly where the place is not: the
        event's country, whose waters the place is in, is all the text says.  None
        unless the distance is in nautical miles, and measured from a unit the text
        reached only through a point of the event's country, beyond 12 nautical miles
        (a region the text names, "north of Gove in the Northern Territory", is the
        writer's own and stays), or from such a point, beyond
        :data:`~bordermap.geo.places.scope.DIRECTION_REACH_KM`.
        """
        if (
            inner.status != "resolved"
            or not expr.distance_km
            or expr.distance_km <= TERRITORIAL_SEA_KM
            or not states_sea_miles(expr.text)
            or not inner.country
            or inner.country not in (self.hint_of(scope) or (inner.country,))
        ):
            return None
        if inner.precision in ("region", "district"):
            named = f" {normalise(inner.name or '')} " in f" {normalise(expr.text)} "
            if not inner.coarsened or named:
                return None
        elif inner.precision not in POINT_ANSWERS or expr.distance_km <= DIRECTION_REACH_KM:
            # "20 nautical miles east of Cape Greco": near the cape, a circle of its size.
            return None
        country = self.gaz.country(inner.country)
        if country is None:
            return None
        miles = expr.distance_km / NAUTICAL_MILE_KM
        return self.coarsened_to(
            country,
            f"{miles:.0f} nautical miles from {expr.inner.text!r}, far beyond the territorial sea "
            f"off it: at sea in the waters of {country.name}, which is all the text says",
        )

    def side_of_a_region(
        self, expr: PlaceExpression, inner: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "west of Paphos" read as the province: the country holding it, flagged.

        The name is the province's and its capital's; the province answers it alone,
        but a compass direction from it points out of the province (into the next unit
        or out to sea), so the province would be a wrong place and the town a guess:
        the country, flagged coarsened, is all the text says.  None unless ``inner`` is
        a resolved region whose name a town of it also bears (an island's province,
        "al sur de Gran Canaria", stays the province: its waters are its own).
        """
        if (
            inner.status != "resolved"
            or inner.precision != "region"
            or not inner.country
            or expr.inner is None
            or expr.inner.kind != "name"
            or direction_bearing(expr.text) is None
        ):
            return None
        # "Πάφου" carries no language of its own: the event's country's languages say
        # which cases to undo, as they did for the region.
        languages = expr.inner.languages or self.hint_languages
        towns, _, _ = self.find(expr.inner.name, _SETTLEMENT_KINDS, scope, languages)
        if not any(t.admin1_code == inner.admin1_code for t in towns):
            return None
        country = self.gaz.country(inner.country)
        if country is None:
            return None
        return self.coarsened_to(
            country,
            f"{expr.text!r} points away from the region {inner.name}, out of it: only "
            f"the country {country.name} is answered",
        )

    def named_with_its_area_word(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Ivory Coast": a place whose own name ends with the word that makes "X coast"
        (or "X beach", "X desert") the land near X.

        Only a name the gazetteer holds as written, whole: "the Latvian coast" is still
        near Latvia, and "Ivory" alone names nothing.
        """
        text = re.sub(r"^the\s+", "", expr.text.strip(), flags=re.IGNORECASE)
        if expr.inner is None or normalise(text) == normalise(expr.inner.text):
            return None
        places, key, _ = self.find(text, kinds, scope, (), declined=False)
        if not places or key != normalise(text):
            return None
        self.log(f"{text!r} is a name of its own, not near {expr.inner.text!r}")
        return self.name(text, scope, kinds, (), declined=False)

    def region_named_by_its_compass(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "al norte de Santander": a region whose own name is the compass words and X.

        Reporters write Colombia's Norte de Santander in lower case as often as not; read
        as "north of Santander", it became the department of Santander (or a town).
        """
        match = _COMPASS_OF_A_NAME.match(expr.text)
        if match is None or not self.hint_of(scope):
            return None
        said = match["words"]
        # "el Norte del Santander": the article joined to "de" is no part of the name.
        for words in dict.fromkeys((said, re.sub(r"(?i)\s+del\s+", " de ", said))):
            found, key, _ = self.find(words, ("region",), scope, (), declined=False)
            own = [p for p in found if normalise(p.name) == key]
            if own:
                break
        else:
            return None
        result = self.decide(own, key, scope)
        if result.status != "resolved":
            return None
        note = f"{words!r} is the own name of the region {result.name}, not a direction"
        self.log(note)
        return replace(result, note=note)

    def across_the_border(
        self, expr: PlaceExpression, inner: PlaceResult, hint: tuple[str, ...]
    ) -> PlaceResult | None:
        """ "bei Basel" of a German event: near a town just across the border, or None.

        The town was refused as outside the event's country, but "near" it reaches
        into that country when the town lies within the near radius of it; the answer
        is the circle around the town, with no country of its own (the event's side
        is the event's).
        """
        if inner.status != "unresolved" or len(hint) != 1 or not inner.candidates:
            return None
        radius = max(NEAR_RADIUS_KM, expr.distance_km or 0.0)
        close = {
            (c.name, c.country): c
            for c in inner.candidates
            if c.precision in ("settlement", "exact")
            and c.country not in hint
            and circle_reaches(hint, c.lat, c.lon, radius)
        }
        if len(close) != 1:
            return None
        town = next(iter(close.values()))
        unchecked = self.containers_not_of(expr.inner, town.country or "")
        if unchecked:
            # "Куруксай Сариасийского района Сурхандарьинской области": the words after
            # the name say which units hold it; a town across the border they do not
            # name is a namesake, not the place (nor near it).
            self.log(f"{town.name} ({town.country}) is not in {unchecked[0]!r}")
            return None
        note = (
            f"near {town.name} ({town.country}), {radius:g} km around it reaching into "
            f"the event's country {hint[0]}"
        )
        return self.drawn_around(town.name, town.lat, town.lon, "near", radius, note)

    def containers_not_of(self, expr: PlaceExpression, country: str) -> list[str]:
        """The containers ``expr`` writes after its name ("X, Y", "X in Y", "X of the Y
        district") that do not say ``country``, outermost last; empty when none.

        Parameters
        ----------
        expr : PlaceExpression
            The expression of a place, possibly in its containers.
        country : str
            ISO alpha-2 code of a town found for its name.

        Returns
        -------
        list of str
            The containers' texts.
        """
        found: list[str] = []
        part: PlaceExpression | None = expr
        while part is not None and part.kind in ("restricted", "settlement"):
            if (
                part.kind == "restricted"
                and part.other
                and self.country_code(part.other, part.languages) != country
            ):
                found.append(part.other)
            part = part.inner
        return found[::-1]

    def drawn_around(
        self,
        name: str,
        lat: float,
        lon: float,
        precision: str,
        radius_km: float,
        note: str,
        country: str | None = None,
        admin1_code: str | None = None,
    ) -> PlaceResult:
        """A place the data knows only by a point, drawn as a circle of ``radius_km``
        around it (a district at its seat, a region around its towns, near a town)."""
        self.log(note)
        return PlaceResult(
            self.query,
            "resolved",
            name=name,
            country=country,
            admin1_code=admin1_code,
            lat=lat,
            lon=lon,
            precision=precision,
            geometry=Point(lon, lat),
            uncertainty_km=radius_km,
            note=note,
        )

    def widened(self, expr: PlaceExpression, inner: PlaceResult) -> PlaceResult:
        """``inner`` as "near" it: a point becomes a circle of the near radius, or of the
        distance the text gives if larger; a border keeps its line; areas stay, but an
        area drawn as a circle grows by the distance ("40 km south of Scarborough
        Shoal" lies outside the shoal's own circle)."""
        if (
            inner.status == "resolved"
            and inner.precision in ("near", "district", "region")
            and isinstance(inner.geometry, Point)
            and inner.uncertainty_km
            and expr.distance_km
        ):
            region = self.region_for_a_distance_off_a_unit(expr, inner)
            if region is not None:
                return region
            grown = inner.uncertainty_km + expr.distance_km
            note = f"{expr.distance_km:g} km from {inner.name}: its circle grows to {grown:g} km"
            self.log(note)
            return replace(
                inner, uncertainty_km=grown, note="; ".join(n for n in (inner.note, note) if n)
            )
        if inner.status == "unresolved" or inner.precision not in (
            "settlement",
            "exact",
            "border",
        ):
            return inner
        radius = max(NEAR_RADIUS_KM, expr.distance_km or 0.0)
        if inner.precision == "border":
            return replace(inner, uncertainty_km=radius)
        return replace(inner, precision="near", uncertainty_km=radius)

    def region_for_a_distance_off_a_unit(
        self, expr: PlaceExpression, inner: PlaceResult
    ) -> PlaceResult | None:
        """The region holding a district a distance is measured from an unknown place in.

        "전남 신안군 소흑산도 서방 23마일 해상" (23 miles west of Sohuksando, Sinan
        county, South Jeolla): the islet measured from is unknown, so the district only
        stood in for it; a spot that far from some point of the district, as far as half
        the district's own size or more, may well lie outside it.  The district is then
        a claim the text does not make, and the region holding it is answered, coarsened.
        None when ``inner`` is no district answered for an unknown name, the distance is
        small beside it, or the region has no outline.
        """
        if (
            inner.precision != "district"
            or not inner.coarsened
            or not inner.admin1_code
            or not inner.uncertainty_km
            or not expr.distance_km
            or expr.distance_km < inner.uncertainty_km / 2
        ):
            return None
        region = self.gaz.region(inner.admin1_code)
        if region is None:
            return None
        note = (
            f"{expr.distance_km:g} km from an unknown place in {inner.name}, whose circle is "
            f"{inner.uncertainty_km:g} km: the region holding it, {region.name}"
        )
        return self.coarsened_to(region, note)

    def within(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        assert expr.inner is not None
        if expr.suffix == "described":
            # "North Darfur state" (the compass is part of the name), else "north
            # Maungdaw township" (the compass describes the township).
            named = self.region_named_by_its_compass(expr, scope)
            if named is not None:
                return named
            if expr.outer is not None:
                whole = self.resolve(expr.outer, scope)
                if whole.status != "unresolved":
                    return whole
            return self.resolve(expr.inner, scope)
        # "South Africa", "East Timor", "Northern Ireland" are names, not parts; so is
        # "شمال سيناء" (North Sinai) after an Arabic "in" ("في شمال سيناء").
        bare = ARABIC_PREPOSITION_BEFORE_COMPASS.sub("", expr.text)
        for text in dict.fromkeys((expr.text, bare)):
            whole = self.name(text, scope, _NAME_KINDS, expr.languages, declined=False)
            if whole.status != "unresolved":
                return whole
            if not text[:1].islower() and any(c.precision == "country" for c in whole.candidates):
                # "South Sudan" of a Ugandan event: the country, refused outside the
                # event's; never "the south of Sudan" ("south Sudan" in lower case may be).
                return whole
        named = self.region_named_by_its_compass(expr, scope)
        if named is not None:
            return named
        if expr.suffix == "compass" and not expr.text[:1].islower():
            # "North Waziristan", "East Khasi Hills", "South 24 Parganas": a district
            # whose own name opens with the capitalised compass word, named bare; a
            # script without capitals cannot tell ("شمالي وزيرستان").
            drawn = self.district_by_bare_name(
                PlaceExpression("name", expr.text, expr.text), scope
            )
            if drawn is not None:
                return drawn
        if expr.suffix != "compass" and expr.inner.kind == "name":
            code = self.country_code(expr.inner.text, expr.languages, regions=False)
            country = self.gaz.country(code) if code else None
            if country is not None and (
                expr.inner.text[:1].islower() or code in self.hint_of(scope)
            ):
                # "ελληνικό έδαφος" is Greek soil, not the town of Ellinikó: an adjective
                # in lower case, or the event's own country, is the country's territory.
                self.log(f"{expr.inner.text!r} is the country {code}")
                return self.from_place(country)
        inner = self.resolve(expr.inner, scope)
        if expr.suffix == "compass" and _ROMANCE_PART_OF_A_TOWN.match(expr.text):
            town = inner.precision in ("settlement", "near", "exact") or (
                inner.status == "unresolved"
                and bool(inner.candidates)
                and all(c.precision in ("settlement", "exact") for c in inner.candidates)
            )
            names = {normalise(c.name) for c in (inner, *inner.candidates) if c.name}
            if town and not any(self.gaz.lookup_key(n, kinds=("region",)) for n in names):
                # (Not "no oeste de Belgorod": a region of the town's name is the part's.)
                # "no sul da aldeia gambian Bwiam": the south of a village, in lower case
                # (no region's own name), lies by it, across a border or not.
                self.log("a part of a town: near it")
                return self.near(replace(expr, kind="near", suffix=""), scope, _NAME_KINDS)
        if inner.status == "unresolved" and expr.inner.kind == "name":
            code = self.country_code(
                expr.inner.text, expr.languages, regions=False
            )  # "Latvian territory"
            country = self.gaz.country(code) if code else None
            return self.from_place(country) if country is not None else inner
        if (
            expr.suffix == "compass"
            and inner.precision in ("settlement", "near")
            and _CENTRE_OF.match(expr.text)
        ):
            # "el centro de Irún", "the centre of Narva": inside the town, which answers.
            self.log(f"the centre of {inner.name}: the town")
            return replace(inner, note=f"the centre of {inner.name}: the town")
        if expr.suffix == "compass" and inner.precision in ("settlement", "near", "exact"):
            if _ARABIC_COMPASS_BEFORE.match(expr.text):
                # "شمال غربي بيروت": Arabic writes "north-west of Beirut" with the compass
                # word before the town (no capital letter makes it a name): near the town.
                self.log(f"an Arabic direction from {inner.name}: near it")
                return self.widened(replace(expr, kind="near"), inner)
            # "West Virginia" is not the west of some town called Virginia.
            return self.unresolved(note="a compass word before a town is not a part of it")
        if (
            inner.status == "resolved"
            and inner.precision in ("settlement", "exact")
            and _WATERS_OF.match(expr.text)
        ):
            return self.waters_of_a_town(inner)
        if inner.precision in ("settlement", "near", "exact") and _UNIT_AFTER.search(expr.text):
            # "Rutshuru territory": the unit around the town, never the town itself; read
            # as any district is (the districts table, else its namesake town's region).
            return self.area(replace(expr.inner, kind="district", suffix="territory"), scope)
        return inner

    def feature_filed_under_a_town(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope, kinds
    ) -> PlaceResult | None:
        """An island group or sea the text files under a town's municipality, or None.

        "the Senkaku Islands in the city of Ishigaki": islands are filed under a
        municipality whose town may lie far off (Ishigaki, 170 km); the feature the
        text names is the place, not the town, when the feature is one of the town's
        country's (a coastal state or claimant of it).

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression (the place "in" the town).
        outer : PlaceResult
            What the town's words resolved to.
        scope : Scope
            The scope of the whole text (not the town's).
        kinds : tuple of str
            Kinds of place looked up.

        Returns
        -------
        PlaceResult or None
        """
        if (
            outer.status != "resolved"
            or outer.precision not in ("settlement", "district")
            or expr.inner is None
            or expr.inner.kind != "name"
        ):
            return None
        alone = self.resolve(expr.inner, scope, kinds)
        if alone.status == "unresolved":
            # "Japanese territorial waters off the Senkaku Islands": the name inside.
            alone = self.by_inner_name(expr.inner.text, scope, kinds) or alone
        water = water_named(alone.name or "") if alone.status == "resolved" else None
        if water is None or water.kind not in _FILED_KINDS or outer.country not in water.countries:
            # A sea or strait is no municipality's: "Mona Passage waters just off Playa
            # Buye in Cabo Rojo" is by the town.
            return None
        note = f"{water.name} ({water.kind}) is filed under {outer.name}, which lies off it"
        self.log(note)
        return replace(alone, note=f"{alone.note}; {note}" if alone.note else note)

    def open_water_named_whole(
        self, expr: PlaceExpression, scope: Scope, kinds, why: str
    ) -> PlaceResult | None:
        """The sea, gulf or strait the head of "X, Y" names whole, when the container Y is
        unknown and no event's country bounds the head; None otherwise.

        "Perairan Laut Sulawesi, wilayah perbatasan Indonesia–Filipina" (the waters of
        the Celebes Sea, the Indonesia–Philippines border area): a sea has one name the
        world over, so the container, which only describes it (here a sea border the
        data has no line of), is not needed to find it, as it is for a town."""
        if expr.inner is None:
            return None
        alone = self.resolve(expr.inner, scope, kinds)
        water = water_named(alone.name or "") if alone.status == "resolved" else None
        if water is None or water.kind not in _OPEN_WATER_KINDS:
            return None
        note = f"{why}; {water.name} ({water.kind}) is named whole, found without it"
        self.log(note)
        return replace(alone, note=f"{alone.note}; {note}" if alone.note else note)

    def waters_of_a_town(self, town: PlaceResult) -> PlaceResult:
        """The waters of a town ("aguas de Ceuta"): around it, not the town itself.

        A town that is its own admin-1 region, or gives it its name (Ceuta, an
        autonomous city), has its waters in that region's: the region, coarsened; any
        other town's waters lie near it.
        """
        region = self.admin1_unit_seated_at(town, normalise(town.name or ""))
        if region is not None and region.status == "resolved":
            note = f"the waters of {town.name}: the region it heads, {region.name}"
            self.log(note)
            return replace(region, query=self.query, coarsened=True, note=note)
        note = f"the waters of {town.name}: near it"
        self.log(note)
        near = replace(town, precision="near", uncertainty_km=NEAR_RADIUS_KM)
        return replace(near, query=self.query, coarsened=True, note=note, candidates=())

    def container_then_its_district(
        self, expr: PlaceExpression, outer: PlaceResult, result: PlaceResult
    ) -> bool:
        """Whether "X, Y district" names Y's region first and then the district Y."""
        if (
            expr.suffix != ","
            or expr.inner is None
            or expr.inner.kind != "name"
            or outer.status != "resolved"
            or outer.precision != "district"
            or not outer.admin1_code
            or result.status != "resolved"
        ):
            return False
        if result.precision == "region":
            return result.admin1_code == outer.admin1_code
        if result.precision not in ("settlement", "near"):
            return False
        countries = (outer.country,) if outer.country else ()
        found, _, _ = self.find(expr.inner.name, ("region",), Scope(countries), expr.languages)
        return any(place.admin1_code == outer.admin1_code for place in found)

    def region_of_postal_code(self, text: str) -> Place | None:
        """ "NY" in "Chateaugay, NY" of a US event: the state whose ISO 3166-2 code is the
        event country's and the postal code's ("US-NY"); a Canadian province's ("ON",
        "QC") or an Australian state's ("NSW") likewise.  Only with that one event
        country ("AZ" is also Azerbaijan's code); None otherwise."""
        if len(self.hint) != 1 or self.hint[0] not in _POSTAL_CODE_COUNTRIES:
            return None
        code = postal_code_in(text)
        if code is None:
            return None
        region = self.gaz.region(f"{self.hint[0]}-{code}")
        if region is not None:
            self.log(f"{text!r} is the postal code of {region.name}")
        return region

    def by_postal_code(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope, kinds: tuple[str, ...]
    ) -> PlaceResult | None:
        """ "Calexico, CA", "Uruguaiana, RS", "Atlanta, Georgia": a container that is a
        country and also a state elsewhere (two letters that are a country's code and a
        state's postal code, or a name both bear).  The reading the place is found in
        decides; found in none, the words do not say which area to answer."""
        if expr.inner is None:
            return None
        hint = self.hint_of(scope)
        code = postal_code_in(expr.other)
        if code is not None and len(code) == 2:
            country: str | None = code
            states = [
                region
                for owner in _POSTAL_CODE_COUNTRIES
                for region in (self.gaz.region(f"{owner}-{code}"),)
                if region is not None
            ]
        elif outer.status == "resolved" and outer.precision == "country" and outer.country:
            country = outer.country
            states = [
                place
                for place in self.gaz.lookup_key(normalise(expr.other), kinds=("region",))
                if place.country != country and place.admin1_code
            ]
        elif outer.status == "ambiguous" and all(
            place.precision == "region" and place.admin1_code for place in outer.candidates
        ):
            # "Amritsar, Punjab": India's Punjab or Pakistan's.
            country = None
            states = list(outer.candidates)
        else:
            return None
        states = [region for region in states if not hint or region.country in hint]
        if not states:
            return None
        scopes = [Scope((region.country,), region.admin1_code) for region in states]
        if country and self.gaz.country(country) is not None and (not hint or country in hint):
            scopes.insert(0, Scope((country,)))
        held = [
            result
            for result in (self.resolve(expr.inner, inside, kinds) for inside in scopes)
            if result.status in ("resolved", "ambiguous")
        ]
        areas = ", ".join(
            [*([country] if country else []), *(f"{r.name} ({r.country})" for r in states)]
        )
        if len(held) == 1:
            self.log(f"{expr.other!r} may be {areas}; {expr.name!r} is found in one")
            return held[0]
        # "Salem, IN": a town of Indiana and a district of India.
        if held:
            return self.unresolved(
                note=f"{expr.other!r} may be {areas}, and {expr.name!r} is found in several"
            )
        return self.unresolved(
            note=f"{expr.other!r} may be {areas}, and {expr.name!r} is found in none of them"
        )

    def region_across_the_border(self, refused: PlaceResult) -> PlaceResult | None:
        """The one region of a neighbour of the event's country that a container names
        ("a El Paso, Texas" of a Mexican event): the text puts the place across the
        line; None for any other refusal (see :meth:`across_or_not`)."""
        if self.no_across:
            return None
        regions = {(c.country, c.admin1_code) for c in refused.candidates}
        if len(regions) != 1 or any(c.precision != "region" for c in refused.candidates):
            return None
        ((country, code),) = regions
        if (
            not country
            or not code
            or not any(self.has_border(tuple(sorted((country, own)))) for own in self.hint)
        ):
            return None
        region = self.gaz.region(code)
        if region is None:
            return None
        self.log(f"inside {region.name}, a region of {country} across the border")
        self.across_region = self.from_place(region)
        return self.across_region

    def across_or_not(
        self, expr: PlaceExpression, outer: PlaceResult, inside: Scope, scope: Scope
    ) -> tuple[PlaceResult, Scope]:
        """The container a region across the border makes, when the place it holds is a
        town of it by the line ("El Paso" in Texas, by Mexico); else the container read
        as before, the region refused ("Тересполь (Брест)": Terespol is no town of
        Brest region; "Ponte Mauá, em Rio Branco": Rio Branco is Roraima's old name)."""
        assert expr.inner is not None
        self.across_region = None
        self.depth += 1
        try:
            town = self.resolve(expr.inner, inside, _SETTLEMENT_KINDS)
        finally:
            self.depth -= 1
        if (
            town.status == "resolved"
            and town.precision in ("settlement", "exact")
            and town.lat is not None
            and town.lon is not None
            and circle_reaches(self.hint, town.lat, town.lon, ACROSS_KM)
        ):
            self.named_countries.add(outer.country or "")
            return outer, inside
        self.log(f"{expr.inner.text!r} is no town of {outer.name} by the line")
        self.no_across = True
        try:
            return self.container(expr.outer, scope)
        finally:
            self.no_across = False

    def container(self, expr: PlaceExpression, scope: Scope) -> tuple[PlaceResult, Scope]:
        """What "X, Y" / "X in Y" / "Y's X" puts X inside, and the scope that makes."""
        if expr.kind == "name":
            postal = self.region_of_postal_code(expr.name)
            if postal is not None:
                return self.from_place(postal), Scope((postal.country,), postal.admin1_code)
            code = self.country_code(expr.name, expr.languages, regions=False)
            if code is not None and self.gaz.country(code) is not None:
                self.log(f"inside the country {code}")
                self.named_countries.add(code)
                return self.from_place(self.gaz.country(code)), Scope((code,))
            group = group_named(expr.name)
            if group is not None and group.country in self.hint_of(scope):
                # "Duhok governorate, Kurdistan" of an Iraqi event: inside Iraq's region.
                grouped = self.region_group(group, None)
                return grouped, Scope((group.country,))
            # A container is an area first: "Surin" in "Surin's X" is the province.
            refused_area: PlaceResult | None = None
            for kinds in (("region",), _SETTLEMENT_KINDS):
                found, key, _ = self.find(expr.name, kinds, scope, expr.languages)
                if found and kinds == _SETTLEMENT_KINDS and len(self.hint_of(scope)) == 1:
                    # "a camp in Mandera": a county the outlines lack is an area too,
                    # before its namesake town; what lies in it lies within its circle.
                    drawn = self.region_without_outline_as_container(expr, scope)
                    if drawn is not None:
                        return drawn
                if found:
                    result = self.decide(found, key, scope)
                    if result.status == "unresolved" and kinds == ("region",) and self.hint:
                        own = (
                            None
                            # "em Rio Branco" of a Uruguayan event: the town Río Branco,
                            # which the reading across the border finds.
                            if self.looked_up(key, _SETTLEMENT_KINDS, Scope(self.hint))
                            else self.bare_unit_container(expr, scope)
                        )
                        if own is not None:
                            # "en Guajira" of a Venezuelan event: the event's country's
                            # own unit (municipio Guajira, Zulia), not the region of the
                            # name across the border (La Guajira, Colombia).
                            result = own
                            break
                        across = self.region_across_the_border(result)
                        if across is not None:
                            result = across
                            break
                        # "a school in Uri" of an Indian event: a region of the name
                        # abroad (Uri, CH) is refused; a town of the event's may hold it.
                        refused_area = result
                        continue
                    if result.status == "unresolved" and not result.name and self.hint:
                        # "in Kech's Zamuran area" of a Pakistani event: the one town of
                        # the name is abroad (Ketsch, DE); a district of the event's is it.
                        result = self.district_container(expr, scope) or result
                    break
            else:
                district = None if refused_area else self.district_container(expr, scope)
                drawn = (
                    self.region_without_outline_as_container(expr, scope)
                    if district is not None
                    else None
                )
                if drawn is not None:
                    # "Ladakh's Chumur area": a unit the outlines lack (Ladakh, IN-LA,
                    # since 2019) before an older district of its name, which the
                    # outlines file in another region (Jammu and Kashmir).
                    return drawn
                result = (
                    refused_area
                    # "Сеньківка, Чернігівщина": a region by its town's name is a unit.
                    or self.colloquial_region(expr.name, scope)
                    or district
                    or self.rural_area_of_a_town(expr.text, scope)
                    or self.bare_unit_container(expr, scope)
                    # "at Lochom in Kaabong West": a part of a unit, named by a compass.
                    or self.unit_part_named_by_a_compass(expr.name, scope)
                    or self.island_group_container(expr, scope)
                    or self.unresolved(note=f"{expr.name!r} is not a place the gazetteer knows")
                )
        elif expr.kind == "near" and expr.inner is not None and expr.inner.kind == "border":
            return self.container(expr.inner, scope)
        elif expr.kind == "border" and not expr.name and len(self.hint) != 1:
            # "X, on the border with Y": X lies in a neighbour of Y.
            other = self.country_code(expr.other, expr.languages, regions=False)
            around = neighbours_of(other) if other else ()
            self.log(f"inside a neighbour of {other}: {', '.join(around)}")
            note = f"which border of {other} is not said"
            return self.unresolved(note=note), Scope(around) if around else scope
        else:
            result = self.resolve(expr, scope)
            if result.status == "unresolved" and expr.kind in ("region", "district"):
                # "La Victoria, estado de Apure, en zona fronteriza con Arauca": the unit
                # with a describing tail is the unit, when the tail agrees; never left
                # out for a namesake elsewhere.
                headed = self.by_head(expr.text, scope)
                if headed is not None and not headed.coarsened:
                    result = headed
        if result.status != "resolved":
            if expr.kind == "border" and self.hint:
                # "X, near the border" with the event's country: X is in that country.
                return result, replace(scope, countries=scope.countries or self.hint)
            return result, scope
        if result.precision == "border":
            pair = tuple(self.border_pairs_of(result))
            if expr.kind == "side" and result.country in pair:
                # "Bermejo, del lado boliviano": the side the words name holds the place,
                # whatever the event's country.
                self.named_countries.add(result.country)
                return result, Scope((result.country,))
            # The event's country, when it is one side, is the side the place is on.
            pair = tuple(c for c in pair if c in self.hint) or pair
            held = tuple(c for c in pair if c in scope.countries)
            if held and (scope.admin1 or scope.anchor is not None):
                # "the X checkpoint at the Kazakh-Uzbek border in Turkestan region": the
                # region already read holds the place too; the border narrows it only.
                return result, replace(scope, countries=held)
            return result, Scope(pair or scope.countries)
        if result.precision == "country":
            return result, Scope((result.country,) if result.country else ())
        if result.precision in ("region", "district") and result.admin1_code:
            if group_named(result.name or "") is not None:
                # A unit made of units: what lies in it lies in one of them.
                return result, Scope((result.country,) if result.country else ())
            countries = (result.country,) if result.country else ()
            # "в пункте пропуска «Верхний Ларс» в Северной Осетии": a crossing is filed
            # under no region; one the text calls a crossing may lie at the unit's edge.
            # (Without the word, "village Attari in Amritsar district" is the village.)
            # "the border town of Nadapal in Eastern Equatoria State": a town the text
            # sets on the border may be known only as the crossing named after it.
            at_edge = bool(
                CROSSING_WORD.search(self.query)
                or _BORDER_TOWN.search(self.query)
                or _VIETNAMESE_GATE.search(self.query)
            )
            outline = self.gaz.region(result.admin1_code) is not None
            if (
                (result.precision == "district" or not outline)
                and result.lat is not None
                and result.lon is not None
                and result.uncertainty_km
            ):
                # "В Волоконовском районе в селе Борисовка": a district drawn as a circle
                # at its seat holds only what lies within its reach, not every namesake
                # of its region (Borisovka, the seat of the next district, 127 km away).
                # So does a region the outlines lack ("Lokichogio, Turkana County"): no
                # town is filed under its code (Kenya's have none, North Kalimantan's
                # are East Kalimantan's), only its circle says what lies in it.
                return result, Scope(
                    countries,
                    result.admin1_code if outline else None,
                    anchor=(result.lat, result.lon),
                    reach_km=result.uncertainty_km,
                    crossings_at_edge=at_edge,
                )
            return result, Scope(countries, result.admin1_code, crossings_at_edge=at_edge)
        assert result.lat is not None and result.lon is not None
        countries = (result.country,) if result.country else ()
        bearing = direction_bearing(expr.text) if expr.kind == "near" else None
        if bearing is not None and result.precision == "near":
            # "Paju City, northwest of Seoul": the words after the comma place the town
            # from a better-known one; it lies that way, not inside it (33 km off).
            reach = max(DIRECTION_REACH_KM, 2 * (result.uncertainty_km or 0.0))
            self.log(f"within {reach:g} km of {result.name}, at a bearing of {bearing:g}°")
            return result, Scope(
                countries, anchor=(result.lat, result.lon), reach_km=reach, bearing=bearing
            )
        if expr.kind == "near" and expr.distance_km and result.precision == "near":
            # "Malanville, à 70 km de Kandi": the town lies about as far as the text
            # says from the better-known one, which a town's reach would not admit.
            reach = max(CONTAINER_TOWN_KM, _TOLD_DISTANCE_SLACK * expr.distance_km)
            self.log(f"within {reach:g} km of {result.name}, the distance the text gives")
            return result, Scope(countries, anchor=(result.lat, result.lon), reach_km=reach)
        return result, Scope(countries, anchor=(result.lat, result.lon))

    def border_by_a_town_of_the_region(
        self, expr: PlaceExpression, outer: PlaceResult, inside: Scope, kinds
    ) -> PlaceResult | None:
        """ "near the border at Nogales, Arizona": the border by a town the region holds.

        Read alone, "the border at Nogales" is the border by the town; inside a region
        the same reading was not tried, and the region was answered for a text that
        names the line.  The border is cut to the region's stretch of it.  None unless
        the text opens with a border word and names a town of the region.
        """
        assert expr.inner is not None
        if outer.precision != "region" or not starts_with_border_word(expr.inner.text):
            # A district keeps its reading: "mpaka wa Namanga, wilayani Longido" is the
            # district, drawn at its seat, which the border by the town would not say.
            return None
        for run in runs_of(expr.inner.text):
            for span in spans_of(list(run.words)):
                town = self.inner_resolve(span, inside, _SETTLEMENT_KINDS)
                if town.status != "resolved" or town.precision not in POINT_ANSWERS:
                    continue
                # A town, not a country ("border checkpoints with Cambodia in Sa Kaeo"
                # is the unit's stretch of the border, as read before).
                by_town = self.border_by_point(town)
                return None if by_town is None else self.border_stretch_in(by_town, outer)
        return None

    def crossing_at_the_units_edge(
        self, expr: PlaceExpression, result: PlaceResult, inside: Scope, kinds
    ) -> PlaceResult:
        """A crossing named "in" a unit, when nothing of the name lies inside the unit.

        "The Khunjerab pass in Gilgit-Baltistan", "la frontera La Hachadura, en
        Ahuachapán": a crossing is filed under no region, and its point (often the
        other side's town) may fall just outside the unit's outline.  Without a crossing
        word in the text, the unit admits no crossing at its edge (a village of the name
        inside it is meant); when the name found nothing inside and the text calls the
        place a pass or a border place, a crossing of the unit's country at its edge (see
        :class:`Scope`: either side, near the outline, or within :data:`BESIDE_KM` of the
        circle of a district drawn at its seat) is looked up, and answers.  One of the name
        on another border, far from the unit, is not admitted.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression ("X in Y").
        result : PlaceResult
            What X resolved to inside Y.
        inside : Scope
            The scope Y gave.
        kinds : tuple of str
            The kinds the lookup allowed.

        Returns
        -------
        PlaceResult
            The crossing, or ``result`` unchanged.
        """
        if (
            result.status != "unresolved"
            or not (inside.admin1 or inside.anchor is not None)
            or inside.crossings_at_edge
            or "crossing" not in KINDS
            or "crossing" not in (kinds or KINDS)
            or expr.inner is None
            or expr.inner.kind in ("border", "region", "district", "country")
            # "village Attari in Amritsar district" is the village: only a text that
            # calls the place a pass or a border place may mean the crossing.
            or not (names_a_border(expr.inner.text) or _PASS_WORD.search(expr.inner.text))
        ):
            return result
        edge = replace(inside, crossings_at_edge=True)
        if inside.anchor is not None:
            # A district drawn as a circle at its seat: the circle is about its size, so
            # a crossing on its far edge may lie beyond it ("the Angoor Adda border
            # crossing in South Waziristan", 36 km from Wana, drawn as 10 km).
            edge = replace(edge, reach_km=inside.reach_km + BESIDE_KM)
        found = self.resolve(expr.inner, edge, ("crossing",))
        if found.status != "resolved" or found.country is not None:
            return result
        self.log(f"{expr.name!r} is the crossing {found.name}, at the edge of {expr.other!r}")
        return found

    def the_pairs_crossing_in_a_district(
        self, expr: PlaceExpression, outer: PlaceResult, inside: Scope
    ) -> PlaceResult | None:
        """ "The Thai-Myanmar border checkpoint in Tak province's Mae Sot district": a
        crossing named only by its two countries, in a district drawn as a circle at its
        seat; the one crossing of the pair the district holds (see :class:`Scope`), or
        None.  Only a district: a region holds many posts the table lacks.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression ("X in Y").
        outer : PlaceResult
            What Y resolved to.
        inside : Scope
            The scope Y gave.

        Returns
        -------
        PlaceResult or None
        """
        inner = expr.inner
        if (
            inner is None
            or inner.kind != "settlement"
            or inner.suffix != "crossing"
            or outer.precision != "district"
            or inside.anchor is None
            or not inside.admin1
            or "crossing" not in KINDS
        ):
            return None
        parts = _dash_parts(inner.name)
        if len(parts) != 2 or not all(parts):
            return None
        line = PlaceExpression(
            "border",
            f"{parts[0]}-{parts[1]} border",
            name=parts[0],
            other=parts[1],
            languages=inner.languages,
        )
        pair = tuple(self.border_pairs_of(self.border(line)))
        return self.pairs_one_crossing_in(pair, outer, inside)

    def pairs_one_crossing_in(
        self, pair: Sequence[str], district: PlaceResult, inside: Scope
    ) -> PlaceResult | None:
        """The one crossing of the border ``pair`` that ``district`` holds (``inside``,
        its scope, with crossings at its edge), or None for none or several.

        Parameters
        ----------
        pair : sequence of str
            The border's two countries.
        district : PlaceResult
            The district, one of whose country's is in ``pair``.
        inside : Scope
            Its scope: its region and the circle drawn at its seat.

        Returns
        -------
        PlaceResult or None
        """
        if len(set(pair)) != 2 or district.country not in pair or "crossing" not in KINDS:
            return None
        edge = replace(inside, crossings_at_edge=True)
        rows = {
            row for country in sorted(pair) for _, row in self.gaz.forms_of("crossing", country)
        }
        places = [
            p
            for p in map(self.gaz.place, sorted(rows))
            if set(p.countries) == set(pair) and edge.admits(p)
        ]
        if len(places) != 1:
            return None
        note = f"the one crossing of the {'-'.join(sorted(pair))} border in {district.name}"
        self.log(f"{note}: {places[0].name}")
        return replace(self.from_place(places[0]), note=note)

    def inside_the_towns_district(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """X "in" a town that also names a district, when X is not in the town's reach.

        "Teknaf and neighbouring areas in Cox's Bazar": Cox's Bazar is the town and its
        district; Teknaf lies 80 km from the town, in the district.  Only a district the
        data has by that very name widens the search, never its region.
        """
        if expr.inner is None or expr.inner.kind == "border" or not expr.other:
            return None
        unit_expr = PlaceExpression(
            "district", expr.other, expr.other, suffix="district", languages=expr.languages
        )
        unit, inside = self.container(unit_expr, scope)
        if unit.status != "resolved" or unit.precision != "district":
            return None
        found = self.resolve(expr.inner, inside, kinds)
        if found.status != "resolved":
            return None
        self.log(f"{expr.name!r} is in the district {unit.name}, not within reach of its town")
        return found

    def near_clause_across_the_border(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope
    ) -> bool:
        """Whether "X, close to Y" has a Y found only across the border from the hint.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression ("X" inside "close to Y").
        outer : PlaceResult
            What its container resolved to.
        scope : Scope
            The lookup scope, with the event's country.

        Returns
        -------
        bool
            True when the container is a near clause after a comma and its answer lies
            in a country other than the event's.
        """
        hint = self.hint_of(scope)
        return (
            expr.suffix == ","
            and expr.outer is not None
            and expr.outer.kind == "near"
            and bool(hint)
            and outer.status == "resolved"
            and outer.country is not None
            and outer.country not in hint
        )

    @staticmethod
    def crossing_word_chose(
        inner: PlaceExpression, alone: PlaceResult, namesakes: Sequence[Place]
    ) -> bool:
        """Whether ``inner`` is a name under a crossing word ("el puente internacional de
        Huaquillas") and ``alone``, what it was found as, is the one crossing among the
        ``namesakes``: the word, not the unknown container, tells it from its town."""
        crossings = [p for p in namesakes if p.kind == "crossing"]
        return (
            inner.kind == "settlement"
            and inner.suffix == "crossing"
            and len(crossings) == 1
            and alone.name == crossings[0].name
            and alone.lat == crossings[0].lat
            and alone.lon == crossings[0].lon
        )

    def sea_border_in_a_unit(
        self, expr: PlaceExpression, outer: PlaceResult, border: PlaceResult
    ) -> PlaceResult | None:
        """The unit a sea border is said to lie in, for its country's side of it.

        "the border between Bougainville and Shortland Islands in Western Province" of a
        Solomon Islands event: the data has no sea line, so the border alone is answered
        by the event's country; the text puts it in a unit of that country, which holds
        that country's side of it and is finer.  None otherwise, and None when the unit
        only stands in for an unknown place the text puts in it ("the Arabian Sea off the
        coast of Okha in Gujarat"): what lies in the unit is then that place, at sea off
        its coast perhaps, not the border's side.
        """
        if (
            expr.inner is None
            or expr.inner.kind != "border"
            or border.status != "resolved"
            or border.precision != "country"
            or not border.note.startswith(SEA_BORDER_NOTE)
            or outer.status != "resolved"
            or outer.coarsened
            or outer.precision not in ("region", "district")
            or outer.country != border.country
        ):
            return None
        note = f"{SEA_BORDER_NOTE}; the text puts it in {outer.name}, which holds its side"
        self.log(note)
        return replace(outer, note=f"{outer.note}; {note}" if outer.note else note)

    @staticmethod
    def sea_border_placed_in_a_unit(result: PlaceResult) -> bool:
        """Whether ``result`` is a unit answering for a sea border the text puts in it
        (:meth:`sea_border_in_a_unit`): already the border's place, not to be re-read."""
        return (
            result.status == "resolved"
            and result.precision in ("region", "district")
            and f"{SEA_BORDER_NOTE}; the text puts it in" in result.note
        )

    def restricted(self, expr: PlaceExpression, scope: Scope, kinds) -> PlaceResult:
        assert expr.inner is not None and expr.outer is not None
        if expr.suffix == "," and _unnamed_crossing(expr.inner) and expr.outer.kind == "name":
            # "at the sole functioning checkpoint, Chernyshevskoye", "Finland's southernmost
            # crossing point, Vaalimaa": the words before the comma describe a crossing
            # without naming it; the name after it is the crossing's.
            named = self.resolve(parse_place(f"{expr.other} crossing"), scope, kinds)
            if named.status == "resolved":
                self.log(f"{expr.name!r} describes the crossing {expr.other!r} names")
                return named
        if expr.outer.kind == "name":
            # "Washington, D.C.", "Frankfurt (Oder)": names that hold their comma.
            whole = self.find(expr.text, kinds, scope, (), declined=False)[0]
            if whole:
                return self.decide(whole, normalise(expr.text), scope)
        if expr.outer.kind == "district" and expr.outer.suffix == "δήμος":
            # "Λουτρόπολης Θέρμης": a village whose own name ends in its unit's
            # genitive (Loutrópoli Thermís), the whole declined as one name.
            name = _GREEK_ARTICLE.sub("", expr.text)
            whole, key, _ = self.find(name, _SETTLEMENT_KINDS, scope, ("el",))
            if whole:
                return self.decide(whole, key, scope)
        across = self.town_across_from(expr) if expr.suffix == "," else None
        if across is not None:
            return across
        outer, inside = self.container(expr.outer, scope)
        stated = self.namesake_at_a_stated_distance(expr, outer, inside)
        if stated is not None:
            return stated
        if self.across_region is not None and outer is self.across_region:
            outer, inside = self.across_or_not(expr, outer, inside, scope)
        member = self.member_of_group(expr.inner, outer, inside) if expr.suffix == "'s" else None
        if member is not None:
            return member
        rebound = self.parenthesis_of_last_name(expr, outer, scope, kinds)
        if rebound is not None:
            return rebound
        owner_town: PlaceResult | None = None
        seat_town: PlaceResult | None = None
        # A container read as one place needs no second look (most texts "X, Y").
        two = outer.status != "resolved" or outer.precision == "country"
        named = (
            self.country_codes(expr.other, expr.languages, regions=False)
            | {p.country for p in self.gaz.lookup_key(normalise(expr.other), kinds=("country",))}
            if two
            else frozenset()
        )
        # "Windsor, ON" reads "ON" as a Belgian village first; "CA" as Canada.
        postal = (
            self.by_postal_code(expr, outer, scope, kinds)
            if outer.status == "ambiguous" or outer.precision not in ("region", "district")
            else None
        )
        if postal is not None:
            return postal
        if len(named) > 1 and expr.inner is not None:
            # "Riyadh, SA", "Musina, SA": a container naming two countries; the one the
            # place is found in decides, when only one of them has it.
            wanted = [
                c for c in sorted(named) if not self.hint_of(scope) or c in self.hint_of(scope)
            ]
            held = [
                result
                for result in (
                    self.resolve(expr.inner, replace(scope, countries=(code,)), kinds)
                    for code in wanted
                )
                if result.status == "resolved"
            ]
            if len(held) == 1:
                self.log(f"{expr.name!r} is found in one of the countries {expr.other!r} names")
                return held[0]
        if (
            outer.status == "resolved"
            and expr.suffix != "in"
            and not (expr.suffix == "'s" and _QUARTER_AFTER_NAME.search(expr.inner.text))
            and not opens_with_preposition(expr.other)
            and not self.town_found_in_its_own_container(expr, outer)
            # "Newry Road, Dundalk": a street's town holds it, as after "in".
            and not (expr.suffix == "," and names_a_street(expr.name))
            and outer.precision
            in (
                "settlement",
                "exact",
                "near",
            )
        ):
            # "Nogales, Arizona" with Arizona unknown as a state is not Nogales near
            # some town called Arizona: after a comma or a possessive, only areas.
            crossing = self.crossing_after_its_town(expr, outer, scope, kinds)
            if crossing is not None:
                return crossing
            owner_town = outer if expr.suffix == "'s" and outer.precision == "settlement" else None
            if owner_town is not None:
                owned = self.border_a_town_owns(expr, owner_town, scope, kinds)
                if owned is not None:
                    return owned
            seat_town = outer if expr.suffix == "," and outer.precision == "settlement" else None
            outer = self.unresolved(note=f"{expr.other!r} is not a country or region")
            inside = scope
        if self.near_clause_across_the_border(expr, outer, scope):
            # "Myawaddy township, close to Thailand's Mae Sot district": a place near
            # the head, across the border from the event's country, holds no part of
            # it; the head is looked up in that country alone.
            self.log(f"{expr.other!r} lies outside the event's country and is only near")
            outer = self.unresolved(note=f"{expr.other!r} is only near, across the border")
            inside = scope
        if outer.status != "resolved" and inside == scope:
            rebound = self.of_before_a_possessive(expr, scope, kinds)
            if rebound is not None:
                return rebound
            why = f"the container {expr.other!r} is {outer.status}" + (
                f" ({outer.note})" if outer.note else ""
            )
            if not self.hint_of(scope) and expr.suffix != "appos":
                sea = self.open_water_named_whole(expr, scope, kinds, why)
                if sea is not None:
                    return sea
                return self.unresolved(
                    [], note=f"{why}; {expr.name!r} is not looked up without it"
                )
            # The event's country still bounds the place: look it up there alone.
            self.log(f"{why}; looked up without it")
            alone = self.resolve(expr.inner, scope, kinds)
            if alone.status == "resolved":
                namesakes = self.namesakes(expr.inner, scope)
                if not stands_out(alone, namesakes) and self.crossing_word_chose(
                    expr.inner, alone, namesakes
                ):
                    # "posto fronteiriço de Ressano Garcia, entre Moçambique e ...": the
                    # crossing word already said which namesake; the town is not meant.
                    self.log(f"{why}; the crossing word names the crossing, not the town")
                    return alone
                if not stands_out(alone, namesakes):
                    # "Heiligenkreuz im Südburgenland": the unknown container says which
                    # of the country's towns of that name; size cannot.
                    return self.ambiguous(
                        namesakes,
                        f"{why}; {len(namesakes)} places of that name lie in "
                        f"{', '.join(self.hint_of(scope))}, and the container would say which",
                    )
                if outer.candidates and not self.near_a_candidate(alone, outer.candidates):
                    # "the Majra area of the Ramgarh sector": the container is one of a
                    # few places; a namesake far from all of them is not the place.
                    return self.unresolved(
                        [], note=f"{why}; {alone.name} lies far from every place it may be"
                    )
                if (
                    expr.outer is not None
                    and expr.outer.kind == "region"
                    and outer.status == "unresolved"
                    and self.unknown_named_region(expr.outer)
                    and alone.precision == "settlement"
                    and alone.country
                ):
                    # "in Parikkala in the Möttavaara region": the data has every
                    # admin-1 region, so a region it lacks is a local area, in the
                    # town's municipality or around it; the report places the event
                    # in that area, not at the town.
                    local = self.unit_around_town(alone, f"{why}; a local area, not the town")
                    if local is not None:
                        return local
                bounded = self.line_bounded_by_a_town_after_a_comma(alone, seat_town, scope)
                if bounded is not None:
                    return bounded
                note = f"{why}; {_FOUND_WITHOUT_ITS_CONTAINER}"
                return replace(alone, note=f"{alone.note}; {note}" if alone.note else note)
            if owner_town is not None and alone.status == "unresolved" and not self.owner_region:
                self.owner_region = self.region_of_the_owner(expr, owner_town, scope)
            if (
                seat_town is not None
                and alone.status == "unresolved"
                and not self.owner_region
                and seat_town.country in self.hint_of(scope)
            ):
                # "Kampung Stass, Bau": a village the data lacks, then the town whose
                # district, of the town's name, holds it (Malaysian addresses end so):
                # that district, coarsened, when no other reading finds the place.  A
                # district of another name only has its seat near the town.
                seat = self.district_of_seat(
                    seat_town, f"{expr.name!r} is unknown; {expr.other!r} seats a district"
                )
                if (
                    seat is not None
                    and f" {normalise(seat_town.name or '')} " in f" {normalise(seat.name or '')} "
                ):
                    self.owner_region = seat
            return alone
        if expr.inner.kind == "border" and outer.geometry is not None:
            # A district drawn as a circle at its seat: the borders reaching the circle.
            self.border_area = self.drawn_area(outer) or outer.geometry
        if expr.inner.kind == "border" and inside.anchor is not None:
            self.border_town_scope = inside
        try:
            result = self.resolve(expr.inner, inside, kinds)
        finally:
            self.border_area = None
            self.border_town_scope = None
        off = self.namesake_off_the_stated_distance(expr, outer, result, scope)
        if off is not None:
            return off
        if expr.inner.kind == "border" and self.border_the_container_is(outer, result):
            # "on the border in the Fashaga district": the container is itself a stretch
            # of one of the borders the words fit (the line the district is named for).
            return outer
        result = self.crossing_at_the_units_edge(expr, result, inside, kinds)
        if result.status == "unresolved":
            result = self.description_before_borders(expr, outer) or result
        if result.status == "unresolved":
            result = self.the_pairs_crossing_in_a_district(expr, outer, inside) or result
        if result.status == "unresolved":
            result = self.border_by_a_town_of_the_region(expr, outer, inside, kinds) or result
        in_its_region = self.unknown_place_in_a_town_of_the_region(expr, outer, result)
        if in_its_region is not None:
            return in_its_region
        if (
            result.status == "ambiguous"
            and result.precision in POINT_ANSWERS
            and outer.status == "resolved"
            and outer.precision == "border"
            and not expr.outer.distance_km
        ):
            # "Mikulovice near the border with Poland": the namesake by that border (a
            # stated distance, "300 km from the border", was weighed above).
            result = self.namesake_by_the_border(result, outer) or result
        if (
            result.status == "unresolved"
            and expr.inner.kind == "name"
            and (
                (expr.outer.kind == "near" and expr.outer.distance_km)
                or not any(is_cased(word) for word in expr.inner.text.split())
            )
        ):
            # "مدينة اعزاز (44 كم شمال مدينة حلب)": "the city of Azaz", 44 km from
            # Aleppo: the name inside the words, looked up where the distance puts it;
            # so too a caseless script's words before a container ("مدينة القامشلي،
            # محافظة الحسكة"), whose names are read inside them as at the top.
            named = self.by_inner_name(expr.inner.text, inside, kinds)
            if named is not None and named.status == "resolved":
                return named
        if result.status == "unresolved" and expr.inner.kind == "name":
            # "zona rural de Ipiales, Colombia": the countryside of a town in the country.
            rural = self.rural_area_of_a_town(expr.inner.text, inside, kinds)
            if rural is not None:
                return rural
        if result.status == "unresolved" and expr.suffix == "in":
            filed = self.feature_filed_under_a_town(expr, outer, scope, kinds)
            if filed is not None:
                return filed
        if result.status == "unresolved" and outer.precision == "settlement":
            widened = self.inside_the_towns_district(expr, scope, kinds)
            if widened is not None:
                return widened
        if (
            expr.inner.kind == "border"
            and outer.status == "resolved"
            and outer.precision in ("region", "district")
            and _UNNAMED_BORDER_AREA.fullmatch(expr.name.strip())
        ):
            # "a border area in Tarn Taran district": the unit's land by the border, as
            # "the border area of X" is; the data has no shape of that land, so the unit
            # answers, not the line cut by the unit's outline or circle (which, for a
            # district drawn as a circle, runs through its neighbours too).
            note = f"{expr.name!r} in {outer.name}: the area by the border lies in it"
            self.log(note)
            return replace(outer, note=f"{outer.note}; {note}" if outer.note else note)
        at_sea = self.sea_border_in_a_unit(expr, outer, result)
        if at_sea is not None:
            return at_sea
        if _reads_a_border(expr, result) and outer.precision in ("region", "district"):
            # "along the Line of Actual Control in Arunachal Pradesh": a border named by
            # its line or river inside a unit is its stretch there, as a border word's is.
            result = self.border_stretch_in(result, outer)
        elif (
            expr.inner.kind == "border"
            and result.status == "resolved"
            and expr.outer.kind == "name"
            and (district := self.district_a_seat_name_stands_for(expr.outer.text, outer))
        ):
            # "near the Bangladesh border in Murshidabad": the district the bare name is.
            # Only for one line: of several a district's circle may meet, the district
            # answering would stand for the line (Ghumdhum lies outside the circle of
            # Bandarban, the district that holds it).
            result = self.border_stretch_in(result, district)
        elif expr.inner.kind == "border" and outer.precision in ("settlement", "near"):
            # "along the Indo-Pakistan border in Punjab's Tarn Taran": the stretch of the
            # line within reach of the town, not the whole line.
            result, far = self.stretch_by_a_town(expr, outer, result)
            if far is not None:
                return far
        if self.container_then_its_district(expr, outer, result):
            # "in Kandahar, Spin Boldak district": the province first, then the district
            # in it; the district is the place, not the province's namesake city.
            note = f"{expr.name!r} is the region holding the district {outer.name}"
            self.log(note)
            return replace(outer, note=f"{outer.note}; {note}" if outer.note else note)
        if result.status == "unresolved" and expr.suffix == "appos":
            # "Fnideq, a town bordering the Spanish enclave of Ceuta": the words after
            # "of" describe the place, they need not hold it.
            alone = self.resolve(expr.inner, scope, kinds)
            if alone.status == "resolved" and self.hint_of(scope):
                return alone
        if result.status != "unresolved" or outer.status != "resolved":
            return result
        other_end = self.crossing_and_its_other_end(expr, scope, kinds)
        if other_end is not None:
            return other_end
        if outer.precision in POINT_ANSWERS and CROSSING_WORD.search(expr.inner.text):
            # "do przejścia granicznego w Medyce", "the border crossing in Medyka": the
            # crossing of the town, when the tables have one beside it; "na przejściu w
            # Budzisku" names the crossing itself (a crossing is in no one country).
            if outer.country is None and outer.precision in ("exact", "settlement"):
                return outer
            at_town = self.crossing_at_town(outer, scope)
            if at_town is not None:
                return at_town
        if outer.precision == "border" and expr.inner.kind in ("region", "district"):
            # "Mandera county near the Somalia border": a line does not stand for a
            # county (a village by it may coarsen to it: it lies on the line's buffer);
            # the event's country still bounds the county alone.
            alone = self.resolve(expr.inner, scope, kinds) if self.hint_of(scope) else None
            if alone is not None and alone.status != "unresolved":
                return alone
            return self.unresolved(
                note=f"{expr.name!r} is not in the gazetteer near {outer.name}; a border line "
                "does not stand for it"
            )
        # "the Sarawak-Kalimantan border in Kampung Raso in Lundu": the village is not
        # known, so its container answered the district seated at Lundu; the border by
        # that seat is the border by the village's town, as "the border in Lundu" reads.
        seated = bool(outer.coarsened) and outer.precision == "district"
        if (expr.inner.kind == "border" or _BORDER_HEAD.match(expr.inner.text)) and (
            outer.precision not in ("region", "district") or seated
        ):
            # "the Baliadangi border in Thakurgaon": the border by the town; "... border
            # to Iraq in western Iran": a country does not place a border, so the names
            # inside the text are tried.  (A border area in a region or district is in it.)
            at_town = outer.precision in POINT_ANSWERS or seated
            by_town = self.border_by_point(outer) if at_town else None
            if by_town is not None:
                return replace(by_town, coarsened=True)
            self.log(f"{expr.name!r} is a border, which {outer.name} does not place")
            return self.unresolved()
        border_area = outer.precision in ("region", "district") and bool(
            _BORDER_AREA.search(expr.inner.text)
            or _UNNAMED_BORDER_POST.match(expr.inner.text.strip())
            or self.border_named_by_a_place(expr.inner)
        )
        # "el sector Ventanas, 10 kilómetros al sur de Puerto Carreño": the text puts the
        # unit at a spot that near the town, which the circle around the town holds.
        placed = (
            expr.outer is not None
            and expr.inner is not None
            and expr.outer.kind == "near"
            and expr.outer.distance_km is not None
            and expr.outer.distance_km <= NEAR_RADIUS_KM
            and expr.inner.kind == "district"
        )
        if _finer(outer.precision, expr.inner) and not border_area and not placed:
            region = self.gaz.region(outer.admin1_code) if outer.admin1_code else None
            if (
                outer.precision == "settlement"
                and expr.inner.kind == "district"
                and region is not None
                # A name in brackets is as often another name of the place ("река
                # Еврос (Марица)") as what holds it: only words say "inside".
                and "(" not in self.query
            ):
                seated = self.municipality_the_text_names(expr, outer)
                if seated is not None:
                    return seated
                # "Juan Frío, corregimiento de Villa del Rosario", "Patgram upazila in
                # Lalmonirhat": a unit named by a town lies in the town's district, whose
                # circle may not reach a long district's far end; its region holds it.
                held = self.region_holding_town(
                    outer,
                    f"{expr.name!r} is not in the gazetteer; answered the region holding "
                    f"{outer.name}, {region.name}",
                )
                if held is not None:
                    return held
            return self.unresolved(
                note=f"{expr.name!r} is not in the gazetteer inside {outer.name}, which is "
                "a smaller place than the text names"
            )
        seat = self.seat_beside_its_unit(expr, outer, scope)
        if seat is not None:
            return seat
        named = self.named_place_in_the_units_region(expr, outer, scope, kinds)
        if named is not None:
            return named
        where = outer.name or expr.other
        elsewhere = self.gaz.lookup_key(normalise(expr.inner.name or expr.inner.text))
        beyond = self.village_just_beyond_the_circle(
            expr, outer, elsewhere
        ) or self.unfiled_village_by_the_regions_circle(outer, elsewhere)
        if beyond is not None:
            return beyond
        spelled = (
            self.place_on_a_border_spelled_otherwise(expr.inner, outer, scope)
            if outer.precision == "border" and not elsewhere
            else None
        )
        if spelled is not None:
            return spelled
        unit = (
            self.unit_by_a_border(expr, outer, scope)
            or self.region_along_the_events_border(expr, outer, scope)
            if outer.precision == "border"
            else None
        )
        if unit is not None:
            return unit
        note = f"{expr.name!r} is not in the gazetteer inside {where}; answered {where}"
        if elsewhere:
            note += f" (the name is known elsewhere: {places_text(elsewhere, 3)})"
        merged = self.in_a_province_taken_in(expr, outer, kinds)
        if merged is not None:
            return merged
        held = self.region_of_a_misfiled_town(expr, outer, elsewhere)
        if held is not None:
            return held
        told = expr.outer.distance_km if expr.outer.kind == "near" else None
        if told is None:
            # "20.3 batu nautika tenggara Tanjung Sedili, dekat Kota Tinggi": the place
            # lies that far from a place the data lacks, so "near" the town is no bound.
            told = stated_distance_km(expr.inner.text)
        if outer.precision in POINT_ANSWERS and (
            points_a_way(expr.other) or (told is not None and told > NEAR_RADIUS_KM)
        ):
            # "el área de Sasabe, al suroeste de Tucson": a direction from a town says
            # nothing of how far (Sasabe lies 100 km off), so the place is not "near" the
            # town; the region holding the town is answered, or nothing.
            way = f"{expr.name!r} is not in the gazetteer {expr.other}" + (
                "" if told else ", at no given distance"
            )
            region = self.gaz.region(outer.admin1_code) if outer.admin1_code else None
            if region is not None:
                note = f"{way}; answered the region holding {outer.name}, {region.name}"
                held = self.region_holding_town(outer, note)
                if held is not None:
                    return held
            return self.unresolved(note=way)
        if (
            outer.precision == "settlement"
            and outer.country in REGIONS_NAMED_AFTER_SEATS
            and _AREA_OF.search(self.query)
        ):
            # "in the Baure area of Lamu": where the admin-1 unit bears its seat's name,
            # the land "of" the seat is the unit's, tens of km from the town.
            unit = self.admin1_unit_seated_at(outer, normalise(expr.other or ""))
            if unit is not None:
                note = f"{expr.name!r} is not in the gazetteer inside {where}; the unit it seats"
                self.log(f"coarsened: {note}")
                return replace(unit, query=self.query, coarsened=True, note=note)
        unit = self.region_of_a_unit_named_after_a_town(
            expr, outer, note
        ) or self.district_the_container_names(expr, outer, where)
        if unit is not None:
            return unit
        if outer.precision == "settlement" and (
            _OUTLYING.search(expr.inner.text)
            or _called_a_village(self.query, expr.inner.text)
            or _WATERS_OFF.search(expr.inner.text)
            or _AREA_OF.search(self.query)
        ):
            # "a village of tambon Tha Sai Luat in Mae Sot": a village "in" a town lies
            # around it, and so does "the X area of" a town.  (A house or a street in a
            # town is in the town.)
            return self.around_town(outer, f"{expr.name!r} is not in the gazetteer inside {where}")
        if outer.precision == "settlement" and (
            _BORDER_OUTPOST.search(expr.inner.text)
            or (_BORDER_LINE.search(expr.inner.text) and not CROSSING_WORD.search(expr.inner.text))
        ):
            named = self.district_bearing_the_seats_name(outer, expr.other or "")
            if named is not None:
                return self.around_town(
                    outer, f"{expr.name!r} is not in the gazetteer inside {where}"
                )
        if self.unknown_place_in_a_seat(expr, outer):
            # "Bangabagar in Darchula": where districts bear their seats' names, a place
            # the data lacks "in" a seat is as likely anywhere in the district as in the
            # town; the district holds it either way, the town's point may not.
            return self.around_town(outer, f"{expr.name!r} is not in the gazetteer inside {where}")
        upazila = self.upazila_named_after_a_town(expr, outer, note.split("; answered")[0])
        if upazila is not None:
            return upazila
        if outer.precision == "settlement" and BORDER_POST_WORD.search(expr.inner.text):
            # "am Grenzübergang in Salla": a post "in" a town far from the border.
            off = self.post_off_its_town(outer, note.split("; answered")[0])
            if off is not None:
                return off
        if outer.precision == "settlement" and names_an_island(expr.inner.text):
            # "off Ali Island in Itbayat": an island filed under a town is its
            # municipality's, which spreads over islets far from the town's point (and a
            # district circle about the seat need not reach them): the region holding
            # the town, else nothing.
            why = note.split("; answered")[0]
            held = self.region_holding_town(
                outer, f"{why}; an island filed under a town: the region holding {outer.name}"
            )
            return held if held is not None else self.unresolved(note=why)
        held = self.region_beyond_a_circle(outer, note)
        if held is not None:
            return held
        self.log(f"coarsened: {note}")
        if outer.precision in ("settlement", "exact") and (
            CROSSING_WORD.search(self.query) or DIRECTION_FROM.search(self.query)
        ):
            # "The Maseru bridge border post at Ladybrand": a post named after another
            # place, or a village, lies by the town, often outside it.
            outer = replace(outer, precision="near", uncertainty_km=NEAR_RADIUS_KM)
        return replace(outer, query=self.query, coarsened=True, note=note, candidates=())

    def line_bounded_by_a_town_after_a_comma(
        self, alone: PlaceResult, seat_town: PlaceResult | None, scope: Scope
    ) -> PlaceResult | None:
        """The stretch of a line by the town a comma names after its unknown container.

        "the RI-PNG border in Skouw District, Jayapura city": the district the data
        lacks dropped, the line was found whole; but the town after the comma holds the
        district, so the line's stretch in the unit the town seats (Kota Jayapura; else
        within reach of the town) is what the text pins down.  Only for a whole line found
        without its own container and a town of the event's country.

        Parameters
        ----------
        alone : PlaceResult
            The text before the comma, resolved without the comma's town.
        seat_town : PlaceResult or None
            The town after the comma (None when there is none).
        scope : Scope
            The scope of the whole text.

        Returns
        -------
        PlaceResult or None
            The stretch, coarsened; None when the rule does not apply or the line does
            not reach the town.
        """
        if (
            seat_town is None
            or alone.precision != "border"
            or _FOUND_WITHOUT_ITS_CONTAINER not in (alone.note or "")
            or seat_town.country not in self.hint_of(scope)
        ):
            return None
        # The town stands for the unit it seats, which holds the unknown container (a
        # district in a city); without a seated unit, the land within reach of it.
        unit = self.district_of_seat(seat_town, "the town after the comma") or replace(
            seat_town, uncertainty_km=max(seat_town.uncertainty_km or 0.0, BESIDE_KM)
        )
        stretch = self.border_stretch_in(replace(alone, note=""), unit, named_by_it=True)
        if stretch.geometry is None or stretch.name == alone.name:
            return None
        note = (
            f"{alone.note}; the line is bounded by {seat_town.name}, which the text "
            "names as holding the unknown container"
        )
        self.log(note)
        return replace(stretch, coarsened=True, note=note)

    def region_of_a_unit_named_after_a_town(
        self, expr: PlaceExpression, outer: PlaceResult, note: str
    ) -> PlaceResult | None:
        """The region holding a town whose unit holds a place the data lacks, or None.

        "the area of El Taya ... in East El Galabat locality": the unit after "in" is
        named after a town (a Sudanese locality, a district the districts table lacks)
        and reaches tens of km from it, so a circle about the town may miss the place;
        the admin-1 region holding the town holds the unit.  A crossing, filed under no
        region, gives the one region of the event's country at it.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression (the unknown place "in" the unit).
        outer : PlaceResult
            What the unit's words resolved to: its town, as a point.
        note : str
            Why the place itself is not answered.

        Returns
        -------
        PlaceResult or None
            The region, coarsened; None unless the words after "in" end with a unit word
            and resolved to a point with one region of the event's country holding it.
        """
        if (
            outer.precision not in ("settlement", "exact")
            or outer.lat is None
            or outer.lon is None
            or not _unit_word_ends(expr.other or "")
        ):
            return None
        why = (
            f"{note.split('; answered')[0]}; {expr.other!r} is a unit named after "
            f"{outer.name}, which may reach far from the town"
        )
        if outer.admin1_code:
            return self.region_holding_town(outer, f"{why}: the region holding it")
        if len(self.hint) != 1:
            return None
        # A crossing is filed under no region: the one region of the event's side at it.
        region = self.one_region_at(self.hint[0], Point(outer.lon, outer.lat))
        if region is None:
            return None
        return self.coarsened_to(region, f"{why}: the region of its side, {region.name}")

    def unit_by_a_border(
        self, expr: PlaceExpression, border: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "à Banibangou à l'ouest du pays, près de la frontière avec le Mali": a place no
        town of the data bears the name of, but a unit of the event's one country does,
        near a border; the region holding the unit (coarsened), when it reaches the line.

        The line is no answer for a place the text puts only near it (Banibangou lies
        60 km off the Mali–Niger line); the unit's region holds it.  The name is tried
        as written and without the words after it that describe it ("à l'ouest du
        pays").  None when no unit of one region bears the name, or its region lies
        away from the line.
        """
        if len(self.hint_of(scope)) != 1 or border.geometry is None:
            return None
        text = expr.inner.text
        heads = [text, *(head for head, _ in head_and_tails(text))]
        for head in dict.fromkeys(heads):
            unit = self.region_of_a_unit_named(head, scope)
            if unit is None or unit.geometry is None:
                continue
            if unit.geometry.distance(border.geometry) * KM_PER_DEGREE > BESIDE_KM:
                self.log(f"{unit.name}, holding a unit {head!r}, lies away from {border.name}")
                continue
            note = f"{unit.note}; it lies by {border.name}, which only says where it is"
            self.log(note)
            return replace(unit, query=self.query, note=note)
        return None

    def region_along_the_events_border(
        self, expr: PlaceExpression, border: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "à Kaiga Ngouboua, à deux kilomètres de la frontière avec le Nigéria": a place
        the data does not know, by a border of the event's country whose whole stretch on
        that side lies in one admin-1 region (Chad's Lac: the Nigeria–Chad line runs
        through the lake), is in that region, coarsened.

        The line is no answer for a place the text only puts by it; where several regions
        of the event's country run along the line, which one holds the place is not said,
        and the line stands.  None unless the event has one country, on that border.
        """
        assert expr.inner is not None
        hint = self.hint_of(scope)
        if (
            len(hint) != 1
            or expr.inner.kind not in ("name", "settlement")
            or not _MEASURED_FROM_THE_BORDER.search(self.query)
        ):
            # Only a place the text measures from the line ("à deux kilomètres de la
            # frontière") is off it: "on the border", "near the border", "the point that
            # marks the border" put the place on the line, which answers.
            return None
        pair = self.border_pairs_of(border)
        if (
            len(pair) != 2
            or hint[0] not in pair
            or re.search(r" border (?:in|at) ", border.name or "")
        ):
            # A stretch ("... border at Entikong") already says where on the line.
            return None
        region = region_along_the_whole_border(hint[0], [c for c in pair if c != hint[0]])
        if region is None:
            return None
        note = (
            f"{expr.name!r} is not in the gazetteer; {region.name}, the one region of "
            f"{hint[0]} along {border.name}, holds it"
        )
        self.log(note)
        return replace(region, query=self.query, coarsened=True, note=note)

    def region_beyond_a_circle(self, outer: PlaceResult, note: str) -> PlaceResult | None:
        """The region holding a district whose circle reaches no land border, or None.

        "Desa Sie Tekam, Ketungau Hulu, Kabupaten Sintang": a place the data lacks, in a
        unit the data lacks too (the kecamatan), in a district drawn as a circle around
        its seat (87 km round Sintang).  The unit may lie anywhere in the district; a
        border report's place lies by the border, which that circle does not reach
        (Ketungau Hulu is some 130 km north of the seat), so the circle would draw the
        place where it is not.  The district's region holds it; coarsened.  One unknown
        place in a district ("the village of Lokot, Rylsky district") keeps the district.
        """
        if (
            not outer.coarsened
            or outer.precision != "district"
            or not outer.country
            or not outer.admin1_code
            or outer.lat is None
            or outer.lon is None
            or not outer.uncertainty_km
            or outer.geometry is None
            or outer.geometry.geom_type != "Point"
            or not neighbours_of(outer.country)
        ):
            return None
        if _WATERS_OFF.search(self.query):
            # "perairan ... Kabupaten Rote Ndao": the waters of an island district lie
            # off its coast, by a sea border, not by a land border its circle misses.
            return None
        km = self.km_to_a_land_border(outer.country, Point(outer.lon, outer.lat))
        region = self.gaz.region(outer.admin1_code)
        if km <= max(outer.uncertainty_km, BESIDE_KM) or region is None:
            # A seat by the border (Szudziałowo, 18 km off) has its border villages near.
            return None
        return self.coarsened_to(
            region,
            f"{note.split('; answered')[0]}; the circle of {outer.name} reaches no land "
            f"border ({km:.0f} km from its seat), so the region holding it, {region.name}",
        )

    def village_just_beyond_the_circle(
        self, expr: PlaceExpression, outer: PlaceResult, elsewhere: Sequence[Place]
    ) -> PlaceResult | None:
        """The one village of the name in a district's region, just outside the circle
        the district is drawn as; or None.

        "село Хоромное Климовского района": the data draws Klimovo district as a 27 km
        circle about its seat, and Khoromnoye lies 36 km from it, so the village was not
        found "inside" and the district answered, its circle missing the village.  The
        circle is only about the district's size: the one settlement of the name filed
        in the district's region, within :data:`BEYOND_THE_CIRCLE` times the radius, is
        the village the text names.  Two of the name in the region, or one farther off,
        may be namesakes, and the district stands.
        """
        if (
            outer.precision != "district"
            or not outer.admin1_code
            or not outer.uncertainty_km
            or outer.lat is None
            or outer.lon is None
            or outer.country not in self.hint
        ):
            return None
        same = {
            p.ident: p
            for p in elsewhere
            if p.kind == "settlement" and p.admin1_code == outer.admin1_code
        }
        if len(same) != 1:
            return None
        village = next(iter(same.values()))
        km = km_between(village.lat, village.lon, outer.lat, outer.lon)
        if km > BEYOND_THE_CIRCLE * outer.uncertainty_km:
            return None
        note = (
            f"{village.name}, the one place of the name in {outer.admin1_code}, lies "
            f"{km:.0f} km from {outer.name}'s seat, just beyond the {outer.uncertainty_km:g} km "
            "circle drawn for the district"
        )
        self.log(note)
        return replace(self.from_place(village), query=self.query, note=note)

    def unfiled_village_by_the_regions_circle(
        self, outer: PlaceResult, elsewhere: Sequence[Place]
    ) -> PlaceResult | None:
        """The one village of the name no region claims, by the circle of a region the
        outlines lack (:func:`~bordermap.geo.places.unfiled_village.
        unfiled_village_by_a_region_circle`: Aba in Haut-Uélé); or None."""
        if (
            outer.precision != "region"
            or not outer.admin1_code
            or not outer.uncertainty_km
            or outer.lat is None
            or outer.lon is None
            or outer.country not in self.hint
            or self.gaz.region(outer.admin1_code) is not None
        ):
            return None
        village = unfiled_village_by_a_region_circle(
            elsewhere, outer.country, outer.admin1_code, outer.lat, outer.lon, outer.uncertainty_km
        )
        if village is None:
            return None
        note = (
            f"{village.name}, the one place of the name in {outer.country} no other region "
            f"claims, lies by the {outer.uncertainty_km:g} km circle drawn for {outer.name}"
        )
        self.log(note)
        return replace(self.from_place(village), query=self.query, note=note)

    def named_place_in_the_units_region(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope, kinds
    ) -> PlaceResult | None:
        """The crossing named inside the words before a district, or None.

        "jalur tikus perbatasan Entikong, Kabupaten Sanggau" (a smugglers' path at the
        Entikong border): the words are no name as a whole, but Entikong is a crossing
        the data knows.  A district is drawn only as a circle around its seat, of about
        its size, which need not hold its own far border (Entikong lies 98 km from
        Sanggau, outside the 87 km circle): answered with that circle, the place was
        drawn where it is not.  The crossing is taken when the circle misses it and it
        lies in or beside the admin-1 region holding the district.  A crossing inside
        the circle leaves the district as the answer (the report gives the district),
        and a town is never taken so: it may be a namesake of the place.
        """
        if (
            outer.precision != "district"
            or not outer.admin1_code
            or not self.hint_of(scope)
            or expr.inner is None
            or expr.inner.kind != "name"
        ):
            return None
        named = self.by_inner_name(expr.inner.text, scope, kinds)
        if (
            named is None
            or named.status != "resolved"
            or named.precision not in POINT_ANSWERS
            or named.country is not None
            or named.lat is None
            or named.lon is None
        ):
            return None  # only a crossing: a town of the name may be a namesake
        if (
            outer.lat is not None
            and outer.lon is not None
            and outer.uncertainty_km
            and km_between(named.lat, named.lon, outer.lat, outer.lon) <= outer.uncertainty_km
        ):
            if not CROSSING_WORD.search(expr.inner.text):
                return None  # the district's circle holds it: the district answers
            # "Ban Khlong Leuk border checkpoint and the nearby Rong Kleu market in
            # Sa Kaew's Aranyaprathet district": the words call it the crossing, which
            # the circle holds; the crossing holds more than the district.
            note = f"{named.name} is the crossing named in {expr.name!r}, in {outer.name}"
            self.log(note)
            return replace(named, note=f"{named.note}; {note}" if named.note else note)
        try:
            outline = region_extent(outer.admin1_code)
        except GeometryDataError:
            return None
        where = Point(named.lon, named.lat)
        if not outline.covers(where):
            # A crossing's point may be the village across the line (Tebedu for
            # Entikong): it lies beside the region, not in it.
            nearest, _ = nearest_points(outline, where)
            if km_between(named.lat, named.lon, nearest.y, nearest.x) > CROSSING_BESIDE_KM:
                return None
        note = (
            f"{named.name} is named in {expr.name!r} and lies in the region holding "
            f"{outer.name}, whose circle is only about its size"
        )
        self.log(note)
        return replace(
            named, query=self.query, note=f"{named.note}; {note}" if named.note else note
        )

    def stretch_by_a_town(
        self, expr: PlaceExpression, town: PlaceResult, border: PlaceResult
    ) -> tuple[PlaceResult, PlaceResult | None]:
        """The stretch of ``border`` within reach of ``town``, and the land around the
        town when it lies off the line (:meth:`area_of_a_town_off_the_line`) or None."""
        reach = max(town.uncertainty_km or 0.0, BESIDE_KM)
        stretch = self.border_stretch_in(border, replace(town, uncertainty_km=reach))
        # "the Border Outpost in Kaalian in Tarn Taran" with Kaalian unknown: the
        # town only stands for the unknown place inside its land, which may lie
        # anywhere along the district's stretch, however near the town is to the
        # line: the land around it answers, as for a town off the line.
        stands_for = town.coarsened and town.precision == "settlement"
        return stretch, self.area_of_a_town_off_the_line(expr, town, stretch, anywhere=stands_for)

    def area_of_a_town_off_the_line(
        self,
        expr: PlaceExpression,
        town: PlaceResult,
        border: PlaceResult,
        *,
        anywhere: bool = False,
    ) -> PlaceResult | None:
        """ "the Dhamairhat border in Naogaon": a town farther from the line than a town
        naming a border may lie (:data:`TOWN_BORDER_KM`) does not say where along it the
        text is; it names the land around it.  Where districts bear their seats' names
        (:data:`DISTRICTS_NAMED_AFTER_SEATS`) the district of the name in the town's
        region answers, else the region holding the town, flagged coarsened; None when
        the town lies by the line (its stretch there stands) or neither is known.
        With ``anywhere`` (the town stands for an unknown place in its land), the land
        answers however near the line the town lies.
        """
        if (
            border.status != "resolved"
            or border.precision != "border"
            or border.geometry is None
            or town.lat is None
            or town.lon is None
        ):
            return None
        nearest = nearest_points(border.geometry, Point(town.lon, town.lat))[0]
        km = km_between(town.lat, town.lon, nearest.y, nearest.x)
        if km <= TOWN_BORDER_KM and not anywhere:
            return None
        line = border.name.split(" in ")[0]
        if anywhere:
            why = f"{town.name} only holds the place named in it, anywhere along the {line}"
        else:
            why = (
                f"{town.name} lies {km:.0f} km from the {line}, too far to say where along "
                "it the text is"
            )
        if town.country in DISTRICTS_NAMED_AFTER_SEATS:
            keys = [normalise(expr.other)]
            if town.name and normalise(town.name) not in keys:
                keys.append(normalise(town.name))
            units = [
                unit
                for unit in districts_named(keys, [town.country])
                if unit.region == town.admin1_code
            ]
            drawn = self.district_circle(units, "district") if units else None
            if drawn is not None:
                note = f"{why}; {expr.other!r} names the district: {drawn.note}"
                self.log(f"coarsened: {note}")
                return replace(drawn, query=self.query, coarsened=True, note=note)
        region = self.gaz.region(town.admin1_code) if town.admin1_code else None
        if region is None:
            return None
        return self.coarsened_to(region, f"{why}; the region holding it is answered")

    def outlying(
        self, expr: PlaceExpression, inside: PlaceExpression, result: PlaceResult
    ) -> PlaceResult:
        """ "the hamlet of X in Narva", "X hamlet in Narva": the unknown hamlet lies
        around the town it was answered by, not at its point."""
        if inside.kind != "restricted" or not _OUTLYING.search(expr.text):
            return result
        if re.search(r"\sin\s", expr.text):
            return self.around_its_town(result)
        # "X village of Y" may name the village Y ("the Bedouin village of Bir Hadaj"):
        # only a town that is a district's seat ("Agwan village of Gurdaspur") stands
        # for the district holding the unknown village.
        around = self.around_its_town(result) if re.search(r"\sof\s", expr.text) else result
        if around.precision == "district":
            return around
        if (
            around is not result
            and result.country in DISTRICTS_NAMED_AFTER_SEATS
            and re.search(r"\svillage\s+of\s", expr.text, re.IGNORECASE)
        ):
            # "the Kasowal village of Ajnala": where units bear their seats' names, a
            # village "of" a town that seats no district of the data is a village of the
            # town's tehsil or block, which lies around the town, never at it: the
            # region holding the town is what the data can draw.
            region = self.gaz.region(result.admin1_code) if result.admin1_code else None
            if region is not None:
                why = result.note.rsplit("; answered", 1)[0]
                held = self.coarsened_to(
                    region,
                    f"{why}; {result.name} seats no district of the data: answered the "
                    f"region holding it, {region.name}",
                )
                if held is not None:
                    return replace(held, query=self.query, candidates=())
        return result

    def village_of_a_town(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "села Сомониён города Исфары": a village of a town, the town in the genitive.

        The village is looked up inside the town; one the gazetteer lacks there lies
        around the town, as "a village in X" does.  None for other wordings.
        """
        village = _VILLAGE_OF_TOWN.match(expr.other)
        if village is None or not expr.text.endswith(expr.name):
            return None
        between = expr.text[len(expr.other) : len(expr.text) - len(expr.name)].strip()
        if not expr.text.startswith(expr.other) or not _TOWN_OF.match(between):
            return None
        self.log(f"read as the village {village['name']!r} of the town {expr.name!r}")
        inside = _inside(expr, village["name"], expr.name)
        return self.around_its_town(self.resolve(inside, scope, _SETTLEMENT_KINDS))

    def around_its_town(self, result: PlaceResult) -> PlaceResult:
        """An unknown place answered by the town holding it (coarsened to the town)
        lies around that town (:meth:`around_town`); any other answer is kept."""
        if result.status == "resolved" and result.precision == "settlement" and result.coarsened:
            return self.around_town(result, result.note.rsplit("; answered", 1)[0])
        return result

    def seat_beside_its_unit(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """The town a text calls the seat of a unit, found just outside the unit.

        "Maro, chef-lieu du département de la Grande Sido": the department is filed
        under Moyen-Chari, whose outline leaves Maro 12 km out, in Mandoul.  A seat lies
        in its unit, so the one town of the name in the event's country within
        :data:`_SEAT_SLACK_KM` of the unit's extent is the place; answering the region
        would put the event where the town is not.  None when the text names no seat,
        has no country hint, or the town is not that one and that near.
        """
        if not _SEAT_OF.search(expr.other or "") or not self.hint_of(scope):
            return None
        if outer.precision not in ("region", "district") or outer.geometry is None:
            return None
        town = self.resolve(expr.inner, scope, _SETTLEMENT_KINDS)
        if town.status != "resolved" or town.precision != "settlement" or town.lat is None:
            return None
        km = outer.geometry.distance(Point(town.lon, town.lat)) * KM_PER_DEGREE
        if outer.geometry.geom_type == "Point":
            # A district without an outline is its seat's circle.
            km -= outer.uncertainty_km or 0.0
        if km > _SEAT_SLACK_KM:
            return None
        note = (
            f"{expr.name!r} is the seat the text names; the data puts it {max(km, 0):.0f} km "
            f"outside {outer.name}, so the town is answered"
        )
        self.log(note)
        return replace(town, query=self.query, note=note)

    def district_bearing_the_seats_name(self, town: PlaceResult, written: str) -> str | None:
        """The name of the district ``town`` is the seat of, when it bears the town's name
        (as the gazetteer spells it or as ``written``: Kupwara of "Kopawor").

        "the Harishchandrapur Border Outpost in Malda": where a district is named after
        its seat, the name holding a border outpost is the district (the post stands on
        the border, far from the town); a town seating a district of another name
        (Kailashahar, of Unakoti) is named as the town.
        """
        if town.lat is None or town.lon is None or not town.name or not town.country:
            return None
        keys = [normalise(town.name), normalise(written)]
        named = set(districts_named([key for key in keys if key], [town.country]))
        for unit in districts_seated_at(town.country, town.lat, town.lon):
            if unit in named:
                return unit.name
        return None

    def unknown_place_in_a_town_of_the_region(
        self, expr: PlaceExpression, outer: PlaceResult, result: PlaceResult
    ) -> PlaceResult | None:
        """The region, for an unknown place "in" a town that the text then files in it.

        "at Wutung in Vanimo, Sandaun province": a place, its unit, then the province is
        an address, where the town's name stands for the land it heads (Wutung lies 30
        km from Vanimo town, in its district); the town's point does not hold the place,
        the province the text names does.

        Parameters
        ----------
        expr : PlaceExpression
            The whole expression ("Wutung in Vanimo" inside "Sandaun province").
        outer : PlaceResult
            What the container after the comma resolved to.
        result : PlaceResult
            What the part before the comma resolved to.

        Returns
        -------
        PlaceResult or None
            The region, coarsened; None unless the part before the comma is an unknown
            name "in" a town of the region named.
        """
        inner = expr.inner
        if (
            expr.suffix != ","
            or inner is None
            or inner.kind != "restricted"
            or inner.suffix != "in"
            or inner.inner is None
            or inner.inner.kind != "name"
            # "a stash house in ...": a thing in the town, not a place named apart.
            or not inner.inner.text[:1].isupper()
            # "Laredo, Texas" is how a town is addressed; "Vanimo, Sandaun province",
            # with the unit word, files it as a unit in a unit.
            or expr.outer is None
            or expr.outer.kind != "region"
            or not expr.outer.suffix
            or outer.status != "resolved"
            or outer.precision != "region"
            or result.status != "resolved"
            or result.precision != "settlement"
            or not result.coarsened
            or not result.admin1_code
            or result.admin1_code != outer.admin1_code
        ):
            return None
        return self.region_holding_town(
            result,
            f"{inner.name!r} is not in the gazetteer inside {result.name}, a town "
            f"the text files in {outer.name}; answered the region",
        )

    def unknown_place_in_a_seat(self, expr: PlaceExpression, outer: PlaceResult) -> bool:
        """Whether ``expr`` is an unknown name "in" a town seating the district named
        after it, in a country whose districts bear their seats' names.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression ("Bangabagar" in "Darchula").
        outer : PlaceResult
            What its container resolved to.

        Returns
        -------
        bool
            True only for the bare "X in Y" wording with a capitalised X, or "X (Y)".
        """
        # "à Emerange (Schengen)": a village, then in brackets the commune holding it,
        # named after its seat, in any country.
        bracketed = f"({expr.other})" in self.query if expr.other else False
        if (
            outer.status != "resolved"
            or outer.precision != "settlement"
            or (outer.country not in DISTRICTS_NAMED_AFTER_SEATS and not bracketed)
            or expr.suffix != "in"
            or expr.inner is None
            or expr.inner.kind != "name"
            or not expr.inner.text[:1].isupper()
        ):
            return False
        return self.district_bearing_the_seats_name(outer, expr.other or "") is not None

    @staticmethod
    def unknown_named_region(area: PlaceExpression) -> bool:
        """Whether ``area`` is a capitalised name with its area word after it ("the
        Möttavaara region"), not a phrase the parse could not cut ("la région sud de
        Sikasso au Mali")."""
        name = (area.name or "").split()
        return (
            bool(name)
            and all(w[:1].isupper() for w in name)
            and bool(area.suffix)
            and area.text.rstrip().lower().endswith(area.suffix.lower())
        )

    def municipality_the_text_names(
        self, expr: PlaceExpression, outer: PlaceResult
    ) -> PlaceResult | None:
        """ "pela fronteira fluvial do Kimbumba, município do Soyo": an unknown place,
        then the municipality holding it by its seat's name; the municipality the town
        seats, when the data has it, coarsened; None for a lower unit word ("Juan Frío,
        corregimiento de Villa del Rosario", a part of the municipality, not it) or a
        town that seats none."""
        if expr.inner is None or not _MUNICIPALITY_WORD.fullmatch(expr.inner.suffix or ""):
            return None
        if outer.lat is None or outer.lon is None:
            return None
        return self.district_of_seat(outer, f"{expr.name!r} is not in the gazetteer")

    def unit_around_town(self, town: PlaceResult, why: str) -> PlaceResult | None:
        """The district ``town`` seats, else the region holding it; coarsened, or None.

        For an area the data lacks that the text places in or around the town, whose
        reach "near" the town does not bound: a unit holds it.
        """
        district = self.district_of_seat(town, why)
        if district is not None:
            return district
        region = self.gaz.region(town.admin1_code) if town.admin1_code else None
        if region is None:
            return None
        held = self.region_holding_town(
            town, f"{why}; answered the region holding {town.name}, {region.name}"
        )
        return None if held is None else replace(held, query=self.query, candidates=())

    def around_town(self, town: PlaceResult, why: str) -> PlaceResult:
        """Places around a town: the district it is the seat of, else near it; coarsened.

        "villages in Uri", "X village in Mae Sot": the district the town is the seat of
        may well be what the name means, and it holds the villages either way; a town
        that is no known district's seat has them within the "near" circle.
        """
        district = self.district_of_seat(town, why)
        if district is not None:
            return district
        note = f"{why}; answered near {town.name}"
        self.log(f"coarsened: {note}")
        near = replace(town, precision="near", uncertainty_km=NEAR_RADIUS_KM)
        return replace(near, query=self.query, coarsened=True, note=note, candidates=())

    def upazila_named_after_a_town(
        self, expr: PlaceExpression, outer: PlaceResult, why: str
    ) -> PlaceResult | None:
        """The upazila a Bangladeshi town names, for a place the data lacks "in" it; None
        when the town names none.

        "the Naf River near Shahparir Dwip in Teknaf": a Bangladeshi report files a
        village or island under its upazila, named after its seat and spreading tens of
        km around it (Shahparir Dwip lies 20 km from Teknaf town); the town's point
        does not hold the place, the upazila does.  It is answered as the upazila table
        gives it: the district holding it, drawn as a circle when that holds the whole
        upazila, else the region.

        Parameters
        ----------
        expr : PlaceExpression
            The restricted expression (the unknown place "in" the town).
        outer : PlaceResult
            What its container resolved to.
        why : str
            Why the place itself is not answered.

        Returns
        -------
        PlaceResult or None
        """
        if (
            outer.status != "resolved"
            or outer.precision != "settlement"
            or outer.country not in UPAZILA_COUNTRIES
            or expr.suffix != "in"
            or expr.inner is None
            or expr.inner.kind != "name"
            or not expr.inner.text[:1].isupper()
        ):
            return None
        keys = [key for key in (normalise(expr.other or ""), normalise(outer.name or "")) if key]
        with reading_upazilas():
            units = [
                unit
                for unit in districts_named(keys, [outer.country])
                if unit.part and unit.region == outer.admin1_code
            ]
        if not units:
            return None
        drawn = self.district_circle(units, "district")
        around = drawn if drawn is not None else self.only_its_region(outer)
        return self.answer_held_by(
            around, f"{why}; {outer.name} names the upazila {units[0].part}, which holds it"
        )

    def district_of_seat(self, town: PlaceResult, why: str) -> PlaceResult | None:
        """The district ``town`` is the seat of, coarsened with ``why``, or None."""
        assert town.lat is not None and town.lon is not None
        seated = districts_seated_at(town.country or "", town.lat, town.lon)
        # Camotán's point also seats neighbouring Jocotán, 1.9 km off: the town's own.
        seated = units_of_the_towns_name(seated, town.name or "")
        unit = self.district_circle(seated, "district")
        if unit is None:
            return None
        note = f"{why}; answered the district whose seat {town.name} is, {unit.name}"
        self.log(f"coarsened: {note}")
        return replace(unit, query=self.query, coarsened=True, note=note, candidates=())

    def namesakes(self, expr: PlaceExpression, scope: Scope) -> list[Place]:
        """Settlements and crossings of the event's country bearing the name of ``expr``.

        A crossing in a town of the name ("Horgoš" and the Röszke–Horgoš crossing, 2.6
        km apart) is the town's, not another place of the name.
        """
        hint = set(self.hint_of(scope))
        if not hint or expr.kind not in ("name", "settlement"):
            return []
        key = normalise(expr.name or expr.text)
        found = [
            place
            for place in self.gaz.lookup_key(key, kinds=_SETTLEMENT_KINDS)
            if set(place_countries(place)) & hint and scope.admits(place)
        ]
        towns = [p for p in found if p.kind != "crossing"]
        return [
            place
            for place in found
            if place.kind != "crossing"
            or not any(
                km_between(place.lat, place.lon, t.lat, t.lon) <= SAME_PLACE_KM for t in towns
            )
        ]

    def parenthesis_of_last_name(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Grenzübergang in Frankfurt (Oder)": the parenthesis of the name before it.

        Read as "(Grenzübergang in Frankfurt) in Oder", the unknown "Oder" would be
        dropped and "Frankfurt" answered as Frankfurt am Main.  When the parenthesis
        holds no place the gazetteer knows but the name before it, with it, is one,
        the text is read as "Grenzübergang in Frankfurt (Oder)".
        """
        inner = expr.inner
        if (
            outer.status == "resolved"
            or not expr.text.rstrip().endswith(")")
            or inner is None
            or inner.kind != "restricted"
            or inner.outer is None
            or inner.inner is None
        ):
            return None
        joined = f"{inner.outer.text} ({expr.other})"
        if not self.find(joined, _NAME_KINDS, scope, (), declined=False)[0]:
            return None
        self.log(f"the parenthesis belongs to the name before it: {joined!r}")
        return self.resolve(replace(inner, other=joined, outer=parse_place(joined)), scope, kinds)

    # --- areas and names ------------------------------------------------------------------

    def region_places(self, expr: PlaceExpression, scope: Scope) -> list[Place]:
        found, _, _ = self.find(expr.text, ("region",), scope, (), declined=False)
        if found:
            return found
        found, key, _ = self.find(expr.name, ("region",), scope, expr.languages)
        if found:
            return found
        keys = []
        for ending in _ADJECTIVE_ENDINGS:
            if key.endswith("sk" + ending):
                stem = key[: -len(ending)]
                keys += [stem, stem[:-2]]
                break
        for variant, _ in nominative_keys(key, expr.languages):
            for ending in ("skaya", "skiy", "ska", "ski", "skie", "sk"):
                if variant.endswith(ending):
                    stem = variant[: -len(ending)] + "sk"
                    keys += [stem, stem[:-2]]
                    break
        for variant, _ in nominative_keys(key, expr.languages):
            # Alias tables hold "Гродненская область" whole: rebuild it.
            keys += [f"{variant} {word}" for word in _AREA_NOMINATIVES]
            keys += [f"{word} {variant}" for word in ("obwod", "wojewodztwo")]
        hint = set(self.hint_of(scope))
        for variant in dict.fromkeys(k for k in keys if len(k) >= 4):
            found, _, _ = self.find(variant, ("region",), scope, (), declined=False)
            # A rebuilt stem is weak: a hit outside the event's country is not it.
            found = [p for p in found if not hint or set(place_countries(p)) & hint]
            if found:
                return found
        return []

    def with_regions_around(self, expr: PlaceExpression, regions: list[Place]) -> list[Place]:
        """Add the oblast around a city with a region's status found by the name alone.

        "Moscow region", "в Сочи Московской области": the name finds only the city's own
        unit (RU-MOW), as the oblast is named "Moscow Oblast", "Московская область"; the
        name with the unit word in the nominative finds the oblast, kept only when it
        surrounds a region found.
        """
        key = normalise(expr.name)
        variants = [key, *(variant for variant, _ in nominative_keys(key, expr.languages))]
        found = {place.ident: place for place in regions}
        for variant in dict.fromkeys(variants):
            for word in _AREA_NOMINATIVES:
                for place in self.gaz.lookup_key(f"{variant} {word}", kinds=("region",)):
                    if place.ident not in found and any(
                        inner.country == place.country
                        and _surrounds(place.admin1_code or "", inner.admin1_code or "")
                        for inner in regions
                    ):
                        found[place.ident] = place
        return list(found.values())

    def regions_not_enclosed(self, regions: list[Place]) -> list[Place]:
        """Drop a city with a region's status when the region around it bears its name.

        "Kyiv region", "Almaty oblast", "Tashkent oblast": the unit word names the oblast
        around the city, never the city's own unit (the phrase's kind is region, so it
        does not say city: "Kyiv City" is read as the town).
        """
        kept = [
            inner
            for inner in regions
            if not any(
                outer is not inner
                and outer.country == inner.country
                and _surrounds(outer.admin1_code or "", inner.admin1_code or "")
                for outer in regions
            )
        ]
        if len(kept) < len(regions):
            dropped = [p.admin1_code for p in regions if p not in kept]
            self.log(f"the unit word names the region around {', '.join(map(str, dropped))}")
        return kept or regions

    def described_country(self, words: str, scope: Scope) -> Scope:
        """Narrow ``scope`` by a demonym among descriptor words ("the Afghan province of")."""
        tokens = [re.sub(r"'s$", "", t) for t in words.replace("’", "'").split()]
        for size in (2, 1):
            for i in range(len(tokens) - size + 1):
                text = " ".join(tokens[i : i + size])
                code = self.country_code(text, regions=False)
                if code and (not scope.countries or code in scope.countries):
                    self.log(f"{text!r} names the country {code}")
                    return replace(scope, countries=(code,))
        return scope

    def area(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        result = self.area_as_named(expr, scope)
        if result.status != "resolved" or result.coarsened:
            result = self.korean_island_of_a_town(expr, scope) or result
        for before_name, without in (
            # "la province de l'Ituri", "la préfecture de l'Ouham": the French article,
            # elided before the unit's name, is not part of it (names that keep it,
            # "L'Aquila", were found as written).
            (_ELIDED_ARTICLE, "the elided article"),
            # "በኑዌር ዞን" (in Nuer zone): the preposition joined to the unit's name.
            (_ETHIOPIC_PROCLITIC, "the joined preposition"),
        ):
            joined = before_name.match(expr.name)
            if result.status == "unresolved" and joined:
                name = expr.name[joined.end() :]
                self.log(f"without {without}: {name!r}")
                found = self.area(replace(expr, name=name, text=name), scope)
                if found.status != "unresolved":
                    return found
        of_region = _UNIT_OF_REGION.match(expr.name) if expr.kind == "district" else None
        if result.status == "unresolved" and of_region:
            found = self.unit_of_its_region(expr, of_region, scope)
            if found is not None:
                return found
        community = _COMMUNITY_OF.match(expr.name) if expr.kind == "region" else None
        if (
            result.status == "unresolved"
            and community is not None
            and set(self.hint_of(scope)) == {"UA"}
        ):
            # "the Krasnopillia community of the Sumy region": the community (in a
            # Ukrainian event, a hromada) "of" the region is the one in it; the
            # region's word closes the whole text.
            text = f"{community['unit']} in the {community['region']} {expr.suffix}".strip()
            self.log(f"read as {text!r}")
            found = self.resolve(parse_place(text), scope, _NAME_KINDS)
            if found.status != "unresolved":
                return found
        owner = _OWNER_BEFORE_UNIT.match(expr.name)
        if result.status != "unresolved" or owner is None:
            return result
        # "the Saudi Northern Borders Province", "Lao northern Luang Namtha province": the
        # country's adjective (and a compass word) before the unit's own name.
        code = self.country_code(owner["owner"], expr.languages, regions=False)
        hint = self.hint_of(scope)
        if code is None or (hint and code not in hint) or not owner["rest"].strip():
            return result
        whole = expr.name[len(owner["owner"]) :].strip()
        for name in dict.fromkeys((whole, owner["rest"].strip())):
            # "Northern Borders" is the unit's own name; "northern Luang Namtha" is not.
            self.log(f"{owner['owner']!r} is the country {code}: the unit {name!r}")
            found = self.area_as_named(replace(expr, name=name), replace(scope, countries=(code,)))
            if found.status != "unresolved":
                return found
        return result

    def lower_unit_of_the_event(
        self, expr: PlaceExpression, scope: Scope, refused: PlaceResult | None
    ) -> PlaceResult | None:
        """ "la provincia de Putumayo" of a Peruvian event: the only admin-1 region of the
        name lies abroad (Colombia's department) and was refused, but a unit below
        admin-1 of the event's country bears it (Peru's province, in Loreto); that unit
        as the data can draw it (:meth:`region_of_district`).  A Peruvian "provincia"
        is below admin-1, as are Argentina's "departamentos" and Italy's "province".
        None when nothing was refused, a refused region lies beyond the event's
        neighbours, or no such unit lies in the event's country.
        """
        hint = self.hint_of(scope)
        if refused is None or refused.status != "unresolved" or not refused.candidates:
            return None
        across = {country for code in hint for country in neighbours_of(code)}
        if not all(place.country in across for place in refused.candidates):
            # "el estado de Arizona" of a Honduran event: a region far off is what the
            # text means, not Honduras's Arizona municipality; only units facing each
            # other across a border share names so.
            return None
        lower = self.region_of_district(expr, scope)
        if lower is None or lower.status != "resolved" or lower.country not in hint:
            return None
        self.log(f"the region of the name lies abroad; a lower unit of {lower.country} bears it")
        return lower

    def korean_island_of_a_town(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "강화군 교동도 해안" (the shore of Gyodong Island): Korean "도" ends an island's
        name (島) as it ends a province's (道).  A "X도" no province bears, where a town X
        is, is the island the town stands on: near the town, not the region or country
        holding it.  None for other texts."""
        if (
            expr.kind != "region"
            or not in_hangul(expr.name)
            or f"{expr.name}도" not in self.query.split()
        ):
            return None
        town = self.name(expr.name, scope, _SETTLEMENT_KINDS)
        if town.status != "resolved" or town.precision != "settlement":
            return None
        note = f"no province is named {expr.name!r}: '{expr.name}도' is the island of {town.name}"
        self.log(note)
        return replace(town, precision="near", uncertainty_km=NEAR_RADIUS_KM, note=note)

    def unit_of_its_region(
        self, expr: PlaceExpression, match: re.Match[str], scope: Scope
    ) -> PlaceResult | None:
        """ "municipio Ureña de Táchira": a unit's name, then "de" and the admin-1 region
        holding it.  Taken only when the words after "de" name a region and the unit
        found without them lies in it ("García de Hevia" is a name whole, found before)."""
        region = self.inner_resolve(match["region"], scope, ("region",))
        if region.status != "resolved" or region.precision != "region":
            return None
        self.log(f"the {expr.suffix} {match['unit']!r} of the region {region.name}")
        unit = match["unit"]
        found = self.area(replace(expr, name=unit, text=unit), scope)
        if found.status != "resolved" or found.admin1_code != region.admin1_code:
            return None
        return found

    def area_as_named(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        held_sector = self.sector_inside_its_holder(expr, scope)
        if held_sector is not None:
            return held_sector
        village = _VILLAGE_OF.match(expr.name) or _LOWER_UNIT_OF.match(expr.name)
        if village:
            # "Koti village of Tavush province": the village, inside the unit.
            self.log(f"{village['x']!r} inside {village['y']} {expr.suffix}")
            inside = _inside(expr, village["x"], f"{village['y']} {expr.suffix}")
            return self.resolve(inside, scope, _SETTLEMENT_KINDS)
        plain = _AREA_NAME_BORDER.sub("", _AREA_NAME_PART.sub("", expr.name))
        if plain != expr.name and plain:
            # "the border areas of Sumy Oblast", "the Chaman border district": the part
            # of the unit, or the unit by the border, is drawn as the unit.
            self.log(f"the unit named {plain!r}")
            return self.area(replace(expr, name=plain), scope)
        if expr.other:
            owner = self.country_code(expr.name, expr.languages, regions=False)
            if owner is not None and self.gaz.country(owner) is not None:
                # "Batken region of Kyrgyzstan": the name came first, the country last.
                self.log(f"{expr.other} {expr.suffix} inside the country {owner}")
                inner = replace(
                    expr, name=expr.other, other="", text=f"{expr.other} {expr.suffix}"
                )
                result = self.area(inner, replace(scope, countries=(owner,)))
                if result.status == "unresolved":
                    note = f"{result.note}; answered the country {owner}"
                    self.log(f"coarsened: {note}")
                    return replace(
                        self.from_place(self.gaz.country(owner)), coarsened=True, note=note
                    )
                return result
            narrowed = self.described_country(expr.other, scope)
            if narrowed == scope and not expr.other[:1].islower():
                # "Poonch sector of J&K": no demonym before the word, so the name came
                # first and the container after "of".
                return self.area_of(expr, scope)
            scope = narrowed
        held: PlaceResult | None = None
        read_district = False
        if expr.kind == "district" and normalise(expr.suffix) not in _RANK_OF_EITHER:
            # "Utenos rajone": Lithuania's counties and district municipalities share
            # names; a raion word names the district, never the county.
            held, read_district = self.region_of_district(expr, scope), True
            if held is not None and _SEATED_MUNICIPALITY.fullmatch(expr.suffix or ""):
                held = self.unit_not_the_municipality(expr, scope, held)
            if held is not None and held.precision == "district":
                if normalise(expr.suffix) == "sector" and not self.reaches_a_border(held):
                    # "the Ramgarh sector": a sector is a stretch of a border; a district
                    # of the name far inland (Ramgarh, Jharkhand) is not it.
                    return self.sector_by_its_town(expr, scope, held)
                return held
        regions = self.region_places(expr, scope)
        if expr.kind == "region" and regions:
            regions = self.regions_not_enclosed(self.with_regions_around(expr, regions))
        if read_district and regions:
            kept = self.regions_not_beside_units(expr, scope, regions)
            hint = self.hint_of(scope)
            if len(kept) < len(regions) and not any(r.country in hint for r in kept):
                # Nor is the namesake town's unit: the unit of the name is known, and
                # the data cannot draw it.
                return self.unresolved(
                    note=f"no {expr.suffix or 'district'} named {expr.name!r} the data can "
                    "draw; the admin-1 region of the name is not it"
                )
            regions = kept
        refused = None
        decided = self.decide(regions, None, scope) if regions else None
        if expr.kind == "region" and (decided is None or decided.status == "unresolved"):
            # "Turkana County", "the province of Haut-Katanga": a unit the outlines lack.
            drawn = self.region_without_outline(expr, scope)
            if drawn is not None:
                return drawn
            lower = self.lower_unit_of_the_event(expr, scope, decided)
            if lower is not None:
                return lower
        if decided is not None:
            if (
                decided.status != "unresolved"
                or not self.hint_of(scope)
                or expr.kind != "district"
            ):
                return decided
            # "Uri sector" with an Indian event: the Swiss canton is refused, and the
            # sector may still be the unit around the event country's town.
            refused = decided
        if not read_district:
            held = self.region_of_district(expr, scope)
        if held is not None:
            return held
        # An adjective does not say which town it comes from ("Краснопільська" is of
        # Krasnopillia and of Krasnopil alike): it is read back to a town only when every
        # town it may come from is looked for and exactly one is found.
        adjective = bool(_ADJECTIVE.search(normalise(expr.name)))
        towns, key, _ = self.find(
            expr.name, _SETTLEMENT_KINDS, scope, expr.languages, declined=not adjective
        )
        seats: list[Place] = []  # the towns an adjective may come from, when several
        if not towns and adjective and expr.kind == "district":
            towns, key = self.towns_of_adjective(expr, scope, seats)
            if len(seats) > 1 and _SEATED_MUNICIPALITY.fullmatch(expr.suffix or ""):
                # "Шевченківської громади": many hromadas share a name; the name alone
                # says none of their seats, and a unit spelled alike is another unit.
                return self.unresolved(
                    seats,
                    note=f"no {expr.suffix} named {expr.name!r} in the gazetteer; it may "
                    "be seated at any of these towns",
                )
        if expr.kind == "district" and towns:
            town = self.decide(towns, key, scope)
            around = self.area_around_a_crossing(expr, towns, town)
            if around is not None:
                return around
            town, seated_at_a_crossing = self.seat_not_a_crossing(towns, town, key, scope)
            if seated_at_a_crossing:
                beside = self.region_of_a_unit_at_a_crossing(expr, town, scope)
                if beside is not None:
                    return beside
            region = self.gaz.region(town.admin1_code) if town.admin1_code else None
            if (
                town.status == "resolved"
                and town.lat is not None
                and town.lon is not None
                and not seated_at_a_crossing
            ):
                # "Mae Sot district", "Чугуївського району": the unit whose seat the
                # namesake town is, where the districts table knows one.
                if _MUNICIPAL_LAND.fullmatch(expr.suffix or ""):
                    # "Röszke külterületén": the land of the village's own municipality,
                    # a few km around it, not the district it lies in.
                    note = (
                        f"the municipality of {town.name} ({expr.suffix}): no outline in "
                        f"the data, drawn as a circle of {MUNICIPALITY_KM:g} km around it"
                    )
                    self.log(note)
                    return replace(
                        town, precision="district", uncertainty_km=MUNICIPALITY_KM, note=note
                    )
                if _SEATED_MUNICIPALITY.fullmatch(expr.suffix or ""):
                    # "Краснопільська громада": the municipality seated at the town.
                    radius = HROMADA_KM if town.country == "UA" else MUNICIPALITY_KM
                    note = (
                        f"the municipality ({expr.suffix}) seated at {town.name}: no outline "
                        f"in the data, drawn as a circle of {radius:g} km around its seat"
                    )
                    self.log(note)
                    return replace(town, precision="district", uncertainty_km=radius, note=note)
                seated = districts_seated_at(town.country or "", town.lat, town.lon)
                drawn = self.district_circle(seated, expr.suffix or "district")
                if drawn is not None:
                    return drawn
                if (
                    _AREA_TOWNSHIP.fullmatch(expr.suffix or "")
                    and not _unit_word_after_township(self.query)
                    and town.country in self.hint_of(scope)
                    and town.country not in _TOWNSHIP_UNIT_COUNTRIES
                ):
                    # "Busia Township": the event's country has no township tier, so
                    # the word is the town's own area (East and Southern African
                    # usage): around the town, coarsened.  Not when another unit word
                    # follows: "the Garissa Township constituency" is that unit.
                    return self.around_town(town, f"no township unit is seated at {town.name}")
            if (
                town.status == "resolved"
                and region is not None
                and town.country
                and admin1_units_are_districts(town.country)
                and normalise(region.name) != normalise(expr.name)
            ):
                # "the border district of Karonga": Malawi's districts are its admin-1
                # units, so the outline holding the town (Chitipa) is another district
                # (the outlines merge the two): only the country holds the one named.
                country = self.gaz.country(town.country)
                held = (
                    self.coarsened_to(
                        country,
                        f"no outline of the district {expr.name!r}, one of {country.name}'s "
                        "admin-1 units, in the data; answered the country",
                    )
                    if country is not None
                    else None
                )
                if held is not None:
                    return held
            if (
                town.status == "resolved"
                and expr.suffix == "sector"
                and town.country  # a village's, not a crossing's (on the line, no side)
                and town.lat is not None
                and town.lon is not None
            ):
                # "Demchok sector": the border area named after a village that no unit
                # of the data is seated at; the area around the village, not the whole
                # region holding it (Jammu and Kashmir).
                note = (
                    f"the sector {town.name}: no unit of the name in the data, so it is "
                    f"drawn as a circle of {NEAR_RADIUS_KM:g} km around the village"
                )
                self.log(note)
                return replace(
                    self.drawn_around(
                        town.name,
                        town.lat,
                        town.lon,
                        "district",
                        NEAR_RADIUS_KM,
                        note,
                        town.country,
                        town.admin1_code,
                    ),
                    coarsened=True,
                )
            if town.status == "resolved" and region is not None:
                held = self.coarsened_to(
                    region,
                    f"no outline of the district {expr.name!r} in the data; answered "
                    f"the region holding its namesake town {town.name}",
                )
                if held is not None:
                    return held
            if town.status != "resolved":
                return self.unresolved(towns, note=town.note)
        if refused is not None:
            return refused  # a unit of the name lies elsewhere: the country would guess
        if expr.kind == "region" and _LOOSE_REGION.fullmatch(expr.suffix or ""):
            # "in the Kurram region": "region" is loose in the press; a district of the
            # name is an area too (never its town).
            held = self.region_of_district(replace(expr, kind="district"), scope)
            if held is not None and held.precision == "district":
                self.log(f"no admin-1 unit named {expr.name!r}: the district")
                return held
        hint = set(self.hint_of(scope))
        countries = {t.country for t in towns if t.country in hint}
        country = self.gaz.country(next(iter(countries))) if len(countries) == 1 else None
        abroad = self.unit_of_that_title_abroad(expr, scope, towns) if country else None
        if abroad is not None:
            return abroad
        held = self.region_well_around(towns, key, scope, expr) if country else None
        if held is not None:
            return held
        spelled_home = (
            self.unit_spelled_as_its_namesake_town(expr, scope, towns) if country else None
        )
        if spelled_home is not None:
            return spelled_home
        around = self.area_of_its_namesake_town(expr, scope, towns) if country else None
        if around is not None:
            return around
        # "Mandera county": Kenya's counties are not in the data, but a town of the
        # name lies in the event's country, so the unit does too: the country.
        held = (
            self.coarsened_to(
                country,
                f"no {expr.suffix or 'region'} named {expr.name!r} in the data; answered "
                "the country holding its namesake town",
            )
            if country is not None
            else None
        )
        if held is not None:
            return held
        before_its_country = self.unit_before_its_countrys_name(expr, scope)
        if before_its_country is not None:
            return before_its_country
        spelled = self.unit_spelled_otherwise(expr, scope)
        if spelled is not None:
            return spelled
        # "X province" never becomes the town X: that is a finer place than the text says.
        if expr.kind == "district":
            named = self.unit_of_its_last_adjective(expr, scope) or self.sadar_unit(expr, scope)
            if named is not None:
                return named
        if not towns and not seats:
            # "la région de Doumeira", "the Ras Doumeira region": no unit and no town of
            # the name, but a disputed stretch of a border bears it: that border.
            feature = self.feature(expr.name, scope)
            if feature is not None and feature.status == "resolved":
                return feature
        # "Вільхуватської громади": the seats the adjective may name are the candidates,
        # so a place the text puts in the unit is not taken far from all of them.
        return self.unresolved(
            towns or seats,
            note=f"no {expr.suffix or 'region'} named {expr.name!r} in the gazetteer"
            + (" (the town of that name is not meant)" if towns else ""),
        )

    def area_of_its_namesake_town(
        self, expr: PlaceExpression, scope: Scope, towns: list[Place]
    ) -> PlaceResult | None:
        """ "la région de Takum": no unit bears the name, one town of the event's country
        does; French "région" is loose in the press, the area around the town ("la zone
        de Takum"), read as near it.  None for another unit word or language, or when the
        name fits no town or several."""
        if (expr.suffix or "").lower() != "région":
            # Only French: English "the Noyemberian region", "Lebanon's Hermel region"
            # and Spanish "la región de Moyale (sur)" name a unit or a side the data
            # lacks, wider than the town's circle.
            return None
        hint = set(self.hint_of(scope))
        if len({(town.name, town.country) for town in towns if town.country in hint}) != 1:
            return None
        town = PlaceExpression(kind="name", text=expr.name, name=expr.name)
        around = PlaceExpression(
            kind="near", text=expr.text, name="", inner=town, languages=expr.languages
        )
        result = self.near(around, scope, _SETTLEMENT_KINDS)
        if result.status != "resolved" or result.precision != "near":
            return None
        self.log(
            f"no unit named {expr.name!r}: the {expr.suffix} of the town is the area around it"
        )
        return result

    def region_of_a_unit_at_a_crossing(
        self, expr: PlaceExpression, crossing: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "à Assamaka, une commune du nord-ouest du Niger": a unit the data lacks, named
        as a crossing is; the one region of the event's country by the crossing holds it.

        The crossing seats no unit, but the unit bearing its name lies around it, on the
        event's side of the line; that side's one admin-1 region within reach of the
        crossing answers, coarsened.  None for an event of several countries or of
        neither of the crossing's, or when several regions meet there.
        """
        hint = self.hint_of(scope)
        if len(hint) != 1 or crossing.lat is None or crossing.lon is None:
            return None
        places = self.gaz.lookup_key(normalise(crossing.name or ""), kinds=("crossing",))
        if not any(hint[0] in place.countries for place in places):
            return None
        region = self.one_region_at(hint[0], Point(crossing.lon, crossing.lat))
        if region is None:
            return None
        return self.coarsened_to(
            region,
            f"no {expr.suffix or 'unit'} named {expr.name!r} in the data, but the crossing "
            f"{crossing.name} is; the unit lies around it, on {hint[0]}'s side, in {region.name}",
        )

    def seat_not_a_crossing(
        self, towns: Sequence[Place], town: PlaceResult, key: str | None, scope: Scope
    ) -> tuple[PlaceResult, bool]:
        """The town a unit named after ``towns`` is seated at, never a crossing.

        "Horgos külterületén" (the land of Horgoš's municipality): the Röszke–Horgoš
        crossing lists the village's name, and was taken for the seat of a municipality
        drawn around it, joined to Hungary.  A crossing seats no unit: the choice is
        made again among the settlements of the name, and kept when one is found.  A
        crossing drawn at its town's GeoNames point (``located``: settlement; Muse,
        Beni Ansar) stands for that town, which does seat its unit; one at its
        checkpoint stands for none.  Returns the town and whether it is a crossing at
        its checkpoint, which seats nothing.
        """
        crossings = [p for p in towns if p.kind == "crossing" and p.name == town.name]
        if town.status != "resolved" or not crossings:
            return town, False
        settlements = [p for p in towns if p.kind != "crossing"]
        seat = self.decide(settlements, key, scope) if settlements else None
        if seat is not None and seat.status == "resolved":
            self.log(f"{town.name} is a crossing, the seat of no unit: the town of the name")
            return seat, False
        at_checkpoint = crossings[0].located == "crossing"
        if at_checkpoint:
            self.log(f"{town.name} is a crossing at its checkpoint, the seat of no unit")
        return town, at_checkpoint

    def area_around_a_crossing(
        self, expr: PlaceExpression, towns: Sequence[Place], town: PlaceResult
    ) -> PlaceResult | None:
        """ "في منطقة رأس جدير", "بمنطقة دوغارون" (in the area of Ras Ajdir): the Arabic
        and Persian area word before a crossing's name is the ground around the
        crossing, drawn as near it; no unit bears a crossing's name, so reading it as
        one only coarsened it to the country or left it unresolved.

        "el sector de Pisiga Choque": a sector named after a crossing the data draws at
        its town's point is that same ground; the town's side is not known to the
        crossing, so the village reading of a sector (a circle on the town's side) does
        not apply.  A crossing at its checkpoint ("the Wagah sector") is left to
        :meth:`region_of_a_unit_at_a_crossing`, the region on the event's side.
        """
        if town.status != "resolved":
            return None
        crossings = [p for p in towns if p.kind == "crossing"]
        if len(crossings) != 1 or crossings[0].name != town.name:
            return None
        # The word stands right before the name in the report (the expression itself
        # is rebuilt as "X district").
        before = re.compile(_ARABIC_AREA_WORD.pattern + r"\s+" + re.escape(expr.name))
        sector = normalise(expr.suffix or "") == "sector" and crossings[0].located == "settlement"
        if not (sector or before.search(self.query)):
            return None
        note = f"the area around the crossing {town.name}, drawn as near it"
        self.log(note)
        return self.widened(expr, replace(town, note=note))

    def sadar_unit(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Sunamganj Sadar upazila", "সাতক্ষীরা সদর উপজেলা": the Sadar (headquarters)
        unit of district X is the one around X's seat; the data has no units below the
        district there, so district X, flagged coarsened; None when X is no district."""
        match = _SADAR.match(expr.name)
        if match is None:
            return None
        district = self.inner_resolve(f"{match['district']} district", scope, ("region",))
        if district.status != "resolved" or district.precision != "district":
            return None
        note = (
            f"no {expr.suffix or 'unit'} named {expr.name!r} in the data; the Sadar unit "
            f"lies around the seat of the district {district.name}: the district"
        )
        return self.coarser_answer(district, note)

    def unit_of_its_last_adjective(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "на трассе Янько — Макеево Рыльского района": a Slavic unit word after a run
        of words names the unit by the adjective just before it (Рыльского, of Rylsk);
        the words before that adjective say where in the unit ("на трассе Янько —
        Макеево", "в селе Бегоща приграничного") and are looked up inside it, and
        descriptive adjectives after it ("Глухівської міської територіальної громади":
        of the town's territorial community) are not names.  The last word that is an
        adjective and names a unit is the unit's name; None when no word after the
        first does, or outside Cyrillic text.
        """
        words = expr.name.split()
        if len(words) < 2 or not has_cyrillic(expr.name):
            return None
        for at in range(len(words) - 1, 0, -1):
            if not _ADJECTIVE.search(normalise(words[at])):
                continue
            unit = f"{words[at]} {expr.suffix}"
            alone = self.resolve(parse_place(unit), scope, _SETTLEMENT_KINDS)
            if alone.status != "resolved":
                continue
            before = " ".join(words[:at])
            self.log(f"the {expr.suffix} named by {words[at]!r}; {before!r} inside it")
            return self.resolve(_inside(expr, before, unit), scope, _SETTLEMENT_KINDS)
        return None

    def regions_not_beside_units(
        self, expr: PlaceExpression, scope: Scope, regions: list[Place]
    ) -> list[Place]:
        """The admin-1 regions of a unit word's name that may be the unit.

        "en el municipio Bolívar" of a Venezuelan event: a municipality is a unit below
        admin-1, and the districts table files the country's municipio Bolívar under
        Táchira; the state of Bolívar, 1,000 km off, is a namesake of another rank, not
        it.  Only where the event's country has units of the name below admin-1 and
        its admin-1 units are not themselves its districts.
        """
        countries = self.hint_of(scope)
        if not countries:
            return regions
        units = districts_named(self.unit_keys(expr, countries), countries)
        if not units:
            return regions
        filed = {unit.region for unit in units}
        kept = [
            region
            for region in regions
            if region.admin1_code in filed
            or region.country not in countries
            or admin1_units_are_districts(region.country)
        ]
        if len(kept) != len(regions):
            self.log(
                f"the {expr.suffix or 'district'} {expr.name!r} is a unit below admin-1 "
                f"(filed under {', '.join(sorted(c or '?' for c in filed))}): the admin-1 "
                f"namesakes {places_text([r for r in regions if r not in kept], 3)} are "
                "not it"
            )
        return kept

    def region_without_outline_as_container(
        self, expr: PlaceExpression, scope: Scope
    ) -> tuple[PlaceResult, Scope] | None:
        """An admin-1 unit the outlines lack as a container, and the circle it bounds.

        What lies in the unit lies within its circle (:meth:`region_without_outline`);
        None when the event's country has no such unit of the name.
        """
        drawn = self.region_without_outline(expr, scope)
        if drawn is None or drawn.lat is None or drawn.lon is None:
            return None
        self.log(f"inside {drawn.name}, a unit the outlines lack")
        country = (drawn.country,) if drawn.country else scope.countries
        return drawn, Scope(
            country,
            anchor=(drawn.lat, drawn.lon),
            reach_km=drawn.uncertainty_km or CONTAINER_TOWN_KM,
        )

    def region_without_outline(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """An admin-1 unit the outlines lack, drawn as a circle of about its size.

        Kenya's counties, the DR Congo's provinces of 2015, Ghana's regions of 2018:
        the unit, with its ISO 3166-2 code, at precision ``region``, drawn around the
        middle of its towns.  Only one unit of the name within the event's country (or
        anywhere, without one); None otherwise.
        """
        countries = self.hint_of(scope)
        keys = self.unit_keys(expr, countries)
        units = regions_without_outline_named(keys, countries)
        if not units and len(countries) == 1 and in_devanagari(expr.name):
            units = self.unoutlined_region_by_its_consonants(keys, countries[0])
        if len({unit.region for unit in units}) != 1:
            return None
        unit = units[0]
        assert unit.lat is not None and unit.lon is not None and unit.reach_km is not None
        note = (
            f"the {expr.suffix or 'region'} {unit.name} ({unit.region}): the data has no "
            f"outline of it, so it is drawn as a circle of {unit.reach_km:g} km (about its "
            "size) around the middle of its towns"
        )
        return self.drawn_around(
            unit.name, unit.lat, unit.lon, "region", unit.reach_km, note, unit.country, unit.region
        )

    def unoutlined_region_by_its_consonants(self, keys: list[str], country: str) -> list[District]:
        """ "सुदूरपश्चिमका" (of Sudurpashchim): a province the outlines lack and the data
        names in Latin letters only, found by the consonants of a key of the name
        (its case ending read back first), as :meth:`region_by_its_consonants` finds an
        outlined one: :data:`REGION_CONSONANTS` classes, one region only."""
        table = _unoutlined_regions_by_skeleton(country)
        for key in keys:
            skeleton = devanagari_skeleton(key)
            found = table.get(skeleton, {}) if len(skeleton) >= REGION_CONSONANTS else {}
            if len(found) == 1:
                unit = next(iter(found.values()))
                self.log(f"{key!r} has the consonants of the region {unit.name}")
                return [unit]
        return []

    def border_named_by_a_place(self, inner: PlaceExpression) -> bool:
        """ "the Anantapur border": a stretch or post of a border named after a place
        (South Asian usage), not a country's border; in a district it lies in it."""
        return (
            inner.kind == "border"
            and bool(inner.other)
            and not inner.name
            and self.country_code(inner.other, inner.languages, regions=False) is None
        )

    def district_container(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "at the Anantapur border in Kurigram", "a village in Kurigram": a container no
        region or town bears the name of, which names a district of the event's country.

        A bare name alone is that district (:meth:`district_by_bare_name`); after "in"
        or a comma it holds the place as much, so the text is not dropped for it.  The
        district's admin-1 region stands for it: the district is drawn as a circle at its
        seat, which may not reach the far end where the place lies (Patgram, 70 km north
        of Lalmonirhat).
        """
        drawn = self.district_by_bare_name(expr, scope)
        region = self.gaz.region(drawn.admin1_code) if drawn and drawn.admin1_code else None
        if drawn is None or region is None:
            return None
        self.log(
            f"inside the district {drawn.name}, which no town bears the name of: {region.name}"
        )
        return replace(self.from_place(region), coarsened=True)

    def district_by_bare_name(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Rajouri", "Jhapa" of an event in South Asia: a district no town bears the name of.

        Only where districts are named bare in reporting (:data:`DISTRICTS_NAMED_AFTER_SEATS`),
        and only one unit of the event's own country: drawn around its seat, as "the X
        district" is; None otherwise.
        """
        hint = self.hint_of(scope)
        if len(hint) != 1 or hint[0] not in DISTRICTS_NAMED_AFTER_SEATS:
            return None
        # "شمالي وزيرستان": Pashto and Arabic write the yeh the data's Urdu form
        # ("شمالی وزیرستان") writes otherwise; where districts are named bare, the bare
        # name is the unit's in either orthography.
        units = districts_named(self.unit_keys(expr, hint), hint, respelled=True)
        drawn = self.district_circle(units, "district") if units else None
        if drawn is not None:
            note = f"no town is named {expr.name!r}; a district of {hint[0]} is: {drawn.note}"
            self.log(note)
            drawn = replace(drawn, note=note)
        elif units and all(unit.part for unit in units):
            drawn = self.region_of_upazilas(expr.name, units)
        elif units and all(unit.lat is None for unit in units):
            # "कपिलवस्तुको सीमा नाका" (Kapilvastu's border point): the table knows the
            # district's region but not its seat, so no circle is drawn; the region is.
            drawn = self.region_of_units(expr.name, units, hint[0])
        return drawn

    def region_of_upazilas(self, name: str, units: Sequence[District]) -> PlaceResult | None:
        """ "কানাইঘাট" (Kanaighat): an upazila whose district's circle does not hold it
        is answered by the division holding the district, coarsened; None when the
        upazilas of the name lie in several divisions."""
        codes = {unit.region for unit in units}
        region = self.gaz.region(codes.pop()) if len(codes) == 1 else None
        if region is None:
            return None
        held = ", ".join(sorted({f"{unit.part} ({unit.name} district)" for unit in units}))
        return self.coarsened_to(
            region,
            f"no town is named {name!r}; an upazila is, {held}, in {region.name}: the data has "
            "no outline below admin-1 and the district's circle does not hold the upazila, so "
            "the region is answered",
        )

    def region_of_a_bare_unit(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "in Kajo-Keji" of a South Sudanese event: no place bears the name, but units
        below admin-1 of the event's country in one region do; that region, coarsened.

        Only a region: outside :data:`DISTRICTS_NAMED_AFTER_SEATS` a bare name is not
        drawn as the unit's circle.  None when the units lie in several regions.
        """
        hint = self.hint_of(scope)
        if len(hint) != 1 or hint[0] in DISTRICTS_NAMED_AFTER_SEATS:
            return None
        units = districts_named(self.unit_keys(expr, hint), hint)
        if not units and in_arabic_letters(expr.name) and len(expr.name.split()) == 1:
            # "في أكروتيري": a unit the data names in Latin letters only, written as it
            # sounds; its consonants, as for towns (arabic_consonants).
            units = list(_units_by_consonants(hint[0]).get(arabic_skeleton(expr.name), ()))
            if units:
                self.log(f"{expr.name!r} has the consonants of the unit {units[0].name}")
        return self.region_of_units(expr.name, units, hint[0])

    def region_of_units(
        self, name: str, units: Sequence[District], country: str
    ) -> PlaceResult | None:
        """The one region holding ``units`` of the name no place bears, coarsened; None
        when they lie in several regions or in none the data knows."""
        codes = {unit.region for unit in units}
        if len(codes) != 1 or "" in codes:
            return None
        region = self.gaz.region(codes.pop())
        if region is None:
            return None
        names = ", ".join(sorted({unit.name for unit in units})[:2])
        return self.coarsened_to(
            region,
            f"no place is named {name!r}; a unit of {country} is ({names}), in "
            f"{region.name}: the data has no outline below admin-1, so the region is answered",
        )

    def region_of_a_unit_named(self, text: str, scope: Scope) -> PlaceResult | None:
        """The region holding the unit a text names bare ("nas proximidades de Saltos del
        Guairá"), as :meth:`region_of_a_bare_unit` reads a whole query; None otherwise.

        For a head with a tail that describes it, which the reading of a whole query's
        last resort never sees.
        """
        bare = _bare_name(parse_place(text))
        return self.region_of_a_bare_unit(bare, scope) if bare is not None else None

    def island_group_container(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "khu vực đảo Phú Lâm, quần đảo Hoàng Sa": an island group of the waters table
        named as the container (the Paracel Islands), drawn as its circle; None for any
        other water (a sea holds no place as an area does) or no feature."""
        water = water_named(expr.text)
        if water is None or water.kind != "islands":
            return None
        group = water_answer(self, expr.text, scope)
        if group is None or group.status != "resolved":
            return None
        self.log(f"{expr.text!r} is the island group {group.name}, which holds it")
        return group

    def bare_unit_container(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Αγίου Φωκά στη Λέσβο": a container no place bears the name of, but units of
        the event's country in one region do: that region, which holds what lies in it.

        Not a name a border river or line bears in any form ("του Έβρου": the Evros is
        the border, and the unit named after it is not what a report of it means).
        """
        keys = self.unit_keys(expr, self.hint_of(scope))
        if any(k in load_border_features() or k in features_by_bare_name() for k in keys):
            return None
        return self.region_of_a_bare_unit(expr, scope)

    def unit_keys(self, expr: PlaceExpression, countries: tuple[str, ...]) -> list[str]:
        """Lookup keys of a unit's name: as written, then its nominative forms.

        "Ignalinos rajone": the unit word is Lithuanian, the name carries no letter of
        it; the event's country says which endings to read back (its own units only).
        """
        key = normalise(expr.name)
        languages = expr.languages or (self.hint_languages if countries else ())
        if countries and expr.languages:
            # "Lazdiju rajonā": a Latvian report keeps the Lithuanian genitive of a
            # Lithuanian unit's name; the text's language declines only its unit word.
            languages = tuple(dict.fromkeys(languages + self.hint_languages))
        keys = [key] + [variant for variant, _ in nominative_keys(key, languages)]
        if _BENGALI_NAME.fullmatch(key):
            # The data files a Bengali district's name with its unit word ("যশোর জেলা");
            # "যশোরে" (in Jashore) is that district as "Rajouri" is its own.
            keys += [f"{k} {_BENGALI_DISTRICT_WORD}" for k in keys]
        # "तरनतारन", "बारामूला": a district written in Devanagari, a spelling the data
        # lacks, is the one district of the country its consonants sound as; three
        # consonants are enough only beside a unit word ("राजौरी जिले", "बांके जिले").
        fewest = FEWEST_SOUNDS + (0 if expr.suffix else 1)
        latin = (
            None
            if self.gaz.lookup_key(key)
            else district_sounding(expr.name.strip(), countries, fewest)
        )
        for variant in keys[1:] if latin is None and not self.gaz.lookup_key(key) else ():
            # "जाजरकोटबाट" (from Jajarkot): the name without its case ending sounds as
            # the district the data names in Latin letters only.
            latin = district_sounding(variant, countries, fewest)
            if latin is not None:
                break
        if latin is None and len(countries) == 1 and in_arabic_letters(expr.name):
            latin = self.urdu_unit_sounding(expr.name.strip(), countries[0], key)
        if latin is not None:
            self.log(f"{expr.name!r} sounds as the district {latin!r}")
            keys.append(latin)
        with_article = (
            _with_arabic_article(expr.name.strip()) if set(countries) & _ARABIC_COUNTRIES else None
        )
        if with_article:
            # "the Fashaga district": GeoNames files it as "Al Fashaga", as towns are
            # tried with the article an Arabic name drops in the press.
            keys.append(normalise(with_article))
        if set(countries) & _ARABIC_COUNTRIES:
            spelled = [k for key in keys for k in _arabic_unit_spellings(key, countries)]
            keys += [k for k in dict.fromkeys(spelled) if k not in keys]
        return keys

    def urdu_unit_sounding(self, name: str, country: str, key: str) -> str | None:
        """The Latin key of the one district of ``country`` an Urdu name sounds as, or None.

        "لوئر دیر", "اپر دیر": Urdu writes an English-named unit (Lower Dir, Upper Dir)
        as it sounds, and "دیر بالا" (Dir the upper) in its own word order, read as
        "اپر دیر".  Only such names of an upper or lower part; only where districts are named bare
        (:data:`DISTRICTS_NAMED_AFTER_SEATS`), for a name the data lacks, with a
        skeleton of :data:`_UNIT_CONSONANTS` classes or more and one unit bearing it.
        """
        if country not in DISTRICTS_NAMED_AFTER_SEATS or self.gaz.lookup_key(key):
            return None
        parted = _URDU_PART_AFTER.match(name)
        if parted is not None:
            name = f"{_URDU_PARTS[parted['part']]} {parted['name']}"
        elif not _URDU_PART_BEFORE.match(name):
            return None  # other names by their consonants are read elsewhere, as towns
        keys = _unit_keys_by_consonants(country).get(arabic_skeleton(name), {})
        return next(iter(keys.values())) if len(keys) == 1 else None

    def region_of_district(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """A named unit below admin-1, as the data can draw it; None if unknown.

        "Kathua district" → the district, drawn as a circle of about its size around
        its seat (Kathua) where the districts table knows the seat, else the region
        holding it (Jammu and Kashmir), coarsened; "в Свислочском районе" → Grodno.
        Units of one name in several regions give an ambiguous answer listing the
        regions; none is chosen.  Within the event's country (or the country the words
        name) only.
        """
        key = normalise(expr.name)
        countries = self.hint_of(scope)
        if (expr.suffix or "").lower() in _COMMUNE_WORDS:
            # The table holds districts (huyện, thị xã), no commune: "xã Tân Châu" is
            # not the huyện Tân Châu, nor "xã Vĩnh Xương, thị xã Tân Châu" anything.
            return None
        units = districts_named(self.unit_keys(expr, countries), countries, respelled=True)
        part = _PART_OF_A_UNIT.match(expr.name) if not units and countries else None
        if part is not None:
            # "the Upper Kurram district", "Lower South Waziristan": a unit carved out of
            # an older one the data still holds whole; the whole unit, coarsened.
            whole = self.region_of_district(replace(expr, name=part["rest"]), scope)
            if whole is not None and whole.status == "resolved":
                note = f"no unit is named {expr.name!r}; the one it is part of: {whole.note}"
                self.log(note)
                return replace(whole, coarsened=True, note=note)
        if scope.admin1 and units:
            # "Song sub-district, ..., Ubon Ratchathani province": inside the region the
            # text names; a unit of the name in another region is not it.
            # A unit filed in no outline (Kurram, in the former FATA) cannot be told.
            # A province carved out of an older one holds units the data files in that.
            holders = (scope.admin1, "", *provinces_carved_from(scope.admin1))
            inside = [unit for unit in units if unit.region in holders]
            if not inside:
                self.log(
                    f"no {expr.suffix or 'district'} named {expr.name!r} in {scope.admin1} "
                    f"(only in {', '.join(sorted({u.region or u.country for u in units}))})"
                )
            units = inside
        if units and expr.kind == "district" and not any(unit.region for unit in units):
            # A unit whose towns lie in no shipped outline (Kurram, in the former FATA,
            # which no ISO code names): its circle, and never a region's outline.
            return self.district_circle(units, expr.suffix or "district")
        codes = sorted({unit.region for unit in units})
        regions = [r for r in (self.gaz.region(code) for code in codes) if r is not None]
        if not regions or len(regions) != len(codes):
            return None
        word = expr.suffix or "district"
        lone = self.lone_unit_by_a_border(units) if len(regions) > 1 and countries else None
        if lone is not None:
            # "Belovsky district" of a Russian event: the Kursk one, on the Ukrainian
            # border, not the Kemerovo one, 3,000 km inland.
            self.log(
                f"of the {word}s named {expr.name!r}, only the one of {lone.region} lies by a "
                f"land border; every other lies {FAR_FROM_BORDER_KM:g} km or more from one"
            )
            units = [lone]
            codes = [lone.region]
            regions = [r for r in (self.gaz.region(code) for code in codes) if r is not None]
        if len(regions) > 1:
            if countries:
                return self.ambiguous(
                    regions, f"a {word} named {expr.name!r} lies in each of these regions"
                )
            return None  # anywhere in the world, one name says too little
        namesakes = self.gaz.lookup_key(key, kinds=("settlement",), countries=countries)
        seated = all(unit.lat is not None for unit in units)
        if not seated and namesakes and all(town.admin1_code != codes[0] for town in namesakes):
            # Two sources disagree: GeoNames files Kurram district under Khyber
            # Pakhtunkhwa (since 2018), the outlines still have it in FATA, where its
            # namesake town lies.  Neither is taken on this evidence alone.  A unit whose
            # seat the table knows is placed by it: a town of its name elsewhere is
            # another place (Yongsan-gu of Seoul, Yongsan of North Chungcheong).
            self.log(
                f"the {word} {expr.name!r} is filed under {codes[0]}, its namesake towns "
                f"elsewhere ({places_text(namesakes, 3)}): not used"
            )
            return None
        # "Narva county", "Imatra state": a word of a region's rank is not answered by
        # a unit below it (a finer place than the text names), only by its region.
        # Russia's "округ" is below admin-1 when no region bears the name ("в
        # Грайворонском округе": the urban okrug that replaced Grayvoron raion); an
        # autonomous okrug is a region and is found as one before this.
        below = expr.kind == "district" or bool(_OKRUG_WORD.fullmatch(word))
        drawn = self.district_circle(units, word) if below else None
        if drawn is not None:
            return drawn
        names = sorted({unit.name for unit in units})
        if _OBLAST_WORD.fullmatch(word) and all(_RAION_NAME.search(name) for name in names):
            self.log(f"{expr.name!r} is an {word}; the units of the name are raions, not it")
            return None
        says_the_border = names_a_border(self.query) or names_a_border_in_arabic_script(self.query)
        line = self.border_line_a_unit_bears(names, regions[0], scope) if says_the_border else None
        if line is not None:
            return line
        return self.coarsened_to(
            regions[0],
            f"{expr.name!r} ({word}; {', '.join(names[:2])}) lies in {regions[0].name}; the "
            "data has no outline below admin-1, so the region is answered",
        )

    def unit_not_the_municipality(
        self, expr: PlaceExpression, scope: Scope, unit: PlaceResult
    ) -> PlaceResult:
        """ "Золочівської громади": a hromada (gmina, jamoat) is seated at the town it is
        named for; a raion of the same name in the districts table is another unit,
        and may lie in another region (Zolochiv raion of Lviv, 800 km from the Zolochiv
        hromada of Kharkiv).  ``unit`` stands when every town the name may come from
        lies within its circle; the municipality at the one seat outside it answers
        instead, and several seats, some outside it, leave the answer ambiguous.
        """
        if unit.status != "resolved" or unit.lat is None or unit.lon is None:
            return unit
        adjective = bool(_ADJECTIVE.search(normalise(expr.name)))
        seats: list[Place] = []
        towns, key, _ = self.find(
            expr.name, _SETTLEMENT_KINDS, scope, expr.languages, declined=not adjective
        )
        if not towns and adjective:
            towns, key = self.towns_of_adjective(expr, scope, seats)
        reach = unit.uncertainty_km or 0.0
        candidates = towns or seats
        away = [
            town
            for town in candidates
            if town.lat is not None
            and town.lon is not None
            and km_between(unit.lat, unit.lon, town.lat, town.lon) > reach
        ]
        if not away:
            return unit
        if len(candidates) > 1 and not towns:
            # The adjective names towns in and out of the unit: which seats it is unknown.
            return self.ambiguous(
                candidates,
                f"the {expr.suffix} {expr.name!r} is seated at one of these towns; the "
                f"{unit.name} of that name holds only some of them",
            )
        seat = self.decide(towns, key, scope)
        if seat.status != "resolved" or seat.lat is None or seat.lon is None:
            return unit
        if km_between(unit.lat, unit.lon, seat.lat, seat.lon) <= reach:
            return unit
        radius = HROMADA_KM if seat.country == "UA" else MUNICIPALITY_KM
        note = (
            f"the municipality ({expr.suffix}) seated at {seat.name}: no outline in the "
            f"data, drawn as a circle of {radius:g} km around its seat; {unit.name}, a "
            "unit of the same name, lies away from that seat and is another unit"
        )
        self.log(note)
        return replace(seat, precision="district", uncertainty_km=radius, note=note)

    def unit_of_that_title_abroad(
        self, expr: PlaceExpression, scope: Scope, towns: Sequence[Place]
    ) -> PlaceResult | None:
        """Unresolved when a unit titled as the text writes it lies outside the event's
        country, far from the namesake ``towns``; None otherwise.

        "Columbus in Luna County" of a Mexican event: Luna County is New Mexico's (the
        districts table names it so); the village Luna in Campeche seats no county, and
        the region around it is 2,000 km from the place.  The namesake-town guess is
        only for a unit no table knows, or one by the town (a crossing named after the
        unit's seat across the line).
        """
        suffix = normalise(expr.suffix or "")
        if not suffix:
            return None
        titled = {f"{normalise(expr.name)} {suffix}", f"{suffix} {normalise(expr.name)}"}
        hint = self.hint_of(scope)
        units = [
            unit
            for unit in districts_named([normalise(expr.name)])
            if unit.country not in hint and normalise(unit.name) in titled
        ]
        if any(unit.lat is None or unit.lon is None for unit in units) or any(
            km_between(unit.lat, unit.lon, town.lat, town.lon) <= (unit.reach_km or 0) + BESIDE_KM
            for unit in units
            for town in towns
            if town.lat is not None and town.lon is not None
        ):
            return None
        if not units:
            return None
        where = ", ".join(sorted({unit.region or unit.country for unit in units})[:3])
        return self.unresolved(
            note=f"the {expr.suffix} {units[0].name!r} lies outside the event's country "
            f"({where}); a town of the name in {', '.join(hint)} is not taken for it"
        )

    def region_well_around(
        self, towns: Sequence[Place], key: str | None, scope: Scope, expr: PlaceExpression
    ) -> PlaceResult | None:
        """The region around the one town an unknown unit "X region" is named after.

        "dans la région de Toulépleu", "the Kuhmo region": no unit of the name is in the
        data, but the area named after a town lies around it, so the admin-1 region
        holding the town holds it too, when the town lies at least
        :data:`UNIT_AROUND_TOWN_KM` inside that region's outline.  Nearer its edge the
        area may reach into the next region, and the country answers (None here).
        """
        hint = self.hint_of(scope)
        own = [t for t in towns if t.country in hint]
        if not own:
            return None
        town = self.decide(own, key, scope)
        if town.status != "resolved" or not town.admin1_code or town.lat is None:
            return None
        region = self.gaz.region(town.admin1_code)
        if region is None:
            return None
        try:
            outline = region_extent(town.admin1_code)
        except GeometryDataError:
            return None
        where = Point(town.lon, town.lat)
        if not outline.covers(where):
            return None
        edge = _inner_edge(town.admin1_code, town.country or "")
        inside_km = math.inf
        if not edge.is_empty:
            nearest, _ = nearest_points(edge, where)
            inside_km = km_between(town.lat, town.lon, nearest.y, nearest.x)
        if inside_km < UNIT_AROUND_TOWN_KM:
            self.log(
                f"{town.name} lies {inside_km:.0f} km inside {region.name}: the area named "
                "after it may reach beyond that region"
            )
            return None
        return self.coarsened_to(
            region,
            f"no {expr.suffix or 'region'} named {expr.name!r} in the data; answered the "
            f"region holding its namesake town {town.name}, at least "
            f"{UNIT_AROUND_TOWN_KM:g} km inside it",
        )

    def coarser_answer(self, result: PlaceResult, note: str) -> PlaceResult:
        """``result`` as the answer to the whole query, flagged coarsened, with ``note``
        after the notes it already has."""
        self.log(f"coarsened: {note}")
        joined = f"{result.note}; {note}" if result.note else note
        return replace(result, query=self.query, coarsened=True, note=joined)

    def town_found_in_its_own_container(self, expr: PlaceExpression, outer: PlaceResult) -> bool:
        """Whether the container of "X, Y" is a town the text itself places, by a word
        and a container of its own ("tổ 9, khu phố 5, phường Hà Tiên (tỉnh An Giang)"):
        no namesake of a region, as "Nogales, Arizona" may be, but the town holding X."""
        container = expr.outer
        return (
            container is not None
            and container.kind == "restricted"
            and container.inner is not None
            and container.inner.kind == "restricted"
            and container.inner.outer is not None
            and container.inner.outer.kind == "settlement"
            and outer.precision == "settlement"
            and not outer.coarsened
        )

    def in_a_province_taken_in(
        self, expr: PlaceExpression, outer: PlaceResult, kinds
    ) -> PlaceResult | None:
        """ "phường Hà Tiên (tỉnh An Giang)": a place the data lacks inside a province
        that took in others on 1 July 2025 (:mod:`bordermap.geo.places.merged_provinces`)
        is the one place of its name in one of those; None when none or several.

        The outlines predate the merger, so the province's old outline does not hold
        what the new province does; the text's place is looked up in the old provinces
        the name now covers, each as the container.
        """
        if outer.precision != "region" or expr.inner is None:
            return None
        countries = (outer.country,) if outer.country else ()
        found = []
        for code in provinces_taken_in(outer.admin1_code):
            region = self.gaz.region(code)
            if region is None:
                continue
            inside = Scope(countries, code)
            result = self.resolve(expr.inner, inside, kinds)
            if result.status != "resolved":
                # "khu phố 5, phường Hà Tiên": a quarter the data lacks, of a ward whose
                # town it has; the name inside the words, as read at the top.
                result = self.by_inner_name(expr.inner.text, inside, kinds) or result
            if result.status == "resolved" and _FOUND_WITHOUT_ITS_CONTAINER not in result.note:
                # A hamlet of an unknown commune found by its name alone is as likely a
                # namesake ("thôn Thuận Nam, xã Thuận An (tỉnh Lâm Đồng)": Thuận Nam of
                # Bình Thuận, while Thuận An's post lies in Đắk Nông).
                found.append((region, result))
        if len(found) != 1:
            return None
        region, result = found[0]
        note = (
            f"{expr.name!r} is not in the gazetteer inside {outer.name}'s outline, which "
            f"predates its merger with {region.name} on 1 July 2025; found there"
        )
        self.log(note)
        return replace(result, note=f"{result.note}; {note}" if result.note else note)

    def region_of_a_misfiled_town(
        self, expr: PlaceExpression, outer: PlaceResult, elsewhere: Sequence[Place]
    ) -> PlaceResult | None:
        """The region holding a district and the town whose area the text files in it,
        when the town lies in that region but outside the district; None otherwise.

        "the Sabroom area of Tripura's Sepahijala district": Sabroom is a town of South
        Tripura, 87 km from Sepahijala's seat. The district's circle would put the place
        far from the town, and the town is not where the text says: the state holding
        both is what the text does tell.  So too a unit named in a district ("Kecamatan
        Entikong, Kabupaten Sanggau") whose town or crossing lies beyond the district's
        circle: the circle drawn at the seat falls short of the unit.
        """
        if outer.precision != "district" or not outer.admin1_code:
            return None
        # "Kecamatan Entikong, Kabupaten Sanggau": a unit named in a district lies in it,
        # whatever its circle reaches (Entikong lies 98 km from Sanggau, drawn as 87 km),
        # so the place of its name known beyond the circle, in the region, is no namesake.
        unit = expr.inner is not None and expr.inner.kind == "district"
        if not (unit or _AREA_OF.search(self.query)):
            # "в селе Борисовка Прохоровского района": a village of the district may share
            # the name of the next district's town (the data lacks small villages); "the
            # X area of" a district speaks of the land around a known town.
            return None
        if any(place.kind == "region" for place in elsewhere):
            # "in Kandahar, Spin Boldak district": the name is the region holding the
            # district, read so elsewhere.
            return None
        code = outer.admin1_code
        towns = [
            place
            for place in elsewhere
            if (place.kind == "settlement" and place.admin1_code == code)
            # A unit may bear the name of the crossing its town faces across the line.
            or (unit and place.kind == "crossing" and crossing_in_region(place, code))
        ]
        region = self.gaz.region(outer.admin1_code)
        if len(towns) != 1 or region is None or outer.lat is None or outer.lon is None:
            return None
        town = towns[0]
        reach = _MISFILED_TOWN_KM
        if unit:
            reach = max(reach, (outer.uncertainty_km or 0.0) + BESIDE_KM)
        km = km_between(town.lat, town.lon, outer.lat, outer.lon)
        if km > reach or (unit and km <= (outer.uncertainty_km or 0.0)):
            # A namesake across the state is another place, not the one the text means.
            return None
        note = (
            f"{expr.name!r} is not in the gazetteer inside {outer.name}, but a {town.kind} "
            f"of that name lies elsewhere in {region.name}: answered {region.name}, which "
            "holds both"
        )
        return self.coarsened_to(region, note)

    def region_holding_town(self, town: PlaceResult, note: str) -> PlaceResult | None:
        """The admin-1 region ``town`` is filed in, coarsened, when its outline holds the
        town; None otherwise.

        A town's region code may name an outline that does not hold it: Khar, seat of
        Bajaur, is filed in Khyber Pakhtunkhwa, which took in the former tribal areas,
        while the shipped N.W.F.P. outline ends 8 km short of it.  An outline that misses
        the town would place the event in another district: no region is answered.
        """
        region = self.gaz.region(town.admin1_code) if town.admin1_code else None
        if region is None:
            return None
        newer = self.unit_without_outline_of_a_seat(town, note)
        if newer is not None:
            return newer
        held = self.coarsened_to(region, note)
        if held is None or held.geometry is None or town.lat is None or town.lon is None:
            return held
        if held.geometry.distance(Point(town.lon, town.lat)) > _OUTLINE_SLACK_DEG:
            self.log(f"the outline of {region.name} does not hold {town.name}: not answered")
            return None
        return held

    def admin1_unit_holding_town(self, town: PlaceResult, note: str) -> PlaceResult | None:
        """The admin-1 unit holding ``town``: the region it is filed in, coarsened with
        ``note``, when that region's outline holds it (:meth:`region_holding_town`); else
        the unit bearing the town's name that holds it, drawn or not
        (:meth:`admin1_unit_seated_at`: Kenya's counties); None when neither."""
        return self.region_holding_town(town, note) or self.admin1_unit_seated_at(
            town, normalise(town.name or "")
        )

    def unit_without_outline_of_a_seat(self, town: PlaceResult, note: str) -> PlaceResult | None:
        """The admin-1 unit the outlines lack that was made of the district ``town``
        seats, coarsened; None when there is none.

        Leh seats the district of Ladakh, filed in Jammu and Kashmir, whose outline the
        data draws; since 2019 the district is the union territory of Ladakh (IN-LA),
        which has no outline.  The region holding the town is the unit bearing its
        district's name, when the unit's circle holds the town.
        """
        if town.lat is None or town.lon is None or not town.country:
            return None
        keys = {normalise(d.name) for d in districts_seated_at(town.country, town.lat, town.lon)}
        units = [
            unit
            for unit in _units_without_outline_holding(sorted(keys), town)
            if unit.region != town.admin1_code
        ]
        if len({unit.region for unit in units}) != 1:
            return None
        unit = units[0]
        assert unit.lat is not None and unit.lon is not None and unit.reach_km is not None
        why = (
            f"{note.split('; answered')[0]}; answered {unit.name} ({unit.region}), the unit "
            f"made of the district {town.name} seats, which the outlines lack: drawn as a "
            f"circle of {unit.reach_km:g} km"
        )
        self.log(f"coarsened: {why}")
        drawn = self.drawn_around(
            unit.name, unit.lat, unit.lon, "region", unit.reach_km, why, unit.country, unit.region
        )
        return replace(drawn, coarsened=True)

    def post_off_its_town(self, town: PlaceResult, why: str) -> PlaceResult | None:
        """The region holding a town that a border post named after it lies far from.

        A crossing or a frontier guards' station stands on the border line.  Named after
        a town farther than :data:`TOWN_BORDER_KM` from every land border of its country
        ("Sallan raja-asemalle": Salla lies 44 km from the Russian border; "the Tacna
        border crossing"), the post is not near the town but out in the land the town
        heads, so "near" the town would put it where it is not: the region holding the
        town is answered, coarsened.  None when the town lies by a border (the post is
        near it), its country has no land border, or no outline of its region holds it.
        """
        if town.lat is None or town.lon is None or not town.country:
            return None
        if not neighbours_of(town.country):
            return None
        km = self.km_from_town_to_a_land_border(town)
        if km <= TOWN_BORDER_KM:
            return None
        return self.region_holding_town(
            town,
            f"{why}; a border post stands on the border, which lies {km:.0f} km from "
            f"{town.name}: the region holding the town is answered",
        )

    def coarsened_to(self, region: Place, note: str) -> PlaceResult | None:
        """``region`` (or a country) answering for a place inside it, flagged; None
        without its outline."""
        self.log(f"coarsened: {note}")
        try:
            return replace(self.from_place(region), coarsened=True, note=note)
        except GeometryDataError:
            return None

    def district_circle(self, units: Sequence[District], word: str) -> PlaceResult | None:
        """The unit drawn as a circle of about its size around its seat; None if unsure.

        Units of one name in one region (a town's council and the district around it)
        are one answer only when every seat lies within the widest unit's circle: that
        unit is drawn.
        """
        seated = [unit for unit in units if unit.reach_km is not None]
        if not seated or len(seated) != len(units):
            return None
        unit = max(seated, key=lambda u: (u.reach_km, u.name))
        assert unit.lat is not None and unit.lon is not None and unit.reach_km is not None
        for other in seated:
            assert other.lat is not None and other.lon is not None
            if km_between(unit.lat, unit.lon, other.lat, other.lon) > unit.reach_km:
                return None
        held = f", which holds the upazila {unit.part}" if unit.part else ""
        note = (
            f"the {word} {unit.name}{held}: the data has no outline below admin-1, so it is "
            f"drawn as a circle of {unit.reach_km:g} km (about its size) around its seat"
        )
        return self.drawn_around(
            unit.name,
            unit.lat,
            unit.lon,
            "district",
            unit.reach_km,
            note,
            unit.country,
            unit.region or None,
        )

    def first_of_a_series(self, numbered: re.Match[str], key: str) -> bool:
        """Whether a crossing numbered first is the table's one of the unnumbered name.

        The table names a series of bridges ("Second Thai–Lao Friendship Bridge", ...)
        by their ordinals and the first by the bare name: "Friendship Bridge 1" is
        that one.  Without such siblings the number tells nothing.
        """
        number = numbered["after"] or numbered["before"] or numbered["thai"]
        if number not in _FIRST_OF_SERIES:
            return False
        return any(
            self.gaz.lookup_key(f"{ordinal} {key}", kinds=("crossing",))
            for ordinal in ("second", "third")
        )

    def crossing_and_its_other_end(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "пункт пропуска «X» («Y»)": a crossing, then the name of its other end.

        A crossing joins two towns and is often written with both names, the second in
        parentheses; read as "X inside Y", the crossing is not found in a namesake of Y
        far away, which would be answered instead.  When the crossing is found alone
        and a place named as the parenthesis lies beside it, the crossing is the place.
        """
        inner = expr.inner
        if (
            inner is None
            or expr.suffix != "in"
            or not expr.text.rstrip().endswith(")")
            or not CROSSING_WORD.search(inner.text)
        ):
            return None
        alone = self.resolve(inner, scope, kinds)
        if (
            alone.status != "resolved"
            or alone.country is not None
            or alone.precision not in ("exact", "settlement")
            or alone.lat is None
            or alone.lon is None
        ):
            return None
        ends = self.gaz.lookup_key(normalise(expr.other), kinds=_SETTLEMENT_KINDS)
        if not any(
            km_between(p.lat, p.lon, alone.lat, alone.lon) <= CROSSING_AT_TOWN_KM for p in ends
        ):
            return None
        self.log(f"{expr.other!r} is the other end of the crossing {alone.name}")
        return alone

    def crossing_at_town(self, town: PlaceResult, scope: Scope) -> PlaceResult | None:
        """The one crossing of the tables named after ``town`` and beside it, or None."""
        if town.lat is None or town.lon is None or not town.name:
            return None
        found = [
            place
            for place in self.gaz.lookup_key(normalise(town.name), kinds=("crossing",))
            if scope.admits(place)
            and km_between(place.lat, place.lon, town.lat, town.lon) <= CROSSING_AT_TOWN_KM
        ]
        if len(found) != 1:
            return None
        self.log(f"the crossing at {town.name}: {found[0].name}")
        return replace(self.from_place(found[0]), note=f"the crossing at {town.name}")

    def crossing_by_town_name(self, names: list[str], scope: Scope) -> PlaceResult | None:
        """ "Пункт «Шальчининкай»": the crossing named by its town's own name.

        The town may be known in another script or spelling than the crossing
        (Cyrillic Шальчининкай, Lithuanian Šalčininkai); the town is only a bridge to
        the name, so it is looked up anywhere, and the crossing within the scope.
        """
        if "crossing" not in KINDS:
            return None
        for name in names:
            name_key = normalise(name)
            towns = self.gaz.lookup_key(name_key, kinds=("settlement",))
            if any(normalise(town.name) == name_key for town in towns):
                # The name is a town's own ("Tacna"): its crossing would bear it; another
                # town that merely lists it among its names (Iñapari) is not that town.
                continue
            own = {town.name for town in towns if normalise(town.name) != name_key}
            for town_name in sorted(own):
                found, key, _ = self.find(town_name, ("crossing",), scope, ())
                if found:
                    self.log(f"the crossing by the town's own name {town_name!r}")
                    numbered = _NUMBERED_CROSSING.search(self.query)
                    if (
                        numbered
                        and not _NUMBER_IN_NAME.search(key or "")
                        and not self.first_of_a_series(numbered, key or "")
                    ):
                        # "แม่สอด-เมียวดี ... แห่งที่ 2" (Mae Sot's second bridge): the
                        # table's crossing of the town, unnumbered, may be another bridge.
                        return self.ambiguous(
                            found,
                            f"the text numbers a crossing of {town_name}; the table's "
                            f"{key!r} carries no number",
                        )
                    return self.decide(found, key, scope)
        return None

    def towns_of_stems(self, stems: Iterable[str], scope: Scope) -> dict[int, Place]:
        """The towns of the event's country in ``scope`` whose name is one of ``stems``
        with a town ending ("krasnopil" → Krasnopil, Krasnopillia), by gazetteer id."""
        keys = {key for stem in stems for key in _town_keys(stem)}
        found: dict[int, Place] = {}
        for town_key in sorted(keys):
            if len(town_key) < 4:
                continue
            for place in self.gaz.lookup_key(
                town_key, kinds=("settlement",), countries=self.hint_of(scope)
            ):
                if scope.admits(place):
                    found[place.ident] = place
        return found

    def towns_of_adjective(
        self, expr: PlaceExpression, scope: Scope, refused: list[Place] | None = None
    ) -> tuple[list[Place], str]:
        """The one town of the event's country a district adjective can come from, or none.

        "в Ошмянском районе" → Oshmyany; "Краснопільській громаді" → Krasnopil and
        Krasnopillya both, so none: those towns are then added to ``refused`` if given.
        """
        hint = self.hint_of(scope)
        key = normalise(expr.name)
        if not hint or not expr.languages:
            return [], key
        stems = set()
        whole = set()
        for variant, _ in nominative_keys(key, expr.languages):
            match = re.search(r"(?:sk|tsk|ck)(?:aya|iy|ij|i|a|ie|oe|o)?$", variant)
            polish_ck = "pl" in expr.languages and variant.endswith(("cki", "ckie"))
            if match and (
                polish_ck or variant.endswith(("skiy", "ska", "ski", "skaya", "sk", "skie"))
            ):
                stem = variant[: match.start()]
                if len(stem) >= 3:
                    stems.add(stem)
                if variant[match.start() :].startswith(("tsk", "ck")) and len(stem) >= 3:
                    # "-tsk-" is a town's "t" before "-sk-" ("вільхуватська" of
                    # Vilkhuvatka) or its "k" turned "ts" ("бурлуцька" of Burluk).
                    stems.add(stem + "t")
                    stems.add(stem + "k")
                if variant.endswith("skiy") and " " in variant:
                    whole.add(variant)
        found = self.towns_of_stems(stems, scope)
        for name in sorted(whole):
            # "у Новгород-Сіверському районі": a town whose own name is the adjective
            # (Novhorod-Siverskyi), a compound no stem and ending rebuild.
            for place in self.gaz.lookup_key(name, kinds=("settlement",), countries=hint):
                if scope.admits(place):
                    found[place.ident] = place
        if not found:
            return [], key
        towns = list(found.values())
        outcome = choose(towns, country=hint)
        distinct = list(outcome.candidates or outcome.refused)
        if len(distinct) > 1:
            # "Лебединська громада": Lebedyn of Sumy (23,900 people) and a village of
            # 4,400; a unit is named for its seat, and one town five times larger than
            # every other of the names is the seat, as for any name read alone.
            distinct.sort(key=lambda p: -(p.population or 0))
            first, rest = distinct[0].population or 0, distinct[1].population or 0
            if first > 0 and first >= DOMINANCE * rest:
                distinct = distinct[:1]
                self.log(f"district adjective {key!r}: {distinct[0].name} is the largest town")
        if len(distinct) > 1:
            # "Хотінська громада": Ukrainian letters tell "і" from "и" (Хотінь, Khotin
            # of Sumy; Хотин, Khotyn of Chernivtsi), which the keys do not; the one town
            # whose name the adjective's stem romanised begins is its seat.
            spelled = _ukrainian_stems(expr.name)
            if spelled:
                same = [p for p in distinct if normalise(p.name).startswith(spelled)]
                if len(same) == 1:
                    distinct = same
                    self.log(f"district adjective {key!r}: spelled as {same[0].name}")
        if len(distinct) > 1:
            # "Золочівська громада" of a Ukrainian event: of the towns of the name, the
            # one by the border (Zolochiv of Kharkiv, not of Lviv) seats it.
            lone = self.lone_namesake_by_a_border(distinct, hint, None)
            if lone is None:
                lone = self.largest_seat_by_a_border(distinct, hint)
            if lone is not None:
                distinct = [lone]
                self.log(f"district adjective {key!r}: {lone.name} is the one by a border")
        self.log(
            f"district adjective {key!r}: towns {places_text(distinct)}"
            + ("" if len(distinct) == 1 else " (more than one, none five times larger)")
        )
        if len(distinct) != 1:
            if refused is not None:
                refused.extend(distinct)
            return [], key
        return [distinct[0]], normalise(distinct[0].name)

    def sector_inside_its_holder(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "जम्मू के आरएस पुरा सेक्टर" (Jammu's R S Pura sector): the sector by its own
        name, else the district holding it (see :mod:`~bordermap.geo.places.held_sector`).

        None when the name is not so joined, or when neither the sector nor the holder
        as a district is found: the other readings then go on as before.
        """
        if expr.kind != "district" or normalise(expr.suffix) != "sector":
            return None
        parts = holder_and_sector(expr.name)
        if parts is None:
            return None
        holder, own = parts
        self.log(f"the sector {own!r} inside {holder!r}")
        sector = self.area_as_named(replace(expr, name=own, text=f"{own} {expr.suffix}"), scope)
        if sector.status != "unresolved":
            return sector
        district = self.area_as_named(
            replace(expr, name=holder, suffix="district", text=f"{holder} district"), scope
        )
        if district.status != "resolved" or district.precision != "district":
            return None
        drawn = self.region_without_outline(
            replace(expr, name=holder, suffix="", text=holder), scope
        )
        if drawn is not None:
            # "लद्दाख के चुमार सेक्टर" (Ladakh's Chumar sector): an admin-1 unit the
            # outlines lack (Ladakh, IN-LA, since 2019) before an older district of its
            # name filed in another region, as for any container of the name.
            note = f"the sector {own!r} is unknown; answered {drawn.name}, which holds it"
            self.log(note)
            return replace(drawn, note=note)
        # The report names a sector inside the district: the district holds it, and a
        # point near the holder's seat would be finer than the report.  Not flagged
        # coarsened: the district is the report's own claim, and a coarsened sector is
        # read again as near its town.
        note = f"the sector {own!r} is unknown; answered the district holding it"
        self.log(note)
        return replace(district, note=note)

    def area_of(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        """ "Poonch sector of J&K", "Isfara district of Tajikistan": X's area inside Y."""
        self.log(f"read as the {expr.suffix} {expr.other!r} inside {expr.name!r}")
        area = replace(expr, name=expr.other, other="", text=f"{expr.other} {expr.suffix}")
        container = parse_place(expr.name)
        restricted = PlaceExpression(
            "restricted",
            expr.text,
            area.text,
            expr.name,
            inner=area,
            outer=container,
            suffix="in",
            languages=expr.languages,
        )
        inside = self.restricted(restricted, scope, _NAME_KINDS)
        if inside.status != "unresolved":
            return inside
        # The words before may only describe the unit named after them.
        as_written = self.area(replace(expr, other=""), scope)
        return as_written if as_written.status != "unresolved" else inside

    def settlement(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        assert expr.inner is not None
        if expr.other:
            village = self.village_of_a_town(expr, scope)
            if village is not None:
                return village
            narrowed = self.described_country(expr.other, scope)
            named = _DESCRIBING_TAIL.sub("", expr.other)
            if narrowed == scope and named != expr.other and _PROPER_NAME.fullmatch(named):
                # "Katuna border town in Kabale": Katuna is the town, Kabale holds it.
                expr = replace(expr, other=named)
            if narrowed == scope and _PROPER_NAME.fullmatch(expr.other):
                # "Mong Cai city of Quang Ninh": the name came first, "of Y" holds it.
                self.log(f"read as {expr.other!r} inside {expr.name!r}")
                inside = _inside(expr, expr.other, expr.name)
                return self.outlying(expr, inside, self.resolve(inside, scope, _SETTLEMENT_KINDS))
            scope = narrowed
        if expr.suffix == "crossing":
            found = self.crossing(expr, scope)
            inner = expr.inner
            if (
                found.status == "unresolved"
                and inner.kind == "settlement"
                and inner.suffix == "crossing"
                and normalise(inner.name) != normalise(expr.name)
            ):
                # "el paso fronterizo del puente Internacional de San Miguel": a crossing
                # word before another; the name after the last one names the crossing.
                by_inner = self.crossing(inner, scope)
                if by_inner.status != "unresolved":
                    return by_inner
            if found.status == "unresolved" and expr.inner.kind == "side":
                # "the Iraqi side of the Treibil crossing": no crossing bears the words,
                # but the side still says which country's border the crossing is on.
                sided = self.side(expr.inner)
                if sided.status != "unresolved":
                    return sided
            return found
        if _COMMUNITY.search(expr.text) and set(self.hint_of(scope)) & {"UA"}:
            # "the Bilopillia community": English for a Ukrainian hromada, the
            # municipality seated at the town, as "Білопільська громада" is.
            seat = self.community_seat(expr.name, scope)
            if seat is None:
                seat = self.community_seat_of_adjective(expr.name, scope)
            if seat is not None and seat.status == "ambiguous":
                return seat
            named = expr if seat is None else replace(expr, name=seat.name)
            hromada = self.area(replace(named, kind="district", suffix="громада"), scope)
            if hromada.status == "resolved":
                return hromada
        if _ENCLAVE.search(expr.text):
            # "the Spanish exclave of Melilla": an exclave or enclave is a territory;
            # the admin unit of that name, when there is one, is what it names.
            units, key, _ = self.find(expr.name, ("region",), scope, expr.languages)
            if units:
                unit = self.decide(units, key, scope)
                if unit.status == "resolved":
                    self.log(f"{expr.name!r} names an enclave: its unit {unit.name}")
                    return unit
        # "Mexico City", "Cape Town": the descriptor may be part of the name.
        whole, key, _ = self.find(expr.text, _SETTLEMENT_KINDS, scope, (), declined=False)
        if whole:
            return self.decide(whole, key, scope)
        if expr.other and expr.text.startswith(expr.other):
            # "las colonias de Ciudad Hidalgo": the words before the descriptor say which
            # part of the town; the descriptor may still be part of its name.
            rest = expr.text[len(expr.other) :].strip()
            whole, key, _ = self.find(rest, _SETTLEMENT_KINDS, scope, (), declined=False)
            if whole and normalise(rest) != normalise(expr.name):
                return self.decide(whole, key, scope)
        named = self.descriptor_in_the_name(expr, scope)
        if named is not None:
            return named
        around = _AROUND_TOWN.match(expr.text)
        # "villages of Tavush": a province may hold them as well as a town; the name is
        # weighed as any bare name is, and a province answers for its own villages.
        result = self.resolve(
            expr.inner, scope, (*_SETTLEMENT_KINDS, "region") if around else _SETTLEMENT_KINDS
        )
        if around and result.status == "resolved" and result.precision == "region":
            return replace(result, note=f"{expr.text!r}: villages of the region {result.name}")
        if result.status == "resolved" and result.precision == "settlement" and around:
            return self.around_town(result, f"{expr.text!r} names places around {result.name}")
        result = self.outlying(expr, expr.inner, result)
        posted = self.named_post_in_a_town(expr, result)
        if posted is not None:
            return posted
        if result.status == "unresolved" and _AREA_TOWNSHIP.search(expr.text):
            # A Myanmar or Chinese township is an area, not a town: the region holding
            # the unit of that name, if the districts table knows it.
            area = replace(expr, kind="district", name=expr.inner.name, suffix="township")
            held = self.region_of_district(area, scope)
            if held is not None:
                return held
        return result

    def named_post_in_a_town(self, expr: PlaceExpression, town: PlaceResult) -> PlaceResult | None:
        """ "Batas at Wutung border post in Vanimo, West Sepik": a named border post or
        crossing the gazetteer lacks, "in" a town, stands on the border, often tens of
        km from the town (Wutung is 30 km from Vanimo): never the town's pin.

        As for a border outpost (:meth:`district_bearing_the_seats_name`), the district
        named after its seat answers; otherwise the region holding the town, coarsened.
        None when the text names no post before "in", or the answer is no town.
        """
        if town.status != "resolved" or town.precision != "settlement" or not expr.other:
            return None
        before = re.fullmatch(r"(?P<post>.*\S)\s+in", expr.other.strip())
        if (
            before is None
            or not CROSSING_WORD.search(expr.text)
            or not re.search(r"\b[A-ZÀ-Þ]", before["post"])
        ):
            return None
        why = f"the post {before['post']!r} is not in the gazetteer; it lies by {town.name}"
        if self.district_bearing_the_seats_name(town, expr.inner.name if expr.inner else ""):
            return self.around_town(town, why)
        note = f"{why}, not at it; answered the region holding it"
        held = self.region_holding_town(town, note)
        return None if held is None else replace(held, query=self.query, candidates=())

    def community_seat(self, name: str, scope: Scope) -> PlaceResult | None:
        """The seat an English "X community" (a Ukrainian hromada) names, when X may be
        the stem of its adjective as well as a town's name; None when only X is a town.

        "Краснопільська громада" is written "the Krasnopil community" as often as "the
        Krasnopillia community": the towns named the stem and those the stem with a town
        ending names are weighed together, as for the adjective itself; one five times
        larger than every other is the seat, otherwise the answer is ambiguous.
        """
        hint = self.hint_of(scope)
        key = normalise(name)
        if not hint or len(key) < 4:
            return None
        found = self.towns_of_stems({key}, scope)
        if len({normalise(p.name) for p in found.values()}) < 2:
            return None
        towns = list(found.values())
        outcome = choose(towns, country=hint)
        if outcome.chosen is not None:
            self.log(f"{name!r} community: its seat is {places_text([outcome.chosen], 1)}")
            return self.from_place(outcome.chosen)
        candidates = list(outcome.candidates or outcome.refused)
        if len(candidates) < 2:
            return None
        reason = (
            f"{name!r} community may be the municipality of any of "
            f"{places_text(candidates, 3)}: its name may be the stem of the seat's name"
        )
        return self.ambiguous(candidates, reason)

    def community_seat_of_adjective(self, name: str, scope: Scope) -> PlaceResult | None:
        """The seat an English "X community" names when X is the hromada's own Ukrainian
        adjective romanised ("the Bilopolska community" of Bilopillia, "Velykopysarivska
        community" of Velyka Pysarivka); None when X is a town's name or no adjective.

        The stems are read as :meth:`towns_of_adjective` reads them; one town of them is
        the seat, several are ambiguous (as :meth:`community_seat` weighs them).
        """
        hint = self.hint_of(scope)
        key = normalise(name)
        stems = _latin_adjective_stems(key)
        if not hint or not stems or self.towns_of_stems({key}, scope):
            return None
        found = self.towns_of_stems(stems, scope)
        if not found:
            return None
        outcome = choose(list(found.values()), country=hint)
        if outcome.chosen is not None:
            self.log(f"{name!r} community: the adjective of {places_text([outcome.chosen], 1)}")
            return self.from_place(outcome.chosen)
        candidates = list(outcome.candidates or outcome.refused)
        if not candidates:
            return None
        reason = (
            f"{name!r} community may be the municipality of any of {places_text(candidates, 3)}"
        )
        return self.ambiguous(candidates, reason)

    def descriptor_in_the_name(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "Ciudad Hidalgo, Chiapas": the descriptor belongs to the name ("Ciudad
        Hidalgo"), and the words after the comma say which; None when no settlement
        bears the descriptor and the name together."""
        inner = expr.inner
        if (
            inner is None
            or inner.kind != "restricted"
            or inner.inner is None
            or not expr.text.endswith(inner.text)
        ):
            return None
        prefix = expr.text[: len(expr.text) - len(inner.text)]
        if not re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ]\w+(?:\s+\w+)?\s*|(?:ciudad|cidade)\s+", prefix):
            # A capitalised word or two ("Ciudad ", "Ciudad de" of "Ciudad del Este"),
            # or "ciudad" written small right before the name ("en ciudad Hidalgo,
            # Chiapas"); not "la ciudad de " before a name.
            return None
        name = f"{prefix}{inner.inner.text}".strip()
        if not self.find(name, _SETTLEMENT_KINDS, scope, (), declined=False)[0]:
            return None
        self.log(f"the descriptor is part of the name: {name!r}")
        whole = PlaceExpression("name", name, name=name)
        return self.resolve(replace(inner, inner=whole, name=name), scope, _SETTLEMENT_KINDS)

    def crossing_after_where_it_lies(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "Lapissa Sallan rajanylityspaikalle" (to the Salla crossing, in Lapland): a
        Finnish place in the inessive first says where the crossing lies.  The rest is
        read alone, and kept when it lies in the event's country and in that place's
        region, if the place is read ("Lapissa", Lappi's inessive, alone is not)."""
        where = _FINNISH_WHERE_FIRST.match(expr.text)
        if where is None or not _FINNISH_BORDER_WORD.search(expr.text):
            return None
        rest_text = expr.text[where.end() :]
        rest = self.inner_resolve(rest_text, scope, None)
        if rest.status != "resolved":
            # "Sallan rajanylityspaikalle": no crossing of the name, the town named in it.
            self.depth += 1
            try:
                rest = self.by_inner_name(rest_text, scope, KINDS) or rest
            finally:
                self.depth -= 1
        if rest.status != "resolved" or rest.country not in self.hint_of(scope):
            return None
        place = self.inner_resolve(expr.text[: where.end()].strip(), scope, None)
        if (
            place.status == "resolved"
            and place.admin1_code
            and rest.admin1_code
            and place.admin1_code != rest.admin1_code
        ):
            return None  # "Uusimaassa Sallan ...": the two disagree
        self.log(f"{expr.text[: where.end()].strip()!r} only says where it lies")
        return rest

    def a_town_of_the_event_bears(
        self, decided: PlaceResult, expr: PlaceExpression, scope: Scope
    ) -> bool:
        """Whether a crossing found only outside the event's country gives way to a town
        of that country bearing the name: the crossing words then say where in the town."""
        if decided.status != "unresolved" or not decided.note.startswith(_ONLY_OUTSIDE):
            return False
        towns, _, _ = self.find(expr.name, ("settlement",), scope, expr.languages)
        if not towns:
            return False
        hint = set(self.hint_of(scope))
        if not any(town.country in hint for town in towns):
            return False
        self.log(f"the crossing lies outside the event's country; a town {expr.name!r} is in it")
        return True

    def crossing(self, expr: PlaceExpression, scope: Scope) -> PlaceResult:
        """ "the X crossing": the crossing if the data has it, else near the town X."""
        assert expr.inner is not None
        toward = _TOWARD_COUNTRY.match(expr.name)
        pair = self.border_of_hint_with(toward["country"], expr, scope) if toward else ()
        if pair:
            # "am Grenzübergang zur Slowakei", "the crossing into Syria": a crossing of
            # the border with that country, not named; the border answers.
            other = next(c for c in pair if c != self.hint_of(scope)[0])
            self.log(f"a crossing toward {other}, not named: the {pair[0]}-{pair[1]} border")
            return self.border_result(pair, note=f"a crossing of the border with {other}")
        located = self.crossing_after_where_it_lies(expr, scope)
        if located is not None:
            return located
        if "crossing" in KINDS:
            # "the key Torkham border crossing": the name may follow a word or two.
            words = expr.name.split()
            bare = re.sub(r"^(?:el|la|le|the)\s+", "", expr.text, flags=re.IGNORECASE)
            tails = [" ".join(words[i:]) for i in range(min(len(words), 3))]
            # "the Qatar-Saudi Arabia Abu Samra land crossing": words after the name
            # that say what kind of crossing it is name nothing.
            named = words[:]
            # "the Kim Thanh No. 2 International Road Border Gate": the gate's number
            # among its town's gates, before the kind words, names nothing either.
            while len(named) > 1 and (
                _KIND_OF_CROSSING.fullmatch(named[-1])
                or (_GATE_NUMBER.fullmatch(named[-1]) and len(named) > 2)
            ):
                named.pop()
            if len(named) < len(words):
                tails += [" ".join(named[i:]) for i in range(min(len(named), 3))]
            # "el Puente Nuevo Internacional de Matamoros": the kind word between the
            # bridge's own name and its town's.
            inner = [word for word in named if not _KIND_OF_CROSSING.fullmatch(word)]
            if inner and len(inner) < len(named):
                tails += [" ".join(inner[i:]) for i in range(min(len(inner), 3))]
            # "the Egypt-Libya Sallum Crossing": the name after the words before it, with
            # the crossing word as the table lists some crossings ("Sallum crossing").
            texts = [expr.text, bare, *tails, *(f"{tail} crossing" for tail in tails)]
            texts += _towns_between(expr.name)
            ends = [part for part in _dash_parts(expr.name) if part]
            if len(ends) == 2:
                # "Grenzübergang Basel-Weil": the towns at its two ends in the other
                # order than the table's ("Weil–Basel").
                texts.append(f"{ends[1]}-{ends[0]}")
            # "a záhonyi magyar-ukrán határátkelő": the town's word first, the
            # countries' after it.
            texts += [" ".join(words[:i]) for i in range(1, min(len(words), 3))]
            texts += [f"{expr.name} International Bridge", f"{expr.name} Bridge"]
            texts += _with_crossing_words_of_its_script(expr.name)
            if _BORDER_GATE.search(expr.text):
                # "the Tan Thanh Border Gate": English for Vietnamese "cửa khẩu Tân
                # Thanh", the form the table lists where the bare name is a namesake's.
                texts += [
                    f"cửa khẩu {name}" for name in dict.fromkeys([expr.name, " ".join(named)])
                ]
            # "El Complejo Fronterizo de Jama": the post of a pass, which the table lists
            # by the pass ("Paso de Jama", "Jama Pass"); the whole name only.
            whole = dict.fromkeys([expr.name, " ".join(named), " ".join(inner)])
            texts += [f"Paso de {name}" for name in whole if name]
            texts += [f"{name} Pass" for name in whole if name]
            # "Laredo Bridge No. 2": the table holds a town's bridges as one crossing; a
            # number after a name no town bears tells apart bridges of several towns.
            numbered = _NUMBERED_CROSSING.search(self.query)
            if numbered and numbered["after"]:
                # "Danube Bridge 2": a bridge the table lists by its number, as written,
                # before the names without the number.
                texts.insert(0, f"{expr.name} {numbered[0]}")
            if numbered and self.gaz.lookup_key(normalise(expr.name), kinds=("settlement",)):
                numbered = None
            for text in dict.fromkeys(texts):
                found, key, _ = self.find(text, ("crossing",), scope, expr.languages)
                if (
                    found
                    and numbered
                    and not _NUMBER_IN_NAME.search(key or "")
                    and not self.first_of_a_series(numbered, key or "")
                ):
                    # "the Thai-Myanmar Friendship Bridge 1": the number tells bridges of
                    # one name apart (Mae Sai's and Mae Sot's); a crossing the table
                    # names without it may be another of them.
                    return self.ambiguous(
                        found,
                        f"{expr.text!r} is numbered, one of several crossings of the name; "
                        f"the table's {key!r} carries no number",
                    )
                if found:
                    decided = self.decide(found, key, scope)
                    if self.a_town_of_the_event_bears(decided, expr, scope):
                        # "el Puente Santa Fe" of a Honduran event: the table's bridge of
                        # that name is El Paso's; the event's own Santa Fe is meant.
                        break
                    return decided
            gate = self.crossing_as_a_gate(expr, scope)
            if gate is not None:
                return gate
            # Finnish and Estonian put the crossing's name in a case ("Vaalimaan
            # rajanylityspaikalla", "Narvan"): only the 145 crossings are looked up so.
            stem = _FINNIC_CASE.sub("", expr.name)
            if stem != expr.name and len(stem) >= 4:
                found, key, _ = self.find(stem, ("crossing",), scope, ())
                if found:
                    self.log(f"the crossing's name without its case ending: {stem!r}")
                    return self.decide(found, key, scope)
            kazakh = self.crossing_in_kazakh_latin(expr.name, scope)
            if kazakh is not None:
                return kazakh
        by_countries = self.crossing_named_by_its_countries(expr, scope)
        if by_countries is not None:
            return by_countries
        names = [expr.name, *_towns_between(expr.name)]
        toward = _TOWARD_ONE_TOWN.match(expr.name)
        if toward:
            names.append(toward["town"])
        # "Сухэ-Батор - Наушки", "Neu-Nagelberg/Halámky": the spaced dash, a long one or
        # a slash parts the two towns; a hyphen within an end joins one town's name.
        names += town_parts(expr.name)
        names = list(dict.fromkeys(n for n in names if n))
        by_ends = self.crossing_by_its_ends(expr.name, scope)
        if by_ends is not None:
            return by_ends
        by_town = self.crossing_by_town_name(names, scope)
        if by_town is not None:
            return by_town
        by_one_end = self.crossing_by_one_end(expr.name, scope)
        if by_one_end is not None:
            return by_one_end
        at_its_end = self.crossing_by_the_town_at_its_end(expr.name, scope)
        if at_its_end is not None:
            return at_its_end
        in_its_name = self.crossing_by_an_end_of_its_name(expr.name, scope)
        if in_its_name is not None:
            return in_its_name
        by_its_end = self.bridge_by_the_end_of_its_name(expr, scope)
        if by_its_end is not None:
            return by_its_end
        countries_words = [
            part
            for part in _dash_parts(expr.name)
            if self.country_code(part, expr.languages, regions=False)
        ]
        for name in names:
            if len(countries_words) == 2 and name in countries_words:
                # "le poste frontière franco-andorran": the two countries' words name
                # the border (read below), not a town Franco.
                continue
            found, key, declined = self.find(name, ("settlement",), scope, expr.languages)
            if not found:
                continue
            if is_hyphen_fragment(expr.name, name):
                found = [p for p in found if neighbours_of(p.country)]
                if not found:
                    # "Übergang Neu-Nagelberg": a piece of a hyphenated name found only in
                    # countries without a land border names no crossing's town.
                    self.log(f"{name!r}, a piece of {expr.name!r}, is no town by a land border")
                    continue
            # "معبر نصيب": a town found only by the sound of the name (its Arabic
            # consonants, another transliteration), not by a form the gazetteer holds.
            by_sound = not declined and not self.looked_up(key, ("settlement",), scope)
            town = self.decide(found, key, scope)
            if town.status == "ambiguous":
                # "the border crossing at Ganta": of the towns of the name, the one a
                # crossing of the tables lies at (listed under another name, "Diéké–
                # Ganta") is the one the text means.
                at_crossing = [p for p in found if self.a_crossing_lies_at(p)]
                hint = set(self.hint_of(scope))
                if len(at_crossing) > 1 and hint:
                    # "am Grenzübergang Berg" with the event in Austria: of the towns of
                    # the name that a crossing lies at, the one of the event's country.
                    at_crossing = [p for p in at_crossing if p.country in hint] or at_crossing
                if len(at_crossing) == 1:
                    self.log(f"a crossing of the tables lies at {at_crossing[0].name}")
                    town = self.decide(at_crossing, key, scope)
            near = self.reading_near or "near" in self.reading
            if town.status == "unresolved" and not by_sound and not near:
                across = self.crossing_at_a_town_across(found, scope)
                if across is not None:
                    return across
                # (Near the crossing is near the town across the border, read after.)
                facing = self.crossing_facing_a_town_abroad(expr, found)
                if facing is not None:
                    return facing
            if town.status != "resolved":
                return town
            if town.name and normalise(town.name) != normalise(name):
                # "a röszkei határátkelőnél": the town was found through a case or an
                # adjective; the crossing bears the town's own name.
                crossings, crossing_key, _ = self.find(town.name, ("crossing",), scope, ())
                if crossings:
                    self.log(f"the crossing bears the town's own name {town.name!r}")
                    return self.decide(crossings, crossing_key, scope)
            if (
                not self.by_a_land_border(town)
                and _INLAND_CHECKPOINT.search(self.query)
                and normalise(name) == normalise(expr.name)
            ):
                # "a Las Cruces checkpoint": a checkpoint is no crossing; road checks
                # stand inland too, named after the town they guard the roads of (its
                # whole name: "the Temir-Baba checkpoint" is not one at Temir, 500 km off).
                note = f"no crossing {expr.name!r} in the data; a checkpoint near {town.name}"
                self.log(f"coarsened: {note}")
                return replace(
                    town,
                    precision="near",
                    uncertainty_km=NEAR_RADIUS_KM,
                    coarsened=True,
                    note=note,
                )
            if not self.by_a_land_border(town):
                district_line = self.border_of_a_district_in_hindi(expr)
                if district_line is not None:
                    return district_line
                spelled = self.crossing_spelled_like_a_far_town(town)
                if spelled is not None:
                    return spelled
                # "el puente internacional General San Martín": bridges and posts are
                # named after people too; a town of the name far from every border of
                # its country is not where the crossing is.
                return self.unresolved(
                    found,
                    note=f"no crossing {expr.name!r} in the data, and the town {town.name} "
                    f"{_FAR_FROM_BORDERS} of {town.country}",
                )
            lying_at = self.crossings_lying_at(town, scope)
            if len(lying_at) == 1:
                # "am Grenzübergang Berg": the one crossing of the tables at the town,
                # listed under another name ("Berg–Petržalka"), is the crossing named.
                note = f"the crossing at {town.name}: {lying_at[0].name}"
                self.log(note)
                return replace(self.from_place(lying_at[0]), note=note)
            if by_sound:
                # The crossing word says the name is a crossing's; a town that only
                # sounds like it (An Nashābīyah for "نصيب", by "n-s-b") is too weak to
                # stand for a crossing the data lacks, unless one of the tables lies
                # at it (above), or a region bears the name itself ("شلمچه").
                region = self.region_a_post_stands_in(expr, scope)
                if region is not None:
                    return region
                return self.unresolved(
                    found,
                    note=f"no crossing {expr.name!r} in the data; the town {town.name} only "
                    f"sounds like {name!r}, which is too little to answer near it",
                )
            if self.other_end_far_off(expr.name, name, town):
                # "el puente internacional Juárez-Lincoln": two people's names; one
                # sounds like a border town, the other like towns nowhere near it.
                return self.unresolved(
                    found,
                    note=f"no crossing {expr.name!r} in the data; the other half of the "
                    f"name is no town beside {town.name}: a crossing named after people",
                )
            off = self.post_off_its_town(town, f"no crossing {expr.name!r} in the data")
            if off is not None:
                return off
            between = self.border_between_the_ends(expr.name, town)
            if between is not None:
                return between
            note = f"no crossing {expr.name!r} in the data; answered near the town {town.name}"
            self.log(f"coarsened: {note}")
            return replace(
                town, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True, note=note
            )
        by_adjective = self.crossing_of_a_town_adjective(
            expr, scope
        ) or self.crossing_of_a_german_town_adjective(expr.name, scope)
        if by_adjective is not None:
            return by_adjective
        spelled = self.crossing_spelled_otherwise(expr, scope)
        if spelled is not None:
            return spelled
        with_country = self.crossing_of_an_area(expr, scope)
        if with_country is not None:
            return with_country
        held = _ARABIC_IN.match(expr.name)
        if held and self.depth < 3:
            # "معبر راجا-جوزيبي في لابلاند": the crossing, the data lacks, in Lapland; the
            # area holds it (read only now: a crossing the data has is found whole).
            self.log(f"the crossing {held['x']!r} inside {held['y']!r}")
            inside = _inside(expr, f"معبر {held['x']}", held["y"])
            result = self.resolve(inside, scope)
            if result.status == "resolved":
                return result
        sides = _dash_parts(expr.name)
        codes = [self.country_code(p, expr.languages, regions=False) for p in sides]
        placed = scope.anchor is not None or scope.admin1 is not None
        if len(sides) == 2 and all(codes) and codes[0] != codes[1] and not placed:
            # "भारत-नेपाल बॉर्डर", "a Polish-Belarusian checkpoint": a crossing named by
            # the two countries is one of their border's, unnamed; the border answers
            # (in a town or unit the text names, the crossing there is looked for).
            line = PlaceExpression(
                "border", expr.text, name=sides[0], other=sides[1], languages=expr.languages
            )
            border = self.border(line)
            if border.status == "resolved":
                if not CROSSING_WORD.search(expr.text):
                    return border  # Hindi "बॉर्डर" is any stretch of the border, too
                note = f"a crossing of the {border.name}{UNNAMED_CROSSING_NOTE}"
                self.log(note)
                return replace(border, note=f"{border.note}; {note}" if border.note else note)
        named_on = self.named_crossing_of_a_named_border(expr, scope)
        if named_on is not None:
            return named_on
        district_line = self.border_of_a_district_in_hindi(expr)
        if district_line is not None:
            return district_line
        unit = self.district_a_crossing_is_named_after(expr, scope)
        if unit is not None:
            return unit
        region = self.region_a_post_stands_in(expr, scope)
        if region is not None:
            return region
        if "fi" in self.hint_languages and self.depth < 3:
            # "Inarin Raja-Joosepin rajanylityspaikan": a crossing the data lacks, after
            # the genitive of the municipality holding it; the unit the town seats, or
            # its region, answers, coarsened, as "معبر X في Y" does above.
            owned = self.place_of_a_town(expr.name, scope, _NAME_KINDS)
            if owned is not None and owned.status == "resolved":
                return owned
        return self.unresolved(note=f"no crossing or town {expr.name!r} in the gazetteer")

    def named_crossing_of_a_named_border(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "the Wutung PNG-Indonesian border post": a crossing the data lacks, its own
        name first, then the two countries of its border joined by a dash, as "a Polish-
        Belarusian checkpoint" names an unnamed one.  The post is one of that border's:
        the border answers, flagged coarsened, its note naming the post the data lacks.
        None unless the text says a crossing, the last word is such a pair of two
        countries and a name precedes it, or when a town or unit of the text already
        bounds the crossing."""
        words = expr.name.split()
        if len(words) < 2 or scope.anchor is not None or scope.admin1 is not None:
            return None
        if not CROSSING_WORD.search(expr.text):
            # Hindi "बॉर्डर" after "रक्सौल स्थित भारत-नेपाल" is the border at a town, which
            # other readings find: only a post is one of the line's.
            return None
        sides = _dash_parts(words[-1])
        if len(sides) != 2:
            return None
        codes = [self.country_code(p, expr.languages, regions=False) for p in sides]
        if not all(codes) or codes[0] == codes[1]:
            return None
        line = PlaceExpression(
            "border", expr.text, name=sides[0], other=sides[1], languages=expr.languages
        )
        border = self.border(line)
        if border.status != "resolved":
            return None
        own = " ".join(words[:-1])
        note = f"no crossing {own!r} in the data: one of the {border.name}'s, which answers"
        self.log(f"coarsened: {note}")
        return replace(
            border, coarsened=True, note=f"{border.note}; {note}" if border.note else note
        )

    def region_a_post_stands_in(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "معبر اللفة", "گذرگاه مرزی شلمچه": a crossing the tables lack, whose name
        ``aliases.toml`` files as a post of an admin-1 region of the event's country, is
        in that region, on the line.

        A post with no cited point is filed as a post of the region it stands in (the
        Al-Lafa post under Kassala state), so the name finds the region that holds the
        post, and nothing finer; a region's own name is no post's ("云南省边防检查站"
        is Yunnan's border inspection service, not a crossing).  Where one border of
        the country reaches the region, the stretch of that border in it answers,
        flagged coarsened (the post is on the line, as
        :meth:`district_a_crossing_is_named_after` reads a post named after a
        district); where several do, the region.  None without an event's country,
        when no region of it files the name as a post, or when the region reaches no
        land border of its country within :data:`BESIDE_KM`.
        """
        hint = self.hint_of(scope)
        if not hint or not expr.name:
            return None
        found, key, _ = self.find(expr.name, ("region",), scope, expr.languages)
        found = [place for place in found if place.country in hint]
        if not found:
            return None
        region = self.decide(found, key, scope)
        if (
            region.status != "resolved"
            or region.precision != "region"
            or key not in _post_keys().get(region.admin1_code or "", frozenset())
            or region.geometry is None
            or not region.country
            or self.km_to_a_land_border(region.country, region.geometry) > BESIDE_KM
        ):
            return None
        note = (
            f"no crossing {expr.name!r} in the data; the gazetteer files the name under "
            f"{region.name} ({region.admin1_code}), the region the post stands in"
        )
        self.log(note)
        if self.depth < 3:
            # A post stands on its line: where one border of the country reaches the
            # region, the stretch of it there says so ("the border in Sandaun"), as a
            # post named after a district is answered; where several do, the region.
            self.depth += 1
            try:
                line = self.resolve(parse_place(f"the border in {region.name}"), scope)
            finally:
                self.depth -= 1
            if line.status == "resolved" and line.precision == "border":
                note = f"{note}; the border there"
                return replace(line, coarsened=True, note=note)
        # Not flagged coarsened: the name is the region's own form in the data, answered
        # as any other of its forms is ("Wutung" alone is Sandaun).
        return replace(region, note=note)

    def district_a_crossing_is_named_after(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "«Сырым» өткізу пунктінен" (from the Syrym checkpoint): a crossing the data
        lacks, named after a district of the event's country that no town of the data is
        named after (Syrym district, West Kazakhstan).  The crossing lies on the border
        where that district meets it: the answer is the border's stretch there, when one
        border of the country reaches the district (as "the border in Syrym district"
        reads), flagged coarsened.  None without an event's country, such a unit or one
        border: a region is not where a crossing is, unless it is the district's own
        region, two borders reaching it ("at the Hamadoni crossing": the Khatlon region,
        coarsened)."""
        if not self.hint_of(scope) or not expr.name or self.depth >= 3:
            return None
        if self.gaz.lookup_key(normalise(expr.name), kinds=("settlement",)):
            return None  # a town of that name elsewhere: the crossing may be its
        unit = self.region_of_district(PlaceExpression("district", expr.name, expr.name), scope)
        if unit is None or unit.status != "resolved":
            return None
        self.depth += 1
        try:
            line = self.resolve(parse_place(f"the border in {expr.name} district"), scope)
        finally:
            self.depth -= 1
        if line.status != "resolved":
            return None
        if line.precision == "region" and line.admin1_code == unit.admin1_code:
            # "at the Hamadoni crossing": two borders reach the district's region and
            # none is chosen; the crossing lies in that region, which answers, coarsened.
            note = (
                f"no crossing or town {expr.name!r} in the gazetteer; the region of the "
                "district it is named after"
            )
            self.log(note)
            return replace(line, coarsened=True, note=f"{line.note}; {note}")
        if line.precision != "border":
            return None
        note = (
            f"no crossing or town {expr.name!r} in the gazetteer; the border in the "
            "district it is named after"
        )
        self.log(note)
        return replace(line, coarsened=True, note=f"{line.note}; {note}" if line.note else note)

    def crossing_as_a_gate(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "معبر السلامة الحدودي": crossings named as gates ("باب السلامة", Bab al-Salama;
        "باب الهوى") are written with the crossing word in the gate word's place; the
        crossing of the gate's name, or None.  Only crossings are looked up so.
        """
        name = expr.name.strip()
        if not _ARABIC_LETTER.search(name) or name.startswith("باب"):
            return None
        found, key, _ = self.find(f"باب {name}", ("crossing",), scope, expr.languages)
        if not found:
            return None
        self.log(f"{name!r} is the gate's name: the crossing 'باب {name}'")
        return self.decide(found, key, scope)

    def border_of_a_district_in_hindi(self, expr: PlaceExpression) -> PlaceResult | None:
        """ "जैसलमेर बॉर्डर पर", "सुनामगंज बॉर्डर": Hindi's "बॉर्डर" after a name the data
        has as no crossing is the district's land along the border ("जैसलमेर बॉर्डर के
        कई इलाकों में", in many areas of the Jaisalmer border), drawn as the district, as
        "the Jaisalmer border area" is; None otherwise.  Not the line's stretch there:
        the areas may lie 100 km inland in a district as large as Jaisalmer.

        Asked only once no crossing of the name is found ("चमन बॉर्डर" is the crossing
        at Chaman), and answered only where a bare name is a district's that a border
        reaches (see :meth:`border_by_district`).
        """
        if not expr.text.rstrip().endswith(HINDI_BORDER_WORDS) or not expr.name.strip():
            return None
        name = expr.name.strip()
        line = PlaceExpression(
            "border", f"{name} border area", name="", other=name, languages=expr.languages
        )
        found = self.border_by_district(line)
        if found is not None:
            self.log(f"{expr.text!r}: Hindi's border word after the district {expr.name!r}")
        return found

    def unknown_crossing_between_countries(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """The border of the two countries a text puts a crossing the tables lack between.

        "Klobuk checkpoint between Montenegro and BiH": the crossing is not in the data,
        but the text says which border it is on; that border answers, flagged coarsened,
        as "the border crossing between Slovenia and Austria" is answered.  None when the
        words after the crossing name no two neighbouring countries, or a border that is
        not the event's country's.
        """
        border = self.border_between_countries(self.query, expr.languages)
        if border is not None and border.status == "resolved" and border.precision == "region":
            return border  # the event's country's one region along the whole line
        if border is None or border.status != "resolved" or border.precision != "border":
            return None
        hint = self.hint_of(scope)
        if hint and not set(hint) & set(self.border_pairs_of(border)):
            return None
        note = f"no crossing {expr.name!r} in the data; the {border.name} the text puts it on"
        self.log(f"coarsened: {note}")
        return replace(border, query=self.query, coarsened=True, note=note)

    def crossing_named_by_its_countries(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "the Sino-North Korean Friendship Bridge": the one crossing of the two
        countries' border whose name holds the words after the countries, or None.

        The table names the crossing with other forms of the countries ("Sino-Korean",
        "China-North Korea"); the words that tell it from the border's other crossings
        ("Friendship") must all be in one of its names, and in no other crossing's.
        """
        parts = _dash_parts(expr.name)
        if len(parts) != 2 or not parts[0] or not parts[1]:
            return None
        words = parts[1].split()
        for cut in range(1, len(words)):
            rest = words[cut:]
            line = PlaceExpression(
                "border",
                f"{parts[0]}-{' '.join(words[:cut])} border",
                name=parts[0],
                other=" ".join(words[:cut]),
                languages=expr.languages,
            )
            pair = set(self.border_pairs_of(self.border(line)))
            if len(pair) != 2:
                continue
            wanted = set(normalise(" ".join(rest)).split())
            if not wanted or wanted <= _GENERIC_CROSSING_WORDS:
                return None
            rows = {
                row
                for country in sorted(pair)
                for key, row in self.gaz.forms_of("crossing", country)
                if wanted <= set(key.split())
            }
            places = [p for p in map(self.gaz.place, sorted(rows)) if set(p.countries) == pair]
            if len(places) > 1 and all(map(scope.admits, places)):
                # "the Myanmar-Thai Friendship bridge": the words are in the names of
                # several of the border's crossings (Mae Sot's and Mae Sai's), which the
                # text's other words may tell apart; else it is one of them, unsaid.
                self.log(
                    f"{len(places)} crossings of the {'-'.join(sorted(pair))} border are "
                    f"named {' '.join(rest)!r}"
                )
                shared = self.crossings_of_one_name(places, self.hint_of(scope), None, named=True)
                if shared is not None:
                    return shared
            if len(places) != 1 or not scope.admits(places[0]):
                return None
            self.log(
                f"the one crossing of the {'-'.join(sorted(pair))} border named "
                f"{' '.join(rest)!r}: {places[0].name}"
            )
            return self.decide(places, normalise(places[0].name), scope)
        return None

    def crossing_by_its_ends(self, name: str, scope: Scope) -> PlaceResult | None:
        """ "the Palanka-Mayaky-Udobne checkpoint": a crossing named by the places at its
        ends, joined by dashes, which the table lists each as a name of one crossing.

        Taken when at least two of the parts find that crossing and no part finds
        another; None otherwise.
        """
        if "crossing" not in KINDS:
            return None
        parts = [part for part in _dash_parts(name) if part]
        if len(parts) < 2:
            return None
        named: dict[str, tuple[list, str]] = {}
        agreeing = 0
        for part in parts:
            found, key, _ = self.find(part, ("crossing",), scope, ())
            if not found:
                continue
            if len(found) != 1:
                return None
            named.setdefault(found[0].name, (found, key))
            agreeing += 1
        if len(named) > 1 and agreeing == len(parts):
            # "Mamonowo-Grzechotki": one part is also a name of the town's other crossing
            # (Gronowo–Mamonovo); the crossing whose two ends are the parts is meant.
            named = {
                crossing: hit
                for crossing, hit in named.items()
                if all(self.names_an_end(part, crossing) for part in parts)
            }
        if len(named) != 1 or agreeing < 2:
            return None
        crossing, (found, key) = next(iter(named.items()))
        self.log(f"{name!r}: the ends of the crossing {crossing}")
        return self.decide(found, key, scope)

    def names_an_end(self, part: str, crossing: str) -> bool:
        """Whether ``part`` is, or is a name of a town that is, an end of ``crossing``."""
        # "Mamonovo II": an end numbered among the town's crossings is the town's.
        ends = {re.sub(r"\s+(?:[ivx]+|\d+)$", "", normalise(end)) for end in _dash_parts(crossing)}
        if normalise(part) in ends:
            return True
        towns = self.gaz.lookup_key(normalise(part), kinds=("settlement",))
        return any(normalise(town.name) in ends for town in towns)

    def crossing_by_the_town_at_its_end(self, name: str, scope: Scope) -> PlaceResult | None:
        """ "el cruce internacional Santa Elena": the one crossing of the event's country
        whose town on its side bears the name, over the namesake towns of the country
        the gazetteer has (Santa Elena in Cayo, 164 km off); None when the country has
        no town of the name (the crossing tables' own names are looked up as before),
        or not one such crossing."""
        hint = self.hint_of(scope)
        if not self.gaz.lookup_key(normalise(name), kinds=("settlement",), countries=hint):
            return None
        if len(hint) == 1 and has_no_land_border(hint[0]):
            # Singapore's "Woodlands crossing": with no land line in the data, the town
            # stands for the crossing, as before.
            return None
        ends = crossings_with_end_named(self.gaz, name, hint)
        if len(ends) != 1 or not scope.admits(ends[0]):
            return None
        self.log(f"{name!r} is the town at the event's end of the crossing {ends[0].name}")
        return self.decide(ends, normalise(name), scope)

    def crossing_by_an_end_of_its_name(self, name: str, scope: Scope) -> PlaceResult | None:
        """ "na graničnom prelazu Gradina": the one crossing of the event's country whose
        paired name in the table ("Kalotina–Gradina") has the name as an end, where no
        town or region of that country bears it; None otherwise (see
        :func:`~bordermap.geo.places.crossing_end.crossings_with_name_end`)."""
        hint = self.hint_of(scope)
        if len(hint) == 1 and has_no_land_border(hint[0]):
            return None
        toward = _END_TOWARD_COUNTRY.match(name)
        other = self.country_code(toward["country"], regions=False) if toward else None
        if toward and other not in (None, *hint):
            # "Gradina prema Bugarskoj": the post, then the country the road leads to,
            # which the crossing must join.
            name = toward["head"]
        else:
            other = None
        ends = [
            crossing
            for crossing in crossings_with_name_end(self.gaz, name, hint)
            if (other is None or other in crossing.countries)
            and self.drawn_on_the_events_side(crossing, hint)
        ]
        if len(ends) != 1 or not scope.admits(ends[0]):
            return None
        self.log(f"{name!r} is an end of the crossing {ends[0].name} of the event's country")
        return self.decide(ends, normalise(name), scope)

    def drawn_on_the_events_side(self, crossing: Place, hint: tuple[str, ...]) -> bool:
        """Whether a crossing the table places at a town's point has that point in the
        event's country.  "Dilucu" is the Turkish post of Sədərək–Dilucu, which the table
        draws at Sədərək in Nakhchivan: the post a Turkish report names is not there.
        A point at the checkpoint itself stands for both sides."""
        if crossing.located != "settlement" or len(hint) != 1:
            return True
        return bool(country_extent(hint[0]).contains(Point(crossing.lon, crossing.lat)))

    def crossing_by_one_end(self, name: str, scope: Scope) -> PlaceResult | None:
        """ "Kulata-Promahon", "Кулата-Промахон", "अटारी-वाघा", "난핑-무산": a crossing named
        by its two ends, one of which the tables know as the crossing's name and the other
        spelled as they do not ("Promachonas", "Wagah", "Nanping"); None unless one end
        finds one crossing, the other finds no place at all, and it opens as the crossing's
        other end does (Hangul read in Latin letters) or, written in Devanagari or
        Bengali, has its consonants."""
        if "crossing" not in KINDS:
            return None
        parts = [part for part in _dash_parts(name) if part]
        if len(parts) != 2:
            return None
        for known, other in (parts, parts[::-1]):
            found, key, _ = self.find(known, ("crossing",), scope, ())
            if (
                len(found) != 1
                or self.find(other, ("country", *_SETTLEMENT_KINDS, "region"), ANYWHERE, ())[0]
            ):
                continue
            ends = [normalise(end) for end in _dash_parts(found[0].name)]
            # "난핑-무산": the other end in Hangul, compared in Latin letters (Nanping).
            wanted = normalise(hangul_as_latin(other) if in_hangul(other) else other)
            if len(wanted) >= 4 and any(
                e != normalise(known) and e[:4] == wanted[:4] for e in ends
            ):
                self.log(f"{other!r}: the crossing {found[0].name}'s other end, spelled otherwise")
                return self.decide(found, key, scope)
            if any(e != normalise(known) and sounds_as(other, e) for e in ends):
                # "अटारी-वाघा": the other end in Devanagari or Bengali, which has the
                # consonants of the Latin name the table gives it (Wagah).
                self.log(f"{other!r}: the crossing {found[0].name}'s other end, by its sound")
                return self.decide(found, key, scope)
        return None

    def bridge_by_the_end_of_its_name(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "el puente San Martín": a bridge named by the last words of the table's name
        for it ("Puente Internacional General San Martín"), or None.  Only with a bridge
        word in the text, a name of two words or more, and one crossing of the event's
        country with a form that, without its bridge words, ends with the name."""
        words = normalise(expr.name).split()
        hint = self.hint_of(scope)
        if not hint or len(words) < 2 or not _BRIDGE_WORD.search(self.query):
            return None
        rows = set()
        for country in hint:
            for form, row in self.gaz.forms_of("crossing", country):
                own = [word for word in form.split() if word not in _BRIDGE_FORM_WORDS]
                if len(own) > len(words) and own[-len(words) :] == words:
                    rows.add(row)
        if len(rows) != 1:
            return None
        found = [self.gaz.place(rows.pop())]
        self.log(f"{expr.name!r}: the last words of the bridge {found[0].name}")
        return self.decide(found, " ".join(words), scope)

    def crossing_of_a_town_adjective(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "нарвский погранпункт", "Нарвский КПП": a crossing called by the adjective of a
        town of the event's country (Нарва, whose adjective drops its ending) is the
        crossing the tables list at the town; None when the adjective gives no one town
        or the town has no crossing."""
        if len(expr.name.split()) != 1:
            return None
        towns, _ = self.towns_of_adjective(expr, scope)
        if len(towns) != 1:
            return None
        town = towns[0]
        self.log(f"the crossing of the town {town.name}, by its adjective {expr.name!r}")
        by_town = self.crossing_by_town_name([town.name], scope)
        if by_town is not None:
            return by_town
        crossings, key, _ = self.find(town.name, ("crossing",), scope, ())
        return self.decide(crossings, key, scope) if crossings else None

    def crossing_of_a_german_town_adjective(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "an der Kehler Europabrücke", "vor der Frankfurter Stadtbrücke": German names a
        bridge or crossing by its town's adjective in "-er"; of the towns bearing the
        name, the one crossing of the tables at one of them (Frankfurt (Oder), not
        Frankfurt am Main) is it; None when none or several are."""
        match = _GERMAN_TOWN_ADJECTIVE_CROSSING.fullmatch(text.strip())
        if match is None:
            return None
        crossings: dict[str, PlaceResult] = {}
        for town in self.gaz.lookup_key(normalise(match["town"]), kinds=("settlement",)):
            if not scope.admits(town):
                continue
            # The tables list "Stadtbrücke Frankfurt (Oder)": the bridge, then its town;
            # else the one crossing named after the town and beside it.
            named = self.gaz.lookup_key(
                normalise(f"{match['what']} {town.name}"), kinds=("crossing",)
            )
            crossing = (
                self.from_place(named[0])
                if len(named) == 1
                else self.crossing_at_town(self.from_place(town), ANYWHERE)
            )
            if crossing is not None and crossing.status == "resolved":
                crossings.setdefault(crossing.name or "", crossing)
        if len(crossings) != 1:
            return None
        crossing = next(iter(crossings.values()))
        note = f"{match['town']}er {match['what']}: the crossing at {match['town']}"
        self.log(note)
        return replace(crossing, note=note)

    def unit_spelled_as_its_namesake_town(
        self, expr: PlaceExpression, scope: Scope, towns: Sequence[Place]
    ) -> PlaceResult | None:
        """ "the province of Suwaida": a unit whose name the tables spell otherwise (As
        Suwayda'), named after a town of the event's country that the tables do know by
        the text's spelling (the town As-Suwayda, also written Suwaida).  The unit a
        letter or two away answers only when it is the one holding every such town: the
        spelling and the town's place agree.  None otherwise (the caller answers the
        country)."""
        hint = set(self.hint_of(scope))
        regions = {t.admin1_code for t in towns if t.country in hint}
        if len(regions) != 1 or None in regions:
            return None
        spelled = self.unit_spelled_otherwise(expr, scope)
        if spelled is None or spelled.status != "resolved":
            return None
        if spelled.admin1_code not in regions or spelled.precision != expr.kind:
            return None
        return spelled

    def unit_before_its_countrys_name(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "la province du Lac Tchad": a unit's name, then its country's (Chad's Lac
        province, named after the lake) written on as the address's last word.  The name
        less the event's country's name at its end, when that is a unit of the kind the
        text says, in that country; None otherwise."""
        hint = self.hint_of(scope)
        words = expr.name.split()
        if len(hint) != 1 or len(words) < 2 or expr.kind not in ("region", "district"):
            return None
        for cut in range(len(words) - 1, 0, -1):
            tail = " ".join(words[cut:])
            if self.country_codes(tail, regions=False) != frozenset({hint[0]}):
                continue
            unit = self.resolve(replace(expr, name=" ".join(words[:cut])), scope)
            if unit.status != "resolved" or unit.precision != expr.kind or unit.country != hint[0]:
                return None
            note = f"read {expr.name!r} as {unit.name}, then its country's name {tail!r}"
            self.log(note)
            return replace(unit, note=f"{note}; {unit.note}" if unit.note else note)
        return None

    def unit_spelled_otherwise(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "the province of Sistan-Baluchistan", "la région de Jazen": a unit of the event's
        country whose name is spelled a letter or two away (see
        :mod:`~bordermap.geo.places.spelling`); None when none, or several, are."""
        hint = self.hint_of(scope)
        if len(hint) != 1 or expr.kind not in ("region", "district"):
            return None
        if expr.suffix == "sector" or (expr.suffix or "").lower() in _COMMUNE_WORDS:
            # A sector is named after a town, not a unit: a district a letter away is
            # another place ("अरनिया सेक्टर", Arnia in Jammu, is not Araria in Bihar);
            # so is a commune's ("xã Tân Đông" is not the huyện Tân Hồng).
            return None
        if not may_be_misspelled(expr.name):
            return None
        if expr.kind == "region":
            return self.entry_spelled_otherwise(
                expr.name, "region", hint[0]
            ) or self.region_without_outline_spelled_otherwise(expr, scope)
        units = _district_spelled_like(normalise(expr.name), hint[0])
        if units is None:
            return None
        unit, form, _ = units
        assert isinstance(unit, District)
        note = f"read {expr.name!r} as {unit.name} ({form!r}, spelled otherwise)"
        self.log(note)
        # The table may file the unit with its unit word ("Karakiyanskiy Rayon") under
        # the key without it: look it up by the words the key was matched on.
        held = self.region_of_district(replace(expr, name=_words_of_key(unit.name, form)), scope)
        if held is None or held.status != "resolved":
            return None
        return replace(held, note=f"{note}; {held.note}" if held.note else note)

    def region_without_outline_spelled_otherwise(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "Kaunti ya Garrisa": an admin-1 unit the outlines lack (a Kenyan county)
        whose name is spelled a letter or two away; None when none, or several, are."""
        found = closest_spelling(
            normalise(expr.name), _region_without_outline_spellings(self.hint_of(scope)[0])
        )
        if found is None:
            return None
        unit, form, _ = found
        assert isinstance(unit, District)
        note = f"read {expr.name!r} as {unit.name} ({form!r}, spelled otherwise)"
        self.log(note)
        drawn = self.region_without_outline(replace(expr, name=form), scope)
        if drawn is None:
            return None
        return replace(drawn, note=f"{note}; {drawn.note}")

    def crossing_spelled_otherwise(
        self, expr: PlaceExpression, scope: Scope
    ) -> PlaceResult | None:
        """ "The Nujiamaa crossing", "the Kerem Salom crossing": a crossing of the event's
        country whose name is spelled a letter or two away; None when none, or several."""
        hint = self.hint_of(scope)
        if len(hint) != 1 or not expr.name or not may_be_misspelled(expr.name):
            return None
        return self.entry_spelled_otherwise(expr.name, "crossing", hint[0])

    def place_on_a_border_spelled_otherwise(
        self, inner: PlaceExpression, border: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "La ville d'Elibo, à la frontière ivoiro-ghanéenne": a name the gazetteer does
        not know anywhere, a letter or two from a name of one crossing of that border
        (Elubo–Noé, by "Elubo"): the town of the event's country that bears that name
        beside the crossing, else the crossing; None when no single crossing of the
        event's country is that near (:func:`~bordermap.geo.places.spelling.closest_spelling`)
        or it is on another border."""
        hint = self.hint_of(scope)
        name = inner.name or inner.text
        if len(hint) != 1 or inner.kind not in ("name", "settlement") or not name:
            return None
        if not may_be_misspelled(name):
            return None
        pair = set(self.border_pair_named(border.name or ""))
        found = closest_spelling(normalise(name), _entry_spellings(self.gaz, "crossing", hint[0]))
        if found is None or len(pair) != 2:
            return None
        row, form, _ = found
        crossing = self.gaz.place(int(row))  # type: ignore[call-overload]
        if set(crossing.countries) != pair:
            return None
        note = f"read {name!r} as {form!r}, a name of the crossing {crossing.name} on this border"
        self.log(note)
        towns = [
            town
            for town in self.looked_up(form, ("settlement",), Scope(hint))
            if town.country == hint[0]
            and km_between(town.lat, town.lon, crossing.lat, crossing.lon) <= BESIDE_KM
        ]
        if len(towns) == 1:
            return replace(self.from_place(towns[0]), note=f"{note}: the town")
        return replace(self.from_place(crossing), note=note)

    def entry_spelled_otherwise(self, name: str, kind: str, country: str) -> PlaceResult | None:
        """The one gazetteer entry of ``kind`` in ``country`` whose name ``name`` spells
        a letter or two otherwise, said in the note; None when none or several."""
        found = _entry_spelled_like(self.gaz, normalise(name), kind, country)
        if found is None:
            return None
        row, form, _ = found
        entry = self.gaz.place(int(row))  # type: ignore[call-overload]
        note = f"read {name!r} as the {kind} {entry.name} ({form!r}, spelled otherwise)"
        self.log(note)
        return replace(self.from_place(entry), note=note)

    def crossing_of_an_area(self, expr: PlaceExpression, scope: Scope) -> PlaceResult | None:
        """ "El paso fronterizo de Lleida con Andorra": a crossing the data lacks, of an
        area of the event's country with a neighbour: that border, its stretch in the
        area when the area is a region; never the area's namesake town."""
        match = _AREA_WITH_COUNTRY.match(expr.name)
        pair = self.border_of_hint_with(match["country"], expr, scope) if match else ()
        if not pair:
            return None
        other = next(c for c in pair if c != self.hint_of(scope)[0])
        note = f"a crossing of {match['area']} with {other} the data lacks: the border"
        self.log(note)
        border = self.border_result(pair, note=note)
        regions, key, _ = self.find(match["area"], ("region",), scope, expr.languages)
        if len(regions) == 1:
            return self.border_stretch_in(border, self.decide(regions, key, scope))
        return border

    def border_of_hint_with(
        self, country_text: str, expr: PlaceExpression, scope: Scope
    ) -> tuple[str, ...]:
        """The land border of the one event country with the country ``country_text``
        names, as a sorted pair, or ``()``."""
        hint = self.hint_of(scope)
        if len(hint) != 1:
            return ()
        other = self.country_code(country_text, expr.languages, regions=False)
        pair = tuple(sorted((hint[0], other))) if other and other != hint[0] else ()
        return pair if pair and self.has_border(pair) else ()

    def crossing_after_its_town(
        self, expr: PlaceExpression, outer: PlaceResult, scope: Scope, kinds: tuple[str, ...]
    ) -> PlaceResult | None:
        """ "Virolahdella, Vaalimaan raja-asemalla" (in Virolahti, at the Vaalimaa border
        station): a crossing named after a comma, near the place before it, is where the
        text is; the municipality only holds it."""
        if (
            expr.suffix != ","
            or outer.precision != "exact"
            or outer.lat is None
            or outer.lon is None
            or not names_a_crossing(expr.other)
        ):
            return None
        town = self.resolve(expr.inner, scope, kinds)
        if (
            town.status != "resolved"
            or town.lat is None
            or town.lon is None
            or km_between(town.lat, town.lon, outer.lat, outer.lon) > CONTAINER_TOWN_KM
        ):
            return None
        note = f"the crossing {outer.name}, named after {town.name} that holds it"
        self.log(note)
        return replace(outer, note=f"{outer.note}; {note}" if outer.note else note)

    def near_a_candidate(self, place: PlaceResult, candidates: Sequence[Place]) -> bool:
        """Whether ``place`` lies within :data:`CONTAINER_REACH_KM` of one of ``candidates``.

        A stretch of a border (by a crossing) is near a candidate that is that border; a
        place filed in a region that is a candidate is in it ("в Выборге Ленинградской
        области": Leningrad Oblast, not the city once called Leningrad).
        """
        if place.lat is None or place.lon is None:
            return False
        if place.admin1_code and any(
            c.precision == "region" and c.admin1_code == place.admin1_code for c in candidates
        ):
            return True
        if place.precision == "border":
            pair = set(self.border_pair_named(place.name or ""))
            if len(pair) == 2 and any(
                c.precision == "border" and set(self.border_pair_named(c.name or "")) == pair
                for c in candidates
            ):
                return True
        # "el Puente Internacional San Roque González de Santa Cruz, lado argentino": a
        # crossing stands on its own border, whichever of the side's borders it is.
        crossing_pairs = {
            frozenset(place_countries(entry))
            for entry in self.gaz.lookup_key(normalise(place.name or ""), kinds=("crossing",))
            if (entry.lat, entry.lon) == (place.lat, place.lon)
        }
        if any(
            c.precision == "border"
            and frozenset(self.border_pair_named(c.name or "")) in crossing_pairs
            for c in candidates
        ):
            return True
        return any(
            km_between(place.lat, place.lon, c.lat, c.lon) <= CONTAINER_REACH_KM
            for c in candidates
            if c.lat is not None and c.lon is not None
        )

    def reaches_a_border(self, area: PlaceResult) -> bool:
        """Whether an area drawn as a circle comes within :data:`BESIDE_KM` of a neighbour."""
        if area.lat is None or area.lon is None or not area.country:
            return False
        reach = (area.uncertainty_km or 0.0) + BESIDE_KM
        return circle_reaches(neighbours_of(area.country), area.lat, area.lon, reach)

    def sector_by_its_town(
        self, expr: PlaceExpression, scope: Scope, inland: PlaceResult
    ) -> PlaceResult:
        """A border sector named after a town: near the town of the name by a border."""
        towns, _, _ = self.find(expr.name, _SETTLEMENT_KINDS, scope, expr.languages)
        hint = set(self.hint_of(scope))
        bordering = [
            t
            for t in towns
            if (not hint or t.country in hint) and self.by_a_land_border(self.from_place(t))
        ]
        if len(bordering) > 1:
            return self.ambiguous(
                bordering,
                f"the {expr.suffix} {expr.name}: {len(bordering)} towns of the name lie by a "
                "border, and the district of the name far from every border",
            )
        town = self.from_place(bordering[0]) if bordering else None
        if town is not None:
            note = (
                f"the {expr.suffix} {expr.name}: the district of the name lies far from every "
                f"border; answered near the town {town.name}, by the border"
            )
            self.log(f"coarsened: {note}")
            return replace(
                town, precision="near", uncertainty_km=NEAR_RADIUS_KM, coarsened=True, note=note
            )
        return self.unresolved(
            list(towns),
            note=f"a {expr.suffix} is by a border, and the district {inland.name} lies far from "
            "every border; no town of the name by one",
        )

    def namesake_at_a_stated_distance(
        self, expr: PlaceExpression, border: PlaceResult, inside: Scope
    ) -> PlaceResult | None:
        """The one namesake as far from the named border as the text says.

        "з Семенівки, що за 10 кілометрів від російського кордону" (from Semenivka, 10
        km from the Russian border), "Semenivka, 10 km from the Russian border": of the
        settlements bearing the name, the one within twice the distance (at least the
        distance and 10 km) of that border's line, when every other lies
        :data:`FAR_FROM_BORDER_KM` or more from it; None otherwise, and the name stays
        as ambiguous as before.
        """
        near = expr.outer
        if (
            expr.inner is None
            or expr.inner.kind != "name"
            or not expr.inner.name
            or near is None
            or near.kind != "near"
            or near.distance_km is None
            or near.inner is None
            or near.inner.kind != "border"
            or border.status != "resolved"
            or border.precision != "border"
        ):
            return None
        pair = tuple(sorted(self.border_pairs_of(border)))
        if len(pair) != 2:
            return None
        try:
            line = border_extent(*pair)
        except GeometryDataError:
            return None
        found, _, _ = self.find(expr.inner.name, ("settlement",), inside, expr.inner.languages)
        if len(found) < 2:
            return None
        limit = max(2 * near.distance_km, near.distance_km + 10.0)
        close, far = [], 0
        for place in found:
            km = line.distance(Point(place.lon, place.lat)) * KM_PER_DEGREE
            if km <= limit:
                close.append(place)
            elif km >= max(FAR_FROM_BORDER_KM, 3 * limit):
                far += 1
        if len(close) != 1 or far != len(found) - 1:
            return None
        self.log(
            f"of {len(found)} places named {expr.inner.name!r}, only {close[0].name} "
            f"({close[0].admin1_code}) lies within {limit:g} km of the {'–'.join(pair)} border"
        )
        return self.from_place(close[0])

    def namesake_off_the_stated_distance(
        self, expr: PlaceExpression, outer: PlaceResult, result: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """ "Santa Cruz, a escasos 100 metros de(l balneario de) San Francisco Botes": the
        place found lies much farther from the town than the text says; the container.

        The text measures the place from a town it names; a namesake found beyond the
        stated distance (with the slack of
        :func:`~bordermap.geo.places.scope.consistent_with_stated`) is another
        place of that name (Caledonia, also called Santa Cruz, lies 28 km from Botes),
        and the place the text means is one the data lacks, near that town: the container
        is answered.  Only a name several places of the event's country bear: a name one
        place bears is that place, the report's figure rough ("Sonoyta, a 100 km al oeste
        de Nogales", 191 km as the crow flies).  None when the container is no town
        measured from with a distance.
        """
        near = expr.outer
        if (
            near is None
            or near.kind != "near"
            or not near.distance_km
            or near.inner is None
            or near.inner.kind == "border"
            or outer.status != "resolved"
            or outer.precision != "near"
            or outer.lat is None
            or outer.lon is None
            or result.status != "resolved"
            or result.precision not in POINT_ANSWERS
            or result.lat is None
            or result.lon is None
        ):
            return None
        km = km_between(result.lat, result.lon, outer.lat, outer.lon)
        if (
            consistent_with_stated(near.distance_km, km)
            or len(self.namesakes(expr.inner, scope)) < 2
        ):
            return None
        note = (
            f"the text puts {expr.name!r} {near.distance_km:g} km from {outer.name}; the "
            f"gazetteer's {result.name} lies {km:.0f} km from it, another place of that "
            f"name: near {outer.name}"
        )
        self.log(note)
        return replace(outer, query=self.query, note=note)

    def lone_namesake_by_a_border(
        self, candidates: Sequence[Place], hint: tuple[str, ...], key: str | None
    ) -> Place | None:
        """The one settlement of the event's country, among namesakes, by a land border.

        Border reports are about places by a border: with the event's country known, a
        name borne by several of its towns is the one within :data:`BESIDE_KM` of a land
        border when every other lies :data:`FAR_FROM_BORDER_KM` or more from any
        ("Ciudad Hidalgo" of a Mexican event is the Chiapas town on the Suchiate, not
        the Michoacán one; "Tabatinga" of a Brazilian event is the Amazonas town).
        Settlements only, all in the event's country, and a name no border river or line
        bears ("în Tisa" may be the river as much as the village by it); None otherwise.
        """
        if not hint or len(candidates) < 2:
            return None
        if key and (key in load_border_features() or key in features_by_bare_name()):
            return None
        if any(p.kind != "settlement" or p.country not in hint for p in candidates):
            # A region's point says nothing of its outline: Almaty oblast's lies 250 km
            # inside it, though the oblast runs along the Chinese and Kyrgyz borders.
            return None
        if not all(neighbours_of(p.country) for p in candidates):
            return None
        near, far = [], 0
        for place in candidates:
            km = self.km_to_a_land_border(place.country, Point(place.lon, place.lat))
            if km <= BESIDE_KM:
                near.append(place)
            elif km >= FAR_FROM_BORDER_KM:
                far += 1
        if len(near) == 1 and far == len(candidates) - 1:
            return near[0]
        return None

    def largest_seat_by_a_border(
        self, candidates: Sequence[Place], hint: tuple[str, ...]
    ) -> Place | None:
        """The seat a unit adjective names when two namesakes lie by a border.

        "Семенівська громада" of a Ukrainian event: of seven Semenivkas, the town of
        5,600 by the Russian border (Chernihiv) and a village of 588 by the Moldovan
        one (Odesa) are by a border, the rest :data:`FAR_FROM_BORDER_KM` or more from
        any.  A unit is named for its seat, a town, so the one by a border
        :data:`DOMINANCE` times larger than every other by a border is it.  Settlements
        of the event's country only; None otherwise.
        """
        if not hint or len(candidates) < 3:
            return None
        if any(p.kind != "settlement" or p.country not in hint for p in candidates):
            return None
        if not all(neighbours_of(p.country) for p in candidates):
            return None
        near: list[Place] = []
        for place in candidates:
            km = self.km_to_a_land_border(place.country, Point(place.lon, place.lat))
            if km <= BESIDE_KM:
                near.append(place)
            elif km < FAR_FROM_BORDER_KM:
                return None  # neither by a border nor clearly away from one
        if len(near) < 2:
            return None
        near.sort(key=lambda p: -(p.population or 0))
        first, rest = near[0].population or 0, near[1].population or 0
        return near[0] if first > 0 and first >= DOMINANCE * rest else None

    def of_before_a_possessive(
        self, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Teknaf of Cox's Bazar": X of (Y's Z), not (X of Y)'s Z; None unless X is found.

        The possessive was split first, leaving "Teknaf of Cox" as the owner, which names
        nothing; read as "X in Y's Z", the owner is the whole name after "of".
        """
        if expr.suffix != "'s":
            return None
        anaphor = _OF_AN_ANAPHOR.match(expr.other)
        if anaphor is not None:
            return self.of_before_an_anaphor(anaphor["x"], expr, scope, kinds)
        match = re.match(r"^(?P<x>.+?)\s+of\s+(?P<y>\S.*)$", expr.other)
        if match is None or not _PROPER_NAME.fullmatch(match["y"].split()[-1]):
            return None
        apostrophe = "’" if "’" in expr.text else "'"
        text = f"{match['x']} in {match['y']}{apostrophe}s {expr.name}"
        self.log(f"read as {text!r}: 'of' binds the possessive after it")
        result = self.resolve(parse_place(text), scope, kinds)
        # Only X itself found: an unknown X is not answered as the town Z.
        return result if result.status == "resolved" and not result.coarsened else None

    def of_before_an_anaphor(
        self, head: str, expr: PlaceExpression, scope: Scope, kinds
    ) -> PlaceResult:
        """ "X of the district's Z": X lies in Z, which the report owns to a unit named before.

        "The district" names no place here; it refers back to one the report named earlier,
        so Z is the container and X the place meant. Read as "X of Z"; an X the gazetteer
        lacks leaves what that reading says (a coarser area, or unresolved), never the town
        Z as though it were X.
        """
        text = f"{head} of {expr.name}"
        self.log(f"read as {text!r}: the owner before 's refers back to a unit")
        return self.resolve(parse_place(text), scope, kinds)

    def region_of_the_owner(
        self, expr: PlaceExpression, town: PlaceResult, scope: Scope
    ) -> PlaceResult | None:
        """The region holding a town whose unknown place the text names ("Y's X").

        "Bandarban's Ghumdhum", "Bandarban's Naikhongchhari": X is in the town's area
        (its district, which the data draws as a circle that may not reach X), so the
        admin-1 region holding the town holds X; answered coarsened, and only when no other
        reading of the text finds a place (see :func:`~bordermap.geo.places.geocoder.
        geocode_place`).  Only a town of the event's country, never for a border (a
        region is no border), nor for a unit ("Aranyaprathet's X district": a unit word
        names a unit no town holds).
        """
        assert expr.inner is not None
        hint = self.hint_of(scope)
        if not hint or town.country not in hint:
            return None
        below = _BELOW_A_DISTRICT.search(expr.inner.text)
        if below and expr.inner.kind in ("district", "name"):
            # "Panchagarh's Atwary upazila", "Gurdaspur's X block": a unit below a
            # district, owned by a district's seat, lies in that district.
            assert town.lat is not None and town.lon is not None
            seated = districts_seated_at(town.country or "", town.lat, town.lon)
            unit = self.district_circle(seated, "district")
            if unit is not None:
                note = (
                    f"{expr.inner.text!r} is not in the gazetteer; it is "
                    f"{town.name}'s, and the district whose seat "
                    f"{town.name} is, {unit.name}, holds it"
                )
                self.log(f"coarsened: {note}")
                return replace(unit, coarsened=True, note=note, candidates=())
        if (
            not town.admin1_code
            or expr.inner.kind in ("border", "side", "district", "region")
            or self.unit_word_after(expr.inner.text)
            or names_a_border(expr.inner.text)
            or _BORDER_HEAD.match(expr.inner.text)
        ):
            return None
        region = self.gaz.region(town.admin1_code)
        if region is None:
            return None
        return self.coarsened_to(
            region,
            f"{expr.name!r} is not in the gazetteer; it is {town.name}'s, and the region "
            f"holding {town.name}, {region.name}, holds it",
        )

    def unit_word_after(self, name: str) -> bool:
        """Whether the query writes a unit word right after ``name`` ("X district")."""
        found = re.search(rf"{re.escape(name)}\s+(?P<word>[^\W\d_]+)", self.query)
        return found is not None and unit_word_kind(found["word"]) in ("district", "region")

    def lone_unit_by_a_border(self, units: Sequence[District]) -> District | None:
        """The one unit, among same-named units of several regions, by a land border.

        As for towns (:meth:`lone_namesake_by_a_border`): its seat within
        :data:`BESIDE_KM` (plus its reach) of a land border of its country, every other
        unit's seat :data:`FAR_FROM_BORDER_KM` or more from any.  A unit the table knows
        no seat of is measured by its region's outline (it may lie anywhere in it).
        """
        if len(units) < 2 or not all(u.region for u in units):
            return None
        near, far = [], 0
        for unit in units:
            if not neighbours_of(unit.country):
                return None
            if unit.lat is None or unit.lon is None:
                try:
                    where = region_extent(unit.region)
                except GeometryDataError:
                    return None
                km = self.km_to_a_land_border(unit.country, where)
            else:
                km = self.km_to_a_land_border(unit.country, Point(unit.lon, unit.lat))
            if km <= BESIDE_KM + (unit.reach_km or 0.0):
                near.append(unit)
            elif km >= FAR_FROM_BORDER_KM + (unit.reach_km or 0.0):
                far += 1
        if len(near) == 1 and far == len(units) - 1 and near[0].region:
            return near[0]
        return None

    def km_to_a_land_border(self, country: str, where: BaseGeometry) -> float:
        """Kilometres from a point (or an area) to the nearest land border of ``country``."""
        best = math.inf
        for other in neighbours_of(country):
            try:
                line = border_extent(*sorted((country, other)))
            except GeometryDataError:
                continue
            best = min(best, line.distance(where) * KM_PER_DEGREE)
        return best

    def crossing_at_a_town_across(
        self, towns: Sequence[Place], scope: Scope
    ) -> PlaceResult | None:
        """ "el puente internacional que conecta con Posadas" of a Paraguayan event: the
        crossing named by the town it leads to across the border.

        The town (Posadas, Argentina) was refused as outside the event's country; the
        one crossing of the tables between the event's country and the town's within
        :data:`CROSSING_AT_TOWN_KM` of it is the one meant.  None unless the event has
        one country and exactly one such crossing lies by the towns of the name.
        """
        hint = self.hint_of(scope)
        if len(hint) != 1:
            return None
        own = hint[0]
        crossings: dict[int, Place] = {}
        for town in towns:
            if (
                town.kind != "settlement"
                or not town.country
                or town.country == own
                or not self.has_border(tuple(sorted((own, town.country))))  # type: ignore[arg-type]
            ):
                continue
            for crossing in self.crossings_of_country_within(
                town.country, town.lat, town.lon, CROSSING_AT_TOWN_KM
            ):
                if set(place_countries(crossing)) == {own, town.country}:
                    crossings[crossing.ident] = crossing
        if len(crossings) != 1:
            return None
        crossing = next(iter(crossings.values()))
        note = f"the crossing of {own} at the town across the border: {crossing.name}"
        self.log(note)
        return replace(self.from_place(crossing), note=note)

    def crossings_lying_at(self, town: PlaceResult, scope: Scope) -> list[Place]:
        """The crossings of the tables with the town's country whose point lies at the
        town's (within :data:`_AT_A_TOWN_KM`), in the scope."""
        if town.lat is None or town.lon is None or not town.country:
            return []
        found = self.crossings_of_country_within(town.country, town.lat, town.lon, _AT_A_TOWN_KM)
        return list({place.ident: place for place in found if scope.admits(place)}.values())

    def a_crossing_lies_at(self, town: Place) -> bool:
        """Whether a crossing of the tables with the town's country lies at its point."""
        if town.kind != "settlement" or not town.country:
            return False
        near = self.crossings_of_country_within(town.country, town.lat, town.lon, _AT_A_TOWN_KM)
        return next(near, None) is not None

    def crossings_of_country_within(
        self, country: str, lat: float, lon: float, km: float
    ) -> Iterator[Place]:
        """The crossings of the tables on ``country``'s borders whose point lies within
        ``km`` of (``lat``, ``lon``), in table order (a crossing's row is filed under one of
        its two countries, so the neighbours' rows are read too; one may come twice)."""
        for filed in (country, *sorted(neighbours_of(country))):
            for row in self.gaz.rows_of_country(filed, kind="crossing"):
                crossing = self.gaz.place(row)
                if (
                    country in place_countries(crossing)
                    and km_between(lat, lon, crossing.lat, crossing.lon) <= km
                ):
                    yield crossing

    def by_a_land_border(self, town: PlaceResult) -> bool:
        """Whether a town lies within :data:`BESIDE_KM` of a land border of its country."""
        if town.lat is None or town.lon is None or not town.country:
            return False
        if not neighbours_of(town.country):
            return True  # no land border in the data ("the Woodlands Checkpoint"): no test
        return self.km_from_town_to_a_land_border(town) <= BESIDE_KM

    def km_from_town_to_a_land_border(self, town: PlaceResult) -> float:
        """Kilometres from a town to the nearest land border of its country or, when
        that is far, of the country whose outline holds it.

        Guerguerat is Morocco's in the data (its administration) but lies in the outline
        of Western Sahara, on its border with Mauritania, 800 km from Morocco's own.
        """
        point = Point(town.lon, town.lat)
        km = self.km_to_a_land_border(town.country, point)
        if km <= min(BESIDE_KM, TOWN_BORDER_KM):
            return km
        others = [c for c in _outlines_holding(point) if c != town.country]
        return min([km, *(self.km_to_a_land_border(c, point) for c in others)])

    def written_as_common_word(self, text: str) -> bool:
        """Whether ``text`` is written in lower case by a writer who capitalises names.

        A text in a script with capitals whose words are all lower case, looked up as a
        name, is an ordinary word when the query capitalises a later word ("στο ύψος της
        περιοχής Μαρασίων": "ύψος" is height, not the village Ypsos); a query in lower
        case throughout ("katika mji wa mandera") says nothing of its names.
        """
        words = text.split()
        if not words or not all(is_cased(w) and w[:1].islower() for w in words):
            return False
        at = self.query.find(text)
        before = self.query[:at].split()[-2:] if at >= 0 else []
        if any(w.lower() in settlement_words() for w in before):
            # "la ciudad de desaguadero, en Bolivia": a settlement word names what
            # follows it as a town, whatever its case.
            return False
        return any(w[:1].isupper() for w in self.query.split()[1:])

    def is_common(self, key: str) -> bool:
        """Whether ``key`` is an ordinary word rather than a town's name ("beach")."""
        return key in self.gaz.common_words or key in load_place_words().common

    def colloquial_region(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Сумщина", "на Брянщине", "Харківщини": a Ukrainian, Russian or Belarusian
        region by its town."""
        key = normalise(text)
        match = _SHCHYNA.search(key)
        if not match:
            return None
        stem = key[: match.start()]
        found: dict[int, Place] = {}
        # "Дніпропетровщина" is of Dnipropetrovsk: the "-sk" of the region's name.
        for ending in ("", "y", "i", "a", "iv", "sk"):
            for place in self.gaz.lookup_key(
                stem + ending, kinds=("region",), countries=_SHCHYNA_COUNTRIES
            ):
                if scope.admits(place):
                    found[place.ident] = place
        for place in list(found.values()):
            surround = _CITY_REGION_SURROUNDS.get(place.admin1_code)
            if surround is None:
                continue
            del found[place.ident]
            region = self.gaz.region(surround)
            if region is not None and scope.admits(region):
                found[region.ident] = region
        if not found:
            return self.colloquial_district(text, stem, scope)
        if len(found) != 1:
            return None
        self.log(f"{text!r} is the region of {stem!r}")
        return self.decide(list(found.values()), None, scope)

    def colloquial_district(self, text: str, stem: str, scope: Scope) -> PlaceResult | None:
        """ "На Ашмяншчыне", "Браслаўшчына": the land of a town no region is named
        after is its district, as "Ashmyany district" reads (the raion seated at
        Ashmyany); only for one town of the stem, and only a district's answer."""
        towns: dict[int, Place] = {}
        for ending in ("", "y", "i", "a", "iv", "sk"):
            for place in self.gaz.lookup_key(
                stem + ending, kinds=_SETTLEMENT_KINDS, countries=_SHCHYNA_COUNTRIES
            ):
                if scope.admits(place):
                    towns[place.ident] = place
        if len(towns) != 1:
            return None
        town = next(iter(towns.values()))
        self.depth += 1
        try:
            district = self.resolve(parse_place(f"{town.name} district"), scope)
        finally:
            self.depth -= 1
        if district.status != "resolved" or district.precision != "district":
            return None
        self.log(f"{text!r} is the land of {town.name}: its district {district.name}")
        return district

    def town_or_region(
        self, towns: list[Place], text: str, key: str, scope: Scope, languages: tuple[str, ...]
    ) -> PlaceResult | None:
        """Weigh towns named ``key`` against admin-1 regions of the same name.

        Returns None when the towns decide as before: a city of :data:`CITY_POPULATION` or
        more bearing the name lies in a region bearing it (Daugavpils, Minsk, Kherson,
        Khost and Kiev are their cities), or a town bears the name as its own while the
        regions bear it only as a variant.  A smaller town named like the region holding
        it gives way to the region ("Si Sa Ket", and "Luang Namtha" of the province
        Louang Namtha, spelled otherwise): the coarser of two readings.
        Otherwise a region whose own name it is wins over towns elsewhere smaller than
        :data:`CITY_POPULATION` ("Arizona", "Sonora", "Texas"); a city elsewhere makes it
        ambiguous ("Victoria"), and so does a name every candidate bears only as a
        variant ("Kashmir": Jammu and Kashmir, Azad Kashmir, and Cashmere, Washington).
        """
        regions, region_key, _ = self.find(
            text, ("region",), scope, languages, declined=bool(languages)
        )
        if not regions or region_key != key:
            return None
        hint = self.hint_of(scope)
        roi = None if scope.countries else self.roi
        regions = admitted(regions, country=hint, region_of_interest=roi)
        towns = admitted(towns, country=hint, region_of_interest=roi)
        if not regions or not towns:
            return None
        codes = {r.admin1_code for r in regions}
        capitals = [t for t in towns if t.admin1_code in codes]
        own_codes = {r.admin1_code for r in regions if normalise(r.name) == key}
        if (
            own_codes
            and not any(normalise(t.name) == key for t in towns)
            and not any(t.admin1_code in own_codes for t in capitals)
        ):
            # "Santander" is a department's own name; "Puerto Santander", in another
            # department bearing it as a variant (Norte de Santander), is no capital of
            # it, and "Santander de Quilichao" bears it only as a variant too.
            capitals = []
        if capitals:
            # "Hatay" is the province's own name and only a variant of its capital
            # Antakya: no city is named so, and the province is meant.
            province_named = any(normalise(r.name) == key for r in regions) and not any(
                normalise(t.name) == key for t in capitals
            )
            city = any(t.population >= CITY_POPULATION and not province_named for t in capitals)
            declined = city and self.turkish_province_declined(capitals, key)
            crossings = city and not declined and self.crossings_of(key)
            if len(capitals) < len(towns) or (city and not (declined or crossings)):
                # Towns of the name elsewhere too ("Hidalgo", Texas), or a city: the
                # towns decide, as for any name.  A city named after its region, or the
                # region after it, is what a bare name means ("Kharkiv", "Minsk").
                return None
            # A small town named like its province ("Si Sa Ket", "Sa Kaeo"): reporters
            # use the bare name for the province as often as for the town, and the town
            # lies in the province, so the province is the reading that cannot be wrong.
            capital_names = {normalise(t.name) for t in capitals}
            own = [
                r
                for r in regions
                if r.admin1_code in {t.admin1_code for t in capitals}
                # Its own name, or the capital's own name too (Al Qunayţirah), or that
                # name spelled otherwise or with more words ("Louang Namtha", "Gambela
                # Peoples'" of Gambēla): not a variant that is another name (Gori).
                and _named_alike(normalise(r.name), (key, *capital_names))
                and self.area_km2(r) >= PROVINCE_AREA_KM2
            ]
            if not own:
                # The region bears the name only as a variant ("Gori" for Shida Kartli),
                # or is hardly bigger than its town (Daugavpils, Ceuta): the town.
                return None
            result = self.decide(own, key, scope)
            if result.status == "resolved":
                note = (
                    f"{text!r} names the province and its small capital "
                    f"{places_text(capitals, 2)}; the province is answered"
                )
                if declined:
                    note = (
                        f"{text!r} with a Turkish case ending names the province as often as "
                        f"its capital {places_text(capitals, 2)}; the province, which holds "
                        "the city, is answered"
                    )
                if crossings:
                    note = (
                        f"the crossings of {text!r} lie along the province's border, not in "
                        f"its capital {places_text(capitals, 2)}; the province is answered"
                    )
                self.log(note)
                return replace(result, note=note, coarsened=result.coarsened or declined)
            return None
        own_towns = [t for t in towns if normalise(t.name) == key]
        own_regions = [r for r in regions if normalise(r.name) == key]
        if own_regions:
            cities = [t for t in towns if t.population >= CITY_POPULATION]
            if not cities:
                self.log(
                    f"{key!r} is the own name of {places_text(own_regions, 3)}; the towns "
                    f"bearing it lie elsewhere and are small: {places_text(towns, 3)}"
                )
                return self.decide(own_regions, key, scope)
            reason = (
                "the name of a region and of a city elsewhere: "
                f"{places_text([*own_regions, *cities], 4)}"
            )
            return self.ambiguous([*own_regions, *cities], reason)
        if own_towns:
            return None
        reason = (
            f"every place bears the name only as a variant: {places_text([*regions, *towns], 4)}"
        )
        return self.ambiguous([*regions, *towns], reason)

    def crossings_of(self, key: str) -> bool:
        """Whether the text names the crossings of ``key`` ("các cửa khẩu Lạng Sơn", the
        border gates of Lạng Sơn): several crossings lie along a province's border, not
        in its capital, so the province that shares the city's name is meant.
        """
        match = _CROSSINGS_OF_A_NAME.search(self.query)
        return match is not None and normalise(match["name"]) == key

    def turkish_province_declined(self, capitals: Sequence[Place], key: str) -> bool:
        """Whether a Turkish province's capital is named with a case ending ("Kilis'te").

        A Turkish province (il) bears its capital's name, and Turkish reporting names the
        province by that name with a case ending as often as the city ("Kilis'te" of a
        shell landing in a village of the province, "Edirne'de" of the river border):
        written so, even a city gives way to its province, which holds it, as a small
        capital does.  The bare name ("Kilis"), or the name in another language, keeps
        the city.
        """
        if not capitals or any(t.country != "TR" for t in capitals):
            return False
        return any(normalise(m.group(1)) == key for m in _TURKISH_CASE_ENDING.finditer(self.query))

    def district_of_its_name(self, town: PlaceResult, key: str) -> PlaceResult | None:
        """The district a bare name means where districts bear their seat's name, or None.

        In India, Pakistan, Bangladesh and Nepal a district is named after its seat, and
        border reporting names the district by that name alone ("firing in Poonch",
        "in Malda", "Arunachal's Tawang"): the events lie anywhere in it, often far from
        the town.  The district holds the town, so it is the reading that cannot be
        wrong; a town word ("the town of Poonch"), or a name read as what lies near a
        place or a border, keeps the town.  A name in another script ("गुरदासपुर",
        "سیالکوٹ") or another spelling ("Ferozepur" of Firozpur) is the town's own name
        transcribed, so the district bearing the town's own name is the one it means, as
        for the name as the gazetteer spells it.
        """
        if town.country not in DISTRICTS_NAMED_AFTER_SEATS:
            return None
        # "गुरदासपुर में डेरा बाबा नानक इलाके के पास" (near the Dera Baba Nanak area in
        # Gurdaspur): the name holds the place the text is near, so it is the district
        # even inside a "near" reading; never the seat town, 35 km from that place.
        holds = _holds_a_place_in_hindi(normalise(self.query), key) or _coast_of(
            normalise(self.query), key
        )
        near_kept = not holds and (
            self.reading_near or any(kind == "near" for kind in self.reading)
        )
        if (
            town.lat is None
            or town.lon is None
            or _TOWN_WORD.search(self.query)
            or near_kept
            or any(kind in ("border", "side") for kind in self.reading)
        ):
            return None
        # A spelling the town bears beside its own ("Ferozepur" of Firozpur) is its name
        # too: the district bearing the town's own name is the one it means.
        keys = [key, normalise(town.name)] if town.name else [key]
        named = set(districts_named(keys, [town.country]))
        seated = [u for u in districts_seated_at(town.country, town.lat, town.lon) if u in named]
        unit = self.district_circle(seated, "district") if seated else None
        if unit is None:
            return None
        note = (
            f"{key!r} names the town {town.name} and the district it is the seat of; in "
            f"{town.country} a bare district name is the district's, which holds the town: "
            f"{unit.note}"
        )
        self.log(f"coarsened: {note}")
        return replace(unit, query=self.query, coarsened=True, note=note)

    def region_of_its_name(self, town: PlaceResult, text: str, key: str) -> PlaceResult | None:
        """The admin-1 unit a bare name means where reporting names it by its seat's name.

        In :data:`REGIONS_NAMED_AFTER_SEATS` an admin-1 unit bears its seat's name and
        reporting names the unit by that name alone ("in Mandera" of Mandera County,
        "in Tete", "Duhok"), however big the seat: the unit holds the town, so it is
        the reading that cannot be wrong.  As for districts
        (:meth:`district_of_its_name`), a town word, a "near" reading or a border keep
        the town.  None when the town seats no unit of its name.
        """
        if (
            town.country not in REGIONS_NAMED_AFTER_SEATS
            or town.lat is None
            or town.lon is None
            or self.reading_near
            or any(kind in ("near", "border", "side") for kind in self.reading)
            or self.calls_it_a_town(text)
            or self.says_border_or_post()
            or _NEAR_IN_THE_TEXT.search(self.query)
            or not self.written_bare(text)
        ):
            return None
        unit = self.admin1_unit_seated_at(town, key)
        if unit is None:
            return None
        note = (
            f"{text!r} names the town {town.name} and the admin-1 unit it is the seat of; in "
            f"{town.country} reporting names the unit by its seat's name alone: the unit, "
            "which holds the town, is answered"
        )
        # The unit is the name's own reading, not a guess coarsened from a finer one.
        self.log(note)
        return replace(unit, query=self.query, note=note)

    def admin1_unit_seated_at(self, town: PlaceResult, key: str) -> PlaceResult | None:
        """The admin-1 unit named ``key`` (or as the town) that holds ``town``, with or
        without an outline; None when there is none, or several units of the name."""
        if town.lat is None or town.lon is None or not town.country:
            return None
        keys = [key, normalise(town.name)] if town.name else [key]
        # The unit's name in any form it is filed under ("القضارف" of Gedarif).
        regions = [
            r
            for k in keys
            for r in self.gaz.lookup_key(k, kinds=("region",), countries=(town.country,))
            if town.admin1_code and r.admin1_code == town.admin1_code
        ]
        if regions:
            return self.from_place(regions[0])
        # Kenya's counties have no outline: the one unit of the name whose circle holds it.
        units = _units_without_outline_holding(keys, town)
        if len({u.region for u in units}) != 1:
            return None
        seat = units[0]
        assert seat.lat is not None and seat.lon is not None and seat.reach_km is not None
        return self.drawn_around(
            seat.name, seat.lat, seat.lon, "region", seat.reach_km, "", seat.country, seat.region
        )

    def written_bare(self, name: str) -> bool:
        """Whether the query is ``name`` with at most a few lower-case words before it
        ("in Mandera", "northern Duhok", "على القضارف") and nothing after: not a
        dateline ("Erbil, Kurdistan Region"), nor a thing named after the place ("Busia
        Primary School")."""
        query = self.query.strip().rstrip(".")
        at = query.rfind(name)
        if at < 0 or query[at + len(name) :].strip():
            return False
        before = query[:at].split()
        return len(before) <= 3 and not any(is_cased(w) and w[:1].isupper() for w in before[1:])

    def calls_it_a_town(self, name: str) -> bool:
        """Whether the query calls ``name`` a town in any language ("Mandera town", "la
        ciudad de Ceuta", "katika mji wa Mandera", "مدينة كسلا")."""
        words = {word.strip(".,;:()«»“”\"'’").lower() for word in self.query.split()}
        return bool(
            _TOWN_WORD.search(self.query)
            or words & settlement_words()
            or after_a_settlement_word(name, self.query)
        )

    def says_border_or_post(self) -> bool:
        """Whether the query names a border, a crossing or a post ("Busia customs
        border", "en la frontera por Dajabón"): a town there is the border town."""
        words = {normalise(word) for word in self.query.split()}
        return bool(
            BORDER_POST_WORD.search(self.query)
            or _BORDER_LINE.search(self.query)
            or words & border_word_keys()
        )

    def district_over_a_variant(
        self, town: PlaceResult, text: str, key: str, scope: Scope
    ) -> PlaceResult | None:
        """The district whose own name a town bears only as another name, or None.

        "in Nadia" of an Indian event: Nadia is the district's name, and only another
        name of Navadwip, a town of the district that is not its seat.  Where districts
        are named bare (:data:`DISTRICTS_NAMED_AFTER_SEATS`), a district of the event's
        country bearing the name as its own outranks a town bearing it as a variant, as
        a place's own name outranks another's variant (the town keeps it after a town
        word, or when the text reads a place near it).
        """
        if (
            normalise(town.name or "") == key
            or _TOWN_WORD.search(self.query)
            or self.reading_near
            or any(kind in ("near", "border", "side") for kind in self.reading)
        ):
            return None
        drawn = self.district_by_bare_name(PlaceExpression("name", text, text), scope)
        if drawn is None:
            return None
        note = f"{key!r} is only another name of the town {town.name}; {drawn.note}"
        self.log(f"coarsened: {note}")
        return replace(drawn, query=self.query, coarsened=True, note=note)

    def district_the_container_names(
        self, expr: PlaceExpression, outer: PlaceResult, where: str
    ) -> PlaceResult | None:
        """The district a container names that its seat town bears only as another name.

        "Nậm Cắn (Kỳ Sơn, Nghệ An)": the place the data lacks is filed in "Kỳ Sơn", the
        district; the gazetteer lists that name also as another name of Mường Xén, the
        township seating it, and a district is never its seat town
        (:mod:`~bordermap.geo.places.seat_alias_district`).  The unknown place lies
        anywhere in the district, which is answered, coarsened.  None when the container
        is the town's own name, or a town word calls it a town.
        """
        if (
            outer.precision != "settlement"
            or outer.lat is None
            or outer.lon is None
            or not outer.country
            or not outer.name
            or expr.outer is None
            or _TOWN_WORD.search(self.query)
        ):
            return None
        key = normalise(expr.outer.name)
        units = districts_an_alias_names(key, outer.name, outer.country, outer.lat, outer.lon)
        drawn = self.district_circle(units, "district") if units else None
        if drawn is None:
            return None
        note = (
            f"{expr.name!r} is not in the gazetteer inside {where}; {expr.outer.name!r} is "
            f"the name of the district {outer.name} is the seat of, and only another name of "
            f"the town: {drawn.note}"
        )
        self.log(f"coarsened: {note}")
        return replace(drawn, query=self.query, coarsened=True, note=note)

    def area_km2(self, region: Place) -> float:
        """Approximate area of an admin-1 region in km² (0.0 when its outline is missing)."""
        try:
            geometry = self.from_place(region).geometry
        except GeometryDataError:
            return 0.0
        if geometry is None or geometry.geom_type == "Point":
            return 0.0
        latitude = math.radians(geometry.centroid.y)
        return geometry.area * 111.32**2 * math.cos(latitude)

    def country_name_clash(
        self, text: str, codes: frozenset[str], scope: Scope
    ) -> PlaceResult | frozenset[str] | None:
        """A country's name in a minor language that is also a place's own name.

        "Male" is Malta in Walloon and Malé in the Maldives: a place of the event's
        country that bears the name wins (no codes returned, the places are looked
        up); with no hint, or a hint of both countries, the text is ambiguous.
        None: no clash, or a hint of the named country only, which decides.
        """
        key = normalise(text)
        minor = minor_language_country(self.words, key)
        if minor is None or codes != {minor[0]}:
            return None
        code, locales = minor
        rivals = rival_places(self.gaz, key, code)
        hinted = set(scope.countries or self.hint)
        languages = ", ".join(sorted(locales))
        if not rivals and not hinted and in_latin_letters(text):
            # "Salomon" is the Solomon Islands only in Haitian Creole, and the name of an
            # atoll of the Chagos and of many people: with no hint that the country is
            # meant, a name few reports write so is not taken for it.  (A script of its
            # own says the language: "Ελλάδα" is Greece.)
            country = self.gaz.country(code)
            named = country.name if country is not None else code
            note = f"{text!r} is the name of {named} only in {languages}, and no hint says so"
            self.log(note)
            return self.unresolved(note=note)
        if not rivals:
            return None
        rival_hinted = bool(hinted & {place.country for place in rivals})
        if hinted and not rival_hinted:
            # The event's country decides: its own name, or a name refused as
            # outside the event's country.
            return None
        if hinted and code not in hinted:
            home = {loc for language in self.hint_languages for loc in locales_of(language)}
            if locales & home:
                # "Indija" in a Serbian event is India in its own language, refused
                # as outside the event's country, before it is the town Inđija.
                return None
            self.log(
                f"{text!r} is {code}'s name only in {languages}; "
                "a place of the event's country bears it"
            )
            return frozenset()
        country = self.gaz.country(code)
        named = [country, *rivals[:4]] if country is not None else rivals[:4]
        return self.ambiguous(
            named,
            f"{text!r} is the name of {named[0].name} only in {languages}, "
            f"and the name of {rivals[0].name} ({rivals[0].country})",
        )

    def declined_country_name(self, text: str, languages: tuple[str, ...]) -> frozenset[str]:
        """The country a declined name of the world table names in the text's languages.

        "Ahvenanmaan eteläpuolella" (south of Åland): Finnish puts the name in the
        genitive, and "Ahvenanmaa" is a country's name in Finnish only, not a key of the
        gazetteer.  Only a name written so in the declining language's own locales.
        """
        for variant, language in nominative_keys(normalise(text), languages):
            codes = self.words.world_codes(variant, locales_of(language))
            if codes:
                self.log(f"country name {text!r} read as {variant!r}")
                return codes
        return frozenset()

    def ambiguous(self, places: Sequence[Place], reason: str) -> PlaceResult:
        self.log(f"ambiguous: {reason}")
        return self.from_place(places[0], status="ambiguous", candidates=places, note=reason)

    def name(
        self,
        text: str,
        scope: Scope,
        kinds: tuple[str, ...] = _NAME_KINDS,
        languages: tuple[str, ...] = (),
        *,
        declined: bool = True,
    ) -> PlaceResult:
        """Read ``text`` as one name, never re-entering a reading still open.

        A spelling variant may lead back to the text it came from ("白山市" without the
        city word is "白山", which with it is "白山市" again): the same name asked again
        while its first reading is still open can only loop, so it finds nothing there.
        """
        key = (text, scope, kinds, languages, declined)
        if key in self.names_open:
            return self.unresolved(note=f"{text!r} is already being read")
        self.names_open.add(key)
        try:
            return self.name_once(text, scope, kinds, languages, declined=declined)
        finally:
            self.names_open.discard(key)

    def name_once(
        self,
        text: str,
        scope: Scope,
        kinds: tuple[str, ...] = _NAME_KINDS,
        languages: tuple[str, ...] = (),
        *,
        declined: bool = True,
    ) -> PlaceResult:
        if "country" in kinds:
            feature = self.feature(text, scope)
            if feature is not None:
                return feature
            if _RIVER_FIRST.match(text):
                return self.unresolved(
                    note=f"{text!r} names a river, and no border river of that name is known"
                )
        if "region" in kinds:
            water = water_answer(self, text, scope)
            if water is not None:
                return water
        if "country" in kinds:
            codes = self.words.name_codes(normalise(text))
            if not codes and declined and languages:
                codes = self.declined_country_name(text, languages)
            if len(codes) > 1:
                # "Congo" names two countries: the event's decides; otherwise both are
                # listed, never a village that bears the name.
                hinted = codes & set(scope.countries or self.hint)
                if len(hinted) == 1:
                    codes = frozenset(hinted)
                else:
                    places = [self.gaz.country(code) for code in sorted(codes)]
                    named = [place for place in places if place is not None]
                    if named:
                        return self.ambiguous(
                            named, f"{text!r} names {len(named)} countries and nothing says which"
                        )
            titled = _REPUBLIC_WORD.sub("", text).strip()
            if not codes and titled and titled != text.strip():
                # "الجمهورية اليمنية" (the Yemeni Republic), "République du Mali": a
                # state's title and its name or adjective are the country, never a
                # village whose name sounds like the title word.
                named = self.gaz.lookup_key(normalise(titled), kinds=("country",))
                codes = frozenset(p.country for p in named if p.country)
                if not codes and _ARABIC_LETTER.search(titled):
                    # Arabic names states by the title and the country's adjective;
                    # elsewhere an adjective after the title may name a part of a
                    # country ("Republika Srpska" is in Bosnia, not Serbia).
                    codes = self.country_codes(titled, languages, regions=False)
                if len(codes) == 1:
                    self.log(f"{text!r}: a state's title and {titled!r}")
            if not codes and _COUNTRY_CODE_WRITTEN.fullmatch(text.strip()):
                # "US airspace": a country's ISO code in capitals is the country, never
                # the French village Us (the lower-case key "us" is an English word).
                code = self.gaz.country_code(text.strip())
                codes = frozenset({code}) if code else codes
            clash = self.country_name_clash(text, codes, scope)
            if clash is not None:
                if isinstance(clash, PlaceResult):
                    return clash
                codes = clash
            if len(codes) == 1 and (not scope.countries or codes <= set(scope.countries)):
                country = self.gaz.country(next(iter(codes)))
                if country is not None:
                    self.log(f"country name {text!r}")
                    return self.from_place(country)
        if "region" in kinds and languages:
            colloquial = self.colloquial_region(text, scope)
            if colloquial is not None:
                return colloquial
        refused: list[Place] = []
        notes: list[str] = []
        # "Narvassa", "Komáromban": a neighbour's report declines the event's country's
        # towns in its own cases; a Latin-script name is read back in those too.
        across = languages_across_hint(self.hint) if in_latin_letters(text) else ()
        hint_only = tuple(
            code
            for code in dict.fromkeys((*self.hint_languages, *across))
            if code not in languages
        )
        neighbour_only = set(hint_only) - set(self.hint_languages)
        if declined:
            languages = (*languages, *hint_only)
        passes = (False, True) if declined and languages else (False,)
        # Settlements and crossings are looked up together: a crossing that bears the
        # name as its own beats a village that bore it once (Medininkai, Varniai).
        groups = [g for g in (("country",), _SETTLEMENT_KINDS, ("region",)) if set(g) & set(kinds)]
        groups = [tuple(k for k in g if k in kinds) for g in groups]
        for use_declined in passes:
            for group in groups:
                # A neighbour's case ending makes a town, never a country: "Russian"
                # is no Finnish genitive of Russia.  A language the text's letters or
                # the event's country call for keeps its country readings.
                tried = tuple(
                    code
                    for code in languages
                    if group != ("country",) or code not in neighbour_only
                )
                found, key, stemmed = self.find(
                    text,
                    group,
                    scope,
                    tried if use_declined else (),
                    declined=use_declined,
                    hint_only=hint_only,
                )
                if stemmed != use_declined and use_declined:
                    continue
                if found and not use_declined and self.written_as_common_word(text):
                    # "σε νησίδα στο ύψος της περιοχής Μαρασίων": a writer who capitalises
                    # names wrote "ύψος" (height) in lower case: a word, not Ypsos.
                    self.log(f"{text!r} is written in lower case among capitalised names")
                    refused += found
                    notes.append(f"{text!r} is written as an ordinary word, not a name")
                    continue
                if found and self.is_common(key) and not scope.countries:
                    # "forest" alone is a forest, not Forest in Belgium: only a place in
                    # the event's own country may be meant; otherwise report, not guess.
                    kept = [p for p in found if p.country in self.hint]
                    if re.search(rf"\b(?:the|a|an)\s+{re.escape(text)}\b", self.query, re.I):
                        kept = []  # "the beach", "near the temple": a thing, not a town
                    if not kept:
                        self.log(f"{key!r} is a common word")
                        refused += found
                        notes.append(f"{key!r} is an ordinary word, not taken as a town")
                        continue
                    found = kept
                if found and group == _SETTLEMENT_KINDS and "region" in kinds:
                    weighed = self.town_or_region(
                        found, text, key, scope, languages if use_declined else ()
                    )
                    if weighed is not None:
                        return weighed
                if found:
                    result = self.decide(found, key, scope)
                    if result.status == "resolved" and result.precision == "settlement":
                        result = (
                            self.district_of_its_name(result, key)
                            or self.district_over_a_variant(result, text, key, scope)
                            or self.region_of_its_name(result, text, key)
                            or result
                        )
                    if result.status != "unresolved":
                        return result
                    refused += [p for p in found if p not in refused]
                    notes.append(result.note)
        if not refused:
            # Spellings a gazetteer writes differently, tried only when the text as
            # written found nothing (names that keep their article, "La Paz", were found).
            for pattern, replacement, said in _SPELLING_VARIANTS:
                if not pattern.search(text):
                    continue
                variant = pattern.sub(replacement, text)
                if pattern is _ARABIC_PROCLITIC_BI and (
                    not set(self.hint_of(scope)) & _ARABIC_COUNTRIES
                    or _PERSIAN_LETTERS.search(self.query)
                    or not self.gaz.lookup_key(normalise(variant))
                ):
                    # Only Arabic joins "in" so ("برابر" is a Persian word), and a name
                    # may begin with "ب" itself: the rest is taken only as a name the data
                    # holds, never one found by its consonants alone.
                    continue
                if pattern is _FRENCH_CH and (
                    not set(self.hint_of(scope)) & _FRENCH_TRANSCRIBED
                    or not self.gaz.lookup_key(normalise(variant))
                ):
                    # Only where French spells the names, and only into a name the data
                    # holds as written.
                    continue
                if pattern is _UZBEK_X and (
                    not ("UZ" in self.hint_of(scope) or _UZBEK_LATIN.search(self.query))
                    or not self.gaz.lookup_key(normalise(variant))
                ):
                    continue  # only in Uzbek Latin, into a name the data holds
                if pattern is _HAN_NAME_WITHOUT_CITY_WORD and not self.gaz.lookup_key(
                    normalise(variant)
                ):
                    continue  # only a city the data holds with its word
                self.log(f"{said}: {variant!r}")
                result = self.name(variant, scope, kinds, languages, declined=declined)
                if result.status != "unresolved":
                    return result
        if not refused and declined and set(self.hint_of(scope)) & _ARABIC_COUNTRIES:
            # "Sallum" is GeoNames' "As Sallūm": the article, assimilated before a
            # "sun" letter, is tried in front of a name of an Arabic-speaking country.
            with_article = _with_arabic_article(text)
            if with_article:
                self.log(f"with the article: {with_article!r}")
                result = self.name(with_article, scope, kinds, (), declined=False)
                if result.status == "resolved":
                    return result
        if not refused and declined and set(self.hint_of(scope)) & _SHORT_I_COUNTRIES:
            # "Graivoron" is GeoNames' "Grayvoron": "й" after a vowel is written "i" as
            # often as "y" in the Latin spellings of names written in Cyrillic.
            short_i = _SHORT_I_AS_I.sub(r"\1y", text)
            if short_i != text:
                self.log(f"'й' written 'y': {short_i!r}")
                result = self.name(short_i, scope, kinds, (), declined=False)
                if result.status == "resolved":
                    return result
        if not refused and declined and "fi" in self.hint_languages:
            # Only for an event in Finland: "ö" and "ä" are Turkish and German letters too
            # ("Afrin bölgesi" is no Finnish genitive).
            owned = self.place_of_a_town(text, scope, kinds)
            if owned is None:
                owned = self.town_of_a_finnish_region(text, scope)
            if owned is not None:
                return owned
        if not refused and declined:
            with_country = self.town_then_its_country(text, scope)
            if with_country is not None:
                return with_country
            paired = self.crossing_of_paired_towns(text, scope, languages)
            if paired is None:
                paired = self.crossing_of_two_names_run_together(text, scope)
            if paired is not None:
                return paired
            bridge = self.crossing_of_a_german_town_adjective(text, scope)
            if bridge is not None:
                return bridge
            part = self.unit_part_named_by_a_compass(text, scope) if "region" in kinds else None
            if part is not None:
                return part
            mouth = self.river_mouth_of_a_village(text, scope)
            if mouth is not None:
                return mouth
            group = self.unit_of_an_island_group(text, scope)
            if group is not None:
                return group
        hint = self.hint_of(scope)
        if (
            "region" in kinds
            and len(hint) == 1
            and self.depth
            and not any(p.country in hint for p in refused)
        ):
            # "eastern Ladakh", "X, Turkana": a unit the outlines lack, read inside a
            # longer text (the whole text tries it in resolve); so too "de Kamako au
            # Kasaï" of a Congolese event, where a town of Japan only bears the name.
            expr = PlaceExpression("name", text, text, languages=languages)
            drawn = self.region_without_outline(expr, scope)
            if drawn is not None:
                return drawn
        if not refused and scope.countries:
            refused = self.gaz.lookup_key(normalise(text))
        return self.unresolved(refused, note="; ".join(n for n in notes if n))

    def unit_part_named_by_a_compass(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Kaabong West": a part of a unit (a constituency, a sub-county) named by the
        unit's name and a compass word after it, which the data lacks; the unit,
        coarsened, when the name alone is a region or district of the event's country.
        None otherwise."""
        match = _COMPASS_AFTER_A_NAME.match(text)
        hint = self.hint_of(scope)
        if match is None or not hint:
            return None
        if self.region_without_outline(PlaceExpression("name", text, text), scope) is not None:
            return None  # "Kasai Central": a province of its own the outlines lack
        self.depth += 1
        try:
            whole = self.name(match["name"], scope, declined=False)
        finally:
            self.depth -= 1
        if whole.status == "resolved" and whole.precision == "settlement":
            # "Mandera East": the town seats the unit of its name, whose part is meant.
            whole = self.admin1_unit_seated_at(whole, normalise(match["name"])) or whole
        if (
            whole.status != "resolved"
            or whole.precision not in ("region", "district")
            or whole.country not in hint
        ):
            return None
        note = f"{text!r} is a part of {whole.name} the data lacks: {whole.name}"
        self.log(f"coarsened: {note}")
        return replace(whole, coarsened=True, note=note)

    def unit_of_an_island_group(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Kepulauan Talaud": an island group no place bears the name of, which one
        unit of the event's country does (:mod:`~bordermap.geo.places.island_group_unit`);
        that unit, drawn around its seat.  None otherwise."""
        units = units_of_an_island_group(text, self.hint_of(scope))
        drawn = self.district_circle(units, "unit") if units else None
        if drawn is None:
            return None
        note = f"the island group {text!r} is known only as {drawn.note}"
        self.log(note)
        return replace(drawn, note=note)

    def river_mouth_of_a_village(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Kuala Tok Bali": the Malay word for a river mouth before a name the data
        lacks; near the village of the rest's name (Kampong Tok Bali), when it is a
        settlement of the event's country.  None otherwise."""
        match = _RIVER_MOUTH_BEFORE_A_NAME.match(text)
        if match is None or not self.hint_of(scope):
            return None
        village = self.settlement_of_the_hint(text[match.end() :], scope)
        if village is None:
            return None
        note = f"{text!r}, a river mouth the data lacks: near {village.name}, named as it is"
        self.log(note)
        return replace(
            village,
            precision="near",
            uncertainty_km=NEAR_RADIUS_KM,
            coarsened=True,
            note=note,
        )

    def crossing_of_paired_towns(
        self, text: str, scope: Scope, languages: tuple[str, ...] = ()
    ) -> PlaceResult | None:
        """ "Torneå-Haparanda", "Tornio/Haparanda": two towns facing each other across a
        border, written as a pair, are the crossing between them when the tables have
        one crossing named after either that joins the two towns' countries.  A half
        written in a case of ``languages`` ("w Szeginiach-Medyce") is read back to the
        crossing's names too."""
        parts = [p.strip() for p in re.split(rf"[{re.escape(DASHES)}/]", text) if p.strip()]
        if len(parts) != 2:
            return None
        keys = [normalise(part) for part in parts]
        named = [self.crossings_of_half(key, scope, languages) for key in keys]
        both = [named[0][ident] for ident in named[0].keys() & named[1].keys()]
        if len(both) == 1:
            # "Ягодин-Дорогуськ": both halves are names of one crossing.
            self.log(f"both names are the crossing {both[0].name}'s")
            return self.from_place(both[0])
        respelled = self.crossing_by_one_half(keys, named)
        if respelled is not None:
            return self.from_place(respelled)
        beside = self.crossing_and_a_town_beside_it(keys, named)
        if beside is not None:
            return self.from_place(beside)
        countries: list[str] = []
        for key in keys:
            towns = self.gaz.lookup_key(key, kinds=("settlement",))
            if not towns:
                return None
            countries.append(max(towns, key=lambda t: t.population).country)
        pair = set(countries)
        crossings = {**named[0], **named[1]}
        joining = [c for c in crossings.values() if set(c.countries) == pair]
        if len(pair) != 2 or len(joining) != 1:
            return None
        self.log(f"two towns across the border: the crossing {joining[0].name}")
        return self.from_place(joining[0])

    def crossing_of_two_names_run_together(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Cristo Redentor Los Libertadores": two names of one crossing written one after
        the other, with no dash between them; "Tarajal de Ceuta": a crossing's name, then
        "de" or "of" and the town beside it.  The crossing when exactly one crossing of
        the scope is named so, as written, at one space of the text; else None (a town's
        name plus a crossing's is left to the other readings)."""
        words = text.split()
        if not 2 <= len(words) <= _MAX_RUN_TOGETHER_WORDS:
            return None
        crossings: dict[int, Place] = {}
        for cut in range(1, len(words)):
            keys = [normalise(" ".join(words[:cut])), normalise(" ".join(words[cut:]))]
            if keys[0] != keys[1]:
                named = [self.crossings_of_half(key, scope, ()) for key in keys]
                crossings.update({i: named[0][i] for i in named[0].keys() & named[1].keys()})
            if words[cut].casefold() in _OF_ITS_TOWN and cut + 1 < len(words):
                keys = [keys[0], normalise(" ".join(words[cut + 1 :]))]
                named = [self.crossings_of_half(keys[0], scope, ()), {}]
                beside = self.crossing_and_a_town_beside_it(keys, named)
                if beside is not None:
                    crossings[beside.ident] = beside
        if len(crossings) != 1:
            return None
        crossing = next(iter(crossings.values()))
        self.log(f"the crossing {crossing.name}, named by the words on both sides of a space")
        return self.from_place(crossing)

    def crossing_and_a_town_beside_it(
        self, keys: list[str], named: list[dict[int, Place]]
    ) -> Place | None:
        """ "Nadapal-Lokichogio": one half names exactly one crossing and no town, the
        other a town of one of its two countries within :data:`CROSSING_TOWN_KM` of it
        (the town on the road to the crossing): that crossing, else None."""
        for own, other in ((0, 1), (1, 0)):
            if len(named[own]) != 1 or named[other]:
                continue
            if self.gaz.lookup_key(keys[own], kinds=("settlement",)):
                continue  # a town's name too: the pair may be two towns
            crossing = next(iter(named[own].values()))
            towns = [
                town
                for town in self.gaz.lookup_key(keys[other], kinds=("settlement",))
                if town.country in crossing.countries
                and km_between(town.lat, town.lon, crossing.lat, crossing.lon) <= CROSSING_TOWN_KM
            ]
            if towns:
                self.log(f"{keys[other]!r} is a town beside the crossing {crossing.name}")
                return crossing
        return None

    def crossings_of_half(
        self, key: str, scope: Scope, languages: tuple[str, ...]
    ) -> dict[int, Place]:
        """The crossings of the scope one half of a town pair names, by row: as written,
        else by its forms read back from a case of ``languages`` (a crossing's names
        are the project's own table, so a rebuilt ending matching one is evidence)."""
        found = {
            c.ident: c for c in self.gaz.lookup_key(key, kinds=("crossing",)) if scope.admits(c)
        }
        if found or not languages:
            return found
        for variant, language in nominative_keys(key, languages):
            found = {
                c.ident: c
                for c in self.gaz.lookup_key(variant, kinds=("crossing",))
                if scope.admits(c)
            }
            if found:
                self.log(f"declined half: {language} {key!r} → {variant!r}")
                return found
        return {}

    def crossing_by_one_half(self, keys: list[str], named: list[dict[int, Place]]) -> Place | None:
        """ "Mae Sai-Ta Khi Lek": one half of a pair names crossings and the other names no
        place at all, but is spelled like another name of exactly one of those crossings
        (the other side's town in another romanisation).  That crossing, else None.

        The other half must confirm the crossing: a pair whose second town is unknown
        and unlike any of the crossing's names is left to the other readings.
        """
        for own, other in ((0, 1), (1, 0)):
            written = keys[other].replace(" ", "")
            if not named[own] or named[other] or len(written) < _RESPELLED_MIN_LETTERS:
                continue
            if self.gaz.lookup_key(keys[other]):
                continue  # a place of its own: not a respelling
            alike = [
                crossing
                for crossing in named[own].values()
                if any(
                    _spelled_alike(form.replace(" ", ""), written)
                    for form in self.crossing_forms(crossing)
                )
            ]
            if len(alike) == 1:
                self.log(f"{keys[other]!r} is spelled like a name of the crossing {alike[0].name}")
                return alike[0]
        return None

    def crossing_spelled_like_a_far_town(self, town: PlaceResult) -> PlaceResult | None:
        """The one crossing of a far town's country spelled like the town's name.

        "the official border checkpoint and the village of Borisoglebsk": the text names
        a crossing, and the only Borisoglebsk of the gazetteer is a town 295 km from any
        land border, so not the place; the post the village gives its name to is filed
        as "Borisoglebsky" (Storskog's Russian side), another form of the same name.
        Forms are compared as :func:`_spelled_alike` compares the halves of a crossing's
        pair.  None when the town has no country, a short name, or none or several
        crossings of its country are spelled alike.
        """
        written = normalise(town.name or "").replace(" ", "")
        if not town.country or len(written) < _RESPELLED_MIN_LETTERS:
            return None
        rows = {
            row
            for key, row in self.gaz.forms_of("crossing", town.country)
            if _spelled_alike(key.replace(" ", ""), written)
        }
        if len(rows) != 1:
            return None
        crossing = self.gaz.place(rows.pop())
        note = f"no town {town.name} by a border; the crossing {crossing.name} is spelled alike"
        self.log(note)
        return replace(self.from_place(crossing), note=note)

    def crossing_forms(self, crossing: Place) -> set[str]:
        """Every lookup key of one crossing entry (its names and aliases)."""
        return {
            key
            for country in crossing.countries
            for key, row in self.gaz.forms_of("crossing", country)
            if row == crossing.ident
        }

    def town_then_its_country(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Rosso Sénégal", "Desaguadero-Bolivia": a town, then its country's name with no
        comma (the press's way to tell the two halves of a border town apart).  The town
        within that country, or None."""
        words = re.split(rf"\s+|(?<=\w)[{re.escape(DASHES)}](?=\w)", text.strip())
        for size in (1, 2):
            if len(words) <= size:
                break
            code = self.country_code(" ".join(words[-size:]), regions=False)
            if code is None or (scope.countries and code not in scope.countries):
                continue
            head = " ".join(words[:-size])
            # The country names the half of a border town, not the crossing between.
            town = self.name(
                head, replace(scope, countries=(code,)), ("settlement",), (), declined=False
            )
            if town.status == "resolved" and town.country == code:
                self.log(f"{head!r} in the country named after it, {code}")
                return town
        return self.town_then_its_declined_country(words, scope)

    def town_then_its_declined_country(self, words: list[str], scope: Scope) -> PlaceResult | None:
        """ "Trebinje Bosnje Hercegovinen": a town, then a country's two-part name with
        its "and" left out and its last word declined (Albanian "Hercegovinën").

        The first word after the town names the country alone ("Bosnje"), and every
        later word is a word of one of the country's names or that word with an ending
        (:func:`~bordermap.geo.places.country_name_words.extends_a_name_word`).  The
        town within that country, or None.
        """
        for at in range(1, len(words) - 1):
            code = self.country_code(words[at], regions=False)
            if code is None or (scope.countries and code not in scope.countries):
                continue
            if not all(extends_a_name_word(code, normalise(w)) for w in words[at + 1 :]):
                continue
            head = " ".join(words[:at])
            town = self.name(
                head, replace(scope, countries=(code,)), ("settlement",), (), declined=False
            )
            if town.status == "resolved" and town.country == code:
                self.log(f"{head!r} in the country named after it, {code}, its name declined")
                return town
        return None

    def place_of_a_town(self, text: str, scope: Scope, kinds) -> PlaceResult | None:
        """ "Imatran Pelkolassa", "Lappeenrannan Nuijamaalla": Finnish names a village
        or crossing after the town it belongs to, the town in the genitive first.

        The place when it is known within :data:`OWNED_KM` of the town; an unknown
        named place (capitalised) lies somewhere in the municipality, so the district
        the town seats or else the region holding it answers; a common noun after the
        town ("alueella") is around the town.  All coarsened; None when the first word
        is no town's genitive.
        """
        words = text.split()
        if len(words) != 2 or not normalise(words[0]).endswith("n"):
            return None
        town = self.name(words[0], scope, _SETTLEMENT_KINDS, ("fi",))
        if town.status != "resolved" or town.lat is None or town.lon is None:
            return None
        self.log(f"{words[1]!r} of the town {town.name}")
        place = self.name(words[1], scope, kinds, ("fi",))
        if (
            place.status == "resolved"
            and place.lat is not None
            and place.lon is not None
            and km_between(town.lat, town.lon, place.lat, place.lon) <= OWNED_KM
        ):
            return replace(place, note=f"{words[1]!r} of {town.name}")
        why = f"{words[1]!r} of {town.name} is not in the gazetteer"
        if BORDER_POST_WORD.match(words[1]):
            # "Ilomantsin rajavartioaseman": the town's frontier guards' station.
            off = self.post_off_its_town(town, why)
            if off is not None:
                return off
        if words[1][:1].isupper():
            # "Suomussalmen Hietajärvellä": a named place of the municipality the
            # genitive names, which may lie far from its seat (Hietajärvi, 40 km from
            # Suomussalmi): the unit holding it answers, not "near" the seat.  A common
            # noun ("Parikkalan alueella", in Parikkala's area) stays around the town.
            unit = self.unit_around_town(town, why)
            if unit is not None:
                return unit
        return self.around_town(town, why)

    def town_of_a_finnish_region(self, text: str, scope: Scope) -> PlaceResult | None:
        """ "Parikkalassa Etelä-Karjalassa", "Etelä-Karjalan Parikkalassa",
        "Tohmajärven Värtsilässä Pohjois-Karjalassa": a Finnish address, a municipality
        with its region.

        Finnish names the region after the municipality, both in a locative case, or
        before it in the genitive.  The first other word names the municipality (a
        village after it is the municipality's own, "Tohmajärven Värtsilässä"), so the
        unit whose seat that town is is answered, coarsened, else the region: the town
        alone would be finer than the address.  None unless the region is an admin-1
        unit holding the town.
        """
        words = text.split()
        if not 2 <= len(words) <= 3:
            return None
        for region_word, rest in ((words[-1], words[:-1]), (words[0], words[1:])):
            region = self.name(region_word, scope, ("region",), ("fi",))
            if region.status != "resolved" or region.precision != "region":
                continue
            town = self.name(rest[0], scope, _SETTLEMENT_KINDS, ("fi",))
            if (
                town.status != "resolved"
                or town.lat is None
                or town.lon is None
                or not region.admin1_code
                or town.admin1_code != region.admin1_code
            ):
                continue
            self.log(f"{rest[0]!r} a municipality of the region {region.name}")
            seated = districts_seated_at(town.country or "", town.lat, town.lon)
            unit = self.district_circle(seated, "district")
            if unit is not None:
                note = f"{town.name} in {region.name}: the unit whose seat it is, {unit.name}"
                answer = unit
            else:
                # A point near the town is finer than the municipality the address
                # names; with no outline or circle of the municipality, its region.
                note = f"{town.name} in {region.name}: no municipality of that seat in the data"
                answer = region
            self.log(f"coarsened: {note}")
            return replace(answer, query=self.query, coarsened=True, note=note, candidates=())
        return None


#: A crossing word (:data:`CROSSING_WORD`), or the East Slavic "crossing" and "passage"
#: words it lacks ("перехід", "пропуск").
_CROSSING_OR_PASSAGE = re.compile(
    rf"{CROSSING_WORD.pattern}|\b(?:перех[оі]д\w*|пропуск\w*)", re.IGNORECASE
)

#: Names of a country's places by a key function (one gazetteer): see
#: :meth:`PlaceResolver.forms_keyed`.
_FORMS_KEYED: dict[
    tuple[Callable[[str], str | None], str, tuple[str, ...]], dict[str, list[int]]
] = {}
#: Letters a region's name must have to be read as spelled otherwise: a shorter one is
#: a letter from too many other words.
_MISSPELT_REGION_LETTERS = 7
#: A capitalised word of Latin letters (the names a misspelt region is looked for among).
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[a-zà-ÿ'’]+)*\b")
#: A lookup key of Latin letters and spaces only.
_LATIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")


#: "Kaabong West", "Turkana North": a unit's name, then an English compass word, naming a
#: part of it (Uganda's and Kenya's constituencies and sub-counties).
_COMPASS_AFTER_A_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:North|South|East|West|Central|North-?East|North-?West|South-?East|South-?West)$"
)


#: The Malay and Indonesian words for a river mouth ("kuala", "muara") before a name.
_RIVER_MOUTH_BEFORE_A_NAME = re.compile(r"^(?:Kuala|Muara)\s+(?=[A-Z])")


def _read_alike_form(form: str) -> str | None:
    """The :func:`_transliteration_key` of a name in Latin letters, else None."""
    return _transliteration_key(form) if _LATIN_KEY.fullmatch(form) else None


@cache
def _unit_words_at_the_end() -> re.Pattern[str]:
    # District words and "locality", Sudan's unit below the state (its English name):
    # after a town's name they name the unit around it.
    words = sorted({*load_place_words().district, "locality"}, key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\S\s+(?:{alternation})$", re.IGNORECASE)


def _unit_word_ends(text: str) -> bool:
    """Whether ``text`` ends with a unit word after a name ("East El Galabat locality")."""
    return bool(_unit_words_at_the_end().search(text.strip()))


#: Countries whose names come from Hindi, Urdu, Punjabi, Nepali or Bengali, where an
#: unwritten vowel before "r" is spelt "a" or "e" ("Sundarbani", "Sunderbani").
_SCHWA_COUNTRIES = frozenset({"IN", "PK", "NP", "BD"})


#: "er" inside a word, which :func:`_schwa_key` reads "ar".
_ER_INSIDE_A_WORD = re.compile(r"(?<=\w)er(?=\w)")


def _schwa_key(key: str) -> str:
    """``key`` with "er" read "ar" inside a word ("sunderbani" and "sundarbani" give
    "sundarbani"), after :func:`_transliteration_key`."""
    return _ER_INSIDE_A_WORD.sub("ar", _transliteration_key(key))


def _schwa_form(form: str) -> str | None:
    """The :func:`_schwa_key` of a name in Latin letters, else None."""
    return _schwa_key(form) if _LATIN_KEY.fullmatch(form) else None


def _latin_form(form: str) -> str | None:
    """A name in Latin letters as it is, else None."""
    return form if _LATIN_KEY.fullmatch(form) else None


def _romanised_form(form: str) -> str | None:
    """The :func:`~bordermap.geo.places.arabic_romanisation.romanisation_key` of a name
    in Latin letters, else None."""
    return romanisation_key(form) if _LATIN_KEY.fullmatch(form) else None


def _vowel_length_form(form: str) -> str | None:
    """The :func:`~bordermap.geo.places.devanagari_vowels.vowel_length_key` of a name in
    Devanagari, else None."""
    return vowel_length_key(form) if in_devanagari(form) else None


def _state_form(form: str) -> str | None:
    """The :func:`~bordermap.geo.places.devanagari_states.state_key` of a name in
    Devanagari, else None."""
    return state_key(form) if in_devanagari(form) else None


def _transliteration_key(key: str) -> str:
    """A Latin key as transliterations of one name agree on: German "sch" read "sh",
    each run of "i", "y" one "i", a final "h" after a vowel left out ("kiriat schmona"
    and "kiryat shmona" give "kiriat shmona"; "nabatiyeh" and "nabatieh", "nabatie")."""
    key = _loose_vowels(key.replace("sch", "sh"))
    return _FINAL_H_AFTER_A_VOWEL.sub("", key)


#: A final "h" after a vowel, left out by :func:`_transliteration_key`.
_FINAL_H_AFTER_A_VOWEL = re.compile(r"(?<=[aeiou])h\b")
#: A run of "i" and "y", one "i" in :func:`_loose_vowels`.
_I_OR_Y_RUN = re.compile(r"[iy]+")


def _loose_letters(key: str) -> str:
    """:func:`_loose_vowels` of ``key`` with "g" read as "h": Cyrillic "г" is "h" in
    Ukrainian and Belarusian names, "g" in Russian ones."""
    return _loose_vowels(key.replace("g", "h"))


def _greek_sounds(key: str) -> str:
    """``key`` with each run of "e", "i" and "y" as one "i" and "ph" as "f": Greek "η",
    "ι", "υ", "ει", "οι" all sound "i" and are transliterated "e", "i" or "y" ("Mytilene",
    "Mytilini")."""
    return re.sub(r"[eiy]+", "i", key.replace("ph", "f"))


def _loose_vowels(key: str) -> str:
    """``key`` with each run of "i" and "y" as one "i": "и", "і", "й" and "ий" are
    transliterated "y", "i", "yi", "iy" as the writer pleases."""
    return _I_OR_Y_RUN.sub("i", key)


def _words_of_key(name: str, key: str) -> str:
    """The leading or trailing words of ``name`` whose lookup key is ``key``
    ("Karakiyanskiy" of "Karakiyanskiy Rayon" for "karakiyanskiy"; "Phop Phra" of
    "Amphoe Phop Phra", its unit word first, for "phop phra"); ``name`` itself when none
    are."""
    words = name.split()
    for count in range(len(words), 0, -1):
        if normalise(" ".join(words[:count])) == key:
            return " ".join(words[:count])
        if normalise(" ".join(words[-count:])) == key:
            return " ".join(words[-count:])
    return name


def _region_skeleton(form: str) -> str | None:
    """The consonant classes of a region's name in Latin letters, else None."""
    letters = unicodedata.normalize("NFKD", form)
    if not all(c.isascii() or unicodedata.combining(c) for c in letters):
        return None
    return latin_sounds(form) or None
