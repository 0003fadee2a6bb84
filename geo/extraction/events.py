"""Assemble draft events from a report: one per distinct incident or claim.

Each sentence is read for its claim cues, dates, places, actors and counts.  A
sentence reporting an incident (see :mod:`category_rules`) or a denial starts an
event; the next sentence of the same paragraph that adds no place, date or speaker of
its own only adds evidence to it.  A list of borders ("the borders of Latvia,
Lithuania and Poland") gives one event per border.  An event whose sentence names no
place takes the place of the event before it in its paragraph, or else the report's
main border, and says so in ``notes``.

Dating convention (the one ``bench/extract/README.md`` codes gold by): an event's
``date`` is only a date its own sentence gives for the act ("on Tuesday", "between
March and June").  A date that only dates a statement ("X said on Tuesday", "denied on
Wednesday") goes to ``reported``; a sentence with no date of its own ("Five were killed
in the clashes", a denial, a claim about the incident before) stays undated, and the
date it could borrow is written in ``notes`` for the analyst to accept or not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from bordermap.geo.events.dates import parse_vague_date
from bordermap.geo.extraction.actors import (
    CAPITAL_METONYMS,
    COUNTRY_ADJECTIVES,
    country_codes_in,
    find_actors,
)
from bordermap.geo.extraction.attribution import (
    DATELINE,
    SpeakerContext,
    negates_an_act,
    read_attribution,
)
from bordermap.geo.extraction.category_rules import (
    BACKGROUND_TIME,
    RULES,
    categorise,
    foretells,
    incident_spans,
)
from bordermap.geo.extraction.claimed_acts import claims_an_act
from bordermap.geo.extraction.counts import find_counts, tells_only_a_toll
from bordermap.geo.extraction.dates import DESCRIBING_CLAUSE, MEASURED_SINCE, find_dates
from bordermap.geo.extraction.past_acts import tells_a_dated_border_act
from bordermap.geo.extraction.places import (
    NAME_OF_CODE,
    PlaceFind,
    closes_all_its_borders,
    core_name,
    expand_border_lists,
    find_places,
    km_from_line,
    lead_in_place,
    own_entry_rules,
    resolve_place,
    shaped_names,
)
from bordermap.geo.extraction.references import (
    COORDINATE_BREAK,
    GOES_ON,
    PLACE_NOUN,
    antecedent_place,
    archipelago_told_before,
    bare_crossing_start,
    bridge_told_before,
    clause_of,
    crossing_opened_again,
    crossing_told_before,
    entity_told_before,
    incident_refers_back,
    names_again,
    only_refers_back,
    references_back,
    settlement_told_before,
    site_named_in_full_before,
    site_told_before,
    water_told_before,
)
from bordermap.geo.extraction.roles import with_role
from bordermap.geo.extraction.seats import is_seat_of_government
from bordermap.geo.extraction.sentences import Sentence, split_sentences
from bordermap.geo.extraction.speakers import expand_acronym, same_speaker
from bordermap.geo.extraction.text import Report
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.waters import Water, water_named
from bordermap.geo.places.words import load_border_features

__all__ = ["DraftEvent", "Evidence", "Extraction", "Highlight", "extract_events"]

#: Finest first: the place an event is drawn at when a sentence names several.
_PRECISION_RANK = {"exact": 0, "settlement": 1, "near": 2, "district": 3, "region": 4,
                   "border": 5, "country": 6, "": 7}  # fmt: skip
_TITLE_CHARS = 110
_INTO_BEFORE = re.compile(r"\b(?:into|inside|onto)\s+(?:the\s+)?$")
#: "tried to get into X", "attempting to cross into X": a place aimed for, not reached.
_TRIED_INTO = re.compile(
    r"\b(?:tried|trying|attempted|attempting|sought|seeking)\s+to\s+(?:[a-z]+\s+){1,2}?"
    r"into\s+(?:the\s+)?$"
)
#: "a drifting boat with 292 people reached X": the country a crossing got to.
_REACHED_BEFORE = re.compile(r"\breached\s+$")
#: Words of a pushback, wherever another incident word leads the sentence ("had beaten
#: them and driven them back into X").
_PUSHBACK = dict(RULES)["pushback"]
#: "driven them back into Iran", "sent back across the border to Y": where those pushed
#: back were made to go.
_BACK_INTO_BEFORE = re.compile(
    r"\bback\s+(?:across\s+(?:the\s+)?(?:border|frontier)\s+)?(?:into|to)\s+(?:the\s+)?$|"
    # "had been readmitted to Slovenia", "handed him over to X", "expelled to X": sent
    # to the neighbour by an act whose verb says return.
    r"\b(?:readmitted|returned|expelled|deported|handed\s+(?:\w+\s+)?over)\s+(?:to|into)\s+"
    r"(?:the\s+)?$"
)
#: ", an undemarcated area where the borders of A, B and C meet": what a spot is, told
#: by the borders around it.
_WHERE_BORDERS_MEET = re.compile(
    r",\s+(?:a|an|the)\s+[^,;.]{0,60}?\bwhere\s+(?:the\s+)?(?:borders|frontiers)\b"
)
#: "the attackers", "the raiders": those who did the act told before.
_DOERS_BACK = re.compile(
    r"\b(?:the|these|those)\s+(?:attackers|raiders|gunmen|assailants|intruders|rustlers)\b",
    re.IGNORECASE,
)
#: "said the men had crossed into X", "they had strayed into Y": the people of the
#: incident told before, named back, going into a country; it only says which side
#: they ended up on.
_THEY_WENT_INTO_BEFORE = re.compile(
    r"\b(?:(?:the|these|those)\s+(?:\w+\s+)?(?:men|man|women|woman|boys?|girls?|youths?|"
    r"two|three|four|five|six|group|migrants|smugglers|herders|shepherds|soldiers|"
    r"victims|dead|wounded|pair|trio)|they|he|she)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?:crossed|come|came|gone|went|strayed|"
    r"wandered|walked|slipped|entered|got|returned)\s+(?:back\s+)?(?:into|onto|inside)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: "the border", "border", "the frontier": the line named by no name.
_UNNAMED_BORDER = re.compile(r"(?:the\s+)?(?:border|frontier)", re.IGNORECASE)
#: "that stretch of the frontier", "this section of the border": the line pointed back to.
_THIS_STRETCH_BEFORE = re.compile(
    r"\b(?:this|that)\s+(?:stretch|section|part|length|segment)\s+of\s+(?:the\s+)?"
    r"(?:border|frontier)$",
    re.IGNORECASE,
)
#: "slowed traffic at three crossings", "shut the other seven crossings", "at several
#: checkpoints", "at both checkpoints": crossings counted, none named, so the border they
#: are on (not the first of those named before).
_CROSSINGS_COUNTED = re.compile(
    r"\b(?:at|through|across|on|shut|closed|closes|shuts|reopened|blocked|the)\s+"
    r"(?:(?:other|remaining|main|its|their)\s+)?(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|several|many|both|\d+)\s+(?:other\s+|more\s+|main\s+|land\s+|road\s+)?"
    r"(?:border\s+)?(?:crossings|checkpoints|crossing\s+points|border\s+posts)\b"
    r"(?!\s+(?:at|of|in|near|on|with|into|along)\b|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: The note of an event that named no place, the report's border standing for it.
_BORDER_STOOD_FOR = "The sentence names no place; the report's border stands for it."
_KEPT_ACROSS_BEFORE = re.compile(
    r"\b(?:held|kept|detained|jailed|imprisoned|locked\s+up)\s+across\s+(?:the\s+)?$"
)
#: "about 580 metres inside X", "two km into X's territory": a depth past the line says
#: on which side the act was, not where along it; the spot told before stays.
_DEPTH_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:m|metres|meters|km|kilometres|kilometers|miles|yards)\s+"
    r"(?:deep\s+)?(?:inside|into|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "one kilometre from the border", "a few miles away from the": a distance from a line.
_DISTANCE_FROM_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|"
    r"some)\s*(?:-\s*)?(?:m|metres?|meters?|km|kilometres?|kilometers?|miles?|yards?)\s+"
    r"(?:away\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A way that leads into a country, named by a noun: "the main crossing into X".
_WAY_INTO = re.compile(
    r"\b(?:crossings?|roads?|routes?|gateway|links?|corridor|highway|bridge|entry\s+point)\s+"
    r"into\s+(?:the\s+)?$"
)
#: A work's extent, no act of entering: "the fence extends into X", "the buoys reach
#: into X waters".
_EXTENDS_INTO = re.compile(
    r"\b(?:extend|extends|extended|extending|reach|reaches|reached|stretch|stretches|"
    r"stretched|jut|juts|jutted|run|runs|ran)\s+(?:\w+\s+)?into\s+(?:the\s+)?$"
)
_INSIDE_BEFORE = re.compile(r"\b(?:in|into|inside|to|at|on|over)\s+(?:the\s+)?$")
#: "After the rebels entered X, a meeting agreed to close the border": a clause opening
#: the sentence on a conjunction of time, up to its comma, sets the scene of the act
#: the main clause tells.
_LEADING_TIME_CLAUSE = re.compile(
    # "Embargo: After the coup in X, ...": a digest item's label may stand before it.
    r"^(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}:\s+)?(?:After|Once|As\s+soon\s+as|Shortly\s+after)\s+(?:the\s+|a\s+|an\s+)?"
    r"[^,;:]{3,80}?\b[a-z]+ed\b[^,;:]*,\s"
)
#: "its border", "their own long border": the sentence names whose border it is.
_OWNED_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}$")
_BORDER_WORD = re.compile(r"\b(?:border|frontier)s?\b", re.IGNORECASE)
_NAME_OF_CODE = {}
for _name in COUNTRY_ADJECTIVES:
    _codes = country_codes_in(_name)
    if _codes and len(_name) > 3:
        _NAME_OF_CODE.setdefault(_codes[0], _name)


@dataclass(frozen=True)
class Evidence:
    """A sentence an event rests on, with its offsets in the report's cleaned text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Highlight:
    """A span of the report's text that fed an event (for the review page)."""

    start: int
    end: int
    kind: str  # place, date, actor, claim, denial, hedge, count, ...
    event_ids: tuple[str, ...]


@dataclass
class DraftEvent:
    """One drafted event, with the fields of an event file and its evidence."""

    id: str
    date: str
    reported: str
    title: str
    description: str
    category: str
    status: str
    claimed_by: list[str]
    denied_by: list[str]
    actors: list[str]
    place: str
    place_found: str
    place_precision: str
    notes: list[str]
    tags: list[str]
    counts: list[str]
    evidence: list[Evidence]
    paragraph: int
    target_codes: tuple[str, ...] = ()
    spans: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Extraction:
    """A report and the events drafted from it."""

    report: Report
    events: tuple[DraftEvent, ...]
    highlights: tuple[Highlight, ...]
    hints: tuple[str, ...]


#: "Most came from Yemen, Syria and Somalia", "citizens of Iraq and Syria": where people
#: came from, not the border the report is about.
_ORIGINS = re.compile(
    r"\b(?:(?:came|come|comes|coming|fled|fleeing|arrived|arriving|originat\w+|hail\w*)\s+"
    r"(?:mostly\s+|mainly\s+|largely\s+)?from|nationals\s+of|citizens\s+of|"
    r"nationalities\s+(?:such\s+as|including))\s+"
    r"(?P<list>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*"
    r",?\s+(?:and|or)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


#: "that had left", "which had set out", "who had crossed": a relative clause telling an
#: earlier act of the noun before it.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_PLUPERFECT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+had\s+(?!been\b)[a-z]+")


def _later_than_anchor(own_date: str, anchor: dt.date | None) -> bool:
    """Whether a month or year an incident is dated to is not the anchor day's own.

    A month that holds the anchor day ("on 3 May ... later in May") leaves it standing.
    """
    if anchor is None:
        return False
    return not anchor.isoformat().startswith(own_date.split("/")[0])


def _in_pluperfect_clause(text: str, start: int, dates: list) -> bool:
    """Whether a date at ``start`` is the first one after a pluperfect relative clause."""
    for clause in _PLUPERFECT_RELATIVE.finditer(text):
        if clause.end() <= start and not re.search(r"[,;]", text[clause.end() : start]):
            return not any(clause.end() <= d.start < start for d in dates)
    return False


#: "lorries with Armenian, Iranian and Georgian number plates", "false French plates":
#: where vehicles are registered, not a country the report is about.
_PLATES = re.compile(
    r"\b(?P<list>[A-Z][\w’'-]*(?:(?:,\s+|,?\s+(?:and|or)\s+)[A-Z][\w’'-]*)*)"
    r"(?=\s+(?:(?:number|licen[cs]e|registration)\s+)?plates\b|-registered\b)"
)


def _main_countries(text: str) -> tuple[str, ...]:
    """The report's most named countries, leaving out lists of where people came from
    and the countries vehicles are registered in."""
    origins = _ORIGINS.sub(lambda m: m.group(0)[: m.start("list") - m.start()], text)
    origins = _PLATES.sub("", origins)
    counts = Counter(country_codes_in(origins))
    return tuple(code for code, _ in counts.most_common(3))


#: "the border with Andorra", "its frontier with Spain": a border named by the far side.
_BORDER_WITH = re.compile(r"^(?:the\s+|its\s+|their\s+)?(?:land\s+)?(?:border|frontier)\s+with\s+")


def _ground_partner(
    wording: str, hints: tuple[str, ...], town_countries: set[str]
) -> PlaceResult | None:
    """The border "with X" of the country the report's places so far lie in.

    Only when the report names no country but X: then the near side is unnamed, and
    the towns the report has named (all in one country) tell it.
    """
    if not _BORDER_WITH.match(wording):
        return None
    far = country_codes_in(_BORDER_WITH.sub("", wording))
    if len(far) != 1 or set(hints) - {far[0]}:
        return None
    grounds = town_countries - {"", far[0]}
    if len(grounds) != 1:
        return None
    found = resolve_place(wording, (far[0], *grounds))
    if found.status != "resolved" or found.precision != "border":
        return None
    return found


def _clip(text: str, limit: int = _TITLE_CHARS) -> str:
    text = text.strip().strip('“”"')
    if len(text) <= limit:
        return text.rstrip(".")
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


#: Where a sentence joins two actions of the same subject ("... and struck Y on Thursday").
_ACTION_JOIN = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=[a-z]+ed\b|(?:struck|hit|shot|fought|"
    r"took|began|fell|sent|drew|made|broke|threw|led)\b)|;\s+|,\s+and\s+|"
    # "arrested 12 near X on Monday and another 20 near Y on Tuesday": the same act again,
    # its verb left out.
    r",?\s+and\s+(?=(?:another|a\s+further|further|some|about|nearly|over)?\s*\d[\d,]*\s)"
)


#: Ahead of "after": a subject of up to five words, then a past act taking an object of
#: its own ("a French vessel stopped a trawler", "police firing on protesters killed an
#: Indian man").
_ACT_WITH_OBJECT_AHEAD = (
    r"(?=(?:[\w’'-]+\s+){1,5}?(?:[a-z]+ed|shot|hit|struck|shut|cut|put|threw|took|broke|"
    r"drove|sent|stole|burnt)\s+(?:an?|the|its|their|his|her)\s)"
)
#: ", after protesters set lorries alight", ", two days after the army shut the road": a
#: clause of its own subject and act after the main one ("after being jammed", "after a
#: rise in arrivals" have none).
_AFTER_ACT = re.compile(
    r",\s+(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|hours?|weeks?)\s+)?after\s+"
    r"(?=(?:the\s+|their\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:[a-z]+ed|set|shot|hit|struck|shut|"
    r"cut|put|threw|took|broke|fell|fought|drove|sent|made|stole|burnt|burned)\b)"
    r"(?!being\b|(?:a|an)\s)"
    # "a day after a French vessel stopped a trawler", "a day after police firing on
    # protesters killed an Indian man": a longer subject, even one opening on "a", when
    # its verb takes an object of its own.
    r"|,\s+(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|hours?|weeks?)\s+after\s+"
    + _ACT_WITH_OBJECT_AHEAD
)
#: Past tenses of acts not written with "-ed" ("sank", "built", "shot").
_IRREGULAR_PAST = (
    r"sank|sunk|built|dug|shot|laid|threw|blew|drove|took|tore|brought|set\s+up|put\s+up|"
    r"struck|hit|left|caught|sent|stole|burnt|shut|cut|began|ran"
)
#: "huts that the army put up", "a fence which Hungary built": a noun's relative
#: clause that tells an act of its own subject.
_RELATIVE_ACT = re.compile(
    r"(?<=[a-z]{3})\s+(?:that|which|whom)\s+(?=(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?"
    rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\b|"
    # "the reef of concrete blocks that Gibraltar sank in the bay on 24 July": a past
    # tense of its own form tells the act as "-ed" does.
    rf"[A-Z][\w-]+\s+(?:[a-z]+ed|{_IRREGULAR_PAST})\b|"
    # "fishermen whom the Nicaraguan navy had arrested two days earlier": the people an
    # earlier act was done to, told with its own day.
    r"(?<=\bwhom\s)(?:the|its|their)\s+(?:[\w-]+\s+){1,3}had\s+[a-z]+ed\b)"
)
#: "said that", "denied that": the clause is what was said, not a noun's relative.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|say|told\s+\w+|announced|claimed|reported|denied|added|warned|"
    r"insisted|stated|confirmed|alleged|argued|noted)\s*$",
    re.IGNORECASE,
)


#: "in the same province", "at the same crossing": the place the sentence named before.
_SAME_UNIT = re.compile(
    r"\b(?:in|at|near|inside)\s+the\s+same\s+(?:province|district|region|county|state|"
    r"department|governorate|area|town|village|crossing|border\s+post)\b"
)


#: "kept it shut until Monday 13 January", "remained closed until 5 May": the last day
#: of a state that held, right before it ("shut ... until 25 February" is a plan's end).
_UNTIL_BEFORE = re.compile(
    r"\b(?:kept|remained|stayed)\s+(?:[\w’'-]+\s+){0,3}?(?:until|till)\s+$", re.IGNORECASE
)


def _dated_clauses(
    sentence: str, dates, places: list[PlaceFind]
) -> list[tuple[str, PlaceFind | None]]:
    """Clauses joined by "and" that each tell an incident with its own date.

    Returns one (date, place) per clause when every clause has a date of its own, else
    []; a clause naming no place takes the place of the clause before it (None when no
    clause names one).
    """
    joins = [m.start() for m in _ACTION_JOIN.finditer(sentence)]
    # "sued Bulgaria on Tuesday over a fence that the army erected near X last month":
    # a relative clause with an act and a date of its own is a clause of its own.
    joins += [
        m.start() for m in _RELATIVE_ACT.finditer(sentence)
        if not _SPEECH_BEFORE.search(sentence[: m.start()])
    ]  # fmt: skip
    # "lorries were stuck at X on Thursday, after protesters torched trucks at Y late on
    # Tuesday": the act that led to the state told first, with a day of its own.
    joins += [m.start() for m in _AFTER_ACT.finditer(sentence)]
    cuts = [0, *sorted(set(joins)), len(sentence)]
    if len(cuts) < 3:
        return []
    found: list[tuple[str, PlaceFind | None]] = []
    for start, end in itertools.pairwise(cuts):
        own_dates = [d for d in dates if d.role == "event" and start <= d.start < end]
        own_places = [
            p for p in places
            if p.role == "at" and start <= p.start < end and p.precision != "country"
        ]  # fmt: skip
        if not own_dates and found and not categorise(sentence[start:end]):
            # "..., and the Foreign Ministry issued a statement on the case": a clause
            # that tells no incident leaves the dated clauses before it as they are.
            continue
        if not own_dates:
            return []
        if (
            found
            and len(found[-1][0]) == 10
            and all(_UNTIL_BEFORE.search(sentence[start : d.start]) for d in own_dates)
            and len(own_dates[0].value) == 10
            and own_dates[0].value > found[-1][0]
        ):
            # "closed their side of X on 10 January ... and kept it shut until Monday 13
            # January": the end of the state the clause before began; one span.
            found[-1] = (f"{found[-1][0]}/{own_dates[0].value}", found[-1][1])
            continue
        if not own_places:
            # "and on 28 December another jet crossed into Rwandan airspace": a clause
            # that enters a country is placed there, not at the clause before.
            own_places = [
                p for p in places
                if p.role == "at" and start <= p.start < end and p.precision == "country"
                and _entered(p, sentence)
            ]  # fmt: skip
        if (
            found
            and found[-1][1] is not None
            and _SAME_UNIT.search(sentence[start:end])
            and all(_PRECISION_RANK.get(p.precision, 7) > 1 for p in own_places)
        ):
            # "attacked two posts in X province, and in December gunmen killed twelve
            # soldiers at a post in the same province, about 30 km from the border": the
            # clause points back to the unit named before; the border only locates it.
            own_places = []
        if not own_places:
            # "crossed the line on June 9, and dozens more on Tuesday": the same place.
            found.append((own_dates[0].value, found[-1][1] if found else None))
            continue
        ranked = sorted(own_places, key=lambda p: (_PRECISION_RANK.get(p.precision, 7), p.start))
        found.append((own_dates[0].value, ranked[0]))
    return found if len({f for f in found}) > 1 else []


#: A sentence that opens on a state or its forces as the actor: "Ecuador sent", "The
#: Israeli military responded", "Chad's army said".
_STATE_OPENING = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+"
    r"(?:(?:army|military|armed\s+forces|forces|troops|navy|air\s+force|government|"
    r"border\s+guards?|police|coast\s*guard)\b|(?-i:(?:(?:had|has|have)\s+)?[a-z]+ed)\b)"
)


#: A time that opens a sentence before its subject: "Yesterday, ", "On Monday, ",
#: "Earlier on Tuesday ", "Last week, ".
_TIME_FIRST = re.compile(
    r"^(?:(?:yesterday|today|earlier|later|overnight|meanwhile)|(?:on|late\s+on|early\s+on|"
    r"earlier\s+on)\s+\w+day|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|"
    # "Three days earlier, on Thursday, Brazil barred ...": a span counted back, then a day.
    r"(?:a|one|two|three|four|five|six|seven|a\s+few|several|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|later|before))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+",
    re.IGNORECASE,
)


#: "... has been sour since May, when ...": a state dated from an incident the clause
#: after "when" tells.
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?,?\s+when\s+"
    r"|\bsince\s+(?:19|20)\d{2},?\s+when\s+"
    # "has been a flashpoint since France restored checks on its border in November
    # 2015": the clause after "since" tells the act, dated to its month.
    r"|\bsince\s+(?=(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}[a-z]+ed\b[^.;]*?\bin\s+"
    r"(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?:19|20)\d{2}\b)"
)


#: "The attack came weeks after ...", "The closure comes a month after ...": the
#: incident told before, set after an earlier act the clause then tells.
_CAME_AFTER = re.compile(
    r"^(?:The|This|That)\s+[a-z]+\s+(?:came|comes|followed|follows)\s+(?:just\s+|only\s+|"
    r"barely\s+|some\s+|less\s+than\s+|more\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)?\s*"
    r"(?:hours?|days?|weeks?|months?|years?)\s+after\s+"
)


def _attribution_past_since_when(sentence: str):
    """The attribution of a sentence, read in its "since <date>, when ..." clause.

    "Relations have been sour since May, when the security service said it had caught
    a spy ring": the main clause is the report's comment, the incident is told in the
    clause after "when", whose speaker is its claimant.
    """
    whole = read_attribution(sentence)
    since = _SINCE_WHEN.search(sentence)
    if since is None or whole.cues or categorise(sentence[: since.start()]):
        return whole
    clause = read_attribution(sentence[since.end() :])
    if not clause.cues:
        return whole
    shift = since.end()
    return dataclasses.replace(
        clause,
        statement_verb_end=(
            clause.statement_verb_end + shift if clause.statement_verb_end >= 0 else -1
        ),
        cues=tuple(
            dataclasses.replace(cue, start=cue.start + shift, end=cue.end + shift)
            for cue in clause.cues
        ),
    )


#: "came to X", "had walked into X": the speaker's own way to a place, told before
#: what they said.
_SPEAKER_WENT = re.compile(
    r"(?:,|\bwho)\s+(?:had\s+)?(?:came|come|went|gone|walked|drove|driven|travelled|traveled|"
    r"returned|arrived)\s+"
    r"(?:back\s+)?(?:to|into|in|at)\s+(?:the\s+)?$"
)


def _placed_as_written(events: list[DraftEvent]) -> frozenset[str]:
    """Names the report already placed an event at, kept as written (no gazetteer hit).

    "In Yungayo, protesters piled rocks on the road" made Yungayo a place; "the offices
    in Yungayo are closed" later names it again, in any sentence shape.
    """
    return frozenset(
        core_name(e.place)
        for e in events
        if not e.place_found and re.fullmatch(r"[A-ZÀ-Þ][\w’'-]+", e.place)
    )


def _places_told_only(sentence: Sentence, hints: tuple[str, ...]) -> list[PlaceFind]:
    """The places of a sentence that drafts no event, for what later ones refer back to."""
    return [
        p for p in find_places(_without_dateline(sentence.text), hints=hints)
        if p.role == "at"
    ]  # fmt: skip


def _without_dateline(sentence: str) -> str:
    """The sentence with its dateline blanked out, at the same length.

    "NAMANGA, Kenya - The Namanga crossing ... has been shut": the filing place and its
    dash are no part of the first place the text names.
    """
    dateline = DATELINE.match(sentence)
    if dateline is None:
        return sentence
    return " " * dateline.end() + sentence[dateline.end() :]


#: "in this southern Belgian village", "residents of this border town": the report's
#: own voice pointing at the town it is filed from.  Lower-case "this" and a word for a
#: settlement only: "This year the port ..." and "this border" point at no town.  Only
#: "in", "at" or "of" before it: "off this city" or "the edge of this town" is beside
#: the town, not in it, and is not pinned on it.
_HERE_TOWN = re.compile(
    r"(?<!\boutskirts of )(?<!\boutskirt of )(?<!\bedge of )(?<!\bfringes of )"
    r"(?<!\bside of )(?<!north of )(?<!south of )(?<!east of )(?<!west of )"
    r"(?<=\b(?:in|at|of) )"
    r"this\s+(?:[A-Za-z’'-]+\s+){0,3}?(?:village|town|city|hamlet|settlement)\b"
)


def _dateline_town_here(sentence: str, hints: tuple[str, ...]) -> list[PlaceFind]:
    """The dateline's town, placed where the sentence points at it as "this village".

    "ERQUELINNES, Belgium, May 5 - A farmer in this southern Belgian village pushed a
    boundary stone into French territory": the dateline says only where the reporter
    files from, but "this village" makes that town the place of what the sentence tells.
    Without such a pointer the dateline is no place of the event (README coding rules).
    """
    dateline = DATELINE.match(sentence)
    if dateline is None:
        return []
    here = _HERE_TOWN.search(sentence, dateline.end())
    if here is None:
        return []
    city = re.split(r"[/,(:]|\s+[-–—]", dateline.group(0))[0].strip()
    if "/" in dateline.group(0).split(",")[0] or not city.isupper():
        # "KHARTOUM/JUBA -": two filing towns, and "this town" could be either.
        return []
    found = [
        p for p in find_places(f"in {city.title()}", hints=hints)
        if p.result.status == "resolved" and p.precision in ("exact", "settlement")
    ]  # fmt: skip
    if len(found) != 1:
        return []
    return [dataclasses.replace(found[0], start=here.start(), end=here.end())]


_DAY_FIRST = re.compile(
    r"^(?:On|In|By)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:19|20)\d{2})?,?\s+"
)
#: "in the same three weeks", "over the same period": the span dated just before.
_SAME_SPAN = re.compile(
    r"\b(?:in|during|over|within)\s+the\s+same\s+(?:\w+\s+)?(?:days|weeks|months|period|"
    r"fortnight)\b",
    re.IGNORECASE,
)
#: "from entering the country", "barred from the country": the acting state itself.
_INTO_ITSELF = re.compile(
    r"\b(?:from\s+(?:entering|visiting)|entry\s+(?:in)?to|out\s+of)\s+the\s+country\b"
    # "Brazil barred foreigners arriving by land from X, Y and Z": people kept out of the
    # acting state, from wherever they come.
    r"|\b(?:barr(?:ed|ing)|bars|bann(?:ed|ing)|bans|block(?:ed|ing)|blocks|refus(?:ed|ing)|"
    r"refuses)\s+(?:[\w’'-]+\s+){1,3}?(?:arriving|coming|travell?ing)\s+"
    r"(?:(?:by|over)\s+(?:land|air|sea|road|rail)\s+)?from\b"
)


