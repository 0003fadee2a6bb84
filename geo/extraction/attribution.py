"""Who says so: claim, accusation, denial and confirmation cues, and their speakers.

Rules, applied to one sentence at a time:

- "X said / says / told / reported / announced ...", "..., X said", "according to X",
  "X accused Y of ...", hedges ("reportedly", "allegedly", "appears to") → ``alleged``,
  claimed by X (the speaker as worded);
- "X confirmed ..." → ``confirmed``, claimed by X;
- "Y denied / rejected the accusations / dismissed the claims" → a denial by Y; with a
  claim in the same sentence the claim is ``disputed``;
- "Y has not responded / did not respond / declined to comment" and "a denial is
  expected" are recorded, never turned into a denial;
- anything else is the report's own voice: ``confirmed`` with no claimant.

Generic speakers ("the ministry", "officials", "he") are resolved by
:class:`SpeakerContext` from the speakers named before them in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bordermap.geo.extraction.actors import COUNTRY_ADJECTIVES, country_codes_in, normalise_actor
from bordermap.geo.extraction.speakers import names_a_state, same_speaker
from bordermap.geo.places.phrases import NUMBER_WORDS

__all__ = [
    "DATELINE",
    "Attribution",
    "Cue",
    "SpeakerContext",
    "negates_an_act",
    "read_attribution",
]

_SAY = (
    r"said|says|say|stated|states|"
    # "Pakistanis who had been told to leave" were ordered, and say nothing.
    r"(?:(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeing\s)told|told(?!\s+to\b))|"
    r"tells|reported|reports|claimed|claims|announced|"
    r"announces|alleged|alleges|wrote|writes|added|warned|warns|insisted|insists|"
    # "argued over the triangle", "argue with X": a quarrel, no account given.
    r"(?:argued|argues|argue)(?!\s+(?:over|about|with)\b)|described|describes|noted|notes|estimated|estimates|suggested|suspects|"
    r"suspected|believes|believe|maintained|maintains|counted|recorded|registered|"
    # "The ministry believed the eleven had crossed": the past of "believes"; not the
    # passive ("were believed to be") nor "believed to", a doubt on what follows.
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"believed(?!\s+to\b)|"
    r"posted|tweeted|informed|testified|recounted|holds|"
    # "sources quoted by X said": the participle names who relays them, no saying of
    # theirs ("X was quoted by Y as saying" is X's).
    r"quoted(?!\s+by\b)|(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bbeen\s))quoted|"
    # "X passed on unconfirmed word of three deaths", "relayed reports of": an account
    # handed on is the speaker's.
    r"(?:(?:passed|passes)\s+on|relayed|relays)"
    r"(?=\s+(?:[\w-]+\s+)?(?:word|reports?|accounts?)\s+of\b)|"
    # A communiqué's verb: "The Ministry of Defence informs that on 1 October ...",
    # "The Government informs the nation that ...".
    r"informs(?=\s+(?:the\s+[a-z]+\s+)?that\b)|"
    # "gave a very different account", "offered its own version": who now speaks, so
    # that "It said ..." after it is theirs.
    r"(?:gave|gives|offered|offers|presented|presents)(?=\s+(?:a|an|its|their|his|her|another|"
    r"yet\s+another|one\s+more)\s+"
    # ... and a toll or figure of its own ("gave a different toll, saying ...").
    r"(?:[\w-]+\s+){0,3}?(?:account|version|toll|tally|figures?|estimate|picture|story|"
    # "gave a different order of events": an account by the order it tells.
    r"(?:order|sequence|chain)\s+of\s+events)\b)|"
    # A cause given is an account of what happened: "put the deaths down to a crash",
    # "attributed the blast to a gas leak" (the speaker's version, which another may reject).
    r"(?:put|puts|attributed|attributes|ascribed|ascribes)(?=\s+(?:[\w’'-]+\s+){1,5}?"
    r"(?:down\s+)?to\s+(?:a|an|the)\b)|"
    # "raised the alarm at a meeting on Monday, saying ...": a warning given is speech.
    r"(?:raised|raises|sounded|sounds)\s+the\s+alarm(?=[^.;]*?(?:,\s+saying\b|\s+that\b))|"
    # "which answered that ...": a reply is speech only with what it said ("responded by
    # reinforcing the border" is an act).
    r"(?:answered|replied|responded|retorted|(?:shot|hit|fired)\s+back)"
    # "answered on X that", "shot back in a post that": where the reply was made.
    r"(?=\s+(?:(?:on|in)\s+(?:a\s+|an\s+)?[\w-]+(?:\s+post)?\s+)?(?:that\b|[:“\"]))|"
    # Findings are claims too, when what follows is what was found ("the investigation
    # concluded that"); "found the bodies" is no claim.
    r"(?:concluded|concludes|found|finds|established|determined|showed|shows)(?=\s+that\b)|"
    # "..., an AFP reporter found.": what was found, told before the finder at the end.
    r"(?<!been\s)(?<!were\s)(?<!was\s)(?<!is\s)(?<!are\s)(?<!be\s)(?:found|finds)(?=\s*[.;]|\s*$)|"
    # "raised reports of killings with the government": a claim put to someone.
    r"raised(?=\s+(?:\w+\s+){0,2}?(?:reports|allegations|concerns|cases|claims)\b)|"
    # "called the ban illegal", "called the damage a terrorist attack": the speaker's own
    # word for what happened is its account ("called the police", "called off" are acts).
    r"(?:called|calls)(?=\s+(?:the|this|that|these|those|its|their|his|her)\s+"
    r"(?:[\w’'-]+\s+){0,12}?(?:an?\s+(?!few\b|second\b|day\b|week\b)[\w-]+|illegal|unlawful|"
    r"unacceptable|unjustified|unprovoked|unfair|dangerous|deplorable|outrageous|criminal|"
    r"barbaric|inhumane|provocative|reckless|legal|lawful|justified|necessary)\b)|"
    # "condemned what it called an attack on its officers": what is condemned is worded
    # by the one condemning, so it is their account ("condemned the attack" is not).
    r"(?:condemned|condemns|denounced|denounces|deplored|deplores)"
    r"(?=\s+what\s+(?:it|they|he|she)\s+(?:called|described\s+as|termed)\b)|"
    # Speech in other words: "..., he recalled.", "recalled that ..." (an envoy recalled
    # is a diplomatic step, not speech); "police spoke of three people in custody"; a
    # count given as an estimate, "put the number who had crossed at 30,000".
    r"(?:recalled|recalls|recalling)(?=\s+that\b|\s*[.;]|\s*$)|"
    # "repeated Tehran's position that": a stance stated again is an account too ("X
    # complained that ..." is a protest made, an act of its own).
    r"(?:repeated|repeats)(?=\s+(?:[\w’'-]+\s+){0,4}?that\b)|"
    r"(?:spoke|speaks|speaking)\s+of(?=\s)|"
    r"(?:put|puts|putting)(?=\s+(?:the|its|their|(?-i:[A-Z])[a-z]+)\s+(?:[\w-]+\s+)?(?:number|toll|figure|"
    # "put the queue of lorries at some 40 kilometres": a length estimated.
    r"queue|tailback|"
    r"count|total|tally|"
    # "put Chinese losses in the fighting at some 800": a side's dead and hurt counted.
    r"losses|casualties|dead)\b[^.;]*?\bat\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|"
    # "put the number taken at up to 40", "at as many as 300": an upper bound estimated.
    r"nearly\s+|at\s+least\s+|up\s+to\s+|as\s+many\s+as\s+|almost\s+|roughly\s+|"
    r"over\s+)?(?:\d|"
    # "put the death toll of the clashes at four": a count written in words.
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"twenty|thirty|forty|fifty|hundreds|a\s+hundred|one\s+hundred)\b))"
)
_ACCUSE = r"accused|accuses|accuse|blamed|blames|blame"
_DENY = (
    r"denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes|"
    # "brushed aside reports that ...", "scoffed at that", "retorted that ...": the other
    # side's account waved off, or answered with another, in words of no "deny".
    r"brushed\s+aside|brushes\s+aside|scoffed\s+at|scoffs\s+at|retorted|retorts"
)
#: "disputes the coast guard's version", "disputed the figures": a denial only of an account
#: (a country that "disputes the island" claims it, denying nothing).
_DISPUTE = r"disputed|disputes|dispute"
_DISPUTED_ACCOUNT = (
    r"(?=\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:account|version|claims?|figures?|accusations?|allegations?|findings|reports?)\b)"
)
_CONFIRM = (
    r"confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|"
    # "conceded that a light aircraft had crossed": a speaker granting the other's account.
    r"conceded|concedes"
)
#: What may follow a verb of confirming that ends the sentence's account: nothing, or
#: when and how it was said (", the ministry confirmed on Thursday").
_CONFIRMS_AFTER = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?(?:on|in|at|by|to|during|later|again|publicly|"
    r"officially)(?:\s+[\w’'-]+){0,4}?)?\s*[,.”\"]?\s*$",
    re.IGNORECASE,
)
#: Lower-case particles inside personal names ("Omar al-Bashir", "Ursula von der Leyen").
_NAME_PARTICLE = (
    r"(?:al|el|ad|as|an|ar|at|az|ash)-[A-ZÀ-Þ][\w’'.-]*|bin|ibn|van|von|der|de|da|dos|du|la|le"
)
_AUX = (
    r"(?:\s+(?:has|have|had|also|repeatedly|consistently|previously|publicly|earlier|later|"
    r"already|swiftly|quickly|flatly|categorically|strongly|firmly|then|again|once\s+again|"
    r"first|"
    # "Kim at first denied", "the envoy last week denied": when the speaker spoke, or
    # that it spoke before changing its line, between the speaker and the verb.
    r"at\s+first|initially|originally|last\s+(?:week|month|year|night)|"
    r"this\s+(?:week|month|morning)|"
    r"in\s+the\s+past|since|long|"
    r"on\s+\w+day|on\s+\w+\s+\d{1,2}|in\s+a\s+statement))*"
)
#: "traded blame", "shifted the blame", "took no blame": "blame" the noun, not the verb.
_BLAME_THE_NOUN = re.compile(
    r"\b(?:trad(?:e|ed|ing)|exchang(?:e|ed|ing)|shift(?:s|ed|ing)?|la(?:id|y)|put|took|"
    r"tak(?:e|es|ing)|the|no|of|any|share|shared|apportion(?:ed)?)\s+$",
    re.IGNORECASE,
)
_VERB = re.compile(
    # What follows the verb runs to the sentence's end, over the full stop of an initial
    # ("said J. Okello, ..."), which ends no clause.
    _AUX + rf"\s+(?P<verb>{_SAY}|{_ACCUSE}|{_DENY}|{_CONFIRM}|(?:{_DISPUTE}){_DISPUTED_ACCOUNT})\b"
    r"(?=(?P<rest>(?:[^.;]|(?<=\b[A-ZÀ-Þ])\.(?=\s*[A-ZÀ-Þ]))*))",
)
_SPEAKER_STOP = re.compile(
    r"(?:^|[,;:“”\"(—–]|\b(?:that|and|but|while|which|who|as|when|after|before|because|"
    r"However|however|Meanwhile|meanwhile))\s*(?=[^,;:“”\"(—–]*$)"
)
_LEADING = re.compile(
    # "Late on Friday X said", "Early in the day X said": the day after "late on".
    # ("Early reports said": the reports speak, no time before them.)
    r"^(?:(?:(?:late|early)\s+(?:on|in)|in|on|at|by|late|early)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?!(?:reports|accounts)\b)[\w’'-]+(?:\s+\d{1,2}\b)?"
    # "In December 2016 X said": a year after the month.
    r"(?:,?\s+(?:1[89]|20)\d{2}\b)?"
    # "By Tuesday night X said": a part of the day after its day.
    r"(?:\s+(?:night|morning|evening|afternoon)\b)?"
    # "On 7 June": a day before its month.
    r"(?:\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)?\s*|"
    r"(?:last|this|next|that)\s+(?:year|week|month|night|morning|evening)\s+|"
    # "Hours later the prime minister said": how long after, before the subject.
    r"(?:(?:a\s+few|two|three|several|\d+)\s+)?(?:hours|minutes|days|weeks|moments)\s+"
    r"(?:later|earlier|afterwards)\s+|"
    r"however\s+|meanwhile\s+|also\s+|so\s+far\s+|now\s+|later\s+|earlier\s+|"
    # "The row began in March, when Zambia accused ...": the clause's own subject.
    r"but\s+|and\s+|while\s+|whereas\s+|yet\s+|that\s+|which\s+|who\s+|when\s+)+",
    re.IGNORECASE,
)
#: Kin, who speak for a victim: "his uncle said", "her brother, Name, told".  No office:
#: see :data:`_KIN_LAST`.
_KIN = (
    "uncle", "aunt", "brother", "brothers", "sister", "sisters", "father", "mother", "son",
    "daughter", "cousin", "nephew", "niece", "wife", "husband", "widow",
)  # fmt: skip
_GENERIC_HEADS = frozenset(
    (
        "officials",
        "official",
        # "Icelandic diplomats at the meeting retorted": envoys speak for their state.
        "diplomat",
        "diplomats",
        "authorities",
        "ministry",
        "government",
        "police",
        "guards",
        "guard",
        "service",
        "agency",
        "army",
        # State bodies that answer for an incident: "the Philippine navy said", "the
        # junta said", "the marines' brigade reported".
        "navy",
        "navies",
        "junta",
        "marines",
        "regime",
        "cabinet",
        "parliament",
        "gendarmes",
        "gendarme",
        "brigade",
        "battalion",
        "regiment",
        "military",
        "command",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "groups",
        "organisations",
        "organizations",
        "analysts",
        "residents",
        "witnesses",
        "media",
        "office",
        "board",
        "forces",
        "force",
        "governments",
        "prosecutors",
        "investigators",
        "sources",
        "source",
        # Humanitarian reporting: "health partners reported", "new arrivals said".
        "partners",
        "arrivals",
        "newcomers",
        "troops",
        "group",
        "organisation",
        "organization",
        "delegation",
        "governor",
        "mayor",
        "commander",
        "embassy",
        "ambassador",
        "monitors",
        "observers",
        "charity",
        "mission",
        "side",
        "department",
        "directorate",
        "committee",
        "council",
        "presidency",
        "president",
        "spokesperson",
        "outlets",
        # "the outlet said", "the paper reported": a news outlet named back.
        "outlet",
        "paper",
        "website",
        # "the Senegalese news site said": an outlet on the web, named back by its kind.
        "site",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "radio",
        "television",
        "tv",
        "broadcaster",
        "newspaper",
        "daily",
        "channel",
        "commissioner",
        # Elected people: "a local lawmaker said", "opposition legislators said".
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "senator",
        "politician",
        "politicians",
        "chairman",
        "councillor",
        "administrator",
        "chief",
        "head",
        "officer",
        "man",
        "woman",
        "men",
        "women",
        "witness",
        "resident",
        "survivor",
        "migrant",
        "refugee",
        "he",
        "she",
        "it",
        "they",
        *(
            # People who tell what happened to them ("her relatives said", "a
            # 14-year-old girl said", "several families told our reporter").
            "relative",
            "relatives",
            # Kin named by whose they are: "his uncle said", "her brother, Name, told".
            *_KIN,
            "family",
            "families",
            "girl",
            "boy",
            "child",
            "children",
            "villager",
            "villagers",
            "survivors",
            "parents",
            "neighbours",
            "neighbors",
            # Those who worked or were with the victim: "his colleagues said at the time".
            "colleagues",
            "friends",
            "companions",
            "farmers",
            "fishermen",
            "drivers",
            "workers",
            # One of them, counted out: "One driver said", "a trader told the radio".
            "driver",
            "worker",
            "farmer",
            "trader",
            "passenger",
            "traveller",
            "traveler",
            "tourist",
            "fisherman",
            "herder",
            "shopkeeper",
            "trucker",
            # Those aboard boats who tell what was done to them at sea: "skippers said",
            # "the sailors told the radio".
            "skipper",
            "skippers",
            "sailors",
            "seamen",
            "crewmen",
            "doctors",
            "nurses",
            "volunteers",
            "activists",
            "locals",
            "elders",
            "traders",
            "victims",
            "passengers",
            "detainees",
            "returnees",
            "eyewitnesses",
            "eyewitness",
            # Sources the report cites by what they are: "the consulate said", "the
            # division said".
            "consulate",
            "consul",
            "division",
            # People of a calling at the site who tell what they saw: "clerics at the
            # monastery said", "a priest told", "pilgrims said".
            "cleric",
            "clerics",
            "monk",
            "monks",
            "priest",
            "priests",
            "nun",
            "nuns",
            "imam",
            "imams",
            "pilgrims",
            "teachers",
            "students",
            "experts",
            "lawyers",
            "investigation",
            "inquiry",
            "report",
            "researchers",
            # Offices that speak for a state body, as a minister does: "the permanent
            # secretary for immigration, Name, told", "the agency's director said".
            "secretary",
            "secretaries",
            "director",
            "envoy",
            # Bodies, by the word that names their kind ("the inspectorate said").
            "inspectorate",
            "commission",
            "prosecutor",
            "ombudsman",
            "gendarmerie",
            "coastguard",
            "bureau",
            "centre",
            "center",
            "network",
            "coalition",
            "watchdog",
            "team",
            "unit",
            "operator",
            "company",
            "authority",
            "administration",
            "municipality",
            "ngo",
            "charities",
            "agencies",
            "institute",
            # "The rights association's Van branch said", "a village elder said",
            # "rescuers said": bodies by a part of them, and more people who tell.
            "branch",
            "chapter",
            "association",
            "associations",
            "union",
            "federation",
            "elder",
            "rescuers",
            "medics",
            "staff",
            "crew",
            "journalist",
            "journalists",
            "monitor",
            # Evidence that tells: "Voice recordings shared online ... blame the army",
            # "video footage showed", "witness accounts say".
            "recordings",
            "footage",
            "videos",
            "images",
            "photographs",
            "pictures",
            "testimonies",
            "accounts",
            # "according to community leaders", "religious leaders said".
            "leader",
            "leaders",
            "chiefs",
            "organisers",
            "organizers",
            # A rank named back ("the colonel said", "the inspector told us") is the
            # officer of that rank named before; one of a trade counted out ("A
            # smuggler told a WhatsApp group") speaks as "One driver said" does.
            # Offices of a state's local administration and lines that take calls from
            # people in distress: "the Moselle prefecture said", "the Alarm Phone
            # hotline said".
            "prefecture",
            "subprefecture",
            "hotline",
            "helpline",
            "colonel",
            "inspector",
            "captain",
            "lieutenant",
            "sergeant",
            "superintendent",
            # Higher ranks named back the same way ("The admiral said", "..., the general
            # added"), and a village's own head ("its headman, Name, said").
            "admiral",
            "general",
            "brigadier",
            "commodore",
            "headman",
            # Leaked or released papers that tell ("..., the cables said,").
            "cables",
            "smuggler",
            "smugglers",
        ),
    )
)
_PRONOUNS = frozenset({"he", "she", "it", "they"})
#: "Six of the 24 sailors were wounded, it said": a subject that counts people is
#: plural, so "it" points back to the source cited before, not to them.
_COUNTED_OPENER = re.compile(
    r"(?:\d[\d,]*|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|some|many|most|several|dozens|hundreds|thousands)\s+of\b",
    re.IGNORECASE,
)
#: "Police had exchanged fire with ..., it said": "it" is not the plural the sentence
#: opens on (police, troops, guards), so it points back to the source cited before.
_PLURAL_ACTOR = re.compile(
    r"\b(?:police|troops|guards|soldiers|officers|forces|agents|men|smugglers|migrants|"
    r"militants|rebels|gunmen|fighters|residents|villagers)\b",
    re.IGNORECASE,
)
#: "according to the statement", "the communiqué said": the words of whoever issued it.
_DOCUMENTS = frozenset(
    {"statement", "communique", "communiqué", "press release", "release", "post", "message"}
    # "The letter said": a letter, memo, circular or notice speaks for its sender too.
    | {"letter", "memo", "circular", "notice"}
    # "The same document says": a paper named back, the one cited before.
    | {"document"}
    # "According to the report": the report of whoever was cited last.
    | {"report"}
)
#: "the statement said", "the same post said": a document named back, spoken for by
#: whoever issued it (resolved by :class:`SpeakerContext`).
_DOCUMENT_BACK = re.compile(
    r"(?:the|this|that|its|their)\s+(?:same\s+|latest\s+|new\s+|online\s+)?(?:"
    + "|".join(sorted(_DOCUMENTS, key=len, reverse=True))
    + r")",
    re.IGNORECASE,
)
#: Words around a generic speaker that do not make it a named one ("Local officials").
_GENERIC_WORDS = frozenset(
    [
        "defence",
        "defense",
        "interior",
        "foreign",
        "home",
        "justice",
        "armed",
        "the",
        "these",
        "those",
        "local",
        "senior",
        "other",
        "some",
        # "the same media said", "the same source added": the speaker named before.
        "same",
        "government",
        "security",
        "border",
        "state",
        "regional",
        "military",
        "police",
    ]
)
_STATE_HEADS = frozenset(
    {"ministry", "government", "army", "military", "police", "guard", "guards", "command",
     "minister", "authorities", "officials", "official", "prosecutors"}
)  # fmt: skip
#: "Haki Sasa, a Nairobi-based group that aids refugees": a named body and its kind.
_DESCRIBED_BODY = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|of|for|de|du|des))*),\s+"
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?P<kind>group|organisation|organization|charity|network|association|coalition|"
    r"watchdog|monitor|NGO|agency)\b"
)
#: The kind of a non-state body written before its name ("the charity X", "the NGO Y").
_BODY_KINDS = frozenset(
    {"charity", "group", "organisation", "organization", "NGO", "association", "coalition",
     "network", "foundation", "watchdog", "monitor"}
)  # fmt: skip
#: "the group said", "the charity said": a non-state body named back by what it is.
_GROUP_HEADS = frozenset({"group", "organisation", "organization", "charity", "ngo"})
#: A name of a non-state body: "Human Rights Watch", "Médecins Sans Frontières", "Alarm
#: Phone", "UNHCR" (an acronym of three letters or more).
_ORGANISATION_NAME = re.compile(
    r"\b(?:Watch|Rights|Amnesty|International|Sans|Frontières|Frontieres|Doctors|Rescue|"
    r"Committee|Council|Network|Federation|Foundation|Society|Institute|Centre|Center|"
    r"Association|Organi[sz]ation|Coalition|Alliance|Union|Movement|Front|Phone|Caritas|"
    r"Crescent|Cross)\b|^(?-i:[A-Z]{3,})$"
)
#: "the force said" after "the border police said": a body named by what it is.
_BODY_HEADS = frozenset({"service", "agency", "board", "office", "guard", "command", "force"})
#: "their press centre", "its press service", "the press centre": the office that speaks
#: for a body, named by a possessive (or by "the", once so named).
_PRESS_OFFICE = re.compile(
    r"(?:(?P<whose>its|their)\s+|the\s+)?(?P<office>press\s+(?:centre|center|service|office))"
)
#: "the outlet said", "the newspaper reported": a news outlet named back by what it is.
_OUTLET_HEADS = frozenset(
    {"outlet", "newspaper", "paper", "daily", "broadcaster", "channel", "website", "site"}
)
#: "..., according to Taiwan News.", "the Daily Nation reported": a name the report
#: cites for what happened, the way it cites a news outlet (a later "the outlet said"
#: is that name, though nothing in the name says it is an outlet).
_OUTLET_CITED = re.compile(
    r"(?:\baccording\s+to\s+(?:the\s+)?(?P<after>[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,3})"
    r"\s*[.;]"
    r"|,\s+(?:the\s+)?(?P<before>[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,3})"
    r"(?:\s+(?:newspaper|daily|paper|broadcaster|channel|website))?\s+reported\b)"
)
#: "the two outlets said", "both papers reported": the speakers named together last.
_COUNTED_BACK = re.compile(
    r"(?:the\s+)?(?:two|three|both|both\s+the)\s+(?:[a-z-]+\s+)?[a-z]+s", re.IGNORECASE
)
_BODY_WORDS = ("guard", "service", "agency", "board", "office", "command", "ministry", "police")
_NOT_SPEAKERS = frozenset(
    ["if", "when", "unless", "once", "as", "while", "although", "though", "it's", "this", "that"]
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:a\s+statement\s+(?:by|from)\s+|figures\s+from\s+|data\s+from\s+|"
    # "according to a letter from the customs service made public on Tuesday": the
    # service wrote it; the words after its name say how the letter came out.
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:letter|memo|memorandum|circular|notice|document|note)\s+"
    r"(?:by|from)\s+|"
    # "according to testimony collected by X": X says so; "according to charges filed by
    # X", "a report released by X": the one who drew up the papers.
    r"(?:(?:the\s+|an?\s+)?(?:testimon(?:y|ies)|accounts?|data|figures|evidence|reports?|"
    r"documents?|charges|charge\s+sheets?|indictments?|court\s+(?:papers|documents|filings))\s+"
    r"(?:collected|gathered|compiled|published|released|obtained|cited|seen|filed|issued|"
    r"lodged|submitted|drawn\s+up)\s+by\s+))?"
    r"(?P<who>[^,.;]+?)(?:\s+(?-i:data|figures|statistics|estimates|records|reports?|"
    r"sources))?(?=\s*(?:[,.;]|$|\s+(?:on|in|at|who|which)\s|\s+(?:made\s+(?:public|known)|"
    r"published|released|issued|leaked|seen|obtained|sent|dated)\b))",
    re.IGNORECASE,
)
#: "reports from local people that ...", "reports by villagers that ...": an account
#: given by the people named, told through what it says.
_REPORTS_FROM_THAT = re.compile(
    r"\breports?\s+(?:from|by)\s+(?P<who>[^,.;]{1,40}?)\s+that\b", re.IGNORECASE
)
#: People of the place, named by no more than that: "local people", "residents".
_LOCAL_PEOPLE = re.compile(
    r"(?:local\s+)?(?:people|residents|villagers|locals|witnesses|farmers|fishermen|herders)",
    re.IGNORECASE,
)
#: People named by where they live or are: "people in the village", "locals living
#: near the post", "families from the area" (up to the clause's end).
_PEOPLE_PLACED = re.compile(
    r"(?:people|locals|families|households|villagers|others)\s+(?:(?:who\s+)?(?:live|lived|living|"
    r"work|working)\s+)?(?:in|at|from|near|around|on|along|nearby|"
    # "People living further east said": placed by a direction from where the report is.
    r"(?:further|farther)\s+(?:north|south|east|west|upstream|downstream|inland))\b[^,.;]*",
    re.IGNORECASE,
)
#: A news site by its address: "zedtrade.com", "news.example.org".
_WEB_ADDRESS = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|org|net|info|news|[a-z]{2})", re.IGNORECASE)
#: "Warsaw called the footage staged", "dismissed the reports as lies": a judgement that
#: the other side's account is untrue is a denial by whoever makes it.
_CALLED_UNTRUE = re.compile(
    r"\b(?:called|calls|call|described|describes|branded|brands|labelled|labeled|termed|"
    r"dismissed|dismisses)\s+(?:the|these|those|this|that|such|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:claims?|accusations?|allegations?|reports?|footage|video|images|photos|charges?|"
    r"story|account|statements?|accounts|information|news|evidence|talk|version)"
    # "called the evidence for the mines a fabrication", "the reports of the post's
    # capture false": what the account was about, between it and the judgement.
    r"(?:\s+(?:of|about|for|on)(?:\s+[\w’'-]+){1,4}?)?"
    r"\s+(?:as\s+)?[\"“‘']?(?:\w+\s+){0,2}?"
    r"(?:baseless|false|fake|staged|fabricated|lies|a\s+lie|groundless|absurd|unfounded|"
    r"untrue|nonsense|propaganda|a\s+fabrication|a\s+provocation|disinformation|"
    # "a total fabrication", "a misunderstanding": the judgement after a word of degree.
    r"fabrication|misunderstanding|invention|fiction)\b",
    re.IGNORECASE,
)
#: "was seeing things that were not there", "imagining things", "a figment of his
#: imagination", "pure fantasy": the other side's claim mocked as imagined.
_SEEING_THINGS = re.compile(
    r"\b(?:see|sees|seeing|saw|seen|imagine|imagines|imagining|imagined)\s+things\b"
    r"|\bfigment\s+of\b|\b(?:pure|sheer|a)\s+fantasy\b|\bfantasies\b",
    re.IGNORECASE,
)
_UNTRUE_WORDS = (
    r"(?:baseless|false|fake|staged|fabricated|lies|a\s+lie|groundless|absurd|unfounded|"
    r"untrue|nonsense|propaganda|a\s+fabrication|a\s+provocation|disinformation)"
)
_CLAIMED_THINGS = r"(?:claims?|accusations?|allegations?|reports?|charges?|story|account)"
#: "Yerevan said the claim was false", "said the reports were baseless".
_SAID_UNTRUE = re.compile(
    # "told an interviewer last month that the charge was a fabrication": the audience
    # and the time of telling between the verb and what was said.
    r"\b(?:said|says|insisted|insists|stated|(?:told|tells)\s+(?:[\w’'-]+\s+){1,5}?that)\s+"
    r"(?:that\s+)?(?:the|these|those|this|that|such)\s+"
    rf"(?:\w+\s+){{0,2}}?{_CLAIMED_THINGS}(?:\s+(?:of|about)\s+(?:[\w-]+\s+){{1,3}}?)?\s*"
    rf"(?:was|were|is|are)\s+(?:\w+\s+)?{_UNTRUE_WORDS}\b"
    # "said reports that its soldiers killed two herders were false": the claim told in
    # full before it is called untrue.
    r"|\b(?:said|says|insisted|insists|stated)\s+(?:that\s+)?(?:(?:the|these|those|such)\s+)?"
    rf"{_CLAIMED_THINGS}\s+that\s+[^.;]{{1,120}}?\s+(?:was|were|is|are)\s+(?:\w+\s+)?"
    rf"{_UNTRUE_WORDS}\b"
    # "said Ali was lying about any violation": the other side's teller called a liar.
    r"|\b(?:said|says|insisted|insists|stated)\s+(?:that\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|"
    r"the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|he|she|they)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:simply\s+|just\s+|openly\s+)?lying\b"
    # "said the wounded were lying in a field": lying somewhere, no lie.
    r"(?!\s+(?:on|in|at|under|near|beside|next|face|dead|wounded|injured|low|along|across|"
    r"down|there|here|inside|outside|around|among)\b)",
    re.IGNORECASE,
)
#: "were accused of", "has been blamed by rights groups for": an accusation told of its
#: target, its maker after "by" if named.
_PASSIVE_ACCUSATION = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:accused|blamed)\b"
    r"(?:\s+by\s+(?P<by>[^,.;]+?))?\s+(?:of|for)\b",
    re.IGNORECASE,
)
#: "the International Organization for Migration (IOM)": an acronym in brackets after a
#: name; blanked (same length, so offsets hold) for the name to speak.
_ACRONYM_IN_BRACKETS = re.compile(r"\s\([A-Z][A-Za-z0-9&.-]{1,9}\)")
#: "Name Surname, 24, said": the speaker's age between commas after the name, which
#: only says who the speaker is; read as blanks, the name is right before the verb.
_AGE_AFTER_NAME = re.compile(r"(?<=[a-zà-ÿ]),\s+(?:aged\s+)?\d{1,3},(?=\s+[a-z])")
#: "..., a claim Yerevan dismissed as false", "an accusation Baku denied".
_CLAIM_ANSWERED = re.compile(
    r",\s+(?:a|an)\s+(?:claim|accusation|allegation|charge|version|account)\s+(?:that\s+)?"
    # "a charge the PNG Defence Force rejects": a body by its article too.
    r"(?P<who>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|"
    # "a version the task force's spokesman, Jonathan Malaya, called false": an office
    # and the name of its holder between commas.
    r"the\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+,\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+),)"
    r"\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?"
    rf"(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|disputed|called\s+{_UNTRUE_WORDS})\b"
)
#: "shelling was reported by new arrivals", "were documented by the mission": the
#: sentence's account is theirs.
_REPORTED_BY = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported|described|documented|"
    r"recorded|claimed|alleged)|"
    # "In an earlier case reported by X, ...": the case the sentence tells is X's.
    r"^(?:In|On)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:case|incident|attack|raid|"
    r"seizure|episode)\s+(?:reported|documented|recorded|described))\s+"
    r"by\s+(?P<who>[^,.;]+?)\s*(?=[,.;]|$|\s+(?:who|which|on|in)\s)",
    re.IGNORECASE,
)
#: "In the Ministry's view, ...", "in the opinion of the commission": whose view the
#: sentence tells.
_IN_VIEW = re.compile(
    r"\b[Ii]n\s+(?:(?P<who>(?:the\s+)?[A-Z][^,;]{0,60}?)['’]s?\s+(?:view|opinion|assessment)"
    r"|the\s+(?:view|opinion|assessment)\s+of\s+(?P<of>[^,;]{1,60}?))\s*,"
)
#: ", by his count", "by the union's count": whose figure the sentence gives.
_BY_COUNT = re.compile(
    r"\b[Bb]y\s+(?P<who>his|her|its|their|(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:['’]s|s['’]))\s+"
    r"(?:own\s+)?(?:count|reckoning|tally|estimate|account|version)\b"
    # "By the Chilean account, ...": a side named by its adjective tells what follows.
    r"|^\s*By\s+(?P<side>the\s+[A-Z][\w-]+)\s+(?:account|version)\s*,"
    # "Its own reading was that ...", "its first assessment was that ...": whose reading
    # the clause after "that" is.  ("X's account is that ..." is left out: a following
    # "he said" then goes on in X's voice and takes its place with it, which cost a
    # gold match.)
    r"|(?:^|(?<=\s))(?P<whose>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:[A-Z][\w’'-]*\s+){0,3}?"
    r"[A-Z][\w’'-]*['’]s)\s+(?:own\s+|first\s+|initial\s+|latest\s+)?(?:reading|"
    r"assessment|conclusion)\s+(?:is|was)\s+that\b"
)
#: The speaker a possessive pronoun points back to.
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: "residents we spoke to", "witnesses whom our team met": the people, not the meeting.
_WE_MET = re.compile(
    r"\s+(?:(?:that|who|whom)\s+)?(?:we|I|our\s+\w+)\s+(?:spoke|talked|interviewed|met|"
    r"reached|contacted)\b.*$"
)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|supposedly|believed\s+to|"
    r"appears?\s+to|appeared\s+to|said\s+to\s+(?:be|have)|suspected\s+of|alleged)\b",
    re.IGNORECASE,
)
#: "believed to be from Senegal", "said to be nationals of Eritrea": a doubt on where
#: people come from, which leaves what they did or met as told.
_ORIGIN_HEDGED = re.compile(
    r"\s+(?:be|have\s+been)\s+(?:(?:mostly|mainly|all)\s+)?"
    r"(?:from|nationals\s+of|citizens\s+of|natives\s+of|of\s+[A-Z][\w’'-]*\s+origin)\b"
)
#: "... seized four boats that were believed to be fishing illegally": a relative clause
#: opening right before the hedge, on the noun just named.
_RELATIVE_BEFORE_HEDGE = re.compile(
    r"\b[a-z][\w-]*\s+(?:that|which|who)\s+(?:were|was|are|is|had\s+been|have\s+been)\s+$"
)


def _hedge_on_what_was_acted_on(sentence: str, hedge_start: int) -> bool:
    """Whether a hedge only doubts what the people or boats acted on were doing.

    "Police seized two boats that were believed to be fishing illegally": the doubt is on
    the boats' fishing, in a relative clause on the object; the seizure stays as told.
    The clause must follow an earlier verb of the sentence's own, so "Boats which were
    believed to ..." opening a sentence keeps its hedge.
    """
    before = sentence[:hedge_start]
    if re.search(r"\w,\s+$", before) and _HEDGED_PARTICIPLE.match(sentence, hedge_start):
        # "two boats got away, reportedly heading for Australian waters": the doubt is on
        # the participle phrase set off after the act; the act stays as told.
        return True
    if (
        re.search(r"\bfor\s+$", before)
        and _HEDGED_PARTICIPLE.match(sentence, hedge_start)
        and _ACTED_ON_BEFORE.search(before)
    ):
        # "were detained by the Congolese for allegedly crossing into their territory":
        # the doubt is on the charge; the detention stays as told.
        return True
    relative = _RELATIVE_BEFORE_HEDGE.search(before)
    return relative is not None and _ACTED_ON_BEFORE.search(before[: relative.start()]) is not None


#: "reportedly heading for", "apparently carrying": a hedge on a participle phrase.
_HEDGED_PARTICIPLE = re.compile(
    r"(?:reportedly|allegedly|apparently|supposedly|purportedly)\s+[a-z]+ing\b"
)


#: An act on people or goods before the relative clause that hedges them.
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:seized|confiscated|impounded|intercepted|arrested|detained|caught|stopped|"
    r"boarded|rescued|held)\b",
    re.IGNORECASE,
)
#: "Footage published by X shows ...", "satellite images show ...": what the material
#: shows is alleged, by whoever published it when the sentence names them.
_SHOWN = re.compile(
    r"\b(?:footage|video(?:s)?|images|imagery|photos|photographs|pictures|recordings?|"
    r"documents|data|figures|statistics)\b(?P<mid>[^.;]*?)\s+(?:shows?|showed|appears?\s+to\s+show|"
    r"suggests?|suggested|indicates?|indicated)\b",
    re.IGNORECASE,
)
#: ", and television pictures " before "showed": the pictures come in a clause of their
#: own after one in the report's voice.
_SHOWN_AFTER_OWN_CLAUSE = re.compile(r"\w[^,;]*,\s+and\s+(?:[a-z-]+\s+)?$")
#: Whose pictures: an acronym ("AFP photographs") or a name with its possessive
#: ("Reuters' footage"); "Satellite images" names no one.
_OWNER_OF_SHOWN = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|the)\s+)(?P<who>[A-Z]{2,6}|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}"
    r"(?:['’]s|s['’]))\s+$"
)
#: "The Navy had earlier released a photograph of the frigate sailing off X", "the
#: coast guard published footage of ...": the sentence's subject shows the act in
#: pictures it put out, told on its word.
_RELEASED_PICTURE = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:earlier|also|later|then|since)\s+)?"
    r"(?P<verb>released|publish(?:ed|es)|posted|shared|issued|releases|posts|shares)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:photographs?|photos?|pictures?|images?|"
    r"videos?|footage)\s+(?:of|showing)\b"
)


def _pictures_released(sentence: str) -> re.Match[str] | None:
    """The "X released a photograph of ..." opening of a sentence, or None."""
    match = _RELEASED_PICTURE.match(sentence.strip())
    if match is None or not _looks_like_speaker(match.group("who")):
        return None
    return match


_PUBLISHED_BY = re.compile(
    r"\b(?:published|released|posted|filmed|shared|obtained|verified|seen|quoted|cited|"
    r"compiled)\s+(?:\w+\s+){0,3}?"
    r"by\s+(?P<who>[^,.;]+?)\s*(?:,|$)"
)
_NO_RESPONSE = re.compile(
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,4}?|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|publicly\s+|immediately\s+|officially\s+)*"
    r"(?:responded|respond|commented|comment|replied|reply|reacted|react)\b"
    # "The battalion had made no statement on the incident by the time ...".
    r"|(?P<who4>[A-Z][\w’'.-]*(?:\s+[A-Za-z()][\w’'.()-]*){0,8}?|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?:has|have|had)\s+(?:yet\s+)?(?:made|issued|given|released|offered)\s+no\s+"
    r"(?:public\s+|official\s+)?(?:statement|comment|response)s?\b"
    r"|(?P<who2>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,4}?)\s+(?:declined|refused)\s+to\s+comment"
    # "Tajik officials could not be reached for comment".
    r"|(?P<who3>[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,4}?)\s+could\s+not\s+be\s+reached\b",
)
#: "said it could not confirm the claim", "says it cannot verify the reports": a speaker
#: who neither tells nor denies.
_CANNOT_CONFIRM = re.compile(
    r"\s+(?:that\s+)?(?:it|they|he|she|we)\s+(?:could\s*not|could\s+n['’]t|cannot|can\s*not|"
    r"was\s+unable\s+to|were\s+unable\s+to)\s+(?:independently\s+)?(?:confirm|verify)\s+"
    # Only of an account told before: "could not confirm that troops crossed" still
    # tells what is at issue, and stays the speaker's.
    r"(?:(?:the|this|that|these|those|such)\s+(?:\w+\s+)?(?:claims?|reports?|accounts?|"
    r"accusations?|allegations?)|it|them|this)\b"
)
_EXPECTED_DENIAL = re.compile(
    r"\b(?:(?:a|an)\s+(?:\w+\s+)?denial\s+(?:is|was|seems|appears)\s+(?:\w+\s+)?(?:expected|likely)"
    r"|(?:is|are|was|were)\s+(?:\w+\s+)?(?:expected|likely)\s+to\s+deny)\b",
    re.IGNORECASE,
)
_NOT_DENIAL_OBJECT = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:entry|access|asylum|passage|permission|visas?|bail)\b", re.I
)
_DENIAL_OBJECT = re.compile(
    r"\b(?:accusations?|allegations?|claims?|charges?|reports?|suggestions?|as|that|any|"
    r"account|version|narrative|story|statements?|"
    r"involvement|responsibility|wrongdoing|it|them|this|the)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    """A span of a sentence that tells who says so (offsets within the sentence)."""

    start: int
    end: int
    kind: str  # claim, accusation, denial, confirmation, hedge, no_response, ...


@dataclass(frozen=True)
class Attribution:
    """What a sentence's wording says about the status of what it reports.

    Attributes
    ----------
    status : str
        ``confirmed``, ``alleged``, ``disputed`` or ``denied`` (a sentence that only
        denies).
    claimant, denier, target : str
        Speakers as worded (generic ones still unresolved), and the accused party of
        "X accused Y of".
    statement_verb_end : int
        Where the speech verb ends (dates right after it date the statement).
    no_response : str
        A party said not to have responded.
    expected_denial : bool
        The report expects a denial that has not been made.
    """

    status: str
    claimant: str = ""
    denier: str = ""
    target: str = ""
    no_response: str = ""
    expected_denial: bool = False
    statement_verb_end: int = -1
    cues: tuple[Cue, ...] = ()


#: "An army report issued that day", "a police statement": a document, by its issuer.
_DOCUMENT_OF = re.compile(
    # "the same statement", "its latest report": words that point back to a paper
    # named before are no issuer; the speaker context resolves them.
    r"^(?:an?|the)\s+(?!(?:same|latest|new|online|earlier|previous)\s)"
    r"(?P<body>(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
    r"(?:report|statement|communiqu[ée]|bulletin|press\s+release)\b(?:\s+(?:issued|released|"
    r"published)\b.*)?$",
    re.IGNORECASE,
)


def _issuer_of_document(speaker: str) -> str:
    """A speaker named as a document ("navy report") is the body that issued it."""
    issuer = _DOCUMENT_OF.match(f"a {speaker}") if speaker else None
    return normalise_actor(issuer.group("body")) if issuer else speaker


#: "the Greek daily X", "the Bucharest news site X", "the state broadcaster X": the
#: words that say what kind of outlet speaks, before its name.  The name speaks; its
#: description is dropped (so two outlets joined by "and" stay one short speaker).
_OUTLET_DESCRIPTION = re.compile(
    r"(?:\b(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'-]*|state|state-run|state-owned|local|online|"
    # "the public broadcaster X", "the official news agency Y".
    r"public|public-service|official|government|government-run|commercial|"
    r"independent|private|regional|national|pro-government|opposition|investigative|"
    r"English-language|television|TV|radio|news)\s+){0,3}?"
    r"(?:daily|dailies|newspaper|newspapers|paper|weekly|tabloid|broadcaster|broadcasters|"
    r"magazines?|news\s+agency|wire\s+service|blog|"
    r"(?:news\s+)?(?:site|website|portal|outlet|channel)s?|radio\s+station|television|TV|"
    # "the Chilean station X": a broadcaster by its kind alone.
    r"station)"
    # "the news site turkmen.news": a name may be the site's address, in lower case.
    r"\s+(?=[A-ZÀ-Þ]|(?:[a-z0-9-]+\.)+[a-z]{2,}\b)"
)


#: "..., a member of the team that inspected the area told": the speaker before a
#: defining relative clause that runs up to the verb.
_DEFINING_RELATIVE = re.compile(
    r"(?:^|[,;:]\s*)(?P<who>(?:a|an|one|the)\s+[^,;:]+?"
    # "Lorry drivers who made it into Jordan said": people, with no article, that a
    # "who" clause says which.
    r"|(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,2}?(?=\s+who\b))\s+(?:that|who)\s+[^,;:]*$",
    re.IGNORECASE,
)
#: "a member of the inspection team", "one of the officers": one person of a body.
#: "Vladimir Petrov of the border guard station": a person's name, then the body.
_NAME_OF_BODY = re.compile(
    r"[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){1,3}\s+of\s+(?P<body>the\s+[^,;]+)"
)
_MEMBER_OF = re.compile(
    r"(?:a|an|one)\s+(?:member|members|official|officer|representative)\s+of\s+(?:the|a|an|its)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:team|committee|commission|delegation|mission|panel|council|"
    r"board|group|unit|patrol)",
    re.IGNORECASE,
)


_PUBLISHED_WHICH_IT = re.compile(
    r"\s*(?P<np>[^,;]+?)\s+(?:then\s+|also\s+|later\s+)?(?:showed|aired|broadcast|released|"
    r"published|posted|shared)\s+[^,;]{1,80}?\s+(?:which|that)\s+(?:it|they)\s*$"
)


#: "..., the ETV programme "Aktuaalne kaamera" reported": an outlet or show named in
#: quotes after the word for its kind, right before the verb.
_QUOTED_OUTLET_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:programmes?|programs?|shows?|bulletins?|"
    r"newspapers?|paper|daily|weekly|magazine|(?:news\s+)?(?:site|website|portal|agency)|"
    r"channel|station|broadcaster)\s+[\"“](?P<name>[^\"“”,;.]{1,60})[\"”]\s*$"
)


#: "Unnamed sources quoted by the news agency X", "sources cited by X": people the report
#: does not name, heard through an outlet.
_UNNAMED_QUOTED_BY = re.compile(
    r"(?:(?:unnamed|anonymous|unidentified)\s+(?:[\w-]+\s+)?(?:sources?|officials?|people)|"
    r"sources)\s+(?:quoted|cited)\s+by\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:news\s+agency|"
    r"agency|newspaper|broadcaster|channel|daily|outlet)\s+)?"
    r"(?P<outlet>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,3})\s*$",
    re.IGNORECASE,
)


def _speaker_before(sentence: str, verb_start: int) -> tuple[str, int]:
    """The phrase naming who speaks, read backwards from the verb."""
    before = _DATELINE.sub(lambda m: " " * len(m.group(0)), sentence[:verb_start])
    quoted = _QUOTED_OUTLET_BEFORE.search(before)
    if quoted:
        # The quotation marks are the name's, not a quotation the speaker ends.
        return normalise_actor(quoted.group("name")), quoted.start("name")
    match = _SPEAKER_STOP.search(before)
    start = match.end() if match else 0
    phrase = before[start:]
    lead = _LEADING.match(phrase)
    if lead:
        start += lead.end()
        phrase = phrase[lead.end() :]
    described = _OUTLET_DESCRIPTION.match(phrase)
    if described:
        start += described.end()
    # Blanks keep every offset into the sentence where it was.
    phrase = _OUTLET_DESCRIPTION.sub(lambda m: " " * len(m.group(0)), phrase)
    phrase = phrase.lstrip()
    relayed = _UNNAMED_QUOTED_BY.match(phrase)
    if relayed:
        # "Unnamed sources quoted by the news agency X said": nobody the reader can name
        # speaks but through X, whose account it is.
        return normalise_actor(relayed.group("outlet")), start + relayed.start("outlet")
    issuer = _DOCUMENT_OF.match(phrase)
    if issuer:
        # "An army report issued that day put ...": the body that issued it speaks.
        return normalise_actor(issuer.group("body")), start + issuer.start("body")
    relative = _DEFINING_RELATIVE.search(before)
    if (
        relative is not None
        and relative.start("who") >= start
        # "The department denied that account and said": "that" a determiner after a
        # verb, no relative clause.
        and not re.search(rf"\b(?:{_SAY}|{_ACCUSE}|{_DENY}|{_CONFIRM})\b", relative.group("who"))
        and (
            _looks_like_speaker(relative.group("who"))
            or _head_first(relative.group("who").split())
        )
    ):
        # "a member of the team that inspected the area told": who the relative clause
        # describes speaks, not the clause's own object.
        return normalise_actor(relative.group("who")), relative.start("who")
    affiliated = _NAME_OF_POST.fullmatch(phrase.strip())
    if affiliated:
        # "Police Colonel X Y of the Z police station said": the person speaks; the post
        # they belong to only says who they are (and made the phrase too long to read).
        phrase = affiliated.group("name")
    if re.fullmatch(r"[a-z][\w'’-]*(?:ed|ned|t)\b.*\band", phrase.strip()):
        # "He banned X, ordered residents to be disarmed and warned that": the last of the
        # verbs the subject shares; what he did before is no speaker, he is.
        return _subject(sentence)
    words = phrase.split()
    published = _PUBLISHED_WHICH_IT.match(phrase)
    if published and _looks_like_speaker(published.group("np")):
        # "The ministry then published pictures of launchers which it said were moving":
        # "it" in the relative clause on what was shown is the one who showed it.
        return normalise_actor(published.group("np")), start + published.start("np")
    pair = re.fullmatch(r"\s*(?P<a>[A-ZÀ-Þ][^,;]*?)\s+and\s+(?P<b>[A-ZÀ-Þ][^,;]*?)\s*", phrase)
    if (
        pair
        and _PERSON_NAME.search(pair.group("a"))
        and _PERSON_NAME.search(pair.group("b"))
        and _looks_like_speaker(pair.group("a"))
        and _looks_like_speaker(pair.group("b"))
    ):
        # "..., Prime Minister X and Foreign Minister Y announced": two named speakers
        # make one statement together; both speak.
        return f"{normalise_actor(pair.group('a'))} and {normalise_actor(pair.group('b'))}", start
    if len(words) > 9 and not _head_first(words):
        return _speaker_before_where(phrase, start)
    if not words:
        return "", -1
    if len(words) > 1 and words[-1].lower() in _PRONOUNS:
        # "State TV showed footage it said proved ...": "it" in a clause that qualifies a
        # noun is the sentence's subject, not the words before the pronoun.
        actor = re.match(
            r"\s*(?P<np>.+?)\s+(?:showed|shown|aired|broadcast|released|published|posted|"
            r"shared|ran|gave|made|\w+ed)\b",
            phrase,
        )
        if actor and _looks_like_speaker(actor.group("np")):
            return normalise_actor(actor.group("np")), start + actor.start("np")
        return "", -1
    # "the head of a Doctors Without Borders mobile clinic said": a head that opens the
    # phrase may take a longer description than a speaker's words elsewhere.
    if not _looks_like_speaker(phrase) and not _head_first(words):
        return "", -1
    return normalise_actor(phrase), start


#: Words of rank or standing before a head ("a senior official of ...").
_STANDING = frozenset(
    {"senior", "junior", "top", "high-ranking", "high-level", "ranking", "local", "deputy",
     "acting", "former", "regional", "provincial", "district", "chief"}
)  # fmt: skip
#: How many words may follow a head that opens a speaker's phrase ("the head of a ...").
_HEAD_FIRST_WORDS = 10


def _head_first(words: list[str]) -> bool:
    """Whether a phrase opens on a speaker's head and the words that describe it.

    "A reporter for the Serbian news agency Beta at the crossing": the head, then "for",
    "of", "at" or "from" and no more than :data:`_HEAD_FIRST_WORDS` words, with no comma
    (", the head of the X post, Name Surname, said": the name after the comma speaks).
    """
    if any("," in w for w in words):
        return False
    if words and words[0].lower() in ("the", "a", "an", "one"):
        words = words[1:]
    # "a senior official of a militia in X", "a local officer at the post": up to two
    # words of rank or standing before the head.
    for skip in range(3):
        if skip and not all(w.lower() in _STANDING for w in words[:skip]):
            return False
        rest = words[skip:]
        if len(rest) < 3 or len(rest) - 1 > _HEAD_FIRST_WORDS:
            return False
        head = rest[0].lower().strip("’'")
        if not (head in _GENERIC_HEADS or head.rstrip("s") in _GENERIC_HEADS):
            continue
        if rest[1].lower() in ("of", "for", "at", "from"):
            return True
        if _IN_NAMED_PLACE.fullmatch(" ".join(rest[1:])):
            # "Witnesses in the coastal city of X told": people named by the place they
            # are in; "the army in a statement said" is no such place.
            return True
    return False


#: "in the coastal city of X", "in the border town of X Y": where speakers are, a kind
#: of place (two words at most before it) named after "of".
_IN_NAMED_PLACE = re.compile(
    r"in\s+the\s+(?:[a-z-]+\s+){0,2}?(?:city|town|village|province|district|region|port|"
    r"capital|area)\s+of\s+[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,2}"
)


#: A speaker and where they are: "opposition officials and villagers in X district of
#: Y province" (the head before "in", "at" or "from" a capitalised place).
_SPEAKER_THEN_WHERE = re.compile(r"(?P<head>.+?)\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")
#: Most words of that head: "the public relations office of the fisheries department
#: in Bushehr province said" names one office by a body it belongs to.
_LONGEST_HEAD_BEFORE_WHERE = 8


def _speaker_before_where(phrase: str, start: int) -> tuple[str, int]:
    """The speaker of a phrase too long to be a name, when a place makes it long.

    "opposition officials and Jarai villagers in Oyadaw district of Ratanakiri province
    said": the people speak; where they live only says who they are.  A head of
    :data:`_LONGEST_HEAD_BEFORE_WHERE` words at most, ending on a word that names
    speakers, is kept.
    """
    where = _SPEAKER_THEN_WHERE.match(phrase.strip())
    if where is None:
        return "", -1
    head = where.group("head")
    last = head.split()[-1].lower().strip("’'")
    if len(head.split()) > _LONGEST_HEAD_BEFORE_WHERE or not (
        last in _GENERIC_HEADS or last.rstrip("s") in _GENERIC_HEADS
    ):
        return "", -1
    if not _looks_like_speaker(head):
        return "", -1
    return normalise_actor(head), start


#: Ranks of officers: "the colonel said" names back the officer of that rank.
_RANKS = frozenset(
    {"colonel", "inspector", "captain", "lieutenant", "sergeant", "superintendent", "general",
     "admiral", "brigadier"}
)  # fmt: skip

#: A rank as news abbreviates it before a name ("Adm. X", "Maj. Gen. Y", "Brig. Z").
_RANK_SHORT = {
    "admiral": r"\bAdm\.\s",
    "general": r"\bGen\.\s",
    "brigadier": r"\bBrig\.\s",
    "colonel": r"\bCol\.\s",
    "captain": r"\bCapt\.\s",
}

#: A titled person's name and the post or unit they belong to: "Police Colonel X Y of the
#: Z police station", "Inspector X Y of the Z border post".
_NAME_OF_POST = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*)\s+of\s+the\s+(?:[A-Z][\w’'.-]*\s+){1,4}"
    r"(?:(?:police|border|army|navy|military)\s+)?(?:station|post|unit|district|division|"
    r"battalion|brigade|regiment|command|precinct|checkpoint|detachment|outpost)"
)


#: Units a speaker is placed in ("Police in the province of X", "officials in the
#: Brazilian state of Y"), lower case inside a subject.
_UNITS_IN_SUBJECT = (
    "province",
    "state",
    "region",
    "district",
    "county",
    "department",
    "governorate",
    "oblast",
    "municipality",
    "prefecture",
    "territory",
)
_UNIT_OF_PLACE = re.compile(r"\b(?:" + "|".join(_UNITS_IN_SUBJECT) + r")\s+of\s+[A-ZÀ-Þ]")
_SUBJECT = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?:[A-Z][\w’'.-]*|of|the|in|for|and)(?:\s+(?:[A-Z][\w’'.-]*|of|the|in|"
    r"for|"
    + "|".join(sorted(_GENERIC_HEADS, key=len, reverse=True))
    # After a lower-case word ("the", "Rican") and before "of" only.
    + r"|(?<=[a-z]\s)(?:"
    + "|".join(_UNITS_IN_SUBJECT)
    + r")(?=\s+of\s)"
    + r")\b)*"
)


_POSSESSIVE_SUBJECT = re.compile(
    r"^(?:(?:The|A|An)\s+)?(?:[A-Z][\w’'.-]*\s+)+(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted(_GENERIC_HEADS - _PRONOUNS))
    + r")\b"
)


#: "In a televised address last night, ...", "On Monday, ...": a phrase of time or
#: occasion before the subject, ended by its comma.
_OPENING_ADVERBIAL = re.compile(
    r"^(?:In|On|At|During|Speaking|After|Before|Later|Earlier|Late|Early)\b[^,;:]{0,60},\s+"
)


#: "the sultan's spokesman, Abraham Ali,", "The rebels' commander": a speaker named by
#: whose officer they are, in lower case, and the name after it between commas.
_WHOSE_OFFICER_SUBJECT = re.compile(
    r"^(?:The|the|A|a|An|an)\s+(?P<whose>[a-z][\w-]*['’]s?)\s+(?P<head>(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(_GENERIC_HEADS - _PRONOUNS))
    + r"))\b(?:,\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),)?"
)


#: "Early reports in Goma", "Initial accounts from X": accounts named by when they came,
#: and where from, as the sentence's subject.
_EARLY_REPORTS_SUBJECT = re.compile(
    r"(?:Early|Late|Initial|First|Later|Earlier|Unconfirmed|Conflicting)\s+(?:reports|accounts)"
    r"(?:\s+(?:in|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
)


#: "In December 2015 X blamed", "Earlier this month X said": a time that opens the
#: sentence without a comma, before the subject.
_OPENING_TIME = re.compile(
    r"^(?:(?:In|On|During|By)\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?"
    r"(?:,?\s+(?:19|20)\d{2})?|(?:Earlier|Later)\s+(?:this|that|last|in\s+the)\s+"
    r"(?:day|week|month|year|morning|evening))\s+(?=\S)"
)


def _subject(sentence: str) -> tuple[str, int]:
    """The sentence's opening noun phrase, when it names a speaker."""
    opening = _OPENING_ADVERBIAL.match(sentence) or _OPENING_TIME.match(sentence)
    at = opening.end() if opening else 0
    rest = sentence[at:]
    officer = _WHOSE_OFFICER_SUBJECT.match(rest)
    if officer:
        # "the sultan's spokesman, Abraham Ali, called the raid a massacre and insisted
        # that ...": the officer speaks, by name when the sentence gives it.
        words = [officer.group("whose"), officer.group("head"), officer.group("name") or ""]
        return normalise_actor(" ".join(w for w in words if w)), at
    early = _EARLY_REPORTS_SUBJECT.match(rest)
    if early:
        # "Early reports in Goma named him and said": the reports speak, not "Early".
        return early.group(0), at
    found = [m for m in (_POSSESSIVE_SUBJECT.match(rest), _SUBJECT.match(rest)) if m]
    match = max(found, key=lambda m: len(m.group(0)), default=None)
    if not match or not match.group(0).strip():
        return "", -1
    phrase = re.sub(r"\s+(?:of|the|in|for|and)$", "", match.group(0).strip())
    if not phrase or not _looks_like_speaker(phrase):
        return "", -1
    return normalise_actor(phrase), at


