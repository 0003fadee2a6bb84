"""Place expressions: what shape of place a report's words describe.

Reports rarely name a point.  They say "the Latvia–Belarus border", "Vitebsk region",
"the border village of X, a few kilometres from Y", "Poland's airspace", "в Витебской
области", "Krāslavas novadā".  :func:`parse_place` recognises these forms from the
words alone (and the word tables of ``data/gazetteer/place_words.toml``) and returns a
:class:`PlaceExpression` naming what to look up; the gazetteer then decides whether
the names exist (see :mod:`bordermap.geo.places.geocoder`).  No place name is read here, so
the grammar can be tested on its own.

Recognised forms (case-insensitive, any dash, optional "the", and leading
prepositions of English, Russian, Ukrainian, Belarusian, Polish, Lithuanian and
Latvian, which also tell which case endings the name may carry):

``border``
    "X–Y border", "X/Y border", "Latvian-Belarusian border", "Indo-Pak border",
    "латвийско-белорусская граница", "на белорусско-латвийской границе",
    "granica polsko-białoruska", "the border between X and Y", "X's border with Y",
    "border with Y", "Finland's eastern border" (``suffix`` the direction), "the
    border" / "the frontier" alone (the sides come from the event's country), and
    "the 1,300 km-long border" (``distance_km`` the length, which can pick the border).
``side``
    "the Latvian side of the Latvia–Belarus border", "Latvia's side of the border
    with Belarus", "the Finnish side of the frontier", "the Cambodian side".
``within``
    "eastern Latvia", "somewhere in Latvia", "Latvian territory", "Poland's airspace":
    a part of X we cannot draw, so X itself.
``region`` / ``district``
    "X province / region / oblast / voblast / state / governorate / county ..."
    (``region``), "X district / raion / powiat / rajons ..." (``district``), in the
    six languages and their cases ("Витебской области", "Vilniaus rajone"), and
    "oblast X" / "województwo X" / "w województwie podlaskim".
``settlement``
    "the town of X", "the border village of X", "X village", "деревня X", "wieś X",
    "X, a northern town", "a Tajik exclave, X": ``inner`` is X, which must be a
    settlement; ``other`` holds the descriptor's words ("northern Israeli"), which may
    name the country.  "the X crossing", "X checkpoint", "Grenzübergang X" are this
    form with ``suffix == "crossing"``.
``near``
    "near X", "outside X", "close to X", "X area", "west of X", "20 km east of X",
    "каля X", "koło X", "pie X", "netoli X".
``restricted``
    "X, Country", "X, Y province", "X in Y Oblast", "X (Y)", "Y's X", "X, on the
    border with Y", "Edirne on the Turkish-Greek border", "X, the capital of Y":
    ``inner`` (X) looked up only inside ``outer`` (Y); ``suffix`` says how Y is
    attached ("in", ",", "'s", or "appos" for a description Y need not hold).
``name``
    anything else: a country, a named line or border river, a settlement or a region.

``languages`` lists the languages whose case endings the names may carry (from the
script, the letters and the prepositions); the resolver tries nominative forms only
for those.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from bordermap.geo.pattern_store import compile_table_pattern
from bordermap.geo.places.cjk_words import NEIGHBOUR_NAMES, han_number
from bordermap.geo.places.german_roads import (
    place_beside_a_road,
    town_a_junction_is_named_after,
)
from bordermap.geo.places.inflection import languages_of
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.text_runs import CROSSING_NOUN, PROPERTY_WORDS, is_generic
from bordermap.geo.places.turkish_clauses import (
    place_after_between_clause,
    place_after_motion_clause,
)
from bordermap.geo.places.words import (
    PlaceWords,
    load_border_features,
    load_country_words,
    load_place_words,
)

__all__ = [
    "ARABIC_PREPOSITION_BEFORE_COMPASS",
    "COMPASS_BEARINGS",
    "EXPRESSION_KINDS",
    "PlaceExpression",
    "direction_bearing",
    "head_and_tails",
    "parse_place",
    "points_a_way",
    "unit_word_kind",
    "without_descriptors",
]

#: What :func:`parse_place` can recognise.
EXPRESSION_KINDS: tuple[str, ...] = (
    "border",
    "side",
    "within",
    "region",
    "district",
    "settlement",
    "near",
    "restricted",
    "name",
)

#: Compass words of "Finland's eastern border", with their bearings in degrees.
COMPASS_BEARINGS: dict[str, float] = {
    "northern": 0.0,
    "north": 0.0,
    "north-eastern": 45.0,
    "northeastern": 45.0,
    "north-east": 45.0,
    "eastern": 90.0,
    "east": 90.0,
    "south-eastern": 135.0,
    "southeastern": 135.0,
    "south-east": 135.0,
    "southern": 180.0,
    "south": 180.0,
    "south-western": 225.0,
    "southwestern": 225.0,
    "south-west": 225.0,
    "western": 270.0,
    "west": 270.0,
    "north-western": 315.0,
    "northwestern": 315.0,
    "north-west": 315.0,
}

_NEAR_BEFORE = (
    # "la zone de Zalambessa", "la zona di X", "les environs de X".
    "la zone de",
    "zone de",
    "la zona de",
    "zona de",
    "la zona di",
    "zona di",
    "a zona de",
    "les environs de",
    # Italian "(in) the surroundings of".
    "nei dintorni di",
    "dintorni di",
    "l'entrée de",
    "l’entrée de",
    "la entrada de",
    "la entrada del",
    # English "the entrance to X" (the French and Spanish forms above).
    "the entrance to",
    "the entrance of",
    "entrance to",
    "in the vicinity of",
    "on the outskirts of",
    "the outskirts of",
    "outskirts of",
    "on the outskirt of",
    "the outskirt of",
    "outskirt of",
    "in the area of",
    "the area of",
    "a few kilometres from",
    "a few kilometers from",
    "a few km from",
    "close to",
    "adjacent to",
    "next to",
    "not far from",
    "just outside",
    # "juste avant le poste de douane": just before or after a place on the road, by it.
    "juste avant",
    "juste après",
    "peu avant",
    "peu après",
    "just before",
    "just after",
    "nearby",
    "near",
    "outside",
    "around",
    # Swedish, Danish and Norwegian "(just) outside", "near", "in the vicinity of".
    "strax utanför",
    "utanför",
    "i närheten av",
    "nära",
    "lige uden for",
    "uden for",
    "udenfor",
    "i nærheden af",
    "utenfor",
    "i nærheten av",
    "недалеко от",
    "в районе",
    # Portuguese and Spanish "the area of", "the exit of", "the surroundings of".
    "a área de",
    "área de",
    "el área de",
    "a região de",
    "a saída de",
    "saída de",
    "la salida de",
    "los alrededores de",
    "os arredores de",
    "arredores de",
    # Arabic "near (to) X": "بالقرب من الحدود السورية", "القريبة من".
    "بالقرب من",
    "على مقربة من",
    "القريب من",
    "القريبة من",
    "قرب",
    # At sea off a land place: "off the coast of X", "au large de X", "perairan X"
    # (Indonesian "the waters of"), "у берегов X", "ngoài khơi X", "قبالة X".  The
    # event is near X at best, drawn as near a town is (sea lines are not shipped).
    "in the waters off the coast of",
    "in the waters off",
    "the waters off",
    "waters off",
    "off the coasts of",
    "off the coast of",
    "off the shores of",
    "off the shore of",
    "off",
    "au large des",
    "au large du",
    "au large de",
    "au large d'",
    "au large d’",
    "frente a las costas de",
    "frente a las costas del",
    "frente a la costa de",
    "frente a la costa del",
    "di perairan",
    "perairan",
    "у берегов",
    "у побережья",
    "ngoài khơi",
    "قبالة سواحل",
    "قبالة ساحل",
    "قبالة",
)
# "downtown X" is the centre of a town, only before a name ("the downtown port of
# entry" names no town: "port of entry" is also a Virginian town's alternate name).
_COMPASS = (
    r"(?:north|south)?(?:[\s-]?(?:east|west))?(?:ern)?|central|downtown(?=\s+(?-i:[A-Z]))|"
    r"centre of|center of"
)
_COMPASS_WORD = "|".join(sorted((re.escape(w) for w in COMPASS_BEARINGS), key=len, reverse=True))
# "the central part of the DMZ", and its section, stretch or segment.
_WITHIN_COMPASS = re.compile(
    rf"^(?:the\s+)?(?:{_COMPASS})\s+(?:(?:part|section|stretch|segment)\s+of\s+)?(?:the\s+)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# "territory" in the six languages and their cases ("на территорию Белоруссии",
# "į Lietuvos teritoriją", "w głąb Białorusi"), and in Portuguese, Romanian, the South
# Slavic languages, Czech, German, Turkish, Greek and Arabic ("em território
# francês", "на македонска територия", "Suriye topraklarında", "الأراضي السورية").
_TERRITORY = (
    r"(?:территори[яиюей]|територі[яїюєй]|тэрыторы[яіюей]|terytori(?:um|i|ach)|teren(?:ie|u)|"
    r"teritorij(?:a|ą|oje|os|ā|u|as|i)|territoire|territorio|território|teritoriul|"
    r"територи(?:я|ята|ја|јата|ji|и)|území|(?:staats|hoheits)?gebiet|"
    r"topraklar(?:ı|ında|ına|ından)|εδάφους|έδαφος|εδάφη|الأراضي|أراضي|"
    # Arabic "the (territorial, economic) waters" of a state: its sea, held as its
    # territory is ("المياه الإقليمية القطرية", "المياه الاقتصادية لدولة قطر").
    r"(?:ب|في\s+)?المياه(?:\s+(?:الإقليمية|الاقليمية|الاقتصادية))?|"
    # Spanish and Portuguese "aguas nicaragüenses", "águas territoriais brasileiras" (in
    # lower case: "Aguas Blancas" is a town).
    r"(?-i:aguas|águas)(?:\s+(?:territoriales|jurisdiccionales|territoriais|jurisdicionais))?|"
    # French "les eaux mauritaniennes": the adjective alone after it ("les eaux
    # territoriales françaises à dix milles de la frontière brésilienne" is read by its
    # border, French Guiana's).
    r"(?-i:eaux)(?=\s+\S+$))"
)
# "на півночі Волинської області", "el norte de Colombia", "le nord du Mali": a part of X.
_WITHIN_COMPASS_FOREIGN = re.compile(
    r"^(?:(?:el|le|la|il|o|no|na)\s+|l['’]\s*)?(?:півночі|півдні|сході|заході|центрі|севере|юге|"
    r"востоке|западе|центре|поўначы|поўдні|усходзе|захадзе|północy|południu|wschodzie|"
    r"zachodzie|norte|sur|nord|sud|ouest|oeste|ovest|est|este|"
    # Romance "centre" only before "of" ("el centro de Colombia", "le centre du Mali"):
    # without it the word begins a name ("el Centro Binacional de Atención en Frontera
    # (CEBAF) de Tumbes", a border post, is no part of Tumbes).
    r"(?:centro|centre)(?=\s+(?:de|del|della|di|do|da|dos|das|du|des|d['’]))|"
    # Portuguese "sul", "leste" only before "of" (Italian "sul" is "on the").
    r"(?:sul|leste)(?=\s+(?:de|da|do|dos|das)\s)|"
    # Russian and Ukrainian "in the eastern part of X", X in the genitive after it ("в
    # восточной части Финского залива", "у східній частині Харківщини").
    r"(?:(?:северо|юго|північно|південно)-?)?(?:северн|южн|восточн|западн|центральн|"
    r"північн|південн|східн|західн)(?:ой|ую|ая|ій|у|а)\s+(?:част(?:и|ь|ью)|частин(?:і|у|а))|"
    # Arabic "south of X" before a country ("جنوب لبنان", "في شمال سوريا"), after "in",
    # "on" or "to" ("على شمال إسرائيل": on northern Israel).
    r"(?:(?:في|فى|على|إلى|الى)\s+)?(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)|"
    # Hebrew, with "in" or "to" joined ("בדרום לבנון", in south Lebanon; "לצפון").
    r"[בל]?(?:צפון|דרום|מזרח|מערב)|"
    # Greek adjectives before the name ("στη βορειοανατολική Λέσβο", in north-eastern
    # Lesbos); not the adverbs before an article ("βόρεια της Πάφου", north of Paphos).
    r"(?:βορειο|νοτιο)?(?:ανατολικ|δυτικ)(?:ή|ής|ό|ού|ός|ά|ές|ών)|"
    r"(?:βόρει|νότι)(?:α|ο|ας|ου|ος|ες|ων)|κεντρικ(?:ή|ής|ό|ού|ός|ά))"
    r"(?!\s+(?:της|του|των|τις|τους|από)\s)\s+"
    r"(?:(?:de\s+la|de\s+l['’]|del|du|des|de|di|della|do|da)\s*)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: The Arabic preposition before such a compass word ("في شمال سيناء": in North Sinai).
ARABIC_PREPOSITION_BEFORE_COMPASS = re.compile(r"^(?:في|فى|على|إلى|الى)\s+(?=\S+\s+\S)")
#: A state's sea zones, held as its territory is: "the Exclusive Economic Zone (EEZ)
#: and continental shelf of Guyana", "the territorial waters of X".
_SEA_ZONE = (
    r"(?:exclusive\s+economic\s+zone(?:\s*\(EEZ\))?|EEZ|territorial\s+(?:waters|sea)|"
    r"continental\s+shelf)"
)
_SEA_ZONE_OF = rf"(?:the\s+)?{_SEA_ZONE}(?:\s+and\s+(?:the\s+|its\s+)?{_SEA_ZONE})?\s+of"
_WITHIN_BEFORE = re.compile(
    r"^(?:somewhere\s+in|inside|within|deep\s+inside|deep\s+into|głąb|"
    # The Romance articles before the territory word: "les eaux mauritaniennes".
    rf"(?:the\s+)?territory\s+of|{_SEA_ZONE_OF}|(?:(?:les|las|los|as|os)\s+)?{_TERRITORY})"
    # Arabic "ل" (of) joined to "دولة" (the state of): "المياه الاقتصادية لدولة قطر".
    r"\s+(?:the\s+|ل(?=دولة\s))?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
#: A Romance compass noun in lower case, then "of": "no sul da", "en el norte de".
_ROMANCE_COMPASS_OF = re.compile(
    r"^(?:(?:no|na|en\s+el|en\s+la|el|la|le|o|il|dans\s+le)\s+)?"
    r"(?:norte|nord|sul|sur|sud|este|est|leste|oeste|ouest|ovest)\s+"
    r"(?:de\s+la|del|du|des|de|di|della|do|da|dos|das)\s"
)
#: Spanish, Portuguese, French and Italian waters before what they are of.
_ROMANCE_WATERS = re.compile(r"^(?:(?:las|as|les|le)\s+)?(?-i:aguas|águas|eaux|acque)\s")
#: The Romance "of" and a lower-case article (a capitalised one is the name's own: "de
#: La Guajira").
_ROMANCE_OF_THE = re.compile(
    r"^(?-i:(?:de|del|da|do|das|dos|di|du|des|della|delle|dei)\s+"
    r"(?:(?:la|las|los|el|le|les|lo|a|o|as|os)\s+)?|d['’]\s*|de\s+l['’]\s*)"
)
_WITHIN_AFTER = re.compile(
    # Lithuanian "X savivaldybės ribose": within the bounds of X's municipality.
    # Urdu "سمندری علاقوں" / "سمندری حدود" (sea areas, sea limits) after the adjective
    # of the state ("پاکستانی سمندری علاقوں": Pakistani waters).
    r"^(?P<rest>.+?)\s+(?:territory|soil|airspace|air\s+space|(?:territorial\s+)?waters|ribose|"
    r"سمندری\s+(?:علاقوں|علاقے|علاقہ|حدود)(?:\s+(?:میں|سے|کے))?|"
    rf"{_TERRITORY})$",
    re.IGNORECASE,
)
_NEAR_AFTER = (
    # Finnish "in the X area", "off X", "near X" after X's genitive ("Vaalimaan
    # alueella", "Porvoon edustalla").
    "alueella",
    "alueelta",
    "edustalla",
    # Turkish "off X" ("Karaburun açıklarında"), with its cases.
    "açıklarında",
    "açıklarına",
    "açıklarından",
    "açığında",
    "lähellä",
    "läheisyydessä",
    "tuntumassa",
    # Finnish "on the south (north, east, west...) side of X" after X's genitive
    # ("Ahvenanmaan eteläpuolella", south of Åland), as "south of X" is read.
    "pohjoispuolella",
    "eteläpuolella",
    "itäpuolella",
    "länsipuolella",
    "koillispuolella",
    "kaakkoispuolella",
    "lounaispuolella",
    "luoteispuolella",
    # A camp at a town is near it ("the Idomeni transit camp", "the Gevgelija camp");
    # not stations or airports, often named after another place ("Victoria station").
    "transit camp",
    "refugee camp",
    "migrant camp",
    "reception centre",
    "reception center",
    "camp",
    "camps",
    # Hungarian postpositions: "in the area of", "near", "around", "in front of".
    "térségében",
    "térségébe",
    "környékén",
    "közelében",
    "előtt",
    # The Hungarian "transit zones" by the Serbian line are camps at a town ("a tompai
    # tranzitzóna").
    "tranzitzóna",
    "tranzitzónában",
    "apylinkėse",
    "apylinkėmis",
    "apylinkės",
    # Estonian "near", "in the area of" after the genitive ("Värska lähistel",
    # "Mikitamäe kandis"); "lähedal" is left to the address chains
    # (bordermap.geo.places.estonian_address).
    "lähistel",
    "ligidal",
    "kandis",
    # "Teknaf and neighbouring areas": X and the land around it (before "surroundings"
    # and "area", which end some of them).
    "and neighbouring areas",
    "and neighboring areas",
    "and surrounding areas",
    "and adjoining areas",
    "and adjacent areas",
    "and nearby areas",
    "and its surroundings",
    "and surrounding villages",
    "and neighbouring villages",
    "and neighboring villages",
    "and nearby villages",
    "area",
    "desert",
    "countryside",
    "vicinity",
    "outskirts",
    "surroundings",
    "environs",
    # Amharic "(in) the area called X" after X ("መተማ-ዮሐንስ በተባለዉ አካባቢ"), and "area"
    # alone ("X አካባቢ").
    "በተባለው አካባቢ",
    "በተባለዉ አካባቢ",
    "አካባቢ",
    "surrounding area",
    "beach",
    "coast",
    "shore",
    "suburbs",
    "signpost",
)
# "X crossing", "X checkpoint", "the X border crossing point": a crossing named after X.
_CROSSING_AFTER = re.compile(
    r"^(?P<rest>.+?)\s+(?:(?:border|frontier|commercial|motorway|road|rail|railway|"
    r"one[\s-]stop)\s+)*"
    r"(?:crossing(?:\s+point)?|checkpoint|check\s+point|crossing\s+station|"
    r"border\s+(?:station|point|gate|terminal)|port\s+of\s+entry|border\s+posts?|bridge|"
    # Nepal's "the Tatopani transit point": the crossing, by its Nepali town.
    r"transit\s+point|"
    # "Gatuna Border Route": the road through the crossing, named after its town.
    r"border\s+route|"
    # "the Colchane Border Complex": Chile's and Argentina's "complejo fronterizo".
    r"border\s+complex|"
    r"grensestasjon|grenseovergang|пункт\w*\s+пропуска|przejści\w*(?:\s+graniczn\w*)?|"
    # Kazakh "өткізу пункті/бекеті" (crossing point, post), Kyrgyz "өткөрмө/өткөрүү
    # бекети", "өткөрүү түйүнү" (crossing node, the Kyrgyz border service's word) and
    # Uzbek "назорат-ўтказиш пункти" (control and crossing point), in their cases
    # ("«Сырым» өткізу пунктінен", from the Syrym checkpoint; "өткөрүү түйүнүндө").
    r"өткізу\s+(?:пункт|бекет)\w*|өткөр(?:мө|үү)\s+(?:пункт|бекет|түйүн)\w*|"
    r"назорат[\s-]+ўтказиш\s+(?:пункт|масканн?)\w*|"
    # Uzbek "ўтиш жойи/пункти" (crossing place, point), Cyrillic and Latin, in their
    # cases ("“Жибек жоли” ўтиш жойида", at the Zhibek Zholy crossing).
    r"ўтиш\s+(?:жой|пункт)\w*|o[ʻ‘’'`]?tish\s+(?:joy|punkt)\w*|"
    # Russian "погранпункт", "КПП" after a town's adjective ("нарвский погранпункт").
    r"погранпункт\w*|кпп|"
    r"pereėj\w*|punkts|(?:kontrolės\s+)?punkt\w*|rajanylityspaik\w*|"
    r"rajatarkastusasem\w*|raja-asem\w*|piiripunkt\w*|(?:sınır|gümrük)\s+kapı\w*|"
    # Turkish "Akçakale Gümrük Sahası’na" (to the customs area of Akçakale).
    r"gümrük\s+saha\w*|"
    # Turkmen "gümrük nokady" (customs point) and "serhet geçelgesi" (border crossing), in
    # their cases ("\"Artyk\" gümrük nokadynyň", of the Artyk customs point).
    r"gümrük\s+nokad\w*|(?:serhet\s+)?geçelge\w*|"
    # Turkmen "serhet nokady" (border point): "Sarahs serhet nokady".
    r"serhet\s+nokad\w*|"
    # Uzbek "ko‘prik" (bridge), in its cases: "“Hayraton” ko‘prigidan" (from the
    # Hayraton bridge); the Cyrillic "кўприк" too.
    r"ko[ʻ‘’'`]?pri(?:k|g)\w*|кўпри(?:к|г)\w*|"
    # Turkmen "barlag-goýberiş nokady" (control and crossing point) and Azerbaijani
    # "(sərhəd-)keçid məntəqəsi" (border crossing point), "Gömrük Qapısı" (customs gate,
    # Turkish "Gümrük Kapısı"), in their cases ("keçid məntəqəsində", at the crossing);
    # "sərhəd-buraxılış məntəqəsi" (border pass-through point) is the same post.
    r"barlag[\s-]+goýberiş\s+nokad\w*|"
    r"(?:(?:sərhəd|gömrük)[\s-]+)?(?:keçid|buraxılış)\s+məntəqə\w*|(?:sərhəd|gömrük)\s+qapı\w*|"
    # Hungarian "határátkelőhelyen" (at the border crossing), Czech "hraniční přechod".
    # "a röszkei autópálya-határátkelőnél" (at the motorway crossing of Röszke), "a
    # röszkei kishatárátkelő" (its small crossing, for local border traffic).
    # "a hegyeshalom-nickelsdorfi határátkelési pontnál" (at the crossing point): the
    # adjective of "átkelés" (crossing) before "pont" (point), in its cases.
    r"(?:(?:közúti|autópálya)[\s-]+)?(?:kis)?(?:határ)?átkelő\w*|(?:határ)?átkelési\s+pont\w*|határállomás\w*|hraničn\w+\s+přechod\w*|"
    # Malaysia's "Immigration, Customs, Quarantine and Security" complex at a crossing.
    r"icqs(?:\s+complex)?|"
    # Hindi "रक्सौल बॉर्डर": the crossing at Raxaul; also written "बार्डर" ("सोनाली
    # बार्डर") and "बोर्डर".
    r"बॉर्डर|बार्डर|बोर्डर|"
    # Armenian "(customs) checkpoint" in its cases: "Նորդուզի անցակետից" (from the
    # Norduz checkpoint, the name in the genitive), "«Ագարակ» մաքսային անցակետն"; also
    # the "border" checkpoint ("ռուս-վրացական սահմանային անցակետում", at the Russian-
    # Georgian border checkpoint), as English "border crossing".
    r"(?:(?:մաքսային|սահմանային)\s+)?անցակետ\w*)$",
    re.IGNORECASE,
)
# Chinese "二连浩特口岸" (the port of entry of Erenhot), "满洲里公路口岸" (its road port):
# the crossing word joins the town's name with no space, as the "市" (city) of a town
# does; a province or autonomous region named before the town ("内蒙古自治区…",
# "云南省…") is the address's first part, not the crossing's name, and so is the
# country the port belongs to ("中国磨憨…", "巴基斯坦苏斯特口岸": Pakistan's Sost).
# The port's border inspection station ("磨憨出入境边防检查站", "瑞丽边检站") stands
# at the crossing and names it as "口岸" does.
_CJK_CROSSING_AFTER = re.compile(
    f"^(?:中国|中國|{'|'.join(NEIGHBOUR_NAMES)})?(?:[\u4e00-\u9fff]{{1,10}}?(?:省|自治区|自治區))?"
    # The province named bare, as reports shorten it ("广西东兴口岸", Guangxi's Dongxing
    # port): the provinces and autonomous regions on China's land borders.
    "(?:云南|雲南|广西|廣西|西藏|新疆|内蒙古|內蒙古|黑龙江|黑龍江|吉林|辽宁|遼寧|甘肃|甘肅)?"
    # "通向姐告大桥的瑞丽口岸": what stands before "的" (of) describes the port.
    "(?:[\u4e00-\u9fff]{1,12}的)?"
    # "黑河至布拉戈维申斯克口岸": the port of the first town, on the way to the second.
    "(?P<rest>[\u4e00-\u9fff]{2,}?)(?:至[\u4e00-\u9fff]{2,}?)?市?(?:公路|铁路|鐵路|陆路|陸路|国际|國際)?"
    "(?:口岸|(?:出入境)?边防检查站|(?:出入境)?邊防檢查站|边检站|邊檢站)"
    # A part of the port named after it: "绥芬河口岸旅检通道" (its passenger inspection
    # channel), "瑞丽口岸联检中心" (its joint inspection centre).
    "(?:(?:旅检|旅檢|货运|貨運)?通道|联检中心|聯檢中心|联检大楼|聯檢大樓|旅检大楼|旅檢大樓)?$"
)
# "the Kerem Shalom crossing between Israel and Gaza", "the Rafah crossing with Gaza":
# what follows a crossing word places the crossing, it does not name it.
_CROSSING_TAIL = re.compile(
    r"^(?P<head>.+?\b(?:crossing|checkpoint|station|post|gate|terminal|grensestasjon|"
    r"grenseovergang|poste\s+fronti\w+\s+(?:\w+\s+)?d[eu]\s+\S+|"
    r"posto\s+\w+(?:\s+\w+)?\s+de\s+\S+(?:\s+[A-Z]\S*)*|"
    r"puesto\s+\w+(?:\s+\w+)?\s+de\s+\S+(?:\s+[A-Z]\S*)*))"
    r",?\s+(?:between|with|near|close\s+to|outside|on|at|in|into|from|linking|connecting|"
    r"entre|com|con|avec|près\s+de|cerca\s+de|perto\s+de)\s+\S.*$",
    re.IGNORECASE,
)
_CROSSING_SPLIT = re.compile(
    r"^(?:the\s+)?(?P<name>[A-ZÀ-Þ][^,]{1,40}),\s*[A-ZÀ-Þ][^,]{1,40},\s*"
    r"(?P<word>(?:border\s+)?(?:crossing(?:\s+point)?|post|checkpoint))$",
    re.IGNORECASE,
)
# "X, (a) <district word> ...": a name, then an apposition saying it is a unit below
# admin-1.
_UNIT_APPOSITION = re.compile(
    r"^(?:(?:en|in|dans|em)\s+)?(?P<name>[A-ZÀ-Þ][^,]{1,40}),\s+(?:un\s+|una\s+|a\s+|an\s+|le\s+)?"
    r"(?P<unit>cantón|municipio|distrito|district|county|municipality|comuna|partido|"
    r"commune|upazila|tehsil)\b"
    # Not "X, District Y" or "X, District - Y": there the word titles the unit that
    # holds X ("village Wan, district Tarn Taran").
    r"(?!\s*[-–:]?\s*(?-i:[A-ZÀ-Þ]))"
    # Nor "X, commune de Y": Y names the unit, which holds X ("Santa Fe, municipio de
    # Ipiales" is a village of Ipiales, not a municipio Santa Fe with Y dropped).
    r"(?!\s+(?:de|del|du|d['’])\s*(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# An article before a unit word ("l'arrondissement", "la commune", "el municipio").
_LEADING_ARTICLE = re.compile(r"^(?:l['’]\s*|la\s+|le\s+|el\s+|the\s+)", re.IGNORECASE)
# "village Wan of district Tarn Taran": a place, then "of" and a unit titled by its word
# before its name, as Indian police and border reports write it; read "X in district Y"
# (:func:`_of_titled_unit`).
_OF_TITLED_UNIT = re.compile(
    r"\s+of\s+(?P<unit>(?:the\s+)?(?:district|tehsil|taluka|upazila|"
    r"sub-division|subdivision|block|police\s+station)\s+(?-i:[A-Z]).*)$",
    re.IGNORECASE,
)
# An unnamed village of a place: "a border village of X", "the frontier villages of X";
# in Spanish, Portuguese and French with the indefinite article or in the plural ("una
# aldea de Melchor de Mencos", "los caseríos de X", "un village de X"): some village of
# the unit X, as in English.
_UNNAMED_VILLAGE_OF = re.compile(
    r"^(?:(?:in|at|from|to|into|en|em|à|dans)\s+)?"
    r"(?:(?P<article>(?:a|an|one|una|un|uno|uma|um|une)\s+)(?:of\s+the\s+)?|"
    r"(?:the|los|las|les|os|as)\s+)?"
    r"(?:(?:small|remote|border|frontier|bordering|nearby|local|several|some)\s+)*"
    r"(?P<word>village|hamlet|villages|hamlets|aldeas?|caser[ií]os?|aldeias?|povoados?|"
    r"hameaux|hameau)\s+(?:of|de|del|d['’]\s*)\s*(?P<rest>[A-Z]\S.*)$",
    re.IGNORECASE,
)


# Hindi "तरनतारन के लखना गांव" (Lakhna village of Tarn Taran), "अमृतसर के अंतर्गत आने
# वाले सीमावर्ती गांव X" (the border village X falling under Amritsar): the genitive "के"
# after the unit, then the village, named before or after its word.  A village of the
# unit, as "a border village of Ferozepur" reads: the unit is what the data can draw.
# The locative "में" reads the same: "अमृतसर में भारोपाल गांव के समीप" (near Bharopal
# village in Amritsar) is a village of the district, never the city itself.
_HINDI_VILLAGE_OF = re.compile(
    r"^(?P<unit>[\u0900-\u097f]+(?:\s+(?:जिले|जिला|ज़िले|ज़िला))?)\s+(?:के|में)\s+"
    r"(?:(?:अंतर्गत\s+आने\s+वाले|सीमांत|सीमावर्ती)\s+)*"
    r"(?:[\u0900-\u097f]+\s+(?:[\u0900-\u097f]+\s+)?)?(?:गांव|गाँव)(?:\s.*)?$"
)

# Urdu "ضلع امرتسر کے گاؤں رتن خورد" (village Ratan Khurd of district Amritsar): the same
# genitive "کے" after the unit, then the word for a village.
_URDU_VILLAGE_OF = re.compile(
    r"^(?P<unit>ضلع\s+[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)?|[\u0600-\u06ff]+(?:\s+ضلع)?)"
    r"\s+(?:کے|کی|کا)\s+(?:سرحدی\s+)?(?:گاؤں|گاوں|موضع)(?:\s.*)?$"
)

# Urdu "کرم کے علاقے میں" (in Kurram's area), "کرم کے سرحدی علاقوں میں" (in Kurram's
# border areas): the genitive "کے" after the name, then "area" in its cases, then
# nothing or "in" and what lies there.  The area of X, as "the X area" reads.  A name
# after "area" itself ("پاکستان کے علاقے باجوڑ", Pakistan's area Bajaur) is that place, so
# that form is left to the other readings.
_URDU_AREA_OF = re.compile(
    r"^(?P<unit>ضلع\s+[\u0600-\u06ff]+|[\u0600-\u06ff]+(?:\s+[\u0600-\u06ff]+)?)"
    r"\s+کے\s+(?:سرحدی\s+)?(?:علاقے|علاقوں|علاقہ)(?:\s+میں(?:\s.*)?)?$"
)

# French "le poste frontalier entre le Québec et les États-Unis à Saint-Bernard-de-Lacolle",
# "à la frontière entre le Nigeria et le Bénin, à Sèmè-Kraké": the two sides named by
# "entre … et …", then "à" and the place itself, which the "et" split would swallow.
_BETWEEN_THEN_AT = re.compile(
    r"^(?P<head>.*?\bentre\s+\S.*?\s+et\s+\S.*?)\s*,?\s+à\s+(?P<place>[A-ZÀ-Þ].*)$"
)

# "en Tacna la frontera con Chile" (in Tacna, the border with Chile): the unit first and
# the border after it is the border in that unit, never the unit's namesake town.
_UNIT_THEN_BORDER = re.compile(
    # The unit's last word is capitalised: "in Chipinge along the border with Y" is no
    # unit "Chipinge along".
    r"^(?P<how>en|em|in)\s+(?P<place>(?:[A-ZÀ-Þ][^,]*?\s)?[A-ZÀ-Þ][^\s,]*),?\s+"
    r"(?P<border>(?:la|a|the)\s+(?:frontera|fronteira|border)\s+(?:con|com|with)\s+\S.*)$"
)


def _of_titled_unit(text: str) -> tuple[str, str] | None:
    """The place and the titled unit of "village Wan of district Tarn Taran", or None.

    The place has a name, a capital letter, before "of" ("the border area of district
    Amritsar" is the district's); the first such "of" counts.  Found by searching for the
    unit's words, then looking back, which keeps the cost linear in the text.
    """
    at = 0
    while (titled := _OF_TITLED_UNIT.search(text, at)) is not None:
        place = text[: titled.start()]
        if re.search("[A-Z]", place):
            return place, titled["unit"]
        at = titled.start() + 1
    return None


# Adjectives the press weighs a crossing with ("the strategic border crossing of Bab
# al-Hawa", "the vital Rafah crossing"): they say how much it matters, never which.
_CROSSING_PRAISE = (
    "strategic|vital|crucial|critical|important|chief|primary|notorious|"
    "famous|lone|last|sensitive|humanitarian|lifeline"
)
# "the border crossing of X", "the border checkpoint of X": a crossing named after "of".
_CROSSING_OF_A_NAME = re.compile(
    r"^(?:the\s+)?(?:[a-z]+\s+)?border\s+(?:crossing(?:\s+point)?|checkpoint|post|gate)\s+"
    r"of\s+(?:the\s+)?[A-ZÀ-Þ]",
)
# The words after a crossing that say what is across or on both sides of it.
_CROSSING_WITH = re.compile(
    r",?\s+(?:with|between|into|con|com|avec|entre|vers|hacia)\s", re.IGNORECASE
)
_CROSSING_BEFORE = re.compile(
    r"^(?:(?:am|beim|zum|vom|im|an\s+der|an\s+den|an\s+dem|über\s+den|über\s+die|"
    r"auf\s+der|auf\s+dem|die|der|den|dem)\s+|at\s+the\s+|the\s+|"
    r"(?:o|a|os|as|el|la|le|l['’])\s*|"
    # French "du poste frontière ivoirien de Noé": the article joined to "de" or "à".
    r"(?:du|au|des|aux)\s+|"
    # Italian "al posto di frontiera", "al valico": "al" is "a il" only before the
    # crossing word (elsewhere it is Arabic "al", the article of a name).
    r"(?:al|dal)\s+(?=(?:posto|valico)\s))?"
    r"(?:(?:Autobahn|Straßen|Bahn)-?)?"
    # "Slovensko-maďarský hraničný priechod": the two countries' adjective first.
    r"(?:[^\W\d_]+-[^\W\d_]+(?:ý|y|i|ki)\s+(?=hraničn))?"
    # Slovak and Czech "former" in its cases ("na bývalom hraničnom priechode X"): a
    # crossing no longer staffed is still the crossing of that name.
    r"(?:(?:býval|niekdajš|někdejš)[^\W\d_]{1,3}\s+(?=hraničn))?"
    r"(?:(?:border|road|rail|railway|pedestrian|administrative|main|key|international|"
    rf"{_CROSSING_PRAISE})\s+){{0,2}}"
    # German "Grenzübergang", its genitive ("des Grenzübergangs Bavra") and the bare
    # "Übergang" ("den Übergang Röszke").
    r"(?:crossing(?:\s+point)?|checkpoint|bridge|(?:grenz)?übergangs?|grenzübergängen?|"
    # German "der Brücke von Frankfurt/Oder": the bridge named after its town.
    r"[^\W\d_]*brücke(?=\s+von\s)|"
    # "an der Grenz-Brücke San Roque González": the border bridge and its name.
    r"grenz-?brücke|"
    r"(?:straßen)?grenzpunkt|"
    # German "am Kontrollpunkt Mamonowo-Grzechotki" (the checkpoint); "Grenzkontrollpunkt"
    # is left to the title words, as before ("Grenzkontrollpunkt Terespol" is the town).
    r"kontrollpunkt(?:e?s)?|"
    # German "beim Autobahnzoll Kreuzlingen-Konstanz", "das Grenzzollamt Nickelsdorf":
    # the customs post of a motorway or of the border names the crossing it stands at.
    # The bare "Zoll" (customs, and the inch) only joined to "Autobahn", and not the
    # bare "Zollamt": customs offices stand inland too ("Zollamt Wien").
    r"(?<=autobahn)zoll|(?<=autobahn-)zoll|grenzzoll(?:amt(?:e?s)?|stelle)?|"
    # Vietnamese "(cặp) cửa khẩu (quốc tế) X" (the (pair of) (international) border
    # gate(s) X): "cặp cửa khẩu Tà Lùng - Thủy Khẩu" names a crossing by its two gates.
    r"(?:cặp\s+)?cửa\s+khẩu(?:\s+quốc\s+tế)?"
    # "Cửa khẩu Quốc tế đường bộ số II Kim Thành": the road gate No. 2 of its town.
    r"(?:\s+đường\s+(?:bộ|sắt))?(?:\s+số\s+(?:\d{1,2}|[IVX]{1,4}))?|"
    r"przejście\s+graniczne|"
    r"(?:el\s+)?puente(?:\s+(?:internacional|binacional|fronterizo))?|"
    # Mexican "la garita (internacional) de San Ysidro", "el puerto de entrada de X":
    # the ports of entry on the United States border.
    r"garita(?:\s+internacional)?|puerto\s+de\s+entrada|"
    # Brazilian "o Porto Seco de Uruguaiana": the customs terminal of a border town.
    r"porto\s+seco|"
    # Central American "la aduana (fronteriza) X": the customs post a crossing is named by.
    r"aduana(?:\s+fronteriza)?|"
    # Russian "пропускной пункт «X»" (the adjective first): "с пропускного пункта «X»".
    r"пропускн\w+\s+пункт\w*|пункт\w*\s+пропуск[ау]|pikëkalim\w*|vendkalim\w*|pik\w*\s+kufitar\w*|"
    r"pik\w*\s+(?:e|së)\s+kalimit(?:\s+kufitar\w*)?|"
    # Albanian "Pika doganore e X" (the customs point of X).
    r"pik\w*\s+doganor\w*(?:\s+(?:e|të|së)(?=\s))?|"
    # "ПП «Вилок»": the Ukrainian "пункт пропуску" abbreviated; "ППП «Лачин»", the
    # "пограничный пропускной пункт" of Azerbaijan's Russian-language press; "МП Лесово",
    # the Bulgarian customs' "митнически пункт"; "ППК «Чоп-Загонь»", Ukrainian
    # "пункт пропуску через кордон".
    r"(?:г)?кпп|п?пп|ппк|[мд]апп|мп|пункт\w*|погранпункт\w*|погранпереход\w*|пагранпераход\w*|"
    # Russian "на переходе Валимаа" (at the crossing Vaalimaa): the bare noun, only
    # before a capitalised or quoted name ("переход границы" is the act of crossing).
    r"(?-i:переход(?:а|е|у|ом)?(?=\s+[«\"“„]?[А-ЯЁA-Z]))|"
    r"пограничн\w*\s+переход\w*|памежн\w*\s+пераход\w*|grensestasjon(?:en)?|"
    # Ukrainian "прикордонний перехід Хабур" (its "і" closes the "о" of "переходу");
    # not "на прикордонному переході з Україною", the crossing "with" a country.
    r"прикордонн\w*\s+перех[іо]д\w*\b(?!\s+(?:з|із|зі|зі\s+сторони)\s)|"
    # Russian rail and road crossings, Bulgarian and Macedonian "граничен премин".
    r"(?:железнодорожн\w*|автомобильн\w*|автодорожн\w*)\s+(?:переход\w*|пункт\w*\s+пропуска)|"
    r"гранич\w*\s+(?:премин\w*|пункт\w*)|"
    # Serbian "гранични прелази" (crossings, plural: never one named crossing).
    r"гранич\w*\s+прелази(?:ма)?|"
    # Mexican and Central American "el puerto fronterizo de X" (the border port).
    r"(?:complejo|paso|puesto|puerta|puerto)\s+fronteriz[oa]|pas\s+fronterer|"
    # Peru's and Ecuador's "Centro Binacional de Atención en Frontera (CEBAF) de X", the
    # joint border post of a crossing, with or without its acronym.
    # "de Atención de Frontera" and "de Atención Fronteriza" are written too.
    r"centro\s+binacional\s+de\s+atenci[oó]n\s+(?:(?:en|de)\s+)?(?:la\s+)?fronter(?:a|iza)"
    r"(?:\s+\(cebaf\))?|cebaf|"
    # "el cruce internacional Santa Elena": "cruce" alone is any road junction; with
    # "internacional" or "fronterizo" it is a border crossing.
    r"cruce\s+(?:internacional|fronterizo)|"
    r"poste[\s-]+(?:fronti[eè]re|frontalier)(?:\s+[a-zéèêàç]+(?=\s+d[eu]\s))?|border\s+(?:station|point|gate)|"
    r"(?:međunarodn\w*\s+)?granič\w*\s+prijelaz\w*|granič\w*\s+prelaz\w*|(?:по)?гранич\w*\s+прелаз\w*|"
    # "GP Karasovići", "ГП Батровци": the South Slavic crossing word abbreviated, as
    # Ukrainian writes "ПП" for its own; "MGP" and "MCGP Bajakovo", the international
    # (road) crossing ("međunarodni (cestovni) granični prijelaz").
    r"(?:mc?)?gp|гп|"
    # Croatian "prolaz(om) X", "prolaskom Bregane" (by the passage of Bregana, the noun
    # "prolazak" in the instrumental): the way through a crossing names it.
    r"prolaz(?:a|u|om|i)?|prolaz?ak|prolas(?:ka|ku|kom)|"
    r"mejn\w*\s+prehod\w*|(?:hraničn\w+\s+)?(?:priechod|přechod)\w*|"
    r"valico(?:\s+di\s+frontiera)?|"
    # Italian "il posto di frontiera di ponte San Luigi", "posto di confine".
    r"posto\s+di\s+(?:frontiera|confine|blocco)|"
    r"postul\s+vamal|punctul\s+de\s+trecere(?:\s+a\s+frontierei)?|vama|"
    # Romanian "PTF Siret" (punct de trecere a frontierei); Indonesian "Pos/Pintu Lintas
    # Batas Negara (PLBN) Terpadu X" (a border post, "integrated"), also without
    # "Batas" or "Negara" and with the short "(PLB)": "Pos Lintas Negara (PLB) X".
    r"(?:pintu\s+sempadan\s+)?(?:kompleks\s+)?icqs|"
    # Malay "Kompleks CIQ X" (customs, immigration and quarantine; :func:`_clean` writes
    # the spelled-out title so).
    r"(?:kompleks\s+)?ciqs?|ptf|p\.t\.f\.|(?:(?:pos|pintu)\s+lintas\s+(?:batas(?:\s+negara)?|negara)\s*"
    r"(?:\(plbn?\)\s*)?|plbn?\s+)"
    r"(?:terpadu)?|"
    r"rajanylityspaik\w*|piiripunkt\w*|"
    # Greek "(Συνοριακό) Σημείο Διέλευσης Κήπων" ((border) crossing point of Kipoi),
    # "Συνοριακός Σταθμός" (border station).
    r"(?:συνοριακ\w*\s+)?σημεί\w*\s+διέλευσης|συνοριακ\w*\s+σταθμ\w*|"
    # "στον Μ.Σ. Κούλατα": μεθοριακός σταθμός (border station) abbreviated.
    r"μεθοριακ\w*\s+σταθμ\w*|μ\.\s?σ\.|"
    # Portuguese, French with an adjective ("le poste frontière arménien de X"),
    # Russian state and customs posts.
    r"posto\s+(?:fronteiriço|de\s+fronteira|de\s+controle)|puesto\s+de\s+control|"
    # French "le poste de contrôle (frontalier) de X", as the Spanish "puesto de control"
    # above.  "Poste de douane" is one only before its two countries' adjective: customs
    # posts stand inland too ("le poste de douane de Gada, situé à 5 km de Malanville").
    r"poste\s+de\s+contr[ôo]le(?:\s+frontali[eè]re?)?|"
    # "le poste de douane franco-andorran": named by the two countries, it is theirs.
    r"poste\s+de\s+douane(?=\s+[^\W\d_]+-[^\W\d_]+$)|"
    r"(?:государственн\w+\s+)?контрольно-пропускн\w+\s+пункт\w*|"
    r"(?:пограничн\w+\s+)?таможенн\w+\s+пост\w*|пограничн\w+\s+пост\w*|"
    # Russian "пограничный пункт X", Ukrainian "прикордонний пункт X", Belarusian
    # "памежны пункт X": a border point named; without this the adjective alone is read
    # as a town (Russia has a Pogranichnyy).
    r"(?:пограничн|прикордонн|памежн)\w+\s+пункт\w*(?:\s+пропуск\w*)?|"
    # Arabic "معبر X" and "منفذ X" (the land port X: "منفذ الخفجي الحدودي"), Persian
    # "گذرگاه مرزی X", "پایانه مرزی X", "مرز X".
    # "المعبر الحدودي X": the same with its article and "border" adjective; not "المعبر
    # الحدودي في الرمثا", the crossing "in" a town, which the town does not name.
    r"(?:معبر|منفذ)(?:\s+حدودي)?|ال(?:معبر|منفذ)(?:\s+الحدودي)?"
    r"(?!(?:\s+الحدودي)?\s+(?:في|قرب|بين|مع|على|عند|من|إلى|الى)\s)|(?:در\s+)?نقطه\s+صفر\s+مرزی|(?:گذرگاه|پایانه|پل)\s+مرزی|مرز|"
    # Hebrew "מעבר X" (the crossing X), "גשר X" (the bridge), "מסוף X" (the terminal),
    # with a joined preposition or article ("במעבר", "המעבר") and "הגבול" (of the border).
    r"[בלמו]?ה?(?:מעבר|גשר|מסוף)(?:\s+הגבול)?)"
    # Bulgarian "ГКПП-Кулата": the abbreviation joined to the name by a hyphen.
    # Czech and Slovak "in" after the crossing word ("hraničný priechod v Komárne").
    r"(?:\s+|(?<=кпп)-)(?:of\s+|at\s+|in\s+|(?<=brücke\s)von\s+|de\s+la\s+|de\s+|d['’]\s*|du\s+|del\s+|të\s+|"
    r"(?<=od|du|de|om|em)(?:v|vo|ve)\s+|"
    # Slovene and Slovak "mejni prehod pri Fernetičih", "priechod pri X" (at X): the
    # preposition is no part of the name; the name after it is in the locative.
    r"(?:(?<=prehod\s)|(?<=prehodu\s)|(?<=prehoda\s)|(?<=priechod\s)|(?<=priechode\s))"
    r"pri\s+|"
    # Indonesian and Malay "Pos Lintas Batas Negara di Entikong", "Kompleks ICQS di
    # Bukit Kayu Hitam": "di" (at) before the crossing's name is no part of it.
    r"(?:(?<=negara\s)|(?<=batas\s)|(?<=terpadu\s)|(?<=ciq\s)|(?<=ciqs\s)|(?<=icqs\s))di\s+)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:their|its|our|his|her|the\s+two\s+countries['’]|an?(?=\s+\d)|"
    # "sa frontière avec le Togo", "su frontera con Perú", "a sua fronteira", "seiner
    # Grenze": a possessive before a border word, never a side's name.
    r"(?:sa|son|ses|leur|leurs|su|sus|sua|seu|suo|seine[mnr]?|ihre[mnr]?)"
    r"(?=\s+(?:frontière|frontières|frontera|fronteras|fronteira|frontiera|confine|grenze|"
    r"límite|limite)\b))\s+",
    re.IGNORECASE,
)
# Side words: English, Russian, Belarusian, Polish, Lithuanian, Latvian; Czech, Slovak
# and Serbo-Croatian "strana" ("na české straně", "sa srpske strane", "na crnogorskoj
# strani"); Bulgarian and Macedonian "страна" ("от българската страна").
_SIDE_WORD = (
    r"(?:side|сторон[аеуы]|страна(?:та)?|страни|бок|бак[у]|stron(?:a|ie|ę|y)|"
    r"pus(?:ė|ėje|ę|e|ē)|stran(?:a|ě|e|i|u|y|ou)|(?:ال)?جانب|(?:ال)?جهة|πλευρ(?:ά|άς)|"
    # Hungarian "a szerb oldalon", Finnish "Venäjän puolella", Estonian "Venemaa poolel".
    r"oldal(?:on|án|ra|ról|áról)?|puole(?:lla|lle|lta)|poole(?:l|lt|le))"
)
# Arabic "(along) the Omani side (of the border)": the side word first, then the
# adjective; what stands around them adds nothing to the side.
_ARABIC_SIDE = re.compile(
    r"^(?:(?:على\s+طول|على|في|من|عند|عبر|إلى)\s+)?(?P<side>(?:ال)?(?:جانب|جهة)\s+\S+)"
    r"(?:\s+(?:من\s+الحدود|للحدود|الحدودي)(?:\s+مع\s+\S+)?)?$"
)
# "from", "on", "along" before a Slavic side ("sa srpske strane", "po polskiej stronie",
# "от българската страна"): the preposition, not part of the side's adjective.
_SIDE_PREPOSITION = re.compile(
    r"^(?:sa|s|se|so|z|ze|zo|od|po|na|с|со|от|по|на|з|із|зі|ад|па|ot|"
    r"(?:από|στην|προς)(?:\s+την)?|την)\s+(?=\S)",
    re.IGNORECASE,
)
_LEADING_EN = re.compile(
    # "in and around X" keeps its "in": a near preposition of its own (place_words.toml).
    r"^(?:(?:on|at|along|across|in(?!\s+and\s+around\s)|to|from|into|onto|over|via|inside)\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_IN_THE_DIRECTION_OF = re.compile(
    r"^(?:(?:in|from)\s+)?the\s+directions?\s+of\s+(?=\S)", re.IGNORECASE
)
# "exchange of fire near Sialkot", "shelling in X": what happened, then where; the
# event's noun is no part of the place.
_EVENT_BEFORE_PLACE = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:cross-border|heavy|intense|sporadic)\s+)?"
    r"(?:exchanges?\s+of\s+fire|firing|shelling|gunfire|gunfight|clash(?:es)?|fighting|"
    r"skirmish(?:es)?)\s+(?=(?:near|in|at|around|along)\s+\S)",
    re.IGNORECASE,
)
_OF_THE_RIVER = re.compile(
    r"^\S.*?\s+(?:of|along|on|across)\s+the\s+(?P<river>(?:river\s+\S+)|"
    r"(?:\S+\s+){1,3}(?:river|lake))$",
    re.IGNORECASE,
)
# "з", "зі", "із", "со", "ze": "with" before a consonant cluster ("на кордоні зі
# Словаччиною" is the border with Slovakia, whose "-ччина" ends as a region's "-щина").
_LEADING_PREPOSITION = re.compile(
    r"^(?:in|on|at|near|along|with|between|to|в|у|ў|на|w|we|z|ze|с|со|з|зі|із|зь|su|ar)\s",
    re.IGNORECASE,
)
# An article or a demonstrative before a border word ("la frontière", "il confine",
# "cette frontière", "esta frontera").
_ARTICLE_BEFORE_BORDER = re.compile(
    r"^(?:la|le|el|die|der|a|il|lo|cette|ce|cet|esta|este|esa|ese|questa|questo|quel|quella|"
    # The indefinite too: "Kouribougoudi, une zone frontalière de la Libye".
    r"this|that|las|los|les|as|le|une|un|una|uma|um)\s+(?=(?:frontière|frontera|fronteira|grenze|confine|"
    r"frontiera|línea\s+divisoria|valla|alambrada|verja|"
    # "la franja limítrofe", "la zona fronteriza", "las áreas fronterizas": a border strip
    # or zone, or several.
    r"(?:franja|zona|eje|bordo|área|faixa|zone)s?\s+(?:fronteiriç|fronteriz|limítrof|"
    r"frontali|de\s+fronteira|di\s+confine))\w*\b)",
    re.IGNORECASE,
)
# Compass words of other languages beside a border word, and the English word they
# stand for: adjectives before it ("на южной границе", "itärajalla" in one word),
# Romance words after it ("la frontera norte", "la frontière est").
_COMPASS_STEMS = {
    "southern": r"южн\w*|південн\w*|паўднёв\w*|południow\w*|pietin\w*|dienvid\w*|"
    r"méridional\w*|meridional\w*|südlich\w*|déli|jižn\w*|južn\w*",
    "northern": r"северн\w*|північн\w*|паўночн\w*|północn\w*|šiaurin\w*|ziemeļ\w*|"
    r"septentrional\w*|nördlich\w*|északi|severn\w*",
    "eastern": r"восточн\w*|східн\w*|усходн\w*|wschodni\w*|rytin\w*|austrum\w*|oriental\w*|"
    r"östlich\w*|keleti|východn\w*",
    "western": r"западн\w*|західн\w*|заходн\w*|zachodni\w*|vakarin\w*|rietum\w*|occidental\w*|"
    r"westlich\w*|nyugati|západn\w*",
}
_COMPASS_AFTER = {
    "southern": r"sur|sud|sul|méridionale|meridional",
    "northern": r"norte|nord|septentrionale|septentrional",
    "eastern": r"este|est|leste|orientale|oriental",
    "western": r"oeste|ouest|ovest|occidentale|occidental",
}
# Finnish, Estonian, German and Dutch write the compass word and the border word as one
# ("itärajalla", "Ostgrenze", "de oostgrens").
_COMPASS_PREFIX = {
    "southern": r"etelä|lõuna|süd|zuid",
    "northern": r"pohjois|põhja|nord|noord",
    "eastern": r"itä|ida|ost|oost",
    "western": r"länsi|lääne|west",
    "south-eastern": r"kaakkois",
    "south-western": r"lounais",
    "north-eastern": r"koillis",
    "north-western": r"luoteis",
}
_DASH_CLASS = "[" + re.escape(DASHES) + "/]"
# "the border between X and Y" in English, French, Spanish, Portuguese and German, with
# the articles those languages put before a country's name ("la Lettonie", "o Brasil").
# Somali "(u/ka) dhexeeya" (lying between) and "iyo" (and): "Xadka u Dhexeeya Mandera
# iyo Beled Hawo".
_BETWEEN = (
    r"(?:between|separating|entre|zwischen|tra|fra|între|između|izmedju|med|kati\s+ya|ant|"
    r"dhexeeya)"
)
# Somali "u" and "ka" before "dhexeeya" are its particles, not the "u" (in) of Bosnian:
# taken off so that the border word, not a preposition, opens what follows.
_SOMALI_BETWEEN_PARTICLE = re.compile(r"(?<!\w)(?:u|ka)\s+(?=dhexeeya(?!\w))", re.IGNORECASE)
_AND = r"(?:and|et|y|e|und|și|si|i|ja|na|ak|iyo)"
_ARTICLE = r"(?:(?:the|la|le|les|el|o|a|der|dem)\s+|l['’]\s*)?"
# "le côté biélorusse (de la frontière)", "el lado venezolano", "o lado brasileiro": the
# side word first, the demonym after it.
_SIDE_WORD_FIRST = re.compile(
    r"^(?:(?:le|la|el|o|a|du|del|do|il|dal|sul|al|lo|en\s+la)\s+)?"
    r"(?:côté|lado|lato|rive|orilla|margem|parte)"
    r"\s+(?P<side>[^\s,]+)"
    r"(?:\s+(?:de|del|da|do|di|della|dello)\s+(?P<rest>\S.*))?$",
    re.IGNORECASE,
)
# A compass word where _SIDE_WORD_FIRST reads a side: "la parte sur", "o lado leste",
# "la parte noreste".
_COMPASS_PART = re.compile(
    rf"(?:{'|'.join(_COMPASS_AFTER.values())}|nor-?este|sur-?este|sud-?este|nor-?oeste|"
    r"sur-?oeste|sud-?oeste|nordeste|nord-?est|nord-?ouest|sud-?est|sud-?ouest)",
    re.IGNORECASE,
)
# "la frontière du côté togolais", "la frontera del lado colombiano": the border word
# before the side adds nothing to it.
_BORDER_BEFORE_SIDE = re.compile(
    r"^(?:(?:la|le|les|el|a|o|il)\s+)?(?:frontières?|fronteras?|fronteiras?|frontiera|confine)"
    r"\s+(?=(?:du|del|do|da|dal|dallo|sul|au|al|no|na)\s+(?:côté|lado|lato)\b)",
    re.IGNORECASE,
)
_BARE_RIVER = re.compile(r"^(?:(?:la|el|o)\s+)?(?:río|rio|fleuve|rivière)$", re.IGNORECASE)
# "border with Y" in the seven languages: "z Litwą", "su Baltarusija", "с Польшей".
_WITH = (
    r"(?:with|to|su|ar|z|ze|с|со|з|із|зі|зь|са|avec|con|com|met|mit|zu|zur|zum|cu|sa|s|se|so|"
    r"mot|mod|til)"
)
#: The Romance "sea" adjective after a border word ("frontera marítima").
_SEA_ADJECTIVE = r"(?:maritimes?|marítim[ao]s?|marittim[oaie])"
# "que sirve de frontera internacional entre Guatemala y Belice": the adjective after the
# border word says what every state border is, and names no side.
_INTERNATIONAL = (
    r"(?:\s+(?:internacional(?:es)?|internacionais|international(?:e|es)?|"
    r"internazional[ei]))?"
)
_SPACES = re.compile(r"\s+")
_PLACE_ON = re.compile(r"\S\s+(?:on|near|at|along|close\s+to|in)\s+the\s", re.IGNORECASE)
# A comma between words, not the thousands comma of "1,300 km".
_COMMA = re.compile(r",(?!\d{3}\b)")
#: Canadian Press and AP abbreviations of provinces and states, as datelines and
#: captions write them after a town's name.  Only read after a comma, with the dot.
_PRESS_ABBREVIATIONS = {
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "Man.": "Manitoba",
    "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia",
    "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec",
    "Sask.": "Saskatchewan",
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
_PRESS_ABBREVIATION = re.compile(
    r",\s*(?P<abbr>"
    + "|".join(re.escape(a) for a in sorted(_PRESS_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=\s*(?:[,)]|$))"
)
#: The abbreviations above that close a text without their dot ("Coutts, Alta").
_PRESS_ABBREVIATION_AT_END = re.compile(
    r",\s*(?P<abbr>"
    + "|".join(
        re.escape(a[:-1])
        for a in sorted(_PRESS_ABBREVIATIONS, key=len, reverse=True)
        if re.fullmatch(r"[A-Z][a-z]{3,}\.", a)
    )
    + r")$"
)
#: Greek "Τμήμα Συνοριακής Φύλαξης X", "Αστυνομικό Τμήμα X" (the border guard or police
#: department of X), and the words before it.
_GREEK_POLICE_UNIT_OF = re.compile(
    r"^(?:.*?\s)?(?:Τμήμα(?:τος)?|Τμ\.)\s+(?:Συνοριακής\s+(?:Φύλαξης|Φρούρησης)|Αλλοδαπών)\s+"
    r"(?=\w)|^(?:.*?\s)?Αστυνομικ(?:ό|ού)\s+Τμήμα(?:τος)?\s+(?=\w)",
    re.IGNORECASE,
)
#: Vietnamese "Bộ đội Biên phòng" (BĐBP, the border guard), and "Bộ Chỉ huy Bộ đội Biên
#: phòng" (its command) as the press names a province's: one pattern for every reading
#: of a unit's body (:data:`_VIETNAMESE_BODY_OF_A_UNIT` too).
_VIETNAMESE_BORDER_GUARD = r"(?:Bộ\s+Chỉ\s+huy\s+)?(?:Bộ\s+đội\s+Biên\s+phòng|BĐBP)"
#: Vietnamese "Bộ đội Biên phòng tỉnh X" (the border guard of province X).
_VIETNAMESE_BORDER_GUARD_OF = re.compile(
    _VIETNAMESE_BORDER_GUARD + r"\s+(?=(?:tỉnh|thành\s+phố)\s+\S)", re.IGNORECASE
)
#: Brazilian states as the Brazilian press writes them after a town: "Corumbá-MS",
#: "Ponta Porã/MS", "Pacaraima (RR)".
_BRAZILIAN_STATES = {
    "AC": "Acre",
    "AL": "Alagoas",
    "AP": "Amapá",
    "AM": "Amazonas",
    "BA": "Bahia",
    "CE": "Ceará",
    "DF": "Distrito Federal",
    "ES": "Espírito Santo",
    "GO": "Goiás",
    "MA": "Maranhão",
    "MT": "Mato Grosso",
    "MS": "Mato Grosso do Sul",
    "MG": "Minas Gerais",
    "PA": "Pará",
    "PB": "Paraíba",
    "PR": "Paraná",
    "PE": "Pernambuco",
    "PI": "Piauí",
    "RJ": "Rio de Janeiro",
    "RN": "Rio Grande do Norte",
    "RS": "Rio Grande do Sul",
    "RO": "Rondônia",
    "RR": "Roraima",
    "SC": "Santa Catarina",
    "SP": "São Paulo",
    "SE": "Sergipe",
    "TO": "Tocantins",
}
# Only after a word with lower-case letters and at the end: "Narva-EE" is no custom.
_BRAZILIAN_STATE = re.compile(
    r"(?<=[a-zà-ÿ])\s?[-/]\s?(?P<uf>" + "|".join(_BRAZILIAN_STATES) + r")$"
)
#: English numbers written as words ("seven miles off X").
NUMBER_WORDS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        (
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty",
        ),
        start=1,
    )
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: Romance collective numbers, "about N", by their noun ("une dizaine de milles", "una
#: decena de kilómetros", "una ventina di chilometri", "uma dezena de quilômetros").
COLLECTIVE_NUMBERS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "centaine": 100,
    "decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30,
    "centena": 100, "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20,
    "trentina": 30, "cinquantina": 50, "centinaio": 100, "dezena": 10, "dúzia": 12,
    "vintena": 20,
}  # fmt: skip
_COLLECTIVE_NUMBER = (
    r"(?:une|una|uma|un)\s+(?P<collective>"
    + "|".join(sorted(COLLECTIVE_NUMBERS, key=len, reverse=True))
    + r")\s+(?:de|di|d['’])\s*"
)
_WHOLE_COLLECTIVE_NUMBER = re.compile(_COLLECTIVE_NUMBER, re.IGNORECASE)
#: A nautical mile (1,852 m) and a statute mile (1,609.344 m), in km.
NAUTICAL_MILE_KM = 1.852
MILE_KM = 1.609344
# "nautical miles", "морских милях", "millas náuticas", "milles nautiques", "deniz mili".
_SEA_MILES = (
    r"nautical\s+miles?|морск\w+\s+мил\w*|millas?\s+n[aá]uticas?|milles?\s+nautiques?|"
    r"miglia\s+nautiche|milhas?\s+n[aá]uticas?|mil\s+laut|batu\s+nautika|deniz\s+mil\w*|"
    r"(?:أميال|ميلا|ميل)\s+بحري(?:ا|ة)?"
)
# Spanish, French, Portuguese and Italian "miles" ("40 millas al oeste de X").
_MILES = r"miles?|mi|millas?|milles?|milhas?|miglia"


def distance_in_km(number: str, unit: str) -> float | None:
    """A distance the text gives, in km: "20 nautical miles" is 37.04, "seven miles"
    11.27, "une dizaine de milles nautiques" (about ten) 18.52, "500 metres" 0.5; None for a
    number that is no figure ("a few")."""
    written = number.strip().lower()
    collective = _WHOLE_COLLECTIVE_NUMBER.fullmatch(written)
    if written in NUMBER_WORDS:
        value = float(NUMBER_WORDS[written])
    elif collective:
        value = float(COLLECTIVE_NUMBERS[collective["collective"]])
    elif written[:1].isdigit():
        value = float(written.replace(",", "."))
    else:
        return None
    unit = unit.lower()
    if re.fullmatch(_SEA_MILES, unit, re.IGNORECASE):
        return value * NAUTICAL_MILE_KM
    if re.fullmatch(_MILES, unit, re.IGNORECASE) or unit == "mil":  # Malay "mil": mile
        return value * MILE_KM
    metres = unit == "m" or unit.startswith(("met", "мет", "metr"))
    return value / 1000.0 if metres else value


#: The territorial sea, 12 nautical miles (UNCLOS, article 3), in km: a place farther
#: out at sea lies beyond the waters of any land unit of the coast.
TERRITORIAL_SEA_KM = 12 * NAUTICAL_MILE_KM
# A figure in sea miles anywhere in a text ("118 nautical miles northwest of X").
_SEA_MILES_STATED = re.compile(
    rf"(?:\d+(?:[.,]\d+)?|\b(?:{_NUMBER_WORD}))\s*(?:{_SEA_MILES})(?=\s|$|[,.;)])",
    re.IGNORECASE,
)


def states_sea_miles(text: str) -> bool:
    """Whether a text gives a distance in nautical miles: the place it measures is at sea.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    bool
    """
    return _SEA_MILES_STATED.search(text) is not None


# A figure and its unit anywhere in a text ("20.3 batu nautika tenggara Tanjung Sedili").
_STATED_DISTANCE = re.compile(
    rf"(?:^|\s)(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>{_SEA_MILES}|{_MILES}|km|kilomet(?:re|er)s?)"
    r"(?=\s|$)",
    re.IGNORECASE,
)


def stated_distance_km(text: str) -> float | None:
    """The largest distance a text states in km or miles ("20.3 batu nautika ..."), or None.

    Parameters
    ----------
    text : str
        A part of a place phrase.

    Returns
    -------
    float or None
    """
    found = [distance_in_km(m["n"], m["unit"]) for m in _STATED_DISTANCE.finditer(text)]
    return max((km for km in found if km is not None), default=None)


# "500 metres from X", "в 700 метрах от X", "a few kilometres from X", "kilka km od X".
_DISTANCE_FROM = re.compile(
    r"^(?:some\s+|about\s+|around\s+|only\s+|just\s+|approximately\s+|roughly\s+|"
    r"в\s+|у\s+|w\s+|за\s+|"
    # "à 2 km du Sénégal", "a circa 25 chilometri dalla frontiera", "a unos 5 km de".
    r"(?:(?:à|a)\s+)?(?:circa|environ|unos|unas|cerca\s+de|uns|umas)\s+|(?:à|a)\s+)?"
    # "a escasos 100 metros de X", "a apenas 2 km de X", "à seulement 500 mètres de X":
    # barely so far; the distance is the one stated.
    r"(?:(?:escas[oa]s|escass[oa]s|apenas|(?:tan\s+)?s[oó]lo|seulement)\s+)?"
    # "à moins de 5 kilomètres de Ganta", "a menos de 5 km de X", "less than 3 km from X",
    # "within 2 km of X": no farther than stated; the distance is the bound.
    r"(?:(?:moins\s+de|menos\s+de|meno\s+di|less\s+than|no\s+more\s+than|under|within)"
    r"\s+)?"
    # "between 33 and 39 nautical miles from X", "entre 10 y 12 km de X": a range; its
    # farther end is the distance.
    r"(?:(?:between|entre|zwischen)\s+\d+(?:[.,]\d+)?\s+(?:and|y|e|et|und)\s+)?"
    rf"(?P<n>\d+(?:[.,]\d+)?|{_NUMBER_WORD}|{_COLLECTIVE_NUMBER}|a\s+few|a\s+couple\s+of|"
    r"паре|пару|нескольких|"
    r"колькіх|кількох|kilku|kelių|dažu)\s*(?P<hundred>hundred\s+)?"
    rf"(?P<unit>{_SEA_MILES}|{_MILES}|km|m|metres?|meters?|kil[oó]m[eèé]t\w+|метр\w*|"
    r"километр\w*|кіламетр\w*|"
    r"кілометр\w*|metr\w*|kilometr\w*|chilometr\w*|quil[oô]met\w*|mètres?|metros?|"
    r"metri)\s+"
    # "seven miles off New Providence": at sea off a land place.
    r"(?:away\s+)?(?:from|of|off|от|ад|від|od|nuo|no|de\s+la|de\s+l['’]|du|des|de|del|"
    r"dalla|dallo|dal|da|di|della|do|dos|das)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# Arabic "about" before a distance, and the words for kilometres.
_ARABIC_ABOUT = r"(?:(?:نحو|حوالي|حوالى|قرابة)\s+)?"
_ARABIC_KM = r"كم|كلم|كيلومترا?|كيلومترات|كيلو\s+متر"
# "على بعد نحو 110 كيلومترات من مدينة الدوحة" (about 110 km from the city of Doha).
_ARABIC_DISTANCE_FROM = re.compile(
    rf"^(?:على\s+)?(?:بعد\s+)?{_ARABIC_ABOUT}(?P<n>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit>{_ARABIC_KM}|مترا?|أمتار)\s+(?:من|عن)\s+(?P<rest>\S.*)$"
)
# Swahili "umbali wa kilomita-70 kutoka mjini X" (at a distance of 70 km from the town
# of X): the unit before its figure, "kutoka" (from), the town; a place named before a
# relative verb ("kituo ... kilicho", the post which is) stands at that distance.
_SWAHILI_DISTANCE_FROM = re.compile(
    r"^(?:\S.*?\s+(?:kilich|ilich|lilil|ulio|walio|palip|yaliy|zilizo|iliy|kiliy)\w*\s+)?"
    r"(?:(?:katika\s+|kwa\s+)?umbali\s+wa\s+)?(?:(?:takriban|karibu|kama)\s+)?"
    r"(?P<unit>kilomita|km|mita)[\s-]*(?P<n>\d+(?:[.,]\d+)?)\s+"
    r"(?:hivi\s+)?kutoka\s+(?:(?:mjini|mji\s+wa|katika\s+mji\s+wa)\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def swahili_distance_km(match: re.Match[str]) -> float:
    """The kilometres of a match of :data:`_SWAHILI_DISTANCE_FROM` ("kilomita-70", "mita 500")."""
    km = float(match["n"].replace(",", "."))
    return km / 1000.0 if match["unit"].lower() == "mita" else km


# Chinese "距(离)X二十公里处" (at twenty km from X), "离X约500米": the distance after the
# place, in Chinese numerals or digits; what follows "的" (of) is what stands there ("…处
# 的中巴友谊公路", the highway at that point), placed by the distance.
_HAN_DISTANCE_FROM = re.compile(
    "^(?:在)?(?:距离|距離|距|离|離)(?P<rest>[\u4e00-\u9fff]{2,}?)(?:约|約|大约|大約)?"
    "(?P<n>\\d+|[零一二两兩三四五六七八九十百千]+)多?(?P<unit>公里|千米|米)"
    "(?:左右)?(?:处|處|的地方)?(?:的[\u4e00-\u9fff]+)?$"
)
# Chinese "黃岩島以東約十四海里" (about fourteen nautical miles east of Huangyan Island),
# "X以北20公里处": the place, "以" and a bearing, then the distance.  "以" keeps a
# bearing from being read off a name that ends in one ("广东").
_HAN_BEARING_FROM = re.compile(
    "^(?P<rest>[\u4e00-\u9fff]{2,}?)以(?P<compass>[东東南西北]{1,2})(?:方)?"
    "(?:约|約|大约|大約)?(?P<n>\\d+(?:\\.\\d+)?|[零一二两兩三四五六七八九十百千]+)多?"
    "(?P<unit>公里|千米|海里|浬|米)(?:左右)?(?:处|處|的海域|海域|海面)?$"
)
#: A Chinese unit of length in km: the nautical mile (海里, 浬) is 1.852 km.
_HAN_UNIT_KM = {"公里": 1.0, "千米": 1.0, "海里": 1.852, "浬": 1.852, "米": 0.001}
# "কক্সবাজারের টেকনাফ" (Cox's Bazar's Teknaf); a rest itself in the genitive ("ভারতের
# কোচবিহার জেলার", of India's Cooch Behar district) is left to the whole text's reading.
_BENGALI_GENITIVE = re.compile(
    r"^(?P<owner>[\u0980-\u09ff]+?)ের\s+(?P<rest>[\u0980-\u09ff].*(?<!র))$"
)
_POSSESSIVE = re.compile(r"^(?P<owner>[^,]+?)['’](?:s|n?[ıiuü]n)?\s+(?P<rest>.+)$")
#: The owner of a possessive that follows "at" ("the crossing at Quebec's Roxham Road"):
#: the words before it, then the capitalised owner alone.
_OWNER_AFTER_AT = re.compile(
    r"^(?P<before>.*\s(?:at|in)\s+)(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?)$",
    re.IGNORECASE,
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# Turkish case endings after an apostrophe: "Kilis’te", "Hatay'ın", "Suriye’nin".
_TURKISH_CASE = re.compile(
    r"['’](?:n?[ıiuü]n|[dt][ae]n?|[dt][ae]ki|y?[ae]|y?[ıiuü]|n?d[ae]ki)$", re.IGNORECASE
)
_TURKISH_LETTERS = re.compile("[ıİşŞğĞ]")
_TURKISH_END = re.compile(
    r"['’](?:n?[ıiuü]n|n?[dt][ae]n?|n?[dt][ae]ki|n[ıiuü]|n[ae]|y?[ae]|y?[ıiuü])$", re.IGNORECASE
)
# "the 1,300 km-long", "817km", "the 1,340-kilometre": a length before a border word.
_LENGTH = re.compile(
    r"(?:(?<=\s)|^)(?:(?:nearly|about|some|almost|roughly|around|over|more\s+than|"
    r"approximately)\s+)?(?P<km>\d{1,3}(?:[ ,.\u202f]\d{3})*(?:[.,]\d+)?|\d+)\s*-?\s*"
    r"(?P<unit>km|kilomet(?:re|er)s?|mi|miles?)\b(?:\s*-?\s*long\b)?\s*",
    re.IGNORECASE,
)
# "Los más de 2.000 kilómetros de frontera", "les 520 kilomètres de frontière", "os 1.600
# quilômetros de fronteira": the Romance length of a border, "de" and no article before
# the border word ("a 15 kilómetros de la frontera" is a distance from it, not a length).
_ROMANCE_LENGTH = re.compile(
    r"(?:(?<=\s)|^)(?:(?:los|las|les|os|as|i|gli|le)\s+)?"
    r"(?:(?:más|mas|plus|mais|oltre|casi|près|unos|unas|environ|cerca)\s+(?:de\s+|di\s+)?)?"
    r"(?P<km>\d{1,3}(?:[ .\u202f]\d{3})+|\d+)\s*"
    r"(?:km|kil[oó]metros|kilom[eè]tres|quil[oô]metros|chilometri)\s+(?:de|di)\s+",
    re.IGNORECASE,
)
_DIRECTION_OF = re.compile(
    # "an area north of X", "a location 5 km south of X": the unnamed spot is the
    # direction's, so the place is still near X.
    r"^(?:(?:an?\s+|the\s+)?(?:area|spot|point|location|place)\s+)?"
    r"(?:(?:some\s+|about\s+|around\s+|just\s+|only\s+|approximately\s+|roughly\s+)?"
    r"(?P<km>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit>km|kilometres|kilometers|{_SEA_MILES}|{_MILES})\s+)?"
    # "just southwest of X", "due west of X": an adverb that narrows the direction.
    r"(?:(?:just|immediately|slightly|directly|due)\s+)?"
    r"(?:to\s+the\s+)?(?P<compass>(?:north|south|east|west)"
    r"(?:[\s-]?(?:east|west))?)\s+of\s+(?P<rest>.+)$|"
    # "à moins de 5 kilomètres au nord de X", "a 10 km al sur de X", "20 km a nord di X".
    r"^(?:(?:à|a)\s+)?(?:(?:moins\s+de|environ|quelque|unos|menos\s+de|circa)\s+)?"
    r"(?:(?P<km2>\d+(?:[.,]\d+)?)\s*(?:km|kilom[eè]tres?|kil[oó]metros?|chilometri)|"
    # "a unos 600 metros al poniente del X": metres, read as the distance they are.
    r"(?P<m2>\d+(?:[.,]\d+)?)\s*(?:metros|mètres|metri|m)|"
    # "40 millas al oeste de Caleta Camarones": miles, at sea or not.
    rf"(?P<mi2>\d+(?:[.,]\d+)?)\s*(?P<unit2>{_SEA_MILES}|{_MILES}))\s+"
    r"(?:au|al|a)\s+(?P<compass2>(?:nord|sud|est|ouest|norte|sur|este|oeste|ovest|"
    # Mexican Spanish names west and east by the sun: "al poniente", "al oriente".
    r"(?:nor|sur)?poniente|(?:nor|sur)?oriente)"
    r"(?:[\s-]\w+)?)\s+"
    r"(?:de\s+la|de|del|du|di|d['’])\s*(?P<rest2>\S.*)$|"
    # Without a distance: "al sur de X", "au nord-est de X", "a nord di X", "ao sul de X".
    r"^(?:al|au|ao|a|à\s+l['’]|a\s+l['’])\s*(?P<compass3>(?:nord|sud|est|ouest|norte|sur|"
    r"sul|este|leste|oeste|ovest|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste|"
    r"(?:nor|sur)?poniente|(?:nor|sur)?oriente)"
    r"(?:-\w+)?)\s+"
    r"(?:de\s+la|de|del|du|di|da|do|d['’])\s*(?P<rest3>\S.*)$|"
    # Arabic, with a distance ("شمال سوريا" alone is northern Syria): "44 كم شمال مدينة
    # حلب" (44 km north of the city of Aleppo), "على بعد نحو 20 كيلومترا جنوب غرب X".
    rf"^(?:على\s+بعد\s+)?{_ARABIC_ABOUT}"
    rf"(?P<km6>\d+(?:[.,]\d+)?)\s*(?:{_ARABIC_KM})\s+"
    r"(?:(?:إلى|الى)\s+)?(?:ال)?(?P<compass6>(?:شمال|جنوب|شرق|غرب)[يا]?"
    r"(?:\s+(?:ال)?(?:شرق|غرب)[يا]?)?)\s+(?:من\s+)?(?P<rest6>\S.*)$|"
    # "südlich von X", "nördlich der Stadt X".
    r"^(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)?(?:nörd|süd|öst|west)lich\s+"
    r"(?:von|vom|der|des)\s+(?:(?:Stadt|Gemeinde|Ortschaft)\s+)?(?P<rest4>\S.*)$|"
    # "к югу от X", "на північ від X", "na południe od X".
    # "в 20 морских милях к востоку от X", "в 30 км к югу от X": with a distance.
    r"^(?:(?:в|у|w)\s+)?(?:(?P<km5>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit5>км|километр\w*|кілометр\w*|km|kilometr\w*|{_SEA_MILES})\s+)?"
    r"(?:к|на|na)\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|"
    r"юго-западу|північ|південь|схід|захід|північний\s+схід|північний\s+захід|"
    r"південний\s+схід|південний\s+захід|północ|południe|wschód|zachód|"
    r"północny\s+wschód|północny\s+zachód|południowy\s+wschód|południowy\s+zachód)\s+"
    r"(?:от|від|od)\s+(?P<rest5>\S.*)$|"
    # Greek, the area word first or not: "(περιοχή) δυτικά της Πάφου" (the area west of
    # Paphos), "βόρεια από τη Λευκωσία".
    r"^(?:(?:η|την|στην|στη)\s+)?(?:περιοχή\s+)?(?P<compass7>(?:βορειο|νοτιο)?(?:ανατολικά|"
    r"δυτικά)|βόρεια|νότια)\s+(?:της|του|των|από\s+(?:την|τη|το|τον|τις|τα)?)\s*"
    r"(?P<rest7>\S.*)$|"
    # Malay and Indonesian, with a distance: "sekitar 170 mil laut sebelah utara Gove"
    # (about 170 nautical miles north of Gove), "20 km ke arah timur dari X".
    r"^(?:(?:sekitar|kira-kira|kurang\s+lebih)\s+)?(?P<km8>\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit8>{_SEA_MILES}|km|kilometer|kilometre|mil)\s+"
    # The compounds first: "barat daya" (south-west) is not "barat" (west) of "daya dari X".
    r"(?:(?:di\s+)?sebelah|ke\s+arah|arah)\s+(?P<compass8>timur\s+laut|barat\s+laut|"
    r"barat\s+daya|utara|selatan|timur|barat|tenggara)\s+(?:dari\s+)?(?P<rest8>\S.*)$",
    re.IGNORECASE,
)
#: Compass words of other languages, as the English word (one word, or the first or second
#: of a compound: "nord-ouest", "sur oeste", "شمال غرب"); "nordeste" and its kin whole.
_COMPASS_WORDS = {
    **dict.fromkeys(("nord", "norte", "شمال", "شمالا", "شمالي"), "north"),
    **dict.fromkeys(("sud", "sur", "sul", "جنوب", "جنوبا", "جنوبي"), "south"),
    **dict.fromkeys(("est", "este", "leste", "شرق", "شرقا", "شرقي", "الشرق"), "east"),
    **dict.fromkeys(("ouest", "oeste", "ovest", "غرب", "غربا", "غربي", "الغرب"), "west"),
    **dict.fromkeys(("nordeste",), "northeast"),
    **dict.fromkeys(("noroeste",), "northwest"),
    **dict.fromkeys(("sureste", "sudeste"), "southeast"),
    **dict.fromkeys(("suroeste", "sudoeste"), "southwest"),
    **dict.fromkeys(("poniente",), "west"),
    **dict.fromkeys(("oriente",), "east"),
    **dict.fromkeys(("norponiente",), "northwest"),
    **dict.fromkeys(("nororiente",), "northeast"),
    **dict.fromkeys(("surponiente",), "southwest"),
    **dict.fromkeys(("suroriente",), "southeast"),
    # Greek, whose compounds are one word.
    **dict.fromkeys(("βόρεια",), "north"),
    **dict.fromkeys(("νότια",), "south"),
    **dict.fromkeys(("ανατολικά",), "east"),
    **dict.fromkeys(("δυτικά",), "west"),
    # Malay and Indonesian; their compounds of two words are in _MALAY_COMPASS.
    **dict.fromkeys(("utara",), "north"),
    **dict.fromkeys(("selatan",), "south"),
    **dict.fromkeys(("timur",), "east"),
    **dict.fromkeys(("barat",), "west"),
    **dict.fromkeys(("tenggara",), "southeast"),
    **dict.fromkeys(("βορειοανατολικά",), "northeast"),
    **dict.fromkeys(("βορειοδυτικά",), "northwest"),
    **dict.fromkeys(("νοτιοανατολικά",), "southeast"),
    **dict.fromkeys(("νοτιοδυτικά",), "southwest"),
}
#: Malay and Indonesian compounds, whose second word is no compass word alone ("laut" is
#: also the sea): read whole.
_MALAY_COMPASS = {"barat daya": "southwest", "barat laut": "northwest", "timur laut": "northeast"}
#: The compass words of :data:`COMPASS_BEARINGS` written without their dash or space.
_BEARING_OF_COMPASS = {
    word.replace("-", ""): degrees for word, degrees in COMPASS_BEARINGS.items()
}


def direction_bearing(text: str) -> float | None:
    """The bearing (degrees) of an English direction from a place, or None.

    "northwest of Seoul", "40 km east of Daugavpils": 315 and 90; any other text, or a
    compass word the table lacks, gives None.
    """
    match = _DIRECTION_OF.match(text)
    if match is None:
        return None
    if match["compass"]:
        return _BEARING_OF_COMPASS.get(re.sub(r"[\s-]", "", match["compass"].lower()))
    # "à 700 km au nord de X", "al suroeste de X", "44 كم شمال X": the same compass in
    # the Romance languages and Arabic, its words mapped to the English ones.
    written = (
        match["compass2"]
        or match["compass3"]
        or match["compass6"]
        or match["compass7"]
        or match["compass8"]
    )
    if not written:
        return None
    compound = _MALAY_COMPASS.get(" ".join(written.lower().split()))
    if compound is not None:
        return _BEARING_OF_COMPASS.get(compound)
    words = [_COMPASS_WORDS.get(w) for w in re.split(r"[\s-]+", written.lower()) if w]
    words = [w for w in words if w is not None]
    if not words:
        return None
    if len(words) == 2 and words[0] in ("north", "south") and words[1] in ("east", "west"):
        return _BEARING_OF_COMPASS.get(words[0] + words[1])
    return _BEARING_OF_COMPASS.get(words[0]) if len(words) == 1 else None


def points_a_way(text: str) -> bool:
    """Whether ``text`` is a direction from a place without a distance.

    "southwest of Tucson", "al suroeste de Tucson", "südlich von X", "к югу от X": the
    place lies somewhere that way, at any distance; "40 km east of X" gives one.
    """
    match = _DIRECTION_OF.match(text.strip())
    return match is not None and not (
        match["km"]
        or match["km2"]
        or match["m2"]
        or match["mi2"]
        or match["km5"]
        or match["km6"]
        or match["km8"]
    )


# "X, a northern town (in Y)", "X, a small village near Y", "X, on the border with Y".
_APPOSITION = re.compile(
    r"^(?:a|an|the|un|una|uno|el|la|une|le|um|uma|o|ein|eine)\s+(?P<rest>.+)$", re.IGNORECASE
)
#: "of" in an apposition: "X, the capital of Y" describes X; Y need not hold it.
_OF_WORDS = ("of", "de", "del", "do", "da", "du", "des")
# What follows the container in an apposition: "a town in Rakhine State bordering
# Bangladesh", "a town bordering the Spanish enclave of Ceuta", and a bearing from a
# reference place, which describes X without holding it: "Zuwara, a town east of Ras
# Jdir", "a village 20 km north-west of Y", "un pueblo al norte de Y".
_TRAILING_CLAUSE = re.compile(
    r"\s+(?:bordering|adjoining|next\s+to|facing|near|close\s+to|on|along|by|which|that|"
    r"where|about|some|"
    r"(?<!\bthe\s)(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south)?-?(?:east|west)?(?<=[a-z])\s+of|"
    r"al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|"
    r"(?:nor|sur)?poniente|(?:nor|sur)?oriente)\s+de|"
    r"(?:au\s+|à\s+l['’]\s*)(?:nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)"
    r"\s+d(?:e|u|es)?)\b.*$",
    re.IGNORECASE,
)


# "a town on the Sekong River in Siem Pang District": the river only describes X; the
# container after it still holds X, so the river goes before the trailing clauses do.
_WATER_BEFORE_CONTAINER = re.compile(
    r"\s+(?:on|along|by|beside)\s+(?:the\s+)?(?:banks?\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:River|Lake|Creek|Bay|Coast)(?=\s+(?:in|inside|within)\s+\S)"
)


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
        it must come from the event's country).
    other : str
        ``border``: the second side; ``restricted``: the text of the container;
        ``side``: the side of the border; otherwise empty.
    splits : tuple of tuple of str
        ``border`` written with a dash: every way of cutting the pair at a dash,
        since a country name may itself hold one ("Guinea-Bissau").
    inner : PlaceExpression or None
        ``near``: the expression the place is near; ``side``: the border;
        ``restricted`` and ``settlement``: the place itself; ``within``: the whole.
    outer : PlaceExpression or None
        ``restricted``: the container ("Y Oblast", "Country", "border with Y").
    suffix : str
        ``region`` / ``district``: the word that made it one ("oblast");
        ``restricted``: how the container is attached ("in", ",", "'s");
        ``within``: ``"compass"`` for "eastern X"; ``border``: a compass word
        ("eastern") when the text names one side of a country's borders.
    distance_km : float or None
        ``near``: a distance the text gives ("40 km east of X"); ``border``: the
        length the text gives ("the 1,300 km-long border").
    languages : tuple of str
        Languages whose case endings the names may carry (see
        :func:`bordermap.geo.places.inflection.languages_of`).
    """

    kind: str
    text: str
    name: str = ""
    other: str = ""
    splits: tuple[tuple[str, str], ...] = ()
    inner: PlaceExpression | None = None
    outer: PlaceExpression | None = None
    suffix: str = ""
    distance_km: float | None = None
    languages: tuple[str, ...] = ()

    def describe(self) -> str:
        """One line saying how the text was read (for ``--explain``)."""
        parts = [self.kind]
        for label, value in (
            ("name", self.name),
            ("other", self.other),
            ("suffix", self.suffix),
        ):
            if value:
                parts.append(f"{label}={value!r}")
        if self.distance_km is not None:
            parts.append(f"km={self.distance_km:g}")
        if self.languages:
            parts.append("languages=" + "/".join(self.languages))
        text = " ".join(parts)
        if self.inner is not None:
            text += f" of [{self.inner.describe()}]"
        if self.outer is not None:
            text += f" inside [{self.outer.describe()}]"
        return text


# --- word tables, compiled once ------------------------------------------------------


def _alternation(words) -> str:
    return _alternation_of(tuple(words))


@lru_cache(maxsize=64)
def _alternation_of(words: tuple[str, ...]) -> str:
    """The words as one alternation, grouped by first letter: ``b(?:order|orders)|g(?:...``.

    A word table holds hundreds of words; listed one after another, a match tried every
    one at every position of a text (under IGNORECASE the engine has no quick way past a
    word whose first letter differs: the border words took about 0.2 ms a text).  Grouped,
    only the words starting with the letter at hand are tried, in the table's order.  A
    text's letter can match the first letter of one group only (letters the engine takes
    for the same letter in any case, "s", "S" and "ſ", share a group: see
    :func:`_letter_class`), so the words tried, and their order, are those of the plain
    list: every match and every group it captures is the same.
    """
    # Cached: the readings of a unit word build the alternation of a whole word table
    # for each text (0.7-1.1 ms a time, 0.12 s of the map's 2,228 truth checks).
    if not all(words) or any(word[0].isspace() for word in words):
        # An empty word, or one opening with a space (read as any run of spaces).
        return "|".join(map(_word_pattern, words))
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(_letter_class(word[0]), []).append(word)
    parts = []
    for group in groups.values():
        first = group[0][0]
        if all(word[0] == first for word in group):
            rests = "|".join(_word_pattern(word[1:]) for word in group)
            parts.append(f"{_word_pattern(first)}(?:{rests})")
        else:  # the same letter in several cases ("Grenze", "grenze"): listed whole
            parts.append(f"(?:{'|'.join(map(_word_pattern, group))})")
    return "|".join(parts)


def _letter_class(letter: str) -> str:
    """One letter for all the letters IGNORECASE takes for ``letter`` (its upper case of
    its lower case: "S" for "s", "S" and "ſ"; "I" for "i", "I", "İ" and "ı").

    Checked against the engine over every code point (Python 3.11): letters it matches
    to each other always share this value.  Letters that do not may share it too ("ß"
    and "s"); that only groups their words together, in the table's order.
    """
    lower = letter.lower()[:1] or letter
    return lower.upper()[:1] or lower


def _word_pattern(word: str) -> str:
    """``word`` as a pattern: its characters literally, each space as any run of them."""
    return re.escape(word).replace(r"\ ", r"\s+")


class _LazyPattern:
    """A regular expression compiled the first time it is used.

    The grammar's patterns hold the word tables of every language, thousands of
    characters each; a one-phrase command (``bordermap geocode``) uses few of them, and
    compiling all of them was most of its cold start.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = compile_table_pattern(self._source, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match | None:
        return self.compiled.match(text)

    def search(self, text: str) -> re.Match | None:
        return self.compiled.search(text)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count=count)


@dataclass(frozen=True)
class _Grammar:
    words: PlaceWords
    border_word: str
    border_gate: _LazyPattern
    pair_border: _LazyPattern
    between: _LazyPattern
    place_between: _LazyPattern
    border_of: _LazyPattern
    with_: _LazyPattern
    of_with: _LazyPattern
    of_and: _LazyPattern
    owner_with: _LazyPattern
    owner_after: _LazyPattern
    compass_before: _LazyPattern
    compass_after: _LazyPattern
    compass_joined: _LazyPattern
    with_only: _LazyPattern
    section: _LazyPattern
    word_first: _LazyPattern
    owner_border: _LazyPattern
    bare_border: _LazyPattern
    side_first: _LazyPattern
    side_last: _LazyPattern
    side_alone: _LazyPattern
    settlement_before: _LazyPattern
    settlement_of: _LazyPattern
    region_of: _LazyPattern
    district_of: _LazyPattern
    settlement_after: _LazyPattern
    prepositions: _LazyPattern
    preposition_roles: dict[str, tuple[str, bool]]
    area_first: _LazyPattern
    area_last: _LazyPattern
    area_kinds: dict[str, str]
    article_before_word: _LazyPattern
    # Read inside the grammar's steps; kept here so that ``make bytecode`` compiles them
    # with the tables instead of every second process compiling them again.
    length_of_border: _LazyPattern
    border_word_first: _LazyPattern
    border_after_words: _LazyPattern
    border_word_last: _LazyPattern
    settlement_then_unit: _LazyPattern
    area_then_holder: _LazyPattern
    unit_then_settlement: _LazyPattern
    district_word_first: _LazyPattern
    region_word_of: _LazyPattern
    district_word_last: _LazyPattern
    region_word_last: _LazyPattern
    settlement_word_last: _LazyPattern
    # The two tables above by folded key (:func:`_word_key`), for the words a pattern
    # matched case-insensitively ("KIRSALINDA" for "kırsalında").
    folded_roles: dict[str, tuple[str, bool]] = field(default_factory=dict)
    folded_kinds: dict[str, str] = field(default_factory=dict)

    def has_border_word(self, text: str) -> bool:
        """Whether ``text`` holds a border word ("border", "granicy"...) anywhere.

        Every border pattern holds :attr:`border_word`, so a text without a match of it
        matches none of them.
        """
        return _border_word_in(text, self.border_gate)


@lru_cache(maxsize=8192)
def _border_word_in(text: str, gate: _LazyPattern) -> bool:
    # Cached: one phrase is read several ways, each asking this of the same text.
    return gate.search(text) is not None


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    words = load_place_words()
    border = (
        r"(?:(?:state|land|river|national|international|common|shared|valsts|valstybės|"
        # The state border in the languages that put the adjective first: Lithuanian
        # "valstybinės sienos", Croatian "državnoj granici", Serbian "државној граници",
        # Bulgarian "държавна граница", Czech "státní hranici", Slovak "štátnej hranici".
        r"valstybin\w*|državn\w*|државн\w*|държавн\w*|státn\w*|štátn\w*|"
        r"государственн\w*|дзяржаўн\w*|державн\w*|państwow\w*|"
        # The "green" border (the land border away from the posts), quoted or not: "на
        # българо-турската “зелена” граница", "an der grünen Grenze", "zielonej granicy";
        # Armenian "ցամաքային" (land) and "պետական" (state).
        r"[\"“”„«]?(?:green|grün\w*|zielon\w*|зелен\w*|зелён\w*|zelen\w*)[\"“”«»]?|"
        r"ցամաքային|պետական)\s+)?"
        rf"(?:{_alternation(words.border)})"
        r"(?:\s+(?:area|zone|region|line|strip|section|belt|fence|wall|barrier|river|"
        # Polish puts it after: "polsko-ukraińskiej granicy państwowej"; Albanian too:
        # "kufirit tokësor" (the land border), "kufiri shtetëror" (the state border);
        # Italian "il confine di Stato" (the state border) before what names it.
        r"państwow\w*|tokësor\w*|shtetëror\w*|di\s+Stato(?=\s|$)))?"
    )
    settlement = _alternation(words.settlement)
    roles: dict[str, tuple[str, bool]] = {}
    for lang, plain in words.plain_prepositions.items():
        for word in plain:
            roles.setdefault(word, (lang, False))
    for lang, near in words.near_prepositions.items():
        for word in near:
            roles[word] = (lang, True)  # "под" is near in Russian, plain elsewhere
    ordered = sorted(roles, key=lambda w: (-len(w), w))
    # Districts first: "municipal district" before "municipality"... by length anyway.
    area_kinds = {w: "region" for w in words.region}
    area_kinds.update({w: "district" for w in words.district})
    area_words = _alternation(sorted(area_kinds, key=lambda w: (-len(w), w)))
    # Longest first, then by letter: a set's order changes from run to run, and the
    # pattern's text with it (the lookahead matches the same either way).
    descriptors = _alternation(
        sorted({*words.settlement, *area_kinds}, key=lambda w: (-len(w), w))
    )
    flags = re.IGNORECASE
    return _Grammar(
        words=words,
        border_word=border,
        # Found exactly where ``border`` is: the words around the border word are
        # optional, so a text holds a match of ``border`` if and only if it holds one of
        # the border words (searched for alone: 4,008 characters of pattern less).
        border_gate=_LazyPattern(_alternation(words.border), flags),
        pair_border=_LazyPattern(rf"^(?P<pair>.+?)\s+{border}$", flags),
        between=_LazyPattern(
            rf"^{border}{_INTERNATIONAL}\s+{_BETWEEN}\s+{_ARTICLE}(?P<a>.+?)\s+{_AND}\s+{_ARTICLE}(?P<b>.+)$",
            flags,
        ),
        place_between=_LazyPattern(
            rf"^\S.*?\s+{border}{_INTERNATIONAL}\s+{_BETWEEN}\s+{_ARTICLE}(?P<a>.+?)\s+{_AND}\s+"
            rf"{_ARTICLE}(?P<b>.+)$",
            flags,
        ),
        border_of=_LazyPattern(rf"^{border}\s+(?:of\s+)?(?P<rest>.+)$", flags),
        with_=_LazyPattern(
            rf"^(?P<a>[^,]+?)(?:['’]s?)?\s+(?:(?P<dir>{_COMPASS_WORD})\s+)?{border}\s+"
            rf"{_WITH}\s+(?:the\s+)?(?P<b>.+)$",
            flags,
        ),
        # "la frontera marítima con Marruecos": the sea adjective is no side either.
        with_only=_LazyPattern(
            rf"^{border}(?:\s+{_SEA_ADJECTIVE})?\s+{_WITH}\s+(?:the\s+)?(?P<b>.+)$", flags
        ),
        # "la frontera de Chile con Perú", "the border of Chile with Peru", Italian "il
        # confine di Chiasso con l’Italia".
        of_with=_LazyPattern(
            rf"^{border}\s+(?:of|de|del|du|da|do|di|della|dello|d['’]|dell['’])\s*{_ARTICLE}"
            rf"(?P<a>.+?)\s+{_WITH}\s+"
            rf"{_ARTICLE}(?P<b>.+)$",
            flags,
        ),
        # "la frontera de Costa Rica y Nicaragua", "mpakani mwa Kenya na Somalia" (the
        # Swahili "of" is "mwa" after the locative "mpakani", "wa" after "mpaka").
        of_and=_LazyPattern(
            rf"^{border}\s+(?:of|de|del|du|da|do|mwa|wa|d['’])\s*{_ARTICLE}(?P<a>.+?)\s+{_AND}\s+"
            rf"{_ARTICLE}(?P<b>.+)$",
            flags,
        ),
        # The owner in the genitive after the word: "на границе России с Белоруссией",
        # "На кордоні України з Молдовою", "дзяржаўнай мяжы Беларусі з Расіяй".
        owner_with=_LazyPattern(
            rf"^{border}\s+(?P<a>[^\W\d_][^\s,]*(?:\s+[^\W\d_][^\s,]*)?)\s+{_WITH}\s+"
            r"(?P<b>\S.*)$",
            flags,
        ),
        # "la frontière du Burkina Faso", "the border of Niger": that country's borders;
        # "mpaka wa Namanga" (Swahili), the border of a town.
        owner_after=_LazyPattern(
            rf"^{border}\s+(?:of|de|du|del|da|do|des|di|del|mwa|wa|d['’])\s*{_ARTICLE}(?P<a>[^,]+)$",
            flags,
        ),
        compass_before=_LazyPattern(
            rf"(?:^|(?<=\s))(?P<dir>{'|'.join(_COMPASS_STEMS.values())})\s+"
            rf"(?=(?:{_alternation(words.border)})(?:\s|$))",
            flags,
        ),
        compass_after=_LazyPattern(
            rf"(?:^|(?<=\s))(?P<word>{_alternation(words.border)})\s+"
            rf"(?P<dir>{'|'.join(_COMPASS_AFTER.values())})(?=\s|$)",
            flags,
        ),
        compass_joined=_LazyPattern(
            rf"(?:^|(?<=\s))(?P<dir>{'|'.join(_COMPASS_PREFIX.values())})-?"
            rf"(?=(?:{_alternation(words.border)})(?:\s|$))",
            flags,
        ),
        section=_LazyPattern(
            r"^(?P<pair>.+?)\s+(?:(?:section|part|stretch|segment|portion|sector)\s+of|"
            r"участк\w*|участак\w*|ділянц\w*|ділянк\w*|odcink\w*|odcinek)\s+"
            # "odcinku granicy państwowej", "участке государственной границы": the
            # state border is the border.
            rf"(?:the\s+)?(?:państwow\w*\s+|государственн\w*\s+|державн\w*\s+)?{border}"
            r"(?:\s+(?:państwow\w*|государственн\w*|державн\w*))?$",
            flags,
        ),
        # "la frontière terrestre franco-espagnole", "il confine terrestre italo-sloveno",
        # "la frontera marítima con Marruecos": the Romance "land" or "sea" adjective after
        # the word is no side of the pair (a sea border is answered as such, never as the
        # land line the data holds).
        word_first=_LazyPattern(
            rf"^{border}(?:\s+(?:terrestres?|terrestri|{_SEA_ADJECTIVE}))?"
            rf"\s+(?P<pair>.+)$",
            flags,
        ),
        owner_border=_LazyPattern(
            rf"^(?P<a>[^,]+?)['’]s?\s+(?:(?P<dir>{_COMPASS_WORD})\s+)?{border}$", flags
        ),
        bare_border=_LazyPattern(rf"^(?:(?P<dir>{_COMPASS_WORD})\s+)?{border}$", flags),
        side_first=_LazyPattern(r"^(?P<side>.+?)\s+side\s+of\s+(?P<rest>.+)$", flags),
        side_last=_LazyPattern(
            r"^(?P<rest>.+?),?\s+(?:on\s+)?(?:the\s+)?(?P<side>\S+)\s+side$", flags
        ),
        side_alone=_LazyPattern(
            # "na rumunskoj strani granice": the side "of the border" (a genitive).
            rf"^(?P<side>[^\s,]+(?:\s+[^\s,]+)?)\s+{_SIDE_WORD}"
            r"(?:\s+(?:granice|границе|границы|hranice|granicy|кордону|мяжы))?$|"
            rf"^{_SIDE_WORD}\s+(?:of\s+(?:the\s+)?)?(?P<owner>.+)$",
            flags,
        ),
        settlement_before=_LazyPattern(
            rf"^(?P<pre>(?:(?:small|remote|tiny|northern|southern|eastern|western|frontier|"
            rf"border|nearby|neighbouring|neighboring|[a-zа-яёіїєґў][\w’'-]*)\s+){{0,3}})"
            rf"(?!ports?\s+of\s+entry\b)(?:{settlement})"
            # "a cidade colombiana Letícia": a lower-case adjective before the name
            # ("el pueblo llamado X" is a name given, not an adjective).
            r"(?:\s+(?!(?:llamad|chamad|denominad|nombrad|called|named)\w*\s)"
            r"(?P<adj>(?-i:[a-zà-ž][\w-]*))(?=\s+(?-i:[A-ZÀ-Ž])))?"
            r"\s+(?P<rest>.+)$",
            flags,
        ),
        settlement_of=_LazyPattern(
            # "the Mariposa Port of Entry" is a crossing (read below), not the port of
            # a town named "Entry" (nor, in settlement_before, a port before "of Entry").
            rf"^{_PRE_WORDS}(?!ports?\s+of\s+entry\b)"
            rf"(?:{settlement})(?:\s+(?!(?:of|de)\b)(?P<adj>[^\W\d][\w-]*))?"
            r"\s+(?:of|called|named|de|d['’])\s*(?P<rest>.+)$",
            flags,
        ),
        region_of=_LazyPattern(
            rf"^{_PRE_WORDS}(?P<word>{_alternation(words.region)})\s+{_OF}(?P<rest>.+)$",
            flags,
        ),
        district_of=_LazyPattern(
            # Not Estonian "vallas" (in the parish), which follows its name: before "de"
            # it is the Spanish "fences" ("entre las vallas de Ceuta").
            rf"^{_PRE_WORDS}(?!vallas\s)(?P<word>{_alternation(words.district)})\s+{_OF}"
            r"(?P<rest>.+)$",
            flags,
        ),
        settlement_after=_LazyPattern(rf"^(?P<rest>.+?)\s+(?:{settlement})$", flags),
        prepositions=_LazyPattern(rf"^(?P<word>{_alternation(ordered)})\s+(?=\S)", flags),
        preposition_roles=roles,
        area_first=_LazyPattern(rf"^(?P<word>{area_words})\s+(?P<rest>\S.*)$", flags),
        area_last=_LazyPattern(rf"^(?P<rest>.*?\S)\s+(?P<word>{area_words})$", flags),
        area_kinds=area_kinds,
        folded_roles={_word_key(w): role for w, role in roles.items()},
        folded_kinds={_word_key(w): kind for w, kind in area_kinds.items()},
        article_before_word=_LazyPattern(
            r"^(?:(?:la|le|les|el|los|las|o|os|a|as|die|der|das|den|dem)\s+|l['’]\s*)"
            rf"(?=(?:{descriptors})(?:\s|$))",
            flags,
        ),
        length_of_border=_LazyPattern(
            rf"^(?P<head>(?:an?\s+)?{border})\s+of\s+"
            r"(?:about|some|around|nearly|almost|more\s+than|over|roughly|approximately)?\s*"
            r"(?P<km>\d{1,3}(?:[ ,.]\d{3})*|\d+)\s*(?P<unit>km|kilomet(?:re|er)s?|mi|miles?)\b"
            r"\s*(?P<tail>.*)$",
            flags,
        ),
        border_word_first=_LazyPattern(rf"^{border}\b", flags),
        border_after_words=_LazyPattern(rf"^(?:[\w-]+\s+){{0,3}}?{border}\b", flags),
        border_word_last=_LazyPattern(rf"\s+(?:{border})$", flags),
        settlement_then_unit=_LazyPattern(
            rf"^(?P<x>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{1,3}}(?:{settlement}))"
            r"\s+of\s+the\s+(?P<y>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$",
            flags,
        ),
        area_then_holder=_LazyPattern(rf"^(?P<x>.+?\s+(?:{area_words}))\s+(?P<y>\S.*)$", flags),
        unit_then_settlement=_unit_then_settlement_in_it(words),
        district_word_first=_LazyPattern(
            rf"^(?P<rest>(?:{_alternation(words.district)})\b.*)$", flags
        ),
        region_word_of=_LazyPattern(
            rf"^(?P<rest>(?:{_alternation(words.region)})\s+(?:of|de|du|des|del|do|da)\s+"
            r"(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?(?P<where>.+))$",
            flags,
        ),
        district_word_last=_LazyPattern(rf"(?:^|\s)(?:{_alternation(words.district)})$", flags),
        region_word_last=_LazyPattern(rf"(?:^|\s)(?:{_alternation(words.region)})$", flags),
        settlement_word_last=_LazyPattern(rf"(?:^|\s)(?:{settlement})$", flags),
    )


def compile_tables() -> int:
    """Compile every word-table pattern of the grammar now, not when first used.

    For :func:`bordermap.geo.pattern_store.keep_grammar`: a few sample phrases use
    only some of the tables, and a run that may not write the kept patterns (where
    ``PYTHONDONTWRITEBYTECODE`` is set) compiled the border tables again in every
    second process.

    Returns
    -------
    int
        How many tables there are.
    """
    grammar = _grammar()
    tables = [getattr(grammar, part.name) for part in fields(grammar)]
    tables = [table for table in tables if isinstance(table, _LazyPattern)]
    for table in tables:
        table.compiled  # noqa: B018 (compiled, and kept, as it is read)
    return len(tables)


# --- cleaning -----------------------------------------------------------------------


_TYPED_APOSTROPHE = re.compile("(?<=[^\\W\\d_])[`\u00b4](?=[^\\W\\d_])")
_BRIDGE_NUMBER = re.compile(
    r"(?P<bridge>\b(?:[Bb]ridge|[Pp]uente(?:\s+[Ii]nternacional)?))\s+"
    r"(?:(?:[Nn]umber|[Nn]o\.?|[Nn]úm\.?|[Nn]úmero|#)\s*\d{1,2}|[IV]{1,3}|\d)\b"
)


#: "&quot;", "quot;", "&#34;", "&laquo;": quotation-mark entities left in a feed's text.
_HTML_QUOTE_ENTITY = re.compile(r"&?(?:quot|#34|#39|apos|laquo|raquo|ldquo|rdquo);")


_ONE_OF_THE = re.compile(
    r"^(?P<prep>(?:in|at|from|to|into|near)\s+)?(?:one|some|several|many|each|any|two|"
    r"three)\s+of\s+(?=the\s)",
    re.IGNORECASE,
)


_STONES_THROW = re.compile(r"\b(?:just\s+)?a\s+stone['’]s\s+throw\s+(?:away\s+)?from\s+", re.I)


#: The Malay title of a border complex, spelled out: customs, immigration, quarantine
#: (and security), with its abbreviation in brackets.
_MALAY_CIQ_TITLE = re.compile(
    r"\bkastam,?\s+imigresen,?\s+(?:dan\s+)?kuarantin(?:,?\s+(?:dan\s+)?keselamatan)?"
    r"(?:\s*\((?:ciqs?|icqs)\))?",
    re.IGNORECASE,
)


#: A dash between a name and the lower-case border adjective after it ("Bambouti-
#: frontalière avec le Sud-Soudan"): no compound, the adjective describes the town.
_GLUED_BORDER_ADJECTIVE = re.compile(
    r"(?<=[^\W\d_])-(?=(?:frontali[eè]re?s?|fronteriz[oa]s?|fronteiriç[oa]s?)\s)"
)


def _clean(text: str) -> str:
    # "Kapısı`ndan", "Kilis´te": a backtick or an acute accent typed between two letters
    # for an apostrophe (before NFKC, which would part the accent from the text).
    text = _TYPED_APOSTROPHE.sub("’", text)
    text = unicodedata.normalize("NFKC", text)
    # An HTML entity of a quotation mark a feed left in the text, with or without its
    # ampersand ("معبر quot;راس جديرquot;"): the mark it stands for.
    text = _HTML_QUOTE_ENTITY.sub('"', text)
    text = re.sub(r"\s+#(?=\w)", ", ", text)  # "Kastanies #Evros": a hashtag qualifies
    # The Arabic comma (Arabic, Persian, Urdu) parts a place from its container as a
    # comma does: "تل أبيض، 90 كم شمال الرقة".
    text = re.sub(r"\s*،\s*", ", ", text)
    # So does the Ethiopic comma (Amharic, Tigrinya): "አካቦ ወረዳ፣ በካንካን ቀበሌ".
    text = re.sub(r"\s*፣\s*", ", ", text)
    # "(Balochistan province; Pakistan)": qualifiers in brackets parted by semicolons
    # are parted as by commas.
    text = _SEMICOLON_IN_BRACKETS.sub(", ", text)
    # Romanian written with cedillas (older keyboards) is Romanian with commas; Turkish
    # "ş" is not, so only a text with a Romanian letter is read so.
    if _ROMANIAN_LETTERS.search(text):
        text = text.translate(_ROMANIAN_CEDILLAS)
    # A mark typed without a space between two words ("معبر”دوغارون”", the crossing
    # "Dogharoun") parts them as the space it stands for.
    text = _GLUED_QUOTE.sub(" ", text)
    # "la ville de Bambouti-frontalière avec le Sud-Soudan": a dash typed for the space
    # before the border adjective that describes the town.
    text = _GLUED_BORDER_ADJECTIVE.sub(" ", text)
    # Thai writes no apostrophes: a single quotation mark beside Thai letters quotes a
    # name ("จุดเชื่อมชายแดน’แม่สาย’"), and parts it from the word before as a space.
    text = _THAI_SINGLE_QUOTE.sub(" ", text)
    # Quotation marks around a name inside the text ("the “Margara” checkpoint",
    # "пост «Карасу»") are typography, not part of the name.
    text = _INNER_QUOTES.sub("", text.strip())
    # "a stone's throw away from X": an idiom for "near X", whose "'s" is no owner's.
    text = _STONES_THROW.sub("near ", text)
    # "Kompleks Kastam, Imigresen dan Kuarantin (CIQ) X": the comma of the complex's
    # spelled-out title parts no place from its container; the title is its "CIQ".
    text = _MALAY_CIQ_TITLE.sub("CIQ", text)
    # "el río Arauca -que separa a los dos países-", "la garita de San Ysidro –en la
    # ciudad de Tijuana–": a lower-case aside between dashes is a clause, as between
    # commas (a dash before a capital joins two names: "Narva – Ivangorod").
    text = _DASH_ASIDE.sub(_aside_as_clause, text)
    # "la franja fronteriza del lado haitiano", "la fila del lado paraguayo": a thing
    # named by no name, on one side: where it is, is that side.
    text = _THING_ON_A_SIDE.sub(r"el lado \g<side>", text)
    if _TURKISH_LETTERS.search(text):
        # "Habur Sınır Kapısı'nı", "İbrahim Halil Sınır Kapısı’nda": a case ending.
        text = _TURKISH_END.sub("", text)
    # "Emerson, Man.", "Sasabe, Ariz.": a press abbreviation after a comma is the
    # province or state it stands for (alone, "Man." would be the Isle of Man).
    text = _PRESS_ABBREVIATION.sub(lambda m: ", " + _PRESS_ABBREVIATIONS[m["abbr"]], text)
    # "Coutts, Alta": the abbreviation closing the text, its dot lost with the sentence's
    # end; only the longer ones, which are no word or place of their own there.
    text = _PRESS_ABBREVIATION_AT_END.sub(
        lambda m: ", " + _PRESS_ABBREVIATIONS[m["abbr"] + "."], text
    )
    # Vietnamese "(Bộ đội Biên phòng tỉnh Tây Ninh)": the province's border guard stands
    # for the province it guards.
    text = _VIETNAMESE_BORDER_GUARD_OF.sub("", text)
    # Greek "από αστυνομικούς του Τμήματος Συνοριακής Φύλαξης Μεταξάδων" (by officers of
    # the Border Guard Department of Metaxades): a police unit is named after the town it
    # sits in (the name in the genitive) and patrols around it: near that town.
    text = _GREEK_POLICE_UNIT_OF.sub("κοντά σε ", text)
    # "one of the Baneh border areas", "in one of the border villages": a count of the
    # places that follow says no more where than they do.
    text = _ONE_OF_THE.sub(r"\g<prep>", text)
    text = _BRAZILIAN_STATE.sub(lambda m: ", " + _BRAZILIAN_STATES[m["uf"]], text)
    # Hindi postpositions follow the name ("किशनगंज में", "मोतिहारी के"); Arabic
    # and Persian border adjectives follow a crossing's name ("معبر المصنع الحدودي").
    text = _AFTER_THE_NAME.sub("", text)
    # "la frontera de Agua Caliente, entre Honduras y Guatemala": the comma only sets off
    # where the named stretch lies; read as one, the pair after "entre" is its border.
    text = _COMMA_BEFORE_THE_PAIR_OF_A_BORDER.sub(r"\g<border> ", text)
    # Finnish and Estonian postpositions of a way ("itärajan yli", "Nuijamaan kautta",
    # "Narva kaudu": across, via): the place is the name before them.
    text = _FINNIC_WAY_AFTER.sub("", text)
    text = _TURKISH_WAY_AFTER.sub("", text)
    text = _KYRGYZ_RURAL_UNIT_BEFORE_ITS_VILLAGE.sub("", text)
    text = _INDONESIAN_AT_BEFORE_A_UNIT.sub("", text)
    text = _PERSIAN_OF_THE_DEPENDENCIES_OF.sub(r"\g<head>شهرستان ", text)
    # "Eagle Pass Bridge Number 1", "Laredo Bridge No. 2", "Puente Internacional 2": the
    # crossings table holds a town's bridges as one crossing, without their numbers.
    text = _BRIDGE_NUMBER.sub(r"\g<bridge>", text)
    # "Kaakkois-Suomen itärajaa": a Finnish compass prefix joined to Finland's name
    # ("south-east Finland's") is a part of the country, not a second side.
    text = _FINNISH_COMPASS_BEFORE_FINLAND.sub("", text)
    # "the Maseru Borger Gate": "border" misspelt before a crossing word; no place
    # bears the slip, and read as a name it hid the town before it.
    text = _BORDER_SLIP.sub(lambda m: "Border" if m[0][:1].isupper() else "border", text)
    text = _BORDER_SLIP_AFTER_PAIR.sub(r"\g<pair>border", text)
    # "the border with (Ivory Coast)": brackets around the whole name after "with" hold
    # no qualifier of what comes before; they are typography.
    text = _BRACKETED_AFTER_WITH.sub(r"\g<with> \g<name>", text)
    # "a horvát - szlovén hatérvidék": Hungarian "határ" (border) with "é" typed for
    # "á"; no Hungarian word begins so.
    text = _HUNGARIAN_BORDER_SLIP.sub("határ", text)
    # "la provincia de Anbar que limita con Jordania", "Mahra, which borders Oman": the
    # place is the one before the clause; the neighbour only describes it.
    # "Santa Cruz, a Guatemalan community which borders Jalacte": a village said to
    # border another village lies near it (before the clause above is dropped).
    text = _APPOSITIVE_WHICH_BORDERS.sub(" near ", text)
    text = _BORDERING_CLAUSE.sub("", text)
    # "Kijiji cha Mtole Kilichopo Nchini Msumbiji Mpakani mwa Tanzania": Swahili
    # headlines capitalise every word; the relative and place words are no names, and
    # capitalised they were read as part of the village's.
    if _SWAHILI_MARKER.search(text):
        text = _SWAHILI_TITLED_WORDS.sub(lambda m: m[0].lower(), text)
    # "na cidade de Santa Elena de Uairén, município [que faz fronteira ...]": the
    # town word names the place; the municipality word left after it only says the
    # town seats one (read as a unit, the town word became part of its name).
    text = _TOWN_THEN_ITS_MUNICIPALITY.sub(r"\g<town>", text)
    # "لمعبر عرعر", "بمحافظة X": an Arabic preposition joined to the role word that
    # begins the text ("to the crossing of", "in the province of") leaves the role word.
    text = _ARABIC_JOINED_LEAD.sub(lambda m: "ال" if m[0] == "لل" else "", text)
    text = _COMMA_PAIR_BORDER.sub(_comma_pair_as_dash, text)
    text = _DISPUTED_AREA_OF_A_PAIR.sub(r"\g<pair> border", text)
    return _SPACES.sub(" ", text).strip(' \t\n.;:!?"“”«»„‘’')


#: "the Malawi, Tanzania border": two countries parted by a comma before a border
#: word, a pair as "Malawi-Tanzania" is (a comma otherwise parts a place from its
#: container, and "Malawi" then stood alone outside the event's country).
_COMMA_PAIR_BORDER = re.compile(
    r"(?P<a>\b(?-i:[A-Z])[^\W\d_]+(?:\s+(?-i:[A-Z])[^\W\d_]+)?),\s+"
    r"(?P<b>(?-i:[A-Z])[^\W\d_]+(?:\s+(?-i:[A-Z])[^\W\d_]+)?)"
    r"(?=\s+(?:border|frontier|boundary)(?:\s|$))",
    re.IGNORECASE,
)


#: "the Guyana-Venezuela disputed area": the land two sides dispute lies along their
#: border, which the pair's border reading then checks; a single name's "disputed area"
#: is left alone (a disputed place, not a border).
_DISPUTED_AREA_OF_A_PAIR = re.compile(
    r"(?P<pair>(?-i:[A-Z])[^\W\d_]+[-–](?-i:[A-Z])[^\W\d_]+)\s+disputed\s+"
    r"(?:areas?|zones?|regions?|territory|territories|lands?|border|frontier|boundary)$",
    re.IGNORECASE,
)


def _comma_pair_as_dash(match: re.Match) -> str:
    # Only two different countries, by name or adjective: "Kasane, Botswana border"
    # keeps its comma.  The shipped gazetteer holds the country names the word tables
    # leave to it ("Malawi"); imported here, as the grammar needs no gazetteer otherwise.
    from bordermap.geo.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    a, b = gazetteer.country_code(match["a"]), gazetteer.country_code(match["b"])
    if a and b and a != b:
        return f"{match['a']}-{match['b']}"
    return match[0]


#: A lower-case aside between dashes ("el río Arauca -que separa a los dos países-"),
#: dropped as one between commas is; a dash before a capital joins two names instead.
_DASH_ASIDE = re.compile(
    r"\s+[-–—]\s*(?P<aside>(?-i:[a-zà-ÿ])[^-–—]*?)\s*[-–—](?=\s|$)", re.IGNORECASE
)


#: An unnamed thing on one side of the border ("la parte del lado haitiano"): the
#: side's adjective names the country.
_THING_ON_A_SIDE = re.compile(
    r"^(?:(?:la|el|los|las|una?)\s+)?(?:(?-i:[a-záéíóúñ])[\w-]*\s+){1,3}del\s+lado\s+"
    r"(?P<side>(?-i:[a-záéíóúñ])\w+)$",
    re.IGNORECASE,
)


def _aside_as_clause(match: re.Match) -> str:
    """A dash aside as a comma clause; a comma closes it only when text follows."""
    closing = ", " if match.string[match.end() :].strip() else ""
    return f", {match['aside']}{closing}"


_ARABIC_ROLE_WORDS = r"(?:معبر|منفذ|مدينة|بلدة|قرية|محافظة|ولاية|قضاء|ناحية|منطقة|محلية)"
_ARABIC_JOINED_LEAD = re.compile(
    rf"^(?:[بل](?=(?:ال)?{_ARABIC_ROLE_WORDS}(?:\s|$))|لل(?={_ARABIC_ROLE_WORDS}(?:\s|$)))"
)


# "Santa Cruz, a Guatemalan community which borders Jalacte": the appositive of a
# village (not a town's or a unit's, whose neighbour may be a country) and the named
# place it borders, which the village lies near.
_APPOSITIVE_WHICH_BORDERS = re.compile(
    r",\s+an?\s+(?:[^\W\d_]+\s+){0,3}?(?:community|village|hamlet|settlement)\s+"
    r"(?:which|that)\s+borders\s+(?=[A-ZÀ-Þ][^\s,]*(?:\s+[A-ZÀ-Þ][^\s,]*)?$)",
)
_BORDERING_CLAUSE = re.compile(
    r"(?:\s*,\s*|\s+)(?:which|that|que|qui|che)\s+(?:borders?|limita|faz\s+fronteira|"
    r"fait\s+fronti[eè]re|borde|confina|est\s+frontali[eè]re)\b.*$|\s*,\s*bordering\s.*$",
    re.IGNORECASE,
)
#: Words of an area that is no administrative unit, which a town and a distance place.
_AREAS_PLACED_BY_A_TOWN = frozenset({"sector", "sectors", "zona", "zone", "area", "área"})
# ... and before "with" or "between" ("the boarder with Mozambique"), which no lodger is
# followed by; "the boarder at X" may be a lodger, and is read as the border only after two
# dashed words (_BORDER_SLIP_AFTER_PAIR: "the PNG-Indonesian boarder at Wutung").
_BORDER_SLIP = re.compile(
    r"\b(?:borger|boarder|boder|bordor)"
    r"(?=\s+(?:(?:gate|post|crossing|point|checkpoint)s?|with|between)\b)",
    re.IGNORECASE,
)
#: A border "of" a named spot, then a comma and "between" a pair: the comma is dropped.
_COMMA_BEFORE_THE_PAIR_OF_A_BORDER = re.compile(
    r"(?P<border>\b(?:frontera|frontière|fronteira|frontiera|border|frontier)\s+"
    r"(?:de|do|da|du|of|di)\s+[^,]+?)\s*,\s+(?=(?:entre|between|tra|fra)\s)",
    re.IGNORECASE,
)
#: "the PNG-Indonesian boarder at Wutung", "along Bwera-DRC boarder": the slip after two
#: words joined by a dash (two countries, a town and a country); no lodger is so named.
_BORDER_SLIP_AFTER_PAIR = re.compile(
    r"(?P<pair>\b[^\W\d_]+[-‐‑–—][^\W\d_]+\s+)(?:boarder|boder|bordor)\b", re.IGNORECASE
)
_BRACKETED_AFTER_WITH = re.compile(
    r"\b(?P<with>with|con|avec|com|mit)\s+\((?P<name>[^()]+)\)(?=\s*$)", re.IGNORECASE
)
_HUNGARIAN_BORDER_SLIP = re.compile(r"\b(?-i:hatér)(?=[a-záéíóöőúüű]*\b)")
_SWAHILI_MARKER = re.compile(r"\b(?:kijiji|katika|mpakani|nchini|mkoani|wilayani)\b", re.I)
_SWAHILI_TITLED_WORDS = re.compile(
    r"\b(?-i:Kilichopo|Kilicho|Iliyopo|Iliyo|Lililopo|Lililo|Uliopo|Ulio|Zilizopo|"
    r"Yaliyopo|Palipo|Nchini|Mpakani|Mkoani|Wilayani|Katika|Karibu|Mwa)\b"
)
_TOWN_THEN_ITS_MUNICIPALITY = re.compile(
    r"^(?P<town>(?:(?:na|no|em|en|in|à|a)\s+)?(?:(?:la|el|the|a)\s+)?"
    r"(?:cidade|ciudad|city|town|ville|vila)\s+(?:de|of|d['’])\s*[^,]+?)"
    r"\s*,\s+(?:(?:o|un|uno|a|an|the|el|le)\s+)?"
    r"(?:município|municipio|municipality|commune|comuna)$",
    re.IGNORECASE,
)
_ROMANIAN_CEDILLAS = str.maketrans("ŞşŢţ", "ȘșȚț")
_ROMANIAN_LETTERS = re.compile("[ŢţăĂ]")
_SEMICOLON_IN_BRACKETS = re.compile(r"\s*;\s*(?=[^()]*\))")
_INNER_QUOTES = re.compile('["“”«»„]')
_THAI_SINGLE_QUOTE = re.compile("[‘’'](?=[\u0e00-\u0e7f])|(?<=[\u0e00-\u0e7f])[‘’']")
# An opening mark glued to the word before it: the writer left the space out.
_GLUED_QUOTE = re.compile(r'(?<=[^\W\d_])["“”«»„](?=[^\W\d_])')
_FINNISH_COMPASS_BEFORE_FINLAND = re.compile(
    r"\b(?:kaakkois|koillis|lounais|luoteis|pohjois|etelä|itä|länsi|keski)-(?=suome)",
    re.IGNORECASE,
)
_FINNIC_WAY_AFTER = re.compile(r"(?<=\S)\s+(?:yli|kautta|läpi|kaudu|üle)$", re.IGNORECASE)
# Turkish postpositions of a way ("Meriç Nehri üzerinden", over the Meriç river).
_TURKISH_WAY_AFTER = re.compile(r"(?<=\S)\s+(?:üzerinden|yoluyla)$", re.IGNORECASE)
# Kyrgyz "Ак-Сай айыл өкмөтүнүн Көк-Таш айылында" (in Kök-Tash village of the Ak-Sai
# rural administration): the rural unit, named after its seat, holds the village named
# next, the finer place; its name is another village's, which the text does not mean.
_KYRGYZ_RURAL_UNIT_BEFORE_ITS_VILLAGE = re.compile(
    r"(?:(?<=\s)|^)[^\s,;()]+\s+айыл\s+(?:өкмөтүнүн|өкмөтүнө\s+караштуу|"
    r"аймагынын|аймагына\s+караштуу)\s+(?=[^\s,;()]+\s+айыл)",
    re.IGNORECASE,
)
# Indonesian and Malay "di" (in, at) before a unit word ("di Kabupaten Keerom, Papua"):
# the unit is the place.  (Elsewhere "di" is Italian "of": only before these words.)
_INDONESIAN_AT_BEFORE_A_UNIT = re.compile(
    r"^di\s+(?=(?:kabupaten|kab\.|kota|kecamatan|desa|kampung|distrik|provinsi|dusun|"
    r"kelurahan)\s+\S)",
    re.IGNORECASE,
)
# Persian "منطقه سیدکان از توابع سوران" (the Sidakan area, of the dependencies of
# Soran): the bare name after "از توابع" is the unit holding the place, its county,
# as the fuller wording "از توابع شهرستان X" says: the unit word is put in.
_PERSIAN_OF_THE_DEPENDENCIES_OF = re.compile(
    r"^(?P<head>\S.*?\s+از\s+توابع\s+)(?!(?:شهرستان|استان|بخش|دهستان|روستای|شهر)\s)(?=\S)"
)
_AFTER_THE_NAME = re.compile(r"\s+(?:में|के|की|का|से|पर|तक|الحدودي|الحدودية|مرزی)$")


_GERMAN_ADJECTIVES_BEFORE_NOUN = re.compile(
    r"^(?:der|die|das|dem|den|des)\s+(?:[a-zäöüß][a-zäöüß-]*(?:en|er|es|em|e)\s+){1,2}"
    # A unit or town word, never the border ("die russisch-norwegische Grenze": the
    # adjectives are the two countries).
    r"(?=[A-ZÄÖÜ][a-zäöüß]+(?:region|kreis|gebiet|provinz|bezirk|stadt|dorf|gemeinde)\b|"
    r"(?:Region|Provinz|Stadt|Gemeinde|Ortschaft|Dorf|Kreis|Landkreis|Bezirk|Oblast|Gebiet|"
    r"Bundesstaat|Departement)\b)"
)

# "het Brabantse Baarle-Nassau", "de provincie Homs": a Dutch article (lower case) and
# the adjective of a region or country (capitalised, "-se", "-sche") before a name, or
# the article alone before a unit or town noun ("De Panne" keeps its own).
_DUTCH_ARTICLE_BEFORE_NOUN = re.compile(
    r"^(?:de|het)\s+(?:(?:[A-Z][\w-]*(?:se|sche)\s+)(?=[A-Z])|"
    r"(?=(?:provincie|gemeente|regio|stad|dorp|grensstad|grensdorp|grensplaats)\s)|"
    # "de oostgrens": the article before a compass word joined to the border word
    # ("de grens bij Rafah" keeps it: read as it was, the town beside the border).
    r"(?=(?:oost|west|noord|zuid)grens(?:en|gebied)?(?:\s|$)))"
)


# "no man's land at the Jogbani border": the strip between the two posts at X, which
# is X's crossing or border itself.
_NO_MANS_LAND_AT = re.compile(
    r"^(?:(?:in|at|on|into|from)\s+)?(?:the\s+)?no[\s-]+man['’]?s[\s-]+land\s+"
    r"(?:at|of|on)\s+(?=\S)",
    re.IGNORECASE,
)


# "the region along the Sierra Leone-Liberian border": land along a border is that
# border; a unit word here names no unit (read so, "along ..." became its name).
_LAND_ALONG_BORDER = re.compile(
    r"^(?:(?:in|into|from|to|across)\s+)?(?:the\s+)?(?:regions?|areas?|zones?|lands?|"
    r"villages|communities|districts)\s+(?=along\s+(?:the\s+)?\S[^,]*\s"
    r"(?:border|frontier|boundary)$)",
    re.IGNORECASE,
)


def _strip_leading(text: str) -> str:
    text = _NO_MANS_LAND_AT.sub("", text, count=1)
    text = _LAND_ALONG_BORDER.sub("", text, count=1)
    # "in the direction of X" (the wording of Ukrainian military reports in English):
    # where the shelling came from or went, X itself.
    text = _IN_THE_DIRECTION_OF.sub("", text, count=1)
    text = _EVENT_BEFORE_PLACE.sub("", text, count=1)
    text = _LEADING_EN.sub("", text, count=1).strip()
    # "la frontière tchadienne", "die Grenze": an article only before a border word, as
    # "La Paz" and "El Paso" keep theirs.
    text = _ARTICLE_BEFORE_BORDER.sub("", text, count=1)
    # "der südtürkischen Grenzregion Kilis", "der nordöstlichen Provinz X": a German
    # article and its adjectives (lower case; the noun after them is capitalised).
    text = _GERMAN_ADJECTIVES_BEFORE_NOUN.sub("", text, count=1)
    text = _DUTCH_ARTICLE_BEFORE_NOUN.sub("", text, count=1)
    # "la ville de X", "die Region X", "el departamento de X": an article before a
    # descriptor word of the tables goes too.
    return _grammar().article_before_word.sub("", text, count=1)


def _strip_possessive(text: str) -> str:
    text = _TURKISH_CASE.sub("", text)
    return _POSSESSIVE_END.sub("", text).strip()


def _take_length(text: str, grammar: _Grammar) -> tuple[str, float | None]:
    """Remove "the 1,300 km-long" before a border word; return the text and the km.

    Also "a border of about 1,500 kilometres with Russia" and "their 2,640-kilometer
    (1,640-mile) border".
    """
    text = _PRONOUN.sub("", text)
    text = re.sub(r"\s*\([^()]*\b(?:km|kilomet\w*|mi|miles?)\)", "", text, flags=re.I)
    after = grammar.length_of_border.match(text)
    if after:
        km = float(re.sub(r"[ ,.]", "", after["km"]))
        km *= 1.609344 if after["unit"].lower().startswith("mi") else 1.0
        head = re.sub(r"^an?\s+", "", after["head"], flags=re.I)
        return f"{head} {after['tail']}".strip(), km
    romance = _ROMANCE_LENGTH.search(text)
    if romance and grammar.border_word_first.match(text[romance.end() :]):
        km = float(re.sub(r"[ .\u202f]", "", romance["km"]))
        return _strip_leading(text[: romance.start()] + text[romance.end() :]), km
    match = _LENGTH.search(text)
    if not match:
        return text, None
    rest = text[match.end() :]
    if not grammar.border_after_words.match(rest):
        return text, None
    digits = re.sub(r"[ ,.\u202f](?=\d{3}\b)", "", match["km"]).replace(",", ".")
    km = float(digits)
    if match["unit"].lower().startswith("mi"):
        km *= 1.609344
    cut = (text[: match.start()] + rest).strip()
    return _strip_leading(cut), km


def _strip_prepositions(text: str, grammar: _Grammar) -> tuple[str, tuple[str, ...], bool]:
    """Leading prepositions of every language: (rest, languages they imply, near?)."""
    languages: list[str] = []
    near = False
    for _ in range(3):  # "на территории", "netālu no", "в районе": at most a few
        match = grammar.prepositions.match(text)
        if not match:
            break
        written = match["word"]
        word = _word_key(written)
        lang, is_near = grammar.folded_roles[word]
        rest = text[match.end() :].strip()
        # A name is written capitalised ("En Naqoura", "Na Kham"): a short word in
        # lower case before a capitalised one is the preposition ("en La Quiaca").
        lowered = written.islower() and rest[:1].isupper()
        if not (lowered or _may_strip(word, lang, rest)):
            break
        text = rest
        if lang != "en":
            languages += ["ru", "be", "uk"] if lang in ("ru", "be", "uk") else [lang]
        near = near or is_near
    return _strip_leading(text), tuple(dict.fromkeys(languages)), near


# Short Latin prepositions that also begin place names ("Na Kham", "Do Son", "An
# Nasiriyah", "En Naqoura", "De Aar", "Am Timan"): stripped only when what follows is
# clearly not such a name.
_NAME_LIKE = frozenset(
    {"na", "w", "we", "z", "ze", "do", "od", "za", "no", "pa", "uz", "gar", "en"}
)
# Case endings that show the next word is declined after a preposition of that language.
_DECLINED_AFTER = {
    "pl": re.compile(r"(?:u|ie|y|i|ach|ami|iu|ą|ej|im|ym|em|om|ów)$"),
    "lv": re.compile(r"(?:ā|ē|ī|os|ās|ēs|as|es|u|a)$"),
}


# "through" and "up to" of Spanish and Portuguese: taken off before a name only ("Por
# Chuy", "Até Chuí"); before lower-case words ("por la frontera de X") they open a
# description read whole.  So is the Scandinavian "på" (on, at): "på Øresundsbron" is
# the bridge, "på grensa ved Storskog" a description the grammar reads whole.
_BEFORE_A_NAME_ONLY = frozenset({"por", "hasta", "até", "på"})


def _may_strip(word: str, lang: str, rest: str) -> bool:
    """Whether a leading preposition can be taken off (it is not part of a name)."""
    if word in _BEFORE_A_NAME_ONLY:
        return rest[:1].isupper()
    if word not in _NAME_LIKE or not rest:
        return bool(rest)
    first = rest.split()[0]
    if first[:1].islower() or any(c in rest.lower() for c in _CUES.get(lang, "")):
        return True  # "na granicy", "w Białowieży"
    declined = _DECLINED_AFTER.get(lang)
    return bool(declined and declined.search(first.lower()))  # "w Terespolu"


_CUES = {"pl": "ąćęłńóśźż", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž"}


# --- the forms ----------------------------------------------------------------------


#: The Arabic article a name's hyphen joins ("Al-Fashaqa", "el-Arish").
_ARABIC_ARTICLE_AT_END = re.compile(r"(?:^|\s)(?:al|el)$", re.IGNORECASE)


def _dash_splits(pair: str) -> tuple[tuple[str, str], ...]:
    cuts = []
    for match in re.finditer(rf"\s*{_DASH_CLASS}\s*", pair):
        a, b = pair[: match.start()].strip(), pair[match.end() :].strip()
        if _ARABIC_ARTICLE_AT_END.search(a) and match.group().strip() == match.group():
            continue  # "Al-Fashaqa": the article joined to its name, not two sides
        if a and b:
            cuts.append((a, b))
    # "Latvia and Belarus border", "Lietuvos ir Baltarusijos pasienis"; Kazakh "мен"
    # and Kyrgyz "менен" ("Қазақстан мен Қырғызстан шекарасында").
    pair_and = r"\s+(?:and|ir|un|i|и|і|ja|y|et|und|мен|менен)\s+"
    for match in re.finditer(pair_and, pair, re.IGNORECASE):
        a, b = pair[: match.start()].strip(), pair[match.end() :].strip()
        if a and b:
            cuts.append((a, b))
    return tuple(cuts)


_THE_COUNTRY = re.compile(r"(?:the\s+)?(?:country|kingdom|nation|republic)", re.IGNORECASE)


#: "Syria's Qamishli district", "Turkey's town of Kilis": a side of "the border between
#: X and Y" named as a country's town or unit.
_COUNTRYS_TOWN = re.compile(
    r"^(?P<owner>\S+?)['’]s\s+(?:(?:town|city|village)\s+of\s+)?"
    r"(?P<town>(?-i:[A-ZÀ-Þ])[\w’'.-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w’'.-]*)?)"
    r"(?:\s+(?:district|province|town|city|village|border\s+town))?$",
    re.IGNORECASE,
)


def _side_by_its_town(side: str) -> str:
    """A side of "the border between X and Y" named as a country's town, as the town
    ("Syria's Qamishli district" → "Qamishli"): the two towns name the stretch of the
    border, where the country alone would name all of it.  Other sides as written."""
    match = _COUNTRYS_TOWN.match(side.strip())
    if match is None or not load_country_words().name_codes(normalise(match["owner"])):
        return side
    return match["town"]


def _take_compass(text: str, g: _Grammar) -> tuple[str, str]:
    """Take a compass word of another language off a border phrase.

    Returns the text without it and the English compass word it stands for
    ("на южной границе Узбекистана" → "на границе Узбекистана", "southern"), or the
    text unchanged and "".
    """
    for pattern, table, keep in (
        (g.compass_joined, _COMPASS_PREFIX, ""),
        (g.compass_before, _COMPASS_STEMS, ""),
        (g.compass_after, _COMPASS_AFTER, r"\g<word>"),
    ):
        match = pattern.search(text)
        if not match:
            continue
        word = match["dir"]
        for english, stems in table.items():
            if re.fullmatch(stems, word, re.IGNORECASE):
                return _SPACES.sub(" ", pattern.sub(keep, text, count=1)).strip(), english
    return text, ""


def _space_split(pair: str) -> tuple[tuple[str, str], ...]:
    """ "colombo ecuatoriana": two words without a dash may be the two sides."""
    words = pair.split()
    return ((words[0], words[1]),) if len(words) == 2 else ()


# A border, then a unit named in the locative with no preposition: Latvian "uz Lietuvas
# – Baltkrievijas robežas Lazdiju rajonā" (on the Lithuania–Belarus border in the
# Lazdijai district), Lithuanian "Lazdijų rajone", Estonian "Setomaa vallas".
_BORDER_THEN_LOCATIVE_UNIT = re.compile(
    r"^(?P<x>.+?)\s+(?P<y>(?-i:[A-ZÀ-Ž])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ž])[\w'’-]*)?\s+"
    r"(?:rajonā|novadā|pagastā|rajone|savivaldybėje|seniūnijoje|vallas|maakonnas))$",
    re.IGNORECASE,
)

# "perbatasan/sempadan ... di Y": the Indonesian or Malay border, then where on it.
_BORDER_AT_ID = re.compile(
    r"^(?P<x>(?:\S+\s+)?(?:perbatasan|sempadan)\b.*?)\s+"
    # ... or the unit there without "di": "Perbatasan RI-RDTL Distrik Oecusse".
    r"(?:di\s+|(?=(?:distrik|kabupaten|kecamatan|provinsi|desa)\s))(?P<y>\S.+)$",
    re.IGNORECASE,
)


#: The Indonesian or Malay border word (with its sea word), then two owners joined by
#: "dan" with no "of": the possessor follows its noun in these languages.
_PAIR_AFTER_THE_WORD_ID = re.compile(
    r"^(?:perbatasan|sempadan|batas)(?:\s+(?:laut|perairan|maritim|darat))?\s+"
    r"(?P<a>[^\s,]+(?:\s+[^\s,]+)?)\s+dan\s+(?P<b>[^\s,]+(?:\s+[^\s,]+)?)$",
    re.IGNORECASE,
)


def _names_a_country(text: str) -> bool:
    """Whether ``text`` is a country's name, code or demonym, in any language."""
    from bordermap.geo.places.gazetteer import load_gazetteer

    return bool(load_country_words().codes(normalise(text)) or load_gazetteer().country_code(text))


#: "Between the two countries" naming neither ("entre les deux pays", "entre ambos
#: países"), at the end of a border phrase.
_BETWEEN_THE_TWO_COUNTRIES = re.compile(
    r"\s+(?:between\s+(?:the\s+two|both)\s+countries|entre\s+(?:les\s+deux\s+pays|"
    r"(?:los\s+dos|ambos)\s+países|(?:os\s+dois|ambos\s+os)\s+países)|"
    r"zwischen\s+(?:den\s+)?beiden\s+Ländern|(?:tra|fra)\s+i\s+due\s+paesi)$",
    re.IGNORECASE,
)


def _border(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    if not g.has_border_word(text):
        # Every reading below needs a border word: without one, none of their patterns
        # is compiled or tried.
        return None
    unnamed = _BETWEEN_THE_TWO_COUNTRIES.search(text)
    if unnamed is not None and unnamed.start() > 0:
        # "la frontière maritime entre les deux pays": the two countries are the
        # report's, named before the phrase; the event's own country is one of them.
        text = text[: unnamed.start()]
    if _COMMA.search(text) or _PLACE_ON.search(text):
        # "X, near the Russian border", "Edirne on the Turkish-Greek border": a place
        # and where it lies, not a border.
        return None
    if _CROSSING_OF_A_NAME.match(text):
        # "the border crossing of Bab al-Hawa": a crossing and its name, whose hyphen
        # joins the name's words, not two sides of a border.
        return None
    inside = re.match(
        r"^(?P<x>.+?)\s+(?:in|в|во|у|u|v|ve|w|we|en|em|dans|im|nel|nella)\s+(?P<y>\S.+)$",
        text,
        re.I,
    )
    if inside is None:
        # Indonesian and Malay "di" (in, at) after their border word: "perbatasan
        # Indonesia-Malaysia di PLBN Entikong", the border and where on it.  Elsewhere
        # "di" is Italian "of" ("il confine di Stato"), so only after these words.
        inside = _BORDER_AT_ID.match(text) or _BORDER_THEN_LOCATIVE_UNIT.match(text)
    if (
        inside
        and _border(inside["x"], g, langs) is not None
        and _border(inside["y"], g, langs) is None
    ):
        # "на госгранице с Россией в Западно-Казахстанской области": the border, and
        # the area it is in; not a side named "Россией в ... области".
        return _restricted(inside["x"], inside["y"], text, langs, "in")
    text, km = _take_length(text, g)
    text = _strip_leading(text)
    text, compass = _take_compass(text, g)
    part = _COMPASS_PART_OF_A_BORDER.match(text)
    line = _border(part["rest"], g, langs) if part else None
    if part and line is not None and line.name and line.other:
        # "the northern sector of the Norwegian-Russian border": a stretch of a border
        # both sides name lies on that border, which is read.  The compass word is not
        # kept: it tells which part of the line, not which of a country's borders.
        text = part["rest"]

    def made(name: str, other: str, splits=(), suffix: str = "") -> PlaceExpression:
        name = _strip_possessive(name)
        if _THE_COUNTRY.fullmatch(name):
            name = ""  # "the country's southeastern boundary": the event's country
        return PlaceExpression(
            "border",
            text,
            name,
            other,
            splits,
            suffix=(suffix or compass).lower(),
            distance_km=km,
            languages=langs,
        )

    match = g.bare_border.match(text)
    if match:
        # "the border", "the eastern frontier": the country is the event's own.
        return made("", "", suffix=match["dir"] or "")
    match = g.between.match(text) or g.place_between.match(text)
    if match:
        # "the Torkham border between Afghanistan and Pakistan": the border named.
        return made(_side_by_its_town(match["a"]), _side_by_its_town(match["b"]))
    match = g.with_only.match(text)
    if match:
        return made("", match["b"])
    match = g.of_with.match(text)
    if match:
        return made(match["a"], match["b"])
    match = g.of_and.match(text)
    if match:
        return made(match["a"], match["b"])
    match = _PAIR_AFTER_THE_WORD_ID.match(text)
    if match and all(_names_a_country(match[side]) for side in ("a", "b")):
        # Indonesian and Malay put the owners straight after the word, "dan" (and)
        # between them: "perbatasan perairan Indonesia dan Australia".  Two countries
        # only: towns so joined are read as they were before.
        return made(match["a"], match["b"])
    match = g.owner_with.match(text)
    if match and match["a"][:1].isupper():
        # The owner, capitalised, in the genitive: "границе России с Белоруссией".
        return made(match["a"], match["b"])
    match = g.with_.match(text)
    if match:
        return made(match["a"], match["b"], suffix=match["dir"] or "")
    match = g.owner_border.match(text)
    if match and not _dash_splits(match["a"]):
        # "Finland's eastern border", "Poland's border": one country's borders.
        return made(match["a"], "", suffix=match["dir"] or "")
    match = g.section.match(text)
    if match and _dash_splits(match["pair"]):
        # "the Kyrgyz-Tajik section of the border".
        splits = _dash_splits(match["pair"])
        return made(splits[0][0], splits[0][1], splits)
    match = g.word_first.match(text)
    # "la frontera de Beni-Enzar": "of" only joins the word to the pair, which is read
    # as "the Beni-Enzar border" is; kept, it made a side "de Beni" that names nothing.
    pair = _OF_BEFORE_A_PAIR.sub("", match["pair"]) if match else ""
    if match and _dash_splits(pair):
        # Polish and others put the word first: "granica polsko-białoruska".
        splits = _dash_splits(pair)
        return made(splits[0][0], splits[0][1], splits)
    if match and re.fullmatch(r"\w+", match["pair"]):
        # "la frontière tchadienne", "granica białoruska": one side, after the word.
        return made("", match["pair"])
    if match and _space_split(match["pair"]) and match["pair"].islower():
        # "la frontera colombo ecuatoriana": two adjectives without a dash, both sides
        # ("Border Guard Post" is no pair of adjectives).
        return made("", match["pair"], _space_split(match["pair"]))
    match = g.pair_border.match(text)
    if match and re.match(r"^\S+['’]", match["pair"]) and not _dash_splits(match["pair"]):
        # "Van'ın İran sınırında": Van's border with Iran, the place and its border.
        return None
    if match:
        splits = _dash_splits(match["pair"])
        if splits:
            return made(splits[0][0], splits[0][1], splits)
        # "the Belarusian border" alone: one side, the other from the event's country;
        # "the Costa Rican border" may be one side of two words.
        return made("", match["pair"], _space_split(match["pair"]))
    match = g.owner_after.match(text)
    if match and match["a"][:1].isupper():
        # "la frontière du Burkina Faso": the owner after "of".
        return made(_name_with_its_article(text, match.start("a")), "")
    return None


#: A capitalised article between "de" and a name ("la frontera de El Amparo", "de La
#: Fría"): Spanish "de el" and French "de le" contract to "del" and "du", and a common
#: noun's article is not capitalised, so the article is the first word of the name.
_NAME_ARTICLE_AFTER_DE = re.compile(r"(?:^|\s)de\s+(?P<article>(?:El|La|Las|Los|Le|Les)\s+)$")


def _name_with_its_article(text: str, start: int) -> str:
    """The name of ``text`` from ``start``, with a capitalised article written just
    before it after "de" taken back into it; the name as matched otherwise."""
    before = _NAME_ARTICLE_AFTER_DE.search(text[:start])
    return text[before.start("article") if before else start :]


#: The text of the border a side's unnamed crossing stands for ("X's side of the
#: checkpoint"): only the event's own side says which crossing, the one of its report.
UNNAMED_CROSSING = "an unnamed crossing"
_OF_THE_BORDER = re.compile(
    r"\s(?:of|at|on|along|across)\s+(?P<border>the\s+(?:\w+\s+)?(?:border|frontier|boundary))$",
    re.IGNORECASE,
)
_UNNAMED_CROSSING = re.compile(
    r"^(?:the\s+)?(?:border\s+)?(?:checkpoint|crossing(?:\s+point)?|post|border\s+post|"
    r"port\s+of\s+entry|frontier\s+post)$",
    re.IGNORECASE,
)


#: Romance "of" (with its article) between a border word and the pair after it.
_OF_BEFORE_A_PAIR = re.compile(r"^(?:de\s+la|del|de|du|des|da|do|das|dos|di)\s+", re.IGNORECASE)


# "Mutukula, on the Ugandan side of the border", "the village of Ngongo on the Tanzanian
# side of ...": a place, then the side of the border it lies on.
_HEAD_ON_A_SIDE = re.compile(
    r"^(?P<head>\S.*?)\s*,?\s+(?:on|at)\s+(?P<side>the\s+\S+(?:\s+\S+)?\s+side\s+of\s+\S.*)$",
    re.IGNORECASE,
)


def _side(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    headed = _HEAD_ON_A_SIDE.match(text)
    if headed:
        # The words before "on the X side" are no part of the side's name: the place is
        # looked up on that side, as "X in Y" is inside Y.
        side = _side(headed["side"], g, langs)
        if side is not None and side.kind == "side":
            return _restricted(headed["head"], headed["side"], text, langs, "in")
    arabic = _ARABIC_SIDE.match(text)
    if arabic:
        text = arabic["side"]
    elif "جانب" in text or "جهة" in text:
        # "الجانب اللبناني من معبر المصنع": the side of a named crossing, whose name
        # the text's other readings find.
        return None
    for pattern in (g.side_first, g.side_last):
        match = pattern.match(text)
        if match:
            side = _strip_possessive(_strip_leading(match["side"]))
            rest = _strip_leading(match["rest"])
            # "the blockade of the border on the Brazil side": what happened at the
            # border comes first; "Namibia's side of the checkpoint": a crossing of the
            # report's border, unnamed.
            tail = _OF_THE_BORDER.search(rest)
            if _UNNAMED_CROSSING.match(rest):
                inner = PlaceExpression("border", UNNAMED_CROSSING, languages=langs)
            else:
                inner = _border(tail["border"] if tail else rest, g, langs)
            if inner is None and pattern is g.side_first:
                # "the Afghan side of the Durand Line": a named line or river.
                inner = _parse(rest, langs)
                inner = inner if inner.kind == "name" else None
            if inner is not None and side.lower() in ("either", "each", "both"):
                # "on either side of the Botswana-Zimbabwe border": no one side.
                return inner
            if inner is not None and side:
                return PlaceExpression("side", text, other=side, inner=inner, languages=langs)
    match = _SIDE_WORD_FIRST.match(_BORDER_BEFORE_SIDE.sub("", text))
    if match:
        inner = PlaceExpression("border", "border", languages=langs)
        if match["rest"] and not _BARE_RIVER.match(match["rest"]):
            # "de la frontière" is the border; "del río" the border river of the report.
            rest = _strip_leading(match["rest"])
            inner = _border(rest, g, langs)
            if inner is None:
                # "le côté marocain de la ville de Figuig": a town, on that side.
                inner = _parse(rest, langs)
                inner = inner if inner.kind in ("settlement", "name") else None
        if inner is not None and inner.kind == "border" and _COMPASS_PART.fullmatch(match["side"]):
            # "la parte norte de la frontera domínico-haitiana": a compass word after
            # "parte" or "lado" is a part of the border, not a side named "norte".
            return inner
        if inner is not None:
            return PlaceExpression("side", text, other=match["side"], inner=inner, languages=langs)
    # "po stronie białoruskiej", "od strony polskiej": a preposition before the side word.
    match = g.side_alone.match(text) or g.side_alone.match(_SIDE_PREPOSITION.sub("", text))
    if match:
        # "the Cambodian side", "the side of Belarus": of the border the report is about.
        side = _strip_possessive(match["side"] or match["owner"])
        side = _SIDE_PREPOSITION.sub("", side) or side
        # "od strony białoruskiej granicy": the border noun after the side's adjective.
        side = g.border_word_last.sub("", side) or side
        inner = PlaceExpression("border", "border", languages=langs)
        return PlaceExpression("side", text, other=side, inner=inner, languages=langs)
    return None


#: Names of countries and territories that begin with a compass word: before a
#: possessive they are the owner, not a direction ("South Sudan's Upper Nile state").
_COMPASS_NAMES = frozenset(
    {
        "south sudan",
        "south africa",
        "south korea",
        "north korea",
        "north macedonia",
        "east timor",
        "western sahara",
        "south ossetia",
        "northern cyprus",
        "north cyprus",
        "west bank",
        "northern ireland",
        "west papua",
        "south kordofan",
        "north kivu",
        "south kivu",
        "north darfur",
        "south darfur",
        "west darfur",
        "east darfur",
    }
)


def _within(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    owner = re.match(r"^(?:the\s+)?(?P<owner>\w+\s+\w+)['’]s?\s", text)
    if owner and normalise(owner["owner"]) in _COMPASS_NAMES:
        return None  # "South Sudan's Upper Nile state": a country's name, not a compass
    for pattern, suffix in (
        (_WITHIN_COMPASS, "compass"),
        (_WITHIN_COMPASS_FOREIGN, "compass"),
        (_WITHIN_BEFORE, ""),
        (_WITHIN_AFTER, ""),
    ):
        match = pattern.match(text)
        if match and match["rest"].strip() and match.end("rest") - match.start("rest") < len(text):
            rest = _strip_possessive(match["rest"].strip())
            if pattern is _WITHIN_BEFORE and _ROMANCE_WATERS.match(text):
                # "aguas de la bahía de Algeciras": the Romance "of the" after the
                # waters is no part of the name (a territory's "de X" is read as before:
                # "le territoire de Bosobolo" is a Congolese unit, not the town).
                rest = _ROMANCE_OF_THE.sub("", rest, count=1) or rest
            if suffix == "compass":
                # "the southeastern Afghan province of X", "the northern Israeli town of
                # X": the compass word is one of the descriptor's words.  Not a Romance
                # compass noun and "of" ("no sul da aldeia X"): the part of what follows.
                whole = None
                if not _ROMANCE_COMPASS_OF.match(text):
                    whole = _area_before(text, g, langs) or _settlement(
                        text, g, langs, (g.settlement_of,)
                    )
                if whole is not None:
                    return whole
                described = _parse(rest, langs)
                if described.kind in (
                    "settlement",
                    "region",
                    "district",
                    "border",
                    "restricted",
                ) and not _ROMANCE_COMPASS_OF.match(text):
                    # "North Darfur state" is a name with its compass word; failing that,
                    # "southwestern Chaman in Balochistan" is Chaman.
                    return PlaceExpression(
                        "within",
                        text,
                        inner=described,
                        outer=_area_after(text, g, langs),
                        suffix="described",
                        languages=langs,
                    )
            return PlaceExpression(
                "within", text, inner=_parse(rest, langs), suffix=suffix, languages=langs
            )
    return None


def _distance_km(match: re.Match) -> float | None:
    # "a few kilometres": no number (None), the near radius says enough.
    km = distance_in_km(match["n"], match["unit"])
    return km * 100.0 if km is not None and match["hundred"] else km


# "le camp de X", "el recinto federal de X", "im ungarischen Erstaufnahmelager Röszke":
# a camp or compound named after its town is near it.  Not stations, airports or
# markets: "la gare de Lyon" is in Paris, "Kennedy airport" is not in Kennedy.
_FACILITY_OF = re.compile(
    r"^(?:(?:el|la|le|les|il|lo|o|a|das|der|die|dem|den)\s+|l['’]\s*)?"
    r"(?:(?P<adj>(?-i:[a-zà-ž][\w-]*))\s+)?"
    r"(?:campamento|camp|recinto|centre\s+d['’]accueil|centro\s+de\s+acogida|"
    r"erstaufnahmelager|flüchtlingslager|lager)"
    r"(?:\s+(?P<adj2>(?-i:[a-zà-ž][\w-]*)))?"
    r"(?:\s+(?:de\s+la|de|del|du|di|della|do|da|d['’]))?\s*(?P<rest>[A-ZÀ-ÞČŠŽŁ].*)$",
    re.IGNORECASE,
)


#: A Nepali address: a place "of" a council (metropolitan city, municipality, rural
#: municipality) and a ward number after a hyphen ("Chhapkaiya of Birgunj Metropolitan
#: City-1", "Bhadrapur Municipality-5").
_NEPALI_WARD = re.compile(
    r"^(?:(?P<place>\S.*?)\s+of\s+)?(?P<council>\S.*?\s+(?:(?:sub-)?metropolitan\s+city|"
    r"(?:rural\s+)?municipality))\s*-\s*\d{1,2}$",
    re.IGNORECASE,
)
#: An East Slavic district named by its adjective, then a capitalised name in the
#: genitive holding it ("Знаурском районе Южной Осетии"); a unit word after that name
#: ("Павлодарской области") is read by the unit words.
_SLAVIC_UNIT_THEN_HOLDER = re.compile(
    r"^(?P<unit>(?:\S+\s+)?[А-ЯЁІЇЄҐЎ][\w’'-]*(?:ск|цк|зк)\w*\s+"
    r"(?:район|района|районе|району|районом|районі|раёне|раёна))\s+"
    r"(?P<holder>[А-ЯЁІЇЄҐЎ][\w’'-]*(?:\s+[А-ЯЁІЇЄҐЎ][\w’'-]*)?)$"
)
#: "from Canada into Whatcom County": a way across the border, from a country.
_FROM_INTO = re.compile(r"^from\s+(?:the\s+)?(?P<a>\S.*?)\s+into\s+(?P<b>\S.*)$", re.IGNORECASE)


def _into_from_a_country(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "from Canada into Whatcom County": the place entered, after the country left
    (which names no place of the event's side); None unless the words after "from"
    are a country's name."""
    from bordermap.geo.places.gazetteer import load_gazetteer

    match = _FROM_INTO.match(text)
    if match is None:
        return None
    left = match["a"]
    if not (load_country_words().codes(normalise(left)) or load_gazetteer().country_code(left)):
        return None
    return _parse(match["b"], langs)


#: The kind of a place, lower case, before a distance from another ("petite localité à
#: 6 kilomètres de X", "a small village 6 km from X", "un village situé à 6 km de X").
_KIND_BEFORE_A_DISTANCE = re.compile(
    r"^(?:(?:a|an|un|une|una|uma|um)\s+)?"
    r"(?:(?:small|little|tiny|petite?|pequeñ[oa]|pequen[oa])\s+)?"
    r"(?P<word>(?-i:[^\W\d_A-Z]\w*))\s+"
    # "localité frontalière située à ...": an adjective after the kind, before the word
    # that says where it is situated.
    r"(?:(?-i:[^\W\d_A-Z]\w*)\s+(?=(?:situ[ée]e?|located|situated|situad[oa]|ubicad[oa])\s))?"
    r"(?:(?:situ[ée]e?|located|situated|lying|situad[oa]|ubicad[oa]|localizad[oa])\s+)?"
    r"(?=\S)",
    re.IGNORECASE,
)


def _near_before(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    facility = _FACILITY_OF.match(text)
    if facility and facility["rest"][:1].isupper():
        rest = facility["rest"].strip()
        words = " ".join(w for w in (facility["adj"], facility["adj2"]) if w)
        inner = PlaceExpression(
            "settlement", rest, rest, other=words, inner=_parse(rest, langs), languages=langs
        )
        return PlaceExpression("near", text, inner=inner, languages=langs)
    kind = _KIND_BEFORE_A_DISTANCE.match(text)
    if kind and kind["word"].lower() in _settlement_words_lower():
        # "petite localité à 6 kilomètres de Figuig": the kind of place says nothing of
        # where it is; the distance does.
        match = _DISTANCE_FROM.match(text[kind.end() :])
    else:
        match = _DISTANCE_FROM.match(text)
    if match:
        inner = _parse(_strip_leading(match["rest"]), langs)
        km = _distance_km(match)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    match = _ARABIC_DISTANCE_FROM.match(text)
    if match:
        km = float(match["n"].replace(",", "."))
        km = km / 1000.0 if match["unit"].startswith(("متر", "أمتار")) else km
        inner = _parse(_strip_leading(match["rest"]), langs)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    match = _SWAHILI_DISTANCE_FROM.match(text)
    if match:
        km = swahili_distance_km(match)
        inner = _parse(_strip_leading(match["rest"]), langs)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    match = _HAN_DISTANCE_FROM.match(text)
    value = han_number(match["n"]) if match else None
    if match and value:
        km = value / 1000.0 if match["unit"] == "米" else float(value)
        inner = _parse(match["rest"], langs)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    match = _HAN_BEARING_FROM.match(text)
    number = None
    if match:
        number = float(match["n"]) if match["n"][0].isdigit() else han_number(match["n"])
    if match and number:
        km = number * _HAN_UNIT_KM[match["unit"]]
        inner = _parse(match["rest"], langs)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    match = _DIRECTION_OF.match(text)
    if match:
        # "west of Minsk", "40 km east of Daugavpils": drawn as near the place, with a
        # radius that reaches at least as far as the distance given.
        number = (
            match["km"] or match["km2"] or match["mi2"] or match["km5"] or match["km6"]
        ) or match["km8"]
        unit = (
            (match["km"] and match["unit"])
            or (match["mi2"] and match["unit2"])
            or (match["km5"] and match["unit5"])
            or (match["km8"] and match["unit8"])
            or "km"
        )
        km = distance_in_km(number, unit) if number else None
        if match["m2"]:
            km = float(match["m2"].replace(",", ".")) / 1000.0
        groups = ("rest", "rest2", "rest3", "rest4", "rest5", "rest6", "rest7", "rest8")
        rest = next(match[g] for g in groups if match[g])
        inner = _parse(_strip_leading(rest), langs)
        return PlaceExpression("near", text, inner=inner, distance_km=km, languages=langs)
    gate_area = _VIETNAMESE_GATE_AREA.match(text)
    if gate_area:
        # "khu vực cửa khẩu Tân Thanh": the area of the gate is near the gate.
        inner = _parse(gate_area["rest"], langs)
        return PlaceExpression("near", text, inner=inner, languages=langs)
    lowered = text.lower()
    if not lowered.startswith(_NEAR_BEFORE_STARTS):
        return None
    for word in (*_NEAR_BEFORE, *_NEAR_BEFORE_BARE):
        if lowered.startswith(word + " "):
            rest = text[len(word) + 1 :].strip()
            if rest:
                inner = _parse(_strip_leading(rest), langs)
                if word in _NEAR_BEFORE_BARE and inner.kind != "name":
                    # Only a bare name: "the area of Kibbutz Yiftah" is the kibbutz, and
                    # "the area of Border Outpost X, Sector Y" is read as it was.
                    return None
                return PlaceExpression("near", text, inner=inner, languages=langs)
    return None


#: Polish "w rejonie" before a lower-case adjective, in the locative: the district.
_POLISH_REJON_OF_ADJECTIVE = re.compile(
    r"^(?:w\s+)?rejonie\s+(?P<adj>(?-i:[a-ząćęłńóśźż]+(?:sk|ck|dzk)im))$", re.IGNORECASE
)


# Every word of the tables with its space, so that one test rules out most texts (the
# loops below keep the tables' order among the words that fit).
# "via the area of El Kufra on the Sudan-Libya border": the article went with "via"
# (before a bare name only, see :func:`_near_before`).
_NEAR_BEFORE_BARE = ("area of",)
#: The words that put a place near the one after them ("near", "outside", "utanför").
NEAR_WORDS: tuple[str, ...] = (*_NEAR_BEFORE, *_NEAR_BEFORE_BARE)
_NEAR_BEFORE_STARTS = tuple(word + " " for word in (*_NEAR_BEFORE, *_NEAR_BEFORE_BARE))
_NEAR_AFTER_ENDS = tuple(" " + word for word in _NEAR_AFTER)

# Vietnamese "(trong) khu vực cửa khẩu X" ((in) the area of the border gate X); only
# before a gate, since "khu vực biên giới" (the border area) is read as a border.
_VIETNAMESE_GATE_AREA = re.compile(
    r"^(?:(?:trong|tại|ở)\s+)?khu\s+vực\s+(?P<rest>cửa\s+khẩu\s+\S.*)$", re.IGNORECASE
)

_NEAR_AREA_OF = re.compile(
    r"^(?P<x>.+?)\s+(?:area|vicinity|outskirts|environs)\s+of\s+(?:the\s+)?(?P<y>\S.*)$",
    re.IGNORECASE,
)


# "the (eastern) countryside of Deir Ez-Zor": the Arabic "rif X" in the other order.
_COUNTRYSIDE_OF = re.compile(
    r"^(?:the\s+)?(?P<pre>(?:[\w-]+\s+)?)countryside\s+of\s+(?:the\s+)?(?P<x>\S.*)$",
    re.IGNORECASE,
)


# Portuguese "(no) interior de X": the rural part of the municipality (or the inland
# part of the state) named X, away from its seat, as "the countryside of X" is.
_INTERIOR_OF = re.compile(
    r"^(?:(?:no|o|pelo|ao)\s+)?(?P<pre>)interior\s+(?:de|do|da)\s+(?P<x>(?-i:[A-ZÀ-Þ])\S.*)$",
    re.IGNORECASE,
)


def _near_after(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    countryside = _COUNTRYSIDE_OF.match(text) or _INTERIOR_OF.match(text)
    if countryside:
        text = f"{countryside['pre']}{countryside['x']} countryside"
    match = _NEAR_AREA_OF.match(text)
    if match and _strip_leading(match["x"]):
        # "Bullahawa area of Somalia": near X, and X inside Y.
        inner = _restricted(_strip_leading(match["x"]), match["y"], text, langs, "in")
        return PlaceExpression("near", text, inner=inner, languages=langs)
    lowered = text.lower()
    if not lowered.endswith(_NEAR_AFTER_ENDS):
        return None
    for word in _NEAR_AFTER:
        if lowered.endswith(" " + word):
            rest = _strip_leading(text[: -len(word) - 1].strip())
            if rest and word == "countryside":
                # "the Idlib countryside", "Syria's Qusayr countryside" (Arabic "rif"):
                # the rural part of the unit named X, its governorate or district, read
                # as "X district" is (the admin-1 unit of that name first), never as a
                # circle around the town.
                return _parse(f"{rest} district", langs)
            if rest:
                return PlaceExpression("near", text, inner=_parse(rest, langs), languages=langs)
    return None


# "of" before an area's name, also Italian "di" and Swahili "ya" and "la" ("kaunti ya
# Mandera", "jimbo la Moyale"; "la" only in lower case, so "provincia La Rioja" keeps its
# name), with the article it contracts with ("provincia del Darién", "région des
# Savanes", "distrito da Moamba"): a whole word, so "del" is never "de" and a stray "l".
_OF = (
    r"(?:(?:of(?:\s+the)?|de\s+(?-i:la|las|los)|della|delle|dello|degli|dei|del|des|du|de|di"
    r"|da|das|do|dos|ya|(?-i:la))\s+|d['’]\s*)"
)
_PRE_WORDS = r"(?P<pre>(?:[\w’'.-]+\s+){0,4}?)"


# "between" ending the words before a unit, and "and" inside its name: a pair of units.
_PAIR_OF_UNITS = re.compile(rf"(?:^|\s){_BETWEEN}\s+(?:\S+\s+)?$", re.IGNORECASE)
_AND_IN_A_PAIR = re.compile(r"\s(?:and|y|e|et)\s", re.IGNORECASE)


def _area_before(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "oblast X", "województwie podlaskim", "the southeastern Afghan province of Khost"."""
    match = g.area_first.match(text)
    if match:
        word = _word_key(match["word"])
        name = re.sub(rf"^{_OF}", "", match["rest"].strip(), flags=re.I)
        # "estado venezuelano de Táchira": an adjective between the word and the name.
        described = re.match(rf"^(?P<adj>[a-zà-ž]\w*)\s+{_OF}(?P<name>\S.*)$", name)
        other = ""
        if described:
            name, other = described["name"], described["adj"]
        if name:
            return _unit_in_a_unit(g.folded_kinds[word], text, name, other, word, langs)
    for pattern, kind in ((g.district_of, "district"), (g.region_of, "region")):
        match, demonym = pattern.match(text), ""
        if match is None:
            match, demonym = _demonym_between(pattern, text)
        if match and (
            _IN_BEFORE_A_UNIT.search(match["pre"]) or _NAME_OF_THE_UNIT.search(match["pre"])
        ):
            # "the LAC in Tawang sector of Arunachal Pradesh": a place in the area, not
            # a word describing it; "X in Y" reads it.  So does "villaggio di Chinari
            # della regione di Tavush" (Chinari village of the Tavush region).
            continue
        if match and _PAIR_OF_UNITS.search(match["pre"]) and _AND_IN_A_PAIR.search(match["rest"]):
            # "la frontera entre el departamento de La Guajira y el estado Zulia": the
            # unit is one side of a pair, not a place named "La Guajira y el estado Zulia".
            continue
        if match and match["rest"].strip():
            # The words before ("Afghan", "adjoining Pakistani") may name the country.
            return _unit_in_a_unit(
                kind,
                text,
                match["rest"].strip(),
                f"{match['pre'].strip()} {demonym}".strip(),
                match["word"].lower(),
                langs,
            )
    return None


#: "in" (also Italian "nel", "nella"..., Spanish "en", French "dans") among the words
#: before a unit word: "confine con la Lettonia nel distretto di Braslav" is the border
#: in the district.
_IN_BEFORE_A_UNIT = re.compile(
    r"(?:^|\s)(?:in|on|along|at|near|nel|nella|nello|nei|negli|nelle|en|dans)\s", re.I
)
#: A capitalised name, then "of the" before a unit word, in Italian, Spanish and
#: Portuguese: "Chinari della regione di Tavush", "Ituango del departamento de"; the
#: tail reading (:func:`head_and_tails`) reads the name in the unit.
_NAME_OF_THE_UNIT = re.compile(
    r"(?-i:[A-ZÀ-Þ])[\w'’-]*\s+(?:della|dello|del|do|da)\s*$", re.IGNORECASE
)
#: "with" and "and" among the words before a unit: "con la provincia ecuatoriana de X".
_WITH_BEFORE_A_UNIT = re.compile(
    r"(?:^|\s)(?:con|with|avec|mit|com|entre|between|and|y|e|et)\s", re.IGNORECASE
)
#: A lower-case word between a unit word and its "of": "provincia turca de Kilis".
_WORD_BEFORE_OF = re.compile(rf"\s(?P<adj>(?-i:[a-zà-ž][\w-]*))\s+(?={_OF})")


def _demonym_between(pattern: _LazyPattern, text: str) -> tuple[re.Match[str] | None, str]:
    """``pattern`` matched on ``text`` without a demonym after the unit word, and the
    demonym; (None, "") when there is none.

    "en una escuela de la provincia turca de Kilis" (in a school of the Turkish province
    of Kilis): the demonym says whose province it is; read without it, the words before
    the unit word still say that it is a part of the province, not the province.  Only a
    demonym: another word there ("district town of X") is no unit of that name.
    """
    for found in _WORD_BEFORE_OF.finditer(text):
        if not load_country_words().codes(normalise(found["adj"])):
            continue
        match = pattern.match(text[: found.start()] + " " + text[found.end() :])
        if match and _WITH_BEFORE_A_UNIT.search(match["pre"]):
            # "limítrofe con el departamento colombiano de Arauca": the unit across the
            # border, which the other readings weigh.
            return None, ""
        if match and match.start("rest") >= found.start():
            return match, found["adj"]
    return None, ""


#: "in" between a unit's name and another unit's word, as French, Portuguese, Spanish
#: and Italian write it: "dans la commune de", "na província de", "en el departamento
#: de", "nella provincia di" (the word itself is checked by the caller).
_IN_BEFORE_ANOTHER_UNIT = re.compile(r"\s(?:dans|na|no|en|nella|nel)\s(?=\S)", re.IGNORECASE)


def _unit_in_a_unit(
    kind: str, text: str, name: str, other: str, word: str, langs: tuple[str, ...]
) -> PlaceExpression:
    """The unit named after its word, or, when a comma then a unit follows the name ("la
    commune de Houdjebet, wilaya de Tébessa"), that unit looked up inside the other."""
    head, comma, tail = name.partition(", ")
    joined = _IN_BEFORE_ANOTHER_UNIT.search(name)
    before = name[: joined.start()] if joined else ""
    if not comma and joined and before.split()[-1][:1].isupper():
        # "l'arrondissement d'Aledjo dans la commune de Bassila", "o distrito de Namaacha
        # na província de Maputo": "in" joins them; not "de Mae Sot situé dans la
        # province de Tak", where words describe the unit.
        head, comma, tail = before, joined.group(), name[joined.end() :]
    # Only a unit below admin-1, and a tail that opens with its own unit word ("wilaya
    # de Y", "del departamento de Y"): "la région de X, dans la région de Y" is no unit in
    # another, and "situé dans la région de Y" describes the unit (its own reading).
    core = re.sub(
        r"^(?:del|de\s+la|de|du|des|of\s+the|of|la|le)\s+|^l['’]\s*", "", tail, flags=re.I
    )
    if (
        kind == "district"
        and comma
        and head
        and len(head.split()) <= 4
        and _grammar().area_first.match(core)
    ):
        inner = PlaceExpression(kind, head, head, other=other, suffix=word, languages=langs)
        held = _in_unit(text, head, inner, tail, ("district", "region"), langs)
        if held is not None:
            return held
    if comma and head and len(head.split()) <= 4 and word.lower() in _AREAS_PLACED_BY_A_TOWN:
        # "el sector Ventanas, 10 kilómetros al sur de Puerto Carreño": a distance from
        # a town after the comma places the area; it is no part of the area's name.  Not
        # an administrative unit: "la commune de Malanville, à 30 km de Cotonou" names a
        # commune 700 km off, which the distance refuses as before.
        inner = PlaceExpression(kind, head, head, other=other, suffix=word, languages=langs)
        held = _in_unit(text, head, inner, tail, ("near",), langs)
        if held is not None and held.outer is not None and held.outer.distance_km is not None:
            return held
    return PlaceExpression(kind, text, name, other=other, suffix=word, languages=langs)


def unit_word_kind(word: str) -> str | None:
    """The kind of area a unit word names ("district", "region"), or None."""
    return _grammar().folded_kinds.get(_word_key(word))


def _word_key(word: str) -> str:
    """A matched word as the tables key it: lower case, one space between words.

    Turkish letters are folded as a case-insensitive match pairs them: lower-casing
    "İ" leaves a combining dot ("İlçesi" → "i̇lçesi"), and "I" matches "ı"
    ("KIRSALINDA" for "kırsalında"); both become "i".
    """
    return _SPACES.sub(" ", word.lower().replace("\u0307", "").replace("ı", "i"))


def _area_after(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "Vitebsk region", "Krāslavas novadā", "Vilniaus rajone"."""
    match = g.area_last.match(_NORDIC_UNIT_JOINED.sub(" ", text, count=1))
    if match:
        word = _word_key(match["word"])
        name = _strip_possessive(match["rest"].strip())
        # "обстрілу Чугуївського району", "in northwestern Kurram district": lower-case
        # words before the unit's capitalised name are the sentence's, not the name's.
        named = _LOWER_WORDS_BEFORE_A_NAME.sub("", name)
        if named != name and _CAPITALISED_NAME.fullmatch(named):
            name = named
        kommune = _PLACE_IN_A_KOMMUNE.match(name) if word.startswith("kommun") else None
        if kommune:
            # "Raja-Jooseppi i Enare kommune": a place "in" (Scandinavian "i") the
            # municipality, as "X in Y district" is.
            return _restricted(kommune["x"], f"{kommune['y']} {match['word']}", text, langs, "in")
        settled = g.settlement_then_unit.match(name)
        if settled:
            # "the Kut Village of the Gegharkunik Province": a settlement, then "of the"
            # unit holding it, as "X in Y province" reads.
            return _restricted(settled["x"], f"{settled['y']} {match['word']}", text, langs, "in")
        town = _TOWN_BEFORE_ITS_UNIT.match(name)
        if town:
            # "м. Вовчанськ Чугуївського району", "у смт Дворічна Куп'янського району":
            # a town, then the unit holding it in the genitive.
            return _restricted(town["town"], f"{town['unit']} {match['word']}", text, langs, "in")
        inner = g.area_last.match(name)
        if inner and inner["rest"].strip() and name.endswith(inner["word"]):
            # "у Куп'янському районі області": a unit word with no name of its own
            # after the unit ("of the region" the report named before) adds nothing.
            return _area_after(name, g, langs)
        unit = g.area_then_holder.match(name)
        if unit and g.area_last.match(unit["x"]):
            # "в Успенском районе Павлодарской области": a district, then the region
            # holding it in the genitive.
            return _restricted(unit["x"], f"{unit['y']} {match['word']}", text, langs, "in")
        if name:
            return PlaceExpression(g.folded_kinds[word], text, name, suffix=word, languages=langs)
    return None


# Norwegian, Danish and Swedish join a unit word in its definite form to the unit's name
# with a hyphen ("Kang-distriktet", the Kang district): the hyphen parts name and word.
_NORDIC_UNIT_JOINED = re.compile(
    r"(?<=\w)-(?=(?:distriktet|distrikten|provinsen|regionen)$)", re.I
)
_CAPITALS = "A-ZÀ-ÞА-ЯЁІЇЄҐЎ"
# A place, Scandinavian "i" (in), and the municipality's name: "X i Y kommune".
_PLACE_IN_A_KOMMUNE = re.compile(r"^(?P<x>.+?)\s+i\s+(?P<y>[A-ZÆØÅÄÖ][^\s]*)$")
# A town (after the abbreviations of "town", "village", "urban-type settlement") and a
# Slavic unit adjective in the genitive or locative after it.
_TOWN_BEFORE_ITS_UNIT = re.compile(
    r"^(?:(?:м|с|сел|смт|пос|г|д|с-ще)\.?\s+|смт\s+)?"
    r"(?P<town>[А-ЯЁІЇЄҐЎ][\w’'-]*(?:\s+[А-ЯЁІЇЄҐЎ][\w’'-]*)?)\s+"
    r"(?P<unit>[А-ЯЁІЇЄҐЎ][\w’'-]*(?:ськ|цьк|зьк|ск|цк)(?:ого|ому|ій|ої|ої|ий|ом|ой|ая|ий|ім)?)$"
)
_LOWER_WORDS_BEFORE_A_NAME = re.compile(rf"^(?:[^\W\d_{_CAPITALS}][\w’'-]*\s+)+(?=[{_CAPITALS}])")
_CAPITALISED_NAME = re.compile(rf"[{_CAPITALS}][\w’'-]*(?:\s+[{_CAPITALS}][\w’'-]*)*")


# Spanish "el paso de X", "el paso entre X y Y" (the crossing): "paso" in lower case,
# since "El Paso" is a city.
_PASO_OF = re.compile(r"^(?:[Ee]l\s+)?paso\s+(?:de|entre|que\s+une)\s+(?P<rest>\S.*)$")


# "at X" after a crossing whose own words name nothing.
_CROSSING_AT = re.compile(
    r"(?:,?\s+\S.*)?\s(?:at|in|en|à|a|em|w|в)\s+(?P<name>[A-ZÀ-ÞČŠŽŁА-ЯЁ][^,]*)$"
)
# Words before a crossing word that describe it and name nothing.
_GENERIC_CROSSING = re.compile(
    r"(?:(?:the|a|an|main|key|international|official|busy|major|new|old|only|nearby|local|"
    r"small|remote|land|border|road|rail|railway|busiest|largest|biggest|trade|commercial|"
    r"passenger|cargo|freight|pedestrian|single|sole|formal|operational|fully-operational|"
    # "the active border crossing at X": whether it is in use, not its name.
    r"active|open|closed|reopened|temporary|unofficial|"
    rf"{_CROSSING_PRAISE}|el|la|le|o)\s*)*",
    re.IGNORECASE,
)


#: Two names of one or two capitalised words each, joined by a dash, alone before a
#: crossing word ("the U.S.-Canada"): the sides of the border the crossing is on.
_BORDER_PAIR_BEFORE = re.compile(
    r"(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[-–—]\s*"
    r"(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)",
    re.IGNORECASE,
)


def _crossing(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "the Šalčininkai crossing", "Medyka checkpoint", "crossing point Kuźnica"."""
    paso = _PASO_OF.match(text)
    if paso:
        rest = paso["rest"].strip()
    else:
        # "the Medininkai checkpoint near Vilnius": the crossing, whatever it is near.
        text = re.sub(r"\s+(?:near|close\s+to|outside)\s+\S.*$", "", text, flags=re.IGNORECASE)
        tail = _CROSSING_TAIL.match(text)
        placed = toward = None
        if tail:
            after = text[len(tail["head"]) :]
            placed = _CROSSING_AT.match(after)
            toward = after.strip(" ,") if _CROSSING_WITH.match(after) else None
            text = tail["head"]
        match = (
            _CROSSING_AFTER.match(text)
            or _CJK_CROSSING_AFTER.match(text)
            or _CROSSING_BEFORE.match(text)
        )
        generic = match is None or _GENERIC_CROSSING.fullmatch(match["rest"].strip())
        # "Hungary's border crossing into Serbia at Röszke": a possessive alone before
        # the crossing word says whose it is, and the place after "at" names it.
        owned = match is not None and _POSSESSIVE_END.search(match["rest"].strip())
        # "the U.S.-Canada border crossing at Blaine": a pair of names before the
        # crossing word is the border's two sides, and the place after "at" names it.
        paired = match is not None and _BORDER_PAIR_BEFORE.fullmatch(match["rest"].strip())
        if placed and (generic or owned or paired):
            # "the (international) border crossing at O'Smach": the words before the
            # crossing word name none; the place after "at" does.
            rest = placed["name"].strip()
        elif toward and generic and not re.match(r"(?i)between|entre", toward):
            # "the border crossing with Ukraine": unnamed, toward that country.
            rest = toward
        elif match and match["rest"].strip():
            rest = _strip_leading(match["rest"].strip())
        else:
            return None
    return PlaceExpression(
        "settlement", text, rest, inner=_parse(rest, langs), suffix="crossing", languages=langs
    )


def _settlement(
    text: str, g: _Grammar, langs: tuple[str, ...], patterns: tuple[re.Pattern, ...]
) -> PlaceExpression | None:
    for pattern in patterns:
        match = pattern.match(text)
        if match and match["rest"].strip() and _ends_nearness(match.groupdict().get("pre") or ""):
            # "the border near the village of X", "at the scene near the town of X": the
            # words before the settlement word place the event near X, not in it.
            rest = _strip_leading(match["rest"].strip())
            inner = _parse(rest, langs)
            settlement = PlaceExpression("settlement", rest, rest, inner=inner, languages=langs)
            return PlaceExpression("near", text, inner=settlement, languages=langs)
        if match and match["rest"].strip():
            rest = _strip_leading(match["rest"].strip())
            inner = _parse(rest, langs)
            # "the northern Israeli town of X", "la ville polonaise de X": the words
            # around the descriptor may name the country.
            found = match.groupdict()
            pre = " ".join(w for w in (found.get("pre"), found.get("adj")) if w)
            if inner.kind in ("name", "restricted"):
                settlement = PlaceExpression(
                    "settlement", text, rest, other=pre.strip(), inner=inner, languages=langs
                )
                word = text[match.end("pre") : match.start("rest")] if "pre" in found else ""
                feature = _border_thing_first(pre, langs) if _A_TOWNS_LAND.search(word) else None
                if feature is not None:
                    settlement = PlaceExpression(
                        "settlement", text, rest, inner=inner, languages=langs
                    )
                    # "a border post in the city of Mirjaveh": the post stands on the
                    # line, out of the town, as "a border post in Mirjaveh" reads.
                    return PlaceExpression(
                        "restricted",
                        text,
                        feature.text,
                        rest,
                        inner=feature,
                        outer=settlement,
                        suffix="in",
                        languages=langs,
                    )
                unit = _unit_first(pre, langs)
                if unit is not None:
                    # "В Волоконовском районе в селе Борисовка": the unit named first
                    # holds the village.
                    return PlaceExpression(
                        "restricted",
                        text,
                        rest,
                        unit.text,
                        inner=settlement,
                        outer=unit,
                        suffix="in",
                        languages=langs,
                    )
                return settlement
    return None


_ARTICLE_AT_END = re.compile(
    r"\s+(?:the|a|an|la|el|le|les|los|las|il|lo|o|das|der|die|dem|den)$", re.IGNORECASE
)


def _ends_nearness(pre: str) -> bool:
    """Whether the words before a settlement word end in "near", "close to the"..."""
    words = _ARTICLE_AT_END.sub("", " " + pre.strip()).strip().lower()
    return bool(words) and any(
        words == word or words.endswith(" " + word) for word in _NEAR_BEFORE
    )


#: A preposition of place that ends the words before a settlement word ("... районе в
#: селе X", "... district, in the village of X").
_IN_BEFORE_SETTLEMENT = re.compile(r",?\s+(?:в|во|у|на|in|en|em|w|à|a|dans)$", re.IGNORECASE)


def _unit_first(pre: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """The district or region the words before a settlement word name, then "in"."""
    words = pre.strip()
    ending = _IN_BEFORE_SETTLEMENT.search(words)
    if ending is None or ending.start() == 0:
        return None
    unit = _parse(words[: ending.start()].strip(), langs)
    return unit if unit.kind in ("district", "region") else None


#: A settlement word whose place spreads over a municipality ("the city of X"): a
#: border post "in" it may lie anywhere in its land. A village's post is at it.
_A_TOWNS_LAND = re.compile(r"\b(?:city|town|municipality)\b", re.IGNORECASE)
#: An unnamed border post, or the border itself ("a border post", "the border").
_UNNAMED_POST_OR_BORDER = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:border|frontier)(?:\s+(?:post|outpost|checkpoint|station|"
    r"crossing(?:\s+point)?|control\s+point|gate))?",
    re.IGNORECASE,
)


def _border_thing_first(pre: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """The unnamed border or border post the words before a settlement word name, then
    "in" ("a border post in the city of X"); None otherwise."""
    words = _ARTICLE_AT_END.sub("", " " + pre.strip()).strip()
    ending = _IN_BEFORE_SETTLEMENT.search(words)
    if ending is None or ending.start() == 0:
        return None
    before = words[: ending.start()].strip()
    if not _UNNAMED_POST_OR_BORDER.fullmatch(before):
        return None
    thing = _parse(before, langs)
    return thing if thing.kind == "border" and not thing.name else None


def _apposition(name: str, other: str, text: str, g, langs) -> PlaceExpression | None:
    """ "X, a northern town (in Y)", "X, on the border with Y", "X, near Y"."""
    inner = _parse(name, langs)
    if inner.kind not in ("name", "settlement", "near"):
        return None
    # "Ipiales, municipio del suroccidente colombiano": a unit word without article.
    described = _APPOSITION.match(other) or g.district_word_first.match(other)
    if described is None and other[:1].islower():
        # "Kigoma, région de la Tanzanie", "Kayes, région de l'ouest du Mali": a
        # lower-case region word without article, of a country or of words, describes X
        # ("provincia de Chiriquí" names X's container; "State of Mexico" is a name).
        of_what = g.region_word_of.match(other)
        if of_what and (
            of_what["where"][:1].islower()
            or load_country_words().codes(normalise(of_what["where"]))
        ):
            described = of_what
    if described:
        rest = _TRAILING_CLAUSE.sub("", _WATER_BEFORE_CONTAINER.sub("", described["rest"]))
        match = re.match(
            r"^(?P<what>.+?)\s+(?P<how>in|of|inside|within|en|em|dans|de|del|do|da|du|des|im)\s+"
            r"(?:the\s+|la\s+|el\s+)?(?P<where>.+)$",
            rest,
            re.IGNORECASE,
        )
        what = match["what"] if match else rest
        unit = g.district_word_last.search(what)
        if unit:
            # "Colchane, a small commune in Chile": X is the unit, not its town.
            district = PlaceExpression(
                "district", name, name, suffix=unit.group(0).strip(), languages=langs
            )
            # "a commune in Chile", "corregimiento de Villa del Rosario": a named place
            # after the word holds the unit ("del suroccidente colombiano" only
            # describes it).
            if match and (match["how"].lower() not in _OF_WORDS or match["where"][:1].isupper()):
                return PlaceExpression(
                    "restricted",
                    text,
                    name,
                    match["where"],
                    inner=district,
                    outer=_parse(match["where"], langs),
                    suffix="in",
                    languages=langs,
                )
            return district
        region = g.region_word_last.search(what)
        if region:
            # "Jazan, a southern region of the kingdom", "X, a province in Y": X is the
            # first-level unit, not its namesake town; a named place after "in" holds it.
            area = PlaceExpression(
                "region", name, name, suffix=region.group(0).strip(), languages=langs
            )
            if match and match["how"].lower() not in _OF_WORDS and match["where"][:1].isupper():
                return PlaceExpression(
                    "restricted",
                    text,
                    name,
                    match["where"],
                    inner=area,
                    outer=_parse(match["where"], langs),
                    suffix="in",
                    languages=langs,
                )
            return area
        if g.settlement_word_last.search(what):
            settlement = PlaceExpression(
                "settlement", name, name, other=what, inner=inner, languages=langs
            )
            if match:
                # "X, a village in Y": Y holds X.  "X, the capital of Y": Y describes X,
                # and X may be found without it.
                how = "in" if match["how"].lower() not in _OF_WORDS else "appos"
                return PlaceExpression(
                    "restricted",
                    text,
                    name,
                    match["where"],
                    inner=settlement,
                    outer=_parse(match["where"], langs),
                    suffix=how,
                    languages=langs,
                )
            return settlement
        return None
    outer = _parse(other, langs)
    if outer.kind in ("border", "near", "side"):
        return PlaceExpression(
            "restricted", text, name, other, inner=inner, outer=outer, suffix="in", languages=langs
        )
    return None


# River words around a river's name, on lookup keys ("rzeke przewloka", "river naff").
RIVER_WORDS = re.compile(
    r"\b(?:river|rivers|riverbed|rzeka|rzeki|rzeke|rzece|rzeka|graniczna|graniczn\w*|reka|"
    r"reki|reke|reku|rece|reky|rekou|rekoy|rekoj|rekom|rechka|richka|richku|richki|rika|riky|riku|"
    r"rikoyu|"
    r"raka|raki|raku|rijeka|rijeke|rijeci|rijeku|upe|upes|upeje|upi|jogi|joe|joel|joelt|joele|"
    r"joki|joen|jokea|rio|rios|riviere|fleuve|fluss|flusses|fiume|nehri|nehrinde|irmagi|"
    r"rud|nahr|rau|raul|raului|fluviul|fluviului|"
    # Danish, Swedish and Norwegian "flod" and "älv"/"elv" (river), "floden" (the river).
    r"flod|floden|alven|elven|"
    # Swahili "mto" (river): "mto Songwe", "mto Ruvuma".
    r"mto|"
    # Malay and Indonesian "sungai" (river): "sungai Golok"; capitalised it begins many
    # town names ("Sungai Kolok"), which the readers of a river word keep as towns.
    r"sungai|"
    # Lakes a border runs through ("Pangong Tso Lake", "el lago Titicaca", "jezioro").
    r"lake|lakes|lago|lac|jezioro|jeziora|jeziorze|ozero|ozera|ozere|jarv|jarve|ezers|"
    r"ezera|ezere|ezeras|gol|golu)\b"
)


def _parenthesis(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "X (LoC)", "X (province)", "Region Seven (Cuyuni-Mazaruni)", "X (Vitebsk Oblast)"."""
    match = re.match(r"^(?P<x>[^()]+?)\s*\((?P<y>[^()]+)\)$", text)
    if not match:
        return None
    x, y = match["x"].strip(), match["y"].strip()
    if re.fullmatch(r"[A-Z][A-Za-z&.]{1,5}", y) and sum(c.isupper() for c in y) >= 2:
        return _parse(x, langs)  # "the Line of Control (LoC)": an abbreviation
    if _word_key(y) in g.folded_kinds:
        return _parse(f"{x} {y}", langs)  # "Norte de Santander (province)"
    if _LENGTH.search(y) and not _strip_leading(_LENGTH.sub("", y)):
        return _parse(x, langs)  # "(1,640-mile)"
    if _names_a_river(x) and not load_country_words().codes(normalise(y)):
        # "река Еврос (Марица)", "the Evros (Maritsa) river": the river's other name,
        # never a town of that name holding the river.
        return _parse(x, langs)
    if _another_name_of_a_border_water(x, y):
        # "Savudrija Bay (Bay of Piran)": the bay's other name, a water the border runs
        # through; the name the data holds answers for both.
        return _parse(y, langs)
    if y[:1].islower():
        # "Malanville (commune frontalière du Niger)": a unit word says what X is, as
        # after a comma ("Ipiales, municipio del suroccidente colombiano"); not "a
        # commune named frontalière in Niger".
        described = _parse(f"{x}, {y}", langs)
        if described.kind == "district" and described.name == x:
            return described
    return _restricted(x, y, text, langs, "in")


#: Words naming a water ("Savudrija Bay", "lac Léman", "Piranski zaliv").
_WATER_WORD = re.compile(
    r"\b(?:bay|gulf|lake|lagoon|river|sound|strait|zaliv|zaljev|vala|lac|lago|laguna|"
    r"golfe|golfo|bahía|baie|see|bucht)\b",
    re.IGNORECASE,
)


def _another_name_of_a_border_water(x: str, y: str) -> bool:
    """Whether "X (Y)" gives two names of one water: Y a border lake or river of
    ``border_features.toml`` and X itself named as a water."""
    feature = load_border_features().get(normalise(_strip_leading(y)))
    return (
        feature is not None
        and feature.kind in ("lake", "river")
        and bool(_WATER_WORD.search(x))
        and normalise(_strip_leading(x)) not in load_border_features()
    )


def _names_a_river(text: str) -> bool:
    """Whether ``text`` ends with a river word and a name, or a name and a river word."""
    keys = normalise(text).split()
    return len(keys) >= 2 and any(
        RIVER_WORDS.fullmatch(key) and not key.startswith("graniczn") for key in keys[-2:]
    )


#: "bordering Y" after a place's comma, in the languages of the grammar.
_BORDERING = re.compile(
    # "localidad fronteriza con Guatemala", "a border town with Guatemala": the words
    # for a town before it.
    r"^(?:(?:a|an|una?|la|el|le|o)\s+)?(?:(?:town|city|village|localidad|ciudad|"
    r"poblaci[oó]n|pueblo|municipio|villa|ville|commune|cidade|localidade|"
    r"munic[ií]pio)\s+)?"
    r"(?:bordering|border\s+(?:town|city|village)\s+(?:with|on)|"
    r"fronteriz[oa]s?\s+(?:con|de)|"
    r"limítrofe\s+(?:con|de)|frontali[eè]re?s?\s+(?:avec|de)|fronteiriç[oa]\s+(?:com|a)|"
    r"confinante\s+con|an\s+der\s+grenze\s+zu|graniczą\w*\s+z|"
    r"приграничн\w*\s+с|що\s+межує\s+з)\s",
    re.IGNORECASE,
)


# "Ізюмський район Харківщини", "Погарского района Брянщины": a district, then its region
# by the "-щина" (or "-дчина") name in the genitive or locative, with no comma or
# preposition between them, or with the locative's "на" ("у Хотінській громаді на
# Сумщині": in the Khotin community in the Sumy region).
_UNIT_THEN_SHCHYNA = re.compile(
    r"^(?P<x>.+?\s(?:район|району|районі|района|районе|громада|громади|громаді))\s+"
    r"(?:на\s+(?=\S+(?:і|е)$))?(?P<y>[А-ЯІЇЄҐЁ][\w'’ʼ]*(?:щин|[дт]чин)(?:и|і|у|ою|ой|ы|е))$"
)


# "Київський район Харкова" (Kharkiv's Kyivskyi district), "Лагодехский район Грузии"
# (Georgia's Lagodekhi district): a district, then the city or country it is a part of,
# one capitalised word in the genitive.
_DISTRICT_OF_A_CITY = re.compile(
    r"^(?P<x>[А-ЯІЇЄҐЁ][\w'’ʼ-]*\s(?:район|районі|району|района|районе))\s+"
    r"(?P<y>[А-ЯІЇЄҐЁ][\w'’ʼ-]*)$"
)


# "Мэсот провинции Так" (Mae Sot of the province of Tak), "Мьявади штата Карен": a
# place, then a foreign province or state by its word in the genitive and its name,
# which Russian and Ukrainian leave undeclined.
_PLACE_OF_A_FOREIGN_UNIT = re.compile(
    r"^(?P<x>[А-ЯЁІЇЄҐ][\w’'-]*(?:\s+[А-ЯЁІЇЄҐ][\w’'-]*){0,2})\s+"
    r"(?P<y>(?:провинции|провінції|штата|штату)\s+[А-ЯЁІЇЄҐ]\S*(?:\s+[А-ЯЁІЇЄҐ]\S*)?)$"
)


# "Астраханской области Российской Федерации", "в Курской области России": a region,
# then its country in the genitive, with no comma between them.
_REGION_THEN_COUNTRY = re.compile(
    r"^(?P<x>.+?\s(?:область|области|край|края|крае|республика|республики|республике|"
    r"області|краю))\s+"
    r"(?P<y>(?:Российской\s+Федерации|России|РФ|Украины|України|Беларуси|Білорусі|"
    r"Казахстана|Казахстану))$"
)


# "a Csongrád-Csanád megyei Ásotthalom" (Ásotthalom of Csongrád-Csanád county), "a
# Szabolcs-Szatmár-Bereg megyei határátkelőhelyekre" (to the county's crossings):
# Hungarian opens with the county's adjective, then what lies in it.
_HUNGARIAN_COUNTY_FIRST = re.compile(
    r"^(?:[Aa]z?\s+)?(?P<y>[A-ZÁÉÍÓÖŐÚÜŰ][\w]*(?:-[A-ZÁÉÍÓÖŐÚÜŰ][\w]*)*\s+(?:vár)?megyei)"
    r"\s+(?P<x>\S.*)$"
)


# "στο Κισσάριο Έβρου", "του Σουφλίου Έβρου", "Μαρασίων Ορεστιάδας": Greek follows a
# village's name with its municipality or regional unit in the genitive, the article
# ("του", "της") left out: X of Y, as "X του Y" is.
_GREEK_PLACE_THEN_UNIT = re.compile(
    r"^(?P<x>.*?(?P<last>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+))\s+"
    r"(?P<y>[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]+(?:ου|ού|ας|άς|ης|ής|ων|ών))$"
)


# The words Greek names open with (saint, new, old, upper, lower, great, small), in
# the genitive the name after them takes.
_GREEK_NAME_ADJECTIVE = re.compile(
    r"Αγ(?:ίου|ίας|ίων)|Ν[έε](?:ου|ας|ων)|Παλαι(?:ού|άς|ών)|Άνω|Κάτω|Μεγάλ(?:ου|ης)|"
    r"Μικρ(?:ού|ής)"
)


def _greek_place_then_unit(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "Κισσάριο Έβρου": the name, looked up in the unit the genitive after it names;
    None when either word is a role word or ends a title."""
    match = _GREEK_PLACE_THEN_UNIT.match(text)
    if match is None or is_generic(match["last"]) or is_generic(match["y"]):
        return None
    if _GREEK_NAME_ADJECTIVE.fullmatch(match["last"]):
        # "Αγίας Νάπας", "Νέας Ορεστιάδας": a saint's or "new" before a name is the
        # name's first word, declined with it, not a place in a unit of that name.
        return None
    before = match["x"].split()[:-1]
    if before and _GREEK_NAME_ADJECTIVE.fullmatch(before[-1]):
        # "Νέας Βύσσας Ορεστιάδας": "new" opens the village's own name, no title.
        before.pop()
    if before and before[-1][:1].isupper():
        # A capitalised title before it ("Συνοριακό Σημείο Διέλευσης Κήπων", the
        # crossing point of Kipoi): the genitive is that title's, not a unit's.
        return None
    # The genitive names the municipality ("δήμος Σουφλίου"), not its town: a village
    # the data lacks is answered by the unit, never by the town it is named after.
    unit = PlaceExpression("district", match["y"], match["y"], suffix="δήμος", languages=langs)
    return PlaceExpression(
        "restricted",
        text,
        match["x"].strip(),
        match["y"],
        inner=_parse(match["x"].strip(), langs),
        outer=unit,
        suffix="in",
        languages=langs,
    )


# "ҷамоати деҳоти Ворухи шаҳри Исфара" (the rural jamoat of Vorukh, of the town of
# Isfara): Tajik joins a place to the unit or town holding it by the izafe "-и", then
# that holder's word ("шаҳри", of the town; "ноҳияи", of the district; "вилояти", of the
# province) and its name.
_TAJIK_PLACE_OF_A_HOLDER = re.compile(
    r"^(?P<x>.*\S(?:и|ӣ))\s+(?P<y>(?:шаҳри|ноҳияи|вилояти)\s+[А-ЯЁҶҲҚҒӮӢ]\S*)$|"
    # ... or the holder's bare name after a jamoat's: "ҷамоати Чоркӯҳи Исфара" (the
    # jamoat of Chorkuh of Isfara).
    r"^(?P<jx>ҷамоати(?:\s+деҳоти)?\s+[А-ЯЁҶҲҚҒӮӢ]\S*(?:и|ӣ))\s+(?P<jy>[А-ЯЁҶҲҚҒӮӢ]\S*)$"
)


def _tajik_place_of_a_holder(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "X-и шаҳри Y": X in Y, read before the unit word opening X ("ҷамоати деҳоти")
    takes the whole text for its name."""
    match = _TAJIK_PLACE_OF_A_HOLDER.match(text)
    if match is None:
        return None
    if match["jx"]:
        return _restricted(match["jx"], match["jy"], text, langs, "in")
    return _restricted(match["x"], match["y"], text, langs, "in")


#: Indonesian and Malay "ibukota", "ibu kota" (the capital of) before the unit it heads,
#: which needs no "of": "Vanimo, ibukota Provinsi Sandaun".
_CAPITAL_OF_UNIT = re.compile(r"^ibu\s?kota\s+(?P<unit>\S.*)$", re.IGNORECASE)


def _qualified(text: str, g: _Grammar, langs: tuple[str, ...]) -> PlaceExpression | None:
    """The place and its container: "X, Y", "X in Y", "X (Y)", "Y's X"."""
    unit = (
        _UNIT_THEN_SHCHYNA.match(text)
        or _HUNGARIAN_COUNTY_FIRST.match(text)
        or _PLACE_OF_A_FOREIGN_UNIT.match(text)
        or _REGION_THEN_COUNTRY.match(text)
        or _DISTRICT_OF_A_CITY.match(text)
    )
    if unit:
        return _restricted(unit["x"], unit["y"], text, langs, "in")
    greek = _greek_place_then_unit(text, langs)
    if greek is not None:
        return greek
    comma = _COMMA.search(text)
    if comma:
        name, other = text[: comma.start()].strip(), text[comma.end() :].strip()
        before = _APPOSITION.sub(r"\g<rest>", name)
        if (
            name
            and other
            and g.settlement_word_last.search(before)
            and _parse(other, langs).kind == "name"
        ):
            # "east Congo's largest city, Goma", "a Tajik exclave, Vorukh".
            inner = _parse(other, langs)
            return PlaceExpression(
                "settlement", text, other, other=before, inner=inner, languages=langs
            )
        capital_of = _CAPITAL_OF_UNIT.match(other)
        if name and capital_of:
            # "Vanimo, ibukota Provinsi Sandaun": the capital of the unit after the
            # word, which holds it as "X, Y" does.
            return _restricted(name, capital_of["unit"], text, langs, ",")
        if name and other:
            apposition = _apposition(name, other, text, g, langs)
            if apposition is not None:
                return apposition
            return _restricted(name, other, text, langs, ",")
    match = _SWAHILI_IN_TOWN.match(text)
    if match:
        # Swahili "mjini" is "in the town": "X mjini Y" is X in the town of Y, which
        # "mjini Y" reads as the town, never the region of its name.
        return _restricted(match["x"], f"mjini {match['y']}", text, langs, "in")
    match = re.match(
        # Greek: "X στην Y" (in), "X του Y" (Y's: "Καστανιές του Έβρου").
        # German "X im Y", French "X dans Y", Indonesian "X di Kabupaten Y" (Italian
        # "di" is "of"; Spanish and French "en" is Dutch "and": not read here).
        # Portuguese "X no Niassa" (in the), before a capitalised name only; not the
        # feminine "na", which is "with" or "and" in Bantu languages ("umupaka na Uganda").
        r"^(?P<x>.+?)\s+(?:in|inside|within|w|we|в|во|у|ў|u|nchini|στο|στη|στην|στον|του|της|των|"
        r"im|in\s+der|dans|di(?=\s+(?:kabupaten|kota|kecamatan|provinsi|distrik)\s)|"
        r"(?:no|nos)(?=\s+(?-i:[A-ZÀ-Ý])))"
        r"\s+(?:the\s+)?(?P<y>.+)$",
        text,
        re.I,
    )
    if match:
        return _restricted(match["x"], match["y"], text, langs, "in")
    match = re.match(
        r"^(?P<x>.+?)\s+(?:on|along|near|at|by|close\s+to|pod|przy|koło|около|возле|у|под|"
        r"каля|ля|біля|prie|pie)\s+(?:the\s+)?(?P<y>.+)$",
        text,
        re.I,
    )
    if match and _border(match["y"], g, langs) is not None:
        # "Edirne on the Turkish-Greek border": the place, and the border it is on.
        return _restricted(match["x"], match["y"], text, langs, "in")
    match = _POSSESSIVE.match(text)
    if match and not re.match(r"^(?:side|border|frontier)\b", match["rest"], re.I):
        after_at = _OWNER_AFTER_AT.match(match["owner"])
        if after_at:
            # "the border crossing at Quebec's Roxham Road": the possessive owns only
            # the name after "at", read as "at Roxham Road, Quebec".
            return _parse(f"{after_at['before']}{match['rest']}, {after_at['owner']}", langs)
        return _restricted(match["rest"], match["owner"], text, langs, "'s")
    match = _BENGALI_GENITIVE.match(text)
    if match:
        # The owner in the genitive, joined to its name, then the place.
        return _restricted(match["rest"], match["owner"], text, langs, "'s")
    return None


#: Swahili "X mjini Y": the locative of "mji" (town) between a place and its town.
_SWAHILI_IN_TOWN = re.compile(r"^(?P<x>.+?)\s+mjini\s+(?P<y>\S.*)$", re.I)


#: A unit word and "of" before a name, then after a comma another unit word and "of"
#: before another name: "na região de Santa Clara, província do Cunene", "la région de
#: X, département de Y".
_UNIT_OF_THEN_ITS_UNIT = re.compile(
    r"^(?P<head>(?:(?:na|no|en|dans|in|à)\s+)?(?:(?:la|le|el|a|o|the|l['’])\s*)?"
    r"(?:região|regiao|región|region|région|zona|zone|área|area|localidade|localidad|"
    r"localité|aldeia|aldea|village|povoado|comunidade|comunidad|sector|setor|secteur)\s+"
    r"(?:de|do|da|del|du|des|of)\s+[^,]+?),\s*"
    r"(?P<tail>(?:(?:la|le|el|a|o|the|l['’])\s*)?(?:província|provincia|province|"
    r"departamento|département|department|estado|state|distrito|district|município|"
    r"municipio|municipality|comuna|commune|préfecture|prefecture|región|região|région|"
    r"region|governorate|oblast)\s+(?:de|do|da|del|du|des|of)\s+\S.*)$",
    re.IGNORECASE,
)

# "dans la commune de Seytenga, au nord du Burkina Faso": a unit's name ends at the
# comma; what follows, a compass part of a place, says where the unit lies and is no
# part of its name.  Other tails are left to the tail reading, which checks that they
# agree with a head it knows ("département de Téra, situé dans la région de ...").
_UNIT_OF_NAME_THEN_COMMA = re.compile(
    r"^(?P<head>(?:(?:na|no|en|dans|in|à)\s+)?(?:(?:la|le|el|a|o|the|l['’])\s*)?"
    r"(?:província|provincia|province|departamento|département|department|distrito|"
    r"district|município|municipio|municipality|comuna|commune|préfecture|prefecture|"
    r"sous-préfecture|arrondissement|canton|localité|localidad|localidade)\s+"
    r"(?:de|do|da|del|du|des|of|d['’])\s*(?:(?:la|le|l['’])\s*)?(?-i:[A-ZÀ-Þ])[^,]*?),\s*"
    r"(?P<tail>(?:au\s+|à\s+l['’]\s*|dans\s+l[ae]\s+|dans\s+l['’]\s*)(?:extrême-)?"
    r"(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest))?\s+(?:du|de|des|d['’])\s*\S.*)$",
    re.IGNORECASE,
)


def _restricted(name: str, other: str, text: str, langs, connector: str) -> PlaceExpression:
    return PlaceExpression(
        "restricted",
        text,
        name.strip(),
        other.strip(),
        inner=_parse(name.strip(), langs),
        outer=_parse(_strip_leading(other.strip()), langs),
        suffix=connector,
        languages=langs,
    )


_BUILDING_AFTER_A_NAME = re.compile(
    r"^(?P<rest>(?-i:[A-ZÀ-Þ]).*?)\s+(?-i:Village|Town|City|County|Municipal)\s+"
    r"(?-i:Hall|Library|Council|Courthouse|Museum|Police\s+Station)$"
)


# A town's bus station, terminal, hospital, town hall or police headquarters "of X" is
# in the town X ("la gare routière de Ouangolo", "en la Comandancia de la Guardia Civil
# de Lleida", "the bus station of Nogales"); German puts the town's adjective first ("am
# Trierer Hauptbahnhof").  A railway station "de X" is not: Paris's Gare de Lyon is
# named for where its trains go.
_BUILDING_OF_A_TOWN = re.compile(
    r"^(?:(?:la|le|el|the|o|a|l['’])\s*)?(?:gare\s+routière|"
    r"(?:main\s+|central\s+)?(?:bus|railway|train|police)\s+(?:station|terminal)|"
    r"terminal(?:\s+de\s+(?:autobuses|ônibus|passageiros))?|estación\s+de\s+autobuses|"
    r"rodoviária|aéroport|aeropuerto|aeroporto|airport|hôpital|hospital|marché(?:\s+central)?|"
    r"mercado|mairie|hôtel\s+de\s+ville|ayuntamiento|prefeitura|préfecture|commissariat|"
    r"comandancia(?:\s+de\s+la\s+guardia\s+civil)?|comandància(?:\s+de\s+la\s+guàrdia\s+"
    r"civil)?|comisaría|"
    # Brazilian "Estação Aduaneira (de Interior) de X": a customs depot in the town X.
    r"estação\s+aduaneira(?:\s+de\s+interior)?)"
    r"\s+(?:de\s+la\s+|del\s+|de\s+|d['’]\s*|du\s+|of\s+|do\s+|da\s+)"
    r"(?P<rest>(?-i:[A-ZÀ-Þ]).*)$",
    re.IGNORECASE,
)
# A border, then a clause about it ("... border that South Africa shares with ...").
_BORDER_THAT = re.compile(
    r"^(?P<head>.+?\b(?:border|frontier|boundary))\s*,?\s+(?:that|which)\s+"
    r"(?:(?-i:[A-Z])\S*\s+){1,3}(?:shares|has|maintains|keeps)\b.*$",
    re.IGNORECASE,
)
# English puts the town first: "Al-Arish airport", "the Nogales bus station", "Rafah
# hospital", "the Orestiada stadium", "Jamrud Bazaar" (the town's market street).  (A
# name that is no town, "Ben Gurion airport", stays unresolved.)  A word saying which
# of the town's buildings ("the Oshikango Open Market") is no part of the town's name.
_BUILDING_KIND = r"(?:international|open|central|main|old|new)\s+"
_TOWN_THEN_BUILDING = re.compile(
    r"^(?:inside\s+|at\s+|in\s+|near\s+)?(?:the\s+)?(?P<town>(?-i:[A-ZÀ-Þ])[\w'’.-]*"
    r"(?:\s+(?!" + _BUILDING_KIND + r"(?:market|bazaar))(?-i:[A-ZÀ-Þ])[\w'’.-]*)?)"
    r"\s+(?:" + _BUILDING_KIND + r")?(?:airport|hospital|bus\s+(?:station|terminal)|"
    r"police\s+station|town\s+hall|city\s+hall|market|stadium|bazaar|(?:railway|train)\s+station)$",
    re.IGNORECASE,
)
# Turkish puts the building after the town too, with its case after an apostrophe
# ("Akçakale Tren İstasyonu'nda", at the Akçakale railway station).
_TURKISH_TOWN_BUILDING = re.compile(
    r"^(?P<town>(?-i:[A-ZÇĞİÖŞÜ])[\w'’.-]*)\s+(?:[Tt]ren\s+|[Oo]tobüs\s+)?"
    # Case-sensitive: under IGNORECASE "ı" matches "i", and "Garı" "Garita".
    r"(?-i:[İI]stasyon|istasyon|[Gg]arı|[Hh]avaliman|[Dd]evlet\s+[Hh]astanesi|[Hh]astane|"
    r"[Oo]togar)\w*(?:['’`]\w+)?$",
    re.IGNORECASE,
)
# Hungarian puts the town's adjective first too ("a röszkei vasútállomáson", at the
# Röszke railway station).
_HUNGARIAN_TOWN_BUILDING = re.compile(
    r"^(?:a|az)\s+(?P<town>\w{3,}i)\s+(?:vasútállomás|pályaudvar|buszpályaudvar|"
    r"autóbusz-állomás|rendőrkapitányság|rendőrőrs|kórház|piac|tranzitzón)\w*$",
    re.IGNORECASE,
)
_TOWN_ADJECTIVE_BUILDING = re.compile(
    r"^(?:(?:am|im|an\s+der|der|dem|den|die)\s+)?(?P<town>(?-i:[A-ZÄÖÜ])\w{2,})er\s+"
    r"(?:Hauptbahnhof|Bahnhof|Busbahnhof|Flughafen|Rathaus|Marktplatz|Innenstadt|Hafen)$",
    re.IGNORECASE,
)

# Vietnamese words for how many: "các" (the), "một số" (some), "ba" (three) ...
_VIETNAMESE_SEVERAL = r"(?:các|những|một\s+số|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|\d+)"
# One name of a list of gates, not a unit of an address ("Lao Bảo, huyện Hướng Hóa").
_VIETNAMESE_LISTED_GATE = (
    r"(?!(?:huyện|xã|tỉnh|thị\s+xã|thị\s+trấn|thành\s+phố|TP|phường|ấp)\b)[^\s,;()][^,;()]*?"
)
# Vietnamese "(các) cửa khẩu của/thuộc tỉnh X" (the border gates of province X): several
# crossings of a unit are the unit, as "the border crossings of X province" reads; so
# are gates listed by name before it ("ba khu vực cửa khẩu Hữu Nghị, Tân Thanh, Chi Ma
# của tỉnh Lạng Sơn": the areas of three gates of Lạng Sơn), the first of them no more
# than the others.  One gate named so stays that gate, read as restricted to the unit.
_VIETNAMESE_CROSSINGS_OF_A_UNIT = re.compile(
    # "(trong) khu vực (một số) cửa khẩu của tỉnh X": in the area of (some) gates of X.
    rf"^(?:(?:trong|tại|ở|qua)\s+)?(?:{_VIETNAMESE_SEVERAL}\s+)?(?:khu\s+vực\s+)?"
    rf"(?:{_VIETNAMESE_SEVERAL}\s+)?cửa\s+khẩu(?:\s+biên\s+giới)?(?:\s+quốc\s+tế)?"
    rf"(?:\s+{_VIETNAMESE_LISTED_GATE}(?:\s*,\s*{_VIETNAMESE_LISTED_GATE})*"
    rf"(?:\s*,\s*|\s*,?\s+và\s+){_VIETNAMESE_LISTED_GATE})?"
    r"\s+(?:của|thuộc|trên\s+địa\s+bàn)\s+(?P<unit>(?:tỉnh|huyện)\s+\S.*)$",
    re.IGNORECASE,
)


# A Vietnamese body of a province or district ("Bộ đội Biên phòng tỉnh Tây Ninh", the
# Border Guard of Tây Ninh province; "Công an huyện X", its police; "UBND tỉnh X", its
# people's committee): the unit it belongs to.
_VIETNAMESE_BODY_OF_A_UNIT = re.compile(
    r"^(?:" + _VIETNAMESE_BORDER_GUARD + r"|Công\s+an|"
    r"Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+"
    r"(?P<unit>(?:tỉnh|huyện|thành\s+phố|thị\s+xã)\s+\S.*)$",
    re.IGNORECASE,
)


# "X, ubicada en Y" (X, located in Y): a place, then the unit it lies in.
_LOCATED_AFTER_COMMA = re.compile(
    r"(?<=,)\s*(?:ubicad|situad|localizad)[oa]s?(?=\s+(?:en|em)\s)", re.IGNORECASE
)
# "Семенівка, що за 10 кілометрів від кордону", "X, which is 10 km from the border": a
# relative pronoun between the comma and a stated distance adds nothing to it.
_WHICH_BEFORE_A_DISTANCE = re.compile(
    r"(?<=,)\s*(?:що|який|яке|яка|который|которое|которая|что|"
    r"which(?:\s+is|\s+lies)?|that\s+(?:is|lies))(?=\s+(?:за\s+|в\s+|у\s+|about\s+|some\s+|"
    r"around\s+|only\s+|just\s+)?\d)",
    re.IGNORECASE,
)
# "Сеньківка, що на Чернігівщині" (Senkivka, which is in the Chernihiv region): the
# relative pronoun before "in" adds nothing to the unit that follows.
_WHICH_BEFORE_A_UNIT = re.compile(
    r"(?<=,)\s*(?:що|який|яке|яка|который|которое|которая|что)(?=\s+(?:на|в|у)\s+\S)",
    re.IGNORECASE,
)
# Also without "Immigration" ("Customs, Quarantine and Security (ICQS) complex"), with a
# comma for "and" ("Immigration, Customs, Quarantine, Security Complex (ICQ)"), and with
# "complex" after the initials.
_ICQS_SPELLED = re.compile(
    r"(?:kompleks\s+)?(?:(?:immigration|imigresen),?\s+)?(?:customs|kastam),?\s+"
    r"(?:quarantine|kuarantin)\s*(?:,\s*|\s(?:and|dan|&)\s+|,\s*(?:and|dan|&)\s+)"
    r"(?:security|keselamatan)(?:\s+complex)?(?:\s*\((?:ICQS|ICQ|CIQS|CIQ)\))?"
    r"(?:\s+complex)?",
    re.IGNORECASE,
)
_ARABIC_STATE_WORDS = re.compile(r"(?<=\s)(?:دولة|جمهورية)\s+(?=\S)|\s+(?:المجاورة|المجاور)$")


#: Numbers written in words before a unit of length ("one and a half kilometers").
_NUMBER_WORDS = {
    "half a": "0.5",
    "a": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
_SPELLED_LENGTH = re.compile(
    r"\b(?P<number>half\s+a|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?P<half>\s+and\s+a\s+half)?(?=\s+(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\b)",
    re.IGNORECASE,
)


def _digits_for_words(match: re.Match) -> str:
    # The case-blind match also takes "FİVE" (a Turkish capital İ lowers to "i̇"): a word
    # that is not one of the table's is left as written.
    word = _NUMBER_WORDS.get(" ".join(match["number"].lower().split()))
    if word is None:
        return match[0]
    number = float(word) + (0.5 if match["half"] else 0.0)
    return f"{number:g}"


#: Turkish "X ilçesine bağlı Y" ("Y, attached to X district"): a unit in the dative,
#: "bağlı", then the place it holds.
_TURKISH_ATTACHED_TO = re.compile(
    r"^(?P<unit>\S.*?\S(?:n?[ae]|y[ae]))\s+bağlı\s+(?P<place>\S.*)$", re.IGNORECASE
)

#: Turkish "Y köyünde Z yakınlarında" (in the village Y, near Z): a place in the
#: locative, then a landmark the place is near (a river, a road); the landmark neither
#: holds the place nor is it, so the words after the place are left out.
_TURKISH_PLACE_NEAR_LANDMARK = re.compile(
    r"^(?P<place>\S.*?\s(?:köyünde|beldesinde|mahallesinde|kasabasında|ilçesinde|"
    r"kentinde|şehrinde))\s+\S.*?\s(?:yakın(?:lar)?ında|civarında|çevresinde)$",
    re.IGNORECASE,
)

#: Lithuanian "miške ties X" (in the forest by X), "Baltarusijos krante ties X" (on the
#: Belarusian bank by X): a spot in the locative, then a preposition of place ("ties",
#: by; "prie", "netoli", "šalia", near) and the place the spot is by.
_LITHUANIAN_SPOT_BY = re.compile(
    r"^(?P<spot>\S.*?\w(?:[^aeiouyė\s]e|oje|uje|yje|ėje|uose|ose|ėse|yse))\s+"
    r"(?P<by>(?:ties|prie|netoli|šalia)\s+\S.*)$",
)

#: A Turkish village or quarter ("köy", "mahalle", "belde") is attached to a district
#: (ilçe): "Uzunköprü'ye bağlı Gemici köyü" names the district of Uzunköprü by its name
#: alone, in the dative after an apostrophe.
_TURKISH_VILLAGE_WORD = re.compile(r"\b(?:köy|mahalle|belde)", re.IGNORECASE)
_TURKISH_BARE_DATIVE = re.compile(r"^(?P<name>\S.*?)['’](?:y?[ae])$")


def _unit_a_village_is_attached_to(attached: re.Match[str]) -> str:
    """The unit of "X'e bağlı Y": "X ilçesine" when Y is a village and X a bare name."""
    bare = _TURKISH_BARE_DATIVE.match(attached["unit"])
    if bare and _TURKISH_VILLAGE_WORD.search(attached["place"]):
        return f"{bare['name']} ilçesine"
    return attached["unit"]


#: Turkish "X ilçesi Y köyünde", "X ilçesindeki Y", "X ilinin Y ilçesi": a unit named
#: first (in the possessive, genitive or locative), then a place in it, with no word
#: between; not "X ilçesinin (hemen) karşısında" (opposite the district), "yakınında"
#: (near it) nor "sınır komşusu Y" (Y, its neighbour across the border): no place in it.
_TURKISH_UNIT_THEN_PLACE = re.compile(
    r"^(?P<name>\S.*?)\s+(?P<word>ilçesi|ili)(?:n?in|ndeki|nde)?"
    r"(?:\s+bulunan)?\s+(?P<place>(?!.*\b(?:karşı|yakın|civar|çevre|komşu))\S.*)$",
    re.IGNORECASE,
)


#: Turkish "Hatay'ın Suriye sınırındaki ilçesi Reyhanlı" (Hatay's district on the Syrian
#: border, Reyhanlı): a name in the genitive, words in lower case describing the unit,
#: then the unit word in the possessive and the unit's name after it, in apposition; the
#: unit named, in the name before.  (A name before the unit word, "Hatay'ın Yayladağı
#: ilçesi", is the unit's own and reads as it did.)
_TURKISH_HOLDERS_UNIT_NAMED_AFTER = re.compile(
    r"^(?P<holder>(?-i:[A-ZÇĞİÖŞÜ])[\w.-]*(?:\s+(?-i:[A-ZÇĞİÖŞÜ])[\w.-]*)?)['’]n?[ıiuü]n\s+"
    r"(?:(?:\S+\s+)*?(?-i:[a-zçğıöşü])\S*\s+)?(?P<word>ilçesi|ili|beldesi|köyü)\s+"
    r"(?P<place>(?-i:[A-ZÇĞİÖŞÜ])\S*(?:\s+(?-i:[A-ZÇĞİÖŞÜ])\S*){0,2})$"
)

#: Turkish "X'de Y" (in X, Y): a capitalised name in the locative after an apostrophe,
#: then a capitalised place it holds ("Edirne’de Meriç Nehri", the Meriç river in
#: Edirne; "Edirne'deki Elçili köyü", the Elçili village that is in Edirne, the
#: locative made an adjective by "-ki"); not "tarafında", "yakınında", "karşısında",
#: "bölgesine" (on its side, near, opposite it, to its area), which say where the place
#: is from X, not that X holds it, nor a text about a border ("Edirne’de Pazarkule
#: Sınır Kapısı’ndan başlayan ... kara sınırı"), read as it was.
_TURKISH_LOCATIVE_THEN_PLACE = re.compile(
    r"^(?P<holder>(?-i:[A-ZÇĞİÖŞÜ])[\w.-]*(?:\s+(?-i:[A-ZÇĞİÖŞÜ])[\w.-]*)?)['’][dt][ae](?:ki)?\s+"
    r"(?P<place>(?-i:[A-ZÇĞİÖŞÜ])(?!.*\b(?:taraf|yakın|karşı|civar|çevre|komşu|sınır|bölge))\S.*)$",
)

#: Hebrew "X שבדרום לבנון" (X, which is in south Lebanon), "X במרחב Y" (X, in the Y
#: area): a place, then the area holding it, the relative "ש" joined to it or not.
#: Only a compass or area word opens the area, so a name of two words ("באר שבע")
#: is never cut; nor is a "near" word before the area ("במרחב דרום כפר כילא", in the
#: area south of Kfar Kila), which is no place.
_HEBREW_PLACE_THEN_AREA = re.compile(
    r"^(?P<place>(?!(?:ליד|באזור|במרחב|בסמוך|סמוך|בקרבת|מול)\s)[\u05d0-\u05ea][^,]*?)\s+ש?"
    r"(?P<area>[בל]?(?:צפון|דרום|מזרח|מערב|אזור|מרחב)\s+[\u05d0-\u05ea].*)$"
)

#: Arabic "بلدة الظهيرة جنوب لبنان" (the town of Dhayra, south Lebanon): a village word
#: and its name of one or two words, then a compass word opening the area holding it,
#: with no comma; read as "X، جنوب لبنان" reads.
_ARABIC_SETTLEMENT_THEN_COMPASS = re.compile(
    r"^(?P<place>(?:[^,،]*\s)?(?:ال)?(?:بلدة|قرية|مدينة)\s+[^\s,،]+(?:\s+[^\s,،]+)??)\s+"
    r"(?P<area>(?:(?:في|فى)\s+)?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)\s+\S.*)$"
)

#: Turkish "X kentinin Y ilçesinde" (in the Y district of the city X), Azerbaijani "X
#: rayonunun Y kəndi" (the village Y of the X district): a unit in the genitive, then a
#: place in it; not "X ilçesinin karşısında" (opposite it), "yaxınlığında" (near it) nor
#: "sınır komşusu Y" (its neighbour across the border), which are no place in it.
_GENITIVE_UNIT_THEN_PLACE = re.compile(
    r"^(?P<name>\S.*?)\s+(?P<word>kenti|şehri|ili|ilçesi|rayonu|şəhəri|kəndi)"
    r"n(?:in|ın|un|ün)\s+"
    r"(?P<place>(?!.*\b(?:karşı|yakın|civar|çevre|komşu|yaxın|qarşı|ətraf))\S.*)$",
    re.IGNORECASE,
)


def _genitive_unit_then_place(text: str) -> str | None:
    """Rewrite "X rayonunun Y kəndi" as "Y kəndi, X rayonu": the place, then its unit.

    Parameters
    ----------
    text : str
        A place phrase.

    Returns
    -------
    str or None
        The place and the unit holding it, comma-separated, or None when the phrase
        does not open with a unit in the genitive.
    """
    match = _GENITIVE_UNIT_THEN_PLACE.match(text)
    if match is None:
        return None
    # The unit keeps its word ("Tovuz rayonu") so it reads as the unit, not a town.
    return f"{match['place']}, {match['name']} {match['word']}"


#: Turkish "X ile Y arasındaki sınır(da)" (on the border between X and Y), with "bölge"
#: (area) or "hattı" (line) after the border word: "between" follows both sides.
_TURKISH_BORDER_BETWEEN = re.compile(
    r"^(?P<a>\S.*?)\s+ile\s+(?P<b>\S.*?)\s+arasında(?:ki)?\s+(?:kara\s+)?"
    r"(?:sınır|hudut|hudud)\w*(?:\s+(?:bölge|hat|boy)\w*)?$",
    re.IGNORECASE,
)
#: A side's owner in the genitive before it ("Suriye'nin Kamışlı ilçesi": Syria's) ...
_TURKISH_OWNER_BEFORE = re.compile(r"^\S+['’]n?[ıiuü]n\s+(?=\S)")
#: ... and the unit word after it ("ilçesi", district): the side is named by its town.
_TURKISH_UNIT_AFTER = re.compile(
    r"\s+(?:ilçesi|ilçe|kenti|şehri|kasabası|beldesi|köyü)$", re.IGNORECASE
)


# "the northern sector of the X-Y border", "the eastern part of the border": a compass
# word naming a stretch of a border, in English.
_COMPASS_PART_OF_A_BORDER = re.compile(
    rf"^(?:the\s+)?(?:{_COMPASS_WORD})\s+(?:sector|section|stretch|segment|portion|part|flank)"
    r"\s+of\s+(?:the\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# "the Isfara stretch of the Tajik-Kyrgyz border": a place's stretch of a border two
# countries (joined by a dash) name.
_STRETCH_BY_PLACE = re.compile(
    r"^(?:the\s+)?(?P<place>[A-ZÀ-Þ][\w’'.]*(?:[\s-][A-ZÀ-Þ][\w’'.]*){0,2})\s+"
    r"(?:stretch|section|segment|portion|part|sector|area)\s+of\s+"
    r"(?P<border>(?:the\s+)?[A-ZÀ-Þ][\w’'.]*\s*[-–]\s*[A-ZÀ-Þ][\w’'.]*\s+"
    r"(?:border|frontier|boundary))$"
)


# "منفذ عرعر الحدودي غرب بغداد" (the Arar border crossing west of Baghdad): after the
# crossing and its border adjective, a compass word and a city say where the crossing lies
# as seen from afar; the crossing is the place.
_ARABIC_CROSSING_THEN_BEARING = re.compile(
    r"^(?P<head>(?:ال)?(?:معبر|منفذ)\s+\S.*?\s+(?:الحدودي|الحدودية))\s+"
    r"(?:(?:إلى|الى)\s+(?:ال)?)?(?:شمال|جنوب|شرق|غرب)(?:ي|\s*(?:ال)?(?:شرق|غرب)(?:ي)?)?\s+\S.*$"
)


#: Turkish, Turkmen and Azerbaijani put what lies on a border after the border, in its
#: "-daki" form (the one at): "Türkiye-Suriye sınırındaki X", "serhedindäki geçelge".
_TURKIC_HEAD_AFTER_ITS_BORDER = re.compile(
    r"^(?P<border>\S+[-‐‑–—]\S+\s+(?:sınır|hudud|serhed|sərhəd)\w*(?:daki|deki|däki|dəki))"
    r"\s+(?P<head>\S.*)$",
    re.IGNORECASE,
)

#: East Slavic "X на границе с Y" (X on the border with Y): a crossing, then the border
#: it lies on, as English "the X checkpoint on the border with Y".
_SLAVIC_HEAD_ON_ITS_BORDER = re.compile(
    r"^(?P<head>\S.*?)\s+(?:на|у|при)\s+"
    r"(?P<border>(?:(?:государственн|державн|дзяржаўн)\w*\s+)?(?:границ|кордон|мяж)\w*\s+\S.*|"
    # The two sides' adjectives before the noun: "на российско-украинской границе".
    r"[^\W\d_]+-[^\W\d_]+\s+(?:(?:государственн|державн|дзяржаўн)\w*\s+)?"
    r"(?:границ|кордон|мяж)\w*)$",
    re.IGNORECASE,
)
#: Portuguese, Spanish, French "X na fronteira com Y" (X on the border with Y), without a
#: comma: a crossing, then the border it lies on, as the East Slavic form.
_ROMANCE_HEAD_ON_ITS_BORDER = re.compile(
    r"^(?P<head>\S.*?)\s+(?:na|en\s+la|sur\s+la|à\s+la)\s+"
    r"(?P<border>(?:fronteira|frontera|frontière)\s+(?:com|con|avec)\s+\S.*)$",
    re.IGNORECASE,
)
_ENDS_CAPITALISED = re.compile(r"(?:^|\s)[A-ZÀ-Þ][\w’'-]*$")
# Crossing words alone ("пункт пропуска", "КПП"): a crossing no name says.
_SLAVIC_CROSSING_WORDS_ONLY = re.compile(
    r"(?:(?:автомобильн|железнодорожн|пограничн|прикордонн|памежн|многосторонн|пешеходн)\w*\s+)*"
    r"(?:пункт\w*(?:\s+пропуск\w*)?|кпп|мапп|пост\w*|переход\w*|перех[іо]д\w*)",
    re.IGNORECASE,
)


#: A state's formal title before its name ("the Cooperative Republic of Guyana", "the
#: Hashemite Kingdom of Jordan"): one to three capitalised words before the form of
#: state. Not "Democratic" or "People's": "the Democratic Republic of the Congo" is not
#: the Congo, nor is Korea one state.
_STATE_TITLE = re.compile(
    r"^(?:the\s+)?(?!.*\b(?:Democratic|People)\b)(?:(?-i:[A-Z])[\w-]*\s+){1,3}"
    r"(?-i:Republic|Kingdom|Sultanate|Emirate|Principality)\s+of\s+(?:the\s+)?"
    r"(?P<country>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?)$",
    re.IGNORECASE,
)


def _parse(text: str, langs: tuple[str, ...]) -> PlaceExpression:
    bearing = _ARABIC_CROSSING_THEN_BEARING.match(text)
    if bearing:
        return _parse(bearing["head"], langs)
    entered = _into_from_a_country(text, langs)
    if entered is not None:
        return entered
    state = _STATE_TITLE.match(text)
    if state:
        # "the Cooperative Republic of Guyana": the state's title before its name.
        return _parse(state["country"], langs)
    titled = _of_titled_unit(text)
    if titled:
        # "near village Wan of district Tarn Taran": the village in the district.
        return _parse(f"{titled[0]} in {titled[1]}", langs)
    unnamed = _UNNAMED_VILLAGE_OF.match(text)
    if unnamed and (
        # "the village of X" names X; "a village of X", "the villages of X" do not.
        unnamed["word"].lower().endswith(("s", "x")) or unnamed["article"]
    ):
        # "a border village of Ferozepur", "the villages of Uri": some village of the unit
        # X, not the town X; read as "village in X", which lies around X.
        return _parse(f"village in {unnamed['rest']}", langs)
    hindi_village = _HINDI_VILLAGE_OF.match(text) or _URDU_VILLAGE_OF.match(text)
    if hindi_village:
        return _parse(f"village in {hindi_village['unit']}", langs)
    urdu_area = _URDU_AREA_OF.match(text)
    if urdu_area:
        return _parse(f"{urdu_area['unit']} area", langs)
    unit_then_border = _UNIT_THEN_BORDER.match(text)
    if unit_then_border:
        return _parse(
            f"{unit_then_border['border']} {unit_then_border['how']} {unit_then_border['place']}",
            langs,
        )
    between = _TURKISH_BORDER_BETWEEN.match(text)
    if between:
        # "Nusaybin ile Suriye'nin Kamışlı ilçesi arasındaki sınır bölgesinde": Turkish
        # puts "between" after both sides and the border last; read as English is.
        sides = (_TURKISH_OWNER_BEFORE.sub("", between[s]) for s in ("a", "b"))
        a, b = (_TURKISH_UNIT_AFTER.sub("", side).strip() for side in sides)
        return _parse(f"the border between {a} and {b}", langs)
    between_then_at = _BETWEEN_THEN_AT.match(text)
    if between_then_at:
        # Read as "à X, entre A et B": the place first, the sides after its comma.
        return _parse(f"à {between_then_at['place']}, {between_then_at['head']}", langs)
    g = _grammar()
    # "about one and a half kilometers from the Indian border" as "1.5 kilometers".
    text = _SPELLED_LENGTH.sub(_digits_for_words, text)
    # "مع دولة لاتفيا المجاورة" (with the neighbouring state of Latvia): the words for
    # "state" and "neighbouring" around a country's name add nothing to it.
    text = _ARABIC_STATE_WORDS.sub("", text)
    # Malaysia's "Immigration, Customs, Quarantine and Security Complex" (ICQS) at a
    # crossing, spelled out in English or Malay: its initials, whose commas part nothing.
    text = _ICQS_SPELLED.sub("ICQS", text)
    # "La Ceiba, ubicada en el municipio de X": the participle adds nothing to "en".
    text = _LOCATED_AFTER_COMMA.sub(" ", text)
    text = _WHICH_BEFORE_A_DISTANCE.sub(" ", text)
    text = _WHICH_BEFORE_A_UNIT.sub("", text)
    unit_then_unit = _UNIT_OF_THEN_ITS_UNIT.match(text)
    if unit_then_unit:
        # "na região de Santa Clara, província do Cunene": the first unit's name ends
        # at the comma; the unit after it holds the first, as after a bare name.
        return _restricted(unit_then_unit["head"], unit_then_unit["tail"], text, langs, ",")
    unit_then_comma = _UNIT_OF_NAME_THEN_COMMA.match(text)
    if unit_then_comma:
        return _restricted(unit_then_comma["head"], unit_then_comma["tail"], text, langs, ",")
    comma = _COMMA.search(text)
    if comma and _BORDERING.match(text[comma.end() :].strip()):
        # "Ciudad Juárez, fronteriza con Estados Unidos": what the place borders
        # describes it; it neither holds it nor is it.
        return _parse(text[: comma.start()].strip(), langs)
    spot = _LITHUANIAN_SPOT_BY.match(text)
    if spot and spot["spot"].split()[0].lower() not in ("the", "se", "de", "le"):
        # "miške ties Varėnos rajono Musteikos kaimu": the spot (a forest, a river bank)
        # says what lies by the place, not where.
        return _parse(spot["by"], langs)
    junction_town = town_a_junction_is_named_after(text)
    if junction_town is not None:
        # "auf der A4 in Höhe der Anschlussstelle X": the junction lies by its town X.
        return _parse(f"bei {junction_town}", langs)
    beside_road = place_beside_a_road(text)
    if beside_road is not None:
        # "auf der A6 bei Kittsee im Burgenland": the road's number names no place.
        return _parse(beside_road, langs)
    described = place_after_motion_clause(text) or place_after_between_clause(text)
    if described is not None:
        # "Iğdır'dan Nahçıvan'a açılan X": the clause says where X leads, not where it is.
        return _parse(described, langs)
    landmark = _TURKISH_PLACE_NEAR_LANDMARK.match(text)
    if landmark:
        # "Paşaköy köyünde Meriç Nehri yakınlarında": in Paşaköy, by the river.
        return _parse(landmark["place"], langs)
    on_border = _TURKIC_HEAD_AFTER_ITS_BORDER.match(text)
    if on_border:
        # "Türkmen-özbek serhedindäki geçelge": the crossing at the Turkmen-Uzbek
        # border, read as "the crossing on the border" is in English.
        return _restricted(on_border["head"], on_border["border"], text, langs, "in")
    on_border = _ROMANCE_HEAD_ON_ITS_BORDER.match(text)
    if on_border and _ENDS_CAPITALISED.search(on_border["head"]):
        # "Ponte Binacional na fronteira com o Brasil": the bridge, then its border.
        return _restricted(on_border["head"], on_border["border"], text, langs, "in")
    on_border = _SLAVIC_HEAD_ON_ITS_BORDER.match(text)
    if (
        on_border
        and names_a_crossing(on_border["head"])
        and not _SLAVIC_CROSSING_WORDS_ONLY.fullmatch(on_border["head"].strip())
    ):
        # 'Пункт пропуска "Нарва" в Эстонии на границе с Ленинградской областью': the
        # crossing named, then the border it is on; not a border whose side is the
        # crossing's words.
        return _restricted(on_border["head"], on_border["border"], text, langs, "in")
    attached = _TURKISH_ATTACHED_TO.match(text)
    if attached:
        # "Reyhanlı ilçesine bağlı Kuşaklı köyünde": the place, then the unit holding it.
        return _parse(f"{attached['place']}, {_unit_a_village_is_attached_to(attached)}", langs)
    named_after = _TURKISH_HOLDERS_UNIT_NAMED_AFTER.match(text)
    if named_after:
        # "HATAY'ın Suriye sınırındaki ilçesi Reyhanlı'da": the unit Reyhanlı, in Hatay,
        # as "ilçesi Reyhanlı, Hatay" reads (not the town Reyhanlı).
        return _parse(
            f"{named_after['word']} {named_after['place']}, {named_after['holder']}", langs
        )
    compound = _TURKISH_UNIT_THEN_PLACE.match(text)
    if compound:
        # "Uzunköprü ilçesi Saçlımüsellim köyünde": the place, then the unit holding it,
        # as after "bağlı".
        return _parse(f"{compound['place']}, {compound['name']} {compound['word']}", langs)
    genitive = _genitive_unit_then_place(text)
    if genitive:
        return _parse(genitive, langs)
    ward = _NEPALI_WARD.match(text)
    if ward:
        # "Chhapkaiya of Birgunj Metropolitan City-1": Nepal writes a place, its council
        # and the ward's number; the place lies in the council's town, as "X, Y" reads.
        council = ward["council"]
        return _parse(f"{ward['place']}, {council}" if ward["place"] else council, langs)
    held = _SLAVIC_UNIT_THEN_HOLDER.match(text)
    if held:
        # "В Знаурском районе Южной Осетии": a district, then the name holding it in the
        # genitive, as "X районе, Y" reads (a holder the data lacks is left out).
        return _parse(f"{held['unit']}, {held['holder']}", langs)
    unit_first = g.unit_then_settlement.match(text)
    if unit_first:
        # "općine Rakovica u mjestu Koranski Lug" (of the municipality of Rakovica, in
        # the place Koranski Lug): the settlement lies in the unit named first, as
        # "Koranski Lug, općine Rakovica" reads.
        return _parse(f"{unit_first['place']}, {unit_first['unit']}", langs)
    located = _TURKISH_LOCATIVE_THEN_PLACE.match(text)
    if located:
        # "Edirne’de Meriç Nehri": the place, then the name holding it, as "Y, X" reads.
        return _parse(f"{located['place']}, {located['holder']}", langs)
    in_area = _HEBREW_PLACE_THEN_AREA.match(text) or _ARABIC_SETTLEMENT_THEN_COMPASS.match(text)
    if in_area:
        # "בכפר חתא שבדרום לבנון", "بلدة الظهيرة جنوب لبنان": the place, then its
        # area, as "X, בדרום לבנון" reads.
        return _parse(f"{in_area['place']}, {in_area['area']}", langs)
    relative = _BORDER_THAT.match(text)
    if relative:
        # "the Musina border that South Africa shares with Zimbabwe": the clause says
        # what the border is, the words before it where.
        return _parse(relative["head"], langs)
    stretch = _STRETCH_BY_PLACE.match(text)
    if stretch:
        # "the Isfara stretch of the Tajik-Kyrgyz border": the border's stretch by the
        # place, as "the Tajik-Kyrgyz border in Isfara" reads.
        return _parse(f"{stretch['border']} in {stretch['place']}", langs)
    stripped = _strip_leading(text)
    for pattern, group in (
        (_BUILDING_OF_A_TOWN, "rest"),
        (_TOWN_ADJECTIVE_BUILDING, "town"),
        (_TOWN_THEN_BUILDING, "town"),
        (_HUNGARIAN_TOWN_BUILDING, "town"),
        (_TURKISH_TOWN_BUILDING, "town"),
    ):
        building = pattern.match(stripped)
        if building:
            return _parse(building[group], langs)
    lead = _strip_leading(_PRONOUN.sub("", text))
    if _DIRECTION_OF.match(lead):
        # "au sud de Menton", "a sul de Corumbá": the preposition belongs to the
        # direction, which stripping it first would lose.
        return _near_before(lead, langs) or PlaceExpression("name", lead, lead, languages=langs)
    rejon = _POLISH_REJON_OF_ADJECTIVE.match(lead)
    if rejon:
        # "w rejonie solecznickim": Polish "rejon" is also the district of Lithuania,
        # Belarus and Ukraine, named by an adjective; "w rejonie Kuźnicy" (a noun) is
        # the area of the village, read below as near it.
        langs = tuple(dict.fromkeys((*langs, "pl")))
        return PlaceExpression("district", lead, rejon["adj"], suffix="rejon", languages=langs)
    body, more, near = _strip_prepositions(lead, g)
    langs = tuple(dict.fromkeys((*langs, *more)))
    if near and body:
        inner = _parse(body, langs)
        return PlaceExpression("near", text, inner=inner, languages=langs)
    crossings = _VIETNAMESE_CROSSINGS_OF_A_UNIT.match(body)
    if crossings:
        return _parse(crossings["unit"], langs)
    body_of = _VIETNAMESE_BODY_OF_A_UNIT.match(body)
    if body_of:
        return _parse(body_of["unit"], langs)
    building = _BUILDING_AFTER_A_NAME.match(body)
    if building:
        # "Derby Line Village Hall": a town's building is in the town; "Village" is no
        # descriptor of a place called "Hall".  (A building's own name, "the Haskell
        # Free Library", may be a crossing of the tables: only "Town/City ..." here.)
        return _parse(building["rest"], langs)
    river = _OF_THE_RIVER.match(body)
    if river:
        # "Estonian waters of the Narva River", "the Venezuelan shore along the Cuyuni
        # River": the river (a border) is the place the words can draw.
        return _parse(river["river"], langs)
    border_area = g.has_border_word(body) and g.border_of.match(body)
    if border_area and not _LEADING_PREPOSITION.match(border_area["rest"]):
        region = _parse(border_area["rest"], langs)
        if region.kind in ("region", "district") or (
            region.kind == "name" and re.search(r"(?:щин|ччин)\w{0,3}$", region.name)
        ):
            # "прикордоння Сумської області": the border area of a region is the region.
            return region
    split_crossing = _CROSSING_SPLIT.match(body)
    if split_crossing:
        # "the Musina, Limpopo, border crossing": the crossing of X, with X's region
        # written between the name and the crossing word.
        joined = f"{split_crossing['name'].strip()} {split_crossing['word']}"
        crossing = _crossing(joined, langs)
        if crossing is not None:
            return replace(crossing, text=body)
    unit_after = _UNIT_APPOSITION.match(body)
    if unit_after and _grammar().area_first.match(_LEADING_ARTICLE.sub("", unit_after["name"])):
        # "l'arrondissement de Dassari, commune de Matéri": the name is itself a unit
        # titled by its word, so the words after the comma name the unit holding it,
        # not what the name is (read as a unit in a unit below).
        unit_after = None
    if unit_after:
        # "Huaquillas, cantón de la provincia de El Oro", "X, un cantón colindante con
        # ...": the words after the comma say X is a unit, whatever else they say.
        name = unit_after["name"].strip()
        return PlaceExpression(
            "district", body, name, suffix=unit_after["unit"].lower(), languages=langs
        )
    tail = _CROSSING_TAIL.match(body)
    if (
        tail
        and _CROSSING_AFTER.match(tail["head"])
        and _CROSSING_WITH.match(body[len(tail["head"]) :])
        and not (
            # "Iran's X checkpoint with Azerbaijan": read below, unless the text says where
            # it leads ("South Africa's X Border Post into Mozambique").
            re.search(r"['’]s\s", tail["head"])
            and not re.match(r"\s+into\s", body[len(tail["head"]) :])
        )
    ):
        # "the Beitbridge border post with Zimbabwe": a crossing and the country across;
        # "border post" is also a settlement word, whose reading would take "with
        # Zimbabwe" for a name.
        crossing = _crossing(body, langs)
        if crossing is not None:
            return crossing
    found = (
        _tajik_place_of_a_holder(body, langs)
        or _genitive_unit_first(body, langs)
        or _parenthesis(body, g, langs)
        or _side(body, g, langs)
        or _near_before(body, langs)
        or _border(body, g, langs)
        or _near_after(body, langs)
        or _within(body, g, langs)
        or _area_before(body, g, langs)
        or _settlement(body, g, langs, (g.settlement_of, g.settlement_before))
        or _qualified(body, g, langs)
        or _crossing(body, langs)
        or _area_after(body, g, langs)
        or _settlement(body, g, langs, (g.settlement_after,))
        or _village_of_unit(body, langs)
    )
    if found:
        return found
    name = _strip_possessive(body)
    return PlaceExpression("name", body, name, languages=langs)


def _unit_then_settlement_in_it(words: PlaceWords) -> _LazyPattern:
    """A unit word and its name, then "in the village/place" and the settlement's name.

    "općine Rakovica u mjestu Koranski Lug", "gminy Sejny w miejscowości Ogrodniki": the
    settlement word after the preposition says the last name is a place inside the
    unit, never part of the unit's name.
    """
    unit = "|".join(re.escape(w) for w in words.district)
    settlement = "|".join(re.escape(w) for w in words.settlement)
    return _LazyPattern(
        rf"^(?P<unit>(?:the\s+)?(?:{unit})\s+(?:of\s+)?[^\W\d_][^,()]*?)\s+"
        rf"(?:u|w|v|в|у|in)\s+(?:the\s+)?(?:{settlement})\s+(?:of\s+)?"
        rf"(?P<place>(?-i:[A-ZÀ-ÞČĆŠŽĐŁŚŹŻА-ЯЁІЇЄ])[^,()]*)$",
        re.IGNORECASE,
    )


#: "Šalčininkų rajono Kiemeliškių kaime", "Ludzas novada Pasienes pagastā", "Värska
#: vallas Verhulitsa külas": Lithuanian and Latvian name the unit first, in the genitive
#: (Estonian and Hungarian in the inessive: "Csongrád-Csanád vármegyében Szegeden", in
#: the county of Csongrád-Csanád, in Szeged), then the place in it, often after a
#: preposition ("ties", "netoli", "prie").
_GENITIVE_UNIT_FIRST = re.compile(
    r"^(?P<lead>(?:ties|netoli|prie|šalia|pie|netālu\s+no)\s+)?"
    r"(?P<unit>[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜÁÉÍÓÚŐŰ][\w'’-]*\s+"
    r"(?:rajono|savivaldybės|apskrities|seniūnijos|novada|pagasta|vallas|vallast|"
    r"(?:vár)?megyében|járásban))\s+"
    # Hungarian puts the article before the place, which may be its "-i" adjective ("Bihar
    # megyében a borsi határátkelőhelyen", at the Bors crossing in Bihar county).
    r"(?P<rest>[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜÁÉÍÓÚŐŰ].*|"
    r"(?<=megyében\s)az?\s+\S.*|(?<=járásban\s)az?\s+\S.*)$"
)


#: Hungarian "az ungvári járási Mélyút közelében" (near Mélyút of the Ungvár district):
#: the unit as the adjective of its seat's name ("-i") before "járási" (of the district).
_HUNGARIAN_DISTRICT_ADJECTIVE = re.compile(
    r"^(?:az?\s+)?(?P<seat>[^\W\d_]{3,}?)i\s+járási\s+"
    r"(?P<rest>[A-ZÁÉÍÓÖŐÚÜŰ].*)$",
    re.IGNORECASE,
)


def _genitive_unit_first(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "Šalčininkų rajono Kiemeliškių kaime": the rest looked up inside the unit."""
    adjective = _HUNGARIAN_DISTRICT_ADJECTIVE.match(text)
    if adjective is not None and adjective["rest"][:1].isupper():
        # The seat's name is the adjective without its "-i": "ungvári" of Ungvár.
        unit_text = f"{adjective['seat'][:1].upper()}{adjective['seat'][1:]} district"
        rest = _parse(adjective["rest"], langs)
        return _in_unit(text, adjective["rest"], rest, unit_text, ("district",), langs)
    match = _GENITIVE_UNIT_FIRST.match(text)
    if match is None:
        return None
    rest = _parse((match["lead"] or "") + match["rest"], langs)
    return _in_unit(text, match["rest"], rest, match["unit"], ("district", "region"), langs)


def _in_unit(
    text: str,
    name: str,
    inner: PlaceExpression,
    unit_text: str,
    kinds: tuple[str, ...],
    langs: tuple[str, ...],
) -> PlaceExpression | None:
    """``inner`` looked up inside the unit ``unit_text`` names, if it reads as one of
    ``kinds``; else None."""
    unit = _parse(unit_text, langs)
    if unit.kind not in kinds:
        return None
    return PlaceExpression(
        "restricted", text, name, unit_text, inner=inner, outer=unit, suffix="in", languages=langs
    )


#: "Simbal Sakol village of Pathankot district of Punjab": a village, then the unit
#: that holds it, itself placed in a larger one.
_VILLAGE_OF_UNIT = re.compile(
    r"^(?P<x>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})\s+(?:village|hamlet)\s+of\s+"
    r"(?:the\s+)?(?P<y>[A-ZÀ-Þ].*)$"
)


def _village_of_unit(text: str, langs: tuple[str, ...]) -> PlaceExpression | None:
    """ "X village of Y district of Z": X looked up inside the unit the rest names."""
    match = _VILLAGE_OF_UNIT.match(text)
    if match is None:
        return None
    village = PlaceExpression("name", match["x"], match["x"], languages=langs)
    return _in_unit(
        text, match["x"], village, match["y"], ("district", "region", "restricted"), langs
    )


@lru_cache(maxsize=8192)
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
    >>> parse_place("the border village of Medininkai").inner.name
    'Medininkai'
    """
    cleaned = _FALLING_UNDER.sub(" in ", _sentence_case_settlement_word(_clean(text)))
    cleaned = _NAMED_BORDER_OF_A_UNIT.sub(r"\g<border> in ", cleaned)
    cleaned = _CROSSING_LANE_SIDE.sub(r"\g<crossing>", cleaned)
    cleaned = _SWAHILI_UNIT_AFTER_NAME.sub(_unit_after_name_as_comma, cleaned)
    cleaned = _ROMANCE_UNIT_AFTER_NAME.sub(r"\g<name>, \g<unit>", cleaned)
    cleaned = _ARMENIAN_BORDER_OF_A_CROSSING.sub(r"\g<crossing>, \g<border>", cleaned)
    cleaned = _SOMALI_BETWEEN_PARTICLE.sub("", cleaned)
    return _parse(cleaned, languages_of(cleaned))


# "վրաց-հայկական սահմանի Ժդանովականի անցակետում" (at the Zhdanovakani checkpoint of the
# Georgian-Armenian border): Armenian names the border holding a checkpoint first, in
# the genitive, as English "the border's X checkpoint"; read as "X checkpoint, border".
_ARMENIAN_BORDER_OF_A_CROSSING = re.compile(
    r"^(?P<border>(?:\S+\s+){1,3}?սահմանի)\s+(?P<crossing>\S.*?\s(?:մաքսային\s+)?անցակետ\w*)$"
)


# "el sector conocido como Brisas del Caranal municipio de Arauquita": a Spanish or
# Portuguese unit word in lower case right after a name, with no comma or "in" between,
# opens the unit holding the name, as after a comma ("a Clorinda provincia de Formosa").
# Not the text's first word nor an article or preposition ("El municipio de Arauquita",
# "No município de Antônio João" name the unit itself).
_ROMANCE_UNIT_AFTER_NAME = re.compile(
    r"(?P<name>(?<=\S\s)(?!(?:El|La|Los|Las|Lo|O|A|Os|As|No|Na|Nos|Nas|Do|Da|Dos|Das|Del|Al|"
    r"En|Em|De|Un|Una|Um|Uma)\s)[A-ZÀ-Þ][\w’'-]*)\s+"
    r"(?P<unit>(?:municipio|departamento|corregimiento|provincia|cantón|parroquia|"
    r"município)\s+(?:de\s+|del\s+)?[A-ZÀ-Þ])"
)


# Swahili names the units of an address one after the other without a comma, the unit
# word first ("wilayani Kyela mkoani Mbeya": in Kyela district, in Mbeya region; "Wilaya
# ya Ileje mkoani Songwe"; "mpaka wa Namanga,wilayani Longido").  Before such a word
# after a name, a comma is what English would write, so the unit is read as the
# container of what precedes it, not as part of the name.
_SWAHILI_UNIT_AFTER_NAME = re.compile(
    r"(?P<name>[^\W\d_][\w’'-]*)(?:\s*,\s*|\s+)"
    r"(?P<unit>(?:mkoani|wilayani|mkoa\s+wa|wilaya\s+ya)\s)",
    re.IGNORECASE,
)


def _unit_after_name_as_comma(match: re.Match) -> str:
    """ "Kyela mkoani" → "Kyela, mkoani" after a capitalised name; else unchanged."""
    if not match["name"][0].isupper():
        return match[0]  # "katika Wilaya ya Ileje": a preposition, no name before
    return f"{match['name']}, {match['unit']}"


# Hungarian "a röszkei autópálya-határátkelőhely belépő oldalán" (on the entry side of
# the Röszke motorway crossing): the lanes of one crossing, which the crossing places.
_CROSSING_LANE_SIDE = re.compile(
    r"(?P<crossing>átkelő\w*)\s+(?:(?:be|ki)lépő|be-\s+és\s+kilépő|ki-\s+és\s+belépő)"
    r"\s+oldal\w*$",
    re.IGNORECASE,
)


# "Khalra village falling under the Bhikhiwind sub-division", "a village that falls under
# Ajnala police station", "under the jurisdiction of Y": Indian and Bangladeshi English for
# "in" the unit that follows.
_FALLING_UNDER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:falling|falls|fall|coming|comes)\s+under"
    r"(?:\s+the\s+jurisdiction\s+of)?\s+(?=\S)|\s+under\s+the\s+jurisdiction\s+of\s+(?=\S)|"
    # Bare "under" before a named unit ("Sonamura under Sepahijala district"); not
    # "under the control of", "under fire".  Not a police station or a union either:
    # the data rarely knows one, and the name alone would find a namesake far off
    # ("Nawada under the Kaliachak police station" is no Nawada of Bihar).
    r"\s+under\s+(?=(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:district|upazila|upazilla|"
    r"tehsil|sub-?division|municipality)\b)",
    re.IGNORECASE,
)


# "the Ghumdhum border of Naikhongchhari Upazila": the border named after a place, of
# the unit named after it with its unit word: the border in that unit, read as "X in
# Y" (a unit the data lacks is then dropped, not taken for the whole name).  A border
# named by no place ("the border of Y district") is the unit's own border, kept.
_NAMED_BORDER_OF_A_UNIT = re.compile(
    r"^(?P<border>(?:the\s+)?(?-i:[A-ZÀ-Þ])\S*(?:\s+(?-i:[A-ZÀ-Þ])\S*){0,2}\s+"
    r"(?:border|frontier))\s+of\s+(?=(?-i:[A-ZÀ-Þ])\S*(?:\s+(?-i:[A-ZÀ-Þ])\S*){0,2}\s+"
    r"(?:upazila|district|tehsil|taluka|union|county|subdistrict|sub-district|municipality)$)",
    re.IGNORECASE,
)


_CYRILLIC_FIRST = re.compile(r"^(?P<word>[А-ЯЁІЇЄҐЎ][а-яёіїєґў]+)\s+(?=[А-ЯЁІЇЄҐЎ])")


def _sentence_case_settlement_word(text: str) -> str:
    """ "Село Старый Хутор Валуйского городского округа": a Cyrillic settlement word
    capitalised only because it begins the sentence is the word, not part of a name
    (Cyrillic names do not begin with "село", "посёлок", "хутор")."""
    first = _CYRILLIC_FIRST.match(text)
    if first is None:
        return text
    word = first["word"].lower()
    if word not in _settlement_words_lower():
        return text
    return word + text[len(first["word"]) :]


@lru_cache(maxsize=1)
def _settlement_words_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in load_place_words().settlement)


# --- heads and tails ---------------------------------------------------------------------

# Spanish units that hold smaller places, after "del" ("... del municipio de Y"); the
# Italian ones after "del", "della", "dello" ("Chinari della regione di Tavush") and the
# Portuguese ones after "do", "da" ("X do município de Y", "da província de Y").
_HOLDING_UNIT_ES = r"(?:municipio|departamento|estado|distrito|cant[óo]n|provincia)\b"
_HOLDING_UNIT_IT = r"(?:regione|provincia|distretto|comune)\b"
_HOLDING_UNIT_PT = r"(?:munic[íi]pio|estado|distrito|prov[íi]ncia)\b"
_OF_THE_HOLDING_UNIT = (
    rf"del(?=\s+{_HOLDING_UNIT_ES})|del(?:la|lo)?(?=\s+{_HOLDING_UNIT_IT})|"
    rf"d[oa](?=\s+{_HOLDING_UNIT_PT})"
)
# Where a description may begin after a place: a comma, a parenthesis, or a word that
# starts a locating or describing clause in one of the grammar's languages.
_TAIL_WORD = re.compile(
    r"\s+(?=(?:en|dans|près|à|au|aux|situ[ée]e?s?|situated|located|lying|ubicad[oa]|"
    r"situad[oa]|localizad[oa]|situat[oa]|frontali[eè]re?|limítrofe|fronteriz[oa]|on|near|"
    r"in|at|along|close|inside|within|nchini|katika|sul|sulla|nel|nella|presso|vicino|"
    # English "outside" after a name says where the named place is, as "near" does
    # ("Roxham Road outside Champlain": the road, by that town).
    r"(?:just\s+|right\s+)?outside|"
    # Italian "a" only before a distance ("X a 25 km dalla frontiera").
    r"a(?=\s+(?:circa\s+)?\d)|"
    r"which|where|opposite|across\s+from|facing|frente\s+a|en\s+face\s+de|"
    # "towards" a country ("på Øresundsbroen mod Danmark", on the bridge towards
    # Denmark): the tail names the country the place leads to.
    r"towards?|mot|mod|към|кон|"
    # "Lachin checkpoint of the state border": the border the post stands on.
    r"of(?=\s+the\s+(?:state\s+|national\s+|international\s+)?border$)|"
    # German, Russian and Ukrainian "opposite" ("Myawaddy gegenüber dem thailändischen
    # Bezirk Mae Sot": the town, facing the other).
    r"gegenüber|напротив|навпроти|"
    # Arabic "at a distance of" ("X على بعد 110 كيلومترات من Y").
    r"على\s+بعد|"
    # Swahili "in the north(-east) of" ("Kaunti ya Garissa Kaskazini Mashariki mwa
    # Kenya"): the compass words before "mwa" (of).
    r"(?:kaskazini|kusini|mashariki|magharibi)(?=(?:\s+\w+)?\s+mwa\s)|"
    # Polish, German, Russian and Ukrainian "at", "near" ("w prowincji Edirne przy
    # granicy z Grecją").
    r"przy|koło|obok|niedaleko|bei|nahe|возле|вблизи|около|біля|поблизу|"
    # Czech and Slovak "near" ("pri maďarských hraniciach neďaleko Košíc").
    r"neďaleko|poblíž|nedaleko|"
    # German "near" ("Druskininkai in der Nähe des Dreiländerecks").
    r"in\s+der\s+Nähe|"
    # Albanian "in" ("pika Kufitare e Qafë Botës në Sarandë").
    r"në|"
    # Russian and Ukrainian "под"/"під" before a town in the instrumental is "near" it
    # ("Село Отрадное под Белгородом"); only before a capitalised word, as "под" also
    # opens "под контролем" and the like.
    r"(?-i:(?:под|під)(?=\s+[А-ЯЁІЇЄҐ]))|"
    # German "an der Bahnlinie ..." after a town (not "an der ... Grenze": that names
    # where along a border, and "am Rhein" may be part of a name).
    r"an\s+der(?!\s+(?:\S+\s+)?grenze)|"
    # Spanish and Portuguese "known as" ("la frontera de Honduras y El Salvador conocido
    # con el nombre de Amatillo"): the name of what comes before, which may be unknown.
    r"conocid[oa]s?|conhecid[oa]s?|"
    # Spanish "del" before the unit that holds a place ("Corregimiento Los Vados del
    # Municipio de Los Patios", "el municipio Páez del estado Apure"), and Italian and
    # Portuguese "of the".
    rf"{_OF_THE_HOLDING_UNIT})\b)",
    re.IGNORECASE,
)
# Words that only lead a tail in: taken off before the tail is read.
# "dans le Sud-Ouest": French writes the article of a region after "dans"; in lower
# case it is no part of the name (a town's is capitalised: "Le Mans").
_ARTICLE_AFTER_DANS = re.compile(r"^(?i:dans)\s+(?:(?:le|la|les)\s+|l['’](?=\S))")
_TAIL_LEAD = re.compile(
    r"^(?:(?:situ[ée]e?s?|situated|located|lying|ubicad[oa]|situad[oa]|localizad[oa]|"
    r"situat[oa]|which\s+is|que\s+est[áa]|en|dans|in|nchini|katika|nel|nella|"
    rf"{_OF_THE_HOLDING_UNIT})\s+)+",
    re.IGNORECASE,
)


#: Finnish writes the town after a crossing, both in a locative case and without a comma
#: ("Nuijamaan rajatarkastusasemalla Lappeenrannassa", at the Nuijamaa border station, in
#: Lappeenranta): cut before the last word.  Only after a crossing word: "Parikkalassa
#: Etelä-Karjalassa" names the municipality, which the town's point would make finer.
_FINNISH_PLACE_AFTER_CROSSING = re.compile(
    r"\braja[\w-]*(?:ssa|ssä|lla|llä)(?P<gap>\s+)[A-ZÄÖ][\w-]*(?:ssa|ssä|lla|llä)$"
)


# A parenthesis followed by one or two words that end the text: "(Spratly) archipelago".
_WORDS_AFTER_A_PARENTHESIS = re.compile(r"\([^()]+\)\s+(?P<words>[^\s(),]+(?:\s[^\s(),]+)?)$")


def head_and_tails(text: str) -> list[tuple[str, str]]:
    """Every way to cut a place text into a head and a tail that may describe it.

    Parameters
    ----------
    text : str
        A place text ("la région de Tillabéry, à l'ouest du pays").

    Returns
    -------
    list of (str, str)
        ``(head, tail)``, the shortest head first: cut at a comma, before a
        parenthesis (the tail is what it holds) or before a word that starts a
        locating clause ("en", "dans", "on", "near", "situé"...); words that only
        lead the tail in ("situé dans") are taken off it.

    Examples
    --------
    >>> head_and_tails("Sinuiju on the North Korean side of the river")[0]
    ('Sinuiju', 'on the North Korean side of the river')
    """
    cleaned = _clean(text)
    cuts: dict[int, tuple[str, str]] = {}
    for match in _COMMA.finditer(cleaned):
        cuts[match.start()] = (cleaned[: match.start()], cleaned[match.end() :])
    opening = cleaned.find("(")
    if opening > 0:
        inside = cleaned[opening + 1 :].replace(")", " ")
        cuts[opening] = (cleaned[:opening], inside)
        after = _WORDS_AFTER_A_PARENTHESIS.match(cleaned[opening:])
        if after:
            # "the Truong Sa (Spratly) archipelago": the word after the parenthesis ends
            # the head's name as well as the other name inside it; tried after the cut
            # that leaves it to the tail.
            head = f"{cleaned[:opening].rstrip()} {after['words']}"
            cuts[opening + len(cleaned)] = (head, inside)
    for match in _TAIL_WORD.finditer(cleaned):
        if opening < 0 or match.start() < opening:
            cuts.setdefault(match.start(), (cleaned[: match.start()], cleaned[match.end() :]))
    for match in _FINNISH_PLACE_AFTER_CROSSING.finditer(cleaned):
        at = match.start("gap")
        cuts.setdefault(at, (cleaned[:at], cleaned[match.end("gap") :]))
    found = []
    for _, (head, tail) in sorted(cuts.items()):
        head = head.strip(" ,;:(")
        tail = _ARTICLE_AFTER_DANS.sub("", tail.strip(" ,;:()"))
        tail = _TAIL_LEAD.sub("", tail).strip()
        if normalise(head) and normalise(tail) and head.count("(") == head.count(")"):
            found.append((head, tail))
    return list(dict.fromkeys(found))


# Words before a name that change which place it is, or the grammar reads itself: they
# are never taken off as mere description.
_KEEP_BEFORE_NAME = frozenset(
    {
        "former", "old", "ancient", "historic", "historical", "greater", "upper", "lower",
        "little", "great", "new", "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "near", "outside", "around", "across", "along",
        "beyond", "inside", "into", "from", "to", "at", "in", "on", "of", "by", "via",
        "over", "past", "toward", "towards", "through", "with", "without", "between", "not",
        "and", "or", "off",
        # "of" in other languages: "el campo de Gibraltar" is no adjective before
        # "Gibraltar" but a noun of it (the Spanish comarca), "la gare de Lyon" is in
        # Paris.  Articles may go ("den Grenzübergang Narva").
        "de", "del", "della", "des", "du", "di", "da", "do", "dos", "von", "van",
        "y", "et", "e", "und", "ya", "mwa", "na",
        # A street, river or lake named after a place is not that place: "la calle
        # Jujuy, en La Quiaca" is a street of La Quiaca, "the river Bug" a river.
        "calle", "avenida", "carrera", "rua", "rue", "avenue", "street", "road",
        "boulevard", "ulica", "strasse", "river", "rio", "lake", "lago", "mount",
    }
)  # fmt: skip
_DESCRIPTORS_BEFORE_NAME = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?P<words>(?:[a-z][a-z-]*\s+){1,3})(?P<rest>[A-Z].*)$"
)


def border_word_starts(text: str) -> bool:
    """Whether ``text`` opens with a border word of any language, one word or several
    ("batas laut Indonesia-Australia", "border of X"), ending where a word ends."""
    text = _clean(text)
    match = _grammar().border_gate.match(text)
    return match is not None and (match.end() == len(text) or not text[match.end()].isalnum())


def names_a_crossing(text: str) -> bool:
    """Whether ``text`` is a crossing word with the name before or after it ("Vaalimaan
    raja-asemalla", "the Rafah crossing", "border crossing Narva")."""
    text = text.strip()
    return bool(
        _CROSSING_AFTER.match(text)
        or _CJK_CROSSING_AFTER.match(text)
        or _CROSSING_BEFORE.match(text)
    )


def opens_with_preposition(text: str) -> bool:
    """Whether ``text`` begins with a preposition of any language ("en La Quiaca").

    After a comma, a container opened by a preposition ("la calle X, en La Quiaca",
    "X, near Imatra") may be a town; a bare one ("Nogales, Arizona") is an area.
    """
    return _grammar().prepositions.match(_clean(text)) is not None


#: "la finca Berrocal": the farm named Berrocal, which the town Berrocal is not.
_PROPERTY_WORD = re.compile(PROPERTY_WORDS, re.IGNORECASE)


def without_descriptors(text: str) -> str | None:
    """The text without English adjectives before its name, or None when it has none.

    "the mile-wide Yalu River" → "Yalu River"; "the rebel-held town of X" keeps its
    descriptor word for the grammar ("town of X").  Words that change which place is
    meant ("former", "upper", compass words, prepositions) are never taken off.

    Parameters
    ----------
    text : str
        A place text.

    Returns
    -------
    str or None
        The text from its first capitalised word, or None.
    """
    match = _DESCRIPTORS_BEFORE_NAME.match(_clean(text))
    if not match:
        return None
    words = match["words"].split()
    tables = _grammar().words
    kept = {*tables.region, *tables.district, *tables.settlement, *tables.border}
    for prepositions in (*tables.plain_prepositions.values(), *tables.near_prepositions.values()):
        kept.update(prepositions)
    # "por la Garita internacional de San Ysidro": "por" is taken off before a name only,
    # and is dropped here with the lower-case words after it, as before it was listed.
    kept -= _BEFORE_A_NAME_ONLY
    countries = load_country_words()
    if any(
        word in _KEEP_BEFORE_NAME
        or word in kept
        or countries.codes(normalise(word))
        or _PROPERTY_WORD.fullmatch(word)
        # "el puente internacional Santa Fe": the bridge of that name, not the town.
        or CROSSING_NOUN.fullmatch(word)
        for word in words
    ):
        # A descriptor word of the tables ("ville de X") is for the grammar; a demonym
        # ("la ville polonaise de X") restricts the country and is never dropped.
        return None
    return match["rest"]