def _acting_state_place(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The state a sentence opens on as its actor, as a place of that sentence."""
    # "On 9 January Peru barred ...": a day before the actor opens nothing.
    code = _acting_state(_DAY_FIRST.sub("", sentence))
    name = _NAME_OF_CODE.get(code) if code else None
    if not name:
        return None
    result = resolve_place(name, hints)
    if result.status != "resolved":
        return None
    at = sentence.find(name)
    start = max(at, 0)
    return PlaceFind(name, start, start + len(name), "name", "at", result)


def _past_its_day(sentence: str) -> str:
    """The sentence from its actor on: an opening day ("On 12 June Palau burned ..."),
    a dateline and an opening time taken off."""
    return _TIME_FIRST.sub("", DATELINE.sub("", _DAY_FIRST.sub("", sentence)))


#: Words that send the acting state's own ground back to the state a sentence opens on:
#: "Iran said Afghans must leave the country", "Qatar said a jet had entered its airspace",
#: "X has shut 20 of its land border posts".
_ITS_OWN_GROUND = re.compile(
    r"\b(?:leave|left|leaving|into)\s+the\s+country\b"
    # "from landing in its territory", "had entered its airspace", "fallen on its soil":
    # the acting state's own ground, with no finer spot of it named.
    r"|\b(?:in|into|on|onto|over|entered|entering|violated|violating)\s+its\s+(?:own\s+)?"
    r"(?:territory|soil|airspace|territorial\s+waters)\b"
    # "has shut 20 of its land border posts": many of its crossings, on several borders.
    r"|\b(?:\d{2,}|[a-z]+ty(?:-[a-z]+)?|dozens|scores)\s+of\s+its\s+(?:[a-z]+\s+){0,2}"
    r"(?:border\s+posts|crossings|crossing\s+points|ports\s+of\s+entry)\b"
    # "brought in temporary controls of its own": the state's own border regime, on all
    # its borders, with none of them named.
    r"|\b(?:checks|controls|restrictions)\s+of\s+its\s+own\b"
    # "closed all its land borders", "has kept its borders shut", "began sealing its
    # frontiers": every border of the state at once (a single one, "its border with Y",
    # is a border the finder names); "never closed its borders" is no act.
    r"|(?<!never\s)(?<!not\s)\b(?:closed|closing|shut|shutting|sealed|sealing|reopened|"
    r"reopening|kept|keeping)\s+"
    r"(?:all\s+)?(?:of\s+)?its\s+(?:own\s+)?(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?"
    r"(?:borders|frontiers)\b"
)
#: A state by its bare name opening a sentence as the subject of its verb: "Somaliland has
#: also barred", "Iran said", "South Africa has shut" (not "Iran's navy", "Iranian guards").
_BARE_STATE_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?:(?:has|had|have|also|then|later|earlier|since|already|long|now|recently|again)\s+)*"
    r"(?-i:[a-z]+)\b(?!['’])"
)


def _state_on_its_own_ground(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The state a sentence opens on by name when the sentence puts the act on its ground.

    "Somaliland has also barred the airline from landing in its territory", "Iran said
    Afghans without papers must leave the country": the act holds in the state itself.
    ``None`` when the sentence opens on no state by its bare name, or names no such ground.
    """
    if not _ITS_OWN_GROUND.search(sentence):
        return None
    opening = _past_its_day(sentence)
    subject = _BARE_STATE_SUBJECT.match(opening)
    if subject is None:
        return None
    name = subject.group("who")
    result = resolve_place(name, hints)
    if result.status != "resolved" or result.precision != "country":
        return None
    start = max(sentence.find(name), 0)
    return PlaceFind(name, start, start + len(name), "name", "at", result)


def _state_by_name_acting(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The state a sentence opens on by its own name as its actor, as a place.

    "Palau burned four boats" opens on the state itself; "The Finnish navy raised an
    anchor" or "Palau's navy seized a boat" open on a force, which acts wherever it is
    sent, so they give ``None``.
    """
    home = _acting_state_place(sentence, hints)
    if home is None:
        return None
    opening = _past_its_day(sentence)
    by_name = re.match(rf"(?:the\s+)?{re.escape(home.text)}\s+(?![’']s\b)", opening, re.I)
    if by_name is None or _STATE_SAYS.match(opening, by_name.end()):
        return None  # "The Philippines admitted that its coast guard fired": a speaker
    return home


#: "Zhuhai on Tuesday prolonged ...", "Tindouf brought in ...": a place by its name, a
#: day perhaps, then the lower-case word that goes on.
_PLACE_THEN_VERB = re.compile(
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:(?:on|last|this|late\s+on|"
    r"early\s+on)\s+\w+\s+)?(?P<verb>[a-z]+)\b"
)


def _town_acting(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """A town or region that opens a sentence by its name as its actor, as a place.

    "Zhuhai brought the quarantine in on Sunday": the city's own authorities act at
    home.  A place that speaks ("Zhuhai said") or is only described ("Zhuhai is") is
    no actor.
    """
    opening = _past_its_day(sentence)
    head = _PLACE_THEN_VERB.match(opening)
    if head is None or _NO_ACT_VERBS.fullmatch(head.group("verb")):
        return None
    if country_codes_in(head.group("who")):
        return None  # "Thai naval vessels": a country's adjective, not a town
    who = head.group("who")
    if any(a.start == 0 and a.end == len(who) for a in find_actors(who.lower())):
        # "Police closed the bridge": a force named by its common noun, capitalised only
        # by opening the sentence, not the town of that name (Police, in Poland).
        return None
    if _STATE_SAYS.match(opening, head.start("verb")):
        return None
    result = resolve_place(head.group("who"), hints)
    if result.status != "resolved" or result.precision not in ("settlement", "region"):
        return None
    start = sentence.find(head.group("who"))
    return PlaceFind(head.group("who"), max(start, 0), max(start, 0) + len(head.group("who")),
                     "name", "at", result)  # fmt: skip


#: "Mauritanian authorities arrested", "Malaysia has been expelling", "In April Estonian
#: authorities had tried": a state, by its name or its adjective with its organs, opening a
#: sentence as the one that acts, after a month or year perhaps.
_STATE_ORGANS_ACTING = re.compile(
    r"(?:In\s+(?:[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2}),?\s+)?(?:The\s+)?"
    r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+"
    r"(?:(?:authorities|security\s+forces|forces|troops|army|military|navy|police|"
    r"coast\s*guard|border\s+guards?|government)\s+)?"
    r"(?:(?:has|have|had)\s+(?:also\s+|already\s+)?(?:been\s+)?)?(?P<verb>[a-z]+(?:ed|ing))\b"
)


#: "Russia protested", "Hanoi condemned": a state's answer to an incident, placed at it.
_STATE_REACTS = re.compile(
    r"(?:protest|complain|condemn|object|demand|urg|warn|threaten|criticis|criticiz|"
    r"denounc|reject|dismiss|lodg|summon|recall|welcom|respond|react|retaliat)(?:ed|ing)"
)


def _state_acting_at_home(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The state whose organs open a sentence as the ones that act, as a place.

    "Last year Mauritanian authorities arrested 20 fishermen": the state acts on its own
    ground or waters.  A state that only speaks ("Malaysia said") gives ``None``, as does
    a name that is no one country.
    """
    opening = _STATE_ORGANS_ACTING.match(_past_its_day(sentence))
    if opening is None or (
        _STATE_SAYS.fullmatch(opening.group("verb"))
        or _STATE_REACTS.fullmatch(opening.group("verb"))
    ):
        return None
    codes = country_codes_in(opening.group("who"))
    if len(codes) != 1:
        return None
    return _country_place(codes[0], hints)


#: Words after a name that do not make it the actor of an act.
_NO_ACT_VERBS = re.compile(
    r"is|are|was|were|has|have|had|and|or|of|in|on|at|to|from|for|with|by|as|lies|sits"
)


#: "admitted on Friday that", "said": a state that opens a sentence as its speaker.
_STATE_SAYS = re.compile(
    r"(?:(?:on|last|this)\s+\w+\s+|\w+ly\s+)?(?:said|says|admitted|admits|denied|denies|"
    r"accused|accuses|claimed|claims|confirmed|confirms|announced|announces|insisted|"
    r"insists|reported|reports|stated|states|argued|argues|acknowledged|acknowledges)\b",
    re.IGNORECASE,
)


#: "its side of the 450 km frontier": a state's own half of a border, by no name.
_OWN_SIDE_OF_BORDER = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?side\s+of\s+the\s+(?:[\w,.-]+\s+){0,3}?(?:border|frontier)\b",
    re.IGNORECASE,
)


#: ", and that" after a verb of saying: a second thing said.
_COMMA_AND_THAT = re.compile(r",\s+and\s+that\b")
#: A harm told with no one doing it: "civilians were wounded", "two had been killed".
_HARM_ONLY = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,4}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:wounded|injured|hurt|killed|dead|missing)\b"
)


def _second_thing_said(sentence: str, verb_end: int) -> tuple[str, str] | None:
    """The categories of two incidents a speaker tells, joined by ", and that".

    "X said guards had fired on migrants, and that it had documented three killings":
    (first category, second category) when each part tells an incident and they differ.
    """
    if verb_end < 0:
        return None
    join = _COMMA_AND_THAT.search(sentence, verb_end)
    if join is None:
        return None
    first = categorise(sentence[verb_end : join.start()])
    rest = sentence[join.end() :]
    if _HARM_ONLY.match(rest) and not re.search(r"\bby\b", rest):
        return None  # "..., and that civilians were wounded": the harm of the act told
    then = categorise(rest)
    if first is None or then is None or first == then:
        return None
    return first, then