#: "two of them told us", "one of the survivors said", "most of those": people counted
#: out of a group the report named speak for themselves.
_COUNTED_SPEAKER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|most|all|\d+)"
    r"\s+of\s+(?:them|those|the\s+(?:[a-z\d]+\s+){0,2}?[a-z]+)"
    # "Two of the six people it spoke to", "three of the migrants they interviewed":
    # the people by whom they were heard.
    r"(?:\s+(?:it|they|we|he|she)\s+(?:had\s+)?(?:spoke\s+to|spoken\s+to|talked\s+to|"
    r"met|[a-z]+ed))?",
    re.IGNORECASE,
)


#: A noun phrase and the participle that describes it: "refugees arriving in X".
#: "Residents fleeing the area": a present participle takes its object as well.
_PARTICIPLE_AFTER = re.compile(
    r"(?P<head>(?:\S+\s+){0,3}?\S+)\s+(?:(?:[a-z]+ing|[a-z]+ed)\s+(?:in|at|from|to|into|by|"
    r"across|through)|[a-z]{2,}ing\s+(?:the|their|this|that))\b.*$"
)


#: "A 25-year-old Syrian told ...", "two young Afghans said": people named by their
#: nationality, after an article or a count (and an age), speak as "a man" does.
_NATIONAL_PERSON = re.compile(
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+)\s+"
    r"(?:(?:\d+-year-old|young|elderly|old|teenage)\s+)?(?P<who>[A-Z][\w-]*?)(?:s)?",
    re.IGNORECASE,
)


