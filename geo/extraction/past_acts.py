"""Dated past acts at the border: which old dates a report tells as events of their own.

The gold convention (``bench/extract/README.md``, "How the gold events are coded", the
bullet "Age never makes background"): a specific act at a named border place or crossing
or on the line itself, told with a date of its own however long before publication, is
an event; wars, treaties, rulings, ruptures, referendums, yearly counts, force movements,
habits and acts away from the border are background however dated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["tells_a_dated_border_act"]

#: Kinds of event that are talk or diplomacy rather than an act at a place: a rupture, a
#: protest note or a statement dated years back is background.
_TALK_KINDS = frozenset({"official_statement", "diplomatic_measure"})

#: Place precisions of a spot at the border: a named place, a crossing, the area near
#: one, or the line itself.  A district, a region or a country is no spot.
_SPOT_PRECISIONS = frozenset({"exact", "settlement", "near", "border"})

#: Words of the background classes the convention names: wars and battles, treaties and
#: the lines they draw, rulings and the handovers that carry them out, ruptures and
#: boycotts, referendums, force movements, acts away from the border (a coup, a
#: country's independence), habits and yearly counts.
_BACKGROUND_WORDS = re.compile(
    r"\b(?:wars?|warfare|battles?|invasion|invaded|occupation|annex(?:ed|ation)|"
    r"treat(?:y|ies)|agreements?|accords?|pacts?|protocols?|conventions?|"
    r"demarcat\w*|delimit\w*|"
    r"courts?|tribunals?|rul(?:ed|ing|ings)|verdicts?|arbitrat\w*|award(?:ed)?|"
    r"hand(?:ed|ing)?\s*over|handover|ceded|cession|"
    r"(?:severed|cut|broke\s+off|broken\s+off|restored)\s+(?:\w+\s+)?(?:ties|relations)|"
    r"boycott\w*|referend(?:um|a|ums)|plebiscite|"
    r"deploy(?:ed|ment|ments)?|withdr(?:ew|awn|awal)|pull(?:ed)?[\s-]out|"
    r"coup|independence|abolish\w*|"
    r"every|each\s+(?:year|summer|winter|month|week)|annual(?:ly)?|a\s+year\b|"
    r"per\s+year|regularly|routinely)\b",
    re.IGNORECASE,
)
#: A count of thousands or millions: a year's traffic, seizures or crossings.
_LARGE_COUNT = re.compile(
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b(?<!\b(?:19|20)\d{2}\b)|\b(?:thousands|millions?|"
    r"hundreds\s+of\s+thousands)\b",
    re.IGNORECASE,
)
#: Words before a date that make it another thing's: "after the floods of 2019", "since
#: X seized power in 2022", "when the war began in 1998".
_OTHER_THINGS_DATE = re.compile(
    r"\b(?:since|after|before|when|until|till|following|as|ever)\b[^,;:]*$", re.IGNORECASE
)
#: A closure, or people stuck or held, "since" a time: dated when it began.
_STATE_SINCE = re.compile(
    r"\b(?:closed|shut|sealed|stranded|stuck|held|detained|blocked)\s+(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)


#: The line itself, named without a place: "the land border", "its frontier", "the
#: border bridges".
_THE_LINE = re.compile(
    r"\b(?:the|its|their)\s+(?:land\s+|sea\s+|common\s+|shared\s+|whole\s+)?"
    r"(?:border|frontier|boundary)(?:\s+(?:crossings?|bridges?|posts?|gates?))?\b",
    re.IGNORECASE,
)


#: Words that point back to a spot named before: "there", "the crossing", "the shoal".
_POINTS_BACK = re.compile(
    r"\b(?:there|(?:the|that|this)\s+(?:same\s+)?(?:crossings?|bridges?|islands?|islets?|"
    r"shoals?|reefs?|atolls?|posts?|gates?|checkpoints?|river|pass|station|port|"
    r"border|frontier|line|road|village|town))\b",
    re.IGNORECASE,
)


def _own_date(date, sentence: str) -> bool:
    """Whether a date is the act's own rather than the date of something it is told after."""
    before = sentence[: date.start]
    if date.text.lower().startswith("since"):
        # "has been closed since 1994": the closure dated when it began.
        return bool(_STATE_SINCE.search(before))
    return not _OTHER_THINGS_DATE.search(before)


def tells_a_dated_border_act(
    event_dates: Sequence, category: str | None, sentence: str, places: Iterable
) -> bool:
    """Whether an old-dated sentence tells a specific act at a spot on the border.

    "Guards shot a smuggler at the Oybek post in March 2019", "Traffic at X was halted in
    2019", "The land border has been closed since 1994": an act at a named border place
    or crossing, or on the line, with its own date, however old.  "70,000 died in the war
    of 1998", "the court ruled in 2002", "crossings fell to 12,000 in 2019", "troops were
    deployed to the province in 2017" stay background.

    Parameters
    ----------
    event_dates : sequence of DateFind
        The sentence's event dates (all long before publication).
    category : str or None
        The event kind the sentence was read as.
    sentence : str
        The sentence.
    places : iterable of PlaceFind
        The places the sentence names.

    Returns
    -------
    bool
    """
    if category is None or category in _TALK_KINDS or not event_dates:
        return False
    if _BACKGROUND_WORDS.search(sentence) or _LARGE_COUNT.search(sentence):
        return False
    if not all(_own_date(d, sentence) for d in event_dates):
        return False
    told = [p for p in places if p.role not in ("aside", "origin")]
    if any(p.precision in _SPOT_PRECISIONS for p in told):
        return True
    if not places and _POINTS_BACK.search(sentence):
        # "In 2014 guards there shot dead a judge", "ran aground on the shoal in 1999":
        # an act at the spot the sentence points back to, named before.  With no such
        # word ("In 2021 the government closed it") the spot is left to guess.
        return True
    # "The land border has been closed since 1994", "Chad closed its border with Sudan in
    # 2019": the line itself, with no place finer than a country to pin it elsewhere.
    return bool(_THE_LINE.search(sentence)) and all(p.precision == "country" for p in told)