def _country_place(code: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """A country by its ISO code, as a place of no offset in the sentence."""
    name = _NAME_OF_CODE.get(code)
    result = resolve_place(name, hints) if name else None
    if result is None or result.status != "resolved":
        return None
    return PlaceFind(name, 0, 0, "name", "at", result)


#: "cut their ties with Doha", "severed relations with Qatar": the state a step is against.
_TIES_WITH = re.compile(
    r"\b(?:cut|cuts|cutting|sever(?:ed|s|ing)?|broke|breaks|breaking)\s+(?:off\s+)?"
    r"(?:(?:their|its|all|his|her)\s+)?(?:diplomatic\s+)?(?:ties|relations)\s+with\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


#: "handed a demarche to", "delivered a protest note to the government of": the state
#: after these words receives a note.
_HANDED_TO_BEFORE = re.compile(
    r"\b(?:handed|delivered|sent|passed|lodged|presented)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:notes?|d[ée]marches?|protests?|complaints?)\s+(?:[\w’'-]+\s+){0,3}?(?:to|with)\s+"
    r"(?:the\s+government\s+(?:of|in)\s+)?$"
)


#: "Malta, like Italy, declared", "Peru has begun closing": a sentence opening on a
#: name as its subject, a state perhaps, with a state it is likened to set off.
_NAME_AS_SUBJECT = re.compile(
    r"(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:,\s+like\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,)?"
    r"\s+(?:(?:has|had|have)\s+)?[a-z]+\b"
)


def _state_closing_its_own(sentence: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The state a sentence opens on by name as the subject that shuts its own borders.

    "Malta, like Italy, declared its ports closed" opens on Malta; "Maltese police
    said ..." opens on no state by its name.
    """
    opening = _NAME_AS_SUBJECT.match(_past_its_day(sentence))
    if opening is None:
        return None
    state = _state_named(opening.group("who"), hints)
    if state is None or state.text.lower() != opening.group("who").lower():
        return None  # a capital or town standing for its state is no state by name
    return state


def _state_named(name: str, hints: tuple[str, ...]) -> PlaceFind | None:
    """The country a name stands for ("Doha" for Qatar), as a place, else ``None``."""
    result = resolve_place(name, hints)
    if result.status != "resolved":
        # A capital far from the states that act against it ("Doha" in a report that
        # names the four that cut ties first): its own country, the one acted against.
        result = resolve_place(name)
    if result.status != "resolved" or not result.country:
        return None
    return _country_place(result.country, hints)


#: "its crossings with", "its own border with": one owner, named before it.
_ITS_BEFORE = re.compile(r"\bits\s+(?:[a-z-]+\s+){0,2}$")
#: A run of capitalised words, where a state is named ("Budapest", "Czech Republic").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
#: Words before a state that make it the far side or a place, not an owner: "with
#: Serbia", "into Slovenia", "the border of Ukraine".
_NOT_OWNER_BEFORE = re.compile(
    r"\b(?:with|from|into|to|towards?|of|in|on|at|and|or|between|across|via)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "border with Croatia", "crossings with Slovenia", "frontier with Libya".
_OWNED_BORDER_WITH = re.compile(
    r"^(?:[a-z-]+\s+){0,2}(?:borders?|frontiers?|crossings?)\s+with\s+(?P<far>.+)$"
)


def _owners_border(wording: str, before: str) -> PlaceResult | None:
    """The border of the state an "its" before ``wording`` stands for, if it is named.

    "Italy brought back checks at its crossings with Slovenia": the state named last
    before "its", not as the far side or the place of something ("with Serbia", "in
    Kosovo"), owns the border. None when no "its" owns the wording, no state is named,
    or the pair's border is not in the gazetteer.
    """
    match = _OWNED_BORDER_WITH.match(wording)
    # "its" only: "A, B and C brought back controls on their borders with X" names
    # several owners.
    if match is None or not _ITS_BEFORE.search(before):
        return None
    far = country_codes_in(match.group("far"))
    if len(far) != 1:
        return None
    for run in reversed(list(_CAPITALISED_RUN.finditer(before))):
        codes = country_codes_in(run.group(0))
        if len(codes) != 1 or _NOT_OWNER_BEFORE.search(before[: run.start()]):
            continue
        if codes[0] == far[0] or not (_NAME_OF_CODE.get(codes[0]) and _NAME_OF_CODE.get(far[0])):
            return None
        pair = resolve_place(f"{_NAME_OF_CODE[codes[0]]}–{_NAME_OF_CODE[far[0]]} border")
        return pair if pair.status == "resolved" and pair.precision == "border" else None
    return None


def _acting_state(sentence: str) -> str:
    """The ISO code of the state a sentence opens on as its actor, else ""."""
    # "Yesterday, Pakistan deported ...": a time before the actor opens nothing.
    opening_text = DATELINE.sub("", sentence)
    for _ in range(2):  # "Three days earlier, on Thursday, ": two times in a row
        opening_text = _TIME_FIRST.sub("", opening_text)
    opening = _STATE_OPENING.match(opening_text)
    if opening is None:
        return ""
    codes = country_codes_in(opening.group("who"))
    return codes[0] if len(codes) == 1 else ""


#: ", while Ukraine said ...", "; Baku said ...": a second speaker's account joined to the
#: first in one sentence.
_SECOND_VOICE = re.compile(
    r"(?:,\s+(?:while|whereas)|;)\s+(?=(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:said|says|reported|claimed|alleged|accused|insisted)\b)"
)


#: "..., and the weekly X said the gunmen were ...": a named speaker's account joined by
#: "and" to what the report tells in its own voice.
_SPEAKER_JOINED = re.compile(
    r",\s+and\s+(?=(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:[A-Z][\w’'.-]*\s+){1,5}(?:said|says|reported|"
    r"claimed|alleged)\b)"
)
#: "..., and its foreign ministry warned of ...", "..., but the minister said 20 were
#: missing", "..., and each government blamed the other": a speaker of lower-case words,
#: or a verb of blame, after the act the report tells; "stopped 16 people ..., after
#: officials warned them that ...", "demanded ..., hours after the minister admitted
#: that ...": what was said, told in a clause of time after the act.
_SPEAKER_AFTER_ACT = re.compile(
    r",\s+(?:and|but)\s+(?=(?:[\w’'.-]+\s+){1,6}?(?:said|says|told|accused|blamed|warned)\b)"
    r"|,?\s+(?:(?:hours|days|shortly|soon|a\s+day)\s+)?after\s+(?=(?:[\w’'.-]+\s+){1,6}?"
    r"(?:said|says|admitted|accused|warned|announced)\b)"
)
#: The act before such a speaker placed or dated: a place after a preposition, a day
#: or a month ("Nine soldiers have been missing since the fighting" is neither).
_ACT_PLACED_OR_DATED = re.compile(
    r"\b(?:in|at|on|near|into|off|from|across|through|inside)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|weekend|yesterday)\b"
)


#: "... and says it will keep doing so": the subject of an act told in the report's
#: voice goes on to say what it plans, with no speaker of its own.
_PLAN_SAID_AFTER = re.compile(
    r"\s+and\s+(?=(?:says|said|has\s+said)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:will|would|"
    r"plans?\s+to|intends?\s+to)\b)"
)


def _own_voice_then_speaker(text: str) -> re.Match[str] | None:
    """Where an incident told in the report's own voice hands over to a named speaker.

    "Two herders were shot at near X, and the weekly Y said the gunmen were soldiers":
    the shooting is the report's, what the gunmen were is the weekly's claim.
    """
    cut = _SPEAKER_JOINED.search(text)
    if cut is None:
        cut = _SPEAKER_AFTER_ACT.search(text)
        if cut is not None and (
            not _ACT_PLACED_OR_DATED.search(text, 0, cut.start())
            or read_attribution(text[: cut.start()]).cues
        ):
            cut = None  # "X ordered ... and said it would ...": the plan below may cut it
    if cut is None:
        plan = _PLAN_SAID_AFTER.search(text)
        first = text[: plan.start()] if plan else ""
        if plan is None or read_attribution(first).cues or categorise(first) is None:
            return None
        # "X has been checking its border since May and says it will keep doing so":
        # the checks are the report's; only the plan after them is said.
        return plan
    first, rest = text[: cut.start()], text[cut.end() :]
    if read_attribution(first).cues or categorise(first) is None:
        return None
    return cut if read_attribution(rest).claimant else None


def _split_two_voices(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with a second speaker's account after ", while X said" cut in two.

    "A drone struck Tetkino, the governor said, while Ukraine said artillery shelled
    Myropillia" tells two claims of two speakers; each clause is read as a sentence, and
    so are an incident in the report's voice and ", and the weekly X said ..." after it.
    """
    out: list[Sentence] = []
    for sentence in sentences:
        cut = _SECOND_VOICE.search(sentence.text)
        first = sentence.text[: cut.start()] if cut else ""
        if cut is None or not read_attribution(first).claimant:
            cut = _own_voice_then_speaker(sentence.text)
            first = sentence.text[: cut.start()] if cut else ""
        if cut is None:
            out.append(dataclasses.replace(sentence, index=len(out)))
            continue
        out.append(dataclasses.replace(sentence, end=sentence.start + cut.start(), text=first,
                                       index=len(out)))  # fmt: skip
        rest = sentence.text[cut.end() :]
        out.append(dataclasses.replace(sentence, start=sentence.start + cut.end(), text=rest,
                                       index=len(out)))  # fmt: skip
    return out


def _dateline_country(text: str, hints: tuple[str, ...], *, capitals: bool = False) -> str:
    """The country of the city a wire dateline names ("QUITO, Jan 22 (Reuters) -"), if
    it is one of the report's countries; else "".  With ``capitals``, a capital the
    gazetteer reads as its country ("TUNIS -") counts too."""
    dateline = DATELINE.match(text.lstrip())
    if dateline is None:
        return ""
    city = re.split(r"[/,(:]|\s+[-–—]", dateline.group(0))[0].strip().title()
    found = resolve_place(city)
    # "KABALE -": a town the gazetteer reads as the district it seats is in that
    # district's country all the same.
    if found.status != "resolved" or found.precision not in (
        "settlement",
        "exact",
        "district",
        "region",
        *(("country",) if capitals else ()),
    ):
        return ""
    return found.country if found.country in hints else ""


#: "a resident of", "villagers in": people named by where they live.  "X, who had gone
#: to Y", "who was waiting at Y": a witness described by where they were tells what
#: happened to them there.
_RESIDENT_OF = re.compile(
    # "fishermen in X district said": people who live or work there, as the place
    # shapes read them ("villagers of X").
    r"\b(?:residents?|villagers?|inhabitants?|townspeople|farmers|herders|fishermen|"
    r"traders)\s+(?:of|in)\s+(?:the\s+)?"
    # "Residents of the Somali border town of X said": the words that say what X is.
    r"(?:(?:[A-Z][a-z]+|border|frontier|twin|nearby|small|remote)\s+){0,3}$|"
    r",\s+who\s+(?:had\s+|has\s+)?(?:gone|went|travelled|traveled|driven|drove|walked|"
    r"come|came|arrived|been\s+waiting|was\s+waiting|were\s+waiting|queued)\s+"
    r"(?:\w+\s+){0,2}?(?:to|at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Words of a whole line or a border by its kind ("the border", "the Durand Line"), not
#: of a stretch by its own name.
_WHOLE_LINE_WORD = re.compile(
    r"\b(?:border|frontier|boundary|line|l[ií]nea|parallel|zone)s?\b", re.IGNORECASE
)


def _named_stretch(text: str, precision: str, found: str) -> bool:
    """Whether a place phrase names a stretch of a border by the stretch's own name.

    "in the Bay of Algeciras", "the Ras Doumeira area", resolved as a named stretch of
    a border ("Spain–Gibraltar border (Bahía de Algeciras)"), is a place the report
    gave by name, as fine as a town, not "the border" wanting a finer place.
    """
    stretch = re.search(r"\(([^()]+)\)$", found)
    return (
        precision == "border"
        and stretch is not None
        and not _WHOLE_LINE_WORD.search(text)
        and stretch.group(1) in _named_lines()
    )


@functools.cache
def _named_lines() -> frozenset[str]:
    """The names of the border features that are stretches of land or water, not rivers.

    A river or lake ("the Evros"), a named line ("the Durand Line"), a parallel or a
    border's zone runs the whole line and says no more than "the border"; a named
    stretch ("the Darién Gap") is a place.
    """
    return frozenset(
        f.name
        for f in load_border_features().values()
        if f.kind == "line" and not _WHOLE_LINE_WORD.search(f.name)
    )


#: A body of water whose circle is wider than this (km) is a sea or a wide gulf.
_SEA_REACH_KM = 150.0


def _water(place: PlaceFind) -> Water | None:
    """The feature of ``waters.tsv`` the place found is, if any."""
    if place.result.status != "resolved" or not place.result.name:
        return None
    return water_named(place.result.name)


def _place_rank(place: PlaceFind) -> int:
    """How fine a place found is; a border's named stretch ranks like a settlement, and
    so does a named strait, bank or islet ("arrested near the Cay Sal Bank"), as it did
    when only its words were known; a sea ranks like a region, as a sea's part did ("over
    the southern Aegean ... southeast of Karpathos": the island says more)."""
    if _named_stretch(place.text, place.precision, place.result.name or ""):
        return _PRECISION_RANK["settlement"]
    water = _water(place)
    if water is not None:
        return _PRECISION_RANK["region" if water.reach_km > _SEA_REACH_KM else "settlement"]
    return _PRECISION_RANK.get(place.precision, 7)


def _coarsest(previous: DraftEvent) -> int:
    """The rank a place must be finer than to be news after ``previous`` ("the border")."""
    return min(_PRECISION_RANK.get(previous.place_precision, 7), _PRECISION_RANK["border"])


def _entered(place: PlaceFind, sentence: str) -> bool:
    """Whether a place is one the act goes into ("into Afghanistan", "Rwandan airspace")."""
    before = sentence[: place.start]
    if _WAY_INTO.search(before):
        return False  # "South Africa's busiest crossing into Mozambique": a way, no act
    return place.shape == "within" or bool(_INTO_BEFORE.search(before))


def _reached(place: PlaceFind, sentence: str) -> bool:
    """Whether a place is the shore a crossing got to ("a drifting boat reached X")."""
    return bool(_REACHED_BEFORE.search(sentence[: place.start]))


def _told_apart(sentence: str, cues) -> bool:
    """Whether a sentence's incidents lie only in coordinate clauses no speaker voices."""
    # "X said it had sent a note of complaint, and called the drone a spy": a clause that
    # goes on with no subject of its own on a verb of calling is the speaker's words too.
    calling = {
        clause_of(sentence, m.end(), COORDINATE_BREAK)
        for m in COORDINATE_BREAK.finditer(sentence)
        if _CALLING_ON.match(sentence, m.end())
    }
    incident_starts = [
        a for a, _ in incident_spans(sentence)
        if clause_of(sentence, a, COORDINATE_BREAK) not in calling
    ]  # fmt: skip
    incident = {clause_of(sentence, a, COORDINATE_BREAK) for a in incident_starts}
    speaking = [c for c in cues if c.kind in ("claim", "accusation", "confirmation", "hedge")]
    if not incident or not speaking:
        return False
    if any(_ACCORDING_OPENS.match(sentence, c.start) for c in speaking if c.start == 0):
        # "According to X, the boat tried to ram the cutter, and the crew fired at its
        # engines": the attribution that opens the sentence voices every clause after it.
        return False
    if any(_set_off_after_its_account(sentence, c) for c in speaking):
        # "Two boats went down off X on Tuesday, the agency said, and by Wednesday ...":
        # a speaker set off by commas after what it tells voices that clause, whether or
        # not its verb is an incident word, and so the sentence is not the report's own.
        return False
    # A speaker's clause is its verb's: "X appealed for calm, and said ..." speaks in the
    # clause after the comma, where its subject is not.
    voiced = {clause_of(sentence, c.end - 1, COORDINATE_BREAK) for c in speaking}
    said_end = min(c.end for c in speaking)
    if all(
        _AND_THAT.search(sentence, said_end, a)
        for a, _ in incident_spans(sentence)
        if a > said_end
    ) and any(a > said_end for a, _ in incident_spans(sentence)):
        # "X said the town was full and that newcomers slept outdoors": "and that" goes on
        # with what the speaker said.
        return False
    # Only a speaker before the incident: "..., a military official said" at the end
    # voices every clause before it.
    if max(voiced) < min(incident):
        return True
    # "Police were sent to X; the minister said at the time that a unit would stay": a
    # speaker after the incident, whose verb goes on with what was said, voices only that
    # clause.  So does one in a clause hung on the act after it (", after X announced
    # that ...", "men who said they were ..."), though no ", and" sets it off.  What it
    # says may tell an act of its own ("..., while in Y residents said they expected
    # queues"); the act told before it, first in the sentence, is still the report's.
    if not all(_says_on(sentence, c) for c in speaking):
        return False
    return any(
        min(clause_of(sentence, c.end - 1, breaks) for c in speaking)
        > min(clause_of(sentence, a, breaks) for a in incident_starts)
        for breaks in (COORDINATE_BREAK, _HUNG_CLAUSE_BREAK)
    )


_AND_THAT = re.compile(r"\b(?:and|but|or)\s+that\b")
#: Where a clause hung on the act before it begins (", after X announced ...", ", which it
#: accused of ...", "men who said ..."), besides a coordinate clause: a speaker there,
#: after every incident, voices only its own clause.
_HUNG_CLAUSE_BREAK = re.compile(
    rf"{COORDINATE_BREAK.pattern}|,\s+(?:after|when|while|whereas|which)\s+|\s+who\s+"
)
#: What may close a speaker set off by commas: when it spoke, then the comma, or a
#: semicolon ("..., the army said; the other man killed was ...").
_SPEAKER_CLOSED = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day)?\s*[,;]\s")
#: Fewest words a clause needs, before a speaker set off by commas, to tell an account.
_ACCOUNT_WORDS = 4


def _set_off_after_its_account(sentence: str, cue) -> bool:
    """Whether a speaker stands between commas after a clause it voices.

    "Two boats went down off X on Tuesday, the agency said, and by Wednesday ...": the
    words before ", the agency said," are the agency's account.
    """
    starts = [m.end() for m in COORDINATE_BREAK.finditer(sentence) if m.end() <= cue.start]
    before = sentence[max(starts, default=0) : cue.start].rstrip()
    return (
        before.endswith(",")
        and len(before.split()) >= _ACCOUNT_WORDS
        and _SPEAKER_CLOSED.match(sentence, cue.end) is not None
    )


#: "According to X," opening a sentence: a voice over the whole of it.
_ACCORDING_OPENS = re.compile(r"according\s+to\b", re.IGNORECASE)
#: "called the drone a spy", "described the landing as an intrusion": a verb of calling
#: opening a clause with no subject of its own.
_CALLING_ON = re.compile(
    r"(?:also\s+)?(?:called|described|termed|branded|labell?ed|dubbed)\s+(?:the|it|them|this|that)\b"
)
#: A speech verb followed by what was said ("said at the time that ..."), not the end of
#: the sentence ("..., the minister said.").
#: "have said only that", "announced late on Monday that": what may stand between a speech
#: verb and what was said.
_SAID_BETWEEN = r"(?:\s+(?:at\s+the\s+time|then|later|only|(?:(?:late|early)\s+)?on\s+\w+))*"
#: A speech verb followed by what was said ("said at the time that ..."), not the end of
#: the sentence ("..., the minister said.").
_SAYS_ON = re.compile(rf"{_SAID_BETWEEN}\s+that\b")
#: What was said, opening on its subject with no "that": "said they had never set foot
#: ashore", "said it reserved the right", "accused of firing".
_SAYS_ON_BARE = re.compile(
    rf"{_SAID_BETWEEN}\s+(?:(?:it|they|he|she|we|there|its|their|his|her)\s+\w+|of\s+\w+ing)\b"
)


def _says_on(sentence: str, cue) -> bool:
    """Whether a speech verb goes on with what was said, so voicing its own clause only."""
    if _SAYS_ON.match(sentence, cue.end):
        return True
    # With no "that", only a speaker with a subject of its own in its clause: "X came to Y
    # to cross over, but said there was nothing open" is X's account, both clauses of it.
    own_subject = clause_of(sentence, cue.start, COORDINATE_BREAK) == clause_of(
        sentence, cue.end - 1, COORDINATE_BREAK
    )
    return own_subject and _SAYS_ON_BARE.match(sentence, cue.end) is not None


def _in_first_incident_clause(sentence: str, at: int) -> bool:
    """Whether offset ``at`` lies in the coordinate clause of the sentence's first act."""
    spans = incident_spans(sentence)
    return bool(spans) and clause_of(sentence, at, COORDINATE_BREAK) == clause_of(
        sentence, spans[0][0], COORDINATE_BREAK
    )


#: ", a week after", "since", ", when" opening a clause that tells an earlier act ("since
#: the rebels seized X", "when soldiers tried to seize power in Y"), not a time ("after
#: midnight", "since Monday", "when night fell" is left to the date rules).
_BACKGROUND_OPENER = re.compile(
    r",\s+(?:(?:a|one|two|three|four|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|since|when)\s+(?!(?:the\s+)?(?:\d|midnight|dawn|dusk|noon|dark|nightfall|"
    r"weekend|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b))"
    # Without a comma only before a subject and its act: "since the rebels seized X".
    r"|\s(?:since|after)\s+(?=(?:[\w'’-]+\s+){1,4}?(?:seized|attacked|took|tried|fled|"
    r"fought|stormed|struck|shelled|raided|declared|killed|captured|overran|launched|"
    r"staged)\b)"
)
#: A day, month or year just before ", when".
_DAY_BEFORE_WHEN = re.compile(
    r"(?:\d|day|week|month|year|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|morning|evening|night|weekend)\s*$"
)
#: Acts and fights that, named after the opener, make the clause an earlier act.
_BACKGROUND_ACT = re.compile(
    r"\b(?:seized|attacked|took|tried|fled|fought|stormed|struck|shelled|raided|put|"
    r"declared|killed|captured|overran|launched|began|staged|fighting|clashes|coup)\b"
)


def _before_background_clause(usable: list[PlaceFind], sentence: str) -> list[PlaceFind]:
    """The places told before a clause of the background, when the main clause names one.

    "Riek Machar escaped into Congo ..., after heavy fighting in Juba", "crossed into
    the Republic of Congo since the rebels seized Bangui": the clause after "after",
    "since" or "when" tells an earlier act elsewhere that led up to the incident; the
    incident is where the main clause puts it.  A main clause with no place of its own
    keeps the clause's place.
    """
    for opener in _BACKGROUND_OPENER.finditer(sentence):
        if "when" in opener.group(0) and _DAY_BEFORE_WHEN.search(sentence[: opener.start()]):
            # "since Monday 16 September, when the police began controls in X": what
            # that day saw, the start of the act itself, not an earlier one.
            continue
        tail_end = re.search(r"[;]|$", sentence[opener.end() :]).start() + opener.end()
        if not _BACKGROUND_ACT.search(sentence[opener.end() : tail_end]):
            continue
        before = [p for p in usable if p.end <= opener.start()]
        later = [p for p in usable if opener.end() <= p.start < tail_end]
        if before and later:
            return [p for p in usable if p not in later]
    return usable


def _choose_place(places: list[PlaceFind], sentence: str) -> PlaceFind | None:
    """The place an event is at: finest 'at' place, else a unit's base, else a border.

    Only places of the first clause that holds an incident word and a place count:
    in "24 were killed along the border, and 130,000 were evacuated from the Batken
    region" the incident is on the border.
    """
    usable = [p for p in places if p.role in ("at", "base")]
    if not usable:
        return None
    usable = _before_background_clause(usable, sentence)
    usable = _without_aliases(usable, sentence)
    acting = {clause_of(sentence, a) for a, _ in incident_spans(sentence)}
    if acting:
        # "ordered the border with Brazil closed, as the opposition prepared to bring in
        # aid stored in X": a later clause telling no act only sets the scene.
        first = min(acting)
        kept = [
            p for p in usable
            if clause_of(sentence, p.start) in acting or clause_of(sentence, p.start) < first
        ]  # fmt: skip
        if kept and any(clause_of(sentence, p.start) in acting for p in kept):
            usable = kept
    incident_clauses = sorted(
        {clause_of(sentence, a, COORDINATE_BREAK) for a, _ in incident_spans(sentence)}
    )
    for clause in incident_clauses:
        # The first clause telling an incident that names a place: news tells the main
        # incident first ("..., and that thousands were evacuated from X").  Only
        # coordinate clauses count: "lorries crossed the X bridge, as the border
        # reopened" is one incident at the bridge.
        in_clause = [p for p in usable if clause_of(sentence, p.start, COORDINATE_BREAK) == clause]
        if in_clause:
            usable = in_clause
            break
    at = [p for p in usable if p.role == "at"]
    at = [
        p for p in at
        if not _located_by_bearing(p, at, sentence) and not _group_of_an_island(p, at, sentence)
        # "in Honduran waters north of the 15th parallel": a side of a line of latitude
        # is a band across the sea, no spot finer than the waters named with it.
        and not (p.written_only and _OF_A_PARALLEL.search(p.text))
    ] or at  # fmt: skip
    if any(p.precision != "border" for p in at):
        # "hit the plane over X's territory, one kilometre from the border": how far from
        # the line says where on the side named the act was, not that it was on the line.
        at = [
            p for p in at
            if not (p.precision == "border" and _DISTANCE_FROM_BEFORE.search(sentence[: p.start]))
        ]  # fmt: skip
    fine = [p for p in at if _place_rank(p) <= _PRECISION_RANK["district"]]
    fine = _without_locators(fine, sentence)
    if fine:
        # The finest first: "in X district ..., within the area of the Y border post".
        # Of two as fine, the spot the act was at before the town it only tried to get
        # into ("tried to get into Ceuta ... around the breakwater at the Tarajal crossing").
        return min(
            fine,
            key=lambda p: (_place_rank(p), bool(_TRIED_INTO.search(sentence[: p.start])), p.start),
        )
    base = [p for p in usable if p.role == "base"]
    if base:
        return base[0]
    ranked = sorted(
        at,
        key=lambda p: (
            _place_rank(p) if _water(p) else _PRECISION_RANK.get(p.precision, 7),
            _border_vagueness(p),
            p.start,
        ),
    )
    best = ranked[0]
    if best.precision == "country":
        beside = _beside_the_waters(at, sentence)
        if beside is not None:
            return beside
        # Of several countries, the one the action happens in ("... into Poland").
        inside = [
            p for p in at
            if p.precision == "country"
            and _INSIDE_BEFORE.search(sentence[: p.start])
        ]  # fmt: skip
        if inside:
            return inside[0]
    return best


#: "the border", "their shared border", "the land frontier": a line by no name of its own,
#: which the report's countries complete.
_BORDER_BY_NO_NAME = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:shared|common|land|joint)\s+)?(?:border|frontier)",
    re.IGNORECASE,
)


def _border_vagueness(place: PlaceFind) -> int:
    """Whether a border found is "the border" by no name (1), or names its line (0).

    "bombed a tunnel that runs under the border from Lebanon into Syria": a line by no
    name is completed from the report's countries and may be another line than the one
    the sentence names beside it ("from Lebanon into Syria"); of two borders, the one the
    sentence names tells which line is meant.  Any place that is no border is 0.
    """
    if place.precision != "border":
        return 0
    return 1 if _BORDER_BY_NO_NAME.fullmatch(place.text.strip()) else 0


#: "X area, a ridge also known as Y", "X, locally called Y": the words between a place
#: and another name for it.
_ALSO_KNOWN_AS = re.compile(
    r"(?:\s+[\w-]+){0,2},\s+(?:[^,;]*?\s)?(?:also|otherwise|locally|better)\s+"
    r"(?:known\s+as|called)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _without_aliases(found: list[PlaceFind], sentence: str) -> list[PlaceFind]:
    """The places of ``found`` less those named only as another name of the one before.

    "in the X area, a ridge also known as Y": Y is X by another name, and the sentence
    gives X as the place; the alias, often one the gazetteer lacks and so kept as
    written, must not outrank it as a finer place.
    """
    kept = [
        p for p in found
        if not any(
            q.end <= p.start and _ALSO_KNOWN_AS.fullmatch(sentence[q.end : p.start])
            for q in found
            if q is not p and q.result.status == "resolved"
        )
    ]  # fmt: skip
    return kept or found


#: "72 miles north-east of X in Y Atoll", "X, in Y": the words between a place and the
#: one that only says where it lies.
_LOCATED_IN = re.compile(r",?\s+in\s+(?:the\s+)?", re.IGNORECASE)
#: "X, the westernmost of Spain's Y Islands", "X, one of the Y Cays": the words between
#: an island and its group, named only to say which island it is.
_ONE_OF_GROUP = re.compile(
    r",\s+(?:one|the\s+(?:\w+est|\w+most))\s+of\s+(?:the\s+|[A-Z]\w+[’']s\s+)?"
)
#: "the X chain", "the X Islands": a whole group of islands.
_ISLAND_CHAIN = re.compile(
    r"\b(?:chain|islands|isles|cays|keys|archipelago|group)$", re.IGNORECASE
)
#: The group's word after the name a bearing was read from ("west of the Y chain").
_ISLAND_CHAIN_AFTER = re.compile(
    r"\s+(?:chain|islands|isles|cays|keys|archipelago|group)\b", re.IGNORECASE
)
#: "north of the 15th parallel", "east of the meridian": a line of latitude or longitude.
_OF_A_PARALLEL = re.compile(r"\b(?:parallel|meridian)$", re.IGNORECASE)
#: "on the X Bank south-west of Y", "in the X Sea north of Y": a stretch of sea, then
#: the bearing from a known place that tells where in it the act was.
_SEA_STRETCH = re.compile(
    r"(?:Bank|Banks|Sea|Ocean|Gulf|Shelf|Channel|Passage|Strait)$", re.IGNORECASE
)


def _without_locators(found: list[PlaceFind], sentence: str) -> list[PlaceFind]:
    """The places of ``found`` that are not named only to locate the one before them.

    In "north-east of Dhidhdhoo in Haa Alifu Atoll" the atoll says where Dhidhdhoo is;
    the act is by Dhidhdhoo, even when the gazetteer lacks the atoll and its name,
    known by its shape only, ranks as fine as a town.
    """
    kept = [
        p for p in found
        if not any(
            q is not p and q.end <= p.start and _LOCATED_IN.fullmatch(sentence[q.end : p.start])
            for q in found
        )
    ]  # fmt: skip
    return kept or found


def _group_of_an_island(place: PlaceFind, found: list[PlaceFind], sentence: str) -> bool:
    """Whether a place known only as written is named as the group an island is one of.

    "landed on X, the westernmost of Spain's Y Islands": the landing is on X, which the
    gazetteer may answer coarser (its province) than the group's name, kept as written,
    would rank; the group only says which island X is.
    """
    return place.written_only and any(
        q is not place
        and q.end <= place.start
        and q.result.status == "resolved"
        and _ONE_OF_GROUP.fullmatch(sentence[q.end : place.start])
        for q in found
    )


def _located_by_bearing(place: PlaceFind, found: list[PlaceFind], sentence: str) -> bool:
    """Whether a stretch of sea known only as written is followed by a known bearing.

    "stopped the vessel on the X Bank south-west of Y": the bank is a wide stretch of
    sea, and the bearing from Y, a place the gazetteer knows, tells where in it the act
    was.  A bearing from a place it lacks ("west of the Y chain") tells no more than the
    bank, which stays the place, and so does one from a whole chain of islands ("west of
    the Y chain"), as wide as the bank.
    """
    if not place.written_only or not _SEA_STRETCH.search(place.text):
        return False
    return any(
        q.start > place.end
        and not sentence[place.end : q.start].strip()
        and q.shape == "near"
        and q.result.status == "resolved"
        and not _ISLAND_CHAIN.search(q.text)
        and not _ISLAND_CHAIN_AFTER.match(sentence, q.end)
        for q in found
    )


#: "sent to French waters near X", "Spanish waters off Y": the waters a place lies by.
_WATERS_BEFORE = re.compile(r"\b(?:waters|sea)\s+(?:(?:near|off)\s+)?$", re.IGNORECASE)


def _beside_the_waters(at: list[PlaceFind], sentence: str) -> PlaceFind | None:
    """Of several countries, the one whose waters are named only to say where they lie.

    "the patrol boat was sent to French waters near Jersey": the boat is off Jersey, and
    whose waters they are only says which side of the line; the place is Jersey.
    """
    countries = [p for p in at if p.precision == "country"]
    if len(countries) < 2:
        return None
    return next((p for p in countries if _WATERS_BEFORE.search(sentence[: p.start])), None)


def extract_events(report: Report, *, id_prefix: str = "draft") -> Extraction:
    """Draft events from a report.

    Parameters
    ----------
    report : Report
        A report read by :func:`bordermap.geo.extraction.read_report`.
    id_prefix : str
        Start of every event id (``<prefix>-01``...).

    Returns
    -------
    Extraction
        The events in report order and the highlighted spans that fed them.
    """
    sentences = _split_two_voices(split_sentences(report.text, report.paragraphs))
    # A headline names the report's countries too ("Greek coastguard accused over
    # Samos pushback" above a text that says only "Turkish waters").
    hints = _main_countries(f"{report.title}\n{report.text}")
    report_countries = set(country_codes_in(f"{report.title}\n{report.text}"))
    # Names the report gives as places by their shape anywhere ("Ghumdhum union"), so
    # that "in Ghumdhum" elsewhere is a place even when the gazetteer lacks it.
    # The headline counts: "long waits at Argeen crossing" above "she reached Argeen".
    known_places = frozenset(
        name
        for text in (report.title, *(s.text for s in sentences))
        for name in shaped_names(text)
    )
    published = report.published
    # "QUITO - ..., the defence ministry said": an unnamed state body is of the country
    # the report is filed from, when that is one the report is about.
    filed_from = _dateline_country(report.text, hints)
    speakers = SpeakerContext(country=filed_from or (hints[0] if hints else ""))
    #: The side of the line the report is written on ("TUNIS -" too): the partner of a
    #: border named by another country's adjective.
    side = filed_from or _dateline_country(report.text, hints, capitals=True)
    speakers.read_descriptions(report.text)
    events: list[DraftEvent] = []
    highlights: list[tuple[int, int, str, list[DraftEvent]]] = []
    statement_dates: dict[str, str] = {}
    #: The date a paragraph named last, in any sentence ("That year, ...").
    paragraph_dates: dict[int, str] = {}
    last_named: dict[int, tuple[PlaceFind, int]] = {}
    #: Every sentence so far with its places, to find what "the canal" refers back to.
    told: list[tuple[str, list[PlaceFind]]] = []
    #: The countries of the towns the report has named so far, kept as places or not.
    town_countries: set[str] = set()
    last_year: int | None = None
    #: The month of the event dated last ("in the middle of that month").
    last_month: str | None = None
    #: The last day an event was dated on ("the next day" counts from it).
    anchor_day: dt.date | None = None
    anchor_stale = False  # an incident dated to a month only was told after anchor_day
    last_dated_at = -1  # the index of the sentence that dated an event last
    #: The index of the sentence that dated a statement to the day last, and that day.
    said_before: tuple[int, dt.date | None] = (-1, None)
    story_month: str | None = None  # its month, when it dates an act, not a state since
    # "STOCKHOLM - ... Russia's intervention in Ukraine": a report filed from the
    # country it names most is about that country's line, not a border of two others
    # it mentions in passing.
    main_border = _main_border(hints, home=filed_from if hints and filed_from == hints[0] else "")
    previous_sentence: Sentence | None = None
    #: The sentence that told an earlier case last, long before the report.
    earlier_case_sentence: Sentence | None = None
    for sentence in sentences:
        if previous_sentence is not None and (not told or told[-1][0] != previous_sentence.text):
            # "A flag meeting failed to end the standoff in the X valley" drafts no event,
            # yet "a helicopter flew over the valley" after it refers back to its place.
            told.append((previous_sentence.text, _places_told_only(previous_sentence, hints)))
        # "It is not the first time X has happened. In July 2012, ...": the sentence
        # after one that announces an earlier case in the same paragraph tells it.
        # "... seized five men in December 2011. Those men were freed in December 2012":
        # one that points back to the earlier case just told tells its sequel.
        after_like_case = previous_sentence is not None and (
            (
                previous_sentence.paragraph == sentence.paragraph
                and _FIRST_TIME_OPENING.match(previous_sentence.text) is not None
            )
            or (
                previous_sentence is earlier_case_sentence
                and _THOSE_OPENING.match(sentence.text) is not None
            )
        )
        previous_sentence = sentence
        attribution = _attribution_past_since_when(sentence.text)
        since_when = _SINCE_WHEN.search(sentence.text)
        if since_when is not None and categorise(sentence.text[: since_when.start()]):
            # "The crossing has been shut since 4 January, when protesters ...": the
            # main clause tells the incident (a state and the day it began), the clause
            # after "when" only what set it off.
            since_when = None
        earlier_case = since_when is not None
        for actor in find_actors(sentence.text):
            speakers.saw(actor.name)
        # "the KNU said" after "the Karen National Union": the name the report spells out.
        acting = _acting_state(sentence.text)
        claimant = expand_acronym(speakers.resolve(attribution.claimant, acting), report.text)
        denier = expand_acronym(speakers.resolve(attribution.denier, acting), report.text)
        reporter = _reported_by_last(sentence, attribution, claimant, events)
        if reporter:
            # "the soldier reportedly shot two farmers", after "X and Y reported" that he
            # crossed: the story the report cites goes on, so does whose it is.
            claimant = reporter
        # The sentence's dates, counted from a given day ("two days earlier").
        dates_from = functools.partial(
            find_dates,
            sentence.text,
            published=published,
            last_year=last_year,
            statement_verb_end=attribution.statement_verb_end,
            last_month=last_month,
            story_year=_story_year(
                story_month, last_dated_at, sentence.index, published, sentence.text
            ),
        )
        dates = dates_from(anchor=anchor_day)
        if anchor_stale:
            # Only a day the sentence names itself ("On 8 April ..., two days after")
            # may date a count; the stale day may not.
            unanchored = dates_from(anchor=None)
            if not any(len(d.value) == 10 for d in unanchored):
                dates = unanchored
        said_on = next(
            (d.value for d in dates if d.role == "statement" and len(d.value) == 10), ""
        )
        if anchor_day is None and said_on and _COUNTED_BACK_FROM_SAYING.search(sentence.text):
            # "shelled the village a day earlier, an official said on Tuesday": counted
            # from the day of the saying when no incident was dated before.
            dates = dates_from(anchor=dt.date.fromisoformat(said_on))
        if (
            _SAME_DAY_OPENING.match(sentence.text)
            and 0 < sentence.index - said_before[0] <= _SAID_DAY_REACH
            and said_before[0] >= last_dated_at
            and (anchor_day is None or said_before[1] > anchor_day)
        ) or (
            # "The coast guard said on Sunday it would patrol the waters. A day later,
            # officers boarded a tour boat": counted from the day of the saying told
            # in the sentence just before, when that sentence dated no incident.
            _DAYS_LATER_OPENING.match(sentence.text)
            and sentence.index - said_before[0] == 1
            and last_dated_at < said_before[0]
        ):
            # "On Friday the spokesman said a second balloon was over Latin America. The
            # same morning, the air force picked up an object": the day just told, though
            # it dated only the saying, not the older incident dated before it.  "She
            # announced late on Sunday ... The crossings will screen travellers, she said.
            # On the same night she ordered ...": a sentence between that dates nothing
            # leaves the saying's day the last one told.
            dates = dates_from(anchor=said_before[1])
        own_anchor = _day_named_before_count(sentence.text, dates)
        if own_anchor is not None:
            # "handed back on Saturday fishermen whom the navy had arrested two days
            # earlier", "At a news conference on 23 July, X said ... two days before":
            # counted from the day the same sentence names first, not the last day dated.
            dates = dates_from(anchor=own_anchor)
        elif anchor_day is None and (
            counted_from := _day_named_before_count(sentence.text, dates, _DAYS_AFTER_AN_ACT)
        ):
            # "Canada suspended the talks on Friday, a day after a French vessel stopped a
            # trawler": with no day dated before, the count has only the sentence's own
            # day to go back from.
            dates = dates_from(anchor=counted_from)
        speaker_days = [d.value for d in dates if len(d.value) == 10]
        dates = _dating_the_speaker(dates, attribution.cues, sentence.text)
        # The day of the saying: "said on Friday", or the speaker's own day ("On Friday
        # the spokesman said") that dates no incident.
        said_days = [d.value for d in dates if d.role == "statement" and len(d.value) == 10]
        said_days += [v for v in speaker_days if v not in [d.value for d in dates]]
        if said_days:
            said_before = (sentence.index, dt.date.fromisoformat(said_days[-1]))
        dateline = DATELINE.match(sentence.text)
        if dateline:
            # "BISHKEK, March 8 -": the day the report was filed, not the incident's.
            dates = [d for d in dates if d.start >= dateline.end()]
        # "That year" means the year named last, in any words ("dates back to 2021").
        named_years = re.findall(r"\b(?:19|20)\d{2}\b", sentence.text)
        if named_years:
            last_year = int(named_years[-1])
        own_date = next((d.value for d in dates if d.role == "event"), "")
        if own_date:
            last_dated_at = sentence.index
            story_month = _act_month(sentence.text, dates)
            paragraph_dates[sentence.paragraph] = own_date
            if len(own_date.split("/")[0]) >= 7:
                last_month = own_date[:7]
            last_day = own_date.rsplit("/", 1)[-1]
            first_find = next(d for d in dates if d.role == "event")
            if len(last_day) == 10 and _day_of_a_plan(sentence.text, first_find.start):
                # "Goods will move through a channel that opens on Tuesday. A ban at
                # the other border came into force the same day": a day planned is no
                # act's, and "the same day", "a day earlier" count from the act told.
                pass
            elif len(last_day) == 10:  # a day, not a month or a year
                anchor_day = dt.date.fromisoformat(last_day)
                anchor_stale = False
            elif _later_than_anchor(own_date, anchor_day):
                # "In August 2021 patrols seized three boats ... A week before those
                # arrests, ...": the incident told last is dated to a month only, so a
                # day dated before it no longer anchors "a week before"; none is better
                # than a count from the wrong incident.
                anchor_stale = True
        statement = next((d.value for d in dates if d.role == "statement"), "")
        if statement and claimant:
            statement_dates[claimant] = statement
        source_year = next((d.value for d in dates if d.role == "source"), "")
        event_dates = [
            d
            for d in dates
            if d.role == "event"
            # "the rebels, who have fought the government from bases in X since 2015":
            # a stretch in a clause describing a noun dates the noun, not the incident.
            and not any(
                r.start() < d.start < r.end() for r in DESCRIBING_CLAUSE.finditer(sentence.text)
            )
        ]
        measured = [
            d for d in event_dates
            if any(r.start() < d.start < r.end() for r in MEASURED_SINCE.finditer(sentence.text))
        ]  # fmt: skip
        if measured and len(measured) < len(event_dates):
            # "seized them on Sunday, the most direct clash since Moscow annexed Crimea
            # in 2014": the year the incident is measured against tells no act of its own.
            event_dates = [d for d in event_dates if d not in measured]
        # "a boat that had left X at 9 p.m. on Saturday sank overnight into Monday": the
        # first day after a relative clause in the pluperfect dates that earlier act,
        # not the one the sentence goes on to tell on its own day.
        earlier = [d for d in event_dates if _in_pluperfect_clause(sentence.text, d.start, dates)]
        if earlier and len(earlier) < len(event_dates):
            event_dates = [d for d in event_dates if d not in earlier]
        # "With Monday's arrivals, 56 Cubans have stayed there since January": a day in
        # the possessive names an event told already; the sentence's own act is dated
        # by its other date.
        named_days = [d for d in event_dates if _POSSESSIVE_AFTER.match(sentence.text, d.end)]
        if named_days and len(named_days) < len(event_dates):
            event_dates = [d for d in event_dates if d not in named_days]
        undisclosed = next((d for d in dates if d.role == "undisclosed"), None)
        if _only_meets(sentence.text, attribution.cues):
            # "the head of X's command met his counterpart at the border point": a meeting
            # of officials, no incident.
            continue
        if _only_plans(sentence.text) and not attribution.denier:
            # "The police chief wants to charge the captain": a plan or a wish, no
            # incident yet.
            continue
        if (
            _speaker_only_forecasts(sentence.text)
            and not event_dates
            and not attribution.denier
            and not attribution.target
        ):
            # "The division said it would keep up its watch along the border": a
            # speaker's forecast or promise, no incident yet.  A dated one ("said it
            # would close the crossings from Thursday") is left to the plan rules.
            continue
        if (
            _speaker_only_judges(sentence.text)
            and not event_dates
            and not attribution.denier
            and not attribution.target
        ):
            # "Kremlin spokesman X described the violence as worrying": a verdict on the
            # incident told, no incident of its own.
            continue
        if _speaker_knows_nothing_yet(sentence.text) and not event_dates:
            # "X said he had no information yet on the casualties": nothing known, no
            # act; not a denial either, though "no information" reads as one.
            continue
        if (
            _ORDINARY_TIMES_OPENING.match(_without_dateline(sentence.text).lstrip())
            and not event_dates
            and not attribution.denier
        ):
            # "In normal times, he said, about 1,000 lorries a day cross": the ordinary
            # run of things the news is measured against, no incident of its own.
            continue
        if _MOOD_BETWEEN.match(sentence.text) and not attribution.cues:
            # "Relations have been strained since the coup": how things stand between
            # the sides, no incident of its own.
            continue
        if _only_ranks_the_incident(sentence.text) and not attribution.cues:
            # "It was at least the second such attack this year": a ranking of the
            # incident told among others, no incident of its own.
            continue
        if _only_calls_to_act(sentence.text) and not attribution.denier and not dateline:
            # "The head of the gendarmerie asked Chad's embassy to collect the five
            # bodies": a call on others to act, no incident of its own.  A lede under
            # a dateline opens the report's story, and stays its first draft.
            continue
        if _opens_on_the_unknown(sentence.text) and not attribution.denier and not undisclosed:
            # "It was not yet clear whether the gunmen had crossed from X, the force said":
            # what nobody knows or says yet of the incident told, no act of its own.
            # "did not say when the fence was damaged" withholds the day of an act it
            # tells (the date finder marks it undisclosed), and stays a draft.
            continue
        if _VIEW_OR_TREND.search(sentence.text) and not event_dates and not attribution.denier:
            # "called the incursions reckless", "such incidents were becoming more
            # frequent", "the numbers fell for a time": a view of the incidents told, or
            # how many there are, not an incident of its own.
            continue
        if (
            _only_warns(sentence.text)
            and not event_dates
            and _only_judging_cues(attribution.cues, sentence.text)
        ):
            # "Officials have warned that anyone caught crossing faces jail": a threat of
            # what will follow, no incident yet.
            continue
        if _RUNNING_TOTAL.match(sentence.text) and not attribution.cues:
            # "The arrivals take the number who have crossed since August to 61,855": a
            # running total of what was told.
            continue
        if (
            _only_judges(sentence.text)
            and not event_dates
            and _only_judging_cues(attribution.cues, sentence.text)
        ):
            # "Putin called the shooting a stab in the back and warned of consequences":
            # a speaker's judgement of the act told, no incident of its own.
            continue
        if _FIRST_TIME_OPENING.match(sentence.text) and not event_dates and not attribution.cues:
            # "It is not the first time the rebels have held soldiers.": it only announces
            # the earlier case the next sentence tells, no incident of its own.
            continue
        speaker_spans = [
            # "A teacher in X, Paul Alp, says": the words before the name say who speaks.
            (0 if _DESCRIBED_BEFORE_NAME.fullmatch(sentence.text[: c.start]) else c.start, c.end)
            for c in attribution.cues
            if c.kind in ("claim", "accusation", "denial")
        ]
        # "Rights groups in Morocco said": a place inside the speaker's name is not the event's.
        found_places = _kept_in_unit(
            sorted(
                find_places(_without_dateline(sentence.text), hints=hints,
                            known=known_places | _placed_as_written(events))
                + _dateline_town_here(sentence.text, hints),
                key=lambda p: p.start,
            ),
            sentence.text, report_countries,
        )  # fmt: skip
        town_countries.update(
            p.result.country or ""
            for p in found_places
            if p.result.status == "resolved" and p.precision in ("exact", "settlement")
        )
        places = [
            p for p in found_places
            # "back across the Salween" is a river only in a report that speaks of one
            # ("fled over the border river"): "across the Sahara" is no river.
            if not (_named_bare_river(p, sentence.text) and not _RIVER_TOLD.search(
                " ".join(text for text, _ in told) + sentence.text))
            and not any(
                a <= p.start and p.end <= b and p.start > a
                # "X said soldiers had entered Y and told residents ...": a span that runs
                # from the subject to a second speech verb holds what the first said.
                and not any(a2 >= a and b2 <= p.start for a2, b2 in speaker_spans)
                # "A resident of X said people were fleeing": who lives there tells
                # what happens there; X is the place, not only the speaker's name.
                and not _RESIDENT_OF.search(sentence.text[: p.start])
                # "X, a trader, came to Y a week ago to cross, but said ...": where the
                # speaker went, before speaking, is where their own account happened.
                and not _SPEAKER_WENT.search(sentence.text[: p.start])
                for a, b in speaker_spans
            )
            # A bare name found only in a country the report never names ("on the
            # Danube" as a Serbian district in a report on Romania) is not its place.
            and not (p.shape in ("name", "name_object", "list") and p.result.country
                     and p.result.country not in report_countries
                     and not _sole_region(p) and not p.contained)
            # "The border has not seen such a crisis since 2008, when troops struck a
            # camp inside X": the incident is the clause after "when", and so its place.
            and not (since_when is not None and p.start < since_when.start())
            # "a navy patrol working the river frontier between X and Y districts had
            # watched a boat land near Z": the patrol's beat says who acted, not where.
            and not any(b.start() <= p.start < b.end() for b in _BEAT.finditer(sentence.text))
            # "said the barrier may extend into X waters": how far a work told before
            # reaches, not where anything happened; the work's place stays.
            and not _EXTENDS_INTO.search(sentence.text[: p.start])
            and not _in_speaker_relative(p, sentence.text, attribution.cues)
        ]  # fmt: skip
        opening = _LEADING_TIME_CLAUSE.match(sentence.text)
        if opening is not None and any(
            p.start >= opening.end() and p.role in ("at", "base") for p in places
        ):
            # "After the rebels entered Tripoli, a security meeting agreed to close the
            # crossings on the Libyan border": the opening clause of time tells what came
            # before; where the main clause's act happened is its own place.
            places = [p for p in places if p.start >= opening.end()]
        lead_in = lead_in_place(sentence.text, hints)
        if lead_in is not None and not any(
            p.role in ("at", "base")
            and _PRECISION_RANK.get(p.precision, 7) < _PRECISION_RANK["border"]
            for p in places
        ):
            # "Kidira–Diboli: More than 400 lorries were stuck at the crossing": the item
            # names no spot of its own beyond its lead-in, which says where it happened.
            places = [lead_in, *places]
        # "Two groups that house asylum seekers in the province of Trieste ... accused the
        # authorities of returning people": where the speakers work, named in the words
        # that say who they are, when what they tell names no place.
        speaker_place = next(
            (
                p for p in found_places
                if p not in places and p.role == "at"
                and p.precision in ("exact", "settlement", "near", "district", "region")
                and (p.result.name or p.text).lower() not in CAPITAL_METONYMS
                # "A statement from the presidency in <capital>": the seat it speaks from.
                and not is_seat_of_government(p.result.name or p.text)
                and any(a < p.start and p.end <= b for a, b in speaker_spans)
                # Where they are ("in the province of X", "on X island"), not their name.
                and _SPEAKER_AT_BEFORE.search(sentence.text[: p.start])
            ),
            None,
        )  # fmt: skip
        actors = find_actors(sentence.text)
        # The place a paragraph named last, in any sentence, even one that drafts no event
        # ("The attackers barricaded themselves in the monastery. In the exchanges of
        # fire that followed, ..."): where a later sentence that names none happened.
        named_here = _choose_place(places, sentence.text)
        if named_here is not None and named_here.precision not in ("country", ""):
            last_named[sentence.paragraph] = (named_here, sentence.start)
        antecedent = (
            antecedent_place(sentence.text, told, _choose_place)
            or crossing_told_before(sentence.text, told)
            or site_told_before(sentence.text, told)
            or archipelago_told_before(sentence.text, told)
            or entity_told_before(sentence.text, told, _choose_place)
        )
        told.append((sentence.text, places))
        counts = find_counts(sentence.text)
        local: list[tuple[int, int, str]] = []
        local += [(p.start, p.end, "place") for p in places if p.role != "aside"]
        local += [
            (d.start, d.end, "undisclosed" if d.role == "undisclosed" else "date") for d in dates
        ]
        local += [(a.start, a.end, "actor") for a in actors]
        local += [(c.start, c.end, c.kind) for c in attribution.cues]
        local += [(c.start, c.end, "count") for c in counts]
        # Every span the rules saw is shown; those of sentences that fed events link to them.
        fed: list[DraftEvent] = []
        _keep(highlights, sentence, local, fed)

        if attribution.no_response:
            _note_no_response(events, attribution.no_response, published)
            silent = next(c for c in attribution.cues if c.kind == "no_response")
            if not sentence.text[: silent.start].strip(" ,") and not any(
                d.role == "event" for d in dates
            ):
                # "The X battalion had made no statement on the incident": the sentence
                # only tells who is silent, noted on the claim; "battalion" is no act.
                continue
        if attribution.expected_denial:
            made = _expected_denial(events, sentence, published, id_prefix, len(events) + 1)
            if made is not None:
                events.append(made)
                fed.append(made)
            continue

        category = categorise(
            sentence.text,
            claim=bool(attribution.target or attribution.denier),
            speaker_after=attribution.statement_verb_end if claimant else -1,
        )
        if category is not None and _only_in_speaker(sentence.text):
            # "The mission, whose patrols cover the border, said it was aware": the
            # incident word describes who speaks, not what happened.
            category = None
        previous = events[-1] if events else None
        about_before = False
        if category is None and not attribution.denier:
            # "more fragments had been found, again near X": the incident told before,
            # happening once more, in the words that told it.
            category = _repeated_category(sentence.text, events)
        if category is None and not attribution.denier and claimant and previous is not None:
            # "The prosecutor said two of the five were agents": a speaker's claim about
            # the incident just told, in words of no incident of its own.
            about_before = _claims_about(sentence.text, attribution, previous)
            category = "official_statement" if about_before else None
        owned = _claims_ownership(sentence.text, attribution) if claimant else None
        if category is None and owned is not None:
            # "Malawi knew the whole lake was its own", "said half of the lake belongs to
            # Tanzania": a speaker's claim to the disputed ground is a statement on it,
            # placed at that ground; the state it names as owner is no place of it.
            category = "official_statement"
            about_before = previous is not None
            places = [
                p for p in places
                if p.precision != "country" and not owned[0] <= p.start < owned[1]
            ]  # fmt: skip
        sheltering = _CALLED_A_SHELTER.search(sentence.text) if claimant else None
        if category is None and sheltering is not None:
            # "called X's president a bad neighbour who shelters criminals": a charge of
            # backing armed men, as "accused X of hosting the rebels" is.
            category = "official_statement"
        if category is None and not attribution.denier:
            continue
        if not attribution.denier and not attribution.target and _tells_a_habit(sentence.text):
            # "the crossing normally opens on 1 April and closes on 30 November", "the
            # checks can add an hour to a trip that usually takes twenty minutes": what
            # happens as a rule, told in the present, is no incident, dated or voiced.
            continue
        if not claimant and not attribution.denier and _GROUP_ORIGIN.match(sentence.text):
            # "Most have come from X, which has been shelled", "Most of those arriving
            # this week came from A, B and C": where the people told of came from, a
            # breakdown of a group already drafted, no incident of its own.
            continue
        if (
            not event_dates
            and not claimant
            and not attribution.denier
            and not attribution.target
            and _VAGUE_PAST.search(sentence.text)
            # "It is not the first quarrel over X. Some years ago guards tried to ...":
            # the earlier case the sentence before announced, not background.
            and not after_like_case
        ):
            # "Nakop itself was shut last winter", "Moscow began sealing its frontiers
            # weeks ago": an act the report points back to without a day to date it is
            # background to its news.  "Three months ago ..." is dated, and kept.
            continue
        if (
            attribution.status == "alleged"
            and not attribution.denier
            and not attribution.target
            # "and called X a neighbour who harbours gunmen": the charge is the speaker's.
            and sheltering is None
            and _told_apart(sentence.text, attribution.cues)
        ):
            # "Belarus called the decision a provocation, and trains were left waiting":
            # the speaker's words end with its clause; the incident is the report's own.
            attribution = dataclasses.replace(attribution, status="confirmed", claimant="")
            claimant = ""
        if (
            only_refers_back(sentence.text)
            and not event_dates
            and not attribution.target
            and not attribution.denier
            and (not claimant or foretells(sentence.text) or _CONSEQUENCE.search(sentence.text))
        ):
            # "Residents said the closure would hurt trade": talk about the incident
            # told before and what it will do, no new one.  A speaker's claim about it
            # ("the Government holds that the attack was financed from Serbia") is one.
            continue
        if attribution.denier and attribution.status == "denied":
            counter = _COUNTER.search(sentence.text, max(attribution.statement_verb_end, 0))
            own_dates = [d for d in event_dates if counter is None or d.start < counter.start()]
            own_dates = _after_the_denying(own_dates, attribution.cues, sentence.text)
            denial_cue = next((c for c in attribution.cues if c.kind == "denial"), None)
            if denial_cue is not None and _RETORT.search(sentence.text[: denial_cue.end]):
                # "X retorted that it was more likely staged in London": the places after
                # the verb are those of the retort's own account, not of what it answers.
                places = [p for p in places if p.start < denial_cue.end]
            made = _denial(events, sentence, denier, places, own_dates, published, id_prefix,
                           len(events) + 1, main_border, statement,
                           town=settlement_told_before(sentence.text, told[:-1]))  # fmt: skip
            if made is not None:  # an event file needs a place
                events.append(made)
                fed.append(made)
                claim = _counter_claim(sentence, counter, denier, places, event_dates, made,
                                       made.reported, id_prefix, len(events) + 1)  # fmt: skip
                if claim is not None:
                    events.append(claim)
                    fed.append(claim)
            continue

        if (
            not event_dates
            and not claimant
            and not attribution.cues
            and not undisclosed
            and (
                _tells_the_present_only(sentence.text)
                # Before any incident, a description sets the scene: its place is the
                # report's, which the sentences after it borrow.
                or (events and _describes_what_is(sentence.text))
                or _is_opinion(sentence.text)
            )
        ):
            # "Camps are already full and families wait at the crossing": the state of
            # things as the report is written, told in the present, not an incident.
            continue
        if (
            not event_dates
            and not claimant
            and any(d.role == "limit" for d in dates)
            and not any(c.kind in ("claim", "accusation", "denial") for c in attribution.cues)
        ):
            # "Until this week, thousands had crossed there": how things stood before the
            # report's news, background rather than an incident.
            continue
        if (
            event_dates
            and all(_long_before(d.value, published) for d in event_dates)
            and not _earlier_case_told(
                event_dates,
                claimant,
                category,
                sentence.text,
                after_like_case=after_like_case,
                placed=any(p.role != "aside" for p in places),
                placed_finely=any(
                    p.role not in ("aside", "origin")
                    and _PRECISION_RANK.get(p.precision, 7) < _PRECISION_RANK["border"]
                    for p in places
                ),
            )
            # "... since 1 March 2008, when troops struck a camp inside X": the report
            # points to an earlier incident to the day or the month, not to history.
            and not (earlier_case and all(len(d.value) >= 7 for d in event_dates))
            # "Guards shot a smuggler at the X post in 2019": an act at a spot on the
            # border with a date of its own is an event however old.
            and not tells_a_dated_border_act(event_dates, category, sentence.text, places)
        ):
            # "Traffic was restricted in 2015 and halted in 2019": history told as
            # background to the report's incident, not an incident of its own.
            continue
        if event_dates and all(_long_before(d.value, published) for d in event_dates):
            earlier_case_sentence = sentence
        began = _day_the_state_began(sentence.text, event_dates)
        if began is not None:
            # "The border was still closed on Monday, two weeks after Malabo sealed it
            # on 24 December": a closure is dated when it began (see the coding rules).
            event_dates = [began] + [d for d in event_dates if d is not began]
        date = event_dates[0].value if event_dates else ""
        if (
            len(event_dates) == 2
            and len(date) == len(event_dates[1].value) == 10
            and event_dates[1].value > date
            and _UNTIL_BEFORE.search(sentence.text[event_dates[0].end : event_dates[1].start])
        ):
            # "closed X on 10 January and kept it shut until Monday 13 January": the day
            # the state began and its last, one span.
            date = f"{date}/{event_dates[1].value}"
        notes: list[str] = []
        previous = _first_of_last_sentence(events)
        if (
            not date
            and _SAME_SPAN.search(sentence.text)
            and previous is not None
            and "/" in previous.date
        ):
            # "In the same three weeks 2,000 more were dropped at X": the span the
            # event before was dated over.
            date = previous.date
            notes.append(f"Dated over the span of {previous.id} ('the same').")
        same_paragraph = previous is not None and previous.paragraph == sentence.paragraph
        told_last = previous.evidence[-1].text if previous and previous.evidence else ""
        sequel = previous is not None and names_again(sentence.text, told_last)
        finer = _choose_place(places, sentence.text)
        if (
            previous is not None
            and not previous.date
            and len(event_dates) == 1
            and (sequel or GOES_ON.match(sentence.text))
            and previous.paragraph >= sentence.paragraph - 1
            and [claimant] == previous.claimed_by
            and not attribution.denier
            and previous.status == attribution.status
            and (finer is None or finer.result.name == previous.place_found)
            and not _another_harm(sentence.text, category, previous)
        ):
            # "Guards detained two men near X, the service said. The men were seized on
            # Sunday, the service said": the same incident by the same voice, now dated.
            previous.date = event_dates[0].value
            previous.notes.append("Date given by a later sentence on the same incident.")
            previous.evidence.append(Evidence(sentence.start, sentence.end, sentence.text))
            previous.description += " " + sentence.text
            fed.append(previous)
            continue
        if (
            sequel
            and previous.paragraph >= sentence.paragraph - 1
            and not event_dates
            and (not claimant or [claimant] == previous.claimed_by)
            and not attribution.denier
            and finer is not None
            and finer.role == "at"
            and _PRECISION_RANK.get(finer.precision, 7)
            < _PRECISION_RANK.get(previous.place_precision, 7)
            and not _named_stretch(previous.place, previous.place_precision, previous.place_found)
        ):
            # "... capsized off Djibouti, IOM said. The boat ... sank near Godoria, IOM
            # said": the same incident told on by the same voice, placed more finely.
            previous.notes.append(f"Place {previous.place!r} made finer by a later sentence.")
            previous.place = finer.text
            previous.place_found = finer.result.name or ""
            previous.place_precision = finer.precision
            previous.evidence.append(Evidence(sentence.start, sentence.end, sentence.text))
            previous.description += " " + sentence.text
            fed.append(previous)
            continue
        if (
            (
                (same_paragraph and (GOES_ON.match(sentence.text) or sequel))
                # A statement's paragraphs are often one sentence long: "The attackers
                # used drones" opens the paragraph after the attack.
                or (sequel and previous.paragraph == sentence.paragraph - 1)
            )
            and not event_dates
            and not claimant
            # "Iraq's envoy was called in as well": "also" and "as well" tell another act
            # of the kind told before, not more of the same one.
            and not (
                category and category == previous.category and _ANOTHER_ACT.search(sentence.text)
            )
            # "The killings appear to be continuing": a hedge, in the same voice.
            and all(cue.kind == "hedge" for cue in attribution.cues)
            and not any(
                p.role == "at" and _PRECISION_RANK.get(p.precision, 7) < _coarsest(previous)
                for p in places
            )
        ):
            # "The soldiers went back to their side after the shots": the incident just
            # told goes on, in the same voice; its sentence is more evidence, no new event.
            previous.evidence.append(Evidence(sentence.start, sentence.end, sentence.text))
            previous.description += " " + sentence.text
            fed.append(previous)
            continue
        if (
            not event_dates
            and not claimant
            and not attribution.target
            and not attribution.denier
            and category != "diplomatic_measure"
            and _only_mourns(sentence.text)
        ) or (not attribution.denier and _only_remembers(sentence.text)):
            # A commemoration of the dead (see _only_remembers) is no incident either.
            # "X offered his sympathy to the families of the dead", "has called on the
            # government to stand up to Y over the deaths": a reaction to the deaths told
            # before, in the report's own voice, no new incident.  A sequel in the same
            # voice ("The killings go on") was added to the event above; a measure taken
            # over the deaths ("lodged a complaint with Z over the four deaths") is an act.
            continue
        refers_back = incident_refers_back(sentence.text) and (
            previous is not None or sentence.paragraph in paragraph_dates
        )
        context = paragraph_dates.get(sentence.paragraph) or (previous.date if previous else "")
        if undisclosed and "date" in undisclosed.undisclosed:
            date = ""
            notes.append("Date not disclosed.")
        elif not event_dates and not statement and refers_back and context:
            # "Five were killed in the clashes": the sentence gives no date of its own.
            # The dating convention (module docstring) leaves it undated and offers the
            # date of what it refers back to for the analyst to accept.
            notes.append(_borrowed_date_note("the incident the sentence refers back to", context))
        elif (
            not event_dates
            and not statement
            and previous is not None
            and previous.date
            and same_paragraph
            and claimant
            and previous.claimed_by == [claimant]
        ):
            notes.append(
                _borrowed_date_note(f"{previous.id}, the incident it goes on about", previous.date)
            )
        reported = statement or statement_dates.get(claimant, "") or source_year
        reported = reported or (published.isoformat() if published else "")

        chosen = _choose_place(places, sentence.text)
        pushed_back = (
            (category == "pushback" or _PUSHBACK.search(sentence.text) is not None)
            and chosen is not None
            and chosen.precision == "country"
            and main_border is not None
            and chosen.result.country in hints[:3]
            and (chosen.result.name or chosen.text) in main_border[0]
            and bool(_BACK_INTO_BEFORE.search(sentence.text[: chosen.start]))
        )
        if pushed_back:
            # "drove them back into Iran": the country they were sent back to is where
            # they were made to go, the pushback is at the border between.
            chosen = None
        if chosen is None:
            # "Somaliland barred the airline from landing in its territory": the state
            # acts on its own ground, not at the incident told before.
            chosen = _state_on_its_own_ground(sentence.text, hints)
        if chosen is None and _INTO_ITSELF.search(sentence.text):
            # "Peru barred X and Y from entering the country": the state keeps them out
            # of itself, so the country is where the act holds.
            chosen = _acting_state_place(sentence.text, hints)
            if chosen is None and (filed_from or hints):
                # "The X Presidency said it had stopped 238,000 migrants from entering
                # the country": a body of no named state, so the country the report is
                # filed from, else the one it names most.
                chosen = _country_place(filed_from or hints[0], hints)
        town = settlement_told_before(sentence.text, told[:-1])
        water = water_told_before(sentence.text, told[:-1]) if town is None else None
        if water is not None and (chosen is None or chosen.precision == "country"):
            # "arrested on the lake" after "a boat on Lake Albert": the lake named before,
            # where the sentence names no place of its own, or only a country ("seized
            # boats in the gulf, ... and taken to X": the gulf is finer than X).
            notes_water = f"'The lake', 'the river' or 'the valley' is {water.text}, told before."
            town = water
        else:
            notes_water = ""
        if (
            town is not None
            and _PRECISION_RANK.get(chosen.precision if chosen is not None else "", 7)
            > _PRECISION_RANK["near"]
        ):
            # "traders in the town said crowds marched them across the border": the
            # town told before, not the border they were taken to.
            notes.append(
                notes_water or f"'the town' or 'the village' is {town.text}, named before."
            )
            chosen = town
        crossing_back = (
            crossing_told_before(sentence.text, told[:-1])
            # "the crossing reopened after officers met there": a sentence naming no
            # place of its own, or only a country, is at the crossing named last; not
            # "at four crossings, ... depending on the crossing", crossings by number.
            if (chosen is None and not _CROSSINGS_COUNTED.search(sentence.text))
            or (chosen is not None and chosen.precision == "country")
            # "the Kurdish side shut the gate, leaving it a mere border point": a
            # crossing pointed back to is finer than the line by no name after it ("the
            # land border had reopened ... because of problems at the crossing" is the
            # line's, told first).
            or (
                chosen is not None
                and _border_vagueness(chosen)
                and (at := bare_crossing_start(sentence.text)) is not None
                and at < chosen.start
            )
            else None
        )
        if crossing_back is not None:
            # "According to the manager of the border post, the grain was seized for
            # taking it into Malawi": the post named before, finer than the country.
            notes.append(f"'The crossing' is {crossing_back.text}, named before.")
            chosen = crossing_back
        elif (
            chosen is not None
            and chosen.precision == "border"
            and _UNNAMED_BORDER.fullmatch(chosen.text)
            and (again := crossing_opened_again(sentence.text, told[:-1])) is not None
        ):
            # "the border was open again" after a closure at the Oshoek crossing: the
            # crossing opened again, not the whole line.
            notes.append(f"'The border' opened or shut again is {again.text}, named before.")
            chosen = again
        bridge = (
            bridge_told_before(sentence.text, told[:-1])
            if chosen is None or chosen.precision in ("country", "border")
            else None
        )
        if bridge is not None:
            # "were back on the bridge" after "moved on to the Miteri bridge": that
            # bridge, finer than a border or country the sentence also names.
            notes.append(f"'The bridge' is {bridge.text}, named before.")
            chosen = bridge
        site = site_named_in_full_before(chosen, told[:-1]) if chosen is not None else None
        if site is not None:
            # "not being let into Udabno" after "the Udabno monastery": the site by its
            # name alone.
            notes.append(f"'{chosen.text}' is {site.text}, named before.")
            chosen = site
        scene = None
        at_the_scene = _AT_THE_SCENE.search(sentence.text) is not None
        area_back = (
            not at_the_scene
            and _THE_AREA_BACK.search(sentence.text) is not None
            # "try to get into Peru and keep moving through the area": the country the
            # sentence names is the area.
            and (chosen is None or chosen.precision == "border")
        )
        if (at_the_scene or area_back) and (
            chosen is None or chosen.precision in ("border", "country")
        ):
            # "which soldiers destroyed on the spot after the wreck was located": the
            # place of the incident told last, finer than the border.
            scene = next(
                (
                    e
                    for e in reversed(events)
                    if e.place
                    and e.category not in _NOT_INCIDENTS
                    and (
                        _PRECISION_RANK.get(e.place_precision, 7) < _PRECISION_RANK["border"]
                        # "sent a patrol ship to the area" after a cable was cut in a
                        # country's economic zone: the area at sea told last is the
                        # area meant, and it has no finer place; a border crossed on
                        # the way ("came over the border") is passed by.
                        or (area_back and e.place_precision == "country")
                    )
                ),
                None,
            )
            if scene is not None and area_back and scene.place_precision == "country":
                scene = None
            if scene is not None:
                chosen = None
        one_spot = (
            _the_one_spot(events, chosen.result, hints)
            if scene is None
            and chosen is not None
            and chosen.precision == "border"
            and _UNNAMED_BORDER.fullmatch(chosen.text)
            and not _LINE_AS_A_WHOLE.search(sentence.text)
            and all(p is chosen or p.precision == "country" for p in places)
            else None
        )
        if one_spot is not None:
            # "The men had crossed the border carrying rifles" in a report whose every
            # incident so far is at one town or crossing: the border by no name is the
            # way to that spot, which is finer.
            scene, chosen = one_spot, None
        side_spot = (
            _spot_on_that_side(events, chosen.result, hints)
            if scene is None
            and chosen is not None
            and chosen.precision == "country"
            and chosen.shape == "within"
            and _LAND_SIDE.search(chosen.text)
            else None
        )
        if side_spot is not None:
            # "the bombs fell deep inside Georgian territory" after the raid on one
            # Georgian village: the territory only says which side the spot is on.
            notes.append(f"'{chosen.text}' holds the one spot told before, {side_spot.id}.")
            scene, chosen = side_spot, None
        entry_spot = (
            _spot_at_the_entry(events, chosen.result, hints)
            if scene is None
            and chosen is not None
            and chosen.precision == "country"
            and chosen.shape != "within"
            and _ENTRY_BEFORE.search(sentence.text[: chosen.start])
            and not _WAY_INTO.search(sentence.text[: chosen.start])
            and all(p is chosen or p.precision == "country" for p in places)
            else None
        )
        if entry_spot is not None:
            # "violent groups tried to force their way into Mexico" after incidents at
            # one crossing only: the country gone into is entered at that spot.
            notes.append(f"'{chosen.text}' is entered at the one spot told before, "
                         f"{entry_spot.id}.")  # fmt: skip
            scene, chosen = entry_spot, None
        if (
            chosen is not None
            and (
                chosen.precision == "country"
                # "The attackers crossed the border at night": the line by no name, the
                # way to the incident told before.
                or (chosen.precision == "border" and _UNNAMED_BORDER.fullmatch(chosen.text))
            )
            and previous is not None
            and (
                same_paragraph
                or refers_back
                or (chosen.precision == "border" and _DOERS_BACK.search(sentence.text))
                # "That stretch of the frontier had been closed since July": the line
                # pointed back to, after an event at one crossing or town on it, is that
                # spot told on.
                or (
                    _THIS_STRETCH_BEFORE.search(sentence.text[: chosen.end])
                    and previous.place_precision in ("exact", "settlement")
                )
                # "is still being held across the border": where a captive is kept, the
                # other side by no name, not where the incident was.
                or (
                    chosen.precision == "border"
                    and _KEPT_ACROSS_BEFORE.search(sentence.text[: chosen.start])
                )
                # "According to the statement, the patrol came under fire 580 metres
                # inside X": the same voice goes on about its spot, with a depth.
                or (
                    claimant
                    and [claimant] == previous.claimed_by
                    and _DEPTH_BEFORE.search(sentence.text[: chosen.start])
                )
                # "the aircraft stayed in X's airspace", "had crossed into X": the same
                # voice goes on about the thing or people of its incident, and the country
                # only says which side they were on.
                or (
                    chosen.precision == "country"
                    and (claimant and [claimant] == previous.claimed_by)
                    and _entered(chosen, sentence.text)
                )
            )
            and _PRECISION_RANK.get(previous.place_precision, 7) < _PRECISION_RANK["country"]
            # "Togo closed all its land borders on 21 March": every border of the country
            # shut is an act of the country itself, not a side of the line told before.
            and not (
                chosen.precision == "country"
                and (closes_all_its_borders(sentence.text) or own_entry_rules(sentence.text))
            )
            # "The attack came weeks after Chadian soldiers crossed into Nigeria": the
            # clause after "after" tells an earlier act of its own, at its own place.
            and not (
                (came_after := _CAME_AFTER.search(sentence.text)) is not None
                and chosen.start >= came_after.end()
            )
            # A place the event before only borrowed says nothing of this sentence's.
            and not any("names none" in note for note in previous.notes)
            # "Iranian guards had fired into Afghanistan", says the other side: its own
            # account of the act, placed where it says the act went.
            and not (
                claimant
                and [claimant] != previous.claimed_by
                and (_entered(chosen, sentence.text) or _reached(chosen, sentence.text))
                # ... in the clause of the act: "killed in the clashes, and the rest
                # withdrew into Syrian territory" places the retreat, not the act.
                and _in_first_incident_clause(sentence.text, chosen.start)
                # "A security source said the men had crossed into X": the people of the
                # incident before, named back, only went to one side of it.
                and not (
                    same_paragraph and _THEY_WENT_INTO_BEFORE.search(sentence.text[: chosen.start])
                )
            )
        ):
            # "... returning the arrivals to Morocco": the sentence goes on about the
            # incident before it; a country it names is a destination or a side.
            notes.append(f"The sentence names only {chosen.text}; place of {previous.id} kept.")
            chosen = None
            continuing = True
        else:
            continuing = False
        far = _NAME_OF_CODE.get(hints[0]) if hints else None
        listed = expand_border_lists(sentence.text, other=far)
        if (
            listed
            and chosen is not None
            and _PRECISION_RANK.get(chosen.precision, 7) < _PRECISION_RANK["border"]
            and _WHERE_BORDERS_MEET.match(sentence.text, chosen.end)
        ):
            # "at X, an area where the borders of A, B and C meet": the borders only say
            # where the spot X lies.
            listed = []
        cut_off = _TIES_WITH.search(sentence.text) if category == "diplomatic_measure" else None
        state = _state_named(cut_off.group("who"), hints) if cut_off is not None else None
        if state is not None:
            # "A, B and C cut their ties with X": the step is taken against X, the
            # place it holds for; the states listed only say who took it.
            chosen, listed = state, []
        elif (
            category == "diplomatic_measure"
            and chosen is not None
            and chosen.precision == "country"
            and _HANDED_TO_BEFORE.search(sentence.text[: chosen.start])
        ):
            # "had handed a demarche to China": the state a note goes to receives it; the
            # step answers the incident told before, and is placed as it is.
            chosen = None
        place_options: list[tuple[str, str, str]] = []  # (as written, found, precision)
        # The report's first placed incident: a diplomatic step or a bare statement told
        # first ("X summoned Y's envoy over killings across the frontier") is no incident,
        # and the border it names is coarser than the incident it answers.
        lead = next(
            (e for e in events if e.place and e.category not in _NOT_INCIDENTS), None
        ) or next((e for e in events if e.place), None)
        # An accusation of someone is about an incident; other statements are not events.
        incident = category is not None and (
            category != "official_statement" or bool(attribution.target) or sheltering is not None
        )
        chain = _chain_of_returns(sentence.text)
        if len(chain) > 1:
            # "Slovenian officers passed him on to Croatia, and Croatian police in turn
            # expelled him to Bosnia": each hand-over is at the border it crossed.
            place_options.extend(chain)
            notes.append("One event per return of the chain, each at the border it crossed.")
        elif pushed_back:
            place_options.append(main_border)
            notes.append("Sent back into a country: the report's border with it.")
        elif listed:
            for text, _, _ in listed:
                result = resolve_place(text, hints)
                place_options.append((text, result.name or "", result.precision or ""))
            notes.append("One event per border of the list the sentence names.")
        elif chosen is not None:
            for option in _coordinated(chosen, places, sentence.text):
                wording = option.text
                alone = resolve_place(wording)
                written = (
                    wording if alone.status == "resolved" else (option.result.name or wording)
                )
                if written != wording and resolve_place(written).name != written:
                    # A name the gazetteer gives that it does not read back as itself
                    # ("Kenya–Uganda border (Lake Victoria)" reads as the whole border):
                    # the report's wording, resolved with its countries, says more.
                    written = wording
                found_name = option.result.name or ""
                ground = _ground_partner(wording, hints, town_countries)
                if ground is not None:
                    # "patrols along the border with Andorra" in a report whose only
                    # named country is Andorra: the near side is where its towns lie.
                    written = found_name = ground.name
                    notes.append(f"Place worded {wording!r}; the near side is the "
                                 "country of the towns the report names.")  # fmt: skip
                elif (owned := _owners_border(wording, sentence.text[: option.start])) and (
                    owned.name != found_name
                ):
                    # "Budapest closed ... and has since wired 40 km of its border with
                    # Croatia": the border of the state "its" stands for, not the
                    # report's first country's.
                    written = found_name = owned.name or written
                elif (
                    side
                    and alone.status != "resolved"
                    # "Austria brought in checks on its own border with Slovakia", filed
                    # from Prague: the owner the sentence names is the side, not the
                    # dateline's.
                    and not _OWNED_BEFORE.search(sentence.text[: option.start])
                ):
                    # "the Libyan border" written in Tunis: Libya's border with Tunisia.
                    sided = resolve_place(wording, hints, side=side)
                    if sided.status == "resolved" and sided.name and sided.name != found_name:
                        written = found_name = sided.name
                precision = "border" if ground is not None else option.precision
                far = (
                    country_codes_in(wording.split(" with ", 1)[1]) if " with " in wording else []
                )
                if (
                    option.result.status == "ambiguous"
                    and precision == "border"
                    and written == option.result.name
                    and far
                    and NAME_OF_CODE.get(far[0])
                    # "the border with Guinea" said in Bissau: a border of another of
                    # the report's countries is among the candidates, the report's own.
                    and not any(
                        set(country_codes_in(c.name or "")) & (set(hints) - {far[0]})
                        for c in option.result.candidates
                    )
                ):
                    # "Madrid wanted the border with Algeria reopened" in a report whose
                    # countries share no border with Algeria: the resolver's first
                    # border of Algeria is a guess (Western Sahara's), the country is not.
                    written = found_name = NAME_OF_CODE[far[0]]
                    precision = "country"
                    notes.append(f"Place worded {wording!r}; no border of the report's "
                                 "countries is meant: the country named.")  # fmt: skip
                elif written != wording and ground is None:
                    notes.append(f"Place worded {wording!r}; the report's countries decide it.")
                place_options.append((written, found_name, precision))
            if len(place_options) > 1:
                notes.append("One event per place of the list the sentence names.")
            if chosen.role == "base":
                notes.append(
                    f"{chosen.text} is where the unit is based according to the report, "
                    "not where the reported actions took place."
                )
        elif scene is not None:
            place_options.append((scene.place, scene.place_found, scene.place_precision))
            notes.append(
                f"'The border' by no name: the one spot of the incidents before, {scene.id}."
                if one_spot is not None
                else f"'The area': the place of {scene.id}."
                if area_back
                else f"'On the spot': the place of {scene.id}."
            )
        elif (pair := _border_of_the_two(sentence.text)) is not None:
            # "Russia and Azerbaijan stopped travel between the two countries": the two
            # states the sentence names, the border they share.
            place_options.append(pair)
            notes.append("'Between the two countries': the border of the two it names.")
        elif _THAT_FOLLOWED.search(sentence.text) and previous is not None and previous.place:
            # "One soldier was killed in the firefight that followed": the fight came
            # right after the act told last, where that act was.
            place_options.append((previous.place, previous.place_found, previous.place_precision))
            notes.append(f"'That followed': the place of {previous.id}, told just before.")
        elif undisclosed and "place" in undisclosed.undisclosed and main_border:
            place_options.append(main_border)
            notes.append("Exact place not disclosed; the report's border stands for it.")
        elif _CROSSINGS_COUNTED.search(sentence.text) and main_border:
            # "the protesters slowed traffic at three crossings": several crossings by
            # number only, on the report's border, not the one crossing named before.
            place_options.append(main_border)
            notes.append("Crossings counted, none named: the report's border.")
        elif main_border and incident and _OWN_SIDE_OF_BORDER.search(sentence.text):
            # "Mauritania declared its side of the 450 km frontier a military zone": the
            # state's own side of the report's border, not the spot of its first incident.
            place_options.append(main_border)
            notes.append("'Its side of the border': the report's border.")
        elif (
            incident
            and closes_all_its_borders(sentence.text)
            and (closer := _state_closing_its_own(sentence.text, hints)) is not None
        ):
            # "Malta, like Italy, declared its ports closed": a state shutting all its
            # own ports or borders acts on itself, not at the incident the report opened on.
            place_options.append((closer.text, closer.result.name or "", closer.precision))
            notes.append(
                f"The sentence names no place; {closer.text} shuts its own borders or ports."
            )
        elif antecedent is not None and not continuing:
            drafted = _drafted_from(events, told, antecedent)
            if drafted is not None:
                # "The migrants resisted when the patrol tried to detain them" after "had
                # crossed the border when a patrol ...": "the border" by no name is no
                # place of its own, so the place drafted from that sentence stands.
                place_options.append((drafted.place, drafted.place_found, drafted.place_precision))
                notes.append(
                    f"Place of {drafted.id}, which first told what this one refers back to."
                )
            else:
                place_options.append(
                    (antecedent.text, antecedent.result.name or "", antecedent.precision)
                )
                notes.append("Place of the sentence that first told what this one refers back to.")
        elif (
            (named_before := last_named.get(sentence.paragraph)) is not None
            and named_before[1] < sentence.start
            and (previous is None or named_before[1] > previous.evidence[-1].start)
            and not continuing
        ):
            place = named_before[0]
            place_options.append((place.text, place.result.name or "", place.precision))
            notes.append("Place the paragraph named last, in a sentence with no event of its own.")
        elif (
            not (continuing or same_paragraph or about_before)
            and not event_dates
            and incident
            and claimant
            and previous is not None
            and previous.claimed_by
            and [claimant] != previous.claimed_by
            and lead is not None
            and lead is not previous
            and lead.date
            and lead.date == previous.date
        ):
            # "The army of the other side said its man had crossed the fence and traded
            # fire": another voice's version of the whole affair the report opened on,
            # in a paragraph of its own, is at that incident's place, not at the spot of
            # the last step the first voice told.
            place_options.append(_lede_place(lead, events, report.text))
            notes.append(
                f"Place of {lead.id}, the incident another voice gives its version of; "
                "the sentence names none."
            )
        elif speaker_place is not None and incident and not (continuing or refers_back):
            place_options.append(
                (speaker_place.text, speaker_place.result.name or "", speaker_place.precision)
            )
            notes.append(
                f"The sentence names no place of its account; {speaker_place.text} is where "
                "its speakers are, by the words that say who they are."
            )
        elif (
            (continuing or refers_back or same_paragraph or about_before)
            and previous is not None
            and previous.place
        ):
            # "The boy was taken to hospital in X. All 58 aboard were brought ashore": the
            # sentence after goes on about the incident, not where the hurt were cared for.
            source = previous
            if _placed_by_care(previous):
                source = next(
                    (e for e in reversed(events) if e.place and not _placed_by_care(e)), previous
                )
            place_options.append((source.place, source.place_found, source.place_precision))
            notes.append(f"Place of {source.id}; the sentence names none.")
        elif (
            incident
            and previous is not None
            and previous.place
            and _TIMED_FROM_BEFORE.match(sentence.text.lstrip())
        ):
            # "Two days after that, 600,000 pills were seized": a sentence that counts its
            # time from the one before goes on about that case, wherever it was.
            place_options.append((previous.place, previous.place_found, previous.place_precision))
            notes.append(
                f"Place of {previous.id}, told just before; the sentence dates itself from it "
                "and names no place."
            )
        elif (
            lead is not None
            and incident
            and date
            and date != lead.date
            # The same day as the incident told just before, elsewhere than the first
            # incident: that incident goes on.
            and (previous is None or date != previous.date or previous.place == lead.place)
            and not (continuing or refers_back or about_before)
            # A summons or a protest answers the incident and is placed at it.
            and category not in _NOT_INCIDENTS
            and (home := _state_acting_at_home(sentence.text, hints)) is not None
        ):
            # "In April Estonian authorities had tried to detain another tanker", after a
            # lede on an incident at sea: a state's organs acting on a day of their own,
            # with no place named, act on the state's own ground, not at the report's
            # first incident.
            place_options.append((home.text, home.result.name or "", home.precision))
            notes.append(f"The sentence names no place; {home.text} is the state that acts.")
        elif (
            incident
            and previous is not None
            and previous.place
            # Dated, or told in the report's own voice and placed on finer ground than
            # its first incident ("tore down a fence at its end in X" after a lede on
            # the river): an incident of its own either way, not background or hearsay.
            and (
                previous.date
                or (
                    previous.status == "confirmed"
                    # One of a list of places ("controls in A, B and C") is no one spot.
                    and not any(note.startswith("One event per") for note in previous.notes)
                    and lead is not None
                    # The lede placed only by a border line (a town lede stays), this
                    # one at a town or a spot on it, not at a region an aside names.
                    and _PRECISION_RANK.get(lead.place_precision, 7) >= _PRECISION_RANK["border"]
                    and _PRECISION_RANK.get(previous.place_precision, 7)
                    < _PRECISION_RANK["district"]
                )
            )
            and not any("names none" in note for note in previous.notes)
            and not report.text[previous.evidence[-1].end : sentence.start].strip()
        ):
            # "Early on Friday soldiers fired at a roadblock in X." then, in a paragraph
            # of its own, "Two were killed, according to Y.": the very next sentence, with
            # no place of its own, goes on about the incident just told, not the report's
            # first one.
            place_options.append((previous.place, previous.place_found, previous.place_precision))
            notes.append(f"Place of {previous.id}, told just before; the sentence names none.")
        elif (
            incident
            and claimant
            and previous is not None
            and previous.place
            and previous.claimed_by == [claimant]
            and previous.paragraph >= sentence.paragraph - 1
        ):
            # "Before leaving, the soldiers found a body, the statement said": the same
            # voice goes on with its own account, at the spot it told just before (or
            # kept from before), not at the report's first incident, which that voice
            # may place elsewhere.
            place_options.append((previous.place, previous.place_found, previous.place_precision))
            notes.append(f"Place of {previous.id}, told before by the same voice.")
        elif attribution.target and incident and previous is not None:
            # An accusation without a place is about the incident told just before it.
            place_options.append((previous.place, previous.place_found, previous.place_precision))
            notes.append(
                f"Place of {previous.id}, the incident told before; the sentence names none."
            )
        elif lead is not None and incident and (told_since := _finer_told_since(events, lead)):
            # "Real Camerin said he had been beaten": the report's first incident is placed
            # only by its border, and a later paragraph placed the incident on the ground
            # ("toward a border marker in Kampong Ro district"); a voice's account with no
            # place of its own is of that incident, not of the whole border.
            place_options.append(
                (told_since.place, told_since.place_found, told_since.place_precision)
            )
            notes.append(
                f"Place of {told_since.id}, the incident placed on the ground since "
                f"{lead.id}, which only the border placed; the sentence names none."
            )
        elif lead is not None and incident and (on_the_day := _day_told_since(events, lead)):
            # "Taiwan protested against the boarding on Tuesday" after a lede on a capsizing
            # on the 14th and a boarding at another spot on the 19th: the incident told last,
            # on a day and at a spot of its own, is the one the report goes on about.
            place_options.append(
                (on_the_day.place, on_the_day.place_found, on_the_day.place_precision)
            )
            notes.append(
                f"Place of {on_the_day.id}, the incident told last on a day and at a spot of "
                f"its own since {lead.id}; the sentence names none."
            )
        elif lead is not None and incident:
            place_options.append((lead.place, lead.place_found, lead.place_precision))
            notes.append(
                f"Place of {lead.id}, the report's first placed incident; the sentence names none."
            )
        elif main_border and (incident or _BORDER_WORD.search(sentence.text)):
            place_options.append(main_border)
            notes.append(_BORDER_STOOD_FOR)
        elif (
            incident
            and (
                home := _state_by_name_acting(sentence.text, hints)
                or (
                    _town_acting(sentence.text, hints)
                    if category != "diplomatic_measure"
                    else None
                )
            )
            is not None
        ):
            # "Palau burned four Vietnamese boats at sea on Friday": a state that opens
            # the sentence by its name as its actor, with no place named and no border of
            # the report to stand for one, acts on its own ground or waters.
            place_options.append((home.text, home.result.name or "", home.precision))
            notes.append(f"The sentence names no place; {home.text} is the state that acts.")
        elif incident and lead is None:
            # "MANILA - The Philippines admitted its coast guard had fired on a Taiwanese
            # boat": an act told before any place, on no border of the report's, is
            # placed by the first event after it that names one (see _placed_by_next).
            place_options.append(("", "", ""))
            notes.append(_PLACED_BY_NEXT)
        else:
            # An event file needs a place; a sentence with none and no border to
            # stand for it is background, not an event the report places.
            continue

        option_dates = [date] * len(place_options)
        segments = (
            _dated_clauses(sentence.text, [d for d in dates if d not in measured], places)
            if not listed and len(place_options) == 1
            else []
        )
        if len(segments) > 1:
            # "shelled X on Tuesday and struck Y on Thursday": one event per clause; a
            # clause naming no place is at the sentence's place.
            # The clause that holds the chosen border keeps it as the sentence read it
            # ("the border with Hungary" after "Slovak police": Hungary–Slovakia).
            place_options = [
                (p.text, p.result.name or "", p.precision)
                if p is not None and not (p is chosen and p.precision == "border")
                else place_options[0]
                for _, p in segments
            ]
            option_dates = [value for value, _ in segments]
            notes.append("One event per clause of the sentence, each with its own date and place.")
        elif not listed and len(place_options) == 1 and chosen is not None:
            placed = _placed_clauses(sentence.text, places)
            if len(placed) > 1:
                # "fired into southern Lebanon, and a drone struck a post in the Har Dov
                # area": two acts at two places, one event each, the sentence's date.
                place_options = [(p.text, p.result.name or "", p.precision) for p in placed]
                option_dates = [date] * len(placed)
                notes.append("One event per clause of the sentence, each with its own place.")
        support = _SUPPORT_ACCUSED.search(sentence.text)
        charged = attribution.target if support else sheltering.group("who") if sheltering else ""
        if charged and not listed:
            # "X accused Rwanda of hosting, funding and training the rebels": what is
            # charged is done on the accused state's ground, not where the rebels fight.
            codes = country_codes_in(charged)
            accused = resolve_place(NAME_OF_CODE.get(codes[0], "")) if codes else None
            if accused is not None and accused.status == "resolved":
                place_options = [(accused.name or "", accused.name or "", "country")]
                option_dates = [date]
        claimed = [claimant] if claimant else []
        denied = [denier] if denier and attribution.status == "disputed" else []
        actor_names = list(dict.fromkeys(a.name for a in actors if a.name not in claimed))
        target_codes = tuple(country_codes_in(attribution.target + " " + " ".join(actor_names)))
        count_texts = [c.text for c in counts]
        evidence = Evidence(sentence.start, sentence.end, sentence.text)
        # "The ministry put the toll at 15 dead", "Seventeen others were wounded": a
        # toll with no place or day of its own counts the harm of the incident told just
        # before, even past a paragraph break, when no one else gives it (a toll in
        # another speaker's words is that speaker's account).
        toll_of_previous = (
            previous is not None
            and previous.category not in _NOT_INCIDENTS
            and (
                not claimant
                or claimant.lower() in _PRONOUN_SPEAKERS
                or any(same_speaker(claimant, said) for said in previous.claimed_by)
            )
            and previous.paragraph >= sentence.paragraph - 1
            and tells_only_a_toll(sentence.text)
            and not any(p.role != "aside" for p in places)
            and (not event_dates or previous.date in ("", date))
        )
        made_here: list[DraftEvent] = []
        for (written, found_name, precision), date in zip(
            place_options, option_dates, strict=True
        ):
            if not listed and toll_of_previous:
                previous.evidence.append(evidence)
                previous.description += " " + sentence.text
                previous.counts = list(dict.fromkeys([*previous.counts, *count_texts]))
                made_here.append(previous)
                continue
            if (
                not listed
                and previous is not None
                and same_paragraph
                and previous.status == attribution.status
                and previous.claimed_by == claimed
                and (not event_dates or previous.date == date)
                and (chosen is None or previous.place_found == found_name)
                # "The force said on Tuesday that it had sent more troops": a statement
                # of another day is a claim of its own, not more words for the last one.
                and not (statement and statement != previous.reported)
                # "Crowds marched the traders across the border. Barmaids were beaten,
                # according to the traders": a harm of its own to other people, told
                # by a sentence of its own subject, is another incident.
                and not _another_harm(sentence.text, category, previous)
                # "Troops struck a camp inside X. X expelled the ambassador in response":
                # a state's diplomatic step answers the incident; it is no more of it.
                and not (category == "diplomatic_measure" != previous.category)
                # "Iraq's envoy was called in as well": another act of the kind just told.
                and not (category == previous.category and _ANOTHER_ACT.search(sentence.text))
                # "Buhari said the border would stay shut. He said smugglers had brought
                # in rice": the same voice telling another kind of act is another event.
                # Harm to people (a toll, a plight) goes on about the act told before.
                and not _another_kind(category, previous.category)
            ):
                previous.evidence.append(evidence)
                previous.description += " " + sentence.text
                previous.actors = list(dict.fromkeys([*previous.actors, *actor_names]))
                previous.counts = list(dict.fromkeys([*previous.counts, *count_texts]))
                if undisclosed:
                    what = undisclosed.undisclosed.replace("+", " and ") or "details"
                    previous.notes.append(f"The report says the {what} were not disclosed.")
                made_here.append(previous)
                continue
            event = DraftEvent(
                id=f"{id_prefix}-{len(events) + 1:02d}",
                date=date,
                reported=reported,
                title=_title(claimed, sentence.text),
                description=sentence.text,
                category=category or "official_statement",
                status=attribution.status,
                claimed_by=claimed,
                denied_by=denied,
                actors=actor_names,
                place=written,
                place_found=found_name,
                place_precision=precision,
                notes=list(notes),
                tags=[],
                counts=count_texts,
                evidence=[evidence],
                paragraph=sentence.paragraph,
                target_codes=target_codes,
            )
            events.append(event)
            made_here.append(event)
        second = _second_thing_said(sentence.text, attribution.statement_verb_end)
        if (
            second is not None
            and claimant
            and attribution.status == "alleged"
            and len(made_here) == 1
            and made_here[0].evidence == [evidence]
            and made_here[0].category in second
        ):
            # "X said guards had used live ammunition ..., and that it had documented the
            # killing of three people": two things said, each an incident of its own kind,
            # one event each (same voice, place and date).
            act = made_here[0]
            act.category = second[0]
            also = dataclasses.replace(
                act,
                id=f"{id_prefix}-{len(events) + 1:02d}",
                category=second[1],
                notes=[*act.notes, f"The second thing {claimant} said, after {act.id}."],
                evidence=[evidence],
                actors=list(act.actors),
                counts=list(act.counts),
                claimed_by=list(act.claimed_by),
                denied_by=list(act.denied_by),
                tags=list(act.tags),
            )
            events.append(also)
            made_here.append(also)
        reason = _alleged_reason(sentence.text, places, attribution.status, claimant)
        if reason is not None and made_here:
            # "fired on a jet, saying it had entered Rwandan airspace": the act is told
            # in the report's voice, the reason only in the actor's.
            who, found, reason_category = reason
            act = made_here[0]
            where = (
                (found.text, found.result.name or "", found.precision)
                if found is not None
                else (act.place, act.place_found, act.place_precision)
            )
            alleged = DraftEvent(
                id=f"{id_prefix}-{len(events) + 1:02d}",
                date=act.date,
                reported=reported,
                title=_title([who], sentence.text),
                description=sentence.text,
                category=reason_category,
                status="alleged",
                claimed_by=[who],
                denied_by=[],
                actors=[who],
                place=where[0],
                place_found=where[1],
                place_precision=where[2],
                notes=[f"The reason {who} gave for the act of {act.id}, in its own words."],
                tags=[],
                counts=[],
                evidence=[evidence],
                paragraph=sentence.paragraph,
                target_codes=target_codes,
            )
            events.append(alleged)
            made_here.append(alleged)
        denied_too = _negated_clause(sentence.text, attribution.statement_verb_end)
        if claimant and made_here and attribution.status == "alleged" and denied_too >= 0:
            # "said the aircraft was hit at Goma and never flew over Rwanda": the speaker's
            # claim, and its denial of the other side's, one entry each.
            # The claim it answers is another speaker's.
            earlier = [
                e for e in events
                if e not in made_here and e.claimed_by and e.claimed_by != [claimant]
            ]  # fmt: skip
            clause_places = [p for p in places if p.start >= denied_too]
            made = _denial(earlier, sentence, claimant, clause_places, [], published, id_prefix,
                           len(events) + 1, main_border, statement)  # fmt: skip
            if made is not None and made.claimed_by and made.claimed_by != [claimant]:
                made.notes.append(f"The denial in the claim of {made_here[0].id}.")
                events.append(made)
                made_here.append(made)
        fed.extend(made_here)
    events = _placed_by_next(events)
    _denials_placed_by_later_claim(events)
    _lede_placed_by_next(events, report.text)
    _dated_by_opening_line(events, sentences, published)
    merged, survivor = _merge_duplicates(events)
    return Extraction(report, tuple(merged), _highlights(highlights, survivor), hints)


#: Notes of an event placed by the report's border for want of a named place ("the
#: frontier", "the border", or nothing at all).
_BORDER_FOR_WANT = re.compile(
    r"^(?:The sentence names no place; the report's border stands for it|"
    r"Place worded '(?:the\s+)?(?:border|frontier)'; the report's countries decide it)"
)


_PLACED_BY_NEXT = "The sentence names no place, nor any before it; placed by the next event."


def _take_place(event: DraftEvent, other: DraftEvent) -> None:
    """Give ``event`` the place of ``other``: its words, the place found and its precision."""
    event.place = other.place
    event.place_found = other.place_found
    event.place_precision = other.place_precision


def _placed_by_next(events: list[DraftEvent]) -> list[DraftEvent]:
    """Give each event drafted before any place the place of the first placed one after it.

    A report on one state's waters or air often names no place until its second or third
    sentence ("Finland sent a patrol ship to the site"; "The pipeline was shut early on
    Sunday"): the act happened where the report goes on to place it.  An event no later
    event places is left out, as a sentence with no place always was.  A denial of such
    an act, which took its empty place, is placed the same way.
    """
    kept: list[DraftEvent] = []
    for at, event in enumerate(events):
        if event.place:
            kept.append(event)
            continue
        later = next((e for e in events[at + 1 :] if e.place), None)
        if later is None:
            continue
        _take_place(event, later)
        event.notes = [note for note in event.notes if note != _PLACED_BY_NEXT] + [
            f"The sentence names no place; place of {later.id}, the next event placed."
        ]
        kept.append(event)
    return kept


#: Precision ranks too coarse to place a denied act when its claim is placed finer.
_COARSE_DENIAL_RANK = _PRECISION_RANK["region"]


def _denials_placed_by_later_claim(events: list[DraftEvent]) -> None:
    """Place a denial made before any claim where the claim it answers, told later, is.

    A report may open on the denial ("Y denied that its soldiers crossed into X") and
    tell the other side's claim, placed at a village, only after it.  A denial answers
    a claim at the claim's place; the country or border it names itself is context, as
    :func:`_denial` holds for a claim told before it.
    """
    for at, event in enumerate(events):
        if (
            event.status != "denied"
            or "denial" not in event.tags
            or not event.denied_by
            or any(note.startswith("Denies the claim of") for note in event.notes)
            or _PRECISION_RANK.get(event.place_precision, 7) < _COARSE_DENIAL_RANK
        ):
            continue
        answered = next(
            (
                e
                for e in events[at + 1 :]
                if e.status in ("alleged", "disputed")
                and e.claimed_by
                and _claim_of_another_side(e, event.denied_by[0])
            ),
            None,
        )
        if answered is None or _PRECISION_RANK.get(answered.place_precision, 7) >= (
            _PRECISION_RANK.get(event.place_precision, 7)
        ):
            continue
        _take_place(event, answered)
        event.claimed_by = list(answered.claimed_by)
        event.notes.append(
            f"Place of the claim it answers ({answered.id}), told after it; "
            "review whether it answers that claim."
        )


def _another_kind(category: str | None, previous: str) -> bool:
    """Whether a sentence tells another kind of act than the event before it.

    "The army had sent troops to the line" after "the crossing was shut": two acts.
    A harm to people ("One officer was killed", "families slept in the open") is the
    toll or the plight of the act told before, and what was seized or who was held
    ("the seized material included ...") the haul of it, not an act of its own.
    """
    return (
        category is not None
        and bool(previous)
        and category != previous
        and not {"humanitarian_incident", "smuggling", "detention"} & {category, previous}
    )


def _lede_placed_by_next(events: list[DraftEvent], text: str) -> None:
    """Place the report's opening event where the sentence after it says it happened.

    A lede sums the news up ("Vietnam denounced an assault on its police along the
    frontier, after a brawl at the weekend") and the next sentence tells where
    ("crossed into the province of Long An on Sunday").  When the first event, dated by
    its own words, has only the report's border for want of a place, and the very next
    sentence drafts an event at a finer place, the lede takes that place.  An undated
    lede ("X accused Y's forces of executing soldiers") may tell of an act elsewhere
    than the next sentence's, and keeps the border.
    """
    following = _placing_the_lede(events, text)
    if following is None:
        return
    _take_place(events[0], following)
    events[0].notes.append(f"Place of {following.id}, told in the sentence after the lede.")


def _placing_the_lede(events: list[DraftEvent], text: str) -> DraftEvent | None:
    """The event of the sentence after the lede whose place the lede takes, if any."""
    if len(events) < 2 or not events[0].evidence or not events[0].date:
        return None
    first = events[0]
    if not any(_BORDER_FOR_WANT.match(note) for note in first.notes):
        return None
    lede = first.evidence[-1]
    following = next(
        (e for e in events[1:] if e.evidence and e.evidence[0].start >= lede.end), None
    )
    if (
        following is None
        or text[lede.end : following.evidence[0].start].strip()
        or _PRECISION_RANK.get(following.place_precision, 7) >= _PRECISION_RANK["border"]
    ):
        return None
    return following


#: A bulletin's opening line with no verb: "Another border incident at sea this morning",
#: "A new shooting on the river overnight".
_OPENING_LINE = re.compile(
    r"(?:Another|A|An|New|Fresh|More)\s+(?:[\w-]+\s+){0,4}?(?:incidents?|clash(?:es)?|"
    r"shootings?|stand-?offs?|confrontations?|violations?|incursions?)\b[^.;:]*\.?"
)
#: Words that make a clause of the line: a finite verb, or one in the past.
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|\w+ed)\b")


def _dated_by_opening_line(
    events: list[DraftEvent], sentences: list[Sentence], published: dt.date | None
) -> None:
    """Date the first event by the verbless line that opens a bulletin before it.

    A radio or television script opens on a line such as "Another border incident at
    sea this morning." and tells the incident in the next sentence with no day of its
    own; the line's day is that incident's.  Only the report's first sentence counts,
    when it drafted no event and the first event comes from the sentence right after.
    """
    if len(sentences) < 2 or not events or events[0].date or not events[0].evidence:
        return
    line, following = sentences[0], sentences[1]
    if (
        not _OPENING_LINE.fullmatch(line.text.strip())
        or _FINITE_WORD.search(line.text)
        or events[0].evidence[0].start != following.start
    ):
        return
    days = [d for d in find_dates(line.text, published=published) if d.role == "event"]
    if len(days) == 1:
        events[0].date = days[0].value
        events[0].notes.append("Date of the bulletin's opening line, told just before.")


#: Categories of what was said or done about an incident, not of an incident.
_NOT_INCIDENTS = frozenset({"diplomatic_measure", "official_statement"})
#: Speakers named back by a pronoun only ("It said 21 of the attackers were killed").
_PRONOUN_SPEAKERS = frozenset({"it", "he", "she", "they"})
_INCIDENT_KINDS = frozenset(
    {"humanitarian_incident", "pushback", "detention", "armed_clash", "attack_on_border_guards"}
)


_DEATH = re.compile(r"\b(?:drowned|died|dead|killed|bodies|body)\b", re.IGNORECASE)


#: "groups that house asylum seekers in the province of ", "Police on ": a place the
#: words saying who speaks put them in.
_SPEAKER_AT_BEFORE = re.compile(r"\b(?:in|on|at)\s+(?:the\s+)?(?:[\w-]+\s+(?:of\s+)?){0,2}$")


#: A whole sea or ocean by its name ("the South China Sea", "the Sea of Japan").
_OPEN_SEA = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){1,3}(?:Sea|Ocean)|Sea\s+of\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?)"
)