#: The adjectives of every country ("Syrian", "Afghan"), for :func:`_national_person`.
_NATIONALITIES = frozenset(COUNTRY_ADJECTIVES.values())


#: ", in Kota Kinabalu" at the end of a speaker's office: where the office sits.
_SEAT_AFTER = re.compile(r"\s+(?:in|at)\s+[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*){0,2}\s*$")


def _national_person(phrase: str) -> bool:
    named = _NATIONAL_PERSON.fullmatch(phrase.strip())
    if named is None or not named.group("who")[:1].isupper():
        return False
    who = named.group("who")
    return who in _NATIONALITIES or f"{who}s" in _NATIONALITIES


def _looks_like_speaker(phrase: str) -> bool:
    if _DOCUMENT_BACK.fullmatch(phrase.strip()):
        return True  # "..., the statement said": its issuer speaks
    if _national_person(phrase):
        return True
    if _COUNTED_SPEAKER.fullmatch(phrase.strip()) or _MEMBER_OF.fullmatch(phrase.strip()):
        return True
    if _PEOPLE_PLACED.fullmatch(phrase.strip()):
        # "People in the area told X", "Others in the community said": people named by
        # where they are speak as a group does.
        return True
    if re.match(r"\s*according\s+to\b", phrase, re.IGNORECASE):
        return False  # "according to X media reports": the reports are a noun here
    of_body = _NAME_OF_BODY.fullmatch(phrase.strip())
    if of_body and _looks_like_speaker(of_body.group("body")):
        # "Name Surname of the border guard station in X": a named person of a body
        # that speaks, the body in lower case.
        return True
    role = _ROLE_LEADS.match(phrase.strip())
    if role and _looks_like_speaker(role.group("body")):
        return True  # "a representative of the X Railway told": one who speaks for it
    described = _PARTICIPLE_AFTER.match(phrase.strip())
    if described and described.group("head") != phrase.strip():
        # "refugees arriving in Iriba", "migrants interviewed at the camp": the people,
        # by a word that names speakers ("Lorries parked in the yard" are none).
        head = described.group("head")
        return (
            _looks_like_speaker(head)
            and any(
                w.lower().strip("’'") in _GENERIC_HEADS
                or w.lower().rstrip("s") in _GENERIC_HEADS
                # "Russians arriving in X said": people named by their nationality, plural.
                or (w.endswith("s") and w[:-1] in _NATIONALITIES)
                for w in head.split()
            )
        )
    owned = _OWNED_PERSON.fullmatch(phrase.strip())
    if owned and _looks_like_speaker(owned.group("body")):
        # "the Armenian defence ministry's Artsrun Hovhannisyan": a named person of a
        # body that speaks.
        return True
    if _SPOKESPERSON_NAMED.search(phrase.strip()):
        # "Customs and Border Protection spokesman Jane Roe": a named spokesperson, however
        # long the body before the title.
        return True
    # "the consulate general", "the consul-general": one office, its rank after it.
    phrase = re.sub(r"\b(consulate|consul)[\s-]+general\b", r"\1", phrase, flags=re.IGNORECASE)
    seated = _SEAT_AFTER.search(phrase)
    if seated and seated.start() > 0 and _looks_like_speaker(phrase[: seated.start()]):
        # "an official of the Zambian consulate in Lilongwe": the office speaks; the city
        # after it is only where it sits.
        return True
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "the Kremlin"
    if words[0].lower() in _NOT_SPEAKERS:
        return False
    if (
        len(words) >= 2
        and words[0] in _BODY_KINDS
        and all(w[:1].isupper() or _SMALL_FIRST_NAME.fullmatch(w) for w in words[1:])
    ):
        return True  # "the charity Rainbow4Africa said": a body's kind, then its name
    # "the delegation in the city", "rights groups in Morocco": the head is before "in".
    for cut, word in enumerate(words[1:], start=1):
        # "officials from both countries", "a source from the ministry": the head too.
        # "Police in the Brazilian state of Amapá": a unit of a place is longer.
        longest = 7 if _UNIT_OF_PLACE.search(" ".join(words[cut:])) else 4
        if word.lower() in ("in", "at", "of", "for", "on", "from") and len(words) - cut <= longest:
            head = words[cut - 1].lower().strip("’'")
            if head in _GENERIC_HEADS or head.rstrip("s") in _GENERIC_HEADS:
                return True
            break
    last = words[-1].lower().strip("’'")
    if last in _GENERIC_HEADS or last.rstrip("s") in _GENERIC_HEADS:
        return True
    if _BODY_OF_TWO_WORDS.search(" ".join(words[-2:])):
        return True  # "the command post that runs the state of emergency said"
    if (
        len(words) <= 4
        and re.fullmatch(r"[A-Z]{2,6}", words[-1])
        and "'s" in phrase.replace("’", "'")
    ):
        # "the breakaway region's KGB": a body by its acronym, whose it is before it.
        return True
    if _titled_holder(words):
        return True
    if len(words) == 1 and _WEB_ADDRESS.fullmatch(words[0]):
        return True  # "..., sxcoal.com said": a news site named by its address
    if (
        2 <= len(words) - 1 <= 4
        and words[0] in _LOWER_TITLES
        and _PERSON_NAME.fullmatch(" ".join(words[1:]))
    ):
        return True  # "..., director Jane Ouma told a news conference"
    lowered = _LOWER_OFFICE_THEN_NAME.fullmatch(" ".join(words))
    if lowered and _PERSON_NAME.fullmatch(lowered.group("name")):
        return True  # "charges filed by assistant attorney general Name"
    if len(words) <= 6 and any(w.lower() in _GENERIC_HEADS - _PRONOUNS for w in words[1:]):
        return True  # "Rights groups in Morocco"
    # A named body or person: every word capitalised but the small joining words.
    small = {"of", "the", "for", "and", "de", "del", "on", "in"}
    return (
        all(
            w[:1].isupper()
            or w.lower() in small
            # "Suwayda 24", "France 24", "Channel 4": a number that ends an outlet's name.
            or (at == len(words) - 1 and at > 0 and re.fullmatch(r"\d{1,3}", w))
            or re.fullmatch(_NAME_PARTICLE, w)
            # "teleSUR", "eKathimerini": a name written with a small first letter.
            or _SMALL_FIRST_NAME.fullmatch(w)
            for at, w in enumerate(words)
        )
        and (words[0][:1].isupper() or bool(_SMALL_FIRST_NAME.fullmatch(words[0])))
    )


