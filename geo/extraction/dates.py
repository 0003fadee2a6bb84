"""Dates as reports write them, resolved against the publication date.

"on Tuesday", "late on Monday", "yesterday", "last week", "on January 15", "15-16 May",
"in March", "in 2021", "that year" become event dates at the precision the words give
(``2026-01-13``, ``2026-01-05/2026-01-11``, ``2026-03``, ``2021``).  A weekday or a
day without a year is the latest such day on or before publication.  A date right after
a speech verb ("said on Tuesday", "in a statement issued on January 15") dates the
statement, not the event; "did not disclose when" marks the date as undisclosed.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from bordermap.geo.events.dates import parse_vague_date
from bordermap.geo.extraction.roles import with_role

__all__ = ["DateFind", "find_dates"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
#: Month names, capitalised as a date writes them ("May" the verb is lower case).
_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True))
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(_WEEKDAYS) + r")"
_PART = r"(?:\s+(?:night|morning|evening|afternoon))?"
#: Not after "on a", "one", "every" or "each": "on a Tuesday" names no particular week
#: ("a Tuesday raid", a wire's adjective, is this week's).
_NOT_ANY_ONE = r"(?<!\bon\sa\s)(?<!\bone\s)(?<!\bevery\s)(?<!\beach\s)"
_LEAD = (
    r"(?:(?:late|early)\s+(?:on\s+)?|on\s+(?:the\s+night\s+of\s+)?|the\s+night\s+of\s+|during\s+)?"
)

_SINCE = r"(?:(?P<since>since)\s+)?"
#: The year after a day: written ("3 March 2021"), or "on 19 February last year".
_DAY_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b|\s+(?P<rel>last|this)\s+year\b)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        # "between August 30 and September 9", "from 28 February to 3 March": one span
        # across two months; "between 9 December 2024 and 8 December 2025", each end
        # with its year, one span across two years.
        (
            "two_month_days",
            r"\b(?:between|from)\s+(?:(?P<ma>" + _MONTH_NAMES + r")\.?\s+(?P<da>\d{1,2})|"
            r"(?P<db>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mb>" + _MONTH_NAMES + r")\.?)"
            r"(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d{2}),?)?"
            r"\s+(?:and|to|until|through)\s+(?:(?P<mc>" + _MONTH_NAMES
            + r")\.?\s+(?P<dc>\d{1,2})|(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<md>"
            + _MONTH_NAMES + r")\.?)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?",
        ),
        # "on Nov. 12 and Nov. 13": two days of one affair, a span of them (a week at
        # most; days further apart are told one by one); "the weekend of May 31 and June
        # 1" is such a pair.
        (
            "two_days_on",
            r"\b(?:on|the\s+weekend\s+of)\s+(?P<ma>" + _MONTH_NAMES
            + r")\.?\s+(?P<da>\d{1,2})(?:st|nd|rd|th)?\s+"
            r"and\s+(?:on\s+)?(?P<mc>" + _MONTH_NAMES + r")\.?\s+(?P<dc>\d{1,2})(?:st|nd|rd|th)?"
            r"\b(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?",
        ),
        (
            "month_day_range",
            r"(?:(?:between|from|on)\s+)?" + _MON + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*"
            r"(?:[–—-]|and|to|through|until)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<y>(?:19|20)\d{2})\b)?",
        ),
        # "in the week to 10 March": the seven days that end on that day.
        (
            "week_to",
            r"\b(?:in|during|over)\s+the\s+(?:week|seven\s+days)\s+(?:to|ending(?:\s+on)?|up\s+to)\s+"
            r"(?:(?P<d>\d{1,2})\s+" + _MON + r"|" + _MON.replace("?P<mon>", "?P<mon2>")
            + r"\s+(?P<d2>\d{1,2}))(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b",
        ),
        # "in the week that began on 20 May": the seven days from that day.
        (
            "week_from",
            r"\b(?:in|during|over)\s+the\s+week\s+(?:that\s+began|which\s+began|beginning|"
            r"starting)\s+(?:on\s+)?(?:(?P<d>\d{1,2})\s+" + _MON + r"|"
            + _MON.replace("?P<mon>", "?P<mon2>")
            + r"\s+(?P<d2>\d{1,2}))(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b",
        ),
        # "between the start of the year and 1 October": from 1 January to that day.
        (
            "year_start_to",
            r"\b(?:between|from)\s+the\s+(?:start|beginning)\s+of\s+the\s+year\s+(?:and|to|until)\s+"
            r"(?:(?P<d>\d{1,2})\s+" + _MON + r"|" + _MON.replace("?P<mon>", "?P<mon2>")
            + r"\s+(?P<d2>\d{1,2}))(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b",
        ),
        # "at the start of October": the whole month, as "the end of May" is;
        # "at the start of 2016", "since the end of 2017": the year's first or last month.
        ("month_edge", r"\b(?:(?P<since>since)\s+|(?:at|from|by|until|in|towards?)\s+)?the\s+"
                       r"(?P<edge>start|beginning)\s+of\s+" + _MON
                       + r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?!\s*\d)"),
        ("year_edge", r"\b(?:(?P<since>since)\s+|(?:at|from|by|until|in|towards?)\s+)?the\s+"
                      r"(?P<edge>start|beginning|end)\s+of\s+(?P<y>(?:19|20)\d{2})\b"),
        ("month_part", r"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<part>first|last)\s+"
                       r"(?:(?P<n>\d+|two|three|four|five|six|seven|ten)\s+days|(?P<week>week)|"
                       r"days)\s+of\s+" + _MON
                       + r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b"),
        # "in the first six days of the month": the month the report is telling (the
        # last day it named, else the month it was published in).
        ("month_part_this", r"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<part>first|last)\s+"
                            r"(?:(?P<n>\d+|two|three|four|five|six|seven|ten)\s+days|"
                            r"(?P<week>week)|days)\s+of\s+the\s+month\b"),
        # "at the start of the month", "since the beginning of the month": the month the
        # report is telling, whole, as part of a named month is ("before the end of the
        # month" is a time to come, no date).
        ("month_edge_this", r"\b(?:(?P<since>since)\s+|(?:at|in|from)\s+)the\s+"
                            r"(?:start|beginning|middle)\s+of\s+the\s+month\b"),
        # "from midnight on the night of Sunday to Monday": the moment Monday begins.
        ("midnight", r"\b(?:from|at|after|since)\s+midnight\s+(?:on\s+)?(?:the\s+night\s+of\s+)?"
                     r"(?:" + _WD.replace("?P<wd>", "?P<wd1>") + r"|\d{1,2}(?:\s+" +
                     _MON.replace("?P<mon>", "?P<mon1>") + r")?)\s+(?:to|into)\s+"
                     r"(?:" + _WD + r"|(?P<d>\d{1,2})\s+" + _MON +
                     r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?)\b"),
        # "during the night of 31 March to 1 April 2025": the two days the night spans.
        ("night_range", r"\b(?:during\s+|on\s+|over\s+)?the\s+night\s+of\s+(?P<d1>\d{1,2})"
                        r"(?:\s+" + _MON.replace("?P<mon>", "?P<mon1>") + r")?\s+(?:to|into)\s+"
                        r"(?P<d2>\d{1,2})\s+" + _MON + r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b"),
        ("year_part", r"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<nth>first|second|third|fourth|"
                      r"last)\s+(?P<part>half|quarter)\s+of\s+(?:(?P<y>(?:19|20)\d{2})|"
                      r"(?P<this>this|last)\s+year)\b"),
        # "in the first eight months of 2022", "the first 10 months of this year".
        ("first_months", r"\b(?:in\s+|during\s+|over\s+)?the\s+first\s+(?P<n>\d{1,2}|two|three|"
                         r"four|five|six|seven|eight|nine|ten|eleven)\s+months\s+of\s+"
                         r"(?:(?P<y>(?:19|20)\d{2})|(?P<this>this|last)\s+year)\b"),
        # "shut on the eve of the elections of 22 March": the day before the day named.
        ("eve", r"\bon\s+the\s+eve\s+of\s+(?:[^,.;]{1,80}?\s+)?(?:of|on)\s+(?P<d>\d{1,2})\s+"
                + _MON + r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b"),
        (
            "day_range",
            _LEAD + r"(?P<d1>\d{1,2})\s*(?:[–—-]|and|to)\s*(?P<d2>\d{1,2})\s+" + _MON
            + r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b",
        ),
        (
            "day",
            _SINCE + _LEAD + r"(?:" + _WD + r",?\s+)?" + _MON
            + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b" + _DAY_YEAR,
        ),
        (
            "day",
            _SINCE + _LEAD + r"(?:" + _WD + r",?\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?"
            + r"\s+(?:of\s+)?" + _MON + _DAY_YEAR,
        ),
        ("iso_day", r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # "on New Year's Day", "on Christmas Eve": a feast of fixed date is that day,
        # the latest on or before the report, unless a year follows.
        ("feast", r"\b(?:on\s+)?(?P<feast>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve))"
                  r"(?:,?\s+(?P<y>(?:19|20)\d{2}))?\b"),
        ("numeric_day", r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})\b"),
        ("ago", r"\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|a\s+few)\s+"
                r"(?P<unit>days?|weeks?|months?)\s+(?:ago|earlier|before|later|after)\b"),
        # "on the 9th": a day of the month the report is written in (or of the month
        # before, for a day still to come).
        # "stuck there since the 4th": from that day until the report.  "On the 15th
        # parallel" is a line of latitude.
        ("day_of_month", r"\b(?:on|since)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
                         r"(?!\s+(?:(?:of\s+)?" + _MON.replace("?P<mon>", "?P<mon_after>")
                         + r"|parallel))"),
        # "On the same day", "that same day", "later that day": the day dated last.
        # "Later the same morning", "that same night": a part of the day dated last.
        ("same_day", r"\b(?:(?:on|later\s+on|earlier\s+on|later|earlier)\s+)?(?:the|that)\s+"
                     r"(?:very\s+)?same\s+(?:day|morning|afternoon|evening|night)\b|"
                     r"\b(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening)\b|"
                     # "Earlier in the day", "later in the evening": the day dated last.
                     r"\b(?:later|earlier)\s+in\s+the\s+(?:day|morning|afternoon|evening)\b|"
                     # "a few hours later", "an hour later", "minutes afterwards": within
                     # the day dated last.
                     r"\b(?:(?:a\s+few|several|some|two|three|four|five|six|\d+|an|a)\s+)?"
                     r"(?:hours?|minutes?)\s+(?:later|afterwards?)\b|"
                     # "Hours after the announcement, troops attacked": within the day
                     # of what was told before ("the", "that": named back).
                     r"\b(?:(?:a\s+few|several|some|two|three|four|five|six|\d+|an|a)\s+)?"
                     r"hours?\s+after\s+(?:the|that|this)\s+[a-z]+(?=\s*,)|"
                     # "said on Tuesday that bodies had been found that day": the day
                     # dated last, even that of the saying.
                     r"\b(?:on\s+)?that\s+day\b|"
                     # "Traffic stopped at the crossing that evening": the part of the
                     # day dated last ("that night" only before a stop: "that night
                     # patrols" is a conjunction and a noun).
                     r"\b(?:later\s+|early\s+|late\s+)?(?:on\s+)?that\s+"
                     r"(?:morning|afternoon|evening)\b(?!\s+(?:patrols?|flights?|shifts?))|"
                     r"\b(?:later\s+|late\s+)?that\s+night(?=\s*[,.;:]|\s*$)"),
        ("next_day", r"\b(?:(?:on\s+)?the\s+(?P<rel>next|following|previous)\s+day|"
                     r"(?P<later>a|one|the)\s+day\s+(?P<dir>later|after|before|earlier)|"
                     r"the\s+day\s+before)\b"),
        ("duration", r"\b(?:have|has|had)\s+been\s+(?:\w+\s+){0,4}?for\s+(?:more\s+than\s+|"
                     r"nearly\s+|almost\s+|about\s+|over\s+|some\s+)?(?P<n>\d+|an?|one|two|"
                     r"three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\b"),
        (
            "month_range",
            r"\b(?:between|from)\s+(?:(?:early|late|mid)[\s-]+)?" + _MON
            + r"(?:\s+(?P<y1>(?:19|20)\d{2}))?\s+(?:and|to|until|through)\s+(?:(?:early|late|mid)"
            + r"[\s-]+)?" + _MON.replace("?P<mon>", "?P<mon2>")
            + r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?!\s*\d)",
        ),
        # "in October and November": the two months named together, one span.
        (
            "month_range",
            r"\b(?:in|during)\s+" + _MON + r"\s+and\s+" + _MON.replace("?P<mon>", "?P<mon2>")
            + r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?!\s*\d)",
        ),
        ("past_span", r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+"
                      r"(?P<n>\d+|two|three|four|five|six|seven|ten)?\s*"
                      r"(?P<unit>hours?|days?|weeks?|months?|day|week|month)\b"),
        # "overnight into Tuesday", and as wires shorten it, "overnight Tuesday".
        # "in the 24 hours to Monday morning": a count over the day or days up to it.
        # "in the week to Wednesday": the seven days that end on it.
        ("hours_to", r"\b(?:in|over|during|within|for)\s+the\s+(?:past\s+|last\s+)?"
                     r"(?:(?P<hours>24|48|72|twenty-four|forty-eight|seventy-two)\s+hours|"
                     r"(?P<week>week|seven\s+days))\s+"
                     r"(?:to|until|up\s+to|before)\s+" + _WD + r"\b"),
        # "during the night before Saturday": the same night, Friday into Saturday.
        # "overnight from Monday to Tuesday": the night into the second day.
        ("night_before", r"\b(?:overnight\s+(?:from\s+(?:" + "|".join(_WEEKDAYS) + r")\s+)?"
                         r"(?:(?:into|to|on)\s+)?|(?:(?:during|in|on)\s+)?"
                         r"the\s+night\s+(?:before|preceding|into)\s+)"
                         # "overnight into last Saturday": the same night, a week back
                         # when the report is of that weekday.
                         r"(?:(?P<last>last)\s+)?" + _WD + r"\b"),
        (
            "weekday_pair",
            r"\b(?:on\s+|between\s+|from\s+)?" + _WD + r"\s+(?:and|to|through|until)\s+"
            + _WD.replace("?P<wd>", "?P<wd2>") + r"\b",
        ),
        # "on Thursday last week", "on the Thursday of last week": that day of the
        # week before the report's.
        ("weekday_last_week", _LEAD + r"(?:the\s+)?" + _WD + _PART
                              + r"\s+(?:of\s+)?last\s+week\b"),
        # "on a Tuesday night early in November", "one Friday", "every Monday": a weekday
        # told as any one of its kind is no day of the report's week.
        ("weekday", r"(?:(?P<since>since)\s+|(?P<last>last)\s+)?" + _LEAD + _NOT_ANY_ONE + _WD
                    + _PART + r"\b"),
        (
            "month",
            r"(?:(?:in|during|since|by|from|until|through)\s+)?(?:(?:early|late|mid)[\s-]+)?"
            + _MON + r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})|\s+(?P<rel>last|this)\s+year)?"
            r"\b(?!\s*\d)",
        ),
        ("source_year", r"\b(?:in|from)\s+(?:a|an|its|their|the)\s+(?P<y>(?:19|20)\d{2})\s+"
                        r"(?:report|study|survey|investigation|review)\b"),
        # "in the winter of 1985", "during summer 2019": a season is told by its year (a
        # winter runs into the next one), as event files date it.
        ("year", r"\b(?:in|during|since|by|throughout|until)\s+(?:(?:early|late|mid)[\s-]+)?"
                 r"(?:(?:the\s+)?(?:winter|spring|summer|autumn|fall)\s+(?:of\s+)?)?"
                 r"(?P<y>(?:19|20)\d{2})\b(?![-–]\d)"),
        ("that_year", r"\b(?:that|the\s+same)\s+year\b"),
        ("relative", r"\b(?:yesterday|today|tonight|this\s+morning|this\s+afternoon|"
                     r"this\s+evening|last\s+night|overnight|earlier\s+today)\b"),
        ("this_year", r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|"
                      r"so\s+far\s+this\s+year)\b"),
        ("period", r"\b(?:(?:last|this|earlier\s+this|so\s+far\s+this|late\s+last|early\s+last|"
                   r"the\s+past)\s+"
                   r"(?:week|weekend|month|year)|over\s+the\s+weekend|at\s+the\s+weekend)\b"
                   # "over the weekend of May 31 and June 1": the days that follow name it.
                   r"(?!\s+of\b)"),
    )
)  # fmt: skip
_UNDISCLOSED = re.compile(
    r"\b(?:(?:did|do|does|would|could)\s+not|didn['’]t|declined\s+to|refused\s+to|without)\s+"
    r"(?:\w+\s+)?(?:disclose|say|specify|reveal|state|give|saying|disclosing|specifying)"
    r"(?:\s+exactly)?\s+(?P<what>when|where|the\s+date|the\s+location|the\s+place)"
    r"(?:\s+(?:or|and)\s+(?:exactly\s+)?(?P<what2>when|where))?"
    r"|\b(?:the\s+)?(?P<what3>date|time|timing|location|place)s?\s+(?:\w+\s+){0,4}?"
    r"(?:was|were|has|have|had|is|are)\s+(?:not\s+been\s+|not\s+|never\s+)"
    r"(?:\w+\s+)?(?:disclosed|given|specified|revealed|made\s+public)"
    r"|\bundisclosed\s+(?P<what4>date|time|location|place|site)",
    re.IGNORECASE,
)
#: "by October 20": the day a count or a state was reached by.
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
#: "a deadline of 9 May", "gave Laos until 17 August": the date is a limit set; "planned
#: for Friday" a day a plan was set for.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:deadline\s+(?:of|on|for)|(?:gave|give|gives|given|giving|had|has|have)\s+"
    r"(?:[\w’'-]+\s+){0,3}?until|"
    # "a visit that had been planned for Wednesday": the day a plan was set for, which
    # tells nothing of when it was called off.
    r"(?:planned|scheduled|slated)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A non-defining relative clause in the perfect that describes a noun (", who have
#: fought the government since 2015"): its time is the noun's, not the incident's.
DESCRIBING_CLAUSE = re.compile(r",\s+(?:who|which)\s+(?:have|has)\s+[^,;.]*")
#: "the most direct clash since Moscow annexed Crimea in 2014", "the worst since 1999":
#: a time the incident is measured against, not its own.
MEASURED_SINCE = re.compile(
    r"\b(?:first|most|worst|biggest|largest|deadliest|bloodiest|heaviest|gravest|"
    r"fiercest|longest|highest)\b[^,;.]{0,80}?\bsince\b[^,;.]*",
    re.IGNORECASE,
)
#: ", against 202 in the same stretch of 2019", "up from 80 in 2022": the year of a
#: figure the count is set beside, not of the count itself.
_COMPARED_YEAR = re.compile(
    r",?\s+(?:against|compared\s+with|compared\s+to|up\s+from|down\s+from|versus)\s+"
    r"[^,;.]{0,60}?\b(?:19|20)\d{2}\b"
)
#: "that " right before a weekday ("that Thursday"): the weekday told before.
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
#: "that day", "on that day" alone (not "later that day"): the day told before.
_BARE_THAT_DAY = re.compile(r"(?:on\s+)?that\s+day", re.IGNORECASE)
#: "a 15 October deadline": the date names the deadline that follows it.
_DEADLINE_AFTER = re.compile(r"\s*deadlines?\b", re.IGNORECASE)
#: "Name, speaking after a cabinet session on Friday, called ...": the day the speaker
#: spoke, told in an aside about the speaking ...
_SPEAKING_BEFORE = re.compile(
    r"(?:^|,)\s*speaking\s+(?:after|at|to|before|during|following|in)\s+[^,;.]{1,80}?\s+$",
    re.IGNORECASE,
)
#: ... when the sentence goes on to say something; "Speaking to supporters on Saturday,
#: the president broke off relations" is an act done as he spoke, dated that day.
_SAYS_AFTER = re.compile(
    r"\b(?:said|says|told|called|announced|stated|added|warned|described|accused|denied|"
    r"insisted|urged|vowed|promised|pledged|demanded|rejected|dismissed|condemned)\b",
    re.IGNORECASE,
)
_STATEMENT_BEFORE = re.compile(
    # "Name, speaking after a cabinet session on Friday, called ...": the day the
    # speaker spoke, told in an aside about the speaking.
    r"\b(?:accused|accuses|blamed|blames)\s+(?:(?!of\b|for\b)[\w’'-]+\s+){1,4}"
    # "accused Rwanda at the end of December of ...": the day of the charge.
    r"(?:(?:end|start|beginning|middle)\s+of\s+)?$|"
    # "dismissed Guyana's account on Tuesday": the day of the denial, not of the act.
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:(?:the|that|this|these|[\w-]+['’]s?)\s+)?(?:\w+\s+)?(?:accusations?|allegations?|"
    r"claims?|charges?|reports?|account|version|statements?|story|narrative)\s+"
    # "rejected the charge in an interview with the Tages-Anzeiger on Tuesday".
    r"(?:in\s+(?:a|an)\s+(?:[\w-]+\s+)?interview(?:\s+with\s+(?:[\w’'-]+\s+){1,4}?)?\s*)?$|"
    # "gave a lower toll on Thursday", "gave a different account in the government daily
    # on Thursday": a speaker's figure or version, dated by its telling.
    r"\bgave\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:account|toll|figure|"
    r"version|picture|estimate)(?:\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:daily|"
    r"newspaper|paper|press))?\s+$|"
    # "In a note on Sunday, X identified ...", "In a communiqué that evening, X said":
    # the day of the writing that opens the sentence.
    r"(?:^|[:.*-]\s*)In\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:note|"
    r"communiqu[eé]|message|tweet|letter)\s+$|"
    # "dismissed any Russian part in the X flights on Tuesday", "denied any role in the
    # attack on Monday": the day of the denial of a part in the act, not of the act.
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|ruled\s+out|rules\s+out)\s+"
    r"(?:any|all|its|their|his|her|a)\s+(?:[\w-]+\s+)?(?:role|part|involvement|hand|"
    r"responsibility|link|links|connection)\s+(?:in|for|with|to)\s+"
    r"[^,;.]{1,60}?\s+$|"
    # "told a WhatsApp group on Sunday": an audience of up to three words; "told both
    # houses of Parliament on Tuesday": of a body named after "of".
    r"(?:\b(?:said|says|announced|stated|told(?:\s+(?!to\b)[\w’'-]+){1,3}"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)?|"
    # "told the Kurdish broadcaster Rudaw on Sunday": an outlet named at more length.
    r"told\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:broadcaster|newspaper|news\s+agency|"
    r"agency|channel|radio|television|station|daily|weekly|website|magazine|paper)"
    r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}|reported|confirmed|denied|"
    r"wrote|added|warned|posted|statement|announcement|briefing|conference|"
    # "raised the alarm at a cabinet meeting on Monday night": the day of the warning.
    # "criticised the move on Monday": a judgement spoken on the incident dates the
    # speaking, not the incident.
    r"(?:criticised|criticized|praised|welcomed)\s+(?:the|that|this|these|those|its|his|her|"
    r"their)\s+(?:[\w-]+\s+){1,2}?|"
    r"(?:raised|sounded)\s+the\s+alarm(?:\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|session|summit|rally|hearing))?|"
    # "in a post on X": a message; "at their border post last week" is a place.
    r"(?<!\bat\s)(?:a|an|its|his|her|their)\s+(?!(?:border|frontier|army|military|police|"
    r"guard|observation|command|customs|control|trading|forward|combat)\s)(?:\w+\s+)?post|"
    # "A decree issued in November drew up ...": a decree, order or law acts by being
    # issued; its day is the measure's, not a statement's.
    r"(?<!decree\s)(?<!decrees\s)(?<!order\s)(?<!orders\s)(?<!ban\s)(?<!law\s)"
    r"(?<!regulation\s)(?<!regulations\s)(?<!directive\s)(?<!ordinance\s)"
    r"(?:issued|published|released|made|made\s+(?:public|known))|"
    # "a statement dated 11 March": the day of the document.
    r"(?:statement|communiqu[eé]|letter|note|report|release)\s+dated)"
    # "said by telephone on Tuesday", "told AFP in an interview on Sunday": the way the
    # words reached the reporter, between the saying and its day.
    r"(?:\s+(?:(?:by|over\s+the)\s+(?:tele)?phone|(?:by|via)\s+video[\s-]?link|"
    r"in\s+(?:a|an)\s+(?:[\w-]+\s+)?interview))?"
    # "told reporters in Kyiv on Monday", "said in Brussels on Tuesday": where they spoke.
    r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)?\s*,?\s*)$",
    re.IGNORECASE,
)
#: "Later on Monday the ministry told RIA that ...": a date opening a sentence on one
#: more statement dates that statement, as "said on Monday" does.
_LATER_STATEMENT_BEFORE = re.compile(
    r"^\s*(?:(?:Later|Earlier|Then)\s+(?:on|that|in\s+the\s+day\s+on)?"
    # "By Tuesday night the president said ...": the day the saying had come by.
    r"|By)\s*$",
    re.IGNORECASE,
)
_SPEAKER_VERB_AFTER = re.compile(
    r"^,?\s+(?:[\w’'.-]+\s+){1,6}?(?:said|told|announced|stated|added|reported|insisted|"
    r"claimed|wrote|posted)\b"
)
#: "Kenya on Thursday said ...", "The ministry on Monday denounced what it called ...":
#: a day told between the speaker and the speech verb dates the saying.
_SPEECH_VERB_NEXT = re.compile(
    r"^\s+(?:also\s+|again\s+|formally\s+|publicly\s+)?(?:said|told|announced|stated|"
    r"reported|insisted|claimed|alleged|accused|denied|rejected|denounced|condemned|"
    r"confirmed|warned|wrote|posted|defended|criticised|criticized|dismissed|refuted)\b"
)
#: "confirmed the crash on Monday and said ...": the day of the confirmation.
_CONFIRMED_ON_BEFORE = re.compile(
    r"\b(?:confirmed|acknowledged)\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_AND_SAID_AFTER = re.compile(r"^,?\s+(?:and\s+(?:said|added|told)|saying)\b")
#: Kinds of date phrase counted from the day of publication only.
_FROM_PUBLICATION = frozenset(
    {"period", "relative", "past_span", "this_year", "weekday", "weekday_last_week"}
)
#: "has closed the crossing", "have barred travellers from": a state begun by one act,
#: in the perfect, so that "since <day>" dates the act, not a stretch of days.
#: "had in fact been closed", "has already been shut": an adverb between the auxiliary
#: and the participle only hedges or stresses the state.
_PERFECT_ADVERB = r"(?:(?:\w+ly|in\s+fact|in\s+turn|indeed|already|also|still|now)\s+)?"
_SHUT_SINCE_BEFORE = re.compile(
    rf"\b(?:has|have|had)\s+{_PERFECT_ADVERB}(?:been\s+)?"
    # "has been all but shut since", "have been largely closed since": the state, hedged.
    r"(?:(?:all\s+but|largely|mostly|virtually|effectively|practically|nearly|almost)\s+)?"
    r"(?:barred|banned|closed|shut|sealed|"
    r"suspended|halted|blocked|stopped|cut\s+off|"
    # "had been stuck at X since Saturday night": people held up from that day on.
    r"stuck|stranded|trapped|held\s+up|"
    # "he had been held there since Thursday night": kept at the place just told.
    r"held\s+(?:there|here)|kept\s+waiting|"
    # "Lorries have been unable to cross at X since February": kept from crossing.
    r"unable\s+to\s+(?:cross|pass|enter|leave|get\s+through)|"
    # "Traffic has been moving normally since Tuesday", "vehicles had been coming across
    # since early on Tuesday": a flow that resumed that day and goes on.
    r"(?:moving|flowing|running)\s+(?:normally|again|freely)|coming\s+across|"
    # "the crossing has taken only EU citizens since Thursday": a restriction begun then.
    r"(?:taken|admitted|accepted|let\s+in)\s+only|"
    # "have been open to Baltic citizens since 18 May", "has been under a state of
    # emergency since 13 June": a state that one act (an opening, a decree) began that day.
    r"open|under\s+(?:a\s+)?(?:state\s+of\s+(?:emergency|siege)|curfew|lockdown|martial\s+law)|"
    # "Security at the post has been tightened since Monday": a measure ordered that day.
    r"tightened|stepped\s+up|reinforced|beefed\s+up|heightened)"
    r"\b[^.;:]*$",
    re.IGNORECASE,
)
#: "Since late August, lorries from X have not been let into Y", "Since March, goods
#: must be handed over at the post": a closure or a rule told after the date, in force
#: since then, dated when it began (a count, "have been turned back", stays a stretch).
_SHUT_SINCE_AFTER = re.compile(
    r"^,\s+[^.;:]{0,160}?\b(?:(?:has|have|had)\s+(?:not|never)\s+been\s+"
    r"(?:let|allowed|permitted|admitted)|(?:has|have|had)\s+been\s+"
    r"(?:barred|banned|closed|shut|sealed)|must\s+(?:now\s+)?be|"
    r"(?:may|can)\s+(?:only|no\s+longer))\b",
    re.IGNORECASE,
)
#: "has sent 400 police to the line since 2 May", "have kept checks at the border since
#: June", "had held the town since Monday": a measure put in place by one act and kept
#: since; and a practice or plight in the perfect progressive ("have been searching
#: every car since", "had been camping at the post since Friday"): both are dated by the
#: day they began.  Fighting that "has been raging since Sunday" and people counted as
#: they crossed ("have crossed since") stay stretches.
#: Verbs of a stretch, not of a measure kept: "been fighting since", "been crossing since".
_STRETCH_ING = (
    r"(?:fighting|raging|clashing|shelling|firing|crossing|arriving|coming|entering|"
    r"going|flowing|moving|running)"
)
_KEPT_SINCE_BEFORE = re.compile(
    rf"\b(?:has|have|had)\s+{_PERFECT_ADVERB}"
    r"(?:(?:sent|deployed|stationed|posted|kept|held|controlled|occupied|maintained|"
    # "has let only 500 lorries a day through since July": a limit kept since.
    r"let|allowed|limited|capped|restricted)\b|"
    # "have doubled their numbers at the post since 14 July": a force raised that day.
    r"(?:doubled|tripled)\s+(?:their|its|the)\s+(?:numbers|presence|patrols|forces|troops)\b|"
    # "have screened everyone arriving since 22 January", "has checked every lorry
    # since": a check applied to all, in the simple perfect, begun that day (a count,
    # "have checked 4,000 cars since", stays a stretch).
    r"(?:screened|checked|searched|inspected|tested|scanned|registered)\s+"
    r"(?:every|everyone|everybody|all|each)\b|"
    rf"been\s+(?!{_STRETCH_ING}\b)\w+ing\b)[^.;:]*$",
    re.IGNORECASE,
)
#: "Since 3 May, officers at the post have been searching every car": the same, with the
#: date first.
_KEPT_SINCE_AFTER = re.compile(
    rf"^,\s+[^.;:]{{0,80}}?\b(?:has|have|had)\s+been\s+(?!{_STRETCH_ING}\b)\w+ing\b",
    re.IGNORECASE,
)
#: "since it broke out on 9 February", "since the rebels seized the capital in March": a
#: clause that tells the act a stretch began with, its own day at its end.
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\b[Ss]ince\s+(?:it|they|he|she|we|the|a|an|its|their|[A-Z][a-z]+)\s+[^,;:.()]{3,100}?"
    r"\s+(?:(?:on|in)\s+)?$"
)
#: "have crossed into X since ...", "the authorities have taken hundreds out": people
#: moved in the present perfect, a flow counted on until the report.  A state ("has
#: stayed shut", "have been strained") or a toll ("has killed") is dated by the clause's
#: act instead, as the gold sets do.
_FLOW_PERFECT = re.compile(
    rf"\b(?:has|have)\s+{_PERFECT_ADVERB}"
    r"(?:crossed|fled|entered|arrived|reached|come|streamed|poured|taken|sent|returned|"
    r"deported|expelled|pushed|moved|brought|carried|flown|bussed|left)\b"
)
#: ", when ...": the clause that tells what happened at a time just named.
_WHEN_AFTER = re.compile(r",?\s+when\s", re.IGNORECASE)
_DURATION_TEXT = re.compile(r"\bbeen\b.*\bfor\b", re.IGNORECASE)
_STATEMENT_AFTER = re.compile(r"^,?\s*(?:\w+\s+){0,4}?(?:said|announced|stated)\b", re.I)


#: "starting on Friday", "from Wednesday morning", "as of Monday": the day a measure
#: takes effect.
_TAKES_EFFECT_BEFORE = re.compile(
    r"\b(?:from|starting|beginning|as\s+of|effective(?:\s+from)?)\s+$", re.IGNORECASE
)
#: "will halt", "is to close", "has ordered ... shut": a measure not yet in force when told.
_MEASURE_TO_COME = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|(?:has|have)\s+(?:ordered|decided))\b", re.IGNORECASE
)


@dataclass(frozen=True)
class DateFind:
    """A date phrase of a sentence and what it resolves to.

    Attributes
    ----------
    value : str
        The date as an event file writes it (``2026-01-13``, ``2026-01``, ``2021``,
        ``START/END``); ``""`` for an undisclosed date.
    start, end : int
        Offsets within the sentence.
    role : str
        ``event`` (when it happened), ``statement`` (when someone said so),
        ``source`` (the year of a report cited), ``limit`` (the end of a state:
        "until this week"), ``frame`` (a period that only frames a day named after
        it in the sentence: "last month ... on 13 December") or ``undisclosed``.
    undisclosed : str
        For ``undisclosed``: ``date``, ``place`` or ``date+place``.
    """

    value: str
    start: int
    end: int
    text: str
    role: str = "event"
    undisclosed: str = ""


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12}  # fmt: skip


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _range(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


#: Feasts of a fixed day, as (month, day) of the patterns' "feast" kind.
_FEASTS = {
    "new year's day": ("January", "1"),
    "new year's eve": ("December", "31"),
    "christmas day": ("December", "25"),
    "christmas eve": ("December", "24"),
}


def _day_value(groups: dict, published: dt.date | None) -> str | None:
    month = _MONTHS[groups["mon"].lower().rstrip(".")]
    day = int(groups["d"])
    if groups.get("y"):
        year = int(groups["y"])
    elif groups.get("rel") and published is not None:
        # "on 19 February last year": the year before the report's, whatever the day.
        year = published.year - (1 if groups["rel"].lower() == "last" else 0)
    elif published is not None:
        year = published.year
        try:
            if dt.date(year, month, day) > published:
                year -= 1
        except ValueError:
            return None
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_named(g: dict, published: dt.date | None) -> int | None:
    """The year a part of a year is told in: written ("of 2025"), or "this"/"last" year
    counted from the publication date; None when neither is known."""
    if g.get("y"):
        return int(g["y"])
    if published is None:
        return None
    return published.year - (1 if (g.get("this") or "").lower() == "last" else 0)


def _resolve(
    kind: str,
    g: dict,
    published: dt.date | None,
    last_year: int | None,
    anchor: dt.date | None = None,
) -> str | None:
    if kind == "day":
        value = _day_value(g, published)
        if value and g.get("since") and published is not None:
            return _range(dt.date.fromisoformat(value), published)  # until the report
        return value
    if kind == "month_edge":
        if g.get("since"):
            return None  # read as the month by the month pattern
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            year = int(g["y"])
        elif published is None:
            return None
        else:
            year = published.year if month <= published.month else published.year - 1
        # "at the start of October": the whole month, as the coding rules date part of
        # a month.
        first = dt.date(year, month, 1)
        return f"{year:04d}-{month:02d}" if published is None or first <= published else None
    if kind == "year_edge":
        return f"{g['y']}-{'12' if g['edge'].lower() == 'end' else '01'}"
    if kind == "eve":
        value = _day_value(g, published)
        if value is None:
            return None
        return (dt.date.fromisoformat(value) - dt.timedelta(days=1)).isoformat()
    if kind == "feast":
        name = " ".join(g["feast"].replace("’", "'").lower().split())
        month, day = _FEASTS[name]
        return _day_value({"mon": month, "d": day, "y": g.get("y")}, published)
    if kind in ("iso_day", "numeric_day"):
        try:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat()
        except ValueError:
            return None
    if kind == "week_to":
        last = _day_value(
            {"mon": g.get("mon") or g["mon2"], "d": g.get("d") or g["d2"], "y": g.get("y")},
            published,
        )
        if last is None:
            return None
        end = dt.date.fromisoformat(last)
        return _range(end - dt.timedelta(days=6), end)
    if kind in ("week_from", "year_start_to"):
        named = _day_value(
            {"mon": g.get("mon") or g["mon2"], "d": g.get("d") or g["d2"], "y": g.get("y")},
            published,
        )
        if named is None:
            return None
        day = dt.date.fromisoformat(named)
        if kind == "year_start_to":
            return _range(dt.date(day.year, 1, 1), day)
        last = day + dt.timedelta(days=6)
        return _range(day, min(last, published) if published is not None else last)
    if kind == "two_month_days":
        last = _day_value(
            {"mon": g["mc"] or g["md"], "d": g["dc"] or g["dd"], "y": g.get("y")}, published
        )
        if last is None:
            return None
        end = dt.date.fromisoformat(last)
        first = _day_value(
            {"mon": g["ma"] or g["mb"], "d": g["da"] or g["db"], "y": g["y1"] or str(end.year)},
            None,
        )
        if first is None:
            return None
        start = dt.date.fromisoformat(first)
        if start > end and g["y1"]:
            return None
        if start > end:  # "from 28 December to 3 January"
            start = start.replace(year=start.year - 1)
        return _range(start, end)
    if kind == "two_days_on":
        last = _day_value({"mon": g["mc"], "d": g["dc"], "y": g.get("y")}, published)
        first = _day_value({"mon": g["ma"], "d": g["da"], "y": last[:4] if last else None}, None)
        if not (first and last):
            return None
        days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
        return f"{first}/{last}" if 0 < days <= 7 else None
    if kind == "month_day_range":
        first = _day_value({**g, "d": g["d1"]}, published)
        last = _day_value({**g, "d": g["d2"]}, published)
        return f"{first}/{last}" if first and last and first < last else None
    if kind == "same_day":
        return anchor.isoformat() if anchor is not None else None
    if kind == "next_day":
        # Counted from the last day the report dated; "the day before" the same way.
        if anchor is None:
            return None
        text = g["text"].lower()
        back = "previous" in text or "before" in text or "earlier" in text
        return (anchor + dt.timedelta(days=-1 if back else 1)).isoformat()
    if kind == "midnight":
        if g.get("wd"):
            back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        return _day_value(g, published)
    if kind == "night_range":
        last = _day_value({**g, "d": g["d2"]}, published)
        if last is None:
            return None
        end = dt.date.fromisoformat(last)
        return _range(end - dt.timedelta(days=1), end)
    if kind == "day_range":
        first = _day_value({**g, "d": g["d1"]}, published)
        last = _day_value({**g, "d": g["d2"]}, published)
        return f"{first}/{last}" if first and last and first < last else None
    if kind in ("year", "source_year"):
        return g["y"]
    if kind == "that_year":
        return str(last_year) if last_year else None
    if kind == "month":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            year = int(g["y"])
        elif published is None:
            return None
        elif g.get("rel"):
            # "in September last year", "in March this year".
            year = published.year - (1 if g["rel"].lower() == "last" else 0)
        else:
            year = published.year if month <= published.month else published.year - 1
        if published is not None and g["text"].lower().startswith("since"):
            # "since August", "since mid-August": from that month until the report (part
            # of a month is the whole month).
            return _range(dt.date(year, month, 1), published)
        # "in early September", "mid-April", "late June": the whole month, as the
        # coding rules date part of a month.
        return f"{year:04d}-{month:02d}"
    if published is None:
        return None
    if kind == "ago":
        number = g["n"].lower()
        if number.startswith("a few"):
            return None  # too vague to count
        n = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        unit = g["unit"].lower().rstrip("s")
        text = g["text"].lower()
        later = text.endswith(("later", "after"))
        if later or "earlier" in text or "before" in text:
            # "two days earlier", "three days later": counted from the day the report
            # dated last, if any.
            if anchor is None:
                return None
            base = anchor
        else:
            base = published
        if later:
            n = -n  # forward from the anchor
        if unit == "day":
            return (base - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            day = base - dt.timedelta(days=7 * n)
            if not (later or "earlier" in text or "before" in text):
                # "sunk a week ago" in a Sunday report: the Sunday before, as the day
                # counted back from the report (a count from an act told before keeps
                # its week, the anchor being a day the report only infers).
                return day.isoformat()
            monday = day - dt.timedelta(days=day.weekday())
            return _range(monday, monday + dt.timedelta(days=6))
        month = (base.month - n - 1) % 12 + 1
        year = base.year + (base.month - n - 1) // 12
        return f"{year:04d}-{month:02d}"
    if kind == "day_of_month":
        day, month, year = int(g["d"]), published.month, published.year
        if day > published.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        try:
            day_named = dt.date(year, month, day)
        except ValueError:
            return None
        if g["text"].lower().startswith("since"):
            return _range(day_named, published)
        return day_named.isoformat()
    if kind == "month_range":
        first_month = _MONTHS[g["mon"].lower().rstrip(".")]
        last_month = _MONTHS[g["mon2"].lower().rstrip(".")]
        if g.get("y"):
            last_year = int(g["y"])
        else:
            last_year = published.year if last_month <= published.month else published.year - 1
        first_year = int(g["y1"]) if g.get("y1") else (
            last_year if first_month <= last_month else last_year - 1
        )  # fmt: skip
        first, _ = _month_span(first_year, first_month)
        _, last = _month_span(last_year, last_month)
        return _range(first, min(last, published))
    if kind == "past_span":
        unit = g["unit"].lower().rstrip("s")
        n = int(g["n"]) if g.get("n") and g["n"].isdigit() else _NUMBER_WORDS.get(
            (g.get("n") or "one").lower(), 1
        )  # fmt: skip
        if unit == "month" or (unit == "week" and not g.get("n")):
            # "arrested in the past six months", "come through in the past two months": a
            # running count with no calendar date (the gold sets leave it undated, as
            # "the same period"); hours and days still date the count.
            return None
        # "had pillaged their villages over the past two weeks", "had been shelling the
        # village for the past two weeks": a stretch of a few weeks is still read off
        # the calendar, back from the report's day.
        days = {"hour": max(1, n // 24), "day": n, "week": 7 * n}[unit]
        return _range(published - dt.timedelta(days=days), published)
    if kind == "month_edge_this":
        base = anchor or published
        if base is None:
            return None
        if g.get("since") and published is not None:
            return _range(base.replace(day=1), published)  # until the report
        return f"{base.year:04d}-{base.month:02d}"
    if kind == "month_part_this":
        base = anchor or published
        if base is None:
            return None
        g = {**g, "mon": dt.date(2000, base.month, 1).strftime("%B"), "y": str(base.year)}
        kind = "month_part"
    if kind == "month_part":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            year = int(g["y"])
        else:
            year = published.year if month <= published.month else published.year - 1
        first, last = _month_span(year, month)
        n = 7 if g.get("week") else (
            int(g["n"]) if g.get("n") and g["n"].isdigit() else _NUMBER_WORDS.get(
                (g.get("n") or "").lower(), 7)
        )  # fmt: skip
        if g["part"].lower() == "first":
            return _range(first, min(first + dt.timedelta(days=n - 1), published))
        start, end = last - dt.timedelta(days=n - 1), min(last, published)
        # "the last week of the month" told before it came: no date the report can give.
        return _range(start, end) if start <= end else None
    if kind == "year_part":
        # "in the first half of 2025", "the third quarter of last year".
        year = _year_named(g, published)
        if year is None:
            return None
        count = 2 if g["part"].lower() == "half" else 4
        order = ("first", "second", "third", "fourth")
        nth = g["nth"].lower()
        index = count - 1 if nth == "last" else order.index(nth)
        if index >= count:
            return None  # "the third half"
        months = 12 // count
        first = dt.date(year, index * months + 1, 1)
        last = _month_span(year, (index + 1) * months)[1]
        return _range(first, last)
    if kind == "first_months":
        # "in the first eight months of 2022": January to the end of the eighth month.
        year = _year_named(g, published)
        if year is None:
            return None
        n = int(g["n"]) if g["n"].isdigit() else {**_NUMBER_WORDS, "eleven": 11}[g["n"].lower()]
        if not 1 <= n <= 12:
            return None
        return _range(dt.date(year, 1, 1), _month_span(year, n)[1])
    if kind == "duration":
        # "have been stuck for more than a week": the days until the report; a date
        # the sentence gives its statement moves the end (see find_dates).
        n = int(g["n"]) if g["n"].isdigit() else _NUMBER_WORDS[g["n"].lower()]
        days = n * (7 if g["unit"].lower().startswith("week") else 1)
        return _range(published - dt.timedelta(days=days), published)
    if kind == "weekday_pair":
        span = (_WEEKDAYS[g["wd2"].lower()] - _WEEKDAYS[g["wd"].lower()]) % 7
        first = published - dt.timedelta(
            days=(published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        )
        if first + dt.timedelta(days=span) > published:
            # "from Monday until Wednesday" in a Tuesday report: the days of the report's
            # own week, around its day, not a span that ended six days before it.
            return _range(first, first + dt.timedelta(days=span))
        back = (published.weekday() - _WEEKDAYS[g["wd2"].lower()]) % 7
        last = published - dt.timedelta(days=back)
        return _range(last - dt.timedelta(days=span), last)
    if kind == "hours_to":
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        last = published - dt.timedelta(days=back)
        if g.get("week"):
            return _range(last - dt.timedelta(days=6), last)
        days = {"24": 1, "48": 2, "72": 3, "twenty-four": 1, "forty-eight": 2}.get(
            g["hours"].lower(), 3
        )
        return _range(last - dt.timedelta(days=days), last)
    if kind == "night_before":
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        if g.get("last") and back == 0:
            back = 7
        morning = published - dt.timedelta(days=back)
        return _range(morning - dt.timedelta(days=1), morning)
    if kind == "weekday_last_week":
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return (monday + dt.timedelta(days=_WEEKDAYS[g["wd"].lower()])).isoformat()
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[g["wd"].lower()]) % 7
        if g.get("last") and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        if g.get("since"):
            return _range(day, published)  # "since Wednesday": until the report
        return day.isoformat()
    text = g["text"].lower()
    if kind == "this_year":
        return str(published.year)
    if kind == "relative":
        if text == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat()
        if text in ("overnight", "last night"):
            # "last night" runs from yesterday evening into the day of the report, as
            # "overnight" does (a night told in a morning's report).
            return _range(published - dt.timedelta(days=1), published)
        return published.isoformat()
    # periods
    monday = published - dt.timedelta(days=published.weekday())
    if "weekend" in text:
        # The weekend under way, or else the one just past.
        saturday = monday + dt.timedelta(days=5 if published.weekday() >= 5 else -2)
        return _range(saturday, min(saturday + dt.timedelta(days=1), published))
    # "earlier this week" is over before the day of publication.
    until = published - dt.timedelta(days=1) if text.startswith("earlier") else published
    if text.endswith("week"):
        if "last" in text:
            return _range(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
        return _range(monday, max(monday, until))
    if text.endswith("month"):
        if "last" in text:
            last_month_end = published.replace(day=1) - dt.timedelta(days=1)
            return f"{last_month_end.year:04d}-{last_month_end.month:02d}"
        if text.startswith(("earlier", "so far")):
            # "earlier this month" names the month as a whole, as "in October" would:
            # which of its days the report leaves open, the month is the date.  So does
            # a count "so far this month", as the gold sets code it.
            return f"{published.year:04d}-{published.month:02d}"
        return _range(published.replace(day=1), max(published.replace(day=1), until))
    if text.endswith("year"):
        if "last" in text:
            return str(published.year - 1)
        return str(published.year)
    return None


def _month_counted_back(groups: dict, last_month: str) -> str | None:
    """The month a count back ("a week earlier", "three months before") reaches from a
    month ("2017-05"): the same month for less than four weeks, else that many months
    back; None for a count forward or too vague to count."""
    text = groups["text"].lower()
    number = groups["n"].lower()
    if not text.endswith(("earlier", "before")) or number.startswith("a few"):
        return None
    n = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    unit = groups["unit"].lower().rstrip("s")
    months = n if unit == "month" else (0 if (n * 7 if unit == "week" else n) < 28 else None)
    if months is None:
        return None
    year, month = int(last_month[:4]), int(last_month[5:7])
    index = year * 12 + month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
#: Days of the month written as ordinal words, with their numbers.
_ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_UNITS, start=1)},
    **{word: n for n, word in enumerate(_TEENS, start=10)},
    "twentieth": 20,
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, start=1)},
    **{f"twenty {word}": 20 + n for n, word in enumerate(_UNITS, start=1)},
    "thirtieth": 30,
    "thirty-first": 31,
    "thirty first": 31,
}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
#: An ordinal word next to a month ("October twenty-second", "the ninth of May"): a day.
_DAY_IN_WORDS = re.compile(
    rf"\b(?P<mon>{_MONTH_NAMES})\s+(?P<a>{_ORDINAL_WORD})\b"
    rf"|\bthe\s+(?P<b>{_ORDINAL_WORD})(?=\s+of\s+(?:{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)


def _day_as_digits(match: re.Match[str]) -> str:
    word = match.group("a") or match.group("b")
    number = _ORDINAL_DAYS[word.lower()]
    digits = f"{number}th"
    # Spaces go before the digits, so that the phrase still ends where the word did.
    if match.group("b"):
        return "the " + digits.rjust(len(match.group(0)) - 4)
    return match.group(0)[: match.start("a") - match.start()] + digits.rjust(len(word))


#: "in the middle of that month", "later that month": the month the report dated last.
_THAT_MONTH = re.compile(
    r"\b(?:(?:in|during|by)\s+)?(?:the\s+(?:middle|end|start|beginning|rest)\s+of\s+|"
    r"(?:later|earlier)\s+)?(?:that|the\s+same)\s+month\b",
    re.IGNORECASE,
)
#: "The following month, gunboats intercepted a ship": the month after the one the
#: report dated last (with "the", a narrative's next month, not the report's own).
_NEXT_MONTH = re.compile(
    r"\b(?:(?:in|during|by)\s+)?the\s+(?:following|next)\s+month\b", re.IGNORECASE
)
#: A month named with "that year" after it: the year the report named before.
_MONTH_THAT_YEAR = re.compile(
    r"(?P<month>\b(?:" + _MONTH_NAMES + r")\s+)(?P<tail>(?:of\s+)?(?:that|the\s+same)\s+year)\b"
)


def _that_month(
    sentence: str, written: str, last_month: str, taken: list[tuple[int, int]]
) -> list[DateFind]:
    """ "in the middle of that month": the month dated last, as an event date.

    The phrase names no month of its own; the report told it before ("The dispute began
    in early February ... Drivers blocked the frontier in the middle of that month").
    """
    year, month = int(last_month[:4]), int(last_month[5:7])
    following = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return [
        DateFind(value, m.start(), m.end(), written[m.start() : m.end()].strip(), "event")
        for value, pattern in ((last_month, _THAT_MONTH), (following, _NEXT_MONTH))
        for m in pattern.finditer(sentence)
        if not any(m.start() < b and a < m.end() for a, b in taken)
    ]


#: "the Sunday afternoon of 10 October", "from the Friday evening to the Saturday morning
#: of 2-3 December": a weekday with its article and the date it fell on after it.
_OF_A_DATE_AFTER = re.compile(
    r"(?:\s+(?:to|and|into)\s+the\s+(?:" + "|".join(_WEEKDAYS) + r")" + _PART + r")?"
    r"\s+of\s+\d{1,2}\b",
    re.IGNORECASE,
)

_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _year_told_before(sentence: str, last_year: int | None, last_month: str | None) -> int | None:
    """The year "that year" or "that month" points back to, when the sentence says so."""
    if last_year and _THAT_YEAR.search(sentence):
        return last_year
    if last_month and _THAT_MONTH.search(sentence):
        return int(last_month[:4])
    return None


#: "came (less than) two weeks after", "follows a month after": a span between two acts.
_CAME_SPAN_AFTER = re.compile(
    r"\b(?:comes?|came|follow(?:s|ed)?)\s+(?:just\s+|only\s+|barely\s+|some\s+|"
    r"less\s+than\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def find_dates(
    sentence: str,
    *,
    published: dt.date | None,
    last_year: int | None = None,
    statement_verb_end: int = -1,
    anchor: dt.date | None = None,
    last_month: str | None = None,
    story_year: int | None = None,
) -> list[DateFind]:
    """Find and resolve the date phrases of one sentence.

    Parameters
    ----------
    sentence : str
        One sentence of a report.
    published : datetime.date or None
        Publication date; relative phrases are dropped when it is unknown.
    last_year : int, optional
        The latest year the report named, for "that year".
    statement_verb_end : int, optional
        End of the sentence's speech verb (see
        :class:`bordermap.geo.extraction.attribution.Attribution`); a date right after
        it dates the statement.
    anchor : datetime.date, optional
        The last day the report dated an event: "the next day", "two days earlier"
        count from it.
    last_month : str, optional
        The month ("2016-02") of the event the report dated last, for "that month".
    story_year : int, optional
        The earlier year a story told just before runs in: a month without its year
        ("In early March") falls in it rather than in the report's own year.

    Returns
    -------
    list of DateFind
        In sentence order, without overlaps.
    """
    found: list[DateFind] = []
    taken: list[tuple[int, int]] = []
    that_day: list[tuple[int, int]] = []
    # "On October twenty-second", "the ninth of May": a day in words is read as its
    # digits, written over the words at the same length so every offset stays.
    written = sentence
    sentence = _DAY_IN_WORDS.sub(_day_as_digits, sentence)
    if last_year:
        # "in September that year", "in March of the same year": the month of the year
        # named before, written over the words at the same length (offsets stay).
        sentence = _MONTH_THAT_YEAR.sub(
            lambda m: m.group("month") + str(last_year).rjust(len(m.group("tail"))),
            sentence,
        )
    # A day or month without its year takes the year the same sentence names.
    # Not a year of a clause that only describes a noun (", who have fought ... since
    # 2015"): "accused X at the end of December" is December of the report's year.
    years = re.findall(
        r"\b(?:19|20)\d{2}\b", _COMPARED_YEAR.sub("", DESCRIBING_CLAUSE.sub("", sentence))
    )
    # "this week", "yesterday" count from the day of publication whatever year the
    # sentence names ("Until this week, the posts had been shut since the war of 2000").
    reported_on = published
    if years and published is not None:
        published = min(published, dt.date(int(years[-1]), 12, 31))
    elif (
        published is not None
        and (told_year := _year_told_before(sentence, last_year, last_month)) is not None
    ):
        # "Earlier that year, ... between 14 June and 14 July", "That month X agreed, on
        # 1 November, to ...": days without a year fall in the year the words point back
        # to, not in the report's.
        published = min(published, dt.date(told_year, 12, 31))
    elif story_year and published is not None:
        # "Rebels seized the town in late February of that year. In early March ...":
        # the months of a story of an earlier year go on in that year.
        published = min(published, dt.date(story_year, 12, 31))
    for match in _UNDISCLOSED.finditer(sentence):
        words = " ".join(w for w in match.groups() if w).lower()
        what = "+".join(
            part
            for part, hit in (
                ("date", re.search(r"when|date|time", words)),
                ("place", re.search(r"where|location|place|site", words)),
            )
            if hit
        )
        found.append(DateFind("", match.start(), match.end(), match.group(0), "undisclosed", what))
        taken.append((match.start(), match.end()))
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.start(), match.end()
            if any(start < b and a < end for a, b in taken):
                continue
            if (
                kind == "month"
                and match.group("mon").lower() in ("may", "mar")
                and not (
                    match.group(0)[:1].isupper()
                    or re.match(r"(?:in|during|since|by)\s", match.group(0), re.I)
                )
            ):
                continue  # "may" the verb
            if (
                kind in ("month", "month_day_range", "day", "month_range", "month_part", "eve")
                and not match.group("mon")[:1].isupper()
            ):
                continue
            if kind in ("week_from", "year_start_to", "month_range") and not all(
                (match.group(name) or "")[:1].isupper()
                for name in ("mon", "mon2")
                if name in match.groupdict() and match.group(name)
            ):
                continue  # "may" the verb
            if kind == "two_days_on" and not (
                match.group("ma")[:1].isupper() and match.group("mc")[:1].isupper()
            ):
                continue  # "may" the verb
            if kind == "ago" and _CAME_SPAN_AFTER.search(sentence[:start]):
                # "The case came two weeks after another tug was detained": the span
                # between the incident told before and the earlier act, no day of either.
                continue
            if kind == "two_month_days" and not all(
                (match.group(a) or match.group(b))[:1].isupper()
                for a, b in (("ma", "mb"), ("mc", "md"))
            ):
                continue  # "may" the verb
            if kind == "same_day" and _BARE_THAT_DAY.fullmatch(match.group(0)):
                # Resolved once the sentence's own dates are known (see below).
                that_day.append((start, end))
                taken.append((start, end))
                continue
            if (
                kind == "weekday"
                and re.search(r"\bthe\s+$", sentence[:start], re.IGNORECASE)
                and _OF_A_DATE_AFTER.match(sentence[end:])
            ):
                # "between the Sunday afternoon of 10 October and ...": the weekday of the
                # date written after it, not one of the report's own week.
                taken.append((start, end))
                continue
            groups = {**match.groupdict(), "text": match.group(0)}
            today = reported_on if kind in _FROM_PUBLICATION else published
            value = _resolve(kind, groups, today, last_year, anchor)
            if value is None and kind == "ago" and anchor is None and last_month:
                # "A week earlier the owners had been fined", after an act dated to a
                # month only: a count back from that month, no finer than it.
                value = _month_counted_back(groups, last_month)
            if (
                kind == "weekday"
                and anchor is not None
                and _THAT_BEFORE.search(sentence[:start])
                and anchor.weekday() == _WEEKDAYS[groups["wd"].lower()]
            ):
                # "due to cross that Thursday" after "On Thursday 24 April ...": the
                # weekday told before, not the last one before the report.
                value = anchor.isoformat()
            if (
                kind == "weekday"
                and value
                and today is not None
                and not groups.get("since")
                and not groups.get("last")
                and _TAKES_EFFECT_BEFORE.search(sentence[:start])
                and _MEASURE_TO_COME.search(sentence[:start])
            ):
                # "will halt all flights starting on Friday", "has ordered the bridge
                # shut from Wednesday morning": a measure that takes effect on a day to
                # come is the first such weekday from the report's day, not the last
                # one before it.
                ahead = (_WEEKDAYS[groups["wd"].lower()] - today.weekday()) % 7
                value = (today + dt.timedelta(days=ahead)).isoformat()
            # "since the end of 2017": the month the state began in, never a stretch
            # until the report.
            since = kind not in ("month_edge", "year_edge") and (
                groups.get("since") or match.group(0).lower().startswith("since")
            )
            if (
                value
                and not since
                and published is not None
                and len(value) == 10
                and re.search(r"\bsince\s+$", sentence[:start], re.IGNORECASE)
            ):
                # "since Wednesday of last week", "since last Friday": a day its pattern
                # reads without the "since" before it begins a stretch until the report,
                # as "since Wednesday" does.
                value = _range(dt.date.fromisoformat(value), published)
                since = True
            if (
                value
                and not since
                and published is not None
                and kind in ("day", "month", "weekday", "ago")
                and (clause := _SINCE_CLAUSE_BEFORE.search(sentence[:start])) is not None
                and _FLOW_PERFECT.search(sentence[: clause.start()] + " " + sentence[end:])
            ):
                # "More than 30,000 people have crossed since it broke out on 9 February":
                # the day the clause's act happened begins a stretch until the report.
                first = value.split("/")[0]
                first_day = dt.date.fromisoformat(first if len(first) == 10 else first + "-01")
                if first_day < published:
                    value = _range(first_day, published)
                    since = True
            if (
                value
                and since
                and "/" in value
                and (
                    _SHUT_SINCE_BEFORE.search(sentence[:start])
                    or (
                        match.group(0).lower().startswith("since")
                        and _SHUT_SINCE_AFTER.match(sentence[end:])
                    )
                )
            ):
                # "has barred travellers from the crossing since Wednesday": the closing
                # was on Wednesday; what lasts since is its state.  "Since February" is
                # the month it began in.
                value = value.split("/")[0]
                if kind in ("month", "month_edge_this"):
                    value = value[:7]
            if (
                value
                and since
                and "/" in value
                and (
                    _KEPT_SINCE_BEFORE.search(sentence[:start])
                    or (
                        match.group(0).lower().startswith("since")
                        and _KEPT_SINCE_AFTER.match(sentence[end:])
                    )
                )
            ):
                # "has sent troops to the line since 2 May": the day the measure began.
                # "since early July": the month it began in.
                first = value.split("/")[0]
                if kind in ("month", "month_edge_this"):
                    value = first[:7]
                elif kind != "month_part":
                    value = first
            if value and since and "/" in value and _WHEN_AFTER.match(sentence[end:]):
                # "Relations have been sour since May, when the service said it had caught
                # spies": the clause after "when" tells what happened then, on that day
                # or in that month, not a stretch of time until the report.
                value = value.split("/")[0]
                if kind in ("month", "year"):
                    value = value[: 7 if kind == "month" else 4]
            if value is None:
                if kind == "month_part_this":
                    taken.append((start, end))  # its "last week" is not the week before
                continue
            role = "source" if kind == "source_year" else "event"
            before = sentence[:start]
            if kind == "period" and re.search(r"\buntil\s+$", before, re.IGNORECASE):
                # "Until this week, traders had passed through": the end of a state the
                # report's news broke, not the day of an incident.
                role = "limit"
            if kind == "weekday" and (
                _OCCASION_AHEAD.search(before) and _OCCASION_AFTER.match(sentence[end:])
            ):
                # "ahead of Saturday's elections": a day to come, no incident's day.
                taken.append((start, end))
                continue
            if _DEADLINE_BEFORE.search(before) or _DEADLINE_AFTER.match(sentence[end:]):
                # "a 15 March deadline", "gave them until 9 May": a time limit set, not a
                # day anything happened on.
                taken.append((start, end))
                continue
            if role == "event" and (
                _STATEMENT_BEFORE.search(before)
                or (_SPEAKING_BEFORE.search(before) and _SAYS_AFTER.search(sentence[end:]))
                or (0 <= statement_verb_end <= start and start - statement_verb_end <= 4)
                or (
                    _LATER_STATEMENT_BEFORE.match(before)
                    and _SPEAKER_VERB_AFTER.match(sentence[end:])
                )
                or (_CONFIRMED_ON_BEFORE.search(before) and _AND_SAID_AFTER.match(sentence[end:]))
                or (
                    # "Kenya on Thursday said", "the envoy last week denied": the
                    # day or week told between the speaker and the verb.
                    re.match(r"(?:on|last|this|yesterday)\b", match.group(0), re.IGNORECASE)
                    and _SPEECH_VERB_NEXT.match(sentence[end:])
                )
            ):
                role = "statement"
            found.append(DateFind(value, start, end, written[start:end].strip(), role))
            taken.append((start, end))
    if last_month:
        found += _that_month(sentence, written, last_month, taken)
    by_day = [
        f
        for f in found
        if f.role == "event" and len(f.value) == 10 and _BY_BEFORE.search(sentence[: f.start])
    ]
    if by_day:
        # "said that by October 20 it had stopped 238,000 migrants this year": the day a
        # running count was made up to; the count is dated by the span it runs over
        # ("On Monday ..., and by Tuesday trucks were stranded" keeps its day).
        spans = [
            parse_vague_date(f.value)
            for f in found
            if f.role == "event" and f not in by_day and (len(f.value) < 10 or "/" in f.value)
        ]
        found = with_role(
            found,
            "limit",
            lambda f: (
                f in by_day
                and any(
                    w.start is not None
                    and w.end is not None
                    and w.start < w.end
                    and w.start <= dt.date.fromisoformat(f.value) <= w.end
                    for w in spans
                )
            ),
        )
    statement_day = next(
        (f.value for f in found if f.role == "statement" and len(f.value) == 10), None
    )
    for start, end in that_day:
        # "X said on Tuesday that five bodies had been recovered that day": the day of
        # the saying, told before it in the same sentence; else the day dated last.
        said_before = next(
            (
                f.value
                for f in found
                if f.role == "statement" and len(f.value) == 10 and f.end <= start
            ),
            None,
        )
        value = said_before or (anchor.isoformat() if anchor is not None else None)
        if value and (
            _STATEMENT_BEFORE.search(sentence[:start]) or _SPEAKING_BEFORE.search(sentence[:start])
        ):
            continue  # "An army report issued that day put ...": the document's day
        if value:
            found.append(DateFind(value, start, end, written[start:end].strip(), "event"))
    if statement_day is not None:
        # "... have been stuck for a week, groups said on Thursday": until Thursday.
        said = dt.date.fromisoformat(statement_day)
        for index, item in enumerate(found):
            if item.role == "event" and _DURATION_TEXT.search(item.text):
                days = dt.date.fromisoformat(item.value.split("/")[1]) - dt.date.fromisoformat(
                    item.value.split("/")[0]
                )
                found[index] = DateFind(
                    _range(said - days, said), item.start, item.end, item.text, "event"
                )
    found = _days_from_the_sentence(sentence, found, anchor)
    found = _day_of_the_month_named(found)
    found = _framed_days(found, sentence)
    found = _restated_by_the_day(sentence, sorted(found, key=lambda f: f.start))
    return _acts_of_a_named_day(sentence, _joined_days(sentence, found))


_ON_THE_NTH = re.compile(r"on\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


def _day_of_the_month_named(found: list[DateFind]) -> list[DateFind]:
    """ "In February last year, X reported that on the 11th ...": the 11th of that month.

    A bare ordinal day is otherwise read in the report's own month (see ``_resolve``);
    a month the same sentence names before it is the one it counts in.
    """
    out: list[DateFind] = []
    for item in found:
        day = _ON_THE_NTH.fullmatch(item.text)
        month = max(
            (
                f
                for f in found
                if f.end <= item.start
                and f.role in ("event", "frame")
                and re.fullmatch(r"\d{4}-\d{2}", f.value)
            ),
            key=lambda f: f.start,
            default=None,
        )
        if day and month is not None and item.role == "event":
            year, number = int(month.value[:4]), int(month.value[5:7])
            if int(day.group("d")) <= calendar.monthrange(year, number)[1]:
                item = dataclasses.replace(item, value=f"{month.value}-{int(day.group('d')):02d}")
        out.append(item)
    return out


#: An occasion held or set for a day, no incident: "Saturday's presidential elections",
#: "Monday's meeting" (up to three words before the noun).
_OCCASION_OWNED = (
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:elections?|votes?|polls?|ballot|referendum|meeting|"
    r"briefing|summit|talks|session|conference|visit|ceremony|inauguration|deadline|"
    r"decision|deal)\b"
)
#: "ahead of Saturday's elections", "in the run-up to Sunday's vote": a weekday owning
#: an occasion still to come, which the latest such day before the report misdates.
_OCCASION_AHEAD = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE)
_OCCASION_AFTER = re.compile(_OCCASION_OWNED, re.IGNORECASE)
#: "Friday's encounter", "Tuesday's attack": a weekday owning the incident noun after it.
#: Not an occasion ("after Monday's meeting"): no incident, so the days told before it
#: keep their own role.
_WEEKDAY_OWNS = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!"
    + _OCCASION_OWNED
    + r")['’]s\s"
)


def _acts_of_a_named_day(sentence: str, found: list[DateFind]) -> list[DateFind]:
    """The day before a weekday's incident dates what was done about it, not the incident.

    "X and Y on Sunday played down Friday's encounter": Friday is the encounter's day;
    Sunday, earlier in the sentence, is the day it was played down, a statement's.
    """
    owner = next(
        (d for d in found if d.role == "event" and _WEEKDAY_OWNS.match(sentence[d.start :])),
        None,
    )
    if owner is None:
        return found
    return [
        dataclasses.replace(d, role="statement")
        if d.role == "event" and d.end <= owner.start and len(d.value) == 10
        else d
        for d in found
    ]


#: What opens a stretch told by its two ends: "between", "from", with a clock time
#: after it ("from 8:00 on Sunday").
_STRETCH_OPENS = re.compile(
    r"\b(?:between|from)\s+(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?$", re.IGNORECASE
)
#: What joins the two ends of such a stretch: "and the morning of", "and the early hours
#: of", "to 8:00 on", "to that".
_STRETCH_JOINS = re.compile(
    r"\s*(?:and|to|until|till|through)\s+(?:(?:the\s+)?(?:(?:early|small)\s+hours|"
    r"(?:early\s+)?(?:morning|night|evening|afternoon))\s+of\s+|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+|that\s+)?",
    re.IGNORECASE,
)
#: The longest stretch two day phrases of one sentence are joined into.
_LONGEST_JOINED_STRETCH = dt.timedelta(days=31)


def _day_bounds(item: DateFind) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date told to the day (a day or a span of days)."""
    parts = item.value.split("/")
    if item.role != "event" or not item.value or not all(len(p) == 10 for p in parts):
        return None
    return dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[-1])