def _finer_told_since(events: list[DraftEvent], lead: DraftEvent) -> DraftEvent | None:
    """The incident placed on the ground since a lead placed by "the border" alone.

    Only when the lead's place is worded "the border" or "the frontier" by no name, or
    the lead named no place at all and the report's border stood for it ("along the two
    countries' border"); an event whose place was borrowed ("names none") places nothing
    of its own.
    """
    if (
        not _UNNAMED_BORDER.fullmatch(lead.place)
        and not any(
            re.match(r"Place worded '(?:the\s+)?(?:border|frontier)'", note) for note in lead.notes
        )
        and not any(note.startswith(_BORDER_STOOD_FOR) for note in lead.notes)
        # "... opened fire on two boats in the South China Sea", then "the boats had come
        # into its waters off the port of X": a whole sea is no finer than a border.
        and not _OPEN_SEA.fullmatch(lead.place)
    ):
        return None
    after = events[events.index(lead) + 1 :]
    return next(
        (
            e
            for e in reversed(after)
            if e.place
            and not _OPEN_SEA.fullmatch(e.place)
            and e.category not in _NOT_INCIDENTS
            and not any("names none" in note for note in e.notes)
            and (
                _PRECISION_RANK.get(e.place_precision, 7) < _PRECISION_RANK["border"]
                or _named_stretch(e.place, e.place_precision, e.place_found)
            )
        ),
        None,
    )