#: "the X ministry's Name Surname": a body in the possessive, then a person's name.
_OWNED_PERSON = re.compile(
    r"(?P<body>.{3,60}?)['’]s\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2})"
)


#: A name written with a small first letter and a capital inside it ("teleSUR").
_SMALL_FIRST_NAME = re.compile(r"[a-z]{1,5}[A-Z][\w’'-]*")


#: Bodies named by two words whose last names no speaker alone ("post", "centre").
_BODY_OF_TWO_WORDS = re.compile(
    r"^(?:command|operations|crisis|coordination|emergency)\s+(?:post|centre|center|cell|room)$",
    re.IGNORECASE,
)


#: Offices written in lower case right before their holder's name, with no article
#: ("director Jane Ouma told", "spokesman Ali Musa said").
_LOWER_TITLES = frozenset(
    {
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "minister",
        "governor",
        "mayor",
        "chief",
        "inspector",
        "superintendent",
        "prosecutor",
        "coordinator",
        "commissioner",
        "administrator",
        # "..., ambassador Name said after meeting them": an envoy named by office.
        "ambassador",
        "envoy",
        "consul",
    }
)


#: An office of a few lower-case words, its holder's name after it ("assistant attorney
#: general Name", "deputy police chief Name").
_LOWER_OFFICE_THEN_NAME = re.compile(
    r"(?:[a-z-]+\s+){0,2}(?:attorney\s+general|solicitor\s+general|prosecutor|chief|director|"
    r"commissioner|inspector|superintendent|spokes(?:man|woman|person))\s+(?P<name>[A-Z].*)"
)


