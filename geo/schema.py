"""Column names and vocabularies shared by every part of bordermap.

Everything that crosses a package boundary (``geo`` → ``layers`` → ``maps``) is a
(Geo)DataFrame whose columns are named here, once.  Other modules import these
constants instead of spelling the strings themselves.
"""

from __future__ import annotations

# --- event columns, as users write them ----------------------------------------------

ID = "id"
DATE = "date"
REPORTED = "reported"
TITLE = "title"
DESCRIPTION = "description"
CATEGORY = "category"
STATUS = "status"
CLAIMED_BY = "claimed_by"
DENIED_BY = "denied_by"
ACTORS = "actors"
PLACE = "place"
COUNTRY_HINT = "country"
LAT = "lat"
LON = "lon"
GEO_PRECISION = "geo_precision"
SOURCE_URL = "source_url"
SOURCE_NAME = "source_name"
SOURCE_DATE = "source_date"
NOTES = "notes"
TAGS = "tags"
PEOPLE = "people"  #: how many people were involved ("12", "~180")
FATALITIES = "fatalities"
INJURED = "injured"
DETAINED = "detained"
TIME = "time"  #: time of day: "03:00", "21:30/04:30", optionally with a zone
ORIGIN = "origin"  #: where a movement came from, as the source words it

#: Every column an event file may carry, in the order they are written out.
EVENT_COLUMNS: tuple[str, ...] = (
    ID,
    DATE,
    REPORTED,
    TITLE,
    DESCRIPTION,
    CATEGORY,
    STATUS,
    CLAIMED_BY,
    DENIED_BY,
    ACTORS,
    PLACE,
    COUNTRY_HINT,
    LAT,
    LON,
    GEO_PRECISION,
    SOURCE_URL,
    SOURCE_NAME,
    SOURCE_DATE,
    NOTES,
    TAGS,
    PEOPLE,
    FATALITIES,
    INJURED,
    DETAINED,
    TIME,
    ORIGIN,
)

#: Columns counting people: a non-negative whole number, optionally approximate
#: (``~180``), summed in the report tables.
COUNT_COLUMNS: tuple[str, ...] = (PEOPLE, FATALITIES, INJURED, DETAINED)
#: Marks an approximate count.
APPROXIMATE = "~"

#: Columns that must be present in every event file (they may be empty where the
#: validator allows it, e.g. an unknown ``date``).
REQUIRED_COLUMNS: tuple[str, ...] = (ID, DATE, TITLE, CATEGORY, STATUS, PLACE, SOURCE_NAME)

#: Columns holding ``;``-separated lists.
LIST_COLUMNS: tuple[str, ...] = (CLAIMED_BY, DENIED_BY, ACTORS, TAGS)

#: The three aligned source columns.
SOURCE_COLUMNS: tuple[str, ...] = (SOURCE_URL, SOURCE_NAME, SOURCE_DATE)

#: Separator between several sources inside the three source columns: a pipe with a
#: space on each side, so a ``|`` inside a link or a publisher's name stays.
SOURCE_SEPARATOR = " | "
#: Separator inside list columns.
LIST_SEPARATOR = ";"

# --- derived columns, added by the loader ---------------------------------------------

DATE_START = "date_start"  #: first day the event may have happened (ISO date or "")
DATE_END = "date_end"  #: last day the event may have happened (ISO date or "")
DATE_PRECISION = "date_precision"  #: one of DATE_PRECISIONS
SOURCE_FILE = "source_file"  #: the event file the row came from
SOURCE_LINE = "source_line"  #: 1-based line (CSV) or item number (YAML/GeoJSON)

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year", "range", "unknown")

# --- resolved columns, added by geo.resolve -------------------------------------------

RESOLVE_STATUS = "resolve_status"  #: resolved | ambiguous | unresolved
RESOLVED_NAME = "resolved_name"
RESOLVE_SOURCE = "resolve_source"  #: "explicit", "gazetteer", "nominatim", ...
PRECISION = "precision"  #: one of PRECISIONS
COUNTRY = "country_code"  #: ISO 3166-1 alpha-2 of the country the point lies in
ADMIN1 = "admin1"
ADMIN1_CODE = "admin1_code"  #: ISO 3166-2
BORDER = "border"  #: nearest land border as a sorted ISO pair, e.g. "BY-LV"
BORDER_KM = "border_km"  #: geodesic distance to that border line, km
EXTENT = "extent"  #: geometry of the place's extent (point, line or polygon), EPSG:4326
UNCERTAINTY_KM = "uncertainty_km"  #: radius drawn around a point for "near" places
BORDERS = "borders"  #: every land border an area reaches: "BY-LT 0.0; BY-LV 0.0; BY-PL 12.4"
ORIGIN_LAT = "origin_lat"  #: where the ``origin`` place resolved to (NaN if not)
ORIGIN_LON = "origin_lon"
#: "yes" when the place itself is unknown and its containing unit or border answered
#: ("the village of X in Y Oblast" → Y Oblast); "" otherwise.
COARSENED = "coarsened"
#: Why the event is in the review list, as there ("" when it is not): the geocoder's
#: reason for an unresolved, ambiguous or coarsened answer, or a contradiction of
#: given coordinates.
RESOLVE_NOTE = "resolve_note"

RESOLVE_STATUSES: tuple[str, ...] = ("resolved", "ambiguous", "unresolved")

#: Columns bordermap computes itself (loader, resolver, geometry).  An event file may
#: not carry a field of these names: it would be overwritten.
COMPUTED_COLUMNS: tuple[str, ...] = (
    DATE_START,
    DATE_END,
    DATE_PRECISION,
    SOURCE_FILE,
    SOURCE_LINE,
    RESOLVE_STATUS,
    RESOLVED_NAME,
    RESOLVE_SOURCE,
    PRECISION,
    COUNTRY,
    ADMIN1,
    ADMIN1_CODE,
    BORDER,
    BORDER_KM,
    EXTENT,
    UNCERTAINTY_KM,
    BORDERS,
    ORIGIN_LAT,
    ORIGIN_LON,
    COARSENED,
    RESOLVE_NOTE,
    "geometry",
)

# --- vocabularies ---------------------------------------------------------------------

STATUSES: tuple[str, ...] = ("confirmed", "alleged", "disputed", "denied")

#: From most to least exact.  ``district`` and ``region`` are admin areas, ``border``
#: a border line, ``country`` a whole country.
PRECISIONS: tuple[str, ...] = (
    "exact",
    "settlement",
    "near",
    "district",
    "region",
    "border",
    "country",
)

#: Precisions drawn as a point (a pin) rather than an area or a line.
POINT_PRECISIONS: frozenset[str] = frozenset({"exact", "settlement"})

#: Radius of the uncertainty circle for "near X" places, in km.
NEAR_RADIUS_KM = 25.0

CRS = "EPSG:4326"
