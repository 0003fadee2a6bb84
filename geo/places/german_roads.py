"""German motorway places: "auf der A4 in Höhe der Anschlussstelle X".

German police reports place an event on a motorway by the junction, exit or motorway
interchange it was level with, each named after the town it serves: "auf der Autobahn 4
in Höhe der Anschlussstelle Niederseifersdorf" is on the A4 by the Niederseifersdorf
junction.  The road's number names no place, and the junction lies at its town's edge,
not in it: the place is near that town, read as "bei X" reads.
"""

from __future__ import annotations

import re

__all__ = ["place_beside_a_road", "town_a_junction_is_named_after"]

#: The road first, optional: "auf der Autobahn 4", "auf der A 4", "auf der BAB 4".
_ROAD = r"(?:(?:auf|an)\s+der\s+(?:Bundesautobahn|Autobahn|BAB|A)\s*\d+[a-z]?,?\s+)?"
#: "in Höhe der", "auf Höhe des", "in Höhe von": level with.
_LEVEL_WITH = r"(?:(?:in|auf)\s+Höhe(?:\s+(?:der|des|von))?\s+)"
#: A junction, exit or interchange, named after the town it serves.
_JUNCTION = (
    r"(?:Anschlussstelle|Anschlußstelle|Ausfahrt|Abfahrt|Autobahnkreuz(?:es)?|"
    r"Autobahndreiecks?|Autobahnanschluss(?:es)?)\s+"
)
_AT_A_JUNCTION = re.compile(
    rf"^{_ROAD}(?:{_LEVEL_WITH}(?:{_JUNCTION})?|(?:(?:der|die|an\s+der)\s+)?{_JUNCTION})"
    # Not a noun of the road or the border ("in Höhe der Grenze"): German writes
    # every noun capitalised, so only these words tell it from a town's name.
    r"(?!(?:Grenz|Autobahn|Bundes|Rast|Park|Tank|Kreuz|Dreieck)\w*\b)"
    r"(?P<town>(?-i:[A-ZÄÖÜ])[^\s()]*(?:[\s-](?-i:[A-ZÄÖÜ])[^\s()]*)?(?:\s+\([^()]+\))?)$",
    re.IGNORECASE,
)


def town_a_junction_is_named_after(text: str) -> str | None:
    """The town a German motorway junction in ``text`` is named after, or None.

    Parameters
    ----------
    text : str
        A place phrase ("auf der Autobahn 4 in Höhe der Anschlussstelle Görlitz").

    Returns
    -------
    str or None
        The town's name ("Görlitz"), or None when the phrase is no junction, exit or
        "in Höhe" place.
    """
    match = _AT_A_JUNCTION.match(text)
    return match["town"] if match else None


#: The road, then a word placing the event by a town: "auf der A6 bei Kittsee", "auf der
#: Autobahn 4 kurz vor Görlitz", "auf der A3 zwischen X und Y".  "Richtung X" (towards)
#: is not among them: it names where the road leads, not where the event was.
_ROAD_THEN_PLACE = re.compile(
    r"^(?:(?:auf|an)\s+der\s+)(?:Bundesautobahn|Autobahn|BAB|A)\s*\d+[a-z]?,?\s+"
    r"(?:(?P<near>bei|nahe|nahe\s+bei|unweit(?:\s+von)?|kurz\s+(?:vor|nach|hinter))"
    r"|(?P<between>zwischen))\s+"
    r"(?P<rest>(?-i:[A-ZÄÖÜ]).*)$",
    re.IGNORECASE,
)


def place_beside_a_road(text: str) -> str | None:
    """The place a German motorway phrase puts its event by, read without the road.

    The road's number names no place; the town after "bei" (or "nahe", "kurz vor")
    does, and the event is near it: "auf der A6 bei Kittsee im Burgenland" reads as
    "bei Kittsee im Burgenland".

    Parameters
    ----------
    text : str
        A place phrase ("auf der A6 bei Kittsee im Burgenland").

    Returns
    -------
    str or None
        The phrase without its road, the nearness said by "bei" ("bei Kittsee im
        Burgenland"), or "zwischen X und Y" as written; None when ``text`` does not
        start with a motorway followed by such a word.
    """
    match = _ROAD_THEN_PLACE.match(text.strip())
    if match is None:
        return None
    if match["between"]:
        return f"{match['between']} {match['rest']}"
    return f"bei {match['rest']}"
