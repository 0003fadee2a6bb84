"""Place phrases of a sentence, kept as worded and resolved with the offline gazetteer.

Candidates are found by their shape — borders ("the Latvia–Belarus border",
"Latvia's eastern border", "the border with Belarus", "the border"), "near X", "the
village of X", "X region", "X crossing", and capitalised names after a preposition of
place — and each is resolved by :func:`bordermap.geo.places.geocoder.geocode_place` with the
report's countries as hints.  A name the gazetteer does not know is not a place here.
The role of a phrase tells how it relates to the event: ``base`` ("a unit based in
X"), ``aside`` (a relative clause that only describes another
place: "which lies near Latvia's eastern border") or ``at``.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import shapely

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.extraction.actors import (
    ADJECTIVE_COUNTRIES,
    CAPITAL_METONYMS,
    COUNTRY_ADJECTIVES,
    country_codes_in,
)
from bordermap.geo.extraction.roles import with_role
from bordermap.geo.extraction.seats import SEATS_OF_GOVERNMENT, seat_before_speaker, seat_of
from bordermap.geo.places.border_near_town import BORDER_TOWN_KM
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.result import PlaceResult

__all__ = [
    "PlaceFind",
    "core_name",
    "expand_border_lists",
    "find_places",
    "resolve_place",
    "shaped_names",
]

_DASH = "[-‐‑‒–—―/]"
#: A capital letter of the Latin or Cyrillic alphabets (Šalčininkai, Ąžuolai, Віцебск).
_UP = "[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0400-\u042f]"
#: "al-Fashaga", "el-Arish": a name may open on a lower-case Arabic article.
_ARTICLE = r"(?:(?:al|el|ad|as|an|ar|at|az|ash)-)?"
#: A name goes on over an article inside it too ("Bab al-Hawa", "Ras al-Ain").
#: A name also goes on over "of" ("the Line of Actual Control", "the Sea of Azov").
#: ... and over the particles of Romance names ("Amatenango de la Frontera", "Barra del
#: Colorado", "Foz do Iguaçu").
#: ... and over an apostrophe inside a word ("Ren'ai Jiao", "N'Djamena", "Sana'a"), never
#: a possessive ("Kyiv's").
#: ... except where the possessive is the name's own, before its feature word ("Hector's
#: River", "Cox's Bazar", "Fisher's Cove"): no state owns a river named so; so are the
#: anchorages and rocks at sea ("Soper's Hole", "Gorda's Sound", "Bailey's Cay").
_INNER_APOSTROPHE = (
    r"(?:['’](?!s\b)\w+|['’]s(?=\s+(?:River|Bay|Point|Bazar|Creek|Cove|Hill|Harbour|Town|"
    r"Gap|Pond|Landing|Island|Hole|Sound|Cay|Reef|Rock|Harbor)\b))?"
)
_NAME = (
    rf"{_ARTICLE}{_UP}[\w.]*{_INNER_APOSTROPHE}(?:(?:[ -]|\s+of\s+(?:the\s+)?|"
    r"\s+(?:de|del|de\s+la|de\s+las|de\s+los|do|da|dos|das|di|della)\s+|"
    # ... and over the Romanian genitive article ("Vadul lui Vodă", "Valea lui Mihai").
    r"\s+lui\s+|"
    # ... and over an elided French or Catalan article ("Val d'Aran", "Col d'Ares").
    r"\s+(?:d|l|de\s+l)['’]|"
    # ... and over the lower-case particles of hyphenated French names
    # ("Boulogne-sur-Mer", "Saint-Laurent-du-Maroni", "Villeneuve-d'Ascq").
    r"-(?:de|du|des|la|le|les|lès|sur|sous|en|aux|au)-|-(?:d|l)['’])"
    rf"(?:{_ARTICLE}{_UP}[\w.]*{_INNER_APOSTROPHE}))*"
)
_CAP = rf"{_UP}[\w-]*"
#: The country after "border with": one name ("Ethiopia"), or a name of several words,
#: after "the" ("the Democratic Republic of Congo", "the Central African Republic") or
#: opening on a word such names open on ("South Sudan", "Sierra Leone", "Costa Rica").
_COUNTRY_AFTER_WITH = (
    rf"(?:the\s+{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP}){{0,3}}|(?:South|North|Costa|Sierra|"
    rf"Burkina|El|Saudi|Papua|East|Equatorial|Sri|New)\s+{_CAP}(?:\s+{_CAP})?|{_CAP})"
)
_DIRECTION = (
    r"(?:(?:north|south)?(?:-|\s)?(?:east|west)(?:ern)?|northern|southern|eastern|western)"
)
_REGION_WORDS = (
    r"region|oblast|voblast|province|voivodeship|county|district|raion|rajons|municipality|"
    r"governorate|state|prefecture|union|upazila|tehsil|commune|canton|parish|"
    # Smaller units of local government: "in Kalas ward", "Kotido sub-county".
    r"ward|sub-county|subcounty|sub-district|locality|chiefdom|woreda|kebele|barangay|"
    # "in the X department", "in Y hromada" (a Ukrainian community).
    r"department|hromada|"
    # "in Intan Jaya regency": an Indonesian kabupaten, as English writes it.
    r"regency"
)
#: Unit words written with a capital as part of the unit's name ("Renk County").
_UNIT_CAPITALISED = (
    r"District|Province|Region|County|Oblast|Governorate|Municipality|Prefecture|"
    r"Voivodeship|Raion|Upazila|Tehsil|"
    # The smaller units of local government, written with a capital too ("Gedo Kebele").
    r"Woreda|Kebele|Sub-[Cc]ounty|Chiefdom|Barangay|Regency"
)
_CROSSING_WORDS = (
    # "the Chirundu one-stop border post": a post shared by both sides' services.
    # "the X ferry crossing", "the X road bridge": the kind of link before the word.
    r"(?:(?:one-stop\s+)?(?:border\s+)?(?:(?:ferry\s+|road\s+|rail\s+|railway\s+)?"
    r"crossing(?:\s+point)?|checkpoint|check\s+point|(?:border|frontier)\s+post|"
    r"border\s+point|entry\s+point|"
    # "the X control point", "the X spur line control point": a crossing in Hong Kong
    # and Chinese usage, the line it serves perhaps named before the word.
    r"(?:[a-z]+\s+line\s+)?control\s+point)|"
    # Other names of the same place: "the X port of entry", "the X border complex",
    # "the X border station", "the X customs post".
    r"port\s+of\s+entry|border\s+(?:complex|station|terminal)|customs\s+(?:post|station)|"
    # "the X border gate", "the X gate": a crossing in Vietnamese, Chinese and Lao usage.
    r"(?:border\s+|international\s+)?gate|"
    r"(?:international\s+|road\s+|rail\s+|railway\s+)?bridge)"
)
_SIDE = rf"{_CAP}\s+side\s+of\s+the"
_NEAR_WORDS = (
    r"near|outside|close\s+to|not\s+far\s+from|(?:on\s+)?the\s+outskirts\s+of|"
    # "fell on the edge of X", "houses at the northern edge of Y": the rim of a town (a
    # town takes no article; "the edge of the buffer zone" is the rim of a wide area).
    r"(?:on|at)\s+the\s+(?:(?:north|south|east|west)\w*\s+|outer\s+)?edges?\s+of(?!\s+the\b)|"
    # "found beside the X ferry crossing", "next to the Y post": the ground by a place.
    r"beside|next\s+to|alongside|in\s+the\s+vicinity\s+of|"
    r"(?:\d[\d,.]*\s+)?(?:nautical\s+)?(?:km|kilometres|kilometers|miles)\s+"
    r"(?:north|south|east|west)\w*\s+of|"
    # "in a zone south of X", "just north of X": the ground beside a named place is
    # near it, as a distance from it is.
    r"(?:just\s+)?(?:north|south)(?:-?(?:east|west))?\s+of|(?:just\s+)?(?:east|west)\s+of|"
    # "up the mountain above X", "on the slopes above Y": the high ground over a town.
    r"(?<=\s)(?:mountains?|hills?|hillsides?|slopes?|heights|ridges?|forests?|woods)\s+"
    r"(?:just\s+|high\s+)?above"
)
#: ", some 50 km east of ": a distance and bearing set off after a place name; the
#: place it is counted from only locates the name before it.
_DISTANCE_APART = (
    r",\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)\s+"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\w*\s+of|"
    # ", about 15 kilometres from Y": a distance without a bearing locates X as well.
    r"from)\b"
)
#: Words reporters put between "near the" and a name ("near the disputed al-Fashaga").
_PLACE_ADJECTIVE = (
    r"disputed|contested|remote|small|tiny|nearby|border|frontier|occupied|abandoned|"
    r"northern|southern|eastern|western"
)
#: A bracket right after a name that says which namesake it is: "Frankfurt (Oder)",
#: "Halle (Saale)".
_QUALIFIER_AFTER = re.compile(r" ?\((?P<qualifier>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2})\)")
#: A number that ends an outlet's name ("Suwayda 24 said", "according to France 24."):
#: the name before it is the outlet's, no place.
_OUTLET_NUMBER_AFTER = re.compile(
    r"\s+\d{1,3}(?:\s+(?:said|says|reported|reports|told|quoted|cited)\b|\s*[.;]?\s*$)"
)
#: Words that open a court's name without being a town ("the Supreme Court").
_NOT_A_COURT_SEAT = (
    r"(?:Supreme|High|Higher|Constitutional|International|Federal|Criminal|Military|"
    r"District|Regional|City|Appeals?|Administrative|European|Crown|Magistrates?|Family|"
    r"Juvenile|Special|Revolutionary|Islamic|Sharia|Labour|Arbitration|State|National|"
    r"Provincial|County|Circuit|Superior|People['’]s)"
)
#: The plural kind a list of names is said to be ("the towns of X and Y", "the X and Y
#: areas"): each name is a place by the text's word, known to the gazetteer or not.
_KINDS_LISTED = re.compile(r"\b(?:towns|villages|settlements)\s+of\b|\bareas$")
#: Adjectives that describe a place without being part of its name ("the disputed X").
_DESCRIBING = r"disputed|contested|remote|small|tiny|nearby|occupied|abandoned"
#: "the village of X", "the mining town of X", "the border town of X".
#: "the Dagestani village of X": a region's or people's adjective, capitalised, may describe
#: a settlement as well (ending as such adjectives do, so that a name is not taken for
#: one); before "island of" it stays part of the phrase, which the gazetteer reads whole.
_SETTLEMENT_OF = (
    r"(?:(?:[a-z][a-z-]+|(?-i:[A-Z])[a-z]+(?:i|an|ese|ish)(?=\s+(?:village|town|city|settlement|hamlet)\b))\s+)?"
    # "entered the hamlet of X": a hamlet is as much a settlement as a village.
    r"(?:village|town|city|settlement|hamlet|island|islet)\s+of"
)
_NOT_A_PLACE_AFTER_BORDER = (
    r"guards?|police|forces?|patrol|crossings?|fence|wall|barrier|zone|area|security|"
    r"controls?|checks?|polic(?:y|ies)|authorit(?:y|ies)|officials|service|agency|"
    r"management|infrastructure|regime|posts?|points?|stations?|checkpoints?|towns?|villages?|"
    # "the southern Uzbek border city of Termez": a settlement on the line, named after.
    r"cit(?:y|ies)|hamlets?|settlements?|"
    # "near the X border outpost": a named guard post on the line, a spot of its own.
    r"outposts?|checkposts?|observation\s+posts?|"
    r"complex(?:es)?|terminals?|"
    r"areas?|regions?|districts?|provinces?|crossing|"
    # "the Mexican border state of Coahuila": a unit on the border, read by its own shape.
    r"states?|count(?:y|ies)|governorates?|prefectures?|oblasts?|"
    # "Uzbek border staff turned him away": people of the border service.
    r"staff|personnel|officers?|troops|units?|agents?|gates?|"
    # "worked at the frontier toll gate": a spot of the crossing, not the whole line.
    r"(?:toll|customs|barrier)\s+(?:gates?|booths?|barriers?)"
)
#: Landforms and works that end a proper name of a place ("the Galwan Valley").
_FEATURE_WORDS = (
    r"Valley|Pass|Gorge|Mountains?|Hills?|Heights|Plateau|Ridge|Glacier|Lake|Bay|Strait|"
    r"Islands?|Peninsula|Bridge|Causeway|Corridor|Strip|Desert|Forest|Delta|Canal|Creek|"
    r"Sector|Farms|Line|Zone|Gap|Jungle|"
    # Waters and the banks in them: "the Baltic Sea", "Kelvor Shoal", "the Orvo Reef";
    # banks and islets named in the plural as islands are ("the Minerva Reefs").
    # "hijacked in the Indian Ocean": an ocean by its name, as a sea is.
    r"Sea|Ocean|Shoals?|Reefs?|Atolls?|Islets|Cays|"
    # Banks of the sea ("the Great Bahama Bank", "Yamato Bank"), not lenders ("the World
    # Bank", "the Central Bank", "Bank of X").
    r"(?<!World\s)(?<!Central\s)(?<!National\s)(?<!Development\s)(?<!Investment\s)"
    r"(?<!Reserve\s)(?<!Commercial\s)(?<!Savings\s)(?<!Islamic\s)(?<!Export-Import\s)"
    r"Banks?(?!\s+of\b)|"
    # Blocks of the sea let for oil and gas ("the Stabroek Block"), not a bloc of states
    # misspelt ("the Eastern Block").
    r"(?<!Eastern\s)(?<!Western\s)(?<!Soviet\s)(?<!Communist\s)Block|"
    # Named sites of border incidents: "Roxham Road", "Border Point 4", "Camp 7".
    r"Road|Point(?:\s+\d+)?|Post(?:\s+\d+)?|Gate|Camp(?:\s+\d+)?|"
    # Named roads and lines: "the Trans-Sahara Highway", "the Baltic Railway".
    r"Highway|Motorway|Expressway|Freeway|Railway|Street|Avenue|"
    # Airports named with a capital ("Vilnius Airport was closed"): a proper name of
    # the site, the subject of a closure as much as after "at".
    r"Airport|Airbase|Air\s+Base"
)
#: Sites written in lower case after their name ("Rubavu airport", "Banjska monastery").
_SITE_WORDS = (
    r"airport|airbase|air\s+base|military\s+base|base|outpost|monastery|church|mosque|"
    # "at the X barracks", "near the Y ruins", "near the Z shelter": a named site that
    # keeps its word, as a camp does (bench/extract/README.md, `place`).
    r"barracks|ruins|shelter|"
    r"market|(?:migrant|refugee|displacement|IDP|transit)\s+camp|camp|resort|harbour|harbor|"
    # "towed into Yap port": the port of a town, as its harbour is ("the X port of
    # entry" is a crossing, no port).
    r"port(?!\s+of\b)|"
    # Grounds and shore works: "towed it to the X boardwalk", "at the Y pier".
    r"park|beach|pier|boardwalk|marina|wharf|quay|jetty|"
    r"dam|power\s+plant|mine|station|reservoir|pumping\s+station|"
    # "out of the Alov oil field": a field at sea or on land named as the spot a
    # dispute is over.
    r"(?:oil\s+|gas\s+|oil\s+and\s+gas\s+)field|oilfield|gasfield|"
    # Protected land, the longer words first ("in the X forest reserve" is the reserve,
    # not a forest cut from its name).
    r"forest\s+reserve|game\s+reserve|nature\s+reserve|wildlife\s+sanctuary|"
    # Landforms written in lower case after their name ("the Chong Bok pass").
    r"pass|valley|gorge|ridge|hills?|mountains?|plateau|glacier|lake|forest|desert|delta|"
    r"creek|strait|bay|peninsula|island|islet|sector|jungle|"
    # Open grazing ground named by its own word ("at the X meadow"), a spot of its own.
    r"meadows?|pastures?|"
    # "raised a flag on X atoll": a ring of islets keeps its word, as an island does.
    r"atolls?|"
    # "near the X falls": a waterfall keeps its word, as a pass does.
    r"falls|waterfalls?|"
    # A strait written in lower case ("in the X channel").
    r"channel"
)
#: What a named site is for, written between its name and its noun ("the X training
#: camp", "the X ski centre").
_SITE_PURPOSE = r"training|firing|army|military|ski|holiday|reception|detention|transit"
#: Words that end a place name's run of lower-case words ("near X was damaged").
_FUNCTION_WORD = (
    r"(?:was|were|is|are|has|had|have|been|on|in|at|by|and|or|but|the|a|an|of|to|from|"
    r"with|after|before|when|where|which|that|who)\b"
)
#: Buildings and sites named after the settlement they stand in ("the school of X", "the
#: health centre at X"): the settlement is the place.
_FACILITY_OF = (
    r"school|hospital|clinic|health\s+(?:centre|center|post)|church|mosque|market|"
    r"police\s+station|town\s+hall|shelter"
)
#: Capitalised nouns of a named facility that holds or treats people, standing alone
#: after the town's name ("the X Prison", "the X Hospital", "the X Police Station").
_FACILITY_NOUN = r"Prison|Jail|Gaol|Penitentiary|Hospital|Police\s+Station"
#: What a facility is for, written between the town's name and its noun; a bare
#: "Centre" or "Terminal" names a hall after anyone ("the Kennedy Center"), one for
#: receiving, holding or sending on people is named after where it stands.
_FACILITY_KIND = (
    r"Reception|Detention|Transit|Holding|Repatriation|Refugee|Removal|Processing|"
    r"Deportation|Remand|Correctional|Teaching|General|District|Referral|Regional|"
    r"Central|Ferry|Bus"
)
#: The town a facility is named after: up to three capitalised words, none of them a
#: word of the facility's own ("the Immigration Reception Centre" names no town) nor
#: one that says which of several it is ("the Western Reception Centre").
_NOT_A_FACILITY_TOWN = (
    rf"(?:{_FACILITY_KIND}|{_FACILITY_NOUN}|Centre|Center|Terminal|Immigration|Police|"
    r"National|International|State|Federal|Military|Army|Naval|Northern|Southern|Eastern|"
    r"Western|North|South|East|West|Main|Old|New|Mid|Upper|Lower)\b"
)
_FACILITY_TOWN = (
    rf"(?!{_NOT_A_FACILITY_TOWN}){_UP}[\w'’.-]*"
    rf"(?:\s+(?!{_NOT_A_FACILITY_TOWN}){_UP}[\w'’.-]*){{0,2}}"
)
#: Verbs whose object is where the incident happened ("shelled Vovchansk").
_STRIKE_VERBS = (
    r"shelled|struck|bombed|attacked|hit|targeted|raided|stormed|captured|seized|"
    r"evacuated|besieged|overran|entered|"
    # "rebels took Bukavu", "reimposed its blockade of Bougainville": the town taken or
    # the ground cut off.
    r"took|retook|recaptured|blockade\s+of|siege\s+of|"
    # "a drifting boat reached X": the shore a crossing got to is where it happened.
    r"reached|"
    # "accused them of shelling Jermuk": the act as a gerund names its target too.
    r"shelling|striking|bombing|attacking|targeting|raiding|storming|capturing|seizing|"
    r"besieging|entering"
)
_LIST_LEAD = r"including|at|in|near|between|such\s+as"
#: The side of an island's or a country's coast ("off X's south coast").
_COAST_SIDE = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_PREPOSITION = (
    # "driven out of Niger", "forced out of X district": the ground people were made
    # to leave.
    r"out\s+of|in|at|into|from|to|toward|towards|across|inside|near|outside|over|along|"
    r"through|on|around|"
    # "off Samos", "off the coast of Lampedusa": at sea beside a place; "off the east
    # coast of X" is beside X all the same.
    rf"off(?:\s+the\s+(?:{_COAST_SIDE}\s+)?coast\s+of)?|"
    # "during interception manoeuvres above X": over it, in the air.
    r"above"
)
#: Seas named without the word "Sea" or "Ocean" ("the Caribbean", "the Baltic").
_BARE_SEAS = (
    r"Caribbean|Mediterranean|Aegean|Adriatic|Baltic|Ionian|Tyrrhenian|Pacific|Atlantic|"
    r"Arctic|Caspian"
)
#: "off the Atlantic coast", "off the Swedish coast": the sea beside a shore named by its
#: ocean, country or district ("coast guard" and "coast road" are no shore).
_OFF_THE_COAST = (
    rf"\b(?P<off>off\s+the\s+(?P<name>{_CAP}(?:\s+{_CAP})?)\s+coast(?:line)?)\b"
    r"(?!\s+(?:guards?|road|highway)\b)"
)
#: Boats massing or lying by a named spot at sea: "the boats gathered off X".
_BOATS_GATHERED_OFF = (
    r"\b(?:boats|ships|vessels|flotilla|fleet|trawlers|warships|yachts)\s+(?:had\s+)?"
    r"(?:gathered|massed|assembled|anchored|lay(?:\s+at\s+anchor)?|waited|circled|moored|"
    rf"regrouped|idled)\s+(?P<off>off\s+(?P<name>{_NAME}))\b"
)
#: A boat stopped at sea by a named spot: "intercepted off X", "stopped a freighter
#: carrying 183 people about 36 miles off Y".
_STOPPED_AT_SEA_OFF = (
    r"\b(?:intercepted|stopped|rescued|boarded|sighted|spotted)\b(?:[^.;:]{0,80}?\s)??"
    rf"(?P<off>off\s+(?P<name>{_CAP}(?:\s+(?:(?:du|de|del|des|la|le)\s+)?{_CAP}){{0,3}}))\b"
)
#: A craft at sea by a named spot: "fired on a fishing boat off X Island".
_CRAFT_OFF = (
    r"\b(?:boats?|ships?|vessels?|trawlers?|canoes?|dinghy|dinghies|skiffs?|sloops?|"
    r"freighters?|tankers?|frigates?|warships?|speedboats?|pirogues?|rafts?|yachts?|"
    r"cutters?|destroyers?|corvettes?|submarines?|drillships?)"
    # "the destroyer HMS Defender off X": the craft's own name may stand between.
    rf"(?:\s+{_CAP}(?:\s+{_CAP}|\s+\d+){{0,3}})?"
    # "a speedboat in the Mediterranean off X": the sea named between only frames the spot.
    rf"(?:\s+in\s+the\s+(?:{_BARE_SEAS}|{_CAP}\s+Sea))?"
    rf"\s+(?P<off>off\s+(?P<name>{_NAME}))\b"
)
#: A spot at sea by a cape: "off Cape X", "off X Point": a cape is on the shore, and
#: what is off it is at sea, whoever the sentence says was there.
_OFF_CAPE = (
    rf"\b(?P<off>off\s+(?P<name>Cape\s+{_CAP}(?:\s+{_CAP})?|{_CAP}(?:\s+{_CAP})?\s+"
    r"(?:Point|Head|Headland|Cape)))\b"
)
#: A craft lost at sea by a named spot: "also went down off X", "capsized off Y".
_SANK_OFF = (
    r"\b(?:sank|sunk|sinks|capsized|capsizes|overturned|foundered|went\s+down|"
    r"gone\s+down|goes\s+down|ran\s+aground|drowned)\s+"
    rf"(?:[^.;:]{{0,40}}?\s)??(?P<off>off\s+(?P<name>{_NAME}))\b"
)
#: A sea's compass part as written ("southern Aegean", "eastern Mediterranean Sea").
_SEA_PART_WRITTEN = re.compile(
    r"(?i:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+"
    rf"(?:{_BARE_SEAS})(?:\s+(?:Sea|Ocean))?"
)
#: The part of such a sea the compass gives, as a place: "in the southern Caribbean on
#: Tuesday", "into the eastern Mediterranean,"; not as an adjective ("the eastern
#: Mediterranean coast", "southern Caribbean nations").
_SEA_PART = (
    r"\b(?P<off>(?i:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    rf"central)\s+(?P<name>{_BARE_SEAS})(?:\s+(?:Sea|Ocean))?)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|off|near|at|from|to|towards|into|between|and|by|"
    r"last|this|early|late|after|before|when|while|where|which|that|since|during|over|"
    r"under|with|for)\b)"
)
#: Capitalised words of time, which follow "in" without naming a container.
_TIME_WORDS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_TIME_WORD = re.compile(_TIME_WORDS)
#: Feature words of other languages written before the name ("Isla Arenas").
_LEADING_FEATURE = (
    r"Isla|Islote|Isola|Île|Ile|Ilha|Ilhéu|Pulau|Nusa|Cayo|Laguna|Lago|Cerro|Punta|Bahía|"
    # Ranges named by the Spanish word ("the Cordillera del Cóndor").
    r"Cordillera|Serranía|"
    r"Gunung|Sungai|Jebel|Jabal|Wadi|"
    # Malay and Indonesian reefs, bays and straits ("Karang X", "Teluk Y", "Selat Z").
    r"Karang|Teluk|Selat"
)
#: Country names of several words, longest first; "Saint" is also written "St." ("St.
#: Pierre and Miquelon").
_MANY_WORD_COUNTRIES = "|".join(
    sorted(
        (
            re.escape(name).replace("Saint\\ ", r"(?:Saint|St\.?)\ ", 1)
            for name in COUNTRY_ADJECTIVES
            if " " in name
        ),
        key=len,
        reverse=True,
    )
)
#: A landform, water or site word alone, with no name before it ("Sea", "Beach").
_BARE_FEATURE_WORD = re.compile(rf"(?:{_FEATURE_WORDS}|{_SITE_WORDS})", re.IGNORECASE)

#: What sets a post of troops or guards apart from a job ("the post of Prime Minister"):
#: whose it is ("the Tajik post") or what kind of force keeps it ("the advance post").
_GUARD_POST_KIND = (
    r"advance|advanced|forward|army|military|police|gendarmerie|frontier|guard|observation|"
    r"security"
)
_GUARD_POST_OF = (
    r"\bthe\s+(?:(?:"
    + "|".join(sorted(map(re.escape, set(COUNTRY_ADJECTIVES.values())), key=len, reverse=True))
    + rf")\s+(?:(?:{_GUARD_POST_KIND})\s+)?|(?:{_GUARD_POST_KIND})\s+)(?:out)?post\s+(?:of|at)\s+"
    rf"(?!{_TIME_WORDS})(?P<inner>{_NAME})"
)
#: ("the X customs post", "the X border post" are crossings, read by their own shape.)
_NAMED_POST = (
    rf"\b[Tt]he\s+(?!{_TIME_WORDS})(?P<inner>{_NAME})\s+(?:(?!border\b)(?:{_GUARD_POST_KIND})\s+)?"
    r"(?:out)?post\b"
)
#: Names that own a post without being its place: a state ("the Tajik post", "the UAE
#: post"), a medium ("the Facebook post").
_NOT_A_POST_NAME = re.compile(r"(?:Facebook|Instagram|Telegram|Twitter|X|TikTok|LinkedIn|UN|EU)$")

#: "to ", "from X to ": where a trip or a load was going.
_TRIP_TO_BEFORE = re.compile(r"\b(?:to|towards?)\s+$")


def _post_a_trip_goes_to(pattern: re.Pattern[str], sentence: str, start: int) -> bool:
    """Whether a guard post is named as where a trip was going.

    "carrying supplies by boat from X to the army outpost at Y when gunmen opened fire":
    Y only locates the site the trip went to, not where it was stopped, nor a name to
    take as a place elsewhere in the report (as for a bare "at Y" after it).
    """
    return pattern.pattern == _GUARD_POST_OF and bool(_TRIP_TO_BEFORE.search(sentence[:start]))


def _not_a_named_post(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
    """Whether "the X post" names its owner, not its place ("the Russian post")."""
    if pattern.pattern != _NAMED_POST:
        return False
    name = match.group("inner")
    return (
        name in COUNTRY_ADJECTIVES
        or name in COUNTRY_ADJECTIVES.values()
        or bool(country_codes_in(name))
        or bool(_NOT_A_POST_NAME.match(name))
    )


_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # "at border pillar 40", "near boundary marker No. 1041": a numbered marker of the
        # line is a site of its own, not the border at large.
        ("feature", r"\b(?:the\s+)?(?:border|boundary)\s+(?:pillar|marker|stone)s?\s+"
                    r"(?:No\.?\s*)?\d+[A-Z]?(?:/\d+)?\b"),
        ("border_between_parts", rf"\b(?:the\s+)?border\s+between\s+(?P<a>{_CAP})['’]s?\s+"
                                 rf"[^,.;]{{0,60}}?\s+and\s+(?P<b>{_CAP})['’]s?\s+{_NAME}"
                                 rf"(?:\s+(?:{_REGION_WORDS}))?"),
        # "off Trinidad's south coast", "off the north coast of Tobago", "inside Aruba's
        # territorial waters": the sea beside a named place; where the gazetteer lacks the
        # name, the phrase is kept as written (see find_places).
        ("sea_beside", rf"\boff\s+(?:the\s+(?:{_COAST_SIDE}\s+)?coast(?:line)?\s+of\s+"
                       rf"(?P<name>{_NAME})|(?P<owner>{_NAME})['’]s\s+(?:{_COAST_SIDE}\s+)?"
                       r"coast(?:line)?)\b"),
        ("sea_beside", rf"\b(?P<owner>{_NAME})['’]s\s+territorial\s+waters\b"),
        # "Singapore's waters off Tuas", "the territorial sea off X": the water by a
        # named spot, finer than the state whose water it is; kept as "off X".
        ("sea_beside", rf"\b(?:waters|sea)\s+(?P<off>off\s+(?P<name>{_NAME}))\b"),
        # "rescued 452 migrants off the Atlantic coast", "off the Swedish coast": the sea
        # beside a shore is not the state or ocean that names it; kept as written, with
        # its "off", where the gazetteer does not read the whole phrase.
        ("coast_off", _OFF_THE_COAST),
        # "the boats gathered off X Castle", "the fleet lay at anchor off Y Point": boats
        # massing by a named spot are at sea there; a name the gazetteer lacks is kept
        # as "off X".
        ("sea_beside", _BOATS_GATHERED_OFF),
        # "stopped a freighter about 36 miles off X", "were intercepted off Y": a boat
        # stopped at sea by a named spot; a name the gazetteer lacks is kept as "off X".
        ("sea_beside", _STOPPED_AT_SEA_OFF),
        # "opened fire on a fishing boat off X Island", "a second boat went down off Y":
        # a craft at sea, or its sinking, by a named spot; kept as "off X" likewise.
        ("sea_beside", _CRAFT_OFF),
        # "fired warning shots ... off Cape X": whatever happened off a cape was at sea.
        ("sea_beside", _OFF_CAPE),
        ("sea_beside", _SANK_OFF),
        # "in the southern Caribbean", "the eastern Mediterranean": a sea named without
        # its word, by the part of it the compass gives; kept as written.
        ("sea_beside", _SEA_PART),
        # "the Egyptian Red Sea resort of X", "the Black Sea port of Y": the sea or coast
        # a town lies on describes it, as "northern" does; the town after "of" is the
        # place, not the sea.
        ("settlement", rf"\b(?:the\s+)?(?:{_CAP}\s+)?(?:{_CAP}\s+(?:Sea|Ocean|Gulf)|"
                       r"Aegean|Adriatic|Baltic|Caspian|Mediterranean|Caribbean|Pacific|"
                       r"Atlantic|Arctic)\s+(?:coast(?:al)?\s+)?(?:port|resort|town|city|"
                       rf"village|harbou?r)\s+of\s+(?P<inner>{_NAME})"),
        # "officers at the frontier in La Línea": the town the line is kept at, finer
        # than the line; one the gazetteer lacks is kept as written (see find_places).
        ("town_on_line", r"(?:(?<=\bborder\sin\s)|(?<=\bborder\sat\s)|(?<=\bfrontier\sin\s)|"
                         rf"(?<=\bfrontier\sat\s))(?P<inner>{_NAME})"),
        # "stuck on the X side of the border with Y at Z": Z is the crossing the line
        # is kept at, as in "the border at Z".
        ("town_on_line", rf"\b(?:border|frontier)\s+with\s+{_COUNTRY_AFTER_WITH}\s+at\s+"
                         rf"(?P<inner>{_NAME})"),
        ("border_crossed", rf"\bfrom\s+(?P<b>{_CAP})\s+in(?:to)?\s+(?P<a>{_CAP})\b"),
        ("border_crossed", rf"\b(?:into|enter(?:s|ed|ing)?|reach(?:es|ed|ing)?)\s+"
                           rf"(?P<a>{_CAP})\s+from\s+(?P<b>{_CAP})\b"),
        ("border", rf"\b(?:the\s+)?{_CAP}(?:\s*{_DASH}\s*{_CAP})+\s+(?:land\s+)?"
                   r"(?:border|frontier)\b"),
        ("border", rf"\b(?:the\s+)?{_CAP}\s+(?:side\s+of\s+the\s+)?(?:border|frontier)"
                   rf"\s+with\s+{_CAP}"),
        # "the border zone between Algeria and Tunisia": the strip along the line is the
        # line, as "the border between" is.
        ("border", rf"\b(?:the\s+)?(?:border|frontier)(?:\s+(?:zone|area|region|strip))?\s+"
                   rf"between\s+{_CAP}\s+and\s+{_CAP}"),
        # "International trains between Austria and Switzerland stopped running": a
        # service across the line is told by the two countries it joins.
        ("border", r"(?:(?<=\btrains\s)|(?<=\bbuses\s)|(?<=\bferries\s)|(?<=\bflights\s)|"
                   rf"(?<=\bservices\s))between\s+{_CAP}\s+and\s+{_CAP}"),
        # "the border between Leticia and the Brazilian town of Tabatinga", "between X in
        # Y state and the Nepalese town of Z": the town named first is the one the
        # sentence is about; the other side's town, named with its nationality, says what
        # it faces (as "X and its twin town of Y" does).  Neither is a stretch between.
        ("settlement", rf"\bbetween\s+(?P<inner>{_NAME})(?=(?:\s+in\s+[^,;]{{1,40}}?)?\s+and\s+"
                       rf"the\s+{_CAP}\s+(?:border\s+)?(?:town|city|village)\s+of\s+{_UP})"),
        # "stuck between Moussala and Mahinamine", "an ambush between X and Y": the
        # stretch between two places is where it happened, kept as written; neither end
        # is (see _stretch_between).
        ("stretch_between", rf"\bbetween\s+(?:the\s+)?(?P<a>{_NAME})\s+and\s+"
                            rf"(?:the\s+)?(?P<b>{_NAME})(?:\s+(?:village|town))?\b"),
        ("border", rf"\b{_CAP}['’]s?\s+(?:{_DIRECTION}\s+)?(?:land\s+)?(?:border|frontier)"
                   rf"(?:\s+with\s+{_COUNTRY_AFTER_WITH}|(?!\s+(?:{_NOT_A_PLACE_AFTER_BORDER})\b))"),
        # "closed all of its borders with X": the line with X, however many crossings.
        ("border", rf"\b(?:the\s+)?(?:{_DIRECTION}\s+)?(?:borders?|frontiers?)\s+with\s+"
                   rf"{_COUNTRY_AFTER_WITH}"),
        ("border", rf"\b(?:the\s+)?{_CAP}\s+(?:border|frontier)\b"
                   rf"(?!\s+(?:{_NOT_A_PLACE_AFTER_BORDER}))"),
        ("border", rf"\b(?:the\s+)?{_SIDE}\s+{_NAME}\s+(?:river|River)\b"),
        ("border", rf"\b(?:the\s+)?{_NAME}\s+(?:river|River)\b"),
        # "sending them back across the Salween", "fled across the Moei": a bare name
        # crossed by people on the move is the river between (see find_places).
        ("river_bare", rf"\b(?:back|fled|swam|waded|crossed|ferried|rowed)\s+(?:back\s+)?"
                       rf"across\s+the\s+(?P<inner>{_CAP})\b(?!\s+(?:river|River|{_UP}))"),
        # "near the X and Y islands", "over X, Y and Z islands": names before one plural
        # in lower case are one island each (see find_places).
        ("islands", rf"\b(?:the\s+)?{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}\s+islands\b"),
        ("near", rf"\b(?:{_NEAR_WORDS})\s+(?:the\s+)?(?:(?:{_PLACE_ADJECTIVE})\s+)?"
                 rf"(?:{_SETTLEMENT_OF}\s+)?{_NAME}"
                 rf"(?:\s+(?:{_CROSSING_WORDS}|(?:(?!{_FUNCTION_WORD})[a-z]+\s+){{0,2}}?"
                 rf"(?:{_SITE_WORDS}))\b)?"),
        # "at Kovri, a border community in Y district": the apposition says X is a
        # settlement, even when the gazetteer does not know it.
        # "X, a Somali locality": a country's adjective may describe it too.
        # "X, the disputed island in Lake Y": "the" before an island's noun alike.
        ("settlement", rf"\b(?P<inner>{_NAME}),\s+(?:(?:a|an)\s+(?:[A-Z][a-z]+\s+)?"
                       rf"(?:[a-z-]+\s+){{0,2}}?"
                       r"(?:village|town|community|settlement|hamlet|locality|area|spot|"
                       r"zone|outpost|island|islet|mountain|hill|peak|summit)"
                       r"|the\s+(?:[a-z-]+\s+){0,2}?(?:island|islet)"
                       # "Bukavu, the capital of South Kivu province": a capital.
                       r"|the\s+(?:[a-z-]+\s+)?capital(?=\s+of\s))"
                       # The noun ends the apposition ("a town elder" is a person); "X, an
                       # island that is French territory": what is said of it follows.
                       # "X, a government outpost right on the border": "right" or
                       # "directly" may stand before where the place lies.
                       r"(?=\s*(?:[,.;)]|$)|\s+(?:(?:right|directly)\s+)?(?:in|on|near|at|"
                       r"along|by|inside|just|about|some|close|of|that|which|\d))"),
        # "set off from X, some 50 km east of Y": the distance from a better-known place
        # set off after a name says X is a place, even when the gazetteer does not know
        # it; Y only tells the reader where X lies.
        ("settlement", rf"\b(?:from|in|at|near|outside|to|into|off)\s+(?P<inner>{_NAME})"
                       rf"(?={_DISTANCE_APART})"),
        # "found in the X neighbourhood of Y district": the part of a town named first
        # is the place, finer than the town or district it is of (kept as written where
        # the gazetteer lacks it).
        ("settlement", rf"\b(?:in|at|into|near|from|to)\s+the\s+(?P<inner>{_NAME})\s+"
                       rf"(?:neighbou?rhood|quarter|suburb)\s+of\s+{_NAME}"),
        # "at the sector known as X", "a hamlet called X": the place by the name it goes
        # by, whatever kind of place the noun before says it is.
        # "an illegal gold-panning site called X": up to two words before the noun.
        ("settlement", r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:sector|area|spot|place|village|"
                       r"hamlet|settlement|neighbou?rhood|locality|stretch|zone|crossing|camp|"
                       r"site|farm|plantation|mine|market|outpost)"
                       # "a spot in Brazil known as X": the country it lies in between.
                       rf"(?:\s+(?:in|on|inside)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)?"
                       rf"\s+(?:known\s+(?:locally\s+)?as|called|named)\s+(?P<inner>{_NAME})"),
        # "near the disputed islets that Tokyo calls X and Seoul calls Y": islands two
        # states name apart are the place, by the first name the report gives.
        ("settlement", r"\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:islets?|islands?|isles?|rocks?|"
                       r"reefs?|shoals?|atolls?|cays?|archipelago)\s+(?:that|which)\s+"
                       rf"(?:{_CAP}\s+){{1,2}}?calls?\s+(?P<inner>{_NAME})"),
        # "in the capital, Dushanbe", "in Tajikistan's capital, Dushanbe": the city named.
        ("settlement", rf"\b(?:in|at|near|outside|to|into)\s+(?:the\s+)?(?:{_CAP}['’]s?\s+)?"
                       rf"capital,?\s+(?P<inner>{_NAME})"),
        # "a resident of X", "villagers in X": people named by the place they live in;
        # "the young men of X", "the families of X" too; "Residents of X told ..." opening
        # a sentence as well.
        ("settlement", rf"\b(?i:residents?|villagers?|inhabitants?|(?:young\s+)?(?:men|women)|"
                       r"famil(?:y|ies)|youths?|farmers|herders|fishermen|traders)\s+(?:of|in)\s+"
                       # "villagers in X district": the unit X, read by the unit shapes.
                       rf"(?P<inner>{_NAME})(?![\w.])(?!\s+(?:{_UP}|(?:{_REGION_WORDS})\b))"),
        # "in the centre of X", "in the heart of X": in the settlement X.
        ("settlement", rf"\b(?:in|at|into|near)\s+the\s+(?:(?:town|city|village)\s+)?"
                       rf"(?:centre|center|heart|middle|old\s+town)\s+of\s+(?P<inner>{_NAME})"),
        # "came down on three residential districts of X", "picked up in the streets of
        # Y": parts of a town named in the plural lie in the town (a singular "district of
        # X" names a unit, read by the unit shapes).
        ("settlement", r"\b(?:in|at|into|on|onto|near|through)\s+(?:the\s+)?"
                       r"(?:(?:[a-z-]+|\d+)\s+){0,2}?"
                       r"(?:districts|neighbou?rhoods|quarters|suburbs|streets)\s+of\s+"
                       rf"(?P<inner>{_NAME})(?![\w.])(?!\s+(?:{_UP}|(?:{_REGION_WORDS})\b))"),
        # "in Lodwar's main market", "at X's bus station": a site of the settlement X.
        ("settlement", rf"\b(?:in|at|into|near|outside)\s+(?P<inner>{_NAME})['’]s\s+"
                       r"(?:main\s+|central\s+|old\s+|busy\s+)?"
                       r"(?:market|bus\s+(?:station|terminal)|square|hospital|"
                       r"airport|port|mosque|church|cathedral|stadium)\b"),
        # "came ashore on the beaches of X", "on the seafront of Y": the shore of the
        # settlement X is in X.
        # "clashed on the north bank of Pangong Tso": the bank of a lake or a river named
        # bare is at that water, whichever side of it.
        ("settlement", rf"\b(?:on|at|onto|to|along)\s+the\s+(?:{_COAST_SIDE}\s+)?"
                       r"(?:beach(?:es)?|shores?|banks?|seafront|waterfront)\s+(?:of|at|in)\s+"
                       rf"(?P<inner>{_NAME})"),
        # "outside the school of X", "the health centre at X": the settlement X.
        ("settlement", rf"\b(?:the\s+)?(?:{_FACILITY_OF})\s+(?:of|at|in)\s+(?P<inner>{_NAME})"),
        # "a village of Hebei province('s Y prefecture)": an unnamed village in a unit,
        # not a village named after it; the unit shapes below read it.
        ("settlement", rf"\b(?:the\s+)?{_SETTLEMENT_OF}\s+{_NAME}"
                       rf"(?![\w.])(?!\s+(?:{_REGION_WORDS}|{_UNIT_CAPITALISED})\b)"),
        # "held at the Malindza Reception Centre", "treated at the Jaffna Teaching
        # Hospital", "at Kenya's Moyale Hospital": a prison, hospital, terminal or
        # holding centre named after the town it serves stands in that town, which is
        # the place (a name with no town in it, "the Immigration Reception Centre", is
        # none; one named after a country is checked in find_places).
        ("settlement", rf"\b(?:{_PREPOSITION})\s+(?:the\s+|{_CAP}['’]s\s+)"
                       rf"(?P<inner>{_FACILITY_TOWN})\s+(?:(?P<fac_kind>{_FACILITY_KIND})\s+)?"
                       rf"(?P<fac_noun>{_FACILITY_NOUN})\b"),
        ("settlement", rf"\b(?:{_PREPOSITION})\s+(?:the\s+|{_CAP}['’]s\s+)"
                       rf"(?P<inner>{_FACILITY_TOWN})\s+(?P<fac_kind>{_FACILITY_KIND})\s+"
                       r"(?P<fac_noun>Centre|Center|Terminal)\b"),
        # "out of Kelvor town", "in Zorvatka village": a settlement named before its noun.
        # "at Kovrigo trading centre": a market settlement of East African writing.
        ("settlement", rf"\b(?P<inner>{_NAME})\s+(?:town|township|village|hamlet|trading\s+centre|"
                       r"trading\s+center)\b(?!\s+(?:of|hall)\b)"),
        # "the Har Dov area", "the Tinzaouaten area": the name is the place; "area" adds
        # nothing an event file would keep.
        # "the X area of the Y National Park", "the X area of the reserve": a spot inside a
        # protected forest, finer than it ("the X area of Y union" is read by the unit).
        ("settlement", rf"\b(?:the\s+)?(?P<inner>{_NAME})\s+(?:area|farmlands?|countryside)\b"
                       r"(?!\s+of\b(?!\s+the\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Nn]ational\s+)?"
                       r"(?:[Pp]ark|[Rr]eserve|[Ff]orest|[Ss]anctuary|[Ww]ildlife\s+[Rr]efuge)\b"
                       # "the X area of Y district", "the X area of the Y region": a
                       # spot inside an administrative unit is finer than the unit; one
                       # inside an army's sector ("the X area of the Y sector") alike.
                       r"|\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?(?:[Dd]istrict|[Rr]egion|"
                       r"[Pp]rovince|[Cc]ounty|[Gg]overnorate|[Oo]blast|[Rr]aion|[Pp]refecture|"
                       r"[Ss]ector)\b"
                       # "the X area of Y upazila", "the X area of Mand, in Z district": a
                       # spot inside a subdivision named bare or by a local unit word.
                       r"|\s+(?:[A-Z][\w'’-]*\s+){0,2}?[A-Z][\w'’-]*(?:\s+(?:upazila|union|"
                       r"tehsil|sub-?district|commune|municipality))?(?=\s*[,.;]"
                       # "the X area of North Y on 20 January": a time may close it too.
                       r"|\s+(?:on|last|early|late|overnight|during)\b)"
                       # "the X area of the Y rural district": a spot inside a rural unit.
                       r"|\s+the\s+(?:[A-Z][\w-]*\s+){1,3}?rural\s+(?:district|municipality|"
                       r"council|community)\b"
                       # "the X area of the river", "the X area of the lake": a named
                       # stretch of the water or land told of before, finer than it.
                       r"|\s+the\s+(?:river|lake|valley|delta|swamp|lagoon)\b))"),
        # "at Rubavu airport", "in the Banjska monastery": a named site is a place by its
        # word where a preposition of place leads to it ("forced Vilnius airport to halt
        # flights" names what was hit by the incident, not where it happened).
        # "ships trying to reach the X oil field", "entered the Y airport": a site reached or
        # entered is where the act went on as much as one "at" or "into" it.
        ("feature", rf"\b(?:{_PREPOSITION})\s+(?:the\s+)?{_NAME}\s+(?:{_SITE_WORDS})\b"),
        ("feature", rf"\b(?:reach|reached|enter|entered)\s+(?:the\s+)?"
                    rf"(?P<inner>{_NAME}\s+(?:{_SITE_WORDS}))\b"),
        # "took well No. 4 of the X oil field", "from a gate of the Y air base": a
        # working part of a named site, numbered or not, is at that site ("the eastern
        # edge of the X port limits" is a line, no spot of it).
        ("feature", r"\b(?:wells?|rigs?|platforms?|gates?)\s+"
                    r"(?:(?:No\.?|number)\s*\d{1,3}\s+)?of\s+(?:the\s+)?"
                    rf"(?P<inner>{_NAME}\s+(?:{_SITE_WORDS}))\b"),
        # "waded ashore at X Park", "towed to the X Pier": a named ground or shore work
        # is a place where a preposition of place leads to it ("took control of X Park, a
        # park in Y" names what was taken; the town after it is the place).
        ("feature", rf"\b(?:{_PREPOSITION})\s+(?:the\s+)?(?P<inner>{_NAME})(?:(?<=\sPark)|"
                    r"(?<=\sBeach)|(?<=\sPier)|(?<=\sBoardwalk)|(?<=\sMarina)|(?<=\sWharf)|"
                    r"(?<=\sQuay)|(?<=\sJetty))\b"),
        # "flew over the army's Elsenborn training camp", "hit the X ski centre": a site
        # named with what it is for between its name and its noun, after whose it is or
        # after the verb of the shot that struck it.
        ("feature", rf"\b(?:{_PREPOSITION}|{_STRIKE_VERBS})\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?"
                    rf"(?P<inner>{_NAME}\s+(?:{_SITE_PURPOSE})\s+(?:{_SITE_WORDS}|centre|center))\b"),
        # "at the Hito 1 maritime traffic surveillance post", "at the Pillar 7 border
        # outpost": a post named by a name and its number, described before its noun.
        ("feature", rf"\b(?:{_PREPOSITION})\s+the\s+(?P<inner>{_NAME}\s+\d{{1,3}}[A-Z]?)\s+"
                    r"(?:[a-z-]+\s+){0,3}?(?:post|outpost|station|base|camp|checkpoint)\b"),
        # "in the Turks and Caicos Islands": a country of several words is read whole,
        # not as the islands its last words name.
        ("name", rf"\b(?:{_PREPOSITION})\s+(?:the\s+)?(?:{_MANY_WORD_COUNTRIES})\b"),
        # "held in jail in St. John's, Newfoundland": a town named after a saint keeps
        # the saint's "'s" (St. John's, St. George's), a possessive nowhere else.
        ("name", rf"\b(?:{_PREPOSITION})\s+(?P<inner>(?:St\.?|Saint)\s+{_CAP}['’]s)"
                 r"(?=\s*[,.;:)]|\s*$)"),
        # "took it to the French islands of St. Pierre and Miquelon": the islands are the
        # territory of several words named after "islands of", read whole.
        ("name", rf"\b(?:{_PREPOSITION})\s+the\s+(?:{_CAP}\s+)?islands\s+of\s+"
                 rf"(?P<inner>{_MANY_WORD_COUNTRIES})\b"),
        # "sank in the Italian search and rescue zone", "the Libyan search and rescue
        # region": the waters a state answers for at sea, by its adjective, as written.
        ("feature", rf"\b(?:the\s+)?{_CAP}\s+search\s+and\s+rescue\s+"
                    r"(?:zone|area|region)\b"),
        # "in the eastern Singapore Strait", "the Korea Channel": a strait named after a
        # country or town is the water, a direction before it part of where.
        ("feature", rf"\b(?:the\s+)?(?P<inner>(?:{_DIRECTION}\s+)?{_NAME}\s+"
                    r"(?:Straits?|Channel))\b"),
        ("feature", rf"\b(?:the\s+)?{_NAME}\s+(?:{_FEATURE_WORDS})\b"),
        # "reached the Sulcis coast", "along the St James coast": a stretch of shore named
        # by its district, kept as written where the gazetteer lacks the name.
        ("feature", rf"\bthe\s+(?P<inner>{_NAME}\s+coast)\b(?!\s+(?:guards?|road|highway)\b)"),
        # "shut the Portillon pass", "sealed the X gorge": a landform of the line named
        # with "the" is a place whatever verb leads to it, as the capitalised ones are.
        ("feature", rf"\bthe\s+{_NAME}\s+(?:pass|gorge|valley|ridge)\b"),
        # "blocked the Rongia-Bhutan road", "on the Kotla-Mandi highway": a road named
        # by the two places it joins is a place of its own, finer than either end.
        ("feature", rf"\bthe\s+(?P<inner>{_CAP}-{_CAP}\s+(?:road|highway))\b"),
        ("feature", rf"\b(?:Mount|Lake|Mt\.)\s+{_NAME}"),
        # "in the Gulf of Fonseca", "the Bay of Bengal": a body of water named by its
        # feature word first, over "of"; kept as written where the gazetteer lacks it.
        # "over the Rann of Kutch": a salt marsh named the same way.
        ("feature", rf"\b(?:the\s+)?(?:Gulf|Bay|Sea|Straits?|Bight|Sound|Rann)\s+of\s+{_NAME}"),
        # "over one of the Kinmen islands": a member of a named group of islands is in
        # the group, named by its plural.
        ("feature", rf"\bone\s+of\s+the\s+(?P<inner>{_NAME}\s+[Ii]slands)\b"),
        # "over the Dokdo islets": islets told by a name and the plural in lower case are
        # the place by the name alone, as event files write them.
        ("feature", rf"\bthe\s+(?P<inner>{_NAME})\s+islets\b"),
        # "sailed into the waters of Ren'ai Jiao": the shoal or reef whose waters they are.
        ("feature", rf"\bwaters\s+(?:of|around)\s+(?P<inner>{_NAME})"),
        # "on the 15th parallel": a line of latitude a sea boundary is drawn along.
        ("feature", r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+parallel\b"),
        # "on Isla Arenas", "to Cayo Norte", "on Pulau Sebatik": an island, hill or
        # lagoon named in the country's own language, its feature word first; the name
        # goes on over "de"/"del" ("Isla de la Plata").
        ("feature", rf"\b(?:{_LEADING_FEATURE})\s+(?:(?:de|del|de\s+la|do|da|dos)\s+)?{_NAME}"),
        ("settlement", rf"\b(?:the\s+)?(?:{_CAP}\s+)?(?:enclave|exclave|port)\s+(?:city\s+)?"
                       rf"of\s+(?P<inner>{_NAME})"),
        # "the Chadian advance post of Sourou", "the forward post at Boni": a post of
        # guards or troops named by the place it stands at, the place of what befalls it.
        ("settlement", _GUARD_POST_OF),
        # "the Gatumba post has been closed", "attacked the Sourou army post": a post
        # named before its word ("the Bangkok Post", written with a capital, is a paper).
        ("settlement", _NAMED_POST),
        # "its X, Y and Z crossings": three names before one plural are three crossings.
        ("crossing", rf"\b(?:the\s+)?{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}\s+(?:border\s+)?"
                     r"(?:crossings|checkpoints|crossing\s+points)"),
        # "closed both of its crossings with Yemen, X and Y": the crossings named after
        # the comma, one place each (the border they are on only frames them).
        ("crossing", rf"\b(?:crossings|checkpoints|crossing\s+points|border\s+posts)"
                     rf"(?:\s+with\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)?,\s+"
                     rf"(?P<inner>{_NAME}\s+and\s+{_NAME})(?=\s*[,.;:]|\s*$)"),
        ("list", rf"\b(?:{_LIST_LEAD})\s+{_NAME}(?:,\s*{_NAME})*,?\s+and\s+{_NAME}"),
        ("list", rf"\b(?:near|in|on|at|outside|around|{_STRIKE_VERBS})\s+the\s+(?:border\s+)?"
                 rf"(?:towns|villages|cities|settlements)\s+of\s+{_NAME}(?:,\s*{_NAME})*,?\s+and\s+"
                 rf"{_NAME}"),
        # "killed 32 people in the X and Y areas": two or more names before one plural
        # "areas", one place each.
        ("list", rf"\b(?:near|in|outside|around|across|{_STRIKE_VERBS})\s+the\s+{_NAME}"
                 rf"(?:,\s*{_NAME})*,?\s+and\s+{_NAME}\s+areas\b"),
        # "the southern Vietnamese province of Long An", "the Kenyan county of X": the unit
        # named after its kind, whatever describes it first ("the Mexican border state of
        # Coahuila" is Coahuila, not the border).
        ("unit_of", rf"\bthe\s+(?:(?:{_DIRECTION}|central)\s+)?(?:(?P<qualifier>{_CAP})\s+)?"
                    r"(?:border\s+|frontier\s+)?(?P<unit>region|province|county|district|state|governorate|prefecture|"
                    rf"oblast)\s+of\s+(?P<inner>{_NAME})"),
        # "over the Belgorod and Kursk regions": two units of one kind, one place each.
        ("regions", rf"\b(?:the\s+)?(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+"
                    r"(?P<unit>regions|provinces|districts|oblasts|counties|governorates)\b"),
        # "Iran's Sistan and Baluchestan province": two names before one singular unit
        # noun are one unit's name ("Kherson and Zaporizhzhia regions" are two).
        ("region", rf"\b(?:the\s+)?{_NAME}\s+and\s+{_NAME}\s+(?:{_REGION_WORDS})\b"),
        ("region", rf"\b(?:the\s+)?{_NAME}\s+(?:{_REGION_WORDS}|{_UNIT_CAPITALISED})\b"),
        # "the Kaliningrad exclave": a territory cut off from its state, named before its
        # word, is the territory (never its town).  "the Spanish enclave of X" is read
        # by the other shapes, as before.
        ("region", rf"\bthe\s+{_NAME}\s+(?:exclave|enclave)\b"),
        ("crossing", rf"\b(?:the\s+)?{_NAME}(?:\s*{_DASH}\s*{_NAME})?\s+{_CROSSING_WORDS}"),
        # "the crossing at Gaya"; "the crossing in February" is the crossing told before.
        ("crossing", rf"\b(?:the\s+)?{_CROSSING_WORDS}\s+(?:at|of|in|near)\s+"
                     rf"(?!{_TIME_WORDS}){_NAME}"),
        ("border_of_links", rf"\b(?:crossings?|links|checkpoints|border\s+posts)\s+with\s+{_CAP}"),
        # "to patrol Panama's coasts": the country's own shores, as its waters are.
        # "China's coast guard" is a service, not a coast.
        # "returned 102 Haitians to their country", "flew 50 Afghans back to their
        # homeland": people sent home, named by their nationality; the country of that
        # nationality is where they were sent (see find_places).
        ("home_country", rf"\b(?P<people>{_UP}[a-z]+)s\s+(?:back\s+)?(?:home\s+)?to\s+"
                         r"(?P<inner>their\s+(?:own\s+|home\s+)?(?:country|homeland))\b"),
        # "Trinidad and Tobago's waters": a country of several words owns them whole.
        ("within", rf"\b(?:(?:{_MANY_WORD_COUNTRIES})|{_CAP})['’]s?\s+(?:airspace|territory|"
                   r"territorial\s+waters|waters|soil|"
                   r"coasts?(?!\s+guards?\b)|coastline|shores?|"
                   # "heading south along Norway's west coast": a side of the coast.
                   rf"{_COAST_SIDE}\s+coast(?:line)?(?!\s+guards?\b)|"
                   # "to leave Japan's exclusive economic zone": the country's sea too.
                   # "damaged in Estonia's economic zone": the same zone without "exclusive".
                   r"(?:exclusive\s+)?economic\s+zone|EEZ)\b"),
        ("adjective", rf"\b{_CAP}\s+(?:airspace|territory|territorial\s+waters|waters|soil|"
                      # "in the Norwegian exclusive economic zone": the state's sea, by
                      # its adjective.
                      r"(?:exclusive\s+)?economic\s+zone)\b"),
        # "northern Burkina Faso", "eastern Democratic Republic of the Congo": a country
        # of several words is read whole (one word of it made a place text no analyst
        # would keep).
        ("within", rf"\b(?:{_DIRECTION}|central)\s+(?:(?:{_MANY_WORD_COUNTRIES})\b|{_CAP})"),
        ("near", r"\bnear\s+the\s+(?:border|frontier)\b"),
        # "The open border has been sealed", "the porous frontier": the line by no name.
        # "near the disputed western sea border": a line at sea is the same line ("their
        # disputed border" alone is too often the subject of talks, not a place).
        ("border", r"\b(?:the|a|its|their)\s+"
                   r"(?:(?:disputed|contested)\s+(?=(?:[a-z]+\s+)?(?:sea|maritime)\s))?"
                   r"(?:(?:shared|common|eastern|western|northern|"
                   r"southern|land|open|porous|long|entire|whole)\s+)?"
                   r"(?:(?:sea|maritime)\s+)?(?:border|frontier)\b"
                   rf"(?!\s+(?:{_NOT_A_PLACE_AFTER_BORDER}))"),
        ("border", r"^The\s+(?:open|porous|long|entire|whole)\s+(?:border|frontier)\b"
                   rf"(?!\s+(?:{_NOT_A_PLACE_AFTER_BORDER}))"),
        ("target", rf"\b(?:{_STRIKE_VERBS})\s+(?:the\s+)?{_NAME}"),
        # "X had been hit on Sunday by a missile" after "the village of X": the target
        # of a strike told in the passive, opening the sentence.
        ("target", rf"^(?P<inner>{_NAME})\s+(?:had|has|have)\s+been\s+(?:{_STRIKE_VERBS})\b"),
        # "tried to enter Tumbu" after "the village of Tumbu": a place the report named.
        # "Egypt opened Argeen to Sudanese citizens" after "Argeen crossing": the
        # crossing opened or shut, named bare.
        # "Estonia closed the Saatse Boot": a crossing or stretch opened or shut may
        # take its article.
        ("entered", r"\b(?:(?:enter|enters|entered|entering|reach|reached|reaches|reaching)\s+|"
                    r"(?:opened|reopened|closed|shut)\s+(?:the\s+)?)"
                    rf"(?P<inner>{_NAME})"),
        # "the damage meant X was still shut", "Y remained closed until noon": the same
        # crossing or border town told opened or shut in the passive, named before.
        ("entered", rf"\b(?P<inner>{_NAME})\s+(?:was|is|had\s+been|has\s+been|remained|"
                    r"remains|stayed|stays)\s+(?:still\s+|again\s+)?"
                    r"(?P<shut>shut|closed|reopened)\b"),
        # "crossed the Petite Barrière into X": a crossing named with its article, after
        # the verb of crossing it (read only where the gazetteer holds it as a crossing).
        ("crossed_named", rf"\bcross(?:ed|es|ing)?\s+the\s+(?P<inner>{_NAME})"),
        # "a Moscow court remanded him", "the Minsk city court": a court named by its
        # city sits there, where its ruling is handed down (the city read as a town,
        # not as the state its capital stands for).
        ("court_seat", rf"\b(?:[Aa]|[Tt]he)\s+(?!{_NOT_A_COURT_SEAT}\b)(?P<inner>{_CAP})\s+"
                       r"(?:(?:district|city|regional|military|garrison)\s+)?court\b"),
        # "into nearby Jericho", "in neighbouring Laos": a word saying the place is close
        # by stands between the preposition and the name.
        ("name", rf"\b(?:{_PREPOSITION})\s+(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?"
                 rf"{_NAME}"),
        ("name", rf"\b{_CAP}(?:\s+{_CAP})?"),
    )
)  # fmt: skip
#: "Austria's neighbour Germany", "Russia's ally Belarus": a country named only to
#: describe the next one.
_RELATION_OWNER = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+(?:(?:western|eastern|northern|southern|"
    r"close|closest|main)\s+)?(?:neighbou?r|ally|partner|rival)\s+(?=[A-Z])"
)
_LEADING_PREPOSITION = re.compile(
    r"^(?:out\s+of|in|at|into|from|to|toward|towards|across|inside|over|along|through|on|"
    rf"around|above|off(?:\s+the\s+(?:{_COAST_SIDE}\s+)?coast\s+of)?)\s+",
    re.I,
)
_BASE_BEFORE = re.compile(
    r"\b(?:based|stationed|headquartered|garrisoned|deployed)\s+(?:in|at|near)\s+(?:the\s+)?$"
)
#: "X, a monitor based in Britain, said": where a speaker sits, in an appositive between
#: the speaker and the verb of saying, is no place of what they tell.
_SPEAKER_BASE_BEFORE = re.compile(
    r",\s+(?:a|an|the)\s+[^,;]{0,40}?\b(?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$"
)
#: "officials in X admit", "sources in Y said": where the speakers sit, told only to say
#: who speaks, when a verb of saying follows the name.
_SPEAKERS_IN_BEFORE = re.compile(
    r"\b(?:officials|authorities|sources|diplomats|ministers|spokesmen)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SAYING_VERB_AFTER = re.compile(
    r"^(?:[\w’'-]+\s+){1,3}?(?:(?:have|had|also|now|still)\s+)?"
    r"(?:said|say|says|admit|admits|admitted|estimate|estimates|estimated|believe|believes|"
    r"told|claim|claims|claimed|deny|denies|denied|insist|insists|insisted|acknowledge|"
    r"acknowledges|acknowledged|confirm|confirms|confirmed)\b"
)
_SAYING_AFTER = re.compile(
    r"^[^,;.]{1,40},\s+(?:\w+\s+)?(?:said|says|reported|reports|told|tells|claimed|claims|"
    r"stated|wrote|added|alleged)\b"
)
#: "X, a hamlet that faces the village of Y across the river": the place across from
#: the one told only locates it.
_FACING_BEFORE = re.compile(
    r"\b(?:faces|facing|faced|opposite)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:of\s+)?$"
)
#: "X, a hamlet of Y commune": the unit a named settlement belongs to only locates it.
_SETTLEMENT_OF_UNIT_BEFORE = re.compile(
    r"[\w’'.-],\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:village|town|community|settlement|hamlet|"
    r"locality)"
    # "Bukavu, the capital of South Kivu province": the unit it is the capital of.
    r"|the\s+(?:[a-z-]+\s+)?capital)\s+of\s+(?:the\s+)?$"
)
_UNIT_OF_TOWN_AFTER = re.compile(
    r"(?:[A-ZÀ-Þ][\w’'-]*\s+){1,3}(?:border\s+)?(?:town|village|city|hamlet|settlement)\b"
)
_ASIDE_BEFORE = re.compile(
    r",\s*(?:which|that|where)\s+(?:\w+\s+){0,3}?(?:lies|is|sits|runs|located)\s+(?:\w+\s+)?(?:near|on|along|in|close\s+to|at)\s+(?:the\s+)?$"
)
#: "the quarrel over the Essequibo region", "talks on Kashmir": what a dispute is about,
#: not where the incident happened.
_TOPIC_BEFORE = re.compile(
    r"\b(?:quarrel|dispute|disputes|row|feud|tensions?|claims?|talks|negotiations|"
    # "its allies' worry over the X air base": what the worry is about.
    r"standoff|conflict|worry|worries|concerns?|fears?|anxiety)\s+(?:over|about|on)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "according to the government in Freetown", "told reporters in Monrovia", "the
#: embassy in Rabat": where a statement was made or its speaker sits, not the incident.
_SPEAKER_SEAT_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|told|telling|quoted\s+by)\s+(?:[\w’'-]+\s+){0,4}?|"
    r"\b(?:government|administration|regime|embassy|consulate|ambassador|envoy|"
    # "summoned a senior North Korean diplomat in Moscow": the envoy's post.
    r"diplomats?|"
    # "called in the British military attaché in Moscow": an attaché's post too.
    r"(?:(?:military|defen[cs]e|naval|air)\s+)?attach[ée]s?|"
    r"charg[ée]\s+d['’]affaires|consul(?:[\s-]+general)?|high\s+commissioner)"
    # "summoned the Iranian ambassador, Rasoul Movahedian, in London": the envoy's name
    # set off between the title and the post.
    r"(?:,\s+(?-i:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+),)?\s+|"
    # "X, spokeswoman in Cyprus for the UN refugee agency, said": where she speaks for it.
    r"\b(?:spokes(?:man|woman|person)|representative|correspondent)\s+|"
    # Where a speaker spoke: "Speaking in Ankara, the minister said", "speaking to
    # reporters in X", "said at a news conference in X", "told a briefing in X".
    r"\bspeaking\s+(?:[\w’'-]+\s+){0,4}?|"
    # "said X, head of the prosecutor's office in Y": the seat of the office the
    # speaker's title names, where he sits, not where what he tells happened.
    r"\b(?:head|chief|director|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:office|bureau|department|directorate)\s+|"
    # "In a statement from Beijing, ...", "a communiqué issued in X": where it was issued.
    r"\b(?:statement|communiqu[ée]|announcement|press\s+release|message)\s+"
    r"(?:(?:issued|released|published|sent|read\s+out)\s+)?|"
    # "said in Ouagadougou on Monday that", "announced on Friday from X": where it was said.
    r"\b(?:said|says|announced|stated|declared|insisted|added)\s+"
    r"(?:(?:on|late|early|last|this)\s+\w+\s+)?|"
    r"\b(?:said|says|told|added|announced)\s+(?:\w+\s+){0,2}?(?:at|during|after)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:news\s+conference|press\s+conference|briefing|meeting|rally|"
    r"summit|ceremony|event|session|forum|visit)\s+)"
    r"(?:in|from|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "was on his way from X to Y", "were heading to X": a journey's ends.
_ON_THE_WAY_BEFORE = re.compile(
    r"\b(?:on\s+(?:his|her|their|its|the)\s+way|heading|headed)\s+"
    r"(?:from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?(?:to|from|for|towards?)\s+(?:the\s+)?"
    # "on the way to a job in X", "on their way to relatives in Y": what the trip was
    # for, somewhere else than where the travellers were stopped.
    r"(?:(?:a|an|their|his|her|its|the)\s+(?:[\w’'-]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?)?$"
)
#: "a Ryanair airliner flying from Athens to X", "the ferry sailing from X to Y": the
#: scheduled route that tells which craft it was, not where the incident happened (the
#: plane was made to land elsewhere); a craft's noun and its going must come first, so
#: "migrants crossing from X to Y" and "taken by bus from X to Y" keep their places.
_ROUTE_OF_CRAFT_BEFORE = re.compile(
    r"\b(?:(?:airliner|plane|aircraft|jet|ferry|ship|vessel|liner|freighter|bus|coach|"
    r"train)\s+(?:flying|travell?ing|sailing|bound|en\s+route|on\s+its\s+way)|"
    # "flight FR4978 from X to Y": the flight's own route needs no verb.
    r"flight(?:\s+[A-Z]{2}\d{2,4})?)\s+"
    r"(?:from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?to\s+(?:the\s+)?$"
    # "passengers on a coach from X to Y were stopped at Z": a bus's or a train's route
    # names the service, with no verb; "taken by bus from X to Y" keeps its places.
    r"|(?<!\bby\s)\b(?:bus|coach|minibus|train|ferry)\s+"
    r"(?:from\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?)?to\s+(?:the\s+)?$"
)
#: "..., and were back in X by the weekend": where crews or boats went home to after the
#: act, not where it happened.
_BACK_HOME_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|got|arrived)\s+back\s+(?:home\s+)?(?:in|at)\s+"
    r"(?:the\s+)?$"
)
#: "killing a man of 23 who lived in X", "a driver who had worked in Y": where a person
#: made a home or a living, told of the person, not where the act happened.
_HOME_OF_PERSON_BEFORE = re.compile(
    r"\bwho\s+(?:had\s+)?(?:lived|lives|worked|works|studied|studies|settled)\s+in\s+"
    r"(?:the\s+)?$"
)
#: "said by telephone from the border town of X", "speaking by phone from X": where the
#: speaker was, not where the act happened.
_PHONED_FROM_BEFORE = re.compile(
    r"\b(?:by|over\s+the)\s+(?:tele)?phone\s+from\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
)
#: "pressure on X", "talks with X", "between X and Y", "apologised to X": a seat of
#: government named for its state ("flown to X", "a delegation to X" go to the city).
_STATE_BY_SEAT_BEFORE = re.compile(
    r"\b(?:on|with|against|between|and)\s+$|"
    r"\b(?:apologi[sz]\w*|appeal\w*|complain\w*|wrote|written|explain\w*|signall?\w*)\s+"
    r"(?:[\w’'-]+\s+){0,2}?to\s+$|"
    # "has drawn an angry response from X", "drawing protests from Y": a state's answer,
    # told by the seat of its government.
    r"\b(?:responses?|reactions?|protests?|rebukes?|condemnation|criticism|anger|outrage|"
    r"objections?|complaints?|warnings?)\s+from\s+$"
)
#: "have been held in X since ...": where people are held.
_HELD_IN_BEFORE = re.compile(
    r"\b(?:held|detained|jailed|imprisoned|kept|locked\s+up)\s+(?:in|at)\s+(?:the\s+)?$"
)
#: "... since soldiers arrested them on 19 May at Y": the seizure the custody followed.
_SEIZED_SINCE_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:since|after|when)\b[^.;]{0,60}?\b(?:arrested|seized|detained|"
    r"captured|abducted|kidnapped|picked\s+up)\b"
)
_AT_PLACE = re.compile(r"^(?:in|at|near|outside|around|into|inside)\s", re.IGNORECASE)
#: People sent to a city: "flying 44,000 Afghans to", "deported them back to".
_PEOPLE_SENT_TO = re.compile(
    r"\b(?:deport\w*|fl(?:y|ies|ying|ew|own)|repatriat\w*|expel\w*|return(?:ed|ing|s)?)\s+"
    r"(?:[\w’',-]+\s+){1,5}?(?:back\s+)?to\s+$",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = re.compile(
    # "had crossed from beyond the frontier": where they came from, as "from" alone.
    # "launched from inside X", "fired from within Y": where the shot set out, as "from".
    r"\b(?:from(?:\s+beyond|\s+inside|\s+within)?|direction\s+of|on\s+behalf\s+of)\s+"
    r"(?:the\s+)?$"
)
#: "sailing 500 metres from X", "2 km from Y": a distance with no bearing, before "from".
_SPAN_FROM_BEFORE = re.compile(
    r"\b\d[\d.,]*\s*(?:m|metres|meters|km|kilometres|kilometers|miles|nautical\s+miles)\s+"
    r"from\s+(?:the\s+)?$"
)
#: A count spelled out ("two", "Twenty-nine"): "Twenty-nine fishermen from X" are told by
#: where they come from, as "29 fishermen from X" are.
_NUMBER_WORD = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
#: "a van from New York", "migrants from Syria": "from" right after a noun phrase tells
#: where the thing or people came from; after a verb ("removed buoys from the river",
#: "fired from the bank") it is where the act happened.
_NOUN_FROM_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:of|in|on|with|by|for|and|into|onto)\s+)"
    # "a 21-year-old medical student from X": an age may open the description.
    rf"(?i:a|an|the|some|several|many|\d[\d,]*|{_NUMBER_WORD})\s+"
    # "the 170-kilometre trip from X": a measure may open it as well.
    r"(?:(?:\d+-(?:year|month)-old|\d[\d.,]*-[a-z]+(?:-[a-z]+)*|[a-z]+(?:-[a-z]+)*)\s+){0,3}?"
    r"(?!(?:\w+ed|\w+ing)\s)[a-z]+s?\s+from\s+(?:the\s+)?$|"
    # "detained a 25-year-old man from X", "said a trader from Y": a person told by where
    # they come from, whatever verb comes before.
    rf"\b(?i:a|an|the|\d[\d,]*|{_NUMBER_WORD})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:\d+-year-old|man|woman|men|women|boy|girl|boys|girls|student|students|trader|"
    r"traders|farmer|farmers|shepherd|shepherds|herder|herders|teacher|nurse|doctor|driver|"
    r"drivers|fisherman|fishermen|national|nationals|citizen|citizens|resident|residents|"
    r"youth|youths|teenager|teenagers|pilgrim|pilgrims|worker|workers|labourer|labourers|"
    r"mother|father|son|daughter|couple|family|families)\s+from\s+(?:the\s+)?$|"
    # "landed at X by boat from Y": where the boat came from.
    r"\bby\s+(?:boat|sea|speedboat|canoe|dinghy|skiff|launch|raft)\s+from\s+(?:the\s+)?$|"
    # "a Namibian coach from X", "the night train from Y": where the service set out.
    r"(?<!\bby\s)\b(?:bus|coach|minibus|train|ferry)\s+from\s+(?:the\s+)?$"
)
#: How coarse a resolved place is: a unit after "in" contains a place no coarser than it.
_COARSENESS = {"exact": 0, "settlement": 1, "near": 2, "district": 3, "region": 4, "country": 6}
#: "had entered national territory from the Apure state": where a crossing came from.
#: "carried the leaves from the X area across the border": the spot the crossing left
#: from is where the act at the line happened.
_ACROSS_AFTER = re.compile(
    r"(?:\s+(?:area|district|village|town))?\s+(?:across|over)\s+the\s+(?:border|frontier|line)\b"
)
_MOVED_FROM_BEFORE = re.compile(
    r"\b(?:enter(?:ed|s|ing)?|cross(?:ed|es|ing)?|came|come|arriv(?:ed|es|ing)|fled|"
    # "the fighters scrambled from the X air base signalled ...": where the aircraft
    # came from to the act ("took off from X to identify them" is the act, at X).
    r"scrambl(?:ed|ing)|"
    # "as they waded back from X with food", "had walked from Y": where people on foot,
    # swimming or sailing came from, not where what met them on the way happened.
    r"wad(?:ed|ing)|walk(?:ed|ing)|sw(?:am|imming)|row(?:ed|ing)|paddl(?:ed|ing)|"
    r"hik(?:ed|ing)|trek(?:ked|king)|sail(?:ed|ing)|"
    r"infiltrat(?:ed|es|ing))\b[^,.;]{0,40}\bfrom\s+(?:the\s+)?$"
)
#: "the tug, which was carrying coal from X", "a lorry loaded with cement from Y": where
#: the freight came from, not where the boat or lorry was when anything happened to it.
_CARGO_FROM_BEFORE = re.compile(
    r"\b(?:carrying|carried|transporting|transported|shipping|hauling|ferrying|"
    r"(?:loaded|laden)\s+with)\s+(?:[\w’'-]+\s+){1,4}?from\s+(?:the\s+)?$"
)
#: "set off in a dinghy from X", "had set out on foot from Y": the start of a crossing.
_SET_OFF_FROM_BEFORE = re.compile(
    r"\b(?:set(?:s|ting)?\s+(?:off|out|sail)|depart(?:ed|s|ing)?|embark(?:ed|s|ing)?)\b"
    r"[^,.;]{0,40}\bfrom\s+(?:the\s+)?$"
)
#: "barred travellers from the X crossing", "kept villagers away from Y": the place they
#: were kept out of is where the act happened, not where anyone came from.
_KEPT_FROM_BEFORE = re.compile(
    r"\b(?:barr(?:ed|ing)|bars|bann(?:ed|ing)|bans|block(?:ed|ing)|stopp(?:ed|ing)|"
    r"prevent(?:ed|ing)|(?:kept|keeping|keeps?|turn(?:ed|ing|s)?|"
    # "tried to drive the other ship away from X": chased off the spot, there.
    r"driv(?:e|es|ing|en)|drove|chas(?:e|es|ed|ing))\s+(?:[\w’'-]+\s+){0,4}?away)"
    r"\s+(?:[\w’'-]+\s+){0,4}?from\s+(?:the\s+)?$"
)
#: "barred foreigners arriving by land from X": where the people kept out come from,
#: not where they were kept out.
_COMING_FROM_BEFORE = re.compile(
    r"\b(?:arriv(?:ing|ed|als?)|coming|travell?ing|entering|flying|crossing)\s+"
    # "stopping vehicles coming in from X": the particle of the way in changes nothing.
    r"(?:(?:in|over|across|back)\s+)?"
    r"(?:(?:by|over)\s+(?:land|air|sea|road|rail)\s+)?from\s+(?:the\s+)?$"
)
#: "walked back towards Yemen", "heading for the border": where people were going.
_DIRECTION_BEFORE = re.compile(
    r"\b(?:towards?|in\s+the\s+direction\s+of|head(?:ed|ing)\s+(?:for|to)|bound\s+for|"
    # "the trawler turned away from X and set course for Y": a heading, not a place.
    r"turn(?:ed|s|ing)?\s+away\s+from|set(?:s|ting)?\s+(?:a\s+)?course\s+for|"
    # "recalled its ambassador to X": the post of an envoy, not where anything happened.
    r"(?:ambassador|envoy|high\s+commissioner|charg[ée]\s+d['’]affaires)\s+to|"
    # "at a narrow point of the highway to X": a road named by where it leads.
    r"(?:main\s+)?(?:road|highway|motorway|route)\s+to|"
    # "drivers needed two hours to get into X": where a queue leads, not where it stood.
    r"(?:hours?|days?|nights?)\s+to\s+(?:get\s+(?:into|to|across\s+to)|reach|enter)|"
    # "scrambled to escort it to the airport at X": where it was to be taken.
    r"\bto\s+(?:escort|guide|lead|take|bring|divert)\s+(?:it|them|him|her)\s+to\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:at|in)|"
    # "as the catch was readied for escort to the X base at Y", "under tow to X": where a
    # seized boat was to be taken, not where it was seized.
    r"(?:for|under)\s+(?:escort|tow)\s+to(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:at|in))?|"
    # "boarded the trawler off X and ordered it to Y", "escorted the boats back to Y":
    # the port a stopped vessel was sent on to, not where it was stopped.
    # "stopped a trawler ... and took it to Y", "fired on the dhow and towed it into Y's
    # waters": likewise ("towed it to the Y boardwalk" stays: the towing is the act there).
    # "took them back to Y" is not one: people taken back across a border are a
    # pushback, and Y is where it happened (test_round34z).
    r"\b(?:(?:ordered|escorted|steered|diverted|took)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vessel|vessels|ship|ships|boat|boats|trawler|trawlers|crew|plane|aircraft))\s+"
    r"(?:(?<!took\sit\s)(?<!took\sthem\s)back\s+)?(?:in)?to|towed\s+(?:it|them)\s+(?:back\s+)?into))\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "across the Danube from X", "opposite X": X only locates the place named before it.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:across\s+(?:the\s+)?(?:\w+\s+){0,2}from|opposite)\s+(?:the\s+)?(?:\w+\s+){0,3}$"
)
_NOT_PLACES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "This",
        "That",
        "These",
        "Those",
        "However",
        "Meanwhile",
        "But",
        "And",
        "Officials",
        "Authorities",
        "According",
        "While",
        "When",
        "After",
        "Before",
        "Since",
        "During",
        "Border",
        "Guard",
        "Guards",
        "Ministry",
        "Defence",
        "Defense",
        "Interior",
        "Foreign",
        "Police",
        "Army",
        "Military",
        "Minister",
        "President",
        "Prime",
        "EU",
        "NATO",
        "European",
        "Union",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "State",
        "Service",
        "If",
        "One",
        "Two",
        "Three",
        # "Four crossing points on the X border": a count opening the sentence, no name.
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Dozens",
        "Hundreds",
        "Thousands",
        "Scores",
        "Several",
        "Many",
        "Some",
        "Human",
        "Rights",
        "Amnesty",
        "International",
        "Frontex",
        "UN",
        "Security",
        "Reports",
        "Latest",
        "Local",
        "Such",
        "Both",
        "Each",
    ]
)


@dataclass(frozen=True)
class PlaceFind:
    """A place phrase as worded, where it is in the sentence and what it resolves to."""

    text: str
    start: int
    end: int
    shape: str
    role: str
    result: PlaceResult
    #: A place by its shape ("the village of X", "the X Valley") that the gazetteer
    #: does not know: kept as written, ranked like a settlement, found nowhere.
    written_only: bool = False
    #: "Nogales, Arizona": the text names the state, province or county the place lies
    #: in, so the answer is no namesake in a country the report never names.
    contained: bool = False

    @property
    def precision(self) -> str:
        """The resolved precision ("" when ambiguous or unresolved)."""
        if self.written_only:
            # "Mutraw district" is as coarse as a district even when nobody knows it;
            # "the southern Aegean", a sea's compass part, is as coarse as a region.
            if _SEA_PART_WRITTEN.fullmatch(self.text):
                return "region"
            return "district" if self.shape == "region" else "settlement"
        return self.result.precision or ""

    @property
    def key(self) -> tuple[str, str]:
        """Identity of the place found, to tell two phrases for one place."""
        return (self.result.name or self.text.lower(), self.result.precision or "")


#: The noun after a settlement's name that says it is one: "Busia town", "X village".
_TOWN_NOUN_AFTER = re.compile(r"\s+(?P<noun>town|township|village|hamlet)\b")


@lru_cache(maxsize=8192)
def resolve_place(text: str, hints: tuple[str, ...] = (), *, side: str = "") -> PlaceResult:
    """Geocode a place phrase offline; the report's countries decide only when needed.

    The hints complete a border named by one side ("Latvia's border", "the border")
    and choose among same-named places, but never hide a place outside them: a report
    on the Latvia–Belarus border may also name Podlaskie.  ``side``, the country a
    report is filed from, is the first partner of a border named by another country's
    adjective ("the Libyan border" written in Tunis).
    """
    plain = geocode_place(text)
    if plain.status == "unresolved" and _NUMBERED_NAME.match(text.strip()):
        plain = _numbered_crossing(text.strip()) or plain
    if not hints:
        return plain
    if plain.status == "resolved":
        return _unless_far(plain, hints)
    if _BARE_BORDER.match(text) and len(hints) >= 2:
        # The report's two most named countries that share a border ("Afghan asylum
        # seekers" at the Bulgaria–Turkey border name a third country more often).
        near = "near " if text.lower().startswith("near") else ""
        for first, second in _adjective_pairs(text, hints, side) + list(
            itertools.combinations(hints[:3], 2)
        ):
            names = [_NAME_OF_CODE.get(first), _NAME_OF_CODE.get(second)]
            if all(names):
                found = geocode_place(f"{near}{names[0]}–{names[1]} border")
                if found.status == "resolved":
                    return found
    hinted = geocode_place(text, country=list(hints))
    if hinted.status == "unresolved" and _DIRECTION_WORD.search(text):
        # "its south-eastern border with Russia": the border, without the part of it.
        return resolve_place(_DIRECTION_WORD.sub(" ", text).strip(), hints)
    return _unless_far(hinted if hinted.status != "unresolved" else plain, hints)


#: A proper name ending in a Roman numeral ("Nadlac II"): how a country numbers the
#: crossings of one town, the road one and the motorway one.
_NUMBERED_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2}\s+(?:I{1,3}|IV)$")


def _numbered_crossing(text: str) -> PlaceResult | None:
    """The crossing a bare numbered name stands for, if the gazetteer has it as one.

    "Nadlac II" is written without the word the table's entry needs ("Nadlac II
    crossing"); a name with such a number is no town, so only a crossing is taken.

    Parameters
    ----------
    text
        A proper name ending in a Roman numeral.

    Returns
    -------
    PlaceResult or None
        The crossing, or None when the name with "crossing" is no crossing either.
    """
    found = geocode_place(f"{text} crossing")
    name = found.name or ""
    if found.status == "resolved" and "–" in name and "border" not in name.lower():
        return found
    return None


def _adjective_pairs(text: str, hints: tuple[str, ...], side: str = "") -> list[tuple[str, str]]:
    """The report's countries paired with the one a border's adjective names.

    "the Libyan border" in a report on Tunisia and Algeria is Libya's border with one of
    them, not the border of the report's two most named countries; the country the
    report is filed from (``side``) is tried first.
    """
    words = re.findall(r"[\w’'-]+", text)
    adjective = words[-2] if len(words) >= 2 else ""
    name = _country_of_adjective(adjective, hints)
    codes = country_codes_in(name) if name else []
    if not codes:
        return []
    partners = [side] if side in hints else []
    partners += [other for other in hints if other not in partners]
    return [(codes[0], other) for other in partners if other != codes[0]]


def _unless_far(found: PlaceResult, hints: tuple[str, ...]) -> PlaceResult:
    """A found place, or unresolved when it lies far from the report's countries.

    "the village of Banjska" in a report on Kosovo and Serbia is not Bansko in
    Bulgaria: a same-sounding place far from every country the report is about is a
    guess, so the phrase stays as written, unresolved, for the analyst to place.
    """
    if not _far_from(found, hints):
        return found
    return PlaceResult(
        query=found.query,
        status="unresolved",
        note=f"the gazetteer's {found.name!r} ({found.country}) lies far from the "
        f"report's countries ({', '.join(hints)})",
    )


#: How far (km) outside the report's countries a place the gazetteer finds may lie and
#: still be taken: a town just across a border, not one two countries away.
FAR_KM = 50.0
_FAR_PRECISIONS = frozenset({"exact", "settlement", "near", "district", "region"})


def _far_from(result: PlaceResult, hints: tuple[str, ...]) -> bool:
    """Whether a found place lies far outside every country the report is about."""
    if (
        not hints
        or result.status == "unresolved"
        or result.precision not in _FAR_PRECISIONS
        or not result.country
        or result.country in hints
    ):
        return False
    where = result.geometry
    if where is None:
        if result.lat is None or result.lon is None:
            return False
        where = shapely.Point(result.lon, result.lat)
    return all(_km_between(where, code) > FAR_KM for code in hints)


def _km_between(where: shapely.Geometry, code: str) -> float:
    """Distance in km from a place to a country, by a local degree length (enough here)."""
    try:
        country = country_extent(code)
    except GeometryDataError:
        return 0.0  # an unknown country cannot say the place is far
    degrees = shapely.distance(where, country)
    latitude = shapely.centroid(where).y
    return degrees * 111.2 * max(math.cos(math.radians(latitude)), 0.5)


def _far_from_any_border(result: PlaceResult) -> bool:
    """Whether a settlement lies more than ``FAR_KM`` inside its country's outline."""
    if result.precision not in ("settlement", "exact") or not result.country:
        return False
    if result.lat is None or result.lon is None:
        return False
    try:
        outline = country_extent(result.country).boundary
    except GeometryDataError:
        return False
    where = shapely.Point(result.lon, result.lat)
    degrees = shapely.distance(where, outline)
    return degrees * 111.2 * max(math.cos(math.radians(result.lat)), 0.5) > FAR_KM