def _joined_days(sentence: str, found: list[DateFind]) -> list[DateFind]:
    """Join two days that are the ends of one stretch, or days listed one after another.

    "crossed between the night of 16 May and the morning of 17 May", "in the 24 hours
    from 8:00 on Sunday to 8:00 on Monday", "From 24 February to that Friday": the act
    ran from the first day to the second, not on the first alone.  "reached the coast on
    Friday, Saturday and Sunday": days listed in a row are the stretch they make up.
    A stretch longer than a month is left as two dates.
    """
    joined: list[DateFind] = []
    for item in found:
        first = joined[-1] if joined else None
        head = _day_bounds(first) if first is not None else None
        tail = _day_bounds(item)
        if first is None or head is None or tail is None:
            joined.append(item)
            continue
        gap = sentence[first.end : item.start]
        ends_of_a_stretch = (
            _STRETCH_OPENS.search(sentence[: first.start])
            or re.match(r"(?:between|from)\s", first.text, re.IGNORECASE)
        ) and _STRETCH_JOINS.fullmatch(gap)
        listed_in_a_row = re.fullmatch(r"\s*,\s*", gap) and tail[0] == head[1] + dt.timedelta(
            days=1
        )
        if (
            (ends_of_a_stretch or listed_in_a_row)
            and head[0] < tail[1]
            and tail[1] - head[0] <= _LONGEST_JOINED_STRETCH
        ):
            joined[-1] = DateFind(
                _range(head[0], tail[1]), first.start, item.end,
                sentence[first.start : item.end], "event",
            )  # fmt: skip
            continue
        joined.append(item)
    return joined


