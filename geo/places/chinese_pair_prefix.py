"""A Chinese crossing's name after the one-letter names of the two countries it joins.

"中俄珲春陆路口岸" (the China–Russia Hunchun land port): Chinese opens a crossing's name
with the countries' one-letter short names, China's "中" and the neighbour's.  Read with
them, the name is no place; without them it is the crossing's own name ("珲春陆路口岸").
"""

from __future__ import annotations

import re

__all__ = ["without_chinese_country_pair"]

#: The one-letter short names of China's neighbours: Russia, North Korea, Vietnam,
#: Mongolia, Kazakhstan, Kyrgyzstan, Tajikistan, Pakistan, Afghanistan, Nepal, Bhutan,
#: Myanmar, Laos, India.
_NEIGHBOURS = "俄朝越蒙哈吉塔巴阿尼不缅老印"
# The pair either way round, then at least two letters of a name.
_PAIR_BEFORE_A_NAME = re.compile(
    rf"^(?:中[{_NEIGHBOURS}]|[{_NEIGHBOURS}]中)(?=[\u4e00-\u9fff]{{2,}})"
)


def without_chinese_country_pair(text: str) -> str | None:
    """``text`` without the two countries' short names it opens with, or None.

    Parameters
    ----------
    text : str
        The place text: "中俄珲春陆路口岸".

    Returns
    -------
    str or None
        "珲春陆路口岸"; None when the text opens with no such pair.
    """
    stripped = text.strip()
    match = _PAIR_BEFORE_A_NAME.match(stripped)
    return None if match is None else stripped[match.end() :]