def km_from_line(place: str, line: PlaceResult, hints: tuple[str, ...] = ()) -> float | None:
    """How far (km) the place a phrase resolves to lies from a border line.

    None when either has no position to measure (a name the gazetteer lacks, a line
    it draws no shape for).
    """
    found = resolve_place(place, hints)
    if found.lat is None or found.lon is None or line.geometry is None:
        return None
    degrees = shapely.distance(shapely.Point(found.lon, found.lat), line.geometry)
    return degrees * 111.2 * max(math.cos(math.radians(found.lat)), 0.5)


_DIRECTION_WORD = re.compile(
    r"\s*\b(?:north|south)?-?(?:east|west)ern\b|\b(?:northern|southern)\b", re.IGNORECASE
)


_BARE_BORDER = re.compile(
    r"^(?:near\s+)?(?:(?:the|a|its|their)\s+)?(?:\w+\s+)?(?:border|frontier)$", re.IGNORECASE
)
_COUNTRY_OF_ADJECTIVE = {adjective: name for name, adjective in COUNTRY_ADJECTIVES.items()}
#: Adjective → the codes of every country it stands for, in table order ("Congolese":
#: CD and CG, "Dominican": DM and DO).
_CODES_OF_ADJECTIVE: dict[str, list[str]] = {}
for _name, _adjective in COUNTRY_ADJECTIVES.items():
    _codes = _CODES_OF_ADJECTIVE.setdefault(_adjective, [])
    _codes.extend(c for c in country_codes_in(_name)[:1] if c not in _codes)