#: A count of time back or on from another day ("a week earlier", "two days later").
_COUNTED_FROM = re.compile(r"\b(?:earlier|later|before|after|ago)$", re.IGNORECASE)
#: What may stand between a count and the day set off after it (", on 12 June").
_SET_OFF = re.compile(r"\s*[,(–—-]\s*")


def _restated_by_the_day(sentence: str, found: list[DateFind]) -> list[DateFind]:
    """Drop a count back or on, or weekdays, that the days set off right after restate.

    "Less than a week earlier, on 12 August, inspectors arrested ...": the day after the
    comma says which day the count reaches; the count alone would only guess it. "On
    Wednesday and Thursday, June 25 and 26, ...": the calendar days set off after the
    weekdays say which week they fall in, which the weekdays alone would read as the
    report's own.
    """
    dropped = {
        id(first)
        for first, day in itertools.pairwise(found)
        if first.role == day.role == "event"
        and re.search(r"\d", day.text)
        and _SET_OFF.fullmatch(sentence[first.end : day.start])
        and (
            (_COUNTED_FROM.search(first.text) and len(day.value) == 10)
            or (
                _WEEKDAYS_ONLY.search(first.text)
                and not re.search(r"\d", first.text)
                and _days_long(first.value) == _days_long(day.value)
            )
        )
    }
    return [f for f in found if id(f) not in dropped]


