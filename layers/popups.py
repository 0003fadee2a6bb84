"""Popup and tooltip text for one event, escaped for HTML.

Every value from an event file goes through :func:`html.escape`; links are kept
only when they are http(s), so a ``javascript:`` URL never reaches the page.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

from bordermap.geo import schema
from bordermap.geo.events.dates import parse_vague_date
from bordermap.geo.events.loading import split_sources
from bordermap.geo.events.validation import check_url
from bordermap.layers.datetext import date_in_words
from bordermap.layers.styles import PRECISION_DRAWING, PRECISION_LABELS, STATUS_STYLES


def safe_url(url: str) -> str | None:
    """Return ``url`` when it is an absolute http(s) address with a host, else None.

    The same rule the event validator applies (:func:`bordermap.geo.events.validation.check_url`),
    checked again here because layers also draw events that never went through it.
    """
    text = url.strip()
    return None if check_url(text) else text


def _text(row: Mapping[str, object], column: str) -> str:
    value = row.get(column, "")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _list(row: Mapping[str, object], column: str) -> list[str]:
    return [
        part.strip() for part in _text(row, column).split(schema.LIST_SEPARATOR) if part.strip()
    ]


def sources(row: Mapping[str, object]) -> list[tuple[str, str | None, str]]:
    """Return ``(publisher, http(s) url or None, date)`` for each source of an event.

    The three source columns hold several sources separated by
    :data:`bordermap.geo.schema.SOURCE_SEPARATOR`, aligned by position.
    """
    split = split_sources(
        _text(row, schema.SOURCE_URL),
        _text(row, schema.SOURCE_NAME),
        _text(row, schema.SOURCE_DATE),
    )
    return [(s.name, safe_url(s.url) if s.url else None, s.date) for s in split]


def status_text(row: Mapping[str, object]) -> str:
    """Return the status with who claims and who denies ("Alleged: claimed by X; denied by Y")."""
    status = _text(row, schema.STATUS)
    look = STATUS_STYLES.get(status)
    text = look.label if look else status or "Status not given"
    parts = []
    claimed, denied = _list(row, schema.CLAIMED_BY), _list(row, schema.DENIED_BY)
    if claimed:
        parts.append("claimed by " + ", ".join(claimed))
    if denied:
        parts.append("denied by " + ", ".join(denied))
    return text + (": " + "; ".join(parts) if parts else "")


def place_text(row: Mapping[str, object]) -> str:
    """Return the place as written and as resolved, with its precision and border distance."""
    return resolved_place_text(row) + border_text(row)


def resolved_place_text(row: Mapping[str, object]) -> str:
    """Return the place as written and as resolved, with its precision (no border)."""
    return place_words(place_context(row), _text(row, schema.RESOLVED_NAME))


#: What :func:`place_words` needs of an event besides its resolved name.
PlaceContext = tuple[str, str, str, tuple[str, ...]]


def place_context(row: Mapping[str, object]) -> PlaceContext:
    """Return what :func:`resolved_place_text` says of a row except its resolved name.

    Thousands of events share a place text, precision and region while their resolved
    names (given coordinates) differ: a map works this out once per distinct context.
    """
    written = _text(row, schema.PLACE)
    precision = _text(row, schema.PRECISION)
    where = ", ".join(p for p in (_text(row, schema.ADMIN1), _text(row, schema.COUNTRY)) if p)
    after = []
    if precision:
        after.append(PRECISION_LABELS.get(precision, precision))
    reach = _district_reach(row)
    if reach:
        # The data has no district outlines: say how wide the drawn circle is.
        after.append(f"drawn {reach:g} km around {_centre_of(row)}")
    if _text(row, schema.COARSENED) == "yes":
        # The answer stands in for a place the data does not hold: say so where it shows.
        after.append("coarser than the text: the place itself is not in the data")
    return (f"“{written}”" if written else "place not given", where, precision, tuple(after))


def place_words(context: PlaceContext, resolved: str) -> str:
    """Return :func:`resolved_place_text` of an event from its context and resolved name."""
    head, where, precision, after = context
    detail = [resolved] if resolved else []
    # On a border line the country is the side, which border_text names in words.
    if where and where != resolved and precision != "border":
        detail.append(where)
    detail.extend(after)
    return head + " → " + "; ".join(detail) if detail else head


def border_text(row: Mapping[str, object]) -> str:
    """Return what :func:`place_text` says of the nearest border ("; 3.0 km from the BY-LV
    border"), or ``""`` when the event has no border distance."""
    return border_words(border_context(row), row.get(schema.BORDER_KM))


#: What :func:`border_words` needs of an event besides its border distance.
BorderContext = tuple[str, str, str, bool]


def border_context(row: Mapping[str, object]) -> BorderContext:
    """Return what :func:`border_text` says of a row except its distance.

    ``(border, words on a border line or "", what a circle is drawn around or "",
    whether the event is an area)``; worked out once per distinct context, as
    :func:`place_context`.
    """
    precision = _text(row, schema.PRECISION)
    border = _text(row, schema.BORDER)
    on_line = ""
    if border and precision == "border":
        side = _text(row, schema.COUNTRY)
        on_line = (
            f"; on the {side} side of the {border} border" if side else f"; on the {border} border"
        )
    # A district drawn as a circle: the distance is its seat's, not the district's.
    centre = _centre_of(row) if _district_reach(row) else ""
    return border, on_line, centre, PRECISION_DRAWING.get(precision) == "extent"


def border_words(context: BorderContext, distance: object) -> str:
    """Return :func:`border_text` of an event from its context and border distance."""
    border, on_line, centre, area = context
    if not border or not isinstance(distance, int | float) or math.isnan(distance):
        return ""
    if on_line:
        return on_line
    if centre:
        return f"; {centre} {distance:,.1f} km from the {border} border"
    if distance == 0 and area:
        # An area reaching the border is 0 km from it; say so in words.
        return f"; the area reaches the {border} border"
    return f"; {distance:,.1f} km from the {border} border"


def when_text(row: Mapping[str, object]) -> str:
    """Return the event date in words and, when given, the date it was reported."""
    text = date_in_words(
        _text(row, schema.DATE_START),
        _text(row, schema.DATE_END),
        _text(row, schema.DATE_PRECISION),
    )
    return text + reported_text(row)


def reported_text(row: Mapping[str, object]) -> str:
    """Return what :func:`when_text` adds for the report date (" (reported 3 May 2026)")."""
    reported = _text(row, schema.REPORTED)
    return f" (reported {_in_words(reported)})" if reported else ""


def _in_words(written: str) -> str:
    try:
        date = parse_vague_date(written)
    except ValueError:
        # Validated files never get here; text from elsewhere is shown as written.
        return written
    if not date.known:
        return written
    return date_in_words(date.start.isoformat(), date.end.isoformat(), date.precision)


#: How each count reads in a popup ("12 people", "~180 detained").
COUNT_WORDS: tuple[tuple[str, str], ...] = (
    (schema.PEOPLE, "people"),
    (schema.FATALITIES, "killed"),
    (schema.INJURED, "injured"),
    (schema.DETAINED, "detained"),
)


def counts_text(row: Mapping[str, object]) -> str:
    """Return the counts an event gives, as written ("~180 people, 2 injured"), or ``""``."""
    return ", ".join(
        f"{_text(row, column)} {words}" for column, words in COUNT_WORDS if _text(row, column)
    )


def popup_html(row: Mapping[str, object], *, category_label: str) -> str:
    """Return the escaped HTML of an event's popup.

    Parameters
    ----------
    row : mapping
        One resolved event (column name → value).
    category_label : str
        Reader-facing name of the event's category.

    Returns
    -------
    str
        HTML in which every event value is escaped and only http(s) links appear.
    """
    esc = html.escape
    parts = [
        '<div class="bm-popup">',
        f'<h3 class="bm-title">{esc(_text(row, schema.TITLE))}</h3>',
        f'<p class="bm-category">{esc(category_label)}</p>',
        f'<p class="bm-when"><b>When:</b> {esc(when_text(row))}</p>',
        f'<p class="bm-where"><b>Where:</b> {esc(place_text(row))}</p>',
        f'<p class="bm-status"><b>Status:</b> {esc(status_text(row))}</p>',
    ]
    time_of_day = _text(row, schema.TIME)
    if time_of_day:
        parts.insert(3, f'<p class="bm-time"><b>Time:</b> {esc(time_of_day)}</p>')
    origin = _text(row, schema.ORIGIN)
    if origin:
        parts.append(f'<p class="bm-origin"><b>From:</b> “{esc(origin)}”</p>')
    counts = counts_text(row)
    if counts:
        parts.append(f'<p class="bm-counts"><b>Counts:</b> {esc(counts)}</p>')
    actors = _list(row, schema.ACTORS)
    if actors:
        parts.append(f'<p class="bm-actors"><b>Actors:</b> {esc(", ".join(actors))}</p>')
    description = _text(row, schema.DESCRIPTION)
    if description:
        parts.append(f'<p class="bm-description">{esc(description)}</p>')
    items = []
    for name, url, date in sources(row):
        label = esc(name or url or "")
        if url:
            label = (
                f'<a href="{esc(url, quote=True)}" target="_blank" '
                f'rel="noopener noreferrer">{label}</a>'
            )
        items.append(f"<li>{label}{', ' + esc(date) if date else ''}</li>")
    if items:
        parts.append('<p class="bm-sources-head"><b>Sources:</b></p>')
        parts.append('<ul class="bm-sources">' + "".join(items) + "</ul>")
    more = more_fields(row)
    if more:
        parts.append('<details class="bm-more"><summary>More</summary><dl>')
        parts.extend(f"<dt>{esc(name)}</dt><dd>{esc(value)}</dd>" for name, value in more)
        parts.append("</dl></details>")
    parts.append("</div>")
    return "".join(parts)


#: Columns the popup shows in its own lines, or that are bordermap's own workings.
_SHOWN_OR_COMPUTED = frozenset(schema.EVENT_COLUMNS + schema.COMPUTED_COLUMNS) - {
    schema.NOTES,
    schema.TAGS,
}


def more_fields(row: Mapping[str, object]) -> list[tuple[str, str]]:
    """Return the notes, tags and every extra field of the event file, in file order.

    Fields bordermap does not know are carried through as text (never dropped); the
    popup lists those that have a value under "More".
    """
    return [
        (str(name), _text(row, name))
        for name in row
        if name not in _SHOWN_OR_COMPUTED and _text(row, name)
    ]


def _centre_of(row: Mapping[str, object]) -> str:
    """What a unit drawn as a circle is drawn around: a district's seat, or the middle
    of the towns of a region the outlines lack."""
    return "its seat" if _text(row, schema.PRECISION) == "district" else "the middle of its towns"


def _district_reach(row: Mapping[str, object]) -> float | None:
    """The radius (km) a district known only by its seat, or a region the outlines lack
    known by the middle of its towns, is drawn with, else None."""
    reach = row.get(schema.UNCERTAINTY_KM)
    precision = _text(row, schema.PRECISION)
    if precision in ("district", "region") and isinstance(reach, int | float) and reach > 0:
        return float(reach)
    return None