_NAME_OF_CODE: dict[str, str] = {}
for _name in COUNTRY_ADJECTIVES:
    _code = country_codes_in(_name)
    if _code and len(_name) > 3:
        _NAME_OF_CODE.setdefault(_code[0], _name)


def _country_of_adjective(adjective: str, hints: tuple[str, ...]) -> str | None:
    """The country an adjective names, the report's own where two countries share it.

    "Congolese territory" in a report on the DR Congo and Uganda is the DR Congo's, not
    the Republic of the Congo's (the table's last name for the word); without such a
    hint the table's name stands.
    """
    codes = _CODES_OF_ADJECTIVE.get(adjective, [])
    if len(codes) > 1:
        for code in hints:
            if code in codes and code in _NAME_OF_CODE:
                return _NAME_OF_CODE[code]
    return _COUNTRY_OF_ADJECTIVE.get(adjective)


def _clean(text: str) -> str:
    text = re.sub(rf"^(?:{_STRIKE_VERBS})\s+", "", text.strip())
    text = _LEADING_PREPOSITION.sub("", text)
    # "the Vitebsk region" is written "Vitebsk region", as event files write places.
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    # "the disputed western sea border": the line, without the word for its status.
    text = re.sub(
        r"^(?:disputed|contested)\s+(?=(?:[a-z]+\s+){0,2}(?:border|frontier)$)", "", text
    )
    # "into nearby Jericho": the town, without the word that says it is close by.
    text = re.sub(r"^(?:nearby|neighbouring|neighboring)\s+(?=[A-Z])", "", text)
    # "near the disputed al-Fashaga": the place, without the words that describe it.
    text = re.sub(rf"^(near\s+|outside\s+)the\s+(?:{_DESCRIBING})\s+", r"\1", text, flags=re.I)
    # "the mining town of X" is written "the town of X": the trade describes the town,
    # and so do "border", "frontier" and "small" ("the small border town of X").
    text = re.sub(
        r"\b(?:(?!(?:the|a|an|near|outside|of|in|at|to|from|into)\b)"
        r"(?:[a-z][a-z-]+|(?-i:[A-Z])[a-z]+(?:i|an|ese|ish)(?=\s+(?:village|town|city|settlement)\b))\s+)+"
        r"(?=(?:village|town|city|settlement|island|islet)\s+of\b)",
        "",
        text,
    )
    # "the outskirts of Kfarchouba" is near it, as event files word it.
    text = re.sub(r"^(?:on\s+)?(?:the\s+)?outskirts\s+of\s+", "near ", text, flags=re.I)
    # "at the edge of X" likewise: the rim of the town is near it.
    text = re.sub(
        r"^(?:(?:on|at)\s+)?(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|outer\s+)?edges?\s+of\s+",
        "near ",
        text,
        flags=re.I,
    )
    # "a field beside X village", "next to X": the ground by a place is near it, as the
    # resolver reads it and event files word it (a bearing, "north of X", stays).
    text = re.sub(
        r"^(?:beside|next\s+to|alongside|adjacent\s+to|in\s+the\s+vicinity\s+of)\s+",
        "near ",
        text,
        flags=re.I,
    )
    return text.strip(" ,.;:")


