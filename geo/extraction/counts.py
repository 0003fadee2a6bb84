"""Numbers of people and things as reports state them: "180 migrants", "three civilians"."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Count", "find_counts"]

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "a hundred": 100,
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