def _day_told_since(events: list[DraftEvent], lead: DraftEvent) -> DraftEvent | None:
    """The incident told last since a lead dated to the day, when it too is dated to the day.

    Both at a town or spot: the lead, and the later incident, placed by its own sentence
    elsewhere than the lead; a place borrowed from another sentence, a diplomatic step
    or a statement places nothing of its own.  When the lead or that incident is dated
    only by a month, a span or not at all, the later one is as often background told in
    passing, so the lead stays (see ``bench/extract/README.md``, session 53).
    """
    if (
        len(lead.date) != len("2024-01-01")
        or lead not in events
        # A lede over a district, a region or a line is the wide affair that a later
        # spot is one step of; the gold keeps such sentences at the wide place.
        or _PRECISION_RANK.get(lead.place_precision, 7) > _PRECISION_RANK["near"]
    ):
        return None
    for event in reversed(events[events.index(lead) + 1 :]):
        if (
            not event.place
            or event.category in _NOT_INCIDENTS
            or not event.evidence
            or event.place not in event.evidence[0].text
        ):
            continue
        if (
            len(event.date) == len(lead.date)
            and _PRECISION_RANK.get(event.place_precision, 7) <= _PRECISION_RANK["near"]
            and event.place != lead.place
        ):
            return event
        return None
    return None


def _another_harm(sentence: str, category: str | None, previous: DraftEvent) -> bool:
    """Whether a sentence tells a harm of another kind than the event before it.

    Only harms done to people count (killing, beating, pushing back, detaining), only in
    a speaker's account (the report's own narration of a fight and the arrests after it
    is one incident's course), and only when the sentence names its own subject: "They
    were beaten" goes on about the same people.
    """
    if (
        category == "humanitarian_incident"
        and previous.category == "crossing_attempt"
        and _DEATH.search(sentence)
        and not GOES_ON.match(sentence)
    ):
        # "Thousands swam across. One man drowned during the crossing.": a death in the
        # course of a crossing is an incident of its own (an attack's toll is not).
        return True
    return (
        bool(previous.claimed_by)
        and category in _INCIDENT_KINDS
        and previous.category in _INCIDENT_KINDS
        and category != previous.category
        and not GOES_ON.match(sentence)
        and not references_back(sentence)
    )


_REPORTEDLY = re.compile(r"\b(?:reportedly|allegedly|purportedly)\b", re.IGNORECASE)


def _reported_by_last(
    sentence: Sentence, attribution, claimant: str, events: list[DraftEvent]
) -> str:
    """Who "reportedly" stands for: the speaker of the event told just before.

    A hedge says that someone reported it; in a report that cited a source for the
    incident a paragraph before, and names no other here, that source goes on telling.
    """
    if claimant or attribution.status != "alleged" or not events:
        return ""
    if not attribution.cues or any(c.kind != "hedge" for c in attribution.cues):
        return ""
    if not any(_REPORTEDLY.search(sentence.text[c.start : c.end]) for c in attribution.cues):
        return ""
    previous = events[-1]
    if previous.paragraph < sentence.paragraph - 1 or len(previous.claimed_by) != 1:
        return ""
    return previous.claimed_by[0]


#: "the closure has cost them months of business": what an incident told before did to
#: people's trade and income, a consequence, not an incident of its own.
_CONSEQUENCE = re.compile(
    r"\b(?:cost|costs|costing|hurt|hurts|hit|hits|affected|affects|ruined|ruins|crippled|"
    r"cripples|dented|damaged)\b(?:\s+\w+){0,4}?\s+(?:business|trade|incomes?|livelihoods?|"
    r"jobs|revenues?|earnings|sales|economy|tourism|harvests?)\b",
    re.IGNORECASE,
)
#: ", whose patrols cover the border, said": a relative clause that says who the speaker
#: is, right before the speech verb.
_SPEAKER_ASIDE = re.compile(
    r",\s+(?:whose|which|who|(?:the\s+)?(?:deputy\s+)?(?:commander|head|chief|director)\s+of)"
    r"\b[^,;]*,\s*(?=(?:\w+\s+)?(?:said|says|told|added|stated|reported|announced)\b)"
)


#: "..., said X, who had come to see her sisters off": a speaker named after the verb,
#: then a relative clause on who they are.
_INVERTED_SAYING = re.compile(r"(?:said|says|told|added)\b")
_WHO_AFTER = re.compile(r",\s+(?:who|whose)\b")
_ACCORDING_TO = re.compile(r"according\s+to\b", re.IGNORECASE)
_WHO_CLAUSE = re.compile(r",\s+(?:who|whose)\b[^,;]*,")


def _in_speaker_relative(place: PlaceFind, sentence: str, cues) -> bool:
    """Whether a place lies in the relative clause on a speaker named after the verb.

    ... or after "according to", before the account it gives.

    "..., said Mohammad Shariq, who had come to see off her sisters, married in Karachi":
    where the speaker's family lives says who she is, not where anything happened.
    """
    if any(
        c.kind in ("claim", "accusation", "denial")
        and _INVERTED_SAYING.match(sentence, c.start)
        and _WHO_AFTER.match(sentence, c.end)
        and place.start >= c.end
        for c in cues
    ):
        return True
    # "According to X, who heads the section at the Y directorate, the boat was ...":
    # the relative clause set off after the speaker says who X is, up to its comma.
    for c in cues:
        if c.kind != "claim" or not _ACCORDING_TO.match(sentence, c.start):
            continue
        aside = _WHO_CLAUSE.match(sentence, c.end)
        if aside and c.end <= place.start < aside.end():
            return True
    return False


def _only_in_speaker(sentence: str) -> bool:
    """Whether every incident word of a sentence lies in an aside about its speaker."""
    spans = incident_spans(sentence)
    asides = [m.span() for m in _SPEAKER_ASIDE.finditer(sentence)]
    return bool(spans and asides) and all(
        any(a <= start and end <= b for a, b in asides) for start, end in spans
    )


#: The people an incident told before killed, named back: "the deaths", "the killings",
#: "the families of the dead", "the dead man".
_THE_DEATHS = re.compile(
    r"\b(?:the|these|those|their)\s+(?:[\w-]+\s+)?(?:deaths|killings|dead)\b", re.IGNORECASE
)


def _only_mourns(sentence: str) -> bool:
    """Whether every incident word of a sentence names back the deaths told before.

    "Santos offered his sympathy to the families of the dead on the day of the blast":
    "the dead" and "the blast" name what the report told; the sentence adds no act.
    """
    spans = incident_spans(sentence)
    deaths = [m.span() for m in _THE_DEATHS.finditer(sentence)]
    back = deaths + [m.span() for m in references_back(sentence)]
    return bool(spans and deaths) and all(
        any(a <= start and end <= b for a, b in back) for start, end in spans
    )


#: "gathered in X to remember the migrants who died at Y": the dead a gathering honours,
#: up to the end of the clause.
_REMEMBERED = re.compile(
    r"\bto\s+(?:remember|commemorate|mourn|honou?r\s+the\s+memory\s+of|"
    r"mark\s+the\s+(?:\w+\s+)?anniversary\s+of)\b[^,;:]*",
    re.IGNORECASE,
)


def _only_remembers(sentence: str) -> bool:
    """Whether a sentence tells only a gathering and the dead it honours.

    "Rights groups gathered in Madrid to remember the migrants who died at Tarajal a year
    ago": a commemoration is no incident, and the deaths it recalls are the report's
    story, told where the report tells them, not at the place of the gathering.
    """
    remembered = [m.span() for m in _REMEMBERED.finditer(sentence)]
    spans = [
        (start, end)
        for start, end in incident_spans(sentence)
        if not _GATHERED.fullmatch(sentence[start:end])
    ]
    return bool(remembered and spans) and all(
        any(a <= start and end <= b for a, b in remembered) for start, end in spans
    )


#: The verbs of people coming together, which a commemoration's sentence tells.
_GATHERED = re.compile(r"gathered|met|marched|rallied|assembled", re.IGNORECASE)


#: "more fragments", "another boat", "further bodies": more of what was told before.
#: "more fragments", "another drone", "a third body": the incident told before, again.
_MORE_OF = re.compile(
    r"\b(?:more|another|further|fresh|(?i:a)\s+(?:second|third|fourth|fifth|sixth|new))\s+"
    r"(?P<noun>(?!than\b|time\b|week\b|year\b|month\b|case\b)[a-z]{4,})\b"
)


def _repeated_category(sentence: str, events: list[DraftEvent]) -> str | None:
    """The category of the incident a sentence tells again ("more fragments were found").

    The noun after "more", "another" or "further" must be one an earlier incident's
    sentence used, and the sentence must tell something that happened.
    """
    if _tells_the_present_only(sentence):
        return None
    for match in _MORE_OF.finditer(sentence):
        noun = match.group("noun")
        # "another body" after "the bodies": a noun in -y has its plural in -ies.
        stem = rf"{re.escape(noun[:-1])}(?:y|ies)\b" if noun.endswith("y") else re.escape(noun[:5])
        for event in reversed(events):
            if event.category == "official_statement":
                continue
            if any(re.search(rf"\b{stem}", item.text, re.IGNORECASE) for item in event.evidence):
                return event.category
    return None


#: "the five", "the two men": a number that counts the people or things told before.
_COUNTED_BACK = re.compile(
    r"\b(?:the|these|those)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.IGNORECASE,
)
#: A finite verb: what a speaker says is a clause ("two of the five were agents").
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|\w+ed)\b", re.IGNORECASE)
#: A speaker's words about what will or should be: no claim about what happened.
_NOT_YET = re.compile(r"\b(?:would|will|should|must|could|might|may)\b", re.IGNORECASE)


def _claims_about(sentence: str, attribution, previous: DraftEvent) -> bool:
    """Whether a speaker's sentence with no incident word claims something of the last one.

    It must refer back to it ("the incident", "the arrests", "two of the five" after
    "Five nationals were arrested") and say what was, not what will be.
    """
    said = sentence[max(attribution.statement_verb_end, 0) :]
    if BACKGROUND_TIME.search(sentence) or re.search(
        r"\b(?:say|says)\s*$", sentence[: max(attribution.statement_verb_end, 0)]
    ):
        return False  # "Herders say the violence has cut off routes used for generations"
    # Only the claim's own clause: "... who had badges made so that they could get in"
    # still claims what was.
    main = re.split(r"\b(?:who|which|where|when|so\s+that|because|while)\b|[,;]", said)[0]
    if _NOT_YET.search(main) or _tells_the_present_only(sentence):
        return False
    if attribution.statement_verb_end >= 0 and not _FINITE.search(said):
        return False  # "informed the monitors about the incident": no claim, a notice
    if re.match(r"\W*(?:that\s+)?(?:they|it|he|she|we|I)\b", said) or re.search(
        r"\b(?:not|never)\b", said
    ):
        return False  # "said they had not been told": of the speakers, not of the incident
    if references_back(sentence) or claims_an_act(said):
        # "said Iranian authorities had taken the vessel": an act the speaker tells,
        # though no incident word names it.
        return True
    told = " ".join(item.text for item in previous.evidence).lower()
    return any(
        re.search(rf"\b{re.escape(m.group('n').lower())}\b", told)
        for m in _COUNTED_BACK.finditer(sentence)
    )


#: Words that say whose ground or water something is: "belongs to X", "was its own",
#: "lay in Surinamese waters", "regarded the island as Canadian", "assigned the island
#: to X".
_OWNERSHIP = re.compile(
    # "belongs to Tanzania", not "the men belonged to a gang".
    r"\b(?:belongs?|belonged|belonging)\s+to(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:is|was|were|are)\s+(?:all\s+)?(?:its|their|his|her)\s+own\b"
    r"|\b(?:is|was|were|are|lay|lies|lie|stood|stands)\s+(?:well\s+)?(?:in|inside|within)\b"
    r"(?=\s+(?:[\w’'-]+\s+){0,2}?(?:waters|territory|territorial\s+waters|airspace|soil)\b)"
    r"|\bregard(?:ed|s)?\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?as(?=\s+(?-i:[A-Z]))"
    r"|\b(?:assign(?:ed|s)?|award(?:ed|s)?|ced(?:ed|es))\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?"
    r"to(?=\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _claims_ownership(sentence: str, attribution) -> tuple[int, int] | None:
    """Where what a speaker says claims whose ground or water something is, else None.

    The span runs from after the words of owning to the end of their clause ("belongs
    to| Tanzania", "was in| Surinamese waters"): the owner named there is no place.
    """
    verb_end = attribution.statement_verb_end
    if verb_end < 0:
        return None
    # "X, he said, belongs to Y": the claim may be told before the speaker.
    for start, said in ((verb_end, sentence[verb_end:]), (0, sentence[:verb_end])):
        owning = _OWNERSHIP.search(said)
        if owning is not None and not _NOT_YET.search(said[: owning.start()]):
            end = re.search(r"[,;.]|$", said[owning.end() :])
            return start + owning.end(), start + owning.end() + end.start()
    return None


#: ", and never flew over Rwanda", "but had not crossed": a coordinated clause that
#: denies an act, inside what a speaker says.
_AND_NOT = re.compile(
    r",?\s+(?:and|but)\s+(?:that\s+)?"
    r"(?=(?:(?:had|has|have|did|does|was|were)\s+)?(?:not|never)\s|(?:no|nobody|none)\s)"
)


def _negated_clause(sentence: str, verb_end: int) -> int:
    """Where a speaker's words go on to deny an act ("... and never flew over X"), or -1."""
    if verb_end < 0:
        return -1
    for match in _AND_NOT.finditer(sentence, verb_end):
        if negates_an_act(sentence[match.end() :]):
            return match.end()
    return -1


#: Where a sentence joins two clauses with subjects of their own (", and ...", "; ").
_CLAUSE_JOIN = re.compile(r",\s+and\s+|;\s+")


def _placed_clauses(sentence: str, places: list[PlaceFind]) -> list[PlaceFind]:
    """The places of clauses that each tell an incident at a place of their own.

    Returns one place per clause when every clause with an incident word names a
    place ("fired into southern Lebanon, and a drone struck a post in the Har Dov
    area"), else [].
    """
    # Only clauses with subjects of their own: "entered Estonian airspace and crashed
    # near Narva" is one drone's flight, one event at its finest place.
    joins = list(_CLAUSE_JOIN.finditer(sentence))
    if not joins or any(sentence[m.end() :].startswith("that ") for m in joins):
        # "..., and that thousands had been evacuated": the same claim goes on.
        return []
    cuts = [0, *(m.start() for m in joins), len(sentence)]
    spans = incident_spans(sentence)
    found: list[PlaceFind] = []
    for start, end in itertools.pairwise(cuts):
        if not any(start <= a < end for a, _ in spans):
            continue
        own = [p for p in places if p.role == "at" and start <= p.start < end]
        if not own:
            return []
        found.append(min(own, key=lambda p: (_PRECISION_RANK.get(p.precision, 7), p.start)))
    found = _without_wider_after_spot(found)
    keys = {p.result.name or p.text for p in found}
    return found if len(found) > 1 and len(keys) == len(found) else []


def _without_wider_after_spot(found: list[PlaceFind]) -> list[PlaceFind]:
    """The clause places less those of a line or a country told after a town or spot.

    "Survivors who reached X raised the alarm, and relatives went after herders along the
    border": a later clause placed no finer than a border line or a state, after one at
    a town or spot on the same day, tells that incident's sequel or cause, not a second
    incident on the line (a region before a line, "into southern Lebanon, and ... in the
    Har Dov area", keeps both).
    """
    kept: list[PlaceFind] = []
    spot_kept = False
    for place in found:
        rank = _PRECISION_RANK.get(place.precision, 7)
        if spot_kept and rank >= _PRECISION_RANK["border"]:
            continue
        kept.append(place)
        spot_kept = spot_kept or rank <= _PRECISION_RANK["near"]
    return kept


#: ", saying it had entered its airspace": the reason an actor gives for its act.
_SAYING = re.compile(
    r",\s+(?:saying|claiming|alleging|arguing|asserting|insisting|charging)\s+(?:that\s+)?",
    re.IGNORECASE,
)
#: Where a denier goes on to its own account: ", saying ...", "and accused X of ...".
#: "retorted", "retorts": a denial verb whose clause is the speaker's own account.
_RETORT = re.compile(r"\bretort(?:ed|s)$", re.IGNORECASE)
_COUNTER = re.compile(
    _SAYING.pattern
    + r"|,?\s+and\s+(?:accused|blamed)\s+"
    # "rejected the accusation and said Armenian troops had fired first": its own account.
    + r"|,?\s+and\s+(?:said|says|added|insisted|countered)\s+(?:that\s+)?",
    re.IGNORECASE,
)
#: "KIGALI - ", "BEIRUT — ": a wire dateline before the first sentence.
_DATELINE = DATELINE
#: The actor at the head of a sentence: a few words, the first capitalised.
_SUBJECT = re.compile(r"^(?:The\s+)?(?P<who>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+$")


#: "saying accounts of troops on patrol did not match the facts", "saying the reports
#: were false": words after ", saying" that only call the other side's account untrue.
_ACCOUNT_UNTRUE = re.compile(
    r"^\s*(?:that\s+)?(?:the\s+|such\s+|these\s+|those\s+)?(?:accounts?|reports?|claims?|"
    r"allegations?|accusations?|stories|story)\b[^.;]{0,120}?\b(?:(?:did|do|does)\s+not|"
    r"didn['’]t|don['’]t|doesn['’]t)\s+(?:match|reflect|fit|square\s+with|accord\s+with)\s+"
    r"(?:the\s+)?(?:facts|reality|truth)\b|"
    r"^\s*(?:that\s+)?(?:the\s+|such\s+|these\s+|those\s+)?(?:accounts?|reports?|claims?|"
    r"allegations?|accusations?|stories|story)\b[^.;]{0,120}?\b(?:were|was|are|is)\s+"
    r"(?:untrue|false|baseless|groundless|unfounded|fabricated)\b",
    re.IGNORECASE,
)


#: "Two days after that,", "The next day,", "A week later,": a sentence opening on a time
#: counted from the one before it.
_TIMED_FROM_BEFORE = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?)\s+"
    r"(?:after\s+that|later|afterwards)|the\s+(?:next|following)\s+(?:day|morning|night|week)|"
    r"(?:that|the)\s+same\s+(?:day|night|morning|evening))\b",
    re.IGNORECASE,
)