#: "at Suam on Monday", "in Kanyerus, police said": a preposition of being somewhere,
#: then a name alone (no article: "in the Kremlin" names a body's seat).
_BARE_AT = re.compile(rf"^(?:in|at|near|outside|inside|into)\s+{_NAME}$")
#: "sent some seventy police to X", "deployed troops to Y": where forces were sent is
#: where they hold, a place even when the gazetteer lacks it.
_BARE_TO = re.compile(rf"^to\s+{_NAME}$")
_BARE_ON = re.compile(rf"^on\s+{_NAME}$")
#: "came ashore on", "landed 40 people on": a boat's landing on an island.
_ASHORE_BEFORE = re.compile(
    r"\b(?:ashore|(?:landed|landing|lands|land)(?:\s+(?:its|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:passengers|people|migrants|occupants|cargo))?)\s+$",
    re.IGNORECASE,
)
_SENT_BEFORE = re.compile(
    r"\b(?:sent|dispatched|deployed|redeployed|moved|rushed|flew|despatched)\s+"
    r"(?:[\w,-]+\s+){0,6}?$",
    re.IGNORECASE,
)
#: ", in the Faranah region," right after a name: the unit it lies in, set off as
#: reporters locate a village no reader knows ("entered Koudaya, in the Faranah region,").
_UNIT_SET_OFF = re.compile(
    rf",\s+in\s+the\s+{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}\s+(?:{_REGION_WORDS})\b(?=\s*[,.;])"
)
#: " in the Talas region", ", in Floreşti district": the unit a name lies in, told right
#: after it with or without a comma or an article ("at Chon-Kapka in the Talas region"); the
#: unit only says where the spot lies, so the spot is the place.
_UNIT_LOCATING = re.compile(
    rf",?\s+in\s+(?:the\s+)?{_UP}[\w’'-]*(?:\s+{_UP}[\w’'-]*){{0,2}}\s+(?:{_REGION_WORDS})\b"
)
#: What may follow such a name when it is a place: the clause's end, a time, a container
#: or a distance ("at Suam, police said", "in Kanyerus on Monday", "in Kanyerus, Turkana
#: county", "at Suam, 3 km from the line"), or a clause joined on ("tried to cross at
#: Suam but were turned back").
_AFTER_BARE_PLACE = re.compile(
    r"\s*(?:[.;:]|,|$|\s*(?:on|in|at|late|early|overnight|last|this|yesterday|today|"
    r"earlier|after|before|during|when|where|while|and|but|near|about|some|just|by|"
    # "a strike on a farm at X killed two": the subject that names the place ends on it
    # and a verb of harm follows.
    r"killed|wounded|injured|destroyed|damaged)\b)"
)
#: ", a rich fishing ground about 300 km west of Y": an appositive (an article and the
#: words up to the next break) set off after a name, describing it.
_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an)\s+[^,;.]*")
#: ", close to Lake X", ", near the Y border": a nearness set off after a name, which
#: only says where the named spot lies ("stormed a base at X, close to Lake Y").
_NEARNESS_SET_OFF = re.compile(
    r",\s+(?:close\s+to|near|not\s+far\s+from)\s+[^,;.]*"
    # ", on Somalia's border with Ethiopia", ", on the border with X": the line the
    # spot lies on, set off after its name, only says where the spot is.
    rf"|,\s+on\s+(?:the\s+|{_CAP}['’]s\s+)(?:[a-z]+\s+|[A-Z][a-z]+-[A-Z][a-z]+\s+)?"
    r"(?:border|frontier)\b[^,;.]*"
    # ", on the Assam side of the border": the side the spot lies on.
    r"|,\s+on\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+side\s+of\s+the\s+"
    r"(?:border|frontier|line|river)\b[^,;.]*"
    # ", about 10 km inside the Line of Actual Control", ", 3 km from the line": a
    # distance set off after the name, from or inside a line or place that only
    # locates the spot.
    r"|,\s+(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:km|kilometres|kilometers|miles|metres|meters)\s+(?:inside|into|within|beyond|from|"
    r"off|(?:to\s+the\s+)?(?:north|south|east|west)\w*\s+of)\b[^,;.]*"
)
#: "the border", "near the frontier": a line named by no name, coarser than any spot.
_GENERIC_BORDER = re.compile(r"(?:near\s+)?(?:the\s+)?(?:border|frontier)", re.IGNORECASE)
#: A site gone to or come from, its noun right before "at X": the name locates the
#: site, not the act ("to the army outpost at X"; "attacked the camp at X" is there).
_SITE_NOUN_BEFORE = re.compile(
    r"\b(?:to|from|towards?|for|into)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:outposts?|posts?|camps?|bases?|offices?|complex|stations?|headquarters|barracks|"
    r"hospitals?|clinics?|schools?|centres?|centers?|checkpoints?|crossings?|bridges?|"
    r"airports?|ports?|markets?|mines?|farms?|compounds?)\s*$"
)
#: Capitalised words that name bodies, languages, seasons or sites of power, not villages.
_NOT_A_VILLAGE = re.compile(
    r"\b(?:Parliament|Congress|Senate|Court|Council|University|College|School|Hospital|"
    r"Church|Mosque|Airport|Embassy|Consulate|Ministry|Office|Agency|Commission|Committee|"
    r"Ramadan|Christmas|Easter|Eid|English|French|Arabic|Spanish|Swahili|Russian|Persian|"
    r"Portuguese|Chinese|Twitter|Facebook|Telegram|WhatsApp|YouTube|Instagram|TikTok|"
    r"Geneva|Brussels|Government|Cabinet|Assembly|Headquarters|HQ|Kremlin|Pentagon|"
    # "killed in Operation Desert Shield", "during Exercise Zapad": names of operations.
    r"Operation|Exercise)\b"
)