def _titled_holder(words: list[str]) -> bool:
    """Whether words are an office, its portfolio in lower case, then its holder's name.

    "Vice-minister for the fight against smuggling Daniel Vargas", "Minister of state
    security Aiko Tan": the portfolio's common nouns stand between the title and the
    name, so not every word is capitalised, yet a person speaks.
    """
    if len(words) < 4 or not all(w[:1].isupper() for w in (words[0], words[-2], words[-1])):
        return False
    # The office word comes first or after a word or two of its kind ("Security minister").
    titles = [w.lower().split("-")[-1] for w in words[:3]]
    return bool(set(titles) & (_GENERIC_HEADS - _PRONOUNS)) and any(
        w[:1].islower() for w in words[1:-2]
    )


_NEGATED_ACT = re.compile(
    r"^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,80}?\b(?:(?:does|do|did|has|have|had|was|were|is|are)\s+"
    r"(?:not|never)|never)\s+(?:been\s+)?(?:\w+\s+)?(?:violat|breach|cross|enter|attack|fir|"
    r"shell|strik|struck|detain|kill|shoot|shot|invad|launch|push|expel|fl[eoy]w?n?|"
    # "said Morocco had never targeted civilians": the act charged.
    r"target|"
    r"took\s+place|tak\w+\s+place|happen|occur|us(?:e|ed|ing)\s+force)\w*"
    # "that the Chinese side had done nothing that could have affected the divers": the
    # act the claim tells said not to have been done at all.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,80}?\b(?:(?:had|has|have)\s+done|did)\s+"
    r"nothing\s+(?:wrong|illegal|unlawful|unprofessional|that|to)\b"
    # "that no decision to close the crossings had been taken": the act said not decided.
    r"|^\s*(?:\w+\s+){0,4}?(?:that\s+)?no\s+decision\s+(?:[\w-]+\s+){0,6}?(?:had|has|have|was)\s+"
    r"been\s+(?:taken|made)\b"
    # "said no such incident had taken place", "nothing of the kind had happened": the
    # act told by the other side said not to have been at all.
    r"|^\s*(?:that\s+)?(?:no\s+such\s+(?:\w+\s+){1,2}?|nothing\s+of\s+the\s+(?:kind|sort)\s+)"
    r"(?:had|has|have|was|were|is|are)\s+(?:ever\s+)?(?:been\s+)?(?:took\s+place|"
    r"tak\w+\s+place|happen|occur)\w*"
    # "that no shots had been aimed at our soldiers": an act negated by its subject (not a
    # toll: "no one was killed" tells what did not happen to people, not a denial).
    # "that no Uzbek aircraft, crewed or unmanned, had been deployed": an aside inside the
    # subject, and forces sent named as the act.
    r"|^\s*(?:in\s+a\s+(?:statement|communiqu[ée]|letter)\s+|on\s+\w+day\s+)?(?:that\s+)?"
    r"(?:no|nobody|no\s+one|none)\s+(?:\w+\s+){0,3}?(?:\w+,[^,.;]{1,60},\s+)?"
    r"(?:had|has|have|was|were)"
    r"\s+(?:been\s+)?(?:\w+ly\s+)?(?:violat|breach|cross|enter|attack|fir|shell|strik|struck|"
    # "no American aircraft had been operating in Iranian airspace": the craft said
    # not to have been there at all.
    r"invad|launch|push|expel|aim|target|fl[eoy]w?n?|deploy|station|sent\b|dispatch|"
    r"operat)\w*"
    # "there is no proof that ...", "there had been no fighting": the claim's act or its
    # ground said not to exist.
    # "that no PNG soldiers had been in or near X": forces said never to have been there.
    # "told Pacific Beat that no ...": the audience told stands before "that".
    r"|^\s*(?:(?:[A-Z][\w’'-]*\s+){1,4}that\s+|that\s+)?"
    r"(?:no|none\s+of\s+(?:its|their|our)|not\s+a\s+single)\s+(?:\w+\s+){0,2}?"
    r"(?:soldiers?|troops?|forces|units?|personnel|aircraft|ships?|vessels?|boats?|drones?|"
    r"officers?|police(?:men)?|guards?)\s+(?:had|has|have|was|were)\s+(?:ever\s+)?been\s+"
    r"(?:in|inside|into|on|near|at|across|over)\b"
    r"|^\s*(?:in\s+a\s+(?:statement|communiqu[ée]|letter)\s+|on\s+\w+day\s+)?(?:that\s+)?"
    r"there\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+no\s+"
    r"(?:\w+\s+){0,2}?(?:proof|evidence|fighting|clash(?:es)?|shooting|firing|exchange\s+of\s+"
    r"fire|incursion|attack|violation|breach)\b"
    # "it had found no information or evidence to confirm them": nothing to the claim.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,40}?\b(?:found|finds|find|saw|sees|has|had|have)"
    # "had no information about any new restrictions" is a speaker who does not know,
    # not one who says the claim is untrue.
    # "had no information to offer on the incident" alike.
    r"\s+no\s+(?:\w+\s+){0,3}?(?:evidence|"
    r"information(?!\s+(?:to\s+(?:offer|give|share)|about|on|regarding|of)\b)|"
    r"proof|sign|signs|trace|record)\b"
    # "said Israel had failed to produce any evidence that such tunnels existed": the
    # claimant said to have no proof of its claim.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,40}?\b(?:had|has|have)\s+failed\s+to\s+"
    r"(?:produce|provide|present|show|offer|give)\s+(?:any\s+)?(?:\w+\s+)?(?:evidence|proof)\b"
    # Nothing seen where the claim put something: "no drones had been detected that
    # night", "his service had seen no movement of troops".  A toll observed ("recorded
    # no casualties") tells what did not happen to people, not a denial.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,60}?\bno\s+(?:\w+\s+){0,3}?(?:had|has|have|was|"
    r"were)\s+(?:been\s+)?(?:detected|spotted|observed|sighted|registered|tracked)\b"
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,60}?\b(?:seen|saw|sees|detected|detects|observed|"
    r"observes|spotted|registered|tracked)\s+no\s+(?!(?:\w+\s+){0,2}?(?:casualt|injur|"
    r"death|dead|victim|survivor|damage))"
    # "said Russia had nothing to do with the raid", "played no part in the attack": the
    # party named said to have had no hand in the act.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,60}?\b(?:(?:had|has|have)\s+nothing\s+to\s+do|"
    r"(?:played|plays|had|has|have)\s+no\s+(?:part|role|hand))\s+(?:with|in)\s+"
    # ... an act ("the raid", "any attack"), not a matter ("nothing to do with trade").
    r"(?:the|that|this|these|those|any)\s+(?:[\w-]+\s+){0,2}?(?:raids?|attacks?|strikes?|"
    r"shootings?|killings?|incidents?|bombings?|blasts?|explosions?|shelling|incursions?|"
    r"ambush(?:es)?|seizures?|abductions?|kidnappings?|clash(?:es)?|violence|downing|crash)\b"
    # "said it was wrong to blame Bhutan": the charge against the party said to be unfounded.
    r"|^\s*(?:that\s+)?it\s+(?:was|is|would\s+be)\s+(?:wrong|unfair|baseless|false)\s+to\s+"
    r"(?:blame|accuse|hold)\b"
    # "nothing so far pointed to the army": no sign of the party accused.
    r"|^\s*(?:that\s+)?(?:(?!\band\b)[^.;,]){0,40}?\bnothing\s+(?:so\s+far\s+|yet\s+|as\s+yet\s+)?"
    r"(?:pointed|points|indicated|indicates|suggested|suggests|linked|links|implicated|"
    r"implicates|tied|ties)\b"
    # "said on Wednesday that it categorically rejected the allegation that ...": the
    # speaker tells of its own denial.
    r"|^\s*(?:on\s+\w+day\s+)?(?:that\s+)?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+)?(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:the|any|all|these|those|such)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?)\b",
    re.IGNORECASE,
)
#: "no Pakistani citizen had been targeted", "nobody was pushed back": an act negated by
#: its subject.  A denial only after a verb of holding a view against another (see
#: ``_INSIST``): "the police said nobody was hurt" tells the toll.
_NOBODY_ACTED = re.compile(
    r"^\s*(?:that\s+)?(?:no(?!\s+(?:fewer|less|more|longer|sooner)\b)|nobody|no\s+one|none)\b"
    r"(?:(?!\band\b)[^.;,]){0,60}?\b(?:was|were|had|has|have|is|are)\s+(?:been\s+)?"
    r"(?:\w+ly\s+)?\w+(?:ed|en|t)\b"
)
#: The noun a relative clause's speaker stands for: "the Saudi government, which
#: answered", "15 Afghans who described".
_RELATIVE_SPEAKER = re.compile(
    r"(?:^|\s)(?:the\s+)?(?:\d[\d,]*\s+)?(?P<who>(?:[A-Z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'-]*|"
    + "|".join(sorted(_GENERIC_HEADS - _PRONOUNS, key=len, reverse=True))
    + r"))\s*,?\s+(?:which|who)(?:\s+\w+)?\s*$"
)
#: A kinship ending a description ("the victim's sister", "his uncle"): no office.
_KIN_LAST = re.compile(r"\b(?:" + "|".join(_KIN) + r")\s*$", re.IGNORECASE)
_ROLE_WORDS = (
    r"spokes(?:man|woman|person)|press\s+officer|head|chief|commander|director|deputy\s+\w+|"
    r"representative|official|officer"
)
#: One who speaks for a body, not in their own right.
_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|press\s+officer|representative)"
_ROLE_FOR = re.compile(
    # Wires often drop the article before one who only speaks for a body: "Name,
    # spokesman for the service, said" (a commander without one speaks for himself).
    rf",\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:{_ROLE_WORDS})|(?:\w+\s+)?{_SPOKESPERSON})\s+"
    r"(?:for|of|at|with)\s+"
    r"(?P<body>[^,.;]+?)\s*(?:,|$|\.)"
)
_ROLE_LEADS = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:spokes(?:man|woman|person)|press\s+officer|"
    r"representative)\s+(?:for|of)\s+(?P<body>.+)$",
    re.IGNORECASE,
)
#: "Border Guard spokesman Andriy Demchenko": one who speaks for a body, by name.  An
#: office and its holder ("deputy police chief Qassem Rezaei") stay the speaker.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?P<body>.+?)\s+(?:spokes(?:man|woman|person)|press\s+officer|representative)\s+[A-Z]"
)


#: "BEN GUERDANE - ", "KHARTOUM — ": a dateline, not part of the speaker's name.
#: "KHARTOUM/JUBA – " names two cities the report was filed from.
#: "QUITO, Jan 22 (Reuters) - " and "SULAIMANIYA, Iraq - " carry a date, a country or
#: an agency; "MACAPÁ, Brazil, July 12 - " and "SAN JOSE, Costa Rica, May 3 - " both.
DATELINE = re.compile(
    # "KIGOMA, Tanzania, 28 May -": the day may stand before its month as well as after.
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ .'’/-]+(?:,\s+(?:\d{1,2}\s+)?[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?"
    r"(?:\s+\d{1,2})?){0,2}"
    r"(?:\s+\([^)]{1,40}\))?\s+[-–—]\s+|"
    # "PESHAWAR: The crossing ...": the city in capitals and a colon.
    r"[A-ZÀ-Þ]{2}[A-ZÀ-Þ .'’/-]*:\s+(?=[A-Z])|"
    # "Islamabad, Feb 21 Forces of ...": a wire's city and day with no dash left.
    r"[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+)?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s+\([^)]{1,40}\))?\s+(?:[-–—:]\s+)?(?=[A-Z])|"
    # "June 13 (Reuters) -": a wire's day and agency with no city before them.
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:\s+\([^)]{1,40}\))?\s+[-–—]\s+(?=[A-Z]))"
)
_DATELINE = DATELINE
_ASIDE_BEFORE_VERB = re.compile(
    # "..., a Kyrgyz official, who asked not to be named, said": the speaker after the
    # clause they voice opens on an article.
    r"(?:^|[.;:]\s+|,\s+(?=(?:a|an|the|one)\s|[A-ZÀ-Þ]))"
    r"(?P<who>[^,;]+?),\s+(?:speaking|who|whose|which|citing|quoting|quoted|writing|"
    # "The X Presidency, part of the Interior Ministry, said": the body it belongs to.
    r"part\s+of|an?\s+(?:unit|arm|branch|division|wing|department|agency)\s+of|"
    r"in\s+a)\b[^,;]*,\s*$"
)
_TITLE_THEN_NAME = re.compile(
    # "On the other side, the head of the X post, Name, told": an opening adverbial
    # (a preposition or a time word and a few words) before the office.
    r"(?:^|[.;:]\s+)(?:(?:On|In|At|From|Across|Along|Inside|Later|Earlier|Meanwhile|Separately)"
    r"\b[^,;]{0,40},\s+(?=(?:the|a|an)\s))?(?P<title>[^,;]+?),\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+)"
    # "A second witness, Name from Herat, told": where the person is from, after the name.
    r"(?:\s+from\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?,\s*$"
)
#: "..., his information minister, Name, said": an office named by whose it is, and its
#: holder, speaking after the clause they voice.
_TRAILING_TITLE_NAME = re.compile(
    # ", Zambia's ambassador in Lilongwe, Name, said": whose office it is by a name.
    r",\s+(?P<whose>his|her|its|their|a|an|the|(?:[A-ZÀ-Þ][\w-]*\s+){0,2}[A-ZÀ-Þ][\w-]*['’]s)\s+"
    r"(?P<title>[^,;]+?),\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|" + _NAME_PARTICLE + r"))+),\s*$"
)
#: A person by name before the verb, after the words that said who they are: "Alireza
#: Rahimi, the province's deputy governor, told" once the appositive is dropped.
_NAME_BEFORE_VERB = re.compile(
    # "^\s*": a dateline or a lead-in label ("Why: Name, the minister, said") is
    # blanked before this is read, and leaves its spaces at the start.
    r"(?:^\s*|[.;:]\s+|[,.!?]?[”\"]\s*)(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|"
    + _NAME_PARTICLE
    + r"))+),\s*$"
)
#: "Larsen, a chief inspector of the border police, told": a sentence opening on one
#: capitalised word set off by an appositive that says who it is, a speaker named by
#: the surname alone as reports name people again (and sometimes the first time).
_SURNAME_OPENING = re.compile(r"\s*(?P<name>[A-ZÀ-Þ][\w’'-]+),\s*$")
#: The name of a body whose words "for", "of", "on" or "and" join capitalised words ("the
#: X Commission for Human Rights"), before the verb once the appositive is dropped.
_BODY_NAME_BEFORE_VERB = re.compile(
    r"(?:^|[.;:]\s+)(?P<name>(?:[Tt]he\s+)?[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:for|of|on|and)\s+"
    r"(?:the\s+)?)?[A-ZÀ-Þ][\w’'.-]*)+),\s*$"
)
#: "The authorities of X, <appositive>, said": a body named by its kind and its place.
_AUTHORITIES_OF_BEFORE_VERB = re.compile(
    r"(?:^\s*|[.;:]\s+)(?P<name>[Tt]he\s+(?:authorities|government|police|army|leadership|"
    r"administration)\s+(?:of|in)\s+[A-ZÀ-Þ][\w’'-]*(?:\s+[A-ZÀ-Þ][\w’'-]*)*),\s*$"
)
#: ", the only witness,", ", a father of four,": an appositive that says who the speaker
#: is, between commas right before the verb.
_TRAILING_APPOSITIVE = re.compile(
    # ", then the ministry's spokesman,": an office held at the time is an office all
    # the same.
    r",\s+(?:(?:then|now|formerly|until\s+recently)\s+)?(?:the|a|an|one\s+of|"
    # ", Moldova's breakaway region,": an appositive on whose it is; the owner may be
    # a name of two or three words (", South Sudan's army spokesman,").
    r"(?:[A-ZÀ-Þ][\w-]*\s+){0,2}[A-ZÀ-Þ][\w-]*['’]s(?=\s)|"
    # ", police chief of Nangarhar province,": an office of up to two words before it.
    # ", communications director at the State House,": the office held at or for a body.
    r"(?:[a-z][\w-]*\s+){0,2}(?:commander|head|chief|director|spokes\w+|"
    r"minister|governor|mayor|leader|secretary|president)\s+(?:of|at|for))\s+[^,;:“”\"]+,\s*$"
)
#: ", who is in X to oversee the lockdown,": a relative clause on the speaker, before the verb.
_TRAILING_WHO = re.compile(r",\s+who\s+[^,;:“”\"]+,\s*$")
#: A person's name: two or more capitalised words, particles between.
_PERSON_NAME = re.compile(
    r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|" + _NAME_PARTICLE + r"))+"
)
#: "... spokesman Jane Roe" at the end of a speaker phrase: the title, then a name.
_SPOKESPERSON_NAMED = re.compile(r"(?:^|\s)" + _SPOKESPERSON + r"\s+" + _PERSON_NAME.pattern + "$")
#: ", Name Surname, " left before the verb once an appositive after it is dropped, after
#: a clause of what was said.
_NAME_AFTER_CLAUSE = re.compile(
    r"[a-z0-9)’'\"”],\s+(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|"
    + _NAME_PARTICLE
    + r"))+),\s*$"
)
#: A finite verb in the words before a name: a clause of what was said, not an office
#: ("Guards shot a man at the border on Friday, Name, ...").
_CLAUSE_NOT_OFFICE = re.compile(
    r"\s(?:is|are|was|were|has|have|had|been|will|would|shot|fired|killed|crossed|seized|"
    r"detained|arrested|entered|opened|closed|reopened|stopped|turned|added)\s"
)
#: "said the municipal health director, Name": an office in lower case, then its holder.
_TITLE_NAME_AFTER = re.compile(
    r"\s+(?:the\s+)?(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}),\s+"
    r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'.-]*|" + _NAME_PARTICLE + r"))+)"
    r"(?<!\.)(?=\.?\s*[,.;]|\.?\s*$)"
)
#: The last word of an office in lower case ("the municipal health director").
_OFFICE_WORD = re.compile(
    r"\b(?:director|officer|official|chief|head|commissioner|spokes(?:man|woman|person)|"
    r"minister|governor|mayor|chair(?:man|woman|person)?|commander|coordinator|manager|"
    r"secretary|president|prefect|administrator|representative|superintendent)$"
)
#: The word after an office that joins the body it heads ("head of the Red Cross").
_OFFICE_OVER = re.compile(r"\s+(?:of|for|at|in|with)\s+")
#: Verbs whose object is who was told ("told Iranian state media that"): the speaker is
#: never after them.
_AUDIENCE_VERBS = frozenset({"told", "tells", "informed"})
#: "told Iran's envoy, who was away, not to come back", "told traders to leave": who was
#: told and what to do (an infinitive before any "that"), an order rather than a claim.
_TOLD_TO_DO = re.compile(
    # "told reporters the navy was flying over the area to make sure ...": the press is
    # told an account, never given an order, whatever infinitive comes later.
    r"(?!\s+(?:reporters|journalists|the\s+press|(?:a|the)\s+(?:news|press)\s+conference|"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:newspaper|daily|news\s+agency|broadcaster)|"
    r"(?:the\s+)?(?:state\s+)?(?:media|television|radio)|AFP|Reuters|(?:the\s+)?AP|"
    # News agencies by name: "told ANI he was not being allowed to go" is an account.
    r"ANI|PTI|IANS|UNI|EFE|TASS|RIA|IRNA|ISNA|Xinhua|Kyodo|Yonhap|ANSA|Anadolu|Bernama|"
    r"Antara|dpa|DPA)\b)"
    r"\s+(?:(?!that\b)[^.;:“”\"]){1,80}?\b(?:not\s+)?to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|be|have)\b)[a-z]+\b"
)
#: "what Iranian state media described as bases", "what Islamabad called hideouts": a
#: speaker's word for a thing, not the voice of the sentence.
_WHAT_THEY_CALLED = re.compile(
    r"\bwhat\s+(?:(?!(?:and|or|but|called|termed|described|dubbed)\b)[\w’'.-]+\s+){1,4}$",
    re.IGNORECASE,
)
#: "... and not in Y, as Y's police had said": the clause a contradiction ends on names
#: whose account it answers.
_AS_OTHERS_SAID = re.compile(
    r"\bnot\b[^.;]{0,80},\s+as\s+(?P<who>(?:the\s+)?[^,.;]{2,60}?)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:said|says|claimed|claims|alleged|alleges|stated|reported|maintained)\b"
)
#: "..., dismissing the other side's account as fake": a denial told as a gerund.
_DENYING_AFTER_COMMA = re.compile(
    r",\s+(?:denying|dismissing|rejecting|refuting)\s+(?:(?:the|any|all|its|their|[A-Z][\w-]*"
    r"(?:['’]s)?)\s+){1,3}(?:accounts?|claims?|accusations?|allegations?|charges?|reports?|"
    r"version|story|narrative)\b|"
    # "..., denying that anyone had been shot", "issued a statement denying that its
    # troops crossed": what is denied told as a clause.
    r"(?:,\s+|\bstatement\s+)denying\s+that\b"
)
#: "put out a statement saying that", "criticised the move, saying", "gave a different
#: location, saying": a statement made, and what follows "saying" is the account of
#: whoever the sentence opens on.  After an act ("barred X, saying", "fired on the jet,
#: saying") the act stays the report's own, so no verb of acting leads here.
_SAYING_AFTER = re.compile(
    r"(?:\b(?:statement|complaint|note|letter|message)(?:\s+[\w’'-]+){0,6}?\s+|"
    # "in the disputed Shebaa Farms, saying": an adjective after its article, no verb.
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:criticised|criticized|criticises|criticizes|disputed|disputes|"
    r"protested|protests|"
    r"complained|complains|objected|objects|called\s+for\s+help|"
    r"gave\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:account|version|location|"
    r"figure|toll|reason|explanation|story|(?:order|sequence|chain)\s+of\s+events))\b[^.;:]*?,\s+"
    r"(?:\w+ly\s+)?)saying\b"
)
#: Verbs of holding a view against another ("insisted that no citizen had been hit"):
#: what they negate is a denial even when a determiner ("no", "nobody") negates it.
_INSIST = r"insisted|insists|maintained|maintains|countered|counters|stressed|asserted"
#: "on Sierra Leonean land", "on its own soil", "within its own borders": ground named as
#: a side's own.
_ON_OWN_GROUND = re.compile(
    r"\b(?:on|in|inside|within)\s+(?P<whose>its\s+own|their\s+own|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
    r"\s+(?:land|soil|territory|ground|side|borders)\b"
)