#: A weekday named in a date phrase ("on Wednesday and Thursday").
_WEEKDAYS_ONLY = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def _days_long(value: str) -> int | None:
    """How many days a day or a span of days (``START/END``) covers; None for others."""
    ends = value.split("/")
    if len(ends) > 2 or any(len(end) != 10 for end in ends):
        return None
    first, last = dt.date.fromisoformat(ends[0]), dt.date.fromisoformat(ends[-1])
    return (last - first).days + 1


#: "two days after staff stopped work", "a day before the vote": days counted from the
#: day the sentence names, with what follows as the earlier (or later) act.
_SPAN_BEFORE_CLAUSE = re.compile(
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?"
    r"\s+(?P<dir>after|before)\s*$",
    re.IGNORECASE,
)


#: "two days later", "a day later": days counted on from a day (no act follows).
_DAYS_LATER = re.compile(
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+later",
    re.IGNORECASE,
)


#: "the next day", "the following day", "the day before", "the previous day": one day on
#: or back from another ("a day later" is a count, see ``_DAYS_LATER``).
_DAY_NEXT_OR_BEFORE = re.compile(
    r"(?:on\s+)?the\s+(?:next|following|(?P<back>previous))\s+day|the\s+day\s+(?P<back2>before)",
    re.IGNORECASE,
)