#: ", and in 1998 ...", "; ": the break between two facts told side by side.
_SIDE_BY_SIDE = re.compile(r",\s+(?:and|but)\s+|;\s+")


def _side_by_side(sentence: str, at: int) -> int:
    """The number of the fact told side by side that offset ``at`` lies in."""
    return sum(1 for m in _SIDE_BY_SIDE.finditer(sentence) if m.end() <= at)


def _bare_unknown_place(sentence: str, match: re.Match[str], text: str) -> bool:
    """Whether a name the gazetteer lacks, after "in" or "at" alone, is still a place.

    Blind reports name villages no gazetteer holds ("arrested 12 men at Suam on
    Monday"); the preposition of being somewhere and what follows the name (the
    clause's end, a time or a container) say it is a place, as "the village of X" does.
    """
    sent_to = _BARE_TO.match(match.group(0)) and _SENT_BEFORE.search(sentence[: match.start()])
    # "The fourth came ashore on X", "landed its passengers on Y": the island a boat
    # reached, a place whatever the gazetteer holds.
    ashore = _BARE_ON.match(match.group(0)) and _ASHORE_BEFORE.search(sentence[: match.start()])
    # "had entered Koudaya, in the Faranah region,": a name after a word in lower case,
    # set off by the unit it lies in, is a place whatever verb leads to it.
    located = (
        match.group(0) == text
        and re.search(r"\b[a-z]+\s+$", sentence[: match.start()])
        and _UNIT_SET_OFF.match(sentence[match.end() :])
    )
    if not (
        _BARE_AT.match(match.group(0)) or sent_to or located or ashore
    ) or _NOT_A_VILLAGE.search(text):
        return False
    if len(text.split()) > 3 or text.isupper():
        return False
    if _SITE_NOUN_BEFORE.search(sentence[: match.start()]):
        # "to the army outpost at X", "from the office complex at X": the name only
        # locates a site the act went to or came from.
        return False
    return bool(_AFTER_BARE_PLACE.match(sentence[match.end() :]))


#: Facilities that take in, hold or send on people: named after the spot they stand
#: at even where no gazetteer knows it ("the Malindza Reception Centre").
_HOLDING_KIND = re.compile(
    r"Reception|Detention|Transit|Holding|Repatriation|Refugee|Removal|Processing|"
    r"Deportation|Remand"
)


def _facility_town(town: str, kind: str, hints: tuple[str, ...]) -> bool:
    """Whether the name before a facility's noun is the town it stands in.

    A town the gazetteer knows ("the Jaffna Teaching Hospital") is, or the province it
    reads the name as (coarser, still holding it); a country is not ("the Belize
    Central Prison" says only the country, no spot of it).  A name the gazetteer lacks
    is the spot only for a centre that holds people ("the Malindza Reception Centre");
    a hospital or prison so named is as often named after a person ("the Sheikh Zayed
    Hospital").
    """
    result = resolve_place(town, hints)
    if result.status == "unresolved":
        return bool(_HOLDING_KIND.fullmatch(kind))
    return result.precision != "country"


def _may_be_a_name(text: str) -> bool:
    """Whether a capitalised phrase may name a place: not "EU", "NATO" or "The"."""
    first = text.split()[0] if text.split() else ""
    if not first or first in _NOT_PLACES or text in _NOT_PLACES:
        return False
    # Short acronyms are bodies ("EU", "UN", "OSCE"), never towns, whatever a
    # gazetteer of every hamlet says ("Eu", France).
    return not (text.isupper() and len(text) <= 4)


#: "gathered outside the Russian embassy in X", "stormed the consulate in X": the mission
#: is where the act happened, not a speaker's seat.
_AT_MISSION_BEFORE = re.compile(
    r"\b(?:outside|in\s+front\s+of|at|near|stormed|attacked|besieged|picketed)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:embassy|consulate|mission)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "though his staff could not cross the border to check": a place of an act that did
#: not happen is no place of the incident.
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:could|can|did|does|do|would)\s*(?:not|n[’']t)\s+(?:[\w-]+\s+){1,3}?(?:the\s+)?$|"
    r"\b(?:cannot|unable\s+to)\s+(?:[\w-]+\s+){1,3}?(?:the\s+)?$",
    re.IGNORECASE,
)


#: A break before a clause of its own: a comma, a semicolon or a conjunction.
_CLAUSE_BEFORE = re.compile(r"[,;:]|\b(?:though|although|but|while|because|as|since)\b")


#: "The crossing, the main road link between X and Y, was shut": the towns a road or
#: rail link joins describe the crossing told before; neither is where it happened.
_LINK_ENDS_BEFORE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:link|route|road|highway|railway|line|"
    r"gateway|corridor|artery)\s+between\s+(?:[^,;]{1,40}?\s+and\s+)?$"
    # "the pipeline, which runs under the sea between X in A and Y in B": the ends of a
    # pipe or cable a clause describes, not where it was cut.
    r"|,\s+(?:which|that)\s+(?:runs|ran|stretches|links|linked|connects|connected)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:between|from)\s+(?:[^,;]{1,60}?\s+(?:and|to|in)\s+)?$"
)


#: "the crossings from Vorarlberg into Switzerland": the side whose crossings they are,
#: named after "from" (a province or district of the report's own side).
_WAYS_FROM_BEFORE = re.compile(
    r"\b(?:the|its|all|\d+)\s+(?:[\w-]+\s+){0,2}?(?:crossings?|crossing\s+points|"
    r"border\s+posts?|checkpoints?)\s+from\s+(?:the\s+)?$"
)

#: "the Siavonga district of Zambia's Southern Region": the unit after "of" contains the
#: one named first, where the act happened.
_CONTAINER_OF_BEFORE = re.compile(
    rf"\b(?:{_REGION_WORDS})\s+of\s+(?:the\s+)?(?:{_CAP}['’]s?\s+)?$", re.IGNORECASE
)


#: "protested to Zambia in a diplomatic note", "lodged a complaint with the government
#: in X": the state or seat a protest is addressed to, not where the incident happened.
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:protest(?:ed|s|ing)?|complain(?:ed|s|ing)?|complaints?|notes?|letters?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:to|with)\s+(?:the\s+)?(?:government\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)


#: ", where the X river flows into the Y", "The crossing, where the Z Highway runs
#: from A into B, ...": a clause telling what lies at a place just named, in the present
#: of geography; the places in it only describe that place.
_WHERE_CLAUSE_BEFORE = re.compile(r",\s*where\s+[^,.;:]*$")
_GEOGRAPHY_VERB = re.compile(
    r"\b(?:flows?|runs?|meets?|joins?|crosses|passes|winds?|empties|drains?|marks?|"
    r"lies|rises?|forks?|bends?)\b"
)


#: "so that X could ...", "in order that": a purpose clause, up to the place.
_PURPOSE_BEFORE = re.compile(r"\b(?:so\s+that|in\s+order\s+that)\s+[^.;:]*$")


def _in_describing_where(sentence: str, start: int) -> bool:
    """Whether offset ``start`` lies in a ", where ..." clause describing the place before."""
    where = _WHERE_CLAUSE_BEFORE.search(sentence[:start])
    if not where:
        return False
    end = re.search(r"[,.;:]|$", sentence[start:])
    clause = sentence[where.start() : start + (end.start() if end else 0)]
    return bool(_GEOGRAPHY_VERB.search(clause))


def _role(sentence: str, start: int) -> str:
    before = sentence[:start]
    if _AT_MISSION_BEFORE.search(before):
        return "at"
    if _in_describing_where(sentence, start):
        return "aside"
    if _PURPOSE_BEFORE.search(before):
        # "reopened ... so that containers stranded in China could be brought to X":
        # the aim of the act, not where it happened.
        return "aside"
    if _ADDRESSEE_BEFORE.search(before):
        return "aside"
    if _CONTAINER_OF_BEFORE.search(before):
        return "aside"
    not_done = _NOT_DONE_BEFORE.search(before)
    if not_done and _CLAUSE_BEFORE.search(before[: not_done.start()]):
        # "..., though his staff could not cross the border to check": an act left
        # undone beside the incident.  In the main clause ("Lorries have been unable to
        # cross at X since May") being kept from crossing is the incident, there.
        return "aside"
    if _LINK_ENDS_BEFORE.search(before):
        return "aside"
    if (
        (_CARE_BEFORE.search(before) and _CARE_AFTER.match(sentence[start:]))
        or _CARE_IN_BEFORE.search(before)
        or _TAKEN_AWAY_IN_BEFORE.search(before)
    ):
        # "were taken to Lodwar hospital": where the wounded were cared for, not where
        # they were hurt.
        return "aside"
    if (
        _ASIDE_BEFORE.search(before)
        or _REFERENCE_BEFORE.search(before)
        or _TOPIC_BEFORE.search(before)
        or _DIRECTION_BEFORE.search(before)
        or _SPEAKER_SEAT_BEFORE.search(before)
    ):
        return "aside"
    if _SPEAKER_BASE_BEFORE.search(before) and _SAYING_AFTER.match(sentence[start:]):
        return "aside"
    if _SPEAKERS_IN_BEFORE.search(before) and _SAYING_VERB_AFTER.match(sentence[start:]):
        return "aside"  # "officials in Thimphu admit ...": where the speakers are
    if _ROUTE_OF_CRAFT_BEFORE.search(before):
        return "aside"  # "an airliner flying from X to Y": the route names the craft
    if _ON_THE_WAY_BEFORE.search(before):
        # "he was on his way from X to Y to be treated": a trip after the act, from and
        # to places that are not where it happened.
        return "aside"
    if _HELD_IN_BEFORE.search(before) and _SEIZED_SINCE_AFTER.match(sentence[start:]):
        # "have been held in X since soldiers arrested them at Y": where they are held
        # now, not where they were seized.
        return "aside"
    if (
        _INSTEAD_BEFORE.search(before) and _INSTEAD_AFTER.match(sentence[start:])
    ) or _INSTEAD_OR_BEFORE.search(before):
        # "told travellers to use X, Y or Z instead": other ways open while the one the
        # report is about is shut, not where anything happened.
        return "aside"
    if _ROAD_ENDS_BEFORE.search(before):
        # "parked along the road between X and Y": the towns a road joins name the road,
        # not where what happened on it happened.
        return "aside"
    if _BACKGROUND_IN_BEFORE.search(before):
        return "aside"  # "following last week's coup in X": the background, elsewhere
    if _BACK_HOME_BEFORE.search(before):
        return "aside"  # "were back in X by the weekend": home after the act
    if _PHONED_FROM_BEFORE.search(before):
        return "aside"  # "said by telephone from the border town of X": where they spoke
    if _HOME_OF_PERSON_BEFORE.search(before):
        return "aside"  # "a man who lived in X": the person's home, not the act's place
    if _FACING_BEFORE.search(before) or _SETTLEMENT_OF_UNIT_BEFORE.search(before):
        return "aside"
    if re.search(r"[\w’'.-],\s+(?:the|a|an)\s+$", before) and _UNIT_OF_TOWN_AFTER.match(
        sentence[start:]
    ):
        # "X, the Y Province town facing Z": the unit qualifies the town named before it.
        return "aside"
    if _twin_named_after(before):
        return "aside"
    if _BASE_BEFORE.search(before):
        return "base"
    if _KEPT_FROM_BEFORE.search(before) and not _COMING_FROM_BEFORE.search(before):
        return "at"  # "barred travellers from the X crossing": kept out of X, there
    if _SPAN_FROM_BEFORE.search(before):
        return "at"  # "by sailing 500 metres from X": a spot told by its distance from X
    if _ORIGIN_BEFORE.search(before):
        return "origin"  # a country people came from; see find_places
    return "at"


#: "X and its Swedish twin town of", "its twin city,": the partner named after a town.
_TWIN_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:[A-Z][\w’'-]*\s+)?twin(?:\s+(?:town|city|village))?"
    r"(?:\s+of|,)?\s+$"
)


def _twin_named_after(before: str) -> bool:
    """Whether a name is the twin of the town named just before it ("X and its twin Y").

    "shut the crossing between X and its Swedish twin town of Y": the twin is named to
    say what X faces; the news is told of X, the town the sentence is about.
    """
    return _TWIN_BEFORE.search(before) is not None


#: "to use", "to go through the", "turning round to take": the way taken in place of
#: another, when "instead" closes the clause (see _INSTEAD_AFTER).
_INSTEAD_BEFORE = re.compile(
    r"\b(?:use|using|take|taking|go\s+through|going\s+through|cross\s+(?:at|through)|"
    r"crossing\s+(?:at|through)|divert(?:ed|ing)?\s+(?:\w+\s+)?to)\s+[^.;:]{0,80}$"
)
_INSTEAD_AFTER = re.compile(r"[^.;:]{0,60}?\binstead\b")
#: "... instead, or Lebombo into Mozambique": one more way in the same list.
_INSTEAD_OR_BEFORE = re.compile(r"\binstead,?\s+or\s+[^.;:]{0,60}$")

#: "the road between X and", "the highway between": the ends a road joins.
_ROAD_ENDS_BEFORE = re.compile(
    r"\b(?:road|roads|highway|motorway|railway|rail\s+line|route)\s+between\s+"
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*\s+){0,3}?(?:and\s+)?(?:the\s+)?$"
)
#: "following last week's coup in X", "as leaders were meeting in Y", "signed a
#: declaration in Z": a place of the political background the report sets the
#: incident against, not where it happened.
_BACKGROUND_IN_BEFORE = re.compile(
    r"\b(?:following|after|amid|since|before|days?\s+after)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:coup|putsch|elections?|vote|summit|referendum|uprising|revolution)\s+in\s+$|"
    r"\b(?:leaders|ministers|heads\s+of\s+state|delegates)\s+(?:\w+\s+){0,2}?"
    r"(?:meeting|met|meet|gathered|gathering)\s+in\s+$|"
    # "signed a declaration in Ankara", "undermined the trust built in Ankara": the
    # diplomacy around the incident, elsewhere.
    r"\b(?:signed|agreed|sealed|inked|initialled)\s+(?:[\w’'-]+\s+){0,5}?in\s+$|"
    r"\b(?:talks|negotiations|summit|declaration|agreement|accord|deal|treaty|pact|trust)"
    r"\s+(?:(?:held|built|reached|signed|agreed|struck|brokered|concluded)\s+)?in\s+$",
    re.IGNORECASE,
)
#: "taken to", "rushed to", "flown to the": the words before a place of care.
_CARE_BEFORE = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|evacuated|transferred|brought|admitted)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|at)\s+(?:the\s+|a\s+)?$"
)
#: "rushed to the district hospital in X", "flown to a clinic in X".
_CARE_IN_BEFORE = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|evacuated|transferred|brought|admitted)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|at)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:hospital|clinic|"
    r"health\s+(?:centre|center|post)|infirmary|medical\s+(?:centre|center))\s+(?:in|at)\s+"
    r"(?:the\s+)?$"
)
#: "seized a canoe ... and took it to the police station in X": where what was seized or
#: who was held was taken afterwards, not where the act was.
_TAKEN_AWAY_IN_BEFORE = re.compile(
    r"\b(?:took|taken|brought|towed|escorted|transferred|driven|drove)\s+(?:it|them|him|her)\s+"
    r"(?:away\s+)?(?:back\s+)?to\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:police\s+)?"
    r"(?:station|compound|post|base|barracks|headquarters|camp|yard|depot|pound|port)\s+"
    r"(?:in|at)\s+(?:the\s+)?$"
)
#: "Lodwar hospital", "the district clinic in X": a place of care after its name.
_CARE_AFTER = re.compile(
    r"[\w’'. -]{0,40}?\b(?:hospitals?|clinics?|health\s+(?:centre|center|post)|infirmary|"
    r"medical\s+(?:centre|center))\b"
)
#: Months as datelines shorten them ("Nov. 3", "Sept 30").
_MONTH_SHORT = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
#: A capitalised preposition of place that opens a sentence, before a name.
_OPENING_PREPOSITION = re.compile(
    r"^(?:Near|Outside|Off|Close\s+to|Not\s+far\s+from|Along|Inside|Across|Around|In|At)"
    rf"(?=\s+(?:the\s+)?{_UP})"
)


#: A short capitalised name in quotes right after a preposition of place.
_QUOTED_NAME = re.compile(
    r"\b(?P<prep>at|in|near|to|from)\s[“\"](?P<name>[A-Z][\w’'-]*(?:\s+[A-Z0-9][\w’'-]*){0,3})"
    r"[”\"]"
)


#: What may follow a country's name used as a noun, not as an adjective before one
#: ("into Myanmar and", "inside Myanmar, something", "in Myanmar last week").
_AFTER_A_NOUN = re.compile(
    r"\s*(?:[,.;:)!?'\"’”]|$|(?:and|or|but|to|from|in|on|at|since|after|before|for|by|with|"
    r"that|which|last|this|earlier|over|across|as|where|while|when|until)\b)"
)


def _country_named_as_noun(text: str, sentence: str, end: int) -> bool:
    """Whether a country whose adjective is its own name stands as the place here.

    "Myanmar" is both the country and its adjective: "Myanmar troops" names the troops,
    "pursued the militants into Myanmar and" names the country.
    """
    return text in COUNTRY_ADJECTIVES and bool(_AFTER_A_NOUN.match(sentence, end))