def _own_country(speaker: str, whose: str) -> bool:
    """Whether ``whose`` ("its own", "Sierra Leonean") names the speaker's own country."""
    if whose.split()[0] in ("its", "their"):
        return True
    mine = set(country_codes_in(speaker))
    return bool(mine) and mine == set(country_codes_in(whose))


_APPOSITIVE_BEFORE = re.compile(
    rf"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:{_ROLE_WORDS})|"
    rf"(?:\w+\s+)?{_SPOKESPERSON})\s+"
    r"(?:for|of|at|with)\s+(?P<body>[^,;]+?),\s*$"
)


def negates_an_act(words: str) -> bool:
    """Whether words a speaker says deny an act ("never flew over Rwanda", "had not crossed").

    Parameters
    ----------
    words : str
        What a speaker says, from its start ("that ...", "never flew ...").

    Returns
    -------
    bool
        True when they deny an act of crossing, firing, attacking, detaining... or say
        that nothing was found to support one.

    Examples
    --------
    >>> negates_an_act("never flew over Rwanda")
    True
    >>> negates_an_act("did not say whether its soldiers died")
    False
    """
    return _NEGATED_ACT.match(words) is not None


#: "Name, for his part, said", "The Guards, on their website, said", "Refugees camped at
#: X, in Y district, said": the sentence opens on its speaker, and an aside set off by
#: commas stands between it and the verb.
_OPENING_THEN_ASIDE = re.compile(r"^\s*(?P<who>[^,;:“”\"]+?),\s+(?P<aside>[^;:“”\"]+?),\s*$")
#: Words that open an adverbial or a clause, not a speaker ("On Monday, ...").
_NOT_AN_OPENING_SPEAKER = re.compile(
    r"(?:on|in|at|after|before|when|while|if|as|since|during|by|for|from|with|last|this|"
    r"that|earlier|later|meanwhile|however|but|and|yet|then|also|still|though|although|"
    r"because|once|unless|until|there|it|what|here|now|today|yesterday)\b",
    re.IGNORECASE,
)
#: An aside that only says where the speaker is: "in Y province", "near Maseru".
_PLACE_ASIDE = re.compile(r"(?:in|at|near|outside)\s+(?:the\s+)?[A-ZÀ-Þ]")
#: An office in lower case over a named body or place: "prefect of X", "mayor of Y".
_OFFICE_ASIDE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?[A-ZÀ-Þ]")
#: Most words and commas an aside may have ("who escaped from X, some 35 km from Y").
_ASIDE_WORDS = 16
_ASIDE_COMMAS = 2
_OPENING_SPEAKER_WORDS = 8
#: "arriving in Y on Friday", "speaking in Z": what a speaker was doing as they spoke.
_PARTICIPLE_ASIDE = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+(?:in|at|to|on|from|after)\b")
#: "Another woman from X", "A man from Y": one person described, not a named one.
_ONE_PERSON_OPENERS = frozenset({"Another", "A", "An", "One"})


def _opening_speaker_before_aside(before: str) -> tuple[str, int]:
    """The speaker the sentence opens on, before an aside between commas and the verb.

    "President Name, for his part, announced", "The Guards, on their website, said":
    the aside says where or how the speaker spoke; the words before it speak.  An aside
    that is a person's name is the holder of the office before it ("X's ambassador in
    Y, Name, told").
    """
    trimmed = _DATELINE.sub(lambda m: " " * len(m.group(0)), before)
    opened = _OPENING_THEN_ASIDE.match(trimmed)
    if opened is None:
        return "", -1
    who, aside = opened.group("who").strip(), opened.group("aside").strip()
    described = _OUTLET_DESCRIPTION.match(who)
    if described and who[described.end() :].strip()[:1].isupper():
        # "The daily X, citing officials, reported": the outlet by its name, its kind
        # only describing it.
        who = who[described.end() :].strip()
    if _PLACE_ASIDE.match(aside) or _OFFICE_ASIDE.match(aside):
        # "Police on X Island, in Y province, say": an aside that only seats the speaker
        # leaves where it sits and where the act was one place; "Name, prefect of X,"
        # is an office the appositive readings above weigh.  Both left as before.
        return "", -1
    if (
        len(who.split()) > _OPENING_SPEAKER_WORDS
        or len(aside.split()) > _ASIDE_WORDS
        or aside.count(",") > _ASIDE_COMMAS
        or _NOT_AN_OPENING_SPEAKER.match(who)
        or who.split()[0].lower() in _PRONOUNS
        or not _looks_like_speaker(who)
    ):
        return "", -1
    if _PERSON_NAME.fullmatch(aside):
        return f"{normalise_actor(who)} {aside}", opened.start("who")
    named = re.fullmatch(r"the\s+(?P<name>" + _PERSON_NAME.pattern + ")", aside)
    if named:
        # "The fishermen's union, the X Union, said": the body by its own name.
        return normalise_actor(named.group("name")), opened.start("aside")
    if re.fullmatch(r"[A-ZÀ-Þ][\w’'-]+", aside) and who.split()[0] in _ONE_PERSON_OPENERS:
        # "Another woman from X, Name, said": one person described, then their one name.
        return aside, opened.start("aside")
    if re.fullmatch(r"[A-Z]{2,8}", aside):
        # "The UN Interim Security Force for X, UNISFA, said": the body, then its
        # acronym set off by commas; the body speaks, by its short name.
        return aside, opened.start("aside")
    first, _, then = aside.partition(",")
    if _PERSON_NAME.fullmatch(first.strip()) and _PARTICIPLE_ASIDE.match(then):
        # "X's deputy foreign minister, Name, arriving in Y on Friday, rejected": the
        # office's holder, then what they were doing as they spoke.
        return f"{normalise_actor(who)} {first.strip()}", opened.start("who")
    if (
        not re.match(r"(?:who|whose|which|citing|quoting)\b", first)
        and not _NOT_AN_OPENING_SPEAKER.match(first)
        and _looks_like_speaker(first)
    ):
        # "Guards shot a herder near X, Kyrgyz border guards, quoted by Y, said": the
        # speaker is the aside after a clause of what was said, not the clause.
        return "", -1
    return normalise_actor(who), opened.start("who")


def _speaker_behind_appositives(before: str) -> tuple[str, int]:
    """The speaker of "Name, the only witness, told" or "Title, Name, a father, said".

    Appositives that open on an article say who the speaker is; dropped, the words
    before the verb end on the speaker's name, or on an office and its holder's name.
    """
    trimmed = _DATELINE.sub(lambda m: " " * len(m.group(0)), before)
    dropped = False
    relative = _TRAILING_WHO.search(trimmed)
    if relative is not None and _TRAILING_APPOSITIVE.search(trimmed[: relative.start()] + ", "):
        # "Name, minister for X province, who is in Y to oversee the lockdown, said":
        # the relative clause, like the office before it, says who the speaker is.
        trimmed = trimmed[: relative.start()] + ", "
    while (appositive := _TRAILING_APPOSITIVE.search(trimmed)) is not None:
        trimmed = trimmed[: appositive.start()] + ", "
        dropped = True
    if not dropped:
        return "", -1
    titled = _TITLE_THEN_NAME.search(trimmed)
    if titled and _CLAUSE_NOT_OFFICE.search(titled.group("title")):
        # "Guards shot a man near the post on Friday, Name Surname, mayor of X, said":
        # the words before the name are what was said, not an office; the name speaks.
        return titled.group("name"), titled.start("name")
    if (
        titled
        and _looks_like_speaker(titled.group("title"))
        and not _KIN_LAST.search(titled.group("title"))
    ):
        title = normalise_actor(titled.group("title").strip())
        return f"{title} {titled.group('name')}", titled.start("title")
    if titled:
        # "The victim's sister, Ana Ruiz, ...": a kinship, not an office; the name speaks.
        return titled.group("name"), titled.start("name")
    named = _NAME_BEFORE_VERB.search(trimmed) or _SURNAME_OPENING.match(trimmed)
    if named and _looks_like_speaker(named.group("name")):
        return normalise_actor(named.group("name")), named.start("name")
    after_clause = _NAME_AFTER_CLAUSE.search(trimmed)
    if after_clause:
        # "Ten lanes have been added, and there are 36 on the other side, Name Surname,
        # director of X, told the agency": the speaker told after what was said, set off
        # by commas; the person's name speaks.
        return after_clause.group("name"), after_clause.start("name")
    body = _BODY_NAME_BEFORE_VERB.search(trimmed) or _AUTHORITIES_OF_BEFORE_VERB.search(trimmed)
    if body and _looks_like_speaker(body.group("name")):
        # "The X Centre for Y Studies, a think tank in Z, said": a body's name joins its
        # capitalised words with "for", "of", "on" or "and".
        return normalise_actor(body.group("name")), body.start("name")
    return "", -1


def _body_of_spokesperson(sentence: str, speaker: str) -> str:
    """The body a named spokesperson speaks for: claims are the body's.

    "Andriy Demchenko, a spokesman for Ukraine's State Border Guard Service, said" and
    "Border Guard spokesman Andriy Demchenko said" are claims of the service.
    """
    if not speaker:
        return speaker
    at = sentence.find(speaker)
    if at >= 0:
        role = _ROLE_FOR.match(sentence, at + len(speaker))
        if role:
            return normalise_actor(role.group("body"))
    lead = _ROLE_LEADS.match(speaker)
    if lead:
        # "A spokesman for the Taliban-run interior ministry said": the ministry.
        return normalise_actor(lead.group("body"))
    before = _ROLE_BEFORE_NAME.match(speaker)
    if before and re.fullmatch(r"(?:its|their|his|her)", before.group("body"), re.IGNORECASE):
        # "Its spokesman, Name, said": a pronoun names no body; the holder speaks.
        return speaker[before.end("body") :].strip()
    if before and any(w[:1].isupper() for w in before.group("body").split()):
        # "the Pentagon's spokesman Name": the body, without the possessive.
        return normalise_actor(re.sub(r"['’]s$", "", before.group("body")))
    return speaker


#: A sentence that opens on a quotation mark: words another report quotes.
_QUOTED = re.compile(r"\s*[“\"]")


#: The comma between a number's thousands ("3,200").
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
#: "Between the posts: Ibrahima Diallo ... said": a digest item's lead-in of a few words
#: and a colon, before the item's own sentence; a lead-in that holds a verb of saying
#: ("He said: ...") opens a quotation instead.
_LEAD_IN_LABEL = re.compile(
    r"^(?![^:]*\b(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|"
    r"announced|announces|reported|reports|declared|warned|asked)\b)"
    r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}:\s+(?=[A-Z])"
)


#: What a verb of denying takes when it denies an account: "the allegations", "that".
_ACCOUNT_DENIED = re.compile(
    r"\s+(?:(?:the|these|those|such|all|any|that|this)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|reports?|charges?|account|version|story)\b|that\b)"
)


def _relays_the_denial(sentence: str, cues: list[Cue]) -> bool:
    """Whether the sentence's only claims are a speaker after a denial, at its end."""
    denials = [c for c in cues if c.kind == "denial"]
    claims = [c for c in cues if c.kind in ("claim", "accusation", "confirmation")]
    return (
        bool(denials)
        and bool(claims)
        # "denied the allegations", "rejected that account": an account denied, not an
        # act refused ("villagers who reject the placing of the marker").
        and all(_ACCOUNT_DENIED.match(sentence, d.end) for d in denials)
        and all(
            c.start > max(d.end for d in denials)
            and sentence[: c.start].rstrip().endswith(",")
            and re.fullmatch(r"[\s.”\"’']*", sentence[c.end :]) is not None
            for c in claims
        )
    )