#: "on Ugandan soil", "into Greek waters": a side's ground, water or sky, no finer spot.
_SIDES_GROUND = re.compile(r"\b(?:soil|waters|territory|airspace)\b", re.IGNORECASE)


def _counter_claim(sentence: Sentence, counter: re.Match[str] | None, denier: str,
                   places: list[PlaceFind], event_dates: list, denial: DraftEvent,
                   reported: str, id_prefix: str, number: int) -> DraftEvent | None:  # fmt: skip
    """The denier's own account after ", saying": "Baku denied that, saying Armenian units
    shelled its positions in Kalbajar overnight" is a denial and Baku's alleged claim.

    Returns None when the words after ", saying" tell no incident of their own, only
    deny ("saying its fighters had not left the city"), or give neither a place nor a
    date of their own (the denier's version of the incident denied).
    """
    if counter is None:
        return None
    told = sentence.text[counter.end() :]
    category = categorise(told)
    if category in (None, "official_statement") or negates_an_act(told):
        return None
    if _ACCOUNT_UNTRUE.search(told):
        return None  # "saying accounts of X did not match the facts": a denial only
    own = [p for p in places if p.role == "at" and p.start >= counter.end()]
    found = min(own, key=lambda p: (_PRECISION_RANK.get(p.precision, 7), p.start), default=None)
    where = (
        (found.text, found.result.name or "", found.precision)
        if found is not None
        else (denial.place, denial.place_found, denial.place_precision)
    )
    dates = [d.value for d in event_dates if d.start >= counter.end()]
    if found is None and not dates:
        return None  # "saying they had been beaten and chased out": its version of the same
    if (
        not dates
        and found.precision in ("country", "")
        and (
            re.search(r"\band\s+(?:said|says|added|insisted|countered)\b", counter.group(0))
            or _SIDES_GROUND.search(found.text)
        )
    ):
        # "denied the accusation and said Afghan forces had built the post on Pakistani
        # soil", "rejected that, saying the shells fell on Syrian soil by accident": its
        # version of the incident denied, placed no finer than a side.
        return None
    return DraftEvent(
        id=f"{id_prefix}-{number:02d}",
        date=dates[0] if dates else "",
        reported=reported,
        title=_title([denier], sentence.text),
        description=sentence.text,
        category=category,
        status="alleged",
        claimed_by=[denier],
        denied_by=[],
        actors=[denier],
        place=where[0],
        place_found=where[1],
        place_precision=where[2],
        notes=[f"{denier}'s own account, given with its denial ({denial.id})."],
        tags=[],
        counts=[],
        evidence=[Evidence(sentence.start, sentence.end, sentence.text)],
        paragraph=sentence.paragraph,
    )


def _alleged_reason(
    sentence: str, places: list[PlaceFind], status: str, claimant: str
) -> tuple[str, PlaceFind | None, str] | None:
    """The reason an actor gives for an act the report confirms, as its own claim.

    Returns (the actor, the reason's place if it names one, its category) when the
    sentence tells an act in its own voice and then, after ", saying", a reason that is
    an incident of its own; else None.
    """
    if status != "confirmed" or claimant:
        return None
    cue = _SAYING.search(sentence)
    if cue is None:
        return None
    reason = sentence[cue.end() :]
    category = categorise(reason)
    acts = [a for a, _ in incident_spans(sentence) if a < cue.start()]
    if category is None or category == "official_statement" or not acts:
        return None
    subject = _SUBJECT.match(_DATELINE.sub("", sentence[: acts[0]]))
    if subject is None:
        return None
    own = [p for p in places if p.role == "at" and p.start >= cue.end()]
    found = min(own, key=lambda p: (_PRECISION_RANK.get(p.precision, 7), p.start), default=None)
    return subject.group("who"), found, category


#: Words that tell something happened: forms of the past and the perfect.  A sentence
#: with none of them (and no date) describes how things are, not an incident.
_PAST = re.compile(
    r"\b(?:was|were|had|has|have|did|been|\w+ed|said|told|took|taken|went|gone|came|fled|"
    r"fell|fallen|left|began|begun|made|saw|seen|struck|shot|fought|flew|flown|drove|"
    r"driven|sent|threw|thrown|broke|broken|hit|built|dug|froze|frozen|brought|caught|"
    r"held|ran|got|gave|given|found|lost|kept|led|met|put|set|cut|stood|stole|stolen|"
    r"swam|tore|torn|won|rode|rose|sank|spoke|stuck|bled|fed|hid|hidden|overran|became|"
    r"done|shown|burnt|blew|blown|bore|fired|killed|died)\b",
    re.IGNORECASE,
)


_COUNTED_BACK_FROM_SAYING = re.compile(
    r"\b(?:a|one|two|three|four|five|\d+)\s+days?\s+(?:earlier|before)\b|\bthe\s+day\s+before\b",
    re.IGNORECASE,
)
_SPEAKER_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]+,")


#: ", a day after a French vessel stopped a trawler": days counted from the sentence's
#: own day to an act a subject did to someone or something.  A passive ("a day after two
#: men were shot dead") is most often the report's main incident, told again in full.
_DAYS_AFTER_AN_ACT = re.compile(
    r",\s+(?:a|one|two|three|four|five|\d+)\s+days?\s+after\s+" + _ACT_WITH_OBJECT_AHEAD
)


def _day_named_before_count(
    text: str, dates: list, count_pattern: re.Pattern[str] = _COUNTED_BACK_FROM_SAYING
) -> dt.date | None:
    """The day a sentence names before its "two days earlier", if any.

    Parameters
    ----------
    text : str
        The sentence.
    dates : list of DateFind
        Its dates, as first read.
    count_pattern : re.Pattern
        The counted phrase ("two days earlier" unless told otherwise).

    Returns
    -------
    datetime.date or None
        The last single day (of an event or of the saying) written before the counted-back
        phrase; None when the phrase is missing or no day comes before it.
    """
    count = count_pattern.search(text)
    if count is None:
        return None
    days = [
        d
        for d in dates
        if d.role in ("event", "statement") and len(d.value) == 10 and d.end <= count.start()
    ]
    return dt.date.fromisoformat(days[-1].value) if days else None


#: "Late on Tuesday, according to X, soldiers had returned ...": "according to" names
#: whose account it is, no saying done on a day, so a date before it is the act's.
_NO_ACT_OF_SAYING = re.compile(r"according\s+to\b", re.IGNORECASE)
#: "On Sunday, officials at the post were told to close it": an order given that day,
#: the act the sentence tells, not a saying that the day dates instead.
_TOLD_TO_ACT = re.compile(r"(?<=\btold)\s+to\s+[a-z]+", re.IGNORECASE)


#: "In a televised address last night, ...", "At a news conference on Monday, ...": the
#: occasion of a statement, opening the sentence.
_OCCASION_OPENING = re.compile(
    r"^(?:In|During|At)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:address|speech|interview|statement|broadcast|briefing|post|letter|message|"
    r"(?:news|press)\s+conference)\b[^,;]*,"
)


def _dating_the_speaker(dates: list, cues, sentence: str) -> list:
    """Dates that open on the speaker ("Last year UN experts raised ...") date the statement.

    "On Tuesday, the ministry said that troops crossed" dates the saying; "On Monday
    troops crossed, the ministry said" dates the crossing.
    """
    sayings = [
        c
        for c in cues
        if c.kind in ("claim", "accusation", "denial", "confirmation")
        and not _NO_ACT_OF_SAYING.match(sentence, c.start)
        and not _TOLD_TO_ACT.match(sentence, c.end)
    ]
    # "On Sunday, the spokesman said, the trawler turned away": a saying set off by
    # commas on both sides is an aside; the day before it is the act's.
    sayings = [
        c
        for c in sayings
        if not (sentence[c.end : c.end + 1] == "," and sentence[: c.start].rstrip().endswith(","))
    ]
    starts = [c.start for c in sayings]
    spans = [(c.start, c.end) for c in sayings]
    # "Name, who toured the site on Saturday, said ...": the day of the speaker's own
    # doing, told in the relative clause that says who they are, dates no incident.
    asides = [
        (m.start(), m.end())
        for c in cues
        if c.kind in ("claim", "accusation", "denial", "confirmation")
        for m in _SPEAKER_RELATIVE.finditer(sentence, c.start, c.end)
    ]
    occasion = _OCCASION_OPENING.match(sentence)
    if occasion and starts:
        # "In a televised address last night, the president said ...": the day of the
        # address is the statement's.
        asides.append((occasion.start(), occasion.end()))
    dates = with_role(
        dates, "aside", lambda d: any(a <= d.start and d.end <= b for a, b in asides), was="event"
    )

    def is_the_saying_day(d) -> bool:
        return (
            # "Between 1 and 7 March, UNHCR recorded 2,300 arrivals": a span is what was
            # counted over it; nobody speaks for a week.  "Over the weekend, the agency
            # said ...": the two days of a weekend are when the saying came.
            ("/" not in d.value or "weekend" in sentence[d.start : d.end].lower())
            # "In July last year the committee said guards had downed a drone": a month
            # is no day anyone speaks on; the act the account tells of dates to that
            # month, unless the account names a day of its own ("... had opened fire on
            # 23 April").
            and (len(d.value) != 7 or _own_day_after(dates, d.end))
            # The date opens the sentence and the speaker follows it at once; in "crossed
            # on Monday, Karen aid groups said" the speaker follows a date inside the
            # claim.
            and not _DATELINE.sub("", sentence[: d.start]).strip()
            and (
                any(start >= d.end and not sentence[d.end : start].strip(" ,") for start in starts)
                # "In May last year the then minister, X, said": the cue that opens on the
                # date and runs to the verb holds it.
                or any(a <= d.start and d.end < b for a, b in spans)
                # "On Friday Qatar lodged a complaint with the UN saying a jet had entered
                # its airspace on 21 December": the day opening on who made the statement
                # dates it, when the account names a day of its own after "saying".
                or any(
                    start >= d.end
                    and sentence[start:end].rstrip().endswith("saying")
                    and _MAKER_OF_A_STATEMENT.fullmatch(sentence[d.end : start])
                    and _own_day_after(dates, end)
                    for start, end in spans
                )
            )
        )

    dates = with_role(dates, "statement", is_the_saying_day, was="event")
    return _days_before_the_saying(dates)


#: Who made a statement and the verb of making it, between the day opening a sentence and
#: the statement's "saying" cue: "Qatar lodged a", "the ministry issued a", "Kabul sent
#: a" (the cue itself opens on "complaint", "statement", "note" ...), or only who when
#: the cue opens on the verb ("protested to Delhi, saying").
_MAKER_OF_A_STATEMENT = re.compile(
    r"[\s,]*(?:the\s+)?(?:(?:[A-Z][\w'’.-]*|of|and|the)\s+){1,6}?"
    r"(?:(?:has\s+|had\s+)?(?:lodged|filed|sent|issued|submitted|delivered|made|"
    r"put\s+out|released)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
)


#: The future before a day of a plan: "will reopen on Monday", "are to meet on 3 May".
_WILL_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to\s+[a-z]+|(?:is|are)\s+going\s+to)\b"
    r"(?P<between>[^;]*)$"
)
#: Between the future and the day, what would start a past act of its own: a word in
#: "-ed" ("after guards opened fire on Monday") or a clause of time or cause.
_PAST_BETWEEN = re.compile(r"\b(?:\w+ed|after|when|since|because|as|said|told)\b", re.I)


def _day_of_a_plan(sentence: str, start: int) -> bool:
    """Whether the day at ``start`` is told in a clause of the future ("Flights will halt
    for 15 days starting on Friday", "a channel that opens on Tuesday" after "will")."""
    will = _WILL_BEFORE.search(sentence[:start])
    return will is not None and not _PAST_BETWEEN.search(will.group("between"))


#: A closure still in force on a day: "was still closed on Monday", "remained shut".
_STILL_SHUT_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are)\s+still|remained|remains|stayed|stays)\s+"
    r"(?:closed|shut|sealed|blocked)\s+(?:\w+\s+){0,3}?$",
    re.IGNORECASE,
)
#: What began it, told after with its own day: "after Malabo sealed it on 24 December".
_SHUT_ON_BEFORE = re.compile(
    r"\b(?:after|since)\s+(?:[\w'’-]+\s+){0,4}?(?:closed|shut|sealed|blocked)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)


def _day_the_state_began(sentence: str, event_dates: list) -> object | None:
    """The day a closure began, when the sentence dates first the day it was still in
    force and then the act that began it; None otherwise."""
    if len(event_dates) < 2 or not _STILL_SHUT_BEFORE.search(sentence[: event_dates[0].start]):
        return None
    return next(
        (
            d
            for d in event_dates[1:]
            if len(d.value) == 10
            and _SHUT_ON_BEFORE.search(sentence[event_dates[0].end : d.start])
        ),
        None,
    )


def _own_day_after(dates: list, after: int) -> bool:
    """Whether the account after offset ``after`` (a month's end, a cue's) names a day of
    its own (a day, no span)."""
    return any(d.role == "event" and d.start > after and len(d.value) == 10 for d in dates)


def _days_before_the_saying(dates: list) -> list:
    """Move a day told without its year to the year of the month it was told in.

    "In May last year the minister said soldiers had opened fire on 23 April": the day
    was read as the latest 23 April before the report, but the account was given in
    May of the year before; the day is the latest one before the end of that month.
    """
    said = [d for d in dates if d.role == "statement" and len(d.value) == 7]
    if not said:
        return dates
    end = parse_vague_date(said[0].value).end
    moved = []
    for d in dates:
        if d.role == "event" and len(d.value) == 10 and not re.search(r"\d{4}", d.text):
            day = dt.date.fromisoformat(d.value)
            while day > end:
                try:
                    day = day.replace(year=day.year - 1)
                except ValueError:  # 29 February
                    day = day.replace(year=day.year - 1, day=28)
            d = dataclasses.replace(d, value=day.isoformat())
        moved.append(d)
    return moved


#: "Killings under a state policy would be a crime", "Saudi Arabia should end ...": a
#: judgement or a demand in the sentence's first clause, told with no past.
_OPINION = re.compile(r"^[^,;:]*?\b(?:would|should|must|ought\s+to)\s+\w+", re.IGNORECASE)
_FINITE_PAST = re.compile(r"\b(?:was|were|has|have|had|did)\b", re.IGNORECASE)


def _is_opinion(sentence: str) -> bool:
    """Whether a sentence judges or demands instead of telling what happened."""
    return bool(_OPINION.match(sentence)) and not _FINITE_PAST.search(sentence)


def _tells_the_present_only(sentence: str) -> bool:
    """Whether a sentence has no word of the past or the perfect ("Camps are full")."""
    # "Armed violence on the frontier is rare", "the disputed area is quiet": a word in
    # -ed that opens the sentence or follows an article describes a noun; no verb.
    if _ONGOING_WORK.search(sentence):
        # "X is building a fence along its border with Y": a work under way as the
        # report is written is an act of its own, undated, not the state of things.
        return False
    return _PAST.search(_PRESENT_OBLIGATION.sub(" ", _ADJECTIVE_ED.sub(" ", sentence))) is None


#: "each migrant has to pay", "lorries have to wait": what one must do, in the present;
#: "has" here is no perfect.
_PRESENT_OBLIGATION = re.compile(r"\b(?:has|have)\s+to\s+(?=[a-z])")

#: "normally opens", "usually takes", "typically close": a verb of the present told as
#: what happens as a rule.  "the usually quiet border" is an adjective, no verb.
_HABIT = re.compile(
    r"\b(?:normally|usually|typically|generally|ordinarily|routinely)\s+"
    r"(?:(?!\w+ss\b)[a-z]+s|open|close|cross|wait|take|run|come|go|stay|remain|pay|last)\b"
)


#: A sentence that opens on a share of a group and says where it came from ("Most have
#: come from X", "Almost all of them came from Y").  "Some 200 people came from X" is a
#: number, not a share.
_GROUP_ORIGIN = re.compile(
    r"(?:Most|Many|Nearly\s+all|Almost\s+all|The\s+majority|Half|Some(?!\s+\d))"
    r"(?:\s+of\s+(?:them|those|these|the\s+[a-z]+)\b[^.,;:]{0,50}?)?\s+"
    r"(?:(?:have|had)\s+)?(?:came|come|were|are|hail(?:ed)?|originated?)\s+"
    r"(?:mostly\s+|mainly\s+|largely\s+)?from\b"
)


#: A time well back from the report that the date finder cannot date: "weeks ago",
#: "last winter".  "a few days ago" is the news itself ("had reopened a few days ago").
_VAGUE_PAST = re.compile(
    r"\b(?:weeks|months|years)\s+ago\b"
    r"|\b(?:last|this\s+past)\s+(?:winter|summer|spring|autumn|fall)\b",
    re.IGNORECASE,
)


def _tells_a_habit(sentence: str) -> bool:
    """Whether a sentence only tells, in the present, what happens as a rule.

    "Because of the cold, the crossing normally opens on 1 April and closes on 30
    November": its days are the season's, not an incident's.
    """
    return bool(_HABIT.search(sentence)) and _tells_the_present_only(sentence)


#: A verb of the present that says what a thing or place is or where it lies.
_PRESENT_MAIN_VERB = re.compile(
    r"\b(?:is|are|lies|lie|remains|remain|rests|rest|sits|sit)\b", re.IGNORECASE
)
#: Words that describe a noun rather than tell an act, in a sentence told in the present:
#: a relative clause ("Al-Fashaqa, where Amhara meets Gedaref, is ..."; "the patrol in
#: which both ships took part"), a compound in -ed ("Chinese-owned casinos"), a state
#: told in the present passive ("troops are based in the area", "the coast is held by
#: government troops") and a participle that says who works or claims a thing ("land
#: long farmed by Ethiopians but claimed by Sudan", "methamphetamine made in Shan State").
_DESCRIBING_WORDS = re.compile(
    r"\b(?:(?:in|of|on|at|from|through|across)\s+)?(?:which|where|whom|whose)\b[^,;]*"
    r"|\b[A-Za-z]+-[a-z]+ed\b"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:based|located|situated|stationed|known|called|"
    r"named|reached|urged|expected|required|advised|(?:held|controlled|run|guarded|"
    r"patrolled)\s+by)\b"
    r"|\b(?:long|once|but|and|still|largely|mostly)\s+[a-z]+ed\s+by\b"
    r"|\b(?:made|produced|grown)\s+in\b"
    # "the United States", "the Red Sea": a name inside the sentence is no verb.
    r"|(?<=\s)(?-i:[A-Z])\w*ed\b",
    re.IGNORECASE,
)


def _describes_what_is(sentence: str) -> bool:
    """Whether a sentence in the present only describes a place, a force or a scheme.

    "Al-Fashaqa, where Ethiopia's Amhara region meets Sudan's Gedaref state, is fertile
    land long farmed by Ethiopians but claimed by Sudan": its words of the past describe
    the land; what the sentence tells is how things are, no incident.
    """
    if not _PRESENT_MAIN_VERB.search(sentence):
        return False
    return _tells_the_present_only(_DESCRIBING_WORDS.sub(" ", sentence))


#: A work or a force being put on ground as the report is written: "is building a
#: fence", "are digging trenches along the line", "is massing troops near X".
_ONGOING_WORK = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|already\s+|also\s+)?(?:building|constructing|"
    r"erecting|digging|extending|putting\s+up|laying|installing|massing|deploying)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:fences?|walls?|barriers?|trench(?:es)?|ditch(?:es)?|"
    r"(?:razor|barbed)[\s-]wire|posts?|towers?|roads?|troops|forces|soldiers|tanks|"
    r"(?:land)?mines)\b",
    re.IGNORECASE,
)


_ADJECTIVE_ED = re.compile(
    r"^[A-Z][a-z]+ed\b|\b(?:the|a|an)\s+[a-z]+ed\b"
    # "Kratom, a leaf that is banned in X, sells for twice as much": a relative clause in
    # the present passive describes the noun; it tells nothing that happened.
    r"|\b(?:that|which)\s+(?:is|are)\s+(?:\w+ly\s+)?[a-z]+ed\b"
)


_INCIDENT_NOUNS = (
    r"(?:incidents?|incursions?|intrusions?|violations?|attacks?|crossings?|flights?|"
    r"overflights?|provocations?|returns?|pushbacks?|expulsions?|cases?|assaults?|"
    r"shootings?|killings?|strikes?)"
)
#: A speaker's view of the incidents told, or their trend: "called the intrusions
#: irresponsible and potentially dangerous", "such incidents on the flank were becoming
#: more frequent", "The numbers fell for a time ... but have since climbed back".
_VIEW_OR_TREND = re.compile(
    r"\bcalled\s+(?:the|these|those|such)\s+" + _INCIDENT_NOUNS + r"\s+(?:\w+ly\s+)?"
    r"(?:irresponsible|reckless|dangerous|unacceptable|regrettable|deplorable|worrying|"
    r"alarming|inexcusable|outrageous)\b"
    # "called the assault a flagrant breach of the ceasefire": a name given to the act.
    r"|\bcalled\s+(?:the|these|those|such|this|that)\s+" + _INCIDENT_NOUNS + r"\s+an?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:breach|violation|provocation|crime|act)\b"
    # "voiced serious concern over the construction", "condemned the incident": a
    # reaction to what was told, referring back to it by "the".
    r"|\b(?:voiced|expressed|raised)\s+(?:\w+\s+){0,2}?concern\s+(?:over|about|at)\s+the\b"
    r"|\b(?:condemned|condemns|denounced|deplored)\s+the\s+" + _INCIDENT_NOUNS + r"(?=[\s,.;])"
    r"|\bsuch\s+" + _INCIDENT_NOUNS + r"\b[^.;]*?\b(?:were|was|are|is|had\s+been|have\s+been)\s+"
    r"(?:becoming|growing|getting)\s+(?:more|less|ever\s+more)\s+(?:frequent|common|rare|"
    r"regular)\b"
    r"|^(?:The|Their|Its)\s+numbers?\s+(?:fell|dropped|declined|rose|climbed|grew|dipped)\b"
)
#: What a speaker may judge besides the incident nouns: "called the deaths heartbreaking",
#: "called the suspension an unacceptable unilateral step", "called the checks orderly".
_JUDGED_NOUNS = (
    r"(?:" + _INCIDENT_NOUNS + r"|deaths?|raids?|removals?|loss|losses|suspensions?|"
    r"closures?|threats?|checks|seizures?|detentions?|arrests?|measures?|decision|move)"
)
#: A judgement of an act told before: "called the killings highly provocative.", "called
#: the attack intentional and premeditated and said", "called the strike a massacre".
_JUDGEMENT = re.compile(
    r"\bcalled\s+(?:the|these|those|such|this|that)\s+" + _JUDGED_NOUNS + r"\s+"
    r"(?:an?\s+|(?:\w+ly\s+)?"
    r"(?!(?:of|on|at|in|by|to|for|from|and|or|as|that|which|who)\b)[a-z]+(?=\s*[,.;]|\s+and\s|$))"
)


def _only_judges(sentence: str) -> bool:
    """Whether a sentence only judges an act told before, and tells none before that.

    "Riyadh called the suspension an unacceptable unilateral step": a reaction, no
    incident of its own.  "counted nine dead in X and called the raid a massacre" tells
    the deaths before the judgement, and is kept.
    """
    judged = _JUDGEMENT.search(sentence)
    if judged is None or _PAST_AFTER_WARNING.search(sentence, judged.end()):
        # "called the decision a provocation, and trains were left waiting": an act
        # told after the judgement.
        return False
    return all(start >= judged.start() for start, _ in incident_spans(sentence))


#: A warning of what will follow: "has warned that millers caught selling maize could
#: lose their contracts", "warned of irreparable damage" ("threatened to open fire" is an
#: act, and "warned that crossings can strain resources" a view; both stay).
_WARNING = re.compile(
    r"\bwarned\s+(?:of\b|that\s+[^,;]*?\b(?:will|would|could|might|must|faces?)\b)"
)
#: An act of the past told beside the warning ("said the ship had been working in its
#: sector and warned that", "warned that the closures were making people angry"): kept.
_PAST_AFTER_WARNING = re.compile(r"\b(?:had\s+(?!to\b)\w+|was|were|has\s+been|have\s+been)\b")


def _only_warns(sentence: str) -> bool:
    """Whether a sentence's incident words all lie in a warning of what will follow.

    "The minister has warned that anyone caught entering illegally faces three months
    in jail": a threat, no incident yet.  A warning after an act told ("banned gold
    panning and warned that ...") or beside one of the past is left alone.
    """
    warning = _WARNING.search(sentence)
    if warning is None or _PAST_AFTER_WARNING.search(sentence):
        return False
    return all(start >= warning.start() for start, _ in incident_spans(sentence))


#: The verbs of a speaker's judgement or warning, the cue's last word.
_JUDGING_VERB = re.compile(r"\b(?:called|warned)$")


def _only_judging_cues(cues, sentence: str) -> bool:
    """Whether a sentence's speaker cues are all the judging verb ("Riyadh called").

    "X called the raid an assault and said people expected an answer", "said Admiral
    X, who called the incursion unprecedented": a saying or an accusation besides the
    judgement tells what the speaker holds happened, and the sentence stays a claim.
    """
    return all(_JUDGING_VERB.search(sentence[c.start : c.end]) for c in cues)


#: A running total: "The group brings the number of Congolese who have reached Tanzania
#: since 1 January to about 1,300", "His death brings to four the number of servicemen
#: killed": a count of what was told, no incident of its own.
_RUNNING_TOTAL = re.compile(
    r"^[^,;]{0,80}?\b(?:takes?|took|brings?|brought|raises?|raised|pushes|pushed)\s+"
    r"(?:to\s+[\w,.]+\s+)?the\s+(?:number|total|toll|tally)\s+of\b"
)


#: A sentence that opens on what is not known or not said: "It was not clear whether X
#: was behind the abduction", "The statement did not say when the border had been
#: closed", "The service did not comment on the seizure", "He did not know whether his
#: brother had been arrested".  A verb of saying before it ("said the three were off
#: duty and did not say who ...") tells something known first, and is left alone.
_UNKNOWN_OPENING = re.compile(
    r"^(?:It\s+(?:was|is|remained|remains)\s+(?:still\s+)?(?:not|un)\s*(?:yet\s+)?"
    r"(?:clear|known|certain)\s+(?:whether|who|how|when|why|what|if)\b"
    # "While officials did not disclose when ..., they said ...": a clause set before the
    # main one, which tells what is known; an undisclosed day is noted on the event.
    r"|(?!(?:While|Although|Though|As|Because|Since|When|If)\b)"
    r"(?:(?!\b(?:said|says|told|added|and)\b)[^,;:])*?\b(?:(?:(?:did|does|do|would|could)\s+not|"
    r"declined\s+to)\s+(?:say|know|comment|confirm)\b"
    # "Tehran has given no public reason for the seizures": nothing said of the act.
    r"|(?:gave|gives|(?:has|have|had)\s+given)\s+no\s+(?:\w+\s+)?"
    r"(?:date|reason|details?|explanation|timetable)\b)"
    # "No date has been given for the crossings to reopen".
    r"|No\s+(?:\w+\s+)?(?:date|reason|details?|explanation|timetable)\s+(?:has|have|had)\s+"
    r"(?:yet\s+)?been\s+(?:given|set|announced)\b)"
)

#: A sentence that ranks the incident told among others: "It was at least the second
#: such attack this year", "The raid is the deadliest on the army since ...", "The
#: valley saw one of the worst clashes since the truce".  "It was the first time a
#: reason had been given" tells a new act, and is no ranking.
_RANKS_THE_INCIDENT = re.compile(
    r"^(?:[\w'’-]+\s+){1,4}?(?:is|was|saw|marks|marked)\s+(?:also\s+)?"
    r"(?:the|at\s+least\s+the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:first|second|third|fourth|fifth|heaviest|deadliest|bloodiest|worst|gravest|"
    r"largest|biggest|most\s+serious)\b(?!\s+time\b)"
)
_SINCE_WORD = re.compile(r"\bsince\b")


def _only_ranks_the_incident(sentence: str) -> bool:
    """Whether a sentence only ranks the incident told among earlier ones.

    Its incident words all come before "since": the clause after it dates the
    comparison ("since the force took charge of the area") and tells no incident.
    "This is the worst fighting since 15 June, when 20 soldiers were killed" tells the
    earlier clash after "since", and is kept.
    """
    if _RANKS_THE_INCIDENT.match(sentence) is None:
        return False
    since = _SINCE_WORD.search(sentence)
    limit = since.start() if since else len(sentence)
    spans = incident_spans(sentence)
    return bool(spans) and all(end <= limit for _, end in spans)