def _last_day_named(found: list[DateFind], before: int, *, said: bool = False) -> dt.date | None:
    """The last single event day among ``found`` that ends before offset ``before``.

    With ``said``, a day of saying counts as well.
    """
    roles = ("event", "statement") if said else ("event",)
    named = max(
        (f for f in found if f.role in roles and len(f.value) == 10 and f.end <= before),
        key=lambda f: f.end,
        default=None,
    )
    return dt.date.fromisoformat(named.value) if named is not None else None


#: "The fighting broke out three days after ...": a sentence opening on the incident told
#: before, set after an earlier act the rest of the sentence tells.
_TOLD_BEFORE_BROKE_OUT = re.compile(
    r"^(?:The|This|That)\s+(?:[a-z]+\s+)?(?:fighting|clash(?:es)?|attack|shooting|firing|"
    r"violence|incident|raid|skirmish|battle|shelling)\s+(?:had\s+)?(?:broke\s+out|erupted|"
    r"began|started|flared(?:\s+up)?|happened|took\s+place)\s+$"
)


def _days_from_the_sentence(
    sentence: str, found: list[DateFind], anchor: dt.date | None = None
) -> list[DateFind]:
    """Count "N days after <act>" back from the day the same sentence named before it.

    "On 8 April fifteen deportees came home, two days after staff stopped work": the
    stop was on 6 April, two days before the day the sentence gives, not two days after
    the last day the report dated.  "Freed two days after," with no act after it, keeps
    its count forward from that day.  With no such day, a sentence that opens on the
    incident told before ("The fighting broke out three days after ...") counts back
    from ``anchor``, the day the report dated last.
    """
    fixed: list[DateFind] = []
    for item in found:
        next_or_before = _DAY_NEXT_OR_BEFORE.fullmatch(item.text)
        told = _last_day_named(found, item.start, said=True) if next_or_before else None
        if (
            next_or_before
            and told is not None
            and item.role == "event"
            and not re.match(r"\s+[^\W\d_]", sentence[item.end :])
        ):
            # "said on 15 October that its fighters had stormed the barracks the day
            # before", "were held on Monday and freed the next day": one day on or back
            # from the day the same sentence named before it (a day of saying counts
            # too), not from the day the report dated last.
            back = bool(next_or_before.group("back") or next_or_before.group("back2"))
            value = told + dt.timedelta(days=-1 if back else 1)
            fixed.append(dataclasses.replace(item, value=value.isoformat()))
            continue
        later = _DAYS_LATER.fullmatch(item.text)
        base = _last_day_named(found, item.start) if later and item.role == "event" else None
        if later and base is not None:
            # "published it on Tuesday, 1 September, and the port reopened two days
            # later": on from the day the sentence named, not from the day dated last.
            number = later.group("n").lower()
            days = int(number) if number.isdigit() else _NUMBER_WORDS[number]
            value = base + dt.timedelta(days=days)
            fixed.append(dataclasses.replace(item, value=value.isoformat()))
            continue
        match = _SPAN_BEFORE_CLAUSE.fullmatch(item.text)
        if (
            match is None
            or item.role != "event"
            or not re.match(r"\s+[^\W\d_]", sentence[item.end :])
        ):
            fixed.append(item)
            continue
        # The last single day the sentence named before the count.
        base = _last_day_named(found, item.start)
        if (
            base is None
            and anchor is not None
            and _TOLD_BEFORE_BROKE_OUT.match(sentence[: item.start])
        ):
            # "The fighting broke out three days after troops moved into X": the
            # fighting is the incident dated last; the move came that many days before.
            base = anchor
        if base is None:
            fixed.append(item)
            continue
        number = match.group("n").lower()
        days = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        sign = -1 if match.group("dir").lower() == "after" else 1
        value = base + dt.timedelta(days=sign * days)
        fixed.append(dataclasses.replace(item, value=value.isoformat()))
    return fixed