def read_attribution(sentence: str) -> Attribution:
    """Read the claim, denial and confirmation cues of one sentence.

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    Attribution
        Speakers are as worded; resolve generic ones with :class:`SpeakerContext`.

    Examples
    --------
    >>> read_attribution("Latvia's Ministry of Defence said migrants were moved.").claimant
    'Latvian Ministry of Defence'
    """
    sentence = _ACRONYM_IN_BRACKETS.sub(lambda m: " " * len(m.group(0)), sentence)
    sentence = _AGE_AFTER_NAME.sub(lambda m: " " * len(m.group(0)), sentence)
    # "X, which counts about 3,200 refugees, said": the comma of a number's thousands
    # ends no clause (a blank keeps every offset).
    sentence = _THOUSANDS_COMMA.sub(" ", sentence)
    # A lead-in is no subject: the speaker starts after it (a blank keeps every offset).
    sentence = _LEAD_IN_LABEL.sub(lambda m: " " * len(m.group(0)), sentence)
    cues: list[Cue] = []
    claimant = denier = target = no_response = ""
    confirmed = hedged = False
    verb_end = -1
    insisting = False
    for match in _VERB.finditer(sentence):
        verb = match.group("verb").lower()
        speaker, where = _speaker_before(sentence, match.start())
        if not speaker and re.search(r"\b(?:and|but)\s*$", sentence[: match.start()]):
            if denier:
                continue  # "Y denied the accusation and said ...": Y's own denial goes on
            # "Rights groups gave a higher toll and accused ...": the sentence's subject.
            speaker, where = _subject(sentence)
        rest = match.group("rest")
        if re.search(r"\bnot\s*$", sentence[: match.start("verb")]) or re.search(
            r"\b(?:did|does|do|has|have|had)\s+not\b",
            sentence[match.start() : match.start("verb")],
        ):
            continue  # "did not confirm", "has not said": no cue
        if re.search(r"\bto\s*$", sentence[: match.start("verb")]):
            continue  # "evidence to confirm them", "refused to deny": no statement made
        if _CANNOT_CONFIRM.match(rest):
            continue  # "said it could not confirm the claim": no account of its own
        if verb == "informs" and re.match(r"\s+the\s", rest) and not _QUOTED.match(sentence):
            # "The Ministry informs the public that ...": a communiqué's own text is the
            # report's voice; quoted by a paper ('"The Government informs the nation
            # that ...') it is the body's account.
            continue
        if verb in _AUDIENCE_VERBS and _TOLD_TO_DO.match(rest):
            continue  # "told the envoy not to come back": an order given, no claim made
        if re.search(
            r"\b(?:the|a|an|these|those|this|that|its|their|his|her|our|such|any|of|"
            r"similar|new|latest)\s*$",
            sentence[: match.start("verb")],
            re.IGNORECASE,
        ):
            continue  # "rejected the claims", "denied the reports": nouns, not verbs
        if verb in ("reports", "claims", "estimates") and re.search(
            r"\b(?:early|late|initial|first|later|earlier|unconfirmed|conflicting|press|media|"
            r"news|local)\s*$",
            sentence[: match.start("verb")],
            re.IGNORECASE,
        ):
            continue  # "Early reports in X named him": a noun after its adjective, no verb
        if verb == "suspected" and re.search(
            r"\b(?:with|on|at|to|from|by|against|two|three|four|five|several|some|many|\d+)\s*$",
            sentence[: match.start("verb")],
            re.IGNORECASE,
        ):
            continue  # "exchanged fire with suspected members of X": a word on them, no claim
        if verb == "suspected" and (
            (opening_time := _OPENING_TIME.match(sentence)) is not None
            and opening_time.end() == match.start("verb")
        ):
            continue  # "Earlier this month suspected jihadists blew up": no one suspects
        if verb in ("called", "calls") and (
            re.search(r"\band\b", sentence[: match.start("verb")])
            or re.search(r",\s+and\s|\band\s+on\s", rest)
        ):
            # "Belarus called the decision a provocation, and trains were left waiting",
            # "protesters drove up and called the shooting a murder": the word for what
            # happened is one clause of several; the act told beside it is the report's.
            continue
        if _WHAT_THEY_CALLED.search(sentence[: match.start("verb")]):
            continue  # "hitting what state media described as bases": a word, no claim
        appositive = _APPOSITIVE_BEFORE.search(sentence[: match.start()])
        if not speaker and appositive:
            # "Andriy Demchenko, a spokesman for the service, said": the service.
            speaker = normalise_actor(appositive.group("body"))
            where = appositive.start()
        aside = _ASIDE_BEFORE_VERB.search(sentence[: match.start()])
        if not speaker and aside and _looks_like_speaker(_DATELINE.sub("", aside.group("who"))):
            # "A senior official, speaking on condition of anonymity, said".
            speaker = normalise_actor(_DATELINE.sub("", aside.group("who")))
            where = aside.start("who")
        elif (
            not speaker
            and aside
            and re.match(r",\s+who\b", sentence[aside.end("who") :])
            and _PERSON_NAME.fullmatch(_DATELINE.sub("", aside.group("who")).strip())
        ):
            # "Name Surname, who heads the office in X, said": "who" tells a person, and
            # the name before it speaks.
            speaker = _DATELINE.sub("", aside.group("who")).strip()
            where = aside.start("who")
        titled = _TITLE_THEN_NAME.search(sentence[: match.start()])
        if (
            not speaker
            and titled
            and _looks_like_speaker(titled.group("title"))
            # "The victim's sister, Ana Ruiz, told": kin is no office; the name speaks.
            and not _KIN_LAST.search(titled.group("title"))
        ):
            # "Iran's deputy police chief, Qassem Rezaei, accused": the office speaks,
            # and its holder's name stays with it (see speakers.py).
            # "On Friday the Pentagon's spokesman, Name, said": when it was said opens
            # the sentence without a comma; it is no part of the office.
            title = _LEADING.sub("", _DATELINE.sub("", titled.group("title"))) or titled.group(
                "title"
            )
            title = normalise_actor(title)
            speaker = f"{title} {titled.group('name')}"
            where = titled.start("title")
        elif not speaker and titled:
            # "Benin's special prosecutor for economic crimes and terrorism, Ann Fransen,
            # said": a description too long to be read as an office; the name speaks, and
            # so it does when it denies or accuses ("X's representative at the OAS,
            # Name, rejected the charges").
            speaker = titled.group("name")
            where = titled.start("name")
        trailing = _TRAILING_TITLE_NAME.search(sentence[: match.start()])
        if not speaker and trailing and _looks_like_speaker(trailing.group("title")):
            # "Kiir ordered the pullout, his information minister, Name, said": the
            # office speaks (without the pronoun, which only points back), and its holder.
            office = trailing.group("title")
            if re.search(r"['’]s$", trailing.group("whose")):
                office = f"{trailing.group('whose')} {office}"  # "Zambia's ambassador"
            speaker = f"{normalise_actor(office)} {trailing.group('name')}"
            if _KIN_LAST.search(office):
                speaker = trailing.group("name")  # ", his uncle, Name, said": the name
            where = trailing.start("whose")
        elif (
            not speaker
            and trailing
            and _OFFICE_WORD.search(_OFFICE_OVER.split(trailing.group("title"))[0])
        ):
            # "..., the head of the Chadian Red Cross, Name, told AFP": an office over a
            # body too long to be read as a speaker's name; its holder, named, speaks.
            speaker = trailing.group("name")
            where = trailing.start("name")
        antecedent = _RELATIVE_SPEAKER.search(sentence[: match.start()])
        if not speaker and antecedent and _looks_like_speaker(antecedent.group("who")):
            # "... with the Saudi government, which answered that": who "which" is.
            speaker = normalise_actor(antecedent.group("who"))
            where = antecedent.start("who")
        if not speaker:
            speaker, where = _speaker_behind_appositives(sentence[: match.start()])
        if not speaker:
            speaker, where = _opening_speaker_before_aside(sentence[: match.start()])
        if re.fullmatch(rf"{_DENY}|{_DISPUTE}", verb):
            # The speaker fallbacks above serve denials too ("X's minister, Name,
            # dismissed ...").
            relative = re.search(r",\s*which\s+[^,]*$", sentence[: match.start()])
            if (
                _NOT_DENIAL_OBJECT.match(rest)
                or not (
                    relative
                    # "retorted that ...": a retort answers the account told, whatever it says.
                    or verb.startswith("retort")
                    or _DENIAL_OBJECT.search(rest[:60] or " ")
                    # "denied hitting civilians": the act denied, as a gerund.
                    or re.match(r"\s+(?:\w+ly\s+)?(?:ever\s+)?\w{3,}ing\b", rest)
                )
            ):
                continue
            if speaker:
                denier = denier or speaker
                cues.append(Cue(where, match.end("verb"), "denial"))
            continue
        if not speaker and re.fullmatch(_SAY, verb):
            if verb in _AUDIENCE_VERBS:
                continue  # "..., told Iranian state media": who was told, not who told
            # "..., said the ministry": the speaker follows the verb.
            after = re.match(
                r"\s+((?:the\s+)?[A-Za-z’'.-]+(?:\s+(?:of|for|the|[A-Z][\w’'.-]*|"
                r"ministry|officials|authorities|spokes\w+|guards?|police|service))*)",
                rest,
            )
            before = sentence[: match.start("verb")].rstrip()
            titled_after = _TITLE_NAME_AFTER.match(rest)
            if (
                titled_after
                and before.endswith((",", "”", '"', "’"))
                and (
                    _OFFICE_WORD.search(titled_after.group("title"))
                    or _looks_like_speaker(titled_after.group("title"))
                )
            ):
                # "..., said the district health director, Mary Phiri": the office and
                # its holder, after the verb.
                speaker = f"{titled_after.group('title')} {titled_after.group('name')}"
                where = match.start("verb")
                cues.append(Cue(where, match.start("rest") + titled_after.end(), "claim"))
                claimant = claimant or speaker
                verb_end = max(verb_end, match.start("rest") + titled_after.end())
                continue
            if (
                after
                and before.endswith((",", "”", '"', "’"))
                and _looks_like_speaker(after.group(1))
            ):
                speaker = normalise_actor(after.group(1))
                where = match.start("verb")
                cues.append(Cue(where, match.start("rest") + after.end(1), "claim"))
                claimant = claimant or speaker
                verb_end = max(verb_end, match.start("rest") + after.end(1))
            continue
        if verb == "blame" and _BLAME_THE_NOUN.search(sentence[: match.start("verb")]):
            continue  # "as X and Y traded blame": the noun, no one accuses in the sentence
        if re.fullmatch(_ACCUSE, verb) and re.search(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$",
            sentence[: match.start("verb")],
            re.IGNORECASE,
        ):
            continue  # "Guards were accused of ...": the accused, not who accuses
        if (
            re.fullmatch(r"accused|blamed", verb)
            and re.match(r"\s+(?:of|for)\b", rest)
            # "Benin, which he accused of holding up lorries": a subject before the verb
            # accuses the object fronted in the relative clause.
            and not re.search(
                r"\b(?:he|she|they|it|we|I|you)\s+(?:\w+ly\s+)?(?:had\s+|has\s+|have\s+)?$",
                sentence[: match.start("verb")],
                re.IGNORECASE,
            )
        ):
            # "Name, the drug lord accused of the killings, was arrested": the participle
            # describes the person; no one in the sentence accuses, and the act is told.
            continue
        if re.fullmatch(_ACCUSE, verb):
            accused = re.match(r"\s+(?P<t>.+?)\s+(?:of|for)\b", rest)
            if accused:
                target = target or normalise_actor(accused.group("t"))
            claimant = claimant or speaker
            cues.append(Cue(where, match.end("verb"), "accusation"))
        elif re.fullmatch(_CONFIRM, verb):
            claimant = claimant or speaker
            if _CONFIRMS_AFTER.match(rest):
                # "..., the ministry confirmed on Thursday": the incident told first, in
                # the report's own voice, confirmed by whoever speaks after it.
                confirmed = True
                cues.append(Cue(where, match.end("verb"), "confirmation"))
            else:
                # "Name confirmed that a citizen had been killed", "Police confirmed on
                # Tuesday the death of X": what follows the verb is the speaker's account.
                cues.append(Cue(where, match.end("verb"), "claim"))
        elif (
            claimant
            and speaker
            and speaker != claimant
            and not denier
            and _NEGATED_ACT.match(sentence[match.end("verb") :])
        ):
            # "UN experts raised reports ... with the government, which answered that it
            # had found no evidence": a second speaker who says it did not happen.
            denier = speaker
            cues.append(Cue(where, match.end("verb"), "denial"))
            continue
        elif (
            speaker
            and speaker == claimant
            and not denier
            and re.search(r"\bbut\s*$", sentence[: match.start()])
            and _NEGATED_ACT.match(sentence[match.end("verb") :])
        ):
            # "confirmed that murders had taken place but said nothing pointed to the
            # army": what the speaker grants, then the part of the claim it denies.
            denier = speaker
            cues.append(Cue(where, match.end("verb"), "denial"))
            continue
        else:
            claimant = claimant or speaker
            cues.append(Cue(where, match.end("verb"), "claim"))
        if verb_end < 0:
            verb_end = match.end("verb")
            insisting = re.fullmatch(_INSIST, verb) is not None
    for match in _ACCORDING.finditer(sentence):
        # "according to residents we spoke to": the residents.
        who = _WE_MET.sub("", match.group("who"))
        sources = sentence[match.end("who") : match.end()]
        if not _looks_like_speaker(who) and re.fullmatch(
            r"\s+(?:sources?|reports?)", sources, re.I
        ):
            # "according to security sources": the adjective alone names no one; the
            # sources it describes speak ("according to military sources" reads
            # "military" as the army itself).
            who = f"{who} {sources.strip()}"
        if who.strip().lower() in ("the", "a", "an"):
            # "according to the report": the noun is the speaker's word here, not a
            # suffix after a name ("according to X media reports").
            who = match.group(0)[match.start("who") - match.start() :].strip()
        placed = _PEOPLE_PLACED.match(sentence, match.start("who"))
        if placed and not _looks_like_speaker(who):
            # "according to people in the village", "according to locals living near
            # the post": people named by where they are speak as a group does.
            who = placed.group(0)
        if (
            _looks_like_speaker(who)
            or who.split()[0].lower() in ("the", "a", "an")
            or placed is not None
        ):
            claimant = claimant or normalise_actor(who)
            cues.append(Cue(match.start(), match.end(), "claim"))
    for match in _REPORTED_BY.finditer(sentence):
        if _looks_like_speaker(match.group("who")):
            claimant = claimant or normalise_actor(match.group("who"))
            cues.append(Cue(match.start(), match.end(), "claim"))
    for match in _REPORTS_FROM_THAT.finditer(sentence):
        # "following up reports from local people that armed men had been seen": what
        # the reports say is the account of those who made them.
        if _looks_like_speaker(match.group("who")) or _LOCAL_PEOPLE.fullmatch(match.group("who")):
            claimant = claimant or normalise_actor(match.group("who"))
            cues.append(Cue(match.start(), match.end(), "claim"))
    answered = _CLAIM_ANSWERED.search(sentence)
    answerer = answered and (answered.group("name") or answered.group("who"))
    if answered and not denier and _looks_like_speaker(answerer):
        # "..., a claim Yerevan dismissed as false": the claim and its denial at once.
        denier = normalise_actor(answerer)
        cues.append(Cue(answered.start("who"), answered.end(), "denial"))
    said_untrue = _SAID_UNTRUE.search(sentence)
    if said_untrue and not denier:
        # "Yerevan said the claim was false": a denial in the words of a claim.
        who, where = _speaker_before(sentence, said_untrue.start())
        who = who or _subject(sentence)[0]
        if who:
            denier = who
            claimant = "" if claimant == who else claimant
            cues[:] = [c for c in cues if not (c.kind == "claim" and c.start == where)]
            cues.append(Cue(max(where, 0), said_untrue.end(), "denial"))
    mocked = _SEEING_THINGS.search(sentence)
    if mocked and not denier and claimant and verb_end >= 0 and mocked.start() > verb_end:
        # "The minister replied that X had started to see things that were not there":
        # the claim mocked as imagined is denied by whoever says so.
        denier, claimant = claimant, ""
        cues[:] = [Cue(c.start, c.end, "denial") if c.kind == "claim" else c for c in cues]
    untrue = _CALLED_UNTRUE.search(sentence)
    if untrue and not denier:
        who, where = _speaker_before(sentence, untrue.start())
        who = who or _subject(sentence)[0]
        # "The ministry has described the information as untrue": the auxiliary is no
        # part of the name.
        who = re.sub(r"\s+(?:has|have|had|also|later|then|again)$", "", who)
        if who:
            denier = who
            # "described" read as its claim above: the same speaker only denies.
            claimant = "" if claimant == who else claimant
            cues.append(Cue(max(where, 0), untrue.end(), "denial"))
    for match in _IN_VIEW.finditer(sentence):
        who = match.group("who") or match.group("of")
        if _looks_like_speaker(who):
            claimant = claimant or normalise_actor(who)
            cues.append(Cue(match.start(), match.end(), "claim"))
    first_claim = min((c.start for c in cues if c.kind in ("claim", "accusation")), default=-1)
    for match in _SHOWN.finditer(sentence):
        owner = _OWNER_OF_SHOWN.search(sentence[: match.start()])
        if _SHOWN_AFTER_OWN_CLAUSE.search(sentence[: match.start()]) and not owner:
            # "The jet came down near X, and television pictures showed the crew
            # ejecting": the incident is told in the report's voice before the pictures
            # bear it out; they hedge nothing of it.
            continue
        hedged = True
        if owner and not claimant:
            # "..., AFP photographs showed", "Reuters' footage shows": whose pictures
            # they are tells who says so.
            claimant = normalise_actor(re.sub(r"['’]s?$", "", owner.group("who")))
        by = _PUBLISHED_BY.search(match.group("mid") + ",")
        if by and (not claimant or match.start() <= first_claim):
            # "Photographs shared by X showed ..., and villagers said ...": the first
            # speaker of the sentence is its claimant ("Figures quoted by X": a claim
            # read from the material's own words is X's).
            who = re.sub(r"^(?:a\s+group\s+of|a\s+team\s+of|several)\s+", "", by.group("who"))
            claimant = normalise_actor(who)
        cues.append(Cue(match.start(), match.end(), "hedge"))
    released = _pictures_released(sentence)
    if released is not None:
        # "The navy had earlier released a photograph of the frigate sailing off X": what
        # the picture shows is the publisher's claim.
        hedged = True
        claimant = claimant or normalise_actor(released.group("who"))
        cues.append(Cue(released.start("verb"), released.end(), "hedge"))
    for match in _HEDGE.finditer(sentence):
        if _ORIGIN_HEDGED.match(sentence, match.end()):
            continue  # "Five men believed to be from Senegal were held": who, not what
        if _hedge_on_what_was_acted_on(sentence, match.start()):
            continue
        hedged = True
        cues.append(Cue(match.start(), match.end(), "hedge"))
    for match in _NO_RESPONSE.finditer(sentence):
        no_response = normalise_actor(
            match.group("who")
            or match.group("who2")
            or match.group("who3")
            or match.group("who4")
            or ""
        )
        cues.append(Cue(match.start(), match.end(), "no_response"))
    expected = False
    for match in _EXPECTED_DENIAL.finditer(sentence):
        expected = True
        cues.append(Cue(match.start(), match.end(), "expected_denial"))
    as_said = _AS_OTHERS_SAID.search(sentence, max(verb_end, 0)) if verb_end >= 0 else None
    if claimant and not denier and as_said and _looks_like_speaker(as_said.group("who")):
        # "X insisted that it happened on its side and not in Y, as Y's police had
        # said": the speaker answers the other side's account, a denial of it.
        denier, claimant = claimant, ""
        cues.append(Cue(as_said.start(), as_said.end(), "denial"))
    own = _ON_OWN_GROUND.search(sentence, max(verb_end, 0)) if insisting else None
    if claimant and not denier and own and _own_country(claimant, own.group("whose")):
        # "Y's ministry insisted that the flag at X had flown on Y's land": an insistence
        # that the thing in dispute stands on the speaker's own ground answers the other
        # side's claim to it.
        denier, claimant = claimant, ""
        cues.append(Cue(own.start(), own.end(), "denial"))
    gerund = _DENYING_AFTER_COMMA.search(sentence)
    if not denier and not claimant and gerund:
        # "The minister went further, dismissing the other side's account as lies":
        # the sentence's subject denies.
        who, where = _subject(_DATELINE.sub("", sentence).lstrip())
        if who and _looks_like_speaker(who):
            denier = normalise_actor(who)
            cues.append(Cue(gerund.start(), gerund.end(), "denial"))
    saying = _SAYING_AFTER.search(sentence)
    if not denier and not claimant and saying:
        # "Qatar lodged a complaint on Friday, saying a jet had entered its airspace": the
        # subject, whose act opens the sentence, gives the account after "saying".
        opening = _DATELINE.sub("", sentence).lstrip()
        lead = _LEADING.match(opening)  # "On Friday Qatar lodged": no part of the name
        who, _ = _subject(opening[lead.end() :] if lead else opening)
        if who:
            claimant = who
            cues.append(Cue(saying.start(), saying.end(), "claim"))
            verb_end = saying.end() if verb_end < 0 else verb_end
    passive = _PASSIVE_ACCUSATION.search(sentence)
    if passive and not denier:
        # "Guards were accused of beating migrants": the subject is who is accused; who
        # accuses is after "by", or unnamed, and the act is alleged either way.
        hedged = True
        by = passive.group("by")
        if by and _looks_like_speaker(by):
            claimant = claimant or normalise_actor(by)
    elif not claimant and not denier and any(c.kind == "accusation" for c in cues):
        # "Audio recordings shared online, said to come from herders, blame the police":
        # an accusation is someone's; the sentence's subject, cut off from the verb by
        # what describes it, makes it.
        claimant = _subject(_DATELINE.sub("", sentence).lstrip())[0]
    negated = _NEGATED_ACT.match(sentence[verb_end:]) if verb_end >= 0 else None
    if negated is None and insisting:
        negated = _NOBODY_ACTED.match(sentence[verb_end:])
    if claimant and not denier and negated:
        # "Haiti said the canal does not violate the treaty", "Belarus said its aircraft
        # had not crossed the border": the speaker denies the act.
        denier, claimant = claimant, ""
        cues.append(Cue(verb_end, verb_end + negated.end(), "denial"))
    claimant = _issuer_of_document(_body_of_spokesperson(sentence, claimant))
    if claimant.lower() in _PRONOUNS and not re.match(
        r"\s*(?:he|she|it|they)\b", sentence, re.IGNORECASE
    ):
        # "X ordered his soldiers out, he told reporters": a pronoun after the clause
        # points back to the person or body the same sentence opened on.
        # A dateline ("BISHKEK - ") is no opener: the sentence opens after it.
        opener, _ = _subject(_DATELINE.sub("", sentence).lstrip())
        # A one-word opener is rarely who speaks ("First tests, she said, showed").
        if (
            len(opener.split()) >= 2
            and opener.split()[0].lower() not in _PRONOUNS
            and not (
                claimant.lower() == "it"
                and (_PLURAL_ACTOR.search(opener) or _COUNTED_OPENER.match(opener))
            )
            # "New Delhi had taken the matter up with Beijing, he said": a state or its
            # capital is no "he" or "she"; the person named before speaks.
            and not (claimant.lower() in ("he", "she") and names_a_state(opener))
        ):
            claimant = opener
    denier = _issuer_of_document(_body_of_spokesperson(sentence, denier))
    if denier.lower() in ("her", "his", "its", "their") and claimant:
        # "Her lawyer, X, said ... but denied that ...": the possessive opens the phrase
        # of the one speaker, who both says and denies.
        denier = claimant
    counted = _BY_COUNT.search(sentence)
    if counted and not claimant and not denier:
        # "More than 80 trucks were stuck there, by his count": the figure is the
        # speaker's; "his" points back to whoever spoke before, as "he said" does.
        who = counted.group("who") or counted.group("side") or counted.group("whose")
        claimant = _OWNER_PRONOUN.get(who.lower(), "") or normalise_actor(
            re.sub(r"['’]s?$", "", who)
        )
        cues.append(Cue(counted.start(), counted.end(), "claim"))
    if re.match(r"(?:our|we)\b", claimant, re.IGNORECASE):
        # "Our correspondent in Tera reports that ...": the report's own voice, which
        # confirms; its words still mark where the speaker is, not the incident.
        claimant = ""
    if confirmed and any(
        cue.kind == "claim" and cue.end > first.end
        for first in cues
        if first.kind == "confirmation"
        for cue in cues
    ):
        # "confirmed the crash on Monday and said the aircraft had crossed illegally":
        # what the sentence tells past the confirmation is the speaker's account.
        confirmed = False
    if denier and claimant and _relays_the_denial(sentence, cues):
        # "Botswana's authorities denied the allegations, a police source said": the
        # speaker at the end only passes the denial on; it makes no claim of its own.
        claimant = ""
    if denier and claimant and same_speaker(denier, claimant):
        # "The ministry on Friday rejected claims that ...", "X told journalists he knew
        # of no troops there and denied that ...": the denier's own words around its
        # denial are no second party's claim; the sentence is a denial.
        claimant = ""
    if denier and claimant and denier != claimant:
        status = "disputed"
    elif denier:
        status = "denied"
    elif confirmed and not hedged:
        status = "confirmed"
    elif claimant or hedged:
        status = "alleged"
    else:
        status = "confirmed"
    return Attribution(
        status=status,
        claimant=claimant,
        denier=denier,
        target=target,
        no_response=no_response,
        expected_denial=expected,
        statement_verb_end=verb_end,
        cues=tuple(sorted(cues, key=lambda c: (c.start, c.end))),
    )