#: The mood between two sides or at a place: "Relations between the two governments
#: have soured since ...", "Tension at the crossing had been building for days".  With
#: ", when ..." the clause after it tells the incident that set it off, and is kept.
_MOOD_BETWEEN = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,3}?(?:[Rr]elations|[Tt]ies|[Tt]ensions?)\b(?:\s+[\w’'-]+){0,8}?\s+"
    r"(?:have|has|had)\s+(?:been\s+)?(?:\w+\s+)?(?:strained|soured|sour|tense|worsened|"
    r"deteriorated|high|building|rising|running\s+high|poor|frosty)\b(?![^.;]*\bwhen\b)"
)


#: A plan, a wish or an expectation told in the present: "wants to charge the captain",
#: "aim to have 30 blockades in place", "is due to take the matter up", "expects
#: freight to move again", "are to stay shut on Monday", "are organising a march".
_PLAN_OR_WISH = re.compile(
    r"\b(?:wants?\s+to|aims?\s+to|plans?\s+to|intends?\s+to|hopes?\s+to|"
    r"(?:is|are)\s+due\s+(?:to|in)|expects?\s+(?!that\b)\w+|(?:is|are)\s+organi[sz]ing|"
    r"(?:is|are)\s+to\s+(?:be\s+)?[a-z]+)\b"
)
#: A saying before the plan: it is then what a speaker says, read as a claim.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to|reported)\b")


def _only_plans(sentence: str) -> bool:
    """Whether a sentence's incident words all lie in a plan, a wish or an expectation.

    "The agency expects freight to move again in December": nothing has happened yet
    (the coding rules leave plans out).  "The ban took effect on Monday and is due to
    run until 14 February" tells the ban first, and is kept.
    """
    plan = _PLAN_OR_WISH.search(sentence)
    if plan is None or _SAID_BEFORE.search(sentence, 0, plan.start()):
        return False
    spans = incident_spans(sentence)
    return bool(spans) and all(start >= plan.start() for start, _ in spans)


#: A speaker's sentence whose reported clause opens on what will or would happen: "The
#: division said it would keep up its watch", "X has also said it will close its offices",
#: "The mayor said the closure would make life harder".  The words before the speech verb
#: hold no verb of their own (a comma-set title may stand there), and the clause comes
#: straight after it: "said on TV that Georgia would use all means" is left to the other
#: rules.  "would not", "will never" and "must"/"should" tell a refusal or a demand, which
#: the gold codes as a statement, and stay drafts; "could" is as often the past of "can"
#: ("residents said aircraft could be heard"), and is left too.
_SPEAKER_FORECAST = re.compile(
    r"^(?P<who>[^;:\"“”]{1,140}?)\s(?:has\s+|have\s+)?(?:also\s+)?(?:said|says)\s*,?\s+"
    r"(?:that\s+)?(?P<subject>(?:(?!(?:that|had|has|have|was|were|is|are|on|in)\b)"
    r"[\w’'-]+\s+){1,5}?)(?:would|will|might|(?-i:may))\s+"
    r"(?!not\b|never\b|have\b)(?:be\s+)?[a-z]+",
    re.IGNORECASE,
)
#: Words before the speech verb that tell an act ("Turkey closed the crossing and said
#: ...", "Thousands have gathered since X said ...").
_ACT_BEFORE_FORECAST = re.compile(
    r"\b(?:and|since|after|when|while|because|as|if)\b"
    r"|\b(?:had|has|have|was|were|is|are)\s+\w+"
    r"|\b\w+ed\s+(?:the|a|an|his|her|its|their|on|in|at)\b",
    re.IGNORECASE,
)
#: A clause after the forecast that tells an act of its own: "..., and that the same
#: steps were being taken", "adding that the attackers had gone back", or the speaker's
#: own next act, "... and asked Dodoma to remove it" ("would be brought in and handed
#: over" goes on with the forecast).
_ACT_AFTER_FORECAST = re.compile(
    r"\b(?:had|has|have|was|were)\s+(?!to\b)\w+"
    r"|\band\s+(?:also\s+)?[a-z]+ed\s+(?:(?-i:[A-Z])|(?:the|a|an|its|his|her|their)\b)",
    re.IGNORECASE,
)


#: Words of a verdict on an act: "unacceptable", "could not be justified", "worrying".
_VERDICT_WORDS = (
    r"(?:unacceptable|unjustified|unjustifiable|regrettable|provocative|illegal|unlawful|"
    r"reckless|dangerous|worrying|alarming|outrageous|deplorable|intolerable|irresponsible|"
    r"inexcusable)"
)
#: A speaker's sentence that opens on a verdict on the act told before: "X said the
#: shooting could not be justified", "X said it was unacceptable that the operation had
#: ended in a death", "X described the violence as worrying".  "described the fighting
#: as a surprise attack by 700 troops" tells what happened, and is no verdict.
_SPEAKER_VERDICT = re.compile(
    r"^(?P<who>[^;:\"“”]{1,140}?)\s(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:(?:said|says)\s+(?:that\s+)?"
    r"(?:(?:the|this|that|such)\s+(?:[\w-]+\s+){0,2}?(?:was|were|is|are|could\s+not\s+be|"
    r"cannot\s+be)\s+(?:\w+ly\s+)?(?:" + _VERDICT_WORDS + r"|justified)"
    r"|it\s+(?:was|is)\s+(?:\w+ly\s+)?" + _VERDICT_WORDS + r"\s+that)"
    r"|described\s+(?:the|this|that|such)\s+(?:[\w-]+\s+){0,2}?as\s+(?:\w+ly\s+)?"
    r"(?:" + _VERDICT_WORDS + r"|an?\s+(?:\w+\s+)?provocation))\b",
    re.IGNORECASE,
)


#: A speaker's sentence that opens on knowing nothing yet: "X said he had no information
#: yet on the casualties", "X told reporters he had no information to offer on the
#: incident", "X said the nationalities of the dead were not yet known".  "answered that it
#: had found no information to confirm them" answers a charge, and is left alone.
_SPEAKER_KNOWS_NOTHING = re.compile(
    r"^(?P<who>[^;:\"“”]{1,140}?)\s(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:said|says|told\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:that\s+)?"
    r"(?:(?:he|she|they|it|we|the\s+[\w-]+)\s+(?:had|has|have)\s+no\s+information\b"
    r"|(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:was|were|is|are)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?known|unknown|not\s+yet\s+clear|under\s+investigation)\b)",
    re.IGNORECASE,
)


def _speaker_knows_nothing_yet(sentence: str) -> bool:
    """Whether a sentence is a speaker saying only that nothing is known yet.

    "Veerassamy said the nationalities of the dead were not yet known": what nobody
    knows of the incident told, no act of its own (as "It was not clear whether ..."
    already is).  An act told before the speaker or after what is not known ("...,
    and that two boats were seized") leaves the sentence to the other rules.
    """
    unknown = _SPEAKER_KNOWS_NOTHING.match(sentence)
    if unknown is None or _ACT_BEFORE_FORECAST.search(unknown.group("who")):
        return False
    return _ACT_AFTER_FORECAST.search(sentence, unknown.end()) is None


def _speaker_only_judges(sentence: str) -> bool:
    """Whether a sentence is a speaker's verdict on an act told before, and no more.

    "Opposition leader X said the shooting could not be justified": a reaction, no
    incident of its own (what follows it, "and called on both sides to show restraint",
    is a call, no act either).  Words before the speech verb that tell an act ("Guards
    fired on the boat, and the ministry said ...") leave the sentence to the other rules.
    """
    verdict = _SPEAKER_VERDICT.match(sentence)
    return verdict is not None and not _ACT_BEFORE_FORECAST.search(verdict.group("who"))


def _speaker_only_forecasts(sentence: str) -> bool:
    """Whether a sentence is a speaker saying only what will or would happen.

    "Gerhard Karner, the interior minister, said officers would make targeted checks":
    nothing has happened yet (plans and forecasts are no events), whoever says it.  A
    sentence that tells an act before the speaker ("Iraq condemned the shelling and said
    it would go to the UN") or after the forecast ("..., and that two posts were
    shut") is left to the other rules, as is a refusal ("said it would not let the
    lorries in") or a demand ("says Eritrea must withdraw").
    """
    forecast = _SPEAKER_FORECAST.match(sentence)
    if forecast is None or _ACT_BEFORE_FORECAST.search(forecast.group("who")):
        return False
    return _ACT_AFTER_FORECAST.search(sentence, forecast.end()) is None


#: A sentence opening on ordinary times set against the news: "In normal times a speedboat
#: covers the distance in five minutes", "On an ordinary day 15,000 cross", "Before the
#: boycott some 5,000 people a day went through it".  What things are like as a rule,
#: or were before, is no incident.  ("Until now the police had only made spot checks"
#: is of the same kind, but its draft is what the next placeless sentence borrows its
#: place from, and dropping it moved one such borrowing in the gold set.)
_ORDINARY_TIMES_OPENING = re.compile(
    r"(?:In|At)\s+(?:normal|ordinary|usual)\s+times\b"
    r"|(?:On|In)\s+an?\s+(?:ordinary|normal|usual|typical)\s+(?:day|week|month|year)\b"
    r"|(?:Normally|Ordinarily|Usually|Typically)\b"
    r"|(?:Before|Until)\s+the\s+(?:closure|boycott|pandemic|war|crisis|ban|blockade)\s*,?\s+"
    r"(?:some|about|around|up\s+to|more\s+than|nearly|\d)"
)


#: A call on others to act: "called on the authorities to investigate the death", "asked
#: Chad's embassy to collect the bodies", "urged officials to raise the quota".
_CALL_TO_ACT = re.compile(
    r"\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|appealed\s+to|appeals\s+to|"
    r"asked|asks)\s+(?:[\w’'-]+\s+){0,6}?to\s+(?=[a-z])"
)
#: An act told inside the call ("asked X to investigate an incident in which a villager
#: was shot", "asked Honduras to explain why its soldiers had entered"): it is news.
_ACT_INSIDE_CALL = re.compile(
    r"\b(?:in\s+which|when|after|why|how|whether|where|had\s+(?!to\b)\w+|was|were)\b"
)


def _only_calls_to_act(sentence: str) -> bool:
    """Whether a sentence's incident words all lie in a call on others to act.

    "UN agencies on Monday called on the authorities to investigate the death": what is
    asked for is not done; the sentence tells a demand, no incident.  A call a speaker
    reports, or one that tells an act of the past inside it, is left alone.
    """
    call = _CALL_TO_ACT.search(sentence)
    if call is None or _SAID_BEFORE.search(sentence, 0, call.start()):
        return False
    if _ACT_INSIDE_CALL.search(sentence, call.end()):
        return False
    spans = incident_spans(sentence)
    return bool(spans) and all(start >= call.end() for start, _ in spans)


#: "would not comment on reports that two boats had been intercepted": the reports tell
#: an incident, in others' words, that the silence does not take back.
_REPORTS_THAT = re.compile(
    r"\b(?:reports?|claims?|accounts?|allegations?|accusations?|word)\s+"
    r"(?:[\w’'-]+\s+){0,4}?that\b",
    re.IGNORECASE,
)


def _opens_on_the_unknown(sentence: str) -> bool:
    """Whether a sentence only tells what is not known or not said of an incident.

    Its incident words all lie in its first clause, the one that says nobody knows or
    says it ("It was not clear whether the group was behind the abduction"): no act is
    told, the incident is the one told before.
    """
    if _UNKNOWN_OPENING.match(sentence) is None or _REPORTS_THAT.search(sentence):
        return False
    return all(clause_of(sentence, start) == 0 for start, _ in incident_spans(sentence))


#: "met his Ecuadorian counterpart", "met with their counterparts": officials meeting;
#: "met the envoy", "met Suriname's ambassador": an official meeting a foreign envoy.
_MET_COUNTERPART = re.compile(
    r"\bmet\s+(?:with\s+)?(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?counterparts?\b"
    r"|\bmet\s+(?:with\s+)?(?:the|(?-i:[A-Z])[\w-]*(?:'s|’s))\s+(?:[\w-]+\s+)?"
    r"(?:envoy|ambassador|charg[eé]\s+d(?:'|’)affaires)\b"
)


def _only_meets(sentence: str, cues) -> bool:
    """Whether a sentence tells officials meeting, with no speaker cue before the meeting.

    "X met his Uzbek counterpart on Thursday ..., the Border Service said": the speaker
    told after only sources the meeting, which stays no incident.  A cue before it ("said
    in a statement, issued after its officials met their counterparts, that ...") leads
    a claim of its own, and the sentence is left to the other rules, as is a meeting in
    a relative clause ("Fishing leaders who met the ambassador came away saying ..."),
    which only names who tells the act.
    """
    meeting = _MET_COUNTERPART.search(sentence)
    if meeting is None or _RELATIVE_BEFORE.search(sentence[: meeting.start()]):
        return False
    return all(cue.start > meeting.start() for cue in cues)


#: "who met", "which had met": the meeting told in a relative clause.
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?$")


#: "along the border", "on the border", "its side of the border", "across the border
#: between": the line itself or a stretch of it, not a way to one spot on it.
_LINE_AS_A_WHOLE = re.compile(
    r"\b(?:along|on|all\s+along|patrol(?:s|led|ling)?)\s+(?:the|its|their)\s+"
    r"(?:(?:land|common|shared)\s+)?(?:border|frontier)\b"
    r"|\bside\s+of\s+the\s+(?:border|frontier)\b"
    r"|\b(?:border|frontier)\s+(?:between|with)\b"
    # "Senegalese drivers blocked the frontier", "X closed the border from its side": a
    # state or a crowd acting on the whole line ("the border has been closed" after
    # the news of one pass is that pass's, and stays open to the rule).
    r"|\b(?:clos|shut|block|seal|reopen)\w*\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:border|frontier)\b"
    # "Kenya later sent troops to the border": a deployment along the line.
    r"|\b(?:sen[dt]\w*|deploy\w*|dispatch\w*|rush\w*|mov\w*)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"the\s+(?:border|frontier)\b"
    # "marched to within 10 kilometres of the border": a distance from the line.
    r"|\b(?:m|metres?|meters?|km|kilometres?|kilometers?|miles?)\s+(?:away\s+)?(?:from|of)\s+"
    r"the\s+(?:border|frontier)\b",
    re.IGNORECASE,
)


#: How far (km) from the line a town or crossing may lie to be a spot "on the border".
_ON_THE_LINE_KM = 25.0


def _drafted_from(
    events: list[DraftEvent], told: list[tuple[str, list[PlaceFind]]], place: PlaceFind
) -> DraftEvent | None:
    """The placed draft of the sentence a bare "the border" was found in, if any.

    A sentence referred back to whose place is only the line by no name was drafted at
    whatever that line stood for there (the one spot told before, the report's border):
    the draft says more than the two words.
    """
    if not _UNNAMED_BORDER.fullmatch(place.text):
        return None
    text = next((t for t, found in reversed(told) if any(p is place for p in found)), None)
    if text is None:
        return None
    return next(
        (e for e in reversed(events) if e.place and any(ev.text == text for ev in e.evidence)),
        None,
    )


#: The words of a country's side of the line on land ("Georgian territory", "on Bolivian
#: soil"); waters are a place at sea, and airspace a flight's, which the gold keeps.
_LAND_SIDE = re.compile(r"\b(?:territory|soil)\b")


def _spot_on_that_side(
    events: list[DraftEvent], side: PlaceResult, hints: tuple[str, ...]
) -> DraftEvent | None:
    """The one spot of the incidents before, if it lies in the country a side names.

    "X territory" with no place of its own, after incidents at one village of X, says on
    which side of the line that village lies; a spot in another country ("over Romanian
    territory" after a crash in Zagreb, "into Uzbek territory" after a shooting in a
    Kyrgyz village) is another leg or another version, and the country stays.  A spot
    the gazetteer does not know is the report's own and is kept, as by the border.
    """
    spot = _one_spot_so_far(events)
    if spot is None or not side.country:
        return None
    found = resolve_place(spot.place_found or spot.place, hints)
    return spot if found.status != "resolved" or found.country == side.country else None


#: "crossed into X", "had entered X", "refused entry into X": a country gone into by
#: people or a craft ("fired rockets into X" is a shot, no way in; "into X" after a
#: verb of motion or entry only).
_ENTRY_BEFORE = re.compile(
    r"\b(?:(?:cross(?:ed|es|ing)?|walk(?:ed|s|ing)?|c[ao]me|coming|fled|flee(?:s|ing)?|"
    r"got|get(?:s|ting)?|entry|way|slipped|drove|driven|sailed|swam|waded)\s+into|"
    r"entered|enters|entering)\s+(?:the\s+)?$"
)


def _spot_at_the_entry(
    events: list[DraftEvent], country: PlaceResult, hints: tuple[str, ...]
) -> DraftEvent | None:
    """The one spot of the incidents before, if it lies on a border of a country gone into.

    "Several thousand have crossed into X since Saturday", after incidents at one
    crossing town on X's side of the line only: the report goes on about the way in
    there.  A spot well inside any country or on the other side, one the gazetteer
    cannot place, two spots, or the line as a whole told since, leave the country.
    """
    spot = _one_spot_so_far(events)
    if spot is None or _placed_on_the_line_since(events, spot) or country.geometry is None:
        return None
    # A spot on the far side of the line ("crossed into X" after a village of Y) is the
    # way out, another leg: only a town on the side gone into, or a crossing (on both
    # sides), is the way in; a spot the gazetteer cannot place says neither.
    side = resolve_place(spot.place_found or spot.place, hints)
    if side.status != "resolved" or (side.country and side.country != country.country):
        return None
    # The country's outline stands for its borders (a coast is measured too: an entry
    # by sea at one port is as much the way in there).
    outline = dataclasses.replace(country, geometry=country.geometry.boundary)
    km = km_from_line(spot.place, outline, hints)
    return spot if km is None or km <= _ON_THE_LINE_KM else None


def _one_spot_so_far(events: list[DraftEvent]) -> DraftEvent | None:
    """The last incident, if every incident placed finer than a border is at one spot."""
    # Any incident placed finer than the line counts, a district's or a region's too:
    # "crashed in X district", then "taken to Y" is two spots, not one.
    spots = [
        e
        for e in events
        if e.category not in _NOT_INCIDENTS
        and _PRECISION_RANK.get(e.place_precision, 7) < _PRECISION_RANK["border"]
    ]
    if (
        not spots
        or len({e.place_found or e.place for e in spots}) != 1
        # "near the town of X" is one spot as much as X itself.
        or spots[-1].place_precision not in ("exact", "settlement", "near")
    ):
        return None
    return spots[-1]


def _placed_on_the_line_since(events: list[DraftEvent], spot: DraftEvent) -> bool:
    """Whether an incident told after ``spot`` was placed on a border line as a whole."""
    since = events[events.index(spot) + 1 :]
    return any(e.category not in _NOT_INCIDENTS and e.place_precision == "border" for e in since)


def _the_one_spot(
    events: list[DraftEvent], line: PlaceResult, hints: tuple[str, ...]
) -> DraftEvent | None:
    """The last incident before, if every incident placed finer than a border is at one spot.

    A report that has told incidents at one town or crossing, or near one town, only (by
    whatever wording) and then says "the border" by no name goes on about that spot; two
    spots leave it open which one is meant, and a spot well inside a country ("neared
    the border" after a massacre in a city) is not on the line, so the line stays.  A
    spot the gazetteer cannot measure is the report's own and is kept.
    """
    spot = _one_spot_so_far(events)
    # "guards stopped 107 attempts to cross the Latvian-Belarusian border" told since:
    # the line as a whole is the report's ground again, and "the border" after it is.
    if spot is None or _placed_on_the_line_since(events, spot):
        return None
    km = km_from_line(spot.place, line, hints)
    if km is not None and km > _ON_THE_LINE_KM:
        return None
    return spot


#: Where the incident told happened, by no name: "destroyed on the spot", "at the scene",
#: "at the crash site".
_AT_THE_SCENE = re.compile(
    r"\b(?:on\s+the\s+spot|at\s+the\s+scene|at\s+the\s+(?:crash|impact)\s+site|"
    # "the wreck was an Iranian-designed Shahed": what lies where the craft came down.
    r"the\s+wreck(?:age)?)\b"
)
#: "reinforcements have been sent to the area", "clearing the area of smugglers": the
#: area by no name of its own, which is where the incident told before happened; not
#: "the area of X", "the area around X" or "the area where ...", which say which.
_THE_AREA_BACK = re.compile(
    r"\b(?:to|into|in|from|around|across|near|through|left|leave|leaving|clear(?:ed|ing)?|"
    r"secur(?:e|ed|ing)|seal(?:ed|ing)?|cordon(?:ed|ing)?\s+off|patrol(?:led|ling)?)\s+the\s+area\b"
    r"(?!\s+(?:of|around|near|between|along|where|that|which|known|under)\b)"
)
#: A fight told as what came right after the act before: "in the firefight that
#: followed", "the clashes that ensued".
_THAT_FOLLOWED = re.compile(
    r"\b(?:firefight|gunfight|gun\s+battle|clash(?:es)?|fighting|exchange\s+of\s+fire|"
    r"shoot-?out|battle|skirmish(?:es)?|scuffle)\s+that\s+(?:followed|ensued)\b"
)
#: The stretch a patrol or unit works ("a patrol working the river frontier between X
#: and Y districts"): who acted, described by their beat, not where the act was.
_BEAT = re.compile(
    r"\b(?:patrols?|units?|boats?|teams?|squads?)\s+(?:working|covering|watching|guarding|"
    r"patrolling|policing)\s+the\s+(?:[\w-]+\s+){0,3}?(?:frontier|border|river|lake|coast|"
    r"shore|stretch|line|sector|waters)\s+between\s+[^,;.]+?"
    r"(?=\s+(?:had|has|have|was|were|is|are|that|which|when)\b|[,;.])"
)
#: "accused X of hosting, funding and training the rebels": a state charged with
#: backing an armed group.
_SUPPORT_ACCUSED = re.compile(
    r"\b(?:accused|accuses|accusing)\s+[^.;]{1,60}?\bof\s+(?:[a-z]+ing,?\s+(?:and\s+)?){0,3}?"
    r"(?:hosting|harbou?ring|sheltering|funding|financing|arming|training|backing|"
    r"supporting|sponsoring)\b"
)

#: "called Rwanda's president a bad neighbour who shelters criminals": a state (or its
#: leader) charged with sheltering armed men.
_CALLED_A_SHELTER = re.compile(
    r"\bcall(?:ed|s|ing)\s+(?P<who>[A-Z][^,;.]{0,50}?)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+"
    r"(?:shelters|harbou?rs|hosts|arms|funds|finances|backs|supports|trains)\b"
)
#: Incidents that a count or a haul named to the month makes a case of its own.
_EARLIER_KINDS = frozenset({"pushback", "smuggling", "detention"})
#: A number of people or goods counted, seized or arrested: "seized 36.5 million pills",
#: "counted more than 10,000 people sent back", "arrested 292 migrants".
_COUNTED_OR_SEIZED = re.compile(
    r"\b(?:seized|confiscated|intercepted|counted|recorded|documented|arrested|detained|"
    r"apprehended)\s+(?:more\s+than\s+|"
    r"nearly\s+|almost\s+|about\s+|some\s+|over\s+)?\d[\d,.]*",
    re.IGNORECASE,
)

#: People counted as they came ashore: "421 Haitians reached", "96 migrants landed".
_COUNTED_ARRIVAL = re.compile(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:(?-i:[A-Z])[a-z]+s|migrants|refugees|people|"
    r"asylum\s+seekers)\s+(?:had\s+|have\s+)?(?:reached|landed|came\s+ashore)\b",
    re.IGNORECASE,
)

#: Days before publication after which a dated sentence is background: a report tells its
#: incident within weeks; what it dates years back is the history around it.
BACKGROUND_DAYS = 365
#: A killing or an exchange of fire: "shot dead a man", "exchanged fire with"; a
#: shooting that wounded ("were shot and wounded") is as much a harm by fire.
_KILLING_OR_FIRE = re.compile(
    r"\b(?:shot\s+(?:dead|and\s+(?:killed|wounded|injured))|killed|exchanged\s+(?:fire|gunfire|shots)|"
    r"opened\s+fire|fired\s+(?:on|at)|clashed)\b",
    re.IGNORECASE,
)


#: A killing, an ambush or a battle, in the past (see _earlier_case_told).
_KILLED_OR_FOUGHT = re.compile(
    r"\b(?:shot\s+dead|killed|ambushed|fought|clashed|opened\s+fire|exchanged\s+fire)\b",
    re.IGNORECASE,
)


#: The months by name, in the English of the reports.
_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
#: A sentence opening on a month and its year: "In October 2015", "In early May 2019,".
_MONTH_AND_YEAR_OPENING = re.compile(
    rf"(?:In|During|By)\s+(?:(?:early|mid|late)[\s-]+)?{_MONTH_NAMES}\s+(?:of\s+)?\d{{4}}\b"
)


#: "In 2013, ...", "In early 2014 ...", "In January 2013 ...", "September 2009: ...",
#: "Later that year ...", "The same year ...": a sentence opening on the year it tells of.
_CASE_DATE_OPENING = re.compile(
    rf"(?:(?:In|During|By)\s+(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH_NAMES}\s+)?(?:of\s+)?"
    rf"(?:19|20)\d{{2}}\b(?!\s*(?:-|–|to)\s*\d)|(?:{_MONTH_NAMES}\s+)?(?:19|20)\d{{2}}:|"
    r"(?:(?:Later|Earlier)\s+that|That|The\s+same)\s+year\b)"
)

#: "once before", "has happened before", "a precedent", "in an earlier case": a sentence
#: that says it tells an earlier case of the same kind.
_EARLIER_LIKE_CASE = re.compile(
    r"\b(?:once\s+before|(?:has|had)\s+happened\s+before|(?:a|one)\s+precedent|"
    r"(?:was|is)\s+not\s+the\s+first\s+time|"
    r"the\s+last\s+time|previously|in\s+(?:a|an|one)\s+(?:similar|earlier|previous)\s+"
    r"(?:case|incident|row|episode|standoff))\b",
    re.IGNORECASE,
)
#: "A teacher in X, ", "An elder from Y, ": a speaker described before the name that
#: follows, opening the sentence; a place there says who speaks, not where it happened.
_DESCRIBED_BEFORE_NAME = re.compile(
    r"(?:A|An)\s+(?:[a-z-]+\s+){1,2}?(?:in|from|at)\s+(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){0,2},\s+"
)
#: "It is not the first time X has ...", "It was not the first time ...": a sentence that
#: only announces an earlier case of the same kind, which the next sentence tells.
#: "It is not the first quarrel over the summit." alike: the first of any kind.
_FIRST_TIME_OPENING = re.compile(
    r"(?:It|This)\s+(?:is|was)\s+not\s+the\s+first\s+(?:time|[a-z]+(?:\s+[a-z]+)?(?=\s+"
    r"(?:over|on|at|in|along|between|of|with)\b|\s*[.;]))\b"
)
#: "Those men were", "These soldiers": a sentence opening on the people of the case told
#: just before.
_THOSE_OPENING = re.compile(r"(?:Those|These)\s+(?:[a-z-]+\s+){0,2}?(?:were|was|had|have)\b")
#: "since the Taliban took Kabul in", "after the coup in": a clause whose date only
#: marks when something else began.
_REFERENCE_CLAUSE = re.compile(
    r"\b(?:since|after|before|when|until|following|as)\b[^,;:]*$", re.IGNORECASE
)


def _earlier_case_told(
    event_dates,
    claimant: str,
    category: str | None,
    sentence: str = "",
    *,
    after_like_case: bool = False,
    placed: bool = False,
    placed_finely: bool = False,
) -> bool:
    """Whether a sentence tells an earlier case in full: to the day, a harm, its source.

    "On October 16, 2005, five armed men crossed the river and killed a soldier, the agency
    reported": an incident of its own the report recalls, not background history
    ("Traffic was halted in 2019").  ``after_like_case``: the sentence before it said
    "It is not the first time ...", so an incident dated to its month is the earlier
    case that sentence announced.  ``placed``: the sentence names a place of its own;
    ``placed_finely``: one finer than a border or a country.
    """
    if not event_dates:
        return False
    if (
        after_like_case
        and category is not None
        and all(len(part) == 7 for d in event_dates for part in d.value.split("/"))
    ):
        # "It is not the first time the rebels have held soldiers. They seized five in
        # December 2011 at X": the case announced, told in the next sentence.
        return True
    if (
        category in _EARLIER_KINDS
        and all(len(part) >= 7 for d in event_dates for part in d.value.split("/"))
        and _COUNTED_OR_SEIZED.search(sentence)
    ):
        # "In late January 2022 police seized 36 million pills in X", "volunteers counted
        # 10,000 people sent back at X between January and May 2018": a haul or a count
        # named to its month is a case of its own the report recalls, not history.
        return True
    if category is not None and all(len(d.value) == 10 for d in event_dates):
        # "Traffic through X was halted on 5 October 2022, when drivers protested":
        # an incident dated to its day is a case the report recalls, told in its own
        # voice as well as on a source's word.
        return True
    if _year_opening_haul(event_dates, category, sentence):
        return True
    if category is not None and _days_span_in_year(event_dates):
        # "In 2018 they were closed from 15 to 21 February": a span from one day to
        # another is dated to the day as well, the year before it only frames it.
        return True
    if (
        category is not None
        and all(len(d.value) == 7 and d.start == 0 for d in event_dates)
        and _MONTH_AND_YEAR_OPENING.match(sentence)
    ):
        # "In October 2015 X sent 183 people back through the same port": a case the
        # report recalls in its own voice, opened on its month and year, is an incident of
        # its own, as a month opening on a source already is.
        return True
    if category is not None and placed and _CASE_DATE_OPENING.match(sentence):
        # "In 1972 the army drove the soldiers off the island", "September 2009: the coast
        # guard arrested the skipper", "The same year the president hoisted the flag": a
        # sentence that opens on the year of the act it tells, and names where, recalls a
        # case of its own; a year told after the act ("was shut in 2020"), a state since
        # one, or a recalled act placed only by the report's own ("In 2021 it was shut for
        # a week") stays history.
        return True
    if (
        category is not None
        and all(len(d.value) in (4, 7) for d in event_dates)
        and _EARLIER_LIKE_CASE.search(sentence)
        and not any(_REFERENCE_CLAUSE.search(sentence[: d.start]) for d in event_dates)
    ):
        # "X took a tanker in these waters once before: the Y was seized there in July
        # 2019", "It was not the first time ...: in 2015, shells hit Z": an incident the
        # sentence itself calls an earlier case of the same kind is one, dated to its
        # month or year wherever it stands (told in passing, without such words, a
        # month or a year stays history); a date that only marks when something else
        # began ("since the Taliban took Kabul in August") is no such case.
        return True
    if category is not None and _shut_or_opened_then(event_dates, sentence):
        return True
    if (
        category is not None
        and all(len(part) >= 7 for d in event_dates for part in d.value.split("/"))
        and _KILLING_OR_FIRE.search(sentence)
    ):
        # "Police had exchanged fire with soldiers of X in September that year, it said",
        # "The group killed eight guards in April 2015": a killing or an exchange of fire
        # named to its month is a case of its own the report recalls, with its source or
        # in the report's own voice.
        return True
    if category is not None and placed_finely and _KILLED_OR_FOUGHT.search(sentence):
        # "Militants killed four policemen in an attack on the post at X in 1997", "the
        # two armies last fought around the Y temple in 2011": a killing or a battle at a
        # spot the sentence names is a case of its own, dated to its year; "70,000 died
        # in the war of 1998" names no spot and stays history.
        return True
    if not claimant:
        return False
    if (
        category == "crossing_attempt"
        and all(len(part) >= 7 for d in event_dates for part in d.value.split("/"))
        and _COUNTED_ARRIVAL.search(sentence)
    ):
        # "421 Haitians reached the north coast of X in two boats in September 2021, Y
        # reported": people counted as they came ashore, named to their month, with the
        # source, are a case of their own the report recalls.
        return True
    if category in _INCIDENT_KINDS and all(len(d.value) == 10 for d in event_dates):
        return True
    # "In July last year the committee said guards had downed a drone": a month opening
    # on its source tells an earlier case too, of any kind; a year alone is history.
    return all(len(d.value) == 7 and d.start == 0 for d in event_dates)


#: A crossing or a border shut or opened, in the past: "was shut", "first closed",
#: "reopened", "was opened again" ("to close", "would reopen" are plans; traffic "halted"
#: in a year stays history).
_SHUT_OR_OPENED = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
    r"\b(?:shut|closed|sealed|reopened|re-opened|opened\s+again|"
    r"(?:was|were)\s+opened)\b",
    re.IGNORECASE,
)
#: Words between such an act and its date that make the date another thing's: "closed
#: since 2019" (a state since), "shut after the coup in 2021", "halted until 2022".
_NOT_THE_ACTS_DATE = re.compile(
    r"\b(?:since|until|till|after|before|when|following|ever)\b|[;:]", re.IGNORECASE
)
#: How far, in characters, the date may stand after the act it dates.
_ACT_TO_DATE_REACH = 60


def _shut_or_opened_then(event_dates, sentence: str) -> bool:
    """Whether a sentence tells a crossing or border shut or opened at its past date.

    "The gate was shut in 2020", "Djibouti also closed the border in April 2001", "It
    reopened in early November that year": a closure or an opening is an act of its own
    on the day, month or year it names, however long ago, told after the verb as well as
    before it; "has been closed since 2019" is a state, "will reopen in 2027" a plan.
    """
    first = min(event_dates, key=lambda d: d.start)
    return any(
        0 <= first.start - act.end() <= _ACT_TO_DATE_REACH
        # The date's own words count: "closed since 1994" is read as one date.
        and not _NOT_THE_ACTS_DATE.search(sentence[act.end() : first.end])
        for act in _SHUT_OR_OPENED.finditer(sentence[: first.start])
    )


#: A sentence opening on a year alone: "In 2014, ...".
_YEAR_OPENING = re.compile(r"(?:In|During)\s+(?:19|20)\d{2}\b,?\s")
#: An authority's act on a number of boats or people: "seized four of a group of nine
#: boats", "detained 12 fishermen".  Goods by weight ("seized 3 tonnes of cannabis") are
#: not counted: a year's haul of goods is told as history.
_ACT_ON_A_COUNT = re.compile(
    r"\b(?:seized|confiscated|impounded|intercepted|arrested|detained)\s+(?:more\s+than\s+|"
    r"nearly\s+|almost\s+|about\s+|some\s+|over\s+)?(?:\d[\d,.]*|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:boats|vessels|ships|trawlers|canoes|dinghies|people|migrants|men|fishermen|"
    r"crew(?:s|men)?|smugglers)\b",
    re.IGNORECASE,
)


def _year_opening_haul(event_dates, category: str | None, sentence: str) -> bool:
    """Whether a sentence opening on a year alone tells a seizure or arrests by count.

    "In 2014, authorities in X seized four boats fishing illegally": a haul or a round of
    arrests counted and placed is a case of its own the report recalls, even when only
    its year is given; a year alone with no such act ("Traffic was halted in 2019") stays
    history.
    """
    return (
        category in _EARLIER_KINDS
        and bool(event_dates)
        and all(len(d.value) == 4 for d in event_dates)
        and _YEAR_OPENING.match(sentence) is not None
        and _ACT_ON_A_COUNT.search(sentence) is not None
    )


