"""What a sentence refers back to: the incident, the actors or the place told before it.

A report tells an incident once and then goes on about it: "Officers were hurt in the
clash", "The attackers used drones", "the canal breaks a treaty".  These rules find
such references and the clauses of a sentence, so that :mod:`events` can add the
sentence to the event it goes on about, or give it that event's place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.extraction.actors import COUNTRY_ADJECTIVES
from bordermap.geo.extraction.category_rules import categorise, incident_spans
from bordermap.geo.extraction.places import PlaceFind, resolve_place

__all__ = [
    "CLAUSE_BREAK",
    "COORDINATE_BREAK",
    "GOES_ON",
    "PLACE_NOUN",
    "antecedent_place",
    "archipelago_told_before",
    "bridge_told_before",
    "clause_of",
    "crossing_opened_again",
    "crossing_told_before",
    "entity_told_before",
    "incident_refers_back",
    "names_again",
    "only_refers_back",
    "references_back",
    "site_told_before",
    "water_told_before",
]

#: "Iranian", "Moldovan": whose act a definite noun names ("the Iranian strike").
_NATIONALITIES = frozenset(COUNTRY_ADJECTIVES.values())
#: Words that refer back to the incident told just before ("in the clash").
_ANAPHORA = re.compile(
    r"\b(?:the|that|this|these|those)\s+(?:\w+\s+)?(?:(?:clash|incident|attack|shooting|"
    r"confrontation|stabbing|collision|crash|removal|closure|incursion|fighting|strike|"
    r"shelling|raid|detention(?!\s+(?:centres?|centers?|camps?|facilit))|arrest|explosion|"
    r"blast|scuffle|standoff|operation)(?:e?s)?|"
    r"crossing|fence|border\s+post|checkpoint|violence|flows|arrivals|policy\s+change|"
    # "the wreck was an Iranian-designed Shahed": what is left of the crash told before.
    r"decision|wreck|wreckage)\b",
    re.IGNORECASE,
)


def references_back(sentence: str) -> list[re.Match[str]]:
    """Phrases that refer back to an incident told before ("the clash", "these arrivals").

    "the Sasoli border post", "the Milak crossing" name a place, not a reference back;
    "the Iranian strike" refers back, told by whose act it was.
    """
    return [
        m for m in _ANAPHORA.finditer(sentence)
        if not (
            len(m.group(0).split()) > 2
            and m.group(0).split()[1][:1].isupper()
            and m.group(0).split()[1] not in _NATIONALITIES
        )
    ]  # fmt: skip


#: A sentence opening on the people or things of the sentence before.
GOES_ON = re.compile(
    r"^(?:The|These|Those)\s+(?:\w+\s+)?(?:soldiers|troops|men|migrants|people|"
    r"group|guards|officers|drones?|helicopters?|aircraft|balloons?)\b|"
    r"^(?:They|It|He|She)\s"
)


#: Where one clause of a sentence ends and another, with its own verb, begins.
CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|as)\s+(?:that\s+)?|;\s+|\s+and\s+that\s+|"
    r",\s+(?:which|where|who|after|before|when)\s+|\s+(?:after|before|while)\s+"
)


#: Breaks between two facts told side by side ("..., and that ...", "; ").
COORDINATE_BREAK = re.compile(r",\s+(?:and|but)\s+(?:that\s+)?|;\s+|\s+and\s+that\s+")


#: "The attackers ...", "The convoy ...": a sentence opening on a definite noun.
_DEFINITE_OPENING = re.compile(r"^(?:The|These|Those)\s+(?P<head>[a-z]{4,})\b")


_NEXT_ACT = re.compile(
    r"\b(?:later|again|subsequently|afterwards|the\s+(?:next|following)\s+(?:day|morning|night))\b",
    re.IGNORECASE,
)
PLACE_NOUN = re.compile(
    r"(?:crossing|border|frontier|post|checkpoint|bridge|road|camp|town|village|city|area|"
    r"region|river|gate|airport|port|station|fence|wall|valley|zone)s?"
)


def names_again(sentence: str, told: str) -> bool:
    """Whether a sentence opens on someone or something ``told`` (a sentence) just named.

    "... a camp was attacked from Afghanistan. The attackers used drones": the stem of
    the opening noun ("attack") is in the last sentence of the event before.
    """
    opening = _DEFINITE_OPENING.match(sentence)
    if _NEXT_ACT.search(sentence):
        return False  # "The convoy was shelled again later": another act of the same actors
    if opening is None or not told or PLACE_NOUN.fullmatch(opening.group("head")):
        # "The crossing was closed again": a place outlasts its incidents; what is
        # told at it next is news.
        return False
    stem = re.sub(r"(?:ings|ing|ers|er|ions|ion|s)$", "", opening.group("head"))[:6]
    if len(stem) < 4:
        return False
    return re.search(rf"\b{re.escape(stem)}", told.lower()) is not None


def only_refers_back(sentence: str) -> bool:
    """Whether every incident word of a sentence only names an incident told before."""
    spans = incident_spans(sentence)
    back = [m.span() for m in references_back(sentence)]
    return bool(spans) and all(any(a <= s and e <= b for a, b in back) for s, e in spans)


def incident_refers_back(sentence: str) -> bool:
    """Whether a clause telling an incident refers back to one told before.

    "Officers were hurt in the clash" does; in "Belarus called the decision a
    provocation, and trains were left waiting" the waiting is not the decision.
    """
    clauses = {clause_of(sentence, a) for a, _ in incident_spans(sentence)}
    return any(
        clause_of(sentence, m.start()) in clauses or not clauses for m in references_back(sentence)
    )


def clause_of(sentence: str, at: int, breaks: re.Pattern[str] = CLAUSE_BREAK) -> int:
    """The number of the clause that offset ``at`` lies in."""
    return sum(1 for m in breaks.finditer(sentence) if m.end() <= at)


#: "the canal", "this attack": a definite noun that may refer back to an earlier sentence.
_DEFINITE_NOUN = re.compile(
    r"\b(?:the|this|that)\s+(?!(?:the|this|that|these|those|its|their)\b)(?P<noun>[a-z]{3,})\b"
)


def antecedent_place(
    sentence: str,
    told: list[tuple[str, list[PlaceFind]]],
    choose: Callable[[list[PlaceFind], str], PlaceFind | None],
) -> PlaceFind | None:
    """The place of the sentence that first told what a definite noun refers back to.

    "Dominican officials say the canal breaks a treaty" is about "a canal ... from the
    Massacre River" told paragraphs before, not about the crossing named just before
    it.  Only nouns of incidents and works count ("the attack", "the canal"); the
    nearest earlier sentence with the noun decides, by the first place after it, else
    by ``choose`` (the sentence's own place).
    """
    for match in _DEFINITE_NOUN.finditer(sentence):
        noun = match.group("noun")
        if PLACE_NOUN.fullmatch(noun) or categorise(noun) is None:
            continue
        base = re.sub(r"(?:es|s)$", "", noun) if len(noun) > 5 else noun
        forms = re.compile(rf"\b{re.escape(base)}(?:s|es|ed|d)?\b", re.IGNORECASE)
        if len(noun) > 5 and noun.endswith("ed"):
            # "the wounded men" were told as "wounding three others" too: the participle
            # refers back to the act, told by its verb in any form.
            forms = re.compile(rf"\b{re.escape(noun[:-2])}(?:ed|ing|s)?\b", re.IGNORECASE)
        for text, places in reversed(told):
            hit = forms.search(text)
            if hit is None:
                continue
            after = [
                p for p in places
                if p.start >= hit.start() and p.role == "at" and p.precision not in ("country", "")
            ]  # fmt: skip
            return after[0] if after else choose(places, text)
    return None


#: "the crossing", "the checkpoint", "its own side of the crossing": a crossing named
#: without its name, which is the one the report named last.
_BARE_CROSSING = re.compile(
    # A sentence may open on it: "The checkpoint reopened on Thursday".
    r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post|"
    r"port\s+of\s+entry|border\s+complex|border\s+gate)\b"
    # "through the gate": the border gate told before, only after a word of passing.
    r"|\b(?:through|at|to|from)\s+the\s+gate\b"
    # "officials working at the post", "officers at the complex": only after a word of
    # place, since "the post" is also what was published and "the complex" a building.
    r"|\b(?:at|to|from|near|outside|inside|into|of)\s+the\s+(?:post|complex)\b"
    # ... or after a verb of attack, whose object is a place: "Gunmen stormed the post".
    r"|\b(?:stormed|attacked|raided|overran|shelled|torched|besieged)\s+the\s+(?:border\s+)?"
    r"post\b"
    # ... or shut or opened, or said to be so: "the Kurdish side shut the gate", "The gate
    # was shut for ten hours", "SARS said the post was back to full operation".
    r"|\b(?:shut|closed|sealed|reopened|opened)\s+the\s+(?:border\s+)?(?:gate|post)\b"
    r"|\b[Tt]he\s+(?:border\s+)?(?:gate|post)\s+(?:(?:was|were|is|has\s+been|had\s+been|"
    r"remained|stayed)\s+)(?:again\s+)?(?:shut|closed|sealed|open|reopened|back)\b)"
    r"(?!\s+(?:at|of|in|near)\s+[A-Z])",
)


#: "on the bridge", "across the middle of the bridge": a bridge named without its name.
_BARE_BRIDGE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+bridge\b(?!\s+(?:at|of|in|near|over|across|between)\s+[A-Z])"
)
#: A place phrase that names a bridge ("the Miteri bridge", "Integration Bridge").
_BRIDGE_NAME = re.compile(r"\b(?:bridge|puente|ponte|pont|most)\b", re.IGNORECASE)


def _last_told(
    told: list[tuple[str, list[PlaceFind]]], keep: Callable[[str, PlaceFind], bool]
) -> PlaceFind | None:
    """The last place ``keep`` takes (given the sentence's text and the place) in the
    latest earlier sentence that has one."""
    for text, places in reversed(told):
        kept = [p for p in places if keep(text, p)]
        if kept:
            return kept[-1]
    return None


def bridge_told_before(sentence: str, told: list[tuple[str, list[PlaceFind]]]) -> PlaceFind | None:
    """The bridge a bare "the bridge" refers back to: the last one the report named.

    "By Tuesday the protesters were back on the bridge" after "policemen moved on to the
    Miteri bridge" is on the Miteri bridge, finer than the border or town around it.
    """
    if _BARE_BRIDGE.search(sentence) is None:
        return None
    return _last_told(
        told,
        lambda _, p: p.role == "at" and bool(_BRIDGE_NAME.search(p.text))
        and p.precision != "country",
    )  # fmt: skip


#: "the three crossings", "these checkpoints": several crossings told before.
_BARE_CROSSINGS = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:\w+\s+)?(?:border\s+)?(?:crossings|checkpoints|"
    r"crossing\s+points|border\s+posts)\b(?!\s+(?:at|of|in|near)\s+[A-Z])"
)


#: "the Allenby Bridge crossing": a place the gazetteer holds as a bridge or town, which
#: the words right after it call a crossing.
_CALLED_A_CROSSING = re.compile(r"\s+(?:border\s+)?(?:crossing|checkpoint|border\s+post)\b")


def bare_crossing_start(sentence: str) -> int | None:
    """Where a sentence first names a crossing without its name ("the gate"), if it does.

    Parameters
    ----------
    sentence : str
        One sentence of a report.

    Returns
    -------
    int or None
        The offset of "the crossing", "the checkpoint", "shut the gate" and the like,
        None when the sentence names no crossing that way.
    """
    match = _BARE_CROSSING.search(sentence)
    return match.start() if match is not None else None


#: "the border was open again", "the border reopened", "the frontier was shut again":
#: the line by no name opened or shut once more, which is what the report told of a
#: crossing before.
_LINE_OPENED_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:land\s+)?(?:border|frontier)\s+(?:"
    r"(?:was|is|had\s+been|has\s+been)\s+(?:open|opened|reopened|shut|closed)\s+again|"
    r"(?:had\s+|has\s+)?re-?opened)\b"
)


def crossing_opened_again(
    sentence: str, told: list[tuple[str, list[PlaceFind]]]
) -> PlaceFind | None:
    """The crossing that "the border", opened or shut again, refers back to.

    "On Monday the government said the border was open again" after a closure of the
    Oshoek crossing is about that crossing: opening or shutting "again" goes back to the
    last crossing the report named, finer than the line by no name.

    Parameters
    ----------
    sentence : str
        One sentence of a report.
    told : list of (str, list of PlaceFind)
        The sentences before it with the places found in each.

    Returns
    -------
    PlaceFind or None
        The last crossing named before, None when the sentence does not open or shut
        the border again or no crossing was named.
    """
    if _LINE_OPENED_AGAIN.search(sentence) is None:
        return None
    return _last_told(told, _names_a_crossing)


def _names_a_crossing(text: str, place: PlaceFind) -> bool:
    """Whether ``place``, found in ``text``, is a crossing the report names as the spot:
    one by its shape or called a crossing after its name, not only its country."""
    return (
        (place.shape == "crossing" or bool(_CALLED_A_CROSSING.match(text, place.end)))
        and place.role == "at"
        and place.precision != "country"
    )


#: "The pedestrian crossings reopened": the lanes of the one crossing named before, not
#: several crossings.
_CROSSING_LANES = re.compile(r"\b[Tt]he\s+(?:pedestrian|vehicle|cargo)\s+crossings\b")


def crossing_told_before(
    sentence: str, told: list[tuple[str, list[PlaceFind]]]
) -> PlaceFind | None:
    """The crossing a bare "the crossing" or "the checkpoint" refers back to.

    "Traffic through the checkpoint was halted" after "... at the Gaddachauki checkpoint"
    is at that checkpoint: the last crossing the report named, in any sentence before.
    "At the three crossings" after a sentence naming three on a border is that border.
    """
    if _BARE_CROSSINGS.search(sentence) and not _CROSSING_LANES.search(sentence):
        # "at the three crossings": several told before, on the border that sentence named.
        for _, places in reversed(told):
            listed = [p for p in places if p.shape in ("crossing", "list") and p.role == "at"]
            borders = [p for p in places if p.shape == "border" and p.role == "at"]
            if len(listed) >= 2:
                return borders[0] if borders else None
        return None
    if _BARE_CROSSING.search(sentence) is None and not _CROSSING_LANES.search(sentence):
        return None
    # "stuck at the crossing in Zambia" names no crossing, only its country: the one
    # named before it is still the crossing meant.
    return _last_told(told, _names_a_crossing)


#: "at the transit centre", "in the camp": a site named without its place, which the
#: report gave where it first named the site ("The transit centre in Renk").
_BARE_SITE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?(?P<site>centre|center|camp|hospital|clinic|school|"
    r"terminal|shelter|outpost|base|port|market|pass)\b(?!\s+(?:at|of|in|near)\s+[A-Z])"
)
#: Site words that are also verbs or other words ("lorries pass through X"): a place
#: after them is no place of a site, so only a name before the word counts ("the
#: Brenner Pass").
_NAMED_BEFORE_ONLY = frozenset({"pass"})
#: How far (characters) after the site's word its place may stand ("centre in Renk").
_SITE_REACH = 40


def site_told_before(sentence: str, told: list[tuple[str, list[PlaceFind]]]) -> PlaceFind | None:
    """The place a bare site noun ("the transit centre") was given at before.

    The latest earlier sentence that names the site with a place right after it
    ("The transit centre in Renk is full"), or by a name before its word ("the queue
    at the Brenner Pass" for "the approach to the pass"), gives its place.
    """
    for match in _BARE_SITE.finditer(sentence):
        site = match.group("site")
        word = re.compile(rf"\b{site}\b", re.IGNORECASE)
        ends_in_word = re.compile(rf"\S\s+{site}s?$", re.IGNORECASE)
        for text, places in reversed(told):
            named = [
                p for p in places
                if p.role == "at" and p.precision != "country"
                and ends_in_word.search(p.text.strip())
            ]  # fmt: skip
            if named:
                return named[-1]
            if site in _NAMED_BEFORE_ONLY:
                continue
            for hit in word.finditer(text):
                near = [
                    p for p in places
                    if p.role == "at" and 0 <= p.start - hit.end() <= _SITE_REACH
                    and p.precision != "country"
                ]  # fmt: skip
                if near:
                    return near[0]
    return None


#: "arrivals on the archipelago", "boats reached the islands": a group of islands told
#: without its name, as a place ("the islands' acting governor" names a speaker).
_BARE_ARCHIPELAGO = re.compile(
    r"\b[Tt]he\s+archipelago\b|"
    r"\b(?:on|to|in|around|off|reached|reach)\s+the\s+islands\b(?!['’]|\s+of\b)"
)
#: A group of islands by its name: "the Canary Islands", "the Exuma Cays".
_GROUP_NAME = re.compile(r"\S\s+(?:Islands|Isles|Cays|Keys|Archipelago)$")


def archipelago_told_before(
    sentence: str, told: list[tuple[str, list[PlaceFind]]]
) -> PlaceFind | None:
    """The group of islands an earlier sentence named, for "the archipelago".

    "Four boats landed on X, the westernmost of the Y Islands ... arrivals on the
    archipelago this year": the archipelago is the Y Islands, not the island X the
    paragraph's last act took place on.
    """
    if not _BARE_ARCHIPELAGO.search(sentence):
        return None
    for _, places in reversed(told):
        named = [p for p in places if p.role == "at" and _GROUP_NAME.search(p.text.strip())]
        if named:
            return named[-1]
    return None


#: "traders in the town said", "fighting in the village": a settlement named by its
#: kind, which is the one the report named before.
_BARE_SETTLEMENT = re.compile(
    # "fighting in the lakeside town", "fighters out of the town": one word may describe
    # it, and people are taken out of it as well as into it.
    r"\b(?:in|at|near|outside|into|out\s+of)\s+the\s+(?:[a-z]+\s+)?(?:town|village|city)\b"
    r"(?!\s+of\b)"
)


#: "the island", "the islet" with no name of its own.
_BARE_ISLAND = re.compile(r"\b[Tt]he\s+(?:island|islet)\b(?!\s+(?:of|nation|state)\b)")
#: A place phrase that names an island, in English or in the country's own words.
_ISLAND_NAME = re.compile(
    r"\b(?:Isla|Islote|Isola|Île|Ile|Ilha|Ilhéu|Pulau|Nusa|Cayo)\b|\b(?:island|islet)\b",
    re.IGNORECASE,
)


def _island_state_told_before(told: list[tuple[str, list[PlaceFind]]]) -> PlaceFind | None:
    """The island state or territory an earlier sentence called "the island".

    "boats sailed to Jersey's main port ... in protest at the island's new licences":
    a place of a country's rank with no land border, named before "the island" in the
    same sentence, is the island a later "sent ships to the island" means.  A state
    with land borders ("Italy's coastguard took them to the island") is never taken.
    """
    from bordermap.geo.places.border_reading import neighbours_of

    for text, places in reversed(told):
        mention = _BARE_ISLAND.search(text)
        if mention is None:
            continue
        states = [
            p for p in places
            if p.end <= mention.start() and p.precision == "country" and p.role == "at"
            and p.result.country and not neighbours_of(p.result.country)
        ]  # fmt: skip
        if states:
            return states[-1]
        # "Jersey's main port of St Helier ... the island's licences": the owner of a
        # place, named only in the possessive, is no place find of its own.
        for owner in reversed(list(_OWNER.finditer(text, 0, mention.start()))):
            result = resolve_place(owner.group("name"))
            if (
                result.status == "resolved"
                and result.precision == "country"
                and result.country
                and not neighbours_of(result.country)
            ):
                return PlaceFind(owner.group("name"), owner.start(), owner.end("name"),
                                 "name", "at", result)  # fmt: skip
    return None


#: A name in the possessive: "Jersey's", "Saint Lucia's".
_OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\b")


def settlement_told_before(
    sentence: str, told: list[tuple[str, list[PlaceFind]]]
) -> PlaceFind | None:
    """The settlement "the town" or "the village" of a sentence refers back to.

    "Armenian traders in the town said crowds chased them out" after "villagers in
    Sadakhlo blocked the road": the town is Sadakhlo, the last settlement the report
    placed anything at, and what its people tell happened there.
    """
    if _BARE_ISLAND.search(sentence):
        # "dumping spoil on the island" after "landed on Isla X": the island told last.
        island = _last_told(told, lambda _, p: bool(_ISLAND_NAME.search(p.text)))
        if island is not None:
            return island
        island_state = _island_state_told_before(told)
        if island_state is not None:
            return island_state
    if not _BARE_SETTLEMENT.search(sentence):
        return None
    return _last_told(told, lambda _, p: p.role == "at" and p.precision in ("settlement", "exact"))


#: "arrested on the lake", "bodies found in the river": a lake or river named by its
#: kind, which is the one the report named before.
_BARE_WATER = re.compile(
    # "taken up the waterway" after "off the Shatt al-Arab waterway": the water named.
    # "as it approached the strait", "ships passing through the strait": the water a
    # vessel neared or went through is the one named before too.
    r"\b(?:on|in|across|into|over|along|up|down|through|approached|approaching|neared|"
    r"nearing|entered|entering)\s+the\s+"
    r"(?P<kind>lake|river|gulf|bay|waterway|strait|channel|estuary|"
    # "a helicopter flew over the valley" after "the standoff in the X valley": a
    # landform named before by its kind, as a lake is.
    r"valley|gorge)\b(?!\s+[A-Z])"
    # "ordered yachts away from the reefs", "fishing off the shoal": a reef, shoal or
    # lagoon named before ("Minerva Reefs"), the spot at sea the report is about.
    r"|\b(?:on|in|into|over|along|from|off|near|around|at|to)\s+the\s+(?:same\s+)?"
    r"(?P<spot>reef|shoal|lagoon|atoll|island|islet)s?\b(?!\s+[A-Z])"
)


def water_told_before(sentence: str, told: list[tuple[str, list[PlaceFind]]]) -> PlaceFind | None:
    """The lake, river or waterway "the lake" or "the waterway" of a sentence refers to.

    "More than 40 fishermen have been arrested on the lake" after "a boat on Lake Albert
    near X": the lake is Lake Albert, the last place named with that word.
    """
    match = _BARE_WATER.search(sentence)
    if match is None:
        return None
    kind = re.compile(rf"\b{match.group('kind') or match.group('spot')}s?\b", re.IGNORECASE)
    # The word may be the name's ("Lake Albert") or follow it ("the Shatt al-Arab
    # waterway", where the name alone was found).
    # "Rukwanzi, the disputed island": an apposition names the kind too.
    after = re.compile(
        rf"\s+{kind.pattern}|,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{kind.pattern}",
        re.IGNORECASE,
    )
    return _last_told(
        told,
        lambda text, p: (
            p.role == "at"
            # "the island" is never a state whose name holds the word ("Solomon Islands").
            and p.precision != "country"
            and bool(
                kind.search(p.text)
                # "the island of Oema", found as "Oema": the words as written.
                or kind.search(text, p.start, p.end)
                or after.match(text, p.end)
            )
        ),
    )


#: "from the convoy" after "a military convoy came up to a checkpoint in X": a definite
#: noun for a thing or group the report introduced with "a"/"an".  Nouns of speakers,
#: states, documents and time are left out: "the ministry", "the report", "the day" name
#: no thing of one incident.
_DEFINITE_THING = re.compile(
    r"\b(?:the|that|this)\s+(?:[a-z-]+\s+)?(?P<noun>convoy|patrol|boat|vessel|dinghy|lorry|"
    # "aimed at the pirogue's engine" after "opened fire on a pirogue ... off X": the
    # craft of fishermen and smugglers, named again.
    r"pirogue|canoe|skiff|dhow|raft|speedboat|trawler|"
    r"truck|van|bus|car|vehicle|motorcycle|tanker|drone|helicopter|plane|aircraft|balloon|"
    r"tunnel|trench|barricade|roadblock|tent|hut|flag|gang|column|delegation|meeting)\b"
)


def entity_told_before(
    sentence: str,
    told: list[tuple[str, list[PlaceFind]]],
    choose: Callable[[list[PlaceFind], str], PlaceFind | None],
) -> PlaceFind | None:
    """The place of the sentence that introduced a thing a definite noun names again.

    "Community leaders then held four soldiers and impounded a vehicle from the convoy"
    after "a military convoy ... came up to a checkpoint in the village of X": the convoy
    was at X.  The nearest earlier sentence with "a"/"an" before the noun decides, by its
    own place (``choose``) when that is finer than a country.  People are left out: "the
    trader" may be told of at several places.
    """
    for match in _DEFINITE_THING.finditer(sentence):
        noun = match.group("noun")
        introduced = re.compile(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+){{0,2}}?{noun}\b", re.IGNORECASE)
        for text, places in reversed(told):
            hit = introduced.search(text)
            if hit is None:
                continue
            placed = choose(places, text)
            if placed is not None and placed.precision not in ("country", ""):
                return placed
            break
    return None


#: Nouns of a site a name may stand for alone once the site was named in full: "the
#: Udabno monastery" ... "let into Udabno".
_SITE_NOUN = re.compile(
    r"(?:monastery|church|cathedral|mosque|temple|shrine|complex|compound|fortress|castle|"
    r"camp)$",
    re.IGNORECASE,
)


def site_named_in_full_before(
    chosen: PlaceFind, told: list[tuple[str, list[PlaceFind]]]
) -> PlaceFind | None:
    """The site a bare name stands for when the report named it before with its noun.

    "Clerics are still not being let into Udabno" after "icons carried out of the
    Udabno monastery": the name alone is the monastery told before, not the village of
    that name the gazetteer may also hold.
    """
    name = chosen.text.strip()
    if not name or " " in name or not name[0].isupper():
        return None
    for _, places in reversed(told):
        for place in reversed(places):
            words = re.sub(r"^the\s+", "", place.text.strip(), flags=re.IGNORECASE)
            head, _, rest = words.partition(" ")
            if head == name and _SITE_NOUN.match(rest.strip()):
                return place
    return None
