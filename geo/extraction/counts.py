"""Numbers of people and things as reports state them: "180 migrants", "three civilians"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bordermap.geo.places.phrases import NUMBER_WORDS

__all__ = ["Count", "find_counts", "tells_only_a_toll"]

# One to twenty as the place grammar reads them ("seven miles off"), and the round
# numbers counts of people also use.
_NUMBER_WORDS = {
    **NUMBER_WORDS, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "a hundred": 100,
}  # fmt: skip
_NOUNS = (
    r"migrants?|people|persons|civilians|soldiers?|(?:border\s+)?guards?|officers?|"
    r"asylum[\s-]seekers?|refugees|drones?|balloons?|vehicles?|buoys?|individuals|children|"
    r"women|men|bodies|smugglers?|troops|crossings|attempts|flights|passengers|policemen|"
    r"nationals|citizens"
)
_COUNT = re.compile(
    r"\b(?P<approx>(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|up\s+to)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s+(?P<mid>(?:[a-zA-Z-]+\s+){0,2}?)(?P<noun>"
    + _NOUNS
    + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    """A stated number of something, as worded ("about 180 migrants")."""

    number: int
    noun: str
    text: str
    start: int
    end: int


def find_counts(sentence: str) -> list[Count]:
    """Numbers of people or things stated in one sentence.

    A number that is a year, a day of a month or a distance is not a count.

    Examples
    --------
    >>> [c.number for c in find_counts("Guards stopped 180 migrants and three civilians.")]
    [180, 3]
    """
    found: list[Count] = []
    for match in _COUNT.finditer(sentence):
        raw = match.group("n").lower()
        number = _NUMBER_WORDS.get(raw)
        if number is None:
            number = int(raw.replace(",", ""))
        if re.match(r"\s*(?:km|kilometres|miles|per\s+cent|%)", sentence[match.end("n") :]):
            continue
        found.append(
            Count(number, match.group("noun").lower(), match.group(0), match.start(), match.end())
        )
    return found


_NUMBER = (
    r"(?:(?:about|around|some|nearly|at\s+least|more\s+than|another)\s+)?(?:\d[\d,]*|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")(?:-[a-z]+)?"
)
#: "Seventeen others were wounded.", "In all, three civilians were killed and two
#: wounded.", "Fifteen soldiers died that day", "It said 21 of the attackers had been
#: killed", "Police put the provisional toll at 15 dead": the people an act harmed,
#: counted, with no act of the sentence's own.
_TOLL = re.compile(
    r"^(?:(?:In\s+all|Altogether|Of\s+(?:them|those|these)),\s+)?"
    r"(?:(?:It|He|She|They|The\s+\w+(?:\s+\w+)?)\s+(?:said|added)\s+(?:that\s+)?)?"
    r"(?:(?:" + _NUMBER + r"|an?|(?-i:[A-Z][a-z]+(?=\s+(?:was|died)\b)))\s+"
    r"(?:[\w,'’-]+\s+){0,10}?(?:(?:were|was|had\s+been|have\s+been|are|is)\s+"
    r"(?:also\s+|later\s+|still\s+|never\s+)?(?:(?:fatally|badly|seriously|critically|slightly|"
    r"lightly)\s+)?(?:killed|wounded|injured|hurt|missing|dead|shot\s+dead|"
    r"listed\s+as\s+missing|found\s+dead|recovered|unaccounted\s+for|"
    # "Two were pulled from the sea alive", "were taken to hospital": the survivors
    # and the hurt of the act, counted.
    r"(?:pulled|plucked|rescued)\s+(?:from\s+the\s+(?:sea|water)\s+)?alive|"
    r"taken\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+)?hospital)|died)\b"
    r"|(?:[\w’'-]+\s+){1,5}?(?:first\s+)?(?:put|puts|gave|set)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:toll|number\s+of\s+(?:dead|deaths|casualties|wounded))"
    r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+at\b)",
    re.IGNORECASE,
)
#: A clause that tells an act of its own ("... were killed when gunmen fell on a post",
#: "in the firefight that followed", "and troops then shot dead three").
_ACT_CLAUSE = re.compile(
    r"\b(?:when|after|while|because|then|that\s+followed|ensuing)\b", re.IGNORECASE
)


def tells_only_a_toll(sentence: str) -> bool:
    """Whether a sentence only counts the people an act told elsewhere harmed.

    A toll names who was killed, wounded or went missing and by how many; it tells no
    act of its own ("Seventeen others were wounded."), so it belongs to the incident
    told before it.  A clause with "when" or "after", or an act that "followed", tells
    an act and is no mere toll.

    Examples
    --------
    >>> tells_only_a_toll("Fifteen soldiers died that day, seven were wounded.")
    True
    >>> tells_only_a_toll("Two men were killed when a patrol opened fire.")
    False
    """
    return bool(_TOLL.match(sentence)) and not _ACT_CLAUSE.search(sentence)