@dataclass
class SpeakerContext:
    """Speakers named so far in a report, to resolve "the ministry", "officials", "he".

    ``resolve`` replaces a generic speaker by the latest named one with the same head
    word ("the ministry" → "Latvian Ministry of Defense"), qualifies bare "officials"
    and "authorities" with the country of the latest named speaker ("Latvian
    officials"), and a pronoun by the latest named speaker.
    """

    named: list[str] = field(default_factory=list)
    #: ISO code of the report's main country: "the defence ministry" named by nobody
    #: before is that country's.
    country: str = ""
    #: Named bodies the report mentioned as actors (not yet as speakers): "It said"
    #: after "Latvia's State Border Guard asked the army ..." is that body.
    bodies: list[str] = field(default_factory=list)
    #: Every actor the report mentioned, in order: "The army said" after "Israeli army
    #: engineers began work" is that army, whatever country the report is filed from.
    seen: list[str] = field(default_factory=list)

    def saw(self, actor: str) -> None:
        """Remember a named body mentioned as an actor."""
        self.seen.append(actor)
        if len(actor.split()) > 1 and sum(w[:1].isupper() for w in actor.split()) >= 2:
            self.bodies.append(actor)

    #: The speaker resolved last: "according to the statement" is their statement.
    last: str = ""
    #: Press offices named with a possessive ("their press centre") and the body each
    #: speaks for, so that "the press centre said" later is that body too.
    offices: dict[str, str] = field(default_factory=dict)
    #: What the report called each named body ("X, a Nairobi-based group that aids
    #: refugees"): "the group said" later is X.
    kinds: dict[str, str] = field(default_factory=dict)

    def read_descriptions(self, text: str) -> None:
        """Remember the kind of body each "Name, a ... <kind>" appositive names."""
        for match in _DESCRIBED_BODY.finditer(text):
            self.kinds.setdefault(match.group("name"), match.group("kind").lower())
        for match in _OUTLET_CITED.finditer(text):
            self.kinds.setdefault(match.group("after") or match.group("before"), "outlet")

    def resolve(self, speaker: str, here: str = "") -> str:
        """Return the speaker with generic words resolved; remember named ones.

        ``here`` is the ISO code of the state whose own act the sentence tells ("Ecuador
        sent troops ..., the defence ministry said"): its body speaks.
        """
        lowered = re.sub(
            r"^(?:(?:the|this|that|its|their)\s+)?(?:same\s+|latest\s+|new\s+|online\s+)?",
            "",
            speaker.lower(),
        )
        if lowered in _DOCUMENTS and self.last:
            return self.last  # "according to the statement": whose statement it was
        same = re.match(r"(?:the\s+)?same\s+(?P<rest>\S.*)", speaker, re.IGNORECASE)
        if same and self.last and same.group("rest").lower() not in _DOCUMENTS:
            # "the same union official said": the speaker named before, with that word
            # in their name or description if any has it, else the one who spoke last.
            head = same.group("rest").split()[-1].lower()
            return next((n for n in reversed(self.named) if head in n.lower()), self.last)
        office = _PRESS_OFFICE.fullmatch(speaker.lower())
        if (
            office is not None
            and self.named
            and (office.group("whose") or office.group("office") in self.offices)
        ):
            # "The border troops gave an account. According to their press centre, ...",
            # then "the press centre said": the office speaks for the body named last.
            body = self.offices.get(office.group("office")) or self.named[-1]
            self.offices[office.group("office")] = body
            self.last = body
            return body
        resolved = self._resolve(speaker, here)
        self.last = resolved or self.last
        return resolved

    def _person_named_before(self, speaker: str) -> str:
        """The person named before in full whose first or last name ``speaker`` is.

        "Atieno said" after "director Jane Atieno told a news conference": the same
        person, so the same voice (a country or a body's one word is no person's name).
        """
        if " " in speaker or not speaker[:1].isupper() or speaker.isupper():
            return ""
        if country_codes_in(speaker) or speaker in COUNTRY_ADJECTIVES.values():
            return ""
        for name in reversed(self.named):
            words = name.split()
            capitalised = [w for w in words if w[:1].isupper()]
            if len(capitalised) >= 2 and speaker in words[-2:]:
                return name
        return ""

    def _resolve(self, speaker: str, here: str = "") -> str:
        if not speaker:
            return ""
        if _COUNTED_BACK.fullmatch(speaker):
            together = next((name for name in reversed(self.named) if " and " in name), "")
            if together:
                return together
        words = speaker.split()
        lowered = speaker.lower()
        head_word = words[-1].lower()
        # "State Border Guard" is a name; "Officials", "the border guard" are not.
        proper = len(words) > 1 and all(w[:1].isupper() for w in words)
        generic = lowered in _PRONOUNS or (
            not proper
            and head_word in _GENERIC_HEADS
            and all(w.lower() in _GENERIC_WORDS for w in words[:-1])
        )
        if not generic:
            fuller = self._person_named_before(speaker)
            if fuller:
                # "according to Singh", then "he said": the person named again is the
                # latest speaker a pronoun points back to.
                self.named.append(fuller)
                return fuller
            self.named.append(speaker)
            return speaker
        if not self.named and self.bodies:
            # No speaker named yet: the body the report is about stands for "it", "the service".
            self.named.append(self.bodies[-1])
        if lowered in _PRONOUNS:
            return self.named[-1] if self.named else speaker
        head = words[-1].lower()
        if head in ("officials", "authorities") and len(words) == 1:
            for name in reversed(self.named):
                codes = country_codes_in(name)
                if codes:
                    adjective = _ADJECTIVE_OF_CODE.get(codes[0])
                    if adjective:
                        return f"{adjective} {head}"
            return speaker
        for name in reversed(self.named):
            if head not in _RANKS and any(w.lower() in _RANKS for w in name.split()):
                # "police said" after "Police Colonel X Y said" is the force, not the
                # officer whose rank names it.
                continue
            if re.search(rf"\b{re.escape(head)}\b", name, re.IGNORECASE):
                return name
            if head in _RANK_SHORT and re.search(_RANK_SHORT[head], name):
                return name  # "the admiral said" after "Adm. X Y said"
            if head in ("army", "military") and re.search(
                r"\b(?:armed\s+forces|army|military)\b", name, re.IGNORECASE
            ):
                return name  # "the army" after "the General Command of the Armed Forces"
        if head in _OUTLET_HEADS and len(words) <= 2:
            # "the outlet said" after "..., according to Taiwan News.": the outlet cited last.
            for name in reversed(self.named):
                if self.kinds.get(name) == "outlet" or name.split()[-1].lower() in _OUTLET_HEADS:
                    return name
        if len(words) == 1 or (len(words) == 2 and words[0].lower() in ("the", "this", "that")):
            # "the group said" after "according to X, a Nairobi-based group that ...".
            for name in reversed(self.named):
                if self.kinds.get(name) == head:
                    return name
            if head in _GROUP_HEADS:
                # "The group said" after "Human Rights Watch said ...": the body of a
                # name or an acronym named last, though the report never called it a
                # group.
                for name in reversed(self.named):
                    if _ORGANISATION_NAME.search(name):
                        return name
        if head in _BODY_HEADS:
            # "the service", "the agency": the body named last, whatever its name.
            for name in reversed(self.named):
                if any(word in name.lower() for word in _BODY_WORDS):
                    return name
        if not here and head in ("army", "military", "navy", "police") and len(words) == 1:
            # "The army said" with no state acting in the sentence: the army of a country
            # the report named first as an actor ("Israeli army engineers began work"),
            # not the country of whoever spoke last or of the dateline.
            first = next(
                (
                    name for name in self.seen
                    if name.lower().split()[-1] == head and country_codes_in(name)
                ),
                "",
            )  # fmt: skip
            if first:
                return first
        # The country of the latest named speaker, else of the latest named body the
        # report mentioned ("the Jordanian Armed Forces ... a military official said"),
        # else the report's most named country.
        adjective = _ADJECTIVE_OF_CODE.get(here) or next(
            (
                _ADJECTIVE_OF_CODE.get(codes[0])
                for name in [*reversed(self.named), *reversed(self.bodies)]
                if (codes := country_codes_in(name))
            ),
            _ADJECTIVE_OF_CODE.get(self.country),
        )
        if adjective and head in _STATE_HEADS:
            return f"{adjective} {speaker}"
        return speaker


_ADJECTIVE_OF_CODE: dict[str, str] = {}
for _name, _adjective in COUNTRY_ADJECTIVES.items():
    _codes = country_codes_in(_name)
    if _codes and _codes[0] not in _ADJECTIVE_OF_CODE and _name not in ("US", "U.S."):
        _ADJECTIVE_OF_CODE[_codes[0]] = _adjective
