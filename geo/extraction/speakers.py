"""One body, many wordings: when two claimant names stand for the same speaker.

Reports and coders name one speaker many ways: "Kigali", "Rwanda" and "the Rwandan
government"; "Ministry of Foreign Affairs of Tajikistan" and "Tajik foreign ministry";
"Iran's deputy police chief" and "Iranian deputy police chief Qassem Rezaei"; "the KNU"
after "the Karen National Union".  The convention bordermap keeps:

- the draft writes a speaker as the report words it, with two exceptions that only the
  report can settle: an acronym the report spells out elsewhere is written in full
  (:func:`expand_acronym`), and an office followed by its holder's name keeps both;
- whether two names are one speaker is decided by :func:`same_speaker`, on a key that
  drops case, articles, possessives and "-run", reads countries, their adjectives,
  capitals and large cities as the country's code, a country alone as its government,
  and lets the shorter name be part of the longer ("Border Guard" in "Polish Border
  Guard").  The scorer compares gold and draft claimants with it, so gold files that
  word one body differently need no rewriting.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bordermap.geo.extraction.actors import CAPITAL_METONYMS, COUNTRY_ADJECTIVES, country_codes_in
from bordermap.geo.places.gazetteer import load_gazetteer

__all__ = ["expand_acronym", "names_a_state", "same_speaker", "speaker_key"]

#: Words that say nothing of who speaks.
_NOISE = frozenset(
    ("the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "by", "her", "his",
     "their", "its", "our", "my", "spokesperson", "spokesman", "spokeswoman")
)  # fmt: skip
#: Words that name one kind of body differently.
_SYNONYMS = {"military": "army", "defense": "defence", "forces": "force"}
#: Words of country names and capitals: a speaker made only of them is a state.
_COUNTRY_TOKENS = frozenset(
    word.lower() for name in (*COUNTRY_ADJECTIVES, *CAPITAL_METONYMS) for word in name.split()
)
#: Below this many inhabitants a town named as a speaker is not a seat of power.
_SEAT_POPULATION = 100_000


@lru_cache(maxsize=4096)
def _seat_of_power(name: str) -> str:
    """The country code of a large city named as a speaker ("Kigali said"), else ""."""
    if not re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", name) or name.isupper():
        return ""
    places = load_gazetteer().lookup(name, kinds=("settlement",))
    big = [p for p in places if p.population >= _SEAT_POPULATION]
    return max(big, key=lambda p: p.population).country if big else ""


def names_a_state(name: str) -> bool:
    """Whether a name stands for a state: a country, or its capital or a large city.

    Parameters
    ----------
    name : str
        A phrase as a report writes it ("New Delhi", "the Philippines", "Kigali").

    Returns
    -------
    bool
        True for a country's name or a seat of power; a person or a body is neither.
    """
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return (
        bare in COUNTRY_ADJECTIVES
        or bare.lower() in CAPITAL_METONYMS
        or bool(_seat_of_power(bare))
    )


def speaker_key(name: str) -> frozenset[str]:
    """The words that identify a speaker, countries as ISO codes.

    Parameters
    ----------
    name : str
        A claimant or denier as a gold file or a draft writes it.

    Returns
    -------
    frozenset of str
        Lower-case content words, with every country, adjective or capital as its ISO
        code; a state named alone ("Rwanda", "Kigali") is ``{code, "government"}``.

    Examples
    --------
    >>> sorted(speaker_key("Kigali"))
    ['RW', 'government']
    >>> sorted(speaker_key("Ministry of Foreign Affairs of Tajikistan"))
    ['TJ', 'affairs', 'foreign', 'ministry']
    """
    text = " ".join(str(name or "").replace("’", "'").split())
    text = re.sub(r"['']s\b", "", text)
    text = re.sub(r"-run\b", "", text)
    # "Libyan interior ministry in Tripoli", "rights groups in Morocco": the body.
    text = re.sub(r"\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$", "", text)
    if not text:
        return frozenset()
    bare = text.removeprefix("the ").removeprefix("The ")
    code = _seat_of_power(bare) if bare.lower() not in CAPITAL_METONYMS else ""
    codes = country_codes_in(bare)
    if code or (codes and all(w.lower() in _COUNTRY_TOKENS for w in bare.split())):
        # "Kigali", "Minsk", "Rwanda": the state speaking, i.e. its government.
        return frozenset({code or codes[0], "government"})
    words = []
    for word in re.findall(r"[\w-]+", text):
        lowered = word.lower()
        if lowered in _NOISE:
            continue
        found = country_codes_in(word) if word[:1].isupper() else []
        words.append(found[0] if found else _SYNONYMS.get(lowered, lowered))
    return frozenset(words)


def same_speaker(first: str, second: str) -> bool:
    """Whether two claimant names stand for the same speaker (see the module docstring).

    Parameters
    ----------
    first, second : str
        Claimant names; several joined by ";" are compared as one name.

    Returns
    -------
    bool
        True when the key of one holds the key of the other; two empty names agree, an
        empty and a named one do not.

    Examples
    --------
    >>> same_speaker("Kigali", "the Rwandan government")
    True
    >>> same_speaker("Polish army", "Polish defence ministry")
    False
    """
    a, b = speaker_key(first), speaker_key(second)
    if not a or not b:
        return a == b
    return a <= b or b <= a


def expand_acronym(speaker: str, text: str) -> str:
    """A speaker's acronym written in full when the report spells it out.

    Parameters
    ----------
    speaker : str
        A speaker as read from a sentence ("KNU", "JCS official").
    text : str
        The report's whole text, where the full name may stand.

    Returns
    -------
    str
        The speaker with each acronym of 2-6 capitals replaced by the first run of
        capitalised words (joined by "of", "and", "the"...) whose initials spell it;
        an acronym the report never spells out stays as written.

    Examples
    --------
    >>> expand_acronym("KNU", "jets hit the Karen National Union's area")
    'Karen National Union'
    """

    def full(match: re.Match[str]) -> str:
        letters = match.group(0)
        joins = r"(?:\s+(?:of|for|and|the|de|du|des)\b)*"
        # Words without their possessive: "the Karen National Union's area".  A word is
        # no acronym itself ("US State Department" does not spell "US" as "US State").
        words = joins.join(rf"\s+{letter}(?![A-Z])[\w-]+" for letter in letters)
        spelled = re.search(rf"(?<![\w-])({words[3:]})", text)
        return " ".join(spelled.group(1).split()) if spelled else letters

    return re.sub(r"\b[A-Z]{2,6}\b", full, speaker)