def find_places(
    sentence: str, *, hints: tuple[str, ...] = (), known: frozenset[str] = frozenset()
) -> list[PlaceFind]:
    """Find the place phrases of a sentence that the gazetteer resolves.

    Parameters
    ----------
    sentence : str
        One sentence of a report.
    hints : tuple of str
        ISO alpha-2 codes of the report's main countries, most named first: they
        complete "the border" and decide same-named places.
    known : frozenset of str
        Names the report already gave as places by their shape ("Ghumdhum union"):
        "in Ghumdhum" is then a place even if the gazetteer does not know it.

    Returns
    -------
    list of PlaceFind
        Resolved or ambiguous places, longest phrase first where phrases overlap, in
        sentence order.
    """
    # "Near Vidin, guards detained ...": a sentence opening on where it happened has
    # its preposition capitalised; read it as the same words in lower case (the same
    # length, so every offset stays where it was).
    sentence = _OPENING_PREPOSITION.sub(lambda m: m.group(0).lower(), sentence)
    # 'left at "Kilometre Nine", the marker on the border': a name in quotes after a
    # preposition is read without its quotes (blanks keep every offset).
    sentence = _QUOTED_NAME.sub(lambda m: f"{m.group('prep')}  {m.group('name')} ", sentence)
    found: list[PlaceFind] = []
    unknown_bare: list[PlaceFind] = []
    taken: list[tuple[int, int]] = []
    for shape, pattern in _SHAPES:
        for match in pattern.finditer(sentence):
            start, end = match.start(), match.end()
            if any(start < b and a < end for a, b in taken):
                continue
            if _post_a_trip_goes_to(pattern, sentence, start) or _not_a_named_post(pattern, match):
                continue
            text = _clean(match.groupdict().get("inner") or match.group(0))
            if _BARE_FEATURE_WORD.fullmatch(text):
                # "The Sea-Watch 3 picked up ...", "the Ocean Viking", "at Beach Ngobila":
                # a feature word with no name of its own before it is part of a ship's,
                # a group's or a site's name, never a place by itself.
                continue
            if match.groupdict().get("fac_noun") and not _facility_town(
                text, match.group("fac_kind") or "", hints
            ):
                if resolve_place(text, hints).precision == "country":
                    # "sent to the Belize Central Prison": the facility itself is where
                    # they were, kept whole as written; its country is no spot of it.
                    at = match.start("inner")
                    whole = sentence[at:end]
                    found.append(
                        PlaceFind(whole, at, end, "feature", _role(sentence, at),
                                  PlaceResult(whole, "unresolved"), written_only=True)
                    )  # fmt: skip
                    taken.append((at, end))
                continue
            # "the southern Vietnamese province of Long An": the unit itself, not a
            # container after "province of" (its role is read where the phrase starts).
            unit_of = shape == "unit_of"
            if unit_of:
                qualifier = match.group("qualifier")
                if (
                    qualifier
                    and qualifier not in COUNTRY_ADJECTIVES.values()
                    and not country_codes_in(qualifier)
                    and resolve_place(f"{qualifier} {match.group('unit')}", hints).status
                    == "resolved"
                ):
                    # "the Burlin district of West Kazakhstan region": a unit named before
                    # its kind, the one after "of" its container (read by the unit shapes
                    # below), not a district named West Kazakhstan.
                    continue
                shape = "region"
            if shape == "border_between_parts":
                # "the border between Iran's Sistan province and Afghanistan's Nimroz
                # province": the border of the two countries.
                if not (country_codes_in(match.group("a")) and country_codes_in(match.group("b"))):
                    continue
                text = f"{match.group('a')}–{match.group('b')} border"
                shape = "border"
            if shape == "border_crossed":
                # "entered Poland from Germany", "from Syria into Jordan": the border
                # between the two countries is where the crossing happened.
                # "from Belarus into Lithuanian airspace" is the airspace, not the border.
                sides = (match.group("a"), match.group("b"))
                if not all(country_codes_in(side) for side in sides) or any(
                    side in COUNTRY_ADJECTIVES.values() for side in sides
                ):
                    continue
                text = f"{sides[0]}–{sides[1]} border"
                shape = "border"
            if shape == "regions":
                unit = (
                    match.group("unit")[:-1].replace("ie", "y")
                    if match.group("unit").endswith("ies")
                    else match.group("unit")[:-1]
                )
                for key in ("a", "b"):
                    unit_text = f"{match.group(key)} {unit}"
                    named = resolve_place(unit_text, hints)
                    if named.status == "resolved":
                        at = match.start(key)
                        found.append(PlaceFind(unit_text, at, match.end(key), "list",
                                               _role(sentence, at), named))  # fmt: skip
                taken.append((start, end))
                continue
            if shape == "sea_beside":
                found_here = _sea_beside(sentence, match, hints)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((start, end))
                continue
            if shape == "coast_off":
                text = match.group("off")
                if _TIME_WORD.match(match.group("name")) or (
                    resolve_place(text, hints).status != "unresolved"
                ):
                    continue  # "off the Gaza coast" is read by the other shapes, as before
                # "the rock, some 200 metres off the Moroccan coast,": a distance set off
                # after what it locates says where that lies, not where anything happened.
                role = "aside" if _DISTANCE_SET_OFF.search(sentence[:start]) else None
                found.append(
                    PlaceFind(text, start, end, "feature", role or _role(sentence, start),
                              PlaceResult(text, "unresolved"), written_only=True)
                )  # fmt: skip
                taken.append((start, end))
                continue
            if shape == "town_on_line":
                # Only a name the gazetteer lacks: a known one is read by the other shapes.
                if (
                    text in COUNTRY_ADJECTIVES.values()
                    or country_codes_in(text)
                    or _TIME_WORD.match(text)
                    or resolve_place(text, hints).status != "unresolved"
                ):
                    continue
                found_here = _written_only(sentence, match, text, "settlement", hints)
                if found_here is not None:
                    found.append(found_here)
                    # The name alone: the border before it is read by its own shape.
                    taken.append((match.start("inner"), end))
                continue
            if shape == "stretch_between":
                found_here = _stretch_between(sentence, match, hints, known)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((start, end))
                continue
            if shape == "river_bare":
                found_here = _bare_river(sentence, match, hints)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((found_here.start, found_here.end))
                continue
            if shape == "border_of_links":
                # "closed all its crossings with Belarus": the border with Belarus.
                text = "border with " + text.rsplit(" ", 1)[-1]
                shape = "border"
            if shape == "home_country":
                country = _country_of_adjective(match.group("people"), hints)
                home = resolve_place(country, hints) if country else None
                if home is not None and home.status == "resolved":
                    at = match.start("inner")
                    found.append(PlaceFind(country, at, match.end("inner"), "name",
                                           _role(sentence, at), home))  # fmt: skip
                    taken.append((at, match.end("inner")))
                continue
            if shape == "adjective":
                # "Lithuanian airspace": the country of the adjective.
                country = _country_of_adjective(text.split()[0], hints) or (
                    ADJECTIVE_COUNTRIES.get(text.split()[0])
                )
                if country is None:
                    continue
                text = f"{country}'s {text.split(maxsplit=1)[1]}"
                shape = "within"
            if shape == "entered":
                opened_or_shut = bool(
                    _OPENED_OR_SHUT.match(match.group(0)) or match.groupdict().get("shut")
                ) and _may_be_a_name(text)
                told = core_name(text) in known
                # Looked up only where one of the two readings below can use the answer.
                named = resolve_place(text, hints) if opened_or_shut or told else None
                if (
                    opened_or_shut
                    and named is not None
                    and named.status == "resolved"
                    and (
                        named.precision in ("settlement", "exact")
                        # "Estonia closed the Saatse Boot": a stretch of a border the
                        # gazetteer knows by its own name, not the bare line.
                        or (named.precision == "border" and named.name.endswith(")"))
                    )
                ):
                    # "South Africa shut Lebombo on a Tuesday night": a crossing or
                    # border town the gazetteer knows, opened or shut, named bare.
                    at = match.start("inner")
                    found.append(PlaceFind(text, at, at + len(text), "name", "at", named))
                    taken.append((at, at + len(text)))
                    continue
                # Only a name the report already told as a place the gazetteer lacks;
                # a known name ("entered Poland") is read by the other shapes.
                if not told or named is None or named.status != "unresolved":
                    continue
                found_here = _written_only(sentence, match, text, "settlement", hints)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((match.start(), found_here.end))
                continue
            if shape in ("name", "target") and (
                not text
                or not _may_be_a_name(text)
                or (
                    text in COUNTRY_ADJECTIVES.values()
                    and not _country_named_as_noun(text, sentence, end)
                )
            ):
                continue
            if (
                shape == "name"
                and _MONTH_SHORT.fullmatch(text)
                and re.match(r"\.?\s*\d", sentence[end:])
            ):
                continue  # "on Nov. 3": a day, not a place named Nov
            if shape == "target":
                if text.lower() in CAPITAL_METONYMS or re.match(r"['’]s?\b", sentence[end:]):
                    continue  # "attacked Kyiv's position", "hit Moscow": the state
                if re.match(r"(?:blockade|siege)\s", match.group(0)) and country_codes_in(text):
                    continue  # "called the ban part of a blockade of Russia": a charge
                shape = "name_object"
            if shape == "islands":
                found.extend(_listed_islands(sentence, match, hints))
                taken.append((start, end))
                continue
            if shape in ("crossing", "list") and re.search(r"\band\b", text):
                for name_match in re.finditer(_NAME, text):
                    name = name_match.group(0)
                    if name.lower() in CAPITAL_METONYMS or not _may_be_a_name(name):
                        continue  # "between Minsk and EU member states": the states
                    named = resolve_place(name, hints)
                    at = match.start() + match.group(0).find(name)
                    if named.status != "unresolved" and (
                        shape == "crossing" or named.precision in ("settlement", "exact")
                    ):
                        role = _role(sentence, at)
                        found.append(PlaceFind(name, at, at + len(name), shape, role, named))
                    elif (
                        shape == "list"
                        and named.status == "unresolved"
                        and _KINDS_LISTED.search(match.group(0))
                        and name.split()[0] not in _NOT_PLACES
                    ):
                        # "strikes on the towns of X and Y", "in the X and Y areas": the
                        # text says each name is a place, though the gazetteer lacks it.
                        found.append(PlaceFind(name, at, at + len(name), shape,
                                               _role(sentence, at),
                                               PlaceResult(name, "unresolved"),
                                               written_only=True))  # fmt: skip
                    elif shape == "crossing" and name.split()[0] not in _NOT_PLACES:
                        # "the X and Y border crossings": the text says Y is a crossing
                        # too, though the gazetteer lacks it; kept as written.
                        written = f"{name} crossing"
                        found.append(PlaceFind(written, at, at + len(name), shape,
                                               _role(sentence, at),
                                               PlaceResult(written, "unresolved"),
                                               written_only=True))  # fmt: skip
                taken.append((start, end))
                continue
            if shape == "crossing" and re.fullmatch(_CROSSING_WORDS, text, re.IGNORECASE):
                # "The crossing was closed again": the crossing told before, no new place.
                continue
            if shape == "region" and re.match(r"['’]s?\b", sentence[match.end() :]):
                continue  # "Mandera County's investigations officer": whose, not where
            if (
                shape == "region"
                and (
                    _OFFICE_AFTER.match(sentence[match.end() :])
                    or _OFFICE_OF_BEFORE.search(sentence[:start])
                )
                and _SPOKEN.search(sentence)
            ):
                # "the Orvel County commissioner said", "the governor of Tarsk province
                # said": a unit in a speaker's title is whose office it is, not where the
                # incident happened.
                continue
            result = resolve_place(text, hints)
            noun = _TOWN_NOUN_AFTER.match(match.group(0)[match.end("inner") - start :]) if (
                shape == "settlement" and match.groupdict().get("inner")
            ) else None  # fmt: skip
            if noun is not None and result.precision in ("region", "district"):
                # "sheltering in Busia town": the text says town, and the resolver,
                # given the name alone, may answer the unit named after it (a Kenyan
                # county); asked with the noun, it answers the town.
                as_town = resolve_place(f"{text} {noun.group('noun')}", hints)
                if as_town.status == "resolved" and as_town.precision in ("settlement", "exact"):
                    result = as_town
            if shape == "border" and re.search(
                # "its land border", "its long northern border": words that describe it.
                # "his country's borders with Y", "the country's border": the same owner.
                r"\b(?:its|their|(?:his|her|the)\s+country['’]s)\s+(?:[a-z-]+\s+){0,2}$",
                sentence[:start],
            ):
                # "Chad says rebels struck near its border with the Central African
                # Republic": "its" is the country the sentence opens on, whatever the
                # report's main countries are (and whatever border of the far country
                # the report's countries alone would pick: "Turkey sends Afghans back
                # across its land border with Iran" is not Afghanistan's border).
                # "Austria's neighbour Germany ordered checks on its borders": the
                # neighbour is the subject; the country it is named by owns nothing here.
                owners = country_codes_in(_RELATION_OWNER.sub("", sentence[:start]))
                far = country_codes_in(text.split(" with ", 1)[-1]) if " with " in text else []
                names = [_NAME_OF_CODE.get(owners[0]) if owners else None,
                         _NAME_OF_CODE.get(far[0]) if far else None]  # fmt: skip
                owner_codes = {c for c in owners if not far or c != far[0]}
                if (
                    names[1]
                    and (len(owner_codes) > 1 or _members_of_a_bloc(sentence[:start]))
                    and re.search(r"\btheir\s+(?:[a-z-]+\s+){0,2}$", sentence[:start])
                    and re.match(r"(?:the\s+)?(?:\w+\s+)?(?:borders|frontiers)\b", text)
                ):
                    # "Austria, the Czech Republic and Poland brought back controls on
                    # their own borders with Slovakia": several countries' borders with
                    # one; what they share is that country.
                    whole = resolve_place(names[1], hints)
                    if whole.status == "resolved":
                        result = whole
                elif all(names) and names[0] != names[1]:
                    owned = resolve_place(f"{names[0]}–{names[1]} border")
                    if owned.status == "resolved":
                        result = owned
            elif (
                shape == "border"
                and result.status == "ambiguous"
                and result.precision == "border"
                and " with " in text
            ):
                # "Slovak police began checking traffic on the border with Hungary" in a
                # report that names Austria too: of the borders the report's countries
                # leave open, the one of the country whose police, troops or government
                # the clause names nearest before it.
                result = _owned_by_nearest(sentence[:start], text, result)
            site = _UNKNOWN_SITE_BORDER.fullmatch(text)
            if (
                shape == "border"
                and site
                and result.precision == "border"
                # "the Yol border detachment": a noun after the border word names a
                # body or a work, not a spot of the line.
                and not _NOUN_AFTER.match(sentence[match.end() :])
                and _may_be_a_name(site.group("name"))
                and not country_codes_in(site.group("name"))
                and site.group("name") not in COUNTRY_ADJECTIVES.values()
                and resolve_place(site.group("name"), hints).status == "unresolved"
            ):
                # "at the Kolsar border": a spot of the line named after a place the
                # gazetteer lacks; the name says more than the whole border does.
                found_here = _written_only(sentence, match, site.group("name"), "feature",
                                           hints)  # fmt: skip
                if found_here is not None:
                    found.append(found_here)
                    taken.append((match.start(), found_here.end))
                    continue
            if shape == "region" and " and " in text and result.status != "resolved":
                continue  # "between Poland and Podlaskie province": the one unit after "and"
            posted_at = (
                re.match(rf"(?:the\s+)?{_CROSSING_WORDS}\s+(?:at|in|of)\s+", text, re.IGNORECASE)
                if shape == "crossing"
                else None
            )
            if posted_at and (
                result.status == "unresolved" or result.precision in ("border", "country")
            ):
                # "a border post at Tarvo" where the gazetteer knows no crossing there (the
                # whole phrase reads as the bare border): the place is Tarvo, worded so
                # that it reads back as Tarvo.
                bare = text[posted_at.end() :]
                named = resolve_place(bare, hints)
                if named.precision in ("settlement", "exact") and not _far_from_any_border(named):
                    text, result = bare, named
                elif named.status == "unresolved" and result.status == "unresolved":
                    # "the checkpoint at Mbié", "a crossing point at Shalimpo": a post at a
                    # place the gazetteer lacks is written by that place's name, as event
                    # files write it and as a known one is ("at Tarvo").
                    text = bare
            if result.status == "unresolved" and shape == "crossing":
                # "the Medininkai crossing": the settlement that names it.
                bare = re.sub(
                    rf"\s+{_CROSSING_WORDS}$|^(?:the\s+)?{_CROSSING_WORDS}\s+\w+\s+", "", text
                )
                result = resolve_place(bare, hints) if bare != text else result
                if result.status != "unresolved" and _far_from_any_border(result):
                    # "the Kordan border post" is no crossing at an inland town of that
                    # name: a crossing stands on a border; kept as written.
                    result = PlaceResult(bare, "unresolved")
            if (
                result.status == "unresolved"
                and shape == "border"
                and re.search(r"\s(?:river|River)$", text)
            ):
                # "drowned in the Tuquesa river": a river the gazetteer has no border name
                # for is still where it happened, kept as written.
                found_here = _written_only(sentence, match, text, "feature", hints)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((match.start(), found_here.end))
                continue
            if result.status == "unresolved" and shape == "region":
                # "Ghumdhum union in Bandarban": as coarse as the container the gazetteer
                # knows; "Mutraw district" alone is kept as written, a district.  Its
                # name is then no settlement of its own ("in Shamsiddin Shohin district").
                found_here = _written_only(sentence, match, text, shape, hints)
                if found_here is not None and (
                    not found_here.written_only or _WRITTEN_REGION.search(text)
                ):
                    found.append(found_here)
                    taken.append((match.start(), found_here.end))
                continue
            if result.status == "unresolved" and (
                shape in _SHAPES_WRITTEN_ONLY
                or (shape == "name" and _LEADING_PREPOSITION.match(match.group(0))
                    and core_name(text) in known)
                # "seized Kelvor" after "Kelvor town": the object of a strike verb.
                or (shape == "name_object" and core_name(text) in known)
            ):  # fmt: skip
                found_here = _written_only(sentence, match, text, shape, hints)
                if found_here is not None:
                    found.append(found_here)
                    taken.append((match.start(), found_here.end))
                continue
            if (
                result.status == "unresolved"
                and shape == "name"
                and _bare_unknown_place(sentence, match, text)
            ):
                # Kept aside: only a sentence that names no other place takes it.
                found_here = _written_only(sentence, match, text, shape, hints)
                if found_here is not None:
                    unknown_bare.append(found_here)
                    taken.append((match.start(), found_here.end))
                continue
            if (
                result.status == "unresolved"
                or (shape == "court_seat" and result.precision not in ("settlement", "exact"))
                or (
                    shape == "crossed_named"
                    and (result.status != "resolved" or "–" not in (result.name or "")
                         or result.precision not in ("settlement", "exact"))
                )
            ):  # fmt: skip
                continue
            # The words before the name (a match may end on the sentence's full stop).
            at_name = match.group(0).rfind(text)
            before_name = sentence[: start + at_name if at_name >= 0 else end - len(text)]
            if (
                shape == "name"
                # "pressure on Ouagadougou", "apologised to Jakarta": a seat of government
                # named for its state, as the metonyms are.
                and (
                    text.lower() in CAPITAL_METONYMS
                    or (
                        seat_of(text, result.country) and _STATE_BY_SEAT_BEFORE.search(before_name)
                    )
                )
                and not _AT_PLACE.match(match.group(0))
                # "flying 44,000 Afghans to Kabul", "deported them back to Kinshasa":
                # where people were sent is the city, not its government.
                and not _PEOPLE_SENT_TO.search(before_name)
            ):
                continue  # "between Minsk and Brussels", "pressure on Minsk": the state
            if shape == "name" and re.match(r"['’]s?\b", sentence[end:]):
                continue  # "to Spain's decision": whose, not where
            if shape == "name" and _OUTLET_NUMBER_AFTER.match(sentence[end:]):
                continue  # "according to Suwayda 24", "France 24 reported": an outlet
            if (
                shape == "name"
                and result.precision in ("settlement", "exact")
                and re.match(r"\S+\s+the\s", match.group(0))
                and not _ATTRIBUTIVE_AFTER.match(sentence[end:])
            ):
                # "sediment dredged from the San Juan": a town takes no article; a name
                # after "the" is a river, a range or a region the gazetteer lacks ("to the
                # Mandera security team" names the town's team, as before).
                continue
            if (
                shape == "name"
                and result.precision == "country"
                and re.match(r"\S+\s+the\s", match.group(0))
                and not _COUNTRY_WITH_ARTICLE.fullmatch(text)
                and _ATTRIBUTIVE_AFTER.match(sentence[end:])
                and not _COUNTRY_PART_AFTER.match(sentence[end:])
            ):
                # "the quarrel over the Greenland halibut", "a seat at the Syria talks": a
                # country after "the" and before a noun only qualifies the noun; a state
                # takes no article when it is where something happened.
                continue
            if shape == "name" and not _LEADING_PREPOSITION.match(match.group(0)):
                # A bare capitalised word is a name, not a place: "Belarus said", "Poland's
                # defence ministry".  Places come with a preposition or a shape.
                continue
            if shape == "name" and result.precision == "border" and "border" not in text.lower():
                shape = "border"
            offset = match.group(0).find(text)
            if offset >= 0:
                start, end = start + offset, start + offset + len(text)
            qualified = _QUALIFIER_AFTER.match(sentence, end)
            if qualified and result.status != "unresolved":
                # "in Frankfurt (Oder)": the bracket after the name tells which namesake;
                # the name alone is Frankfurt am Main, 550 km away, drawn as certain.
                whole = resolve_place(f"{text} ({qualified.group('qualifier')})", hints)
                if whole.status == "resolved" and whole.name != result.name:
                    text, result, end = sentence[start : qualified.end()], whole, qualified.end()
            role = _role(sentence, match.start() if unit_of else start)
            if (
                re.search(r"\bacross\s+(?:the\s+)?$", sentence[:start])
                and re.match(r"\s+from\b", sentence[end:])
                # "had come into X across the land border from Y": the border crossed.
                and not re.search(r"\b(?:border|frontier)$", text, re.IGNORECASE)
            ):
                role = "aside"  # "across the Danube from Izmail": the river only locates
            if re.search(r"\bfrom\s+beyond\s+(?:the\s+)?$", sentence[:start]):
                # "crossed from beyond the frontier": only where they came from, never
                # where the act happened, whatever its precision.
                role = "origin"
            elif (
                role == "origin"
                and result.precision != "country"
                and _WAYS_FROM_BEFORE.search(sentence[:start])
            ):
                role = "at"  # "the crossings from Vorarlberg into X": the side shut
            elif (
                role == "origin"
                and result.precision != "country"
                and not _NOUN_FROM_BEFORE.search(sentence[:start])
                and not _MOVED_FROM_BEFORE.search(sentence[:start])
                and not _CARGO_FROM_BEFORE.search(sentence[:start])
            ):
                role = "at"  # "removed buoys from the Narva river" happened there
            found.append(PlaceFind(text, start, end, shape, role, result))
            taken.append((match.start(), match.end()))
    # "collided with a patrol ship at X, a fishing ground about 300 km west of the Y
    # Peninsula": the words set off after such a name only say where it lies.
    described = [
        (b.end, b.end + after.end())
        for b in unknown_bare
        if (
            after := _APPOSITIVE_AFTER.match(sentence[b.end :])
            or _UNIT_LOCATING.match(sentence[b.end :])
            or _NEARNESS_SET_OFF.match(sentence[b.end :])
        )
    ]
    # "arrested 12 men at Suam on Monday": a name the gazetteer lacks, after "at" alone,
    # is the place only when nothing the gazetteer or a shape knows is in its clause
    # ("in the Galwan Valley in Ladakh" keeps the valley).  A fact told beside it ("...
    # at Nganglam in 1997, and in 1998 ... ambushed at Patshala") is another clause.
    unknown_bare = [
        b for b in unknown_bare
        if not any(
            f.role == "at"
            and not _GENERIC_BORDER.fullmatch(f.text)
            # "at Kanyerus in Kenya": the country only contains the spot.
            and f.result.precision != "country"
            and not any(a < f.start < z for a, z in described)
            and _side_by_side(sentence, f.start) == _side_by_side(sentence, b.start)
            for f in found
        )
    ]  # fmt: skip
    if unknown_bare:
        described = [(a, z) for a, z in described if any(b.end == a for b in unknown_bare)]
        found = (
            with_role(found, "aside", lambda f: any(a < f.start < z for a, z in described))
            + unknown_bare
        )
    found = with_role(
        found,
        "at",
        lambda f: (
            f.result.precision != "country"
            and (
                (
                    _ACROSS_AFTER.match(sentence[f.end :])
                    and not _MOVED_FROM_BEFORE.search(sentence[: f.start])
                )
                # "had set off in a dinghy from Garabulli": where a crossing set out is
                # where it began, though a boat or a people "from" a place is otherwise
                # their origin.
                or _SET_OFF_FROM_BEFORE.search(sentence[: f.start])
            )
        ),
        was="origin",
    )
    offs = [f for f in found if re.search(r"\boff\s+(?:the\s+)?$", sentence[: f.start])]
    # "over the Atlantic off Surfside Beach", "in the Aegean off Lesbos": the sea only
    # frames the spot off the place after it (and a town may bear the sea's name:
    # "Atlantic", Iowa).
    found = with_role(
        found,
        "aside",
        lambda f: (
            any(re.fullmatch(r",?\s+off\s+(?:the\s+)?", sentence[f.end : o.start]) for o in offs)
            # "76 km southwest of X Island, off Y", "north of X Island, off Y": a spot by
            # a bearing or an island is the place; "off Y" only says where the island lies.
            and not (
                f.shape == "near" or re.search(r"\b(?:[Ii]sland|[Ii]slet|[Ii]sle)s?$", f.text)
            )
        ),
        was="at",
    )
    # "over one of the X islands off the Chinese coast": the shore only says where the
    # place before it lies, as "off Y" after an island does.
    found = with_role(
        found,
        "aside",
        lambda f: (
            f.written_only
            and f.text.startswith("off the ")
            and any(re.fullmatch(r",?\s+", sentence[o.end : f.start]) for o in found)
        ),
        was="at",
    )
    # "in the waters off the Faw peninsula", "a chase off Minna island": the sea beside a
    # landform the gazetteer lacks keeps its "off", as written; the land is not where
    # the boats were ("sealed off the X peninsula" is a verb's particle).
    found = [
        _kept_off(f, sentence)
        if f.written_only
        and _SHORE_FEATURE.search(f.text)
        and _OFF_BEFORE.search(sentence[: f.start])
        else f
        for f in found
    ]  # fmt: skip
    nears = [f for f in found if f.shape == "near" or f.text.startswith("near ")]
    # "off the Atlantic coast near X", "along the Y coast, near Z": the town names the spot
    # on a shore that runs for hundreds of kilometres; the coast only frames it.
    found = with_role(
        found,
        "aside",
        lambda f: (
            f.written_only
            and bool(re.search(r"\bcoast(?:line)?$", f.text))
            and any(re.fullmatch(r",?\s+", sentence[f.end : n.start]) for n in nears)
        ),
        was="at",
    )
    origins = [f for f in found if f.role == "origin"]
    # "by boat from Simunul island in Tawi-Tawi": the unit after "in" only contains the
    # place the boat came from.
    found = with_role(
        found,
        "origin",
        lambda f: any(
            o.end <= f.start
            and re.fullmatch(r",?\s+in\s+(?:the\s+)?", sentence[o.end : f.start])
            and _COARSENESS.get(f.result.precision, 0) >= _COARSENESS.get(o.result.precision, 9)
            for o in origins
        ),
        was="at",
    )
    # "a drone seen flying in from the direction of the X Bridge": the named spot it was
    # seen at, not a town it set out from.
    found = with_role(
        found,
        "at",
        lambda f: (
            f.shape == "feature"
            and re.search(r"\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$", sentence[: f.start])
        ),
        was="origin",
    )
    # "from the direction of the X Bridge, close to the region's border with Y": the
    # words after the comma only locate the place named before them.
    found = with_role(
        found,
        "aside",
        lambda f: any(
            o.end <= f.start and _LOCATING_AFTER.fullmatch(sentence[o.end : f.start])
            for o in found
            if o.shape == "feature"
        ),
        was="at",
    )
    # "set off from Garabulli, some 50 km east of Tripoli": the distance only says where
    # the place named before it lies.
    # "kept at El Kuefia, about 15 kilometres from Benghazi": the name right after a
    # bearing-less distance is the place counted from, as well.
    found = with_role(
        found,
        "aside",
        lambda f: (
            f.shape in ("near", "name")
            and any(
                o.end <= f.start
                and o.role in ("at", "origin")
                and (apart := re.match(_DISTANCE_APART, sentence[o.end :])) is not None
                and (
                    f.start < o.end + apart.end()
                    if f.shape == "near"
                    else not sentence[o.end + apart.end() : f.start].strip()
                )
                for o in found
            )
        ),
        was="at",
    )
    # "In Ottawa, the foreign ministry summoned the ambassador over ...": the seat of
    # government a speaker answers from, not where the incident happened.
    found = with_role(
        found, "aside", lambda f: seat_before_speaker(sentence, f.start, f.end), was="at"
    )
    found = [
        # "the border above the Red Sea": the sea only frames the place before it (and
        # the gazetteer may hold a unit named after it, Sudan's Red Sea state).
        f
        for f in found
        if not (
            _WATER_NAME.fullmatch(core_name(f.text))
            and _FRAMING_BEFORE.search(sentence[: f.start])
        )
    ]
    found = _lines_of_a_whole_country(sentence, found, hints)
    found = _own_air_links_cut(sentence, found, hints)
    found = _entry_rules_of_a_country(sentence, found, hints)
    found += _closed_country_borders(sentence, found, hints)
    found = _between_locating_a_crossing(sentence, found)
    found = _naming_a_road(sentence, found)
    found = _inside_outlet_name(sentence, found)
    found = _with_container(sentence, found, hints)
    found = _line_by_a_town(sentence, found)
    found = [_town_naming_a_border(sentence, f, hints) for f in found]
    return sorted(found, key=lambda f: f.start)


