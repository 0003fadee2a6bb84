"""A stretch of a border named by the adjective of its district.

"на Ишкашимском участке таджикско-афганской границы" (on the Ishkashim stretch of the
Tajik–Afghan border): Russian and Ukrainian name a stretch of a border by the adjective
of the district it runs through.  The adjective is not the town of that name (nor a
crossing named after it): the place is the border where it runs through that district.
The text is read again as "the Tajik–Afghan border, Ishkashim district", which the
resolver answers as the border's stretch in the unit holding the district.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bordermap.geo.places.rereadings import Geocode
from bordermap.geo.places.result import PlaceResult

__all__ = ["border_stretch_of_a_district"]

# "на Ишкашимском участке таджикско-афганской (границы)", "Пянджского участка
# таджикско-афганской границы", "на Ізмаїльській ділянці українсько-молдовського
# кордону": a place adjective (-ский, -цкий, Ukrainian -ський), the word for a stretch,
# the hyphenated pair of the border's countries, the border word or none.
_STRETCH_OF_A_DISTRICT = re.compile(
    r"^(?:(?:на|в|у)\s+)?(?P<stem>[А-ЯЁІЇЄҐ][\w'’ʼ-]*?(?:ськ|цьк|ск|цк))"
    r"(?:ом|ого|ому|ой|ий|ая|ую|им|ій|ої|ому|а|у)\s+"
    r"(?:участк\w*|ділянц\w*|ділянк\w*)\s+"
    r"(?P<pair>\w+-\w+)(?:\s+(?:границ\w*|кордон\w*))?\s*$",
    re.IGNORECASE,
)


def border_stretch_of_a_district(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The stretch of a border a Russian or Ukrainian text names by its district, or None.

    Parameters
    ----------
    query : str
        The place text: "на Ишкашимском участке таджикско-афганской".
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The answer to "таджикско-афганская граница, Ишкашимский район" when it is a
        border (its stretch in the unit holding the district, or the whole border);
        None when the text is not of this form or that reading finds no border.
    """
    match = _STRETCH_OF_A_DISTRICT.match(" ".join(query.split()))
    if match is None:
        return None
    ukrainian = bool(re.search(r"[іїєґ]", match.group(0), re.IGNORECASE))
    district = f"{match['stem']}ий район"
    border = f"{match['pair']} {'кордон' if ukrainian else 'граница'}"
    reading = f"{border}, {district}"
    answer = geocode(reading, hint)
    if answer.status != "resolved" or answer.precision != "border":
        return None
    if explain is not None:
        explain.append(f"a stretch of a border named by its district: read as {reading!r}")
    note = f"a stretch of the border named by its district ({district})"
    return replace(answer, query=query, note=f"{note}; {answer.note}" if answer.note else note)
