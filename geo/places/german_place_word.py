"""German "Ort" (place, village) before a town's name, read as "Ortschaft".

"den Ort Aarsal" (the place Arsal), "im libanesischen Ort Arsal": German press names a
village or small town "der Ort X".  The word tables know "Ortschaft", its longer
synonym, and the genitive "Ortes", but not the bare "Ort", which is too short to list
as a word anywhere in a text ("vor Ort" is "on the spot").  Only after an article or a
contracted preposition, an adjective or two between, and before a capitalised name,
is it the settlement word.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

#: An article or a preposition joined to one, up to two inflected adjectives, then "Ort"
#: and a capitalised word: the word to rewrite is group "ort".
_ORT_BEFORE_A_NAME = re.compile(
    r"(?:^|\s)(?:der|den|dem|im|am|beim|vom|zum|ins|einen|einem|ein)\s+"
    r"(?:[a-zäöüß][a-zäöüß-]*(?:en|er|es|em|e)\s+){0,2}"
    r"(?P<ort>Ort)\s+(?=[A-ZÄÖÜ])"
)


def town_after_german_ort(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "Ort" before a name read as "Ortschaft", or None.

    Parameters
    ----------
    query : str
        The place text, unresolved as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The rewritten text's answer when it resolves to a settlement or a point near
        one (the word says a town, never a region); else None.
    """
    match = _ORT_BEFORE_A_NAME.search(query)
    if match is None:
        return None
    text = f"{query[: match.start('ort')]}Ortschaft{query[match.end('ort') :]}"
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision not in ("settlement", "exact", "near"):
        return None
    note = f"German 'Ort' before a name read as 'Ortschaft': {text!r}"
    return noted_reading(found, query, note, explain)