#: ", Arizona", ", Ida-Viru County": the unit a town lies in, set off after it by a
#: comma, up to the clause's end, a time or another place word.
_CONTAINER_AFTER_COMMA = re.compile(
    rf",\s+(?P<container>{_CAP}(?:\s+{_CAP}){{0,2}})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|near|last|early|late|this|after|before|when|"
    r"where|while|and|overnight|during|said|says|told)\b)"
)
#: "near the border at ": the words between a line and the town it is kept at.
_TOWN_ON_LINE_GAP = re.compile(r"\s+(?:at|in|near)\s+")
#: The finds a container may follow: a town, the ground near one, the town on a line.
_CONTAINED_SHAPES = frozenset({"name", "near", "town_on_line", "settlement", "feature"})
_FINE = frozenset({"exact", "settlement", "near"})


def _with_container(
    sentence: str, found: list[PlaceFind], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """Read a town with the unit the text sets after it ("in Nogales, Arizona").

    A bare "Nogales" is the gazetteer's most likely namesake, perhaps in a country the
    report never names; with its state it is the one the text means.  The phrase keeps
    the container only where the gazetteer answers the whole as the same kind of place
    (a town, not the state alone) and another one than the bare name; the container's
    own find is then part of it.  A container that changes nothing changes no find.
    """
    spans: list[tuple[PlaceFind, PlaceFind]] = []
    for f in found:
        if f.shape not in _CONTAINED_SHAPES or f.written_only or f.contained:
            continue
        if f.result.status == "resolved" and f.result.precision not in _FINE:
            continue
        after = _CONTAINER_AFTER_COMMA.match(sentence, f.end)
        if after is None:
            continue
        whole = f"{f.text}, {after.group('container')}"
        result = resolve_place(whole, hints)
        if result.status != "resolved" or result.precision not in _FINE or result.coarsened:
            continue
        if f.result.status == "resolved" and _same_spot(f.result, result):
            continue
        spans.append((f, PlaceFind(whole, f.start, after.end("container"), f.shape, f.role,
                                   result, contained=True)))  # fmt: skip
    kept = []
    for f in found:
        longer = next((w for g, w in spans if g is f), None)
        if longer is not None:
            kept.append(longer)
        elif not any(g.end <= f.start and f.end <= w.end for g, w in spans):
            kept.append(f)
    return kept


def _same_spot(one: PlaceResult, other: PlaceResult) -> bool:
    """Whether two answers name one place (a container that only confirms it)."""
    return (one.name, one.country, one.lat, one.lon) == (
        other.name,
        other.country,
        other.lat,
        other.lon,
    )


def _line_by_a_town(sentence: str, found: list[PlaceFind]) -> list[PlaceFind]:
    """Set aside a bare border no hint completes when a town on it is named next.

    "near the border at Nogales, Arizona": the line is only where along it the town
    stands, and the town, which the gazetteer knows, is the place.
    """
    towns = [
        f for f in found
        if f.role == "at" and f.result.status == "resolved" and f.result.precision in _FINE
    ]  # fmt: skip
    if not towns:
        return found
    return with_role(
        found,
        "aside",
        lambda f: (
            f.result.status == "unresolved"
            and bool(_GENERIC_BORDER.fullmatch(f.text))
            and any(_TOWN_ON_LINE_GAP.fullmatch(sentence[f.end : w.start]) for w in towns)
        ),
        was="at",
    )


#: "the Isebania border", "along the Machipanda frontier": a line named by one place on it.
_BORDER_NAMED_BY = re.compile(rf"(?:the\s+)?(?P<name>{_NAME})\s+(?:border|frontier)")


def _town_naming_a_border(sentence: str, place: PlaceFind, hints: tuple[str, ...]) -> PlaceFind:
    """The town a border is named by, for "the X border" with X a town on the line.

    "held lorries at the Isebania border": the border is named by the town its crossing
    stands at, and the act is there, not anywhere along the line (event files write the
    town).  A country ("the Kenya border"), a people ("the Kenyan border"), a province
    ("the Meghalaya border") or a town far from the line ("the Zhytomyr border", the
    province's stretch) keeps the line, and so does a border word that qualifies a noun
    after it ("the X border detachment" is a body).  The name the gazetteer lacks ("the
    Kolsar border") is read where the phrase is found.
    """
    named = _BORDER_NAMED_BY.fullmatch(place.text)
    if (
        named is None
        or place.shape != "border"
        or place.precision != "border"
        or _NOUN_AFTER.match(sentence[place.end :])
    ):
        return place
    name = named["name"]
    words = name.split()
    if (
        any(w in COUNTRY_ADJECTIVES or w in COUNTRY_ADJECTIVES.values() for w in words)
        or country_codes_in(name)
        or name.lower() in CAPITAL_METONYMS
    ):
        return place
    town = resolve_place(name, hints)
    if town.status != "resolved" or town.precision not in ("settlement", "exact"):
        return place
    km = km_from_line(name, place.result, hints)
    if km is None or km > BORDER_TOWN_KM:
        return place
    return PlaceFind(name, place.start, place.end, "name", place.role, town)


#: "coast road", "highway", "motorway": a road the words before it name.
_ROAD_AFTER = re.compile(r"\s+(?:coast(?:al)?\s+)?(?:road|highway|motorway|expressway)\b")


def _naming_a_road(sentence: str, found: list[PlaceFind]) -> list[PlaceFind]:
    """Set aside a name the gazetteer lacks that only names a road after it.

    "spilled onto the Black Sea coast road through X": the sea names the road, which
    runs for miles; the place the road passes, if any, says where.
    """
    return with_role(
        found,
        "aside",
        lambda f: f.written_only and _ROAD_AFTER.match(sentence[f.end :]),
        was="at",
    )


#: The last word of a newspaper's name: "The Wall Street Journal", "the Bangkok Post".
_PAPER_WORD = (
    r"(?:Journal|Post|Times|Herald|Tribune|Gazette|Telegraph|Chronicle|Guardian|Express|"
    r"Observer|Courier|Mail|Star|Standard|Monitor|Inquirer|Independent|Globe|Examiner|"
    r"Bulletin)"
)
_PAPER_NAME = rf"(?:[A-Z][\w’'.-]*\s+){{1,3}}{_PAPER_WORD}\b"
#: A newspaper by name where the sentence cites it: told to it, quoted by it, or
#: reporting.
_OUTLET_NAMED = re.compile(
    r"\b(?:told|tell|tells|telling|according\s+to|quoted\s+by|cited\s+by|reported\s+by|"
    r"interview\s+with|(?:wrote|writing|published|reported|said)\s+in)\s+(?:[Tt]he\s+)?"
    rf"(?P<after>{_PAPER_NAME})"
    rf"|(?P<before>{_PAPER_NAME})\s+(?:reported|reports|said|says|quoted|wrote|cited|"
    r"newspaper|daily)\b"
)


def _inside_outlet_name(sentence: str, found: list[PlaceFind]) -> list[PlaceFind]:
    """Set aside a place inside a newspaper's name ("told The Wall Street Journal").

    "Wall Street" and "Bangkok Post" read as a street and a post by their last words,
    but in "military officials told The Wall Street Journal" the name is the paper's,
    no place of the account.
    """
    names = [
        m.span("after") if m.group("after") else m.span("before")
        for m in _OUTLET_NAMED.finditer(sentence)
    ]
    return with_role(
        found, "aside", lambda f: any(a <= f.start and f.end <= b for a, b in names), was="at"
    )


def _between_locating_a_crossing(sentence: str, found: list[PlaceFind]) -> list[PlaceFind]:
    """Set aside the two towns of "the X bridge between A and B": they say where it is.

    "were let across the Falémé bridge between Kidira and Diboli": the act is at the
    bridge; the towns at its ends only locate it, and are no events of their own.
    """
    crossings = [f for f in found if f.shape == "crossing" and f.role == "at"]
    return with_role(
        found,
        "aside",
        lambda f: (
            f.shape == "list"
            and any(
                c.end <= f.start
                and re.fullmatch(
                    r"\s+between\s+(?:[\w’'-]+\s+(?:and|&)\s+)?", sentence[c.end : f.start]
                )
                for c in crossings
            )
        ),
        was="at",
    )


#: "ECOWAS member states", "the bloc's members", "EU countries": many states as one subject.
_BLOC_MEMBERS = re.compile(
    r"\b(?:member\s+(?:states|countries|nations)|(?:the\s+)?bloc['’]s\s+members"
    r"|[A-Z]{2,}\s+(?:states|countries|governments|members))\b"
)


def _members_of_a_bloc(before: str) -> bool:
    """Whether the words before "their borders" name a bloc's members as the subject.

    "ECOWAS member states, Senegal among them, closed their borders with Mali": the
    one member named is an example, the borders are those of all of them with Mali.
    """
    return bool(_BLOC_MEMBERS.search(before))


#: A verb that closes or reopens a frontier: "closed", "shut", "sealed", "kept ... shut".
_CLOSING_VERB = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|shut|seal(?:s|ed|ing)?|reopen(?:s|ed|ing)?)\b"
)
#: "Mali's own borders", "Chad's borders": every border of one country, by its name.
#: "Italy's ports were closed to the ship": a country's ports, all of them, shut as
#: its borders are.
_ALL_GATES = r"(?:borders|frontiers|ports|seaports|harbours|harbors)"
#: "its land borders", "its land, air and sea borders": kinds of border that, all
#: together, are still every border of the country ("its land and river borders" too).
_BORDER_KINDS = (
    r"(?:(?:land|air|sea|river|maritime|external|international)(?:\s*,\s*|\s+and\s+|\s+)){0,3}"
)
_COUNTRY_OWN_BORDERS = re.compile(
    r"\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s?"
    rf"\s+(?:own\s+)?{_BORDER_KINDS}{_ALL_GATES}\b"
)
#: "All of Bhutan's border gates had been closed", "all Kenya's border posts": every
#: gate of the country, not one line of it ("its border posts with X" names one line).
_ALL_OWN_BORDER_POSTS = re.compile(
    r"\b[Aa]ll\s+(?:of\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s?\s+(?:own\s+)?"
    r"(?:land\s+)?border\s+(?:gates|posts|crossings|crossing\s+points|checkpoints)\b"
    r"(?!\s+with\b)"
)
#: "its borders" standing alone (not "its borders with X", which names one line);
#: "the country's ports" is the one country too.
_ITS_BORDERS = re.compile(
    rf"\b(?:its|the\s+country['’]s)\s+(?:own\s+)?{_BORDER_KINDS}{_ALL_GATES}\b(?!\s+with\b)"
)


#: How many neighbours a country has, in words or digits ("its five neighbours").
_NEIGHBOUR_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


#: "its land borders with Norway, Sweden and Russia", "its own borders with the bloc's
#: members", "its borders with all its neighbours": the lines with three or more
#: neighbours, or a whole group, at once are, as "its borders" alone, the whole of the
#: one country that shut them. Two named neighbours ("with Senegal and Guinea-Bissau")
#: are two lines at once as well: no one of them is the place (bench/extract/README.md
#: codes them so since session 44).
_ITS_BORDERS_WITH_MANY = re.compile(
    # "Chile's borders with its three neighbours": the owner by name, as by "its".
    rf"\b(?:its|the\s+country['’]s|(?P<owner>{_CAP})['’]s?)\s+(?:own\s+)?{_BORDER_KINDS}"
    rf"{_ALL_GATES}\s+with\s+(?:both\s+)?"
    r"(?:(?:the\s+bloc['’]s|its|their|all\s+(?:of\s+)?its)\s+(?:members|member\s+states|"
    # "its five neighbours", "its seven land neighbours": counted, still all of them.
    rf"(?:{_NEIGHBOUR_COUNT}\s+)?(?:land\s+)?neighbou?rs)|neighbou?ring\s+(?:countries|states)|"
    rf"{_COUNTRY_AFTER_WITH}(?:\s*,\s*{_COUNTRY_AFTER_WITH})*,?\s+and\s+{_COUNTRY_AFTER_WITH})"
    r"(?!\s+border)"
)
#: "close their members' borders with Mali": a bloc shutting every member's line with
#: one country cuts that country off on all sides, an act on the country as a whole.
#: "told its member states to close their land and air borders with Mali" too.
_MEMBERS_BORDERS_WITH = re.compile(
    r"\b(?:(?:their|its|the\s+bloc['’]s)\s+)?(?:members|member\s+states|member\s+countries)"
    r"(?:['’]|\s+(?:[a-z]+\s+){0,3}?their)\s+"
    rf"(?:own\s+)?{_BORDER_KINDS}{_ALL_GATES}\s+with\s+(?P<owner>{_COUNTRY_AFTER_WITH})"
    r"(?!\s*(?:,|and)\s+[A-Z])"
)


#: "Abidjan had already stopped flights to and from Sierra Leone, Liberia and Guinea":
#: a state cutting its own air links acts at home; the states named after it are only
#: where the flights came from or went.
_OWN_AIR_LINKS_CUT = re.compile(
    rf"^(?P<owner>{_CAP}(?:\s+{_CAP})?)\s+(?:(?:has|had|have)\s+)?(?:(?:also|already|now)\s+)?"
    r"(?:stopped|suspended|halted)\s+(?:all\s+)?(?:its\s+)?"
    r"(?:flights\s+(?:to\s+and\s+from|from|to)|arrivals\s+from)\b[^.;:]*"
)


#: "Serbia lifted its entry restrictions for foreigners", "Norway relaxed its entry
#: rules", "Finland had lifted its restrictions on travellers from Estonia, Sweden and
#: Norway", "Finland shut its border to travellers from every Schengen country": a state's
#: own rules on who may come in bind every way into it, an act of the state as a whole.
#: Rules on one line ("its checks on the border with Switzerland", "its controls on the
#: frontier with Luxembourg") or on travellers from one neighbour stay that line.
_TRAVELLERS = r"(?:travell?ers|arrivals|visitors|foreigners|people|passengers|traffic)"
_FROM_MANY = (
    rf"from\s+(?:(?:every|all|any)\s+(?:other\s+)?(?:{_CAP}\s+)?(?:countr(?:y|ies)|states?)|"
    rf"{_COUNTRY_AFTER_WITH}(?:\s*,\s*{_COUNTRY_AFTER_WITH})+,?\s+and\s+{_COUNTRY_AFTER_WITH})"
)
_OWN_ENTRY_RULES = re.compile(
    r"\b(?P<its>its)\s+(?:(?:new|own|stricter|strict|tighter|tough|tougher|remaining|"
    r"[Cc]ovid(?:-19)?|COVID(?:-19)?|pandemic|coronavirus)\s+){0,2}"
    r"(?:(?:entry|travel|entrance)\s+(?:rules|restrictions|requirements|ban)\b"
    r"(?!\s+(?:on|at|along|for)\s+(?:the|its)\s+(?:\w+\s+)?(?:border|frontier|line)\b)"
    r"(?![^.;]*\bwith\s+[A-Z])|"
    rf"(?:restrictions|rules|controls?|checks|ban)\s+on\s+{_TRAVELLERS}\s+{_FROM_MANY}|"
    rf"(?:land\s+)?(?:borders?|frontiers?)\s+to\s+{_TRAVELLERS}\s+{_FROM_MANY})"
)


def own_entry_rules(sentence: str) -> bool:
    """Whether a sentence tells a state changing its own rules on who may come in.

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    bool
        True for "Norway relaxed its entry rules on Monday", "Finland shut its border
        to travellers from every Schengen country".
    """
    return _owner_of_entry_rules(sentence) is not None


def _owner_of_entry_rules(sentence: str) -> tuple[str, int, int] | None:
    """The one country named before "its entry rules", with the phrase's span."""
    match = _OWN_ENTRY_RULES.search(sentence)
    if match is None:
        return None
    # "its" is the one country named before, as for "its borders" alone.
    codes = country_codes_in(sentence[: match.start()])
    name = _NAME_OF_CODE.get(codes[0]) if len(set(codes)) == 1 else None
    return (name, match.start(), match.end()) if name else None


