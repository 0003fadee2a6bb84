"""A speaker's report of an act told in a clause of its own, with no incident word.

"The ministry said Iranian authorities had taken the vessel", "Greek media said
Albanian police had lowered the flag": what the speaker says is that someone did
something, in the perfect, though no word of the incident rules names the act.  Such a
clause is a claim about the incident the report tells.  Verbs of talking, knowing,
deciding or agreeing ("had told", "had agreed to hold talks", "had been given food")
and subjects that are the speaker's own side or a relative clause tell no act at a
place, and are left out.
"""

from __future__ import annotations

import re

#: The clause after the speaker's verb: "[on Monday] [that] <subject> had [also]
#: [been] <participle>".  The subject is a noun phrase of one to six words that is no
#: pronoun (the speaker's own doing, "said it had asked"), no "there" and no negation.
_PERFECT_ACT = re.compile(
    r"\W*(?:(?:on|last|late\s+on)\s+\w+\s+)?(?:that\s+)?"
    r"(?!(?:they|it|he|she|we|I|there|his|its|our|their|her|my|neither|nobody|none|no)\b)"
    r"(?P<subject>(?:[\w'’-]+\s+){1,6}?)"
    r"(?:had|have|has)\s+(?:(?:also|already|then|just|earlier|first)\s+)?"
    r"(?:been\s+(?=\w+(?:ed|en|t|wn|ing)\b))?"
    r"(?P<verb>(?!yet\b|been\b)\w+(?:ed|en|t|wn|ing))\b",
    re.IGNORECASE,
)

#: Words inside the subject that make it no noun phrase of its own: a pronoun after the
#: one spoken to ("told IOM staff he had shared"), a relative or question word ("the
#: number of people who had used", "verifying what had happened").
_NOT_A_SUBJECT = re.compile(
    r"\b(?:he|she|it|they|we|I|who|which|that|what|whom|whose|where|how|why|if|whether)\b",
    re.IGNORECASE,
)

#: Participles that tell talk, thought, a decision, a feeling or a state, not an act
#: at a place: "had told", "had agreed", "had been given first aid", "had relied on".
_NO_ACT_VERB = re.compile(
    r"(?:told|asked|agreed|decided|explained|announced|informed|notified|contacted|"
    r"telephoned|phoned|received|given|erred|defended|gained|produced|opened|established|"
    r"registered|settled|noted|warned|said|stated|promised|assured|understood|learned|"
    r"learnt|heard|known|expected|planned|intended|wanted|meant|hoped|feared|offered|"
    r"requested|demanded|urged|proposed|accepted|approved|confirmed|reported|briefed|"
    r"assessed|verified|investigated|examined|discussed|met|spent|paid|done|made|got|"
    r"gotten|become|seen|shown|filled|passed|delineated|drawn|marked|relied|looked|"
    r"seemed|postponed|delayed|cancelled|canceled|left|shared|used|armed|sent|"
    r"happened|being|having|thinking|saying|asking|waiting|trying|working|"
    r"talking|hoping|planning|preparing|living|getting)",
    re.IGNORECASE,
)


def claims_an_act(said: str) -> bool:
    """Whether what a speaker says opens on a clause telling that someone did something.

    Parameters
    ----------
    said : str
        The sentence from the end of the speaker's verb on ("... said| Iranian
        authorities had taken the vessel").

    Returns
    -------
    bool
        True when the clause has a subject of its own (no pronoun, no relative clause)
        and a participle of an act in the perfect; False for talk, thought or a state.
    """
    match = _PERFECT_ACT.match(said)
    if match is None or _NOT_A_SUBJECT.search(match.group("subject")):
        return False
    return _NO_ACT_VERB.fullmatch(match.group("verb")) is None