def _days_span_in_year(event_dates) -> bool:
    """Whether the dates are a span from day to day, with at most the year it falls in."""
    spans = [d for d in event_dates if "/" in d.value]
    if not spans or not all(len(p) == 10 for d in spans for p in d.value.split("/")):
        return False
    return all(
        d in spans or (len(d.value) == 4 and all(s.value.startswith(d.value) for s in spans))
        for d in event_dates
    )


#: A sentence opening on "The same morning", "On the same day", "That same night".
#: How many sentences on "the same night" may still mean the day of a saying told
#: before, when no sentence between dated anything.
_SAID_DAY_REACH = 2
_SAME_DAY_OPENING = re.compile(
    r"(?:On\s+)?(?:The|That)\s+(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
#: "A day later", "Two days later", "The next day": a sentence opening on days counted on
#: from the day just told, which may be a saying's when the sentence before dated only it.
_DAYS_LATER_OPENING = re.compile(
    r"(?:(?:A|One|Two|Three|\d+)\s+days?\s+later|(?:The|On\s+the)\s+(?:next|following)\s+day)\b",
    re.IGNORECASE,
)
#: Words that put a sentence in the report's own year, whatever story came before.
_OWN_YEAR_WORDS = re.compile(
    r"\b(?:this|last|next)\s+(?:year|month|week)\b|\b(?:today|yesterday|tonight)\b", re.I
)
#: How many sentences after an earlier year's dated act its story may still run on.
_STORY_SENTENCES = 3


def _act_month(sentence: str, dates: list) -> str | None:
    """The month of the act a sentence dates, or None for a state it dates the start of.

    "Rebels seized the town in late February 2003": 2003-02.  "Forces have stayed there
    since the end of 2017", "strained since X seized power in September 2022": the date
    only marks when a state began, not a story the next sentences go on with.
    """
    own = next((d for d in dates if d.role == "event"), None)
    if own is None or len(own.value.split("/")[-1]) < 7:
        return None
    if own.text.lower().startswith("since") or _REFERENCE_CLAUSE.search(sentence[: own.start]):
        return None
    # A span ("between January 2021 and April 2022") runs on from its end.
    return own.value.split("/")[-1][:7]


def _story_year(
    last_month: str | None,
    last_dated_at: int,
    index: int,
    published: dt.date | None,
    sentence: str = "",
) -> int | None:
    """The earlier year a story told just before runs in, for a month without its year.

    "Rebels seized the town in late February of that year. ... In early March troops
    fought to take it back": a month named within a few sentences of an act dated more
    than a year before publication is of that act's year.
    """
    if not last_month or published is None or index - last_dated_at > _STORY_SENTENCES:
        return None
    if _OWN_YEAR_WORDS.search(sentence):
        # "by October 20 ... this year": the sentence dates itself in the report's year.
        return None
    if not _long_before(last_month, published):
        return None
    return int(last_month[:4])


def _borrowed_date_note(what: str, value: str) -> str:
    """The note that offers an undated sentence the date of what it refers to."""
    return f"No date of its own; {what} is dated {value} (not taken: dating convention)."


def _long_before(value: str, published: dt.date | None) -> bool:
    """Whether a date ends more than :data:`BACKGROUND_DAYS` before publication."""
    if published is None or not value:
        return False
    end = parse_vague_date(value).end
    return end is not None and (published - end).days > BACKGROUND_DAYS


#: A river told of in so many words ("the border river", "the river bank").
_RIVER_TOLD = re.compile(r"\brivers?\b", re.IGNORECASE)


def _named_bare_river(place: PlaceFind, sentence: str) -> bool:
    """Whether a place is a river read from its bare name ("across the Salween")."""
    return place.text.endswith(" River") and sentence[place.start : place.end] != place.text


#: "at Narayanpur in Sarlahi district": a name followed by the unit it lies in.
_IN_UNIT_AFTER = re.compile(
    r"^,?\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:district|province|county|"
    r"region|municipality|prefecture|state|governorate)\b"
)


def _sole_region(place: PlaceFind) -> bool:
    """A first-level unit the gazetteer knows by this name alone, and as no namesake.

    "were detained in Arizona after crossing the border, the agency said": a report on
    a state, province or oblast often never names its country, and the unit says which
    it is; a bare town name there may be a namesake abroad, a unit's name is not one
    when only one unit and no place answers to it, by its own name as written ("the
    Danube" answered as Podunavski, the Serbian unit named after the river, stays out).
    """
    result = place.result
    return (
        result.status == "resolved"
        and result.precision == "region"
        and not result.candidates
        and not result.coarsened
        # The gazetteer's own key of a name: the unit's words among the words written.
        and f" {normalise(result.name or '')} " in f" {normalise(place.text)} "
    )


def _kept_in_unit(
    places: list[PlaceFind], sentence: str, report_countries: set[str]
) -> list[PlaceFind]:
    """A settlement the text puts inside a unit, kept as written when the gazetteer's
    place of that name lies in a country the report never names.

    "tried to force their way into Nepal at Narayanpur in Sarlahi district": the
    gazetteer's Narayanpur is in Bangladesh, but the text says where it is.
    """
    kept = []
    for p in places:
        if (
            p.shape == "name"
            and p.result.country
            and p.result.country not in report_countries
            and p.precision in ("settlement", "exact")
            and _IN_UNIT_AFTER.match(sentence[p.end :])
        ):
            p = dataclasses.replace(p, result=PlaceResult(p.text, "unresolved"), written_only=True)
        kept.append(p)
    return kept


#: "Croatian police in turn expelled him to Bosnia and Herzegovina", "Slovenian officers
#: then passed him on to Croatia": a force of one state handing people to another.
_RETURNED_TO = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:border\s+)?(?:police|officers|guards|authorities|forces|"
    r"soldiers|troops)\s+(?:[a-z]+\s+){0,3}?(?:passed|handed|expelled|deported|returned|"
    r"pushed|sent|drove|forced)\s+(?:him|her|them|the\s+[a-z]+)\s+(?:(?:on|over|back)\s+)?"
    r"(?:to|into)\s+(?P<dest>[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?)"
)
_COUNTRY_OF_ADJECTIVE_NAME = {adjective: name for name, adjective in COUNTRY_ADJECTIVES.items()}


def _chain_of_returns(sentence: str) -> list[tuple[str, str, str]]:
    """The borders of a chain of hand-overs told in one sentence, one per hand-over.

    Each "<Adjective> police ... expelled him to <Country>" is at the border between the
    adjective's country and the country people were handed to; the list is empty when
    a hand-over does not read as two known countries.
    """
    borders: list[tuple[str, str, str]] = []
    for match in _RETURNED_TO.finditer(sentence):
        source = _COUNTRY_OF_ADJECTIVE_NAME.get(match.group("adj"))
        destination = match.group("dest")
        if source is None or not country_codes_in(destination) or source == destination:
            return []
        found = resolve_place(f"{source}–{destination} border")
        if found.status != "resolved" or found.precision != "border":
            return []
        borders.append((found.name or "", found.name or "", "border"))
    return borders


#: "was taken to hospital in X", "were rushed to a clinic at Y": where the hurt were cared
#: for, right before the place.
_CARED_FOR_IN = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|evacuated|transferred|brought|admitted)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|at)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:hospital|clinic)\s+(?:in|at)\s+(?:the\s+)?"
)


def _placed_by_care(event: DraftEvent) -> bool:
    """Whether an event is placed where its hurt were cared for ("taken to hospital in X")."""
    if not event.evidence or not event.place:
        return False
    text = event.evidence[0].text
    return any(text.startswith(event.place, m.end()) for m in _CARED_FOR_IN.finditer(text))


def _first_of_last_sentence(events: list[DraftEvent]) -> DraftEvent | None:
    """The first event drafted from the sentence that drafted the last one.

    "sheltering in X town and in the Y area" drafts one event at each; a later sentence
    that names no place goes on about the first place named, not the one listed after.
    Clauses with dates of their own ("queuing at X on Wednesday, a day after Y called
    off the blockade") are told in turn, and the last one told stays the last.
    """
    if not events:
        return None
    last = events[-1]
    if not last.evidence:
        return last
    sentence = last.evidence[0]
    return next(
        (e for e in events if e.evidence and e.evidence[0] == sentence and e.date == last.date),
        last,
    )


#: "sheltering in X town on the Kenyan side and in the Y area": a second place after
#: "and" with its own preposition, the same act at both.
_AND_ALSO_IN = re.compile(r"^[^.;,:]{0,40}?\s+and\s+(?:also\s+)?(?:in|at|near)\s+(?:the\s+)?$")


def _also_in(chosen: PlaceFind, places: list[PlaceFind], sentence: str) -> list[PlaceFind]:
    """Settlements joined to the chosen one by "and in", "and at" ("in X ... and in Y")."""
    after = [
        p
        for p in places
        if p.start > chosen.end
        and p.role == chosen.role
        and p.precision in ("settlement", "exact")
        and (p.result.name or p.text) != (chosen.result.name or chosen.text)
    ]
    if after and _AND_ALSO_IN.match(sentence[chosen.end : after[0].start]):
        return [after[0]]
    return []


#: "between" right before a place: it opens the two ends of one link or stretch.
_SPAN_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)


def _coordinated(
    chosen: PlaceFind, places: list[PlaceFind], sentence: str = ""
) -> list[PlaceFind]:
    """The chosen place and the places listed with it ("at Nuijamaa and Imatra").

    Two borders joined by "and" ("at 52 points on the border with Germany and 13 on the
    border with Lithuania") are listed too.
    """
    if chosen.shape == "list" and _SPAN_BETWEEN.search(sentence[: chosen.start]):
        # "the crossing between X and Y", "trains between X and Y": the two ends of one
        # link, not two places of a list; one event, at the end named first.
        return [chosen]
    if chosen.shape == "border" and sentence:
        borders = [p for p in places if p.shape == "border" and p.role == chosen.role]
        listed = [chosen]
        for before, after in itertools.pairwise(borders):
            between = sentence[before.end : after.start]
            if (
                before is listed[-1]
                and re.search(r"\band\b", between)
                and not re.search(r"[.;]", between)
                and after.result.name != before.result.name
            ):
                listed.append(after)
        return listed
    if sentence and chosen.precision in ("settlement", "exact"):
        also = _also_in(chosen, places, sentence)
        if also:
            return [chosen, *also]
    if chosen.shape not in ("list", "crossing"):
        return [chosen]
    together = [
        p for p in places
        if p.shape == chosen.shape and p.role == chosen.role
        and (
            p.precision == chosen.precision
            # "the X and Y crossings" where the gazetteer knows only one of the two.
            or (chosen.shape == "crossing" and (p.written_only or chosen.written_only))
            # "its X, Y and Z crossings": the gazetteer may hold one as a point on the
            # line and another by its town; both are crossings the text lists.
            or (chosen.shape == "crossing"
                and {p.precision, chosen.precision} <= {"settlement", "exact"})
        )
    ]  # fmt: skip
    return together or [chosen]


def _title(claimed: list[str], sentence: str) -> str:
    """The sentence, clipped, led by who claims it unless the sentence starts with them.

    A wire's dateline ("ISLAMABAD, Feb 21 (IANS) -") is left out: it says where and when
    the report was filed, not what happened.
    """
    sentence = DATELINE.sub("", sentence, count=1)
    if not claimed or claimed[0].split()[-1].lower() in sentence[:80].lower():
        return _clip(sentence)
    return f"{claimed[0]}: " + _clip(sentence)


#: "travel between the two countries", "the frontier between the two neighbours".
_BETWEEN_THE_TWO = re.compile(
    r"\bbetween\s+the\s+two\s+(?:countries|states|nations|neighbours|neighbors)\b", re.IGNORECASE
)


def _border_of_the_two(sentence: str) -> tuple[str, str, str] | None:
    """The border of the two states a sentence names before 'between the two countries'."""
    match = _BETWEEN_THE_TWO.search(sentence)
    if match is None:
        return None
    codes = list(dict.fromkeys(country_codes_in(sentence[: match.start()])))
    return _main_border(tuple(codes)) if len(codes) == 2 else None


def _lede_place(lead: DraftEvent, events: list[DraftEvent], text: str) -> tuple[str, str, str]:
    """The place of the incident the report opened on, as its lede will be placed.

    A lede the report's border only stands in for takes the place the sentence after it
    tells (:func:`_placing_the_lede`, applied once all events are drafted); another
    voice's version of that incident told before then is at that place, not the border.
    """
    following = _placing_the_lede(events, text) if events and events[0] is lead else None
    source = following if following is not None else lead
    return (source.place, source.place_found, source.place_precision)


def _main_border(hints: tuple[str, ...], *, home: str = "") -> tuple[str, str, str] | None:
    """The border of the report's most named countries that share one.

    Parameters
    ----------
    hints
        The report's countries, most named first.
    home
        A country the border must be of (the one the report is filed from), or "".

    Returns
    -------
    tuple of str or None
        The border as written, its resolved name and precision; None if none fits.
    """
    for first, second in itertools.combinations(hints[:3], 2):
        if home and home not in (first, second):
            continue
        names = [_NAME_OF_CODE.get(first), _NAME_OF_CODE.get(second)]
        if not all(names):
            continue
        text = f"{names[0]}–{names[1]} border"
        result = resolve_place(text)
        if result.status == "resolved":
            return text, result.name or "", result.precision or ""
    return None


def _claim_of_another_side(event: DraftEvent, denier: str) -> bool:
    """Whether a claim was made by another side than the denier's.

    A claim with no claimant, or whose claimants and the denier name no country, is
    another side's unless the claimant is the denier worded another way.
    """
    if not event.claimed_by:
        return True
    own = set(country_codes_in(denier))
    for claimant in event.claimed_by:
        if same_speaker(claimant, denier) or own & set(country_codes_in(claimant)):
            return False
    return True


def _place_denied(places: list[PlaceFind], sentence: str) -> PlaceFind | None:
    """The place inside the clause a speaker denies ("denied that ... the border").

    A place told in a later clause ("..., and described such incidents as common along
    the border") is not what the denial is about.
    """
    match = _DENIED_CLAUSE.search(sentence)
    if match is None:
        return None
    inside = [p for p in places if match.start("clause") <= p.start < match.end("clause")]
    return _choose_place(inside, sentence) if inside else None


def _claim_of_another_side_at(
    events: list[DraftEvent], denier: str, named: PlaceFind | None, *, only_there: bool = False
) -> DraftEvent | None:
    """The latest claim of another side than the denier's, at the place denied if any.

    "The committee denied that it had put any restrictions on crossing the border"
    answers the other side's claim about the border, not its claim about one checkpoint
    told after it. With ``only_there``, None unless a claim is at the place denied and
    that place is finer than a country: "inside Iraqi territory" is the side every
    claim of the report is on, and tells none of them apart.
    """
    if only_there and (named is None or named.precision == "country"):
        return None
    others = [
        e
        for e in reversed(events)
        if e.status in ("alleged", "disputed") and _claim_of_another_side(e, denier)
    ]
    if named is not None and named.result.name:
        at_named = [e for e in others if e.place_found == named.result.name]
        if at_named:
            return at_named[0]
    if only_there:
        return None
    return others[0] if others else None


def _latest_claim_against(events: list[DraftEvent], party: str) -> DraftEvent | None:
    codes = set(country_codes_in(party))
    for event in reversed(events):
        if (
            event.status in ("alleged", "disputed")
            and event.claimed_by
            and (not codes or codes & set(event.target_codes))
            # "He rejected the other side's version": a denier answers another's claim,
            # never its own told just before.
            and not same_speaker(event.claimed_by[0], party)
        ):
            return event
    return None


#: What a denial says it denies, by the word of the claim's evidence: "called the footage
#: staged" answers the claim that showed footage.
_DENIED_THING = re.compile(
    r"\b(?:the|this|that|these|those|its|their)\s+(?:\w+\s+)?(?P<thing>footage|video|videos|"
    r"images|photos|photographs|report|reports|figures|toll|account|testimony|testimonies|"
    r"recording|recordings|documents|letter|post)\b",
    re.IGNORECASE,
)


#: Whose claim a denial answers, named in it: "rejected the president's charges",
#: "dismissing the Ugandan account", "..., as the Ugandan police had said".
_PARTY_OF_CLAIM = re.compile(
    r"\b(?:the\s+)?(?P<whose>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+(?:[a-z]+\s+)?(?:charges?|claims?|"
    r"accusations?|allegations?|account|version|reports?|story)\b"
    r"|\b(?:the|this|that)\s+(?P<adj>[A-Z][\w-]+)\s+(?:charges?|claims?|accusations?|allegations?|"
    r"account|version|reports?|story)\b"
    r"|,\s+as\s+(?P<who>(?:the\s+)?[^,.;]{2,50}?)\s+(?:had\s+|has\s+|have\s+)?(?:said|claimed|alleged|"
    r"reported|stated)\b"
)
#: A word that names a party: four letters or more, or initials ("UN", "EU", "AU").
_PARTY_WORD = r"[A-Za-z]{4,}|\b[A-Z]{2,3}\b"
_NOT_PARTY_WORDS = frozenset(
    {"the", "its", "their", "his", "her", "this", "that", "these", "those"}
)


def _claim_of_party(events: list[DraftEvent], sentence: str) -> DraftEvent | None:
    """The latest claim of the party a denial names as the one it answers.

    "X rejected the president's charges" answers the president's claim, not the
    minister's told just before it; "as the Ugandan police had said", "the Ugandan
    account" answer the latest claim of a Ugandan speaker.
    """
    for match in _PARTY_OF_CLAIM.finditer(sentence):
        party = match.group("whose") or match.group("adj") or match.group("who") or ""
        codes = set(country_codes_in(party))
        # Words of four letters or more, and a body's initials ("the UN account").
        words = {
            w.lower() for w in re.findall(_PARTY_WORD, party)
            if w.lower() not in _NOT_PARTY_WORDS and not country_codes_in(w)
        }  # fmt: skip
        if not codes and not words:
            continue
        for event in reversed(events):
            if event.status not in ("alleged", "disputed") or not event.claimed_by:
                continue
            claimant = event.claimed_by[0]
            if (codes and codes & set(country_codes_in(claimant))) or (
                not codes and words & {w.lower() for w in re.findall(_PARTY_WORD, claimant)}
            ):
                return event
    return None


def _claim_named(events: list[DraftEvent], sentence: str) -> DraftEvent | None:
    """The latest claim whose own sentence holds the thing a denial names ("the footage")."""
    for match in _DENIED_THING.finditer(sentence):
        stem = re.escape(match.group("thing").lower().rstrip("s")[:6])
        for event in reversed(events):
            if (
                event.status in ("alleged", "disputed")
                and event.claimed_by
                and any(
                    re.search(rf"\b{stem}", item.text, re.IGNORECASE) for item in event.evidence
                )
            ):
                return event
    return None


#: The hurt taken for care: "were taken to hospital in X", "being treated at a clinic".
_TAKEN_FOR_CARE = re.compile(
    r"\b(?:were|was|been|being)\s+(?:taken|rushed|brought|flown|airlifted|admitted|treated)\s+"
    r"(?:to|at|in)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|clinic)\b",
    re.IGNORECASE,
)


#: "rejected the charge, saying the buildings stand on its side": the thing the denier
#: speaks of, after the verb of its own account.
_THING_SAID = re.compile(
    r"\b(?:saying|telling|adding|insisting|arguing|stating)\b[^.;]*?\bthat\s+the\s+"
    r"(?P<thing>[a-z]{4,})\b|\b(?:saying|insisting|arguing)\s+the\s+(?P<bare>[a-z]{4,})\b",
    re.IGNORECASE,
)
#: Nouns too general to tell one claim from another.
_GENERAL_NOUNS = frozenset(
    {"charge", "charges", "claim", "claims", "accusation", "accusations", "allegation",
     "allegations", "report", "reports", "government", "situation", "incident", "matter",
     "side", "people", "country", "state", "authorities", "officials"}
)  # fmt: skip


def _claim_of_thing_said(events: list[DraftEvent], sentence: str) -> DraftEvent | None:
    """The latest claim about the thing a denier speaks of in its own account.

    "Officials reject the charge, saying the huts stand on their side" answers the claim
    that told of the huts, not the claim told just before it about a missing pillar.
    """
    match = _THING_SAID.search(sentence)
    if match is None:
        return None
    thing = (match.group("thing") or match.group("bare")).lower()
    if thing in _GENERAL_NOUNS or PLACE_NOUN.fullmatch(thing):
        return None
    stem = re.escape(thing.rstrip("s")[:6])
    for event in reversed(events):
        if (
            event.status in ("alleged", "disputed")
            and event.claimed_by
            and event.category != "official_statement"
            and any(re.search(rf"\b{stem}", e.text, re.IGNORECASE) for e in event.evidence)
        ):
            return event
    return None


#: "denied that the fishermen had come to blockade the port": the clause denied, up to
#: the next break.
_DENIED_CLAUSE = re.compile(r"\bden(?:ied|ies|y|ying)\s+that\s+(?P<clause>[^.;,]+)", re.IGNORECASE)
#: The line itself, which every claim of a border report tells of.
_BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
#: "denied that his military had sent any drones": "his" and "any" point at things too.
_THE_NOUN = re.compile(r"\b(?:the|its|their|his|her|any)\s+(?P<noun>[a-z]{4,})\b")


def _claim_of_thing_denied(events: list[DraftEvent], sentence: str) -> DraftEvent | None:
    """The latest claim that told of the thing the denied clause ends on.

    "X denied that the fishermen had come to blockade the port" answers the claim that
    the boats held a ship up in port, not the claim told just before it about flares.
    The clause's last noun after "the" is what was done to; its subject is often the
    people every claim of the report is about, so a clause naming only one such noun
    is left to the other rules.
    """
    match = _DENIED_CLAUSE.search(sentence)
    if match is None:
        return None
    nouns = [m.group("noun").lower() for m in _THE_NOUN.finditer(match.group("clause"))]
    # "denied ... crossing the border": the border is where, not what, and every claim
    # of a border report tells of it.
    if not nouns or nouns[-1] in _GENERAL_NOUNS | _BORDER_NOUNS or len(nouns) < 2:
        return None
    noun = nouns[-1].rstrip("s")
    # A short noun whole ("port", not "Portland"); a long one by its stem.
    word = rf"\b{re.escape(noun)}s?\b" if len(noun) <= 6 else rf"\b{re.escape(noun[:6])}"
    for event in reversed(events):
        if (
            event.status in ("alleged", "disputed")
            and event.claimed_by
            and event.category != "official_statement"
            and any(re.search(word, e.text, re.IGNORECASE) for e in event.evidence)
        ):
            return event
    return None


#: Words before a denial's verb that tell what is denied ("Reports that troops crossed on
#: Tuesday were denied"): a date among them dates the act, not the denying.
_DENIED_BEFORE_VERB = re.compile(
    r"\b(?:that|claims?|reports?|accusations?|allegations?|charges?)\b", re.IGNORECASE
)


def _after_the_denying(dates: list, cues, text: str) -> list:
    """The dates of a denial sentence that can date the denied act.

    "China's defence ministry on Thursday once more denied that ...", "Late on Sunday an
    official denied ...", "X, arriving in Lusaka on Friday, rejected the charge": a date
    before the denial's verb, with only the denier and the time before it, dates the
    denying, a statement; the act is dated only by a date inside what is denied.
    """
    verbs = [c.end for c in cues if c.kind == "denial"]
    if not verbs:
        return dates
    verb_end = min(verbs)
    if _DENIED_BEFORE_VERB.search(text[:verb_end]):
        return dates
    return [d for d in dates if d.start >= verb_end]


def _denial(events, sentence: Sentence, denier: str, places, event_dates, published,
            id_prefix: str, number: int, main_border,
            statement: str = "", town: PlaceFind | None = None) -> DraftEvent | None:  # fmt: skip
    # A denial answers a claim of what happened, never a diplomatic step taken over it
    # ("Y rejected the accusations" after "X summoned Y's ambassador").
    # Nor the care of the hurt told after it ("Seven were taken to hospital in X, the
    # group said"): a denial that officers fired answers the firing.
    # Nor the denier's own claim: "The ministry denied that its pilots had touched the
    # drone" answers the other side's account of the drone, not the ministry's own
    # version told just before it.
    events = [
        e
        for e in events
        if e.category != "diplomatic_measure"
        and not all(_TAKEN_FOR_CARE.search(item.text) for item in e.evidence)
        and not (e.claimed_by and same_speaker(e.claimed_by[0], denier))
    ]
    denied_at = _place_denied(places, sentence.text)
    answered = (
        _claim_of_party(events, sentence.text)
        or _claim_named(events, sentence.text)
        or _claim_of_thing_said(events, sentence.text)
        or _claim_of_thing_denied(events, sentence.text)
        # "The committee denied that it had put any restrictions on crossing the
        # border": the other side's claim placed where the denied clause is.
        or _claim_of_another_side_at(events, denier, denied_at, only_there=True)
        or _latest_claim_against(events, denier)
        # A denial answers someone's claim before the report's own account of it, and
        # another side's first: "a US military spokesman said no American aircraft had
        # been operating there" answers Iran's claim, not a US official's told between.
        or _claim_of_another_side_at(events, denier, denied_at)
        or next((e for e in reversed(events) if e.status in ("alleged", "disputed")), None)
        or next((e for e in reversed(events) if e.status != "denied"), None)
    )
    chosen = _choose_place(places, sentence.text)
    if (
        chosen is not None
        and answered is not None
        and _PRECISION_RANK.get(chosen.precision, 7)
        > _PRECISION_RANK.get(answered.place_precision, 7)
    ):
        # "... on Pakistani soil", "... sheltering across the border": the denial answers
        # the claim where it is placed; a coarser place it names is context.
        chosen = None
    notes = []
    if chosen is not None:
        place = (chosen.text, chosen.result.name or "", chosen.precision)
    elif town is not None:
        # "Damascus denied aiming at the town": the town named before is what the denial
        # is about, wherever the claim it answers was placed.
        place = (town.text, town.result.name or "", town.precision)
        notes.append(f"'the town' or 'the village' is {town.text}, named before.")
    elif answered is not None:
        place = (answered.place, answered.place_found, answered.place_precision)
        notes.append(f"Place of the claim it answers ({answered.id}).")
    elif main_border:
        place = main_border
        notes.append("No place named; the report's border stands for it.")
    else:
        return None
    if event_dates:
        date = event_dates[0].value
    elif BACKGROUND_TIME.search(sentence.text) or re.search(r"\bpreviously\b", sentence.text):
        # "Officials have in the past denied that ...": a denial of other times, undated.
        date = ""
        notes.append("A denial made before the report's incident; the report gives no date.")
    else:
        # A denial is dated only by a date it gives for the denied act; "denied on
        # Tuesday" dates the statement, which goes to ``reported``.
        date = ""
        if answered is not None and answered.date:
            what = f"the claim it answers ({answered.id})"
            notes.append(_borrowed_date_note(what, answered.date))
    if answered is not None:
        notes.append(f"Denies the claim of {answered.id}; review whether it answers that claim.")
    return DraftEvent(
        id=f"{id_prefix}-{number:02d}",
        date=date,
        reported=statement or (published.isoformat() if published else ""),
        title=f"Denied by {denier}: " + _clip(sentence.text),
        description=sentence.text,
        category="official_statement",
        status="denied",
        claimed_by=list(answered.claimed_by) if answered is not None else [],
        denied_by=[denier],
        actors=[denier],
        place=place[0],
        place_found=place[1],
        place_precision=place[2],
        notes=notes,
        tags=["denial"],
        counts=[],
        evidence=[Evidence(sentence.start, sentence.end, sentence.text)],
        paragraph=sentence.paragraph,
    )


def _note_no_response(events: list[DraftEvent], party: str, published: dt.date | None) -> None:
    codes = set(country_codes_in(party))
    when = f" as of {published.isoformat()}" if published else ""
    for event in events:
        if event.status == "alleged" and (not codes or codes & set(event.target_codes)):
            note = f"{party} had not responded{when}, according to the report."
            if note not in event.notes:
                event.notes.append(note)
                event.tags.append("no response")


def _expected_denial(events, sentence: Sentence, published, id_prefix: str, number: int):
    """A denial the report expects: its own entry, marked as not yet made."""
    party = next(
        (
            n.split(" had not")[0]
            for e in reversed(events)
            for n in e.notes
            if " had not responded" in n
        ),
        "",
    )
    against = [
        e for e in events
        if e.status == "alleged" and e.claimed_by and e.category != "diplomatic_measure"
        and (not party or set(country_codes_in(party)) & set(e.target_codes))
    ]  # fmt: skip
    speakers = Counter(e.claimed_by[0] for e in against)
    # The claims the report is about: those of its most heard speaker, first told.
    answered = next(
        (e for e in against if speakers[e.claimed_by[0]] == max(speakers.values())), None
    )
    if answered is None:
        answered = next((e for e in reversed(events) if e.status == "alleged"), None)
    if answered is None:
        return None
    denier = party or "the accused party"
    return DraftEvent(
        id=f"{id_prefix}-{number:02d}",
        date=answered.date,
        reported=published.isoformat() if published else "",
        title=f"Denial expected from {denier}: " + _clip(answered.description, 80),
        description=sentence.text,
        category="official_statement",
        status="denied",
        claimed_by=list(answered.claimed_by),
        denied_by=[denier],
        actors=[denier],
        place=answered.place,
        place_found=answered.place_found,
        place_precision=answered.place_precision,
        notes=[
            f"Expected, not yet made: the report expects {denier} to deny the claim of "
            f"{answered.id}; keep this entry only once the denial is made."
        ],
        tags=["denial", "expected"],
        counts=[],
        evidence=[Evidence(sentence.start, sentence.end, sentence.text)],
        paragraph=sentence.paragraph,
    )


def _keep(highlights, sentence: Sentence, local, made: list[DraftEvent]) -> None:
    for start, end, kind in local:
        highlights.append((sentence.start + start, sentence.start + end, kind, made))


#: "The Gambia closed the border from its own side as well", "People were also killed":
#: a second act of the same kind, told as one more, not the first told again.
_ANOTHER_ACT = re.compile(r"\b(?:as\s+well(?!\s+as)|also)\b")


def _merge_duplicates(events: list[DraftEvent]) -> tuple[list[DraftEvent], dict[int, DraftEvent]]:
    """One event per incident or claim: the same one told twice keeps both sentences.

    Returns the events kept, numbered anew, and for every event drafted (by ``id()``)
    the kept event it became; notes that name an event by its draft id are rewritten.
    """
    kept: list[DraftEvent] = []
    by_key: dict[tuple, DraftEvent] = {}
    survivor: dict[int, DraftEvent] = {}
    for event in events:
        key = (event.place_found or event.place, event.date, event.status,
               tuple(event.claimed_by), event.category)  # fmt: skip
        first = by_key.get(key)
        # Two undated events share nothing that shows them one: "the force said it had
        # sent more troops" is not the ambush it reported the day before.
        same_day_or_paragraph = first is not None and (
            bool(event.date) or first.paragraph == event.paragraph
        )
        if (
            first is not None
            and first is not event
            and same_day_or_paragraph
            and not (_ANOTHER_ACT.search(event.evidence[0].text) if event.evidence else False)
            # "The ministry said it had done nothing ... The ambassador denied that ...":
            # the same claim denied by two voices, one entry per voice.
            and not (
                first.denied_by
                and event.denied_by
                and not same_speaker(first.denied_by[0], event.denied_by[0])
            )
        ):
            for item in event.evidence:
                if item not in first.evidence:
                    first.evidence.append(item)
            first.actors = list(dict.fromkeys([*first.actors, *event.actors]))
            first.counts = list(dict.fromkeys([*first.counts, *event.counts]))
            survivor[id(event)] = first
            continue
        by_key[key] = event
        kept.append(event)
        survivor[id(event)] = event
    draft_ids = {event.id: survivor[id(event)] for event in events}
    for number, event in enumerate(kept, start=1):
        prefix = event.id.rsplit("-", 1)[0]
        event.id = f"{prefix}-{number:02d}"
    pattern = re.compile("|".join(re.escape(i) for i in sorted(draft_ids, key=len, reverse=True)))
    for event in kept:
        event.notes = [
            pattern.sub(lambda m: draft_ids[m.group(0)].id, note) if draft_ids else note
            for note in event.notes
        ]
    return kept, survivor


def _highlights(raw, survivor: dict[int, DraftEvent]) -> tuple[Highlight, ...]:
    out = []
    for start, end, kind, made in raw:
        ids = tuple(dict.fromkeys(survivor[id(e)].id for e in made if id(e) in survivor))
        out.append(Highlight(start, end, kind, ids))
    return tuple(sorted(out, key=lambda h: (h.start, -h.end)))
