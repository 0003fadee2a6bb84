"""The towns a crossing's name may be made of, and which of them are mere fragments.

A crossing is often named by its two ends: "Сухэ-Батор - Наушки", "Neu-Nagelberg/Halámky",
"Sukobin-Murićani". A slash, a long dash or a spaced dash parts the two ends; a bare
hyphen may part them too ("Sukobin-Murićani") or join the words of one town's name
("Neu-Nagelberg"). When a stronger mark already parts the ends, a hyphen inside an end
joins one name: cutting there leaves a fragment ("Neu") that names no place of the
report, only homonyms anywhere in the world.
"""

from __future__ import annotations

import re

from bordermap.geo.places.names import DASHES

#: Marks that part a crossing's two ends, never one town's name: a slash, a long dash,
#: or any dash with spaces around it.
_ENDS_MARK = re.compile(r"\s+[-\u2010-\u2015\u2212]\s+|[\u2013\u2014/]")
#: Any dash or slash, the hyphen included.
_ANY_MARK = re.compile(f"[{re.escape(DASHES)}/]")


def town_parts(name: str) -> list[str]:
    """The parts of a crossing's name that may each be a town, in reading order.

    Parameters
    ----------
    name : str
        A crossing's name as the report writes it, its crossing word removed.

    Returns
    -------
    list of str
        The ends parted by a slash, a long or a spaced dash; when there are none, the
        parts between hyphens. No duplicates, no empty parts; ``name`` itself is not
        included.

    Examples
    --------
    >>> town_parts("Neu-Nagelberg/Halámky")
    ['Neu-Nagelberg', 'Halámky']
    >>> town_parts("Sukobin-Murićani")
    ['Sukobin', 'Murićani']
    """
    ends = [part.strip() for part in _ENDS_MARK.split(name)]
    ends = [part for part in ends if part]
    if len(ends) < 2:
        ends = [part.strip() for part in _ANY_MARK.split(name) if part.strip()]
    return list(dict.fromkeys(part for part in ends if part != name))


def is_hyphen_fragment(name: str, part: str) -> bool:
    """Whether ``part`` is only one hyphen-joined piece of ``name``, not an end of it.

    A piece of a name cut at a bare hyphen ("Neu" of "Neu-Nagelberg") may be one town of
    a pair ("Sukobin" of "Sukobin-Murićani") or a word of one town's name; either way
    it is weaker evidence than a whole end, and a town found by it alone is checked
    against the border (see the resolver).
    """
    if not part or part == name:
        return False
    ends = [end.strip() for end in _ENDS_MARK.split(name)]
    dash = f"[{re.escape(DASHES)}]"
    return part not in ends and bool(
        re.search(rf"(?:^|{dash}){re.escape(part)}(?:$|{dash})", name)
    )
