"""Chinese "金門母嶼東南方海域": the waters of a county named without its unit word.

Taiwanese and Chinese reports place a boat in the waters ("海域", "水域", the "restricted
waters" "限制水域") of a county or city named bare, without "縣" or "市" ("金門" for Kinmen
County), often after an islet of it and a bearing ("金門母嶼東南方海域", the waters south-east
of Kinmen's Mu islet).  The unit is read with its unit word put back, the longest name
the text opens with that the data knows as a unit; its waters are answered by it, as
the report's own area (listed in :mod:`bordermap.geo.places.rereadings`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.places.waters import water_named

__all__ = ["unit_of_han_waters"]

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# The name (with an islet or other words after it), a bearing ("東南方", south-east),
# "near" (附近) and the word for waters, restricted or forbidden ones too.
_WATERS = re.compile(
    rf"^(?P<head>[{_HAN}]{{2,}}?)(?:[東西南北东]{{1,2}}[方側侧邊边]?)?(?:附近)?"
    r"(?:限制|禁止|限制、禁止|限制或禁止)?(?:海域|水域|海面)$"
)
# The same waters further out or closer in: outside a port ("料羅港外", outside Liaoluo
# harbour) and a bearing with its distance in sea miles ("東南方8.3浬處海域", the
# waters 8.3 nautical miles south-east; a far one leaves the unit, see
# bordermap.geo.places.far_at_sea), or inshore ("復國墩近岸", off Fuguodun's shore),
# or only a bearing with its "方" ("料羅東方", east of Liaoluo), which the sea is.
_WATERS_OFF = re.compile(
    rf"^(?P<head>[{_HAN}]{{2,}}?)(?:港外|外海|外)?"
    r"(?:(?:[東西南北东]{1,2}方)(?:約|约)?(?:\d+(?:\.\d+)?(?:浬|海里)處?)?(?:附近)?"
    r"(?:海域|水域|海面)?|近岸(?:海域|水域)?)$"
)
#: Unit words a bare name may have dropped: county, city (traditional and simplified).
_UNIT_WORDS = ("縣", "县", "市")
_MIN_NAME = 2


def unit_of_han_waters(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The county or city whose waters a Chinese text names, or None.

    Parameters
    ----------
    query : str
        The place text: "金門限制水域", "金門母嶼東南方海域".
    hint : tuple of str
        The event's countries; required, as the unit must lie in one of them.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The region or district the longest opening name (bare or with a unit word put
        back) is, in the event's country; None when the text is not of this form or no
        such unit is found.  An island the data draws as a circle ("国後島北方水域", the
        waters north of Kunashiri, a disputed island) is no unit: the waters off it may
        be a border's.
    """
    match = _WATERS.match(query.strip()) or _WATERS_OFF.match(query.strip())
    if match is None or not hint:
        return None
    head = match["head"]
    for size in range(len(head), _MIN_NAME - 1, -1):
        name = head[:size]
        for text in (name, *(name + word for word in _UNIT_WORDS)):
            found = geocode(text, hint)
            if (
                found.status == "resolved"
                and found.precision in ("region", "district")
                and found.country in hint
                and water_named(found.name or "") is None
            ):
                note = f"the waters of {found.name}, named {text!r}"
                return noted_reading(found, query, note, explain)
    return None
