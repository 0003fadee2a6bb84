"""Import ACLED CSV exports as bordermap events.

ACLED codes its own date and location certainty; both map onto ours so a
region-level ACLED event is not drawn as a precise pin.
"""

from __future__ import annotations

import datetime as dt

from bordermap.geo import schema
from bordermap.geo.errors import problem
from bordermap.geo.events.dates import check_year
from bordermap.geo.events.readers import RawFile, RawRecord

#: Columns that identify an ACLED export.
ACLED_MARKERS = frozenset({"event_id_cnty", "event_date", "event_type"})
ACLED_REQUIRED = ("event_id_cnty", "event_date", "event_type", "location", "source")

#: ACLED geo_precision → ours. 1: the named town; 2: near a town or a part of a
#: region (a nearby town is coded); 3: only a larger region (its capital is coded).
GEO_PRECISION = {"1": "settlement", "2": "near", "3": "region"}

#: ACLED time_precision → days either side of event_date. 1: the day; 2: the week
#: or weekend (the middle is coded); 3: the month (the middle is coded, handled apart).
TIME_SPREAD_DAYS = {"1": 0, "2": 3}

#: (event_type, sub_event_type) → our category; sub_event_type "*" matches any.
CATEGORY = {
    ("Strategic developments", "Arrests"): "detention",
    ("Strategic developments", "Headquarters or base established"): "military_security",
    ("Strategic developments", "Change to group/activity"): "military_security",
    ("Strategic developments", "Disrupted weapons use"): "military_security",
    ("Strategic developments", "Non-violent transfer of territory"): "military_security",
    ("Strategic developments", "Agreement"): "official_statement",
    ("Strategic developments", "Looting/property destruction"): "other",
    ("Strategic developments", "Other"): "other",
    ("Battles", "*"): "military_security",
    ("Explosions/Remote violence", "*"): "military_security",
    ("Violence against civilians", "*"): "humanitarian_incident",
    ("Protests", "*"): "other",
    ("Riots", "*"): "other",
}

#: ACLED columns that the conversion turns into bordermap's own fields.  Every other
#: column of the export is carried as text under ``acled_<column>``, never dropped.
ACLED_USED = frozenset(
    {
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "actor2",
        "assoc_actor_2",
        "location",
        "admin1",
        "country",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
        "disorder_type",
        "tags",
    }
)
#: Prefix of the ACLED columns carried as they are.
CARRIED_PREFIX = "acled_"

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%m-%Y", "%d/%m/%Y")


def is_acled(columns: tuple[str, ...] | None) -> bool:
    """Whether a CSV header looks like an ACLED export."""
    return columns is not None and {c.lower() for c in columns} >= ACLED_MARKERS


def _parse_date(text: str) -> dt.date | None:
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _event_date(fields: dict[str, str]) -> str | None:
    """Our date text for an ACLED row, or None when event_date is unreadable.

    Raises
    ------
    ValueError
        When the year lies outside the years bordermap accepts (a week's spread
        around year 1 or 9999 would overflow the calendar).
    """
    day = _parse_date(fields.get("event_date", ""))
    if day is None:
        return None
    check_year(day.year)
    code = fields.get("time_precision", "1").strip() or "1"
    if code == "3":
        return f"{day.year:04d}-{day.month:02d}"
    spread = dt.timedelta(days=TIME_SPREAD_DAYS.get(code, 0))
    if not spread:
        return day.isoformat()
    return f"{(day - spread).isoformat()}/{(day + spread).isoformat()}"


def _category(event_type: str, sub_event_type: str) -> str:
    return CATEGORY.get((event_type, sub_event_type), CATEGORY.get((event_type, "*"), "other"))


def _join(*parts: str, sep: str = schema.LIST_SEPARATOR) -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def convert_acled(raw: RawFile, *, status: str = "alleged") -> RawFile:
    """Turn a parsed ACLED CSV into records with bordermap's columns.

    Parameters
    ----------
    raw : RawFile
        An ACLED export as read by :func:`bordermap.geo.events.readers.read_csv_text`.
    status : str, default "alleged"
        Status given to every event.  ACLED codes events *as reported* by its
        sources; whether that makes them confirmed is the analyst's call.

    Returns
    -------
    RawFile
        Records that :mod:`bordermap.geo.events.validation` checks like any other file;
        the export's columns outside :data:`ACLED_USED` ride along as
        ``acled_<column>``.
    """
    columns = tuple(c.lower() for c in raw.columns or ())
    problems = list(raw.problems)
    missing = [name for name in ACLED_REQUIRED if name not in columns]
    for name in missing:
        problems.append(problem(raw.path, 1, name, "required ACLED column is missing"))
    if missing:
        return RawFile(raw.path, [], None, problems, "acled")
    records: list[RawRecord] = []
    for record in raw.records:
        fields = {key.lower(): value for key, value in record.fields.items()}
        try:
            date = _event_date(fields)
        except ValueError as err:
            problems.append(
                problem(raw.path, record.line, "event_date", str(err), fields["event_date"])
            )
            date = ""
        if date is None:
            problems.append(
                problem(
                    raw.path,
                    record.line,
                    "event_date",
                    "not a date: ACLED dates look like 2026-01-15 or 15 January 2026",
                    fields.get("event_date", ""),
                )
            )
            date = ""
        code = fields.get("geo_precision", "").strip()
        event_type = fields.get("event_type", "").strip()
        sub_type = fields.get("sub_event_type", "").strip()
        location = fields.get("location", "").strip()
        sources = [s.strip() for s in fields.get("source", "").split(";") if s.strip()]
        ours = {
            schema.ID: fields.get("event_id_cnty", ""),
            schema.DATE: date,
            schema.TITLE: _join(sub_type or event_type, location, sep=" — "),
            schema.DESCRIPTION: fields.get("notes", ""),
            schema.CATEGORY: _category(event_type, sub_type),
            schema.STATUS: status,
            schema.ACTORS: _join(
                fields.get("actor1", ""),
                fields.get("assoc_actor_1", ""),
                fields.get("actor2", ""),
                fields.get("assoc_actor_2", ""),
            ),
            schema.PLACE: _join(
                location, fields.get("admin1", ""), fields.get("country", ""), sep=", "
            ),
            schema.LAT: fields.get("latitude", ""),
            schema.LON: fields.get("longitude", ""),
            schema.GEO_PRECISION: GEO_PRECISION.get(code, ""),
            schema.SOURCE_NAME: schema.SOURCE_SEPARATOR.join(sources),
            schema.NOTES: _join(
                f"ACLED {event_type} / {sub_type}" if event_type else "",
                f"fatalities: {fields['fatalities']}" if fields.get("fatalities") else "",
                sep="; ",
            ),
            schema.TAGS: _join("acled", fields.get("disorder_type", ""), fields.get("tags", "")),
        }
        ours.update(
            (CARRIED_PREFIX + key, value) for key, value in fields.items() if key not in ACLED_USED
        )
        if code and code not in GEO_PRECISION:
            problems.append(
                problem(raw.path, record.line, "geo_precision", "ACLED codes are 1, 2 or 3", code)
            )
        records.append(RawRecord(record.line, ours))
    return RawFile(raw.path, records, None, problems, "acled")
