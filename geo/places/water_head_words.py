"""Finnic water head words in a case: "Soome lahes" is in "Soome laht", the Gulf of Finland.

Estonian and Finnish name a sea, gulf, lake or strait with a head word at the end,
often joined to the name ("Läänemeri", "Suomenlahti"), and put the whole in a case:
"Soome lahes" (in the Gulf of Finland), "Läänemerel" (on the Baltic), "Suomenlahdella".
The head word changes its stem as it declines ("laht", "lahe-"; "lahti", "lahde-";
"meri", "mere-"), so the generic ending rules of :mod:`bordermap.geo.places.inflection`,
which only cut an ending, reach the stem and not the listed nominative.
:func:`water_head_nominatives` gives the nominative forms to look up; the caller keeps
one only when it is a listed form of a feature.
"""

from __future__ import annotations

import re

__all__ = ["water_head_nominatives"]

#: Stem of a head word as it declines -> its nominative, per language, with the case
#: endings the stem takes.  Estonian: genitive (bare stem), inessive "-s", elative
#: "-st", adessive "-l", ablative "-lt", allative "-le", terminative "-ni", illative
#: "-sse"; the short illatives "lahte", "merre", "jõkke" are listed as stems.  Finnish:
#: genitive "-n", inessive "-ssa", elative "-sta", adessive "-lla", ablative "-lta",
#: allative "-lle", with either vowel harmony.
_HEADS: tuple[tuple[dict[str, str], str], ...] = (
    (
        {
            "lahe": "laht",
            "lahte": "laht",
            "mere": "meri",
            "merre": "meri",
            "järve": "järv",
            "jõe": "jõgi",
            "jõkke": "jõgi",
            "väina": "väin",
        },
        r"(?:s|st|l|lt|le|ni|sse)?",
    ),
    (
        {
            "lahde": "lahti",
            "mere": "meri",
            "järve": "järvi",
            "salme": "salmi",
        },
        r"(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle)",
    ),
)
_PATTERNS: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = tuple(
    (
        re.compile(rf"(?P<stem>{'|'.join(sorted(heads, key=len, reverse=True))}){endings}$"),
        heads,
    )
    for heads, endings in _HEADS
)


def water_head_nominatives(key: str) -> list[str]:
    """Nominative forms of a lookup key whose last word ends in a declined head word.

    Parameters
    ----------
    key : str
        A normalised lookup key, e.g. ``"soome lahes"`` or ``"läänemerel"``.

    Returns
    -------
    list of str
        Candidate keys with the head word in the nominative (``"soome laht"``,
        ``"läänemeri"``), in a fixed order, without ``key`` itself; empty when the
        last word ends in no such head word.
    """
    head, _, last = key.rpartition(" ")
    found: list[str] = []
    for pattern, heads in _PATTERNS:
        match = pattern.search(last)
        if match is None:
            continue
        word = last[: match.start()] + heads[match["stem"]]
        candidate = f"{head} {word}" if head else word
        if candidate != key and candidate not in found:
            found.append(candidate)
    return found