_STRETCH_WORD = re.compile(r"\b(?:since|from|between|until|till|through|for)\b", re.I)


#: Where one coordinate clause ends and the next, with an act of its own, begins.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+|;\s+")


def _framed_days(found: list[DateFind], sentence: str = "") -> list[DateFind]:
    """Mark a period that only frames a day the sentence names inside it.

    "Last month, a boat ... was stopped on 13 December": the month says when in
    general, the day when exactly; the period becomes a ``"frame"`` and dates nothing.
    A stretch ("since 4 May", "between 1 and 9 May") is a span of its own and stays.

    Parameters
    ----------
    found : list of DateFind
        The dates of one sentence.
    sentence : str, optional
        Its text: a day told in a later coordinate clause ("shut the bridge last week,
        and on 21 August put ...") dates that clause's act, and frames nothing before.

    Returns
    -------
    list of DateFind
        The same dates, a framing period's role changed to ``"frame"``.
    """
    # "In 2018 they were closed from 15 to 21 February": a span from day to day is
    # dated to the day as well, and the year frames it.
    days = [
        f
        for f in found
        if f.role == "event"
        and f.value
        and all(len(p) == 10 for p in f.value.split("/"))
        # a span the sentence writes by its days ("from 15 to 21 February"), not one
        # counted from another act ("about two weeks after the rift")
        and (len(f.value) == 10 or re.search(r"\d", f.text))
    ]
    framed: list[DateFind] = []
    for item in found:
        if item.role != "event" or len(item.value) == 10 or _STRETCH_WORD.search(item.text):
            framed.append(item)
            continue
        span = parse_vague_date(item.value)
        inside = (
            span.start is not None
            and span.end is not None
            and any(
                d.start >= item.end
                and not _NEXT_CLAUSE.search(sentence, item.end, d.start)
                and span.start <= dt.date.fromisoformat(d.value.split("/")[0]) <= span.end
                for d in days
            )
        )
        framed.append(dataclasses.replace(item, role="frame") if inside else item)
    return framed