def _entry_rules_of_a_country(
    sentence: str, found: list[PlaceFind], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """The country that changed its own entry rules, in place of the lands named after.

    "Finland had lifted its restrictions on travellers from Estonia, Sweden and
    Norway": the act is Finland's at home; the countries after "from" only say whose
    travellers the rules were about.
    """
    owner = _owner_of_entry_rules(sentence)
    if owner is None:
        return found
    name, start, end = owner
    result = resolve_place(name, hints)
    if result.status != "resolved" or result.precision != "country":
        return found
    if any(f.precision not in ("border", "country", "") for f in found):
        return found
    rest = [f for f in found if f.end <= start or f.start >= end]
    if any(f.role == "at" for f in rest):
        # A place of its own elsewhere in the sentence says where the act was.
        return found
    return [*rest, PlaceFind(name, start, end, "name", "at", result)]


def closes_all_its_borders(sentence: str) -> bool:
    """Whether a sentence tells a country closing or reopening every border it has.

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    bool
        True for "Togo closed all its land borders", "Mali's borders were shut".
    """
    return bool(
        _CLOSING_VERB.search(sentence)
        and (
            _COUNTRY_OWN_BORDERS.search(sentence)
            or _ITS_BORDERS.search(sentence)
            or _ITS_BORDERS_WITH_MANY.search(sentence)
            or _MEMBERS_BORDERS_WITH.search(sentence)
            or _ALL_OWN_BORDER_POSTS.search(sentence)
        )
    )


def _closed_country_borders(
    sentence: str, found: list[PlaceFind], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """The country whose borders, all of them, a sentence says were closed or reopened.

    "Mozambique has kept its borders shut", "Bamako shut Mali's own borders with its
    neighbours": closing every border of a country is an act of that country as a
    whole, not on any one line of it, so the place is the country (a wrong border pair
    taken from the report's countries would pin the act on one line).
    """
    if not _CLOSING_VERB.search(sentence):
        return []
    spans: list[tuple[str, int, int]] = []
    owned = [*_COUNTRY_OWN_BORDERS.finditer(sentence), *_ALL_OWN_BORDER_POSTS.finditer(sentence)]
    for match in owned:
        owner = match.group("owner")
        codes = country_codes_in(owner)
        if codes and _NAME_OF_CODE.get(codes[0]) == owner:
            spans.append((owner, match.start("owner"), match.end("owner")))
    for match in _ITS_BORDERS.finditer(sentence):
        # "Mozambique has kept its borders shut": "its" is the one country named before.
        before = sentence[: match.start()]
        codes = country_codes_in(before)
        name = _NAME_OF_CODE.get(codes[0]) if len(set(codes)) == 1 else None
        at = before.find(name) if name else -1
        if at >= 0 and match.group(0).startswith("the"):
            # "Name, Italy's minister, said ... the country's ports were closed": the
            # name may sit in the speaker's title; the phrase itself stands for it.
            spans.append((name, match.start(), match.end()))
        elif at >= 0:
            spans.append((name, at, at + len(name)))
    kept = []
    for name, start, end in spans:
        if any(f.start < end and start < f.end for f in found + kept):
            continue
        result = resolve_place(name, hints)
        if result.status == "resolved" and result.precision == "country":
            kept.append(PlaceFind(name, start, end, "name", "at", result))
    return kept


#: "brought back checks on its borders with Latvia and Poland": checks on every line
#: named are, as a closure is, an act of the one country on all of them.
_CHECKS = re.compile(r"\b(?:checks|checking|controls)\b")


def _lines_of_a_whole_country(
    sentence: str, found: list[PlaceFind], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """The country whose lines with several neighbours, or with a whole bloc, were shut or checked.

    "The Ivorian government sealed the country's land frontiers with Guinea and
    Liberia", "Mali closed its own borders with the bloc's members", "the bloc agreed
    to close its members' borders with Mali": the act is on the one country as a whole;
    the first border pair the phrase names ("frontiers with Guinea") is only a part of
    it, so the places found inside the phrase give way to the country.
    """
    if not (_CLOSING_VERB.search(sentence) or _CHECKS.search(sentence)):
        return found
    spans: list[tuple[str, int, int]] = []
    for match in _ITS_BORDERS_WITH_MANY.finditer(sentence):
        # "its" is the one country named before, as for "its borders" alone; a named
        # owner is that country.
        codes = country_codes_in(match["owner"] or sentence[: match.start()])
        if len(set(codes)) == 1 and (name := _NAME_OF_CODE.get(codes[0])):
            spans.append((name, match.start(), match.end()))
    for match in _MEMBERS_BORDERS_WITH.finditer(sentence):
        spans.append((match.group("owner"), match.start(), match.end()))
    for name, start, end in spans:
        result = resolve_place(name, hints)
        if result.status != "resolved" or result.precision != "country":
            continue
        inside = [f for f in found if start <= f.start and f.end <= end]
        if any(f.precision not in ("border", "country") for f in inside):
            continue
        found = [f for f in found if f not in inside]
        found.append(PlaceFind(name, start, end, "name", "at", result))
    return found


def _own_air_links_cut(
    sentence: str, found: list[PlaceFind], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """The state that cut its own air links, named or by its seat of government.

    "Abidjan had already stopped flights to and from Sierra Leone, Liberia and Guinea":
    the act is the state's at home (Ivory Coast); the countries after "from" are where
    the flights came from, and give way to it.
    """
    match = _OWN_AIR_LINKS_CUT.match(sentence)
    if match is None:
        return found
    owner = match["owner"]
    code = SEATS_OF_GOVERNMENT.get(owner.lower())
    codes = country_codes_in(owner)
    if code is None and codes and _NAME_OF_CODE.get(codes[0]) == owner:
        code = codes[0]
    name = _NAME_OF_CODE.get(code) if code else None
    if name is None:
        return found
    result = resolve_place(name, hints)
    if result.status != "resolved" or result.precision != "country":
        return found
    inside = [f for f in found if f.start < match.end()]
    if any(f.precision not in ("border", "country", "") for f in inside):
        return found
    rest = [f for f in found if f not in inside]
    return [PlaceFind(name, match.start("owner"), match.end("owner"), "name", "at", result), *rest]


def _owned_by_nearest(before: str, text: str, result: PlaceResult) -> PlaceResult:
    """Of an ambiguous "border with Y", the border of the country named nearest before.

    Only a border the resolver already listed is taken; otherwise the answer stays.
    """
    far = country_codes_in(text.split(" with ", 1)[-1])
    far_name = _NAME_OF_CODE.get(far[0]) if far else None
    if far_name is None:
        return result
    listed = {c.name for c in result.candidates}
    for code in reversed(country_codes_in(re.split(r"[;:]", before)[-1])):
        name = _NAME_OF_CODE.get(code)
        if name is None or name == far_name:
            continue
        owned = resolve_place(f"{name}–{far_name} border")
        if owned.status == "resolved" and owned.name in listed:
            return owned
        return result
    return result


_LOCATING_AFTER = re.compile(
    r",\s+(?:close\s+to|near|not\s+far\s+from)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:(?:border|frontier)\s+with\s+(?:[\w’'-]+\s+){0,2}?)?"
)
_FRAMING_BEFORE = re.compile(r"\b(?:above|overlooking|facing)\s+(?:the\s+)?$")

#: Offices a unit's name qualifies ("X County Commissioner", "X district officials",
#: "X province's deputy governor"), with the words that may stand between.
_OFFICE = (
    r"(?:commissioners?|governors?|officials?|officers?|administrators?|chiefs?|"
    r"commanders?|spokes(?:man|woman|person)|heads?|executives?|chair(?:man|woman|person)?|"
    r"MPs?|lawmakers?|legislators?|senators?|representatives?|mayors?|secretar(?:y|ies)|"
    r"ministers?|councill?ors?|prefects?|sub-prefects?|"
    # Bodies that speak for a unit: "X state police said", "Y county prosecutors said".
    r"police|prosecutors?|investigators|authorities)"
)
_OFFICE_AFTER = re.compile(
    r"\s+(?:(?:deputy|assistant|acting|police|security|government|council|assembly|"
    r"administration|health|disaster|border|chief|regional|district|county|provincial)\s+)*"
    rf"{_OFFICE}\b",
    re.IGNORECASE,
)
#: Words of saying: the office holder is a speaker ("X County officials closed the
#: market" tells an act of the county's own staff, which may be where it happened).
_SPOKEN = re.compile(
    r"\b(?:said|says|told|tells|stated|added|warned|claimed|alleged|accused|denied|"
    r"confirmed|announced|insisted|according\s+to)\b"
)
_OFFICE_OF_BEFORE = re.compile(
    rf"\b(?:deputy\s+|acting\s+)?{_OFFICE}\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE
)
#: "the Kolsar border": one capitalised name before the border word.
_UNKNOWN_SITE_BORDER = re.compile(rf"(?:the\s+)?(?P<name>{_CAP})\s+(?:border|frontier)")
#: A lower-case word after a phrase that is no function word or time word: a noun the
#: phrase qualifies ("the X border detachment").
_NOUN_AFTER = re.compile(
    rf"\s+(?!{_FUNCTION_WORD}|(?:early|late|last|this|near|into|since|during|between|"
    r"where|while|under|along|overnight)\b)[a-z]"
)
#: A content word right after a name: the name qualifies it ("the Mandera security team").
_ATTRIBUTIVE_AFTER = re.compile(
    rf"\s+(?!{_FUNCTION_WORD}|(?:onto|into|toward|towards|across|through|near|for|as|over|"
    r"under|until|since|during|along|where|while|early|late|last|this|overnight)\b)[a-z]"
)
#: Countries whose names take the article ("the Netherlands", "the Turks and Caicos
#: Islands", "the Gambia"): "in the Netherlands said" is the country after all.
_COUNTRY_WITH_ARTICLE = re.compile(r".*\s.*|.*s|Gambia|Congo|Sudan|Vatican|Yemen|Lebanon|Crimea")
#: Nouns after "the <country>" that still name a part of it ("the Greenland coast").
_COUNTRY_PART_AFTER = re.compile(
    r"\s+(?:border|frontier|side|coast|coastline|shore|mainland|part|region|area|zone|"
    r"sector|enclave|exclave|waters|airspace|territory|interior|highlands|lowlands|end|"
    r"north|south|east|west|boundary|line|bank|capital)s?\b"
)
#: Region words that make an unknown name a unit ("Mutraw district"); "union", "state"
#: and "commune" also end the names of bodies ("Karen National Union").
_WRITTEN_REGION = re.compile(
    r"\s(?:district|province|region|oblast|governorate|county|municipality|raion|"
    r"prefecture|voivodeship|upazila|tehsil|ward|sub-county|subcounty|sub-district|locality|"
    r"chiefdom|woreda|kebele|barangay|regency)$",
    re.IGNORECASE,
)
#: Shapes that make a phrase a place even when the gazetteer does not know the name.
_SHAPES_WRITTEN_ONLY = frozenset({"near", "settlement", "feature", "crossing"})
_DESCRIPTOR_AFTER = re.compile(rf"\s+(?:{_CROSSING_WORDS}|{_REGION_WORDS}|{_UNIT_CAPITALISED})$")


def shaped_names(sentence: str) -> set[str]:
    """Proper names a sentence gives as places by their shape, known to the gazetteer or not.

    "the Ghumdhum union", "near the village of Odzisi", "the Milak crossing": later
    sentences may name the place bare ("in Ghumdhum").
    """
    names = set()
    for shape, pattern in _SHAPES:
        if shape in ("near", "settlement", "feature", "crossing", "region"):
            for match in pattern.finditer(sentence):
                if _post_a_trip_goes_to(pattern, sentence, match.start()) or _not_a_named_post(
                    pattern, match
                ):
                    continue
                name = core_name(_clean(match.groupdict().get("inner") or match.group(0)))
                if name and _may_be_a_name(name) and name.split()[0] not in _NOT_PLACES:
                    names.add(name)
    for match in _SPOT_GIVEN.finditer(sentence):
        name = match["inner"] or match["town"]
        if _may_be_a_name(name) and name.split()[0] not in _NOT_PLACES:
            names.add(name)
    return names


#: "Guinea–Mali border at Kourémalé" (a digest's heading), "Kourémalé is a village
#: cut in two by the border": the report gives the name as a spot on the line.
_SPOT_GIVEN = re.compile(
    rf"\b(?:border|frontier)\s+at\s+(?P<inner>{_NAME})(?=[,.;:]|\s*$)"
    rf"|(?:^|(?<=[.:]\s))(?P<town>{_NAME})\s+is\s+a\s+(?:small\s+|border\s+)?"
    r"(?:village|town|hamlet)\b"
)


def core_name(text: str) -> str:
    """The proper name inside a place phrase: "near the village of Odzisi" → "Odzisi"."""
    name = re.sub(
        rf"^(?:(?:{_NEAR_WORDS})\s+)?(?:the\s+)?(?:(?:{_PLACE_ADJECTIVE})\s+)?"
        rf"(?:{_SETTLEMENT_OF}\s+)?",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )  # fmt: skip
    name = re.split(r",?\s+in\s+", name, maxsplit=1)[0]
    return _DESCRIPTOR_AFTER.sub("", name).strip(" ,.;:")


_CONTAINER_AFTER = re.compile(
    # "in the X community": a Ukrainian hromada, a unit only as a container ("the Greek
    # community" elsewhere is a people).
    rf"^,?\s+in\s+(?!{_TIME_WORDS})(?:the\s+)?{_NAME}(?:\s+(?:{_REGION_WORDS}|community))?"
    # "..., in the Obock region, IOM said": an acronym or a name that speaks is no
    # second container.
    rf"(?:,\s+(?![A-Z]{{2,6}}\b){_NAME}(?:\s+(?:{_REGION_WORDS}))?"
    r"(?!\s+(?:said|says|reported|told|added|stated)\b))?"
)


#: ", some 200 metres ", ", about 3 km ": a distance set off after what it locates.
_DISTANCE_SET_OFF = re.compile(
    r",\s+(?:some|about|around|roughly|just|only|barely)?\s*\d[\d,.]*\s*(?:m|metres|meters|km|"
    r"kilometres|kilometers|miles|nautical\s+miles)\s+$"
)
#: "off the X peninsula", "off Y island": "off" right before a place, not a verb's particle
#: ("sealed off", "cut off", "cordoned off").
_OFF_BEFORE = re.compile(
    r"(?<!\bsealed\s)(?<!\bcut\s)(?<!\bcordoned\s)(?<!\bfenced\s)(?<!\bclosed\s)"
    r"(?<!\bblocked\s)(?<!\bshut\s)(?<!\bcuts\s)(?<!\bseal\s)\boff\s+(?:the\s+)?$"
)
#: A landform by the sea, written with its word ("Minna island", "the Faw peninsula").
_SHORE_FEATURE = re.compile(
    r"\b(?i:island|islands|islet|isle|peninsula|cape|point|headland|reef|shoal|atoll|cay|"
    r"delta|shore)$"
)


def _kept_off(place: PlaceFind, sentence: str) -> PlaceFind:
    """The place found with the "off (the)" before it, as written ("off Minna island")."""
    start = _OFF_BEFORE.search(sentence[: place.start]).start()
    text = sentence[start : place.end]
    return PlaceFind(text, start, place.end, place.shape, place.role,
                     PlaceResult(text, "unresolved"), written_only=True)  # fmt: skip


def _sea_beside(sentence: str, match: re.Match[str], hints: tuple[str, ...]) -> PlaceFind | None:
    """The sea beside a place the gazetteer lacks ("off Trinidad's south coast"), as written.

    A name the gazetteer knows ("off the coast of Lampedusa") or a country ("off Libya's
    coast", "Greek territorial waters") is read by the other shapes, as before.
    """
    name = match.groupdict().get("name") or match.group("owner")
    if (
        not _may_be_a_name(name)
        or name in COUNTRY_ADJECTIVES.values()
        or country_codes_in(name)
        or name.lower() in CAPITAL_METONYMS
        or resolve_place(name, hints).status != "unresolved"
    ):
        return None
    start, end = match.span("off") if match.groupdict().get("off") else match.span()
    text = sentence[start:end]
    return PlaceFind(text, start, end, "feature",
                     _role(sentence, start), PlaceResult(text, "unresolved"),
                     written_only=True)  # fmt: skip


#: "the road between", "relations between", "the Falémé bridge between": what joins or
#: sets two places against each other is named by them, not located between them.
_JOINED_BEFORE_BETWEEN = re.compile(
    r"\b(?:road|roads|highway|motorway|railway|line|route|link|links|bridge|crossing|"
    r"crossings|border|borders|frontier|boundary|tunnel|pipeline|cable|corridor|gateway|"
    r"artery|service|services|transport|traffic|trains|buses|boat|boats|ferry|ferries|"
    r"flights|relations|ties|"
    r"talks|tension|tensions|dispute|war|conflict|agreement|deal|trade|distance)\s+$",
    re.IGNORECASE,
)


#: "... and La district": the second end is a unit, whose name the shape cut short.
_UNIT_AFTER = re.compile(rf"(?:\s+{_CAP})*\s+(?:{_REGION_WORDS})\b")


def _stretch_between(
    sentence: str, match: re.Match[str], hints: tuple[str, ...], known: frozenset[str]
) -> PlaceFind | None:
    """The stretch between two places ("stuck between Moussala and Mahinamine"), as written.

    Only two places below a country, at least one the gazetteer or the report knows:
    two countries are their border (read by the border shapes), two capitals are their
    governments ("between Minsk and Brussels"), and a road, bridge or link between two
    towns is named by them, not found between them.
    """
    ends = (match.group("a"), match.group("b"))
    if _JOINED_BEFORE_BETWEEN.search(sentence[: match.start()]) or _UNIT_AFTER.match(
        sentence, match.end()
    ):
        return None
    for end in ends:
        bare = core_name(end)
        if (
            not _may_be_a_name(bare)
            or bare.split()[0] in _NOT_PLACES
            or end in COUNTRY_ADJECTIVES.values()
            or country_codes_in(end)
        ):
            return None
    if all(core_name(end).lower() in CAPITAL_METONYMS for end in ends):
        return None
    if not any(
        resolve_place(end, hints).status != "unresolved" or core_name(end) in known for end in ends
    ):
        return None
    start, end_at = match.span()
    text = sentence[start:end_at]
    return PlaceFind(text, start, end_at, "feature",
                     _role(sentence, start), PlaceResult(text, "unresolved"),
                     written_only=True)  # fmt: skip


def _bare_river(sentence: str, match: re.Match[str], hints: tuple[str, ...]) -> PlaceFind | None:
    """The river a bare name crossed names ("back across the Salween"), kept as written.

    Only a name the gazetteer does not know and that is no country, people or body: a
    known place ("across the Sahara") reads as itself.
    """
    name = match.group("inner")
    if (
        not _may_be_a_name(name)
        or name in COUNTRY_ADJECTIVES.values()
        or country_codes_in(name)
        or resolve_place(name, hints).status != "unresolved"
    ):
        return None
    text = f"{name} River"
    return PlaceFind(text, match.start("inner"), match.end("inner"), "feature",
                     _role(sentence, match.start("inner")), PlaceResult(text, "unresolved"),
                     written_only=True)  # fmt: skip


#: A body of water or a bank in it, by its name: "Gulf of X", "X Sea", "X Shoal".
_WATER_NAME = re.compile(
    rf"(?:Gulf|Bay|Sea|Straits?|Bight|Sound)\s+of\s+{_NAME}|{_NAME}\s+(?:Sea|Ocean|Shoals?|Reefs?|Atolls?|Islets|Cays|Banks)"
    rf"|(?:{_DIRECTION}\s+)?{_NAME}\s+(?:Straits?|Channel)"
    # "the Italian search and rescue zone": the waters a state answers for at sea.
    rf"|{_CAP}\s+search\s+and\s+rescue\s+(?:zone|area|region)"
)


#: "eastern Singapore Strait": a part of a strait by its direction.
_DIRECTED_STRAIT = re.compile(rf"{_DIRECTION}\s+{_NAME}\s+(?:Straits?|Channel)")


#: "74 km ", "164 nautical miles ", "miles " before "north of X": how far from the place.
_DISTANCE_BEFORE_BEARING = re.compile(
    r"^(?:\d[\d,.]*\s+)?(?:nautical\s+)?(?:km|kilometres|kilometers|miles)\s+"
    r"(?=(?:north|south|east|west)\w*\s+of\s)",
    re.IGNORECASE,
)


#: "south of ", "just north-west of ": a bearing that opens a place phrase.
_BEARING_OPENING = re.compile(
    r"^(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+", re.IGNORECASE
)
#: "the village of X", or " village" after X: the name is a settlement on land.
_SETTLEMENT_WORD = re.compile(r"\b(?:village|town|hamlet)\s+of\s", re.IGNORECASE)
_SETTLEMENT_WORD_AFTER = re.compile(r"^\s+(?:village|town|hamlet)\b")


def _bearing_from_settlement(text: str, after: str) -> bool:
    """Whether a phrase is a bearing from a village or town ("south of Nanu village").

    At sea a bearing from an island or a cape is how the spot is told, and event files
    keep it ("north of X Island"); a village or town is on land, where the settlement
    itself is the place.
    """
    return bool(_BEARING_OPENING.match(text)) and bool(
        _SETTLEMENT_WORD.search(text) or _SETTLEMENT_WORD_AFTER.match(after)
    )


def _listed_islands(
    sentence: str, match: re.Match[str], hints: tuple[str, ...]
) -> list[PlaceFind]:
    """One place per island of "the X and Y islands", as "list" finds.

    A name the gazetteer knows near the report's countries is taken ("Lieyu"); one it
    lacks is written "X Island", as event files write an island.  A bare name is never
    looked up far away: "Dadan" is an island here, not a town of another country.
    """
    found: list[PlaceFind] = []
    names_text = re.sub(r"\s+islands$", "", match.group(0))
    for name_match in re.finditer(_NAME, names_text):
        name = re.sub(r"^the\s+", "", name_match.group(0))
        if not _may_be_a_name(name) or name.split()[0] in _NOT_PLACES or country_codes_in(name):
            continue
        at = match.start() + name_match.end() - len(name)
        named = resolve_place(name, hints) if hints else PlaceResult(name, "unresolved")
        if named.status == "resolved" and named.precision in ("settlement", "exact"):
            found.append(PlaceFind(name, at, at + len(name), "list", _role(sentence, at), named))
            continue
        written = f"{name} Island"
        found.append(PlaceFind(written, at, at + len(name), "list", _role(sentence, at),
                               PlaceResult(written, "unresolved"), written_only=True))  # fmt: skip
    return found


#: The verbs of the "entered" shape that open or shut a crossing.
_OPENED_OR_SHUT = re.compile(r"(?:opened|reopened|closed|shut)\s", re.IGNORECASE)


def _written_only(
    sentence: str, match: re.Match[str], text: str, shape: str, hints: tuple[str, ...]
) -> PlaceFind | None:
    """A place phrase the gazetteer does not know, kept as written when its shape says place.

    "near the village of Plauru", "the Galwan Valley in Ladakh": the name is a place
    by the words around it.  A container that follows ("in Tulcea county") is kept with
    it, and when the gazetteer knows the container the phrase resolves to it (coarser,
    but found).  Names that are countries, peoples or bodies are not places here.
    """
    name = core_name(text)
    if shape == "feature" and _DIRECTED_STRAIT.fullmatch(text):
        name = text  # "eastern Singapore Strait": the part of the strait is where
    words = name.split()
    if not words or not _may_be_a_name(name) or words[0] in _NOT_PLACES:
        return None
    water = shape == "feature" and bool(_WATER_NAME.fullmatch(name))
    if water:
        # "the Gulf of Riga", "the Barents Sea", "Kelvor Shoal": a body of water is named
        # after a country or a town ("of Finland") without being it, and the gazetteer
        # holds no seas; kept as written, never as a container after it ("Kelvor Shoal
        # in the Orvo Islands" is the shoal).
        start = match.start() + max(match.group(0).find(text), 0)
        return PlaceFind(name, start, start + len(text), shape, _role(sentence, start),
                         PlaceResult(name, "unresolved"), written_only=True)  # fmt: skip
    if any(w in COUNTRY_ADJECTIVES or w in COUNTRY_ADJECTIVES.values() for w in words):
        return None  # "near Polish positions", "the Russian side"
    # "the Trans-Canada Highway": a compound before a feature word is a name of its own,
    # whatever country word it holds.
    own_words = [w for w in words if "-" not in w] if shape == "feature" else words
    if country_codes_in(" ".join(own_words)) or name.lower() in CAPITAL_METONYMS:
        return None
    offset = match.group(0).find(text)
    start = match.start() + max(offset, 0)
    # A phrase cleaned inside ("the town of X" from "the mining town of X") ends where
    # its match does.
    end = start + len(text) if offset >= 0 else match.end()
    container = _CONTAINER_AFTER.match(sentence[end:])
    if container and re.match(r"['’]s?\b", sentence[end + container.end() :]):
        # "near X camp, in Yemen's Saada governorate": whose region, not the container.
        container = None
    if container:
        tail = sentence[end : end + container.end()].rstrip(" .,;:")
        wider = text + tail
        result = resolve_place(wider, hints)
        # "the village of X, in Y municipality" where the gazetteer knows Y only as its
        # country: the village as written says more than the country does.
        # "at Hamisavu, in Kiruhura village": a spot inside a village or town is finer
        # than it, and kept as written like a spot inside a country.
        inside_settlement = result.precision in ("settlement", "exact")
        # "near X in Y district": the gazetteer holds no districts, so it reads Y as the
        # province above it, two steps coarser than the village; the village as written
        # says more.  "near X in the Y region" alike: a region is the province itself,
        # coarser than the village named in it.  (A province, voivodeship or
        # municipality it reads as itself or as the region of the same size, and the
        # village is placed there.)  A bare name set off by its unit ("entered X, in
        # the Y region,") is such a village too.
        # "at X in the Y department": a department (Benin's, Congo's, Colombia's) is a
        # province-sized unit; the spot named in it says more, as in a region.
        # The units of local government below a district ("at X, in Y union", "in Z
        # upazila", "in W ward") are read by the gazetteer as their province or not at
        # all: the spot named in one says more, as in a district.
        point_in_unit = shape in ("near", "settlement", "name") and re.search(
            r"\s(?:district|region|prefecture|commune|union|upazila|tehsil|ward|sub-?county|"
            r"sub-district|chiefdom|woreda|kebele|barangay|community|hromada|department)$",
            tail,
        )
        # "at the X border post in Eastern Province", "near X Island in South Sulawesi":
        # a crossing or an island named by its own word is a point on the line or in
        # the sea, finer than any province around it; the gazetteer's province says
        # less than the name as written.
        point_in_unit = point_in_unit or (
            result.precision in ("region", "district")
            and re.search(rf"\s(?:{_CROSSING_WORDS}|Island|Islet)$", text) is not None
        )
        if (
            result.status == "resolved"
            and result.precision
            not in (
                "country",
                "border",
            )
            and not inside_settlement
            and not point_in_unit
        ):
            return PlaceFind(wider, start, end + len(tail), shape, _role(sentence, start),
                             result)  # fmt: skip
        if result.status != "resolved":
            text, end = wider, end + len(tail)
        # else: the container reads as a whole country (which an event file would place
        # the village at) or as a settlement around the spot; the name is kept alone.
    # "on the island of Kerovu": the island words say only what the name is; an island
    # the gazetteer lacks is written by its name, as event files write it.  One whose
    # name it holds as a town ("the island of Kos") keeps its words, so the island is
    # not taken for its town.
    island = re.match(rf"(?:the\s+)?(?:island|islet)\s+of\s+(?P<name>{_NAME})$", text, re.I)
    if island and resolve_place(island["name"], hints).status == "unresolved":
        text = island["name"]
    # "some 74 km north of X", "four miles south of Y Caye": at sea or off an island the
    # spot is told by a bearing from a named place; event files write the bearing ("north
    # of X"), the distance being a detail of the account.
    text = _DISTANCE_BEFORE_BEARING.sub("", text)
    if _bearing_from_settlement(text, sentence[end:]):
        # "south of Nanu village", "west of the village of X": the bearing is kept, as
        # event files keep it (bench/extract/README.md, session 44), and the village's
        # word goes, as "X village" is written X ("south of Nanu").
        bearing = _BEARING_OPENING.match(text)
        text = f"{bearing.group(0) if bearing else ''}{core_name(text)}"
    return PlaceFind(text, start, end, shape, _role(sentence, start),
                     PlaceResult(text, "unresolved"), written_only=True)  # fmt: skip


_LIST_OF_COUNTRIES = re.compile(
    r"\b(?:the\s+)?borders\s+of\s+(?P<list>[A-Z]\w+(?:,\s+[A-Z]\w+)*,?\s+and\s+[A-Z]\w+)"
    r"|(?P<subject>[A-Z]\w+(?:,\s+[A-Z]\w+)*,?\s+and\s+[A-Z]\w+)\b[^.]*?\b(?:their|its)\s+"
    r"(?:\w+\s+)?borders?\s+with\s+(?P<other>[A-Z]\w+)"
)


def expand_border_lists(sentence: str, *, other: str | None) -> list[tuple[str, int, int]]:
    """Borders named as a list: "the borders of Latvia, Lithuania and Poland".

    Parameters
    ----------
    sentence : str
        One sentence.
    other : str or None
        The country on the far side when the sentence does not say it (the report's
        main country); "X, Y and Z ... their borders with W" says it.

    Returns
    -------
    list of (place text, start, end)
        One "X–W border" per listed country, with the span of the list's words.
    """
    found: list[tuple[str, int, int]] = []
    for match in _LIST_OF_COUNTRIES.finditer(sentence):
        names_text = match.group("list") or match.group("subject")
        far = match.group("other") or other
        if not far:
            continue
        names = [
            n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", names_text) if n.strip()
        ]
        if not all(n in COUNTRY_ADJECTIVES for n in names) or far not in COUNTRY_ADJECTIVES:
            continue
        for name in names:
            if name != far:
                found.append((f"{name}–{far} border", match.start(), match.end()))
    return found


#: A country's name by its ISO code ("RW" -> "Rwanda"), for other modules.
NAME_OF_CODE = _NAME_OF_CODE


#: "Kidira–Diboli: More than 400 lorries were stuck at the crossing": a digest item's
#: lead-in, a name and a colon, says which place the item is about.
_LEAD_IN = re.compile(rf"^(?P<name>{_NAME}(?:\s*{_DASH}\s*{_NAME})?):\s+(?=[A-Z0-9])")
#: "Leluchów: the road crossing has ...": a lead-in the item goes on to call a crossing
#: names that crossing, known to the gazetteer or not.
_LEAD_IN_CROSSING = re.compile(
    rf"^(?P<name>{_NAME}):\s+(?i:the)\s+(?:(?i:road|rail|railway|border|pedestrian|"
    r"main|lorry|truck)\s+)?(?i:crossing|border\s+post|checkpoint)\b"
)


def lead_in_place(sentence: str, hints: tuple[str, ...] = ()) -> PlaceFind | None:
    """The town or crossing a sentence's lead-in names ("Kidira–Diboli: ..."), if any.

    Parameters
    ----------
    sentence : str
        One sentence of a report.
    hints : tuple of str
        ISO alpha-2 codes of the report's main countries.

    Returns
    -------
    PlaceFind or None
        The lead-in as an 'at' place when the gazetteer reads it as a town or a point;
        a country, a capital that stands for its government ("Beijing: ...") or a region
        is no item's spot, so None.
    """
    named_crossing = _LEAD_IN_CROSSING.match(sentence)
    match = _LEAD_IN.match(sentence) or named_crossing
    if match is None:
        return None
    name = match["name"]
    if (
        name.lower() in CAPITAL_METONYMS
        or name in COUNTRY_ADJECTIVES.values()
        or country_codes_in(name)
    ):
        return None
    result = resolve_place(name, hints)
    if result.status == "unresolved" and named_crossing is not None:
        # The item itself says the name is a crossing's: kept as written.
        return PlaceFind(name, 0, match.end("name"), "name", "at",
                         PlaceResult(name, "unresolved"), written_only=True)  # fmt: skip
    if result.status != "resolved" or result.precision not in ("exact", "settlement"):
        return None
    return PlaceFind(name, 0, match.end("name"), "name", "at", result)
