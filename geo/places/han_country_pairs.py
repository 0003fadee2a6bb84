"""Chinese "中俄边境", "俄中公路口岸X": a border or port named by two one-character countries.

Chinese writes a pair of countries by one character of each, China's first or second:
"中俄" (China and Russia), "中越" (China and Vietnam), "俄中" in a Russian voice.  Before
the word for a border ("边境", "界江", the border river) they name that border; around
the word for a port ("口岸", with "公路"/"陆路"/"铁路", road, land, rail) they name a
port of that border, by the name before or after it: "中俄珲春陆路口岸" (the China–Russia
Hunchun land port), "俄中公路口岸图里罗格-密山" (the Russia–China road port Turiy
Rog–Mishan).  The port is looked up by its name and taken when it lies within
:data:`~bordermap.geo.places.bracketed_pair.PORT_FROM_THE_LINE_KM` of the pair's border
(as :mod:`bordermap.geo.places.bracketed_pair` does); else the border answers, flagged
``coarsened``, as the port lies on it.  Only the pairs that share a land border are read:
"中阿" is as often China and the Arab states as China and Afghanistan, and says a
border only with a border's or port's word.
"""

from __future__ import annotations

import re

from bordermap.geo.places.bracketed_pair import port_by_the_line
from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

__all__ = ["border_or_port_of_a_han_pair"]

#: One-character names of China's land neighbours (and China), with their codes and the
#: English names the resolver reads a border by.
_COUNTRY_CHARACTERS: dict[str, tuple[str, str]] = {
    "中": ("CN", "China"),
    "俄": ("RU", "Russia"),
    "朝": ("KP", "North Korea"),
    "越": ("VN", "Vietnam"),
    "蒙": ("MN", "Mongolia"),
    "哈": ("KZ", "Kazakhstan"),
    "吉": ("KG", "Kyrgyzstan"),
    "塔": ("TJ", "Tajikistan"),
    "巴": ("PK", "Pakistan"),
    "印": ("IN", "India"),
    "尼": ("NP", "Nepal"),
    "缅": ("MM", "Myanmar"),
    "緬": ("MM", "Myanmar"),
    "老": ("LA", "Laos"),
    "阿": ("AF", "Afghanistan"),
}
_PAIR = "[" + "".join(_COUNTRY_CHARACTERS) + "]"
#: A port, with its kind before it: road, land, rail, international.
_PORT = r"(?:公路|陆路|陸路|铁路|鐵路|国际|國際)?口岸"
#: The border itself, or its river.
_BORDER = r"(?:边境线|邊境線|边境|邊境|边界|邊界|界江|界河)"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# "中俄边境", "中俄界江黑龙江": the pair, the border word, then at most a name (the river).
_PAIR_BORDER = re.compile(rf"^(?P<a>{_PAIR})(?P<b>{_PAIR}){_BORDER}(?P<rest>[{_HAN}]*)$")
# "俄中公路口岸图里罗格-密山": the pair, the port word, then the port's name.
_PAIR_PORT_NAME = re.compile(rf"^(?P<a>{_PAIR})(?P<b>{_PAIR})(?P<word>{_PORT})(?P<name>\S+)$")
# "中俄珲春陆路口岸": the pair, the port's name, then the port word.
_PAIR_NAME_PORT = re.compile(rf"^(?P<a>{_PAIR})(?P<b>{_PAIR})(?P<name>\S*?)(?P<word>{_PORT})$")


def border_or_port_of_a_han_pair(
    query: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The border, or the port of it, a Chinese text names by a pair of countries.

    Parameters
    ----------
    query : str
        The place text: "中俄边境", "中俄珲春陆路口岸".
    hint : tuple of str
        The event's countries; when given, one of the pair must be among them.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The port named, when found by the pair's border; else the border, ``coarsened``
        for a port or a river named; None when the text is not of these forms, the two
        characters are one country, or the pair shares no border in the data.
    """
    text = "".join(query.split())
    match = _PAIR_NAME_PORT.match(text) or _PAIR_PORT_NAME.match(text) or _PAIR_BORDER.match(text)
    if match is None:
        return None
    (code_a, name_a), (code_b, name_b) = (_COUNTRY_CHARACTERS[match[s]] for s in ("a", "b"))
    pair = (code_a, code_b)
    if code_a == code_b or (hint and not set(hint) & set(pair)):
        return None
    names = match.groupdict()
    if names.get("name"):
        port = f"{names['name']}{names['word']}"
        found = geocode(port, pair)
        # A port the data lacks is answered near the town it is named after; the town
        # is not where the port is (Hunchun's road port stands some 15 km out of it),
        # so only a port of the tables is taken.
        if found.status == "resolved" and not found.coarsened and port_by_the_line(found, pair):
            note = f"the port {port!r} of the pair {code_a}-{code_b} its first characters name"
            return noted_reading(found, query, note, explain)
    border = geocode(f"{name_a}–{name_b} border", pair)
    if border.status != "resolved" or border.precision != "border":
        return None
    said = names.get("name") or names.get("rest")
    note = f"the border of {name_a} and {name_b}, named by one character of each"
    if said:
        note = f"{note}; {said!r} is not found by it: the border holds it"
    return noted_reading(border, query, note, explain, coarsened=bool(said))
