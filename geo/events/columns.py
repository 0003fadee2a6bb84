"""Match a spreadsheet's own headers to bordermap's fields.

A file whose header already names ``id``, ``title`` and ``place`` is in bordermap's
own format: its headers are taken exactly, and a near miss (``Claimed By``) is
refused with a suggestion.  Any other sheet is someone's own: its headers are
matched case-, space- and punctuation-insensitively, common synonyms are recognised
(``Location`` → ``place``, ``Latitude`` → ``lat``, ``Source link`` → ``source_url``),
and an explicit mapping (``[columns]`` / ``--columns``) wins over both.  Every
mapping made is returned as a note, so the user sees what was read as what.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bordermap.geo import schema

_PUNCTUATION = re.compile(r"[\s\-_./()#:]+")

#: Headers people write (folded, see :func:`fold_header`) → the field they mean.
SYNONYMS: dict[str, str] = {
    **{name: name for name in schema.EVENT_COLUMNS},
    "event_id": schema.ID,
    "ref": schema.ID,
    "reference": schema.ID,
    "event_date": schema.DATE,
    "date_of_event": schema.DATE,
    "when": schema.DATE,
    "day": schema.DATE,
    "date_reported": schema.REPORTED,
    "report_date": schema.REPORTED,
    "headline": schema.TITLE,
    "event": schema.TITLE,
    "summary": schema.TITLE,
    "what_happened": schema.TITLE,
    "what": schema.TITLE,
    "details": schema.DESCRIPTION,
    "text": schema.DESCRIPTION,
    "type": schema.CATEGORY,
    "event_type": schema.CATEGORY,
    "verification": schema.STATUS,
    "claimed": schema.CLAIMED_BY,
    "claimant": schema.CLAIMED_BY,
    "according_to": schema.CLAIMED_BY,
    "denied": schema.DENIED_BY,
    "actor": schema.ACTORS,
    "location": schema.PLACE,
    "where": schema.PLACE,
    "place_name": schema.PLACE,
    "locality": schema.PLACE,
    "country_code": schema.COUNTRY_HINT,
    "iso2": schema.COUNTRY_HINT,
    "latitude": schema.LAT,
    "longitude": schema.LON,
    "lng": schema.LON,
    "long": schema.LON,
    "precision": schema.GEO_PRECISION,
    "url": schema.SOURCE_URL,
    "link": schema.SOURCE_URL,
    "source_link": schema.SOURCE_URL,
    "source_links": schema.SOURCE_URL,
    "source_urls": schema.SOURCE_URL,
    "publisher": schema.SOURCE_NAME,
    "outlet": schema.SOURCE_NAME,
    "source": schema.SOURCE_NAME,
    "sources": schema.SOURCE_NAME,
    "published": schema.SOURCE_DATE,
    "publication_date": schema.SOURCE_DATE,
    "date_published": schema.SOURCE_DATE,
    "note": schema.NOTES,
    "comment": schema.NOTES,
    "comments": schema.NOTES,
    "remarks": schema.NOTES,
    "tag": schema.TAGS,
    "keywords": schema.TAGS,
    "number_of_people": schema.PEOPLE,
    "persons": schema.PEOPLE,
    "deaths": schema.FATALITIES,
    "killed": schema.FATALITIES,
    "dead": schema.FATALITIES,
    "wounded": schema.INJURED,
    "arrested": schema.DETAINED,
    "detentions": schema.DETAINED,
    "arrests": schema.DETAINED,
    "time_of_day": schema.TIME,
    "from": schema.ORIGIN,
    "origin_place": schema.ORIGIN,
    "coming_from": schema.ORIGIN,
}

#: Headers that mark a file as written in bordermap's own format.
OWN_FORMAT_MARKERS: tuple[str, ...] = (schema.ID, schema.TITLE, schema.PLACE)


def fold_header(name: str) -> str:
    """Fold a header for matching: ``" Source  Link "`` → ``"source_link"``."""
    return _PUNCTUATION.sub("_", name.strip().casefold()).strip("_")


@dataclass(frozen=True)
class HeaderMatch:
    """What a header was read as.

    Attributes
    ----------
    renames : dict of str to str
        Written header → bordermap field, for every header read as a field under
        another name.
    notes : list of str
        One line per rename, saying why (mapping given, synonym, case/spacing).
    own_format : bool
        Whether the header is bordermap's own (exact names, no matching).
    """

    renames: dict[str, str]
    notes: list[str]
    own_format: bool


def match_headers(headers: Sequence[str], mapping: Mapping[str, str]) -> HeaderMatch:
    """Decide which field each header of a file stands for.

    Parameters
    ----------
    headers : sequence of str
        The file's header row as written.
    mapping : mapping of str to str
        The user's ``header → field`` mapping; its headers match folded.

    Returns
    -------
    HeaderMatch
        A field is given by at most one header: when two headers could be read as
        the same field, the explicit mapping, then the exact name, then the first
        header wins and the other stays an extra column of its own name.
    """
    wanted = {fold_header(header): field for header, field in mapping.items()}
    own_format = all(marker in headers for marker in OWN_FORMAT_MARKERS)
    renames: dict[str, str] = {}
    notes: list[str] = []
    taken: set[str] = {
        h for h in headers if h in schema.EVENT_COLUMNS and fold_header(h) not in wanted
    }
    for header in headers:
        folded = fold_header(header)
        if folded in wanted:
            field = wanted[folded]
            if field in taken and field != header:
                continue
            taken.add(field)
            if field != header:
                renames[header] = field
                notes.append(f"{header!r} read as {field!r} (column mapping)")
    folded_headers = {fold_header(h) for h in headers}
    for header in mapping:
        if fold_header(header) not in folded_headers:
            notes.append(f"{header!r} of the column mapping is not a column of this file")
    if own_format:
        return HeaderMatch(renames, notes, True)
    for header in headers:
        if header in renames or header in schema.EVENT_COLUMNS:
            continue
        field = SYNONYMS.get(fold_header(header))
        if field is None or field in taken:
            continue
        taken.add(field)
        renames[header] = field
        notes.append(f"{header!r} read as {field!r}")
    return HeaderMatch(renames, notes, False)


def suggest_mapping(headers: Sequence[str], field: str, used: set[str]) -> str:
    """A ``--columns`` example that would give ``field`` from one of ``headers``."""
    free = [h for h in headers if h and h not in used]
    header = free[0] if free else "YOUR COLUMN"
    quoted = f'"{header}"' if ("," in header or "=" in header) else header
    return f'--columns "{quoted}={field}" (or [columns] "{header}" = "{field}" in a recipe)'
